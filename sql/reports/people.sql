-- people.sql -- the people of registry `reports`, by organisation: who
-- spoke, led a delegation or signed, with the office they held.
--
--   sqlite3 demo.db -cmd '.load ./dist/commit' < sql/reports/people.sql
--   sqlite3 -box demo.db -cmd '.load ./dist/commit' < sql/reports/people.sql
--
-- Columns: organization (the body of the person's office, merged over
-- the reports; people with none come last), country (the government
-- served; empty for UN and international staff and when no report says),
-- name (without honorific or rank), title (the office, e.g. Vice
-- Minister), meetings (codes of the meetings evidenced by the reports
-- that name the person, in date order -- context, not attendance),
-- sources (how many reports name the person).
SELECT p.organization,
       p.country,
       p.name,
       p.title,
       (SELECT group_concat(code, ' ')
          FROM (SELECT coalesce(m.code, coalesce(m.series, '') || '?') AS code
                  FROM reports_meetings m
                 WHERE m.id IN (SELECT em.fact_id FROM reports_evidence em
                                 WHERE em.fact = 'meetings'
                                   AND em.report_id IN
                                       (SELECT ep.report_id
                                          FROM reports_evidence ep
                                         WHERE ep.fact = 'people'
                                           AND ep.fact_id = p.id))
                 ORDER BY coalesce(m.start, m."end") IS NULL,
                          coalesce(m.start, m."end"), m."end", m.series,
                          m.number, m.id)) AS meetings,
       p.sources
  FROM reports_people p
 ORDER BY p.organization IS NULL, p.organization, p.country IS NULL,
          p.country, p.name COLLATE NOCASE, p.id;
