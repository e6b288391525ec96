-- participation.sql -- which countries took part in which meeting of
-- registry `reports`: a country x meeting matrix, one row per meeting (in
-- the order of timeline.sql), one column per member country.
--
--   sqlite3 demo.db -cmd '.load ./dist/commit' < sql/reports/participation.sql
--   sqlite3 -box demo.db -cmd '.load ./dist/commit' < sql/reports/participation.sql
--
-- A country took part in a meeting when
--   S  it signed a document there (reports_signatories), or
--   A  it was a party to another action there (the parties of
--      reports_actions: adopted, endorsed, ...), or
--   P  a person of that country (reports_people.country) appears in a
--      report that has evidence for that meeting: both the person and the
--      meeting have rows in reports_evidence with the same report_id.
-- A cell holds the letters that apply, in that order ("SP"), or nothing.
-- P is the weakest: a report about one meeting that names an official of
-- a country counts for every meeting the same report mentions.
--
-- Columns: id, code (as in timeline.sql), date (start, else end), KH CN
-- LA MM TH VN (the six members, in the order of the COMMIT MOU), members
-- (how many of the six took part), others (codes of non-member countries
-- that took part, sorted).  Every meeting has a row, empty or not.
WITH
meeting_report(meeting_id, report_id) AS (
  SELECT DISTINCT fact_id, report_id FROM reports_evidence
   WHERE fact = 'meetings'
),
person_report(person_id, report_id) AS (
  SELECT DISTINCT fact_id, report_id FROM reports_evidence
   WHERE fact = 'people'
),
part(meeting_id, country, how) AS (
  SELECT meeting_id, country, 'S' FROM reports_signatories
   WHERE meeting_id IS NOT NULL
  UNION
  SELECT a.meeting_id, j.value, 'A'
    FROM reports_actions a, json_each(a.parties) j
   WHERE a.meeting_id IS NOT NULL AND a.action <> 'signed'
  UNION
  SELECT mr.meeting_id, p.country, 'P'
    FROM meeting_report mr
    JOIN person_report pr ON pr.report_id = mr.report_id
    JOIN reports_people p ON p.id = pr.person_id
   WHERE p.country IS NOT NULL
),
cell(meeting_id, country, how) AS (
  SELECT meeting_id, country,
         (SELECT group_concat(how, '')
            FROM (SELECT p2.how FROM part p2
                   WHERE p2.meeting_id = part.meeting_id
                     AND p2.country = part.country
                   ORDER BY instr('SAP', p2.how)))
    FROM part GROUP BY meeting_id, country
)
SELECT m.id,
       coalesce(m.code, coalesce(m.series, '') || '?') AS code,
       coalesce(m.start, m."end") AS date,
       coalesce((SELECT how FROM cell WHERE meeting_id = m.id AND country = 'KH'), '') AS KH,
       coalesce((SELECT how FROM cell WHERE meeting_id = m.id AND country = 'CN'), '') AS CN,
       coalesce((SELECT how FROM cell WHERE meeting_id = m.id AND country = 'LA'), '') AS LA,
       coalesce((SELECT how FROM cell WHERE meeting_id = m.id AND country = 'MM'), '') AS MM,
       coalesce((SELECT how FROM cell WHERE meeting_id = m.id AND country = 'TH'), '') AS TH,
       coalesce((SELECT how FROM cell WHERE meeting_id = m.id AND country = 'VN'), '') AS VN,
       (SELECT count(*) FROM cell WHERE meeting_id = m.id
           AND country IN ('KH', 'CN', 'LA', 'MM', 'TH', 'VN')) AS members,
       (SELECT group_concat(country, ' ')
          FROM (SELECT country FROM cell WHERE meeting_id = m.id
                   AND country NOT IN ('KH', 'CN', 'LA', 'MM', 'TH', 'VN')
                 ORDER BY country)) AS others
  FROM reports_meetings m
 ORDER BY coalesce(m.start, m."end") IS NULL, coalesce(m.start, m."end"),
          m."end", m.series, m.number, m.id;
