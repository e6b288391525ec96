-- facts.sql -- the sqlite3 shell loads the installed `commit` extension
-- and prints a few facts of one report.  From the repository's root:
--
--   sqlite3 :memory: < examples/sqlite3/facts.sql
--
-- ".load commit" gives no path: SQLite tries dlopen("commit"), then
-- dlopen("commit.so"), so the loader finds the library that `make install`
-- put in $(PREFIX)/lib (/usr/lib/commit.so from the .deb; for the default
-- PREFIX=/usr/local, first run export LD_LIBRARY_PATH=/usr/local/lib).
-- Before installing, write the path instead: .load ./dist/commit
.bail on
.load commit
.mode list
.headers off

CREATE TEMP TABLE f AS SELECT commit_parse(readfile('examples/report.txt')) AS j;

-- the meetings
SELECT printf('%s in %s (%s) from %s to %s',
              coalesce(json_extract(m.value, '$.code'), '?'),
              coalesce(json_extract(m.value, '$.city'), '?'),
              coalesce(json_extract(m.value, '$.country'), '?'),
              coalesce(json_extract(m.value, '$.start'), '?'),
              coalesce(json_extract(m.value, '$.end'), '?'))
  FROM f, json_each(f.j, '$.meetings') AS m;

-- what was done to which document, and by whom
SELECT json_extract(a.value, '$.action') || ' '
       || json_extract(f.j, '$.documents[' || json_extract(a.value, '$.document') || '].title')
       || coalesce(': ' || (SELECT group_concat(p.value, ' ')
                              FROM json_each(a.value, '$.parties') AS p), '')
  FROM f, json_each(f.j, '$.actions') AS a;

-- the people, with their office when it is given
SELECT 'person ' || json_extract(p.value, '$.name')
       || coalesce(', ' || json_extract(p.value, '$.title'), '')
  FROM f, json_each(f.j, '$.people') AS p;
