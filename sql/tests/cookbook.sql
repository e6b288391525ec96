-- cookbook.sql: the queries of README's "## Cookbook" (issue 9, item 5),
-- word for word and in the same order, so that they are known to run and
-- to print what the README shows.  tests/apidoc.py checks that every
-- ```sql block of the Cookbook is in this file and every output block in
-- cookbook.expected; edit the README and this file together.
-- The reports are written for the Cookbook: five short ones, with two
-- disagreements (IMM3's end date and attendance), a meeting told without
-- a date, and an en dash before a piece of evidence so that a cut by
-- characters and a cut by bytes differ.

-- ==== A registry to query ================================================
.load ./dist/commit
.headers on
.mode box --wrap 60 --wordwrap on
.nullvalue ''
CREATE VIRTUAL TABLE reports USING commit_registry;
INSERT INTO reports(source, published, body) VALUES
('AP', '2004-10-29',
 'RANGOON, Oct 29 (AP) -- Ministers from Cambodia, China, Laos, Burma, Thailand and Vietnam signed a Memorandum of Understanding against human trafficking here today at the first COMMIT Inter-Ministerial Meeting (IMM1).'),
('Xinhua', '2007-12-14',
 'BEIJING, Dec. 14 (Xinhua) -- The second Inter-Ministerial Meeting (IMM2) of COMMIT, held here from 12 to 14 December, was hosted by the Ministry of Public Security. Some 300 delegates attended. Chinese Minister of Public Security Meng Jianzhu said the six countries adopted the second Sub-regional Plan of Action (SPA II, 2008-2010) and signed a Joint Declaration.'),
('VNA', '2012-02-16',
 'HA NOI, Feb. 16 (VNA) – The third Inter-Ministerial Meeting (IMM3) of COMMIT closed here today. Nearly 200 delegates attended. Ministers of Cambodia, China, Laos, Myanmar, Thailand and Viet Nam signed the second Joint Declaration. Deputy Prime Minister Truong Vinh Trong chaired the meeting.'),
('UN', '2012-03-01',
 'Over 150 participants took part in IMM3, held in Hanoi on 15 February 2012, where the second Joint Declaration was signed by Cambodia, China, Lao PDR, Myanmar, Thailand and Viet Nam. The fourth meeting, IMM4, is to be held in Cambodia.'),
('blog', '2015-05-02',
 'Looking back: the MOU was signed at IMM1 in Yangon in October 2004. Ministers met again at IMM4 in Phnom Penh on 30 April 2015, hosted by the Ministry of Interior, and adopted SPA IV. About 250 participants attended. The next Senior Officials Meeting, SOM11, is planned in Vientiane.');

-- ==== Timeline of meetings ==============================================
SELECT coalesce(code, series || '?', '?') AS meeting, start, "end", city, country,
       attendance, sources
  FROM reports_meetings
 ORDER BY coalesce(start, "end") IS NULL, coalesce(start, "end"), "end", id;

-- ==== Who signed what ===================================================
SELECT d.title AS document, m.code AS meeting,
       coalesce(m."end", m.start) AS signed_on,
       group_concat(s.country, ' ') AS countries, s.title AS signed_as
  FROM (SELECT * FROM reports_signatories ORDER BY country) AS s
  JOIN reports_documents AS d ON d.id = s.document_id
  LEFT JOIN reports_meetings AS m ON m.id = s.meeting_id
 GROUP BY s.document_id, s.meeting_id
 ORDER BY signed_on;

SELECT country_name, document, signed_on, sources
  FROM commit_signatories('the third IMM');

-- ==== Documents, and what was done to them when =========================
SELECT d.title AS document, d.kind, d.ordinal, d.period, a.action,
       m.code AS meeting, coalesce(m."end", m.start) AS "on"
  FROM reports_documents AS d
  JOIN reports_actions AS a ON a.document_id = d.id
  LEFT JOIN reports_meetings AS m ON m.id = a.meeting_id
 ORDER BY "on" IS NULL, "on", d.id;

-- ==== Attendance by country =============================================
SELECT c.name AS country, count(DISTINCT a.meeting_id) AS meetings,
       group_concat(DISTINCT m.code) AS at
  FROM (SELECT * FROM reports_actions ORDER BY meeting_id) AS a,
       json_each(a.parties) AS p
  JOIN commit_countries AS c ON c.iso2 = p.value
  JOIN reports_meetings AS m ON m.id = a.meeting_id
 GROUP BY c.iso2
 ORDER BY meetings DESC, country;

SELECT c.name AS host_country, count(*) AS meetings,
       count(m.attendance) AS counted, sum(m.attendance) AS delegates,
       max(m.attendance) AS largest
  FROM reports_meetings AS m
  JOIN commit_countries AS c ON c.iso2 = m.country
 GROUP BY m.country
 ORDER BY delegates DESC, host_country;

-- ==== Meetings a country hosted =========================================
SELECT code, start, city,
       (SELECT group_concat(value, '; ') FROM json_each(hosts)) AS hosts
  FROM reports_meetings
 WHERE country = commit_country('Cambodia')
 ORDER BY start;

-- ==== Sources per fact ==================================================
SELECT e.surface,
       substr(r.body, e.start + 1, e."end" - e.start) AS by_characters,
       CAST(substr(CAST(r.body AS BLOB), e.start + 1, e."end" - e.start) AS TEXT) AS by_bytes
  FROM reports_evidence AS e
  JOIN reports_content AS r ON r.id = e.report_id
 WHERE r.source = 'VNA' AND e.fact = 'meetings' AND e.field = 'attendance';

CREATE TEMP VIEW evidence_sentence AS
SELECT e.id, e.report_id, e.fact, e.fact_id, e.field, e.value, e.start, e."end",
       e.surface, CAST(substr(e.b, e.s + 1, e.x - e.s) AS TEXT) AS sentence
  FROM (SELECT e.*, c.b,
               (WITH RECURSIVE k(i) AS (
                  SELECT e.start UNION ALL SELECT i - 1 FROM k
                   WHERE i > 0 AND substr(c.b, i, 1) <> x'0a'
                     AND NOT (substr(c.b, i - 1, 2) = x'2e20'
                              AND substr(c.b, i + 1, 1) BETWEEN x'41' AND x'5a'))
                SELECT min(i) FROM k) AS s,
               (WITH RECURSIVE k(i) AS (
                  SELECT e."end" UNION ALL SELECT i + 1 FROM k
                   WHERE i < length(c.b) AND substr(c.b, i + 1, 1) <> x'0a'
                     AND NOT (substr(c.b, i, 2) = x'2e20'
                              AND substr(c.b, i + 2, 1) BETWEEN x'41' AND x'5a'))
                SELECT max(i) FROM k) AS x
          FROM reports_evidence AS e
          JOIN (SELECT id, CAST(body AS BLOB) AS b FROM reports_content) AS c
            ON c.id = e.report_id) AS e;

SELECT r.source, r.published, e.field, e.value, e.sentence
  FROM evidence_sentence AS e
  JOIN reports_content AS r ON r.id = e.report_id
 WHERE e.fact = 'meetings'
   AND e.fact_id = (SELECT id FROM reports_meetings WHERE code = 'IMM3')
   AND e.field IN ('end', 'attendance')
 ORDER BY e.field, r.id;

-- ==== Disagreements between sources =====================================
SELECT m.code AS meeting, c.field,
       json_extract(json_object('start', m.start, 'end', m."end",
                                'city', m.city, 'country', m.country,
                                'venue', m.venue, 'attendance', m.attendance),
                    '$.' || c.field) AS kept,
       c.value AS other, group_concat(DISTINCT r.source) AS other_said_by
  FROM reports_conflicts AS c
  JOIN reports_meetings AS m ON m.id = c.fact_id
  JOIN reports_content AS r ON r.id = c.report_id
 WHERE c.fact = 'meetings'
 GROUP BY c.fact_id, c.field, c.value
 ORDER BY m.code, c.field;

-- ==== Facts that rest on one report =====================================
SELECT f.fact, f.what, r.source
  FROM (SELECT 'meetings' AS fact, id, code AS what FROM reports_meetings WHERE sources = 1
        UNION ALL
        SELECT 'documents', id, title FROM reports_documents WHERE sources = 1
        UNION ALL
        SELECT 'people', id, name FROM reports_people WHERE sources = 1) AS f
  JOIN reports_content AS r
    ON r.id = (SELECT report_id FROM reports_evidence AS e
                WHERE e.fact = f.fact AND e.fact_id = f.id LIMIT 1)
 ORDER BY f.fact, f.id;

-- ==== Reports that mention a meeting but give no date ===================
SELECT r.id AS report, r.source, m.code AS meeting, e.surface AS mention
  FROM reports_evidence AS e
  JOIN reports_content AS r ON r.id = e.report_id
  JOIN reports_meetings AS m ON m.id = e.fact_id
 WHERE e.fact = 'meetings' AND e.field = 'mention'
   AND NOT EXISTS (SELECT 1 FROM reports_evidence AS d
                    WHERE d.report_id = e.report_id AND d.fact = 'meetings'
                      AND d.fact_id = e.fact_id AND d.field IN ('start', 'end'))
 ORDER BY r.id, m.id;

-- ==== Every date the reports give =======================================
SELECT r.source, r.published, e.surface, e.value
  FROM reports_content AS r,
       commit_entities(r.body, json_object('published', r.published)) AS e
 WHERE e.kind = 'date'
 ORDER BY r.id, e.start;

-- ==== Loading a folder of reports =======================================
CREATE VIRTUAL TABLE folder USING commit_registry;
INSERT INTO folder(source, published, body)
  SELECT name, json_extract(readfile(replace(name, '.txt', '.opts')), '$.published'),
         readfile(name)
    FROM fsdir('fixtures')
   WHERE name GLOB 'fixtures/*.txt'
   ORDER BY name;
SELECT count(*) AS reports, count(published) AS dated FROM folder;
DROP TABLE folder;
