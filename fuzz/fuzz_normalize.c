/*
** fuzz_normalize.c -- libFuzzer target for the pure normalisers:
** commit_date(text [, anchor]), commit_country(text) and
** commit_meeting_code(text).
**
** Input: the whole input is the text of commit_date(text),
** commit_country(text) and commit_meeting_code(text).  If it has a '\n',
** commit_date(rest, first line) is called too (the first line as anchor).
**
** Checked for every input:
**   each call is NULL, a value, or an error "<function>(): ..." (or
**   SQLITE_TOOBIG), and the same call twice gives the same answer;
**   commit_date: 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' (a real day), or two of
**   them joined by '/' (unless FUZZ_STRICT=0: the first not after the
**   second);
**   commit_country: two upper-case ASCII letters that commit_country maps
**   to themselves;
**   commit_meeting_code: IMM<n> or SOM<n>, n >= 1 without leading zero,
**   that commit_meeting_code maps to itself.
*/
#include "fuzz_common.h"

static sqlite3_stmt *pDate1, *pDate2, *pCountry, *pCode;

static void prepareAll(void) {
  if( pDate1 ) return;
  pDate1 = fuzzPrepare("SELECT commit_date(?1)");
  pDate2 = fuzzPrepare("SELECT commit_date(?1, ?2)");
  pCountry = fuzzPrepare("SELECT commit_country(?1)");
  pCode = fuzzPrepare("SELECT commit_meeting_code(?1)");
}

/* The result of one call, bound beforehand.  *pz gets a copy (free()) or
** NULL for SQL NULL; returns SQLITE_OK or the error code (checked). */
static int runOne(sqlite3_stmt *pStmt, const char *zWhat, char **pz) {
  int rc = sqlite3_step(pStmt);
  char zPrefix[48];
  *pz = 0;
  if( rc==SQLITE_ROW ){
    int e = sqlite3_column_type(pStmt, 0);
    if( e==SQLITE_TEXT ){
      const char *z = (const char *)sqlite3_column_text(pStmt, 0);
      int n = sqlite3_column_bytes(pStmt, 0);
      if( (int)strlen(z)!=n ) fuzzFail("%s: result has a NUL byte", zWhat);
      *pz = strdup(z);
      if( *pz==0 ) abort();
    }else if( e!=SQLITE_NULL ){
      fuzzFail("%s: result of type %d", zWhat, e);
    }
    rc = sqlite3_step(pStmt);
    if( rc!=SQLITE_DONE ) fuzzFail("%s: second step gave %d", zWhat, rc);
    rc = SQLITE_OK;
  }else{
    rc = sqlite3_reset(pStmt);
    snprintf(zPrefix, sizeof(zPrefix), "%s(): ", zWhat);
    fuzzCheckError(rc, zWhat, zPrefix);
  }
  sqlite3_reset(pStmt);
  return rc;
}

/* Run a bound statement twice; the answers must agree.  Returns the
** first result (free()) or NULL. */
static char *runTwice(sqlite3_stmt *pStmt, const char *zWhat) {
  char *z1, *z2;
  int rc1 = runOne(pStmt, zWhat, &z1);
  int rc2 = runOne(pStmt, zWhat, &z2);
  if( rc1!=rc2 || (z1==0)!=(z2==0) || (z1 && strcmp(z1, z2)!=0) ){
    fuzzFail("%s is not deterministic: %d '%s' then %d '%s'", zWhat, rc1,
             z1 ? z1 : "NULL", rc2, z2 ? z2 : "NULL");
  }
  free(z2);
  sqlite3_clear_bindings(pStmt);
  return z1;
}

/* Parse n digits at z; -1 if not all digits. */
static int digits(const char *z, int n) {
  int i, v = 0;
  for(i=0; i<n; i++){
    if( z[i]<'0' || z[i]>'9' ) return -1;
    v = v*10 + (z[i]-'0');
  }
  return v;
}

/* Check one ISO part z[0..n) of a commit_date result; fill aYmd. */
static int isoPart(const char *z, int n, int *aYmd) {
  static const int aDays[] = { 31,29,31,30,31,30,31,31,30,31,30,31 };
  aYmd[0] = aYmd[1] = aYmd[2] = 0;
  if( n!=4 && n!=7 && n!=10 ) return 0;
  aYmd[0] = digits(z, 4);
  if( aYmd[0]<1 ) return 0;
  if( n==4 ) return 1;
  if( z[4]!='-' ) return 0;
  aYmd[1] = digits(z+5, 2);
  if( aYmd[1]<1 || aYmd[1]>12 ) return 0;
  if( n==7 ) return 1;
  if( z[7]!='-' ) return 0;
  aYmd[2] = digits(z+8, 2);
  if( aYmd[2]<1 || aYmd[2]>aDays[aYmd[1]-1] ) return 0;
  if( aYmd[1]==2 && aYmd[2]==29 ){
    int y = aYmd[0];
    if( !((y%4==0 && y%100!=0) || y%400==0) ) return 0;
  }
  return 1;
}

/* Check a commit_date result. */
static void checkDate(const char *z, const char *zCall) {
  const char *zSlash;
  int a[3], b[3], n;
  if( z==0 ) return;
  n = (int)strlen(z);
  zSlash = strchr(z, '/');
  if( zSlash==0 ){
    if( !isoPart(z, n, a) ) fuzzFail("%s gave a bad date '%s'", zCall, z);
    return;
  }
  if( !isoPart(z, (int)(zSlash-z), a)
   || !isoPart(zSlash+1, n-(int)(zSlash-z)-1, b) ){
    fuzzFail("%s gave a bad interval '%s'", zCall, z);
  }
  /* Compare at the coarser grain of the two ends (unless FUZZ_STRICT=0). */
  if( !fuzzStrict() ) return;
  if( a[0]>b[0]
   || (a[0]==b[0] && a[1] && b[1] && a[1]>b[1])
   || (a[0]==b[0] && a[1]==b[1] && a[2] && b[2] && a[2]>b[2]) ){
    fuzzFail("%s gave an interval that ends before it starts: '%s'", zCall, z);
  }
}

/* Check that a code-like result maps to itself through pStmt. */
static void checkFixedPoint(sqlite3_stmt *pStmt, const char *zWhat,
                            const char *z) {
  char *z2;
  sqlite3_bind_text(pStmt, 1, z, -1, SQLITE_TRANSIENT);
  z2 = runTwice(pStmt, zWhat);
  if( z2==0 || strcmp(z, z2)!=0 ){
    fuzzFail("%s('%s') gave '%s', not itself", zWhat, z, z2 ? z2 : "NULL");
  }
  free(z2);
}

static void checkCountry(const char *z) {
  if( z==0 ) return;
  if( strlen(z)!=2 || z[0]<'A' || z[0]>'Z' || z[1]<'A' || z[1]>'Z' ){
    fuzzFail("commit_country gave '%s', not an alpha-2 code", z);
  }
  checkFixedPoint(pCountry, "commit_country", z);
}

static void checkCode(const char *z) {
  if( z==0 ) return;
  if( strlen(z)<4 || (strncmp(z, "IMM", 3)!=0 && strncmp(z, "SOM", 3)!=0)
   || z[3]<'1' || z[3]>'9' || digits(z+3, (int)strlen(z+3))<0 ){
    fuzzFail("commit_meeting_code gave '%s'", z);
  }
  checkFixedPoint(pCode, "commit_meeting_code", z);
}

int LLVMFuzzerTestOneInput(const uint8_t *aData, size_t nData) {
  const uint8_t *zHead, *zRest;
  size_t nHead, nRest;
  char *z;
  static const uint8_t aEmpty[1] = {0};
  const uint8_t *zAll = nData ? aData : aEmpty;
  prepareAll();

  fuzzBindText(pDate1, 1, zAll, nData);
  z = runTwice(pDate1, "commit_date");
  if( z ) checkDate(z, "commit_date(text)");
  free(z);

  if( fuzzSplitLine(aData, nData, &zHead, &nHead, &zRest, &nRest) ){
    fuzzBindText(pDate2, 1, zRest, nRest);
    fuzzBindText(pDate2, 2, zHead, nHead);
    z = runTwice(pDate2, "commit_date");
    if( z ) checkDate(z, "commit_date(text, anchor)");
    free(z);
  }

  fuzzBindText(pCountry, 1, zAll, nData);
  z = runTwice(pCountry, "commit_country");
  checkCountry(z);
  free(z);

  fuzzBindText(pCode, 1, zAll, nData);
  z = runTwice(pCode, "commit_meeting_code");
  checkCode(z);
  free(z);
  return 0;
}
