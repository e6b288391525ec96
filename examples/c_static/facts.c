/*
** facts.c -- a C program with the `commit` extension linked into it
** statically, printing a few facts of one report.
**
**   after make install:   cc -o facts facts.c $(pkg-config --cflags --libs commit)
**   in the source tree:   cc -Iext -o facts examples/c_static/facts.c \
**                            build/libcommit.a -lsqlite3
**   ./facts examples/report.txt
**
** libcommit.a holds the extension's objects compiled with -DSQLITE_CORE,
** so they call the system libsqlite3 directly instead of through the
** table of routines a loaded extension receives.  Nothing is loaded at run
** time: sqlite3_auto_extension() registers the entry point once, and every
** connection opened after that has the commit_* functions and tables.
*/
#include <stdio.h>
#include <stdlib.h>
#include <sqlite3.h>
#include "sqlite3_commit.h"

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
  char *zReport;
  int rc;
  size_t i;
  if( argc!=2 ){
    fprintf(stderr, "usage: %s REPORT\n", argv[0]);
    return 2;
  }
  zReport = readFile(argv[1]);
  if( zReport==0 ){
    fprintf(stderr, "facts: cannot read %s\n", argv[1]);
    return 1;
  }
  /* Once per process: every connection opened from now on gets commit.
  ** An error in the entry point shows up as the error of sqlite3_open. */
  rc = sqlite3_auto_extension((void (*)(void))sqlite3_commit_init);
  if( rc==SQLITE_OK ) rc = sqlite3_open(":memory:", &db);
  if( rc!=SQLITE_OK ){
    fprintf(stderr, "facts: %s\n", db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  }
  for(i = 0; rc==SQLITE_OK && i<sizeof(azQuery)/sizeof(azQuery[0]); i++){
    rc = printRows(db, azQuery[i], zReport);
  }
  sqlite3_close(db);
  free(zReport);
  return rc==SQLITE_OK ? 0 : 1;
}
