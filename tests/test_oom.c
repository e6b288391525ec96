/*
** 2026-11-29
**
** test_oom.c -- out-of-memory sweep over a full workload.
**
** An allocator installed with sqlite3_config(SQLITE_CONFIG_MALLOC) before
** sqlite3_initialize() fails the Nth allocation, once (the allocations
** after it succeed again, as when memory comes back).  The workload:
**
**   open a connection and register the extension
**   commit_parse of every fixture (with its .opts), and of an HTML page
**   commit_entities of three fixtures and of the page
**   commit_date / commit_country / commit_meeting_code, the gazetteer tables
**   CREATE VIRTUAL TABLE r USING commit_registry
**   ingest three reports; UPDATE one; ingest a fourth inside BEGIN...COMMIT
**   and a fifth, an HTML page;
**   DELETE one;
**   the incremental merge (issue 10): reports of IMM3 that disagree, of its
**   neighbours IMM4 and IMM2; inside BEGIN...COMMIT an ingest that changes
**   IMM3's chosen end (its conflicts rewritten), an UPDATE and a DELETE
**   that changes it back; 'integrity-check'; a tally changed by hand and
**   'rebuild' inside BEGIN...COMMIT; 'rebuild' of a sound registry;
**   'integrity-check' again;
**   commit_signatories
**
** Every allocation the workload makes is failed once.  Restarting the
** whole workload for each N would cost N times the workload, so the sweep
** goes step by step: before step S the parent process holds the state a
** clean run has there, and each N is run by a fork()ed child that starts
** from that exact state (same heap, same connection), fails the Nth
** allocation of step S and checks:
**
**   - the step ended in the clean run's answer, or in SQLITE_NOMEM (for
**     the registration: an error from sqlite3_commit_init);
**   - after SQLITE_NOMEM the registry is exactly as before the step (every
**     row of every table), and running the step again gives the clean
**     answer and registry -- the connection is still healthy;
**   - after a success the registry is exactly the clean one;
**   - PRAGMA integrity_check says ok;
**   - after sqlite3_close() sqlite3_memory_used() is 0: nothing leaked.
**
** A child that found no allocation to fail ends the sweep of its step; the
** parent then runs the step itself, cleanly, and goes on.  The first child
** of each step runs it without failures and reports the clean answer and
** registry, which the parent's own run must reproduce.  Children run two
** at a time (OOM_JOBS=n to change); OOM_STRIDE=k fails only allocations
** 0, k, 2k, ... (the sanitizer build, where a fork() costs ~10 ms, uses
** k=8 unless told otherwise).  The registry steps, whose children each
** run a whole ingest two or three times, fail one allocation in 3 by
** default in the plain build and one in 12 under the sanitizers
** (OOM_STRIDE=1 sweeps every one; about three times the time).  A failing child prints what differs to
** stderr; the test then fails with the step and N.
**
** Coverage builds (-DCOMMIT_GCOV) flush the children's counters with
** __gcov_dump() before _exit().
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <time.h>
#include <errno.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

int sqlite3_commit_init(sqlite3 *db, char **pzErrMsg, const void *pApi);

#ifdef COMMIT_GCOV
void __gcov_dump(void);
#define OOM_EXIT(n) do{ __gcov_dump(); _exit(n); }while(0)
#else
#define OOM_EXIT(n) _exit(n)
#endif

/* Under AddressSanitizer a fork() costs ~10 ms: fail one allocation in 8
** by default there (OOM_STRIDE overrides), and keep the quarantine of
** freed memory small, which makes fork() cheaper. */
#if defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define OOM_DEFAULT_STRIDE 8
const char *__asan_default_options(void) { return "quarantine_size_mb=4"; }
# endif
#endif
#if !defined(OOM_DEFAULT_STRIDE) && defined(__SANITIZE_ADDRESS__)
# define OOM_DEFAULT_STRIDE 8
#endif
#ifndef OOM_DEFAULT_STRIDE
# define OOM_DEFAULT_STRIDE 1
#endif
/* The least stride of the registry steps when OOM_STRIDE is not set: 3 in
** the plain build, 12 under the sanitizers (each child of a registry step
** runs a whole ingest two or three times; this keeps make test under ten
** minutes on two cores). */
#define OOM_REGISTRY_STRIDE (OOM_DEFAULT_STRIDE>1 ? OOM_DEFAULT_STRIDE*3/2 : 3)

/* Exit codes of a child. */
#define CHILD_FAULTED 0   /* an allocation was failed; all checks passed */
#define CHILD_FAILED 1    /* a check failed (message on stderr) */
#define CHILD_CLEAN 2     /* no allocation was failed: the step is swept */

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

/* ==== Strings (libc memory: not counted by sqlite3_memory_used) ======== */

typedef struct Buf Buf;
struct Buf {
  char *z;        /* text, NUL-terminated; 0 after an allocation failure */
  size_t n, nAlloc;
};

/* Append n bytes of z (n<0: strlen) to b. */
static void bufAppend(Buf *b, const char *z, int n) {
  size_t m = n<0 ? strlen(z) : (size_t)n;
  if( b->n + m + 1 > b->nAlloc ){
    size_t nNew = (b->n + m + 1)*2;
    char *zNew = realloc(b->z, nNew);
    if( zNew==0 ) abort();
    b->z = zNew;
    b->nAlloc = nNew;
  }
  memcpy(b->z + b->n, z, m);
  b->n += m;
  b->z[b->n] = 0;
}

/* The text of b ("" when empty), owned by the caller. */
static char *bufFinish(Buf *b) {
  if( b->z==0 ) bufAppend(b, "", 0);
  return b->z;
}

/* The contents of file zPath (0 if it cannot be read). */
static char *readFile(const char *zPath) {
  FILE *f = fopen(zPath, "rb");
  Buf b = {0, 0, 0};
  char a[4096];
  size_t n;
  if( f==0 ) return 0;
  while( (n = fread(a, 1, sizeof(a), f))>0 ) bufAppend(&b, a, (int)n);
  fclose(f);
  return bufFinish(&b);
}

/* ==== The workload ===================================================== */

/* One step: up to four statements run in order, ?1 bound to zArg1 and ?2
** to zArg2 (0: NULL) where the statement has them.  The answer is the
** first column of every row, one per line. */
typedef struct Step Step;
struct Step {
  char zLabel[64];
  const char *azSql[4];
  char *zArg1, *zArg2;    /* malloc'd or 0 */
  int bInit;              /* open + sqlite3_commit_init (no SQL) */
  int bCreate;            /* creates the registry */
};

#define MAX_STEPS 128
typedef struct Work Work;
struct Work {
  Step a[MAX_STEPS];
  int n;
  sqlite3 *db;            /* the parent's connection (0 before init) */
  int bRegistry;          /* the registry exists */
  int bDump;              /* dump the registry around the current step */
};

/* Add a step to w and return it. */
static Step *workAdd(Work *w, const char *zLabel, const char *zSql1,
                     const char *zSql2, const char *zSql3) {
  Step *s;
  assert_true(w->n<MAX_STEPS);
  s = &w->a[w->n++];
  memset(s, 0, sizeof(*s));
  snprintf(s->zLabel, sizeof(s->zLabel), "%s", zLabel);
  s->azSql[0] = zSql1;
  s->azSql[1] = zSql2;
  s->azSql[2] = zSql3;
  return s;
}

/* Compare function for qsort of file names. */
static int cmpName(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The fixture reports, sorted: fills az (malloc'd names), returns count. */
static int fixtureNames(const char *zDir, char **az, int nMax) {
  DIR *d = opendir(zDir);
  struct dirent *e;
  int n = 0;
  if( d==0 ) return 0;
  while( (e = readdir(d))!=0 && n<nMax ){
    size_t len = strlen(e->d_name);
    if( len>4 && strcmp(e->d_name+len-4, ".txt")==0 ) az[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(az, n, sizeof(char *), cmpName);
  return n;
}

/* Read report zName of zDir: *pzBody gets the text, *pzOpts the options
** file next to it (0 if none). */
static void fixtureRead(const char *zDir, const char *zName, char **pzBody,
                        char **pzOpts) {
  char zPath[1024];
  size_t len = strlen(zName);
  snprintf(zPath, sizeof(zPath), "%s/%s", zDir, zName);
  *pzBody = readFile(zPath);
  assert_non_null(*pzBody);
  snprintf(zPath, sizeof(zPath), "%s/%.*s.opts", zDir, (int)(len-4), zName);
  *pzOpts = readFile(zPath);
  if( *pzOpts ){
    len = strlen(*pzOpts);
    while( len>0 && ((*pzOpts)[len-1]=='\n' || (*pzOpts)[len-1]=='\r') ){
      (*pzOpts)[--len] = 0;
    }
  }
}

/* The reports the registry steps ingest (small, overlapping facts). */
static const char *const azRegistryReport[] = {
  "a12_brief_unact_anniversary.txt",
  "c04_ap_imm1_rangoon.txt",
  "a04_blog_phnompenh_som4.txt",
};
#define N_REGISTRY_REPORT 3

/* Build the workload from the fixtures in zDir. */
static void workBuild(Work *w, const char *zDir) {
  char *az[256];
  char *azBody[N_REGISTRY_REPORT];
  int n, i;
  memset(w, 0, sizeof(*w));
  workAdd(w, "open+init", 0, 0, 0)->bInit = 1;
  n = fixtureNames(zDir, az, 256);
  assert_true(n>=4);
  for(i=0; i<n; i++){
    char zLabel[64];
    Step *s;
    snprintf(zLabel, sizeof(zLabel), "parse %s", az[i]);
    s = workAdd(w, zLabel,
                "SELECT CASE WHEN ?2 IS NULL THEN commit_parse(?1)"
                " ELSE commit_parse(?1, ?2) END", 0, 0);
    fixtureRead(zDir, az[i], &s->zArg1, &s->zArg2);
  }
  for(i=0; i<N_REGISTRY_REPORT; i++){
    char zLabel[64];
    Step *s;
    char *zOpts = 0;
    snprintf(zLabel, sizeof(zLabel), "entities %s", azRegistryReport[i]);
    s = workAdd(w, zLabel,
                "SELECT kind||' '||coalesce(value,'')||' '||start||'-'||\"end\""
                " FROM commit_entities(?1)", 0, 0);
    fixtureRead(zDir, azRegistryReport[i], &s->zArg1, &zOpts);
    free(zOpts);
  }
  for(i=0; i<N_REGISTRY_REPORT; i++){
    char *zOpts = 0;
    fixtureRead(zDir, azRegistryReport[i], &azBody[i], &zOpts);
    free(zOpts);
  }
  for(i=0; i<n; i++) free(az[i]);
  {
    /* a page (html.c): its text, map and meta date are allocated too */
    static const char zPage[] =
      "<!DOCTYPE html><html><head><title>IMM3 &ndash; Hanoi</title>"
      "<meta property=\"article:published_time\" content=\"2012-02-17\">"
      "<script>var s = 'IMM9';</script></head><body><table><tr><td>Home</td>"
      "<td><p>HANOI &ndash; The third Inter-Ministerial Meeting (IMM<b>3</b>)"
      " opened in Ha&shy;noi on Thursday; Viet&nbsp;Nam&rsquo;s minister"
      " spoke.</p></td></tr></table><pre>  SOM8   Hanoi</pre></body></html>";
    workAdd(w, "parse a page", "SELECT commit_parse(?1)", 0, 0)->zArg1 = strdup(zPage);
    workAdd(w, "entities of a page",
            "SELECT kind||' '||coalesce(value,'')||' '||start||'-'||\"end\""
            " FROM commit_entities(?1, '{\"format\":\"html\"}')", 0, 0)->zArg1 = strdup(zPage);
  }
  workAdd(w, "normalisers",
          "SELECT commit_date('Feb. 14-15', '2012-02-16') || ' ' ||"
          " commit_date('30 February 2012') || ' ' ||"
          " commit_country('Burmese') || ' ' ||"
          " commit_meeting_code('the third IMM')", 0, 0);
  workAdd(w, "gazetteer tables",
          "SELECT (SELECT count(*) FROM commit_countries) || '/' ||"
          " (SELECT count(*) FROM commit_organizations)", 0, 0);
  workAdd(w, "create registry",
          "CREATE VIRTUAL TABLE r USING commit_registry", 0, 0)->bCreate = 1;
  for(i=0; i<2; i++){
    char zLabel[64];
    snprintf(zLabel, sizeof(zLabel), "insert %s", azRegistryReport[i]);
    workAdd(w, zLabel,
            "INSERT INTO r(source, published, body) VALUES(?2, '2014-06-01', ?1)",
            0, 0)->zArg1 = azBody[i];
    w->a[w->n-1].zArg2 = strdup(azRegistryReport[i]);
  }
  workAdd(w, "update report 2",
          "UPDATE r SET published='2010-12-31', source='edited' WHERE rowid=2",
          0, 0);
  workAdd(w, "insert in a transaction",
          "BEGIN",
          "INSERT INTO r(source, published, body) VALUES(?2, '2004-11-01', ?1)",
          "COMMIT")->zArg1 = azBody[2];
  w->a[w->n-1].zArg2 = strdup(azRegistryReport[2]);
  workAdd(w, "insert a page",
          "INSERT INTO r(source, body) VALUES('page', ?1)", 0, 0)->zArg1 = strdup(
          "<html><body><p>IMM3 opened in <b>Hanoi</b> on 16&nbsp;February"
          " 2012.</p></body></html>");
  workAdd(w, "delete report 1", "DELETE FROM r WHERE rowid=1", 0, 0);
  /* The incremental merge (issue 10): a conflict, reports of the meetings
  ** next in the series, a change of the chosen value inside a transaction
  ** (its conflicts rewritten) and back, the commands. */
  workAdd(w, "insert IMM3", "INSERT INTO r(rowid, body) VALUES(10, 'The third"
          " Inter-Ministerial Meeting (IMM3) was held in Hanoi on 14-16 February"
          " 2012. Nearly 200 delegates attended.')", 0, 0);
  workAdd(w, "insert IMM3 again", "INSERT INTO r(rowid, body) VALUES(11, 'IMM3"
          " closed in Hanoi on 17 February 2012. Over 150 delegates attended.')",
          0, 0);
  workAdd(w, "insert IMM4", "INSERT INTO r(rowid, body) VALUES(12, 'IMM4 was"
          " held in Phnom Penh on 27-29 April 2015.')", 0, 0);
  workAdd(w, "insert IMM2", "INSERT INTO r(rowid, body) VALUES(13, 'IMM2 was"
          " held in Beijing on 12-14 December 2007, hosted by the MPS.')", 0, 0);
  workAdd(w, "insert a flip in a transaction", "BEGIN",
          "INSERT INTO r(rowid, body) VALUES(14, 'IMM3 ended in Hanoi on 17"
          " February 2012; over 150 attended.')", "COMMIT");
  workAdd(w, "update in a transaction", "BEGIN",
          "UPDATE r SET body='IMM3 opened in Hanoi on 13 February 2012.'"
          " WHERE rowid=11", "COMMIT");
  workAdd(w, "delete in a transaction", "BEGIN", "DELETE FROM r WHERE rowid=14",
          "COMMIT");
  workAdd(w, "integrity-check", "INSERT INTO r(r) VALUES('integrity-check')",
          0, 0);
  workAdd(w, "tamper with a tally", "UPDATE r_tallies SET support=support+1"
          " WHERE field='city'", 0, 0);
  workAdd(w, "rebuild in a transaction", "BEGIN",
          "INSERT INTO r(r) VALUES('rebuild')", "COMMIT");
  workAdd(w, "rebuild", "INSERT INTO r(r) VALUES('rebuild')", 0, 0);
  workAdd(w, "integrity-check again",
          "INSERT INTO r(r) VALUES('integrity-check')", 0, 0);
  workAdd(w, "signatories",
          "SELECT document||' '||country||' '||coalesce(signatory,'')||' '||"
          "coalesce(title,'')||' '||coalesce(signed_on,'')||' '||sources"
          " FROM commit_signatories('IMM1') ORDER BY 1", 0, 0);
}

static void workFree(Work *w) {
  int i;
  for(i=0; i<w->n; i++){
    free(w->a[i].zArg1);
    free(w->a[i].zArg2);
  }
}

/* The schema and the rows of every registry table, as one string (libc
** memory): every column of every row, NULL as "NULL"; a missing table
** shows as its error message. */
static char *regDump(sqlite3 *db) {
  static const char *const az[] = {
    "schema", "content", "meetings", "documents", "actions", "signatories",
    "people", "evidence", "conflicts", "tallies",
  };
  Buf b = {0, 0, 0};
  int i, j, rc;
  for(i=0; i<10; i++){
    sqlite3_stmt *pStmt = 0;
    char zSql[160];
    if( i==0 ){
      snprintf(zSql, sizeof(zSql), "SELECT type, name, tbl_name, sql FROM"
               " sqlite_schema ORDER BY name");
    }else{
      snprintf(zSql, sizeof(zSql), "SELECT * FROM 'r_%s' ORDER BY 1, 2, 3, 4",
               az[i]);
    }
    bufAppend(&b, az[i], -1);
    bufAppend(&b, ":\n", 2);
    rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
    while( rc==SQLITE_OK && (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
      for(j=0; j<sqlite3_column_count(pStmt); j++){
        const char *z = (const char *)sqlite3_column_text(pStmt, j);
        if( j ) bufAppend(&b, "|", 1);
        bufAppend(&b, z ? z : "NULL", -1);
      }
      bufAppend(&b, "\n", 1);
      rc = SQLITE_OK;
    }
    if( rc!=SQLITE_DONE ){
      bufAppend(&b, "ERROR ", -1);
      bufAppend(&b, sqlite3_errmsg(db), -1);
      bufAppend(&b, "\n", 1);
    }
    sqlite3_finalize(pStmt);
  }
  return bufFinish(&b);
}

/* Run one statement of a step; append its rows to pOut.  SQLite code. */
static int stmtRun(sqlite3 *db, const Step *s, const char *zSql, Buf *pOut) {
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return sqlite3_errcode(db);
  if( sqlite3_bind_parameter_count(pStmt)>=1 && s->zArg1 ){
    sqlite3_bind_text(pStmt, 1, s->zArg1, -1, SQLITE_STATIC);
  }
  if( sqlite3_bind_parameter_count(pStmt)>=2 && s->zArg2 ){
    sqlite3_bind_text(pStmt, 2, s->zArg2, -1, SQLITE_STATIC);
  }
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    const char *z = (const char *)sqlite3_column_text(pStmt, 0);
    if( z==0 && sqlite3_column_type(pStmt, 0)!=SQLITE_NULL ){
      rc = SQLITE_NOMEM;      /* the text conversion failed */
      break;
    }
    bufAppend(pOut, z ? z : "NULL", -1);
    bufAppend(pOut, "\n", 1);
  }
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  else if( rc!=SQLITE_NOMEM ) rc = sqlite3_errcode(db);
  sqlite3_finalize(pStmt);
  return rc;
}

/*
** Run step s on *pDb (for the init step: open *pDb first).  *pzOut gets
** the answer (libc memory) when it succeeds.  What a user would do after
** an error is done here too: a failed COMMIT is tried again, and after a
** failed statement inside BEGIN the transaction is committed as it is
** (so a half-done write would show).  Returns the code of the first
** failure, or SQLITE_OK.
*/
static int stepRun(sqlite3 **pDb, const Step *s, char **pzOut) {
  Buf b = {0, 0, 0};
  int rc = SQLITE_OK, i;
  *pzOut = 0;
  if( s->bInit ){
    char *zErr = 0;
    rc = sqlite3_open(":memory:", pDb);
    if( rc==SQLITE_OK ) rc = sqlite3_commit_init(*pDb, &zErr, 0);
    sqlite3_free(zErr);
    if( rc==SQLITE_OK ) rc = stmtRun(*pDb, s, "SELECT commit_version()", &b);
    if( rc!=SQLITE_OK ){
      sqlite3_close(*pDb);
      *pDb = 0;
    }
  }
  for(i=0; rc==SQLITE_OK && i<4 && s->azSql[i]; i++){
    rc = stmtRun(*pDb, s, s->azSql[i], &b);
    if( rc!=SQLITE_OK && strcmp(s->azSql[i], "COMMIT")==0 ){
      rc = stmtRun(*pDb, s, "COMMIT", &b);
    }
  }
  if( rc!=SQLITE_OK && *pDb && !sqlite3_get_autocommit(*pDb) ){
    Buf x = {0, 0, 0};
    if( stmtRun(*pDb, s, "COMMIT", &x)!=SQLITE_OK ){
      stmtRun(*pDb, s, "ROLLBACK", &x);
    }
    free(x.z);
  }
  if( rc==SQLITE_OK ){
    *pzOut = bufFinish(&b);
  }else{
    free(b.z);
  }
  return rc;
}

/* "ok" from PRAGMA integrity_check, or what it said (libc memory). */
static char *integrity(sqlite3 *db) {
  Buf b = {0, 0, 0};
  Step s;
  memset(&s, 0, sizeof(s));
  if( stmtRun(db, &s, "PRAGMA integrity_check", &b)!=SQLITE_OK ){
    bufAppend(&b, "(integrity_check failed to run)", -1);
  }
  return bufFinish(&b);
}

/* Print why a child failed and leave with CHILD_FAILED. */
static void childFail(const Step *s, int n, const char *zWhat,
                      const char *zGot, const char *zWant) {
  fprintf(stderr, "oom: step '%s', allocation %d: %s\n", s->zLabel, n, zWhat);
  if( zGot ) fprintf(stderr, "--- got:\n%s\n", zGot);
  if( zWant ) fprintf(stderr, "--- expected:\n%s\n", zWant);
  fflush(stderr);
  OOM_EXIT(CHILD_FAILED);
}

/*
** The child: from the parent's state before step s, fail allocation n
** (n<0: none) and check the outcome against zAnswer/zAfter (the clean
** run's answer and registry dump; 0 for the reference run) and zBefore.
** A reference child (n<0) writes the answer and dump to fd instead.
*/
static void childRun(Work *w, const Step *s, int n, const char *zBefore,
                     const char *zAnswer, const char *zAfter, int fd) {
  sqlite3 *db = w->db;
  char *zOut = 0, *zDump = 0, *zOk;
  int rc, bFaulted;
  oomFailed = 0;
  oomCountdown = n;
  rc = stepRun(&db, s, &zOut);
  oomCountdown = -1;
  bFaulted = oomFailed;
  if( rc!=SQLITE_OK ){
    char zWhat[160];
    if( rc!=SQLITE_NOMEM ){
      snprintf(zWhat, sizeof(zWhat), "ended in %d (%s), not SQLITE_NOMEM", rc,
               db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
      childFail(s, n, zWhat, 0, 0);
    }
    if( !bFaulted ) childFail(s, n, "SQLITE_NOMEM with no failed allocation", 0, 0);
    if( w->bDump ){
      zDump = regDump(db);
      if( strcmp(zDump, zBefore)!=0 ){
        childFail(s, n, "SQLITE_NOMEM, but the registry changed", zDump, zBefore);
      }
      free(zDump);
    }
    /* Memory is back: the same step on the same connection must work. */
    rc = stepRun(&db, s, &zOut);
    if( rc!=SQLITE_OK ){
      snprintf(zWhat, sizeof(zWhat), "run again after SQLITE_NOMEM: error %d (%s)",
               rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
      childFail(s, n, zWhat, 0, 0);
    }
  }
  if( zAnswer && strcmp(zOut, zAnswer)!=0 ){
    childFail(s, n, "a different answer", zOut, zAnswer);
  }
  if( w->bDump ){
    zDump = regDump(db);
    if( zAfter && strcmp(zDump, zAfter)!=0 ){
      childFail(s, n, "a different registry", zDump, zAfter);
    }
  }
  zOk = integrity(db);
  if( strcmp(zOk, "ok\n")!=0 ) childFail(s, n, "integrity_check", zOk, "ok");
  if( fd>=0 ){
    Buf b = {0, 0, 0};
    bufAppend(&b, zOut, -1);
    bufAppend(&b, "", 1);   /* the NUL between answer and dump */
    if( zDump ) bufAppend(&b, zDump, -1);
    {
      size_t off = 0;
      while( off<b.n ){
        ssize_t k = write(fd, b.z+off, b.n-off);
        if( k<=0 ) childFail(s, n, "cannot write to the parent", 0, 0);
        off += (size_t)k;
      }
    }
    free(b.z);
    close(fd);
  }
  free(zOut);
  free(zDump);
  free(zOk);
  if( sqlite3_close(db)!=SQLITE_OK ) childFail(s, n, "sqlite3_close failed", 0, 0);
  if( sqlite3_memory_used()!=0 ){
    char zWhat[80];
    snprintf(zWhat, sizeof(zWhat), "%lld bytes still allocated after close",
             (long long)sqlite3_memory_used());
    childFail(s, n, zWhat, 0, 0);
  }
  OOM_EXIT(bFaulted ? CHILD_FAULTED : CHILD_CLEAN);
}

/* Run the reference child of step s: *pzAnswer and *pzAfter get the clean
** run's answer and registry dump (libc memory; dump "" if none). */
static void referenceRun(Work *w, const Step *s, const char *zBefore,
                         char **pzAnswer, char **pzAfter) {
  int fds[2], st = 0;
  pid_t pid;
  Buf b = {0, 0, 0};
  char a[8192];
  ssize_t k;
  size_t nAns;
  assert_int_equal(pipe(fds), 0);
  fflush(stdout);
  fflush(stderr);
  pid = fork();
  assert_true(pid>=0);
  if( pid==0 ){
    close(fds[0]);
    childRun(w, s, -1, zBefore, 0, 0, fds[1]);
  }
  close(fds[1]);
  while( (k = read(fds[0], a, sizeof(a)))!=0 ){
    if( k<0 && errno==EINTR ) continue;
    assert_true(k>0);
    bufAppend(&b, a, (int)k);
  }
  close(fds[0]);
  assert_int_equal(waitpid(pid, &st, 0), pid);
  if( !WIFEXITED(st) || WEXITSTATUS(st)!=CHILD_CLEAN ){
    fail_msg("step '%s': the clean run failed (status %d)", s->zLabel, st);
  }
  bufFinish(&b);
  nAns = strlen(b.z);
  assert_true(nAns<b.n || b.n==0);
  *pzAnswer = strdup(b.z);
  *pzAfter = strdup(b.n>nAns ? b.z+nAns+1 : "");
  free(b.z);
}

/*
** Sweep step s: children fail allocation 0, 1, 2, ... (with nStride>1:
** 0, nStride, 2*nStride, ...) until one finds no allocation to fail.
** Returns the number of failure points run; a failing child fails the
** test.
*/
static int sweepStep(Work *w, const Step *s, const char *zBefore,
                     const char *zAnswer, const char *zAfter, int nJobs,
                     int nStride) {
  pid_t aPid[16];
  int aN[16];
  int nRun = 0, nNext = 0, nClean = -1, nBad = -1;
  while( nRun>0 || (nClean<0 && nBad<0) ){
    int st = 0, i;
    pid_t pid;
    while( nRun<nJobs && nClean<0 && nBad<0 ){
      fflush(stdout);
      fflush(stderr);
      pid = fork();
      assert_true(pid>=0);
      if( pid==0 ) childRun(w, s, nNext, zBefore, zAnswer, zAfter, -1);
      aPid[nRun] = pid;
      aN[nRun] = nNext;
      nNext += nStride;
      nRun++;
    }
    pid = waitpid(-1, &st, 0);
    if( pid<0 && errno==EINTR ) continue;
    assert_true(pid>0);
    for(i=0; i<nRun && aPid[i]!=pid; i++){}
    assert_true(i<nRun);
    if( WIFEXITED(st) && WEXITSTATUS(st)==CHILD_CLEAN ){
      if( nClean<0 || aN[i]<nClean ) nClean = aN[i];
    }else if( !WIFEXITED(st) || WEXITSTATUS(st)!=CHILD_FAULTED ){
      if( nBad<0 || aN[i]<nBad ) nBad = aN[i];
      if( !WIFEXITED(st) ){
        fprintf(stderr, "oom: step '%s', allocation %d: killed by signal %d\n",
                s->zLabel, aN[i], WIFSIGNALED(st) ? WTERMSIG(st) : -1);
      }
    }
    aPid[i] = aPid[nRun-1];
    aN[i] = aN[nRun-1];
    nRun--;
  }
  if( nBad>=0 ){
    fail_msg("step '%s': allocation %d failed the checks (see above)",
             s->zLabel, nBad);
  }
  return (nClean + nStride - 1)/nStride;
}

/* ==== The test ========================================================= */

/* Seconds since some fixed point (for the summary lines only). */
static double seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + t.tv_nsec/1e9;
}

static void test_oom_workload(void **state) {
  static Work w;
  const char *zDir = getenv("COMMIT_FIXTURES");
  const char *zJobs = getenv("OOM_JOBS");
  const char *zStride = getenv("OOM_STRIDE");
  int nJobs = zJobs ? atoi(zJobs) : 2;
  int nStride = zStride ? atoi(zStride) : OOM_DEFAULT_STRIDE;
  int i, nTotal = 0, nGroup = 0;
  double t0 = seconds(), tGroup = t0;
  char zGroup[16] = "";
  (void)state;
  if( nJobs<1 ) nJobs = 1;
  if( nJobs>16 ) nJobs = 16;
  if( nStride<1 ) nStride = 1;
  if( nStride>1 ) print_message("OOM_STRIDE=%d: one allocation in %d is failed\n", nStride, nStride);
  if( !zStride && nStride<OOM_REGISTRY_STRIDE ){
    print_message("registry steps: one allocation in %d is failed"
                  " (OOM_STRIDE=1 fails every one)\n", OOM_REGISTRY_STRIDE);
  }
  workBuild(&w, zDir ? zDir : "fixtures");
  for(i=0; i<w.n; i++){
    const Step *s = &w.a[i];
    char *zBefore, *zAnswer = 0, *zAfter = 0, *zOut = 0, *zDump;
    int n, rc;
    /* One summary line per kind of step (printed when the kind changes). */
    if( strncmp(zGroup, s->zLabel, strcspn(s->zLabel, " "))!=0
     || zGroup[strcspn(s->zLabel, " ")]!=0 ){
      if( zGroup[0] ){
        print_message("  %-10s %6d failure points (%.1f s)\n", zGroup, nGroup,
                      seconds()-tGroup);
      }
      tGroup = seconds();
      snprintf(zGroup, sizeof(zGroup), "%.*s", (int)strcspn(s->zLabel, " "), s->zLabel);
      nGroup = 0;
    }
    w.bDump = w.bRegistry || s->bCreate;
    zBefore = w.bDump ? regDump(w.db) : strdup("");
    referenceRun(&w, s, zBefore, &zAnswer, &zAfter);
    n = sweepStep(&w, s, zBefore, zAnswer, zAfter, nJobs,
                  !zStride && w.bDump && nStride<OOM_REGISTRY_STRIDE
                    ? OOM_REGISTRY_STRIDE : nStride);
    /* The parent takes the step, cleanly, and must agree with the child. */
    rc = stepRun(&w.db, s, &zOut);
    if( rc!=SQLITE_OK ) fail_msg("step '%s': the clean run failed: %d", s->zLabel, rc);
    assert_string_equal(zOut, zAnswer);
    if( s->bCreate ) w.bRegistry = 1;
    zDump = w.bDump ? regDump(w.db) : strdup("");
    assert_string_equal(zDump, zAfter);
    nGroup += n;
    nTotal += n;
    assert_true(n>0);
    free(zBefore);
    free(zAnswer);
    free(zAfter);
    free(zOut);
    free(zDump);
  }
  print_message("  %-10s %6d failure points (%.1f s)\n", zGroup, nGroup,
                seconds()-tGroup);
  print_message("%d allocation failure points swept over %d steps (%.1f s)\n",
                nTotal, w.n, seconds()-t0);
  assert_int_equal(sqlite3_close(w.db), SQLITE_OK);
  assert_int_equal(sqlite3_memory_used(), 0);
  workFree(&w);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_oom_workload),
  };
  return cmocka_run_group_tests(tests, oomSetup, 0);
}
