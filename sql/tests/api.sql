-- api.sql: API snapshot.  The SQL names that .load adds must be exactly
-- the DESIGN.md list ("SQL API"), with the flags STYLE.md asks for.
.load ./dist/commit
.bail off
.mode list
.headers on
.nullvalue NULL

-- scalar functions (DESIGN.md: commit_version, commit_parse, commit_date,
-- commit_country, commit_meeting_code)
select distinct name from pragma_function_list
 where name like 'commit%' order by 1;

-- every arity; flags 0x200800 = SQLITE_INNOCUOUS|SQLITE_DETERMINISTIC
select name, narg, type, enc, printf('0x%x', flags) as flags
  from pragma_function_list where name like 'commit%' order by name, narg;

-- nothing outside the DESIGN.md function list
select name as unexpected_function from pragma_function_list
 where name like 'commit%'
   and name not in ('commit_version', 'commit_parse', 'commit_date',
                    'commit_country', 'commit_meeting_code');

-- modules.  DESIGN.md lists commit_entities, commit_countries,
-- commit_organizations, commit_registry and commit_signatories.
-- 2026-11-29: the full list since commit_registry and commit_signatories
-- landed (issue 3).
select name from pragma_module_list
 where name like 'commit%'
 order by 1;

-- nothing outside the DESIGN.md module list
select name as unexpected_module from pragma_module_list
 where name like 'commit%'
   and name not in ('commit_entities', 'commit_countries',
                    'commit_organizations', 'commit_registry',
                    'commit_signatories');

-- deterministic functions may be used in indexes and generated columns
create table t(body text,
               code text as (commit_meeting_code(body)),
               cc text as (commit_country(body)));
create index t_date on t(commit_date(body));
insert into t(body) values ('IMM-2'), ('Burma'), ('29 October 2004');
select body, code, cc, commit_date(body) as d from t order by rowid;

-- innocuous: usable from a view when the schema is untrusted
create view v as
  select commit_version() is not null as v, commit_meeting_code('SOM-8') as m,
         (select count(*) from commit_entities('IMM3 met in Hanoi.')) as n,
         (select count(*) from commit_countries) as c;
pragma trusted_schema = off;
select * from v;
