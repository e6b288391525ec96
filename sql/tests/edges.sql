-- edges.sql: paths the other golden files do not reach -- escaping in
-- JSON surfaces, commit_signatories argument forms, registry corners.
.load ./dist/commit
.bail off
.mode list
.nullvalue NULL

-- JSON escaping of surfaces: quotes, backslashes, tabs, control bytes
select json_valid(commit_parse('The "Don Chan\Palace" Hotel hosted SOM6 at the Don "Chan" Palace Hotel in Vientiane.'));
select json_extract(commit_parse('SOM6 opened at the Don "Chan" Palace Hotel in Vientiane.'), '$.meetings[0].venue');
select json_extract(commit_parse('SOM6 opened at the Don\Chan Palace Hotel in Vientiane.'), '$.meetings[0].venue');
select json_extract(commit_parse('IMM2' || char(9) || 'was held in' || char(13,10) || 'Beijing.'), '$.meetings[0].city');
select json_valid(commit_parse('Mr. Nguyen "Tiger" Van A, Vice Minister, said SOM8' || char(1) || ' opened.'));
select json_extract(commit_parse('Ms. Daw' || char(9) || 'Khin Mar, Director General of the Department of Social Welfare, spoke at SOM7.'), '$.people[0].name');

-- commit_signatories: argument forms and errors
create virtual table reports using commit_registry;
insert into reports(published, body) values('2012-02-16',
  'Ministers of Cambodia, China, Laos, Myanmar, Thailand and Viet Nam signed the second Joint Declaration at IMM3 in Hanoi today.');
select count(*) from commit_signatories('IMM3');
select count(*) from commit_signatories(1);
select count(*) from commit_signatories('1');
select count(*) from commit_signatories(NULL);
select count(*) from commit_signatories('not a meeting');
select count(*) from commit_signatories('IMM3', 42);
select count(*) from commit_signatories('IMM3', 'reports');
select * from commit_signatories;
select count(*) from commit_signatories where meeting_id > 'IMM';
drop table reports;
select count(*) from commit_signatories('IMM3');
create virtual table a using commit_registry;
create virtual table b using commit_registry;
select count(*) from commit_signatories('IMM3');
select count(*) from commit_signatories('IMM3', 'b');

-- registry corners: rowid lookups, updates of a missing row, an update
-- that keeps its id, deletes of a missing row
insert into a(rowid, source, body) values(7, 's', 'SOM9 was held in Bangkok on 21 February 2013.');
select rowid, source from a where rowid=7;
select count(*) from a where rowid=8;
update a set source='t' where rowid=7;
select rowid, source from a;
update a set body='SOM10 was held in Phnom Penh.' where rowid=99;
delete from a where rowid=99;
update a set rowid=8 where rowid=7;
select rowid from a;
select code from a_meetings;
insert into a(body) values(NULL);
insert into a(source, body) values(1, 'x');
insert into a(url, body) values(x'00', 'x');
insert into a(published, body) values(20120216, 'x');
pragma integrity_check;
