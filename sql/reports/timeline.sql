-- timeline.sql -- the meetings of registry `reports`, one row per meeting,
-- in date order: what happened when and where, and on which documents.
--
--   sqlite3 demo.db -cmd '.load ./dist/commit' < sql/reports/timeline.sql
--   sqlite3 -box demo.db -cmd '.load ./dist/commit' < sql/reports/timeline.sql
--
-- (-box, or .mode box, prints a table; the file itself is plain SQL and
-- sets no output mode, so it also runs from any SQLite client.  Only the
-- registry's tables are read: the extension is needed to write them, not
-- to read them.)
--
-- Columns:
--   id          the meeting's id in reports_meetings (commit_signatories
--               takes it when the meeting has no code)
--   code        IMM2, SOM8, ...; 'SOM?' / 'IMM?' when the reports give no
--               number, '?' when not even the series
--   start, end  ISO dates at the grain the reports give (2007-12-14,
--               2004-10, 2017); merged: the best-supported value
--   city        where it was held (canonical English name)
--   cc          the country where it was held (ISO 3166-1 alpha-2)
--   hosts       the merged list of hosts, best supported first
--   attendance  the headline number with its qualifier ("nearly 200")
--   documents   what was done there, from reports_actions and
--               reports_documents, e.g. "signed JD, adopted SPA 2":
--               MOU, SPA <ordinal>, JD <ordinal> (or the plan period when
--               no ordinal is known, e.g. SPA 2008-2010), other documents
--               by title; actions in the order signed, adopted, endorsed,
--               launched, reviewed, discussed
--   sources     how many reports evidence the meeting
--
-- Order: by start date (the end date when the start is unknown; a month
-- sorts before the days in it), then end date; meetings with no date
-- last.  Actions tied to no meeting are not shown (see signatories.sql).
SELECT m.id,
       coalesce(m.code, coalesce(m.series, '') || '?') AS code,
       m.start,
       m."end",
       m.city,
       m.country AS cc,
       (SELECT group_concat(h.value, ', ') FROM json_each(m.hosts) h) AS hosts,
       CASE WHEN m.attendance IS NOT NULL
            THEN ltrim(coalesce(m.attendance_qualifier, '') || ' '
                       || m.attendance)
       END AS attendance,
       (SELECT group_concat(done, ', ')
          FROM (SELECT a.action || ' '
                       || CASE d.kind WHEN 'mou' THEN 'MOU'
                                      WHEN 'spa' THEN 'SPA'
                                      WHEN 'joint_declaration' THEN 'JD'
                                      ELSE coalesce(d.title, d.kind) END
                       || coalesce(' ' || d.ordinal,
                                   ' ' || replace(d.period, '/', '-'), '')
                       AS done
                  FROM reports_actions a
                  JOIN reports_documents d ON d.id = a.document_id
                 WHERE a.meeting_id = m.id
                 ORDER BY instr('signed adopted endorsed launched reviewed '
                                || 'discussed', a.action),
                          d.kind, d.ordinal, d.id)) AS documents,
       m.sources
  FROM reports_meetings m
 ORDER BY coalesce(m.start, m."end") IS NULL, coalesce(m.start, m."end"),
          m."end", m.series, m.number, m.id;
