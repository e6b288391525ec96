-- signatories.sql -- who signed which document of registry `reports`,
-- and where: one row per document and meeting of signing.
--
--   sqlite3 demo.db -cmd '.load ./dist/commit' < sql/reports/signatories.sql
--   sqlite3 -box demo.db -cmd '.load ./dist/commit' < sql/reports/signatories.sql
--
-- Columns:
--   document    MOU, SPA <ordinal>, JD <ordinal> (the plan period when no
--               ordinal is known; other documents by title), as in
--               timeline.sql
--   meeting     the code of the meeting where it was signed ('SOM?' /
--               'IMM?' without a number); empty when the reports tie the
--               signing to no meeting ("the MOU signed in 2004")
--   signed_on   the meeting's end date, else its start (as
--               commit_signatories() gives it)
--   n           how many countries signed
--   countries   their ISO codes, sorted
--   signatories the persons who signed and their titles, when named
--               ("Minister" for "the six ministers signed")
--   sources     how many reports evidence these signings
--
-- For one meeting, commit_signatories() gives the same facts one row per
-- country, with country names:
--   SELECT * FROM commit_signatories('IMM2');
SELECT CASE d.kind WHEN 'mou' THEN 'MOU'
                   WHEN 'spa' THEN 'SPA'
                   WHEN 'joint_declaration' THEN 'JD'
                   ELSE coalesce(d.title, d.kind) END
       || coalesce(' ' || d.ordinal, ' ' || replace(d.period, '/', '-'), '')
       AS document,
       CASE WHEN s.meeting_id IS NULL THEN ''
            ELSE coalesce(m.code, coalesce(m.series, '') || '?') END AS meeting,
       coalesce(m."end", m.start) AS signed_on,
       count(*) AS n,
       (SELECT group_concat(country, ' ')
          FROM (SELECT s2.country FROM reports_signatories s2
                 WHERE s2.document_id = s.document_id
                   AND s2.meeting_id IS s.meeting_id
                 ORDER BY s2.country)) AS countries,
       (SELECT group_concat(who, ', ')
          FROM (SELECT DISTINCT trim(coalesce(s2.person, '') || ' '
                                     || coalesce(s2.title, '')) AS who
                  FROM reports_signatories s2
                 WHERE s2.document_id = s.document_id
                   AND s2.meeting_id IS s.meeting_id
                   AND (s2.person IS NOT NULL OR s2.title IS NOT NULL)
                 ORDER BY who)) AS signatories,
       (SELECT count(DISTINCT e.report_id)
          FROM reports_evidence e
          JOIN reports_signatories s2 ON s2.id = e.fact_id
         WHERE e.fact = 'signatories'
           AND s2.document_id = s.document_id
           AND s2.meeting_id IS s.meeting_id) AS sources
  FROM reports_signatories s
  JOIN reports_documents d ON d.id = s.document_id
  LEFT JOIN reports_meetings m ON m.id = s.meeting_id
 GROUP BY s.document_id, s.meeting_id
 ORDER BY instr('mou spa joint_declaration other', d.kind), d.ordinal,
          d.period, d.id, coalesce(m."end", m.start) IS NULL,
          coalesce(m."end", m.start), m.id;
