/*
** 2026-11-29
**
** vtab_registry.c -- the commit_registry virtual table: many reports
** merged into one evidenced set of facts.
**
**   CREATE VIRTUAL TABLE reports USING commit_registry;
**   INSERT INTO reports(source, url, published, body)
**     VALUES('VNA', 'https://...', '2012-02-16', readfile('vna.txt'));
**   SELECT code, start, "end", city, attendance FROM reports_meetings;
**   IMM3|2012-02-16|2012-02-16|Hanoi|200
**
** The virtual table holds the reports (rowid = report id; columns source,
** url, published, body, and a hidden column named like the table that
** takes commands, as FTS5 does).  The facts live in real tables, written
** only by this module ("shadow tables", listed by xShadowName):
**
**   <name>_content      the reports themselves
**   <name>_meetings     merged meetings      (id, code, series, number, ...)
**   <name>_documents    merged documents     (id, kind, ordinal, ...)
**   <name>_actions      merged actions       (meeting_id, document_id, ...)
**   <name>_signatories  merged signatories   (meeting_id, document_id, country)
**   <name>_people       merged people        (name, title, ...)
**   <name>_evidence     every observation: report_id, fact (a table
**                       suffix), fact_id, field, value, byte span, surface
**   <name>_conflicts    values that lost to a better supported one
**   <name>_tallies      per fact, field and value: how many reports gave
**                       it, and what breaks ties
**
** How it merges.  An INSERT parses the body (commit_parse's pipeline, with
** published as the anchor for relative dates), finds or creates the fact
** row of each meeting, document, action, signatory and person, and writes
** one evidence row per field value it observed.  A field takes the value
** seen in the most reports; ties go to the longer (more specific) value,
** then to the earlier report.  The losing values of a field go to
** <name>_conflicts with their reports.  List fields (hosts, organizers,
** parties) are the union of what was seen, ordered by support, and have no
** conflicts.  The dates of the numbered meetings of a series keep the
** series in order when their values allow it (regSeries).
**
** Incremental merge (issue 10).  Each fact field keeps its tallies: one row
** per value (per value case folded, for the one-value fields) with the
** number of reports behind it.  An INSERT or DELETE adds or takes away the
** report's own evidence from the tallies of the facts it touched, chooses
** each of their fields again from the tallies, and rewrites a field's
** conflicts only when its chosen value changed (else it adds or drops the
** report's own losing values).  So its cost follows the report, not the
** evidence already held.  Only the dates of a series look further: when
** the candidates of a numbered meeting change, the dates of its series
** (~20 meetings) are chosen again from their tallies.  Everything stored
** is a function of the evidence, whatever the order of the reports:
**
**   INSERT INTO reports(reports) VALUES('rebuild')          recompute all
**   INSERT INTO reports(reports) VALUES('integrity-check')  prove it
**
** Identity: meetings with the same series and number are one; a meeting
** without a number is the one of the same series held in the same city in
** the same month.  Documents are one by kind and ordinal, actions by
** (meeting, document, action), signatories by (meeting, document,
** country), people by name (case folded; honorifics and ranks are already
** stripped by the parser).
**
** DELETE takes the report's evidence out of the tallies; a fact left
** without evidence is deleted.  UPDATE is DELETE + INSERT.  All writes
** happen inside the statement; SQLite rolls back a failing statement that
** is its own transaction, and inside BEGIN ... COMMIT the module takes back
** what a failing change wrote (an undo log, regUndo*).
**
** Security: the table writes, so it is SQLITE_VTAB_DIRECTONLY: triggers and
** views cannot use it.  SQL is built with %Q/%w only.
*/
#include "commit.h"
#include <stdlib.h>
#include <string.h>

/* ORDER SHADOW: suffixes of the shadow tables; keep in step with REG_T_*. */
static const char *const azRegShadow[] = {
  "content", "meetings", "documents", "actions", "signatories", "people",
  "evidence", "conflicts", "tallies",
};
#define REG_T_CONTENT 0
#define REG_T_MEETINGS 1
#define REG_T_DOCUMENTS 2
#define REG_T_ACTIONS 3
#define REG_T_SIGNATORIES 4
#define REG_T_PEOPLE 5
#define REG_T_EVIDENCE 6
#define REG_T_CONFLICTS 7
#define REG_T_TALLIES 8
#define REG_N_SHADOW 9

/* Number of columns of each shadow table, as created below. */
static const int aRegNCol[REG_N_SHADOW] = { 5, 15, 6, 6, 7, 7, 9, 6, 8 };
#define REG_MAX_COL 15

/* The schema of the shadow tables, one statement each: %1$Q schema,
** %2$q table name.  sqlite3_mprintf has no positional arguments, so each
** statement takes (schema, name) pairs in order; see regCreateShadow(). */
static const char *const azRegSchema[] = {
  "CREATE TABLE %Q.'%q_content'(id INTEGER PRIMARY KEY, source TEXT,"
  " url TEXT, published TEXT, body TEXT NOT NULL)",
  "CREATE TABLE %Q.'%q_meetings'(id INTEGER PRIMARY KEY, code TEXT,"
  " series TEXT, number INTEGER, name TEXT, start TEXT, \"end\" TEXT,"
  " city TEXT, country TEXT, venue TEXT, hosts TEXT, organizers TEXT,"
  " attendance INTEGER, attendance_qualifier TEXT,"
  " sources INTEGER NOT NULL DEFAULT 0)",
  "CREATE TABLE %Q.'%q_documents'(id INTEGER PRIMARY KEY,"
  " kind TEXT NOT NULL, ordinal INTEGER, title TEXT, period TEXT,"
  " sources INTEGER NOT NULL DEFAULT 0)",
  "CREATE TABLE %Q.'%q_actions'(id INTEGER PRIMARY KEY,"
  " meeting_id INTEGER REFERENCES '%q_meetings'(id),"
  " document_id INTEGER NOT NULL REFERENCES '%q_documents'(id),"
  " action TEXT NOT NULL, parties TEXT, sources INTEGER NOT NULL DEFAULT 0)",
  "CREATE TABLE %Q.'%q_signatories'(id INTEGER PRIMARY KEY,"
  " meeting_id INTEGER REFERENCES '%q_meetings'(id),"
  " document_id INTEGER NOT NULL REFERENCES '%q_documents'(id),"
  " country TEXT NOT NULL, person TEXT, title TEXT,"
  " sources INTEGER NOT NULL DEFAULT 0)",
  "CREATE TABLE %Q.'%q_people'(id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
  " honorific TEXT, title TEXT, organization TEXT, country TEXT,"
  " sources INTEGER NOT NULL DEFAULT 0)",
  "CREATE TABLE %Q.'%q_evidence'(id INTEGER PRIMARY KEY,"
  " report_id INTEGER NOT NULL REFERENCES '%q_content'(id),"
  " fact TEXT NOT NULL, fact_id INTEGER NOT NULL, field TEXT NOT NULL,"
  " value TEXT, start INTEGER, \"end\" INTEGER, surface TEXT)",
  "CREATE TABLE %Q.'%q_conflicts'(id INTEGER PRIMARY KEY,"
  " fact TEXT NOT NULL, fact_id INTEGER NOT NULL, field TEXT NOT NULL,"
  " value TEXT, report_id INTEGER NOT NULL REFERENCES '%q_content'(id))",
  /* key: what groups the reports (the value case folded for one-value
  ** fields; "<attendance> <qualifier>" for attendance_qualifier); support:
  ** the reports behind it; first_report: the earliest of them; first_row
  ** (list fields): its first evidence row in that report. */
  "CREATE TABLE %Q.'%q_tallies'(fact TEXT NOT NULL, fact_id INTEGER NOT NULL,"
  " field TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
  " support INTEGER NOT NULL, first_report INTEGER NOT NULL, first_row INTEGER,"
  " PRIMARY KEY(fact, fact_id, field, key)) WITHOUT ROWID",
};

/* Indexes the merge and the report queries need: (schema, name, name). */
static const char *const azRegIndex[] = {
  "CREATE INDEX %Q.'%q_meetings_code' ON '%q_meetings'(code)",
  "CREATE INDEX %Q.'%q_meetings_series' ON '%q_meetings'(series, number)",
  "CREATE INDEX %Q.'%q_documents_kind' ON '%q_documents'(kind, ordinal)",
  "CREATE INDEX %Q.'%q_actions_meeting' ON '%q_actions'(meeting_id)",
  "CREATE INDEX %Q.'%q_actions_document' ON '%q_actions'(document_id)",
  "CREATE INDEX %Q.'%q_signatories_meeting' ON '%q_signatories'(meeting_id)",
  "CREATE INDEX %Q.'%q_people_name' ON '%q_people'(name COLLATE NOCASE)",
  "CREATE INDEX %Q.'%q_evidence_report' ON '%q_evidence'(report_id)",
  /* a value's earliest report, found without reading the field's others */
  ("CREATE INDEX %Q.'%q_evidence_fact' ON '%q_evidence'(fact, fact_id, field,"
   " value COLLATE NOCASE, report_id)"),
  "CREATE INDEX %Q.'%q_conflicts_fact' ON '%q_conflicts'(fact, fact_id, field)",
  "CREATE INDEX %Q.'%q_conflicts_report' ON '%q_conflicts'(report_id)",
};

/* Fields of each fact table that are merged from evidence.  List fields
** (hosts, organizers, parties) are unions; surfaces (a meeting's name, a
** document's title, a person's name as written) never conflict. */
#define REG_F_VALUE 0    /* a value: best supported wins, others conflict */
#define REG_F_LIST 1     /* a list: union of values as a JSON array */
#define REG_F_SURFACE 2  /* a surface: best supported wins, no conflicts */
#define REG_F_DATE 3     /* a date: a coarser date supports the finer ones
                         ** it contains ("2007-12" supports "2007-12-14") */
#define REG_F_QUALIFIER 4 /* attendance_qualifier: from the reports that gave
                          ** the chosen attendance, no conflicts */
typedef struct RegField RegField;
struct RegField {
  int eTable;          /* REG_T_* */
  const char *zField;  /* column (and evidence field) name */
  int eMerge;          /* REG_F_* */
  int iCol;            /* its column in the table (SELECT *) */
};
static const RegField aRegField[] = {
  { REG_T_MEETINGS, "code", 0, 1 }, { REG_T_MEETINGS, "series", 0, 2 },
  { REG_T_MEETINGS, "number", 0, 3 }, { REG_T_MEETINGS, "name", 2, 4 },
  { REG_T_MEETINGS, "start", 3, 5 }, { REG_T_MEETINGS, "end", 3, 6 },
  { REG_T_MEETINGS, "city", 0, 7 }, { REG_T_MEETINGS, "country", 0, 8 },
  { REG_T_MEETINGS, "venue", 0, 9 }, { REG_T_MEETINGS, "hosts", 1, 10 },
  { REG_T_MEETINGS, "organizers", 1, 11 },
  { REG_T_MEETINGS, "attendance", 0, 12 },
  { REG_T_MEETINGS, "attendance_qualifier", 4, 13 },
  { REG_T_DOCUMENTS, "kind", 0, 1 }, { REG_T_DOCUMENTS, "ordinal", 0, 2 },
  { REG_T_DOCUMENTS, "title", 2, 3 }, { REG_T_DOCUMENTS, "period", 0, 4 },
  { REG_T_ACTIONS, "action", 0, 3 }, { REG_T_ACTIONS, "parties", 1, 4 },
  { REG_T_SIGNATORIES, "country", 0, 3 },
  { REG_T_SIGNATORIES, "person", 0, 4 },
  { REG_T_SIGNATORIES, "title", 0, 5 },
  { REG_T_PEOPLE, "name", 2, 1 }, { REG_T_PEOPLE, "honorific", 0, 2 },
  { REG_T_PEOPLE, "title", 0, 3 }, { REG_T_PEOPLE, "organization", 0, 4 },
  { REG_T_PEOPLE, "country", 0, 5 },
};
#define REG_N_FIELD ((int)(sizeof(aRegField)/sizeof(aRegField[0])))
/* The fields a meeting's order in its series reads: its dates. */
#define REG_K_SERIES 1
#define REG_K_NUMBER 2
#define REG_K_START 4
#define REG_K_END 5
#define REG_K_ATTENDANCE 11

/* Cached statements; ORDER STMT: keep in step with azRegStmt. */
#define REG_S_EVIDENCE 0      /* insert an evidence row */
#define REG_S_REPORT_EVIDENCE 1 /* a report's evidence, by fact and field */
#define REG_S_DEL_EVIDENCE 2  /* delete a report's evidence */
#define REG_S_DEL_CONTENT 3   /* delete a report */
#define REG_S_REPORT_CONFLICTS 4 /* a report's conflicts */
#define REG_S_DEL_REPORT_CONFLICTS 5 /* delete them */
#define REG_S_MEETING_NUM 6   /* meeting by series and number */
#define REG_S_MEETING_PLACE 7 /* meeting by series, city and month */
#define REG_S_DOC 8           /* document by kind and ordinal */
#define REG_S_ACTION 9        /* action by meeting, document, action */
#define REG_S_SIGNATORY 10    /* signatory by meeting, document, country */
#define REG_S_PERSON 11       /* person by name */
#define REG_S_NEW_MEETING 12
#define REG_S_NEW_DOC 13
#define REG_S_NEW_ACTION 14
#define REG_S_NEW_SIGNATORY 15
#define REG_S_NEW_PERSON 16
#define REG_S_INSERT_CONTENT 17
#define REG_S_DOC_AT 18       /* document of the same kind acted on at a meeting */
#define REG_S_REPORT_EXISTS 19 /* is a report id taken */
#define REG_S_MEETING_LINK 20 /* the meetings of the other kind that agree */
#define REG_S_FACT_TALLIES 21 /* the tallies of one fact */
#define REG_S_PUT_TALLY 22    /* write a tally row */
#define REG_S_DEL_TALLY 23    /* delete a tally row */
#define REG_S_FIRST_REPORT 24 /* earliest report (and its spelling) of a value */
#define REG_S_FIRST_EVIDENCE 25 /* earliest report and row of a list value */
#define REG_S_FIRST_QUALIFIER 26 /* earliest report of a qualifier */
#define REG_S_CONFLICTS_NOW 27 /* the conflicts of one field */
#define REG_S_CONFLICTS_WANT 28 /* what they should be: one-value field */
#define REG_S_DATE_CONFLICTS_WANT 29 /* ... a date */
#define REG_S_ADD_CONFLICT 30
#define REG_S_DEL_CONFLICT 31
#define REG_S_SERIES_MEMBERS 32 /* the numbered meetings of a series */
#define REG_S_MAX_IDS 33      /* the highest id of each table (undo) */
#define REG_S_SERIES_ALL 34   /* every series with numbered meetings */
#define REG_S_SOURCES_WANT 35 /* reports behind each fact, from evidence */
#define REG_S_SOURCES_NOW 36  /* every fact and its sources */
#define REG_S_TALLIES_WANT 37 /* the tallies of one fact, from its evidence */
#define REG_S_SET_DATES 38    /* the dates of a meeting */
#define REG_S_FIELD_TALLIES 39 /* the tallies of one field of a fact */
#define REG_S_KEY_TALLY 40    /* one tally row */
#define REG_S_ALL_TALLIES 41  /* every tally row */
#define REG_S_ALL_CONFLICTS 42 /* every conflict row */
#define REG_S_CONFLICT_ROW 43 /* a conflict row by id */
#define REG_N_STMT 44

/* SQL of the cached statements: each takes (schema, name) once per table
** named, as %Q.'%q_suffix'. */
static const char *const azRegStmt[] = {
  "INSERT INTO %Q.'%q_evidence'(report_id, fact, fact_id, field, value,"
  " start, \"end\", surface) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  "SELECT * FROM %Q.'%q_evidence' WHERE report_id=?1"
  " ORDER BY fact, fact_id, field, value, id",
  "DELETE FROM %Q.'%q_evidence' WHERE report_id=?1",
  "DELETE FROM %Q.'%q_content' WHERE id=?1",
  "SELECT * FROM %Q.'%q_conflicts' WHERE report_id=?1",
  "DELETE FROM %Q.'%q_conflicts' WHERE report_id=?1",
  "SELECT id FROM %Q.'%q_meetings' WHERE series IS ?1 AND number=?2",
  "SELECT id FROM %Q.'%q_meetings' WHERE series IS ?1"
  " AND (number IS ?2 OR number IS NULL OR ?2 IS NULL) AND city=?3"
  " AND substr(coalesce(start, \"end\"), 1, 7)=substr(?4, 1, 7)"
  " ORDER BY number IS NULL, id LIMIT 1",
  "SELECT id FROM %Q.'%q_documents' WHERE kind=?1 AND ("
  "   (?2 IS NOT NULL AND (ordinal=?2"
  "                        OR (ordinal IS NULL AND ?3 IS NOT NULL AND period=?3)))"
  "   OR (?2 IS NULL AND ?3 IS NOT NULL AND period=?3)"
  "   OR (?2 IS NULL AND ?3 IS NULL AND ordinal IS NULL AND period IS NULL))"
  " ORDER BY ordinal IS NOT ?2, id LIMIT 1",
  "SELECT id FROM %Q.'%q_actions' WHERE meeting_id IS ?1"
  " AND document_id=?2 AND action=?3",
  "SELECT id FROM %Q.'%q_signatories' WHERE meeting_id IS ?1"
  " AND document_id=?2 AND country=?3",
  "SELECT id FROM %Q.'%q_people' WHERE name=?1 COLLATE NOCASE ORDER BY id"
  " LIMIT 1",
  "INSERT INTO %Q.'%q_meetings'(series, number) VALUES(?1, ?2)",
  "INSERT INTO %Q.'%q_documents'(kind, ordinal) VALUES(?1, ?2)",
  "INSERT INTO %Q.'%q_actions'(meeting_id, document_id, action)"
  " VALUES(?1, ?2, ?3)",
  "INSERT INTO %Q.'%q_signatories'(meeting_id, document_id, country)"
  " VALUES(?1, ?2, ?3)",
  "INSERT INTO %Q.'%q_people'(name) VALUES(?1)",
  "INSERT INTO %Q.'%q_content'(id, source, url, published, body)"
  " VALUES(?1, ?2, ?3, ?4, CAST(?5 AS TEXT))",
  "SELECT d.id FROM %Q.'%q_documents' d JOIN %Q.'%q_actions' a"
  " ON a.document_id=d.id WHERE d.kind=?1 AND a.meeting_id=?2 AND a.action=?3"
  " AND (d.ordinal IS NULL OR ?4 IS NULL OR d.ordinal=?4)"
  " ORDER BY d.ordinal IS NULL, d.id LIMIT 1",
  "SELECT count(*) FROM %Q.'%q_content' WHERE id=?1",
  /* ?1 series, ?2 city, ?3 country, ?4 date, ?5 1: numbered rows wanted,
  ** 0: unnumbered ones.  Rows of the same series or none, the same place
  ** or none, whose dates overlap or fall in the same month. */
  "SELECT id FROM %Q.'%q_meetings' WHERE (number IS NOT NULL)=?5"
  " AND (?1 IS NULL OR series IS NULL OR series=?1)"
  " AND (?2 IS NULL OR city IS NULL OR city=?2)"
  " AND (?3 IS NULL OR country IS NULL OR country=?3)"
  " AND CASE WHEN ?4 IS NOT NULL AND coalesce(start, \"end\") IS NOT NULL"
  "  THEN substr(coalesce(start, \"end\"), 1, 7)=substr(?4, 1, 7)"
  "    OR coalesce(start, \"end\") LIKE ?4||'%%'"
  "    OR ?4 LIKE coalesce(start, \"end\")||'%%'"
  "    OR (start IS NOT NULL AND \"end\" IS NOT NULL"
  "        AND ?4 BETWEEN start AND \"end\")"
  "  ELSE 0 END"
  " ORDER BY id LIMIT 2",
  "SELECT field, key, value, support, first_report, first_row"
  " FROM %Q.'%q_tallies' WHERE fact=?1 AND fact_id=?2",
  "INSERT OR REPLACE INTO %Q.'%q_tallies'(fact, fact_id, field, key, value,"
  " support, first_report, first_row) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  "DELETE FROM %Q.'%q_tallies' WHERE fact=?1 AND fact_id=?2 AND field=?3"
  " AND key=?4",
  /* ?4 a value; all its spellings (the index reads them in report order) */
  "SELECT report_id, value FROM %Q.'%q_evidence' WHERE fact=?1"
  " AND fact_id=?2 AND field=?3 AND value=?4 COLLATE NOCASE"
  " ORDER BY report_id, id LIMIT 1",
  "SELECT report_id, id FROM %Q.'%q_evidence' WHERE fact=?1 AND fact_id=?2"
  " AND field=?3 AND value=?4 COLLATE NOCASE AND value=?4"
  " ORDER BY report_id, id LIMIT 1",
  /* ?1 meeting, ?2 attendance, ?3 qualifier */
  "SELECT q.report_id FROM %Q.'%q_evidence' q WHERE q.fact='meetings'"
  " AND q.fact_id=?1 AND q.field='attendance_qualifier'"
  " AND q.value=?3 COLLATE NOCASE AND q.value=?3 AND EXISTS(SELECT 1"
  " FROM %Q.'%q_evidence' a WHERE a.fact='meetings' AND a.fact_id=?1"
  " AND a.field='attendance' AND a.value=?2 COLLATE NOCASE AND a.value=?2"
  " AND a.report_id=q.report_id) ORDER BY q.report_id LIMIT 1",
  "SELECT value, report_id, id FROM %Q.'%q_conflicts' WHERE fact=?1"
  " AND fact_id=?2 AND field=?3 ORDER BY value, report_id, id",
  "SELECT DISTINCT value, report_id FROM %Q.'%q_evidence' WHERE fact=?1"
  " AND fact_id=?2 AND field=?3 AND value IS NOT NULL"
  " AND lower(value) IS NOT lower(?4) ORDER BY value, report_id",
  "SELECT DISTINCT value, report_id FROM %Q.'%q_evidence' WHERE fact=?1"
  " AND fact_id=?2 AND field=?3 AND value IS NOT NULL"
  " AND value IS NOT ?4 AND NOT (?4 LIKE value||'-%%')"
  " ORDER BY value, report_id",
  "INSERT INTO %Q.'%q_conflicts'(fact, fact_id, field, value, report_id)"
  " VALUES(?1, ?2, ?3, ?4, ?5)",
  "DELETE FROM %Q.'%q_conflicts' WHERE id=?1",
  "SELECT id, number FROM %Q.'%q_meetings' WHERE series=?1"
  " AND number IS NOT NULL ORDER BY number, id",
  "SELECT (SELECT max(id) FROM %Q.'%q_meetings'),"
  " (SELECT max(id) FROM %Q.'%q_documents'),"
  " (SELECT max(id) FROM %Q.'%q_actions'),"
  " (SELECT max(id) FROM %Q.'%q_signatories'),"
  " (SELECT max(id) FROM %Q.'%q_people'),"
  " (SELECT max(id) FROM %Q.'%q_evidence'),"
  " (SELECT max(id) FROM %Q.'%q_conflicts')",
  "SELECT DISTINCT series FROM %Q.'%q_meetings' WHERE series IS NOT NULL"
  " AND number IS NOT NULL ORDER BY series",
  "SELECT fact, fact_id, count(DISTINCT report_id) FROM %Q.'%q_evidence'"
  " GROUP BY fact, fact_id ORDER BY fact, fact_id",
  "SELECT 'actions' AS fact, id, sources FROM %Q.'%q_actions'"
  " UNION ALL SELECT 'documents', id, sources FROM %Q.'%q_documents'"
  " UNION ALL SELECT 'meetings', id, sources FROM %Q.'%q_meetings'"
  " UNION ALL SELECT 'people', id, sources FROM %Q.'%q_people'"
  " UNION ALL SELECT 'signatories', id, sources FROM %Q.'%q_signatories'"
  " ORDER BY 1, 2",
  /* ?1 fact, ?2 fact id: the old per-field queries (see "How the fields
  ** merge"): one-value fields and surfaces, dates, lists, the qualifier.
  ** The special fields have names of their own in every table. */
  "SELECT field, lower(value), value, count(DISTINCT report_id),"
  " min(report_id), NULL FROM %Q.'%q_evidence' WHERE fact=?1 AND fact_id=?2"
  " AND value IS NOT NULL AND field NOT IN ('mention', 'start', 'end',"
  " 'hosts', 'organizers', 'parties', 'attendance_qualifier')"
  " GROUP BY field, value COLLATE NOCASE"
  " UNION ALL SELECT a.field, a.value, a.value, (SELECT count(DISTINCT"
  " b.report_id) FROM %Q.'%q_evidence' b WHERE b.fact=?1 AND b.fact_id=?2"
  " AND b.field=a.field AND (a.value=b.value OR a.value LIKE b.value||'-%%')),"
  " min(a.report_id), NULL FROM %Q.'%q_evidence' a WHERE a.fact=?1"
  " AND a.fact_id=?2 AND a.field IN ('start', 'end') AND a.value IS NOT NULL"
  " GROUP BY a.field, a.value"
  " UNION ALL SELECT a.field, a.value, a.value, count(DISTINCT a.report_id),"
  " min(a.report_id), (SELECT min(b.id) FROM %Q.'%q_evidence' b WHERE"
  " b.fact=?1 AND b.fact_id=?2 AND b.field=a.field AND b.value=a.value"
  " AND b.report_id=min(a.report_id)) FROM %Q.'%q_evidence' a"
  " WHERE a.fact=?1 AND a.fact_id=?2 AND a.field IN ('hosts', 'organizers',"
  " 'parties') AND a.value IS NOT NULL GROUP BY a.field, a.value"
  " UNION ALL SELECT q.field, a.value||' '||q.value, q.value,"
  " count(DISTINCT q.report_id), min(q.report_id), NULL"
  " FROM %Q.'%q_evidence' q JOIN %Q.'%q_evidence' a ON a.fact=?1"
  " AND a.fact_id=?2 AND a.field='attendance' AND a.report_id=q.report_id"
  " AND a.value IS NOT NULL WHERE q.fact=?1 AND q.fact_id=?2"
  " AND q.field='attendance_qualifier' AND q.value IS NOT NULL"
  " GROUP BY a.value, q.value",
  "UPDATE %Q.'%q_meetings' SET start=?1, \"end\"=?2 WHERE id=?3",
  "SELECT key, value, support, first_report, first_row FROM %Q.'%q_tallies'"
  " WHERE fact=?1 AND fact_id=?2 AND field=?3",
  "SELECT key, value, support, first_report, first_row FROM %Q.'%q_tallies'"
  " WHERE fact=?1 AND fact_id=?2 AND field=?3 AND key=?4",
  "SELECT * FROM %Q.'%q_tallies'",
  "SELECT * FROM %Q.'%q_conflicts' ORDER BY id",
  "SELECT * FROM %Q.'%q_conflicts' WHERE id=?1",
};

/* Column numbers of the virtual table. */
#define REG_COL_SOURCE 0
#define REG_COL_URL 1
#define REG_COL_PUBLISHED 2
#define REG_COL_BODY 3
#define REG_COL_COMMAND 4     /* hidden, named like the table */

typedef struct RegUndo RegUndo;

typedef struct RegVtab RegVtab;
struct RegVtab {
  sqlite3_vtab base;                /* base class */
  sqlite3 *db;                      /* the connection */
  char *zDb;                        /* schema name ("main") */
  char *zName;                      /* table name ("reports") */
  const CommitGazetteer *pGaz;      /* gazetteer */
  sqlite3_stmt *aStmt[REG_N_STMT];  /* cached statements, prepared lazily */
  sqlite3_stmt *aRow[REG_N_SHADOW];   /* SELECT * FROM <table> WHERE id */
  sqlite3_stmt *aWrite[REG_N_SHADOW]; /* UPDATE <table> SET <merged fields> */
  sqlite3_stmt *aDrop[REG_N_SHADOW];  /* DELETE FROM <table> WHERE id */
  sqlite3_stmt *aPut[REG_N_SHADOW];   /* INSERT OR REPLACE INTO <table> */
  sqlite3_stmt *aTrim[REG_N_SHADOW];  /* DELETE FROM <table> WHERE id>? */
  sqlite3_stmt *aAll[REG_N_SHADOW];   /* SELECT id FROM <table> ORDER BY id */
  /* The undo log of the change in progress (regUndo*). */
  int bUndo;                        /* on: inside BEGIN ... COMMIT */
  i64 aMax[REG_N_SHADOW];           /* highest ids before the change */
  RegUndo *aUndo;                   /* what to put back, in order */
  int nUndo, nUndoAlloc;            /* used and allocated entries */
};

typedef struct RegCursor RegCursor;
struct RegCursor {
  sqlite3_vtab_cursor base;   /* base class */
  sqlite3_stmt *pStmt;        /* SELECT over <name>_content */
  int bEof;                   /* no more rows */
};

/* ==== Statements ======================================================= */

/* Set the vtab error to "commit_registry: <zMsg>" (printf-style). */
static int regError(RegVtab *p, const char *zFmt, const char *zArg) {
  sqlite3_free(p->base.zErrMsg);
  p->base.zErrMsg = sqlite3_mprintf(zFmt, zArg);
  return SQLITE_ERROR;
}

static int regCached(RegVtab *p, sqlite3_stmt **pSlot, char *zSql,
                     sqlite3_stmt **pp);

/*
** The cached statement i, prepared on first use; reset and unbound.
** Returns SQLITE_OK and sets *pp, or an error code.
*/
static int regStmt(RegVtab *p, int i, sqlite3_stmt **pp) {
  /* Statements name up to seven tables; sqlite3_mprintf ignores the pairs
  ** a statement does not use. */
  const char *d = p->zDb, *n = p->zName;
  return regCached(p, &p->aStmt[i],
                   p->aStmt[i] ? 0 : sqlite3_mprintf(azRegStmt[i], d, n, d, n,
                                                     d, n, d, n, d, n, d, n,
                                                     d, n), pp);
}

/*
** The statement in *pSlot, reset and unbound, or if there is none yet,
** zSql (sqlite3_free'd here; NULL means out of memory) prepared into it.
** Returns SQLITE_OK and sets *pp, or an error code.
*/
static int regCached(RegVtab *p, sqlite3_stmt **pSlot, char *zSql,
                     sqlite3_stmt **pp) {
  if( *pSlot==0 ){
    int rc;
    if( zSql==0 ) return SQLITE_NOMEM;
    rc = sqlite3_prepare_v3(p->db, zSql, -1, SQLITE_PREPARE_PERSISTENT, pSlot, 0);
    sqlite3_free(zSql);
    if( rc!=SQLITE_OK ) return rc;
  }else{
    sqlite3_free(zSql);
    sqlite3_reset(*pSlot);
    sqlite3_clear_bindings(*pSlot);
  }
  *pp = *pSlot;
  return SQLITE_OK;
}

/* Step a statement that returns no row; reset it.  Returns an SQLite code. */
static int regExec(sqlite3_stmt *pStmt) {
  int rc = sqlite3_step(pStmt);
  int rc2 = sqlite3_reset(pStmt);
  if( rc==SQLITE_DONE ) return rc2;
  return rc==SQLITE_ROW ? SQLITE_OK : rc2;
}

/* Run cached statement i with ?1 bound to iId (a DELETE by id). */
static int regExecId(RegVtab *p, int i, i64 iId) {
  sqlite3_stmt *pStmt;
  int rc = regStmt(p, i, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_int64(pStmt, 1, iId);
  return regExec(pStmt);
}

/*
** Step a statement that returns at most one integer.  *piOut gets it, or
** 0 if no row.  Returns an SQLite code.
*/
static int regInt(sqlite3_stmt *pStmt, i64 *piOut) {
  int rc = sqlite3_step(pStmt);
  *piOut = 0;
  if( rc==SQLITE_ROW ){
    *piOut = sqlite3_column_int64(pStmt, 0);
    rc = SQLITE_DONE;
  }
  if( rc==SQLITE_DONE ) return sqlite3_reset(pStmt);
  sqlite3_reset(pStmt);
  return rc;
}

/* Finalize every cached statement. */
static void regFinalizeAll(RegVtab *p) {
  int i;
  for(i=0; i<REG_N_STMT; i++){
    sqlite3_finalize(p->aStmt[i]);
    p->aStmt[i] = 0;
  }
  for(i=0; i<REG_N_SHADOW; i++){
    sqlite3_finalize(p->aRow[i]);
    sqlite3_finalize(p->aWrite[i]);
    sqlite3_finalize(p->aDrop[i]);
    sqlite3_finalize(p->aPut[i]);
    sqlite3_finalize(p->aTrim[i]);
    sqlite3_finalize(p->aAll[i]);
    p->aRow[i] = p->aWrite[i] = p->aDrop[i] = 0;
    p->aPut[i] = p->aTrim[i] = p->aAll[i] = 0;
  }
}

/* ==== Creating, connecting, dropping =================================== */

/* Run zSql (already formatted) on db; free it.  Returns an SQLite code. */
static int regExecSql(sqlite3 *db, char *zSql) {
  int rc;
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  return rc;
}

/* Create the shadow tables and their indexes. */
static int regCreateShadow(sqlite3 *db, const char *zDb, const char *zName) {
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<REG_N_SHADOW; i++){
    /* Tables with foreign keys name the table they reference too. */
    rc = regExecSql(db, sqlite3_mprintf(azRegSchema[i], zDb, zName, zName,
                                        zName));
  }
  for(i=0; rc==SQLITE_OK && i<(int)(sizeof(azRegIndex)/sizeof(azRegIndex[0])); i++){
    rc = regExecSql(db, sqlite3_mprintf(azRegIndex[i], zDb, zName, zName));
  }
  return rc;
}

static void regUndoEnd(RegVtab *p);

/* Free a vtab object (statements, names). */
static void regFree(RegVtab *p) {
  if( p ){
    regUndoEnd(p);
    regFinalizeAll(p);
    sqlite3_free(p->zDb);
    sqlite3_free(p->zName);
    sqlite3_free(p);
  }
}

/* The names of the virtual table's columns and rowid: its command column,
** named like the table, cannot take one of them. */
static const char *const azRegColumn[] = {
  "source", "url", "published", "body", "rowid", "oid", "_rowid_",
};

/*
** xCreate and xConnect.  argv[1] is the schema, argv[2] the table name; no
** arguments are accepted after USING commit_registry.
*/
static int regInit(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                   sqlite3_vtab **ppVtab, char **pzErr, int bCreate) {
  RegVtab *p;
  int rc, i;
  char *zDecl;
  if( argc>3 ){
    *pzErr = sqlite3_mprintf("commit_registry: takes no arguments");
    return SQLITE_ERROR;
  }
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->pGaz = (const CommitGazetteer *)pAux;
  p->zDb = sqlite3_mprintf("%s", argv[1]);
  p->zName = sqlite3_mprintf("%s", argv[2]);
  if( p->zDb==0 || p->zName==0 ){
    regFree(p);
    return SQLITE_NOMEM;
  }
  /* The hidden column named like the table takes commands (FTS5 does the
  ** same): INSERT INTO reports(reports) VALUES('rebuild'). */
  for(i=0; i<(int)(sizeof(azRegColumn)/sizeof(azRegColumn[0])); i++){
    if( sqlite3_stricmp(p->zName, azRegColumn[i])==0 ){
      *pzErr = sqlite3_mprintf("commit_registry: a registry cannot be named"
                               " like its column %s", azRegColumn[i]);
      regFree(p);
      return SQLITE_ERROR;
    }
  }
  zDecl = sqlite3_mprintf("CREATE TABLE x(source TEXT, url TEXT,"
                          " published TEXT, body TEXT, \"%w\" HIDDEN)",
                          p->zName);
  rc = zDecl ? sqlite3_declare_vtab(db, zDecl) : SQLITE_NOMEM;
  sqlite3_free(zDecl);
  if( rc==SQLITE_NOMEM ){
    regFree(p);
    return rc;
  }
  if( rc==SQLITE_OK && bCreate ) rc = regCreateShadow(db, p->zDb, p->zName);
  if( rc!=SQLITE_OK ){
    *pzErr = sqlite3_mprintf("commit_registry: %s", sqlite3_errmsg(db));
    regFree(p);
    return rc;
  }
  /* Writing reports changes many tables: never from a trigger or view. */
  sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
  *ppVtab = &p->base;
  return SQLITE_OK;
}

/* xCreate: declare the table and create its shadow tables. */
static int regCreate(sqlite3 *db, void *pAux, int argc,
                     const char *const *argv, sqlite3_vtab **ppVtab,
                     char **pzErr) {
  return regInit(db, pAux, argc, argv, ppVtab, pzErr, 1);
}

/* xConnect: declare the table; the shadow tables exist already. */
static int regConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr) {
  return regInit(db, pAux, argc, argv, ppVtab, pzErr, 0);
}

/* xDisconnect */
static int regDisconnect(sqlite3_vtab *pVtab) {
  regFree((RegVtab *)pVtab);
  return SQLITE_OK;
}

/* xDestroy: drop every shadow table. */
static int regDestroy(sqlite3_vtab *pVtab) {
  RegVtab *p = (RegVtab *)pVtab;
  int i, rc = SQLITE_OK;
  regFinalizeAll(p);
  for(i=REG_N_SHADOW-1; rc==SQLITE_OK && i>=0; i--){
    rc = regExecSql(p->db, sqlite3_mprintf("DROP TABLE IF EXISTS %Q.'%q_%q'",
                                           p->zDb, p->zName, azRegShadow[i]));
  }
  if( rc==SQLITE_OK ) regFree(p);
  return rc;
}

/*
** xRename: rename the shadow tables with the table.  SQLite can neither
** rename an index nor drop one while ALTER TABLE runs, so the indexes keep
** the old name (they follow the renamed tables); a new registry cannot
** take the old name until they are dropped.
*/
static int regRename(sqlite3_vtab *pVtab, const char *zNew) {
  RegVtab *p = (RegVtab *)pVtab;
  int i, rc = SQLITE_OK;
  char *zName;
  regFinalizeAll(p);
  for(i=0; rc==SQLITE_OK && i<REG_N_SHADOW; i++){
    rc = regExecSql(p->db, sqlite3_mprintf(
        "ALTER TABLE %Q.'%q_%q' RENAME TO '%q_%q'", p->zDb, p->zName,
        azRegShadow[i], zNew, azRegShadow[i]));
  }
  if( rc!=SQLITE_OK ) return rc;
  zName = sqlite3_mprintf("%s", zNew);
  if( zName==0 ) return SQLITE_NOMEM;
  sqlite3_free(p->zName);
  p->zName = zName;
  return SQLITE_OK;
}

/* xShadowName: the suffixes this module owns. */
static int regShadowName(const char *zSuffix) {
  int i;
  for(i=0; i<REG_N_SHADOW; i++){
    if( sqlite3_stricmp(zSuffix, azRegShadow[i])==0 ) return 1;
  }
  return 0;
}

/* ==== Reading the reports ============================================== */

/* xBestIndex: rowid = ? (idxNum 1) or a full scan (idxNum 0). */
static int regBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  int i;
  (void)pVtab;
  pInfo->idxNum = 0;
  pInfo->estimatedCost = 1e6;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *pC = &pInfo->aConstraint[i];
    if( pC->usable && pC->iColumn==-1 && pC->op==SQLITE_INDEX_CONSTRAINT_EQ ){
      pInfo->aConstraintUsage[i].argvIndex = 1;
      pInfo->aConstraintUsage[i].omit = 1;
      pInfo->idxNum = 1;
      pInfo->estimatedCost = 10;
      pInfo->estimatedRows = 1;
      pInfo->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
      break;
    }
  }
  return SQLITE_OK;
}

/* xOpen */
static int regOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  RegCursor *c = sqlite3_malloc64(sizeof(*c));
  (void)pVtab;
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *ppCur = &c->base;
  return SQLITE_OK;
}

/* xClose */
static int regClose(sqlite3_vtab_cursor *pCur) {
  RegCursor *c = (RegCursor *)pCur;
  sqlite3_finalize(c->pStmt);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* xNext */
static int regNext(sqlite3_vtab_cursor *pCur) {
  RegCursor *c = (RegCursor *)pCur;
  int rc = sqlite3_step(c->pStmt);
  if( rc==SQLITE_ROW ) return SQLITE_OK;
  c->bEof = 1;
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

/* xFilter: argv[0] is the rowid when idxNum is 1. */
static int regFilter(sqlite3_vtab_cursor *pCur, int idxNum,
                     const char *idxStr, int argc, sqlite3_value **argv) {
  RegCursor *c = (RegCursor *)pCur;
  RegVtab *p = (RegVtab *)pCur->pVtab;
  char *zSql;
  int rc;
  (void)idxStr; (void)argc;
  sqlite3_finalize(c->pStmt);
  c->pStmt = 0;
  c->bEof = 0;
  zSql = sqlite3_mprintf("SELECT id, source, url, published, body"
                         " FROM %Q.'%q_content'%s ORDER BY id", p->zDb,
                         p->zName, idxNum ? " WHERE id=?1" : "");
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(p->db, zSql, -1, &c->pStmt, 0);
  sqlite3_free(zSql);
  if( rc!=SQLITE_OK ) return rc;
  if( idxNum ) sqlite3_bind_value(c->pStmt, 1, argv[0]);
  return regNext(pCur);
}

/* xEof */
static int regEof(sqlite3_vtab_cursor *pCur) {
  return ((RegCursor *)pCur)->bEof;
}

/* xColumn */
static int regColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx,
                     int iCol) {
  RegCursor *c = (RegCursor *)pCur;
  /* The command column reads as NULL. */
  if( iCol<REG_COL_COMMAND ){
    sqlite3_result_value(ctx, sqlite3_column_value(c->pStmt, iCol+1));
  }
  return SQLITE_OK;
}

/* xRowid */
static int regRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = sqlite3_column_int64(((RegCursor *)pCur)->pStmt, 0);
  return SQLITE_OK;
}

/* ==== Evidence ========================================================= */

/* One evidence row of the report being merged in or taken out. */
typedef struct RegEv RegEv;
struct RegEv {
  int eTable;             /* REG_T_* of its fact */
  int k;                  /* field: index in aRegField, -1 for another */
  i64 iFact;              /* fact id */
  i64 iId;                /* evidence id */
  const char *z;          /* its value (NUL-terminated), 0 if NULL */
  int n;                  /* length of the value in bytes */
  int iOff;               /* while read: offset of the value in the arena */
  const char *zField;     /* field name (a literal; 0 when read back) */
};

/* The field k of table eTable named zField, or -1. */
static int regFieldOf(int eTable, const char *zField) {
  int k;
  if( zField==0 ) return -1;
  for(k=0; k<REG_N_FIELD && aRegField[k].eTable!=eTable; k++){}
  for(; k<REG_N_FIELD && aRegField[k].eTable==eTable; k++){
    if( strcmp(aRegField[k].zField, zField)==0 ) return k;
  }
  return -1;
}

/* The fact table named zFact, or -1. */
static int regTableOf(const char *zFact) {
  int e;
  for(e=REG_T_MEETINGS; zFact && e<=REG_T_PEOPLE; e++){
    if( strcmp(zFact, azRegShadow[e])==0 ) return e;
  }
  return -1;
}

/* What one ingest needs at hand. */
typedef struct RegIngest RegIngest;
struct RegIngest {
  RegVtab *p;             /* the registry */
  i64 iReport;            /* report id */
  const char *z;          /* report body's text (an HTML page's: html.c) */
  const CommitSource *pSrc; /* maps spans of z to bytes of the body */
  CommitFacts *pFacts;    /* its facts */
  i64 *aMeeting;          /* fact id of each output meeting */
  i64 *aDoc;              /* fact id of each document */
  RegEv *aEv;             /* the evidence rows written, for the merge */
  int nEv, nEvAlloc;      /* used and allocated entries of aEv */
  char *zArena;           /* their values, NUL-terminated (aEv[].iOff) */
  i64 nArena, nArenaAlloc; /* used and allocated bytes of zArena */
};

/*
** Remember evidence row iId (fact eTable iFact, field zField, value
** z[0,n)) in g->aEv for the merge (regOpRun), so it need not be read back.
*/
static int regEvidenceKeep(RegIngest *g, i64 iId, int eTable, i64 iFact,
                           const char *zField, const char *z, int n) {
  RegEv *e;
  if( g->nEv>=g->nEvAlloc ){
    int nNew = g->nEvAlloc ? g->nEvAlloc*2 : 64;
    RegEv *aNew = sqlite3_realloc64(g->aEv, sizeof(RegEv)*nNew);
    if( aNew==0 ) return SQLITE_NOMEM;
    g->aEv = aNew;
    g->nEvAlloc = nNew;
  }
  if( n<0 ) n = (int)strlen(z);
  if( g->nArena+n+1>g->nArenaAlloc ){
    i64 nNew = (g->nArenaAlloc ? g->nArenaAlloc*2 : 4096) + n + 1;
    char *zNew = sqlite3_realloc64(g->zArena, nNew);
    if( zNew==0 ) return SQLITE_NOMEM;
    g->zArena = zNew;
    g->nArenaAlloc = nNew;
  }
  e = &g->aEv[g->nEv++];
  e->eTable = eTable;
  e->k = regFieldOf(eTable, zField);
  e->zField = zField;
  e->iFact = iFact;
  e->iId = iId;
  e->z = 0;
  e->n = n;
  e->iOff = (int)g->nArena;
  memcpy(g->zArena + g->nArena, z, n);
  g->zArena[g->nArena + n] = 0;
  g->nArena += n + 1;
  return SQLITE_OK;
}

/*
** Add an evidence row: fact (table REG_T_*) id, field, value (text, NULL
** allowed: then nothing is written), span [iStart,iEnd) of the body.
*/
static int regEvidence(RegIngest *g, int eTable, i64 iFact, const char *zField,
                       const char *zValue, int nValue, int iStart, int iEnd) {
  sqlite3_stmt *pStmt;
  int rc;
  if( zValue==0 ) return SQLITE_OK;
  rc = regStmt(g->p, REG_S_EVIDENCE, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_int64(pStmt, 1, g->iReport);
  sqlite3_bind_text(pStmt, 2, azRegShadow[eTable], -1, SQLITE_STATIC);
  sqlite3_bind_int64(pStmt, 3, iFact);
  sqlite3_bind_text(pStmt, 4, zField, -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 5, zValue, nValue, SQLITE_TRANSIENT);
  if( iEnd>iStart ){
    /* the span and surface are the body's bytes, a page's markup and all */
    int iSrc = commitSourceStart(g->pSrc, iStart);
    int iSrcEnd = commitSourceEnd(g->pSrc, iEnd);
    sqlite3_bind_int(pStmt, 6, iSrc);
    sqlite3_bind_int(pStmt, 7, iSrcEnd);
    sqlite3_bind_text(pStmt, 8, g->pSrc->zIn + iSrc, iSrcEnd - iSrc, SQLITE_STATIC);
  }
  rc = regExec(pStmt);
  if( rc==SQLITE_OK ){
    rc = regEvidenceKeep(g, sqlite3_last_insert_rowid(g->p->db), eTable, iFact,
                         zField, zValue, nValue);
  }
  return rc;
}

/* Evidence whose value is an integer (0: nothing). */
static int regEvidenceInt(RegIngest *g, int eTable, i64 iFact,
                          const char *zField, int v, int iStart, int iEnd) {
  char zBuf[24];
  if( v==0 ) return SQLITE_OK;
  sqlite3_snprintf(sizeof(zBuf), zBuf, "%d", v);
  return regEvidence(g, eTable, iFact, zField, zBuf, -1, iStart, iEnd);
}

/* Evidence of the start and end of meeting m, as commit_parse gives them. */
static int regEvidenceDates(RegIngest *g, i64 iFact, const CommitFMeeting *m) {
  char zBuf[16];
  int rc = SQLITE_OK;
  if( commitDayFormat(&m->dStart, zBuf, sizeof(zBuf)) ){
    rc = regEvidence(g, REG_T_MEETINGS, iFact, "start", zBuf, -1,
                     m->start.it.iStart, m->start.it.iEnd);
  }
  if( rc==SQLITE_OK && commitDayFormat(&m->dEnd, zBuf, sizeof(zBuf)) ){
    rc = regEvidence(g, REG_T_MEETINGS, iFact, "end", zBuf, -1,
                     m->end.it.iStart, m->end.it.iEnd);
  }
  return rc;
}

/*
** Copy z[iStart,iEnd) to zOut with each run of white space as one space.
** zOut has room for iEnd-iStart bytes.  Returns the length written.
*/
static int regCollapse(const char *z, int iStart, int iEnd, char *zOut) {
  int i, n = 0, bSpace = 0;
  for(i=iStart; i<iEnd; i++){
    char c = z[i];
    if( c==' ' || c=='\n' || c=='\r' || c=='\t' ){
      if( !bSpace ) zOut[n++] = ' ';
      bSpace = 1;
    }else{
      zOut[n++] = c;
      bSpace = 0;
    }
  }
  return n;
}

/* Evidence of the surface z[iStart,iEnd) with white space collapsed. */
static int regEvidenceSurface(RegIngest *g, int eTable, i64 iFact,
                              const char *zField, int iStart, int iEnd) {
  char zStack[256], *z = zStack;
  int n, rc;
  if( iEnd<=iStart ) return SQLITE_OK;
  if( iEnd - iStart>=(int)sizeof(zStack) ){
    z = sqlite3_malloc64(iEnd - iStart + 1);
    if( z==0 ) return SQLITE_NOMEM;
  }
  n = regCollapse(g->z, iStart, iEnd, z);
  rc = regEvidence(g, eTable, iFact, zField, z, n, iStart, iEnd);
  if( z!=zStack ) sqlite3_free(z);
  return rc;
}

/*
** The fact id found by statement iFind bound by xBind, or a new one made
** by statement iNew bound the same way.  *piId gets the id.
*/
static int regFindOrNew(RegVtab *p, int iFind, int iNew,
                        void (*xBind)(sqlite3_stmt *, const void *),
                        const void *pArg, i64 *piId) {
  sqlite3_stmt *pStmt;
  int rc = regStmt(p, iFind, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  xBind(pStmt, pArg);
  rc = regInt(pStmt, piId);
  if( rc!=SQLITE_OK || *piId ) return rc;
  rc = regStmt(p, iNew, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  xBind(pStmt, pArg);
  rc = regExec(pStmt);
  if( rc==SQLITE_OK ) *piId = sqlite3_last_insert_rowid(p->db);
  return rc;
}

/* ==== Ingesting a report's facts ======================================= */

/* Names of the series, as stored. */
static const char *const azRegSeries[] = { 0, "IMM", "SOM", 0 };

/* Identity of a meeting being matched. */
typedef struct RegMeetKey RegMeetKey;
struct RegMeetKey {
  const char *zSeries;    /* "IMM", "SOM" or NULL */
  int iNum;               /* number or 0 */
  const char *zCity;      /* canonical city or NULL */
  const char *zCountry;   /* ISO code of where it was held, or NULL */
  const char *zDate;      /* start (or end) ISO date or NULL */
};

/* Bind ?1 series and ?2 number of a RegMeetKey. */
static void regBindMeetNum(sqlite3_stmt *pStmt, const void *pArg) {
  const RegMeetKey *k = (const RegMeetKey *)pArg;
  if( k->zSeries ) sqlite3_bind_text(pStmt, 1, k->zSeries, -1, SQLITE_STATIC);
  if( k->iNum ) sqlite3_bind_int(pStmt, 2, k->iNum);
}

/* Bind a RegMeetKey: series, number, ?3 city and ?4 date. */
static void regBindMeetPlace(sqlite3_stmt *pStmt, const void *pArg) {
  const RegMeetKey *k = (const RegMeetKey *)pArg;
  regBindMeetNum(pStmt, pArg);
  sqlite3_bind_text(pStmt, 3, k->zCity, -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 4, k->zDate, -1, SQLITE_STATIC);
}

/*
** The one meeting row of the other kind (numbered when bNumbered, else
** unnumbered) that agrees with key k (REG_S_MEETING_LINK), into *piId, or
** 0 when none or several do.
*/
static int regMeetingLink(RegVtab *p, const RegMeetKey *k, int bNumbered,
                          i64 *piId) {
  sqlite3_stmt *pStmt;
  int rc = regStmt(p, REG_S_MEETING_LINK, &pStmt), n = 0;
  *piId = 0;
  if( rc!=SQLITE_OK ) return rc;
  if( k->zSeries ) sqlite3_bind_text(pStmt, 1, k->zSeries, -1, SQLITE_STATIC);
  if( k->zCity ) sqlite3_bind_text(pStmt, 2, k->zCity, -1, SQLITE_STATIC);
  if( k->zCountry ) sqlite3_bind_text(pStmt, 3, k->zCountry, -1, SQLITE_STATIC);
  if( k->zDate ) sqlite3_bind_text(pStmt, 4, k->zDate, -1, SQLITE_STATIC);
  sqlite3_bind_int(pStmt, 5, bNumbered);
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    *piId = sqlite3_column_int64(pStmt, 0);
    n++;
  }
  if( n!=1 ) *piId = 0;
  return rc==SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(p->db);
}

/*
** The meeting row for meeting m of the report, into *piId:
**   - numbered: the row of the same series and number, else the one
**     unnumbered row that agrees with it (it becomes that meeting: a report
**     told of it before its number was known), else a new row;
**   - unnumbered: the one numbered row that agrees with it, else a row of
**     the same series, city and month, else a new row -- unless the
**     meeting has no date and no place: then it is no row of its own
**     (*piId 0) and what the report says of it is kept nowhere.
** Agreeing: the same series or none, the same place or none, and dates
** that overlap or fall in the same month (REG_S_MEETING_LINK).
*/
static int regMeetingId(RegIngest *g, const CommitFMeeting *m, i64 *piId) {
  RegVtab *p = g->p;
  RegMeetKey k;
  char zDate[16];
  int rc = SQLITE_OK;
  sqlite3_stmt *pStmt;
  memset(&k, 0, sizeof(k));
  k.zSeries = azRegSeries[m->eSeries<=COMMIT_SERIES_OTHER ? m->eSeries : 0];
  k.iNum = m->iNum;
  if( m->iCity>=0 ) k.zCity = aCommitGazEntry[m->iCity].zName;
  if( m->iHeldIn>=0 ) k.zCountry = aCommitGazEntry[m->iHeldIn].zCode;
  if( commitDayFormat(m->dStart.y ? &m->dStart : &m->dEnd, zDate, sizeof(zDate)) ){
    k.zDate = zDate;
  }
  *piId = 0;
  if( k.iNum && k.zSeries ){
    rc = regStmt(p, REG_S_MEETING_NUM, &pStmt);
    if( rc!=SQLITE_OK ) return rc;
    regBindMeetNum(pStmt, &k);
    rc = regInt(pStmt, piId);
    if( rc!=SQLITE_OK || *piId ) return rc;
    rc = regMeetingLink(p, &k, 0, piId);
    if( rc!=SQLITE_OK || *piId ) return rc;
  }else{
    if( k.zDate==0 && k.zCity==0 && k.zCountry==0 ) return SQLITE_OK;
    rc = regMeetingLink(p, &k, 1, piId);
    if( rc!=SQLITE_OK || *piId ) return rc;
    if( k.zCity && k.zDate && strlen(k.zDate)>=7 ){
      rc = regStmt(p, REG_S_MEETING_PLACE, &pStmt);
      if( rc!=SQLITE_OK ) return rc;
      regBindMeetPlace(pStmt, &k);
      rc = regInt(pStmt, piId);
      if( rc!=SQLITE_OK || *piId ) return rc;
    }
  }
  rc = regStmt(p, REG_S_NEW_MEETING, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  regBindMeetNum(pStmt, &k);
  rc = regExec(pStmt);
  if( rc==SQLITE_OK ) *piId = sqlite3_last_insert_rowid(p->db);
  return rc;
}

/* Evidence of a list of hosts or organisers. */
static int regHosts(RegIngest *g, i64 iId, const char *zField,
                    const CommitFHost *a, int n) {
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<n; i++){
    if( a[i].iEntry>=0 && !a[i].bWritten ){
      rc = regEvidence(g, REG_T_MEETINGS, iId, zField,
                       aCommitGazEntry[a[i].iEntry].zName, -1,
                       a[i].iStart, a[i].iEnd);
    }else{
      const char *z;
      int nz = commitFactsHostName(g->pFacts, &a[i], &z);
      rc = regEvidence(g, REG_T_MEETINGS, iId, zField, z, nz,
                       a[i].iStart, a[i].iEnd);
    }
  }
  return rc;
}

/* Meetings of the report: find or create, then evidence of each field. */
static int regMeetings(RegIngest *g) {
  const CommitFacts *f = g->pFacts;
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<f->meetings.n; i++){
    const CommitFMeeting *m = &((const CommitFMeeting *)f->meetings.a)[i];
    i64 iId;
    int iCountry, s0 = m->iFirst, s1 = m->iFirstEnd;
    char zCode[16];
    if( !m->bOut ) continue;
    rc = regMeetingId(g, m, &iId);
    if( rc!=SQLITE_OK ) break;
    g->aMeeting[m->iOut] = iId;
    if( iId==0 ) continue;                /* no number, date or place */
    /* Where the report first names it: ties every meeting, even one with
    ** no other field ("The meeting opened."), to its report. */
    rc = regEvidenceSurface(g, REG_T_MEETINGS, iId, "mention", s0,
                            s1>s0 ? s1 : s0+1);
    if( rc!=SQLITE_OK ) break;
    if( m->eSeries==COMMIT_SERIES_IMM || m->eSeries==COMMIT_SERIES_SOM ){
      rc = regEvidence(g, REG_T_MEETINGS, iId, "series",
                       azRegSeries[m->eSeries], -1, s0, s1);
      if( rc==SQLITE_OK && m->iNum ){
        sqlite3_snprintf(sizeof(zCode), zCode, "%s%d", azRegSeries[m->eSeries],
                         m->iNum);
        rc = regEvidence(g, REG_T_MEETINGS, iId, "code", zCode, -1, s0, s1);
        if( rc==SQLITE_OK ) rc = regEvidenceInt(g, REG_T_MEETINGS, iId, "number",
                                                m->iNum, s0, s1);
      }
    }
    if( rc==SQLITE_OK ) rc = regEvidenceSurface(g, REG_T_MEETINGS, iId, "name",
                                                m->iNameStart, m->iNameEnd);
    if( rc==SQLITE_OK ) rc = regEvidenceDates(g, iId, m);
    if( rc==SQLITE_OK && m->iCity>=0 ){
      rc = regEvidence(g, REG_T_MEETINGS, iId, "city",
                       aCommitGazEntry[m->iCity].zName, -1,
                       m->iCityStart, m->iCityEnd);
    }
    iCountry = m->iHeldIn;
    if( rc==SQLITE_OK && iCountry>=0 ){
      rc = regEvidence(g, REG_T_MEETINGS, iId, "country",
                       aCommitGazEntry[iCountry].zCode, -1,
                       m->iCityStart, m->iCityEnd);
    }
    if( rc==SQLITE_OK ) rc = regEvidenceSurface(g, REG_T_MEETINGS, iId, "venue",
                                                m->iVenueStart, m->iVenueEnd);
    if( rc==SQLITE_OK ) rc = regHosts(g, iId, "hosts", m->aHost, m->nHost);
    if( rc==SQLITE_OK ) rc = regHosts(g, iId, "organizers", m->aOrg, m->nOrg);
    if( rc==SQLITE_OK ) rc = regEvidenceInt(g, REG_T_MEETINGS, iId, "attendance",
                                            m->nAttend, m->iAttendStart,
                                            m->iAttendEnd);
    if( rc==SQLITE_OK && m->nAttend && m->nQual>0 ){
      char zQ[32];
      int k, n = m->nQual<31 ? m->nQual : 31;
      for(k=0; k<n; k++){
        char c = g->z[m->iQualStart+k];
        zQ[k] = (c>='A' && c<='Z') ? c+32 : (c=='\n' || c=='\t') ? ' ' : c;
      }
      rc = regEvidence(g, REG_T_MEETINGS, iId, "attendance_qualifier", zQ, n,
                       m->iQualStart, m->iQualStart + m->nQual);
    }
  }
  return rc;
}

/* Identity of a document, an action or a signatory being matched. */
typedef struct RegKey RegKey;
struct RegKey {
  i64 iMeeting;           /* meeting fact id, 0 for none */
  i64 iDoc;               /* document fact id */
  const char *zText;      /* kind, action, country or name */
  int iOrdinal;           /* document ordinal, 0 for none */
  const char *zPeriod;    /* document period "2008/2010", or NULL */
};

/* Bind a document RegKey: ?1 kind, ?2 ordinal, ?3 period. */
static void regBindDoc(sqlite3_stmt *pStmt, const void *pArg) {
  const RegKey *k = (const RegKey *)pArg;
  sqlite3_bind_text(pStmt, 1, k->zText, -1, SQLITE_STATIC);
  if( k->iOrdinal ) sqlite3_bind_int(pStmt, 2, k->iOrdinal);
  if( k->zPeriod && sqlite3_bind_parameter_count(pStmt)>=3 ){
    sqlite3_bind_text(pStmt, 3, k->zPeriod, -1, SQLITE_STATIC);
  }
}

/* Bind ?1 meeting, ?2 document, ?3 text (action or country). */
static void regBindTriple(sqlite3_stmt *pStmt, const void *pArg) {
  const RegKey *k = (const RegKey *)pArg;
  if( k->iMeeting ) sqlite3_bind_int64(pStmt, 1, k->iMeeting);
  sqlite3_bind_int64(pStmt, 2, k->iDoc);
  sqlite3_bind_text(pStmt, 3, k->zText, -1, SQLITE_STATIC);
}

/* Bind ?1 a name of iOrdinal bytes. */
static void regBindName(sqlite3_stmt *pStmt, const void *pArg) {
  const RegKey *k = (const RegKey *)pArg;
  sqlite3_bind_text(pStmt, 1, k->zText, k->iOrdinal, SQLITE_STATIC);
}

/* Names of COMMIT_DOC_* and COMMIT_ACT_*, as commit_parse writes them. */
static const char *const azRegDocKind[] = {
  "", "mou", "spa", "joint_declaration", "other",
};
static const char *const azRegAction[] = {
  "", "signed", "adopted", "endorsed", "reviewed", "discussed", "launched",
};

static i64 regActionMeeting(const RegIngest *g, int iMeeting);

/*
** A document already acted on in the same way at the same meeting, of the
** same kind and a compatible ordinal: "the Joint Declaration" signed at
** IMM2 is the first Joint Declaration another report says IMM2 signed.
** *piId is 0 if there is none.
*/
static int regDocAt(RegIngest *g, int iDoc, const RegKey *k, i64 *piId) {
  const CommitFacts *f = g->pFacts;
  int i, rc = SQLITE_OK;
  *piId = 0;
  for(i=0; rc==SQLITE_OK && *piId==0 && i<f->actions.n; i++){
    const CommitFAction *a = &((const CommitFAction *)f->actions.a)[i];
    i64 iMeeting;
    sqlite3_stmt *pStmt;
    if( a->bDrop || a->iDoc!=iDoc ) continue;
    iMeeting = regActionMeeting(g, a->iMeeting);
    if( iMeeting==0 ) continue;
    rc = regStmt(g->p, REG_S_DOC_AT, &pStmt);
    if( rc!=SQLITE_OK ) break;
    sqlite3_bind_text(pStmt, 1, k->zText, -1, SQLITE_STATIC);
    sqlite3_bind_int64(pStmt, 2, iMeeting);
    sqlite3_bind_text(pStmt, 3, azRegAction[a->eAction], -1, SQLITE_STATIC);
    if( k->iOrdinal ) sqlite3_bind_int(pStmt, 4, k->iOrdinal);
    rc = regInt(pStmt, piId);
  }
  return rc;
}

/* Documents of the report. */
static int regDocuments(RegIngest *g) {
  const CommitFacts *f = g->pFacts;
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<f->docs.n; i++){
    const CommitFDoc *d = &((const CommitFDoc *)f->docs.a)[i];
    RegKey k;
    i64 iId;
    char zPeriod[16];
    memset(&k, 0, sizeof(k));
    k.zText = azRegDocKind[d->eKind];
    k.iOrdinal = d->iOrdinal;
    if( d->iY1 ){
      sqlite3_snprintf(sizeof(zPeriod), zPeriod, "%04d/%04d", d->iY1, d->iY2);
      k.zPeriod = zPeriod;
    }
    rc = regDocAt(g, i, &k, &iId);
    if( rc==SQLITE_OK && iId==0 ){
      rc = regFindOrNew(g->p, REG_S_DOC, REG_S_NEW_DOC, regBindDoc, &k, &iId);
    }
    if( rc!=SQLITE_OK ) break;
    g->aDoc[i] = iId;
    rc = regEvidence(g, REG_T_DOCUMENTS, iId, "kind", k.zText, -1, d->iStart,
                     d->iEnd);
    if( rc==SQLITE_OK ) rc = regEvidenceInt(g, REG_T_DOCUMENTS, iId, "ordinal",
                                            d->iOrdinal, d->iStart, d->iEnd);
    if( rc==SQLITE_OK ) rc = regEvidenceSurface(g, REG_T_DOCUMENTS, iId, "title",
                                                d->iStart, d->iEnd);
    if( rc==SQLITE_OK && d->iY1 ){
      char zP[16];
      sqlite3_snprintf(sizeof(zP), zP, "%04d/%04d", d->iY1, d->iY2);
      rc = regEvidence(g, REG_T_DOCUMENTS, iId, "period", zP, -1, d->iStart,
                       d->iEnd);
    }
  }
  return rc;
}

/* Meeting fact id of an action's meeting index (0 for none). */
static i64 regActionMeeting(const RegIngest *g, int iMeeting) {
  const CommitFMeeting *m;
  if( iMeeting<0 ) return 0;
  m = &((const CommitFMeeting *)g->pFacts->meetings.a)[iMeeting];
  return m->bOut ? g->aMeeting[m->iOut] : 0;
}

/* Actions and signatories of the report. */
static int regActions(RegIngest *g) {
  const CommitFacts *f = g->pFacts;
  int i, j, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<f->actions.n; i++){
    const CommitFAction *a = &((const CommitFAction *)f->actions.a)[i];
    RegKey k;
    i64 iId;
    if( a->bDrop ) continue;
    memset(&k, 0, sizeof(k));
    k.iMeeting = regActionMeeting(g, a->iMeeting);
    k.iDoc = g->aDoc[a->iDoc];
    k.zText = azRegAction[a->eAction];
    rc = regFindOrNew(g->p, REG_S_ACTION, REG_S_NEW_ACTION, regBindTriple, &k,
                      &iId);
    if( rc==SQLITE_OK ) rc = regEvidence(g, REG_T_ACTIONS, iId, "action",
                                         k.zText, -1, a->iStart, a->iEnd);
    for(j=0; rc==SQLITE_OK && j<a->nParty; j++){
      rc = regEvidence(g, REG_T_ACTIONS, iId, "parties",
                       aCommitGazEntry[a->aParty[j]].zCode, -1, a->iStart,
                       a->iEnd);
    }
    if( a->eAction!=COMMIT_ACT_SIGNED ) continue;
    for(j=0; rc==SQLITE_OK && j<a->nParty; j++){
      RegKey ks = k;
      i64 iSig;
      ks.zText = aCommitGazEntry[a->aParty[j]].zCode;
      rc = regFindOrNew(g->p, REG_S_SIGNATORY, REG_S_NEW_SIGNATORY,
                        regBindTriple, &ks, &iSig);
      if( rc==SQLITE_OK ) rc = regEvidence(g, REG_T_SIGNATORIES, iSig,
                                           "country", ks.zText, -1, a->iStart,
                                           a->iEnd);
      if( rc==SQLITE_OK && a->aSigner[j] ){
        const CommitFPerson *q =
            &((const CommitFPerson *)f->people.a)[a->aSigner[j]-1];
        rc = regEvidenceSurface(g, REG_T_SIGNATORIES, iSig, "person", q->iName,
                                q->iName + q->nName);
        if( rc==SQLITE_OK && q->nTitle>0 ){
          rc = regEvidenceSurface(g, REG_T_SIGNATORIES, iSig, "title",
                                  q->iTitleStart, q->iTitleStart + q->nTitle);
        }
      }else if( rc==SQLITE_OK && a->iTitle>=0 ){
        rc = regEvidence(g, REG_T_SIGNATORIES, iSig, "title",
                         aCommitGazEntry[a->iTitle].zName, -1, a->iStart,
                         a->iEnd);
      }
    }
  }
  return rc;
}

/* People of the report. */
static int regPeople(RegIngest *g) {
  const CommitFacts *f = g->pFacts;
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<f->people.n; i++){
    const CommitFPerson *q = &((const CommitFPerson *)f->people.a)[i];
    RegKey k;
    i64 iId;
    int iCountry;
    char zName[256];
    memset(&k, 0, sizeof(k));
    /* The name as stored: white space collapsed ("Aung Kyaw\nSoe"). */
    k.zText = zName;
    k.iOrdinal = regCollapse(g->z, q->iName,
                             q->iName + (q->nName<(int)sizeof(zName) ? q->nName
                                         : (int)sizeof(zName)), zName);
    rc = regFindOrNew(g->p, REG_S_PERSON, REG_S_NEW_PERSON, regBindName, &k,
                      &iId);
    if( rc==SQLITE_OK ) rc = regEvidenceSurface(g, REG_T_PEOPLE, iId, "name",
                                                q->iName, q->iName + q->nName);
    if( rc==SQLITE_OK ) rc = regEvidenceSurface(g, REG_T_PEOPLE, iId,
                                                "honorific", q->iHonStart,
                                                q->iHonStart + q->nHon);
    if( rc==SQLITE_OK && q->iOffice>=0 ){
      if( q->nTitle>0 ){
        rc = regEvidenceSurface(g, REG_T_PEOPLE, iId, "title", q->iTitleStart,
                                q->iTitleStart + q->nTitle);
      }else{
        rc = regEvidence(g, REG_T_PEOPLE, iId, "title",
                         aCommitGazEntry[q->iOffice].zName, -1, q->iStart,
                         q->iEnd);
      }
    }
    if( rc==SQLITE_OK ){
      char zOrg[COMMIT_MAX_ORG_NAME];
      int nOrg = commitFactsPersonOrg(f, q, zOrg, sizeof(zOrg));
      if( nOrg>0 ){
        rc = regEvidence(g, REG_T_PEOPLE, iId, "organization", zOrg, nOrg,
                         q->iStart, q->iEnd);
      }
    }
    iCountry = q->iCountryOut;
    if( rc==SQLITE_OK && iCountry>=0 ){
      rc = regEvidence(g, REG_T_PEOPLE, iId, "country",
                       aCommitGazEntry[iCountry].zCode, -1, q->iStart, q->iEnd);
    }
  }
  return rc;
}

/* ==== Per-table statements ============================================= */

/*
** The statement in aSlot[eTable] (a per-table cache of RegVtab), made from
** zFmt with (schema, name, table suffix) when it is not prepared yet.
*/
static int regTableStmt(RegVtab *p, sqlite3_stmt **aSlot, int eTable,
                        const char *zFmt, sqlite3_stmt **pp) {
  return regCached(p, &aSlot[eTable], aSlot[eTable] ? 0 : sqlite3_mprintf(zFmt,
                   p->zDb, p->zName, azRegShadow[eTable]), pp);
}

/* INSERT OR REPLACE INTO <table> VALUES(?1, ..., ?n): puts a row back. */
static int regPutStmt(RegVtab *p, int eTable, sqlite3_stmt **pp) {
  char zVals[REG_MAX_COL*4+1];
  int i, n = 0;
  if( p->aPut[eTable]==0 ){
    for(i=0; i<aRegNCol[eTable]; i++){
      n += sqlite3_snprintf((int)sizeof(zVals)-n, zVals+n, "%s?%d", i ? "," : "",
                            i+1) ? (int)strlen(zVals+n) : 0;
    }
  }
  return regCached(p, &p->aPut[eTable], p->aPut[eTable] ? 0 : sqlite3_mprintf(
      "INSERT OR REPLACE INTO %Q.'%q_%q' VALUES(%s)", p->zDb, p->zName,
      azRegShadow[eTable], zVals), pp);
}

/*
** UPDATE <fact table> SET <each merged column>=?<column+1>, sources=?<n>
** WHERE id=?1: the parameters are numbered like the columns of SELECT *.
*/
static int regWriteStmt(RegVtab *p, int eTable, sqlite3_stmt **pp) {
  sqlite3_str *pSql;
  int k;
  if( p->aWrite[eTable] ) return regCached(p, &p->aWrite[eTable], 0, pp);
  pSql = sqlite3_str_new(p->db);
  sqlite3_str_appendf(pSql, "UPDATE %Q.'%q_%q' SET ", p->zDb, p->zName,
                      azRegShadow[eTable]);
  for(k=0; k<REG_N_FIELD; k++){
    if( aRegField[k].eTable!=eTable ) continue;
    sqlite3_str_appendf(pSql, "\"%w\"=?%d, ", aRegField[k].zField,
                        aRegField[k].iCol+1);
  }
  sqlite3_str_appendf(pSql, "sources=?%d WHERE id=?1", aRegNCol[eTable]);
  return regCached(p, &p->aWrite[eTable], sqlite3_str_finish(pSql), pp);
}

/* ==== Undo ============================================================= */

/*
** One entry of the undo log: a row to put back as it was, or a row the
** change added that is not found by its id (a report, a tally).  Rows the
** change added to the other tables are those above RegVtab.aMax.
*/
struct RegUndo {
  int eTable;             /* REG_T_* */
  sqlite3_value **apVal;  /* the row as it was (aRegNCol values), or 0 */
  i64 iId;                /* content, apVal 0: the report added */
  /* tallies: the row (zFact, iFact, zField, zKey) */
  i64 iFact;              /* its fact id */
  char *zFact;            /* sqlite3_malloc: fact NUL field NUL key NUL value NUL */
  char *zField, *zKey;    /* in zFact's buffer */
  char *zValue;           /* the value it had, or 0: it did not exist */
  i64 n, iFirst, iRow;    /* what it had (iRow 0: NULL) */
};

/* Free what entry u owns. */
static void regUndoClear(RegUndo *u) {
  int i;
  if( u->apVal ){
    for(i=0; i<aRegNCol[u->eTable]; i++) sqlite3_value_free(u->apVal[i]);
    sqlite3_free(u->apVal);
  }
  sqlite3_free(u->zFact);
  memset(u, 0, sizeof(*u));
}

/* Forget the undo log. */
static void regUndoEnd(RegVtab *p) {
  int i;
  for(i=0; i<p->nUndo; i++) regUndoClear(&p->aUndo[i]);
  sqlite3_free(p->aUndo);
  p->aUndo = 0;
  p->nUndo = p->nUndoAlloc = 0;
  p->bUndo = 0;
}

/*
** Start the undo log of a change.  Outside a transaction SQLite rolls a
** failed statement back itself: no log is kept.  Inside one, the highest
** id of each table is noted: what is above it afterwards was added.
*/
static int regUndoBegin(RegVtab *p) {
  static const int aT[] = { REG_T_MEETINGS, REG_T_DOCUMENTS, REG_T_ACTIONS,
    REG_T_SIGNATORIES, REG_T_PEOPLE, REG_T_EVIDENCE, REG_T_CONFLICTS };
  sqlite3_stmt *pStmt;
  int rc, i;
  regUndoEnd(p);
  if( sqlite3_get_autocommit(p->db) ) return SQLITE_OK;
  rc = regStmt(p, REG_S_MAX_IDS, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  if( sqlite3_step(pStmt)==SQLITE_ROW ){
    for(i=0; i<(int)(sizeof(aT)/sizeof(aT[0])); i++){
      p->aMax[aT[i]] = sqlite3_column_int64(pStmt, i);
    }
  }
  rc = sqlite3_reset(pStmt);
  if( rc==SQLITE_OK ) p->bUndo = 1;
  return rc;
}

/* A new, zeroed entry at the end of the log, or 0 if out of memory. */
static RegUndo *regUndoNew(RegVtab *p) {
  if( p->nUndo>=p->nUndoAlloc ){
    int nNew = p->nUndoAlloc ? p->nUndoAlloc*2 : 64;
    RegUndo *aNew = sqlite3_realloc64(p->aUndo, sizeof(RegUndo)*nNew);
    if( aNew==0 ) return 0;
    p->aUndo = aNew;
    p->nUndoAlloc = nNew;
  }
  memset(&p->aUndo[p->nUndo], 0, sizeof(RegUndo));
  return &p->aUndo[p->nUndo++];
}

/* Copies of the aRegNCol[eTable] columns pStmt is on, into *papVal. */
static int regDupRow(int eTable, sqlite3_stmt *pStmt, sqlite3_value ***papVal) {
  int i, n = aRegNCol[eTable];
  sqlite3_value **ap = sqlite3_malloc64(sizeof(*ap)*n);
  *papVal = 0;
  if( ap==0 ) return SQLITE_NOMEM;
  for(i=0; i<n; i++){
    ap[i] = sqlite3_value_dup(sqlite3_column_value(pStmt, i));
    if( ap[i]==0 ){
      while( --i>=0 ) sqlite3_value_free(ap[i]);
      sqlite3_free(ap);
      return SQLITE_NOMEM;
    }
  }
  *papVal = ap;
  return SQLITE_OK;
}

/* Log the row of table eTable that pStmt (a SELECT *) is on. */
static int regUndoRow(RegVtab *p, int eTable, sqlite3_stmt *pStmt) {
  sqlite3_value **ap;
  RegUndo *u;
  int rc;
  if( !p->bUndo ) return SQLITE_OK;
  rc = regDupRow(eTable, pStmt, &ap);
  if( rc!=SQLITE_OK ) return rc;
  u = regUndoNew(p);
  if( u==0 ){
    int i;
    for(i=0; i<aRegNCol[eTable]; i++) sqlite3_value_free(ap[i]);
    sqlite3_free(ap);
    return SQLITE_NOMEM;
  }
  u->eTable = eTable;
  u->apVal = ap;
  return SQLITE_OK;
}

/*
** Step bound statement pStmt (a SELECT * of table eTable) to its end,
** keeping each row in the undo log, and reset it.  Returns an SQLite code.
*/
static int regUndoRows(RegVtab *p, int eTable, sqlite3_stmt *pStmt) {
  int rc = SQLITE_OK;
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    rc = regUndoRow(p, eTable, pStmt);
  }
  if( rc==SQLITE_OK ) return sqlite3_reset(pStmt);
  sqlite3_reset(pStmt);
  return rc;
}

/* Log the row *papVal of table eTable, taking it over (*papVal becomes 0). */
static int regUndoTake(RegVtab *p, int eTable, sqlite3_value ***papVal) {
  RegUndo *u;
  if( !p->bUndo || *papVal==0 ) return SQLITE_OK;
  u = regUndoNew(p);
  if( u==0 ) return SQLITE_NOMEM;
  u->eTable = eTable;
  u->apVal = *papVal;
  *papVal = 0;
  return SQLITE_OK;
}

/*
** Log a tally row before it is written: (zFact, iFact, zField, zKey) had
** value zValue (0: no row), support n, first report iFirst, first row
** iRow (0: NULL).
*/
static int regUndoTally(RegVtab *p, const char *zFact, i64 iFact,
                        const char *zField, const char *zKey, int nKey,
                        const char *zValue, int nValue, i64 n, i64 iFirst,
                        i64 iRow) {
  RegUndo *u;
  char *z;
  int nFact, nField;
  if( !p->bUndo ) return SQLITE_OK;
  nFact = (int)strlen(zFact);
  nField = (int)strlen(zField);
  z = sqlite3_malloc64((i64)nFact + nField + nKey + nValue + 4);
  if( z==0 ) return SQLITE_NOMEM;
  u = regUndoNew(p);
  if( u==0 ){
    sqlite3_free(z);
    return SQLITE_NOMEM;
  }
  u->eTable = REG_T_TALLIES;
  u->zFact = z;
  memcpy(z, zFact, nFact+1);
  u->zField = z + nFact + 1;
  memcpy(u->zField, zField, nField+1);
  u->zKey = u->zField + nField + 1;
  memcpy(u->zKey, zKey, nKey);
  u->zKey[nKey] = 0;
  if( zValue ){
    u->zValue = u->zKey + nKey + 1;
    memcpy(u->zValue, zValue, nValue);
    u->zValue[nValue] = 0;
  }
  u->iFact = iFact;
  u->n = n;
  u->iFirst = iFirst;
  u->iRow = iRow;
  return SQLITE_OK;
}

/*
** Take back what the change wrote: the rows added above aMax (children
** first, for PRAGMA foreign_keys), then the log backwards.  Best effort:
** a failure here leaves what it could not undo (see 'rebuild').
*/
static void regUndoRun(RegVtab *p) {
  static const int aTrim[] = { REG_T_CONFLICTS, REG_T_EVIDENCE, REG_T_ACTIONS,
    REG_T_SIGNATORIES, REG_T_MEETINGS, REG_T_DOCUMENTS, REG_T_PEOPLE };
  sqlite3_stmt *pStmt;
  int i, j;
  if( !p->bUndo ) return;
  for(i=0; i<(int)(sizeof(aTrim)/sizeof(aTrim[0])); i++){
    if( regTableStmt(p, p->aTrim, aTrim[i], "DELETE FROM %Q.'%q_%q' WHERE id>?1",
                     &pStmt)==SQLITE_OK ){
      sqlite3_bind_int64(pStmt, 1, p->aMax[aTrim[i]]);
      regExec(pStmt);
    }
  }
  for(i=p->nUndo-1; i>=0; i--){
    RegUndo *u = &p->aUndo[i];
    if( u->eTable==REG_T_TALLIES ){
      if( regStmt(p, u->zValue ? REG_S_PUT_TALLY : REG_S_DEL_TALLY, &pStmt)
          !=SQLITE_OK ) continue;
      sqlite3_bind_text(pStmt, 1, u->zFact, -1, SQLITE_STATIC);
      sqlite3_bind_int64(pStmt, 2, u->iFact);
      sqlite3_bind_text(pStmt, 3, u->zField, -1, SQLITE_STATIC);
      sqlite3_bind_text(pStmt, 4, u->zKey, -1, SQLITE_STATIC);
      if( u->zValue ){
        sqlite3_bind_text(pStmt, 5, u->zValue, -1, SQLITE_STATIC);
        sqlite3_bind_int64(pStmt, 6, u->n);
        sqlite3_bind_int64(pStmt, 7, u->iFirst);
        if( u->iRow ) sqlite3_bind_int64(pStmt, 8, u->iRow);
      }
    }else if( u->apVal==0 ){
      if( regTableStmt(p, p->aDrop, u->eTable, "DELETE FROM %Q.'%q_%q' WHERE id=?1",
                       &pStmt)!=SQLITE_OK ) continue;
      sqlite3_bind_int64(pStmt, 1, u->iId);
    }else{
      if( regPutStmt(p, u->eTable, &pStmt)!=SQLITE_OK ) continue;
      for(j=0; j<aRegNCol[u->eTable]; j++) sqlite3_bind_value(pStmt, j+1, u->apVal[j]);
    }
    regExec(pStmt);
  }
  regUndoEnd(p);
}

/* ==== Merging: tallies ================================================= */

/*
** How the fields merge, and the rules the old per-field SQL followed (it is
** kept as the oracle of 'integrity-check'):
**   - one-value fields and surfaces group their values without case
**     (GROUP BY value COLLATE NOCASE); a group shows the spelling of its
**     earliest report (its first row there); support is the number of
**     reports in the group; the best is the most supported, then the
**     longest (in characters), then the one of the earliest report, then
**     the first by its key;
**   - a date's support counts the reports that gave it or a coarser date
**     that contains it ("2007-12" for "2007-12-14"); order as above;
**   - a list is every value, most supported first, then in the order they
**     were first seen (their first evidence row);
**   - attendance_qualifier counts the reports that gave the chosen
**     attendance; its key is "<attendance> <qualifier>".
*/

/* One tally row of a fact, in memory. */
typedef struct RegTally RegTally;
struct RegTally {
  int k;                  /* field: index in aRegField */
  int nKey, nValue;       /* lengths in bytes */
  char *zKey;             /* sqlite3_malloc: key NUL value NUL loaded NUL */
  char *zValue;           /* the value (a spelling), in zKey's buffer */
  char *zLoaded;          /* the value as loaded, in zKey's buffer */
  i64 n;                  /* reports behind it (0: gone) */
  i64 iFirst;             /* the earliest of them */
  i64 iRow;               /* list: its first evidence row there, else 0 */
  i64 nLoaded, iFirstLoaded, iRowLoaded; /* as loaded */
  u8 bLoaded;             /* the row is in the table */
};

/* A fact being merged: its stored row, its tallies and its new values. */
typedef struct RegFactW RegFactW;
struct RegFactW {
  int eTable;             /* REG_T_MEETINGS .. REG_T_PEOPLE */
  i64 iId;                /* fact id */
  int iEv, nEv;           /* the report's rows of it in RegOp.aEv */
  sqlite3_value **apRow;  /* the stored row (aRegNCol values), 0 if none */
  RegTally *aT;           /* its tallies */
  int nT, nTAlloc;        /* used and allocated entries of aT */
  const char *azNew[REG_MAX_COL]; /* new value of each merged column (0: NULL) */
  char *azOwn[REG_MAX_COL];       /* buffers of azNew it owns (lists) */
  i64 nSources;           /* reports behind it */
  int *aOrd[2];           /* meetings: start and end candidates, best first */
  int nOrd[2];            /*   (indexes into aT) */
  unsigned int mChoose;   /* bit k: field k is chosen again (its tallies,
                          ** or those that can win, are loaded) */
  unsigned int mRewrite;  /* bit k: field k's conflicts are rewritten */
  u8 bRow;                /* its row was found */
  u8 bMoved;              /* meetings: its place in its series may move */
  u8 bDeleted;            /* no evidence left: the row goes */
};

/* True if field k groups its values without case (one value, surface). */
static int regNocase(int k) {
  return aRegField[k].eMerge==REG_F_VALUE || aRegField[k].eMerge==REG_F_SURFACE;
}

/* Copy z[0,n) to zOut with ASCII upper case folded (SQLite's lower()). */
static void regFold(char *zOut, const char *z, int n) {
  int i;
  for(i=0; i<n; i++){
    char c = z[i];
    zOut[i] = (c>='A' && c<='Z') ? c+32 : c;
  }
}

/* SQLite's length() of text z[0,n): characters, a stray byte for one. */
static int regCharLen(const char *z, int n) {
  int i = 0, len = 0;
  while( i<n ){
    len++;
    if( (unsigned char)z[i++]>=0xc0 ){
      while( i<n && ((unsigned char)z[i] & 0xc0)==0x80 ) i++;
    }
  }
  return len;
}

/* SQLite's BINARY comparison of a[0,na) and b[0,nb). */
static int regBinCmp(const char *a, int na, const char *b, int nb) {
  int c = memcmp(a, b, na<nb ? na : nb);
  return c ? c : na - nb;
}

/* Free what f owns. */
static void regFactFree(RegFactW *f) {
  int i;
  if( f->apRow ){
    for(i=0; i<aRegNCol[f->eTable]; i++) sqlite3_value_free(f->apRow[i]);
    sqlite3_free(f->apRow);
  }
  for(i=0; i<f->nT; i++) sqlite3_free(f->aT[i].zKey);
  sqlite3_free(f->aT);
  for(i=0; i<REG_MAX_COL; i++) sqlite3_free(f->azOwn[i]);
  sqlite3_free(f->aOrd[0]);
  sqlite3_free(f->aOrd[1]);
  memset(f->azNew, 0, sizeof(f->azNew));
  memset(f->azOwn, 0, sizeof(f->azOwn));
  f->apRow = 0;
  f->aT = 0;
  f->nT = f->nTAlloc = 0;
  f->aOrd[0] = f->aOrd[1] = 0;
}

/* Tally of field k with key zKey in f, or -1. */
static int regTallyFind(const RegFactW *f, int k, const char *zKey, int nKey) {
  int i;
  for(i=0; i<f->nT; i++){
    const RegTally *t = &f->aT[i];
    if( t->k==k && t->nKey==nKey && memcmp(t->zKey, zKey, nKey)==0 ) return i;
  }
  return -1;
}

/*
** Add a tally to f: field k, key, value, support n, first report iFirst,
** first row iRow; bLoaded if it is in the table.  Returns its index, or -1
** (no memory).
*/
static int regTallyAdd(RegFactW *f, int k, const char *zKey, int nKey,
                       const char *zValue, int nValue, i64 n, i64 iFirst,
                       i64 iRow, int bLoaded) {
  RegTally *t;
  char *z;
  if( f->nT>=f->nTAlloc ){
    int nNew = f->nTAlloc ? f->nTAlloc*2 : 16;
    RegTally *aNew = sqlite3_realloc64(f->aT, sizeof(RegTally)*nNew);
    if( aNew==0 ) return -1;
    f->aT = aNew;
    f->nTAlloc = nNew;
  }
  z = sqlite3_malloc64((i64)nKey + 2*(i64)nValue + 3);
  if( z==0 ) return -1;
  t = &f->aT[f->nT];
  memset(t, 0, sizeof(*t));
  t->k = k;
  t->nKey = nKey;
  t->nValue = nValue;
  t->zKey = z;
  t->zValue = z + nKey + 1;
  t->zLoaded = t->zValue + nValue + 1;
  memcpy(t->zKey, zKey, nKey);
  t->zKey[nKey] = 0;
  memcpy(t->zValue, zValue, nValue);
  t->zValue[nValue] = 0;
  memcpy(t->zLoaded, zValue, nValue);
  t->zLoaded[nValue] = 0;
  t->n = t->nLoaded = n;
  t->iFirst = t->iFirstLoaded = iFirst;
  t->iRow = t->iRowLoaded = iRow;
  t->bLoaded = (u8)bLoaded;
  return f->nT++;
}

/* Give tally t the spelling z of its key (same length), if it is one. */
static void regTallySpell(RegTally *t, const char *z, int n) {
  if( n==t->nValue ) memcpy(t->zValue, z, n);
}

/*
** Load the row of fact f (eTable, iId set) into f->apRow (bRow 0: none).
** Each value gets its text form now: converting a number later could fail
** for memory and turn it into NULL unnoticed.
*/
static int regFactLoadRow(RegVtab *p, RegFactW *f) {
  sqlite3_stmt *pStmt;
  int rc = regTableStmt(p, p->aRow, f->eTable,
                        "SELECT * FROM %Q.'%q_%q' WHERE id=?1", &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_int64(pStmt, 1, f->iId);
  rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW ){
    int i;
    rc = regDupRow(f->eTable, pStmt, &f->apRow);
    for(i=0; rc==SQLITE_OK && i<aRegNCol[f->eTable]; i++){
      if( sqlite3_value_type(f->apRow[i])!=SQLITE_NULL
       && sqlite3_value_text(f->apRow[i])==0 ){
        rc = SQLITE_NOMEM;
      }
    }
    f->bRow = 1;
    if( rc==SQLITE_OK ){
      f->nSources = sqlite3_column_int64(pStmt, aRegNCol[f->eTable]-1);
    }
    sqlite3_reset(pStmt);
    return rc;
  }
  return sqlite3_reset(pStmt);
}

/*
** Load tallies of fact f into f->aT: those of every field (k<0), of field
** k (zKey 0), or the one of field k and key zKey[0,nKey) when there is one
** and it is not loaded yet.
*/
static int regFactLoadTallies(RegVtab *p, RegFactW *f, int k, const char *zKey,
                              int nKey) {
  sqlite3_stmt *pStmt;
  int rc, i0 = k<0 ? 1 : 0;     /* column of the key */
  if( zKey && regTallyFind(f, k, zKey, nKey)>=0 ) return SQLITE_OK;
  rc = regStmt(p, k<0 ? REG_S_FACT_TALLIES : zKey ? REG_S_KEY_TALLY
                                                  : REG_S_FIELD_TALLIES, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(pStmt, 1, azRegShadow[f->eTable], -1, SQLITE_STATIC);
  sqlite3_bind_int64(pStmt, 2, f->iId);
  if( k>=0 ) sqlite3_bind_text(pStmt, 3, aRegField[k].zField, -1, SQLITE_STATIC);
  if( zKey ) sqlite3_bind_text(pStmt, 4, zKey, nKey, SQLITE_STATIC);
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    int kRow = k<0 ? regFieldOf(f->eTable, (const char *)sqlite3_column_text(pStmt, 0)) : k;
    const char *zK = (const char *)sqlite3_column_text(pStmt, i0);
    const char *zV = (const char *)sqlite3_column_text(pStmt, i0+1);
    if( kRow<0 || zK==0 || zV==0 ){
      if( sqlite3_errcode(p->db)==SQLITE_NOMEM ){ rc = SQLITE_NOMEM; break; }
      continue;                          /* not a field of ours */
    }
    if( regTallyAdd(f, kRow, zK, sqlite3_column_bytes(pStmt, i0), zV,
                    sqlite3_column_bytes(pStmt, i0+1),
                    sqlite3_column_int64(pStmt, i0+2),
                    sqlite3_column_int64(pStmt, i0+3),
                    sqlite3_column_int64(pStmt, i0+4), 1)<0 ){
      rc = SQLITE_NOMEM;
      break;
    }
  }
  if( rc==SQLITE_ROW || rc==SQLITE_DONE ) rc = SQLITE_OK;
  if( rc==SQLITE_OK ) return sqlite3_reset(pStmt);
  sqlite3_reset(pStmt);
  return rc;
}

/* Load fact f with all its tallies (its row too unless loaded); every
** field is to be chosen. */
static int regFactLoad(RegVtab *p, RegFactW *f) {
  int rc = f->bRow ? SQLITE_OK : regFactLoadRow(p, f), k;
  if( rc==SQLITE_OK ) rc = regFactLoadTallies(p, f, -1, 0, 0);
  for(k=0; k<REG_N_FIELD; k++){
    if( aRegField[k].eTable==f->eTable ) f->mChoose |= 1u<<k;
  }
  return rc;
}

/*
** The earliest report (and its spelling, into tally t) of the value group
** of tally t of fact f, from the evidence left: t->iFirst, or t->n 0 when
** no evidence has it any more.
*/
static int regTallyRefirst(RegVtab *p, RegFactW *f, RegTally *t) {
  sqlite3_stmt *pStmt;
  int rc = regStmt(p, REG_S_FIRST_REPORT, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(pStmt, 1, azRegShadow[f->eTable], -1, SQLITE_STATIC);
  sqlite3_bind_int64(pStmt, 2, f->iId);
  sqlite3_bind_text(pStmt, 3, aRegField[t->k].zField, -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 4, t->zKey, t->nKey, SQLITE_STATIC);
  rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW ){
    const char *z = (const char *)sqlite3_column_text(pStmt, 1);
    if( z==0 ){
      sqlite3_reset(pStmt);
      return SQLITE_NOMEM;
    }
    t->iFirst = sqlite3_column_int64(pStmt, 0);
    if( regNocase(t->k) ) regTallySpell(t, z, sqlite3_column_bytes(pStmt, 1));
  }else if( rc==SQLITE_DONE ){
    t->n = 0;
  }
  return sqlite3_reset(pStmt);
}

/*
** Field k of fact f, one-value or surface: the report iReport's rows
** a[0,n) (sorted by value, then id) join (eSign 1) or leave (-1) the
** tallies.  A group takes the spelling of its first row in the report.
*/
static int regDeltaValue(RegVtab *p, RegFactW *f, int k, const RegEv *a, int n,
                         i64 iReport, int eSign) {
  int i, j, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<n; i++){
    char zStack[128], *zKey = zStack;
    int iBest = i, bSeen = 0, iT;
    if( a[i].z==0 ) continue;
    if( a[i].n>=(int)sizeof(zStack) ){
      zKey = sqlite3_malloc64(a[i].n + 1);
      if( zKey==0 ) return SQLITE_NOMEM;
    }
    regFold(zKey, a[i].z, a[i].n);
    /* one group per key: skip a spelling met before; the group's spelling
    ** is its first row (lowest id) */
    for(j=0; j<n && !bSeen; j++){
      if( j==i || a[j].z==0 || a[j].n!=a[i].n || sqlite3_strnicmp(a[j].z, a[i].z, a[i].n) ){
        continue;
      }
      if( j<i ) bSeen = 1;
      else if( a[j].iId<a[iBest].iId ) iBest = j;
    }
    if( !bSeen ){
      iT = regTallyFind(f, k, zKey, a[i].n);
      if( eSign>0 ){
        if( iT<0 ){
          if( regTallyAdd(f, k, zKey, a[i].n, a[iBest].z, a[iBest].n, 1, iReport, 0, 0)<0 ){
            rc = SQLITE_NOMEM;
          }
        }else{
          RegTally *t = &f->aT[iT];
          t->n++;
          if( iReport<t->iFirst ){
            t->iFirst = iReport;
            regTallySpell(t, a[iBest].z, a[iBest].n);
          }
        }
      }else if( iT>=0 ){
        RegTally *t = &f->aT[iT];
        t->n--;
        if( t->n>0 && t->iFirst==iReport ) rc = regTallyRefirst(p, f, t);
      }
    }
    if( zKey!=zStack ) sqlite3_free(zKey);
  }
  return rc;
}

/* True if a report that gave date zGiven supports date z: the same, or
** coarser and containing it (SQL: z LIKE zGiven||'-%'). */
static int regDateCovers(const char *zGiven, int nGiven, const char *z, int n) {
  if( n==nGiven ) return memcmp(z, zGiven, n)==0;
  return n>nGiven && sqlite3_strnicmp(z, zGiven, nGiven)==0 && z[nGiven]=='-';
}

/* True if some value of a[0,n) supports date z. */
static int regDateCoveredBy(const RegEv *a, int n, const char *z, int nz) {
  int i;
  for(i=0; i<n; i++){
    if( a[i].z && regDateCovers(a[i].z, a[i].n, z, nz) ) return 1;
  }
  return 0;
}

/*
** A date field k of meeting f: rows a[0,n) of report iReport join or leave
** the tallies.  A date's support counts the reports that gave it or a
** coarser date containing it; a new date starts from the support of the
** finest date already tallied that contains it (those are the reports
** that support it already).
*/
static int regDeltaDate(RegVtab *p, RegFactW *f, int k, const RegEv *a, int n,
                        i64 iReport, int eSign) {
  int i, j, nOld = f->nT, rc = SQLITE_OK;
  if( eSign>0 ){
    i64 aStack[8], *aBase = aStack;
    if( n>8 ){
      aBase = sqlite3_malloc64(sizeof(i64)*n);
      if( aBase==0 ) return SQLITE_NOMEM;
    }
    /* support of each new date before this report, from the old tallies */
    for(i=0; i<n; i++){
      int iBest = -1;
      aBase[i] = 0;
      if( a[i].z==0 || regTallyFind(f, k, a[i].z, a[i].n)>=0 ) continue;
      for(j=0; j<nOld; j++){
        const RegTally *t = &f->aT[j];
        if( t->k!=k || t->n<=0 || t->nValue>=a[i].n ) continue;
        if( regDateCovers(t->zValue, t->nValue, a[i].z, a[i].n)
         && (iBest<0 || t->nValue>f->aT[iBest].nValue) ){
          iBest = j;
        }
      }
      if( iBest>=0 ) aBase[i] = f->aT[iBest].n;
    }
    for(j=0; j<nOld; j++){
      RegTally *t = &f->aT[j];
      if( t->k!=k || t->n<=0 ) continue;
      if( regDateCoveredBy(a, n, t->zValue, t->nValue) ){
        t->n++;
        for(i=0; i<n; i++){
          if( a[i].z && a[i].n==t->nValue && memcmp(a[i].z, t->zValue, a[i].n)==0
           && iReport<t->iFirst ){
            t->iFirst = iReport;
          }
        }
      }
    }
    for(i=0; rc==SQLITE_OK && i<n; i++){
      if( a[i].z==0 || regTallyFind(f, k, a[i].z, a[i].n)>=0 ) continue;
      if( regTallyAdd(f, k, a[i].z, a[i].n, a[i].z, a[i].n, aBase[i]+1, iReport,
                      0, 0)<0 ){
        rc = SQLITE_NOMEM;
      }
    }
    if( aBase!=aStack ) sqlite3_free(aBase);
    return rc;
  }
  for(j=0; j<f->nT; j++){
    RegTally *t = &f->aT[j];
    if( t->k==k && t->n>0 && regDateCoveredBy(a, n, t->zValue, t->nValue) ) t->n--;
  }
  for(i=0; rc==SQLITE_OK && i<n; i++){
    int iT;
    if( a[i].z==0 || (i>0 && a[i-1].z && a[i-1].n==a[i].n
                      && memcmp(a[i-1].z, a[i].z, a[i].n)==0) ){
      continue;
    }
    iT = regTallyFind(f, k, a[i].z, a[i].n);
    if( iT>=0 && f->aT[iT].n>0 ) rc = regTallyRefirst(p, f, &f->aT[iT]);
    else if( iT>=0 ) f->aT[iT].n = 0;
  }
  return rc;
}

/*
** A list field k of fact f: rows a[0,n) of report iReport join or leave.
** Values tie on support by their earliest report, then by their first row
** in it (the order the report gives them).
*/
static int regDeltaList(RegVtab *p, RegFactW *f, int k, const RegEv *a, int n,
                        i64 iReport, int eSign) {
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<n; i++){
    int iT;
    if( a[i].z==0 || (i>0 && a[i-1].z && a[i-1].n==a[i].n
                      && memcmp(a[i-1].z, a[i].z, a[i].n)==0) ){
      continue;                 /* rows are sorted by value, then id */
    }
    iT = regTallyFind(f, k, a[i].z, a[i].n);
    if( eSign>0 ){
      if( iT>=0 ){
        RegTally *t = &f->aT[iT];
        t->n++;
        if( iReport<t->iFirst ){
          t->iFirst = iReport;
          t->iRow = a[i].iId;
        }
      }else if( regTallyAdd(f, k, a[i].z, a[i].n, a[i].z, a[i].n, 1, iReport,
                            a[i].iId, 0)<0 ){
        rc = SQLITE_NOMEM;
      }
    }else if( iT>=0 ){
      RegTally *t = &f->aT[iT];
      t->n--;
      if( t->n>0 && t->iFirst==iReport ){
        sqlite3_stmt *pStmt;
        rc = regStmt(p, REG_S_FIRST_EVIDENCE, &pStmt);
        if( rc!=SQLITE_OK ) break;
        sqlite3_bind_text(pStmt, 1, azRegShadow[f->eTable], -1, SQLITE_STATIC);
        sqlite3_bind_int64(pStmt, 2, f->iId);
        sqlite3_bind_text(pStmt, 3, aRegField[k].zField, -1, SQLITE_STATIC);
        sqlite3_bind_text(pStmt, 4, t->zKey, t->nKey, SQLITE_STATIC);
        rc = sqlite3_step(pStmt);
        if( rc==SQLITE_ROW ){
          t->iFirst = sqlite3_column_int64(pStmt, 0);
          t->iRow = sqlite3_column_int64(pStmt, 1);
        }else if( rc==SQLITE_DONE ){
          t->n = 0;
        }
        rc = sqlite3_reset(pStmt);
      }
    }
  }
  return rc;
}

/*
** attendance_qualifier (field k) of meeting f: report iReport's qualifiers
** aQ[0,nQ) count for each attendance aA[0,nA) it gave, under the key
** "<attendance> <qualifier>".
*/
static int regDeltaQualifier(RegVtab *p, RegFactW *f, int k, const RegEv *aQ,
                             int nQ, const RegEv *aA, int nA, i64 iReport,
                             int eSign) {
  int i, j, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<nA; i++){
    if( aA[i].z==0 || (i>0 && aA[i-1].z && aA[i-1].n==aA[i].n
                       && memcmp(aA[i-1].z, aA[i].z, aA[i].n)==0) ){
      continue;
    }
    for(j=0; rc==SQLITE_OK && j<nQ; j++){
      char *zKey;
      int nKey, iT;
      if( aQ[j].z==0 || (j>0 && aQ[j-1].z && aQ[j-1].n==aQ[j].n
                         && memcmp(aQ[j-1].z, aQ[j].z, aQ[j].n)==0) ){
        continue;
      }
      zKey = sqlite3_mprintf("%.*s %.*s", aA[i].n, aA[i].z, aQ[j].n, aQ[j].z);
      if( zKey==0 ) return SQLITE_NOMEM;
      nKey = (int)strlen(zKey);
      iT = regTallyFind(f, k, zKey, nKey);
      if( eSign>0 ){
        if( iT>=0 ){
          if( iReport<f->aT[iT].iFirst ) f->aT[iT].iFirst = iReport;
          f->aT[iT].n++;
        }else if( regTallyAdd(f, k, zKey, nKey, aQ[j].z, aQ[j].n, 1, iReport, 0, 0)<0 ){
          rc = SQLITE_NOMEM;
        }
      }else if( iT>=0 ){
        RegTally *t = &f->aT[iT];
        t->n--;
        if( t->n>0 && t->iFirst==iReport ){
          sqlite3_stmt *pStmt;
          rc = regStmt(p, REG_S_FIRST_QUALIFIER, &pStmt);
          if( rc==SQLITE_OK ){
            sqlite3_bind_int64(pStmt, 1, f->iId);
            sqlite3_bind_text(pStmt, 2, aA[i].z, aA[i].n, SQLITE_STATIC);
            sqlite3_bind_text(pStmt, 3, aQ[j].z, aQ[j].n, SQLITE_STATIC);
            rc = regInt(pStmt, &t->iFirst);
            if( rc==SQLITE_OK && t->iFirst==0 ) t->n = 0;
          }
        }
      }
      sqlite3_free(zKey);
    }
  }
  return rc;
}

/* ==== Merging: choosing the values ===================================== */

/* Order of one-value candidates: best first (<0: a before b). */
static int regCmpValue(const RegTally *a, const RegTally *b) {
  int c;
  if( a->n!=b->n ) return a->n>b->n ? -1 : 1;
  c = regCharLen(b->zValue, b->nValue) - regCharLen(a->zValue, a->nValue);
  if( c ) return c;
  if( a->iFirst!=b->iFirst ) return a->iFirst<b->iFirst ? -1 : 1;
  return regBinCmp(a->zKey, a->nKey, b->zKey, b->nKey);
}

/* Order of list values: most supported, then earliest report, then the
** order that report gives them. */
static int regCmpList(const RegTally *a, const RegTally *b) {
  if( a->n!=b->n ) return a->n>b->n ? -1 : 1;
  if( a->iFirst!=b->iFirst ) return a->iFirst<b->iFirst ? -1 : 1;
  if( a->iRow!=b->iRow ) return a->iRow<b->iRow ? -1 : 1;
  return regBinCmp(a->zKey, a->nKey, b->zKey, b->nKey);
}

/* Order of qualifiers: most supported, then earliest report, then value. */
static int regCmpQualifier(const RegTally *a, const RegTally *b) {
  if( a->n!=b->n ) return a->n>b->n ? -1 : 1;
  if( a->iFirst!=b->iFirst ) return a->iFirst<b->iFirst ? -1 : 1;
  return regBinCmp(a->zValue, a->nValue, b->zValue, b->nValue);
}

/*
** The live tallies of field k of f (those whose key starts with zPrefix,
** when given), best first by xCmp, into *paOrd (sqlite3_malloc) and *pn.
*/
static int regOrder(const RegFactW *f, int k,
                    int (*xCmp)(const RegTally *, const RegTally *),
                    const char *zPrefix, int **paOrd, int *pn) {
  int i, j, n = 0, nPrefix = zPrefix ? (int)strlen(zPrefix) : 0;
  int *a = sqlite3_malloc64(sizeof(int)*(f->nT+1));
  *paOrd = 0;
  *pn = 0;
  if( a==0 ) return SQLITE_NOMEM;
  for(i=0; i<f->nT; i++){
    const RegTally *t = &f->aT[i];
    if( t->k!=k || t->n<=0 ) continue;
    if( zPrefix && (t->nKey<nPrefix || memcmp(t->zKey, zPrefix, nPrefix)) ) continue;
    for(j=n; j>0 && xCmp(t, &f->aT[a[j-1]])<0; j--) a[j] = a[j-1];
    a[j] = i;
    n++;
  }
  *paOrd = a;
  *pn = n;
  return SQLITE_OK;
}

/* The best live tally of field k of f by xCmp, or 0. */
static RegTally *regBest(RegFactW *f, int k,
                         int (*xCmp)(const RegTally *, const RegTally *)) {
  RegTally *pBest = 0;
  int i;
  for(i=0; i<f->nT; i++){
    RegTally *t = &f->aT[i];
    if( t->k==k && t->n>0 && (pBest==0 || xCmp(t, pBest)<0) ) pBest = t;
  }
  return pBest;
}

/* Append z[0,n) to pOut as a JSON string, as SQLite's json functions
** write one. */
static void regJsonString(sqlite3_str *pOut, const char *z, int n) {
  static const char aSpecial[32] = {
    0, 0, 0, 0, 0, 0, 0, 0, 'b', 't', 'n', 0, 'f', 'r', 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  };
  int i;
  sqlite3_str_appendchar(pOut, 1, '"');
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c=='"' || c=='\\' ){
      sqlite3_str_appendchar(pOut, 1, '\\');
      sqlite3_str_appendchar(pOut, 1, (char)c);
    }else if( c<=0x1f ){
      if( aSpecial[c] ){
        sqlite3_str_appendchar(pOut, 1, '\\');
        sqlite3_str_appendchar(pOut, 1, aSpecial[c]);
      }else{
        sqlite3_str_appendf(pOut, "\\u00%c%c", '0'+(c>>4), "0123456789abcdef"[c&0xf]);
      }
    }else{
      sqlite3_str_appendchar(pOut, 1, (char)c);
    }
  }
  sqlite3_str_appendchar(pOut, 1, '"');
}

/* List field k of f as a JSON array (most supported first), into *pz. */
static int regListJson(sqlite3 *db, const RegFactW *f, int k, char **pz) {
  int *a, n, i, rc;
  sqlite3_str *pOut;
  *pz = 0;
  rc = regOrder(f, k, regCmpList, 0, &a, &n);
  if( rc!=SQLITE_OK ) return rc;
  pOut = sqlite3_str_new(db);
  sqlite3_str_appendchar(pOut, 1, '[');
  for(i=0; i<n; i++){
    if( i ) sqlite3_str_appendchar(pOut, 1, ',');
    regJsonString(pOut, f->aT[a[i]].zValue, f->aT[a[i]].nValue);
  }
  sqlite3_str_appendchar(pOut, 1, ']');
  sqlite3_free(a);
  rc = sqlite3_str_errcode(pOut);
  *pz = sqlite3_str_finish(pOut);
  if( rc==SQLITE_OK && *pz==0 ) rc = SQLITE_NOMEM;
  if( rc!=SQLITE_OK ){
    sqlite3_free(*pz);
    *pz = 0;
  }
  return rc;
}

/*
** Choose every merged field of f from its tallies into f->azNew.  Dates
** take their best candidate here (f->aOrd keeps them in order); the
** numbered meetings of a series may get others from regSeries.
*/
static int regFactChoose(sqlite3 *db, RegFactW *f) {
  int k, rc = SQLITE_OK;
  for(k=0; rc==SQLITE_OK && k<REG_N_FIELD; k++){
    const RegField *pF = &aRegField[k];
    RegTally *t;
    if( pF->eTable!=f->eTable ) continue;
    f->azNew[pF->iCol] = 0;
    if( (f->mChoose & (1u<<k))==0 ){
      /* not chosen again: it keeps its value (a new fact's list, "[]") */
      if( f->apRow && sqlite3_value_type(f->apRow[pF->iCol])!=SQLITE_NULL ){
        f->azNew[pF->iCol] = (const char *)sqlite3_value_text(f->apRow[pF->iCol]);
        if( f->azNew[pF->iCol]==0 ) rc = SQLITE_NOMEM;
      }else if( pF->eMerge==REG_F_LIST ){
        f->azNew[pF->iCol] = "[]";
      }
      continue;
    }
    switch( pF->eMerge ){
      case REG_F_LIST:
        sqlite3_free(f->azOwn[pF->iCol]);
        rc = regListJson(db, f, k, &f->azOwn[pF->iCol]);
        f->azNew[pF->iCol] = f->azOwn[pF->iCol];
        break;
      case REG_F_DATE: {
        int j = k==REG_K_START ? 0 : 1;
        sqlite3_free(f->aOrd[j]);
        rc = regOrder(f, k, regCmpValue, 0, &f->aOrd[j], &f->nOrd[j]);
        if( rc==SQLITE_OK && f->nOrd[j] ){
          f->azNew[pF->iCol] = f->aT[f->aOrd[j][0]].zValue;
        }
        break;
      }
      case REG_F_QUALIFIER: {
        /* from the reports that gave the chosen attendance */
        const char *zAtt = f->azNew[aRegField[REG_K_ATTENDANCE].iCol];
        if( zAtt ){
          char *zPrefix = sqlite3_mprintf("%s ", zAtt);
          int *a, n;
          if( zPrefix==0 ) return SQLITE_NOMEM;
          rc = regOrder(f, k, regCmpQualifier, zPrefix, &a, &n);
          if( rc==SQLITE_OK && n ) f->azNew[pF->iCol] = f->aT[a[0]].zValue;
          if( rc==SQLITE_OK ) sqlite3_free(a);
          sqlite3_free(zPrefix);
        }
        break;
      }
      default:
        t = regBest(f, k, regCmpValue);
        if( t ) f->azNew[pF->iCol] = t->zValue;
        break;
    }
  }
  return rc;
}

/* ==== The order of a series ============================================ */

/*
** Compare ISO dates a and b at the coarser of their grains: <0, 0, >0.
*/
static int regDateCmp(const char *a, const char *b) {
  int na = (int)strlen(a), nb = (int)strlen(b);
  return strncmp(a, b, na<nb ? na : nb);
}

/* Text of value v, "" for NULL; 0 only when out of memory. */
static const char *regText(sqlite3_value *v) {
  const char *z;
  if( v==0 || sqlite3_value_type(v)==SQLITE_NULL ) return "";
  z = (const char *)sqlite3_value_text(v);
  return z;
}

/* True if column iCol of the stored row of f is NULL (or there is none). */
static int regRowNull(const RegFactW *f, int iCol) {
  return f->apRow==0 || sqlite3_value_type(f->apRow[iCol])==SQLITE_NULL;
}

/* An integer written in z (a meeting's number), or 0. */
static i64 regAtoi(const char *z) {
  i64 v = 0;
  int bNeg = 0;
  if( z==0 ) return 0;
  if( *z=='-' ){ bNeg = 1; z++; }
  while( *z>='0' && *z<='9' && v<((i64)1<<58) ) v = v*10 + (*z++ - '0');
  return bNeg ? -v : v;
}

/* A numbered meeting of a series, while its dates are chosen. */
typedef struct RegMember RegMember;
struct RegMember {
  i64 iNum;               /* its number */
  RegFactW *f;            /* the meeting (loaded here, or the operation's) */
  int bOwn;               /* f was loaded by regSeries */
  const char *az[2];      /* start and end being chosen */
};

/* qsort: members by number, then id. */
static int regMemberCmp(const void *pa, const void *pb) {
  const RegMember *a = (const RegMember *)pa, *b = (const RegMember *)pb;
  if( a->iNum!=b->iNum ) return a->iNum<b->iNum ? -1 : 1;
  return a->f->iId<b->f->iId ? -1 : a->f->iId>b->f->iId;
}

/* The date a member counts with in the order: its start, else its end. */
static const char *regMemberKey(const RegMember *m) {
  return m->az[0] ? m->az[0] : m->az[1];
}

/* Most passes over a series before its dates are left as they are. */
#define REG_SERIES_PASSES 8

/*
** Choose the dates of the members a[0,n) (sorted by number) of a series:
** each takes, for its start and its end, the best supported candidate that
** keeps the series in order -- not before the latest date of a lower
** number, not after the earliest date of a higher one, compared at the
** coarser grain -- else its best supported one.  The meetings start from
** their best candidates and are revisited in number order until nothing
** changes (at most REG_SERIES_PASSES passes), so the result depends on the
** candidates alone, not on the order the reports came in.
*/
static int regSeriesChoose(RegMember *a, int n) {
  const char **azHi;
  int iPass, i, j, bChanged = 1;
  azHi = sqlite3_malloc64(sizeof(char *)*(n+1));
  if( azHi==0 ) return SQLITE_NOMEM;
  for(i=0; i<n; i++){
    for(j=0; j<2; j++){
      a[i].az[j] = a[i].f->nOrd[j] ? a[i].f->aT[a[i].f->aOrd[j][0]].zValue : 0;
    }
  }
  for(iPass=0; bChanged && iPass<REG_SERIES_PASSES; iPass++){
    const char *zLo = 0;
    int g0, g1;
    bChanged = 0;
    /* azHi[i]: the earliest date of the members numbered above a[i] */
    {
      const char *zRun = 0;
      for(g1=n; g1>0; g1=g0){
        for(g0=g1; g0>0 && a[g0-1].iNum==a[g1-1].iNum; g0--){}
        for(i=g0; i<g1; i++) azHi[i] = zRun;
        for(i=g0; i<g1; i++){
          const char *zKey = regMemberKey(&a[i]);
          if( zKey && (zRun==0 || strcmp(zKey, zRun)<0) ) zRun = zKey;
        }
      }
    }
    for(g0=0; g0<n; g0=g1){
      const char *zHi;
      for(g1=g0; g1<n && a[g1].iNum==a[g0].iNum; g1++){}
      zHi = azHi[g0];
      for(i=g0; i<g1; i++){
        RegFactW *f = a[i].f;
        for(j=0; j<2; j++){
          const char *zPick = 0;
          int c;
          for(c=0; c<f->nOrd[j] && zPick==0; c++){
            const char *z = f->aT[f->aOrd[j][c]].zValue;
            if( (zLo==0 || regDateCmp(zLo, z)<=0) && (zHi==0 || regDateCmp(z, zHi)<=0) ){
              zPick = z;
            }
          }
          if( zPick==0 && f->nOrd[j] ) zPick = f->aT[f->aOrd[j][0]].zValue;
          if( zPick!=a[i].az[j] ){
            a[i].az[j] = zPick;
            bChanged = 1;
          }
        }
      }
      for(i=g0; i<g1; i++){
        const char *zKey = regMemberKey(&a[i]);
        if( zKey && (zLo==0 || strcmp(zKey, zLo)>0) ) zLo = zKey;
      }
    }
  }
  sqlite3_free(azHi);
  return SQLITE_OK;
}

/* ==== Conflicts ======================================================== */

/* True if value z[0,n) of field k loses to the chosen zWin (0: none). */
static int regLoses(int k, const char *z, int n, const char *zWin) {
  if( z==0 ) return 0;
  if( aRegField[k].eMerge==REG_F_DATE ){
    /* a coarser date that contains the chosen one does not lose */
    return zWin!=0 && !regDateCovers(z, n, zWin, (int)strlen(zWin));
  }
  return zWin==0 || (int)strlen(zWin)!=n || sqlite3_strnicmp(z, zWin, n)!=0;
}

/* A conflict row: a value of a report (and its id when stored). */
typedef struct RegConf RegConf;
struct RegConf {
  char *z;                /* the value (sqlite3_malloc) */
  int n;                  /* its length */
  i64 iReport;            /* the report that gave it */
  i64 iId;                /* its id, 0 if not stored */
};

/* Free a[0,n) and a. */
static void regConfFree(RegConf *a, int n) {
  int i;
  for(i=0; i<n; i++) sqlite3_free(a[i].z);
  sqlite3_free(a);
}

/* Compare conflicts by value, then report. */
static int regConfCmp(const RegConf *a, const RegConf *b) {
  int c = regBinCmp(a->z, a->n, b->z, b->n);
  if( c ) return c;
  return a->iReport<b->iReport ? -1 : a->iReport>b->iReport;
}

/* qsort: conflicts by report, then value (the order they are added in). */
static int regConfReportCmp(const void *pa, const void *pb) {
  const RegConf *a = (const RegConf *)pa, *b = (const RegConf *)pb;
  if( a->iReport!=b->iReport ) return a->iReport<b->iReport ? -1 : 1;
  return regBinCmp(a->z, a->n, b->z, b->n);
}

/* Append a conflict (z[0,n), iReport, iId) to *pa (*pn, *pnAlloc). */
static int regConfAppend(RegConf **pa, int *pn, int *pnAlloc, const char *z,
                         int n, i64 iReport, i64 iId) {
  RegConf *x;
  if( *pn>=*pnAlloc ){
    int nNew = *pnAlloc ? *pnAlloc*2 : 16;
    RegConf *aNew = sqlite3_realloc64(*pa, sizeof(RegConf)*nNew);
    if( aNew==0 ) return SQLITE_NOMEM;
    *pa = aNew;
    *pnAlloc = nNew;
  }
  x = &(*pa)[*pn];
  x->z = sqlite3_malloc64(n+1);
  if( x->z==0 ) return SQLITE_NOMEM;
  memcpy(x->z, z, n);
  x->z[n] = 0;
  x->n = n;
  x->iReport = iReport;
  x->iId = iId;
  (*pn)++;
  return SQLITE_OK;
}

/*
** The rows of pStmt (value, report_id[, id]) into *pa and *pn; with bId
** the third column is the id.  Resets pStmt.
*/
static int regConfRead(sqlite3_stmt *pStmt, int bId, RegConf **pa, int *pn) {
  int rc = SQLITE_OK, nAlloc = 0;
  *pa = 0;
  *pn = 0;
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *z = (const char *)sqlite3_column_text(pStmt, 0);
    if( z==0 && sqlite3_column_type(pStmt, 0)!=SQLITE_NULL ){
      rc = SQLITE_NOMEM;
    }else{
      rc = regConfAppend(pa, pn, &nAlloc, z ? z : "", sqlite3_column_bytes(pStmt, 0),
                         sqlite3_column_int64(pStmt, 1),
                         bId ? sqlite3_column_int64(pStmt, 2) : 0);
    }
  }
  /* sqlite3_reset() returns the error of a failed step */
  if( rc==SQLITE_OK ) return sqlite3_reset(pStmt);
  sqlite3_reset(pStmt);
  return rc;
}

/* Add conflict (fact eTable iId, field k, value, report). */
static int regConflictAdd(RegVtab *p, int eTable, i64 iId, int k,
                          const char *z, int n, i64 iReport) {
  sqlite3_stmt *pStmt;
  int rc = regStmt(p, REG_S_ADD_CONFLICT, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(pStmt, 1, azRegShadow[eTable], -1, SQLITE_STATIC);
  sqlite3_bind_int64(pStmt, 2, iId);
  sqlite3_bind_text(pStmt, 3, aRegField[k].zField, -1, SQLITE_STATIC);
  sqlite3_bind_text(pStmt, 4, z, n, SQLITE_STATIC);
  sqlite3_bind_int64(pStmt, 5, iReport);
  return regExec(pStmt);
}

/* Log conflict row iId for undo and delete it. */
static int regConflictDelete(RegVtab *p, i64 iId) {
  sqlite3_stmt *pStmt;
  int rc = SQLITE_OK;
  if( p->bUndo ){
    rc = regStmt(p, REG_S_CONFLICT_ROW, &pStmt);
    if( rc!=SQLITE_OK ) return rc;
    sqlite3_bind_int64(pStmt, 1, iId);
    rc = regUndoRows(p, REG_T_CONFLICTS, pStmt);
  }
  if( rc==SQLITE_OK ) rc = regExecId(p, REG_S_DEL_CONFLICT, iId);
  return rc;
}

/*
** The conflicts of field k of fact (eTable, iId), aNow[0,nNow) as stored
** and aWant[0,nWant) as they should be, both by value and report: mark
** the stored rows to delete (iId negated: a duplicate, or a value that
** does not lose) and the wanted ones to add (iId -1).  With bCheck, the
** first difference into *pzDiff instead.
*/
static int regConflictsDiff(int eTable, i64 iId, int k, RegConf *aNow, int nNow,
                            RegConf *aWant, int nWant, int bCheck,
                            char **pzDiff) {
  int i = 0, j = 0;
  const RegConf *pKept = 0;
  while( i<nNow || j<nWant ){
    int c = i>=nNow ? 1 : j>=nWant ? -1 : regConfCmp(&aNow[i], &aWant[j]);
    const RegConf *x = c>0 ? &aWant[j] : &aNow[i];
    if( c==0 ){
      pKept = &aNow[i++];
      j++;
      continue;
    }
    if( bCheck ){
      *pzDiff = sqlite3_mprintf("conflicts of %s %lld %s %Q of report %lld is %s",
          azRegShadow[eTable], iId, aRegField[k].zField, x->z, x->iReport,
          c>0 ? "missing" : pKept && regConfCmp(pKept, x)==0 ? "listed twice"
                                    : "listed but does not lose");
      return *pzDiff ? SQLITE_OK : SQLITE_NOMEM;
    }
    if( c<0 ){
      aNow[i++].iId *= -1;
    }else{
      aWant[j++].iId = -1;
    }
  }
  return SQLITE_OK;
}

/*
** Make the conflicts of field k of fact (eTable, iId) those of chosen value
** zWin: every (value, report) of its evidence that loses, once.  Rows that
** stay are not touched; the others are deleted or added (in report order).
** With bCheck nothing is written: *pzDiff gets the first difference.
*/
static int regConflictsSync(RegVtab *p, int eTable, i64 iId, int k,
                            const char *zWin, int bCheck, char **pzDiff) {
  sqlite3_stmt *pNow, *pWant;
  RegConf *aNow = 0, *aWant = 0;
  int nNow = 0, nWant = 0, i, rc;
  rc = regStmt(p, REG_S_CONFLICTS_NOW, &pNow);
  if( rc==SQLITE_OK ){
    rc = regStmt(p, aRegField[k].eMerge==REG_F_DATE ? REG_S_DATE_CONFLICTS_WANT
                                                   : REG_S_CONFLICTS_WANT, &pWant);
  }
  if( rc!=SQLITE_OK ) return rc;
  for(i=0; i<2; i++){
    sqlite3_stmt *pS = i ? pWant : pNow;
    sqlite3_bind_text(pS, 1, azRegShadow[eTable], -1, SQLITE_STATIC);
    sqlite3_bind_int64(pS, 2, iId);
    sqlite3_bind_text(pS, 3, aRegField[k].zField, -1, SQLITE_STATIC);
  }
  if( zWin ) sqlite3_bind_text(pWant, 4, zWin, -1, SQLITE_STATIC);
  rc = regConfRead(pNow, 1, &aNow, &nNow);
  if( rc==SQLITE_OK ) rc = regConfRead(pWant, 0, &aWant, &nWant);
  else sqlite3_reset(pWant);
  if( rc==SQLITE_OK ){
    rc = regConflictsDiff(eTable, iId, k, aNow, nNow, aWant, nWant, bCheck, pzDiff);
  }
  for(i=0; rc==SQLITE_OK && !bCheck && i<nNow; i++){
    if( aNow[i].iId<0 ) rc = regConflictDelete(p, -aNow[i].iId);
  }
  if( rc==SQLITE_OK && !bCheck && nWant>1 ){
    qsort(aWant, nWant, sizeof(RegConf), regConfReportCmp);
  }
  for(i=0; rc==SQLITE_OK && !bCheck && i<nWant; i++){
    if( aWant[i].iId<0 ){
      rc = regConflictAdd(p, eTable, iId, k, aWant[i].z, aWant[i].n, aWant[i].iReport);
    }
  }
  regConfFree(aNow, nNow);
  regConfFree(aWant, nWant);
  return rc;
}

/* ==== Writing a merged fact ============================================ */

/* True if column iCol of f's stored row differs from its new value. */
static int regChanged(const RegFactW *f, int iCol, const char *zNew, int *pbNoMem) {
  const char *zOld;
  if( regRowNull(f, iCol) ) return zNew!=0;
  if( zNew==0 ) return 1;
  zOld = regText(f->apRow[iCol]);
  if( zOld==0 ){
    *pbNoMem = 1;
    return 0;
  }
  return strcmp(zOld, zNew)!=0;
}

/*
** Mark in f->mRewrite the one-value and date fields of f whose chosen
** value is not the stored one (case aside for one-value fields): their
** conflicts are rewritten.
*/
static int regFactMarkRewrites(RegFactW *f) {
  int k;
  f->mRewrite = 0;
  if( f->bDeleted || f->apRow==0 ) return SQLITE_OK;   /* before regFactWrite */
  for(k=0; k<REG_N_FIELD; k++){
    const RegField *pF = &aRegField[k];
    const char *zOld, *zNew = f->azNew[pF->iCol];
    int bSame;
    if( pF->eTable!=f->eTable ) continue;
    if( pF->eMerge!=REG_F_VALUE && pF->eMerge!=REG_F_DATE ) continue;
    if( regRowNull(f, pF->iCol) ){
      bSame = zNew==0;
    }else{
      zOld = regText(f->apRow[pF->iCol]);
      if( zOld==0 ) return SQLITE_NOMEM;
      bSame = zNew!=0 && (pF->eMerge==REG_F_DATE ? strcmp(zOld, zNew)==0
                                                 : sqlite3_stricmp(zOld, zNew)==0);
    }
    if( !bSame ) f->mRewrite |= 1u<<k;
  }
  return SQLITE_OK;
}

/*
** Write fact f: its tallies, then its row (deleted when no evidence is
** left, else updated when a value or its sources changed).  Each write is
** logged for undo first.
*/
static int regFactWrite(RegVtab *p, RegFactW *f) {
  sqlite3_stmt *pStmt;
  int i, k, rc = SQLITE_OK, bChanged = 0, bNoMem = 0;
  for(i=0; rc==SQLITE_OK && i<f->nT; i++){
    RegTally *t = &f->aT[i];
    int bGone = t->n<=0;
    int bDirty = !t->bLoaded || t->n!=t->nLoaded || t->iFirst!=t->iFirstLoaded
                 || t->iRow!=t->iRowLoaded
                 || memcmp(t->zValue, t->zLoaded, t->nValue)!=0;
    if( bGone ? !t->bLoaded : !bDirty ) continue;
    rc = regUndoTally(p, azRegShadow[f->eTable], f->iId, aRegField[t->k].zField,
                      t->zKey, t->nKey, t->bLoaded ? t->zLoaded : 0, t->nValue,
                      t->nLoaded, t->iFirstLoaded, t->iRowLoaded);
    if( rc==SQLITE_OK ) rc = regStmt(p, bGone ? REG_S_DEL_TALLY : REG_S_PUT_TALLY, &pStmt);
    if( rc!=SQLITE_OK ) break;
    sqlite3_bind_text(pStmt, 1, azRegShadow[f->eTable], -1, SQLITE_STATIC);
    sqlite3_bind_int64(pStmt, 2, f->iId);
    sqlite3_bind_text(pStmt, 3, aRegField[t->k].zField, -1, SQLITE_STATIC);
    sqlite3_bind_text(pStmt, 4, t->zKey, t->nKey, SQLITE_STATIC);
    if( !bGone ){
      sqlite3_bind_text(pStmt, 5, t->zValue, t->nValue, SQLITE_STATIC);
      sqlite3_bind_int64(pStmt, 6, t->n);
      sqlite3_bind_int64(pStmt, 7, t->iFirst);
      if( t->iRow ) sqlite3_bind_int64(pStmt, 8, t->iRow);
    }
    rc = regExec(pStmt);
  }
  if( rc!=SQLITE_OK || f->apRow==0 ) return rc;
  if( f->bDeleted ){
    rc = regUndoTake(p, f->eTable, &f->apRow);
    if( rc==SQLITE_OK ){
      rc = regTableStmt(p, p->aDrop, f->eTable, "DELETE FROM %Q.'%q_%q' WHERE id=?1",
                        &pStmt);
    }
    if( rc==SQLITE_OK ){
      sqlite3_bind_int64(pStmt, 1, f->iId);
      rc = regExec(pStmt);
    }
    return rc;
  }
  for(k=0; !bChanged && k<REG_N_FIELD; k++){
    if( aRegField[k].eTable!=f->eTable ) continue;
    bChanged = regChanged(f, aRegField[k].iCol, f->azNew[aRegField[k].iCol], &bNoMem);
  }
  if( bNoMem ) return SQLITE_NOMEM;
  if( !bChanged ){
    bChanged = sqlite3_value_int64(f->apRow[aRegNCol[f->eTable]-1])!=f->nSources;
  }
  if( !bChanged ) return SQLITE_OK;
  rc = regWriteStmt(p, f->eTable, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  for(k=0; k<REG_N_FIELD; k++){
    const RegField *pF = &aRegField[k];
    if( pF->eTable==f->eTable && f->azNew[pF->iCol] ){
      sqlite3_bind_text(pStmt, pF->iCol+1, f->azNew[pF->iCol], -1, SQLITE_STATIC);
    }
  }
  sqlite3_bind_int64(pStmt, aRegNCol[f->eTable], f->nSources);
  sqlite3_bind_int64(pStmt, 1, f->iId);
  /* log the row before it changes; the binding of the values keeps them */
  rc = regUndoTake(p, f->eTable, &f->apRow);
  if( rc==SQLITE_OK ) rc = regExec(pStmt);
  else sqlite3_reset(pStmt);
  return rc;
}

/* ==== One report in or out ============================================= */

/* What merging one report in (eSign 1) or out (-1) needs at hand. */
typedef struct RegOp RegOp;
struct RegOp {
  RegVtab *p;             /* the registry */
  i64 iReport;            /* the report */
  int eSign;              /* 1: in, -1: out */
  RegEv *aEv;             /* its evidence, by fact, field, value, id */
  int nEv;                /* rows in aEv */
  char *zArena;           /* the values of aEv */
  RegFactW *aF;           /* the facts it touches, in aEv's order */
  int nF;                 /* facts in aF */
  char **azSeries;        /* series whose dates are chosen again */
  int nSeries;            /* entries in azSeries */
};

/* Free what op owns. */
static void regOpFree(RegOp *op) {
  int i;
  for(i=0; i<op->nF; i++) regFactFree(&op->aF[i]);
  for(i=0; i<op->nSeries; i++) sqlite3_free(op->azSeries[i]);
  sqlite3_free(op->azSeries);
  sqlite3_free(op->aF);
  sqlite3_free(op->aEv);
  sqlite3_free(op->zArena);
}

/*
** Read the evidence of report op->iReport into op->aEv, in (fact, fact id,
** field, value, id) order; when it leaves, log each row for undo.
*/
static int regOpRead(RegOp *op) {
  RegVtab *p = op->p;
  sqlite3_stmt *pStmt;
  sqlite3_str *pArena;
  int rc, nAlloc = 0, i;
  rc = regStmt(p, REG_S_REPORT_EVIDENCE, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  pArena = sqlite3_str_new(p->db);
  sqlite3_bind_int64(pStmt, 1, op->iReport);
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    RegEv *e;
    const char *zFact = (const char *)sqlite3_column_text(pStmt, 2);
    int eTable = regTableOf(zFact);
    if( eTable<0 ){
      if( zFact==0 && sqlite3_column_type(pStmt, 2)!=SQLITE_NULL ){
        rc = SQLITE_NOMEM;
        break;
      }
      continue;
    }
    if( op->eSign<0 ){
      rc = regUndoRow(p, REG_T_EVIDENCE, pStmt);
      if( rc!=SQLITE_OK ) break;
    }
    if( op->nEv>=nAlloc ){
      int nNew = nAlloc ? nAlloc*2 : 64;
      RegEv *aNew = sqlite3_realloc64(op->aEv, sizeof(RegEv)*nNew);
      if( aNew==0 ){ rc = SQLITE_NOMEM; break; }
      op->aEv = aNew;
      nAlloc = nNew;
    }
    e = &op->aEv[op->nEv];
    memset(e, 0, sizeof(*e));
    e->eTable = eTable;
    e->iId = sqlite3_column_int64(pStmt, 0);
    e->iFact = sqlite3_column_int64(pStmt, 3);
    e->k = regFieldOf(eTable, (const char *)sqlite3_column_text(pStmt, 4));
    e->iOff = -1;
    if( sqlite3_column_type(pStmt, 5)!=SQLITE_NULL ){
      const char *z = (const char *)sqlite3_column_text(pStmt, 5);
      if( z==0 ){ rc = SQLITE_NOMEM; break; }
      e->n = sqlite3_column_bytes(pStmt, 5);
      e->iOff = sqlite3_str_length(pArena);
      sqlite3_str_append(pArena, z, e->n);
      sqlite3_str_appendchar(pArena, 1, 0);
    }
    op->nEv++;
  }
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  sqlite3_reset(pStmt);
  if( rc==SQLITE_OK ) rc = sqlite3_str_errcode(pArena);
  op->zArena = sqlite3_str_finish(pArena);
  if( rc==SQLITE_OK && op->nEv && op->zArena==0 ) rc = SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && i<op->nEv; i++){
    if( op->aEv[i].iOff>=0 ) op->aEv[i].z = op->zArena + op->aEv[i].iOff;
  }
  return rc;
}

/* qsort: evidence rows kept by an ingest in regOpRead's order. */
static int regEvCmp(const void *pa, const void *pb) {
  const RegEv *a = (const RegEv *)pa, *b = (const RegEv *)pb;
  int c = strcmp(azRegShadow[a->eTable], azRegShadow[b->eTable]);
  if( c ) return c;
  if( a->iFact!=b->iFact ) return a->iFact<b->iFact ? -1 : 1;
  c = strcmp(a->zField, b->zField);
  if( c ) return c;
  c = regBinCmp(a->z, a->n, b->z, b->n);
  if( c ) return c;
  return a->iId<b->iId ? -1 : a->iId>b->iId;
}

/*
** Take the evidence rows ingest g kept (regEvidenceKeep) into op, in
** regOpRead's order.
*/
static void regOpTake(RegOp *op, RegIngest *g) {
  int i;
  op->aEv = g->aEv;
  op->nEv = g->nEv;
  op->zArena = g->zArena;
  g->aEv = 0;
  g->zArena = 0;
  g->nEv = g->nEvAlloc = 0;
  for(i=0; i<op->nEv; i++) op->aEv[i].z = op->zArena + op->aEv[i].iOff;
  if( op->nEv>1 ) qsort(op->aEv, op->nEv, sizeof(RegEv), regEvCmp);
}

/* The facts op->aEv touches: runs of rows of the same (table, id). */
static int regOpFacts(RegOp *op) {
  int i;
  if( op->nEv==0 ) return SQLITE_OK;
  op->aF = sqlite3_malloc64(sizeof(RegFactW)*op->nEv);
  if( op->aF==0 ) return SQLITE_NOMEM;
  for(i=0; i<op->nEv; i++){
    RegFactW *f;
    if( i>0 && op->aEv[i].eTable==op->aEv[i-1].eTable
     && op->aEv[i].iFact==op->aEv[i-1].iFact ){
      op->aF[op->nF-1].nEv++;
      continue;
    }
    f = &op->aF[op->nF++];
    memset(f, 0, sizeof(*f));
    f->eTable = op->aEv[i].eTable;
    f->iId = op->aEv[i].iFact;
    f->iEv = i;
    f->nEv = 1;
  }
  return SQLITE_OK;
}

/* The rows of field k among the report's rows of fact f: *pn of them. */
static const RegEv *regOpField(const RegOp *op, const RegFactW *f, int k, int *pn) {
  int i, i0 = -1, n = 0;
  for(i=f->iEv; i<f->iEv+f->nEv; i++){
    if( op->aEv[i].k==k ){
      if( i0<0 ) i0 = i;
      n++;
    }else if( i0>=0 ){
      break;
    }
  }
  *pn = n;
  return n ? &op->aEv[i0] : 0;
}

/* True if the order of the date candidates of f is a[0,n) for date j. */
static int regSameOrder(const RegFactW *f, int j, const int *a, int n) {
  return f->nOrd[j]==n && (n==0 || memcmp(f->aOrd[j], a, sizeof(int)*n)==0);
}

/*
** Load the tallies of fact f that the report's rows can change, and mark
** those fields to be chosen again: all of a field, or, for a one-value
** field the report comes in with, only its values and the chosen one (no
** other can win: their support did not grow).  A meeting's dates are
** always loaded (regSeries reads their order), and attendance_qualifier
** with the attendance it depends on.  A new fact (no sources yet) has all
** its fields chosen.
*/
static int regOpLoad(RegOp *op, RegFactW *f) {
  RegVtab *p = op->p;
  int k, i, rc = SQLITE_OK, nAtt;
  if( f->nSources==0 ){
    /* a new fact: every field, whatever its row was made with */
    return regFactLoad(p, f);
  }
  regOpField(op, f, REG_K_ATTENDANCE, &nAtt);
  for(k=0; rc==SQLITE_OK && k<REG_N_FIELD; k++){
    const RegField *pF = &aRegField[k];
    const RegEv *a;
    int n;
    if( pF->eTable!=f->eTable ) continue;
    a = regOpField(op, f, k, &n);
    if( n==0 && pF->eMerge!=REG_F_DATE
     && !(pF->eMerge==REG_F_QUALIFIER && nAtt>0) ){
      continue;                          /* it keeps its value */
    }
    f->mChoose |= 1u<<k;
    if( !regNocase(k) || op->eSign<0 ){
      rc = regFactLoadTallies(p, f, k, 0, 0);
      continue;
    }
    for(i=0; rc==SQLITE_OK && i<=n; i++){
      char zStack[128], *zKey = zStack;
      const char *z = i<n ? a[i].z : regRowNull(f, pF->iCol) ? 0
                                   : regText(f->apRow[pF->iCol]);
      int nz;
      if( z==0 ){
        if( i==n && !regRowNull(f, pF->iCol) ) rc = SQLITE_NOMEM;
        continue;
      }
      nz = (int)strlen(z);
      if( nz>=(int)sizeof(zStack) ){
        zKey = sqlite3_malloc64(nz+1);
        if( zKey==0 ) return SQLITE_NOMEM;
      }
      regFold(zKey, z, nz);
      rc = regFactLoadTallies(p, f, k, zKey, nz);
      if( zKey!=zStack ) sqlite3_free(zKey);
    }
  }
  return rc;
}

/*
** Merge the report's rows of fact f into (or out of) its tallies, and
** choose its fields again.  For a meeting, note whether its place in the
** order of its series may move: its date candidates are ordered otherwise.
*/
static int regOpFact(RegOp *op, RegFactW *f) {
  RegVtab *p = op->p;
  int k, j, rc = SQLITE_OK;
  int *aOld[2] = {0, 0}, nOld[2] = {0, 0};
  rc = regOpLoad(op, f);
  if( rc==SQLITE_OK && f->eTable==REG_T_MEETINGS ){
    rc = regOrder(f, REG_K_START, regCmpValue, 0, &aOld[0], &nOld[0]);
    if( rc==SQLITE_OK ) rc = regOrder(f, REG_K_END, regCmpValue, 0, &aOld[1], &nOld[1]);
  }
  for(k=0; rc==SQLITE_OK && k<REG_N_FIELD; k++){
    const RegEv *a;
    int n;
    if( aRegField[k].eTable!=f->eTable ) continue;
    a = regOpField(op, f, k, &n);
    if( n==0 ) continue;
    switch( aRegField[k].eMerge ){
      case REG_F_LIST:
        rc = regDeltaList(p, f, k, a, n, op->iReport, op->eSign);
        break;
      case REG_F_DATE:
        rc = regDeltaDate(p, f, k, a, n, op->iReport, op->eSign);
        break;
      case REG_F_QUALIFIER: {
        int nA;
        const RegEv *aA = regOpField(op, f, REG_K_ATTENDANCE, &nA);
        rc = regDeltaQualifier(p, f, k, a, n, aA, nA, op->iReport, op->eSign);
        break;
      }
      default:
        rc = regDeltaValue(p, f, k, a, n, op->iReport, op->eSign);
        break;
    }
  }
  f->nSources += op->eSign;
  f->bDeleted = f->nSources<=0;
  if( rc==SQLITE_OK ) rc = regFactChoose(p->db, f);
  if( rc==SQLITE_OK && f->eTable==REG_T_MEETINGS ){
    for(j=0; j<2; j++){
      if( !regSameOrder(f, j, aOld[j], nOld[j]) ) f->bMoved = 1;
    }
  }
  sqlite3_free(aOld[0]);
  sqlite3_free(aOld[1]);
  return rc;
}

/* Note series zSeries (if not noted yet) to have its dates chosen again. */
static int regOpSeries(RegOp *op, const char *zSeries) {
  char **azNew;
  int i;
  if( zSeries==0 ) return SQLITE_OK;
  for(i=0; i<op->nSeries; i++){
    if( strcmp(op->azSeries[i], zSeries)==0 ) return SQLITE_OK;
  }
  azNew = sqlite3_realloc64(op->azSeries, sizeof(char *)*(op->nSeries+1));
  if( azNew==0 ) return SQLITE_NOMEM;
  op->azSeries = azNew;
  op->azSeries[op->nSeries] = sqlite3_mprintf("%s", zSeries);
  if( op->azSeries[op->nSeries]==0 ) return SQLITE_NOMEM;
  op->nSeries++;
  return SQLITE_OK;
}

/* The series of meeting f as stored (0: not numbered). */
static const char *regOldSeries(const RegFactW *f) {
  if( regRowNull(f, 2) || regRowNull(f, 3) ) return 0;
  return regText(f->apRow[2]);
}

/* The series of meeting f as chosen (0: not numbered, or deleted). */
static const char *regNewSeries(const RegFactW *f) {
  if( f->bDeleted || f->azNew[2]==0 || f->azNew[3]==0 ) return 0;
  return f->azNew[2];
}

/*
** The meetings touched by op: which series must have their dates chosen
** again (a meeting joined, left or moved in one), and the dates of the
** others (a numbered meeting keeps its stored dates, an unnumbered one
** takes its best candidates).
*/
static int regOpSeriesNeeded(RegOp *op) {
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<op->nF; i++){
    RegFactW *f = &op->aF[i];
    const char *zOld, *zNew;
    int bSame;
    if( f->eTable!=REG_T_MEETINGS ) continue;
    zOld = regOldSeries(f);
    zNew = regNewSeries(f);
    bSame = zOld && zNew && strcmp(zOld, zNew)==0
         && regAtoi(regText(f->apRow[3]))==regAtoi(f->azNew[3]);
    if( zOld && (!bSame || f->bMoved) ) rc = regOpSeries(op, zOld);
    if( rc==SQLITE_OK && zNew && (!bSame || f->bMoved) ) rc = regOpSeries(op, zNew);
    if( zNew && !f->bDeleted && f->apRow ){
      /* numbered: its dates are the series' (kept, or chosen by regSeries) */
      f->azNew[5] = regRowNull(f, 5) ? 0 : regText(f->apRow[5]);
      f->azNew[6] = regRowNull(f, 6) ? 0 : regText(f->apRow[6]);
      if( (!regRowNull(f, 5) && f->azNew[5]==0)
       || (!regRowNull(f, 6) && f->azNew[6]==0) ){
        rc = SQLITE_NOMEM;
      }
    }
  }
  return rc;
}

/* The fact of op for meeting iId, or 0. */
static RegFactW *regOpMeeting(RegOp *op, i64 iId) {
  int i;
  for(i=0; op && i<op->nF; i++){
    if( op->aF[i].eTable==REG_T_MEETINGS && op->aF[i].iId==iId ) return &op->aF[i];
  }
  return 0;
}

/* Free the members a[0,n) of a series and those regSeriesMembers loaded. */
static void regSeriesFree(RegMember *a, int n) {
  int i;
  for(i=0; i<n; i++){
    if( a[i].bOwn ){
      regFactFree(a[i].f);
      sqlite3_free(a[i].f);
    }
  }
  sqlite3_free(a);
}

/* Append member (iNum, f, bOwn) to *pa (*pn, *pnAlloc). */
static int regSeriesAdd(RegMember **pa, int *pn, int *pnAlloc, i64 iNum,
                        RegFactW *f, int bOwn) {
  if( *pn>=*pnAlloc ){
    int nNew = *pnAlloc ? *pnAlloc*2 : 32;
    RegMember *aNew = sqlite3_realloc64(*pa, sizeof(RegMember)*nNew);
    if( aNew==0 ) return SQLITE_NOMEM;
    *pa = aNew;
    *pnAlloc = nNew;
  }
  memset(&(*pa)[*pn], 0, sizeof(RegMember));
  (*pa)[*pn].iNum = iNum;
  (*pa)[*pn].f = f;
  (*pa)[*pn].bOwn = bOwn;
  (*pn)++;
  return SQLITE_OK;
}

/*
** The numbered meetings of series zSeries, by number, into *pa and *pn
** (regSeriesFree): the meetings op touches with their new series and
** number, the others as stored, loaded here with their dates' tallies.
*/
static int regSeriesMembers(RegVtab *p, RegOp *op, const char *zSeries,
                            RegMember **pa, int *pn) {
  sqlite3_stmt *pStmt;
  int nAlloc = 0, i, rc = regStmt(p, REG_S_SERIES_MEMBERS, &pStmt);
  *pa = 0;
  *pn = 0;
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(pStmt, 1, zSeries, -1, SQLITE_TRANSIENT);
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    i64 iId = sqlite3_column_int64(pStmt, 0);
    RegFactW *f;
    if( regOpMeeting(op, iId) ) continue;
    f = sqlite3_malloc64(sizeof(RegFactW));
    if( f==0 ){ rc = SQLITE_NOMEM; break; }
    memset(f, 0, sizeof(*f));
    f->eTable = REG_T_MEETINGS;
    f->iId = iId;
    rc = regSeriesAdd(pa, pn, &nAlloc, sqlite3_column_int64(pStmt, 1), f, 1);
    if( rc!=SQLITE_OK ) sqlite3_free(f);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_reset(pStmt);
  else sqlite3_reset(pStmt);
  for(i=0; rc==SQLITE_OK && op && i<op->nF; i++){
    RegFactW *f = &op->aF[i];
    const char *z = f->eTable==REG_T_MEETINGS && f->apRow ? regNewSeries(f) : 0;
    if( z && strcmp(z, zSeries)==0 ){
      rc = regSeriesAdd(pa, pn, &nAlloc, regAtoi(f->azNew[3]), f, 0);
    }
  }
  for(i=0; rc==SQLITE_OK && i<*pn; i++){
    RegFactW *f = (*pa)[i].f;
    if( !(*pa)[i].bOwn ) continue;
    rc = regFactLoadRow(p, f);
    if( rc==SQLITE_OK ) rc = regFactLoadTallies(p, f, REG_K_START, 0, 0);
    if( rc==SQLITE_OK ) rc = regFactLoadTallies(p, f, REG_K_END, 0, 0);
    f->mChoose = (1u<<REG_K_START) | (1u<<REG_K_END);
    if( rc==SQLITE_OK ) rc = regFactChoose(p->db, f);
  }
  if( rc==SQLITE_OK && *pn>1 ) qsort(*pa, *pn, sizeof(RegMember), regMemberCmp);
  return rc;
}

/*
** The dates chosen for member m of a series: a meeting of the operation
** takes them (it is written with its other fields); another is written
** here, with the conflicts of a date that changed.  bCheck: a date that
** differs from the stored one goes to *pzDiff instead.
*/
static int regSeriesApply(RegVtab *p, RegMember *m, int bCheck, char **pzDiff) {
  RegFactW *f = m->f;
  sqlite3_stmt *pStmt;
  int j, rc = SQLITE_OK, bNoMem = 0, bDiff = 0;
  if( !m->bOwn ){
    f->azNew[5] = m->az[0];
    f->azNew[6] = m->az[1];
    return SQLITE_OK;
  }
  if( f->apRow==0 ) return SQLITE_OK;
  for(j=0; j<2 && !bDiff; j++) bDiff = regChanged(f, 5+j, m->az[j], &bNoMem);
  if( bNoMem ) return SQLITE_NOMEM;
  if( !bDiff ) return SQLITE_OK;
  if( bCheck ){
    j--;
    *pzDiff = sqlite3_mprintf("meetings %lld %s %Q, its tallies give %Q", f->iId,
                              j ? "end" : "start",
                              regRowNull(f, 5+j) ? 0 : regText(f->apRow[5+j]),
                              m->az[j]);
    return *pzDiff ? SQLITE_OK : SQLITE_NOMEM;
  }
  f->azNew[5] = m->az[0];
  f->azNew[6] = m->az[1];
  rc = regFactMarkRewrites(f);
  if( rc==SQLITE_OK ) rc = regStmt(p, REG_S_SET_DATES, &pStmt);
  if( rc==SQLITE_OK ){
    if( m->az[0] ) sqlite3_bind_text(pStmt, 1, m->az[0], -1, SQLITE_STATIC);
    if( m->az[1] ) sqlite3_bind_text(pStmt, 2, m->az[1], -1, SQLITE_STATIC);
    sqlite3_bind_int64(pStmt, 3, f->iId);
    rc = regUndoTake(p, REG_T_MEETINGS, &f->apRow);
    if( rc==SQLITE_OK ) rc = regExec(pStmt);
    else sqlite3_reset(pStmt);
  }
  for(j=0; rc==SQLITE_OK && j<2; j++){
    int k = j ? REG_K_END : REG_K_START;
    if( f->mRewrite & (1u<<k) ){
      rc = regConflictsSync(p, REG_T_MEETINGS, f->iId, k, m->az[j], 0, 0);
    }
  }
  return rc;
}

/*
** Choose the dates of the numbered meetings of series zSeries again
** (regSeriesChoose) and apply them (regSeriesApply).  op (0 for
** 'rebuild' and 'integrity-check') is the change in progress.
*/
static int regSeries(RegVtab *p, RegOp *op, const char *zSeries, int bCheck,
                     char **pzDiff) {
  RegMember *a;
  int n, i, rc = regSeriesMembers(p, op, zSeries, &a, &n);
  if( rc==SQLITE_OK ) rc = regSeriesChoose(a, n);
  for(i=0; rc==SQLITE_OK && i<n && (pzDiff==0 || *pzDiff==0); i++){
    rc = regSeriesApply(p, &a[i], bCheck, pzDiff);
  }
  regSeriesFree(a, n);
  return rc;
}

/*
** The conflicts of the facts op touched: a field whose chosen value changed
** gets them rewritten; else a report that comes in adds its own losing
** values (one that leaves took its own out with it, regOpRun).
*/
static int regOpConflicts(RegOp *op) {
  RegVtab *p = op->p;
  int i, k, j, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<op->nF; i++){
    RegFactW *f = &op->aF[i];
    if( f->bDeleted || !f->bRow ) continue;
    for(k=0; rc==SQLITE_OK && k<REG_N_FIELD; k++){
      const RegField *pF = &aRegField[k];
      const RegEv *a;
      int n;
      if( pF->eTable!=f->eTable ) continue;
      if( pF->eMerge!=REG_F_VALUE && pF->eMerge!=REG_F_DATE ) continue;
      if( f->mRewrite & (1u<<k) ){
        rc = regConflictsSync(p, f->eTable, f->iId, k, f->azNew[pF->iCol], 0, 0);
        continue;
      }
      if( op->eSign<0 ) continue;
      a = regOpField(op, f, k, &n);
      for(j=0; rc==SQLITE_OK && j<n; j++){
        if( j>0 && a[j-1].z && a[j].z && a[j-1].n==a[j].n
         && memcmp(a[j-1].z, a[j].z, a[j].n)==0 ){
          continue;                     /* one row per value and report */
        }
        if( regLoses(k, a[j].z, a[j].n, f->azNew[pF->iCol]) ){
          rc = regConflictAdd(p, f->eTable, f->iId, k, a[j].z, a[j].n, op->iReport);
        }
      }
    }
  }
  return rc;
}

/*
** Merge report iReport in (eSign 1: its evidence is written, and kept in
** g) or out (-1, g 0: its evidence and conflicts are deleted here; its row
** by the caller).
*/
static int regOpRun(RegVtab *p, i64 iReport, int eSign, RegIngest *g) {
  RegOp op;
  sqlite3_stmt *pStmt;
  int i, rc = SQLITE_OK, pass;
  memset(&op, 0, sizeof(op));
  op.p = p;
  op.iReport = iReport;
  op.eSign = eSign;
  if( g ) regOpTake(&op, g);
  else rc = regOpRead(&op);
  if( rc==SQLITE_OK ) rc = regOpFacts(&op);
  if( rc==SQLITE_OK && eSign<0 ){
    /* its evidence and its conflicts go first: the tallies that lost a
    ** report find their earliest one among the evidence left */
    rc = regExecId(p, REG_S_DEL_EVIDENCE, iReport);
    if( rc==SQLITE_OK ) rc = regStmt(p, REG_S_REPORT_CONFLICTS, &pStmt);
    if( rc==SQLITE_OK ){
      sqlite3_bind_int64(pStmt, 1, iReport);
      rc = regUndoRows(p, REG_T_CONFLICTS, pStmt);
    }
    if( rc==SQLITE_OK ) rc = regExecId(p, REG_S_DEL_REPORT_CONFLICTS, iReport);
  }
  for(i=0; rc==SQLITE_OK && i<op.nF; i++){
    rc = regFactLoadRow(p, &op.aF[i]);
    if( rc==SQLITE_OK && op.aF[i].apRow ) rc = regOpFact(&op, &op.aF[i]);
  }
  if( rc==SQLITE_OK ) rc = regOpSeriesNeeded(&op);
  for(i=0; rc==SQLITE_OK && i<op.nSeries; i++){
    rc = regSeries(p, &op, op.azSeries[i], 0, 0);
  }
  for(i=0; rc==SQLITE_OK && i<op.nF; i++){
    rc = regFactMarkRewrites(&op.aF[i]);
  }
  /* actions and signatories first: they point at meetings and documents */
  for(pass=0; pass<2; pass++){
    for(i=0; rc==SQLITE_OK && i<op.nF; i++){
      RegFactW *f = &op.aF[i];
      int bDep = f->eTable==REG_T_ACTIONS || f->eTable==REG_T_SIGNATORIES;
      if( bDep==(pass==0) ) rc = regFactWrite(p, f);
    }
  }
  if( rc==SQLITE_OK ) rc = regOpConflicts(&op);
  regOpFree(&op);
  return rc;
}

/* ==== 'rebuild' and 'integrity-check' ================================== */

/*
** Both walk the registry in the same steps and differ only in what they do
** with a difference: 'integrity-check' (bCheck 1) stops at the first and
** names it in *pzDiff; 'rebuild' (bCheck 0) logs the row for undo and
** writes what the evidence gives.  The steps: evidence whose report or
** fact is gone (regCheckLost); each fact's sources (regCheckSources);
** each fact's tallies, against the old per-field queries, and fields
** (regCheckFacts); the dates of each series (regCheckSeries); tallies and
** conflicts of no fact (regCheckOrphanTallies, regCheckOrphanConflicts);
** each fact's conflicts (regCheckConflicts).
*/

/* A fact and the reports its evidence has (0: none). */
typedef struct RegFactSrc RegFactSrc;
struct RegFactSrc {
  int eTable;             /* REG_T_MEETINGS .. REG_T_PEOPLE */
  i64 iId;                /* its id */
  i64 nSources;           /* reports behind its evidence */
};

/* Column i of pStmt as text (0 and *pRc SQLITE_NOMEM if it fails). */
static const char *regColText(sqlite3_stmt *pStmt, int i, int *pRc) {
  const char *z = (const char *)sqlite3_column_text(pStmt, i);
  if( z==0 ){
    if( sqlite3_column_type(pStmt, i)==SQLITE_NULL ) return "";
    *pRc = SQLITE_NOMEM;
  }
  return z;
}

/*
** Evidence of a report or a fact that is gone: bCheck names the first;
** else it is logged and deleted (it cannot be merged anywhere).
*/
static int regCheckLost(RegVtab *p, int bCheck, char **pzDiff) {
  sqlite3_stmt *pStmt;
  i64 *aId = 0;
  int n = 0, nAlloc = 0, i, rc;
  char *zSql = 0;
  if( p->aAll[REG_T_EVIDENCE]==0 ){
    const char *d = p->zDb, *m = p->zName;
    zSql = sqlite3_mprintf("SELECT * FROM %Q.'%q_evidence' e WHERE NOT EXISTS"
        " (SELECT 1 FROM %Q.'%q_content' WHERE id=e.report_id) OR CASE e.fact"
        " WHEN 'meetings' THEN NOT EXISTS(SELECT 1 FROM %Q.'%q_meetings' WHERE id=e.fact_id)"
        " WHEN 'documents' THEN NOT EXISTS(SELECT 1 FROM %Q.'%q_documents' WHERE id=e.fact_id)"
        " WHEN 'actions' THEN NOT EXISTS(SELECT 1 FROM %Q.'%q_actions' WHERE id=e.fact_id)"
        " WHEN 'signatories' THEN NOT EXISTS(SELECT 1 FROM %Q.'%q_signatories' WHERE id=e.fact_id)"
        " WHEN 'people' THEN NOT EXISTS(SELECT 1 FROM %Q.'%q_people' WHERE id=e.fact_id)"
        " ELSE 1 END ORDER BY id", d, m, d, m, d, m, d, m, d, m, d, m, d, m);
  }
  rc = regCached(p, &p->aAll[REG_T_EVIDENCE], zSql, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    if( bCheck ){
      *pzDiff = sqlite3_mprintf("evidence of report %lld for %s %lld: the"
                                " report or the fact is gone",
                                sqlite3_column_int64(pStmt, 1),
                                sqlite3_column_text(pStmt, 2),
                                sqlite3_column_int64(pStmt, 3));
      if( *pzDiff==0 ) rc = SQLITE_NOMEM;
      break;
    }
    if( n>=nAlloc ){
      int nNew = nAlloc ? nAlloc*2 : 16;
      i64 *aNew = sqlite3_realloc64(aId, sizeof(i64)*nNew);
      if( aNew==0 ){ rc = SQLITE_NOMEM; break; }
      aId = aNew;
      nAlloc = nNew;
    }
    rc = regUndoRow(p, REG_T_EVIDENCE, pStmt);
    aId[n++] = sqlite3_column_int64(pStmt, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_reset(pStmt);
  else sqlite3_reset(pStmt);
  for(i=0; rc==SQLITE_OK && i<n; i++){
    rc = regTableStmt(p, p->aDrop, REG_T_EVIDENCE, "DELETE FROM %Q.'%q_%q' WHERE id=?1",
                      &pStmt);
    if( rc==SQLITE_OK ){
      sqlite3_bind_int64(pStmt, 1, aId[i]);
      rc = regExec(pStmt);
    }
  }
  sqlite3_free(aId);
  return rc;
}

/*
** Every fact row and the number of reports its evidence has, into *pa
** and *pn (sqlite3_free), by table name and id.  bCheck names the first
** whose sources differ or that has no evidence.
*/
static int regCheckSources(RegVtab *p, int bCheck, char **pzDiff,
                           RegFactSrc **pa, int *pn) {
  sqlite3_stmt *pNow, *pWant;
  int nAlloc = 0, rc, rcWant;
  *pa = 0;
  *pn = 0;
  rc = regStmt(p, REG_S_SOURCES_NOW, &pNow);
  if( rc==SQLITE_OK ) rc = regStmt(p, REG_S_SOURCES_WANT, &pWant);
  if( rc!=SQLITE_OK ) return rc;
  rcWant = sqlite3_step(pWant);
  while( rc==SQLITE_OK && sqlite3_step(pNow)==SQLITE_ROW ){
    const char *zFact = regColText(pNow, 0, &rc);
    i64 iId = sqlite3_column_int64(pNow, 1), nWant = 0;
    int c = 1;
    /* (evidence of facts that do not exist is regCheckLost's) */
    while( rc==SQLITE_OK && rcWant==SQLITE_ROW ){
      const char *zW = regColText(pWant, 0, &rc);
      i64 iW = sqlite3_column_int64(pWant, 1);
      if( rc!=SQLITE_OK ) break;
      c = strcmp(zW, zFact);
      if( c==0 ) c = iW<iId ? -1 : iW>iId;
      if( c>=0 ) break;
      rcWant = sqlite3_step(pWant);
    }
    if( rc==SQLITE_OK && rcWant!=SQLITE_ROW && rcWant!=SQLITE_DONE ) rc = rcWant;
    if( rc!=SQLITE_OK ) break;
    if( rcWant==SQLITE_ROW && c==0 ) nWant = sqlite3_column_int64(pWant, 2);
    if( bCheck && (nWant==0 || nWant!=sqlite3_column_int64(pNow, 2)) ){
      *pzDiff = nWant ? sqlite3_mprintf("%s %lld has %lld sources, the evidence"
                                        " gives %lld", zFact, iId,
                                        sqlite3_column_int64(pNow, 2), nWant)
                      : sqlite3_mprintf("%s %lld has no evidence", zFact, iId);
      if( *pzDiff==0 ) rc = SQLITE_NOMEM;
      break;
    }
    if( *pn>=nAlloc ){
      int nNew = nAlloc ? nAlloc*2 : 64;
      RegFactSrc *aNew = sqlite3_realloc64(*pa, sizeof(RegFactSrc)*nNew);
      if( aNew==0 ){ rc = SQLITE_NOMEM; break; }
      *pa = aNew;
      nAlloc = nNew;
    }
    (*pa)[*pn].eTable = regTableOf(zFact);
    (*pa)[*pn].iId = iId;
    (*pa)[*pn].nSources = nWant;
    (*pn)++;
  }
  if( rc==SQLITE_OK ) rc = sqlite3_reset(pNow);
  else sqlite3_reset(pNow);
  sqlite3_reset(pWant);
  return rc;
}

/* "(value, support, first report[, first row])" of tally t. */
static char *regTallyText(const RegTally *t) {
  if( t->iRow==0 ){
    return sqlite3_mprintf("(%Q, %lld, %lld)", t->zValue, t->n, t->iFirst);
  }
  return sqlite3_mprintf("(%Q, %lld, %lld, %lld)", t->zValue, t->n, t->iFirst,
                         t->iRow);
}

/* The tallies the evidence of fact f gives (the old SQL), into w->aT. */
static int regWantTallies(RegVtab *p, const RegFactW *f, RegFactW *w) {
  sqlite3_stmt *pStmt;
  int rc = regStmt(p, REG_S_TALLIES_WANT, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(pStmt, 1, azRegShadow[f->eTable], -1, SQLITE_STATIC);
  sqlite3_bind_int64(pStmt, 2, f->iId);
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    int k = regFieldOf(f->eTable, regColText(pStmt, 0, &rc));
    const char *zKey = regColText(pStmt, 1, &rc), *zValue = regColText(pStmt, 2, &rc);
    if( rc!=SQLITE_OK || k<0 ) continue;
    if( regTallyAdd(w, k, zKey, sqlite3_column_bytes(pStmt, 1), zValue,
                    sqlite3_column_bytes(pStmt, 2), sqlite3_column_int64(pStmt, 3),
                    sqlite3_column_int64(pStmt, 4), sqlite3_column_int64(pStmt, 5),
                    0)<0 ){
      rc = SQLITE_NOMEM;
    }
  }
  if( rc==SQLITE_OK ) return sqlite3_reset(pStmt);
  sqlite3_reset(pStmt);
  return rc;
}

/*
** Tally iT of f takes the value, support and tie-breaks of tally x (x of
** the same field and key).  A spelling of another length (a row changed
** by hand) makes it a new tally in place of the old one.
*/
static int regTallyTake(RegFactW *f, int iT, const RegTally *x) {
  RegTally *t = &f->aT[iT];
  if( x->nValue!=t->nValue ){
    t->n = 0;
    return regTallyAdd(f, x->k, x->zKey, x->nKey, x->zValue, x->nValue, x->n,
                       x->iFirst, x->iRow, 0)<0 ? SQLITE_NOMEM : SQLITE_OK;
  }
  memcpy(t->zValue, x->zValue, x->nValue);
  t->n = x->n;
  t->iFirst = x->iFirst;
  t->iRow = x->iRow;
  return SQLITE_OK;
}

/*
** Compare the tallies of fact f (all loaded) with those its evidence
** gives, w's.  bCheck: the first difference into *pzDiff.  Else f's
** tallies are made those (regFactWrite writes them).
*/
static int regCheckFactTallies(RegFactW *f, RegFactW *w, int bCheck,
                               char **pzDiff) {
  int i, nLoaded = f->nT, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<w->nT; i++){
    const RegTally *x = &w->aT[i];
    int iT = regTallyFind(f, x->k, x->zKey, x->nKey);
    const RegTally *t = iT>=0 ? &f->aT[iT] : 0;
    if( t && t->n==x->n && t->iFirst==x->iFirst && t->iRow==x->iRow
     && t->nValue==x->nValue && memcmp(t->zValue, x->zValue, x->nValue)==0 ){
      continue;
    }
    if( bCheck ){
      char *zHave = t ? regTallyText(t) : 0, *zWant = regTallyText(x);
      *pzDiff = t==0 ? sqlite3_mprintf("tally of %s %lld %s %Q is missing",
                         azRegShadow[f->eTable], f->iId, aRegField[x->k].zField, x->zKey)
              : zHave && zWant ? sqlite3_mprintf("tally of %s %lld %s %Q is %s"
                         " where the evidence gives %s", azRegShadow[f->eTable],
                         f->iId, aRegField[x->k].zField, x->zKey, zHave, zWant) : 0;
      sqlite3_free(zHave);
      sqlite3_free(zWant);
      return *pzDiff ? SQLITE_OK : SQLITE_NOMEM;
    }
    if( t ){
      rc = regTallyTake(f, iT, x);
    }else if( regTallyAdd(f, x->k, x->zKey, x->nKey, x->zValue, x->nValue, x->n,
                          x->iFirst, x->iRow, 0)<0 ){
      rc = SQLITE_NOMEM;
    }
  }
  for(i=0; rc==SQLITE_OK && i<nLoaded; i++){
    RegTally *t = &f->aT[i];
    if( t->n<=0 || regTallyFind(w, t->k, t->zKey, t->nKey)>=0 ) continue;
    if( bCheck ){
      *pzDiff = sqlite3_mprintf("tally of %s %lld %s %Q is not in the evidence",
                                azRegShadow[f->eTable], f->iId,
                                aRegField[t->k].zField, t->zKey);
      return *pzDiff ? SQLITE_OK : SQLITE_NOMEM;
    }
    t->n = 0;
  }
  return rc;
}

/*
** Fact (a->eTable, a->iId): its tallies, then its fields from them (the
** dates of a numbered meeting are regCheckSeries'), and its sources.
** bCheck: the first difference into *pzDiff; else what differs is
** written, and a fact without evidence deleted.
*/
static int regCheckFact(RegVtab *p, const RegFactSrc *a, int bCheck,
                        char **pzDiff) {
  RegFactW f, w;
  int k, rc, bNoMem = 0;
  memset(&f, 0, sizeof(f));
  memset(&w, 0, sizeof(w));
  f.eTable = w.eTable = a->eTable;
  f.iId = w.iId = a->iId;
  rc = regFactLoad(p, &f);
  if( rc==SQLITE_OK && f.bRow ) rc = regWantTallies(p, &f, &w);
  if( rc==SQLITE_OK && f.bRow ) rc = regCheckFactTallies(&f, &w, bCheck, pzDiff);
  if( rc==SQLITE_OK && f.bRow && *pzDiff==0 ){
    f.nSources = a->nSources;
    f.bDeleted = a->nSources<=0;
    rc = regFactChoose(p->db, &f);
    if( rc==SQLITE_OK && f.eTable==REG_T_MEETINGS && f.azNew[2] && f.azNew[3] ){
      f.azNew[5] = regRowNull(&f, 5) ? 0 : regText(f.apRow[5]);
      f.azNew[6] = regRowNull(&f, 6) ? 0 : regText(f.apRow[6]);
    }
    for(k=0; rc==SQLITE_OK && bCheck && k<REG_N_FIELD && *pzDiff==0; k++){
      const RegField *pF = &aRegField[k];
      if( pF->eTable!=f.eTable
       || !regChanged(&f, pF->iCol, f.azNew[pF->iCol], &bNoMem) ) continue;
      *pzDiff = sqlite3_mprintf("%s %lld %s %Q, its tallies give %Q",
          azRegShadow[f.eTable], f.iId, pF->zField,
          regRowNull(&f, pF->iCol) ? 0 : regText(f.apRow[pF->iCol]),
          f.azNew[pF->iCol]);
      if( *pzDiff==0 ) rc = SQLITE_NOMEM;
    }
    if( bNoMem ) rc = SQLITE_NOMEM;
    if( rc==SQLITE_OK && !bCheck ) rc = regFactWrite(p, &f);
  }
  regFactFree(&f);
  regFactFree(&w);
  return rc;
}

/* Every fact, actions and signatories first (they point at the others). */
static int regCheckFacts(RegVtab *p, const RegFactSrc *a, int n, int bCheck,
                         char **pzDiff) {
  int i, pass, rc = SQLITE_OK;
  for(pass=0; pass<2; pass++){
    for(i=0; rc==SQLITE_OK && *pzDiff==0 && i<n; i++){
      int bDep = a[i].eTable==REG_T_ACTIONS || a[i].eTable==REG_T_SIGNATORIES;
      if( bDep==(pass==0) ) rc = regCheckFact(p, &a[i], bCheck, pzDiff);
    }
  }
  return rc;
}

/* The dates of every series (regSeries). */
static int regCheckSeries(RegVtab *p, int bCheck, char **pzDiff) {
  sqlite3_stmt *pStmt;
  char **az = 0;
  int n = 0, i, rc = regStmt(p, REG_S_SERIES_ALL, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    char **azNew = sqlite3_realloc64(az, sizeof(char *)*(n+1));
    if( azNew==0 ){ rc = SQLITE_NOMEM; break; }
    az = azNew;
    az[n] = sqlite3_mprintf("%s", sqlite3_column_text(pStmt, 0));
    if( az[n]==0 ){ rc = SQLITE_NOMEM; break; }
    n++;
  }
  if( rc==SQLITE_OK ) rc = sqlite3_reset(pStmt);
  else sqlite3_reset(pStmt);
  for(i=0; rc==SQLITE_OK && i<n && *pzDiff==0; i++){
    rc = regSeries(p, 0, az[i], bCheck, pzDiff);
  }
  for(i=0; i<n; i++) sqlite3_free(az[i]);
  sqlite3_free(az);
  return rc;
}

/* qsort and bsearch: RegFactSrc by table, then id. */
static int regFactSrcCmp(const void *pa, const void *pb) {
  const RegFactSrc *a = (const RegFactSrc *)pa, *b = (const RegFactSrc *)pb;
  if( a->eTable!=b->eTable ) return a->eTable - b->eTable;
  return a->iId<b->iId ? -1 : a->iId>b->iId;
}

/* True if fact (eTable, iId) is in a[0,n) (sorted) with evidence. */
static int regFactLive(const RegFactSrc *a, int n, int eTable, i64 iId) {
  RegFactSrc x, *pFound;
  if( n==0 ) return 0;
  x.eTable = eTable;
  x.iId = iId;
  x.nSources = 0;
  pFound = bsearch(&x, a, n, sizeof(RegFactSrc), regFactSrcCmp);
  return pFound && pFound->nSources>0;
}

/*
** Tally rows of no fact with evidence, or of no field that has tallies.
** bCheck names the first; else each is logged and deleted.  a[0,n) is
** sorted (regFactSrcCmp).
*/
static int regCheckOrphanTallies(RegVtab *p, const RegFactSrc *a, int n,
                                 int bCheck, char **pzDiff) {
  sqlite3_stmt *pStmt;
  RegConf *aDel = 0;      /* "fact field key" (z), fact id (iReport) */
  int nDel = 0, nDelAlloc = 0, i, rc = regStmt(p, REG_S_ALL_TALLIES, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    /* fact, fact_id, field, key, value, support, first_report, first_row */
    const char *zFact = regColText(pStmt, 0, &rc), *zField = regColText(pStmt, 2, &rc);
    const char *zKey = regColText(pStmt, 3, &rc), *zV = regColText(pStmt, 4, &rc);
    i64 iFact = sqlite3_column_int64(pStmt, 1);
    int eTable = zFact ? regTableOf(zFact) : -1;
    char *z;
    if( rc!=SQLITE_OK ) break;
    if( eTable>=0 && regFieldOf(eTable, zField)>=0 && regFactLive(a, n, eTable, iFact) ){
      continue;
    }
    if( bCheck ){
      *pzDiff = sqlite3_mprintf("tally of %s %lld %s %Q is not in the evidence",
                                zFact, iFact, zField, zKey);
      if( *pzDiff==0 ) rc = SQLITE_NOMEM;
      break;
    }
    rc = regUndoTally(p, zFact, iFact, zField, zKey, sqlite3_column_bytes(pStmt, 3),
                      zV, sqlite3_column_bytes(pStmt, 4), sqlite3_column_int64(pStmt, 5),
                      sqlite3_column_int64(pStmt, 6), sqlite3_column_int64(pStmt, 7));
    z = rc==SQLITE_OK ? sqlite3_mprintf("%s %s %s", zFact, zField, zKey) : 0;
    if( rc==SQLITE_OK && z==0 ) rc = SQLITE_NOMEM;
    if( rc==SQLITE_OK ) rc = regConfAppend(&aDel, &nDel, &nDelAlloc, z, (int)strlen(z), iFact, 0);
    sqlite3_free(z);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_reset(pStmt);
  else sqlite3_reset(pStmt);
  for(i=0; rc==SQLITE_OK && i<nDel; i++){
    /* fact and field names have no space; the key is the rest */
    char *zF = aDel[i].z, *zFi = strchr(zF, ' ') + 1, *zK = strchr(zFi, ' ') + 1;
    zFi[-1] = 0;
    zK[-1] = 0;
    rc = regStmt(p, REG_S_DEL_TALLY, &pStmt);
    if( rc==SQLITE_OK ){
      sqlite3_bind_text(pStmt, 1, zF, -1, SQLITE_STATIC);
      sqlite3_bind_int64(pStmt, 2, aDel[i].iReport);
      sqlite3_bind_text(pStmt, 3, zFi, -1, SQLITE_STATIC);
      sqlite3_bind_text(pStmt, 4, zK, -1, SQLITE_STATIC);
      rc = regExec(pStmt);
    }
  }
  regConfFree(aDel, nDel);
  return rc;
}

/*
** Conflict rows of no fact with evidence, or of a field that has none.
** bCheck names the first; else each is logged and deleted.
*/
static int regCheckOrphanConflicts(RegVtab *p, const RegFactSrc *a, int n,
                                   int bCheck, char **pzDiff) {
  sqlite3_stmt *pStmt;
  i64 *aDel = 0;
  int nDel = 0, i, rc = regStmt(p, REG_S_ALL_CONFLICTS, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    /* id, fact, fact_id, field, value, report_id */
    const char *zFact = regColText(pStmt, 1, &rc), *zField = regColText(pStmt, 3, &rc);
    int eTable = zFact ? regTableOf(zFact) : -1;
    int k = eTable<0 || zField==0 ? -1 : regFieldOf(eTable, zField);
    i64 *aNew;
    if( rc!=SQLITE_OK ) break;
    if( k>=0 && (aRegField[k].eMerge==REG_F_VALUE || aRegField[k].eMerge==REG_F_DATE)
     && regFactLive(a, n, eTable, sqlite3_column_int64(pStmt, 2)) ){
      continue;
    }
    if( bCheck ){
      *pzDiff = sqlite3_mprintf("conflicts of %s %lld %s %Q of report %lld is"
                                " listed but does not lose", zFact,
                                sqlite3_column_int64(pStmt, 2), zField,
                                sqlite3_column_text(pStmt, 4),
                                sqlite3_column_int64(pStmt, 5));
      if( *pzDiff==0 ) rc = SQLITE_NOMEM;
      break;
    }
    aNew = sqlite3_realloc64(aDel, sizeof(i64)*(nDel+1));
    if( aNew==0 ){ rc = SQLITE_NOMEM; break; }
    aDel = aNew;
    aDel[nDel++] = sqlite3_column_int64(pStmt, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_reset(pStmt);
  else sqlite3_reset(pStmt);
  for(i=0; rc==SQLITE_OK && i<nDel; i++) rc = regConflictDelete(p, aDel[i]);
  sqlite3_free(aDel);
  return rc;
}

/* The conflicts of every fact with evidence, field by field. */
static int regCheckConflicts(RegVtab *p, const RegFactSrc *a, int n, int bCheck,
                             char **pzDiff) {
  int i, k, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && *pzDiff==0 && i<n; i++){
    RegFactW f;
    if( a[i].nSources<=0 ) continue;
    memset(&f, 0, sizeof(f));
    f.eTable = a[i].eTable;
    f.iId = a[i].iId;
    rc = regFactLoadRow(p, &f);
    for(k=0; rc==SQLITE_OK && f.bRow && k<REG_N_FIELD && *pzDiff==0; k++){
      const RegField *pF = &aRegField[k];
      const char *zWin;
      if( pF->eTable!=f.eTable ) continue;
      if( pF->eMerge!=REG_F_VALUE && pF->eMerge!=REG_F_DATE ) continue;
      zWin = regRowNull(&f, pF->iCol) ? 0 : regText(f.apRow[pF->iCol]);
      if( zWin==0 && !regRowNull(&f, pF->iCol) ){
        rc = SQLITE_NOMEM;
        break;
      }
      rc = regConflictsSync(p, f.eTable, f.iId, k, zWin, bCheck, pzDiff);
    }
    regFactFree(&f);
  }
  return rc;
}

/*
** 'rebuild' (bCheck 0) or 'integrity-check' (bCheck 1): the steps above
** in order; a difference found by 'integrity-check' is its error.
*/
static int regCheck(RegVtab *p, int bCheck) {
  char *zDiff = 0;
  RegFactSrc *a = 0;
  int n = 0, rc = regCheckLost(p, bCheck, &zDiff);
  if( rc==SQLITE_OK && zDiff==0 ) rc = regCheckSources(p, bCheck, &zDiff, &a, &n);
  if( rc==SQLITE_OK && zDiff==0 ) rc = regCheckFacts(p, a, n, bCheck, &zDiff);
  if( rc==SQLITE_OK && zDiff==0 ) rc = regCheckSeries(p, bCheck, &zDiff);
  if( rc==SQLITE_OK && zDiff==0 ){
    if( n>1 ) qsort(a, n, sizeof(RegFactSrc), regFactSrcCmp);
    rc = regCheckOrphanTallies(p, a, n, bCheck, &zDiff);
  }
  if( rc==SQLITE_OK && zDiff==0 ) rc = regCheckOrphanConflicts(p, a, n, bCheck, &zDiff);
  if( rc==SQLITE_OK && zDiff==0 ) rc = regCheckConflicts(p, a, n, bCheck, &zDiff);
  if( rc==SQLITE_OK && zDiff ){
    rc = regError(p, "commit_registry: integrity-check: %s", zDiff);
  }
  sqlite3_free(zDiff);
  sqlite3_free(a);
  return rc;
}

/* ==== INSERT, DELETE, UPDATE =========================================== */

/*
** Check the values of a new report: source and url text or NULL, published
** NULL or an ISO date, body text (valid UTF-8, no NUL).  Fills *pOpt.
*/
static int regCheckRow(RegVtab *p, sqlite3_value **aVal, CommitParseOpt *pOpt,
                       const char **pzBody, int *pnBody) {
  static const char *const azCol[] = { "source", "url" };
  int i;
  const char *zErr;
  memset(pOpt, 0, sizeof(*pOpt));
  for(i=0; i<2; i++){
    int e = sqlite3_value_type(aVal[i]);
    if( e!=SQLITE_NULL && e!=SQLITE_TEXT ){
      return regError(p, "commit_registry: %s must be text", azCol[i]);
    }
  }
  if( sqlite3_value_type(aVal[REG_COL_PUBLISHED])!=SQLITE_NULL ){
    const char *z = (const char *)sqlite3_value_text(aVal[REG_COL_PUBLISHED]);
    int n = sqlite3_value_bytes(aVal[REG_COL_PUBLISHED]);
    if( z==0 && sqlite3_value_type(aVal[REG_COL_PUBLISHED])!=SQLITE_NULL ){
      return SQLITE_NOMEM;
    }
    if( sqlite3_value_type(aVal[REG_COL_PUBLISHED])!=SQLITE_TEXT
     || !commitDayParseIso(z, n, &pOpt->published) ){
      char zQ[44];
      sqlite3_snprintf(sizeof(zQ), zQ, "%.40s", z ? z : "");
      return regError(p, "commit_registry: published must be a date"
                         " YYYY, YYYY-MM or YYYY-MM-DD: '%s'", zQ);
    }
  }
  /* A BLOB body is read as UTF-8 text (readfile() returns one). */
  if( sqlite3_value_type(aVal[REG_COL_BODY])==SQLITE_NULL ){
    return regError(p, "commit_registry: body must be text, not NULL%s", "");
  }
  zErr = commitCheckText(0, aVal[REG_COL_BODY], pzBody, pnBody);
  if( zErr ){
    if( strcmp(zErr, "out of memory")==0 ) return SQLITE_NOMEM;
    return regError(p, "commit_registry: body: %s", zErr);
  }
  return SQLITE_OK;
}

/* SQLITE_OK if no report has id pId, else an error that says so. */
static int regIdFree(RegVtab *p, sqlite3_value *pId) {
  sqlite3_stmt *pStmt;
  i64 nTaken = 0;
  int rc = regStmt(p, REG_S_REPORT_EXISTS, &pStmt);
  if( rc==SQLITE_OK ){
    sqlite3_bind_value(pStmt, 1, pId);
    rc = regInt(pStmt, &nTaken);
  }
  if( rc==SQLITE_OK && nTaken ){
    char zId[24];
    sqlite3_snprintf(sizeof(zId), zId, "%lld", sqlite3_value_int64(pId));
    rc = regError(p, "commit_registry: report %s already exists", zId);
  }
  return rc;
}

/* Parse and store one report with id *piReport (0: a new id). */
static int regInsert(RegVtab *p, sqlite3_value *pRowid, sqlite3_value **aVal,
                     sqlite_int64 *piRowid) {
  RegIngest g;
  CommitParseOpt opt;
  CommitSource src;
  const char *zBody;
  int nBody, rc, i;
  sqlite3_stmt *pStmt;
  memset(&g, 0, sizeof(g));
  memset(&src, 0, sizeof(src));
  rc = regCheckRow(p, aVal, &opt, &zBody, &nBody);
  if( rc!=SQLITE_OK ) return rc;
  if( pRowid && sqlite3_value_type(pRowid)==SQLITE_INTEGER ){
    rc = regIdFree(p, pRowid);
    if( rc!=SQLITE_OK ) return rc;
  }
  /* Parse before writing anything.  A body that is plainly an HTML page
  ** is read as one (html.c). */
  rc = commitParseSource(p->pGaz, zBody, nBody, &opt, &src, &g.pFacts, 0, 0);
  if( rc!=SQLITE_OK ){
    commitSourceClose(&src);
    return rc;
  }
  g.p = p;
  g.z = src.z;
  g.pSrc = &src;
  g.aMeeting = sqlite3_malloc64(sizeof(i64)*(g.pFacts->nOut+1));
  g.aDoc = sqlite3_malloc64(sizeof(i64)*(g.pFacts->docs.n+1));
  if( g.aMeeting==0 || g.aDoc==0 ) rc = SQLITE_NOMEM;
  if( rc==SQLITE_OK ) rc = regStmt(p, REG_S_INSERT_CONTENT, &pStmt);
  if( rc==SQLITE_OK && p->bUndo ){
    /* the report is taken out by its id on undo (noted below) */
    RegUndo *u = regUndoNew(p);
    if( u==0 ) rc = SQLITE_NOMEM;
    else u->eTable = REG_T_CONTENT;
  }
  if( rc==SQLITE_OK ){
    if( pRowid && sqlite3_value_type(pRowid)!=SQLITE_NULL ){
      sqlite3_bind_value(pStmt, 1, pRowid);
    }
    for(i=0; i<4; i++) sqlite3_bind_value(pStmt, i+2, aVal[i]);
    rc = regExec(pStmt);
    if( rc==SQLITE_OK ){
      g.iReport = sqlite3_last_insert_rowid(p->db);
      *piRowid = g.iReport;
      if( p->bUndo ) p->aUndo[p->nUndo-1].iId = g.iReport;
    }
  }
  if( rc==SQLITE_OK ) rc = regMeetings(&g);
  if( rc==SQLITE_OK ) rc = regDocuments(&g);
  if( rc==SQLITE_OK ) rc = regActions(&g);
  if( rc==SQLITE_OK ) rc = regPeople(&g);
  if( rc==SQLITE_OK ) rc = regOpRun(p, g.iReport, 1, &g);
  sqlite3_free(g.aEv);
  sqlite3_free(g.zArena);
  sqlite3_free(g.aMeeting);
  sqlite3_free(g.aDoc);
  commitFactsFree(g.pFacts);
  commitSourceClose(&src);
  return rc;
}

/* Take report iReport out: its evidence, what it supported, its row. */
static int regDelete(RegVtab *p, i64 iReport) {
  sqlite3_stmt *pStmt;
  int rc = regOpRun(p, iReport, -1, 0);
  /* the report row goes last, so that no row refers to a missing report
  ** (PRAGMA foreign_keys=ON) */
  if( rc==SQLITE_OK && p->bUndo ){
    rc = regTableStmt(p, p->aRow, REG_T_CONTENT,
                      "SELECT * FROM %Q.'%q_%q' WHERE id=?1", &pStmt);
    if( rc==SQLITE_OK ){
      sqlite3_bind_int64(pStmt, 1, iReport);
      rc = regUndoRows(p, REG_T_CONTENT, pStmt);
    }
  }
  if( rc==SQLITE_OK ) rc = regExecId(p, REG_S_DEL_CONTENT, iReport);
  return rc;
}

/*
** After a failure rc with no message of the registry's own, take SQLite's
** (a table of the registry gone, a constraint, a trigger on one).
*/
static void regErrorOf(RegVtab *p, int rc) {
  if( p->base.zErrMsg==0 && rc!=SQLITE_NOMEM ){
    p->base.zErrMsg = sqlite3_mprintf("commit_registry: %s", sqlite3_errmsg(p->db));
  }
}

/* Run a command: INSERT INTO reports(reports) VALUES('rebuild'). */
static int regCommand(RegVtab *p, sqlite3_value *pCmd) {
  const char *z = (const char *)sqlite3_value_text(pCmd);
  int rc;
  if( z==0 ) return SQLITE_NOMEM;
  if( sqlite3_value_type(pCmd)==SQLITE_TEXT && strcmp(z, "integrity-check")==0 ){
    return regCheck(p, 1);
  }
  if( sqlite3_value_type(pCmd)==SQLITE_TEXT && strcmp(z, "rebuild")==0 ){
    rc = regUndoBegin(p);
    if( rc==SQLITE_OK ) rc = regCheck(p, 0);
    if( rc!=SQLITE_OK ){
      regErrorOf(p, rc);
      regUndoRun(p);
    }
    regUndoEnd(p);
    return rc;
  }
  {
    char zQ[44];
    sqlite3_snprintf(sizeof(zQ), zQ, "%.40s", z);
    return regError(p, "commit_registry: unknown command '%s': use 'rebuild'"
                       " or 'integrity-check'", zQ);
  }
}

/* An INSERT, DELETE or UPDATE of a report (regUpdate). */
static int regChange(RegVtab *p, int argc, sqlite3_value **argv,
                     sqlite_int64 *pRowid) {
  i64 iOld;
  int rc = SQLITE_OK;
  if( argc>1 && sqlite3_value_type(argv[0])==SQLITE_NULL ){
    rc = regInsert(p, argv[1], &argv[2], pRowid);             /* INSERT */
  }else{
    iOld = sqlite3_value_int64(argv[0]);
    if( argc>1 ){
      CommitParseOpt opt;
      const char *zBody;
      int nBody;
      /* Check the new row before the old one is taken out. */
      if( sqlite3_value_type(argv[1])!=SQLITE_INTEGER ){
        rc = regError(p, "commit_registry: rowid must be an integer%s", "");
      }
      if( rc==SQLITE_OK ) rc = regCheckRow(p, &argv[2], &opt, &zBody, &nBody);
      if( rc==SQLITE_OK && sqlite3_value_int64(argv[1])!=iOld ){
        rc = regIdFree(p, argv[1]);
      }
    }
    if( rc==SQLITE_OK ) rc = regDelete(p, iOld);
    if( rc==SQLITE_OK && argc>1 ) rc = regInsert(p, argv[1], &argv[2], pRowid);
  }
  return rc;
}

/*
** xUpdate.  argc==1: DELETE argv[0].  argv[0] NULL: INSERT with rowid
** argv[1] (NULL: automatic) and columns argv[2..6] -- or, when the command
** column argv[6] is set, a command.  Otherwise UPDATE of row argv[0] to
** rowid argv[1]: DELETE then INSERT.  A change that fails inside a
** transaction is taken back (regUndoRun).
*/
static int regUpdate(sqlite3_vtab *pVtab, int argc, sqlite3_value **argv,
                     sqlite_int64 *pRowid) {
  RegVtab *p = (RegVtab *)pVtab;
  int rc;
  if( argc>1 && sqlite3_value_type(argv[2+REG_COL_COMMAND])!=SQLITE_NULL ){
    if( sqlite3_value_type(argv[0])!=SQLITE_NULL ){
      return regError(p, "commit_registry: a command is an INSERT:"
                         " INSERT INTO %s(...) VALUES('rebuild')", p->zName);
    }
    /* sqlite3_last_insert_rowid() stays what it was */
    *pRowid = sqlite3_last_insert_rowid(p->db);
    rc = regCommand(p, argv[2+REG_COL_COMMAND]);
  }else{
    rc = regUndoBegin(p);
    if( rc==SQLITE_OK ) rc = regChange(p, argc, argv, pRowid);
    if( rc!=SQLITE_OK ){
      regErrorOf(p, rc);
      regUndoRun(p);
    }
    regUndoEnd(p);
  }
  if( rc!=SQLITE_OK ) regErrorOf(p, rc);
  return rc;
}

static sqlite3_module regModule = {
  3,              /* iVersion: xShadowName */
  regCreate,      /* xCreate */
  regConnect,     /* xConnect */
  regBestIndex,   /* xBestIndex */
  regDisconnect,  /* xDisconnect */
  regDestroy,     /* xDestroy */
  regOpen,        /* xOpen */
  regClose,       /* xClose */
  regFilter,      /* xFilter */
  regNext,        /* xNext */
  regEof,         /* xEof */
  regColumn,      /* xColumn */
  regRowid,       /* xRowid */
  regUpdate,      /* xUpdate */
  0,              /* xBegin */
  0,              /* xSync */
  0,              /* xCommit */
  0,              /* xRollback */
  0,              /* xFindFunction */
  regRename,      /* xRename */
  0,              /* xSavepoint */
  0,              /* xRelease */
  0,              /* xRollbackTo */
  regShadowName,  /* xShadowName */
};

/* Register commit_registry with a reference to pGaz. */
int commitRegistryInit(sqlite3 *db, CommitGazetteer *pGaz) {
  commitGazetteerRef(pGaz);
  return sqlite3_create_module_v2(db, "commit_registry", &regModule, pGaz,
                                  commitGazetteerUnref);
}
