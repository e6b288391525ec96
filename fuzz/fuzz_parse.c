/*
** fuzz_parse.c -- libFuzzer target for commit_parse and commit_entities.
**
** Input: the first line is the options JSON (an empty first line binds
** NULL), the rest is the report text.  Without a '\n' the whole input is
** the text and the one-argument forms are called.
**
** Checked for every input:
**   commit_parse(text [, options]) is NULL, an error "commit_parse(): ..."
**   (or SQLITE_TOOBIG), or a valid JSON object of version 1 whose spans lie
**   inside the text and whose action/signatory indexes point into
**   "meetings" and "documents";
**   commit_entities(text [, options]), given text as a BLOB, fails exactly
**   when commit_parse fails with SQLITE_ERROR, and each row has a known kind, 0 <= start <=
**   end <= bytes(text), surface == the bytes text[start, end) (an HTML
**   page's markup and all), sentence never decreases, and (unless
**   FUZZ_STRICT=0) neither does start.
*/
#include "fuzz_common.h"

/* Statements, prepared once. */
static sqlite3_stmt *pParse1, *pParse2, *pEnt1, *pEnt2, *pCheck;

/* Invariants of the commit_parse JSON: one row with the counts of bad
** things (each must be 0) and json_valid/json_type.  ?1 = JSON, ?2 =
** bytes of the text. */
static const char zCheckSql[] =
  "SELECT json_valid(?1), json_type(?1),"
  " json_extract(?1, '$.version') IS 1,"
  " (SELECT count(*) FROM json_tree(?1) WHERE key='span' AND NOT ("
  "   type='array' AND json_array_length(value)=2"
  "   AND json_type(value, '$[0]')='integer'"
  "   AND json_type(value, '$[1]')='integer'"
  "   AND json_extract(value, '$[0]') BETWEEN 0 AND ?2"
  "   AND json_extract(value, '$[1]')"
  "       BETWEEN json_extract(value, '$[0]') AND ?2)),"
  " (SELECT count(*) FROM json_each(?1, '$.actions') a WHERE NOT ("
  "   (json_extract(a.value, '$.meeting') IS NULL OR"
  "    json_extract(a.value, '$.meeting') BETWEEN 0"
  "      AND json_array_length(?1, '$.meetings')-1)"
  "   AND json_extract(a.value, '$.document') BETWEEN 0"
  "      AND json_array_length(?1, '$.documents')-1)),"
  " (SELECT count(*) FROM json_each(?1, '$.signatories') a WHERE NOT ("
  "   (json_extract(a.value, '$.meeting') IS NULL OR"
  "    json_extract(a.value, '$.meeting') BETWEEN 0"
  "      AND json_array_length(?1, '$.meetings')-1)"
  "   AND json_extract(a.value, '$.document') BETWEEN 0"
  "      AND json_array_length(?1, '$.documents')-1))";

static void prepareAll(void) {
  if( pParse1 ) return;
  pParse1 = fuzzPrepare("SELECT commit_parse(?1)");
  pParse2 = fuzzPrepare("SELECT commit_parse(?1, ?2)");
  pEnt1 = fuzzPrepare("SELECT kind, surface, value, start, \"end\", sentence"
                      " FROM commit_entities(?1)");
  pEnt2 = fuzzPrepare("SELECT kind, surface, value, start, \"end\", sentence"
                      " FROM commit_entities(?1, ?2)");
  pCheck = fuzzPrepare(zCheckSql);
}

/* Check one commit_parse JSON result for a text of nText bytes. */
static void checkJson(const char *zJson, int nJson, size_t nText) {
  int rc;
  sqlite3_bind_text(pCheck, 1, zJson, nJson, SQLITE_STATIC);
  sqlite3_bind_int64(pCheck, 2, (sqlite3_int64)nText);
  rc = sqlite3_step(pCheck);
  if( rc!=SQLITE_ROW ){
    fuzzFail("checking commit_parse JSON: %s", sqlite3_errmsg(fuzzDb()));
  }
  if( sqlite3_column_int(pCheck, 0)!=1 ){
    fuzzFail("commit_parse returned invalid JSON: %.*s", nJson, zJson);
  }
  if( sqlite3_column_type(pCheck, 1)!=SQLITE_TEXT
   || strcmp((const char *)sqlite3_column_text(pCheck, 1), "object")!=0 ){
    fuzzFail("commit_parse returned JSON that is not an object: %.200s", zJson);
  }
  if( sqlite3_column_int(pCheck, 2)!=1 ){
    fuzzFail("commit_parse JSON: version is not 1: %.200s", zJson);
  }
  if( sqlite3_column_int(pCheck, 3)!=0 ){
    fuzzFail("commit_parse JSON: %d span(s) outside [0, %d] or reversed: %s",
             sqlite3_column_int(pCheck, 3), (int)nText, zJson);
  }
  if( sqlite3_column_int(pCheck, 4)!=0 ){
    fuzzFail("commit_parse JSON: action with a bad meeting/document index: %s",
             zJson);
  }
  if( sqlite3_column_int(pCheck, 5)!=0 ){
    fuzzFail("commit_parse JSON: signatory with a bad meeting/document"
             " index: %s", zJson);
  }
  sqlite3_reset(pCheck);
  sqlite3_clear_bindings(pCheck);
}

/* commit_parse; returns the result code of the statement. */
static int runParse(sqlite3_stmt *pStmt, size_t nText) {
  int rc = sqlite3_step(pStmt);
  if( rc==SQLITE_ROW ){
    int eType = sqlite3_column_type(pStmt, 0);
    if( eType==SQLITE_TEXT ){
      const char *z = (const char *)sqlite3_column_text(pStmt, 0);
      checkJson(z, sqlite3_column_bytes(pStmt, 0), nText);
    }else if( eType!=SQLITE_NULL ){
      fuzzFail("commit_parse returned type %d", eType);
    }
    rc = sqlite3_step(pStmt);
    if( rc!=SQLITE_DONE ) fuzzFail("commit_parse: second step gave %d", rc);
    rc = SQLITE_OK;
  }else{
    rc = sqlite3_reset(pStmt);
    fuzzCheckError(rc, "commit_parse", "commit_parse(): ");
  }
  sqlite3_reset(pStmt);
  sqlite3_clear_bindings(pStmt);
  return rc;
}

/* True if z is one of the kinds commit_entities documents. */
static int knownKind(const char *z) {
  static const char *const az[] = {
    "meeting", "date", "place", "country", "person", "title",
    "organization", "document", "number",
  };
  size_t i;
  for(i=0; z && i<sizeof(az)/sizeof(az[0]); i++){
    if( strcmp(z, az[i])==0 ) return 1;
  }
  return 0;
}

/* commit_entities over z[0..n); returns the result code. */
static int runEntities(sqlite3_stmt *pStmt, const uint8_t *z, size_t n) {
  sqlite3_int64 iPrevStart = 0, iPrevSentence = 0;
  int rc;
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    const char *zKind = (const char *)sqlite3_column_text(pStmt, 0);
    const unsigned char *zSurf = sqlite3_column_text(pStmt, 1);
    int nSurf = sqlite3_column_bytes(pStmt, 1);
    sqlite3_int64 iStart = sqlite3_column_int64(pStmt, 3);
    sqlite3_int64 iEnd = sqlite3_column_int64(pStmt, 4);
    sqlite3_int64 iSentence = sqlite3_column_int64(pStmt, 5);
    if( !knownKind(zKind) ){
      fuzzFail("commit_entities: unknown kind %s", zKind ? zKind : "NULL");
    }
    if( iStart<0 || iEnd<iStart || iEnd>(sqlite3_int64)n ){
      fuzzFail("commit_entities: %s span [%lld, %lld) outside [0, %d]", zKind,
               iStart, iEnd, (int)n);
    }
    if( nSurf!=iEnd-iStart || (nSurf>0 && memcmp(zSurf, z+iStart, nSurf)!=0) ){
      fuzzFail("commit_entities: %s surface '%.*s' is not text[%lld, %lld)",
               zKind, nSurf, zSurf, iStart, iEnd);
    }
    if( iSentence<iPrevSentence || (iStart<iPrevStart && fuzzStrict()) ){
      fuzzFail("commit_entities: rows out of text order: %s at %lld"
               " (sentence %lld) after %lld (sentence %lld)", zKind, iStart,
               iSentence, iPrevStart, iPrevSentence);
    }
    iPrevStart = iStart;
    iPrevSentence = iSentence;
    (void)sqlite3_column_text(pStmt, 2);   /* the value, for sanitizers */
  }
  if( rc==SQLITE_DONE ){
    rc = SQLITE_OK;
  }else{
    rc = sqlite3_reset(pStmt);
    fuzzCheckError(rc, "commit_entities", "commit_entities(): ");
  }
  sqlite3_reset(pStmt);
  sqlite3_clear_bindings(pStmt);
  return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  const uint8_t *zOpt, *zText;
  size_t nOpt, nText;
  int bTwo, rcParse, rcEnt;
  sqlite3_stmt *pParse, *pEnt;
  prepareAll();
  bTwo = fuzzSplitLine(aData, nData, &zOpt, &nOpt, &zText, &nText);
  if( bTwo && nOpt==0 ) zOpt = 0;          /* empty first line: NULL */
  pParse = bTwo ? pParse2 : pParse1;
  pEnt = bTwo ? pEnt2 : pEnt1;
  fuzzBindText(pParse, 1, zText, nText);
  /* commit_entities gets the text as a BLOB (readfile() gives one): the
  ** same checks must accept and reject the same inputs. */
  sqlite3_bind_blob64(pEnt, 1, zText, nText, SQLITE_TRANSIENT);
  if( bTwo ){
    fuzzBindText(pParse, 2, zOpt, nOpt);
    fuzzBindText(pEnt, 2, zOpt, nOpt);
  }
  rcParse = runParse(pParse, nText);
  rcEnt = runEntities(pEnt, zText, nText);
  if( (rcParse==SQLITE_ERROR)!=(rcEnt==SQLITE_ERROR) ){
    fuzzFail("commit_parse gave %d but commit_entities gave %d on the same"
             " arguments", rcParse, rcEnt);
  }
  return 0;
}
