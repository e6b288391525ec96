/*
** facts.c -- a C program that loads the `commit` extension at run time
** and prints a few facts of one report.
**
**   cc -o facts examples/c_dynamic/facts.c -lsqlite3
**   ./facts dist/commit examples/report.txt
**
** It links only the system libsqlite3.  sqlite3_load_extension() opens
** the shared library (adding ".so" itself when the file is not found as
** given) and calls its entry point, sqlite3_commit_init, which it derives
** from the file name.  "commit" with no directory works once the library
** is installed where the loader looks (see "Install" in README.md).
**
** Loading is switched on for this connection's C API only
** (SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION), not for SQL's load_extension(),
** and switched off again once the extension is in.
*/
#include <stdio.h>
#include <stdlib.h>
#include <sqlite3.h>

/*
** Every query takes the report's facts, commit_parse(?1), and returns one
** line of text per row.
*/
static const char *azQuery[] = {
  /* the meetings */
  "SELECT printf('%s in %s (%s) from %s to %s',"
  "  coalesce(json_extract(m.value, '$.code'), '?'),"
  "  coalesce(json_extract(m.value, '$.city'), '?'),"
  "  coalesce(json_extract(m.value, '$.country'), '?'),"
  "  coalesce(json_extract(m.value, '$.start'), '?'),"
  "  coalesce(json_extract(m.value, '$.end'), '?'))"
  "  FROM json_each(commit_parse(?1), '$.meetings') AS m",
  /* what was done to which document, and by whom */
  "WITH f(j) AS (SELECT commit_parse(?1))"
  "SELECT json_extract(a.value, '$.action') || ' '"
  "    || json_extract(f.j, '$.documents[' || json_extract(a.value, '$.document') || '].title')"
  "    || coalesce(': ' || (SELECT group_concat(p.value, ' ')"
  "                           FROM json_each(a.value, '$.parties') AS p), '')"
  "  FROM f, json_each(f.j, '$.actions') AS a",
  /* the people, with their office when it is given */
  "SELECT 'person ' || json_extract(p.value, '$.name')"
  "    || coalesce(', ' || json_extract(p.value, '$.title'), '')"
  "  FROM json_each(commit_parse(?1), '$.people') AS p",
};

/*
** Reads the whole file zPath into a NUL-terminated buffer that the caller
** frees with free().  Returns NULL when the file cannot be read.
*/
static char *readFile(const char *zPath) {
  FILE *pIn = fopen(zPath, "rb");
  char *zBuf = 0;
  long nByte;
  if( pIn==0 ) return 0;
  if( fseek(pIn, 0, SEEK_END)==0 && (nByte = ftell(pIn))>=0
   && fseek(pIn, 0, SEEK_SET)==0 && (zBuf = malloc(nByte + 1))!=0 ){
    if( fread(zBuf, 1, nByte, pIn)!=(size_t)nByte ){
      free(zBuf);
      zBuf = 0;
    }else{
      zBuf[nByte] = 0;
    }
  }
  fclose(pIn);
  return zBuf;
}

/*
** Runs zSql with the report bound to ?1 and prints column 0 of each row.
** Returns an SQLite result code.
*/
static int printRows(sqlite3 *db, const char *zSql, const char *zReport) {
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  if( rc==SQLITE_OK ){
    sqlite3_bind_text(pStmt, 1, zReport, -1, SQLITE_STATIC);
    while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
      printf("%s\n", (const char *)sqlite3_column_text(pStmt, 0));
    }
    if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  }
  if( rc!=SQLITE_OK ) fprintf(stderr, "facts: %s\n", sqlite3_errmsg(db));
  sqlite3_finalize(pStmt);
  return rc;
}

int main(int argc, char **argv) {
  sqlite3 *db = 0;
  char *zErr = 0;
  char *zReport;
  int rc;
  size_t i;
  if( argc!=3 ){
    fprintf(stderr, "usage: %s EXTENSION REPORT  (e.g. dist/commit report.txt)\n",
            argv[0]);
    return 2;
  }
  zReport = readFile(argv[2]);
  if( zReport==0 ){
    fprintf(stderr, "facts: cannot read %s\n", argv[2]);
    return 1;
  }
  rc = sqlite3_open(":memory:", &db);
  if( rc==SQLITE_OK ){
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, (int *)0);
    rc = sqlite3_load_extension(db, argv[1], 0, &zErr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, (int *)0);
    if( rc!=SQLITE_OK ){
      fprintf(stderr, "facts: %s\n", zErr ? zErr : sqlite3_errstr(rc));
      sqlite3_free(zErr);
    }
  }else{
    fprintf(stderr, "facts: %s\n", sqlite3_errstr(rc));
  }
  for(i = 0; rc==SQLITE_OK && i<sizeof(azQuery)/sizeof(azQuery[0]); i++){
    rc = printRows(db, azQuery[i], zReport);
  }
  sqlite3_close(db);
  free(zReport);
  return rc==SQLITE_OK ? 0 : 1;
}
