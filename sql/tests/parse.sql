-- parse.sql: commit_parse on four short reports in different styles,
-- written for this test.  Selected fields are extracted with json_extract;
-- report C is checked whole, byte for byte.
.load ./dist/commit
.bail off
.mode list
.headers on
.nullvalue NULL

create temp table report(id text primary key, opts text, body text);

-- A: a news-agency wire; the dateline has no year, the options give it
insert into report values ('A', '{"published":"2008-11-06","source":"KPL"}',
'VIENTIANE, Nov. 6 (KPL) -- The 6th Senior Officials Meeting (SOM6) of the COMMIT process opened here on Wednesday, hosted by the Lao Ministry of Public Security. About 100 senior officials from Cambodia, China, Lao PDR, Myanmar, Thailand and Vietnam are taking part in the three-day meeting.');

-- B: a press release; the six ministers sign, a UN officer speaks
insert into report values ('B', NULL,
'PRESS RELEASE

Ministers from the six Mekong countries -- Cambodia, China, Laos, Burma, Thailand and Viet Nam -- gathered in Phnom Penh on 30 April 2015 for the fourth Inter-Ministerial Meeting (IMM4). The six ministers signed a Joint Declaration. They also adopted the fourth Sub-Regional Plan of Action (SPA IV, 2015-2018). Ms. Jane Doe, Regional Project Manager of UN-ACT, said the secretariat would support the new plan.');

-- C: a blog post looking back; a background meeting and signing
insert into report values ('C', NULL,
'Posted by admin

Looking back: the first IMM was held in Yangon in October 2004, where the Memorandum of Understanding was signed by the six governments. Nine years on, the COMMIT countries met again at SOM-9 in Bangkok, Thailand, on 21 and 22 February 2013.');

-- D: a joint session; one statement of dates, venue, city and host
insert into report values ('D', NULL,
'The IMM2/SOM5 meeting was held at the Diaoyutai State Guesthouse in Beijing from 12 to 14 December 2007 and was hosted by the Ministry of Public Security of China.');

create temp table parsed as
  select id, commit_parse(body, opts) as j from report;

select id, json_valid(j) as valid, json_extract(j, '$.version') as version,
       json_extract(j, '$.published') as published,
       json_array_length(j, '$.meetings') as meetings,
       json_array_length(j, '$.documents') as documents,
       json_array_length(j, '$.actions') as actions,
       json_array_length(j, '$.signatories') as signatories,
       json_array_length(j, '$.people') as people,
       json_extract(j, '$.countries') as countries
  from parsed order by id;

-- the keys of the object, in schema order
select e.key, e.type from parsed, json_each(parsed.j) e where parsed.id = 'A';

-- ==== A ==================================================================
-- the published date is the dateline's day with the options' year; the
-- weekday is the Wednesday before it, and "three-day" gives the end;
-- the city comes from "here"
select json_extract(m.value, '$.code') as code,
       json_extract(m.value, '$.series') as series,
       json_extract(m.value, '$.number') as number,
       json_extract(m.value, '$.name') as name,
       json_extract(m.value, '$.start') as start,
       json_extract(m.value, '$.end') as "end",
       json_extract(m.value, '$.city') as city,
       json_extract(m.value, '$.country') as country,
       json_extract(m.value, '$.hosts') as hosts,
       json_extract(m.value, '$.attendance') as attendance,
       json_extract(m.value, '$.attendance_qualifier') as qualifier
  from parsed, json_each(parsed.j, '$.meetings') m where parsed.id = 'A';

-- ==== B ==================================================================
select json_extract(m.value, '$.code') as code,
       json_extract(m.value, '$.start') as start,
       json_extract(m.value, '$.end') as "end",
       json_extract(m.value, '$.city') as city,
       json_extract(m.value, '$.country') as country,
       json_extract(m.value, '$.hosts') as hosts,
       json_extract(m.value, '$.attendance') as attendance
  from parsed, json_each(parsed.j, '$.meetings') m where parsed.id = 'B';
select d.key, json_extract(d.value, '$.kind') as kind,
       json_extract(d.value, '$.ordinal') as ordinal,
       json_extract(d.value, '$.title') as title,
       json_extract(d.value, '$.period') as period
  from parsed, json_each(parsed.j, '$.documents') d where parsed.id = 'B';
-- "the six ministers" are the six members, in the order the text names them
select json_extract(a.value, '$.meeting') as meeting,
       json_extract(a.value, '$.document') as document,
       json_extract(a.value, '$.action') as action,
       json_extract(a.value, '$.parties') as parties
  from parsed, json_each(parsed.j, '$.actions') a
 where parsed.id = 'B' and json_extract(a.value, '$.action') = 'signed';
select json_extract(a.value, '$.meeting') as meeting,
       json_extract(a.value, '$.document') as document,
       json_extract(a.value, '$.action') as action
  from parsed, json_each(parsed.j, '$.actions') a where parsed.id = 'B';
select json_extract(s.value, '$.meeting') as meeting,
       json_extract(s.value, '$.document') as document,
       json_extract(s.value, '$.country') as country,
       json_extract(s.value, '$.person') as person,
       json_extract(s.value, '$.title') as title
  from parsed, json_each(parsed.j, '$.signatories') s where parsed.id = 'B';
-- UN staff serve no government
select json_extract(p.value, '$.name') as name,
       json_extract(p.value, '$.honorific') as honorific,
       json_extract(p.value, '$.title') as title,
       json_extract(p.value, '$.organization') as organization,
       json_extract(p.value, '$.country') as country
  from parsed, json_each(parsed.j, '$.people') p where parsed.id = 'B';

-- ==== C, whole ===========================================================
-- the byline is page chrome, not a person
.headers off
select j from parsed where parsed.id = 'C';
.headers on

-- ==== D ==================================================================
-- a joint label is two meetings sharing dates, venue, city and host
select json_extract(m.value, '$.code') as code,
       json_extract(m.value, '$.name') as name,
       json_extract(m.value, '$.start') as start,
       json_extract(m.value, '$.end') as "end",
       json_extract(m.value, '$.venue') as venue,
       json_extract(m.value, '$.city') as city,
       json_extract(m.value, '$.country') as country,
       json_extract(m.value, '$.hosts') as hosts,
       json_extract(m.value, '$.span') as span
  from parsed, json_each(parsed.j, '$.meetings') m where parsed.id = 'D';
select json_extract(o.value, '$.name') as name,
       json_extract(o.value, '$.acronym') as acronym,
       json_extract(o.value, '$.country') as country
  from parsed, json_each(parsed.j, '$.organizations') o where parsed.id = 'D';

-- ==== small cases ========================================================
-- a virtual meeting has no city; an expected endorsement is no action
select json_extract(j, '$.meetings[0].code') as code,
       json_extract(j, '$.meetings[0].start') as start,
       json_extract(j, '$.meetings[0].end') as "end",
       json_extract(j, '$.meetings[0].city') as city,
       json_extract(j, '$.meetings[0].country') as country,
       json_array_length(j, '$.documents') as documents,
       json_array_length(j, '$.actions') as actions
  from (select commit_parse('The fifth Inter-Ministerial Meeting (IMM5) was held virtually on 16 December 2022. The ministers are expected to endorse the Joint Declaration next year.') as j);
-- "concluded on" gives the end only
select json_extract(j, '$.meetings[0].start') as start,
       json_extract(j, '$.meetings[0].end') as "end"
  from (select commit_parse('SOM14 concluded in Hanoi on 16 December 2020.') as j);
-- a planned signing is no action; a planned meeting is a meeting
select json_extract(j, '$.meetings[0].code') as code,
       json_extract(j, '$.meetings[0].city') as city,
       json_extract(j, '$.documents[0].kind') as kind,
       json_extract(j, '$.documents[0].ordinal') as ordinal,
       json_array_length(j, '$.actions') as actions
  from (select commit_parse('Ministers will sign the fourth Sub-regional Plan of Action at IMM4 in Phnom Penh.') as j);
-- a chair is not a host; a co-organiser is an organiser; a country host
-- is named by its short name
select json_extract(j, '$.meetings[0].hosts') as hosts,
       json_extract(j, '$.meetings[0].organizers') as organizers
  from (select commit_parse('SOM9 was chaired by Thailand and organized by UN-ACT.') as j);
select json_extract(j, '$.meetings[0].hosts') as hosts,
       json_extract(j, '$.meetings[0].organizers') as organizers
  from (select commit_parse('SOM9 was hosted by the Royal Thai Government and co-organised by UN-ACT.') as j);
-- messy list punctuation
select json_extract(commit_parse('Thailand & Vietnam , and Yangon ,Myanmar joined.'), '$.countries') as countries;
-- NULL in, NULL out
select commit_parse(NULL) is null, commit_parse(NULL, NULL) is null;
