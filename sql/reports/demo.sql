-- demo.sql -- what `make demo` shows: the facts commit_parse finds in every
-- fixture report, as tables readable at 120 columns.
--
--   cd <repo root> && sqlite3 :memory: < sql/reports/demo.sql
--
-- Needs the sqlite3 shell: fsdir() lists fixtures/*.txt and readfile()
-- reads each report and its optional .opts file (NULL when absent).
.load ./dist/commit
.bail on
.headers on
.nullvalue ''
.mode box --wrap 60

CREATE TEMP TABLE doc(report TEXT PRIMARY KEY, j TEXT);
INSERT INTO doc
  SELECT substr(name, 10, length(name) - 13),
         commit_parse(readfile(name),
                      readfile(substr(name, 1, length(name) - 4) || '.opts'))
    FROM fsdir('fixtures')
   WHERE name GLOB 'fixtures/*.txt'
   ORDER BY name;

-- r: the report's fixture name cut to 20 characters for display.
CREATE TEMP VIEW rep AS
  SELECT report, substr(report, 1, 20) AS r, j FROM doc;

-- The meetings of every report; code is 'SOM?' when the number is not
-- given, '?' when not even the series is.
CREATE TEMP VIEW meeting AS
  SELECT rep.report, rep.r, m.key AS i, m.value AS v,
         coalesce(json_extract(m.value, '$.code'),
                  json_extract(m.value, '$.series') || '?', '?') AS code
    FROM rep, json_each(rep.j, '$.meetings') m;

-- The documents of every report; kind is '<kind>[:<ordinal>]'.
CREATE TEMP VIEW document AS
  SELECT rep.report, d.key AS i,
         json_extract(d.value, '$.kind')
           || coalesce(':' || json_extract(d.value, '$.ordinal'), '') AS kind,
         json_extract(d.value, '$.title') AS title
    FROM rep, json_each(rep.j, '$.documents') d;

.print
.print Reports parsed
SELECT r AS report,
       json_extract(j, '$.published') AS published,
       json_array_length(j, '$.meetings') AS meetings,
       json_array_length(j, '$.documents') AS docs,
       json_array_length(j, '$.actions') AS actions,
       json_array_length(j, '$.people') AS people,
       substr((SELECT group_concat(value, ' ') FROM json_each(j, '$.countries')),
              1, 26) AS countries
  FROM rep ORDER BY report;

.print
.print (a) Meetings found per report
SELECT r AS report, code,
       json_extract(v, '$.start') AS start,
       json_extract(v, '$.end') AS "end",
       substr(json_extract(v, '$.city'), 1, 12) AS city,
       json_extract(v, '$.country') AS cc,
       substr((SELECT group_concat(value, ', ') FROM json_each(v, '$.hosts')),
              1, 24) AS hosts,
       trim(coalesce(json_extract(v, '$.attendance_qualifier') || ' ', '')
            || coalesce(json_extract(v, '$.attendance'), '')) AS attendance
  FROM meeting ORDER BY report, i;

.print
.print (b) Actions on documents (parties in the order the text names them)
SELECT rep.r AS report,
       coalesce((SELECT code FROM meeting
                  WHERE meeting.report = rep.report
                    AND meeting.i = json_extract(a.value, '$.meeting')),
                '') AS meeting,
       json_extract(a.value, '$.action') AS action,
       document.kind AS document,
       substr(document.title, 1, 28) AS title,
       (SELECT group_concat(value, ' ') FROM json_each(a.value, '$.parties'))
         AS parties
  FROM rep, json_each(rep.j, '$.actions') a
  LEFT JOIN document ON document.report = rep.report
                    AND document.i = json_extract(a.value, '$.document')
 ORDER BY rep.report, a.key;

.print
.print (b) Signings: who signed what, where
SELECT rep.r AS report,
       coalesce((SELECT code FROM meeting
                  WHERE meeting.report = rep.report
                    AND meeting.i = json_extract(s.value, '$.meeting')),
                '') AS meeting,
       document.kind AS document,
       json_extract(s.value, '$.country') AS cc,
       substr(json_extract(s.value, '$.person'), 1, 24) AS person,
       substr(json_extract(s.value, '$.title'), 1, 24) AS title
  FROM rep, json_each(rep.j, '$.signatories') s
  LEFT JOIN document ON document.report = rep.report
                    AND document.i = json_extract(s.value, '$.document')
 ORDER BY rep.report, s.key;

.print
.print (c) Speakers and other people
SELECT rep.r AS report,
       substr(json_extract(p.value, '$.name'), 1, 22) AS name,
       substr(json_extract(p.value, '$.title'), 1, 26) AS title,
       substr(json_extract(p.value, '$.organization'), 1, 32) AS organization,
       json_extract(p.value, '$.country') AS cc
  FROM rep, json_each(rep.j, '$.people') p
 ORDER BY rep.report, p.key;

-- ==== The registry ========================================================
-- Every fixture ingested into the registry `reports` of demo.db (tests/
-- demo.sh deletes an old demo.db first): source = the fixture name,
-- published from its .opts file.  Then the reports users run, from
-- sql/reports/.  demo.sh then prints the first 30 open conflicts
-- (sql/reports/conflicts.sql).
CREATE VIRTUAL TABLE reports USING commit_registry;
INSERT INTO reports(source, url, published, body)
  SELECT substr(name, 10, length(name) - 13), NULL,
         json_extract(readfile(substr(name, 1, length(name) - 4) || '.opts'),
                      '$.published'),
         readfile(name)
    FROM fsdir('fixtures')
   WHERE name GLOB 'fixtures/*.txt'
   ORDER BY name;

.print
.print ==== The registry `reports` in demo.db: all fixtures merged
SELECT (SELECT count(*) FROM reports_content) AS reports,
       (SELECT count(*) FROM reports_meetings) AS meetings,
       (SELECT count(*) FROM reports_documents) AS documents,
       (SELECT count(*) FROM reports_actions) AS actions,
       (SELECT count(*) FROM reports_signatories) AS signatories,
       (SELECT count(*) FROM reports_people) AS people,
       (SELECT count(*) FROM reports_evidence) AS evidence,
       (SELECT count(*) FROM reports_conflicts) AS conflicts;

.print
.print (1) Timeline of meetings (sql/reports/timeline.sql); id is what commit_signatories() takes
.mode column --wrap 30 --wordwrap on
.width 2 5 10 10 11 2 17 14 24 7
.read sql/reports/timeline.sql

.print
.print (2) Signatories of each MOU and Joint Declaration, by meeting: commit_signatories(id)
.mode box --wrap 60 --wordwrap on
.width 0
SELECT meeting, signed_on, document, count(*) AS n,
       group_concat(country, ' ') AS countries, max(title) AS title,
       max(sources) AS sources
  FROM (SELECT m.id AS meeting_id, s.*
          FROM reports_meetings m, commit_signatories(m.id) s
         WHERE s.kind IN ('mou', 'joint_declaration')
         ORDER BY m.id, s.document, s.country)
 GROUP BY meeting_id, document
 ORDER BY signed_on, meeting_id, document;
