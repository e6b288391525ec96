/*
** 2026-11-29
**
** parse.c -- the pipeline driver and the pure SQL functions.
**
**   commit_parse(text [, options_json])  -> JSON text (jsonout.c schema)
**       SELECT commit_parse('IMM3 opened in Hanoi on 16 February 2012.');
**       -> {"version":1,"published":null,"meetings":[{"code":"IMM3",...
**   commit_date(text [, anchor])         -> ISO 8601 text or NULL
**       SELECT commit_date('December 12-14, 2007');  -> '2007-12-12/2007-12-14'
**   commit_country(text)                 -> ISO 3166-1 alpha-2 or NULL
**       SELECT commit_country('Burmese');  -> 'MM'
**   commit_meeting_code(text)            -> 'IMM2', 'SOM8', ... or NULL
**       SELECT commit_meeting_code('the second IMM');  -> 'IMM2'
**
** All are deterministic and innocuous; NULL in gives NULL out.  Errors
** name the function: "commit_parse(): text is not valid UTF-8".
**
** The driver, commitParseRun(), streams the text through the stages:
** tokenize.c calls back once per sentence; the sentence is tagged with the
** gazetteer, the recognisers of rules.c produce items, an optional item
** callback sees them (commit_entities, the normalisers), and facts.c folds
** them into the report's facts.  Buffers are reused from sentence to
** sentence, so memory is proportional to the longest sentence plus the
** facts, and time is linear in the text.
*/
#include "commit.h"
#include <string.h>

/* State of one run of the pipeline. */
typedef struct ParseRun ParseRun;
struct ParseRun {
  const CommitGazetteer *pGaz;  /* gazetteer */
  CommitFacts *pFacts;          /* facts being built, or NULL */
  CommitItems items;            /* items of the current sentence */
  CommitMention *aMention;      /* tagging buffer */
  int *aCover;                  /* tagging buffer */
  int nAlloc;                   /* slots in aMention and aCover */
  CommitItemCb xItem;           /* item callback, or NULL */
  void *pItemCtx;               /* its context */
  CommitSentInfo *pInfo;        /* what discourse.c makes of a sentence */
  int bDayFirst;                /* commitSlashDayFirst() of the text */
};

/* Sentence callback of the tokenizer: tag, recognise, fold. */
static int parseSentence(void *pCtx, const char *z, const CommitSentence *s) {
  ParseRun *r = (ParseRun *)pCtx;
  CommitSentenceCtx sc;
  int rc;
  memset(&sc, 0, sizeof(sc));
  sc.pGaz = r->pGaz;
  sc.z = z;
  sc.pSent = s;
  sc.bDayFirst = r->bDayFirst;
  rc = commitRulesTag(&sc, &r->aMention, &r->aCover, &r->nAlloc);
  commitItemsReset(&r->items);
  if( rc==SQLITE_OK ) rc = commitRulesSentence(&sc, &r->items);
  if( rc==SQLITE_OK && r->pFacts ){
    rc = commitDiscourseSentence(r->pFacts, s, &r->items, r->pInfo);
  }
  if( rc==SQLITE_OK && r->xItem ) rc = r->xItem(r->pItemCtx, s, &r->items);
  if( rc==SQLITE_OK && r->pFacts ){
    rc = commitFactsSentence(r->pFacts, s, &r->items, r->pInfo);
  }
  return rc;
}

/*
** Run the pipeline over z[0..n).  If ppFacts is not NULL, *ppFacts gets
** the finished facts (caller frees with commitFactsFree).  xItem, if not
** NULL, is called for every sentence with its items; a non-zero return
** stops the run (SQLITE_DONE is then not an error).  Returns SQLITE_OK or
** an error code (SQLITE_NOMEM); on error *ppFacts is NULL.
*/
int commitParseRun(const CommitGazetteer *pGaz, const char *z, int n,
                   const CommitParseOpt *pOpt, CommitFacts **ppFacts,
                   CommitItemCb xItem, void *pItemCtx) {
  ParseRun r;
  int rc = SQLITE_OK;
  memset(&r, 0, sizeof(r));
  r.pGaz = pGaz;
  r.xItem = xItem;
  r.pItemCtx = pItemCtx;
  if( ppFacts ){
    *ppFacts = 0;
    rc = commitFactsNew(pGaz, z, n, pOpt, &r.pFacts);
    if( rc==SQLITE_OK ){
      r.pInfo = sqlite3_malloc64(sizeof(CommitSentInfo));
      if( r.pInfo==0 ) rc = SQLITE_NOMEM;
    }
  }
  r.bDayFirst = commitSlashDayFirst(z, n);
  if( rc==SQLITE_OK ) rc = commitTokenizeText(z, n, parseSentence, &r);
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  if( rc==SQLITE_OK && r.pFacts ){
    rc = commitDiscourseFinish(r.pFacts);
    if( rc==SQLITE_OK ) rc = commitFactsFinish(r.pFacts);
  }
  sqlite3_free(r.pInfo);
  commitItemsFree(&r.items);
  sqlite3_free(r.aMention);
  sqlite3_free(r.aCover);
  if( rc==SQLITE_OK && ppFacts ){
    *ppFacts = r.pFacts;
  }else{
    commitFactsFree(r.pFacts);
  }
  return rc;
}

/*
** Run the pipeline over the input z[0..n) read in pOpt->eFormat: open
** *pSrc (html.c), let pOpt point at it so that spans map back to the
** input, take a page's meta date as the anchor when the options give
** none, and run commitParseRun() over the source's text.  The caller
** closes *pSrc (commitSourceClose) after it is done with the facts, in
** every case.
*/
int commitParseSource(const CommitGazetteer *pGaz, const char *z, int n,
                      CommitParseOpt *pOpt, CommitSource *pSrc,
                      CommitFacts **ppFacts, CommitItemCb xItem,
                      void *pItemCtx) {
  int rc = commitSourceOpen(pSrc, z, n, pOpt->eFormat);
  if( ppFacts ) *ppFacts = 0;
  if( rc!=SQLITE_OK ) return rc;
  pOpt->pSrc = pSrc;
  if( pOpt->published.y==0 ) pOpt->published = pSrc->published;
  return commitParseRun(pGaz, pSrc->z, pSrc->n, pOpt, ppFacts, xItem, pItemCtx);
}

/* ==== Argument checks ================================================== */

/*
** Check that pVal is text fit to parse (TEXT, or a BLOB of UTF-8 such as
** readfile() returns): valid UTF-8, no NUL.  On success
** set *pz and *pn and return NULL.  If pVal is NULL return NULL with *pz==0
** (the caller returns SQL NULL).  Otherwise return an error message
** (static, without the function name).
*/
const char *commitCheckText(sqlite3_context *ctx, sqlite3_value *pVal,
                            const char **pz, int *pn) {
  int eType = sqlite3_value_type(pVal);
  i64 n;
  (void)ctx;
  *pz = 0;
  *pn = 0;
  if( eType==SQLITE_NULL ) return 0;
  /* A BLOB is read as UTF-8 text (readfile() returns one), and checked. */
  if( eType!=SQLITE_TEXT && eType!=SQLITE_BLOB ){
    return "text argument must be text, not a number";
  }
  *pz = (const char *)sqlite3_value_text(pVal);
  n = sqlite3_value_bytes(pVal);
  if( *pz==0 ) return "out of memory";
  if( n>COMMIT_MAX_TEXT ) return "text is too long";
  if( !commitUtf8Check(*pz, n) ){
    *pz = 0;
    if( memchr(sqlite3_value_text(pVal), 0, (size_t)n) ){
      return "text contains a NUL byte";
    }
    return "text is not valid UTF-8";
  }
  *pn = (int)n;
  return 0;
}

/*
** The message for an options error: "unknown option" names the key
** (kept in pOpt->zSource), truncated to 40 bytes and quoted.  Returns a
** new string (sqlite3_free) or NULL on OOM.
*/
char *commitParseOptionsError(const char *zFunc, const char *zErr,
                               const CommitParseOpt *pOpt) {
  if( strcmp(zErr, "unknown option")==0 ){
    int n = pOpt->nSource<40 ? pOpt->nSource : 40;
    char *zKey = sqlite3_mprintf("%.*s", n, pOpt->zSource);
    char *z = zKey ? sqlite3_mprintf("%s(): unknown option %Q (known: "
                                     "published, source, format)", zFunc, zKey) : 0;
    sqlite3_free(zKey);
    return z;
  }
  return sqlite3_mprintf("%s(): %s", zFunc, zErr);
}

/* Report "<zFunc>(): <zMsg>" as the function's error. */
static void parseError(sqlite3_context *ctx, const char *zFunc,
                       const char *zMsg) {
  char *z;
  if( strcmp(zMsg, "out of memory")==0 ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  z = sqlite3_mprintf("%s(): %s", zFunc, zMsg);
  if( z==0 ){
    sqlite3_result_error_nomem(ctx);
  }else{
    sqlite3_result_error(ctx, z, -1);
    sqlite3_free(z);
  }
}

/* Report an error code from the pipeline. */
static void parseErrorCode(sqlite3_context *ctx, int rc) {
  if( rc==SQLITE_NOMEM ) sqlite3_result_error_nomem(ctx);
  else if( rc==SQLITE_TOOBIG ) sqlite3_result_error_toobig(ctx);
  else sqlite3_result_error_code(ctx, rc);
}

/* ==== Options JSON ===================================================== */

/* Skip JSON white space. */
static int optSpace(const char *z, int n, int i) {
  while( i<n && (z[i]==' ' || z[i]=='\t' || z[i]=='\n' || z[i]=='\r') ) i++;
  return i;
}

/*
** Scan a JSON string starting at z[i]=='"'.  Returns the index past the
** closing quote, or -1 if malformed.  *piStart and *piEnd get the raw content
** (escapes not decoded; option values do not need them).
*/
static int optString(const char *z, int n, int i, int *piStart, int *piEnd) {
  if( i>=n || z[i]!='"' ) return -1;
  *piStart = ++i;
  while( i<n && z[i]!='"' ){
    if( (u8)z[i]<0x20 ) return -1;
    if( z[i]=='\\' ){
      i++;
      if( i>=n ) return -1;
      if( z[i]=='u' ){
        int k;
        for(k=1; k<=4; k++){
          char c = i+k<n ? z[i+k] : 0;
          if( !((c>='0'&&c<='9') || (c>='a'&&c<='f') || (c>='A'&&c<='F')) ){
            return -1;
          }
        }
        i += 4;
      }else if( !strchr("\"\\/bfnrt", z[i]) ){
        return -1;
      }
    }
    i++;
  }
  if( i>=n ) return -1;
  *piEnd = i;
  return i+1;
}

#define OPT_FORMAT_ERROR "option \"format\" must be \"auto\", \"text\" or \"html\""

/*
** Parse the options object z[0..n): {"published":"YYYY-MM-DD",
** "source":"...", "format":"auto"|"text"|"html"}; null values are allowed.  Returns NULL and fills *pOpt,
** or an error message (static, without the function name).  An unknown
** key is reported with its position in pOpt->zSource/nSource.
*/
const char *commitParseOptions(const char *z, int n, CommitParseOpt *pOpt) {
  int i = optSpace(z, n, 0);
  memset(pOpt, 0, sizeof(*pOpt));
  if( !commitUtf8Check(z, n) ) return "options are not valid UTF-8";
  if( i>=n || z[i]!='{' ){
    if( i<n && (z[i]=='[' || z[i]=='"' || (z[i]>='0' && z[i]<='9') || z[i]=='-'
                || (n-i>=4 && memcmp(z+i, "null", 4)==0)
                || (n-i>=4 && memcmp(z+i, "true", 4)==0)
                || (n-i>=5 && memcmp(z+i, "false", 5)==0)) ){
      return "options must be a JSON object";
    }
    return "malformed options JSON";
  }
  i = optSpace(z, n, i+1);
  if( i<n && z[i]=='}' ){
    i = optSpace(z, n, i+1);
    return i==n ? 0 : "malformed options JSON";
  }
  while( i<n ){
    int iK0, iK1, iV0 = 0, iV1 = 0, bNull = 0, eKey;
    i = optString(z, n, i, &iK0, &iK1);
    if( i<0 ) return "malformed options JSON";
    i = optSpace(z, n, i);
    if( i>=n || z[i]!=':' ) return "malformed options JSON";
    i = optSpace(z, n, i+1);
    if( iK1-iK0==9 && memcmp(z+iK0, "published", 9)==0 ) eKey = 1;
    else if( iK1-iK0==6 && memcmp(z+iK0, "source", 6)==0 ) eKey = 2;
    else if( iK1-iK0==6 && memcmp(z+iK0, "format", 6)==0 ) eKey = 3;
    else{
      pOpt->zSource = z+iK0;        /* the unknown key, for the message */
      pOpt->nSource = iK1-iK0;
      return "unknown option";
    }
    if( i+4<=n && memcmp(z+i, "null", 4)==0 ){
      bNull = 1;
      i += 4;
    }else if( i<n && z[i]=='"' ){
      i = optString(z, n, i, &iV0, &iV1);
      if( i<0 ) return "malformed options JSON";
    }else if( i>=n || z[i]=='}' || z[i]==',' || z[i]==']' ){
      return "malformed options JSON";
    }else if( eKey==1 ){
      return "option \"published\" must be a date YYYY, YYYY-MM or YYYY-MM-DD";
    }else if( eKey==3 ){
      return OPT_FORMAT_ERROR;
    }else{
      return "option \"source\" must be a string";
    }
    if( eKey==1 && !bNull && !commitDayParseIso(z+iV0, iV1-iV0, &pOpt->published) ){
      return "option \"published\" must be a date YYYY, YYYY-MM or YYYY-MM-DD";
    }
    if( eKey==3 && !bNull ){
      /* ORDER FORMAT */
      static const char *const azFormat[] = { "auto", "text", "html" };
      int k;
      for(k=0; k<3; k++){
        if( iV1-iV0==(int)strlen(azFormat[k]) && memcmp(z+iV0, azFormat[k], iV1-iV0)==0 ) break;
      }
      if( k==3 ) return OPT_FORMAT_ERROR;
      pOpt->eFormat = k;
    }
    if( eKey==2 && !bNull ){
      pOpt->zSource = z+iV0;
      pOpt->nSource = iV1-iV0;
    }
    i = optSpace(z, n, i);
    if( i<n && z[i]==',' ){
      i = optSpace(z, n, i+1);
      continue;
    }
    if( i<n && z[i]=='}' ){
      i = optSpace(z, n, i+1);
      return i==n ? 0 : "malformed options JSON";
    }
    return "malformed options JSON";
  }
  return "malformed options JSON";
}

/* ==== commit_parse ===================================================== */

/* commit_parse(text [, options_json]) */
static void parseFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const CommitGazetteer *pGaz = sqlite3_user_data(ctx);
  const char *z, *zErr;
  int n, rc;
  CommitParseOpt opt;
  CommitFacts *pFacts = 0;
  CommitSource src;
  sqlite3_str *pOut;
  memset(&opt, 0, sizeof(opt));
  memset(&src, 0, sizeof(src));
  zErr = commitCheckText(ctx, argv[0], &z, &n);
  if( zErr ){ parseError(ctx, "commit_parse", zErr); return; }
  if( z==0 ) return;
  if( argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
    const char *zOpt;
    int nOpt;
    if( sqlite3_value_type(argv[1])!=SQLITE_TEXT
     && sqlite3_value_type(argv[1])!=SQLITE_BLOB ){
      parseError(ctx, "commit_parse", "options must be a JSON object");
      return;
    }
    zOpt = (const char *)sqlite3_value_text(argv[1]);
    nOpt = sqlite3_value_bytes(argv[1]);
    if( zOpt==0 ){ sqlite3_result_error_nomem(ctx); return; }
    zErr = commitParseOptions(zOpt, nOpt, &opt);
    if( zErr ){
      char *zMsg = commitParseOptionsError("commit_parse", zErr, &opt);
      if( zMsg==0 ){
        sqlite3_result_error_nomem(ctx);
      }else{
        sqlite3_result_error(ctx, zMsg, -1);
        sqlite3_free(zMsg);
      }
      return;
    }
  }
  rc = commitParseSource(pGaz, z, n, &opt, &src, &pFacts, 0, 0);
  if( rc!=SQLITE_OK ){
    commitSourceClose(&src);
    parseErrorCode(ctx, rc);
    return;
  }
  pOut = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  commitJsonFacts(pOut, pFacts);
  commitFactsFree(pFacts);
  commitSourceClose(&src);
  rc = sqlite3_str_errcode(pOut);
  if( rc!=SQLITE_OK ){
    sqlite3_free(sqlite3_str_finish(pOut));
    parseErrorCode(ctx, rc);
    return;
  }
  n = sqlite3_str_length(pOut);
  sqlite3_result_text64(ctx, sqlite3_str_finish(pOut), n, sqlite3_free,
                        SQLITE_UTF8);
}

/* ==== The normalisers ================================================== */

/* Context for the first-item searches of the normalisers. */
typedef struct FirstItem FirstItem;
struct FirstItem {
  int eKind;         /* item kind wanted (DATE also takes PERIOD) */
  int bFound;        /* an item was found */
  CommitItem it;     /* the item */
};

/* Item callback: stop at the first wanted item. */
static int parseFirstItem(void *pCtx, const CommitSentence *s,
                          const CommitItems *pItems) {
  FirstItem *f = (FirstItem *)pCtx;
  int k;
  (void)s;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==f->eKind
     || (f->eKind==COMMIT_ITEM_DATE && it->eKind==COMMIT_ITEM_PERIOD) ){
      if( it->eKind==COMMIT_ITEM_MEETING && (it->aVal[1]==0 || it->aVal[0]==0) ){
        continue;
      }
      f->bFound = 1;
      f->it = *it;
      return SQLITE_DONE;
    }
  }
  return SQLITE_OK;
}

/* commit_date(text [, anchor]) */
static void dateFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const CommitGazetteer *pGaz = sqlite3_user_data(ctx);
  const char *z, *zErr;
  int n, rc, nOut = 0;
  FirstItem f;
  CommitDay anchor, a, b;
  char zOut[32];
  memset(&anchor, 0, sizeof(anchor));
  zErr = commitCheckText(ctx, argv[0], &z, &n);
  if( zErr ){ parseError(ctx, "commit_date", zErr); return; }
  if( z==0 ) return;
  if( argc>1 && sqlite3_value_type(argv[1])!=SQLITE_NULL ){
    const char *zA = (const char *)sqlite3_value_text(argv[1]);
    if( sqlite3_value_type(argv[1])!=SQLITE_TEXT || zA==0
     || !commitDayParseIso(zA, sqlite3_value_bytes(argv[1]), &anchor)
     || anchor.d==0 ){
      parseError(ctx, "commit_date", "anchor must be a date YYYY-MM-DD");
      return;
    }
  }
  memset(&f, 0, sizeof(f));
  f.eKind = COMMIT_ITEM_DATE;
  rc = commitParseRun(pGaz, z, n, 0, 0, parseFirstItem, &f);
  if( rc!=SQLITE_OK ){ parseErrorCode(ctx, rc); return; }
  if( !f.bFound ) return;
  if( f.it.eKind==COMMIT_ITEM_PERIOD ){
    nOut = sqlite3_snprintf(sizeof(zOut), zOut, "%04d/%04d", f.it.aVal[0],
                            f.it.aVal[1]) ? (int)strlen(zOut) : 0;
  }else{
    if( !commitDiscourseDate(&anchor, &f.it, 0, 0, &a) ) return;
    nOut = commitDayFormat(&a, zOut, sizeof(zOut));
    if( f.it.mFlag & COMMIT_DF_RANGE ){
      if( !commitDiscourseDate(&anchor, &f.it, 1, 0, &b) ) return;
      zOut[nOut++] = '/';
      nOut += commitDayFormat(&b, zOut+nOut, (int)sizeof(zOut)-nOut);
    }
  }
  sqlite3_result_text(ctx, zOut, nOut, SQLITE_TRANSIENT);
}

/* commit_country(text) */
static void countryFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const CommitGazetteer *pGaz = sqlite3_user_data(ctx);
  const char *z, *zErr;
  int n, i;
  (void)argc;
  zErr = commitCheckText(ctx, argv[0], &z, &n);
  if( zErr ){ parseError(ctx, "commit_country", zErr); return; }
  if( z==0 ) return;
  while( n>0 && (z[0]==' ' || z[0]=='\t' || z[0]=='\n' || z[0]=='\r') ){
    z++; n--;
  }
  while( n>0 && (z[n-1]==' ' || z[n-1]=='\t' || z[n-1]=='\n' || z[n-1]=='\r') ){
    n--;
  }
  if( n==0 ) return;
  i = commitGazetteerFind(pGaz, z, n, COMMIT_GAZ_COUNTRY);
  if( i<0 && (n==2 || n==3) ){
    int k;
    for(k=0; k<nCommitGazEntry && i<0; k++){
      const CommitGazEntry *e = &aCommitGazEntry[k];
      if( e->eKind!=COMMIT_GAZ_COUNTRY ) continue;
      if( (n==2 && sqlite3_strnicmp(e->zCode, z, 2)==0)
       || (n==3 && e->zExtra && sqlite3_strnicmp(e->zExtra, z, 3)==0) ){
        i = k;
      }
    }
  }
  if( i>=0 ) sqlite3_result_text(ctx, aCommitGazEntry[i].zCode, -1, SQLITE_STATIC);
}

/* commit_meeting_code(text) */
static void meetingCodeFunc(sqlite3_context *ctx, int argc,
                            sqlite3_value **argv) {
  const CommitGazetteer *pGaz = sqlite3_user_data(ctx);
  const char *z, *zErr;
  int n, rc;
  FirstItem f;
  (void)argc;
  zErr = commitCheckText(ctx, argv[0], &z, &n);
  if( zErr ){ parseError(ctx, "commit_meeting_code", zErr); return; }
  if( z==0 ) return;
  memset(&f, 0, sizeof(f));
  f.eKind = COMMIT_ITEM_MEETING;
  rc = commitParseRun(pGaz, z, n, 0, 0, parseFirstItem, &f);
  if( rc!=SQLITE_OK ){ parseErrorCode(ctx, rc); return; }
  if( f.bFound ){
    char zOut[16];
    sqlite3_snprintf(sizeof(zOut), zOut, "%s%d",
                     f.it.aVal[0]==COMMIT_SERIES_IMM ? "IMM" : "SOM",
                     f.it.aVal[1]);
    sqlite3_result_text(ctx, zOut, -1, SQLITE_TRANSIENT);
  }
}

/* ==== Registration ===================================================== */

/*
** Register commit_parse, commit_date, commit_country and
** commit_meeting_code on db, with pGaz as user data (one reference per
** registration; released by commitGazetteerUnref).  Returns an SQLite code.
*/
int commitParseInit(sqlite3 *db, CommitGazetteer *pGaz) {
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context *, int, sqlite3_value **);
  } aFunc[] = {
    { "commit_parse", 1, parseFunc },
    { "commit_parse", 2, parseFunc },
    { "commit_date", 1, dateFunc },
    { "commit_date", 2, dateFunc },
    { "commit_country", 1, countryFunc },
    { "commit_meeting_code", 1, meetingCodeFunc },
  };
  const int mFlag = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<(int)(sizeof(aFunc)/sizeof(aFunc[0])); i++){
    commitGazetteerRef(pGaz);
    rc = sqlite3_create_function_v2(db, aFunc[i].zName, aFunc[i].nArg, mFlag,
                                    pGaz, aFunc[i].xFunc, 0, 0,
                                    commitGazetteerUnref);
  }
  return rc;
}
