-- badinput.sql: empty, huge, repetitive and limit-sized input.  Every
-- case ends in a result or a clear error, never a crash, and in linear time.
.load ./dist/commit
.bail off
.mode list
.nullvalue NULL

-- ==== empty text: a valid object with empty lists ======================
select commit_parse('');
select json_valid(commit_parse('')), json_valid(commit_parse(' '));
select commit_parse(char(10,10,32,9,13,10));
select commit_parse('...');
select commit_date(''), commit_country(''), commit_meeting_code('');
select count(*) from commit_entities('');

-- ==== 50 MB of one letter: a result, not an error ======================
select length(commit_parse(printf('%.*c', 50000000, 'x')));
select json_valid(commit_parse(printf('%.*c', 50000000, 'x')));
select count(*) from commit_entities(printf('%.*c', 50000000, 'x'));
select commit_date(printf('%.*c', 50000000, 'x')),
       commit_country(printf('%.*c', 50000000, 'x')),
       commit_meeting_code(printf('%.*c', 50000000, 'x'));

-- 11 MB of short sentences
select length(commit_parse(replace(hex(zeroblob(1000000)), '00', 'abcd efgh. ')));

-- 12 MB of one sentence with no end
select length(commit_parse(replace(hex(zeroblob(1000000)), '00', 'the meeting, ')));

-- ==== one report sentence repeated 100,000 times (4.4 MB) ==============
-- the same meeting, city and date each time: one meeting
create temp table rep(body text);
insert into rep values (replace(hex(zeroblob(100000)), '00',
                                'IMM3 was held in Hanoi on 16 February 2012. '));
select length(body) from rep;
select json_array_length(p, '$.meetings') as meetings,
       json_extract(p, '$.meetings[0].code') as code,
       json_extract(p, '$.meetings[0].city') as city,
       json_extract(p, '$.meetings[0].country') as country,
       json_extract(p, '$.meetings[0].start') as start,
       json_extract(p, '$.meetings[0].end') as "end",
       json_array_length(p, '$.documents') as documents,
       json_array_length(p, '$.actions') as actions,
       json_extract(p, '$.countries') as countries
  from (select commit_parse(body) as p from rep);
-- 300,000 mentions, in text order
select count(*), count(distinct sentence), max(sentence),
       sum(kind = 'meeting'), sum(kind = 'place'), sum(kind = 'date')
  from rep, commit_entities(rep.body);
select kind, surface, value, start, "end", sentence
  from rep, commit_entities(rep.body) where sentence = 99999;

-- the same country 1,000,000 times: listed once
select json_extract(commit_parse(replace(hex(zeroblob(1000000)), '00', 'Cambodia, ')),
                    '$.countries');

-- ==== text at SQLITE_LIMIT_LENGTH ======================================
-- Texts are built before the limit is lowered: with the limit in force,
-- SQLite itself refuses to read a longer value from the table, with its
-- own "string or blob too big"; an output over the limit gets the same.
create temp table lim(id integer primary key, body text);
insert into lim values
  (1, printf('%.*c', 1000, 'x')),
  (2, printf('%.*c', 1001, 'x')),
  (3, 'IMM2 ' || printf('%.*c', 995, ' ')),
  (4, 'Ministers from Cambodia, China, Laos, Burma, Thailand and Viet Nam met in Phnom Penh on 2-3 November 2015 for the fifth Inter-Ministerial Meeting (IMM5). The six ministers signed a Joint Declaration and adopted the fourth Sub-Regional Plan of Action (SPA IV, 2015-2018). Ms. Jane Doe, Regional Project Manager of UN-ACT, spoke.');
.limit length 1000
-- exactly at the limit: a result
select id, length(body), length(commit_parse(body)) from lim where id = 1;
select id, commit_meeting_code(body), commit_date(body) from lim where id = 3;
select id, length(commit_parse(body)) from lim where id = 3;
select id, (select count(*) from commit_entities(body)) from lim where id = 1;
select id, (select count(*) from commit_entities(body)) from lim where id = 3;
-- one byte over: SQLite's error
select id, length(commit_parse(body)) from lim where id = 2;
select id, commit_date(body) from lim where id = 2;
select id, (select count(*) from commit_entities(body)) from lim where id = 2;
-- a short text whose JSON exceeds the limit
select id, length(body) from lim where id = 4;
select id, length(commit_parse(body)) from lim where id = 4;
