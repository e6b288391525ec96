/*
** 2026-12-07
**
** test_registry.c -- the incremental merge of commit_registry (issue 10):
** tallies, conflicts and the order of a series under any order of
** INSERT, DELETE and UPDATE, and the commands 'rebuild' and
** 'integrity-check'.
**
** The oracle is the registry's merge as it was before issue 10, when every
** change recomputed each touched field from all its evidence with SQL:
** oracleCheck() runs those queries over every fact of the registry and
** compares their answer with the stored fields, sources and conflicts.
** Only the dates of a numbered meeting are checked by its rule instead
** (the best supported date that keeps the series in order, given the
** stored dates of the others), since that rule reads other meetings.
**
** The randomized test (test_registry_random_changes_equal_recomputation)
** runs a seeded sequence of inserts, deletes and updates of the fixture
** reports and of a few written for it (azExtra), with and without explicit ids and inside transactions, and
** checks the oracle and 'integrity-check' along the way, then that
** 'rebuild' changes nothing, then that a fresh registry of the surviving
** reports gives the same values to every fact made of the same evidence.
** Which fact a report's mention joins is decided when the report comes in
** (against the registry as it is then), so a fact's evidence can differ
** between the two registries; those facts are counted, not compared.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <cmocka.h>

#include "commit.h"

#define TESTDB_SQLROWS
#include "testdb.h"

/* ==== Helpers ========================================================== */

/* Run statements that must all succeed. */
static void execOk(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  int rc = sqlite3_exec(db, zSql, 0, 0, &zErr);
  if( rc!=SQLITE_OK ) print_error("%s: %s\n", zSql, zErr ? zErr : "?");
  sqlite3_free(zErr);
  assert_int_equal(rc, SQLITE_OK);
}

/* The rows of zSql (testdb.h's format) into a buffer the caller frees. */
static char *rowsOf(sqlite3 *db, const char *zSql) {
  char *z = malloc(1<<20);
  assert_non_null(z);
  sqlRows(db, zSql, 0, 0, z, 1<<20);
  return z;
}

/* Check that zSql gives exactly zWant. */
static void checkRows(sqlite3 *db, const char *zSql, const char *zWant) {
  char *z = rowsOf(db, zSql);
  if( strcmp(z, zWant)!=0 ){
    print_error("%s\n--- want\n%s--- got\n%s", zSql, zWant, z);
  }
  assert_string_equal(z, zWant);
  free(z);
}

/* The error message of zSql, or "ok" when it succeeds. */
static void checkError(sqlite3 *db, const char *zSql, const char *zWant) {
  char *zErr = 0;
  int rc = sqlite3_exec(db, zSql, 0, 0, &zErr);
  const char *zGot = rc==SQLITE_OK ? "ok" : zErr ? zErr : "?";
  if( strcmp(zGot, zWant)!=0 ) print_error("%s\n--- want %s\n--- got  %s\n", zSql, zWant, zGot);
  assert_string_equal(zGot, zWant);
  sqlite3_free(zErr);
}

/* Every row of every table of registry zName (conflicts with or without
** their ids), as one string the caller frees. */
static char *dumpRegistry(sqlite3 *db, const char *zName, int bConflictIds) {
  static const char *const az[] = { "content", "meetings", "documents",
    "actions", "signatories", "people", "evidence", "tallies" };
  char zSql[400];
  size_t n = 0;
  char *zAll = malloc(1<<22);
  int i;
  assert_non_null(zAll);
  zAll[0] = 0;
  for(i=0; i<=8; i++){
    char *z;
    if( i<8 ){
      snprintf(zSql, sizeof(zSql), "SELECT * FROM \"%s_%s\" ORDER BY 1, 2, 3, 4",
               zName, az[i]);
    }else{
      snprintf(zSql, sizeof(zSql), "SELECT %s fact, fact_id, field, value,"
               " report_id FROM \"%s_conflicts\" ORDER BY 1, 2, 3, 4, 5",
               bConflictIds ? "id," : "", zName);
    }
    z = rowsOf(db, zSql);
    assert_true(n + strlen(z) + 64 < (1<<22));
    n += snprintf(zAll+n, (1<<22)-n, "-- %s\n%s", i<8 ? az[i] : "conflicts", z);
    free(z);
  }
  return zAll;
}

/* ==== The oracle: the merge as every change recomputed it ============== */

/* The merged fields (kinds as in vtab_registry.c's aRegField). */
#define K_VALUE 0
#define K_LIST 1
#define K_DATE 3
#define K_QUALIFIER 4
typedef struct OField OField;
struct OField { const char *zTable, *zField; int eKind; };
static const OField aOField[] = {
  { "meetings", "code", K_VALUE }, { "meetings", "series", K_VALUE },
  { "meetings", "number", K_VALUE }, { "meetings", "name", K_VALUE },
  { "meetings", "start", K_DATE }, { "meetings", "end", K_DATE },
  { "meetings", "city", K_VALUE }, { "meetings", "country", K_VALUE },
  { "meetings", "venue", K_VALUE }, { "meetings", "hosts", K_LIST },
  { "meetings", "organizers", K_LIST }, { "meetings", "attendance", K_VALUE },
  { "meetings", "attendance_qualifier", K_QUALIFIER },
  { "documents", "kind", K_VALUE }, { "documents", "ordinal", K_VALUE },
  { "documents", "title", K_VALUE }, { "documents", "period", K_VALUE },
  { "actions", "action", K_VALUE }, { "actions", "parties", K_LIST },
  { "signatories", "country", K_VALUE }, { "signatories", "person", K_VALUE },
  { "signatories", "title", K_VALUE },
  { "people", "name", K_VALUE }, { "people", "honorific", K_VALUE },
  { "people", "title", K_VALUE }, { "people", "organization", K_VALUE },
  { "people", "country", K_VALUE },
};
#define N_OFIELD ((int)(sizeof(aOField)/sizeof(aOField[0])))
/* Fields whose losing values are conflicts (names and titles are
** surfaces: they never conflict). */
static int oConflicts(const OField *f) {
  if( f->eKind==K_DATE ) return 1;
  if( f->eKind!=K_VALUE ) return 0;
  return !(strcmp(f->zField, "name")==0
           || (strcmp(f->zTable, "documents")==0 && strcmp(f->zField, "title")==0));
}

/* The candidates of a date field of meeting ?1, best first (old SQL). */
#define ORACLE_DATES(F) \
  "SELECT a.value FROM r_evidence a WHERE a.fact='meetings'" \
  " AND a.fact_id=?1 AND a.field='" F "' AND a.value IS NOT NULL" \
  " GROUP BY a.value ORDER BY (SELECT count(DISTINCT b.report_id)" \
  " FROM r_evidence b WHERE b.fact='meetings' AND b.fact_id=?1" \
  " AND b.field='" F "' AND (a.value=b.value OR a.value LIKE b.value||'-%'))" \
  " DESC, length(a.value) DESC, min(a.report_id), a.value"

/* Compare ISO dates at the coarser grain (vtab_registry.c's regDateCmp). */
static int dateCmp(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  return strncmp(a, b, na<nb ? na : nb);
}

/*
** The dates of the meetings.  An unnumbered one has its best supported
** candidate; a numbered one the best supported that is not before the
** latest date of a lower number of its series, nor after the earliest of
** a higher one (else its best).  Returns how many break it (printed).
*/
static int oracleDates(sqlite3 *db) {
  sqlite3_stmt *pM, *pBounds, *pCand[2];
  int nBad = 0, j;
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT id, series, number, start,"
      " \"end\" FROM r_meetings", -1, &pM, 0), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT max(coalesce(start,"
      " \"end\")) FROM r_meetings WHERE series=?1 AND number<?2), (SELECT"
      " min(coalesce(start, \"end\")) FROM r_meetings WHERE series=?1"
      " AND number>?2)", -1, &pBounds, 0), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, ORACLE_DATES("start"), -1, &pCand[0], 0),
                   SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, ORACLE_DATES("end"), -1, &pCand[1], 0),
                   SQLITE_OK);
  while( sqlite3_step(pM)==SQLITE_ROW ){
    char zLo[32] = "", zHi[32] = "", zWant[32] = "", zFirst[32] = "";
    int bNumbered = sqlite3_column_type(pM, 1)!=SQLITE_NULL
                 && sqlite3_column_type(pM, 2)!=SQLITE_NULL;
    if( bNumbered ){
      sqlite3_bind_value(pBounds, 1, sqlite3_column_value(pM, 1));
      sqlite3_bind_value(pBounds, 2, sqlite3_column_value(pM, 2));
      assert_int_equal(sqlite3_step(pBounds), SQLITE_ROW);
      if( sqlite3_column_text(pBounds, 0) ){
        snprintf(zLo, sizeof(zLo), "%s", sqlite3_column_text(pBounds, 0));
      }
      if( sqlite3_column_text(pBounds, 1) ){
        snprintf(zHi, sizeof(zHi), "%s", sqlite3_column_text(pBounds, 1));
      }
      sqlite3_reset(pBounds);
    }
    for(j=0; j<2; j++){
      const char *zHave = (const char *)sqlite3_column_text(pM, 3+j);
      zWant[0] = zFirst[0] = 0;
      sqlite3_bind_int64(pCand[j], 1, sqlite3_column_int64(pM, 0));
      while( sqlite3_step(pCand[j])==SQLITE_ROW ){
        const char *z = (const char *)sqlite3_column_text(pCand[j], 0);
        if( zFirst[0]==0 ) snprintf(zFirst, sizeof(zFirst), "%s", z);
        if( (zLo[0]==0 || dateCmp(zLo, z)<=0) && (zHi[0]==0 || dateCmp(z, zHi)<=0) ){
          snprintf(zWant, sizeof(zWant), "%s", z);
          break;
        }
      }
      sqlite3_reset(pCand[j]);
      if( zWant[0]==0 ) memcpy(zWant, zFirst, sizeof(zWant));
      if( strcmp(zWant, zHave ? zHave : "")!=0 ){
        print_error("oracle: meeting %lld %s is %s, the rule gives %s\n",
                    sqlite3_column_int64(pM, 0), j ? "end" : "start",
                    zHave ? zHave : "NULL", zWant[0] ? zWant : "NULL");
        nBad++;
      }
    }
  }
  sqlite3_finalize(pM);
  sqlite3_finalize(pBounds);
  sqlite3_finalize(pCand[0]);
  sqlite3_finalize(pCand[1]);
  return nBad;
}

/*
** The query giving the ids of the facts of table f->zTable whose field
** f->zField is not what the old recomputation gives (the dates of
** numbered meetings are left to oracleSeriesDates).
*/
static void oracleFieldSql(const OField *f, char *zSql, int nSql) {
  const char *t = f->zTable, *c = f->zField;
  switch( f->eKind ){
    case K_LIST:
      snprintf(zSql, nSql, "SELECT x.id FROM r_%s x WHERE CAST(x.\"%s\" AS TEXT)"
        " IS NOT (SELECT json_group_array(value) FROM (SELECT a.value AS value,"
        " count(DISTINCT a.report_id) AS n, min(a.report_id) AS r,"
        " (SELECT min(b.id) FROM r_evidence b WHERE b.fact=a.fact"
        " AND b.fact_id=a.fact_id AND b.field=a.field AND b.value=a.value"
        " AND b.report_id=min(a.report_id)) AS i FROM r_evidence a"
        " WHERE a.fact='%s' AND a.fact_id=x.id AND a.field='%s'"
        " AND a.value IS NOT NULL GROUP BY a.value ORDER BY n DESC, r, i))",
        t, c, t, c);
      break;
    case K_QUALIFIER:
      snprintf(zSql, nSql, "SELECT x.id FROM r_meetings x WHERE"
        " x.attendance_qualifier IS NOT (SELECT value FROM (SELECT value,"
        " count(DISTINCT report_id) AS n, min(report_id) AS r FROM r_evidence"
        " WHERE fact='meetings' AND fact_id=x.id AND field='attendance_qualifier'"
        " AND report_id IN (SELECT report_id FROM r_evidence WHERE"
        " fact='meetings' AND fact_id=x.id AND field='attendance'"
        " AND value=CAST(x.attendance AS TEXT)) GROUP BY value"
        " ORDER BY n DESC, r, value) LIMIT 1)");
      break;
    case K_DATE:
      zSql[0] = 0;                      /* oracleDates */
      break;
    default:
      snprintf(zSql, nSql, "SELECT x.id FROM r_%s x WHERE CAST(x.\"%s\" AS TEXT)"
        " IS NOT (SELECT value FROM (SELECT value, count(DISTINCT report_id)"
        " AS n, min(report_id) AS r FROM r_evidence WHERE fact='%s'"
        " AND fact_id=x.id AND field='%s' AND value IS NOT NULL"
        " GROUP BY value COLLATE NOCASE ORDER BY n DESC, length(value) DESC,"
        " r, lower(value)) LIMIT 1)", t, c, t, c);
      break;
  }
}

/*
** Check every fact of registry r against the old recomputation: fields,
** sources, no fact without evidence, and the conflicts (each losing value
** of each report once).  Prints what differs; fails the test if anything
** does.
*/
static void oracleCheck(sqlite3 *db, const char *zWhen) {
  static const char *const azTable[] = { "meetings", "documents", "actions",
    "signatories", "people" };
  char zSql[2000], *z;
  int i, nBad = 0;
  for(i=0; i<N_OFIELD; i++){
    oracleFieldSql(&aOField[i], zSql, sizeof(zSql));
    if( zSql[0]==0 ) continue;
    z = rowsOf(db, zSql);
    if( z[0] ){
      print_error("oracle %s: %s.%s differs for ids %s", zWhen, aOField[i].zTable,
                  aOField[i].zField, z);
      nBad++;
    }
    free(z);
  }
  for(i=0; i<5; i++){
    snprintf(zSql, sizeof(zSql), "SELECT id FROM r_%s x WHERE sources IS NOT"
             " (SELECT count(DISTINCT report_id) FROM r_evidence WHERE fact='%s'"
             " AND fact_id=x.id) OR sources<1", azTable[i], azTable[i]);
    z = rowsOf(db, zSql);
    if( z[0] ){
      print_error("oracle %s: %s sources wrong for ids %s", zWhen, azTable[i], z);
      nBad++;
    }
    free(z);
  }
  /* conflicts: the expected multiset (each value and report once) */
  {
    char *zWant, *zHave;
    size_t n = 0;
    char *zUnion = malloc(1<<16);
    assert_non_null(zUnion);
    zUnion[0] = 0;
    for(i=0; i<N_OFIELD; i++){
      const OField *f = &aOField[i];
      char zLose[200];
      if( !oConflicts(f) ) continue;
      if( f->eKind==K_DATE ){
        snprintf(zLose, sizeof(zLose), "e.value IS NOT x.\"%s\""
                 " AND NOT (x.\"%s\" LIKE e.value||'-%%')", f->zField, f->zField);
      }else{
        snprintf(zLose, sizeof(zLose), "lower(e.value) IS NOT lower(x.\"%s\")",
                 f->zField);
      }
      n += snprintf(zUnion+n, (1<<16)-n, "%sSELECT DISTINCT e.fact, e.fact_id,"
          " e.field, e.value, e.report_id FROM r_evidence e JOIN r_%s x"
          " ON x.id=e.fact_id WHERE e.fact='%s' AND e.field='%s'"
          " AND e.value IS NOT NULL AND %s", n ? " UNION ALL " : "",
          f->zTable, f->zTable, f->zField, zLose);
    }
    snprintf(zUnion+n, (1<<16)-n, " ORDER BY 1, 2, 3, 4, 5");
    zWant = rowsOf(db, zUnion);
    zHave = rowsOf(db, "SELECT fact, fact_id, field, value, report_id"
                       " FROM r_conflicts ORDER BY 1, 2, 3, 4, 5");
    if( strcmp(zWant, zHave)!=0 ){
      print_error("oracle %s: conflicts differ\n--- recomputed\n%.3000s--- stored\n%.3000s",
                  zWhen, zWant, zHave);
      nBad++;
    }
    free(zWant);
    free(zHave);
    free(zUnion);
  }
  nBad += oracleDates(db);
  if( nBad ) fail_msg("oracle %s: %d differences (see above)", zWhen, nBad);
}

/* ==== Fixture reports ================================================== */

#define MAX_REPORTS 80
typedef struct Report Report;
struct Report {
  char zName[96];
  char *zBody;            /* malloc'd */
  char zPublished[16];    /* "" when the report has no .opts date */
};
static Report aReport[MAX_REPORTS];
static int nReport = 0;

/* The contents of file zPath, malloc'd, or 0. */
static char *readFile(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  char *z;
  long n;
  if( f==0 ) return 0;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  z = malloc(n+1);
  if( z && fread(z, 1, n, f)!=(size_t)n ){ free(z); z = 0; }
  if( z ) z[n] = 0;
  fclose(f);
  return z;
}

/* Reports written for the merge, added to the fixtures: a numbered
** meeting of no series, spellings that differ only in case, dates at
** three grains, qualifiers, lists whose values tie, a person named twice. */
static const char *const azExtra[] = {
  "Delegates gather at the fourth conference in Phnom Penh on 3 May 2016.",
  "THE THIRD INTER-MINISTERIAL MEETING (IMM3) opened in HANOI on 14 February"
  " 2012. Nearly 200 delegates attended. It was hosted by the MPS and UNIAP.",
  "The third Inter-Ministerial Meeting (IMM3) opened in Hanoi in February 2012."
  " Over 150 delegates attended. It was hosted by UNIAP and the MPS.",
  "IMM3 was held in Hanoi in 2012; about 200 delegates took part.",
  "Vice Minister Zhang Xinfeng of the Ministry of Public Security spoke at"
  " IMM2 in Beijing on 14 December 2007. Deputy Minister ZHANG XINFENG"
  " signed the Joint Declaration for China.",
  "SOM9 opened in Bangkok on 23 November 2010; SOM8 had met in Hanoi in"
  " February 2010, and SOM10 would meet in 2015.",
};
#define N_EXTRA ((int)(sizeof(azExtra)/sizeof(azExtra[0])))

/* qsort: file names. */
static int cmpName(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Load the fixture reports (COMMIT_FIXTURES or fixtures/, by name), with
** the published date of their .opts file. */
static void loadReports(void) {
  const char *zDir = getenv("COMMIT_FIXTURES");
  char *azName[MAX_REPORTS];
  int n = 0, i;
  sqlite3 *db;
  DIR *d;
  struct dirent *e;
  if( nReport ) return;
  if( zDir==0 ) zDir = "fixtures";
  d = opendir(zDir);
  assert_non_null(d);
  while( (e = readdir(d))!=0 && n<MAX_REPORTS ){
    size_t len = strlen(e->d_name);
    if( len>4 && strcmp(e->d_name+len-4, ".txt")==0 ) azName[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(azName, n, sizeof(char *), cmpName);
  assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
  for(i=0; i<n; i++){
    Report *r = &aReport[nReport++];
    char zPath[600], *zO;
    size_t len = strlen(azName[i]);
    snprintf(zPath, sizeof(zPath), "%s/%s", zDir, azName[i]);
    r->zBody = readFile(zPath);
    assert_non_null(r->zBody);
    snprintf(r->zName, sizeof(r->zName), "%s", azName[i]);
    snprintf(zPath, sizeof(zPath), "%s/%.*s.opts", zDir, (int)(len-4), azName[i]);
    zO = readFile(zPath);
    r->zPublished[0] = 0;
    if( zO ){
      sqlite3_stmt *pStmt;
      assert_int_equal(sqlite3_prepare_v2(db, "SELECT json_extract(?1,"
                       " '$.published')", -1, &pStmt, 0), SQLITE_OK);
      sqlite3_bind_text(pStmt, 1, zO, -1, SQLITE_STATIC);
      if( sqlite3_step(pStmt)==SQLITE_ROW && sqlite3_column_text(pStmt, 0) ){
        snprintf(r->zPublished, sizeof(r->zPublished), "%s",
                 sqlite3_column_text(pStmt, 0));
      }
      sqlite3_finalize(pStmt);
      free(zO);
    }
    free(azName[i]);
  }
  sqlite3_close(db);
  assert_true(nReport>=20);
  for(i=0; i<N_EXTRA && nReport<MAX_REPORTS; i++){
    Report *r = &aReport[nReport++];
    snprintf(r->zName, sizeof(r->zName), "extra%d", i);
    r->zBody = strdup(azExtra[i]);
    r->zPublished[0] = 0;
  }
}

/* A small deterministic generator (64-bit LCG, high bits). */
static unsigned rngNext(uint64_t *pState, unsigned n) {
  *pState = *pState*6364136223846793005ULL + 1442695040888963407ULL;
  return (unsigned)((*pState>>33) % n);
}

/* Run zSql with ?1 rowid (0: NULL), ?2 source, ?3 published, ?4 body. */
static int runReport(sqlite3 *db, const char *zSql, sqlite3_int64 iRowid,
                     const Report *r) {
  sqlite3_stmt *pStmt;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  assert_int_equal(rc, SQLITE_OK);
  if( iRowid ) sqlite3_bind_int64(pStmt, 1, iRowid);
  if( r ){
    sqlite3_bind_text(pStmt, 2, r->zName, -1, SQLITE_STATIC);
    if( r->zPublished[0] ) sqlite3_bind_text(pStmt, 3, r->zPublished, -1, SQLITE_STATIC);
    sqlite3_bind_text(pStmt, 4, r->zBody, -1, SQLITE_STATIC);
  }
  rc = sqlite3_step(pStmt);
  sqlite3_finalize(pStmt);
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

#define SQL_INSERT "INSERT INTO r(rowid, source, published, body) VALUES(?1, ?2, ?3, ?4)"
#define SQL_UPDATE "UPDATE r SET source=?2, published=?3, body=?4 WHERE rowid=?1"
#define SQL_DELETE "DELETE FROM r WHERE rowid=?1"

/* The ids of the reports in registry r, into a (at most nMax); returns n. */
static int liveIds(sqlite3 *db, sqlite3_int64 *a, int nMax) {
  sqlite3_stmt *pStmt;
  int n = 0;
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid FROM r ORDER BY rowid",
                                      -1, &pStmt, 0), SQLITE_OK);
  while( n<nMax && sqlite3_step(pStmt)==SQLITE_ROW ){
    a[n++] = sqlite3_column_int64(pStmt, 0);
  }
  sqlite3_finalize(pStmt);
  return n;
}

/*
** nStep seeded changes to registry r: inserts (an automatic id, or a free
** explicit one, lower than others too), deletes and updates of random
** reports, some inside BEGIN ... COMMIT and some rolled back; the oracle
** and 'integrity-check' every 40 changes.
*/
static void randomChanges(sqlite3 *db, uint64_t iSeed, int nStep) {
  uint64_t s = iSeed;
  int i;
  loadReports();
  for(i=0; i<nStep; i++){
    sqlite3_int64 aId[512];
    int nId = liveIds(db, aId, 512);
    unsigned x = rngNext(&s, 100);
    const Report *r = &aReport[rngNext(&s, nReport)];
    if( x<3 && sqlite3_get_autocommit(db) ){
      execOk(db, "BEGIN");
    }else if( x<6 && !sqlite3_get_autocommit(db) ){
      execOk(db, rngNext(&s, 4)==0 ? "ROLLBACK" : "COMMIT");
    }else if( x<55 || nId==0 ){
      sqlite3_int64 iRowid = 0;
      if( rngNext(&s, 5)==0 ){
        int j, bFree = 0;
        while( !bFree ){
          iRowid = 1 + rngNext(&s, 300);
          for(bFree=1, j=0; j<nId; j++) if( aId[j]==iRowid ) bFree = 0;
        }
      }
      assert_int_equal(runReport(db, SQL_INSERT, iRowid, r), SQLITE_OK);
    }else if( x<80 ){
      assert_int_equal(runReport(db, SQL_DELETE, aId[rngNext(&s, nId)], 0), SQLITE_OK);
    }else{
      assert_int_equal(runReport(db, SQL_UPDATE, aId[rngNext(&s, nId)], r), SQLITE_OK);
    }
    if( i%40==39 ){
      char zWhen[64];
      snprintf(zWhen, sizeof(zWhen), "seed %llu step %d", (unsigned long long)iSeed, i);
      oracleCheck(db, zWhen);
      checkError(db, "INSERT INTO r(r) VALUES('integrity-check')", "ok");
    }
  }
  if( !sqlite3_get_autocommit(db) ) execOk(db, "COMMIT");
}

/* ==== Tests ============================================================ */

/*
** A seeded sequence of inserts, deletes and updates: after every 40 the
** stored fields, sources and conflicts are those the old full
** recomputation gives and 'integrity-check' passes; at the end 'rebuild'
** changes nothing.
*/
static void test_registry_random_changes_equal_recomputation(void **state) {
  sqlite3 *db = (sqlite3 *)*state;
  uint64_t iSeed;
  for(iSeed=1; iSeed<=3; iSeed++){
    char *zBefore, *zAfter;
    execOk(db, "CREATE VIRTUAL TABLE r USING commit_registry");
    randomChanges(db, iSeed, 160);
    oracleCheck(db, "end");
    zBefore = dumpRegistry(db, "r", 1);
    execOk(db, "INSERT INTO r(r) VALUES('rebuild')");
    zAfter = dumpRegistry(db, "r", 1);
    assert_string_equal(zBefore, zAfter);
    free(zBefore);
    free(zAfter);
    execOk(db, "DROP TABLE r");
  }
}

/* The key of each fact of registry zDb.r: its evidence, as text. */
#define FACT_KEYS(DB) \
  "SELECT fact, fact_id, group_concat(x, ';') AS k FROM (SELECT fact," \
  " fact_id, report_id||','||field||','||coalesce(start,'')||','||" \
  "coalesce(\"end\",'')||','||coalesce(value,'') AS x FROM " DB ".r_evidence" \
  " ORDER BY fact, fact_id, x) GROUP BY fact, fact_id"

/*
** After seeded changes, a fresh registry (in database "fresh") of the
** surviving reports, ingested in id order: every fact made of the same
** evidence in both has the same fields, sources and conflicts.
*/
static void test_registry_fresh_registry_same_values(void **state) {
  sqlite3 *db = (sqlite3 *)*state;
  sqlite3_int64 aId[512];
  int nId, i;
  char *z, zSql[1200];
  static const char *const azCols[] = {
    "meetings", ("code, series, number, name, start, \"end\", city, country,"
                 " venue, hosts, organizers, attendance, attendance_qualifier,"
                 " sources"),
    "documents", "kind, ordinal, title, period, sources",
    "people", "name, honorific, title, organization, country, sources",
    "actions", "action, parties, sources",
    "signatories", "country, person, title, sources",
  };
  execOk(db, "CREATE VIRTUAL TABLE r USING commit_registry;"
             "ATTACH ':memory:' AS fresh;"
             "CREATE VIRTUAL TABLE fresh.r USING commit_registry");
  randomChanges(db, 11, 200);
  nId = liveIds(db, aId, 512);
  assert_true(nId>10);
  for(i=0; i<nId; i++){
    sqlite3_stmt *pStmt;
    assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO fresh.r(rowid, source,"
        " url, published, body) SELECT rowid, source, url, published, body"
        " FROM main.r WHERE rowid=?1", -1, &pStmt, 0), SQLITE_OK);
    sqlite3_bind_int64(pStmt, 1, aId[i]);
    assert_int_equal(sqlite3_step(pStmt), SQLITE_DONE);
    sqlite3_finalize(pStmt);
  }
  execOk(db, "CREATE TEMP TABLE ka AS " FACT_KEYS("main") ";"
             "CREATE TEMP TABLE kb AS " FACT_KEYS("fresh") ";"
             "CREATE TEMP TABLE same AS SELECT k FROM ka INTERSECT SELECT k FROM kb");
  /* the same values, fact by fact */
  for(i=0; i<10; i+=2){
    const char *t = azCols[i], *c = azCols[i+1];
    snprintf(zSql, sizeof(zSql),
      "SELECT count(*) FROM (SELECT k.k, %s FROM main.r_%s f JOIN ka k"
      " ON k.fact='%s' AND k.fact_id=f.id WHERE k.k IN same"
      " EXCEPT SELECT k.k, %s FROM fresh.r_%s f JOIN kb k ON k.fact='%s'"
      " AND k.fact_id=f.id)", c, t, t, c, t, t);
    checkRows(db, zSql, "0\n");
  }
  checkRows(db, "SELECT count(*) FROM (SELECT k.k, c.field, c.value, c.report_id"
    " FROM main.r_conflicts c JOIN ka k ON k.fact=c.fact AND k.fact_id=c.fact_id"
    " WHERE k.k IN same EXCEPT SELECT k.k, c.field, c.value, c.report_id"
    " FROM fresh.r_conflicts c JOIN kb k ON k.fact=c.fact AND k.fact_id=c.fact_id)",
    "0\n");
  checkRows(db, "SELECT count(*) FROM (SELECT k.k, c.field, c.value, c.report_id"
    " FROM fresh.r_conflicts c JOIN kb k ON k.fact=c.fact AND k.fact_id=c.fact_id"
    " WHERE k.k IN same EXCEPT SELECT k.k, c.field, c.value, c.report_id"
    " FROM main.r_conflicts c JOIN ka k ON k.fact=c.fact AND k.fact_id=c.fact_id)",
    "0\n");
  /* most facts are made of the same evidence in both (printed) */
  z = rowsOf(db, "SELECT (SELECT count(*) FROM same) || ' of ' ||"
                 " (SELECT count(*) FROM ka) || ' facts compared'");
  print_message("fresh registry: %s", z);
  assert_true(atoi(z)*2 > atoi(strstr(z, "of ")+3));
  free(z);
  execOk(db, "DROP TABLE r; DROP TABLE fresh.r; DETACH fresh;"
             "DROP TABLE ka; DROP TABLE kb; DROP TABLE same");
}

/* Reports of IMM3 and of its neighbours in the series. */
#define IMM3_A "The third Inter-Ministerial Meeting (IMM3) was held in Hanoi" \
               " on 14-16 February 2012."
#define IMM3_B "IMM3 closed in Hanoi on 17 February 2012."
#define IMM4_C "IMM4 was held in Phnom Penh on 27-29 April 2015."
#define IMM2_D "IMM2 was held in Beijing on 12-14 December 2007."

/*
** 2026-12-07, issue 10: a losing date was added to <name>_conflicts again
** each time a report about a neighbouring meeting of the series came in
** (IMM3's end '2012-02-17' three times after IMM4 and IMM2 reports).
*/
static void test_registry_neighbour_reports_list_a_conflict_once(void **state) {
  sqlite3 *db = (sqlite3 *)*state;
  execOk(db, "CREATE VIRTUAL TABLE r USING commit_registry;"
             "INSERT INTO r(body) VALUES('" IMM3_A "');"
             "INSERT INTO r(body) VALUES('" IMM3_B "');"
             "INSERT INTO r(body) VALUES('" IMM4_C "');"
             "INSERT INTO r(body) VALUES('" IMM2_D "')");
  checkRows(db, "SELECT code, start, \"end\" FROM r_meetings ORDER BY number",
            "IMM2|2007-12-12|2007-12-14\n"
            "IMM3|2012-02-14|2012-02-16\n"
            "IMM4|2015-04-27|2015-04-29\n");
  checkRows(db, "SELECT m.code, c.field, c.value, c.report_id FROM r_conflicts c"
                " JOIN r_meetings m ON m.id=c.fact_id ORDER BY c.id",
            "IMM3|end|2012-02-17|2\n");
  /* taking the neighbours out and in again changes nothing */
  execOk(db, "DELETE FROM r WHERE rowid IN (3, 4);"
             "INSERT INTO r(body) VALUES('" IMM2_D "');"
             "INSERT INTO r(body) VALUES('" IMM4_C "')");
  checkRows(db, "SELECT m.code, c.field, c.value, c.report_id FROM r_conflicts c"
                " JOIN r_meetings m ON m.id=c.fact_id ORDER BY c.id",
            "IMM3|end|2012-02-17|2\n");
  checkError(db, "INSERT INTO r(r) VALUES('integrity-check')", "ok");
  execOk(db, "DROP TABLE r");
}

/*
** The dates of a series do not depend on the order of the reports: a
** report that puts IMM9 in 2029 (before IMM8) loses to the in-order date
** in each of the six orders, and is kept as a conflict.  (Meetings the
** parser's calendar does not know: it drops a wrong year for IMM3.)
*/
static void test_registry_series_dates_any_order(void **state) {
  static const char *const az[3] = {
    "IMM8 was held in Bangkok in March 2031.",
    "IMM9 was held in Hanoi in October 2029.",
    "IMM9 was held in Hanoi in February 2033.",
  };
  static const int aOrder[6][3] = {
    {0,1,2}, {0,2,1}, {1,0,2}, {1,2,0}, {2,0,1}, {2,1,0},
  };
  sqlite3 *db = (sqlite3 *)*state;
  int i, j;
  for(i=0; i<6; i++){
    execOk(db, "CREATE VIRTUAL TABLE r USING commit_registry");
    for(j=0; j<3; j++){
      sqlite3_stmt *pStmt;
      assert_int_equal(sqlite3_prepare_v2(db, "INSERT INTO r(rowid, body)"
                       " VALUES(?1, ?2)", -1, &pStmt, 0), SQLITE_OK);
      sqlite3_bind_int(pStmt, 1, aOrder[i][j]+1);
      sqlite3_bind_text(pStmt, 2, az[aOrder[i][j]], -1, SQLITE_STATIC);
      assert_int_equal(sqlite3_step(pStmt), SQLITE_DONE);
      sqlite3_finalize(pStmt);
    }
    checkRows(db, "SELECT code, start, \"end\" FROM r_meetings ORDER BY code",
              "IMM8|2031-03|2031-03\nIMM9|2033-02|2033-02\n");
    checkRows(db, "SELECT field, value, report_id FROM r_conflicts"
                  " ORDER BY field, value",
              "end|2029-10|2\nstart|2029-10|2\n");
    checkError(db, "INSERT INTO r(r) VALUES('integrity-check')", "ok");
    execOk(db, "DROP TABLE r");
  }
}

/* A registry of the four IMM reports, for the command tests. */
static void makeImm(sqlite3 *db) {
  execOk(db, "CREATE VIRTUAL TABLE r USING commit_registry;"
             "INSERT INTO r(body) VALUES('" IMM3_A "');"
             "INSERT INTO r(body) VALUES('" IMM3_B "');"
             "INSERT INTO r(body) VALUES('" IMM4_C "');"
             "INSERT INTO r(body) VALUES('" IMM2_D "')");
}

/*
** 'integrity-check' names what differs from a recomputation: a tally, a
** field, the sources, a conflict; and is quiet on a sound registry.
*/
static void test_registry_integrity_check_finds_tampering(void **state) {
  static const struct { const char *zTamper, *zWant; } a[] = {
    { "UPDATE r_tallies SET support=support+1 WHERE fact_id=1 AND field='city'",
      "commit_registry: integrity-check: tally of meetings 1 city 'hanoi'"
      " is ('Hanoi', 3, 1) where the evidence gives ('Hanoi', 2, 1)" },
    { "DELETE FROM r_tallies WHERE fact_id=2 AND field='country'",
      "commit_registry: integrity-check: tally of meetings 2 country 'kh'"
      " is missing" },
    { "INSERT INTO r_tallies VALUES('meetings', 1, 'city', 'hue', 'Hue', 1, 1,"
      " NULL)",
      "commit_registry: integrity-check: tally of meetings 1 city 'hue'"
      " is not in the evidence" },
    { "UPDATE r_meetings SET city='Hue' WHERE id=1",
      "commit_registry: integrity-check: meetings 1 city 'Hue', its tallies"
      " give 'Hanoi'" },
    { "UPDATE r_meetings SET sources=5 WHERE id=1",
      "commit_registry: integrity-check: meetings 1 has 5 sources, the"
      " evidence gives 2" },
    { "UPDATE r_meetings SET \"end\"='2012-02-17' WHERE id=1",
      "commit_registry: integrity-check: meetings 1 end '2012-02-17', its"
      " tallies give '2012-02-16'" },
    { "INSERT INTO r_conflicts(fact, fact_id, field, value, report_id)"
      " SELECT fact, fact_id, field, value, report_id FROM r_conflicts",
      "commit_registry: integrity-check: conflicts of meetings 1 end"
      " '2012-02-17' of report 2 is listed twice" },
    { "DELETE FROM r_conflicts",
      "commit_registry: integrity-check: conflicts of meetings 1 end"
      " '2012-02-17' of report 2 is missing" },
    { "UPDATE r_conflicts SET value='2012-02-16', report_id=1",
      "commit_registry: integrity-check: conflicts of meetings 1 end"
      " '2012-02-16' of report 1 is listed but does not lose" },
    { "DELETE FROM r_evidence WHERE report_id=3",
      "commit_registry: integrity-check: meetings 2 has no evidence" },
    { "INSERT INTO r_tallies VALUES('meetings', 99, 'city', 'x', 'X', 1, 1, NULL)",
      "commit_registry: integrity-check: tally of meetings 99 city 'x' is not"
      " in the evidence" },
    { "INSERT INTO r_tallies VALUES('meetings', 1, 'mention', 'x', 'X', 1, 1,"
      " NULL)",
      "commit_registry: integrity-check: tally of meetings 1 mention 'x' is not"
      " in the evidence" },
    { "INSERT INTO r_conflicts(fact, fact_id, field, value, report_id)"
      " VALUES('meetings', 99, 'city', 'X', 1)",
      "commit_registry: integrity-check: conflicts of meetings 99 city 'X' of"
      " report 1 is listed but does not lose" },
    { "UPDATE r_tallies SET value='HANOI' WHERE fact_id=1 AND field='city'",
      "commit_registry: integrity-check: tally of meetings 1 city 'hanoi' is"
      " ('HANOI', 2, 1) where the evidence gives ('Hanoi', 2, 1)" },
    { "DELETE FROM r_content WHERE id=3",
      "commit_registry: integrity-check: evidence of report 3 for meetings 2:"
      " the report or the fact is gone" },
    { "DELETE FROM r_meetings WHERE id=3",
      "commit_registry: integrity-check: evidence of report 4 for meetings 3:"
      " the report or the fact is gone" },
    { "INSERT INTO r_meetings(code, sources) VALUES('IMM7', 1)",
      "commit_registry: integrity-check: meetings 4 has no evidence" },
  };
  sqlite3 *db = (sqlite3 *)*state;
  int i;
  for(i=0; i<(int)(sizeof(a)/sizeof(a[0])); i++){
    makeImm(db);
    checkError(db, "INSERT INTO r(r) VALUES('integrity-check')", "ok");
    execOk(db, a[i].zTamper);
    checkError(db, "INSERT INTO r(r) VALUES('integrity-check')", a[i].zWant);
    execOk(db, "DROP TABLE r");
  }
}

/*
** 'rebuild' recomputes the tallies, fields, sources and conflicts from the
** evidence: a tampered registry comes back to what it was (conflict ids
** aside), and a sound one is not written at all.
*/
static void test_registry_rebuild_restores_tampered_tables(void **state) {
  sqlite3 *db = (sqlite3 *)*state;
  char *zSound, *zAfter;
  makeImm(db);
  zSound = dumpRegistry(db, "r", 1);
  execOk(db, "INSERT INTO r(r) VALUES('rebuild')");
  zAfter = dumpRegistry(db, "r", 1);
  assert_string_equal(zSound, zAfter);
  free(zSound);
  free(zAfter);
  zSound = dumpRegistry(db, "r", 0);
  execOk(db, "UPDATE r_tallies SET support=9, first_report=7;"
             "DELETE FROM r_tallies WHERE field='code';"
             "INSERT INTO r_tallies VALUES('meetings', 1, 'city', 'hue', 'Hue',"
             " 1, 1, NULL);"
             "UPDATE r_meetings SET city='Hue', \"end\"=NULL, sources=0;"
             "UPDATE r_people SET sources=3;"
             "INSERT INTO r_conflicts(fact, fact_id, field, value, report_id)"
             " SELECT fact, fact_id, field, value, report_id FROM r_conflicts;"
             "INSERT INTO r_conflicts(fact, fact_id, field, value, report_id)"
             " VALUES('meetings', 3, 'city', 'Hue', 1);"
             "INSERT INTO r_conflicts(fact, fact_id, field, value, report_id)"
             " VALUES('meetings', 99, 'city', 'Hue', 1);"
             "INSERT INTO r_tallies VALUES('meetings', 99, 'city', 'hue', 'Hue',"
             " 1, 1, NULL);"
             "UPDATE r_tallies SET value='Ha Noi' WHERE field='city' AND key='hanoi'");
  execOk(db, "INSERT INTO r(r) VALUES('rebuild')");
  zAfter = dumpRegistry(db, "r", 0);
  assert_string_equal(zSound, zAfter);
  checkError(db, "INSERT INTO r(r) VALUES('integrity-check')", "ok");
  free(zSound);
  free(zAfter);
  /* inside a transaction too, and ROLLBACK takes it back */
  execOk(db, "UPDATE r_meetings SET city='Hue' WHERE id=1; BEGIN;"
             "INSERT INTO r(r) VALUES('rebuild')");
  checkRows(db, "SELECT city FROM r_meetings WHERE id=1", "Hanoi\n");
  execOk(db, "ROLLBACK");
  checkRows(db, "SELECT city FROM r_meetings WHERE id=1", "Hue\n");
  execOk(db, "DROP TABLE r");
}

/* Commands: errors, and the command column reads as NULL. */
static void test_registry_command_errors(void **state) {
  sqlite3 *db = (sqlite3 *)*state;
  makeImm(db);
  checkError(db, "INSERT INTO r(r) VALUES('optimize')",
             "commit_registry: unknown command 'optimize': use 'rebuild' or"
             " 'integrity-check'");
  checkError(db, "INSERT INTO r(r) VALUES(42)",
             "commit_registry: unknown command '42': use 'rebuild' or"
             " 'integrity-check'");
  checkError(db, "UPDATE r SET r='rebuild' WHERE rowid=1",
             "commit_registry: a command is an INSERT: INSERT INTO r(...)"
             " VALUES('rebuild')");
  checkRows(db, "SELECT count(*), count(r) FROM r", "4|0\n");
  checkRows(db, "SELECT name, hidden FROM pragma_table_xinfo('r') WHERE cid=4",
            "r|1\n");
  execOk(db, "DROP TABLE r");
  checkError(db, "CREATE VIRTUAL TABLE body USING commit_registry",
             "commit_registry: a registry cannot be named like its column body");
  checkError(db, "CREATE VIRTUAL TABLE RowId USING commit_registry",
             "commit_registry: a registry cannot be named like its column rowid");
}

/*
** A change that fails half-way inside BEGIN ... COMMIT is taken back by
** the registry (SQLite does not roll back one statement of a transaction
** here).  The INSERT of a second report that ends IMM3 on the 17th flips
** its chosen end, so the conflicts of the field are rewritten; a trigger
** on the shadow table makes the last write, the conflict row of the 16th,
** fail after the tallies, the meeting and the other conflicts were written.
*/
static void test_registry_failed_change_in_transaction_undone(void **state) {
  sqlite3 *db = (sqlite3 *)*state;
  char *zBefore, *zAfter;
  makeImm(db);
  checkRows(db, "SELECT field, value, report_id FROM r_conflicts",
            "end|2012-02-17|2\n");
  zBefore = dumpRegistry(db, "r", 1);
  execOk(db, "CREATE TRIGGER stop BEFORE INSERT ON r_conflicts"
             " WHEN new.value='2012-02-16' BEGIN SELECT raise(ABORT, 'stop'); END;"
             "BEGIN");
  checkError(db, "INSERT INTO r(body) VALUES('IMM3 closed on 17 February 2012"
                 " in Hanoi.')", "commit_registry: stop");
  zAfter = dumpRegistry(db, "r", 1);
  assert_string_equal(zBefore, zAfter);
  execOk(db, "COMMIT; DROP TRIGGER stop");
  checkError(db, "INSERT INTO r(r) VALUES('integrity-check')", "ok");
  /* without the trigger the change goes through: the 17th wins */
  execOk(db, "INSERT INTO r(body) VALUES('IMM3 closed on 17 February 2012"
             " in Hanoi.')");
  checkRows(db, "SELECT field, value, report_id FROM r_conflicts",
            "end|2012-02-16|1\n");
  free(zBefore);
  free(zAfter);
  execOk(db, "DROP TABLE r");
}

int main(void) {
#define T(f) cmocka_unit_test_setup_teardown(f, dbSetup, dbTeardown)
  const struct CMUnitTest tests[] = {
    T(test_registry_neighbour_reports_list_a_conflict_once),
    T(test_registry_series_dates_any_order),
    T(test_registry_integrity_check_finds_tampering),
    T(test_registry_rebuild_restores_tampered_tables),
    T(test_registry_command_errors),
    T(test_registry_failed_change_in_transaction_undone),
    T(test_registry_random_changes_equal_recomputation),
    T(test_registry_fresh_registry_same_values),
  };
  return cmocka_run_group_tests(tests, 0, 0);
}
