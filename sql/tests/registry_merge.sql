-- registry_merge.sql: golden tests of the incremental merge of
-- commit_registry (issue 10): the tallies a change adjusts, conflicts that
-- follow the chosen value, the dates of a series in any order of reports,
-- the commands 'rebuild' and 'integrity-check' and their errors, and the
-- plans of the lookups a change makes (each reads an index, not a table).
.load ./dist/commit
.bail off
.mode list
.headers on
.nullvalue NULL

-- ==== Tallies ==============================================================
-- Two reports of IMM3 disagree on the end and the attendance.
create virtual table reports using commit_registry;
insert into reports(source, body) values('VNA',
  'The third Inter-Ministerial Meeting (IMM3) was held in Hanoi on 14-16'
  || ' February 2012. Nearly 200 delegates attended.');
insert into reports(source, body) values('UN',
  'IMM3 closed in Hanoi on 17 February 2012. Over 150 delegates attended.');
-- one row per fact, field and value: support (reports), the earliest
-- report; the key groups spellings (case folded) and, for the qualifier,
-- pairs it with the attendance its report gave
select field, key, value, support, first_report, first_row
  from reports_tallies where fact = 'meetings' order by field, key;
select code, start, "end", attendance, attendance_qualifier, sources
  from reports_meetings;
select field, value, report_id from reports_conflicts order by id;

-- 2026-12-07, issue 10: reports of the neighbours in the series (IMM4,
-- IMM2) used to list IMM3's losing end again each time; it stays once
insert into reports(source, body) values('AKP',
  'IMM4 was held in Phnom Penh on 27-29 April 2015.');
insert into reports(source, body) values('Xinhua',
  'IMM2 was held in Beijing on 12-14 December 2007.');
select m.code, c.field, c.value, c.report_id
  from reports_conflicts c join reports_meetings m on m.id = c.fact_id
 order by c.id;

-- a third report ends IMM3 on the 17th: the chosen end changes, and the
-- field's conflicts are rewritten (now the 16th of report 1 lost)
insert into reports(source, body) values('blog',
  'IMM3 ended in Hanoi on 17 February 2012.');
select code, "end" from reports_meetings where code = 'IMM3';
select field, key, support, first_report from reports_tallies
 where fact = 'meetings' and field = 'end' and fact_id = 1 order by key;
select field, value, report_id from reports_conflicts order by field, value;
-- and back when it is taken out
delete from reports where source = 'blog';
select code, "end" from reports_meetings where code = 'IMM3';
select field, value, report_id from reports_conflicts order by field, value;

-- ==== Commands ==============================================================
-- the hidden column named like the table takes them; it reads as NULL
select name, hidden from pragma_table_xinfo('reports') where cid = 4;
select count(*), count(reports) from reports;
insert into reports(reports) values('integrity-check');
insert into reports(reports) values('rebuild');
-- a tally changed by hand: integrity-check names it, rebuild repairs it
update reports_tallies set support = support + 1
 where fact = 'meetings' and fact_id = 1 and field = 'city';
insert into reports(reports) values('integrity-check');
insert into reports(reports) values('rebuild');
insert into reports(reports) values('integrity-check');
select support from reports_tallies
 where fact = 'meetings' and fact_id = 1 and field = 'city';
-- a field changed by hand, and a conflict listed twice
update reports_meetings set city = 'Hue' where code = 'IMM3';
insert into reports(reports) values('integrity-check');
insert into reports(reports) values('rebuild');
insert into reports_conflicts(fact, fact_id, field, value, report_id)
  select fact, fact_id, field, value, report_id from reports_conflicts;
insert into reports(reports) values('integrity-check');
insert into reports(reports) values('rebuild');
select city from reports_meetings where code = 'IMM3';
select count(*) as conflicts from reports_conflicts;
insert into reports(reports) values('integrity-check');
-- errors
insert into reports(reports) values('optimize');
update reports set reports = 'rebuild' where rowid = 1;
create virtual table body using commit_registry;

-- ==== Plans: what a change reads ============================================
-- a tally by its key; a value's earliest report; a report's evidence and
-- conflicts; the numbered meetings of a series
explain query plan select key, value, support, first_report, first_row
  from reports_tallies
 where fact = 'meetings' and fact_id = 1 and field = 'city' and key = 'hanoi';
explain query plan select report_id, value from reports_evidence
 where fact = 'meetings' and fact_id = 1 and field = 'city'
   and value = 'hanoi' collate nocase order by report_id, id limit 1;
explain query plan select * from reports_evidence where report_id = 2;
explain query plan select * from reports_conflicts where report_id = 2;
explain query plan select id, number from reports_meetings
 where series = 'IMM' and number is not null order by number, id;
drop table reports;

-- ==== The dates of a series, in any order of reports ========================
-- A report that puts IMM9 in 2029, before IMM8, loses to the in-order date
-- whichever report comes first (the parser's calendar does not know IMM8
-- and IMM9, so the text decides).
create virtual table a using commit_registry;
insert into a(rowid, body) values(1, 'IMM8 was held in Bangkok in March 2031.');
insert into a(rowid, body) values(2, 'IMM9 was held in Hanoi in October 2029.');
insert into a(rowid, body) values(3, 'IMM9 was held in Hanoi in February 2033.');
create virtual table b using commit_registry;
insert into b(rowid, body) values(3, 'IMM9 was held in Hanoi in February 2033.');
insert into b(rowid, body) values(2, 'IMM9 was held in Hanoi in October 2029.');
insert into b(rowid, body) values(1, 'IMM8 was held in Bangkok in March 2031.');
select 'a' as registry, code, start, "end" from a_meetings
union all select 'b', code, start, "end" from b_meetings order by 1, 2;
select 'a' as registry, field, value, report_id from a_conflicts
union all select 'b', field, value, report_id from b_conflicts order by 1, 2;
-- without IMM8 nothing is out of order: the earlier report wins the tie
delete from b where rowid = 1;
select code, start, "end" from b_meetings;
select field, value, report_id from b_conflicts order by field;
insert into b(b) values('integrity-check');
drop table a;
drop table b;
