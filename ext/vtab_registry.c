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
** url, published, body).  The facts live in real tables, written only by
** this module ("shadow tables", listed by xShadowName):
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
**
** How it merges.  An INSERT parses the body (commit_parse's pipeline, with
** published as the anchor for relative dates), finds or creates the fact
** row of each meeting, document, action, signatory and person, and writes
** one evidence row per field value it observed.  Then every touched fact
** is recomputed from all its evidence: a field takes the value seen in the
** most reports; ties go to the longer (more specific) value, then to the
** earlier report.  The losing values of a field go to <name>_conflicts
** with their reports.  List fields (hosts, organizers, parties) are the
** union of what was seen, ordered by support, and have no conflicts.
**
** Identity: meetings with the same series and number are one; a meeting
** without a number is the one of the same series held in the same city in
** the same month.  Documents are one by kind and ordinal, actions by
** (meeting, document, action), signatories by (meeting, document,
** country), people by name (case folded; honorifics and ranks are already
** stripped by the parser).
**
** DELETE takes the report's evidence out and recomputes what it touched;
** a fact left without evidence is deleted.  UPDATE is DELETE + INSERT.
** All writes happen inside the statement, so a failing INSERT (bad input,
** constraint, out of memory) is rolled back with it, and BEGIN ... ROLLBACK
** undoes an ingest.
**
** Security: the table writes, so it is SQLITE_VTAB_DIRECTONLY: triggers and
** views cannot use it.  SQL is built with %Q/%w only.
*/
#include "commit.h"
#include <string.h>

/* ORDER SHADOW: suffixes of the shadow tables; keep in step with REG_T_*. */
static const char *const azRegShadow[] = {
  "content", "meetings", "documents", "actions", "signatories", "people",
  "evidence", "conflicts",
};
#define REG_T_CONTENT 0
#define REG_T_MEETINGS 1
#define REG_T_DOCUMENTS 2
#define REG_T_ACTIONS 3
#define REG_T_SIGNATORIES 4
#define REG_T_PEOPLE 5
#define REG_T_EVIDENCE 6
#define REG_T_CONFLICTS 7
#define REG_N_SHADOW 8

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
  "CREATE INDEX %Q.'%q_evidence_fact' ON '%q_evidence'(fact, fact_id, field)",
  "CREATE INDEX %Q.'%q_conflicts_fact' ON '%q_conflicts'(fact, fact_id)",
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
};
static const RegField aRegField[] = {
  { REG_T_MEETINGS, "code", 0 }, { REG_T_MEETINGS, "series", 0 },
  { REG_T_MEETINGS, "number", 0 }, { REG_T_MEETINGS, "name", 2 },
  { REG_T_MEETINGS, "start", 3 }, { REG_T_MEETINGS, "end", 3 },
  { REG_T_MEETINGS, "city", 0 }, { REG_T_MEETINGS, "country", 0 },
  { REG_T_MEETINGS, "venue", 0 }, { REG_T_MEETINGS, "hosts", 1 },
  { REG_T_MEETINGS, "organizers", 1 }, { REG_T_MEETINGS, "attendance", 0 },
  { REG_T_MEETINGS, "attendance_qualifier", 4 },
  { REG_T_DOCUMENTS, "kind", 0 }, { REG_T_DOCUMENTS, "ordinal", 0 },
  { REG_T_DOCUMENTS, "title", 2 }, { REG_T_DOCUMENTS, "period", 0 },
  { REG_T_ACTIONS, "action", 0 }, { REG_T_ACTIONS, "parties", 1 },
  { REG_T_SIGNATORIES, "country", 0 }, { REG_T_SIGNATORIES, "person", 0 },
  { REG_T_SIGNATORIES, "title", 0 },
  { REG_T_PEOPLE, "name", 2 }, { REG_T_PEOPLE, "honorific", 0 },
  { REG_T_PEOPLE, "title", 0 }, { REG_T_PEOPLE, "organization", 0 },
  { REG_T_PEOPLE, "country", 0 },
};
#define REG_N_FIELD ((int)(sizeof(aRegField)/sizeof(aRegField[0])))

/* Cached statements; ORDER STMT: keep in step with azRegStmt. */
#define REG_S_EVIDENCE 0      /* insert an evidence row */
#define REG_S_TOUCHED 1       /* facts a report has evidence for */
#define REG_S_DEL_EVIDENCE 2  /* delete a report's evidence */
#define REG_S_DEL_CONTENT 3   /* delete a report */
#define REG_S_FIELD_VALUES 4  /* values of one field, best first */
#define REG_S_SOURCES 5       /* reports behind one fact */
#define REG_S_DEL_CONFLICTS 6 /* conflicts of one fact */
#define REG_S_ADD_CONFLICTS 7 /* losing values of one field */
#define REG_S_MEETING_NUM 8   /* meeting by series and number */
#define REG_S_MEETING_PLACE 9 /* meeting by series, city and month */
#define REG_S_DOC 10          /* document by kind and ordinal */
#define REG_S_ACTION 11       /* action by meeting, document, action */
#define REG_S_SIGNATORY 12    /* signatory by meeting, document, country */
#define REG_S_PERSON 13       /* person by name */
#define REG_S_NEW_MEETING 14
#define REG_S_NEW_DOC 15
#define REG_S_NEW_ACTION 16
#define REG_S_NEW_SIGNATORY 17
#define REG_S_NEW_PERSON 18
#define REG_S_INSERT_CONTENT 19
#define REG_S_LIST_VALUES 20  /* a list field as a JSON array */
#define REG_S_DATE_VALUES 21  /* values of a date field, best first */
#define REG_S_ADD_DATE_CONFLICTS 22 /* dates that do not fit the chosen one */
#define REG_S_DOC_AT 23       /* document of the same kind acted on at a meeting */
#define REG_S_REPORT_EXISTS 24 /* is a report id taken */
#define REG_S_QUALIFIER 25    /* qualifier of the reports behind the attendance */
#define REG_S_REPORT_ROW 26   /* a report's columns */
#define REG_S_MEETING_LINK 27 /* the meetings of the other kind that agree */
#define REG_S_SERIES_BOUNDS 28 /* dates of the series before and after */
#define REG_S_MEETING_KEY 29  /* series and number of a meeting */
#define REG_S_NEIGHBOURS 30   /* the numbered meetings next to a number */
#define REG_N_STMT 31

/* SQL of the cached statements: each takes (schema, name) once per table
** named, as %Q.'%q_suffix'. */
static const char *const azRegStmt[] = {
  "INSERT INTO %Q.'%q_evidence'(report_id, fact, fact_id, field, value,"
  " start, \"end\", surface) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  "SELECT DISTINCT fact, fact_id FROM %Q.'%q_evidence' WHERE report_id=?1",
  "DELETE FROM %Q.'%q_evidence' WHERE report_id=?1",
  "DELETE FROM %Q.'%q_content' WHERE id=?1",
  "SELECT value, count(DISTINCT report_id) AS n, min(report_id) AS r"
  " FROM %Q.'%q_evidence' WHERE fact=?1 AND fact_id=?2 AND field=?3"
  " AND value IS NOT NULL GROUP BY value COLLATE NOCASE"
  " ORDER BY n DESC, length(value) DESC, r ASC",
  "SELECT count(DISTINCT report_id) FROM %Q.'%q_evidence'"
  " WHERE fact=?1 AND fact_id=?2",
  "DELETE FROM %Q.'%q_conflicts' WHERE fact=?1 AND fact_id=?2",
  "INSERT INTO %Q.'%q_conflicts'(fact, fact_id, field, value, report_id)"
  " SELECT DISTINCT fact, fact_id, field, value, report_id"
  " FROM %Q.'%q_evidence' WHERE fact=?1 AND fact_id=?2 AND field=?3"
  " AND value IS NOT NULL AND lower(value) IS NOT lower(?4)"
  " ORDER BY report_id, value",
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
  "SELECT json_group_array(value) FROM (SELECT value,"
  " count(DISTINCT report_id) AS n, min(id) AS i FROM %Q.'%q_evidence'"
  " WHERE fact=?1 AND fact_id=?2 AND field=?3 AND value IS NOT NULL"
  " GROUP BY value ORDER BY n DESC, i ASC)",
  "SELECT a.value, (SELECT count(DISTINCT b.report_id) FROM %Q.'%q_evidence' b"
  " WHERE b.fact=?1 AND b.fact_id=?2 AND b.field=?3"
  " AND (a.value=b.value OR a.value LIKE b.value||'-%%')) AS n,"
  " min(a.report_id) AS r FROM %Q.'%q_evidence' a"
  " WHERE a.fact=?1 AND a.fact_id=?2 AND a.field=?3 AND a.value IS NOT NULL"
  " GROUP BY a.value ORDER BY n DESC, length(a.value) DESC, r ASC",
  "INSERT INTO %Q.'%q_conflicts'(fact, fact_id, field, value, report_id)"
  " SELECT DISTINCT fact, fact_id, field, value, report_id"
  " FROM %Q.'%q_evidence' WHERE fact=?1 AND fact_id=?2 AND field=?3"
  " AND value IS NOT NULL AND value IS NOT ?4 AND NOT (?4 LIKE value||'-%%')"
  " ORDER BY report_id, value",
  "SELECT d.id FROM %Q.'%q_documents' d JOIN %Q.'%q_actions' a"
  " ON a.document_id=d.id WHERE d.kind=?1 AND a.meeting_id=?2 AND a.action=?3"
  " AND (d.ordinal IS NULL OR ?4 IS NULL OR d.ordinal=?4)"
  " ORDER BY d.ordinal IS NULL, d.id LIMIT 1",
  "SELECT count(*) FROM %Q.'%q_content' WHERE id=?1",
  "SELECT value, count(DISTINCT report_id) AS n, min(report_id) AS r"
  " FROM %Q.'%q_evidence' WHERE fact='meetings' AND fact_id=?2"
  " AND field='attendance_qualifier' AND report_id IN (SELECT report_id"
  " FROM %Q.'%q_evidence' WHERE fact='meetings' AND fact_id=?2"
  " AND field='attendance' AND value=(SELECT CAST(attendance AS TEXT)"
  " FROM %Q.'%q_meetings' WHERE id=?2)) AND ?1 IS NOT NULL AND ?3 IS NOT NULL"
  " GROUP BY value ORDER BY n DESC, r ASC",
  "SELECT source, url, published, body FROM %Q.'%q_content' WHERE id=?1",
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
  /* ?1 series, ?2 number: the latest date of a lower number, the earliest
  ** of a higher one. */
  "SELECT (SELECT max(coalesce(start, \"end\")) FROM %Q.'%q_meetings'"
  "  WHERE series=?1 AND number<?2),"
  " (SELECT min(coalesce(start, \"end\")) FROM %Q.'%q_meetings'"
  "  WHERE series=?1 AND number>?2)",
  "SELECT series, number FROM %Q.'%q_meetings' WHERE id=?1",
  "SELECT id FROM (SELECT id FROM %Q.'%q_meetings' WHERE series=?1"
  " AND number<?2 ORDER BY number DESC LIMIT 1) UNION ALL SELECT id FROM"
  " (SELECT id FROM %Q.'%q_meetings' WHERE series=?1 AND number>?2"
  " ORDER BY number LIMIT 1)",
};

/* Column numbers of the virtual table. */
#define REG_COL_SOURCE 0
#define REG_COL_URL 1
#define REG_COL_PUBLISHED 2
#define REG_COL_BODY 3

typedef struct RegVtab RegVtab;
struct RegVtab {
  sqlite3_vtab base;                /* base class */
  sqlite3 *db;                      /* the connection */
  char *zDb;                        /* schema name ("main") */
  char *zName;                      /* table name ("reports") */
  const CommitGazetteer *pGaz;      /* gazetteer */
  sqlite3_stmt *aStmt[REG_N_STMT];  /* cached statements, prepared lazily */
  sqlite3_stmt *aUpdate[REG_N_FIELD]; /* UPDATE <table> SET <field> */
  sqlite3_stmt *aSources[REG_N_SHADOW]; /* UPDATE <table> SET sources */
  sqlite3_stmt *aDrop[REG_N_SHADOW];  /* DELETE FROM <table> WHERE id */
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
  /* Statements name up to three tables; sqlite3_mprintf ignores the pairs
  ** a statement does not use. */
  return regCached(p, &p->aStmt[i],
                   p->aStmt[i] ? 0 : sqlite3_mprintf(azRegStmt[i], p->zDb,
                                                     p->zName, p->zDb, p->zName,
                                                     p->zDb, p->zName), pp);
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
  for(i=0; i<REG_N_FIELD; i++){
    sqlite3_finalize(p->aUpdate[i]);
    p->aUpdate[i] = 0;
  }
  for(i=0; i<REG_N_SHADOW; i++){
    sqlite3_finalize(p->aSources[i]);
    sqlite3_finalize(p->aDrop[i]);
    p->aSources[i] = 0;
    p->aDrop[i] = 0;
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

/* Free a vtab object (statements, names). */
static void regFree(RegVtab *p) {
  if( p ){
    regFinalizeAll(p);
    sqlite3_free(p->zDb);
    sqlite3_free(p->zName);
    sqlite3_free(p);
  }
}

/*
** xCreate and xConnect.  argv[1] is the schema, argv[2] the table name; no
** arguments are accepted after USING commit_registry.
*/
static int regInit(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                   sqlite3_vtab **ppVtab, char **pzErr, int bCreate) {
  RegVtab *p;
  int rc;
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
  rc = sqlite3_declare_vtab(db,
      "CREATE TABLE x(source TEXT, url TEXT, published TEXT, body TEXT)");
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
  sqlite3_result_value(ctx, sqlite3_column_value(c->pStmt, iCol+1));
  return SQLITE_OK;
}

/* xRowid */
static int regRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = sqlite3_column_int64(((RegCursor *)pCur)->pStmt, 0);
  return SQLITE_OK;
}

/* ==== Evidence ========================================================= */

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
};

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
  return regExec(pStmt);
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

/* ==== Recomputing facts ================================================ */

/* The UPDATE statement that sets field k of its table. */
static int regUpdateStmt(RegVtab *p, int k, sqlite3_stmt **pp) {
  return regCached(p, &p->aUpdate[k], p->aUpdate[k] ? 0 : sqlite3_mprintf(
      "UPDATE %Q.'%q_%q' SET \"%w\"=?1 WHERE id=?2", p->zDb, p->zName,
      azRegShadow[aRegField[k].eTable], aRegField[k].zField), pp);
}

/*
** Compare ISO dates a and b at the coarser of their grains: <0, 0, >0.
*/
static int regDateCmp(const char *a, const char *b) {
  int na = (int)strlen(a), nb = (int)strlen(b);
  return strncmp(a, b, na<nb ? na : nb);
}

/*
** True if date zValue for meeting iId keeps the order of its series: a
** higher number is never earlier (IMM3 is not in 2004 when IMM2 was in
** 2007).  Dates of unnumbered meetings have no order to keep.  *pbOk
** gets the answer; returns an SQLite code.
*/
static int regDateInOrder(RegVtab *p, i64 iId, const char *zValue, int *pbOk) {
  sqlite3_stmt *pKey, *pB;
  int rc;
  *pbOk = 1;
  if( zValue==0 ) return SQLITE_OK;
  rc = regStmt(p, REG_S_MEETING_KEY, &pKey);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_int64(pKey, 1, iId);
  rc = sqlite3_step(pKey);
  if( rc==SQLITE_ROW && sqlite3_column_type(pKey, 0)!=SQLITE_NULL
   && sqlite3_column_type(pKey, 1)!=SQLITE_NULL ){
    rc = regStmt(p, REG_S_SERIES_BOUNDS, &pB);
    if( rc==SQLITE_OK ){
      sqlite3_bind_value(pB, 1, sqlite3_column_value(pKey, 0));
      sqlite3_bind_value(pB, 2, sqlite3_column_value(pKey, 1));
      rc = sqlite3_step(pB);
      if( rc==SQLITE_ROW ){
        const char *zLo = (const char *)sqlite3_column_text(pB, 0);
        const char *zHi = (const char *)sqlite3_column_text(pB, 1);
        if( (zLo && regDateCmp(zLo, zValue)>0) || (zHi && regDateCmp(zValue, zHi)>0) ){
          *pbOk = 0;
        }
        rc = SQLITE_DONE;
      }
      sqlite3_reset(pB);
    }
  }
  sqlite3_reset(pKey);
  return rc==SQLITE_ROW || rc==SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(p->db);
}

/*
** Recompute field k of fact (eTable, iId) from its evidence: the best
** supported value, and the others as conflicts.  List fields take the
** union.  A meeting's date is the best supported one that keeps the order
** of its series, if any does.
*/
static int regRecomputeField(RegVtab *p, int k, i64 iId) {
  const RegField *pF = &aRegField[k];
  const char *zFact = azRegShadow[pF->eTable];
  sqlite3_stmt *pSel, *pUpd, *pConf;
  int rc;
  rc = regStmt(p, pF->eMerge==REG_F_LIST ? REG_S_LIST_VALUES
               : pF->eMerge==REG_F_DATE ? REG_S_DATE_VALUES
               : pF->eMerge==REG_F_QUALIFIER ? REG_S_QUALIFIER : REG_S_FIELD_VALUES,
               &pSel);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(pSel, 1, zFact, -1, SQLITE_STATIC);
  sqlite3_bind_int64(pSel, 2, iId);
  sqlite3_bind_text(pSel, 3, pF->zField, -1, SQLITE_STATIC);
  rc = regUpdateStmt(p, k, &pUpd);
  if( rc!=SQLITE_OK ){
    sqlite3_reset(pSel);
    return rc;
  }
  rc = sqlite3_step(pSel);
  if( rc==SQLITE_ROW && pF->eTable==REG_T_MEETINGS && pF->eMerge==REG_F_DATE ){
    /* The first value in order, else the best supported one. */
    int bOk = 0, nRow = 0;
    while( rc==SQLITE_ROW ){
      int rc2 = regDateInOrder(p, iId,
                               (const char *)sqlite3_column_text(pSel, 0), &bOk);
      if( rc2!=SQLITE_OK ){ sqlite3_reset(pSel); return rc2; }
      nRow++;
      if( bOk ) break;
      rc = sqlite3_step(pSel);
    }
    if( !bOk && rc==SQLITE_DONE && nRow>0 ){
      sqlite3_reset(pSel);
      rc = sqlite3_step(pSel);
    }
  }
  if( rc==SQLITE_ROW ){
    sqlite3_bind_value(pUpd, 1, sqlite3_column_value(pSel, 0));
  }else if( rc!=SQLITE_DONE ){
    sqlite3_reset(pSel);
    return sqlite3_errcode(p->db);
  }
  sqlite3_bind_int64(pUpd, 2, iId);
  rc = regExec(pUpd);
  if( rc==SQLITE_OK && (pF->eMerge==REG_F_VALUE || pF->eMerge==REG_F_DATE) ){
    /* Every value other than the chosen one (and, for dates, the coarser
    ** dates that contain it) is a conflict. */
    rc = regStmt(p, pF->eMerge==REG_F_DATE ? REG_S_ADD_DATE_CONFLICTS
                                           : REG_S_ADD_CONFLICTS, &pConf);
    if( rc==SQLITE_OK ){
      sqlite3_bind_text(pConf, 1, zFact, -1, SQLITE_STATIC);
      sqlite3_bind_int64(pConf, 2, iId);
      sqlite3_bind_text(pConf, 3, pF->zField, -1, SQLITE_STATIC);
      if( sqlite3_stmt_busy(pSel) ){
        sqlite3_bind_value(pConf, 4, sqlite3_column_value(pSel, 0));
      }
      rc = regExec(pConf);
    }
  }
  sqlite3_reset(pSel);
  return rc;
}

/*
** Recompute every field of fact (eTable, iId), its source count and its
** conflicts; delete the fact if no evidence is left.
*/
static int regRecompute(RegVtab *p, int eTable, i64 iId) {
  sqlite3_stmt *pStmt;
  i64 nSource = 0;
  int rc, k;
  rc = regStmt(p, REG_S_SOURCES, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(pStmt, 1, azRegShadow[eTable], -1, SQLITE_STATIC);
  sqlite3_bind_int64(pStmt, 2, iId);
  rc = regInt(pStmt, &nSource);
  if( rc==SQLITE_OK ) rc = regStmt(p, REG_S_DEL_CONFLICTS, &pStmt);
  if( rc==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, azRegShadow[eTable], -1, SQLITE_STATIC);
    sqlite3_bind_int64(pStmt, 2, iId);
    rc = regExec(pStmt);
  }
  if( rc!=SQLITE_OK ) return rc;
  if( nSource==0 ){
    rc = regCached(p, &p->aDrop[eTable], p->aDrop[eTable] ? 0 : sqlite3_mprintf(
        "DELETE FROM %Q.'%q_%q' WHERE id=?1", p->zDb, p->zName,
        azRegShadow[eTable]), &pStmt);
    if( rc==SQLITE_OK ){
      sqlite3_bind_int64(pStmt, 1, iId);
      rc = regExec(pStmt);
    }
    return rc;
  }
  for(k=0; rc==SQLITE_OK && k<REG_N_FIELD; k++){
    if( aRegField[k].eTable==eTable ) rc = regRecomputeField(p, k, iId);
  }
  if( rc==SQLITE_OK ){
    rc = regCached(p, &p->aSources[eTable], p->aSources[eTable] ? 0 :
        sqlite3_mprintf("UPDATE %Q.'%q_%q' SET sources=?1 WHERE id=?2",
                        p->zDb, p->zName, azRegShadow[eTable]), &pStmt);
  }
  if( rc==SQLITE_OK ){
    sqlite3_bind_int64(pStmt, 1, nSource);
    sqlite3_bind_int64(pStmt, 2, iId);
    rc = regExec(pStmt);
  }
  return rc;
}

/* A fact a report has evidence for. */
typedef struct RegFact RegFact;
struct RegFact {
  int eTable;     /* REG_T_MEETINGS .. REG_T_PEOPLE */
  i64 iId;        /* its id */
};

/*
** The facts report iReport has evidence for, into *paFact (sqlite3_free)
** and *pnFact.  Returns an SQLite code.
*/
static int regTouched(RegVtab *p, i64 iReport, RegFact **paFact, int *pnFact) {
  sqlite3_stmt *pStmt;
  RegFact *a = 0;
  int rc, n = 0, nAlloc = 0;
  *paFact = 0;
  *pnFact = 0;
  rc = regStmt(p, REG_S_TOUCHED, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_int64(pStmt, 1, iReport);
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    const char *zFact = (const char *)sqlite3_column_text(pStmt, 0);
    int eTable;
    for(eTable=REG_T_MEETINGS; eTable<=REG_T_PEOPLE; eTable++){
      if( zFact && strcmp(zFact, azRegShadow[eTable])==0 ) break;
    }
    if( eTable>REG_T_PEOPLE ) continue;
    if( n>=nAlloc ){
      int nNew = nAlloc ? nAlloc*2 : 32;
      RegFact *aNew = sqlite3_realloc64(a, sizeof(*a)*nNew);
      if( aNew==0 ){ rc = SQLITE_NOMEM; break; }
      a = aNew;
      nAlloc = nNew;
    }
    a[n].eTable = eTable;
    a[n].iId = sqlite3_column_int64(pStmt, 1);
    n++;
  }
  sqlite3_reset(pStmt);
  if( rc!=SQLITE_DONE ){
    sqlite3_free(a);
    return rc==SQLITE_ROW ? SQLITE_ERROR : rc;
  }
  *paFact = a;
  *pnFact = n;
  return SQLITE_OK;
}

/*
** Recompute the start and end of the numbered meetings next to number
** iNum of series zSeries: a date of theirs may keep the order of the
** series only with the new dates of this one, or without it.
*/
static int regRecomputeNeighbours(RegVtab *p, const char *zSeries, i64 iNum) {
  sqlite3_stmt *pStmt;
  i64 aId[2];
  int n = 0, rc, i, k;
  rc = regStmt(p, REG_S_NEIGHBOURS, &pStmt);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(pStmt, 1, zSeries, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(pStmt, 2, iNum);
  while( n<2 && (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    aId[n++] = sqlite3_column_int64(pStmt, 0);
  }
  sqlite3_reset(pStmt);
  if( rc!=SQLITE_ROW && rc!=SQLITE_DONE ) return sqlite3_errcode(p->db);
  rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<n; i++){
    for(k=0; rc==SQLITE_OK && k<REG_N_FIELD; k++){
      if( aRegField[k].eTable==REG_T_MEETINGS && aRegField[k].eMerge==REG_F_DATE ){
        rc = regRecomputeField(p, k, aId[i]);
      }
    }
  }
  return rc;
}

/* Room for the series and number of the meetings one recompute touches. */
#define REG_MAX_ORDERED 64

/*
** Recompute the facts a[0..n): actions and signatories first (they use
** meetings and documents), then the others; then the neighbours in their
** series of the numbered meetings among them (REG_MAX_ORDERED at most).
*/
static int regRecomputeFacts(RegVtab *p, const RegFact *a, int n) {
  int i, rc = SQLITE_OK, bPass, nKey = 0;
  char azSeries[REG_MAX_ORDERED][4];
  i64 aNum[REG_MAX_ORDERED];
  for(i=0; rc==SQLITE_OK && i<n && nKey<REG_MAX_ORDERED; i++){
    sqlite3_stmt *pKey;
    if( a[i].eTable!=REG_T_MEETINGS ) continue;
    rc = regStmt(p, REG_S_MEETING_KEY, &pKey);
    if( rc!=SQLITE_OK ) break;
    sqlite3_bind_int64(pKey, 1, a[i].iId);
    if( sqlite3_step(pKey)==SQLITE_ROW && sqlite3_column_type(pKey, 1)!=SQLITE_NULL
     && sqlite3_column_type(pKey, 0)==SQLITE_TEXT && sqlite3_column_bytes(pKey, 0)==3 ){
      memcpy(azSeries[nKey], sqlite3_column_text(pKey, 0), 4);
      aNum[nKey++] = sqlite3_column_int64(pKey, 1);
    }
    rc = sqlite3_reset(pKey);
  }
  for(bPass=0; bPass<2; bPass++){
    for(i=0; rc==SQLITE_OK && i<n; i++){
      int bDep = a[i].eTable==REG_T_ACTIONS || a[i].eTable==REG_T_SIGNATORIES;
      if( bDep==(bPass==0) ) rc = regRecompute(p, a[i].eTable, a[i].iId);
    }
  }
  for(i=0; rc==SQLITE_OK && i<nKey; i++){
    rc = regRecomputeNeighbours(p, azSeries[i], aNum[i]);
  }
  return rc;
}

/* Recompute every fact report iReport has evidence for. */
static int regRecomputeReport(RegVtab *p, i64 iReport) {
  RegFact *a;
  int n, rc = regTouched(p, iReport, &a, &n);
  if( rc==SQLITE_OK ) rc = regRecomputeFacts(p, a, n);
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

static int regDelete(RegVtab *p, i64 iReport);

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
  if( rc==SQLITE_OK ){
    if( pRowid && sqlite3_value_type(pRowid)!=SQLITE_NULL ){
      sqlite3_bind_value(pStmt, 1, pRowid);
    }
    for(i=0; i<4; i++) sqlite3_bind_value(pStmt, i+2, aVal[i]);
    rc = regExec(pStmt);
    g.iReport = sqlite3_last_insert_rowid(p->db);
    *piRowid = g.iReport;
  }
  if( rc==SQLITE_OK ) rc = regMeetings(&g);
  if( rc==SQLITE_OK ) rc = regDocuments(&g);
  if( rc==SQLITE_OK ) rc = regActions(&g);
  if( rc==SQLITE_OK ) rc = regPeople(&g);
  if( rc==SQLITE_OK ) rc = regRecomputeReport(p, g.iReport);
  if( rc!=SQLITE_OK && g.iReport ){
    /* Inside BEGIN ... COMMIT a failed statement is not rolled back for
    ** us: take out whatever of the report got in (best effort). */
    regDelete(p, g.iReport);
  }
  sqlite3_free(g.aMeeting);
  sqlite3_free(g.aDoc);
  commitFactsFree(g.pFacts);
  commitSourceClose(&src);
  return rc;
}

/* Take report iReport out: its evidence, its row, and what it supported. */
static int regDelete(RegVtab *p, i64 iReport) {
  sqlite3_stmt *pStmt;
  RegFact *a = 0;
  int n = 0, rc;
  /* Remember the facts the report touched, then remove its evidence. */
  rc = regTouched(p, iReport, &a, &n);
  if( rc==SQLITE_OK ) rc = regStmt(p, REG_S_DEL_EVIDENCE, &pStmt);
  if( rc==SQLITE_OK ){
    sqlite3_bind_int64(pStmt, 1, iReport);
    rc = regExec(pStmt);
  }
  /* Conflicts the report took part in are recomputed with their facts;
  ** the report row goes last, so that no row refers to a missing report
  ** (PRAGMA foreign_keys=ON). */
  if( rc==SQLITE_OK ) rc = regRecomputeFacts(p, a, n);
  if( rc==SQLITE_OK ) rc = regStmt(p, REG_S_DEL_CONTENT, &pStmt);
  if( rc==SQLITE_OK ){
    sqlite3_bind_int64(pStmt, 1, iReport);
    rc = regExec(pStmt);
  }
  sqlite3_free(a);
  return rc;
}

/*
** xUpdate.  argc==1: DELETE argv[0].  argv[0] NULL: INSERT with rowid
** argv[1] (NULL: automatic) and columns argv[2..5].  Otherwise UPDATE of
** row argv[0] to rowid argv[1]: DELETE then INSERT.
*/
static int regUpdate(sqlite3_vtab *pVtab, int argc, sqlite3_value **argv,
                     sqlite_int64 *pRowid) {
  RegVtab *p = (RegVtab *)pVtab;
  sqlite3_stmt *pOld = 0;
  sqlite3_value *aOld[4];
  i64 iOld;
  int rc = SQLITE_OK, i;
  if( argc>1 && sqlite3_value_type(argv[0])==SQLITE_NULL ){
    return regInsert(p, argv[1], &argv[2], pRowid);            /* INSERT */
  }
  /* DELETE or UPDATE: keep the old row, to put it back if the change
  ** fails half-way inside a transaction (best effort). */
  iOld = sqlite3_value_int64(argv[0]);
  memset(aOld, 0, sizeof(aOld));
  {
    char *zSql = sqlite3_mprintf("SELECT source, url, published, body"
                                 " FROM %Q.'%q_content' WHERE id=%lld",
                                 p->zDb, p->zName, iOld);
    if( zSql==0 ) return SQLITE_NOMEM;
    rc = sqlite3_prepare_v2(p->db, zSql, -1, &pOld, 0);
    sqlite3_free(zSql);
  }
  if( rc==SQLITE_OK && sqlite3_step(pOld)==SQLITE_ROW ){
    for(i=0; i<4; i++) aOld[i] = sqlite3_column_value(pOld, i);
  }
  if( rc==SQLITE_OK && argc>1 ){
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
  if( rc!=SQLITE_OK && aOld[3] ){
    /* Put the old report back as it was. */
    sqlite3_value *pId = 0;
    sqlite3_int64 iDummy;
    char *zErr = p->base.zErrMsg;
    sqlite3_stmt *pIdStmt = 0;
    p->base.zErrMsg = 0;
    if( sqlite3_prepare_v2(p->db, "SELECT ?1", -1, &pIdStmt, 0)==SQLITE_OK ){
      sqlite3_bind_int64(pIdStmt, 1, iOld);
      if( sqlite3_step(pIdStmt)==SQLITE_ROW ) pId = sqlite3_column_value(pIdStmt, 0);
      regDelete(p, iOld);
      if( pId ) regInsert(p, pId, aOld, &iDummy);
    }
    sqlite3_finalize(pIdStmt);
    sqlite3_free(p->base.zErrMsg);
    p->base.zErrMsg = zErr;
  }
  sqlite3_finalize(pOld);
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
