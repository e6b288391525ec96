/*
** 2026-11-29
**
** vtab_signatories.c -- commit_signatories(meeting_id [, registry]).
**
**   SELECT meeting, document, kind, country, country_name, title
**     FROM commit_signatories('IMM2');
**   IMM2|Joint Declaration|joint_declaration|KH|Cambodia|Minister
**   ...
**
** Who signed what at a meeting, from the merged facts of a commit_registry
** table.  Columns: meeting (code, or the meeting id as text when it has
** no code), document (its title), kind, ordinal, country (ISO code),
** country_name, signatory (person, when named), title, signed_on (the
** meeting's end date, else its start), sources (reports behind the row);
** hidden: meeting_id, registry.
**
** meeting_id is a meeting code in any form commit_meeting_code() reads
** ("IMM2", "imm-2", "the second IMM") or a meeting's id.  An unknown
** meeting gives no rows.  registry names the commit_registry table; it
** may be omitted when the database has exactly one.  An unknown registry,
** or none or several when it is omitted, is an error that says so.
**
** idxNum bits: 1 = meeting_id constrained, 2 = registry constrained.
** xFilter argv: meeting_id, then registry when bit 2 is set.
*/
#include "commit.h"
#include <string.h>

/* Column numbers; keep in step with the schema string. */
#define SIG_COL_MEETING 0
#define SIG_COL_DOCUMENT 1
#define SIG_COL_KIND 2
#define SIG_COL_ORDINAL 3
#define SIG_COL_COUNTRY 4
#define SIG_COL_COUNTRY_NAME 5
#define SIG_COL_SIGNATORY 6
#define SIG_COL_TITLE 7
#define SIG_COL_SIGNED_ON 8
#define SIG_COL_SOURCES 9
#define SIG_COL_MEETING_ID 10
#define SIG_COL_REGISTRY 11

static const char zSigSchema[] =
  "CREATE TABLE x(meeting TEXT, document TEXT, kind TEXT, ordinal INTEGER,"
  " country TEXT, country_name TEXT, signatory TEXT, title TEXT,"
  " signed_on TEXT, sources INTEGER, meeting_id HIDDEN, registry HIDDEN)";

typedef struct SigVtab SigVtab;
struct SigVtab {
  sqlite3_vtab base;            /* base class */
  sqlite3 *db;                  /* the connection */
  const CommitGazetteer *pGaz;  /* gazetteer (for meeting codes) */
};

typedef struct SigCursor SigCursor;
struct SigCursor {
  sqlite3_vtab_cursor base;  /* base class */
  sqlite3_stmt *pStmt;       /* the query over the registry tables */
  int bEof;                  /* no more rows */
  i64 iRow;                  /* row number */
};

/* xConnect */
static int sigConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr) {
  SigVtab *p;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = sqlite3_declare_vtab(db, zSigSchema);
  if( rc!=SQLITE_OK ) return rc;
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->pGaz = (const CommitGazetteer *)pAux;
  *ppVtab = &p->base;
  return SQLITE_OK;
}

/* xDisconnect */
static int sigDisconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/* xOpen */
static int sigOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  SigCursor *c = sqlite3_malloc64(sizeof(*c));
  (void)pVtab;
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *ppCur = &c->base;
  return SQLITE_OK;
}

/* xClose */
static int sigClose(sqlite3_vtab_cursor *pCur) {
  SigCursor *c = (SigCursor *)pCur;
  sqlite3_finalize(c->pStmt);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* Set the error "commit_signatories(): <msg>" with an optional %Q arg. */
static int sigError(sqlite3_vtab *pVtab, const char *zFmt, const char *zArg) {
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = sqlite3_mprintf(zFmt, zArg);
  return SQLITE_ERROR;
}

/*
** The registry to read: zName if given (it must be a commit_registry
** table of the main schema), else the only one.  *pzOut gets a copy of
** the name (sqlite3_free).  Returns SQLITE_OK or an error set on pVtab.
*/
static int sigRegistry(SigVtab *p, const char *zName, char **pzOut) {
  sqlite3_stmt *pStmt = 0;
  int rc, n = 0;
  *pzOut = 0;
  rc = sqlite3_prepare_v2(p->db,
      "SELECT name FROM main.sqlite_schema WHERE type='table'"
      " AND sql LIKE 'CREATE VIRTUAL TABLE%USING commit_registry%'"
      " AND (?1 IS NULL OR name=?1) ORDER BY name", -1, &pStmt, 0);
  if( rc!=SQLITE_OK ) return rc;
  if( zName ) sqlite3_bind_text(pStmt, 1, zName, -1, SQLITE_STATIC);
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    if( n++==0 ){
      *pzOut = sqlite3_mprintf("%s", sqlite3_column_text(pStmt, 0));
      if( *pzOut==0 ){ rc = SQLITE_NOMEM; break; }
    }
  }
  sqlite3_finalize(pStmt);
  if( rc!=SQLITE_DONE && rc!=SQLITE_ROW ){
    sqlite3_free(*pzOut);
    *pzOut = 0;
    return rc;
  }
  if( n==1 ) return SQLITE_OK;
  sqlite3_free(*pzOut);
  *pzOut = 0;
  if( zName ){
    char zQ[44];
    sqlite3_snprintf(sizeof(zQ), zQ, "%.40s", zName);
    return sigError(&p->base, "commit_signatories(): unknown registry: %Q", zQ);
  }
  if( n==0 ){
    return sigError(&p->base, "commit_signatories(): no commit_registry table"
                    " in the database%s", "");
  }
  return sigError(&p->base, "commit_signatories(): several commit_registry"
                  " tables: name one as the second argument%s", "");
}

/*
** The meeting id that pVal names: an integer id, or a code in any form
** commit_meeting_code reads.  *pId is 0 when it names no meeting.
*/
static int sigMeetingCode(SigVtab *p, sqlite3_value *pVal, char *zCode,
                          int nCode, i64 *pId) {
  const char *z;
  int n;
  *pId = 0;
  zCode[0] = 0;
  if( sqlite3_value_type(pVal)==SQLITE_INTEGER ){
    *pId = sqlite3_value_int64(pVal);
    return SQLITE_OK;
  }
  if( commitCheckText(0, pVal, &z, &n) || z==0 ) return SQLITE_OK;
  {
    /* A code: reuse commit_meeting_code through SQL, which runs the same
    ** recogniser over the text. */
    sqlite3_stmt *pStmt = 0;
    int rc = sqlite3_prepare_v2(p->db, "SELECT commit_meeting_code(?1)", -1,
                                &pStmt, 0);
    if( rc!=SQLITE_OK ) return rc;
    sqlite3_bind_text(pStmt, 1, z, n, SQLITE_STATIC);
    if( sqlite3_step(pStmt)==SQLITE_ROW && sqlite3_column_text(pStmt, 0) ){
      sqlite3_snprintf(nCode, zCode, "%s", sqlite3_column_text(pStmt, 0));
    }
    rc = sqlite3_finalize(pStmt);
    if( rc!=SQLITE_OK ) return rc;
    if( zCode[0]==0 ){
      /* Digits as text: an id. */
      int i;
      for(i=0; i<n && z[i]>='0' && z[i]<='9'; i++){}
      if( i==n && n>0 && n<18 ) *pId = sqlite3_value_int64(pVal);
    }
  }
  return SQLITE_OK;
}

/* xFilter: argv = meeting_id [, registry]. */
static int sigFilter(sqlite3_vtab_cursor *pCur, int idxNum,
                     const char *idxStr, int argc, sqlite3_value **argv) {
  SigCursor *c = (SigCursor *)pCur;
  SigVtab *p = (SigVtab *)pCur->pVtab;
  const char *zReg = 0;
  char *zRegistry = 0, *zSql;
  char zCode[16];
  i64 iId = 0;
  int rc;
  (void)idxStr;
  sqlite3_finalize(c->pStmt);
  c->pStmt = 0;
  c->bEof = 1;
  c->iRow = 0;
  if( (idxNum & 1)==0 || argc<1 ) return SQLITE_OK;
  if( (idxNum & 2) && argc>1 ){
    if( sqlite3_value_type(argv[1])!=SQLITE_TEXT ){
      return sigError(pCur->pVtab, "commit_signatories(): registry must be"
                      " a table name%s", "");
    }
    zReg = (const char *)sqlite3_value_text(argv[1]);
  }
  rc = sigRegistry(p, zReg, &zRegistry);
  if( rc!=SQLITE_OK ) return rc;
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ){
    sqlite3_free(zRegistry);
    return SQLITE_OK;
  }
  rc = sigMeetingCode(p, argv[0], zCode, sizeof(zCode), &iId);
  if( rc!=SQLITE_OK ){
    sqlite3_free(zRegistry);
    return rc;
  }
  zSql = sqlite3_mprintf(
    "SELECT coalesce(m.code, CAST(m.id AS TEXT)), d.title, d.kind, d.ordinal,"
    " s.country, NULL, s.person, s.title, coalesce(m.\"end\", m.start),"
    " s.sources"
    " FROM main.'%q_signatories' s"
    " JOIN main.'%q_meetings' m ON m.id=s.meeting_id"
    " JOIN main.'%q_documents' d ON d.id=s.document_id"
    " WHERE m.id=(SELECT id FROM main.'%q_meetings'"
    "             WHERE (?1<>'' AND code=?1) OR id=?2 ORDER BY id LIMIT 1)"
    " ORDER BY d.id, s.id", zRegistry, zRegistry, zRegistry, zRegistry);
  sqlite3_free(zRegistry);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(p->db, zSql, -1, &c->pStmt, 0);
  sqlite3_free(zSql);
  if( rc!=SQLITE_OK ) return rc;
  sqlite3_bind_text(c->pStmt, 1, zCode, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(c->pStmt, 2, iId);
  rc = sqlite3_step(c->pStmt);
  if( rc==SQLITE_ROW ){
    c->bEof = 0;
    return SQLITE_OK;
  }
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

/* xNext */
static int sigNext(sqlite3_vtab_cursor *pCur) {
  SigCursor *c = (SigCursor *)pCur;
  int rc = sqlite3_step(c->pStmt);
  c->iRow++;
  if( rc==SQLITE_ROW ) return SQLITE_OK;
  c->bEof = 1;
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

/* xEof */
static int sigEof(sqlite3_vtab_cursor *pCur) {
  return ((SigCursor *)pCur)->bEof;
}

/* xColumn: the hidden columns read back as NULL. */
static int sigColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx,
                     int iCol) {
  SigCursor *c = (SigCursor *)pCur;
  if( iCol==SIG_COL_COUNTRY_NAME ){
    /* The gazetteer's name of the country (a binary search, no join). */
    const CommitGazEntry *e = commitGazCountry(
        (const char *)sqlite3_column_text(c->pStmt, SIG_COL_COUNTRY));
    if( e ) sqlite3_result_text(ctx, e->zName, -1, SQLITE_STATIC);
  }else if( iCol<=SIG_COL_SOURCES ){
    sqlite3_result_value(ctx, sqlite3_column_value(c->pStmt, iCol));
  }
  return SQLITE_OK;
}

/* xRowid */
static int sigRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = ((SigCursor *)pCur)->iRow + 1;
  return SQLITE_OK;
}

/*
** xBestIndex: meeting_id must be given by '=' (argvIndex 1); registry may
** be (argvIndex 2).  An unusable meeting_id constraint makes the plan
** impossible; none at all is an error.
*/
static int sigBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  int i, iMeet = -1, iReg = -1, bUnusable = 0;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *pC = &pInfo->aConstraint[i];
    if( pC->iColumn!=SIG_COL_MEETING_ID && pC->iColumn!=SIG_COL_REGISTRY ) continue;
    if( !pC->usable || pC->op!=SQLITE_INDEX_CONSTRAINT_EQ ){
      if( pC->iColumn==SIG_COL_MEETING_ID ) bUnusable = 1;
      continue;
    }
    if( pC->iColumn==SIG_COL_MEETING_ID ) iMeet = i; else iReg = i;
  }
  if( iMeet<0 ){
    if( bUnusable ) return SQLITE_CONSTRAINT;
    return sigError(pVtab, "commit_signatories(): needs a meeting_id"
                    " argument%s", "");
  }
  pInfo->aConstraintUsage[iMeet].argvIndex = 1;
  pInfo->aConstraintUsage[iMeet].omit = 1;
  pInfo->idxNum = 1;
  if( iReg>=0 ){
    pInfo->aConstraintUsage[iReg].argvIndex = 2;
    pInfo->aConstraintUsage[iReg].omit = 1;
    pInfo->idxNum |= 2;
  }
  pInfo->estimatedCost = 100.0;
  pInfo->estimatedRows = 10;
  return SQLITE_OK;
}

static sqlite3_module sigModule = {
  0,              /* iVersion */
  0,              /* xCreate: eponymous only */
  sigConnect,     /* xConnect */
  sigBestIndex,   /* xBestIndex */
  sigDisconnect,  /* xDisconnect */
  0,              /* xDestroy */
  sigOpen,        /* xOpen */
  sigClose,       /* xClose */
  sigFilter,      /* xFilter */
  sigNext,        /* xNext */
  sigEof,         /* xEof */
  sigColumn,      /* xColumn */
  sigRowid,       /* xRowid */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0  /* xUpdate .. xShadowName */
};

/* Register commit_signatories with a reference to pGaz. */
int commitSignatoriesInit(sqlite3 *db, CommitGazetteer *pGaz) {
  commitGazetteerRef(pGaz);
  return sqlite3_create_module_v2(db, "commit_signatories", &sigModule, pGaz,
                                  commitGazetteerUnref);
}
