-- report_html.sql -- registry `reports` as one self-contained HTML page
-- for a briefing: key figures, a timeline of meetings (inline SVG), the
-- meetings, who took part (country x meeting), documents and who signed
-- them, the people named, open conflicts, the sources, and at the end the
-- evidence: every fact's sentences, cut from the reports' bodies.
--
--   sqlite3 demo.db -cmd '.load ./dist/commit' < sql/reports/report_html.sql > report.html
--   make report DB=demo.db REPORT=report.html      (the same, with checks)
--
-- The page needs no JavaScript, loads nothing from outside (inline CSS
-- and SVG only) and has a print stylesheet (A4 landscape, no page break
-- inside a row, a figure or a fact's evidence).  It is also well-formed
-- XML (every element closed, only the entities &amp; &lt; &gt; &quot;
-- &#39;), so tools that read XHTML or SVG can take it apart.  For a given
-- database the output is the same byte for byte: no date of generation,
-- and every list has a total order.
--
-- How it is built: plain SQL in the sqlite3 shell, in list mode, one
-- SELECT per part of the page, each printing lines of HTML.  The
-- extension must be loaded for commit_countries (country names); the
-- registry itself is read from its tables (reports_content, _meetings,
-- _documents, _actions, _signatories, _people, _evidence, _conflicts),
-- never through the virtual table.  Every text that comes from the
-- registry is HTML-escaped (& < > " ' become entities) once, in the TEMP
-- tables x* below, or where it is cut from a body; numbers and ids are
-- written as they are.  A url becomes a link only when it starts with
-- http:// or https://.
--
-- Evidence: each row of reports_evidence has an anchor id="e<id>" (a
-- chip "field value" under its sentence).  The sentence is cut from the
-- body by bytes (CAST(body AS BLOB): substr() on TEXT counts characters,
-- the spans count bytes): from the boundary before the span's start to
-- the one after its end, where a boundary is a blank line, or '.', '?' or
-- '!' followed by a space or a line end and then not by a lower-case
-- letter or a digit ("Dec. 14" is one sentence).  Where a sentence runs
-- on more than 200 bytes before its first span or after its last, that
-- side is cut to about 160 bytes, at a space, with "…" (instr() with a
-- BLOB needle, X'20', so that it counts bytes too).  The spans of all the
-- evidence rows of one fact in one
-- sentence are marked (<mark>) in one quote.  Control characters other
-- than tab and line ends are shown as spaces (one byte for one byte, so
-- the spans still hold).  Evidence rows without a span (a country the
-- parser derived from a city) say so.  Each fact of the page links to its
-- evidence: a value to the first evidence row that gave that value (else
-- the first of its field), a meeting code, a document, a person and a
-- count of reports to the fact's whole evidence (id="f-<fact>-<id>").
--
-- Timeline: one lane per series (IMM, SOM, and "other" for meetings of no
-- known series, when there are any), x by date over whole years; a date
-- known to the month is drawn on the 15th, to the year on 1 July, with a
-- dashed mark.  A meeting where a document was signed (reports_actions
-- 'signed', or a row in reports_signatories) is a filled diamond, others
-- a circle.  Labels (code, city, what was signed) are packed greedily into
-- rows under their lane so that they do not overlap; widths are estimated
-- from the number of characters.  Meetings with no date are listed under
-- the figure.
--
-- Participation (country x meeting), as in participation.sql plus H:
--   S signed there, A party to another action there, H the meeting was
--   held in the country, P a person of the country is named in a report
--   that evidences the meeting (the weakest).  Members first, in the order
--   of the COMMIT MOU, then other countries by name.
--
-- Limits: the registry must be named `reports`; label widths are
-- estimates (a very long city name may touch its neighbour); every
-- evidence row is printed, so a registry of thousands of reports gives a
-- long page.
.bail on
.headers off
.mode list
.nullvalue ''

-- ==== Facts, ordered and labelled ========================================

-- mt: the meetings in the order of timeline.sql (ord), with a label (code,
-- 'SOM?' without a number, '?' without a series), the date to place them
-- by (d), and their dates as text ('28–30 Jul 2004').
CREATE TEMP TABLE mt AS
WITH m AS (
  SELECT m.*,
         coalesce(code, coalesce(series, '') || '?') AS label,
         coalesce(start, "end") AS d,
         CASE length(start)
           WHEN 10 THEN CAST(substr(start, 9, 2) AS INTEGER) || ' '
                        || substr('JanFebMarAprMayJunJulAugSepOctNovDec',
                                  CAST(substr(start, 6, 2) AS INTEGER) * 3 - 2, 3)
                        || ' ' || substr(start, 1, 4)
           WHEN 7 THEN substr('JanFebMarAprMayJunJulAugSepOctNovDec',
                              CAST(substr(start, 6, 2) AS INTEGER) * 3 - 2, 3)
                       || ' ' || substr(start, 1, 4)
           ELSE start END AS fs,
         CASE length("end")
           WHEN 10 THEN CAST(substr("end", 9, 2) AS INTEGER) || ' '
                        || substr('JanFebMarAprMayJunJulAugSepOctNovDec',
                                  CAST(substr("end", 6, 2) AS INTEGER) * 3 - 2, 3)
                        || ' ' || substr("end", 1, 4)
           WHEN 7 THEN substr('JanFebMarAprMayJunJulAugSepOctNovDec',
                              CAST(substr("end", 6, 2) AS INTEGER) * 3 - 2, 3)
                       || ' ' || substr("end", 1, 4)
           ELSE "end" END AS fe
    FROM reports_meetings m
)
SELECT id, code, series, number, start, "end", city, country, venue, hosts,
       attendance, attendance_qualifier, sources, label, d,
       row_number() OVER (ORDER BY d IS NULL, d, "end", series, number, id)
         AS ord,
       CASE
         WHEN start IS NULL AND "end" IS NULL THEN 'date unknown'
         WHEN start IS NULL OR "end" IS NULL OR start = "end"
           THEN coalesce(fs, fe)
         WHEN length(start) = 10 AND length("end") = 10
              AND substr(start, 1, 7) = substr("end", 1, 7)
           THEN CAST(substr(start, 9, 2) AS INTEGER) || '–' || fe
         WHEN length(start) = 10 AND length("end") = 10
              AND substr(start, 1, 4) = substr("end", 1, 4)
           THEN substr(fs, 1, length(fs) - 5) || ' – ' || fe
         ELSE fs || ' – ' || fe END AS whentxt,
       (SELECT group_concat(x, ', ') FROM (
          SELECT DISTINCT CASE dd.kind WHEN 'mou' THEN 'MOU'
                            WHEN 'spa' THEN 'SPA'
                            WHEN 'joint_declaration' THEN 'JD'
                            ELSE coalesce(dd.title, dd.kind) END
                 || coalesce(' ' || dd.ordinal,
                             ' ' || replace(dd.period, '/', '-'), '') AS x
            FROM reports_documents dd
           WHERE dd.id IN (SELECT document_id FROM reports_actions
                            WHERE meeting_id = m.id AND action = 'signed'
                           UNION
                           SELECT document_id FROM reports_signatories
                            WHERE meeting_id = m.id)
           ORDER BY instr('mou joint_declaration spa other', dd.kind),
                    dd.ordinal, dd.id)) AS signedtxt
  FROM m;

-- dt: the documents, labelled as in conflicts.sql (MOU, SPA 2, JD 1, the
-- period when no ordinal is known, other documents by title), in order.
CREATE TEMP TABLE dt AS
SELECT d.*,
       CASE kind WHEN 'mou' THEN 'MOU'
                 WHEN 'spa' THEN 'SPA'
                 WHEN 'joint_declaration' THEN 'JD'
                 ELSE coalesce(title, kind) END
       || coalesce(' ' || ordinal, ' ' || replace(period, '/', '-'), '')
       AS label,
       row_number() OVER (ORDER BY instr('mou spa joint_declaration other',
                                         kind),
                          ordinal IS NULL, ordinal, period, id) AS ord
  FROM reports_documents d;

-- ct: the countries by ISO code, with their names; members first in the
-- order of the COMMIT MOU (rank 1..6), then the others by name.
CREATE TEMP TABLE ct AS
SELECT iso2, name, member,
       CASE WHEN member THEN instr('KH CN LA MM TH VN ', iso2 || ' ') / 3 + 1
            ELSE 7 END AS rank
  FROM commit_countries;

-- lk / lkf: the first evidence row of a fact's field with a given value
-- (case folded), and of the field whatever the value: what a value links to.
CREATE TEMP TABLE lk AS
SELECT fact, fact_id, field, lower(value) AS v, min(id) AS eid
  FROM reports_evidence GROUP BY fact, fact_id, field, lower(value);
CREATE INDEX temp.lk_i ON lk(fact, fact_id, field, v);
CREATE TEMP TABLE lkf AS
SELECT fact, fact_id, field, min(id) AS eid
  FROM reports_evidence GROUP BY fact, fact_id, field;
CREATE INDEX temp.lkf_i ON lkf(fact, fact_id, field);

-- ==== Escaped copies: every registry text used in the page ================
-- x(t) is written out as
--   replace(replace(replace(replace(replace(t, '&', '&amp;'), '<', '&lt;'),
--           '>', '&gt;'), '"', '&quot;'), '''', '&#39;')
CREATE TEMP TABLE xm AS
SELECT id,
       replace(replace(replace(replace(replace(label, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS label,
       replace(replace(replace(replace(replace(city, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS city,
       replace(replace(replace(replace(replace(venue, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS venue,
       replace(replace(replace(replace(replace(
         coalesce(attendance_qualifier || ' ', '') || attendance,
         '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS attendance,
       replace(replace(replace(replace(replace(signedtxt, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS signedtxt,
       replace(replace(replace(replace(replace(whentxt, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS whentxt,
       replace(replace(replace(replace(replace(
         coalesce((SELECT name FROM ct WHERE iso2 = mt.country), mt.country),
         '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS cname
  FROM mt;
CREATE TEMP TABLE xd AS
SELECT id,
       replace(replace(replace(replace(replace(label, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS label,
       replace(replace(replace(replace(replace(title, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS title,
       replace(replace(replace(replace(replace(replace(period, '/', '–'), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS period
  FROM dt;
CREATE TEMP TABLE xp AS
SELECT id,
       replace(replace(replace(replace(replace(name, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS name,
       replace(replace(replace(replace(replace(honorific, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS honorific,
       replace(replace(replace(replace(replace(title, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS title,
       replace(replace(replace(replace(replace(organization, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS organization
  FROM reports_people;
CREATE TEMP TABLE xs AS
SELECT id,
       replace(replace(replace(replace(replace(person, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS person,
       replace(replace(replace(replace(replace(title, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS title
  FROM reports_signatories;
CREATE TEMP TABLE xc AS   -- countries: code and name
SELECT iso2 AS code,
       replace(replace(replace(replace(replace(name, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS name
  FROM ct;
CREATE TEMP TABLE xr AS   -- reports: source (or '#id'), published, url
SELECT id,
       replace(replace(replace(replace(replace(coalesce(source, '#' || id), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS source,
       replace(replace(replace(replace(replace(published, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS published,
       replace(replace(replace(replace(replace(url, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') AS url,
       (url LIKE 'http://%' OR url LIKE 'https://%') AS urlok
  FROM reports_content;
-- xv: any other value (hosts, evidence values, conflicting values), by text.
CREATE TEMP TABLE xv(v TEXT PRIMARY KEY, x TEXT);
INSERT OR IGNORE INTO xv
SELECT v, replace(replace(replace(replace(replace(v, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')
  FROM (SELECT value AS v FROM reports_evidence WHERE value IS NOT NULL
        UNION SELECT field FROM reports_evidence
        UNION SELECT value FROM reports_conflicts WHERE value IS NOT NULL
        UNION SELECT field FROM reports_conflicts
        UNION SELECT j.value FROM reports_meetings, json_each(hosts) j
         WHERE j.value IS NOT NULL);

-- ==== Sentences of the bodies =============================================

-- rb: each body as bytes, control characters other than tab, LF and CR
-- replaced by spaces (one byte for one: spans still hold).
CREATE TEMP TABLE rb(id INTEGER PRIMARY KEY, b BLOB, n INTEGER);
WITH RECURSIVE cl(id, k, t) AS (
  SELECT id, 1, body FROM reports_content
  UNION ALL
  SELECT id, k + 1,
         CASE WHEN k IN (9, 10, 13) THEN t ELSE replace(t, char(k), ' ') END
    FROM cl WHERE k < 32
)
INSERT INTO rb SELECT id, CAST(t AS BLOB), length(CAST(t AS BLOB))
  FROM cl WHERE k = 32;

-- cut: offsets just after each candidate boundary (blank line, '. ',
-- '.\n', '? ', '! ', ... ), found with instr() in a window of 4000 bytes
-- from the last one (a window without any moves on by 4000: such a cut is
-- no boundary, see seg).
CREATE TEMP TABLE cut(id INTEGER, p INTEGER, PRIMARY KEY(id, p)) WITHOUT ROWID;
WITH RECURSIVE c(id, p) AS (
  SELECT id, 0 FROM rb
  UNION ALL
  SELECT c.id, c.p + (
           SELECT CASE WHEN q < 99999 THEN q ELSE 4000 END
             FROM (SELECT min(coalesce(nullif(instr(w, X'0A0A'), 0) + 1, 99999),
                              coalesce(nullif(instr(w, X'0A0D0A'), 0) + 2, 99999),
                              coalesce(nullif(instr(w, X'2E20'), 0) + 1, 99999),
                              coalesce(nullif(instr(w, X'2E0A'), 0) + 1, 99999),
                              coalesce(nullif(instr(w, X'2E0D0A'), 0) + 2, 99999),
                              coalesce(nullif(instr(w, X'3F20'), 0) + 1, 99999),
                              coalesce(nullif(instr(w, X'3F0A'), 0) + 1, 99999),
                              coalesce(nullif(instr(w, X'2120'), 0) + 1, 99999),
                              coalesce(nullif(instr(w, X'210A'), 0) + 1, 99999))
                          AS q
                     FROM (SELECT substr(rb.b, c.p + 1, 4000) AS w)))
    FROM c JOIN rb ON rb.id = c.id
   WHERE c.p < rb.n
)
INSERT OR IGNORE INTO cut SELECT id, p FROM c;

-- seg: the sentences [s, e) of each body: a cut is a boundary after a
-- blank line, or after punctuation when the next byte is not a-z or 0-9.
CREATE TEMP TABLE seg(id INTEGER, s INTEGER, e INTEGER,
                      PRIMARY KEY(id, s)) WITHOUT ROWID;
INSERT INTO seg
SELECT id, p, coalesce(lead(p) OVER (PARTITION BY id ORDER BY p), n)
  FROM (SELECT cut.id, cut.p, rb.n FROM cut JOIN rb ON rb.id = cut.id
         WHERE cut.p < rb.n
           AND (cut.p = 0
                OR hex(substr(rb.b, cut.p - 1, 2)) = '0A0A'
                OR hex(substr(rb.b, cut.p - 2, 3)) = '0A0D0A'
                OR ((hex(substr(rb.b, cut.p - 1, 2)) IN
                       ('2E20', '2E0A', '3F20', '3F0A', '2120', '210A')
                     OR hex(substr(rb.b, cut.p - 2, 3)) = '2E0D0A')
                    AND NOT (hex(substr(rb.b, cut.p + 1, 1)) BETWEEN '61' AND '7A'
                             OR hex(substr(rb.b, cut.p + 1, 1)) BETWEEN '30' AND '39'))));
CREATE INDEX temp.seg_e ON seg(id, e);

-- ev: every evidence row with its sentence: ss is the start of the
-- sentence holding its first byte, se the end of the one holding its last.
CREATE TEMP TABLE ev AS
SELECT e.id, e.report_id, e.fact, e.fact_id, e.field, e.value,
       e.start AS s, e."end" AS t,
       (SELECT max(g.s) FROM seg g
         WHERE g.id = e.report_id AND g.s <= e.start) AS ss,
       (SELECT min(g.e) FROM seg g
         WHERE g.id = e.report_id AND g.e >= e."end") AS se
  FROM reports_evidence e;

-- eg: one quote per fact, report and sentence (rows without a span make
-- one group per fact and report), with the window [ws, we) shown.
CREATE TEMP TABLE eg AS
SELECT g.*,
       CASE WHEN g.ss IS NULL THEN NULL
            WHEN g.s0 - g.ss > 200
            THEN g.s0 - 160 + coalesce(nullif(instr(substr(rb.b, g.s0 - 159, 160), X'20'), 0), 160)
            ELSE g.ss END AS ws,
       CASE WHEN g.ss IS NULL THEN NULL
            WHEN g.se - g.t0 > 200
            THEN CASE WHEN instr(substr(rb.b, g.t0 + 161, 80), X'20') > 0
                      THEN g.t0 + 160 + instr(substr(rb.b, g.t0 + 161, 80), X'20') - 1
                      ELSE g.t0 END
            ELSE g.se END AS we
  FROM (SELECT row_number() OVER (ORDER BY fact, fact_id, report_id,
                                  ss IS NULL, ss) AS gid,
               report_id, fact, fact_id, ss, max(se) AS se,
               min(s) AS s0, max(t) AS t0
          FROM ev
         WHERE (s IS NULL) = (ss IS NULL)
         GROUP BY fact, fact_id, report_id, ss) g
  JOIN rb ON rb.id = g.report_id;
CREATE TEMP TABLE evg AS
SELECT ev.*, eg.gid FROM ev JOIN eg
    ON eg.fact = ev.fact AND eg.fact_id = ev.fact_id
   AND eg.report_id = ev.report_id AND eg.ss IS ev.ss;
CREATE INDEX temp.evg_g ON evg(gid);

-- mk: the marked spans of each quote, overlapping spans merged (k in order).
CREATE TEMP TABLE mk AS
WITH sp AS (SELECT DISTINCT gid, s, t FROM evg WHERE s IS NOT NULL),
fl AS (SELECT gid, s, t,
              CASE WHEN s < coalesce(max(t) OVER (PARTITION BY gid ORDER BY s, t
                                     ROWS BETWEEN UNBOUNDED PRECEDING
                                              AND 1 PRECEDING), -1)
                   THEN 0 ELSE 1 END AS nw
         FROM sp),
isl AS (SELECT gid, s, t, sum(nw) OVER (PARTITION BY gid ORDER BY s, t) AS k
          FROM fl)
SELECT gid, k, min(s) AS s, max(t) AS t FROM isl GROUP BY gid, k;
CREATE INDEX temp.mk_g ON mk(gid, k);

-- quote: the HTML of each quote: the window, spans in <mark>.
CREATE TEMP TABLE quote(gid INTEGER PRIMARY KEY, html TEXT);
INSERT INTO quote
SELECT eg.gid,
       CASE WHEN eg.ss IS NULL
            THEN '<span class="nospan">no text span: the parser derived this value</span>'
       ELSE
       CASE WHEN eg.ws > eg.ss THEN '… ' ELSE '' END
       || (SELECT group_concat(piece, '') FROM (
             SELECT replace(replace(replace(replace(replace(
                      CASE WHEN k = 1
                           THEN ltrim(CAST(substr(rb.b, pe + 1, s - pe) AS TEXT),
                                      ' ' || char(9, 10, 13))
                           ELSE CAST(substr(rb.b, pe + 1, s - pe) AS TEXT) END,
                      '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')
                    || '<mark>'
                    || replace(replace(replace(replace(replace(
                         CAST(substr(rb.b, s + 1, t - s) AS TEXT),
                         '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')
                    || '</mark>' AS piece
               FROM (SELECT s, t, k,
                            lag(t, 1, eg.ws) OVER (ORDER BY k) AS pe
                       FROM mk WHERE mk.gid = eg.gid)
              ORDER BY k))
       || replace(replace(replace(replace(replace(
            rtrim(CAST(substr(rb.b, (SELECT max(t) FROM mk WHERE mk.gid = eg.gid) + 1,
                              eg.we - (SELECT max(t) FROM mk WHERE mk.gid = eg.gid))
                       AS TEXT), ' ' || char(9, 10, 13)),
            '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')
       || CASE WHEN eg.we < eg.se THEN ' …' ELSE '' END
       END
  FROM eg JOIN rb ON rb.id = eg.report_id;

-- ==== Links ===============================================================

-- fk: every fact with evidence or shown on the page, its order in the
-- evidence section and its heading there.
CREATE TEMP TABLE fk(fact TEXT, fact_id INTEGER, k1 INTEGER, k2 TEXT,
                     head TEXT, PRIMARY KEY(fact, fact_id));
INSERT INTO fk
SELECT 'meetings', mt.id, 1, printf('%08d', mt.ord),
       xm.label || ' <span class="sub">' || xm.whentxt
       || coalesce(' · ' || xm.city, '') || '</span>'
  FROM mt JOIN xm USING (id)
UNION ALL
SELECT 'documents', dt.id, 2, printf('%08d', dt.ord),
       xd.label || coalesce(' <span class="sub">' || xd.title || '</span>', '')
  FROM dt JOIN xd USING (id)
UNION ALL
SELECT 'actions', a.id, 3,
       printf('%08d%08d', coalesce(m.ord, 99999999), d.ord),
       coalesce(xm.label, 'no meeting') || ': ' || a.action || ' '
       || xd.label
  FROM reports_actions a JOIN dt d ON d.id = a.document_id
  JOIN xd ON xd.id = d.id
  LEFT JOIN mt m ON m.id = a.meeting_id LEFT JOIN xm ON xm.id = m.id
UNION ALL
SELECT 'signatories', s.id, 4,
       printf('%08d%08d', coalesce(m.ord, 99999999), d.ord)
       || coalesce(ct.rank, 9) || s.country,
       coalesce(xm.label, 'no meeting') || ': ' || xd.label
       || ' signed by ' || coalesce(xc.name, s.country)
  FROM reports_signatories s JOIN dt d ON d.id = s.document_id
  JOIN xd ON xd.id = d.id
  LEFT JOIN mt m ON m.id = s.meeting_id LEFT JOIN xm ON xm.id = m.id
  LEFT JOIN ct ON ct.iso2 = s.country LEFT JOIN xc ON xc.code = s.country
UNION ALL
SELECT 'people', p.id, 5, lower(p.name) || printf('%08d', p.id),
       xp.name || coalesce(' <span class="sub">' || xp.title || '</span>', '')
  FROM reports_people p JOIN xp USING (id);

-- ==== The page ============================================================
SELECT '<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>COMMIT process: meetings, documents and signatories</title>
<style>
:root { --imm: #1f4e8c; --som: #2e7d5b; --oth: #6b6b6b; --sig: #b3261e;
        --ink: #1c1c1c; --mute: #5f6368; --rule: #d9dce1; --band: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1120px; padding: 24px 28px 48px;
       font: 14px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif;
       color: var(--ink); background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 34px 0 8px; padding-bottom: 4px;
     border-bottom: 2px solid var(--ink); }
h3 { font-size: 15px; margin: 18px 0 6px; }
p.lede { color: var(--mute); margin: 0 0 14px; }
p.note, p.empty { color: var(--mute); font-size: 13px; }
p.empty { font-style: italic; }
a { color: inherit; text-decoration: none; border-bottom: 1px dotted #8a8f98; }
a:hover { border-bottom-style: solid; }
ul.figures { display: flex; flex-wrap: wrap; gap: 10px; list-style: none;
             padding: 0; margin: 14px 0; }
ul.figures li { border: 1px solid var(--rule); border-radius: 6px;
                padding: 8px 14px; min-width: 110px; background: var(--band); }
ul.figures b { display: block; font-size: 24px; line-height: 1.1; }
ul.figures span { color: var(--mute); font-size: 12px; }
nav { font-size: 13px; color: var(--mute); }
nav a { margin-right: 12px; }
figure { margin: 8px 0 0; }
svg.timeline { width: 100%; height: auto; display: block;
               font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
svg.timeline text { paint-order: stroke; stroke: #fff; stroke-width: 3px;
                    stroke-linejoin: round; }
svg.timeline a { border: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px;
         border-bottom: 1px solid var(--rule); }
thead th { font-size: 12px; color: var(--mute); font-weight: 600;
           border-bottom: 1px solid var(--ink); }
td.n, th.n { text-align: right; }
td.date { white-space: nowrap; }
tr.imm td.code { color: var(--imm); font-weight: 700; }
tr.som td.code { color: var(--som); font-weight: 700; }
tr.oth td.code { color: var(--oth); font-weight: 700; }
.sig { color: var(--sig); }
.sub { color: var(--mute); font-weight: normal; font-size: 12px; }
.small { font-size: 12px; color: var(--mute); }
.wide { overflow-x: auto; }
table.matrix { width: auto; font-size: 12px; }
table.matrix th, table.matrix td { padding: 3px 4px; text-align: center;
                                    border: 1px solid var(--rule); }
table.matrix th.c, table.matrix td.c { text-align: left; white-space: nowrap;
                                        font-weight: normal; }
table.matrix th.code { font-weight: 700; }
table.matrix tr.imm th.code { color: var(--imm); }
table.matrix tr.som th.code { color: var(--som); }
table.matrix tr.oth th.code { color: var(--oth); }
table.matrix thead th { font-weight: 600; color: var(--ink); }
table.matrix thead th.other { color: var(--mute); font-weight: normal; }
table.matrix td { min-width: 64px; font-weight: 700; }
table.matrix td.n, table.matrix td.c { font-weight: normal; }
table.matrix tr.total th, table.matrix tr.total td { border-top: 1px solid var(--ink); }
table.matrix a { border: 0; display: block; }
table.matrix td.S { background: #1f4e8c; color: #fff; }
table.matrix td.A { background: #6f93c4; color: #fff; }
table.matrix td.H { background: #b9cde6; }
table.matrix td.P { background: #e6edf6; color: var(--mute); }
dl.key { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px; margin: 6px 0; }
dl.key div { display: flex; gap: 6px; }
dl.key dt { font-weight: 700; min-width: 22px; text-align: center; }
dl.key dd { margin: 0; }
dl.key dt.S { background: #1f4e8c; color: #fff; }
dl.key dt.A { background: #6f93c4; color: #fff; }
dl.key dt.H { background: #b9cde6; }
dl.key dt.P { background: #e6edf6; }
span.chip { display: inline-block; border: 1px solid var(--rule); border-radius: 10px;
            padding: 0 7px; margin: 1px 3px 1px 0; font-size: 12px; background: var(--band); }
span.chip i { color: var(--mute); font-style: normal; }
span.chip:target { background: #ffe58a; border-color: #d4a000; }
div.fact { break-inside: avoid; }
div.fact:target h3 { background: #ffe58a; }
ol.ev { margin: 0 0 8px; padding-left: 22px; font-size: 13px; }
ol.ev li { margin: 0 0 6px; }
ol.ev q { quotes: "“" "”"; }
mark { background: #fff0a8; padding: 0 1px; }
span.nospan { color: var(--mute); font-style: italic; }
footer { margin-top: 40px; font-size: 12px; color: var(--mute);
         border-top: 1px solid var(--rule); padding-top: 8px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  a { border: 0; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  tr, li, figure, ul.figures { break-inside: avoid; }
  section#timeline, section#participation { break-inside: avoid; }
  section#evidence { break-before: page; }
  .wide { overflow: visible; }
  thead { display: table-header-group; }
  mark, span.chip, table.matrix td, dl.key dt, ul.figures li {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<header>
<h1>The COMMIT process: meetings, documents and signatories</h1>';

-- Header: what the registry holds.
SELECT '<p class="lede">What ' || (SELECT count(*) FROM reports_content)
       || CASE (SELECT count(*) FROM reports_content) WHEN 1 THEN ' report says' ELSE ' reports say' END
       || ' about the Coordinated Mekong Ministerial Initiative against Trafficking, merged by the '
       || '<code>commit</code> registry. Every value links to the sentence it came from (section 8).</p>'
 WHERE EXISTS (SELECT 1 FROM reports_content);
SELECT '<p class="empty">Nothing yet: the registry has no reports. Add some with '
       || '<code>INSERT INTO reports(source, published, body) VALUES (...)</code> and make the page again.</p>'
 WHERE NOT EXISTS (SELECT 1 FROM reports_content);
SELECT '<ul class="figures">';
SELECT '<li><b>' || n || '</b><span>' || what || '</span></li>'
  FROM (SELECT 1 AS k, (SELECT count(*) FROM reports_content) AS n,
               'reports' AS what
        UNION ALL
        SELECT 2, (SELECT count(*) FROM reports_meetings),
               'meetings: ' || (SELECT count(*) FROM reports_meetings WHERE series = 'IMM')
               || ' IMM, ' || (SELECT count(*) FROM reports_meetings WHERE series = 'SOM')
               || ' SOM'
               || coalesce(', ' || nullif((SELECT count(*) FROM reports_meetings
                                            WHERE series IS NULL
                                               OR series NOT IN ('IMM', 'SOM')), 0)
                           || ' other', '')
        UNION ALL
        SELECT 3, (SELECT count(*) FROM reports_documents), 'documents'
        UNION ALL
        SELECT 4, (SELECT count(*) FROM (SELECT DISTINCT meeting_id, document_id
                                           FROM reports_signatories)),
               'signings of a document'
        UNION ALL
        SELECT 5, (SELECT count(*) FROM reports_people), 'people named'
        UNION ALL
        SELECT 6, (SELECT count(*) FROM (SELECT DISTINCT fact, fact_id, field, value
                                           FROM reports_conflicts
                                          WHERE NOT (fact = 'meetings' AND field = 'name')
                                            AND NOT (fact = 'documents' AND field = 'title'))),
               'open conflicts'
        UNION ALL
        SELECT 7, (SELECT count(*) FROM reports_evidence), 'evidence rows')
 ORDER BY k;
SELECT '</ul>
<nav><a href="#timeline">1 Timeline</a> <a href="#meetings">2 Meetings</a> <a href="#participation">3 Who took part</a> <a href="#documents">4 Documents and signatories</a> <a href="#people">5 People</a> <a href="#conflicts">6 Open conflicts</a> <a href="#sources">7 Sources</a> <a href="#evidence">8 Evidence</a></nav>
</header>';

-- ==== 1. Timeline =========================================================
-- tl: the dated meetings with lane, x, label width and anchor side.
-- Geometry (SVG user units, width 1000): lanes from x=110 to 985.
CREATE TEMP TABLE tl AS
WITH a AS (
  SELECT mt.id, mt.ord, mt.label, mt.city, mt.signedtxt, mt.d,
         CASE WHEN mt.series = 'IMM' THEN 1 WHEN mt.series = 'SOM' THEN 2
              ELSE 3 END AS lane,
         julianday(CASE length(mt.d) WHEN 10 THEN mt.d
                                     WHEN 7 THEN mt.d || '-15'
                                     ELSE substr(mt.d, 1, 4) || '-07-01' END) AS jd,
         length(mt.d) < 10 AS approx
    FROM mt WHERE mt.d IS NOT NULL
),
b AS (SELECT * FROM a WHERE jd IS NOT NULL),
yr AS (SELECT CAST(substr(min(d), 1, 4) AS INTEGER) AS y0,
              CAST(substr(max(d), 1, 4) AS INTEGER) + 1 AS y1 FROM b),
c AS (
  SELECT b.*, yr.y0, yr.y1,
         110 + (b.jd - julianday(printf('%04d-01-01', yr.y0)))
               / (julianday(printf('%04d-01-01', yr.y1))
                  - julianday(printf('%04d-01-01', yr.y0))) * 875 AS x,
         max(7.2 * length(b.label), 6.0 * length(coalesce(b.city, '')),
             6.0 * (length(coalesce(b.signedtxt, '')) + 7)
               * (b.signedtxt IS NOT NULL)) + 4 AS w,
         1 + (b.city IS NOT NULL) + (b.signedtxt IS NOT NULL) AS nl
    FROM b, yr
)
SELECT c.*, x + 6 + w > 996 AS atend,
       CASE WHEN x + 6 + w > 996 THEN x - 6 - w ELSE x END AS l,
       CASE WHEN x + 6 + w > 996 THEN x ELSE x + 6 + w END AS r,
       row_number() OVER (PARTITION BY lane ORDER BY x, ord) AS k
  FROM c;

-- pk: labels packed into rows: each label takes the first row of its lane
-- whose last label ends at least 8 units before it starts.
CREATE TEMP TABLE pk AS
WITH RECURSIVE p(lane, k, id, row, ends) AS (
  SELECT DISTINCT lane, 0, NULL, NULL, '[]' FROM tl
  UNION ALL
  SELECT p.lane, p.k + 1, t.id,
         coalesce((SELECT min(j.key) FROM json_each(p.ends) j
                    WHERE j.value < t.l - 8), json_array_length(p.ends)),
         CASE WHEN (SELECT min(j.key) FROM json_each(p.ends) j
                     WHERE j.value < t.l - 8) IS NULL
              THEN json_insert(p.ends, '$[#]', t.r)
              ELSE json_set(p.ends, '$[' || (SELECT min(j.key) FROM json_each(p.ends) j
                                             WHERE j.value < t.l - 8) || ']', t.r) END
    FROM p JOIN tl t ON t.lane = p.lane AND t.k = p.k + 1
)
SELECT lane, id, row FROM p WHERE id IS NOT NULL;

-- ln: the lanes: top y, line y, rows, row height (12 units per text line).
CREATE TEMP TABLE ln AS
WITH a AS (
  SELECT tl.lane, count(*) AS n, max(pk.row) + 1 AS nrow,
         10 + 12 * max(tl.nl) AS rh
    FROM tl JOIN pk ON pk.id = tl.id GROUP BY tl.lane
),
b AS (SELECT a.*, 30 + nrow * rh AS h FROM a)
SELECT b.*, 30 + coalesce(sum(h) OVER (ORDER BY lane ROWS BETWEEN UNBOUNDED
                                       PRECEDING AND 1 PRECEDING), 0) AS top
  FROM b;

SELECT '<section id="timeline">
<h2>1. Timeline of meetings</h2>';
SELECT '<p class="note">Each mark is a meeting at its date, in the lane of its series; '
       || 'a diamond marks a meeting where a document was signed. Click a mark for the meeting&#39;s row.</p>'
 WHERE EXISTS (SELECT 1 FROM tl);
SELECT '<p class="empty">Nothing yet: no meeting with a date'
       || CASE WHEN EXISTS (SELECT 1 FROM reports_content) THEN ' in these reports.' ELSE '.' END
       || '</p>'
 WHERE NOT EXISTS (SELECT 1 FROM tl);
-- The SVG: header, legend, lane bands and labels, year grid, marks, axis.
SELECT '<figure>
<svg xmlns="http://www.w3.org/2000/svg" class="timeline" id="timeline-svg" viewBox="0 0 1000 '
       || (max(top + h) + 28) || '" role="img" aria-labelledby="tl-title">
<title id="tl-title">Timeline of COMMIT meetings, ' || (SELECT min(y0) FROM tl) || '–'
       || (SELECT max(y1) - 1 FROM tl) || '</title>
<g class="legend" font-size="11" fill="#333">
<circle cx="116" cy="12" r="5" fill="#fff" stroke="#1f4e8c" stroke-width="2"/><text x="126" y="16">IMM: Inter-Ministerial Meeting</text>
<circle cx="326" cy="12" r="5" fill="#fff" stroke="#2e7d5b" stroke-width="2"/><text x="336" y="16">SOM: Senior Officials&#39; Meeting</text>
<polygon points="546,5 553,12 546,19 539,12" fill="#b3261e"/><text x="558" y="16">a document was signed there</text>
<circle cx="756" cy="12" r="5" fill="#fff" stroke="#6b6b6b" stroke-width="2" stroke-dasharray="2 2"/><text x="766" y="16">date known to the month or year</text>
</g>'
  FROM ln HAVING count(*) > 0;
SELECT '<rect x="0" y="' || top || '" width="1000" height="' || h || '" fill="'
       || CASE lane % 2 WHEN 1 THEN '#f4f6f8' ELSE '#fbfbfc' END || '"/>'
       || '<text x="10" y="' || (top + 20) || '" font-size="13" font-weight="700" fill="'
       || CASE lane WHEN 1 THEN '#1f4e8c' WHEN 2 THEN '#2e7d5b' ELSE '#6b6b6b' END || '">'
       || CASE lane WHEN 1 THEN 'IMM' WHEN 2 THEN 'SOM' ELSE 'Other' END || '</text>'
       || '<text x="10" y="' || (top + 34) || '" font-size="10" fill="#5f6368">'
       || CASE lane WHEN 1 THEN 'ministers' WHEN 2 THEN 'senior officials' ELSE 'series unknown' END
       || '</text>'
       || '<text x="10" y="' || (top + 47) || '" font-size="10" fill="#5f6368">' || n
       || CASE n WHEN 1 THEN ' meeting' ELSE ' meetings' END || '</text>'
       || '<line x1="110" y1="' || (top + 16) || '" x2="985" y2="' || (top + 16)
       || '" stroke="#9aa0a6" stroke-width="1"/>'
  FROM ln ORDER BY lane;
-- year grid and axis labels (every year, or every 2nd or 5th when crowded)
WITH RECURSIVE g(y0, y1, y) AS (
  SELECT min(y0), max(y1), min(y0) FROM tl
  UNION ALL
  SELECT y0, y1, y + 1 FROM g WHERE y < y1
),
gx AS (
  SELECT y, y0, y1,
         110 + (julianday(printf('%04d-01-01', y)) - julianday(printf('%04d-01-01', y0)))
               / (julianday(printf('%04d-01-01', y1)) - julianday(printf('%04d-01-01', y0)))
               * 875 AS x,
         875.0 / (y1 - y0) AS pxy
    FROM g WHERE y0 IS NOT NULL
)
SELECT '<line x1="' || printf('%.1f', x) || '" y1="30" x2="' || printf('%.1f', x)
       || '" y2="' || ((SELECT max(top + h) FROM ln) + 4)
       || '" stroke="#c9ced6" stroke-width="' || CASE WHEN y % 5 = 0 THEN '1' ELSE '0.5' END || '"/>'
       || CASE WHEN y < y1 AND (pxy >= 30 OR (pxy >= 12 AND y % 2 = 0) OR y % 5 = 0)
               THEN '<text class="year" x="' || printf('%.1f', x + pxy / 2) || '" y="'
                    || ((SELECT max(top + h) FROM ln) + 18)
                    || '" font-size="10" text-anchor="middle" fill="#5f6368">' || y || '</text>'
               ELSE '' END
  FROM gx ORDER BY y;
-- one group per meeting: link, tooltip, pole, mark, labels
SELECT '<a href="#m' || t.id || '"><g class="meeting" data-id="' || t.id || '">'
       || '<title>' || xm.label || ': ' || xm.whentxt || coalesce(', ' || xm.city, '')
       || coalesce(' (' || xm.cname || ')', '')
       || coalesce('. Signed: ' || xm.signedtxt, '') || '</title>'
       || '<line x1="' || printf('%.1f', t.x) || '" y1="' || (ln.top + 16)
       || '" x2="' || printf('%.1f', t.x) || '" y2="' || (ln.top + 26 + pk.row * ln.rh + 12 * t.nl)
       || '" stroke="' || col || '" stroke-opacity="0.45" stroke-width="1"/>'
       || CASE WHEN t.signedtxt IS NOT NULL
               THEN '<polygon class="mark signed" points="'
                    || printf('%.1f,%d %.1f,%d %.1f,%d %.1f,%d',
                              t.x, ln.top + 9, t.x + 7, ln.top + 16,
                              t.x, ln.top + 23, t.x - 7, ln.top + 16)
                    || '" fill="#b3261e" stroke="#fff" stroke-width="1"'
                    || CASE WHEN t.approx THEN ' stroke-dasharray="2 2"' ELSE '' END || '/>'
               ELSE '<circle class="mark" cx="' || printf('%.1f', t.x) || '" cy="' || (ln.top + 16)
                    || '" r="5" fill="#fff" stroke="' || col || '" stroke-width="2"'
                    || CASE WHEN t.approx THEN ' stroke-dasharray="2 2"' ELSE '' END || '/>'
          END
       || '<text class="code" x="' || printf('%.1f', tx) || '" y="' || (ln.top + 37 + pk.row * ln.rh)
       || '" font-size="11" font-weight="700" fill="' || col || '"' || anchor || '>' || xm.label || '</text>'
       || coalesce('<text class="city" x="' || printf('%.1f', tx) || '" y="' || (ln.top + 49 + pk.row * ln.rh)
                   || '" font-size="10" fill="#333"' || anchor || '>' || xm.city || '</text>', '')
       || coalesce('<text class="signed" x="' || printf('%.1f', tx) || '" y="'
                   || (ln.top + 37 + 12 * (t.nl - 1) + pk.row * ln.rh)
                   || '" font-size="10" fill="#b3261e"' || anchor || '>signed ' || xm.signedtxt || '</text>', '')
       || '</g></a>'
  FROM (SELECT tl.*,
               CASE lane WHEN 1 THEN '#1f4e8c' WHEN 2 THEN '#2e7d5b' ELSE '#6b6b6b' END AS col,
               CASE WHEN atend THEN x - 5 ELSE x + 5 END AS tx,
               CASE WHEN atend THEN ' text-anchor="end"' ELSE '' END AS anchor
          FROM tl) t
  JOIN pk ON pk.id = t.id JOIN ln ON ln.lane = t.lane JOIN xm ON xm.id = t.id
 ORDER BY t.lane, t.k;
SELECT '<line x1="110" y1="' || (max(top + h) + 4) || '" x2="985" y2="' || (max(top + h) + 4)
       || '" stroke="#5f6368" stroke-width="1"/>
</svg>
</figure>'
  FROM ln HAVING count(*) > 0;
SELECT '<p class="note">Not on the timeline (no date in any report): '
       || group_concat('<a href="#m' || id || '">' || label || '</a>'
                       || coalesce(' (' || city || ')', ''), ', ') || '.</p>'
  FROM (SELECT mt.id, xm.label, xm.city FROM mt JOIN xm USING (id)
         WHERE mt.id NOT IN (SELECT id FROM tl) ORDER BY mt.ord)
HAVING count(*) > 0;
SELECT '</section>';

-- ==== 2. Meetings =========================================================
SELECT '<section id="meetings">
<h2>2. Meetings</h2>';
SELECT '<p class="empty">Nothing yet: no meeting found.</p>'
 WHERE NOT EXISTS (SELECT 1 FROM reports_meetings);
SELECT '<div class="wide"><table class="meetings">
<thead><tr><th>Meeting</th><th>Date</th><th>Place</th><th>Hosts</th><th class="n">Attendance</th><th>Done there</th><th class="n">Reports</th></tr></thead>
<tbody>'
 WHERE EXISTS (SELECT 1 FROM reports_meetings);
SELECT '<tr id="m' || m.id || '" class="'
       || CASE m.series WHEN 'IMM' THEN 'imm' WHEN 'SOM' THEN 'som' ELSE 'oth' END || '">'
       || '<td class="code"><a href="#f-meetings-' || m.id || '">' || x.label || '</a>'
       || CASE WHEN m.signedtxt IS NOT NULL THEN ' <span class="sig" title="a document was signed">◆</span>' ELSE '' END
       || '</td>'
       || '<td class="date">' || CASE WHEN m.d IS NULL THEN '<span class="small">unknown</span>'
                       ELSE '<a href="#e' || coalesce(
                              (SELECT eid FROM lk WHERE fact = 'meetings' AND fact_id = m.id
                                  AND field = CASE WHEN m.start IS NOT NULL THEN 'start' ELSE 'end' END
                                  AND v = lower(m.d)),
                              (SELECT eid FROM lkf WHERE fact = 'meetings' AND fact_id = m.id
                                  AND field = CASE WHEN m.start IS NOT NULL THEN 'start' ELSE 'end' END))
                            || '">' || x.whentxt || '</a>' END || '</td>'
       || '<td>' || coalesce('<a href="#e' || (SELECT eid FROM lkf WHERE fact = 'meetings'
                                               AND fact_id = m.id AND field = 'city')
                             || '">' || x.city || '</a>', x.city, '')
       || CASE WHEN m.country IS NOT NULL
               THEN CASE WHEN m.city IS NOT NULL THEN ', ' ELSE '' END
                    || coalesce('<a href="#e' || (SELECT eid FROM lkf WHERE fact = 'meetings'
                                                  AND fact_id = m.id AND field = 'country')
                                || '">' || x.cname || '</a>', x.cname)
               ELSE '' END
       || CASE WHEN m.city IS NULL AND m.country IS NULL THEN '<span class="small">unknown</span>' ELSE '' END
       || coalesce('<br/><span class="small"><a href="#e' || (SELECT eid FROM lkf WHERE fact = 'meetings'
                                                              AND fact_id = m.id AND field = 'venue')
                   || '">' || x.venue || '</a></span>', '')
       || '</td>'
       || '<td>' || coalesce((SELECT group_concat(
                                 coalesce('<a href="#e' || (SELECT eid FROM lk WHERE fact = 'meetings'
                                                             AND fact_id = m.id AND field = 'hosts'
                                                             AND v = lower(h.value))
                                          || '">' || xv.x || '</a>', xv.x), '; ')
                                FROM json_each(m.hosts) h JOIN xv ON xv.v = h.value), '') || '</td>'
       || '<td class="n">' || coalesce('<a href="#e' || (SELECT eid FROM lkf WHERE fact = 'meetings'
                                                          AND fact_id = m.id AND field = 'attendance')
                                       || '">' || x.attendance || '</a>', x.attendance, '') || '</td>'
       || '<td>' || coalesce((SELECT group_concat(done, '<br/>') FROM (
                                SELECT '<a href="#f-actions-' || a.id || '">'
                                       || CASE a.action WHEN 'signed' THEN '<span class="sig">signed</span>'
                                                        ELSE a.action END
                                       || ' ' || xd.label || '</a>' AS done
                                  FROM reports_actions a JOIN dt ON dt.id = a.document_id
                                  JOIN xd ON xd.id = a.document_id
                                 WHERE a.meeting_id = m.id
                                 ORDER BY instr('signed adopted endorsed launched reviewed discussed', a.action),
                                          dt.ord, a.id)), '') || '</td>'
       || '<td class="n"><a href="#f-meetings-' || m.id || '">' || m.sources || '</a></td></tr>'
  FROM mt m JOIN xm x USING (id)
 ORDER BY m.ord;
SELECT '</tbody></table></div>'
 WHERE EXISTS (SELECT 1 FROM reports_meetings);
SELECT '</section>';

-- ==== 3. Participation ====================================================
-- pc: (meeting, country, how, evidence id), see the file header.
CREATE TEMP TABLE pc AS
WITH mr AS (SELECT DISTINCT fact_id AS meeting_id, report_id FROM reports_evidence
             WHERE fact = 'meetings'),
pr AS (SELECT DISTINCT fact_id AS person_id, report_id FROM reports_evidence
        WHERE fact = 'people')
SELECT s.meeting_id, s.country, 'S' AS how,
       (SELECT eid FROM lkf WHERE fact = 'signatories' AND fact_id = s.id
           AND field = 'country') AS eid
  FROM reports_signatories s WHERE s.meeting_id IS NOT NULL
UNION ALL
SELECT a.meeting_id, j.value, 'A',
       (SELECT eid FROM lk WHERE fact = 'actions' AND fact_id = a.id
           AND field = 'parties' AND v = lower(j.value))
  FROM reports_actions a, json_each(a.parties) j
 WHERE a.meeting_id IS NOT NULL AND a.action <> 'signed'
UNION ALL
SELECT m.id, m.country, 'H',
       (SELECT eid FROM lkf WHERE fact = 'meetings' AND fact_id = m.id
           AND field = 'country')
  FROM reports_meetings m WHERE m.country IS NOT NULL
UNION ALL
SELECT mr.meeting_id, p.country, 'P',
       (SELECT min(e.id) FROM reports_evidence e
         WHERE e.fact = 'people' AND e.fact_id = p.id
           AND e.report_id = mr.report_id)
  FROM mr JOIN pr ON pr.report_id = mr.report_id
  JOIN reports_people p ON p.id = pr.person_id
 WHERE p.country IS NOT NULL;
-- cell: the letters of each (meeting, country) in the order S A H P, and
-- the evidence of the strongest.
CREATE TEMP TABLE cell AS
SELECT meeting_id, country,
       (SELECT group_concat(how, '') FROM (
          SELECT DISTINCT how FROM pc p2
           WHERE p2.meeting_id = pc.meeting_id AND p2.country = pc.country
           ORDER BY instr('SAHP', how))) AS how,
       (SELECT p3.eid FROM pc p3
         WHERE p3.meeting_id = pc.meeting_id AND p3.country = pc.country
         ORDER BY instr('SAHP', p3.how), p3.eid IS NULL, p3.eid LIMIT 1) AS eid
  FROM pc GROUP BY meeting_id, country;
CREATE TEMP TABLE pcountry AS
SELECT c.country, coalesce(ct.rank, 8) AS rank, coalesce(xc.name, c.country) AS name,
       coalesce(ct.member, 0) AS member, count(*) AS n
  FROM cell c LEFT JOIN ct ON ct.iso2 = c.country LEFT JOIN xc ON xc.code = c.country
 GROUP BY c.country;

SELECT '<section id="participation">
<h2>3. Who took part: meeting × country</h2>';
SELECT '<p class="empty">Nothing yet: no country is tied to a meeting.</p>'
 WHERE NOT EXISTS (SELECT 1 FROM cell);
SELECT '<dl class="key"><div><dt class="S">S</dt><dd>signed a document there</dd></div><div><dt class="A">A</dt><dd>party to another action (adopted, endorsed …)</dd></div><div><dt class="H">H</dt><dd>the meeting was held in the country</dd></div><div><dt class="P">P</dt><dd>a person of the country is named in a report on the meeting (weakest)</dd></div></dl>
<div class="wide"><table class="matrix">
<thead><tr><th class="c">Meeting</th><th class="c">Date</th><th class="c">Place</th>'
       || (SELECT group_concat(th, '') FROM (
             SELECT '<th' || CASE WHEN member THEN '' ELSE ' class="other"' END
                    || ' title="' || name || '">'
                    || CASE WHEN member THEN name ELSE country END || '</th>' AS th
               FROM pcountry ORDER BY rank, name, country))
       || '<th class="n">Members</th></tr></thead>
<tbody>'
 WHERE EXISTS (SELECT 1 FROM cell);
SELECT '<tr class="' || CASE mt.series WHEN 'IMM' THEN 'imm' WHEN 'SOM' THEN 'som' ELSE 'oth' END
       || '"><th class="c code"><a href="#m' || mt.id || '">' || xm.label || '</a></th>'
       || '<td class="c">' || CASE WHEN mt.d IS NULL THEN '' ELSE
            CASE WHEN length(mt.d) >= 7
                 THEN substr('JanFebMarAprMayJunJulAugSepOctNovDec',
                             CAST(substr(mt.d, 6, 2) AS INTEGER) * 3 - 2, 3) || ' '
                 ELSE '' END || substr(mt.d, 1, 4) END || '</td>'
       || '<td class="c">' || coalesce(xm.city, xm.cname, '') || '</td>'
       || (SELECT group_concat(td, '') FROM (
             SELECT CASE WHEN c.how IS NULL THEN '<td></td>'
                         ELSE '<td class="' || substr(c.how, 1, 1) || '">'
                              || CASE WHEN c.eid IS NOT NULL
                                      THEN '<a href="#e' || c.eid || '" title="' || pcn.name
                                           || ' at ' || xm.label || ': ' || c.how || '">' || c.how || '</a>'
                                      ELSE c.how END
                              || '</td>' END AS td
               FROM pcountry pcn
               LEFT JOIN cell c ON c.meeting_id = mt.id AND c.country = pcn.country
              ORDER BY pcn.rank, pcn.name, pcn.country))
       || '<td class="n">' || (SELECT count(*) FROM cell c JOIN ct ON ct.iso2 = c.country
                                WHERE c.meeting_id = mt.id AND ct.member) || '</td></tr>'
  FROM mt JOIN xm USING (id)
 ORDER BY mt.ord;
SELECT '<tr class="total"><th class="c" colspan="3">Meetings with the country</th>'
       || (SELECT group_concat('<td class="n">' || n || '</td>', '') FROM (
             SELECT n FROM pcountry ORDER BY rank, name, country))
       || '<td></td></tr>
</tbody></table></div>'
 WHERE EXISTS (SELECT 1 FROM cell);
SELECT '</section>';

-- ==== 4. Documents and signatories ========================================
SELECT '<section id="documents">
<h2>4. Documents and who signed them</h2>';
SELECT '<p class="empty">Nothing yet: no document found.</p>'
 WHERE NOT EXISTS (SELECT 1 FROM reports_documents);
SELECT '<div class="wide"><table class="documents">
<thead><tr><th>Document</th><th>Title as written</th><th>Period</th><th>What was done, where</th><th class="n">Reports</th></tr></thead>
<tbody>'
 WHERE EXISTS (SELECT 1 FROM reports_documents);
SELECT '<tr id="d' || d.id || '"><td><b><a href="#f-documents-' || d.id || '">' || x.label
       || '</a></b></td><td>' || coalesce('<a href="#e' || (SELECT eid FROM lkf WHERE fact = 'documents'
                                                         AND fact_id = d.id AND field = 'title')
                                      || '">' || x.title || '</a>', x.title, '')
       || '</td><td>' || coalesce('<a href="#e' || (SELECT eid FROM lkf WHERE fact = 'documents'
                                                    AND fact_id = d.id AND field = 'period')
                                  || '">' || x.period || '</a>', x.period, '')
       || '</td><td>' || coalesce((SELECT group_concat(done, '<br/>') FROM (
                          SELECT '<a href="#f-actions-' || a.id || '">'
                                 || CASE a.action WHEN 'signed' THEN '<span class="sig">signed</span>'
                                                  ELSE a.action END
                                 || CASE WHEN a.meeting_id IS NULL THEN ' (no meeting given)'
                                         ELSE ' at ' || xm.label || ', ' || xm.whentxt
                                              || coalesce(', ' || xm.city, '') END
                                 || '</a>' AS done
                            FROM reports_actions a LEFT JOIN mt ON mt.id = a.meeting_id
                            LEFT JOIN xm ON xm.id = a.meeting_id
                           WHERE a.document_id = d.id
                           ORDER BY mt.ord IS NULL, mt.ord,
                                    instr('signed adopted endorsed launched reviewed discussed', a.action),
                                    a.id)), '')
       || '</td><td class="n"><a href="#f-documents-' || d.id || '">' || d.sources || '</a></td></tr>'
  FROM dt d JOIN xd x USING (id)
 ORDER BY d.ord;
SELECT '</tbody></table></div>'
 WHERE EXISTS (SELECT 1 FROM reports_documents);
SELECT '<h3>Signatories</h3>';
SELECT '<p class="empty">Nothing yet: no signing found.</p>'
 WHERE NOT EXISTS (SELECT 1 FROM reports_signatories);
SELECT '<div class="wide"><table class="signatories">
<thead><tr><th>Document</th><th>Signed at</th><th>Signed by</th><th class="n">Reports</th></tr></thead>
<tbody>'
 WHERE EXISTS (SELECT 1 FROM reports_signatories);
SELECT '<tr><td><b><a href="#f-documents-' || g.document_id || '">' || xd.label || '</a></b>'
       || coalesce('<br/><span class="small">' || xd.title || '</span>', '') || '</td>'
       || '<td>' || CASE WHEN g.meeting_id IS NULL THEN '<span class="small">no meeting given</span>'
                         ELSE '<a href="#m' || g.meeting_id || '">' || xm.label || '</a>, '
                              || xm.whentxt || coalesce(', ' || xm.city, '') END || '</td>'
       || '<td>' || (SELECT group_concat(chip, ' ') FROM (
             SELECT '<span class="chip"><a href="#f-signatories-' || s.id
                    || '"><b>' || coalesce(xc.name, s.country) || '</b></a>'
                    || coalesce(' · <a href="#e' || (SELECT eid FROM lkf WHERE fact = 'signatories'
                                                     AND fact_id = s.id AND field = 'person')
                                || '">' || xs.person || '</a>', ' · ' || xs.person, '')
                    || coalesce(' · <a href="#e' || (SELECT eid FROM lkf WHERE fact = 'signatories'
                                                     AND fact_id = s.id AND field = 'title')
                                || '">' || xs.title || '</a>', ' · ' || xs.title, '')
                    || '</span>' AS chip
               FROM reports_signatories s JOIN xs ON xs.id = s.id
               LEFT JOIN ct ON ct.iso2 = s.country LEFT JOIN xc ON xc.code = s.country
              WHERE s.document_id = g.document_id AND s.meeting_id IS g.meeting_id
              ORDER BY coalesce(ct.rank, 8), s.country, s.id)) || '</td>'
       || '<td class="n">' || g.sources || '</td></tr>'
  FROM (SELECT document_id, meeting_id, max(sources) AS sources
          FROM reports_signatories GROUP BY document_id, meeting_id) g
  JOIN dt ON dt.id = g.document_id JOIN xd ON xd.id = g.document_id
  LEFT JOIN mt ON mt.id = g.meeting_id LEFT JOIN xm ON xm.id = g.meeting_id
 ORDER BY mt.ord IS NULL, mt.ord, dt.ord;
SELECT '</tbody></table></div>'
 WHERE EXISTS (SELECT 1 FROM reports_signatories);
SELECT '</section>';

-- ==== 5. People ===========================================================
-- pm: the meetings evidenced by the reports that name each person.
CREATE TEMP TABLE pm AS
SELECT DISTINCT ep.fact_id AS person_id, em.fact_id AS meeting_id
  FROM reports_evidence ep
  JOIN reports_evidence em ON em.report_id = ep.report_id AND em.fact = 'meetings'
 WHERE ep.fact = 'people';
CREATE INDEX temp.pm_p ON pm(person_id);

SELECT '<section id="people">
<h2>5. Speakers and other people named</h2>';
SELECT '<p class="empty">Nothing yet: no person named.</p>'
 WHERE NOT EXISTS (SELECT 1 FROM reports_people);
SELECT '<p class="note">Who the reports name: speakers, heads of delegation, signatories, officials. '
       || '&#34;Meetings&#34; are those evidenced by the reports that name the person: context, not proof of attendance.</p>
<div class="wide"><table class="people">
<thead><tr><th>Country</th><th>Name</th><th>Title</th><th>Organisation</th><th>Meetings</th><th class="n">Reports</th></tr></thead>
<tbody>'
 WHERE EXISTS (SELECT 1 FROM reports_people);
SELECT '<tr id="p' || p.id || '"><td>'
       || CASE WHEN p.country IS NULL THEN '<span class="small">international</span>'
               ELSE coalesce('<a href="#e' || (SELECT eid FROM lkf WHERE fact = 'people'
                                               AND fact_id = p.id AND field = 'country')
                             || '">' || coalesce(xc.name, p.country) || '</a>', coalesce(xc.name, p.country)) END
       || '</td><td>' || coalesce('<span class="small">' || x.honorific || '</span> ', '')
       || '<b><a href="#f-people-' || p.id || '">' || x.name || '</a></b></td>'
       || '<td>' || coalesce('<a href="#e' || (SELECT eid FROM lkf WHERE fact = 'people'
                                               AND fact_id = p.id AND field = 'title')
                             || '">' || x.title || '</a>', x.title, '') || '</td>'
       || '<td>' || coalesce('<a href="#e' || (SELECT eid FROM lkf WHERE fact = 'people'
                                               AND fact_id = p.id AND field = 'organization')
                             || '">' || x.organization || '</a>', x.organization, '') || '</td>'
       || '<td>' || coalesce((SELECT group_concat('<a href="#m' || id || '">' || label || '</a>', ' ') FROM (
                     SELECT mt.id, xm.label FROM pm JOIN mt ON mt.id = pm.meeting_id
                       JOIN xm ON xm.id = mt.id
                      WHERE pm.person_id = p.id
                      ORDER BY mt.ord)), '') || '</td>'
       || '<td class="n"><a href="#f-people-' || p.id || '">' || p.sources || '</a></td></tr>'
  FROM reports_people p JOIN xp x USING (id)
  LEFT JOIN ct ON ct.iso2 = p.country LEFT JOIN xc ON xc.code = p.country
 ORDER BY p.country IS NULL, coalesce(ct.rank, 8), xc.name, p.country, lower(p.name), p.id;
SELECT '</tbody></table></div>'
 WHERE EXISTS (SELECT 1 FROM reports_people);
SELECT '</section>';

-- ==== 6. Open conflicts ===================================================
-- cf: as conflicts.sql: one row per fact, field and losing value, with
-- the kept value, how many reports gave each, and evidence ids.
CREATE TEMP TABLE cf AS
WITH kept(fact, fact_id, j) AS (
  SELECT 'meetings', id, json_object('code', code, 'series', series, 'number', number,
                                     'start', start, 'end', "end", 'city', city,
                                     'country', country, 'venue', venue,
                                     'attendance', attendance,
                                     'attendance_qualifier', attendance_qualifier)
    FROM reports_meetings
  UNION ALL
  SELECT 'documents', id, json_object('kind', kind, 'ordinal', ordinal, 'period', period)
    FROM reports_documents
  UNION ALL
  SELECT 'actions', id, json_object('action', action) FROM reports_actions
  UNION ALL
  SELECT 'signatories', id, json_object('country', country, 'person', person, 'title', title)
    FROM reports_signatories
  UNION ALL
  SELECT 'people', id, json_object('name', name, 'honorific', honorific, 'title', title,
                                   'organization', organization, 'country', country)
    FROM reports_people
)
SELECT c.fact, c.fact_id, c.field,
       CAST(json_extract(k.j, '$."' || c.field || '"') AS TEXT) AS kept,
       (SELECT count(DISTINCT e.report_id) FROM reports_evidence e
         WHERE e.fact = c.fact AND e.fact_id = c.fact_id AND e.field = c.field
           AND (lower(e.value) = lower(json_extract(k.j, '$."' || c.field || '"'))
                OR (c.field IN ('start', 'end')
                    AND json_extract(k.j, '$."' || c.field || '"') LIKE e.value || '-%')))
         AS n_kept,
       (SELECT min(e.id) FROM reports_evidence e
         WHERE e.fact = c.fact AND e.fact_id = c.fact_id AND e.field = c.field
           AND lower(e.value) = lower(json_extract(k.j, '$."' || c.field || '"'))) AS e_kept,
       c.value AS other,
       count(DISTINCT c.report_id) AS n_other,
       (SELECT min(e.id) FROM reports_evidence e
         WHERE e.fact = c.fact AND e.fact_id = c.fact_id AND e.field = c.field
           AND e.value = c.value) AS e_other,
       min(c.id) AS cid
  FROM reports_conflicts c
  JOIN kept k ON k.fact = c.fact AND k.fact_id = c.fact_id
 WHERE NOT (c.fact = 'meetings' AND c.field = 'name')
   AND NOT (c.fact = 'documents' AND c.field = 'title')
 GROUP BY c.fact, c.fact_id, c.field, c.value;

SELECT '<section id="conflicts">
<h2>6. Open conflicts: where the reports disagree</h2>';
SELECT '<p class="empty">' || CASE WHEN EXISTS (SELECT 1 FROM reports_content)
                                   THEN 'None: the reports agree on every field.'
                                   ELSE 'Nothing yet.' END || '</p>'
 WHERE NOT EXISTS (SELECT 1 FROM cf);
SELECT '<p class="note">For each field the registry keeps the value given by the most reports; '
       || 'these are the values that lost, with the reports that gave them. Spellings of names and titles are left out.</p>
<div class="wide"><table class="conflicts">
<thead><tr><th>Fact</th><th>Field</th><th>Kept</th><th class="n">Reports</th><th>Other value</th><th class="n">Reports</th><th>Given by</th></tr></thead>
<tbody>'
 WHERE EXISTS (SELECT 1 FROM cf);
SELECT '<tr><td><a href="#f-' || cf.fact || '-' || cf.fact_id || '">' || fk.head || '</a></td>'
       || '<td>' || coalesce((SELECT x FROM xv WHERE v = cf.field), '') || '</td>'
       || '<td>' || coalesce(CASE WHEN cf.e_kept IS NOT NULL
                                  THEN '<a href="#e' || cf.e_kept || '">' || xk.x || '</a>'
                                  ELSE xk.x END, '<span class="small">none</span>') || '</td>'
       || '<td class="n">' || cf.n_kept || '</td>'
       || '<td>' || coalesce(CASE WHEN cf.e_other IS NOT NULL
                                  THEN '<a href="#e' || cf.e_other || '">' || xo.x || '</a>'
                                  ELSE xo.x END, '') || '</td>'
       || '<td class="n">' || cf.n_other || '</td>'
       || '<td>' || (SELECT group_concat('<a href="#r' || id || '">' || source || '</a>', ', ') FROM (
                       SELECT DISTINCT xr.id, xr.source FROM reports_conflicts c2 JOIN xr ON xr.id = c2.report_id
                        WHERE c2.fact = cf.fact AND c2.fact_id = cf.fact_id AND c2.field = cf.field
                          AND c2.value IS cf.other ORDER BY xr.id)) || '</td></tr>'
  FROM cf JOIN fk ON fk.fact = cf.fact AND fk.fact_id = cf.fact_id
  LEFT JOIN xv xk ON xk.v = cf.kept LEFT JOIN xv xo ON xo.v = cf.other
 ORDER BY fk.k1, fk.k2, cf.field, cf.n_other DESC, cf.other;
SELECT '</tbody></table></div>'
 WHERE EXISTS (SELECT 1 FROM cf);
SELECT '</section>';

-- ==== 7. Sources ==========================================================
SELECT '<section id="sources">
<h2>7. Sources</h2>';
SELECT '<p class="empty">Nothing yet: no report.</p>'
 WHERE NOT EXISTS (SELECT 1 FROM reports_content);
SELECT '<div class="wide"><table class="sources">
<thead><tr><th class="n">#</th><th>Source</th><th>Published</th><th>URL</th><th class="n">Evidence rows</th></tr></thead>
<tbody>'
 WHERE EXISTS (SELECT 1 FROM reports_content);
SELECT '<tr id="r' || r.id || '"><td class="n">' || r.id || '</td><td>' || r.source || '</td><td>'
       || coalesce(r.published, '') || '</td><td class="small">'
       || CASE WHEN r.urlok THEN '<a href="' || r.url || '">' || r.url || '</a>' ELSE coalesce(r.url, '') END
       || '</td><td class="n">' || (SELECT count(*) FROM reports_evidence e WHERE e.report_id = r.id)
       || '</td></tr>'
  FROM xr r ORDER BY r.id;
SELECT '</tbody></table></div>'
 WHERE EXISTS (SELECT 1 FROM reports_content);
SELECT '</section>';

-- ==== 8. Evidence =========================================================
SELECT '<section id="evidence">
<h2>8. Evidence</h2>';
SELECT '<p class="empty">Nothing yet: no evidence.</p>'
 WHERE NOT EXISTS (SELECT 1 FROM reports_evidence);
SELECT '<p class="note">Every fact above, with the sentences of the reports that gave it: '
       || 'the words the parser read are marked, and under each sentence the values it gave, one anchor per evidence row.</p>'
 WHERE EXISTS (SELECT 1 FROM reports_evidence);
SELECT html FROM (
  SELECT fk.k1, fk.k2, fk.fact_id, 0 AS part, 0 AS gid,
         '<div class="fact" id="f-' || fk.fact || '-' || fk.fact_id || '"><h3>'
         || CASE fk.fact WHEN 'meetings' THEN 'Meeting ' WHEN 'documents' THEN 'Document '
                         WHEN 'actions' THEN 'Action ' WHEN 'signatories' THEN 'Signing '
                         ELSE 'Person ' END
         || fk.head || '</h3><ol class="ev">' AS html
    FROM fk WHERE EXISTS (SELECT 1 FROM eg WHERE eg.fact = fk.fact AND eg.fact_id = fk.fact_id)
  UNION ALL
  SELECT fk.k1, fk.k2, fk.fact_id, 1, eg.gid,
         '<li><a href="#r' || eg.report_id || '">' || xr.source || '</a>'
         || coalesce(' <span class="small">' || xr.published || '</span>', '')
         || ': <q>' || quote.html || '</q><br/>'
         || (SELECT group_concat(chip, ' ') FROM (
               SELECT '<span class="chip" id="e' || evg.id || '"><i>'
                      || coalesce((SELECT x FROM xv WHERE v = evg.field), '') || '</i> '
                      || coalesce((SELECT x FROM xv WHERE v = evg.value), '') || '</span>' AS chip
                 FROM evg WHERE evg.gid = eg.gid
                ORDER BY instr('code series number name mention start end city country venue hosts '
                               || 'organizers attendance attendance_qualifier kind ordinal title period '
                               || 'action parties person honorific organization ', evg.field || ' '),
                         evg.field, evg.id))
         || '</li>'
    FROM eg JOIN fk ON fk.fact = eg.fact AND fk.fact_id = eg.fact_id
    JOIN quote ON quote.gid = eg.gid JOIN xr ON xr.id = eg.report_id
  UNION ALL
  SELECT fk.k1, fk.k2, fk.fact_id, 2, 0, '</ol></div>'
    FROM fk WHERE EXISTS (SELECT 1 FROM eg WHERE eg.fact = fk.fact AND eg.fact_id = fk.fact_id)
)
ORDER BY k1, k2, fact_id, part, gid;
SELECT '</section>
<footer>Made from the registry <code>reports</code> by <code>sql/reports/report_html.sql</code> (the <code>commit</code> SQLite extension). '
       || 'Facts are what the parser read in the reports, merged; check a fact against its evidence before relying on it.</footer>
</body>
</html>';
