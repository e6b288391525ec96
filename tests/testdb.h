/*
** 2026-11-29
**
** testdb.h -- helpers shared by the cmocka tests that go through SQL: a
** :memory: database with the extension registered (dbSetup/dbTeardown,
** for cmocka_run_group_tests), and, when TESTDB_SQLVALUE or TESTDB_SQLROWS
** is defined before including this file, sqlValue() to read one value or
** sqlRows() to read all rows; with TESTDB_CASES too, tables of cases
** (statement, texts for ?1 and ?2, expected rows) checked by CHECK().
*/
#ifndef TESTDB_H
#define TESTDB_H

/* Open a :memory: database with commit registered; *state owns it. */
static int dbSetup(void **state) {
  sqlite3 *db = 0;
  char *zErr = 0;
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) return -1;
  if( sqlite3_commit_init(db, &zErr, 0)!=SQLITE_OK ){
    sqlite3_free(zErr);
    sqlite3_close(db);
    return -1;
  }
  *state = db;
  return 0;
}

static int dbTeardown(void **state) {
  return sqlite3_close((sqlite3 *)*state)==SQLITE_OK ? 0 : -1;
}

#ifdef TESTDB_SQLVALUE
/*
** Run zSql (one row, one column; ?1 and ?2 bound to text z1, z2, NULL
** binds NULL) and write to zOut the text result, "NULL", or "ERROR: msg"
** (prepare or step error).
*/
static const char *sqlValue(sqlite3 *db, const char *zSql, const char *z1,
                            const char *z2, char *zOut, int nOut) {
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if( rc!=SQLITE_OK ){
    snprintf(zOut, nOut, "ERROR: %s", sqlite3_errmsg(db));
    return zOut;
  }
  if( sqlite3_bind_parameter_count(pStmt)>=1 && z1 ){
    sqlite3_bind_text(pStmt, 1, z1, -1, SQLITE_STATIC);
  }
  if( sqlite3_bind_parameter_count(pStmt)>=2 && z2 ){
    sqlite3_bind_text(pStmt, 2, z2, -1, SQLITE_STATIC);
  }
  rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW ){
    const char *z = (const char *)sqlite3_column_text(pStmt, 0);
    snprintf(zOut, nOut, "%s", z ? z : "NULL");
  }else{
    snprintf(zOut, nOut, "ERROR: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  return zOut;
}
#endif /* TESTDB_SQLVALUE */

#ifdef TESTDB_SQLROWS
/*
** Run zSql (?1, ?2 bound to z1, z2 when not NULL) and write every row to
** zOut: columns joined with '|', rows ended by '\n'.  An error replaces
** the output with "ERROR: <message>".
*/
static const char *sqlRows(sqlite3 *db, const char *zSql, const char *z1,
                            const char *z2, char *zOut, int nOut) {
  sqlite3_stmt *pStmt = 0;
  int rc, n = 0;
  zOut[0] = 0;
  rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if( rc!=SQLITE_OK ){
    snprintf(zOut, nOut, "ERROR: %s", sqlite3_errmsg(db));
    return zOut;
  }
  if( z1 && sqlite3_bind_parameter_count(pStmt)>=1 ){
    sqlite3_bind_text(pStmt, 1, z1, -1, SQLITE_STATIC);
  }
  if( z2 && sqlite3_bind_parameter_count(pStmt)>=2 ){
    sqlite3_bind_text(pStmt, 2, z2, -1, SQLITE_STATIC);
  }
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    int i, nCol = sqlite3_column_count(pStmt);
    for(i=0; i<nCol && n<nOut; i++){
      const char *z = (const char *)sqlite3_column_text(pStmt, i);
      n += snprintf(zOut+n, nOut-n, "%s%s", i ? "|" : "", z ? z : "NULL");
    }
    if( n<nOut ) n += snprintf(zOut+n, nOut-n, "\n");
  }
  if( rc!=SQLITE_DONE ){
    snprintf(zOut, nOut, "ERROR: %s", sqlite3_errmsg(db));
  }
  sqlite3_finalize(pStmt);
  return zOut;
}
#endif /* TESTDB_SQLROWS */

#if defined(TESTDB_CASES) && defined(TESTDB_SQLROWS)
/* A case: statement, texts for ?1 and ?2 (or NULL), expected rows. */
typedef struct EdgeCase EdgeCase;
struct EdgeCase {
  const char *zSql;
  const char *z1;
  const char *z2;
  const char *zWant;
};

/* Check every case; report all mismatches, then fail if any. */
static void checkEdges(void **state, const EdgeCase *a, int n) {
  sqlite3 *db = (sqlite3 *)*state;
  int i, nBad = 0;
  for(i=0; i<n; i++){
    char zOut[8192];
    sqlRows(db, a[i].zSql, a[i].z1, a[i].z2, zOut, sizeof(zOut));
    if( strcmp(zOut, a[i].zWant)!=0 ){
      print_error("%s [?1=%s] [?2=%s]:\n--- want\n%s\n--- got\n%s\n",
                  a[i].zSql, a[i].z1 ? a[i].z1 : "NULL",
                  a[i].z2 ? a[i].z2 : "NULL", a[i].zWant, zOut);
      nBad++;
    }
  }
  assert_int_equal(nBad, 0);
}

#define CHECK(a) checkEdges(state, a, (int)(sizeof(a)/sizeof(a[0])))
#endif /* TESTDB_CASES */

#endif /* TESTDB_H */
