-- entities.sql: commit_entities(text [, options_json]) -- one row per
-- mention, in text order, with byte offsets [start, end) and the 0-based
-- sentence number; and the plans its xBestIndex chooses.
.load ./dist/commit
.bail off
.mode list
.headers on
.nullvalue NULL

-- a meeting with its code, city (alias), weekday and host
select kind, surface, value, start, "end", sentence
  from commit_entities('The 9th Senior Officials'' Meeting (SOM9) opened in Ha Noi on Tuesday, hosted by the Ministry of Public Security of Viet Nam.',
                       '{"published":"2010-11-26"}');

-- without a publication date the weekday has no value
select kind, surface, value, start, "end", sentence
  from commit_entities('The 9th Senior Officials'' Meeting (SOM9) opened in Ha Noi on Tuesday, hosted by the Ministry of Public Security of Viet Nam.');

-- a joint label, a venue, an interval, attendance and countries; two sentences
select kind, surface, value, start, "end", sentence
  from commit_entities('IMM2/SOM5 took place at the Diaoyutai State Guesthouse in Beijing from 12 to 14 December 2007. Over 160 participants from Cambodia, Lao PDR, Myanmar, Thailand and Vietnam attended.');

-- a person with honorific and title, an organisation acronym, documents
-- and a plan period
select kind, surface, value, start, "end", sentence
  from commit_entities('Ms. Jane Doe, Regional Project Manager of UN-ACT, said the ministers signed the Joint Declaration and adopted SPA IV (2015-2018).');

-- old names, adjectives, and "yesterday" against the options' date
select kind, surface, value, start, "end", sentence
  from commit_entities('Delegates met in Rangoon, Burma, in October 2004. The Thai delegation and Lao officials signed the MOU. Chinese and Cambodian police joined yesterday.',
                       '{"published":"2004-10-30"}');

-- a rank is part of the person mention, not the title; a youth forum and
-- an anniversary are not meetings
select kind, surface, value
  from commit_entities('Police Lieutenant General Tran Van Minh, Vice Minister of Public Security, opened the 3rd Youth Forum and the 10th anniversary event.');

-- no mentions, empty text, NULL text: no rows
select count(*) from commit_entities('Nothing to see here.');
select count(*) from commit_entities('');
select count(*) from commit_entities(NULL);

-- the hidden text column and the rowid (row number)
select rowid, text, kind from commit_entities('IMM3 met in Hanoi.');

-- the usual SQL over the rows
select kind, count(*) from commit_entities('Cambodia, Cambodia and Cambodia.') group by kind;
select value from commit_entities('IMM-2 opened in Rangoon on Dec. 12, 2007.') where kind='place';

-- a join: one call per row of the outer table
create table r(id integer primary key, body text);
insert into r values (1, 'IMM2 was held in Beijing.'),
                     (2, 'SOM5 met in Beijing on 12 December 2007.');
select r.id, e.kind, e.value from r, commit_entities(r.body) e order by r.id, e.start;
select r.id, count(e.kind) from r left join commit_entities(r.body) e group by r.id;

-- ==== plans ==============================================================
-- idxNum 1: text given by "="; idxNum 3: text and options
.headers off
explain query plan select * from commit_entities('x');
explain query plan select * from commit_entities('x', '{}');
explain query plan select * from commit_entities where text='x';
explain query plan select * from commit_entities where text='x' and options='{}';
explain query plan select r.id, e.kind from r, commit_entities(r.body) e;
-- text constrained, not by "=": no plan at all
explain query plan select * from commit_entities where text>'x';
