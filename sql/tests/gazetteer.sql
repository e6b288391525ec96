-- gazetteer.sql: the built-in gazetteer tables commit_countries and
-- commit_organizations (read-only eponymous virtual tables).
.load ./dist/commit
.bail off
.mode list
.headers on
.nullvalue NULL

-- every ISO 3166-1 country, six of them members of COMMIT
select count(*) as countries, sum(member) as members,
       count(distinct iso2) as iso2, count(distinct iso3) as iso3
  from commit_countries;

-- the members
select iso2, iso3, name, adjectives, member
  from commit_countries where member order by iso2;

-- aliases of Myanmar and Lao PDR, one per row
select c.iso2, a.value as alias
  from commit_countries c,
       json_each('["' || replace(c.aliases, ';', '","') || '"]') a
 where c.iso2 in ('MM', 'LA')
 order by c.iso2, a.key;

-- a non-member
select iso2, iso3, name, member from commit_countries where iso2 = 'JP';

-- organisations: the ministries called MPS (China, Viet Nam) and the
-- secretariat before and after 2014
select acronym, name, country, kind
  from commit_organizations
 where acronym in ('MPS', 'UNIAP', 'UN-ACT')
 order by acronym, country;
select o.acronym, o.country, a.value as alias
  from commit_organizations o,
       json_each('["' || replace(o.aliases, ';', '","') || '"]') a
 where o.acronym in ('MPS', 'UNIAP', 'UN-ACT')
 order by o.acronym, o.country, a.key;

-- every organisation has a name and a kind
select count(*) as unnamed from commit_organizations
 where name is null or name = '' or kind is null;

-- read-only
.headers off
insert into commit_countries(iso2) values ('XX');
delete from commit_organizations;

-- full scans
explain query plan select * from commit_countries where iso2 = 'MM';
explain query plan select * from commit_organizations;
