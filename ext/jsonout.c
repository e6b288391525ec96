/*
** 2026-11-29
**
** jsonout.c -- write a report's facts as the commit_parse JSON object.
**
** Schema (DESIGN.md, version 1), keys always present, in this order:
**   {"version":1, "published":..., "meetings":[...], "documents":[...],
**    "actions":[...], "signatories":[...], "people":[...],
**    "organizations":[...], "countries":[...]}
** Unknown values are null; lists are [] when empty.  Spans are [start,
** end) byte offsets into the text.  Strings are copied from the text or
** from the gazetteer and escaped per RFC 8259.
*/
#include "commit.h"
#include <string.h>

/* ORDER ACTION: names of COMMIT_ACT_* */
static const char *const azCommitAction[] = {
  "", "signed", "adopted", "endorsed", "reviewed", "discussed", "launched",
};

/* Names of COMMIT_DOC_* kinds. */
static const char *const azCommitDocKind[] = {
  "", "mou", "spa", "joint_declaration", "other",
};

/* Names of COMMIT_SERIES_*. */
static const char *const azCommitSeries[] = { "", "IMM", "SOM", "" };

/* Is c JSON-insignificant white space in a surface? */
static int jsonIsSpace(u8 c) {
  return c==' ' || c=='\n' || c=='\r' || c=='\t';
}

/*
** Append z[0..n) as a JSON string literal; with bCollapse, every run of
** white space becomes one space.  Quotes, backslashes and control
** characters are escaped; bytes >= 0x80 pass through (the text is valid
** UTF-8).
*/
static void jsonQuoted(sqlite3_str *pOut, const char *z, int n,
                       int bCollapse) {
  int i, iRun = 0;
  sqlite3_str_appendchar(pOut, 1, '"');
  for(i=0; i<n; i++){
    u8 c = (u8)z[i];
    if( bCollapse && jsonIsSpace(c) ){
      int bAfterSpace = i>0 && jsonIsSpace((u8)z[i-1]);
      if( c==' ' && !bAfterSpace ) continue;    /* one space: kept as is */
      if( i>iRun ) sqlite3_str_append(pOut, z+iRun, i-iRun);
      if( !bAfterSpace ) sqlite3_str_appendchar(pOut, 1, ' ');
      iRun = i+1;
      continue;
    }
    if( c>=0x20 && c!='"' && c!='\\' ) continue;
    if( i>iRun ) sqlite3_str_append(pOut, z+iRun, i-iRun);
    switch( c ){
      case '"': sqlite3_str_appendall(pOut, "\\\""); break;
      case '\\': sqlite3_str_appendall(pOut, "\\\\"); break;
      case '\n': sqlite3_str_appendall(pOut, "\\n"); break;
      case '\r': sqlite3_str_appendall(pOut, "\\r"); break;
      case '\t': sqlite3_str_appendall(pOut, "\\t"); break;
      default: sqlite3_str_appendf(pOut, "\\u%04x", c); break;
    }
    iRun = i+1;
  }
  if( n>iRun ) sqlite3_str_append(pOut, z+iRun, n-iRun);
  sqlite3_str_appendchar(pOut, 1, '"');
}

/* Append z[0..n) as a JSON string literal. */
void commitJsonString(sqlite3_str *pOut, const char *z, int n) {
  jsonQuoted(pOut, z, n, 0);
}

/* Append a NUL-terminated string, or null. */
static void jsonStr(sqlite3_str *pOut, const char *z) {
  if( z==0 ) sqlite3_str_appendall(pOut, "null");
  else commitJsonString(pOut, z, (int)strlen(z));
}

/* Append the surface z[iStart..iEnd) with white space runs as one space,
** or null when it is empty. */
static void jsonSurface(sqlite3_str *pOut, const char *z, int iStart,
                        int iEnd) {
  if( iEnd<=iStart ) sqlite3_str_appendall(pOut, "null");
  else jsonQuoted(pOut, z+iStart, iEnd-iStart, 1);
}

/* Append ,"span":[a,b]} for the text span [iStart,iEnd), as offsets of
** the input (an HTML page's bytes: html.c). */
static void jsonSpan(sqlite3_str *pOut, const CommitFacts *p, int iStart,
                     int iEnd) {
  const CommitSource *pSrc = p->opt.pSrc;
  int a = commitSourceStart(pSrc, iStart);
  int b = iEnd>iStart ? commitSourceEnd(pSrc, iEnd) : a;
  sqlite3_str_appendf(pOut, ",\"span\":[%d,%d]}", a, b);
}

/* Append an integer, or null when v is 0. */
static void jsonIntOrNull(sqlite3_str *pOut, int v) {
  if( v ) sqlite3_str_appendf(pOut, "%d", v);
  else sqlite3_str_appendall(pOut, "null");
}


/* Append a finished date as a JSON string, or null when unknown. */
static void jsonDay(sqlite3_str *pOut, const CommitDay *d) {
  char zBuf[16];
  if( commitDayFormat(d, zBuf, sizeof(zBuf)) ){
    sqlite3_str_appendf(pOut, "\"%s\"", zBuf);
  }else{
    sqlite3_str_appendall(pOut, "null");
  }
}

/* Name of a host (commitFactsHostName). */
static void jsonHost(sqlite3_str *pOut, const CommitFacts *p,
                     const CommitFHost *h) {
  const char *z;
  int n = commitFactsHostName(p, h, &z);
  jsonQuoted(pOut, z, n, 1);
}

/* Append a list of hosts. */
static void jsonHosts(sqlite3_str *pOut, const CommitFacts *p,
                      const CommitFHost *a, int n) {
  int i;
  sqlite3_str_appendchar(pOut, 1, '[');
  for(i=0; i<n; i++){
    if( i ) sqlite3_str_appendchar(pOut, 1, ',');
    jsonHost(pOut, p, &a[i]);
  }
  sqlite3_str_appendchar(pOut, 1, ']');
}

/* Append the ISO code of a country entry, or null. */
static void jsonCountry(sqlite3_str *pOut, int iEntry) {
  jsonStr(pOut, iEntry>=0 ? aCommitGazEntry[iEntry].zCode : 0);
}

/* Append one meeting object. */
static void jsonMeeting(sqlite3_str *pOut, const CommitFacts *p,
                        const CommitFMeeting *m) {
  if( m->iNum && m->eSeries ){
    sqlite3_str_appendf(pOut, "{\"code\":\"%s%d\",\"series\":\"%s\","
                        "\"number\":%d,", azCommitSeries[m->eSeries], m->iNum,
                        azCommitSeries[m->eSeries], m->iNum);
  }else if( m->eSeries ){
    sqlite3_str_appendf(pOut, "{\"code\":null,\"series\":\"%s\","
                        "\"number\":null,", azCommitSeries[m->eSeries]);
  }else{
    sqlite3_str_appendf(pOut, "{\"code\":null,\"series\":null,"
                        "\"number\":null,");
  }
  sqlite3_str_appendf(pOut, "\"name\":");
  jsonSurface(pOut, p->z, m->iNameStart, m->iNameEnd);
  sqlite3_str_appendall(pOut, ",\"start\":");
  jsonDay(pOut, &m->dStart);
  sqlite3_str_appendall(pOut, ",\"end\":");
  jsonDay(pOut, &m->dEnd);
  sqlite3_str_appendf(pOut, ",\"city\":");
  jsonStr(pOut, (!m->bVirtual || m->iCity>=0) && m->iCity>=0
          ? aCommitGazEntry[m->iCity].zName : 0);
  sqlite3_str_appendf(pOut, ",\"country\":");
  jsonCountry(pOut, m->iHeldIn);
  sqlite3_str_appendf(pOut, ",\"venue\":");
  jsonSurface(pOut, p->z, m->iVenueStart, m->iVenueEnd);
  sqlite3_str_appendf(pOut, ",\"hosts\":");
  jsonHosts(pOut, p, m->aHost, m->nHost);
  sqlite3_str_appendf(pOut, ",\"organizers\":");
  jsonHosts(pOut, p, m->aOrg, m->nOrg);
  sqlite3_str_appendf(pOut, ",\"attendance\":");
  jsonIntOrNull(pOut, m->nAttend);
  sqlite3_str_appendf(pOut, ",\"attendance_qualifier\":");
  if( m->nAttend && m->nQual>0 ){
    char zQ[32];
    int k, n = m->nQual<31 ? m->nQual : 31;
    for(k=0; k<n; k++){
      char c = p->z[m->iQualStart+k];
      zQ[k] = (c>='A' && c<='Z') ? c+32 : (c=='\n' || c=='\t') ? ' ' : c;
    }
    zQ[n] = 0;
    jsonStr(pOut, zQ);
  }else{
    sqlite3_str_appendall(pOut, "null");
  }
  jsonSpan(pOut, p, m->iFirst, m->iFirstEnd);
}

/* Append the documents array. */
static void jsonDocuments(sqlite3_str *pOut, const CommitFacts *p) {
  int i;
  sqlite3_str_appendall(pOut, "\"documents\":[");
  for(i=0; i<p->docs.n; i++){
    const CommitFDoc *d = &((const CommitFDoc *)p->docs.a)[i];
    if( i ) sqlite3_str_appendchar(pOut, 1, ',');
    sqlite3_str_appendf(pOut, "{\"kind\":\"%s\",\"ordinal\":",
                        azCommitDocKind[d->eKind]);
    jsonIntOrNull(pOut, d->iOrdinal);
    sqlite3_str_appendf(pOut, ",\"title\":");
    jsonSurface(pOut, p->z, d->iStart, d->iEnd);
    if( d->iY1 ){
      sqlite3_str_appendf(pOut, ",\"period\":\"%04d/%04d\"", d->iY1, d->iY2);
    }else{
      sqlite3_str_appendf(pOut, ",\"period\":null");
    }
    jsonSpan(pOut, p, d->iStart, d->iEnd);
  }
  sqlite3_str_appendchar(pOut, 1, ']');
}

/* Output index of meeting i, or -1. */
static int jsonMeetingIdx(const CommitFacts *p, int i) {
  const CommitFMeeting *m;
  if( i<0 ) return -1;
  m = &((const CommitFMeeting *)p->meetings.a)[i];
  return m->bOut ? m->iOut : -1;
}

/* Append an index or null. */
static void jsonIdx(sqlite3_str *pOut, int i) {
  if( i>=0 ) sqlite3_str_appendf(pOut, "%d", i);
  else sqlite3_str_appendall(pOut, "null");
}

static void jsonTitle(sqlite3_str *pOut, const char *z, int iStart, int n);

/* Append the actions and signatories arrays. */
static void jsonActions(sqlite3_str *pOut, const CommitFacts *p) {
  int i, j, bFirst = 1;
  sqlite3_str_appendall(pOut, "\"actions\":[");
  for(i=0; i<p->actions.n; i++){
    const CommitFAction *a = &((const CommitFAction *)p->actions.a)[i];
    if( a->bDrop ) continue;
    if( !bFirst ) sqlite3_str_appendchar(pOut, 1, ',');
    bFirst = 0;
    sqlite3_str_appendall(pOut, "{\"meeting\":");
    jsonIdx(pOut, jsonMeetingIdx(p, a->iMeeting));
    sqlite3_str_appendf(pOut, ",\"document\":%d,\"action\":\"%s\",\"parties\":[",
                        a->iDoc, azCommitAction[a->eAction]);
    for(j=0; j<a->nParty; j++){
      if( j ) sqlite3_str_appendchar(pOut, 1, ',');
      jsonCountry(pOut, a->aParty[j]);
    }
    sqlite3_str_appendchar(pOut, 1, ']');
    jsonSpan(pOut, p, a->iStart, a->iEnd);
  }
  sqlite3_str_appendall(pOut, "],\"signatories\":[");
  bFirst = 1;
  for(i=0; i<p->actions.n; i++){
    const CommitFAction *a = &((const CommitFAction *)p->actions.a)[i];
    if( a->bDrop || a->eAction!=COMMIT_ACT_SIGNED ) continue;
    for(j=0; j<a->nParty; j++){
      if( !bFirst ) sqlite3_str_appendchar(pOut, 1, ',');
      bFirst = 0;
      sqlite3_str_appendall(pOut, "{\"meeting\":");
      jsonIdx(pOut, jsonMeetingIdx(p, a->iMeeting));
      sqlite3_str_appendf(pOut, ",\"document\":%d,\"country\":", a->iDoc);
      jsonCountry(pOut, a->aParty[j]);
      if( a->aSigner[j] ){
        const CommitFPerson *f = &((const CommitFPerson *)p->people.a)[a->aSigner[j]-1];
        sqlite3_str_appendall(pOut, ",\"person\":");
        jsonSurface(pOut, p->z, f->iName, f->iName + f->nName);
        sqlite3_str_appendall(pOut, ",\"title\":");
        if( f->nTitle>0 ) jsonTitle(pOut, p->z, f->iTitleStart, f->nTitle);
        else jsonStr(pOut, f->iOffice>=0 ? aCommitGazEntry[f->iOffice].zName : 0);
      }else{
        sqlite3_str_appendf(pOut, ",\"person\":null,\"title\":");
        jsonStr(pOut, a->iTitle>=0 ? aCommitGazEntry[a->iTitle].zName : 0);
      }
      sqlite3_str_appendchar(pOut, 1, '}');
    }
  }
  sqlite3_str_appendchar(pOut, 1, ']');
}

/* Words kept in lower case inside a title. */
static int jsonSmallWord(const char *z, int n) {
  return (n==2 && (memcmp(z, "of", 2)==0 || memcmp(z, "in", 2)==0
                   || memcmp(z, "on", 2)==0))
      || (n==3 && (memcmp(z, "and", 3)==0 || memcmp(z, "for", 3)==0
                   || memcmp(z, "the", 3)==0));
}

/* Append a title as written, words capitalised ("vice minister" ->
** "Vice Minister"), white space collapsed. */
static void jsonTitle(sqlite3_str *pOut, const char *z, int iStart, int n) {
  char zBuf[128];
  int i, k = 0, bWord = 0;
  for(i=iStart; i<iStart+n && k<(int)sizeof(zBuf)-1; i++){
    char c = z[i];
    if( c==' ' || c=='\n' || c=='\t' || c=='\r' ){
      if( k>0 && zBuf[k-1]!=' ' ) zBuf[k++] = ' ';
      bWord = 0;
      continue;
    }
    if( !bWord && c>='a' && c<='z' ){
      int nW = 0;
      while( i+nW<iStart+n && z[i+nW]>='a' && z[i+nW]<='z' ) nW++;
      if( k==0 || !jsonSmallWord(z+i, nW) ) c -= 32;
    }
    bWord = !(c=='-');
    zBuf[k++] = c;
  }
  commitJsonString(pOut, zBuf, k);
}

/* Append the people array. */
static void jsonPeople(sqlite3_str *pOut, const CommitFacts *p) {
  int i;
  sqlite3_str_appendall(pOut, "\"people\":[");
  for(i=0; i<p->people.n; i++){
    const CommitFPerson *f = &((const CommitFPerson *)p->people.a)[i];
    if( i ) sqlite3_str_appendchar(pOut, 1, ',');
    sqlite3_str_appendall(pOut, "{\"name\":");
    jsonSurface(pOut, p->z, f->iName, f->iName + f->nName);
    sqlite3_str_appendall(pOut, ",\"honorific\":");
    jsonSurface(pOut, p->z, f->iHonStart, f->iHonStart + f->nHon);
    sqlite3_str_appendall(pOut, ",\"title\":");
    if( f->nTitle>0 ) jsonTitle(pOut, p->z, f->iTitleStart, f->nTitle);
    else jsonStr(pOut, f->iOffice>=0 ? aCommitGazEntry[f->iOffice].zName : 0);
    sqlite3_str_appendall(pOut, ",\"organization\":");
    {
      char zOrg[COMMIT_MAX_ORG_NAME];
      int nOrg = commitFactsPersonOrg(p, f, zOrg, sizeof(zOrg));
      if( nOrg>0 ) commitJsonString(pOut, zOrg, nOrg);
      else sqlite3_str_appendall(pOut, "null");
    }
    sqlite3_str_appendall(pOut, ",\"country\":");
    jsonCountry(pOut, f->iCountryOut);
    jsonSpan(pOut, p, f->iStart, f->iEnd);
  }
  sqlite3_str_appendchar(pOut, 1, ']');
}

/* Append the organizations array. */
static void jsonOrgs(sqlite3_str *pOut, const CommitFacts *p) {
  int i;
  sqlite3_str_appendall(pOut, "\"organizations\":[");
  for(i=0; i<p->orgs.n; i++){
    const CommitFOrg *o = &((const CommitFOrg *)p->orgs.a)[i];
    const CommitGazEntry *e = &aCommitGazEntry[o->iEntry];
    if( i ) sqlite3_str_appendchar(pOut, 1, ',');
    sqlite3_str_appendall(pOut, "{\"name\":");
    jsonStr(pOut, e->zName);
    sqlite3_str_appendall(pOut, ",\"acronym\":");
    jsonStr(pOut, e->zCode);
    sqlite3_str_appendall(pOut, ",\"country\":");
    jsonCountry(pOut, o->iCountryOut);
    jsonSpan(pOut, p, o->iStart, o->iEnd);
  }
  sqlite3_str_appendchar(pOut, 1, ']');
}

/* Append the sorted country codes. */
static void jsonCountries(sqlite3_str *pOut, const CommitFacts *p) {
  int i, bFirst = 1;
  sqlite3_str_appendall(pOut, "\"countries\":[");
  /* Country entries are sorted by ISO code in the data. */
  for(i=0; i<COMMIT_GAZ_NCOUNTRY_MAX && i<nCommitGazEntry; i++){
    if( !p->aCountry[i] ) continue;
    if( !bFirst ) sqlite3_str_appendchar(pOut, 1, ',');
    bFirst = 0;
    jsonCountry(pOut, i);
  }
  sqlite3_str_appendchar(pOut, 1, ']');
}

/*
** Append the facts of a finished report as one JSON object.  Errors
** (OOM, too big) are left in pOut for the caller to check once.
*/
void commitJsonFacts(sqlite3_str *pOut, const CommitFacts *p) {
  int k;
  sqlite3_str_appendall(pOut, "{\"version\":1,\"published\":");
  jsonDay(pOut, &p->disc.anchor);
  sqlite3_str_appendall(pOut, ",\"meetings\":[");
  for(k=0; k<p->nOut; k++){
    /* (the order commitFactsFinish() kept: one pass, not a search of all
    ** records per output meeting) */
    if( k>0 ) sqlite3_str_appendchar(pOut, 1, ',');
    jsonMeeting(pOut, p, COMMIT_MEETING(p, p->aOutMeeting[k]));
  }
  sqlite3_str_appendall(pOut, "],");
  jsonDocuments(pOut, p);
  sqlite3_str_appendchar(pOut, 1, ',');
  jsonActions(pOut, p);
  sqlite3_str_appendchar(pOut, 1, ',');
  jsonPeople(pOut, p);
  sqlite3_str_appendchar(pOut, 1, ',');
  jsonOrgs(pOut, p);
  sqlite3_str_appendchar(pOut, 1, ',');
  jsonCountries(pOut, p);
  sqlite3_str_appendchar(pOut, 1, '}');
}
