-- timeline.sql: golden tests of how a registry keeps the calendar (issue 8).
--   1. Within a series a higher number is never earlier: a date that breaks
--      the order loses to an in-order value and stays in <name>_conflicts.
--   2. An unnumbered meeting merges into the one numbered meeting that
--      agrees with it (same series or none, same place or none, dates that
--      overlap or fall in the same month), in whichever order the reports
--      come; a meeting with no number, no date and no place is no row.
--   3. published may be a year or a month: it is stored as given and
--      anchors the report's dates.
-- The reports are written for this test.
.load ./dist/commit
.bail off
.mode list
.headers on
.nullvalue NULL

-- ==== 1. The order of a series ===========================================
-- The parser itself rules out a year its calendar of known meetings
-- contradicts; the registry keeps the order of the meetings the calendar
-- does not know yet (IMM7 here), whatever the reports say.
create virtual table cal using commit_registry;
insert into cal(source, body) values('wire-a',
  'The sixth Inter-Ministerial Meeting (IMM6) was held in Hanoi on 19 November 2025.');
-- A repost that gets the year of IMM7 wrong, and a report that gets it right.
insert into cal(source, body) values('repost',
  'IMM7 opened in Bangkok on 16 February 2024.');
insert into cal(source, body) values('wire-b',
  'IMM7 opened in Bangkok on 16 February 2027.');
select code, start, city from cal_meetings order by number;
select field, value, (select source from cal where rowid=report_id) as source
  from cal_conflicts where fact='meetings' order by field, value;
-- Without IMM6 to order it against, the tie keeps the earlier report's date.
delete from cal where source='wire-a';
select code, start from cal_meetings order by number;
drop table cal;

-- ==== 2. Unnumbered meetings ===========================================
-- The numbered report first, then one that gives no number.
create virtual table one using commit_registry;
insert into one(source, body) values('numbered',
  'The eighth Senior Officials Meeting (SOM8) opened in Hanoi on 14 February 2012.');
insert into one(source, body) values('unnumbered',
  'Senior officials of the six countries met in Hanoi on 14 February 2012.');
insert into one(source, body) values('empty', 'The meeting was useful, delegates said.');
select id, code, series, start, city, sources from one_meetings order by id;
-- The same reports the other way round: the row told of without a number
-- becomes SOM8 when the numbered report comes.
create virtual table two using commit_registry;
insert into two(source, body) values('unnumbered',
  'Senior officials of the six countries met in Hanoi on 14 February 2012.');
insert into two(source, body) values('numbered',
  'The eighth Senior Officials Meeting (SOM8) opened in Hanoi on 14 February 2012.');
select id, code, series, start, city, sources from two_meetings order by id;
-- Taking the numbered report out again leaves the unnumbered meeting.
delete from two where source='numbered';
select id, code, series, start, city, sources from two_meetings order by id;
-- A meeting of another month or city stays apart.
insert into two(source, body) values('other',
  'Senior officials of the six countries met in Bangkok on 21 February 2013.');
select count(*) as meetings from two_meetings;
pragma integrity_check;
drop table one;
drop table two;

-- ==== 3. published as a year or a month =================================
create virtual table pub using commit_registry;
insert into pub(source, published, body) values('month', '2012-02',
  'SOM8 opened in Hanoi on February 14.');
insert into pub(source, published, body) values('year', '2004',
  'IMM1 was held in Rangoon on October 29.');
select source, published from pub order by rowid;
select code, start from pub_meetings order by id;
insert into pub(source, published, body) values('bad', '2012-13', 'SOM8.');
drop table pub;
