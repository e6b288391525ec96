/*
** fuzz_common.h -- helpers shared by the libFuzzer targets in fuzz/.
**
** Each target links the extension statically (-DSQLITE_CORE, all of ext/)
** and opens one :memory: database for the whole process, with commit
** registered.  A broken contract is reported on stderr and ends the run
** with abort(), so libFuzzer keeps the input as a crash-* artifact.
*/
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <sqlite3.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_commit_init(sqlite3 *db, char **pzErrMsg,
                        const sqlite3_api_routines *pApi);

/* Report a broken contract and abort. */
static void fuzzFail(const char *zFmt, ...) {
  va_list ap;
  fprintf(stderr, "\n==FUZZ== contract violated: ");
  va_start(ap, zFmt);
  vfprintf(stderr, zFmt, ap);
  va_end(ap);
  fprintf(stderr, "\n");
  fflush(stderr);
  abort();
}

/*
** True unless FUZZ_STRICT=0 is set: also check the softer contracts (order
** of commit_entities rows, commit_date intervals not reversed).  Turn them
** off to fuzz past a known finding of that kind.
*/
static int fuzzStrict(void) {
  static int b = -1;
  if( b<0 ){
    const char *z = getenv("FUZZ_STRICT");
    b = !(z && z[0]=='0');
  }
  return b;
}

/* The process-wide database, opened and initialised on first use. */
static sqlite3 *fuzzDb(void) {
  static sqlite3 *db = 0;
  if( db==0 ){
    char *zErr = 0;
    if( sqlite3_open(":memory:", &db)!=SQLITE_OK ){
      fuzzFail("sqlite3_open: %s", sqlite3_errmsg(db));
    }
    if( sqlite3_commit_init(db, &zErr, 0)!=SQLITE_OK ){
      fuzzFail("sqlite3_commit_init: %s", zErr ? zErr : "?");
    }
  }
  return db;
}

/* A prepared statement for zSql; abort if it does not prepare. */
static sqlite3_stmt *fuzzPrepare(const char *zSql) {
  sqlite3 *db = fuzzDb();
  sqlite3_stmt *pStmt = 0;
  if( sqlite3_prepare_v3(db, zSql, -1, SQLITE_PREPARE_PERSISTENT, &pStmt,
                         0)!=SQLITE_OK ){
    fuzzFail("prepare %s: %s", zSql, sqlite3_errmsg(db));
  }
  return pStmt;
}

/*
** After a statement failed with rc: an error the user may see must be
** SQLITE_ERROR with a message that starts with zPrefix (for example
** "commit_parse(): "), or SQLITE_TOOBIG.  Anything else (NOMEM without
** fault injection, MISUSE, INTERNAL, CORRUPT, ...) is a bug.
*/
static void fuzzCheckError(int rc, const char *zWhat, const char *zPrefix) {
  sqlite3 *db = fuzzDb();
  const char *zMsg = sqlite3_errmsg(db);
  int rcx = sqlite3_extended_errcode(db);
  if( rc==SQLITE_TOOBIG ) return;
  if( rc!=SQLITE_ERROR ){
    fuzzFail("%s: unexpected result code %d (%s): %s", zWhat, rcx,
             sqlite3_errstr(rcx), zMsg);
  }
  if( zPrefix && strncmp(zMsg, zPrefix, strlen(zPrefix))!=0 ){
    fuzzFail("%s: error message does not start with '%s': %s", zWhat,
             zPrefix, zMsg);
  }
}

/* Run zSql (no parameters, no rows wanted); abort on error. */
static void fuzzExec(const char *zSql) {
  char *zErr = 0;
  if( sqlite3_exec(fuzzDb(), zSql, 0, 0, &zErr)!=SQLITE_OK ){
    fuzzFail("%s: %s", zSql, zErr ? zErr : "?");
  }
}

/* The first column of the only row of pStmt as int64 (after binding). */
static sqlite3_int64 fuzzInt(sqlite3_stmt *pStmt, const char *zWhat) {
  sqlite3_int64 v = 0;
  int rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW ){
    v = sqlite3_column_int64(pStmt, 0);
    rc = sqlite3_step(pStmt);
  }
  if( rc!=SQLITE_DONE ){
    fuzzFail("%s: %s", zWhat, sqlite3_errmsg(fuzzDb()));
  }
  sqlite3_reset(pStmt);
  return v;
}

/* Bind z[0..n) as text to parameter i (NULL if z is NULL). */
static void fuzzBindText(sqlite3_stmt *pStmt, int i, const uint8_t *z,
                         size_t n) {
  if( z==0 ){
    sqlite3_bind_null(pStmt, i);
  }else{
    sqlite3_bind_text64(pStmt, i, (const char *)z, n, SQLITE_TRANSIENT,
                        SQLITE_UTF8);
  }
}

/*
** Split the input at its first '\n': *pzHead and *pnHead get the first
** line (without the '\n'), *pzRest and *pnRest the rest.  Returns 0 and puts the
** whole input in the rest if there is no '\n'.
*/
static int fuzzSplitLine(const uint8_t *a, size_t n, const uint8_t **pzHead,
                         size_t *pnHead, const uint8_t **pzRest,
                         size_t *pnRest) {
  const uint8_t *p = n ? memchr(a, '\n', n) : 0;
  static const uint8_t aEmpty[1] = {0};
  if( p==0 ){
    *pzHead = 0;
    *pnHead = 0;
    *pzRest = n ? a : aEmpty;
    *pnRest = n;
    return 0;
  }
  *pzHead = a;
  *pnHead = (size_t)(p - a);
  *pzRest = p + 1;
  *pnRest = n - (size_t)(p - a) - 1;
  return 1;
}

#endif /* FUZZ_COMMON_H */
