/*
** 2026-11-29
**
** vtab_entities.c -- the commit_entities table-valued function.
**
**   SELECT kind, surface, value, start, end, sentence
**     FROM commit_entities('IMM-2 opened in Rangoon on Dec. 12, 2007.');
**   meeting|IMM-2|IMM2|0|5|0
**   place|Rangoon|Yangon|16|23|0
**   date|Dec. 12, 2007|2007-12-12|27|40|0
**
** Schema:  kind, surface, value, start, end, sentence,
**          text HIDDEN (required), options HIDDEN (optional)
** One row per mention, in text order.  kind is one of meeting, date,
** place, country, person, title, organization, document, number.
** start/end are byte offsets into text (end exclusive); sentence is the
** 0-based sentence number.  value is the normalised form: ISO date or
** interval, meeting code (or series when the number is not given), the
** canonical city, ISO country code, the person's name, the canonical
** title or organisation name, "<kind>" or "<kind>:<ordinal>" for a
** document, and the count for a number of people.
**
** How: xFilter runs the pipeline of parse.c with an item callback that
** keeps the items, and uses the finished facts only for the anchor that
** resolves relative dates.  Rows are materialised; memory is linear in
** the number of mentions.
**
** idxNum bits: 1 = text is constrained, 2 = options is constrained.
** argv of xFilter: text, then options when bit 2 is set.
*/
#include "commit.h"
#include <string.h>

/* Column numbers; keep in step with the schema string. */
#define ENT_COL_KIND 0
#define ENT_COL_SURFACE 1
#define ENT_COL_VALUE 2
#define ENT_COL_START 3
#define ENT_COL_END 4
#define ENT_COL_SENTENCE 5
#define ENT_COL_TEXT 6
#define ENT_COL_OPTIONS 7

static const char zEntSchema[] =
  "CREATE TABLE x(kind TEXT, surface TEXT, value TEXT, start INTEGER,"
  " \"end\" INTEGER, sentence INTEGER, text HIDDEN, options HIDDEN)";

/* One row: an item and its sentence. */
typedef struct EntRow EntRow;
struct EntRow {
  CommitItem it;   /* the item */
  int iSentence;   /* its sentence */
};

typedef struct EntVtab EntVtab;
struct EntVtab {
  sqlite3_vtab base;            /* base class */
  const CommitGazetteer *pGaz;  /* gazetteer */
};

typedef struct EntCursor EntCursor;
struct EntCursor {
  sqlite3_vtab_cursor base;     /* base class */
  sqlite3_value *pText;         /* the text argument (a copy) */
  sqlite3_value *pOptions;      /* the options argument (a copy), or NULL */
  const char *z;                /* the text read (an HTML page's: html.c) */
  CommitSource src;             /* the text's source: maps spans to input */
  EntRow *aRow;                 /* rows */
  int nRow;                     /* number of rows */
  int nAlloc;                   /* allocated rows */
  int iRow;                     /* current row */
  CommitDay anchor;             /* the report's anchor, for relative dates */
  char zVal[40];                /* value buffer of the current row */
};

/* xConnect: declare the schema; pure inputs, so innocuous. */
static int entConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr) {
  EntVtab *p;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = sqlite3_declare_vtab(db, zEntSchema);
  if( rc!=SQLITE_OK ) return rc;
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->pGaz = (const CommitGazetteer *)pAux;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &p->base;
  return SQLITE_OK;
}

/* xDisconnect */
static int entDisconnect(sqlite3_vtab *pVtab) {
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

/* xOpen */
static int entOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur) {
  EntCursor *c = sqlite3_malloc64(sizeof(*c));
  (void)pVtab;
  if( c==0 ) return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *ppCur = &c->base;
  return SQLITE_OK;
}

/* Drop the rows of a cursor. */
static void entReset(EntCursor *c) {
  sqlite3_free(c->aRow);
  sqlite3_value_free(c->pText);
  sqlite3_value_free(c->pOptions);
  c->aRow = 0;
  c->pText = 0;
  c->pOptions = 0;
  c->z = 0;
  commitSourceClose(&c->src);
  c->nRow = c->nAlloc = c->iRow = 0;
}

/* xClose */
static int entClose(sqlite3_vtab_cursor *pCur) {
  EntCursor *c = (EntCursor *)pCur;
  entReset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* True if items of this kind are rows. */
static int entWanted(const CommitItem *it) {
  switch( it->eKind ){
    case COMMIT_ITEM_DATE: case COMMIT_ITEM_PERIOD: case COMMIT_ITEM_PLACE:
    case COMMIT_ITEM_VENUE: case COMMIT_ITEM_COUNTRY: case COMMIT_ITEM_PERSON:
    case COMMIT_ITEM_TITLE: case COMMIT_ITEM_ORG: case COMMIT_ITEM_DOCUMENT:
    case COMMIT_ITEM_NUMBER:
      return 1;
    case COMMIT_ITEM_MEETING:
      return it->aVal[0]==COMMIT_SERIES_IMM || it->aVal[0]==COMMIT_SERIES_SOM;
  }
  return 0;
}

/* Item callback: keep the wanted items as rows. */
static int entCollect(void *pCtx, const CommitSentence *s,
                      const CommitItems *pItems) {
  EntCursor *c = (EntCursor *)pCtx;
  int k, iFirst = c->nRow, j;
  for(k=0; k<pItems->n; k++){
    if( !entWanted(&pItems->a[k]) ) continue;
    if( c->nRow>=c->nAlloc ){
      int nNew = c->nAlloc ? c->nAlloc*2 : 64;
      EntRow *aNew = sqlite3_realloc64(c->aRow, sizeof(EntRow)*nNew);
      if( aNew==0 ) return SQLITE_NOMEM;
      c->aRow = aNew;
      c->nAlloc = nNew;
    }
    c->aRow[c->nRow].it = pItems->a[k];
    c->aRow[c->nRow].iSentence = s->iSentence;
    /* Rows in text order: a meeting name may start before a mention
    ** found first ("5th COMMIT Ministerial" after "COMMIT"). */
    for(j=c->nRow; j>iFirst && c->aRow[j-1].it.iStart>c->aRow[j].it.iStart; j--){
      EntRow t = c->aRow[j];
      c->aRow[j] = c->aRow[j-1];
      c->aRow[j-1] = t;
    }
    c->nRow++;
  }
  return SQLITE_OK;
}

/* Set the vtab error message to "commit_entities(): <zMsg>". */
static int entError(sqlite3_vtab *pVtab, const char *zMsg) {
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = sqlite3_mprintf("commit_entities(): %s", zMsg);
  return SQLITE_ERROR;
}

/* xFilter: parse the text into rows.  argv: text [, options]. */
static int entFilter(sqlite3_vtab_cursor *pCur, int idxNum,
                     const char *idxStr, int argc, sqlite3_value **argv) {
  EntCursor *c = (EntCursor *)pCur;
  EntVtab *pTab = (EntVtab *)pCur->pVtab;
  CommitParseOpt opt;
  CommitFacts *pFacts = 0;
  const char *z, *zErr;
  int n, rc;
  (void)idxStr;
  entReset(c);
  memset(&opt, 0, sizeof(opt));
  if( (idxNum & 1)==0 || argc<1 ) return SQLITE_OK;
  c->pText = sqlite3_value_dup(argv[0]);
  if( c->pText==0 ) return SQLITE_NOMEM;
  zErr = commitCheckText(0, c->pText, &z, &n);
  if( zErr ) return entError(pCur->pVtab, zErr);
  if( z==0 ) return SQLITE_OK;
  c->z = z;
  if( (idxNum & 2) && argc>1 ){
    c->pOptions = sqlite3_value_dup(argv[1]);
    if( c->pOptions==0 ) return SQLITE_NOMEM;
  }
  if( (idxNum & 2) && argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
    const char *zOpt = (const char *)sqlite3_value_text(argv[1]);
    if( sqlite3_value_type(argv[1])!=SQLITE_TEXT
     && sqlite3_value_type(argv[1])!=SQLITE_BLOB ){
      return entError(pCur->pVtab, "options must be a JSON object");
    }
    if( zOpt==0 ) return SQLITE_NOMEM;
    zErr = commitParseOptions(zOpt, sqlite3_value_bytes(argv[1]), &opt);
    if( zErr ){
      sqlite3_free(pCur->pVtab->zErrMsg);
      pCur->pVtab->zErrMsg = commitParseOptionsError("commit_entities", zErr, &opt);
      return pCur->pVtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
    }
  }
  rc = commitParseSource(pTab->pGaz, z, n, &opt, &c->src, &pFacts, entCollect, c);
  c->z = c->src.z;
  if( rc==SQLITE_OK ) c->anchor = pFacts->disc.anchor;
  commitFactsFree(pFacts);
  return rc;
}

/* xNext */
static int entNext(sqlite3_vtab_cursor *pCur) {
  ((EntCursor *)pCur)->iRow++;
  return SQLITE_OK;
}

/* xEof */
static int entEof(sqlite3_vtab_cursor *pCur) {
  EntCursor *c = (EntCursor *)pCur;
  return c->iRow>=c->nRow;
}

/* Kind name of a row. */
static const char *entKind(const CommitItem *it) {
  switch( it->eKind ){
    case COMMIT_ITEM_PERIOD: return "date";
    case COMMIT_ITEM_VENUE: return "place";
  }
  return commitItemKindName(it->eKind);
}

/* Result the normalised value of the current row. */
static void entValue(EntCursor *c, sqlite3_context *ctx) {
  const CommitItem *it = &c->aRow[c->iRow].it;
  char *zV = c->zVal;
  int nV = 0;
  switch( it->eKind ){
    case COMMIT_ITEM_DATE: {
      CommitDay a, b;
      if( !commitDiscourseDate(&c->anchor, it, 0, 0, &a) ) break;
      nV = commitDayFormat(&a, zV, 16);
      if( it->mFlag & COMMIT_DF_RANGE ){
        if( !commitDiscourseDate(&c->anchor, it, 1, 0, &b) ) break;
        zV[nV++] = '/';
        nV += commitDayFormat(&b, zV+nV, 16);
      }
      sqlite3_result_text(ctx, zV, nV, SQLITE_TRANSIENT);
      break;
    }
    case COMMIT_ITEM_PERIOD:
      sqlite3_snprintf(sizeof(c->zVal), zV, "%04d/%04d", it->aVal[0], it->aVal[1]);
      sqlite3_result_text(ctx, zV, -1, SQLITE_TRANSIENT);
      break;
    case COMMIT_ITEM_MEETING:
      if( it->aVal[1] ){
        sqlite3_snprintf(sizeof(c->zVal), zV, "%s%d",
                         it->aVal[0]==COMMIT_SERIES_IMM ? "IMM" : "SOM",
                         it->aVal[1]);
      }else{
        sqlite3_snprintf(sizeof(c->zVal), zV, "%s",
                         it->aVal[0]==COMMIT_SERIES_IMM ? "IMM" : "SOM");
      }
      sqlite3_result_text(ctx, zV, -1, SQLITE_TRANSIENT);
      break;
    case COMMIT_ITEM_PLACE: case COMMIT_ITEM_ORG: case COMMIT_ITEM_TITLE:
      if( it->iEntry>=0 ){
        sqlite3_result_text(ctx, aCommitGazEntry[it->iEntry].zName, -1,
                            SQLITE_STATIC);
      }
      break;
    case COMMIT_ITEM_COUNTRY:
      sqlite3_result_text(ctx, aCommitGazEntry[it->iEntry].zCode, -1,
                          SQLITE_STATIC);
      break;
    case COMMIT_ITEM_VENUE:
      sqlite3_result_text(ctx, c->z + it->iStart, it->iEnd - it->iStart,
                          SQLITE_TRANSIENT);
      break;
    case COMMIT_ITEM_PERSON:
      sqlite3_result_text(ctx, c->z + it->iName, it->nName, SQLITE_TRANSIENT);
      break;
    case COMMIT_ITEM_DOCUMENT: {
      static const char *const az[] = {
        "", "mou", "spa", "joint_declaration", "other"
      };
      if( it->aVal[1] ){
        sqlite3_snprintf(sizeof(c->zVal), zV, "%s:%d", az[it->aVal[0]],
                         it->aVal[1]);
      }else{
        sqlite3_snprintf(sizeof(c->zVal), zV, "%s", az[it->aVal[0]]);
      }
      sqlite3_result_text(ctx, zV, -1, SQLITE_TRANSIENT);
      break;
    }
    case COMMIT_ITEM_NUMBER:
      sqlite3_result_int(ctx, it->aVal[0]);
      break;
  }
}

/* xColumn */
static int entColumn(sqlite3_vtab_cursor *pCur, sqlite3_context *ctx,
                     int iCol) {
  EntCursor *c = (EntCursor *)pCur;
  const EntRow *r = &c->aRow[c->iRow];
  switch( iCol ){
    case ENT_COL_KIND:
      sqlite3_result_text(ctx, entKind(&r->it), -1, SQLITE_STATIC);
      break;
    case ENT_COL_SURFACE: {
      /* the input's bytes under the span, a page's markup and all */
      int iSrc = commitSourceStart(&c->src, r->it.iStart);
      int iSrcEnd = r->it.iEnd>r->it.iStart ? commitSourceEnd(&c->src, r->it.iEnd) : iSrc;
      sqlite3_result_text(ctx, c->src.zIn + iSrc, iSrcEnd - iSrc, SQLITE_TRANSIENT);
      break;
    }
    case ENT_COL_VALUE:
      entValue(c, ctx);
      break;
    case ENT_COL_START:
      sqlite3_result_int(ctx, commitSourceStart(&c->src, r->it.iStart));
      break;
    case ENT_COL_END:
      sqlite3_result_int(ctx, r->it.iEnd>r->it.iStart
                              ? commitSourceEnd(&c->src, r->it.iEnd)
                              : commitSourceStart(&c->src, r->it.iStart));
      break;
    case ENT_COL_SENTENCE:
      sqlite3_result_int(ctx, r->iSentence);
      break;
    case ENT_COL_TEXT:
      sqlite3_result_value(ctx, c->pText);
      break;
    case ENT_COL_OPTIONS:
      if( c->pOptions ) sqlite3_result_value(ctx, c->pOptions);
      break;
    default:
      break;
  }
  return SQLITE_OK;
}

/* xRowid: the row number. */
static int entRowid(sqlite3_vtab_cursor *pCur, sqlite_int64 *pRowid) {
  *pRowid = ((EntCursor *)pCur)->iRow + 1;
  return SQLITE_OK;
}

/*
** xBestIndex: text must be given by '=' (argvIndex 1), options may be
** (argvIndex 2).  A text constraint that is not usable makes the plan
** impossible (SQLITE_CONSTRAINT); no text constraint at all is an error.
*/
static int entBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo) {
  int i, iText = -1, iOpt = -1, bTextUnusable = 0;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *pC = &pInfo->aConstraint[i];
    if( pC->iColumn!=ENT_COL_TEXT && pC->iColumn!=ENT_COL_OPTIONS ) continue;
    if( !pC->usable || pC->op!=SQLITE_INDEX_CONSTRAINT_EQ ){
      if( pC->iColumn==ENT_COL_TEXT ) bTextUnusable = 1;
      continue;
    }
    if( pC->iColumn==ENT_COL_TEXT ) iText = i; else iOpt = i;
  }
  if( iText<0 ){
    if( bTextUnusable ) return SQLITE_CONSTRAINT;
    return entError(pVtab, "needs a text argument");
  }
  pInfo->aConstraintUsage[iText].argvIndex = 1;
  pInfo->aConstraintUsage[iText].omit = 1;
  pInfo->idxNum = 1;
  if( iOpt>=0 ){
    pInfo->aConstraintUsage[iOpt].argvIndex = 2;
    pInfo->aConstraintUsage[iOpt].omit = 1;
    pInfo->idxNum |= 2;
  }
  pInfo->estimatedCost = 1000.0;
  pInfo->estimatedRows = 100;
  return SQLITE_OK;
}

static sqlite3_module entModule = {
  0,              /* iVersion */
  0,              /* xCreate: eponymous only */
  entConnect,     /* xConnect */
  entBestIndex,   /* xBestIndex */
  entDisconnect,  /* xDisconnect */
  0,              /* xDestroy */
  entOpen,        /* xOpen */
  entClose,       /* xClose */
  entFilter,      /* xFilter */
  entNext,        /* xNext */
  entEof,         /* xEof */
  entColumn,      /* xColumn */
  entRowid,       /* xRowid */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0  /* xUpdate .. xShadowName */
};

/* Register commit_entities with a reference to pGaz. */
int commitEntitiesInit(sqlite3 *db, CommitGazetteer *pGaz) {
  commitGazetteerRef(pGaz);
  return sqlite3_create_module_v2(db, "commit_entities", &entModule, pGaz,
                                  commitGazetteerUnref);
}
