/*
** 2026-11-29
**
** vtab_gazetteer.c -- the built-in gazetteer as read-only tables.
**
**   SELECT iso2, name, aliases FROM commit_countries WHERE member;
**   KH|Cambodia|Kingdom of Cambodia;Royal Government of Cambodia;...
**
**   commit_countries(iso2, iso3, name, aliases, adjectives, member)
**   commit_organizations(acronym, name, aliases, country, kind)
**
** One row per entry of aCommitGazEntry of the table's kind; aliases and
** adjectives are ';'-separated (NULL when none).  Both are eponymous
** virtual tables over static data: innocuous, no arguments, full scans
** (a few hundred rows).  The rowid is the entry's index in the data.
*/
#include "commit.h"
#include <string.h>

/* Column numbers of commit_countries. */
#define GZV_CTY_ISO2 0
#define GZV_CTY_ISO3 1
#define GZV_CTY_NAME 2
#define GZV_CTY_ALIASES 3
#define GZV_CTY_ADJECTIVES 4
#define GZV_CTY_MEMBER 5

/* Column numbers of commit_organizations. */
#define GZV_ORG_ACRONYM 0
#define GZV_ORG_NAME 1
#define GZV_ORG_ALIASES 2
#define GZV_ORG_COUNTRY 3
#define GZV_ORG_KIND 4

typedef struct GzvVtab GzvVtab;
struct GzvVtab {
  sqlite3_vtab base;   /* base class */
  int eKind;           /* COMMIT_GAZ_COUNTRY or COMMIT_GAZ_ORG */
};

typedef struct GzvCursor GzvCursor;
struct GzvCursor {
  sqlite3_vtab_cursor base;  /* base class */
  int iEntry;                /* current entry of aCommitGazEntry */
};

/* xConnect: pAux is the kind (1 countries, 3 organisations). */
static int gzvConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr) {
  GzvVtab *p;
  int eKind = (int)(sqlite3_int64)pAux;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = sqlite3_declare_vtab(db, eKind==COMMIT_GAZ_COUNTRY
    ? "CREATE TABLE x(iso2 TEXT, iso3 TEXT, name TEXT, aliases TEXT,"
      " adjectives TEXT, member INTEGER)"
    : "CREATE TABLE x(acronym TEXT, name TEXT, aliases TEXT, country TEXT,"
      " kind TEXT)");
  if( rc!=SQLITE_OK ) return rc;
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->eKind = eKind;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &p->base;
  return SQLITE_OK;
}

/* xDisconnect */
static int gzvDisconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/* xOpen */
static int gzvOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  GzvCursor *c = sqlite3_malloc64(sizeof(*c));
  (void)pVtab;
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *ppCur = &c->base;
  return SQLITE_OK;
}

/* xClose */
static int gzvClose(sqlite3_vtab_cursor *pCur) {
  sqlite3_free(pCur);
  return SQLITE_OK;
}

/* Move to the first entry of the table's kind at or after iEntry. */
static void gzvSeek(GzvCursor *c, int iEntry) {
  int eKind = ((GzvVtab *)c->base.pVtab)->eKind;
  while( iEntry<nCommitGazEntry && aCommitGazEntry[iEntry].eKind!=eKind ){
    iEntry++;
  }
  c->iEntry = iEntry;
}

/* xFilter: a full scan. */
static int gzvFilter(sqlite3_vtab_cursor *pCur, int idxNum,
                     const char *idxStr, int argc, sqlite3_value **argv) {
  (void)idxNum; (void)idxStr; (void)argc; (void)argv;
  gzvSeek((GzvCursor *)pCur, 0);
  return SQLITE_OK;
}

/* xNext */
static int gzvNext(sqlite3_vtab_cursor *pCur) {
  GzvCursor *c = (GzvCursor *)pCur;
  gzvSeek(c, c->iEntry+1);
  return SQLITE_OK;
}

/* xEof */
static int gzvEof(sqlite3_vtab_cursor *pCur) {
  return ((GzvCursor *)pCur)->iEntry>=nCommitGazEntry;
}

/* Result a static string, or NULL. */
static void gzvText(sqlite3_context *ctx, const char *z) {
  if( z ) sqlite3_result_text(ctx, z, -1, SQLITE_STATIC);
}

/* xColumn */
static int gzvColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx,
                     int iCol) {
  GzvCursor *c = (GzvCursor *)pCur;
  const CommitGazEntry *e = &aCommitGazEntry[c->iEntry];
  if( e->eKind==COMMIT_GAZ_COUNTRY ){
    switch( iCol ){
      case GZV_CTY_ISO2: gzvText(ctx, e->zCode); break;
      case GZV_CTY_ISO3: gzvText(ctx, e->zExtra); break;
      case GZV_CTY_NAME: gzvText(ctx, e->zName); break;
      case GZV_CTY_ALIASES: gzvText(ctx, e->zAliases); break;
      case GZV_CTY_ADJECTIVES: gzvText(ctx, e->zAdjectives); break;
      case GZV_CTY_MEMBER: sqlite3_result_int(ctx, e->iValue); break;
    }
  }else{
    switch( iCol ){
      case GZV_ORG_ACRONYM: gzvText(ctx, e->zCode); break;
      case GZV_ORG_NAME: gzvText(ctx, e->zName); break;
      case GZV_ORG_ALIASES: gzvText(ctx, e->zAliases); break;
      case GZV_ORG_COUNTRY: gzvText(ctx, e->zCountry); break;
      case GZV_ORG_KIND: gzvText(ctx, e->zExtra); break;
    }
  }
  return SQLITE_OK;
}

/* xRowid: the entry's index. */
static int gzvRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = ((GzvCursor *)pCur)->iEntry;
  return SQLITE_OK;
}

/* xBestIndex: always a full scan of a small static table. */
static int gzvBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  (void)pVtab;
  pInfo->estimatedCost = 500.0;
  pInfo->estimatedRows = 250;
  return SQLITE_OK;
}

static sqlite3_module gzvModule = {
  0,              /* iVersion */
  0,              /* xCreate: eponymous only */
  gzvConnect,     /* xConnect */
  gzvBestIndex,   /* xBestIndex */
  gzvDisconnect,  /* xDisconnect */
  0,              /* xDestroy */
  gzvOpen,        /* xOpen */
  gzvClose,       /* xClose */
  gzvFilter,      /* xFilter */
  gzvNext,        /* xNext */
  gzvEof,         /* xEof */
  gzvColumn,      /* xColumn */
  gzvRowid,       /* xRowid */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0  /* xUpdate .. xShadowName */
};

/* Register commit_countries and commit_organizations. */
int commitGazetteerVtabInit(sqlite3 *db) {
  int rc = sqlite3_create_module(db, "commit_countries", &gzvModule,
                                 (void *)(sqlite3_int64)COMMIT_GAZ_COUNTRY);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_module(db, "commit_organizations", &gzvModule,
                               (void *)(sqlite3_int64)COMMIT_GAZ_ORG);
  }
  return rc;
}
