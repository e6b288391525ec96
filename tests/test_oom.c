/*
** 2026-11-29
**
** test_oom.c -- out-of-memory sweep over the public entry points.
**
** An allocator installed with sqlite3_config(SQLITE_CONFIG_MALLOC) fails
** the Nth allocation.  For N = 1, 2, ... until a run completes without a
** failure, each test opens a connection, registers the extension and runs
** one workload.  Every run must end in the right answer or SQLITE_NOMEM
** (a failed init is an error, not a crash), and sqlite3_memory_used() must
** be back to 0 after the connection closes: nothing leaks.
**
** Workloads: commit_parse of a report (with options), commit_entities,
** commit_date / commit_country / commit_meeting_code, the gazetteer tables,
** and an INSERT into a commit_registry: a failed INSERT must leave every
** registry table exactly as it was (statement rollback), a successful one
** must give the same facts as a run without failures.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sqlite3.h>

int sqlite3_commit_init(sqlite3 *db, char **pzErrMsg, const void *pApi);

/* ==== The failing allocator ============================================ */

static sqlite3_mem_methods oomDefault;  /* the real allocator */
static int oomCountdown = -1;           /* fail when this reaches 0 */
static int oomFailed = 0;               /* an allocation was failed */

static void *oomMalloc(int n) {
  if( oomCountdown>=0 && oomCountdown--==0 ){
    oomFailed = 1;
    return 0;
  }
  return oomDefault.xMalloc(n);
}

static void *oomRealloc(void *p, int n) {
  if( oomCountdown>=0 && oomCountdown--==0 ){
    oomFailed = 1;
    return 0;
  }
  return oomDefault.xRealloc(p, n);
}

static void oomFree(void *p) { oomDefault.xFree(p); }
static int oomSize(void *p) { return oomDefault.xSize(p); }
static int oomRoundup(int n) { return oomDefault.xRoundup(n); }
static int oomInit(void *p) { return oomDefault.xInit(p); }
static void oomShutdown(void *p) { oomDefault.xShutdown(p); }

/* Install the failing allocator once, before SQLite initialises. */
static int oomSetup(void **state) {
  static sqlite3_mem_methods m;
  (void)state;
  sqlite3_shutdown();
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &oomDefault);
  m = oomDefault;
  m.xMalloc = oomMalloc;
  m.xRealloc = oomRealloc;
  m.xFree = oomFree;
  m.xSize = oomSize;
  m.xRoundup = oomRoundup;
  m.xInit = oomInit;
  m.xShutdown = oomShutdown;
  sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 1);
  sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
  return sqlite3_initialize()==SQLITE_OK ? 0 : -1;
}

/* ==== Running one workload ============================================= */

static const char zReport[] =
  "HA NOI, Feb. 16 (VNA) -- Ministers from Cambodia, China, Laos, Myanmar,\n"
  "Thailand and Viet Nam signed the second Joint Declaration at the close\n"
  "of the third Inter-Ministerial Meeting (IMM3) here on Thursday. The\n"
  "meeting, hosted by Viet Nam's Ministry of Public Security, followed SOM8\n"
  "on Feb. 14-15. Nearly 200 delegates attended. Deputy Minister of Public\n"
  "Security Le Quy Vuong said SPA III (2011-2013) was approved.\n";

/*
** Run zSql (one row, one column) on a fresh connection with the allocator
** failing at allocation nFail (-1: never).  Returns the SQLite code of the
** run; *pzOut gets the text result (malloc'd copy) when it succeeded.
*/
static int oomRun(const char *zSql, int nFail, char **pzOut) {
  sqlite3 *db = 0;
  sqlite3_stmt *pStmt = 0;
  char *zErr = 0;
  int rc;
  *pzOut = 0;
  oomFailed = 0;
  oomCountdown = nFail;
  rc = sqlite3_open(":memory:", &db);
  if( rc==SQLITE_OK ) rc = sqlite3_commit_init(db, &zErr, 0);
  sqlite3_free(zErr);
  if( rc==SQLITE_OK ) rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if( rc==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, zReport, -1, SQLITE_STATIC);
    rc = sqlite3_step(pStmt);
    if( rc==SQLITE_ROW ){
      const char *z = (const char *)sqlite3_column_text(pStmt, 0);
      if( z ){
        *pzOut = strdup(z);
        rc = SQLITE_OK;
      }else{
        rc = sqlite3_errcode(db)==SQLITE_NOMEM ? SQLITE_NOMEM : SQLITE_OK;
      }
    }else if( rc!=SQLITE_DONE ){
      rc = sqlite3_errcode(db);
    }else{
      rc = SQLITE_OK;
    }
  }
  sqlite3_finalize(pStmt);
  sqlite3_close(db);
  oomCountdown = -1;
  return rc;
}

/*
** Sweep allocation failures over zSql: every run ends in the reference
** answer or SQLITE_NOMEM, and memory returns to zero.  Stops at the first
** run that needed no failure.
*/
static void oomSweep(const char *zSql) {
  char *zRef = 0, *zOut = 0;
  int n, rc;
  rc = oomRun(zSql, -1, &zRef);
  assert_int_equal(rc, SQLITE_OK);
  assert_non_null(zRef);
  assert_int_equal(sqlite3_memory_used(), 0);
  for(n=0; n<100000; n++){
    rc = oomRun(zSql, n, &zOut);
    if( rc==SQLITE_OK ){
      if( zOut==0 || strcmp(zOut, zRef)!=0 ){
        fail_msg("allocation %d: wrong answer %s", n, zOut ? zOut : "(null)");
      }
    }else if( rc!=SQLITE_NOMEM && rc!=SQLITE_ERROR ){
      fail_msg("allocation %d: rc=%d", n, rc);
    }
    free(zOut);
    zOut = 0;
    if( sqlite3_memory_used()!=0 ){
      fail_msg("allocation %d: %lld bytes leaked", n,
               (long long)sqlite3_memory_used());
    }
    if( !oomFailed ) break;
  }
  print_message("%d allocation failure points swept\n", n);
  assert_true(n>5);
  free(zRef);
}

/* ==== The registry ===================================================== */

/* A second report about the same meeting, disagreeing on attendance. */
static const char zReport2[] =
  "Hanoi (VNA) - Over 150 delegates attended the third Inter-Ministerial\n"
  "Meeting (IMM3) of COMMIT, which closed in Hanoi on 16 February 2012.\n"
  "Ministers of Cambodia, China, Laos, Myanmar, Thailand and Viet Nam\n"
  "signed the second Joint Declaration.\n";

/* The rows of every registry table, as one string (malloc'd). */
static char *oomDump(sqlite3 *db) {
  static const char *const az[] = {
    "content", "meetings", "documents", "actions", "signatories", "people",
    "evidence", "conflicts",
  };
  char *zOut = strdup("");
  int i;
  for(i=0; i<8 && zOut; i++){
    sqlite3_stmt *pStmt = 0;
    const char *z = "";
    char *zNew;
    char *zSql = sqlite3_mprintf("SELECT json_group_array(json_array(*)) FROM ("
                                 "SELECT * FROM 'r_%s' ORDER BY 1)", az[i]);
    if( zSql && sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0)==SQLITE_OK
     && sqlite3_step(pStmt)==SQLITE_ROW && sqlite3_column_text(pStmt, 0) ){
      z = (const char *)sqlite3_column_text(pStmt, 0);
    }
    zNew = malloc(strlen(zOut) + strlen(z) + 16);
    if( zNew ) sprintf(zNew, "%s%s:%s\n", zOut, az[i], z);
    free(zOut);
    zOut = zNew;
    sqlite3_finalize(pStmt);
    sqlite3_free(zSql);
  }
  return zOut;
}

/*
** Ingest zReport2 into a registry holding zReport, failing allocation N.
** The INSERT must either succeed (and match a clean run) or fail leaving
** every table as it was; integrity_check must pass either way.
*/
static void test_oom_registry_insert(void **state) {
  char *zBefore = 0, *zClean = 0;
  int n, bDone = 0;
  (void)state;
  for(n=0; n<100000 && !bDone; n++){
    sqlite3 *db = 0;
    char *zErr = 0, *zAfter;
    int rc;
    oomCountdown = -1;
    assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
    assert_int_equal(sqlite3_commit_init(db, &zErr, 0), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE r USING commit_registry",
                                  0, 0, 0), SQLITE_OK);
    {
      sqlite3_stmt *pIns = 0;
      assert_int_equal(sqlite3_prepare_v2(db,
          "INSERT INTO r(source, published, body) VALUES('a', '2012-02-16', ?1)",
          -1, &pIns, 0), SQLITE_OK);
      sqlite3_bind_text(pIns, 1, zReport, -1, SQLITE_STATIC);
      assert_int_equal(sqlite3_step(pIns), SQLITE_DONE);
      sqlite3_finalize(pIns);
      if( zBefore==0 ) zBefore = oomDump(db);
      assert_int_equal(sqlite3_prepare_v2(db,
          "INSERT INTO r(source, published, body) VALUES('b', '2012-02-17', ?1)",
          -1, &pIns, 0), SQLITE_OK);
      sqlite3_bind_text(pIns, 1, zReport2, -1, SQLITE_STATIC);
      oomFailed = 0;
      oomCountdown = n;
      rc = sqlite3_step(pIns);
      oomCountdown = -1;
      sqlite3_finalize(pIns);
    }
    zAfter = oomDump(db);
    assert_non_null(zAfter);
    if( rc==SQLITE_DONE ){
      if( zClean==0 ) zClean = strdup(zAfter);
      if( strcmp(zAfter, zClean)!=0 ) fail_msg("allocation %d: different facts", n);
      if( !oomFailed ) bDone = 1;
    }else{
      if( strcmp(zAfter, zBefore)!=0 ){
        fail_msg("allocation %d: rc=%d but the registry changed:\n%s", n, rc,
                 zAfter);
      }
    }
    {
      sqlite3_stmt *pChk = 0;
      assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1,
                                          &pChk, 0), SQLITE_OK);
      assert_int_equal(sqlite3_step(pChk), SQLITE_ROW);
      assert_string_equal((const char *)sqlite3_column_text(pChk, 0), "ok");
      sqlite3_finalize(pChk);
    }
    free(zAfter);
    sqlite3_close(db);
    assert_int_equal(sqlite3_memory_used(), 0);
  }
  print_message("%d allocation failure points swept\n", n);
  free(zBefore);
  free(zClean);
}

/* ==== Tests ============================================================ */

static void test_oom_parse(void **state) {
  (void)state;
  oomSweep("SELECT commit_parse(?1, '{\"published\":\"2012-02-16\"}')");
}

static void test_oom_entities(void **state) {
  (void)state;
  oomSweep("SELECT group_concat(kind||':'||coalesce(value,''), ' ')"
           " FROM commit_entities(?1)");
}

static void test_oom_normalizers(void **state) {
  (void)state;
  oomSweep("SELECT commit_date('Feb. 14-15', '2012-02-16') || commit_country("
           "'Burmese') || commit_meeting_code('the third IMM') || length(?1)");
}

static void test_oom_gazetteer_tables(void **state) {
  (void)state;
  oomSweep("SELECT (SELECT count(*) FROM commit_countries) || '/' ||"
           " (SELECT count(*) FROM commit_organizations) || length(?1)");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_oom_parse),
    cmocka_unit_test(test_oom_entities),
    cmocka_unit_test(test_oom_normalizers),
    cmocka_unit_test(test_oom_gazetteer_tables),
    cmocka_unit_test(test_oom_registry_insert),
  };
  return cmocka_run_group_tests(tests, oomSetup, 0);
}
