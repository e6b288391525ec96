-- conflicts.sql -- where the reports in registry `reports` disagree: one
-- row per fact, field and losing value, to review by hand.
--
--   sqlite3 demo.db -cmd '.load ./dist/commit' < sql/reports/conflicts.sql
--   sqlite3 -box demo.db -cmd '.load ./dist/commit' < sql/reports/conflicts.sql
--
-- The registry keeps, for every field, the value seen in the most reports
-- and records each other value in reports_conflicts with the report that
-- gave it.  This lists them, grouped by value:
--   fact      meetings, documents, actions, signatories or people
--   subject   which one: the meeting code ('SOM? #2': no number, id 2), the
--             document (MOU, SPA 2, JD 1, ...), the person's name; for an
--             action or signatory, its meeting and document
--   field     the column that is disputed
--   kept      the value the registry stored, and n_kept the number of
--             reports that gave it (for a date, with those that gave a
--             coarser date containing it: "2007-12" supports "2007-12-14")
--   other     a value that lost, n_other the reports that gave it, and
--             reports their sources (the report id when source is NULL)
-- Order: meetings by series and number (unnumbered last), documents by
-- kind and ordinal, actions and signatories by meeting, people by name.
-- Left out: the spellings of meeting names and document titles, which
-- differ from report to report by nature (reports_conflicts keeps them).
WITH
doc(id, label) AS (
  SELECT id, CASE kind WHEN 'mou' THEN 'MOU'
                       WHEN 'spa' THEN 'SPA'
                       WHEN 'joint_declaration' THEN 'JD'
                       ELSE coalesce(title, kind) END
             || coalesce(' ' || ordinal, ' ' || replace(period, '/', '-'), '')
    FROM reports_documents
),
meet(id, label) AS (
  SELECT id, coalesce(code, coalesce(series, '') || '? #' || id)
    FROM reports_meetings
),
fact(fact, id, subject, k, j) AS (
  SELECT 'meetings', m.id, meet.label,
         coalesce(series, '~') || printf('%06d', coalesce(number, 999999)),
         json_object('code', code, 'series', series, 'number', number,
                     'start', start, 'end', "end", 'city', city,
                     'country', country, 'venue', venue,
                     'attendance', attendance,
                     'attendance_qualifier', attendance_qualifier)
    FROM reports_meetings m JOIN meet USING (id)
  UNION ALL
  SELECT 'documents', d.id, doc.label,
         instr('mou spa joint_declaration other', kind)
         || printf('%06d', coalesce(ordinal, 999999)),
         json_object('kind', kind, 'ordinal', ordinal, 'period', period)
    FROM reports_documents d JOIN doc USING (id)
  UNION ALL
  SELECT 'actions', a.id,
         coalesce((SELECT label FROM meet WHERE id = a.meeting_id), '-')
         || ' ' || (SELECT label FROM doc WHERE id = a.document_id),
         printf('%09d%09d', coalesce(a.meeting_id, 0), a.document_id),
         json_object('action', action)
    FROM reports_actions a
  UNION ALL
  SELECT 'signatories', s.id,
         coalesce((SELECT label FROM meet WHERE id = s.meeting_id), '-')
         || ' ' || (SELECT label FROM doc WHERE id = s.document_id)
         || ' ' || s.country,
         printf('%09d%09d', coalesce(s.meeting_id, 0), s.document_id)
         || s.country,
         json_object('country', country, 'person', person, 'title', title)
    FROM reports_signatories s
  UNION ALL
  SELECT 'people', id, name, lower(name),
         json_object('name', name, 'honorific', honorific, 'title', title,
                     'organization', organization, 'country', country)
    FROM reports_people
)
SELECT c.fact,
       f.subject,
       c.field,
       json_extract(f.j, '$."' || c.field || '"') AS kept,
       (SELECT count(DISTINCT e.report_id) FROM reports_evidence e
         WHERE e.fact = c.fact AND e.fact_id = c.fact_id
           AND e.field = c.field
           AND (lower(e.value) = lower(json_extract(f.j, '$."' || c.field || '"'))
                OR (c.field IN ('start', 'end')
                    AND json_extract(f.j, '$."' || c.field || '"')
                        LIKE e.value || '-%')))
         AS n_kept,
       c.value AS other,
       count(DISTINCT c.report_id) AS n_other,
       group_concat(coalesce(r.source, '#' || c.report_id), ', ') AS reports
  FROM reports_conflicts c
  JOIN fact f ON f.fact = c.fact AND f.id = c.fact_id
  LEFT JOIN reports_content r ON r.id = c.report_id
 WHERE NOT (c.fact = 'meetings' AND c.field = 'name')
   AND NOT (c.fact = 'documents' AND c.field = 'title')
 GROUP BY c.fact, c.fact_id, c.field, c.value
 ORDER BY instr('meetings documents actions signatories people', c.fact),
          f.k, c.fact_id, c.field, n_other DESC, c.value;
