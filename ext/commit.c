/*
** 2026-11-29
**
** commit.c -- entry point of the `commit` SQLite extension.
**
**   .load ./dist/commit          (sqlite3 shell)
**   SELECT commit_version();     -> '0.1.0'
**
** sqlite3_commit_init() builds the per-connection gazetteer once, then
** registers every SQL function and module, stopping at the first failure
** and naming it in *pzErrMsg.  The gazetteer is reference counted: each
** registration holds one reference and SQLite drops it when the function
** or module is deleted or the connection closes.
**
** Registered here and in the files named:
**   commit_version()                       this file
**   commit_parse, commit_date,
**   commit_country, commit_meeting_code    parse.c
**   commit_entities                        vtab_entities.c
**   commit_countries, commit_organizations vtab_gazetteer.c
**   commit_registry                        vtab_registry.c
**   commit_signatories                     vtab_signatories.c
*/
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include "commit.h"

/* commit_version(): the extension's version string. */
static void versionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  sqlite3_result_text(ctx, COMMIT_VERSION, -1, SQLITE_STATIC);
}

/*
** Entry point.  Returns SQLITE_OK, or the first failing registration's
** code with *pzErrMsg naming it (caller frees with sqlite3_free).
*/
#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_commit_init(sqlite3 *db, char **pzErrMsg,
                        const sqlite3_api_routines *pApi) {
  CommitGazetteer *pGaz = 0;
  int rc;
  const char *zWhat = "commit_version";
  SQLITE_EXTENSION_INIT2(pApi);
  rc = sqlite3_create_function_v2(db, "commit_version", 0,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC
                                  | SQLITE_INNOCUOUS,
                                  0, versionFunc, 0, 0, 0);
  if( rc==SQLITE_OK ){
    zWhat = "the gazetteer";
    rc = commitGazetteerNew(&pGaz);
  }
  if( rc==SQLITE_OK ){
    zWhat = "commit_parse";
    rc = commitParseInit(db, pGaz);
  }
  if( rc==SQLITE_OK ){
    zWhat = "commit_entities";
    rc = commitEntitiesInit(db, pGaz);
  }
  if( rc==SQLITE_OK ){
    zWhat = "commit_countries";
    rc = commitGazetteerVtabInit(db);
  }
  if( rc==SQLITE_OK ){
    zWhat = "commit_registry";
    rc = commitRegistryInit(db, pGaz);
  }
  if( rc==SQLITE_OK ){
    zWhat = "commit_signatories";
    rc = commitSignatoriesInit(db, pGaz);
  }
  commitGazetteerUnref(pGaz);
  if( rc!=SQLITE_OK && pzErrMsg ){
    *pzErrMsg = sqlite3_mprintf("commit: cannot register %s: %s", zWhat,
                                sqlite3_errstr(rc));
  }
  return rc;
}
