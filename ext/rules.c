/*
** 2026-11-29
**
** rules.c -- sentence-level recognisers.
**
** Input: one sentence's tokens (tokenize.c) and the gazetteer.  Output:
** typed CommitItems (commit.h), in order of position.  The pipeline is:
**
**   1. tag      commitRulesTag(): greedy left-to-right longest match of
**               the gazetteer at each token -> CommitMention per start.
**   2. recognise  each recogniser below reads tokens and mentions and
**               appends items.  They do not link items to each other;
**               facts.c does that.  Every recogniser looks at a bounded
**               window around the token, so the sentence costs O(n).
**
** Item values (CommitItem.aVal):
**   DATE      [0..2] y,m,d start  [3..5] y,m,d end (RANGE)  [6] weekday or
**             relative day offset  [7] second weekday, or the months or
**             years from the anchor or the year told (RELMONTH, PREVYEAR,
**             SAMEYEAR); mFlag COMMIT_DF_*
**   MEETING   [0] series (0 unknown) [1] number (0 none) [2] form: 0 label,
**             1 level only, 2 generic ("the meeting") [3] joint group tag
**             [4] indefinite ("a meeting") [5] 1 after "the next"
**             [6] 1 for an ordinal standing for a meeting ("at the second,
**             in Beijing"): of the series last told of
**   HERE      [0] 1 for "the same city" (the city named before), 0 for
**             "here", "this city" (the dateline's); HERE [0] 1 the city
**             named before ("there", "the same city"), 2 the report's
**             own city only ("The capital has hosted ...")
**   PLACE     iEntry city; [0] 1 if after in/at, 2 if placed by its own phrase
**             (after a venue), 3 if it hosts the meetings after it ("Hanoi
**             will host", "Hanoi has hosted ...: SOM3 ... and IMM3",
**             "Yangon: IMM1"); [1] country entry or -1;
**             [2] 1 if it describes the capital of country [1] ("the
**             Burmese capital"): facts.c settles the city at the date;
**             [3] 1 if it modifies a noun ("the Myawaddy border
**             crossing"): it places no meeting
**   COUNTRY   iEntry; [0] adjective; [1] 1 if after "in", 2 after "should be
**             the venue for", 3 after "planned for"; [2] 1 if it labels
**             a list entry ("- Cambodia: H.E. ...")
**   PERSON    iName/nName name; iEntry honorific; iEntry2 organisation;
**             [0] office entry [1] country entry (a list entry's country
**             label first: "- Cambodia: H.E. ...") [2] rank entry
**             [3] portfolio [4] organisation form [5] 1 if read as "X is a
**             <title>" (an author's note when X signs the piece)
**             iAux/nAux: organisation surface when not in the gazetteer
**   TITLE     iEntry office entry
**   ORG       iEntry organisation (-1: "Ministry of X" not in the data)
**             [0] country entry given in context or -1
**   DOCUMENT  [0] kind [1] ordinal [2],[3] period years [4] 1 if described
**             ("the fifth plan"), not named: a name met later titles it
**             [5] 1 if a new one ("a successor plan"): not the one before
**             [6] 1 if the text itself ("this Joint Declaration")
**             [7] 1 if counted with its verb left out ("..., the second
**             at IMM3"); kind [0] is 0 for a count ("The first was
**             signed") whose kind facts.c reads from the text before
**   NUMBER    [0] value [1] attendee class (0 none, 1 all, 2 one group)
**             [2] planned  [3] 1 if an attendance verb is in the sentence
**             iAux/nAux: the qualifier ("nearly")
**   ACTION    [0] action [1] passive [2] planned or negated [3] noun form
**   VENUE     the span
**   PERIOD    [0] first year [1] last year
**   VERB      [0] COMMIT_ROLE_*
**   HOST      [0] COMMIT_HOST_*; iEntry the host entry; [1] its gazetteer
**             kind (ORG or COUNTRY), -1 for an organisation not in the data;
**             [2] 1 if a government is named ("the Royal Thai Government"):
**             the output names it as written
**   VIRTUAL, HERE  no values
**   DURATION  [0] days
**   SUBJECT   [0] count given ("six" -> 6, 0 none); iEntry the subject
**
** Limits: English word order only; names are runs of capitalised words,
** so a lower-case name particle ("bin", "van") ends a name.
*/
#include "commit.h"
#include <string.h>

/* ORDER ITEM: names of COMMIT_ITEM_* for commit_entities. */
static const char *const azCommitItemKind[] = {
  "", "date", "meeting", "place", "country", "person", "title",
  "organization", "document", "number", "action", "place", "date",
  "verb", "host", "virtual", "duration", "here", "subject",
};

/* Name of an item kind. */
const char *commitItemKindName(int eKind) {
  if( eKind<=0 || eKind>=COMMIT_ITEM_NKIND ) return "";
  return azCommitItemKind[eKind];
}

/* ==== Item arrays ====================================================== */

/* Append a copy of *pItem to p.  Returns SQLITE_OK or SQLITE_NOMEM. */
int commitItemsAppend(CommitItems *p, const CommitItem *pItem) {
  if( p->n>=p->nAlloc ){
    int nNew = p->nAlloc ? p->nAlloc*2 : 32;
    CommitItem *aNew = sqlite3_realloc64(p->a, sizeof(CommitItem)*nNew);
    if( aNew==0 ) return SQLITE_NOMEM;
    p->a = aNew;
    p->nAlloc = nNew;
  }
  p->a[p->n++] = *pItem;
  return SQLITE_OK;
}

/* Forget all items but keep the allocation. */
void commitItemsReset(CommitItems *p) { p->n = 0; }

/* Free the item array. */
void commitItemsFree(CommitItems *p) {
  sqlite3_free(p->a);
  memset(p, 0, sizeof(*p));
}

/* ==== Sentence view ==================================================== */

/* What the recognisers share while reading one sentence. */
typedef struct Ru Ru;
struct Ru {
  const char *z;               /* the text */
  const CommitToken *a;        /* tokens */
  int n;                       /* number of tokens */
  const CommitGazetteer *pGaz; /* gazetteer */
  CommitMention *aMent;        /* aMent[i]: mention starting at token i */
  int *aCover;                 /* aCover[i]: start token of covering mention */
  CommitItems *pOut;           /* items appended here */
  int iFirstItem;              /* pOut->a[iFirstItem..] are this sentence's */
  int rc;                      /* sticky error code */
  int bFuture;                 /* sentence has will/shall/expected ... */
  int bAttendVerb;             /* sentence has attended/participated ... */
  int bMeetVerb;               /* sentence has held/opened/concluded ... */
  u8 *aUsed;                   /* aUsed[i]: token consumed by a recogniser */
  int iPersonEnd;              /* token past the last person's title phrase
                               ** and the rest of its comma clause */
  int iPhraseEnd;              /* token past the last person's title phrase
                               ** itself (iPersonEnd runs on to its comma) */
  int bDayFirst;               /* slashed dates are day first on this page */
};

/* The accepted hit of kind eKind of the mention starting at token i. */
static const CommitGazHit *ruHit(const Ru *p, int i, int eKind) {
  if( i<0 || i>=p->n || p->aMent[i].nTok==0 ) return 0;
  return commitMentionHit(p->pGaz, &p->aMent[i], eKind);
}

/* The gazetteer entry of the hit of kind eKind at token i, or NULL. */
static const CommitGazEntry *ruEntry(const Ru *p, int i, int eKind) {
  const CommitGazHit *h = ruHit(p, i, eKind);
  return h ? &aCommitGazEntry[h->iEntry] : 0;
}

/* Token after the mention starting at i (i+1 if none starts there). */
static int ruEnd(const Ru *p, int i) {
  if( i>=0 && i<p->n && p->aMent[i].nTok>0 ) return i + p->aMent[i].nTok;
  return i+1;
}

/*
** True if token i is the word zLower (nLower bytes, ASCII, any case).
** ruWord() is the form for string literals: their length is known at
** compile time, which keeps this test cheap in the recognisers' loops.
*/
static int ruWordN(const Ru *p, int i, const char *zLower, int nLower) {
  const CommitToken *t;
  int k;
  if( i<0 || i>=p->n ) return 0;
  t = &p->a[i];
  if( t->eType==COMMIT_TOK_PUNCT || t->iEnd - t->iStart!=nLower ) return 0;
  for(k=0; k<nLower; k++){
    char c = p->z[t->iStart+k];
    if( c>='A' && c<='Z' ) c += 32;
    if( c!=zLower[k] ) return 0;
  }
  return 1;
}
#define ruWord(p, i, zLit) ruWordN(p, i, zLit, (int)sizeof(zLit)-1)
#define ruWordZ(p, i, z) ruWordN(p, i, z, (int)strlen(z))

/* True if token i is punctuation c. */
static int ruPunct(const Ru *p, int i, int c) {
  return i>=0 && i<p->n && p->a[i].eType==COMMIT_TOK_PUNCT
      && p->a[i].cPunct==c;
}

/* True if token i is a lower-case word. */
static int ruLower(const Ru *p, int i) {
  return i>=0 && i<p->n && p->a[i].eType==COMMIT_TOK_WORD
      && p->z[p->a[i].iStart]>='a' && p->z[p->a[i].iStart]<='z';
}

/* True if tokens i and i+1 touch (no space between). */
static int ruTouch(const Ru *p, int i) {
  return i+1<p->n && !(p->a[i+1].mFlag & COMMIT_TF_SPACE);
}

/* Start a new item of kind eKind over tokens [i,iEnd). */
static void ruItem(const Ru *p, CommitItem *pItem, int eKind, int i,
                   int iEnd) {
  memset(pItem, 0, sizeof(*pItem));
  pItem->eKind = (u8)eKind;
  pItem->iTok = i;
  pItem->iTokEnd = iEnd;
  pItem->iStart = p->a[i].iStart;
  pItem->iEnd = p->a[iEnd-1].iEnd;
  pItem->iEntry = -1;
  pItem->iEntry2 = -1;
  pItem->iName = -1;
}

static int ruFutureBefore(const Ru *p, int i);
static int ruFutureAfter(const Ru *p, int i);

/* Append an item, keeping a sticky error. */
static void ruAdd(Ru *p, const CommitItem *pItem) {
  if( p->rc==SQLITE_OK ) p->rc = commitItemsAppend(p->pOut, pItem);
}

/* ==== Tagging ========================================================== */

/*
** Tag the sentence in p with gazetteer mentions.  The arrays *paBuf and
** *paCover (nAlloc entries) grow as needed and are owned by the caller.
** p->aMention[i] is the mention starting at token i (nTok==0: none) and
** p->aCover[i] the start token of the mention covering token i, or -1.
*/
int commitRulesTag(CommitSentenceCtx *p, CommitMention **paBuf,
                   int **paCover, int *pnAlloc) {
  const CommitSentence *s = p->pSent;
  int i;
  if( s->nTok>*pnAlloc ){
    int nNew = s->nTok<64 ? 64 : s->nTok;
    CommitMention *aM = sqlite3_realloc64(*paBuf, sizeof(*aM)*nNew);
    int *aC;
    if( aM==0 ) return SQLITE_NOMEM;
    *paBuf = aM;
    aC = sqlite3_realloc64(*paCover, sizeof(int)*nNew);
    if( aC==0 ) return SQLITE_NOMEM;
    *paCover = aC;
    *pnAlloc = nNew;
  }
  p->aMention = *paBuf;
  p->aCover = *paCover;
  p->nMention = 0;
  memset(p->aMention, 0, sizeof(CommitMention)*s->nTok);
  for(i=0; i<s->nTok; i++) p->aCover[i] = -1;
  i = 0;
  while( i<s->nTok ){
    int n = commitGazetteerMatch(p->pGaz, p->z, s->aTok, s->nTok, i,
                                 &p->aMention[i]);
    if( n>0 ){
      int j;
      for(j=i; j<i+n; j++) p->aCover[j] = i;
      p->nMention++;
      i += n;
    }else{
      i++;
    }
  }
  return SQLITE_OK;
}

/* ==== Dates ============================================================ */

/* Day of month at token i: "14", "14th", "14 th".  Returns tokens used. */
static int ruDay(const Ru *p, int i, int *pDay) {
  const CommitToken *t;
  int v;
  if( i>=p->n ) return 0;
  t = &p->a[i];
  v = commitTokenNumber(p->z, t);
  if( v<1 || v>31 ) return 0;
  if( t->eType==COMMIT_TOK_NUM ){
    if( t->iEnd - t->iStart>2 ) return 0;
    if( ruPunct(p, i+1, ':') || (ruPunct(p, i+1, '.') && ruTouch(p, i) && ruTouch(p, i+1)
        && i+2<p->n && p->a[i+2].eType==COMMIT_TOK_NUM) ) return 0;
    *pDay = v;
    if( i+1<p->n && (ruWord(p, i+1, "th") || ruWord(p, i+1, "st")
                     || ruWord(p, i+1, "nd") || ruWord(p, i+1, "rd")) ){
      return 2;
    }
    return 1;
  }
  /* A WORD with digits: only 14th, 1st, 2nd, 3rd. */
  {
    int nDig = 0;
    const char *zS;
    while( t->iStart+nDig<t->iEnd && p->z[t->iStart+nDig]>='0'
        && p->z[t->iStart+nDig]<='9' ) nDig++;
    zS = p->z + t->iStart + nDig;
    if( nDig>2 || t->iEnd - t->iStart - nDig!=2 ) return 0;
    if( !((zS[0]=='t'||zS[0]=='T') && (zS[1]=='h'||zS[1]=='H'))
     && !((zS[0]=='s'||zS[0]=='S') && (zS[1]=='t'||zS[1]=='T'))
     && !((zS[0]=='n'||zS[0]=='N') && (zS[1]=='d'||zS[1]=='D'))
     && !((zS[0]=='r'||zS[0]=='R') && (zS[1]=='d'||zS[1]=='D')) ){
      return 0;
    }
    *pDay = v;
    return 1;
  }
}

/* Month at token i (a MONTH mention).  Returns tokens used. */
static int ruMonth(const Ru *p, int i, int *pMonth) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_MONTH);
  if( e==0 ) return 0;
  *pMonth = e->iValue;
  return p->aMent[i].nTok;
}

/* A four-digit year 1900..2099 at token i.  Returns tokens used. */
static int ruYear(const Ru *p, int i, int *pYear) {
  int v;
  if( i>=p->n || p->a[i].eType!=COMMIT_TOK_NUM ) return 0;
  if( p->a[i].iEnd - p->a[i].iStart!=4 ) return 0;
  v = commitTokenNumber(p->z, &p->a[i]);
  if( v>=2540 && v<=2580 ) v -= 543;    /* a Thai Buddhist Era year: 2547 is 2004 */
  if( v<1900 || v>2099 ) return 0;
  *pYear = v;
  return 1;
}

/* True if token i joins two parts of a range: - to and through until. */
static int ruRangeSep(const Ru *p, int i) {
  return ruPunct(p, i, '-') || ruWord(p, i, "to") || ruWord(p, i, "and")
      || ruWord(p, i, "through") || ruWord(p, i, "until")
      || ruWord(p, i, "till") || ruPunct(p, i, '/');
}

/*
** One calendar point at token i: "Dec.14th, 2007", "December 14",
** "14 December 2007", "14th of December", "December, 17 2020"; with
** bDayOnly also a bare day "23" (the first end of "23 and 24 November").
** Returns tokens used; *pD gets y (0 if not given), m (0 for a bare day)
** and d.
*/
static int ruDatePoint(const Ru *p, int i, int bDayOnly, CommitDay *pD) {
  int j = i, k, m = 0, d = 0, y = 0;
  memset(pD, 0, sizeof(*pD));
  if( (k = ruMonth(p, j, &m))>0 ){
    j += k;
    if( ruPunct(p, j, ',') && (k = ruDay(p, j+1, &d))>0 && ruYear(p, j+1+k, &y) ){
      pD->y = y; pD->m = m; pD->d = d;       /* December, 17 2020 */
      return j+2+k-i;
    }
    if( (k = ruDay(p, j, &d))==0 ) return 0;
    j += k;
  }else if( (k = ruDay(p, j, &d))>0 ){
    int jj = j + k;
    if( ruWord(p, jj, "of") ) jj++;
    if( (k = ruMonth(p, jj, &m))>0 ){
      j = jj + k;
    }else if( bDayOnly ){
      j = j + (jj - j - (ruWord(p, jj-1, "of") ? 1 : 0));
    }else{
      return 0;
    }
  }else{
    return 0;
  }
  if( ruPunct(p, j, ',') && ruYear(p, j+1, &y) ) j += 2;
  else if( ruYear(p, j, &y) ) j += 1;
  pD->y = y; pD->m = m; pD->d = d;
  return j-i;
}

/*
** A date or an interval of dates: "December 12-14, 2007", "Feb. 14 to
** 16", "21 - 22 February 2013", "23 and 24 November", "December 30, 2007
** to January 2, 2008", "30 November - 2 December 2008".  A missing year
** or month of one end comes from the other.  Returns tokens used.
*/
static int ruDateInterval(const Ru *p, int i, CommitItem *pItem) {
  CommitDay a, b;
  int k, j;
  memset(&b, 0, sizeof(b));
  if( (k = ruDatePoint(p, i, 1, &a))==0 ) return 0;
  j = i + k;
  if( ruPunct(p, j, ',') && ruRangeSep(p, j+1) && !ruPunct(p, j+1, '-')
   && ruEntry(p, j+2, COMMIT_GAZ_WEEKDAY) ){
    j++;             /* "Tuesday, March 29, through Thursday, March 31" */
  }
  if( ruRangeSep(p, j) && ruEntry(p, j+1, COMMIT_GAZ_WEEKDAY)
   && ruDatePoint(p, ruEnd(p, j+1) + ruPunct(p, ruEnd(p, j+1), ','),
                  a.m!=0 && a.y==0, &b)>0 ){
    /* "Thursday 21 - Friday 22 February 2013": the second weekday */
    int jw = ruEnd(p, j+1);
    if( ruPunct(p, jw, ',') ) jw++;
    k = ruDatePoint(p, jw, a.m!=0 && a.y==0, &b);
    if( b.m!=0 || a.m!=0 ){
      j = jw + k;
      if( a.m==0 ) a.m = b.m;
      if( b.m==0 ) b.m = a.m;
      if( b.y==0 && a.y ) b.y = a.y + (b.m<a.m ? 1 : 0);
      if( a.y==0 && b.y ) a.y = b.y - (a.m>b.m ? 1 : 0);
      if( b.m<a.m && !(a.m==12 && b.m==1) ) b.d = 0;
      if( b.m==a.m && b.d<=a.d ) b.d = 0;
    }
  }else if( ruRangeSep(p, j) && (k = ruDatePoint(p, j+1, a.m!=0 && a.y==0, &b))>0
   && (b.m!=0 || a.m!=0) ){
    j += 1 + k;
    if( a.m==0 ) a.m = b.m;
    if( b.m==0 ) b.m = a.m;
    if( b.y==0 && a.y ) b.y = a.y + (b.m<a.m ? 1 : 0);
    if( a.y==0 && b.y ) a.y = b.y - (a.m>b.m ? 1 : 0);
    if( b.m<a.m && !(a.m==12 && b.m==1) ) b.d = 0;    /* not a range */
    if( b.m==a.m && b.d<=a.d ) b.d = 0;
  }
  if( a.m==0 ) return 0;
  if( b.d==0 ){
    /* A single day; a bare day alone is no date. */
    j = i + ruDatePoint(p, i, 0, &a);
    if( j==i ) return 0;
  }
  ruItem(p, pItem, COMMIT_ITEM_DATE, i, j);
  pItem->aVal[0] = a.y; pItem->aVal[1] = a.m; pItem->aVal[2] = a.d;
  if( b.d ){
    pItem->mFlag |= COMMIT_DF_RANGE;
    pItem->aVal[3] = b.y; pItem->aVal[4] = b.m; pItem->aVal[5] = b.d;
  }
  if( a.y==0 ) pItem->mFlag |= COMMIT_DF_NOYEAR;
  return j-i;
}

/*
** True if the month name at tokens i..j-1 opens a chronology's entry: at
** the start of a line, perhaps after a bullet, and followed by a dash, a
** colon or a bar ("* July - Bangkok. Senior officials ...", under a year's
** heading that gives its year).
*/
static int ruEntryMonth(const Ru *p, int i, int j) {
  int bLine = (p->a[i].mFlag & COMMIT_TF_NL)
           || (i>0 && ruPunct(p, i-1, '*') && (p->a[i-1].mFlag & COMMIT_TF_NL));
  if( !bLine || !(p->a[i].mFlag & COMMIT_TF_CAP) ) return 0;
  return ruPunct(p, j, '-') || ruPunct(p, j, ':') || ruPunct(p, j, '|');
}

/*
** A month and year ("October 2004", "October, 2004"), or a month alone
** after "in", "early", "late" ("in December": the year comes later).
*/
static int ruDateMonthYear(const Ru *p, int i, CommitItem *pItem) {
  int m = 0, y = 0, j, k;
  if( (k = ruMonth(p, i, &m))==0 ) return 0;
  j = i + k;
  if( ruPunct(p, j, ',') && ruYear(p, j+1, &y) ) j += 2;
  else if( ruYear(p, j, &y) ) j += 1;
  else if( !(ruWord(p, i-1, "in") || ruWord(p, i-1, "early")
             || ruWord(p, i-1, "late") || ruWord(p, i-1, "mid")
             || ruWord(p, i-1, "last") || ruWord(p, i-1, "next")
             || ruWord(p, i-1, "this")
             /* "were that July" (not "that May be") */
             || (ruWord(p, i-1, "that") && !ruLower(p, j))
             || ruEntryMonth(p, i, j)) ){
    return 0;                                      /* a bare month */
  }
  ruItem(p, pItem, COMMIT_ITEM_DATE, i, j);
  pItem->aVal[0] = y; pItem->aVal[1] = m;
  if( y==0 ) pItem->mFlag |= COMMIT_DF_NOYEAR;
  return j-i;
}

/*
** Numeric dates: ISO "2007-12-14"; slashed "11/06/2008" (month first,
** as US pages write it, unless the first number is above 12, or bDayFirst);
** dotted "29.10.2004" (day first, as European pages write it).
*/
static int ruDateNumericAt(const Ru *p, int i, int bDayFirst, CommitItem *pItem) {
  int a, b, c, y = 0;
  if( i+4>=p->n ) return 0;
  if( p->a[i].eType!=COMMIT_TOK_NUM || p->a[i+2].eType!=COMMIT_TOK_NUM
   || p->a[i+4].eType!=COMMIT_TOK_NUM ) return 0;
  if( !ruTouch(p, i) || !ruTouch(p, i+1) || !ruTouch(p, i+2)
   || !ruTouch(p, i+3) ) return 0;
  a = commitTokenNumber(p->z, &p->a[i]);
  b = commitTokenNumber(p->z, &p->a[i+2]);
  c = commitTokenNumber(p->z, &p->a[i+4]);
  ruItem(p, pItem, COMMIT_ITEM_DATE, i, i+5);
  if( ruPunct(p, i+1, '-') && ruPunct(p, i+3, '-') && ruYear(p, i, &y) ){
    pItem->aVal[0] = y; pItem->aVal[1] = b; pItem->aVal[2] = c;
  }else if( ruPunct(p, i+1, '/') && ruPunct(p, i+3, '/') && ruYear(p, i, &y) ){
    pItem->aVal[0] = y; pItem->aVal[1] = b; pItem->aVal[2] = c;   /* 2007/12/14 */
  }else if( ruPunct(p, i+1, '/') && ruPunct(p, i+3, '/') && ruYear(p, i+4, &y) ){
    pItem->aVal[0] = y;
    if( a>12 || bDayFirst ){ pItem->aVal[1] = b; pItem->aVal[2] = a; }
    else{ pItem->aVal[1] = a; pItem->aVal[2] = b; }
  }else if( ruPunct(p, i+1, '.') && ruPunct(p, i+3, '.') && ruYear(p, i+4, &y) ){
    pItem->aVal[0] = y; pItem->aVal[1] = b; pItem->aVal[2] = a;   /* 29.10.2004 */
  }else{
    return 0;
  }
  if( pItem->aVal[1]<1 || pItem->aVal[1]>12 || pItem->aVal[2]<1
   || pItem->aVal[2]>31 ){
    return 0;
  }
  return 5;
}

/*
** True if the text writes slashed dates day first: more of its dates
** "d/m/yyyy" can only be read so ("27/12/2024") than can only be read
** month first ("12/27/2024").  A Vietnamese page's "Updated: 10/01/2025"
** is then 10 January.  One pass over the bytes.
*/
int commitSlashDayFirst(const char *z, int n) {
  int i = 0, nDay = 0, nMonth = 0;
  while( i<n ){
    int a = 0, b = 0, la = 0, lb = 0, ly = 0, j;
    if( !(z[i]>='0' && z[i]<='9') || (i>0 && z[i-1]>='0' && z[i-1]<='9') ){ i++; continue; }
    for(j=i; j<n && la<3 && z[j]>='0' && z[j]<='9'; j++, la++) a = a*10 + z[j]-'0';
    if( la<1 || la>2 || j>=n || z[j]!='/' ){ i = j>i ? j : i+1; continue; }
    for(j++; j<n && lb<3 && z[j]>='0' && z[j]<='9'; j++, lb++) b = b*10 + z[j]-'0';
    if( lb<1 || lb>2 || j>=n || z[j]!='/' ){ i = j; continue; }
    for(j++; j<n && ly<5 && z[j]>='0' && z[j]<='9'; j++, ly++){}
    if( ly==4 && a>=1 && b>=1 ){
      if( a>12 && a<=31 && b<=12 ) nDay++;
      if( b>12 && b<=31 && a<=12 ) nMonth++;
    }
    i = j;
  }
  return nDay>nMonth;
}

/*
** A numeric date, or a range of days before one: "10-12/05/2006",
** "21-22.02.2013" (days first: a range of days names the day first).
*/
static int ruDateNumeric(const Ru *p, int i, CommitItem *pItem) {
  if( i+2<p->n && p->a[i].eType==COMMIT_TOK_NUM && ruPunct(p, i+1, '-')
   && ruTouch(p, i) && ruTouch(p, i+1)
   && ruDateNumericAt(p, i+2, 1, pItem)==5 ){
    int d0 = commitTokenNumber(p->z, &p->a[i]), yy;
    if( d0>=1 && d0<pItem->aVal[2] && !ruYear(p, i+2, &yy) ){
      CommitItem end = *pItem;
      ruItem(p, pItem, COMMIT_ITEM_DATE, i, i+7);
      pItem->mFlag |= COMMIT_DF_RANGE;
      pItem->aVal[0] = end.aVal[0]; pItem->aVal[1] = end.aVal[1]; pItem->aVal[2] = d0;
      pItem->aVal[3] = end.aVal[0]; pItem->aVal[4] = end.aVal[1]; pItem->aVal[5] = end.aVal[2];
      return 7;
    }
  }
  if( ruDateNumericAt(p, i, p->bDayFirst, pItem)!=5 ) return 0;
  if( i+10<p->n && (ruWord(p, i+5, "to") || ruWord(p, i+5, "through")
                   || ruWord(p, i+5, "until") || ruPunct(p, i+5, '-')) ){
    /* "2005-03-29 to 2005-03-31", "29.10.2004 - 31.10.2004": two numeric
    ** dates of one meeting, the later one its end (within two months) */
    CommitItem end;
    if( ruDateNumericAt(p, i+6, p->bDayFirst, &end)==5 ){
      int j0 = commitDayToJdn(pItem->aVal[0], pItem->aVal[1], pItem->aVal[2]);
      int j1 = commitDayToJdn(end.aVal[0], end.aVal[1], end.aVal[2]);
      if( j1>j0 && j1-j0<=62 ){
        CommitItem start = *pItem;
        ruItem(p, pItem, COMMIT_ITEM_DATE, i, i+11);
        pItem->mFlag |= COMMIT_DF_RANGE;
        pItem->aVal[0] = start.aVal[0]; pItem->aVal[1] = start.aVal[1];
        pItem->aVal[2] = start.aVal[2];
        pItem->aVal[3] = end.aVal[0]; pItem->aVal[4] = end.aVal[1];
        pItem->aVal[5] = end.aVal[2];
        return 11;
      }
    }
  }
  return 5;
}

/*
** A day and month without a year on a page that writes slashed dates day
** first: "In the morning of 19/11, at Ha Noi" (and "on 19/11", "(19/11)").
** Never a fraction or a count ("1/2", "24/7"): it must follow "of", "on"
** or "(" and name a real day of a month.
*/
static int ruDateDayMonth(const Ru *p, int i, CommitItem *pItem) {
  int d, m;
  if( !p->bDayFirst || i<1 || i+2>=p->n ) return 0;
  if( p->a[i].eType!=COMMIT_TOK_NUM || p->a[i+2].eType!=COMMIT_TOK_NUM
   || !ruPunct(p, i+1, '/') || !ruTouch(p, i) || !ruTouch(p, i+1) ) return 0;
  if( i+3<p->n && (ruPunct(p, i+3, '/') || ruPunct(p, i+3, '-'))
   && ruTouch(p, i+2) ) return 0;
  if( !(ruWord(p, i-1, "of") || ruWord(p, i-1, "on") || ruPunct(p, i-1, '(')) ) return 0;
  d = commitTokenNumber(p->z, &p->a[i]);
  m = commitTokenNumber(p->z, &p->a[i+2]);
  if( d<1 || d>31 || m<1 || m>12 ) return 0;
  ruItem(p, pItem, COMMIT_ITEM_DATE, i, i+3);
  pItem->aVal[1] = m;
  pItem->aVal[2] = d;
  pItem->mFlag |= COMMIT_DF_NOYEAR;
  return 3;
}

/* Cable date-time group: "190614Z DEC 07" -> 2007-12-19. */
static int ruDateDtg(const Ru *p, int i, CommitItem *pItem) {
  const CommitToken *t = &p->a[i];
  int m = 0, k, d, yy;
  if( t->eType!=COMMIT_TOK_WORD || t->iEnd - t->iStart!=7 ) return 0;
  if( p->z[t->iEnd-1]!='Z' ) return 0;
  d = commitTokenNumber(p->z, t);
  if( d<0 || d>=320000 ) return 0;
  d /= 10000;
  if( (k = ruMonth(p, i+1, &m))==0 ) return 0;
  if( i+1+k>=p->n || p->a[i+1+k].eType!=COMMIT_TOK_NUM
   || p->a[i+1+k].iEnd - p->a[i+1+k].iStart!=2 ) return 0;
  yy = commitTokenNumber(p->z, &p->a[i+1+k]);
  ruItem(p, pItem, COMMIT_ITEM_DATE, i, i+2+k);
  pItem->aVal[0] = yy<70 ? 2000+yy : 1900+yy;
  pItem->aVal[1] = m;
  pItem->aVal[2] = d;
  pItem->mFlag |= COMMIT_DF_DATELINE;
  return 2+k;
}

/*
** A year alone ("in 2004", "late 2003", "mid-2003"), or a period of years
** ("2008-2010", "2008- 2010", "2015 to 2018", "2011-13") as a PERIOD item.
*/
static int ruDateYearOnly(const Ru *p, int i, CommitItem *pItem) {
  int y = 0, y2 = 0, j;
  if( !ruYear(p, i, &y) ) return 0;
  /* a Buddhist Era year counts only in a full date ("29 July 2547"), not
  ** alone ("News No. 96/2547", "2550 cases") */
  if( commitTokenNumber(p->z, &p->a[i])>2099 ) return 0;
  j = i+1;
  if( (ruPunct(p, j, '-') || ruWord(p, j, "to") || ruPunct(p, j, '/'))
   && j+1<p->n && p->a[j+1].eType==COMMIT_TOK_NUM
   && !(ruPunct(p, j+2, '-') && ruTouch(p, j+1)) ){   /* not "2007-13-01" */
    int v = commitTokenNumber(p->z, &p->a[j+1]);
    int nDig = p->a[j+1].iEnd - p->a[j+1].iStart;
    if( nDig==4 && v>=y && v<=y+30 ) y2 = v;
    else if( nDig==2 && (y/100)*100 + v>y ) y2 = (y/100)*100 + v;
  }
  if( y2 ){
    ruItem(p, pItem, COMMIT_ITEM_PERIOD, i, j+2);
    pItem->aVal[0] = y;
    pItem->aVal[1] = y2;
    return 3;
  }
  ruItem(p, pItem, COMMIT_ITEM_DATE, i, i+1);
  pItem->aVal[0] = y;
  return 1;
}

/* A weekday, or a weekday range "from Wednesday to Friday". */
static int ruDateWeekday(const Ru *p, int i, CommitItem *pItem) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_WEEKDAY);
  const CommitGazEntry *e2;
  int j;
  if( e==0 ) return 0;
  j = ruEnd(p, i);
  ruItem(p, pItem, COMMIT_ITEM_DATE, i, j);
  pItem->mFlag |= COMMIT_DF_WEEKDAY;
  pItem->aVal[6] = e->iValue;
  pItem->aVal[7] = -1;
  if( (ruPunct(p, j, '-') || ruWord(p, j, "to") || ruWord(p, j, "and")
       || ruWord(p, j, "through"))
   && (e2 = ruEntry(p, j+1, COMMIT_GAZ_WEEKDAY))!=0 ){
    int j2 = ruEnd(p, j+1);
    pItem->aVal[7] = e2->iValue;
    pItem->mFlag |= COMMIT_DF_RANGE;
    pItem->iTokEnd = j2;
    pItem->iEnd = p->a[j2-1].iEnd;
    j = j2;
  }
  return j-i;
}

/*
** Recognise a date expression starting at token i.  On success fill
** *pOut and return the number of tokens used, else return 0.  A weekday
** followed by an explicit date ("Thursday, Feb. 16") is that date.
*/
/*
** A date without a year over [i,j) placed against the report's date by
** the words around it: "last December" (the latest December before),
** "next March", "in March last year", "15 May of this year".  Sets the
** flags of *pOut and returns the tokens used after j.
*/
static int ruDateRelYear(const Ru *p, int i, int j, CommitItem *pOut) {
  int k = j;
  if( !(pOut->mFlag & COMMIT_DF_NOYEAR) ) return 0;
  if( ruWord(p, i-1, "last") ) pOut->mFlag |= COMMIT_DF_LAST;
  if( ruWord(p, i-1, "next") ) pOut->mFlag |= COMMIT_DF_FUTURE;
  if( ruWord(p, i-1, "that") && pOut->aVal[1] && !pOut->aVal[2] ){
    /* "signed the MoU in October 2004, and the first talks were that
    ** July": the month of the year last told */
    pOut->mFlag |= COMMIT_DF_SAMEYEAR;
  }
  if( ruPunct(p, k, ',') && ruWord(p, k+2, "year") ) k++;
  if( ruWord(p, k, "of") ) k++;
  if( ruWord(p, k, "the") && (ruWord(p, k+1, "previous") || ruWord(p, k+1, "following"))
   && ruWord(p, k+2, "year") && pOut->aVal[7]==0 ){
    /* "in February of the previous year": the year before the one last
    ** told (aVal[7] years from it) */
    pOut->mFlag |= COMMIT_DF_SAMEYEAR;
    pOut->aVal[7] = ruWord(p, k+1, "previous") ? -1 : 1;
    pOut->iTokEnd = k+3;
    pOut->iEnd = p->a[k+2].iEnd;
    return k+3-j;
  }
  if( ruWord(p, k, "that") && ruWord(p, k+1, "year") ){
    /* "in October of that year", "from 12 to 14 December that year" */
    pOut->mFlag |= COMMIT_DF_SAMEYEAR;
    pOut->iTokEnd = k+2;
    pOut->iEnd = p->a[k+1].iEnd;
    return k+2-j;
  }
  if( ruWord(p, k, "the") && ruWord(p, k+1, "same") && ruWord(p, k+2, "year") ){
    /* "in October of the same year", "in October, the same year" */
    pOut->mFlag |= COMMIT_DF_SAMEYEAR;
    pOut->iTokEnd = k+3;
    pOut->iEnd = p->a[k+2].iEnd;
    return k+3-j;
  }
  if( !ruWord(p, k+1, "year") ) return 0;
  if( ruWord(p, k, "last") ) pOut->mFlag |= COMMIT_DF_PREVYEAR;
  else if( ruWord(p, k, "next") ) pOut->mFlag |= COMMIT_DF_NEXTYEAR;
  else if( !ruWord(p, k, "this") ) return 0;
  pOut->iTokEnd = k+2;
  pOut->iEnd = p->a[k+1].iEnd;
  return k+2-j;
}

static int ruPlannedFor(const Ru *p, int i);

/*
** True if "last year", "next year" or "this year" (or "... month") at
** token i dates a
** meeting: it opens the sentence or follows the meeting, its place ("in"
** a city or country) or its
** verb, perhaps through "early", "late", "mid" ("at the fourth IMM in
** Phnom Penh last year", "SOM11 was held last year", "Last year in Phnom
** Penh, ...", "planned for Bangkok early next year"); "confirm them early
** next year" dates no meeting.
*/
static int ruCodeToken(const Ru *p, int i, int *pSeries, int *pNum);

static int ruRelativeOfMeeting(const Ru *p, int i) {
  int b = i, c;
  if( !(ruWord(p, i, "last") || ruWord(p, i, "next") || ruWord(p, i, "this"))
   || !(ruWord(p, i+1, "year") || ruWord(p, i+1, "month")) ){
    return 0;
  }
  if( ruPunct(p, i+2, '\'') && ruWord(p, i+3, "s") ){
    /* "last year's third Inter-Ministerial Meeting": a meeting named
    ** within a few words */
    int k;
    for(k=i+4; k<p->n && k<i+9; k++){
      int cv = p->aCover[k];
      if( cv>=0 && (ruHit(p, cv, COMMIT_GAZ_SERIES) || ruHit(p, cv, COMMIT_GAZ_MEETWORD)) ){
        /* one meeting: not "this year's meetings" */
        const char *zE = p->z + p->a[ruEnd(p, cv)-1].iEnd - 1;
        return *zE!='s' || ruWord(p, ruEnd(p, cv)-1, "talks");
      }
      if( p->a[k].eType==COMMIT_TOK_PUNCT && !ruPunct(p, k, '-') ) break;
    }
  }
  if( ruWord(p, i-1, "early") || ruWord(p, i-1, "late") || ruWord(p, i-1, "mid")
   || ruWord(p, i-1, "later") || ruWord(p, i-1, "earlier") ){
    b = i-1;
  }
  if( b==0 ) return 1;
  /* "met online this month" */
  if( (ruWord(p, b-1, "online") || ruWord(p, b-1, "virtually"))
   && b>=2 && p->aCover[b-2]>=0 && ruHit(p, p->aCover[b-2], COMMIT_GAZ_MEETVERB) ){
    return 1;
  }
  {
    /* "Thailand will host SOM9 early next year": a meeting's code */
    int eS = 0, v = 0;
    if( ruCodeToken(p, b-1, &eS, &v) && eS ) return 1;
  }
  c = p->aCover[b-1];
  return c>=0 && (ruHit(p, c, COMMIT_GAZ_CITY) || ruHit(p, c, COMMIT_GAZ_SERIES)
                  || ruHit(p, c, COMMIT_GAZ_MEETWORD) || ruHit(p, c, COMMIT_GAZ_MEETVERB)
                  || (ruHit(p, c, COMMIT_GAZ_COUNTRY)
                      && (ruWord(p, c-1, "in") || ruPlannedFor(p, c))));
}

/* A number of 0..99 in words at token i ("twelve", "twenty-one", "four"):
** tokens used, value in *pV. */
static int ruSmallWords(const Ru *p, int i, int *pV) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_CARDINAL);
  int k;
  if( e==0 || e->iValue>=100 ) return 0;
  k = p->aMent[i].nTok;
  *pV = e->iValue;
  if( e->iValue>=20 && e->iValue%10==0 && ruPunct(p, i+k, '-') ){
    const CommitGazEntry *u = ruEntry(p, i+k+1, COMMIT_GAZ_CARDINAL);
    if( u && u->iValue<10 ){
      *pV += u->iValue;
      k += 1 + p->aMent[i+k+1].nTok;
    }
  }
  return k;
}

/*
** A date as legal texts write it: "this sixteenth day of February in the
** year two thousand and twelve", "the 29th day of October, 2004".
*/
static int ruDateLegal(const Ru *p, int i, CommitItem *pOut) {
  const CommitGazEntry *eD = ruEntry(p, i, COMMIT_GAZ_ORDINAL);
  const CommitGazEntry *eM;
  int d = 0, j, y = 0, v = 0, k;
  if( eD ){
    d = eD->iValue;
    j = ruEnd(p, i);
  }else if( i<p->n && p->a[i].eType==COMMIT_TOK_WORD ){
    /* "29th" */
    const char *z = p->z + p->a[i].iStart;
    int n = p->a[i].iEnd - p->a[i].iStart, q = 0;
    while( q<n && q<2 && z[q]>='0' && z[q]<='9' ){ d = d*10 + z[q]-'0'; q++; }
    if( q==0 || n-q!=2 ) d = 0;
    j = i+1;
  }else{
    return 0;
  }
  if( d<1 || d>31 || !ruWord(p, j, "day") || !ruWord(p, j+1, "of") ) return 0;
  eM = ruEntry(p, j+2, COMMIT_GAZ_MONTH);
  if( eM==0 ) return 0;
  j = ruEnd(p, j+2);
  if( ruPunct(p, j, ',') ) j++;
  if( ruWord(p, j, "in") && ruWord(p, j+1, "the") && ruWord(p, j+2, "year") ){
    j += 3;
    if( ruWord(p, j, "of") ) j++;
  }
  if( ruYear(p, j, &y) ){
    j++;
  }else if( ruEntry(p, j, COMMIT_GAZ_CARDINAL) && ruEntry(p, j, COMMIT_GAZ_CARDINAL)->iValue==2
         && ruWord(p, j+1, "thousand") ){
    /* "two thousand and twelve", "two thousand four" */
    y = 2000;
    j += 2;
    if( ruWord(p, j, "and") && ruEntry(p, j+1, COMMIT_GAZ_CARDINAL) ) j++;
    if( (k = ruSmallWords(p, j, &v))>0 ){
      y += v;
      j += k;
    }
  }else{
    return 0;
  }
  ruItem(p, pOut, COMMIT_ITEM_DATE, i, j);
  pOut->aVal[0] = y; pOut->aVal[1] = eM->iValue; pOut->aVal[2] = d;
  return j-i;
}

/* Day of a "14th" token (1..31), or 0. */
static int ruDayOrdinal(const Ru *p, int i) {
  const char *z;
  int n, q = 0, d = 0;
  if( i<0 || i>=p->n || p->a[i].eType!=COMMIT_TOK_WORD ) return 0;
  z = p->z + p->a[i].iStart;
  n = p->a[i].iEnd - p->a[i].iStart;
  while( q<n && q<2 && z[q]>='0' && z[q]<='9' ){ d = d*10 + z[q]-'0'; q++; }
  if( q==0 || n-q!=2 ) return 0;
  if( !((z[q]=='t' && z[q+1]=='h') || (z[q]=='s' && z[q+1]=='t')
        || (z[q]=='n' && z[q+1]=='d') || (z[q]=='r' && z[q+1]=='d')) ) return 0;
  return d>=1 && d<=31 ? d : 0;
}

/*
** A day alone, of the report's month: "on the 14th", "on the 28th and
** 29th".  Not "the 10th anniversary", "the 28th ASEAN Summit".
*/
static int ruDateDayOnly(const Ru *p, int i, CommitItem *pOut) {
  int d, d2 = 0, j;
  if( !ruWord(p, i, "the")
   || !(ruWord(p, i-1, "on") || ruWord(p, i-1, "of") || ruWord(p, i-1, "through")
        || ruWord(p, i-1, "until") || ruWord(p, i-1, "till")
        || ruEntry(p, i-1, COMMIT_GAZ_WEEKDAY)) ){    /* "Thursday the 30th" */
    return 0;                     /* "runs through the 15th" too */
  }
  if( (d = ruDayOrdinal(p, i+1))==0 ) return 0;
  j = i+2;
  if( (ruWord(p, j, "and") || ruPunct(p, j, '-') || ruWord(p, j, "to"))
   && (d2 = ruDayOrdinal(p, j+1 + ruWord(p, j+1, "the")))>d ){
    j += 2 + ruWord(p, j+1, "the");
  }else{
    d2 = 0;
  }
  if( j<p->n && p->a[j].eType==COMMIT_TOK_WORD
   && ((p->a[j].mFlag & COMMIT_TF_CAP) || ruEntry(p, j, COMMIT_GAZ_MEETWORD)
       || ruEntry(p, j, COMMIT_GAZ_MONTH) || ruWord(p, j, "of")
       || ruWord(p, j, "anniversary") || ruWord(p, j, "century")
       || ruWord(p, j, "year") || ruWord(p, j, "time") || ruWord(p, j, "day")) ){
    return 0;
  }
  /* "the plan of the 2nd phase": after "of", a word makes it an ordinal;
  ** "the afternoon of the 14th," is a day */
  if( ruWord(p, i-1, "of") && j<p->n && p->a[j].eType==COMMIT_TOK_WORD ) return 0;
  ruItem(p, pOut, COMMIT_ITEM_DATE, i+1, j);
  pOut->mFlag |= COMMIT_DF_DAYONLY | COMMIT_DF_NOYEAR;
  pOut->aVal[2] = d;
  if( d2 ){
    pOut->mFlag |= COMMIT_DF_RANGE;
    pOut->aVal[5] = d2;
  }
  return j-i;
}

/* True if token i is a title-case word no gazetteer entry covers: a
** surname in a citation. */
static int ruSurname(const Ru *p, int i) {
  const CommitToken *t;
  int q;
  if( i<0 || i>=p->n || p->a[i].eType!=COMMIT_TOK_WORD || p->aCover[i]>=0 ) return 0;
  t = &p->a[i];
  if( !(t->mFlag & COMMIT_TF_CAP) || t->iEnd - t->iStart<2 ) return 0;
  for(q=t->iStart+1; q<t->iEnd; q++){
    if( !(p->z[q]>='a' && p->z[q]<='z') ) return 0;
  }
  return 1;
}

/* True if the year at token i is a citation's: "(Okafor 2011, p. 47)",
** "(Marlow 2006; Seng 2008)", "Marlow (2006, p. 12)". */
static int ruCitation(const Ru *p, int i) {
  int bEnd = ruPunct(p, i+1, ')') || ruPunct(p, i+1, ';')
          || (ruPunct(p, i+1, ',') && ruWord(p, i+2, "p"));
  if( !bEnd ) return 0;
  if( ruSurname(p, i-1) ) return 1;
  return ruPunct(p, i-1, '(') && ruSurname(p, i-2);
}

/*
** A day told as an ordinal word, as speech and transcripts say it: "the
** sixteenth of February 2012", "the fourteenth and fifteenth of February",
** "the 28th to the 30th of April 2015".  Returns tokens used.
*/
static int ruDateOrdinalOf(const Ru *p, int i, CommitItem *pItem) {
  const CommitGazEntry *e;
  int j, d1, d2 = 0, m, y = 0, k;
  if( !ruWord(p, i, "the") ) return 0;
  if( (e = ruEntry(p, i+1, COMMIT_GAZ_ORDINAL))!=0 ){
    d1 = e->iValue;
    j = ruEnd(p, i+1);
  }else if( (k = ruDay(p, i+1, &d1))>0 && (k==2 || p->a[i+1].eType==COMMIT_TOK_WORD) ){
    j = i+1+k;
  }else{
    return 0;
  }
  if( d1<1 || d1>31 ) return 0;
  if( ruWord(p, j, "and") || ruWord(p, j, "to") || ruWord(p, j, "through")
   || (ruPunct(p, j, '-') && !ruWord(p, j+1, "of")) ){
    int j2 = j+1;
    if( ruWord(p, j2, "the") ) j2++;
    if( (e = ruEntry(p, j2, COMMIT_GAZ_ORDINAL))!=0 ){
      d2 = e->iValue;
      j2 = ruEnd(p, j2);
    }else if( (k = ruDay(p, j2, &d2))>0 && (k==2 || p->a[j2].eType==COMMIT_TOK_WORD) ){
      j2 += k;
    }else{
      d2 = 0;
    }
    if( d2>d1 && d2<=31 && ruWord(p, j2, "of") ) j = j2;
    else d2 = 0;
  }
  if( !ruWord(p, j, "of") || (k = ruMonth(p, j+1, &m))==0 ) return 0;
  j += 1 + k;
  if( ruPunct(p, j, ',') && ruYear(p, j+1, &y) ) j += 2;
  else if( ruYear(p, j, &y) ) j++;
  ruItem(p, pItem, COMMIT_ITEM_DATE, i+1, j);
  pItem->aVal[0] = y;
  pItem->aVal[1] = m;
  pItem->aVal[2] = d1;
  if( y==0 ) pItem->mFlag |= COMMIT_DF_NOYEAR;
  if( d2 ){
    pItem->mFlag |= COMMIT_DF_RANGE;
    pItem->aVal[3] = y; pItem->aVal[4] = m; pItem->aVal[5] = d2;
  }
  return j-i;
}

static int ruDate(const Ru *p, int i, CommitItem *pOut) {
  int k, j = i;
  const CommitGazEntry *e;
  if( (e = ruEntry(p, i, COMMIT_GAZ_WEEKDAY))!=0 ){
    /* Skip the weekday if an explicit date follows. */
    j = ruEnd(p, i);
    if( ruPunct(p, j, '.') ) j++;
    if( ruPunct(p, j, ',') ) j++;
    if( ruPunct(p, j, '(') ) j++;
    if( (k = ruDateInterval(p, j, pOut))>0
     || (k = ruDateNumeric(p, j, pOut))>0
     /* "on Thursday the 30th" */
     || ((ruWord(p, j, "the") || (j<p->n && p->a[j].eType==COMMIT_TOK_NUM))
         && (k = ruDateDayOnly(p, j, pOut))>0) ){
      pOut->iTok = i;
      pOut->iStart = p->a[i].iStart;
      if( pOut->aVal[0]==0 && pOut->aVal[2] && !(pOut->mFlag & COMMIT_DF_RANGE) ){
        /* "On Thursday, 16 February": the weekday tells the year */
        pOut->mFlag |= COMMIT_DF_NAMEDWD;
        pOut->aVal[6] = e->iValue;
      }
      return j + k - i;
    }
    return ruDateWeekday(p, i, pOut);
  }
  if( (k = ruDateNumeric(p, i, pOut))>0 ) return k;
  if( (k = ruDateOrdinalOf(p, i, pOut))>0 ) return k;
  if( (k = ruDateDayMonth(p, i, pOut))>0 ) return k;
  if( (k = ruDateLegal(p, i, pOut))>0 ) return k;
  if( (k = ruDateDayOnly(p, i, pOut))>0 ) return k;
  if( (ruWord(p, i, "the") && (ruWord(p, i+1, "following") || ruWord(p, i+1, "next"))
       && ruWord(p, i+2, "day"))
   || (ruWord(p, i, "a") && ruWord(p, i+1, "day") && ruWord(p, i+2, "later")) ){
    /* "The following day, ministers ...": the day after the date before */
    ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+3);
    pOut->mFlag |= COMMIT_DF_NEXTDAY | COMMIT_DF_NOYEAR;
    pOut->aVal[7] = 1;
    return 3;
  }
  if( ((ruWord(p, i, "the") && ruWord(p, i+1, "previous") && ruWord(p, i+2, "day"))
       || ((ruWord(p, i, "the") || ruWord(p, i, "a")) && ruWord(p, i+1, "day")
           && (ruWord(p, i+2, "earlier") || ruWord(p, i+2, "before"))))
   && ruPunct(p, i+3, ',') ){
    /* "The day before, senior officials had closed SOM8": the day before
    ** the date before (not "the day before the signing") */
    ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+3);
    pOut->mFlag |= COMMIT_DF_NEXTDAY | COMMIT_DF_NOYEAR;
    pOut->aVal[7] = -1;
    return 3;
  }
  {
    /* "14-15 Feb / 16 Feb 2012" in a row of "SOM8 / IMM3": the first part
    ** has its month, and takes the second's year */
    int m0 = 0, nM;
    if( i+6<p->n && p->a[i].eType==COMMIT_TOK_NUM && ruPunct(p, i+1, '-')
     && p->a[i+2].eType==COMMIT_TOK_NUM && (nM = ruMonth(p, i+3, &m0))>0
     && ruPunct(p, i+3+nM, '/') && ruDateInterval(p, i+4+nM, pOut)>0
     && pOut->aVal[0] && pOut->aVal[1] ){
      int y = pOut->aVal[0];
      int d0 = commitTokenNumber(p->z, &p->a[i]), d1 = commitTokenNumber(p->z, &p->a[i+2]);
      if( d0>=1 && d0<d1 && d1<=31 ){
        ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+3+nM);
        pOut->mFlag |= COMMIT_DF_RANGE | COMMIT_DF_PAIR;
        pOut->aVal[0] = pOut->aVal[3] = y;
        pOut->aVal[1] = pOut->aVal[4] = m0;
        pOut->aVal[2] = d0;
        pOut->aVal[5] = d1;
        return 3+nM;
      }
    }
  }
  if( i+4<p->n && p->a[i].eType==COMMIT_TOK_NUM && ruPunct(p, i+1, '-')
   && p->a[i+2].eType==COMMIT_TOK_NUM && (ruPunct(p, i+3, '/') || ruWord(p, i+3, "and"))
   && ruDateInterval(p, i+4, pOut)>0 && pOut->aVal[1]
   && (ruPunct(p, i+3, '/') || !(pOut->mFlag & COMMIT_DF_RANGE)) ){
    /* "14-15 / 16 Feb 2012" in a row of "SOM8 / IMM3", "14-15 and 16
    ** February, Hanoi - SOM8 and IMM3 respectively": the days of each
    ** meeting, in order; the first part takes the second's month and
    ** year, and both are flagged to pair with the meetings. */
    int y = pOut->aVal[0], m = pOut->aVal[1];
    int d0 = commitTokenNumber(p->z, &p->a[i]), d1 = commitTokenNumber(p->z, &p->a[i+2]);
    if( d0>=1 && d0<d1 && d1<=31 ){
      ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+3);
      pOut->mFlag |= COMMIT_DF_RANGE | COMMIT_DF_PAIR;
      if( y==0 ) pOut->mFlag |= COMMIT_DF_NOYEAR;
      pOut->aVal[0] = pOut->aVal[3] = y;
      pOut->aVal[1] = pOut->aVal[4] = m;
      pOut->aVal[2] = d0;
      pOut->aVal[5] = d1;
      return 3;
    }
  }
  if( (k = ruDateInterval(p, i, pOut))>0 ) return k + ruDateRelYear(p, i, i+k, pOut);
  if( (k = ruDateMonthYear(p, i, pOut))>0 ) return k + ruDateRelYear(p, i, i+k, pOut);
  {
    /* "2004 (Oct) - MOU signed in Yangon": a chronology's year with its
    ** month in brackets */
    int y = 0, m = 0, nM;
    if( ruYear(p, i, &y) && ruPunct(p, i+1, '(') && (nM = ruMonth(p, i+2, &m))>0
     && ruPunct(p, i+2+nM, ')') ){
      ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+3+nM);
      pOut->aVal[0] = y;
      pOut->aVal[1] = m;
      return 3+nM;
    }
  }
  if( (k = ruDateDtg(p, i, pOut))>0 ) return k;
  if( (ruWord(p, i, "last") || ruWord(p, i, "next") || ruWord(p, i, "this"))
   && ruWord(p, i+1, "month")
   && (i==0 || (i<=2 && ruPunct(p, i-1, ':'))     /* "A: Last month, on ..." */
       || ruRelativeOfMeeting(p, i)) ){
    /* "Last month's sixth IMM in Hanoi": the month before the report's
    ** (aVal[7] months from it: -1, 0, 1). */
    ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+2);
    pOut->mFlag |= COMMIT_DF_NOYEAR | COMMIT_DF_RELMONTH;
    pOut->aVal[7] = ruWord(p, i, "last") ? -1 : ruWord(p, i, "next") ? 1 : 0;
    return 2;
  }
  if( ruRelativeOfMeeting(p, i) ){
    ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+2);
    pOut->mFlag |= COMMIT_DF_NOYEAR | (ruWord(p, i, "last") ? COMMIT_DF_PREVYEAR
                                       : ruWord(p, i, "next") ? COMMIT_DF_NEXTYEAR
                                       : COMMIT_DF_THISYEAR);
    return 2;
  }
  {
    /* "Twelve years ago", "12 years ago": that many years before the
    ** report's date (aVal[7]). */
    const CommitGazEntry *c = ruEntry(p, i, COMMIT_GAZ_CARDINAL);
    int v = c ? c->iValue : (i<p->n && p->a[i].eType==COMMIT_TOK_NUM
                             ? commitTokenNumber(p->z, &p->a[i]) : 0);
    k = c ? p->aMent[i].nTok : 1;
    if( v>=1 && v<=60 && ruWord(p, i+k, "years") && ruWord(p, i+k+1, "ago")
     && ruWord(p, i+k+2, "today") ){
      /* "Twenty years ago today": the report's day, that many years back
      ** (aVal[7]) */
      ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+k+3);
      pOut->mFlag |= COMMIT_DF_RELDAY;
      pOut->aVal[6] = 0;
      pOut->aVal[7] = v;
      return k+3;
    }
    if( v>=1 && v<=60 && ruWord(p, i+k, "years") && ruWord(p, i+k+1, "ago") ){
      ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+k+2);
      pOut->mFlag |= COMMIT_DF_NOYEAR | COMMIT_DF_PREVYEAR;
      pOut->aVal[7] = v;
      return k+2;
    }
  }
  if( (k = ruDateYearOnly(p, i, pOut))>0 ) return k;
  if( (e = ruEntry(p, i, COMMIT_GAZ_RELDAY))!=0 ){
    k = p->aMent[i].nTok;
    ruItem(p, pOut, COMMIT_ITEM_DATE, i, i+k);
    pOut->mFlag |= COMMIT_DF_RELDAY;
    pOut->aVal[6] = e->iValue;
    return k;
  }
  return 0;
}

/* Duration: "two-day", "2-day", "three days", "one-day".  Tokens used. */
static int ruDuration(Ru *p, int i) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_CARDINAL);
  int v = 0, j;
  CommitItem it;
  if( e ){
    v = e->iValue;
    j = ruEnd(p, i);
  }else if( i<p->n && p->a[i].eType==COMMIT_TOK_NUM ){
    v = commitTokenNumber(p->z, &p->a[i]);
    j = i+1;
  }else{
    return 0;
  }
  if( v<1 || v>31 ) return 0;
  if( ruPunct(p, j, '-') && ruWord(p, j+1, "day") ) j += 2;
  else if( ruWord(p, j, "days") && !ruWord(p, j+1, "of")
        && !ruWord(p, j+1, "ago") && !ruWord(p, j+1, "later")
        && !ruWord(p, j+1, "before") && !ruWord(p, j+1, "after") ) j += 1;
  else return 0;
  if( ruPunct(p, j, '-') && ruWord(p, j+1, "long") ) j += 2;
  ruItem(p, &it, COMMIT_ITEM_DURATION, i, j);
  it.aVal[0] = v;
  ruAdd(p, &it);
  return j-i;
}

/* ==== Meetings ========================================================= */

/* Parse "IMM3", "SOM10" (any case): series and number, or 0. */
static int ruCodeToken(const Ru *p, int i, int *pSeries, int *pNum) {
  const CommitToken *t;
  const char *zT;
  int n, v = 0, k;
  if( i<0 || i>=p->n ) return 0;
  t = &p->a[i];
  if( t->eType!=COMMIT_TOK_WORD ) return 0;
  zT = p->z + t->iStart;
  n = t->iEnd - t->iStart;
  if( n<3 ) return 0;
  if( (zT[0]|0x20)=='i' && (zT[1]|0x20)=='m' && (zT[2]|0x20)=='m' ){
    *pSeries = COMMIT_SERIES_IMM;
  }else if( (zT[0]|0x20)=='s' && (zT[1]|0x20)=='o' && (zT[2]|0x20)=='m' ){
    *pSeries = COMMIT_SERIES_SOM;
  }else{
    return 0;
  }
  /* Lower-case "som" or "imm" as a word in prose is not a code unless a
  ** number follows: "imm-2". */
  if( n==3 ){
    if( !(t->mFlag & COMMIT_TF_UPPER) ){
      int j = i+1;
      if( j<p->n && p->a[j].eType==COMMIT_TOK_PUNCT && p->a[j].cPunct=='-' ) j++;
      if( j>=p->n || p->a[j].eType!=COMMIT_TOK_NUM ) return 0;
    }
    *pNum = 0;
    return 1;
  }
  for(k=3; k<n; k++){
    if( zT[k]<'0' || zT[k]>'9' || k>5 ) return 0;
    v = v*10 + zT[k]-'0';
  }
  if( v<1 || v>99 ) return 0;
  *pNum = v;
  return 1;
}

/*
** Ordinal ending at token iEnd-1: "second", "6th", "8 th", "twenty-first".
** Returns its value, or 0; *piStart is set to its first token.
*/
static int ruOrdinalBefore(const Ru *p, int iEnd, int *piStart) {
  int i = iEnd-1, v, j;
  if( i<0 ) return 0;
  /* A word ordinal: the mention covering token i. */
  j = p->aCover[i];
  if( j>=0 && j+p->aMent[j].nTok==iEnd ){
    const CommitGazEntry *e = ruEntry(p, j, COMMIT_GAZ_ORDINAL);
    if( e ){
      /* "Wednesday's session is not the first ministerial meeting in the
      ** capital": no meeting of that number */
      if( ruWord(p, j-1, "the") && ruWord(p, j-2, "not") ) return 0;
      *piStart = j;
      return e->iValue;
    }
  }
  if( p->a[i].eType==COMMIT_TOK_WORD && (p->a[i].mFlag & COMMIT_TF_DIGIT) ){
    int d = 0;
    if( ruDay(p, i, &d)==1 ){ *piStart = i; return d; }
  }
  if( i>=1 && (ruWord(p, i, "th") || ruWord(p, i, "st") || ruWord(p, i, "nd")
               || ruWord(p, i, "rd")) && p->a[i-1].eType==COMMIT_TOK_NUM ){
    v = commitTokenNumber(p->z, &p->a[i-1]);
    if( v>=1 && v<=99 ){ *piStart = i-1; return v; }
  }
  return 0;
}

/*
** Where an ordinal before the meeting word at token i would end: past the
** filler words (ruSkipLeftFiller), a level in the possessive ("the first
** senior officials' talks") and "-ever" ("the first-ever ministerial
** meeting").
*/
static int ruSkipLeftFiller(const Ru *p, int iEnd);
static int ruOrdinalLead(const Ru *p, int i) {
  int k = ruSkipLeftFiller(p, i);
  if( ruPunct(p, k-1, '\'') && ruWord(p, k-2, "officials") && ruWord(p, k-3, "senior") ){
    k = ruSkipLeftFiller(p, k-3);      /* "the first COMMIT senior officials' talks" */
  }else if( ruPunct(p, k-1, '\'') && ruWord(p, k-2, "ministers") ){
    k = ruSkipLeftFiller(p, k-2);
  }
  if( ruWord(p, k-1, "ever") && ruPunct(p, k-2, '-') ) k -= 2;
  return k;
}

/*
** Skip leftwards from token iEnd over what may stand between an ordinal
** and a meeting or document name: "COMMIT", a parenthesised expansion,
** "the".  Returns the new end (exclusive).
*/
static int ruSkipLeftFiller(const Ru *p, int iEnd) {
  int i = iEnd;
  int nGuard = 0;
  while( i>0 && nGuard++<4 ){
    int j = i-1;
    if( ruPunct(p, j, ')') ){
      int k = j-1, nSpan = 0;
      while( k>=0 && !ruPunct(p, k, '(') && nSpan<24 ){ k--; nSpan++; }
      if( k<0 || !ruPunct(p, k, '(') ) break;
      i = k;
      continue;
    }
    if( p->aCover[j]>=0 ){
      const CommitGazHit *h = ruHit(p, p->aCover[j], COMMIT_GAZ_ORG);
      if( h && commitGazIsProcess(h->iEntry) ){
        i = p->aCover[j];
        continue;
      }
    }
    if( ruWord(p, j, "commit") || ruWord(p, j, "regional")
     || ruWord(p, j, "annual") || ruWord(p, j, "joint")
     /* "the third such ministerial meeting" */
     || (ruWord(p, j, "such") && j>0 && ruEntry(p, p->aCover[j-1]>=0 ? p->aCover[j-1] : j-1,
                                                COMMIT_GAZ_ORDINAL)) ){
      i = j;
      continue;
    }
    break;
  }
  return i;
}

/*
** True if the meeting named "first" over tokens [i,iEnd) is the first of a
** kind, not of its series: "the first ministerial meeting of the process
** to be held online", "the first SOM ever held outside a capital", "the
** first COMMIT meeting on Burmese soil".
*/
static int ruFirstOfAKind(const Ru *p, int i, int iEnd) {
  int k, j = iEnd;
  for(k=i; k<iEnd && !ruWord(p, k, "first"); k++){}
  if( k==iEnd ) return 0;
  if( ruWord(p, j, "of") && (ruWord(p, j+1, "the") || ruWord(p, j+1, "its")) ) j += 3;
  if( ruWord(p, j, "outside") ) return 1;           /* "... outside a capital" */
  for(k=j; k<p->n && k<j+4 && !ruPunct(p, k, ',') && !ruPunct(p, k, '.'); k++){
    if( ruWord(p, k, "soil") ) return 1;      /* "the first ... on Burmese soil" */
  }
  return (ruWord(p, j, "to") && (ruWord(p, j+1, "be") || ruLower(p, j+1)))
      || (ruWord(p, j, "ever") && ruLower(p, j+1));
}

/* Append a meeting item (bIndef: named with "a", "an"). */
static void ruMeeting(Ru *p, int i, int iEnd, int eSeries, int iNum,
                      int eForm, int iGroup, int bIndef) {
  CommitItem it;
  if( iNum==1 && ruFirstOfAKind(p, i, iEnd) ) iNum = 0;
  /* "An IMM is a meeting of ministers", "the difference between an IMM
  ** and a SOM": a kind of meeting, no one meeting */
  if( iNum==0 && (ruWord(p, i-1, "a") || ruWord(p, i-1, "an"))
   && (ruWord(p, iEnd, "is") || ruWord(p, i-2, "between") || ruWord(p, i-2, "is")
       || (ruWord(p, i-2, "and") && ruWord(p, i-5, "between"))) ){
    bIndef = 1;
  }
  ruItem(p, &it, COMMIT_ITEM_MEETING, i, iEnd);
  it.aVal[0] = eSeries;
  it.aVal[1] = iNum;
  it.aVal[2] = eForm;
  it.aVal[3] = iGroup;
  it.aVal[4] = bIndef;
  /* "the next Inter-Ministerial Meeting": one planned, though nothing
  ** more is known of it */
  it.aVal[5] = ruWord(p, i-1, "next") && (ruWord(p, i-2, "the") || ruWord(p, i-2, "*")
                                          || ruPunct(p, i-2, '*') || i==1);
  ruAdd(p, &it);
}

/*
** An ordinal standing for a meeting of the series just told of: "the
** first Inter-Ministerial Meeting ... At the second, in Beijing in 2007,
** ...; in Hanoi in 2012, at the third, ...".  "at the" or "and the" before
** a word ordinal, and a comma, "in" or a stop after it.  Returns
** tokens used.
*/
/* True if a city's mention ends at token k. */
static int ruCityEndsAt(const Ru *p, int k) {
  int j;
  if( k<0 || k>=p->n ) return 0;
  j = p->aCover[k];
  return j>=0 && j + p->aMent[j].nTok==k+1 && ruEntry(p, j, COMMIT_GAZ_CITY)!=0;
}

/* Tokens of an aside between commas after a count ("The second, for
** 2008-2010, was adopted"), at most. */
#define RU_ASIDE_REACH 8

/* The token after an aside between commas at token j ("..., for
** 2008-2010, "), or j if there is none. */
static int ruPastAside(const Ru *p, int j) {
  int k;
  if( !ruPunct(p, j, ',') ) return j;
  for(k=j+1; k<p->n && k<=j+RU_ASIDE_REACH; k++){
    if( ruPunct(p, k, '.') || ruPunct(p, k, ';') || ruPunct(p, k, ':') ) return j;
    if( ruPunct(p, k, ',') ) return k+1;
  }
  return j;
}

/* True if an earlier item of the sentence is a counted document. */
static int ruCountedBefore(const Ru *p) {
  int q;
  for(q=p->pOut->n-1; q>=p->iFirstItem; q--){
    if( p->pOut->a[q].eKind==COMMIT_ITEM_DOCUMENT && p->pOut->a[q].aVal[0]==0 ) return 1;
  }
  return 0;
}

/*
** A count standing for a document of the kind named before (DOCUMENT
** kind 0, which facts.c reads from the text before; aVal[7] 1 when its
** verb is left out).  Returns tokens used.
**   "The first was signed at IMM2; a third was adopted at IMM4": the
**     subject of a passive act, perhaps past an aside ("The second, for
**     2008-2010, was adopted");
**   "put their signatures to the first at the Beijing meeting": the
**     object of its verb;
**   "..., the second at IMM3 in Hanoi": after a counted document of its
**     sentence, its verb left out.
*/
static int ruCountedDocument(Ru *p, int i) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_ORDINAL);
  int j, a, bSubject, bObject, bGap;
  CommitItem it;
  if( e==0 ) return 0;
  j = ruEnd(p, i);
  a = ruPastAside(p, j);
  bSubject = (ruWord(p, i-1, "the") || ruWord(p, i-1, "a"))
          && (i==1 || ruPunct(p, i-2, ';') || ruPunct(p, i-2, ':'))
          && (ruWord(p, a, "was") || ruWord(p, a, "were")) && ruHit(p, a+1, COMMIT_GAZ_ACTION);
  bObject = ruWord(p, i-1, "the") && p->pOut->n>p->iFirstItem
         && p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_ACTION
         && p->pOut->a[p->pOut->n-1].iTokEnd==i-1 && !p->pOut->a[p->pOut->n-1].aVal[1]
         && (ruWord(p, j, "at") || ruWord(p, j, "in") || ruPunct(p, j, ',') || ruPunct(p, j, '.'));
  bGap = !bSubject && !bObject && ruWord(p, i-1, "the")
      && (ruPunct(p, i-2, ',') || ruPunct(p, i-2, ';') || ruWord(p, i-2, "and"))
      && (ruWord(p, a, "at") || ruWord(p, a, "in")) && ruCountedBefore(p);
  if( !bSubject && !bObject && !bGap ) return 0;
  ruItem(p, &it, COMMIT_ITEM_DOCUMENT, i, j);
  it.aVal[0] = 0;
  it.aVal[1] = e->iValue;
  it.aVal[7] = bGap;
  ruAdd(p, &it);
  return j-i;
}

static int ruInList(const Ru *p, int i, int eList);

/* True if "times" after a count stands before token i in the sentence:
** "have met three times". */
static int ruCountOfTimes(const Ru *p, int i) {
  int k;
  for(k=0; k<i; k++){
    if( ruWord(p, k, "twice") || ruWord(p, k, "thrice") ) return 1;
    if( k>0 && ruWord(p, k, "times") && (p->a[k-1].eType==COMMIT_TOK_NUM
                                         || ruEntry(p, k-1, COMMIT_GAZ_CARDINAL)) ){
      return 1;
    }
  }
  return 0;
}

/*
** Append a meeting that a count stands for over tokens [i,e): number v of
** series eSeries (0: the series told of, which discourse.c finds when
** bElliptic is set).  Returns e-i, the tokens used.
*/
static int ruCountedMeeting(Ru *p, int i, int e, int eSeries, int v, int bElliptic) {
  CommitItem it;
  ruItem(p, &it, COMMIT_ITEM_MEETING, i, e);
  it.aVal[0] = eSeries;
  it.aVal[1] = v;
  it.aVal[2] = COMMIT_FORM_GENERIC;
  it.aVal[6] = bElliptic;
  ruAdd(p, &it);
  return e-i;
}

/* The series of a plural level at tokens k, k+1: "ministerial meetings"
** (IMM), "senior officials sessions" (SOM); 0 if none. */
static int ruPluralLevel(const Ru *p, int k) {
  if( !ruWord(p, k+1, "meetings") && !ruWord(p, k+1, "sessions") ) return 0;
  if( ruWord(p, k, "ministerial") || ruWord(p, k, "inter-ministerial") ) return COMMIT_SERIES_IMM;
  if( ruWord(p, k, "officials") ) return COMMIT_SERIES_SOM;
  return 0;
}

/*
** "there have been six ministerial meetings in all, the latest in Hanoi
** in November 2025": after a count of a level's meetings, "the latest"
** (or "the most recent") is the one of that number.  Token i is "the".
** Returns tokens used.
*/
static int ruLatestOfCount(Ru *p, int i) {
  int j, k, v = 0, eSeries = 0;
  if( !ruWord(p, i, "the") ) return 0;
  if( ruWord(p, i+1, "latest") ) j = i+2;
  else if( ruWord(p, i+1, "most") && ruWord(p, i+2, "recent") ) j = i+3;
  else return 0;
  if( !ruPunct(p, i-1, ',') ) return 0;
  if( !(ruWord(p, j, "in") || ruWord(p, j, "held") || ruPunct(p, j, ',')) ) return 0;
  for(k=i-3; k>=0 && k>=i-9; k--){
    if( (eSeries = ruPluralLevel(p, k))!=0 ) break;      /* k: its level word */
  }
  if( eSeries==0 ) return 0;
  for(k=k-1; k>=0 && k>=i-10; k--){
    const CommitGazEntry *c = ruEntry(p, k, COMMIT_GAZ_CARDINAL);
    if( c ){ v = c->iValue; break; }
    if( p->a[k].eType==COMMIT_TOK_NUM ){ v = commitTokenNumber(p->z, &p->a[k]); break; }
  }
  if( v<2 || v>30 ) return 0;
  return ruCountedMeeting(p, i+1, j, eSeries, v, 0) + 1;
}

/* Tokens of an apposition after an ordinal ("The fourteenth, a one-day
** meeting, was held"), at most. */
#define RU_ORDINAL_APPOSITION 6

/* Tokens of "since the process began" after an ordinal in apposition, at
** most. */
#define RU_SINCE_TAIL 6

static int ruEllipticOrdinal(Ru *p, int i) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_ORDINAL);
  int j, v = 0, nDay, bSubject;
  if( !ruWord(p, i-1, "the") ) return 0;
  if( e ){
    j = ruEnd(p, i);
    v = e->iValue;
  }else if( (nDay = ruDay(p, i, &v))>0
         && (nDay==2 || p->a[i].eType==COMMIT_TOK_WORD) ){
    j = i + nDay;                 /* "the previous SOM, the 13th," */
  }else{
    return 0;
  }
  if( v<1 || v>30 ) return 0;
  if( ruPunct(p, i-2, ',') && ruWord(p, j, "since") ){
    /* "The senior officials' session, the fifth since the process began,
    ** is set for ...": the count from the start, up to the comma */
    int e = j+1;
    while( e<p->n && e<j+RU_SINCE_TAIL && !ruPunct(p, e, ',') && !ruPunct(p, e, '.') ) e++;
    if( ruPunct(p, e, ',') && (ruWord(p, j+1, "the") || ruWord(p, j+1, "it")
                               || ruWord(p, j+1, "its")) ){
      CommitItem *m = p->pOut->n>p->iFirstItem ? &p->pOut->a[p->pOut->n-1] : 0;
      if( m && m->eKind==COMMIT_ITEM_MEETING && m->iTokEnd==i-2
       && (m->aVal[1]==0 || m->aVal[1]==v) && m->aVal[0]!=COMMIT_SERIES_OTHER ){
        m->aVal[1] = v;
        return e-i;
      }
    }
  }
  if( ruPunct(p, i-2, ',') && ruPunct(p, j, ',') && p->pOut->n>p->iFirstItem ){
    /* "The last meeting at ministerial level, the fifth, took place
    ** online": the ordinal in apposition numbers the meeting before it */
    CommitItem *m = &p->pOut->a[p->pOut->n-1];
    if( m->eKind==COMMIT_ITEM_MEETING && m->iTokEnd==i-2
     && (m->aVal[1]==0 || m->aVal[1]==v)
     && m->aVal[0]!=COMMIT_SERIES_OTHER ){
      m->aVal[1] = v;             /* (or its name read it already) */
      return j-i;
    }
  }
  if( ruPunct(p, i-2, ',') && ruPunct(p, j, ',')
   && (ruWord(p, i-3, "level") || ruWord(p, i-3, "meeting")) ){
    /* "The last meeting at ministerial level, the fifth, took place": the
    ** level just before names the series the ordinal counts */
    int k, eSeries = 0;
    for(k=i-5; k<i-2; k++){
      if( ruWord(p, k, "ministerial") ) eSeries = COMMIT_SERIES_IMM;
      if( ruWord(p, k, "officials") ) eSeries = COMMIT_SERIES_SOM;
    }
    if( eSeries ) return ruCountedMeeting(p, i, j, eSeries, v, 0);
  }
  if( ((ruWord(p, j, "time") && (ruWord(p, j+1, "in") || ruPunct(p, j+1, ',')
                                || ruWord(p, j+1, "at")))
       || ruWord(p, j, "in") || ruPunct(p, j, ','))
   && (ruPunct(p, i-2, ':') || ruPunct(p, i-2, ',') || ruPunct(p, i-2, ';')
       || ruWord(p, i-2, "and")) && ruCountOfTimes(p, i-2) ){
    /* "Ministers have now met three times: the first time in Yangon ...,
    ** and the second time in Beijing"; "Four times: the first in Yangon
    ** in 2004, the second in Beijing in 2007": each is a meeting */
    return ruCountedMeeting(p, i, ruWord(p, j, "time") ? j+1 : j, 0, v, 1);
  }
  if( (ruWord(p, i-2, "was") || ruWord(p, i-2, "became") || ruWord(p, i-2, "is"))
   && ruWord(p, j, "of") ){
    /* "That meeting became the first of what the process calls
    ** Inter-Ministerial Meetings": the count of a series named after */
    int k, eSeries = 0;
    for(k=j+1; k<p->n && k<=j+8 && !ruPunct(p, k, ',') && !ruPunct(p, k, '.'); k++){
      if( ruPluralLevel(p, k) ) eSeries = ruPluralLevel(p, k);
    }
    if( eSeries ) return ruCountedMeeting(p, i, j, eSeries, v, 0);
  }
  if( (ruWord(p, i-2, "was") || ruWord(p, i-2, "became") || ruWord(p, i-2, "is"))
   && v>1           /* ("the first gathering of ... since": of a kind) */
   && (ruWord(p, j, "stop") || ruWord(p, j, "gathering") || ruWord(p, j, "edition"))
   && (j+1>=p->n || ruPunct(p, j+1, '.') || ruPunct(p, j+1, ',') || ruWord(p, j+1, "on")
       || ruWord(p, j+1, "in")) ){
    /* "That meeting was the fourth stop on a long road": the count of the
    ** series told of */
    return ruCountedMeeting(p, i, j+1, 0, v, 1);
  }
  if( ruPunct(p, j, ',') && (ruWord(p, j+1, "held") || ruWord(p, j+1, "convened")) ){
    /* "The last one we can document is the 11th, held in Vientiane",
    ** "IMM4 follows the third, held in Hanoi in February 2012": the count
    ** of the series told of, a meeting held */
    return ruCountedMeeting(p, i, j, 0, v, 1);
  }
  {
    /* "signed a Joint Declaration - the first in Beijing, the second in
    ** Hanoi and the third in Phnom Penh": ordinals of the document */
    int q, iSemi = -1, t;
    for(t=i-1; t>=0 && iSemi<0; t--) if( ruPunct(p, t, ';') ) iSemi = t;
    for(q=p->pOut->n-1; q>=p->iFirstItem; q--){
      int eKind = p->pOut->a[q].eKind;
      /* (not across a ';': "... saw the signing of the MOU; the second,
      ** in Beijing in 2007, ...") */
      if( p->pOut->a[q].iTokEnd<=iSemi ) break;
      if( eKind==COMMIT_ITEM_DOCUMENT ) return 0;
      if( eKind!=COMMIT_ITEM_PLACE && eKind!=COMMIT_ITEM_DATE ) break;
    }
  }
  /* "The Hanoi meeting was the third of its kind. The first was held in
  ** Bangkok in July 2004; the second took place in Yangon": the subject of
  ** a meeting's verb */
  bSubject = (i-1==0 || ruPunct(p, i-2, ';')) && ruHit(p, j, COMMIT_GAZ_MEETVERB);
  if( !bSubject && (i-1==0 || ruPunct(p, i-2, ';'))
   && ruWord(p, j, "went") && ruWord(p, j+1, "to") && ruCityEndsAt(p, ruEnd(p, j+2)-1) ){
    bSubject = 1;       /* "...; the seventh went to Bagan, in Myanmar" */
  }
  if( !bSubject && i-1==0 && ruPunct(p, j, ',') ){
    /* "The fourteenth, a one-day meeting, was held in Hanoi": past the
    ** apposition that names it a meeting, the meeting's verb */
    int k2, bMeetWord = 0;
    for(k2=j+1; k2<p->n && k2<=j+RU_ORDINAL_APPOSITION && !ruPunct(p, k2, ','); k2++){
      if( ruEntry(p, k2, COMMIT_GAZ_MEETWORD) ) bMeetWord = 1;
    }
    if( bMeetWord && ruPunct(p, k2, ',') && ruHit(p, k2+1, COMMIT_GAZ_MEETVERB) ) bSubject = 1;
  }
  if( !bSubject && ruWord(p, i-2, "and") && ruPunct(p, i-3, ',')
   && (ruWord(p, j, "was") || ruWord(p, j, "were"))
   && (ruHit(p, j, COMMIT_GAZ_MEETVERB) || ruHit(p, j+1, COMMIT_GAZ_MEETVERB)) ){
    /* "The 11th SOM, in Vientiane in 2016, introduced a rotating chair,
    ** and the 14th was held in Hanoi": the subject of a meeting's verb */
    bSubject = 1;
  }
  if( i-1==0 && ruWord(p, j, "of")
   && (ruWord(p, j+1, "their") || ruWord(p, j+1, "its") || ruWord(p, j+1, "these"))
   && ruInList(p, j+2, COMMIT_WL_PAIR_NOUN) ){
    /* "The first of their meetings, in Yangon in October 2004, was where
    ** the MOU was signed" */
    j += 3;
    bSubject = 1;
  }else if( (i-1==0 || ruPunct(p, i-2, ';')) && ruPunct(p, j + ruWord(p, j, "time"), ',')
         && ruWord(p, j + ruWord(p, j, "time") + 1, "in")
         && p->aCover[j + ruWord(p, j, "time") + 2]>=0
         && ruHit(p, p->aCover[j + ruWord(p, j, "time") + 2], COMMIT_GAZ_CITY) ){
    bSubject = 1;       /* "The second, in Beijing in December 2007, saw";
                        ** "...; the second, in Beijing, in December 2007;";
                        ** "The first time, in Yangon in October 2004, they
                        ** signed" */
    j += ruWord(p, j, "time");
  }else if( i-1==0 && ruWord(p, j + ruWord(p, j, "time"), "was")
         && ruWord(p, j + ruWord(p, j, "time") + 1, "in")
         && ruCityEndsAt(p, ruEnd(p, j + ruWord(p, j, "time") + 2) - 1) ){
    /* "Its ministers have met only twice. The first time was in Rangoon
    ** on October 29, 2004 ... The second was in Beijing": a meeting in a
    ** city */
    j += ruWord(p, j, "time");
    bSubject = 1;
  }
  if( !bSubject && !(ruWord(p, i-2, "at") || ruWord(p, i-2, "and")
        /* "Beijing received the second in December 2007, Hanoi the third
        ** in February 2012": a list of hosts and the meetings they had */
        || ruCityEndsAt(p, i-2) || ruWord(p, i-2, "received")
        || ruWord(p, i-2, "welcomed") || ruWord(p, i-2, "hosted")
        /* a list's entry: "After Yangon came:\n * the second, in Beijing,
        ** in December 2007;" */
        || (i-2==0 && (ruPunct(p, 0, '*') || ruPunct(p, 0, '-')))
        /* "at the next two ministerial meetings -- the second, in Beijing" */
        || (i>=3 && ruPunct(p, i-2, '-') && ruPunct(p, i-3, '-')
            && ruPunct(p, i+1, ','))) ) return 0;
  if( !bSubject && !(ruPunct(p, j, ',') || ruWord(p, j, "in")
        || ruPunct(p, j, '.') || ruPunct(p, j, ';')) ){
    return 0;
  }
  return ruCountedMeeting(p, i, j, 0, v, 1);
}

/*
** A number after a series name: "Senior Officials Meeting 3", "(SOM 3)",
** "(IMM3)", "(SOM) 11".  Returns tokens used, *pNum set.
*/
/*
** True if the number at token k opens a new line or is an hour
** ("Opening of the ministerial session\n09:00-09:30"): no meeting's
** number.
*/
static int ruClockOrNewLine(const Ru *p, int k) {
  if( k<p->n && (p->a[k].mFlag & COMMIT_TF_NL) ) return 1;
  return ruPunct(p, k+1, ':') && ruTouch(p, k) && k+2<p->n
      && p->a[k+2].eType==COMMIT_TOK_NUM && ruTouch(p, k+1);
}

static int ruNumberAfter(const Ru *p, int j, int eSeries, int *pNum) {
  int s = 0, v = 0, k = j;
  if( ruPunct(p, k, '(') ){
    k++;
    if( ruCodeToken(p, k, &s, &v) && s==eSeries ){
      k++;
      if( v==0 ){
        if( ruPunct(p, k, '-') ) k++;
        if( k<p->n && p->a[k].eType==COMMIT_TOK_NUM ){
          v = commitTokenNumber(p->z, &p->a[k]);
          k++;
        }
      }
      if( ruPunct(p, k, ')') ){
        k++;
        if( v==0 && k<p->n && p->a[k].eType==COMMIT_TOK_NUM ){
          v = commitTokenNumber(p->z, &p->a[k]);
          k++;
        }
        if( v>=0 && v<=99 ){ *pNum = v; return k-j; }
      }
    }
    return 0;
  }
  if( k<p->n && p->a[k].eType==COMMIT_TOK_NUM
   && p->a[k].iEnd - p->a[k].iStart<=2 && !ruPunct(p, k+1, '-')
   && !ruEntry(p, k+1, COMMIT_GAZ_MONTH) && !ruClockOrNewLine(p, k) ){
    int v2 = 0, n2;
    v = commitTokenNumber(p->z, &p->a[k]);
    if( v<1 || v>99 ) return 0;
    /* "Senior Officials Meeting 3 (SOM 3)": the code repeats the number. */
    if( ruPunct(p, k+1, '(') && (n2 = ruNumberAfter(p, k+1, eSeries, &v2))>0
     && v2==v ){
      *pNum = v;
      return 1 + n2;
    }
    *pNum = v;
    return 1;
  }
  return 0;
}

static int ruRoman(const Ru *p, int i);

/*
** True if a verb of signing stands right before the noun at token i:
** "signed a declaration", "will sign a new declaration".
*/
static int ruSignedBefore(const Ru *p, int i) {
  int k = i-1;
  if( ruWord(p, k, "new") || ruWord(p, k, "joint") ) k--;
  if( !(ruWord(p, k, "a") || ruWord(p, k, "the")) ) return 0;
  k--;
  return ruWord(p, k, "signed") || ruWord(p, k, "sign") || ruWord(p, k, "signing")
      || ruWord(p, k, "signs");
}

static int ruFirstSince(const Ru *p, int j);

/*
** Meeting codes: "IMM3", "IMM-3", "SOM 8", "8th SOM", "IMM2/SOM5",
** "SOM/IMM".  Returns tokens used.
*/
static int ruMeetingCode(Ru *p, int i, int *pGroup) {
  int s = 0, v = 0, j = i+1, iStart = i, iOrd;
  if( !ruCodeToken(p, i, &s, &v) ) return 0;
  if( v==0 ){
    if( ruPunct(p, j, '-') && j+1<p->n && p->a[j+1].eType==COMMIT_TOK_NUM ){
      v = commitTokenNumber(p->z, &p->a[j+1]);
      j += 2;
    }else if( ruPunct(p, j, '-') && ruTouch(p, i) && ruTouch(p, j) && ruRoman(p, j+1) ){
      v = ruRoman(p, j+1);                       /* "SOM-XIII", "IMM-II" */
      j += 2;
    }else if( ruRoman(p, j)>1 && p->a[j].iEnd - p->a[j].iStart>=2 && !ruClockOrNewLine(p, j) ){
      v = ruRoman(p, j);                         /* "IMM IV" */
      j += 1;
    }else if( j<p->n && p->a[j].eType==COMMIT_TOK_NUM
           && p->a[j].iEnd - p->a[j].iStart<=2
           && !(ruPunct(p, j+1, '-') && ruTouch(p, j))  /* "SOM 3 – Hanoi" */
           && !ruClockOrNewLine(p, j)
           && !ruEntry(p, j+1, COMMIT_GAZ_MONTH) ){
      v = commitTokenNumber(p->z, &p->a[j]);
      j += 1;
    }else if( ruPunct(p, j, ')') && j+1<p->n
           && p->a[j+1].eType==COMMIT_TOK_NUM ){
      v = commitTokenNumber(p->z, &p->a[j+1]);   /* "(SOM) 11" */
      j += 2;
    }else{
      int o = ruOrdinalBefore(p, ruSkipLeftFiller(p, i), &iOrd);
      /* "the first SOM since the Rangoon ministerial": counted from an
      ** event, no number */
      if( o==1 && ruFirstSince(p, j) ) o = 0;
      if( o>0 ){ v = o; iStart = iOrd; }
    }
    if( v<0 || v>99 ) v = 0;
  }
  if( ruPunct(p, j, '/') ){
    int s2 = 0, v2 = 0;
    if( ruCodeToken(p, j+1, &s2, &v2) && s2!=s ){
      int g = ++(*pGroup), e2 = j+2;
      if( v2==0 && e2<p->n && p->a[e2].eType==COMMIT_TOK_NUM
       && p->a[e2].iEnd - p->a[e2].iStart<=2 && !ruClockOrNewLine(p, e2)
       && !ruEntry(p, e2+1, COMMIT_GAZ_MONTH) ){
        v2 = commitTokenNumber(p->z, &p->a[e2]);   /* "SOM 5 / IMM 2" */
        e2++;
        if( v2<0 || v2>99 ) v2 = 0;
      }
      ruMeeting(p, iStart, j, s, v, COMMIT_FORM_LABEL, g, 0);
      ruMeeting(p, j+1, e2, s2, v2, COMMIT_FORM_LABEL, g, 0);
      return e2-i;
    }
  }
  ruMeeting(p, iStart, j, s, v, COMMIT_FORM_LABEL, 0, 0);
  return j-i;
}

/*
** True if "first" before a meeting ending at token j counts from an event
** rather than in its series: "the first Senior Officials Meeting under
** that plan", "the first gathering of the process since IMM2".
*/
static int ruFirstSince(const Ru *p, int j) {
  int k, n = 2;
  /* "the first held online since the fifth", "the first hosted in Hanoi
  ** since 2012": past the participle and how or where */
  if( ruWord(p, j, "held") || ruWord(p, j, "hosted") || ruWord(p, j, "convened") ){
    j++;
    if( ruWord(p, j, "online") || ruWord(p, j, "virtually") ) j++;
  }
  /* "the first senior officials' meeting in Bangkok since ...": past the
  ** place */
  if( ruWord(p, j, "in") && j+1<p->n && (p->a[j+1].mFlag & COMMIT_TF_CAP) ){
    j = ruEnd(p, j+1);
  }
  /* "the first ministerial-level COMMIT meeting since ...": past the
  ** rest of the name */
  if( ruWord(p, j, "commit") ) j++;
  if( ruEntry(p, j, COMMIT_GAZ_MEETWORD) ) j = ruEnd(p, j);
  /* "the first ministerial meeting supported by UN-ACT", "... hosted by
  ** Viet Nam": the first of those the agent had, no number */
  if( ruWord(p, j+1, "by") && ruInList(p, j, COMMIT_WL_FIRST_BY_VERB) ) return 1;
  /* "the first COMMIT ministerial meeting to be held entirely online" */
  if( ruWord(p, j, "to") && (ruWord(p, j+1, "be") || ruWord(p, j+1, "have")
                             || ruWord(p, j+1, "take")) ) return 1;
  /* "their first ministerial meeting in seven years": the first for a
  ** while, no number */
  {
    int q = j;
    /* (past "at ministerial level", "at that level") */
    if( ruWord(p, q, "at") && ruWord(p, q+2, "level") ) q += 3;
    if( ruWord(p, q, "in") || ruWord(p, q, "for") ){
      q++;
      /* "in more than seven years", "in over a decade" */
      if( ruWord(p, q, "more") && ruWord(p, q+1, "than") ) q += 2;
      else if( ruWord(p, q, "over") || ruWord(p, q, "nearly") || ruWord(p, q, "almost") ) q++;
      if( ruWord(p, q, "a") && ruInList(p, q+1, COMMIT_WL_SPAN_UNIT) ) return 1;
      if( q+1<p->n && (p->a[q].eType==COMMIT_TOK_NUM || ruHit(p, q, COMMIT_GAZ_CARDINAL))
       && ruInList(p, ruEnd(p, q), COMMIT_WL_SPAN_UNIT) ){
        return 1;
      }
    }
  }
  /* "their first gathering at that level since IMM4" */
  if( ruWord(p, j, "at") && ruWord(p, j+2, "level") ) j += 3;
  if( ruWord(p, j, "of") ) n = 5;     /* "of the process", "of COMMIT ministers" */
  for(k=j; k<p->n && k<j+n; k++){
    if( ruWord(p, k, "under") || ruWord(p, k, "since") || ruWord(p, k, "after") ){
      /* but "the first Senior Officials Meeting under COMMIT": the
      ** process itself counts the series */
      int q = ruWord(p, k+1, "the") ? k+2 : k+1;
      const CommitGazHit *h;
      if( ruWord(p, q, "new") ) q++;       /* "under the new COMMIT" */
      h = ruWord(p, k, "under") ? ruHit(p, q, COMMIT_GAZ_ORG) : 0;
      if( h && commitGazIsProcess(h->iEntry) ) return 0;
      return 1;
    }
    if( p->a[k].eType==COMMIT_TOK_PUNCT ) break;
  }
  return 0;
}

/*
** The end of another body's meeting name ending before token j, past what
** names a part of it: "(SOMSWD) preparatory session", "meeting".
*/
static int ruOtherMeetingEnd(const Ru *p, int j) {
  int k = j;
  /* "on Social Welfare and Development": the rest of its name */
  if( (ruWord(p, k, "on") || ruWord(p, k, "of")) && k+1<p->n
   && (p->a[k+1].mFlag & COMMIT_TF_CAP) ){
    k++;
    while( k<p->n && ((p->a[k].mFlag & COMMIT_TF_CAP)
                      || (ruWord(p, k, "and") && k+1<p->n
                          && (p->a[k+1].mFlag & COMMIT_TF_CAP))) ){
      k++;
    }
  }
  if( ruPunct(p, k, '(') && ruPunct(p, k+2, ')') && (p->a[k+1].mFlag & COMMIT_TF_UPPER) ){
    k += 3;
  }
  if( ruEntry(p, k, COMMIT_GAZ_MEETWORD) ) return ruEnd(p, k);
  if( k<p->n && p->a[k].eType==COMMIT_TOK_WORD && ruLower(p, k)
   && ruEntry(p, k+1, COMMIT_GAZ_MEETWORD) ){
    return ruEnd(p, k+1);
  }
  return k>j && !ruPunct(p, k-1, ')') ? k : j;
}

/* True if organisation entry iEntry is a body of several states other
** than COMMIT (ASEAN, the Bali Process, a UN body): its meetings are its
** own. */
static int ruIntlBody(int iEntry) {
  const char *zKind = aCommitGazEntry[iEntry].zExtra;
  return zKind && (strcmp(zKind, "intl")==0 || strcmp(zKind, "un")==0);
}

/* Ordinals of one list before a plural name, at most. */
#define RU_MAX_ORDINALS 6

/*
** The ordinals listed before the plural name at token i, "second and
** third", "fourth, fifth and sixth", "fourth, fifth, and sixth": their
** values and first tokens, the one nearest the name first, in aOrd and
** aAt.  Returns how many (0 when the words before the name are no such
** list).
*/
static int ruOrdinalList(const Ru *p, int i, int *aOrd, int *aAt) {
  int n = 0, k = i, bAnd = 0, at = 0;
  while( n<RU_MAX_ORDINALS ){
    int v = ruOrdinalBefore(p, k, &at);
    if( v<=0 || v>99 ) break;
    aOrd[n] = v;
    aAt[n++] = at;
    k = at;
    if( ruWord(p, k-1, "and") && !bAnd ){
      bAnd = 1;
      k--;
      if( ruPunct(p, k-1, ',') ) k--;       /* "second, and third" */
    }
    else if( ruPunct(p, k-1, ',') && bAnd ) k--;
    else break;
  }
  return bAnd && n>=2 ? n : 0;
}

/*
** True if "ministerial" at token i (ending at j) is a noun, the meeting
** itself: "the Rangoon ministerial, at which", "since the Beijing
** ministerial.", "the December 2007 ministerial in Beijing", "the Beijing
** ministerial of December 2007".  Only after
** "the" and a place or a month and year, and before a clause's end.
*/
static int ruMinisterialNoun(const Ru *p, int i, int j) {
  int y, m;
  if( !ruWord(p, i, "ministerial") || i<2 ) return 0;
  /* "the December 2007 ministerial", "the Rangoon ministerial" */
  if( !(ruYear(p, i-1, &y) && i>=3 && ruMonth(p, i-2, &m)>0 && ruWord(p, i-3, "the"))
   && !(p->aCover[i-1]>=0 && ruHit(p, p->aCover[i-1], COMMIT_GAZ_CITY)
        && ruWord(p, p->aCover[i-1]-1, "the")) ){
    return 0;
  }
  return j>=p->n || ruPunct(p, j, ',') || ruPunct(p, j, '.') || ruPunct(p, j, ';')
      || ruPunct(p, j, ')') || ruWord(p, j, "in") || ruWord(p, j, "on")
      || ruWord(p, j, "where") || ruWord(p, j, "which")
      /* "the Beijing ministerial of December 2007" */
      || (ruWord(p, j, "of") && (ruMonth(p, j+1, &m)>0 || ruYear(p, j+1, &y)));
}

/*
** True if "until" at token i ends a negated clause: "The fifth IMM did not
** take place until 16 December 2022", "was not held until": the date is
** when it happened, not a limit.
*/
static int ruNotUntil(const Ru *p, int i) {
  int t;
  for(t=i-1; t>=0 && t>=i-5; t--){
    if( p->a[t].eType==COMMIT_TOK_PUNCT ) return 0;
    if( ruWord(p, t, "not") || ruWord(p, t, "never") ) return 1;
  }
  return 0;
}

/*
** Add tokens [i,j) as the capital of country iCountry at the report's
** time (aVal[2]: facts.c settles which city that was); bIn: "in"/"at"
** before it.  Returns 0, adding nothing, if the country has no capital.
*/
static int ruCapital(Ru *p, int i, int j, int iCountry, int bIn) {
  CommitItem it;
  int iCap = commitGazCapital(p->pGaz, iCountry, 0);
  if( iCap<0 ) return 0;
  ruItem(p, &it, COMMIT_ITEM_PLACE, i, j);
  it.iEntry = iCap;
  it.aVal[0] = bIn;
  it.aVal[1] = iCountry;
  it.aVal[2] = 1;
  ruAdd(p, &it);
  return 1;
}

/*
** "the capital" (tokens [i,i+k)) after a member country named in its
** sentence: "They last met in Viet Nam in December 2020, when the 14th SOM
** was held in the capital" is Hanoi, the capital of the report's time
** (facts.c settles it, as for "the Cambodian capital").  Adds the place
** and returns 1, else 0.
*/
static int ruCapitalOfCountry(Ru *p, int i, int k) {
  int q;
  if( k!=2 || !ruWord(p, i, "the") || !ruWord(p, i+1, "capital") ) return 0;
  if( !ruWord(p, i-1, "in") && !ruWord(p, i-1, "at") ) return 0;
  /* (not "the capital city of east China's Jiangxi Province") */
  if( ruWord(p, i+2, "city") || ruWord(p, i+2, "of") ) return 0;
  for(q=p->pOut->n-1; q>=p->iFirstItem; q--){
    const CommitItem *c = &p->pOut->a[q];
    int r, nCountry = 0;
    if( c->eKind==COMMIT_ITEM_PLACE ) return 0;   /* a city named between */
    if( c->eKind!=COMMIT_ITEM_COUNTRY || c->aVal[0] ) continue;
    for(r=p->iFirstItem; r<p->pOut->n; r++){
      if( p->pOut->a[r].eKind==COMMIT_ITEM_COUNTRY ) nCountry++;
    }
    if( nCountry!=1 ) return 0;   /* "officials from Cambodia, China, ...": no one's */
    return ruCapital(p, i, i+k, c->iEntry, 1);
  }
  return 0;
}

/*
** Meeting names: "the second Inter-Ministerial Meeting", "10th COMMIT
** (...) Senior Officials' meeting", "Senior Officials Meeting 3 (SOM 3)",
** "ministerial meeting" (level only).  Returns tokens used.
*/
static int ruMeetingName(Ru *p, int i) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_SERIES);
  int j, v = 0, iStart = i, iOrd = 0, k, eForm;
  if( e==0 ) return 0;
  j = ruEnd(p, i);
  if( e->iValue==COMMIT_SERIES_OTHER ){
    /* "the Regional Task Force meeting": a mention of another kind of
    ** meeting, which takes what is said of it; never a meeting of ours. */
    j = ruOtherMeetingEnd(p, j);
    ruMeeting(p, i, j, COMMIT_SERIES_OTHER, 0, COMMIT_FORM_LABEL, 0, 0);
    return j-i;
  }
  if( i>0 && p->aCover[i-1]>=0 && ruHit(p, p->aCover[i-1], COMMIT_GAZ_ORG)
   && !commitGazIsProcess(ruHit(p, p->aCover[i-1], COMMIT_GAZ_ORG)->iEntry)
   && ruIntlBody(ruHit(p, p->aCover[i-1], COMMIT_GAZ_ORG)->iEntry) ){
    /* "the ASEAN Senior Officials Meeting on Social Welfare", "a Bali
    ** Process ministerial meeting": another body's meeting. */
    j = ruOtherMeetingEnd(p, j);
    ruMeeting(p, p->aCover[i-1], j, COMMIT_SERIES_OTHER, 0, COMMIT_FORM_LABEL, 0, 0);
    return j-i;
  }
  /* "Inter-Ministerial Meetings", "later ministerial meetings": a heading
  ** or a plural, no one meeting. */
  if( strlen(e->zName)>8 && sqlite3_stricmp(e->zName+strlen(e->zName)-8, "Meetings")==0 ){
    int s2 = 0, v2 = 0;
    int aOrd[RU_MAX_ORDINALS], aAt[RU_MAX_ORDINALS], nOrd;
    if( (nOrd = ruOrdinalList(p, i, aOrd, aAt))>=2 ){
      /* "the second and third Inter-Ministerial Meetings": one meeting
      ** for each ordinal, in order */
      for(k=nOrd-1; k>=0; k--){
        ruMeeting(p, aAt[nOrd-1], j, e->iValue, aOrd[k], COMMIT_FORM_LABEL, 0, 0);
      }
      return j-i;
    }
    /* "Senior Officials Meetings (SOM)": the acronym it defines too. */
    if( ruPunct(p, j, '(') && ruCodeToken(p, j+1, &s2, &v2) && v2==0
     && ruPunct(p, j+2, ')') ){
      j += 3;
    }
    return j-i;
  }
  eForm = (e->zExtra && strcmp(e->zExtra, "level")==0) ? 1 : 0;
  if( eForm==1 && strlen(e->zName)>6 && strcmp(e->zName+strlen(e->zName)-6, " level")==0
   && (ruWord(p, i-1, "at") || ruWord(p, i-1, "and")) ){
    /* "a COMMIT meeting at ministerial level": the level of the meeting
    ** before it; "have met regularly at senior officials and ministerial
    ** level": the level of meetings, no meeting. */
    CommitItem *pPrev = p->pOut->n>p->iFirstItem ? &p->pOut->a[p->pOut->n-1] : 0;
    if( pPrev && pPrev->eKind==COMMIT_ITEM_MEETING && pPrev->aVal[0]==0
     && pPrev->iTokEnd==i-1 && ruWord(p, i-1, "at") ){
      pPrev->aVal[0] = e->iValue;
    }
    return ruEnd(p, i)-i;
  }
  if( eForm==1 && ruInList(p, j, COMMIT_WL_PROCESS_NOUN) ){
    /* "launched in 2004 as a ministerial-level mechanism", "a senior
    ** officials process": the kind of process, no meeting */
    return j-i;
  }
  v = ruOrdinalBefore(p, ruOrdinalLead(p, i), &iOrd);   /* "the first-ever IMM" */
  if( v>0 ) iStart = iOrd;
  {
    /* "6th Senior Officials Meeting (SOM)": the code adds no number. */
    int v2 = 0;
    if( (k = ruNumberAfter(p, j, e->iValue, &v2))>0 ){
      j += k;
      if( v2 ) v = v2;
    }
  }
  /* "Inter-Ministerial" or "ministerial" alone must be followed by a
  ** meeting word: "a ministerial MOU" is no meeting. */
  if( (eForm==0 || strcmp(e->zName, "ministerial")==0)
   && p->aMent[i].nTok<=3 && !ruEntry(p, j, COMMIT_GAZ_MEETWORD)
   && strstr(e->zName, "eeting")==0 && strstr(e->zName, "onference")==0
   && !ruMinisterialNoun(p, i, j) ){
    return 0;
  }
  if( ruEntry(p, j, COMMIT_GAZ_MEETWORD) && !ruWord(p, j, "meetings") ){
    j = ruEnd(p, j);
  }
  if( v==0 && eForm<=1 && ruPunct(p, j, ',') && ruWord(p, j+1, "the") ){
    /* "the next Inter-Ministerial Meeting, the fourth,", "the previous
    ** SOM, the 13th,": its number in apposition. */
    int e2 = 0, v2 = 0, nDay;
    if( ruEntry(p, j+2, COMMIT_GAZ_ORDINAL) ){
      e2 = ruEnd(p, j+2);
      v2 = ruEntry(p, j+2, COMMIT_GAZ_ORDINAL)->iValue;
    }else if( (nDay = ruDay(p, j+2, &v2))>0
           && (nDay==2 || p->a[j+2].eType==COMMIT_TOK_WORD) ){
      e2 = j+2+nDay;
    }else{
      v2 = 0;
    }
    /* "The ministerial gathering, the fourth of its kind," */
    if( v2 && ruWord(p, e2, "of") && ruWord(p, e2+1, "its") && ruWord(p, e2+2, "kind") ) e2 += 3;
    if( v2 && (e2>=p->n || ruPunct(p, e2, ',') || ruPunct(p, e2, '.') || ruPunct(p, e2, ';')
               || ruPunct(p, e2, ')')) ){
      v = v2;
      if( v<0 || v>99 ) v = 0;
    }
  }
  if( v==1 && ruFirstSince(p, j) ){
    v = 0;
    iStart = i;
  }
  if( eForm==1 && v>0 ) eForm = 0;
  ruMeeting(p, iStart, j, e->iValue, v, eForm, 0, 0);
  return j-i;
}

/* True if token i is a word of word list eList. */
static int ruInList(const Ru *p, int i, int eList) {
  return commitWordMatch(eList, p->z, p->a, p->n, i)>0;
}

/*
** Generic meeting references: "the meeting", "this event", "the two-day
** conference", "their first-ever talks" (number 1), "the fourth
** conference" (number 4), and indefinite ones, "a meeting in Yangon"
** (aVal[4] set).  Plurals other than "talks", "a meeting of the Regional
** Task Force", "the next meeting", "a press conference" are not.  After a
** comma and before "today", "in", ... "meeting" is a verb: "ministers of
** the six countries, meeting today in Yangon, ...".
*/
static int ruMeetingGeneric(Ru *p, int i) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_MEETWORD);
  int j, k, v = 0, iStart = i, iOrd, bIndef = 0;
  if( e==0 ) return 0;
  j = ruEnd(p, i);
  if( ruWord(p, i, "meeting") && ruPunct(p, i-1, ',')
   && ruInList(p, j, COMMIT_WL_PARTICIPLE_NEXT) ){
    CommitItem it;
    ruItem(p, &it, COMMIT_ITEM_VERB, i, j);
    it.aVal[0] = COMMIT_ROLE_NEUTRAL;
    ruAdd(p, &it);
    return j-i;
  }
  if( e->zName[strlen(e->zName)-1]=='s' && !ruWord(p, i, "talks") ) return j-i;
  /* "PAST EVENT", "UPCOMING EVENT": a calendar's label line */
  if( (p->a[i].mFlag & COMMIT_TF_UPPER) && p->n<=COMMIT_LABEL_LINE_MAX ) return j-i;
  if( ruWord(p, i, "talks") && ruInList(p, i-1, COMMIT_WL_OTHER_TALKS) ){
    /* "awareness talks", "peace talks", "border security talks": talks of
    ** another kind (word list other_talks) */
    return j-i;
  }
  if( ruWord(p, i, "round") && ruWord(p, j, "of") ){
    /* "a first round of senior officials' talks": one mention, whose
    ** level words discourse.c reads. */
    for(k=j+1; k<p->n && k<j+6; k=ruEnd(p, k)){
      if( ruEntry(p, k, COMMIT_GAZ_MEETWORD) ){
        j = ruEnd(p, k);
        break;
      }
      if( p->a[k].eType==COMMIT_TOK_PUNCT && !ruPunct(p, k, '\'') ) break;
    }
  }
  if( ruWord(p, j, "of") && (ruEntry(p, j+1<p->n ? j+1 : j, COMMIT_GAZ_SERIES)
                              || (ruWord(p, j+1, "the")
                                  && ruEntry(p, j+2<p->n ? j+2 : j, COMMIT_GAZ_SERIES))) ){
    return j-i;       /* "the annual meeting of the Regional COMMIT Task Force" */
  }
  if( ruWord(p, j, "with") ) return j-i;        /* "a meeting with the PM" */
  if( ruInList(p, j, COMMIT_WL_MEET_MODIFIED) ){
    return j-i;           /* "old conference folders", "the meeting room" */
  }
  if( i>0 && (ruEntry(p, p->aCover[i-1]>=0 ? p->aCover[i-1] : i-1,
                      COMMIT_GAZ_SERIES)) ){
    return j-i;
  }
  for(k=i-1; k>=0 && k>=i-4; k--){
    if( ruWord(p, k, "a") || ruWord(p, k, "an") ){ bIndef = 1; break; }
    if( ruInList(p, k, COMMIT_WL_MEET_OTHER) ) return j-i;
    if( ruWord(p, k, "the") || ruWord(p, k, "this") || ruWord(p, k, "their")
     || ruWord(p, k, "its") ){
      break;
    }
  }
  /* "the fourth conference", "their first-ever talks", "the first senior
  ** officials' talks" */
  v = ruOrdinalBefore(p, ruOrdinalLead(p, i), &iOrd);
  if( v>0 ) iStart = iOrd;
  if( v==1 && ruFirstSince(p, j) ) v = 0;
  ruMeeting(p, iStart, j, 0, v, COMMIT_FORM_GENERIC, 0, bIndef);
  return j-i;
}

/* ==== Documents ======================================================== */

/* Value of a Roman numeral token I..XXXIX in capitals ("IV", "XIII"), or
** 0. */
static int ruRoman(const Ru *p, int i) {
  static const char *const az[] = {
    "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"
  };
  const char *z;
  int n, nTen = 0, k;
  if( i<0 || i>=p->n || p->a[i].eType!=COMMIT_TOK_WORD ) return 0;
  z = p->z + p->a[i].iStart;
  n = p->a[i].iEnd - p->a[i].iStart;
  while( nTen<n && nTen<3 && z[nTen]=='X' ) nTen++;
  for(k=0; k<10; k++){
    if( (int)strlen(az[k])==n-nTen && memcmp(az[k], z+nTen, n-nTen)==0 ){
      return nTen*10 + k;
    }
  }
  return 0;
}

/* A fused plan code "SPA4" or "SPAIV": its ordinal, or 0. */
static int ruSpaToken(const Ru *p, int i) {
  const CommitToken *t;
  const char *zT;
  int n, k;
  if( i<0 || i>=p->n || p->a[i].eType!=COMMIT_TOK_WORD ) return 0;
  t = &p->a[i];
  zT = p->z + t->iStart;
  n = t->iEnd - t->iStart;
  if( n<4 || n>7 || memcmp(zT, "SPA", 3)!=0 ) return 0;
  if( zT[3]>='1' && zT[3]<='9' && n==4 ) return zT[3]-'0';
  for(k=3; k<n; k++) if( zT[k]!='I' && zT[k]!='V' ) return 0;
  {
    static const char *const az[] = { "I", "II", "III", "IV", "V", "VI" };
    for(k=0; k<6; k++){
      if( (int)strlen(az[k])==n-3 && memcmp(zT+3, az[k], n-3)==0 ) return k+1;
    }
  }
  return 0;
}

/*
** "Phase 2 (2008-2010)": the ordinal of a plan named by its phase, when a
** period of years follows; else 0.
*/
static int ruPhase(const Ru *p, int i) {
  int v, j = i+2, y1 = 0, y2 = 0;
  if( !ruWord(p, i, "phase") || !(p->a[i].mFlag & COMMIT_TF_CAP) ) return 0;
  v = ruRoman(p, i+1);
  if( v==0 && i+1<p->n && p->a[i+1].eType==COMMIT_TOK_NUM
   && p->a[i+1].iEnd - p->a[i+1].iStart==1 ){
    v = commitTokenNumber(p->z, &p->a[i+1]);
  }
  if( v<1 || v>9 ) return 0;
  if( ruPunct(p, j, '(') ) j++;
  if( !ruYear(p, j, &y1) ) return 0;
  if( !(ruPunct(p, j+1, '-') || ruWord(p, j+1, "to")) || !ruYear(p, j+2, &y2) ){
    return 0;
  }
  return y2>=y1 ? v : 0;
}

/* True if the word before token i makes a plan national, not COMMIT's. */
static int ruNationalBefore(const Ru *p, int i) {
  int k;
  for(k=i-1; k>=0 && k>=i-3; k--){
    if( ruWord(p, k, "commit") ) return 0;      /* "ASEAN-COMMIT indicators" */
    if( ruWord(p, k, "national") || ruWord(p, k, "universal")
     || ruWord(p, k, "bilateral") || ruWord(p, k, "asean") ){
      return 1;
    }
  }
  return 0;
}

/* True if the common noun at token i ("declaration", "memorandum") stands
** for the document of that kind told of before: "the declaration", "this
** memorandum", not "a declaration of intent" nor "the Declaration of". */
static int ruDocAnaphor(const Ru *p, int i) {
  int k;
  if( !ruLower(p, i) || !(ruWord(p, i-1, "the") || ruWord(p, i-1, "this")
                          || ruWord(p, i-1, "that"))
   || ruWord(p, i+1, "of") || (i+1<p->n && (p->a[i+1].mFlag & COMMIT_TF_CAP)) ){
    return 0;
  }
  /* only as what is acted on: "signed the declaration", "the declaration
  ** was signed by", not "The declaration comes three years after" */
  if( i>=2 && p->aCover[i-2]>=0 && ruHit(p, p->aCover[i-2], COMMIT_GAZ_ACTION) ){
    return !ruWord(p, p->aCover[i-2]-1, "to");    /* "to sign the memorandum" */
  }
  for(k=i+1; k<p->n && k<=i+3; k++){
    if( ruHit(p, k, COMMIT_GAZ_ACTION) ) return 1;
    if( !(ruWord(p, k, "was") || ruWord(p, k, "were") || ruWord(p, k, "is")
          || ruWord(p, k, "had") || ruWord(p, k, "has") || ruWord(p, k, "been")
          || ruWord(p, k, "formally") || ruWord(p, k, "also")) ){
      return 0;
    }
  }
  return 0;
}

/*
** Documents: "the MOU", "Sub-regional Plan of Action", "SPA IV", "SPA4",
** "SPAII", "the second Joint Declaration", "second-phase action plan",
** "the Beijing Declaration".  Returns tokens used.
*/
static int ruDocument(Ru *p, int i) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_DOC);
  int j, v = 0, iStart = i, iOrd = 0, eKind;
  CommitItem it;
  if( e==0 ){
    if( ruWord(p, i, "plan") && (ruWord(p, i-1, "the") || ruWord(p, i-1, "this")
                                 || ruWord(p, i-1, "new"))
     && ruWord(p, i+1, "for") && ruYear(p, i+2, &v) ){
      /* "the plan for 2012-2013": the plan of action for that period. */
      ruItem(p, &it, COMMIT_ITEM_DOCUMENT, i, i+1);
      it.aVal[0] = COMMIT_DOC_SPA;
      it.aVal[4] = 1;
      ruAdd(p, &it);
      return 1;
    }
    if( ruWord(p, i, "plan") && !ruNationalBefore(p, i)
     && (v = ruOrdinalBefore(p, i, &iOrd))>0 && ruWord(p, iOrd-1, "the")
     && !(i+1<p->n && (p->a[i+1].mFlag & COMMIT_TF_CAP)) ){
      /* "directions for the fifth plan": the plan of action by its
      ** number. */
      ruItem(p, &it, COMMIT_ITEM_DOCUMENT, iOrd, i+1);
      it.aVal[0] = COMMIT_DOC_SPA;
      it.aVal[1] = v;
      it.aVal[4] = 1;
      ruAdd(p, &it);
      return 1;
    }
    if( ruWord(p, i, "plan") && !ruNationalBefore(p, i) && i>=3
     && ruWord(p, i-1, "year") && ruPunct(p, i-2, '-')
     && p->aCover[i-3]>=0 && ruEntry(p, p->aCover[i-3], COMMIT_GAZ_CARDINAL)
     && (ruWord(p, p->aCover[i-3]-1, "the") || ruWord(p, p->aCover[i-3]-1, "a")) ){
      /* "the three-year plan": a plan of action by its length */
      ruItem(p, &it, COMMIT_ITEM_DOCUMENT, p->aCover[i-3], i+1);
      it.aVal[0] = COMMIT_DOC_SPA;
      it.aVal[4] = 1;
      ruAdd(p, &it);
      return 1;
    }
    if( ruWord(p, i, "memorandum") && ruDocAnaphor(p, i) ){
      /* "the memorandum commits the six": the one told of before */
      ruItem(p, &it, COMMIT_ITEM_DOCUMENT, i, i+1);
      it.aVal[0] = COMMIT_DOC_MOU;
      it.aVal[4] = 1;
      ruAdd(p, &it);
      return 1;
    }
    v = ruSpaToken(p, i);
    if( v==0 && (v = ruPhase(p, i))>0 ){
      /* "Phase 2 (2008-2010)": a plan named by its phase and years. */
      ruItem(p, &it, COMMIT_ITEM_DOCUMENT, i, i+2);
      it.aVal[0] = COMMIT_DOC_SPA;
      it.aVal[1] = v;
      ruAdd(p, &it);
      return 2;
    }
    if( v==0 ) return 0;
    eKind = COMMIT_DOC_SPA;
    j = i+1;
  }else{
    eKind = e->iValue;
    j = ruEnd(p, i);
    if( e->zCode ) v = e->zCode[0]-'0';
  }
  if( ruNationalBefore(p, i) ) return j-i;
  /* "guidelines" alone is a common noun; "the COMMIT guidelines", "draft
  ** guidelines on the Transnational Referral Mechanism" name documents. */
  if( eKind==COMMIT_DOC_OTHER && !(p->a[i].mFlag & COMMIT_TF_CAP)
   && !ruWord(p, i-1, "commit") && !ruWord(p, i-1, "draft") && !ruWord(p, j, "on") ){
    return j-i;
  }
  if( e && strcmp(e->zName, "Declaration")==0 ){
    /* A bare "Declaration" needs a city or COMMIT before it, or an
    ** ordinal ("signed a second declaration"). */
    const CommitGazEntry *c = i>0 && p->aCover[i-1]>=0
        ? ruEntry(p, p->aCover[i-1], COMMIT_GAZ_CITY) : 0;
    int iO;
    if( c==0 && !ruWord(p, i-1, "commit") && !ruWord(p, i-1, "ministerial")
     && !(ruOrdinalBefore(p, i, &iO)>0 && !(p->a[i].mFlag & COMMIT_TF_CAP))
     && !ruSignedBefore(p, i)
     /* "The declaration was signed by ...": the one told of before */
     && !ruDocAnaphor(p, i) ){
      return j-i;
    }
    if( c ) iStart = p->aCover[i-1];
  }
  if( v==0 ){
    int r = ruRoman(p, j);
    if( r && (eKind==COMMIT_DOC_SPA || eKind==COMMIT_DOC_JD) ){
      v = r;
      j++;
    }else if( eKind==COMMIT_DOC_SPA && j<p->n
           && p->a[j].eType==COMMIT_TOK_NUM && p->a[j].iEnd-p->a[j].iStart==1 ){
      v = commitTokenNumber(p->z, &p->a[j]);
      j++;
    }
  }
  if( v==0 ){
    int iE = ruSkipLeftFiller(p, iStart);
    /* "second-phase action plan", "third phase plan" */
    if( ruWord(p, iE-1, "phase") ){
      iE--;
      if( ruPunct(p, iE-1, '-') ) iE--;
    }
    v = ruOrdinalBefore(p, iE, &iOrd);
    if( v>0 ) iStart = iOrd;
  }
  ruItem(p, &it, COMMIT_ITEM_DOCUMENT, iStart, j);
  it.aVal[0] = eKind;
  it.aVal[1] = v;
  /* "a successor plan", "the next plan", "a new action plan": not the one
  ** named before. */
  it.aVal[5] = v==0 && (ruWord(p, iStart, "successor") || ruWord(p, iStart-1, "successor")
                        || ruWord(p, iStart-1, "next") || ruWord(p, iStart-1, "new"));
  /* "have signed this Joint Declaration": a text naming itself */
  it.aVal[6] = v==0 && ruWord(p, iStart-1, "this") && (p->a[iStart].mFlag & COMMIT_TF_CAP);
  ruAdd(p, &it);
  return j-i;
}

/* ==== Actions ========================================================== */

/* Small words that may stand between an auxiliary and its verb. */
static int ruIsAdverb(const Ru *p, int i) {
  const CommitToken *t;
  int n;
  if( i<0 || i>=p->n ) return 0;
  t = &p->a[i];
  if( t->eType!=COMMIT_TOK_WORD ) return 0;
  n = t->iEnd - t->iStart;
  if( n>3 && p->z[t->iEnd-2]=='l' && p->z[t->iEnd-1]=='y' ) return 1;
  return ruWord(p, i, "also") || ruWord(p, i, "then") || ruWord(p, i, "all")
      || ruWord(p, i, "both") || ruWord(p, i, "subsequently");
}

/* True if a document is named within three words from token j, before
** any punctuation or "and"/"or": the object of a verb ("signed the
** fourth Joint Declaration"), not of the next clause ("SPA IV endorsed
** and the third Joint Declaration signed"). */
static int ruDocAhead(const Ru *p, int j) {
  int k;
  int e = j+4;
  for(k=j; k<p->n && k<e && !ruWord(p, k, "and") && !ruWord(p, k, "or"); k++){
    if( ruPunct(p, k, '\'') && ruWord(p, k+1, "s") ){
      k++;                         /* "the process's second Joint Declaration" */
      e += 2;
      continue;
    }
    if( p->a[k].eType==COMMIT_TOK_PUNCT ) break;
    if( ruHit(p, k, COMMIT_GAZ_DOC) || ruSpaToken(p, k) ) return 1;
  }
  return 0;
}

/*
** An action verb or noun at token i: "signed", "was adopted", "signing of",
** "agreed on".  Planned ("will sign", "expected to endorse", "set for
** endorsement") and negated actions are flagged, not dropped.
*/
/*
** True if the action at token i closes a relative clause whose object is
** the document before it: "<document>[ (period)], which|that <up to four
** words of subject and auxiliary> <verb>".
*/
static int ruRelativeObject(const Ru *p, int i) {
  int w, q, k;
  for(w=i-1; w>=0 && w>=i-24; w--){
    if( ruWord(p, w, "which") || ruWord(p, w, "that") ) break;
    /* words of the subject, and the commas of a list of countries */
    if( p->a[w].eType!=COMMIT_TOK_WORD && !ruPunct(p, w, ',') ) return 0;
  }
  if( w<1 || w<i-24 || !(ruWord(p, w, "which") || ruWord(p, w, "that")) ) return 0;
  if( i-w<2 ) return 0;          /* "the MOU that launched the process" */
  /* items between "which" and the verb: a subject, a level, countries */
  for(k=p->pOut->n-1; k>=p->iFirstItem && p->pOut->a[k].iTok>w; k--){
    const CommitItem *it = &p->pOut->a[k];
    if( it->eKind!=COMMIT_ITEM_SUBJECT && it->eKind!=COMMIT_ITEM_COUNTRY
     && !(it->eKind==COMMIT_ITEM_MEETING && it->aVal[2]==COMMIT_FORM_LEVEL) ){
      return 0;
    }
  }
  if( i-w>6 && !(k+1<p->pOut->n && (p->pOut->a[k+1].eKind==COMMIT_ITEM_COUNTRY
                                     || (k+2<p->pOut->n && p->pOut->a[k+1].eKind==COMMIT_ITEM_SUBJECT
                                         && p->pOut->a[k+2].eKind==COMMIT_ITEM_COUNTRY))) ){
    return 0;                  /* a long subject is a list of countries ("the
                               ** ministers of Cambodia, China, ...") */
  }
  q = k;
  while( q>=p->iFirstItem && (p->pOut->a[q].eKind==COMMIT_ITEM_PERIOD
                              || p->pOut->a[q].eKind==COMMIT_ITEM_DATE) ){
    q--;
  }
  if( q<p->iFirstItem || p->pOut->a[q].eKind!=COMMIT_ITEM_DOCUMENT ) return 0;
  /* "the MOU that Burma, Cambodia, ... signed", or after a comma or a
  ** bracket: "SPA III (2011-2013), which ministers approved" */
  if( p->pOut->a[q].iTokEnd==w && ruWord(p, w, "that") ) return 1;
  return (ruPunct(p, w-1, ',') || ruPunct(p, w-1, ')')) && p->pOut->a[q].iTokEnd>=w-8;
}

/* Tokens before an action searched for what makes it unreal. */
#define RU_IRREALIS_REACH 12

/*
** True if the infinitive "to" at token k states what a meeting that took
** place was for: "gathered to sign", "concluded a three-day meeting today
** in Phnom Penh to review": a past meeting verb before it in its clause.
*/
static int ruPurposeDone(const Ru *p, int k) {
  int m;
  for(m=k-1; m>=0 && m>=k-RU_IRREALIS_REACH; m--){
    if( ruPunct(p, m, ';') || ruPunct(p, m, '.') ) return 0;
    if( p->aCover[m]>=0 && ruHit(p, p->aCover[m], COMMIT_GAZ_MODAL) ) return 0;
    if( ruInList(p, m, COMMIT_WL_PAST_MEET) ) return 1;
  }
  return 0;
}

/* True if the action word at token i is a base form: "sign", "adopt". */
static int ruBaseForm(const Ru *p, int i) {
  return ruInList(p, i, COMMIT_WL_ACTION_BASE);
}

/*
** True if the action at token i is not what happened: under a proposal
** or wish ("proposed that the six governments sign", "urged them to
** adopt") or an auxiliary of possibility ("Should a memorandum of
** understanding be inked in Yangon"), within its clause.
*/
static int ruIrrealis(const Ru *p, int i) {
  int k;
  for(k=i-1; k>=0 && k>=i-RU_IRREALIS_REACH; k--){
    if( ruPunct(p, k, ',') || ruPunct(p, k, ';') || ruPunct(p, k, ':') ) return 0;
    if( ruInList(p, k, COMMIT_WL_MODAL_AUX) ) return 1;
    if( ruBaseForm(p, i) && ruInList(p, k, COMMIT_WL_IRREALIS) ) return 1;
  }
  return 0;
}

static int ruAction(Ru *p, int i) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_ACTION);
  int j, k, bPassive = 0, bPlanned = 0;
  CommitItem it;
  if( e==0 ) return 0;
  j = ruEnd(p, i);
  /* Look back over adverbs and articles for an auxiliary, modal or
  ** negation. */
  for(k=i-1; k>=0 && k>=i-6; k--){
    if( ruPunct(p, k, ',') || ruPunct(p, k, ';') ) break;
    if( p->aCover[k]>=0 ){
      int s = p->aCover[k];
      if( ruHit(p, s, COMMIT_GAZ_ACTION) && k<i-2 ) break;
      if( ruHit(p, s, COMMIT_GAZ_BE) ) bPassive = 1;
      if( ruHit(p, s, COMMIT_GAZ_MODAL)
       && !(ruWord(p, s, "to") && p->aMent[s].nTok==1 && ruPurposeDone(p, s)) ){
        bPlanned = 1;
      }
      /* "not only signed ... but also": no negation */
      if( ruHit(p, s, COMMIT_GAZ_NEGATION) && !ruWord(p, s+1, "only") ) bPlanned = 1;
      if( ruHit(p, s, COMMIT_GAZ_DOC) && k==i-1 ) bPassive = 1;
      k = s;
      continue;
    }
    if( !ruIsAdverb(p, k) && !ruWord(p, k, "and") && !ruWord(p, k, "or") ){
      if( k==i-1 && ruPunct(p, k, ')') && !ruDocAhead(p, j) ) bPassive = 1;
      break;
    }
  }
  if( ruIrrealis(p, i) ) bPlanned = 1;
  for(k=i-1; k>=0 && k>=i-4; k--){
    /* "Nothing new was signed on 16 December": none was */
    if( ruWord(p, k, "nothing") ){ bPlanned = 1; break; }
    if( p->a[k].eType==COMMIT_TOK_PUNCT ) break;
  }
  /* "named two goals: review how far ..., then discuss plans": a base form
  ** with no subject states an aim. */
  if( ruBaseForm(p, i) && (ruPunct(p, i-1, ':') || ruWord(p, i-1, "then")) ){
    bPlanned = 1;
  }
  /* "the MOU they signed", "a supporting action plan they endorsed": the
  ** object comes before its verb and its subject pronoun. */
  k = i-1;
  if( ruWord(p, k, "they") || ruWord(p, k, "we") || ruWord(p, k, "he")
   || ruWord(p, k, "she") ){
    k--;
    if( ruWord(p, k, "that") || ruWord(p, k, "which") ) k--;
    if( p->pOut->n>0 && p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_DOCUMENT
     && p->pOut->a[p->pOut->n-1].iTokEnd==k+1 ){
      bPassive = 1;
    }
  }
  /* "SPA III (2011-2013), which ministers approved at IMM3", "the first
  ** Sub-regional Plan of Action, which senior officials had adopted": the
  ** document is the object of a relative clause with its own subject. */
  if( ruRelativeObject(p, i) ) bPassive = 1;
  /* "SPA IV endorsed": a document item ends right before the verb --
  ** unless a document follows as its object ("... on SPA IV signed the
  ** fourth Joint Declaration"). */
  if( p->pOut->n>0 && p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_DOCUMENT
   && p->pOut->a[p->pOut->n-1].iTokEnd==i && !ruDocAhead(p, j) ){
    bPassive = 1;
  }
  /* "SPA IV, endorsed by ministers at IMM4, runs until 2018": a reduced
  ** relative clause after its document. */
  if( ruPunct(p, i-1, ',') && p->pOut->n>0
   && (ruWord(p, j, "by") || ruWord(p, j, "in") || ruWord(p, j, "at")
       || ruWord(p, j, "on"))
   && p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_DOCUMENT
   && (p->pOut->a[p->pOut->n-1].iTokEnd==i-1
       || (p->pOut->a[p->pOut->n-1].iTokEnd==i-2 && ruPunct(p, i-2, ')'))) ){
    bPassive = 1;          /* "the MOU, signed in Yangon on ... by", "(MOU)," */
  }
  /* "for endorsement", "for approval": a purpose, not an act. */
  if( ruWord(p, i-1, "for") || ruWord(p, i-1, "pending") ) bPlanned = 1;
  /* "Delegates agreed that senior officials would meet ... to turn the
  ** MOU's commitments into a plan": a clause agreed, no document acted on
  ** (not "the plan agreed that year") */
  if( ruWord(p, j, "that") && j==i+1
   && (ruWord(p, i, "agreed") || ruWord(p, i, "agree") || ruWord(p, i, "agrees"))
   && !ruHit(p, j+1, COMMIT_GAZ_MONTH) && !ruHit(p, j+1, COMMIT_GAZ_DOC)
   && !ruInList(p, j+1, COMMIT_WL_DOC_ANAPHOR)
   && !ruWord(p, j+1, "year") && !ruWord(p, j+1, "month") && !ruWord(p, j+1, "week")
   && !ruWord(p, j+1, "day") && !ruWord(p, j+1, "plan") ){
    bPlanned = 1;
  }
  ruItem(p, &it, COMMIT_ITEM_ACTION, i, j);
  it.aVal[0] = e->iValue;
  it.aVal[1] = bPassive;
  it.aVal[2] = bPlanned;
  it.aVal[3] = ruWord(p, j, "of");
  if( it.aVal[3] && (ruWord(p, j-1, "signatures") || ruWord(p, j-1, "signature")) ){
    /* "The declaration bears the signatures of ministers from ...": the
    ** document is its subject, as of a passive; the signers follow "of" */
    it.aVal[1] = 1;
    it.aVal[3] = 0;
  }
  ruAdd(p, &it);
  return j-i;
}

/* ==== Numbers and attendance =========================================== */

/* True if token i is an attendance verb ("attended", "took part"). */
static int ruIsAttendVerb(const Ru *p, int i) {
  return ruInList(p, i, COMMIT_WL_ATTEND_VERB);
}

/*
** A count at token i: "200", "1,200", "nearly two hundred", "150".
** Returns tokens used and sets *pValue.
*/
static int ruCount(const Ru *p, int i, int *pValue) {
  const CommitGazEntry *e;
  int v, j;
  if( i>=p->n ) return 0;
  if( p->a[i].eType==COMMIT_TOK_NUM ){
    v = commitTokenNumber(p->z, &p->a[i]);
    j = i+1;
    if( v<0 ) return 0;
    /* "held in Hanoi from 29 to 31 March 2005,17 senior officials": a
    ** footnote number glued to a year's comma counts nobody */
    if( i>=2 && ruPunct(p, i-1, ',') && ruTouch(p, i-1) && ruTouch(p, i-2)
     && p->a[i-2].eType==COMMIT_TOK_NUM && p->a[i-2].iEnd - p->a[i-2].iStart==4 ){
      return 0;
    }
    if( ruPunct(p, j, ',') && ruTouch(p, i) && j+1<p->n
     && p->a[j+1].eType==COMMIT_TOK_NUM && ruTouch(p, j)
     && p->a[j+1].iEnd - p->a[j+1].iStart==3 ){
      v = v*1000 + commitTokenNumber(p->z, &p->a[j+1]);
      j += 2;
    }
    *pValue = v;
    return j-i;
  }
  e = ruEntry(p, i, COMMIT_GAZ_CARDINAL);
  if( e ){
    v = e->iValue;
    j = ruEnd(p, i);
    if( ruWord(p, j, "hundred") ){ v *= 100; j++; }
    else if( ruPunct(p, j, '-') && ruEntry(p, j+1, COMMIT_GAZ_CARDINAL)
          && v>=20 && v<100 ){
      v += ruEntry(p, j+1, COMMIT_GAZ_CARDINAL)->iValue;
      j = ruEnd(p, j+1);
    }
    *pValue = v;
    return j-i;
  }
  return 0;
}

/* Tokens around a count searched for the verb that says people attended. */
#define RU_ATTEND_REACH 40

/*
** True if an attendance verb ("attended", "took part", "brought
** together") stands within RU_ATTEND_REACH tokens of the count over
** [i,j), or a meeting verb after it ("150 senior officials ... are
** convening in Hanoi"), with no ';' between: the count is of people who
** attended, not of victims brought back.
*/
static int ruPeopleHeld(const Ru *p, int i);
static int ruVerbHasObject(const Ru *p, int j);
static int ruAttendNear(const Ru *p, int i, int j) {
  int k;
  /* "SOM8, ..., at which about 150 senior officials reviewed ...": people
  ** at the meeting. */
  if( ruWord(p, i-1, "which") && ruWord(p, i-2, "at") ) return 1;
  for(k=j; k<p->n && k<j+RU_ATTEND_REACH; k++){
    if( ruPunct(p, k, ';') || ruPunct(p, k, '.') ) break;
    if( ruIsAttendVerb(p, k) ) return 1;
    if( p->aCover[k]>=0 && ruHit(p, p->aCover[k], COMMIT_GAZ_MEETVERB)
     && !ruPeopleHeld(p, k) && !ruVerbHasObject(p, ruEnd(p, p->aCover[k])) ){
      return 1;       /* not "opened the trial of three people" */
    }
  }
  for(k=i-1; k>=0 && k>=i-RU_ATTEND_REACH; k--){
    if( ruPunct(p, k, ';') || ruPunct(p, k, '.') ) break;
    if( ruIsAttendVerb(p, k) ) return 1;
    /* "SOM8 was held in 2010 with one hundred participants"; not "told
    ** the opening session that police ... brought back 1,500 people". */
    if( k>=i-10 && p->aCover[k]>=0 && ruHit(p, p->aCover[k], COMMIT_GAZ_MEETVERB)
     && !ruVerbHasObject(p, ruEnd(p, p->aCover[k])) ){
      int m;
      for(m=k+1; m<i && !ruInList(p, m, COMMIT_WL_CLAUSE) && !ruWord(p, m, "that"); m++){}
      if( m==i ) return 1;
    }
  }
  return 0;
}

/* Tokens after a count searched for "together with" other attendees. */
#define RU_WITH_REACH 24

/*
** A count of people: "[qualifier] N [adjectives] delegates|participants".
** Emits a NUMBER item with the attendee class.  Returns tokens used.
*/
/* The largest count read as a meeting's attendance. */
#define RU_MAX_ATTENDANCE 5000

static int ruAttendance(Ru *p, int i) {
  int v = 0, k, j, iQ = i, eClass = 0, bGroup = 0, nCount;
  const CommitGazEntry *eAtt = 0, *eQ = 0;
  CommitItem it;
  if( (nCount = k = ruCount(p, i, &v))==0 ) return 0;
  if( v<2 || ruYear(p, i, &j) ) return 0;
  /* no meeting of the process gathers tens of thousands: "at least 120,000
  ** people in Myanmar were being held" */
  if( v>RU_MAX_ATTENDANCE ) return 0;
  /* "our network sent two young people to Vientiane": a delegation sent */
  if( ruWord(p, i-1, "sent") || ruWord(p, i-1, "send") || ruWord(p, i-1, "sends") ) return 0;
  /* "with the other five members", "according to two delegates": no
  ** count of those who attended */
  if( ruWord(p, i-1, "other") || (ruWord(p, i-1, "to") && ruWord(p, i-2, "according"))
   || ruWord(p, i-1, "from") ){                  /* "pieced together from two delegates" */
    return 0;
  }
  /* "officials of the six members of COMMIT": the member states */
  if( ruWord(p, i-1, "the") && ruWord(p, i-2, "of") && ruWord(p, i+nCount, "members") ){
    return 0;
  }
  j = i + k;
  /* "46%", "9.49 million people", "2,000 victims": figures, not people
  ** who attended. */
  if( ruPunct(p, j, '%') || ruWord(p, j, "percent") || ruWord(p, j, "per")
   || ruWord(p, j, "million") || ruWord(p, j, "billion")
   || ruWord(p, j, "thousand") || ruWord(p, j, "millions")
   /* "two days of senior officials' talks": a span of time */
   || ruWord(p, j, "days") || ruWord(p, j, "weeks") || ruWord(p, j, "months")
   || ruWord(p, j, "years") || ruWord(p, j, "hours")
   || (ruPunct(p, i-1, '.') && i>=2 && p->a[i-2].eType==COMMIT_TOK_NUM) ){
    return 0;
  }
  /* Up to two modifiers: "senior", "Vietnamese", "government". */
  for(k=0; k<3 && j<p->n; k++){
    if( (eAtt = ruEntry(p, j, COMMIT_GAZ_ATTENDEE))!=0 ) break;
    if( ruEntry(p, j, COMMIT_GAZ_COUNTRY) || ruEntry(p, j, COMMIT_GAZ_ORG)
     || ruInList(p, j, COMMIT_WL_GROUP_WORD) ){
      bGroup = 1;
    }
    if( p->a[j].eType!=COMMIT_TOK_WORD ) break;
    if( p->aMent[j].nTok>0 ) j = ruEnd(p, j); else j++;
  }
  if( eAtt==0 ) return 0;
  eClass = bGroup ? 2 : eAtt->iValue;
  j = ruEnd(p, j);
  /* "delegates from Vietnamese ministries": one group. */
  if( ruWord(p, j, "from") ){
    int m = j+1;
    if( ruWord(p, m, "the") ) m++;
    if( (ruEntry(p, m, COMMIT_GAZ_COUNTRY) || ruEntry(p, m, COMMIT_GAZ_ORG))
     && !ruPunct(p, ruEnd(p, m), ',') && !ruWord(p, ruEnd(p, m), "and")
     && !ruPunct(p, ruEnd(p, m), '&') ){
      eClass = 2;
    }
    /* "representatives from NGOs", "from civil society": one group. */
    if( ruInList(p, m, COMMIT_WL_GROUP_WORD) || ruWord(p, m, "civil") ) eClass = 2;
  }
  /* The qualifier before the count: "nearly", "more than". */
  if( i>0 && p->aCover[i-1]>=0 ){
    eQ = ruEntry(p, p->aCover[i-1], COMMIT_GAZ_QUALIFIER);
    if( eQ ) iQ = p->aCover[i-1];
  }
  /* "eighteen ministerial representatives ..., along with senior
  ** officials ... and delegates of Embassies": one group of several. */
  {
    int m;
    for(m=j; m<p->n && m<j+RU_WITH_REACH; m++){
      if( ruPunct(p, m, ';') || ruPunct(p, m, '.') ) break;
      if( ruInList(p, m, COMMIT_WL_WITH_MORE) ){
        int q;
        /* Other people: "together with observers", "along with staff of
        ** UN agencies"; not the sources of the same people ("from the six
        ** countries as well as UN agencies"). */
        for(q=m+1; q<p->n && q<m+6; q++){
          if( ruPunct(p, q, ',') || ruPunct(p, q, ';') ) break;
          const CommitGazEntry *eA = ruEntry(p, q, COMMIT_GAZ_ATTENDEE);
          if( (eA && eA->iValue==1) || ruInList(p, q, COMMIT_WL_PEOPLE_NOUN) ){
            eClass = 2;
            break;
          }
        }
        break;
      }
    }
  }
  /* "including 30 NGO representatives": a part of a count, not one. */
  {
    int m;
    for(m=iQ-1; m>=0 && m>=iQ-3; m--){
      /* "of whom", "of which" (not "which drew nearly 200") */
      if( ruWord(p, m, "including") || ruWord(p, m, "among")
       || ((ruWord(p, m, "whom") || ruWord(p, m, "which"))
           && (ruWord(p, m-1, "of") || ruWord(p, m-1, "among"))) ){
        eClass = 3;
      }
    }
  }
  ruItem(p, &it, COMMIT_ITEM_NUMBER, iQ, j);
  it.aVal[0] = v;
  it.aVal[1] = eClass;
  it.aVal[2] = ruFutureBefore(p, iQ) || ruFutureAfter(p, j);
  it.aVal[3] = ruAttendNear(p, iQ, j);
  if( eQ ){
    it.iAux = p->a[iQ].iStart;
    it.nAux = p->a[i-1].iEnd - it.iAux;
  }else{
    it.iAux = -1;
  }
  ruAdd(p, &it);
  /* Only the count is consumed: "six countries" is still a subject. */
  return nCount;
}

/* ==== Places, venues, hosts ============================================ */

/* True if the token before i is "in" or "at" (possibly "held in"). */
static int ruInAt(const Ru *p, int i) {
  return ruWord(p, i-1, "in") || ruWord(p, i-1, "at") || ruWord(p, i-1, "to");
}

/* True if "planned for", "scheduled for", "set for" stands before token
** i: "The eleventh SOM is planned for Lao PDR". */
static int ruPlannedFor(const Ru *p, int i) {
  return ruWord(p, i-1, "for")
      && (ruWord(p, i-2, "planned") || ruWord(p, i-2, "scheduled") || ruWord(p, i-2, "set")
          || ruWord(p, i-2, "slated"));
}

/*
** The token a city's preposition would precede: i itself, or the start of
** a description of the city before it: "in Laos capital Vientiane", "in
** Myanmar's ancient city of Bagan", "in the capital, Phnom Penh".
*/
static int ruPlaceLead(const Ru *p, int i) {
  int k = i-1, n;
  if( ruWord(p, k, "of") || ruPunct(p, k, ',') ) k--;
  if( !ruWord(p, k, "capital") && !ruWord(p, k, "city") && !ruWord(p, k, "town") ){
    return i;
  }
  k--;
  for(n=0; n<4 && k>=0; n++){
    if( ruWord(p, k, "in") || ruWord(p, k, "at") || ruWord(p, k, "to") ) break;
    if( ruWord(p, k, "s") && ruPunct(p, k-1, '\'') ){ k -= 2; continue; }
    if( !ruLower(p, k) && !(p->aCover[k]>=0
                            && ruHit(p, p->aCover[k], COMMIT_GAZ_COUNTRY)) ){
      return i;
    }
    k = p->aCover[k]>=0 ? p->aCover[k]-1 : k-1;
  }
  return k+1;
}

/*
** True if the city at token i is where someone comes or connects from:
** "officials from Hanoi", "connecting from the Ministry's operations room
** in Bangkok".  "from" within eight tokens before it, in its clause.
*/
static int ruFromPlace(const Ru *p, int i) {
  int k;
  for(k=i-1; k>=0 && k>=i-8; k--){
    int c = p->aCover[k];
    if( p->a[k].eType==COMMIT_TOK_PUNCT && !ruPunct(p, k, '\'') ) return 0;
    if( ruWord(p, k, "at") || ruWord(p, k, "to") || ruWord(p, k, "for")
     || ruWord(p, k, "and") ){
      return 0;                 /* "Delegates from Asia gather at ..." */
    }
    if( c>=0 && (ruHit(p, c, COMMIT_GAZ_MEETWORD) || ruHit(p, c, COMMIT_GAZ_SERIES)
                 || ruHit(p, c, COMMIT_GAZ_MEETVERB) || ruHit(p, c, COMMIT_GAZ_ACTION)) ){
      return 0;
    }
    if( ruWord(p, k, "from") ) return 1;
  }
  return 0;
}

/* True if the place at token i is denied: "held online rather than in
** Bangkok", "instead of Hanoi", "not in Yangon". */
static int ruNotThere(const Ru *p, int i) {
  return (ruWord(p, i-1, "than") && ruWord(p, i-2, "rather"))
      || (ruWord(p, i-1, "of") && ruWord(p, i-2, "instead"))
      || ruWord(p, i-1, "not");
}

/*
** True if a hosting verb follows a city ending before token j: "Hanoi will
** host the Sixth IMM", "Bangkok hosted SOM9": the meeting's city.
*/
#define RU_REGION_REACH 8     /* tokens of ", Jiangxi province, China" */
#define RU_CITY_ASIDE_REACH 10 /* tokens of "-- as the old maps call it --" */

static int ruNamePart(const Ru *p, int i);

/*
** The token after the province and country that follow a city ending
** before token j ("Nanchang, Jiangxi province, China: SOM13 opens"), or
** j when they do not end in ':'.
*/
static int ruPastRegion(const Ru *p, int j) {
  int k = j;
  while( ruPunct(p, k, ',') && k<j+RU_REGION_REACH ){
    int m = k+1;
    if( ruHit(p, m, COMMIT_GAZ_COUNTRY) ){
      m = ruEnd(p, m);
    }else{
      while( m<k+4 && ruNamePart(p, m) && !ruHit(p, m, COMMIT_GAZ_CITY)
             && !ruWord(p, m, "province") && !ruWord(p, m, "prefecture") ){
        m++;
      }
      if( m==k+1 || !(ruWord(p, m, "province") || ruWord(p, m, "prefecture")) ) return j;
      m++;
    }
    k = m;
  }
  return ruPunct(p, k, ':') ? k : j;
}

/*
** True if a place ending before token k is told as the venue: "was (is)
** the venue of (setting for)", "has (since, also, often) been the venue
** of", "should (will, would) be the venue for", "was the place to organize
** the 3rd ... (IMM3)".
*/
static int ruVenueAfter(const Ru *p, int k) {
  if( ruWord(p, k, "has") && ruWord(p, k+1, "been") ) k += 2;
  else if( ruWord(p, k, "has") && (ruWord(p, k+1, "since") || ruWord(p, k+1, "also")
                                   || ruWord(p, k+1, "often"))
        && ruWord(p, k+2, "been") ){
    k += 3;
  }else if( ruWord(p, k, "was") || ruWord(p, k, "is") ){
    k += 1;
  }else if( (ruWord(p, k, "should") || ruWord(p, k, "will") || ruWord(p, k, "would"))
         && ruWord(p, k+1, "be") ){
    k += 2;
  }else{
    return 0;
  }
  if( !ruWord(p, k, "the") ) return 0;
  return ruWord(p, k+1, "venue") || ruWord(p, k+1, "setting")
      || (ruWord(p, k+1, "place")
          && (ruWord(p, k+2, "to") || ruWord(p, k+2, "for") || ruWord(p, k+2, "of")));
}

static int ruCityHosts(const Ru *p, int i, int j) {
  int k;
  j = ruPastRegion(p, j);
  if( ruPunct(p, j, '-') || ruPunct(p, j, '(') ){
    /* "Pagan -- as the old maps still call it -- was the venue for" */
    int c = ruPunct(p, j, '(') ? ')' : '-', j0 = j+1;
    while( c=='-' && ruPunct(p, j0, '-') ) j0++;          /* "--" */
    for(k=j0; k<p->n && k<=j0+RU_CITY_ASIDE_REACH; k++){
      if( ruPunct(p, k, '.') || ruPunct(p, k, ';') ) break;
      if( ruPunct(p, k, c) && k>j0 ){
        while( c=='-' && ruPunct(p, k+1, '-') ) k++;
        if( ruWord(p, k+1, "was") || ruWord(p, k+1, "is") || ruWord(p, k+1, "has")
         || ruWord(p, k+1, "hosted") || ruWord(p, k+1, "will") ){
          j = k+1;
        }
        break;
      }
    }
  }
  k = j;
  if( ruPunct(p, j, ':')
      /* "* 14-15 and 16 February, Hanoi - SOM8 and IMM3": a list entry's
      ** date, its city, a dash */
   || (ruPunct(p, j, '-') && ruPunct(p, i-1, ',') && p->pOut->n>p->iFirstItem
       && p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_DATE
       && p->pOut->a[p->pOut->n-1].iTokEnd==i-1
       && p->pOut->a[p->iFirstItem].eKind==COMMIT_ITEM_DATE
       && p->pOut->a[p->iFirstItem].iTok<=2) ){
    /* a timeline line: "October 29, 2004 -- Yangon: IMM1. The ministers" */
    int s0 = 0, v0 = 0;
    for(k=j+1; k<p->n && k<j+5; k++){
      if( ruCodeToken(p, k, &s0, &v0) || ruEntry(p, k, COMMIT_GAZ_SERIES) ) return 1;
    }
    return 0;
  }
  /* "Bagan, in Myanmar, was the venue of": past the country aside */
  if( ruPunct(p, k, ',') && ruWord(p, k+1, "in") && ruHit(p, k+2, COMMIT_GAZ_COUNTRY)
   && ruPunct(p, ruEnd(p, k+2), ',') ){
    k = ruEnd(p, k+2)+1;
    j = k;
  }
  if( ruVenueAfter(p, k) ) return 1;
  k = j;
  if( (ruWord(p, k, "will") || ruWord(p, k, "would")) && ruWord(p, k+1, "on")
   && ruHit(p, k+2, COMMIT_GAZ_WEEKDAY) ){
    k += 3;                    /* "Ha Noi will on Wednesday host" */
  }
  while( k<j+2 && (ruWord(p, k, "will") || ruWord(p, k, "would") || ruWord(p, k, "is")
                   || ruWord(p, k, "should") || ruWord(p, k, "be")
                   || ruWord(p, k, "to") || ruWord(p, k, "also") || ruWord(p, k, "has")
                   || ruWord(p, k, "had")) ){
    k++;
  }
  return ruWord(p, k, "host") || ruWord(p, k, "hosts") || ruWord(p, k, "hosted")
      || ruWord(p, k, "hosting")
      || (ruWord(p, k, "played") && ruWord(p, k+1, "host"));    /* "played host to" */
}

/* List markers before an entry's label ("- ", "-- ", "* "), at most. */
#define RU_LIST_MARKS 3

/*
** The token of the country that labels a list entry, "- Cambodia: H.E. Ms.
** X, ...", "-- China: Vice Minister ...": the delegation of the people the
** entry names.  -1 if the sentence is no such entry.
*/
static int ruEntryLabel(const Ru *p) {
  int k = 0;
  const CommitGazHit *h;
  while( k<p->n && k<RU_LIST_MARKS && (ruPunct(p, k, '-') || ruPunct(p, k, '*')) ) k++;
  if( k==0 || k>=p->n ) return -1;
  h = ruHit(p, k, COMMIT_GAZ_COUNTRY);
  if( h==0 || h->bAdjective || !ruPunct(p, ruEnd(p, k), ':') ) return -1;
  return k;
}

/* The country entry of the label of ruEntryLabel(), or -1. */
static int ruEntryCountry(const Ru *p) {
  int k = ruEntryLabel(p);
  return k>=0 ? ruHit(p, k, COMMIT_GAZ_COUNTRY)->iEntry : -1;
}

/*
** Countries and cities.  "Yangon, Myanmar" gives the city its country;
** "the Cambodian capital" is Phnom Penh; "in Thailand" flags the country.
*/
static int ruPlace(Ru *p, int i) {
  const CommitGazHit *hCity = ruHit(p, i, COMMIT_GAZ_CITY);
  const CommitGazHit *hCountry = ruHit(p, i, COMMIT_GAZ_COUNTRY);
  int j = ruEnd(p, i);
  CommitItem it;
  if( hCity ){
    ruItem(p, &it, COMMIT_ITEM_PLACE, i, j);
    it.iEntry = hCity->iEntry;
    it.aVal[0] = ruCityHosts(p, i, j) ? 3
        : (ruPunct(p, i-1, ',') && p->pOut->n>0
           && p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_VENUE
           && p->pOut->a[p->pOut->n-1].iTokEnd==i-1) ? 2
        : (ruWord(p, i-1, "in") && ruWord(p, i-2, "here")) ? 2   /* "here in Phnom Penh" */
        /* a table's cell of its own: "29 Oct 2004 | Yangon | IMM1" */
        : (ruPunct(p, i-1, '|') && ruPunct(p, j, '|')) ? 2
        : ruInAt(p, ruPlaceLead(p, i)) || ruWord(p, i-1, "here");
    it.aVal[1] = -1;
    /* "at the Myawaddy border crossing": a city naming something else. */
    it.aVal[3] = (ruWord(p, i-1, "the") && ruLower(p, j)
                  && !ruWord(p, j, "round")         /* "the Beijing round" */
                  && !ruMinisterialNoun(p, j, j+1)) /* "the Beijing ministerial" */
              || ruFromPlace(p, i)
              || ruNotThere(p, ruWord(p, i-1, "in") ? i-1 : i)
              /* "(times in Bangkok time, GMT+7)": a clock, not a place */
              || ruWord(p, j, "time");
    {
      int m = j;
      if( ruPunct(p, m, ',') ) m++;
      if( ruHit(p, m, COMMIT_GAZ_COUNTRY) && !ruHit(p, m, COMMIT_GAZ_COUNTRY)->bAdjective ){
        int c = ruHit(p, m, COMMIT_GAZ_COUNTRY)->iEntry;
        const char *zIn = aCommitGazEntry[hCity->iEntry].zCountry;
        const char *zCode = aCommitGazEntry[c].zCode;
        /* not "Before Bagan, Lao PDR's ministry hosted": a city of
        ** another country, or a possessive's owner */
        if( (zIn==0 || zCode==0 || strcmp(zIn, zCode)==0)
         && !(ruPunct(p, ruEnd(p, m), '\'') && ruWord(p, ruEnd(p, m)+1, "s")) ){
          it.aVal[1] = c;
        }
      }
    }
    ruAdd(p, &it);
    /* A city named like its country ("Singapore") is both. */
    if( hCountry==0 ) return j-i;
  }
  if( hCountry ){
    ruItem(p, &it, COMMIT_ITEM_COUNTRY, i, j);
    it.iEntry = hCountry->iEntry;
    it.aVal[0] = hCountry->bAdjective;
    /* "in Thailand"; "Thailand should be the venue for SOM8", "Laos will
    ** host the next SOM": the meeting's country */
    it.aVal[1] = hCountry->bAdjective ? 0 : ruVenueAfter(p, j) ? 2 : ruInAt(p, i) ? 1
               /* "The eleventh SOM is planned for Lao PDR next year" */
               : ruPlannedFor(p, i) ? 3 : 0;
    it.aVal[2] = i==ruEntryLabel(p);            /* "- Cambodia: ..." */
    ruAdd(p, &it);
    /* "the Cambodian capital", "the Lao capital city", "the Myanmar
    ** capital", "Myanmar's capital": the capital of the report's time,
    ** which facts.c settles (aVal[2]); not "Laos capital Vientiane",
    ** where the city is named. */
    if( hCity==0 ){
      int jc = j;
      if( !hCountry->bAdjective && ruPunct(p, jc, '\'') && ruWord(p, jc+1, "s") ){
        jc += 2;
      }
      if( ruWord(p, jc, "capital")
       && (hCountry->bAdjective || jc>j || ruWord(p, i-1, "the"))
       && !ruHit(p, ruWord(p, jc+1, "city") ? jc+2 : jc+1, COMMIT_GAZ_CITY) ){
        int j2 = jc+1;
        if( ruWord(p, j2, "city") ) j2++;
        if( ruCapital(p, i, j2, hCountry->iEntry, ruInAt(p, i-1) || ruInAt(p, i)) ){
          return j2-i;
        }
      }
    }
  }
  return j-i;
}

/* True if token i may continue a proper name (capitalised or connector). */
static int ruNamePart(const Ru *p, int i) {
  if( i>=p->n ) return 0;
  if( p->a[i].eType==COMMIT_TOK_WORD
   && (p->a[i].mFlag & (COMMIT_TF_CAP|COMMIT_TF_NONASCII)) ) return 1;
  if( p->a[i].eType==COMMIT_TOK_NUM ) return 0;
  return 0;
}

/*
** Venue: "at (the) <Capitalised words with a venue word>", e.g. "at the
** Don Chan Palace Hotel", "at Diaoyutai State Guesthouse".
*/
/* True if the sentence so far opens with a meeting, or its first meeting
** follows only a date ("2007 | SOM5 / IMM2 | 12-14 Dec 2007 | ..."). */
static int ruMeetingBefore(const Ru *p) {
  int k;
  for(k=p->iFirstItem; k<p->pOut->n && k<p->iFirstItem+2; k++){
    if( p->pOut->a[k].eKind==COMMIT_ITEM_MEETING ) return 1;
    if( p->pOut->a[k].eKind!=COMMIT_ITEM_DATE ) return 0;
  }
  return 0;
}

/* True if a meeting was named earlier in the sentence, on a line with
** bars: a table row. */
static int ruMeetingInRow(const Ru *p) {
  int k;
  for(k=p->iFirstItem; k<p->pOut->n; k++){
    if( p->pOut->a[k].eKind==COMMIT_ITEM_MEETING ) return 1;
  }
  return 0;
}

static int ruVenue(Ru *p, int i) {
  int j, iStart, bVenue = 0, iLastVenue = -1, bList = 0;
  CommitItem it;
  if( ruPunct(p, i, ',') && p->pOut->n>p->iFirstItem
   && p->pOut->a[p->pOut->n-1].iTokEnd==i
   && (p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_MEETING
       || (p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_PLACE
           && (ruMeetingBefore(p)
               /* "*  12-14 December  |  Beijing, Diaoyutai State
               ** Guesthouse": a dated heading's place cell */
               || ruPunct(p, p->pOut->a[p->pOut->n-1].iTok-1, '|')))) ){
    /* "SOM6, Don Chan Palace Hotel, Vientiane.", "SOM9 - 21-22 February
    ** 2013, Bangkok, Royal Orchid Sheraton Hotel.", a table row's cell
    ** "| Beijing, Diaoyutai State Guesthouse |" */
    bList = 1;
  }else if( ruPunct(p, i, ':') && i<=2 && (ruWord(p, i-1, "where") || ruWord(p, i-1, "venue")
                                            || ruWord(p, i-1, "location")) ){
    bList = 2;                 /* "WHERE: Royal Orchid Sheraton Hotel, Bangkok" */
  }else if( ruPunct(p, i, ':') && i==4 && ruWord(p, 0, "venue") && ruPunct(p, 1, '(')
         && ruPunct(p, 3, ')') ){
    bList = 2;                 /* "Venue (IMM2):   Diaoyutai State Guesthouse" */
  }else if( (ruWord(p, i, "was") || ruWord(p, i, "is")) && ruWord(p, i-1, "venue") ){
    bList = 5;                 /* "the venue was the Royal Orchid Sheraton" */
  }else if( ruPunct(p, i, '|') && ruMeetingInRow(p) ){
    bList = 3;                 /* "| SOM6 | ... | Don Chan Palace Hotel, Vientiane |" */
  }else if( ruPunct(p, i, '(') && p->pOut->n>p->iFirstItem
         && p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_PLACE
         && p->pOut->a[p->pOut->n-1].iTokEnd==i ){
    bList = 6;                 /* "Vientiane (Don Chan Palace Hotel)" */
  }else if( (i==0 || (p->a[i].mFlag & COMMIT_TF_NL)) && ruNamePart(p, i)
         && !ruEntry(p, i, COMMIT_GAZ_CITY) && !ruEntry(p, i, COMMIT_GAZ_COUNTRY) ){
    bList = 4;                 /* a line of its own: "Royal Orchid Sheraton
                               ** Hotel, Bangkok" under a meeting's title */
  }else if( ruPunct(p, i, ',') && p->pOut->n>p->iFirstItem+1
         && p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_COUNTRY
         && p->pOut->a[p->pOut->n-1].iTokEnd==i-1 && ruPunct(p, i-1, ')')
         && p->pOut->a[p->pOut->n-2].eKind==COMMIT_ITEM_PLACE
         && p->pOut->a[p->pOut->n-2].iTokEnd==p->pOut->a[p->pOut->n-1].iTok-1
         && ruMeetingBefore(p) ){
    bList = 1;                 /* "| Vientiane (Lao PDR), Don Chan Palace Hotel |" */
  }else if( !ruWord(p, i, "at") && !(ruWord(p, i, "in") && ruWord(p, i+1, "the")) ){
    return 0;                  /* "at the ...", "in the Diaoyutai State ..." */
  }else if( ruInList(p, i-1, COMMIT_WL_ROLE_AT) ){
    return 0;                  /* "a senior researcher at the X Centre" */
  }
  j = bList==4 ? i : i+1;
  if( ruWord(p, j, "the") && (!bList || bList==5) ) j++;
  /* "at Beijing's Diaoyutai State Guesthouse" */
  if( !bList && ruEntry(p, j, COMMIT_GAZ_CITY) && ruPunct(p, ruEnd(p, j), '\'')
   && ruWord(p, ruEnd(p, j)+1, "s") ){
    j = ruEnd(p, j)+2;
  }
  iStart = j;
  while( j<p->n ){
    if( ruNamePart(p, j) ){
      if( ruEntry(p, j, COMMIT_GAZ_VENUE) ){ bVenue = 1; iLastVenue = j; }
      if( ruEntry(p, j, COMMIT_GAZ_MONTH) || ruEntry(p, j, COMMIT_GAZ_WEEKDAY) ){
        break;
      }
      j = ruEnd(p, j) > j+1 && !ruEntry(p, j, COMMIT_GAZ_CITY)
          && !ruEntry(p, j, COMMIT_GAZ_COUNTRY) ? ruEnd(p, j) : j+1;
      continue;
    }
    if( (ruPunct(p, j, '&') || ruWord(p, j, "of") || ruPunct(p, j, '-')
         || ruPunct(p, j, '\''))
     && ruNamePart(p, j+1) ){
      j++;
      continue;
    }
    break;
  }
  /* "the Centara Grand hotel": a venue word in lower case ends the name
  ** (not "a Bangkok hotel"). */
  if( j>iStart && j<p->n && !(p->a[j].mFlag & COMMIT_TF_CAP)
   && ruEntry(p, j, COMMIT_GAZ_VENUE)
   && !(ruEnd(p, iStart)==j && (ruEntry(p, iStart, COMMIT_GAZ_CITY)
                                || ruEntry(p, iStart, COMMIT_GAZ_COUNTRY))) ){
    bVenue = 1;
    iLastVenue = j;
    j = ruEnd(p, j);
  }
  if( !bVenue || j==iStart ) return 0;
  /* Trailing words after the last venue word that are a city: drop. */
  if( iLastVenue+1<j && (ruEntry(p, iLastVenue+1, COMMIT_GAZ_CITY)
                        || ruEntry(p, iLastVenue+1, COMMIT_GAZ_COUNTRY)) ){
    j = iLastVenue+1;
  }
  /* Not "at" ("in the ...", a list): the name must end in its venue word,
  ** and a list item is followed by its city. */
  if( !ruWord(p, i, "at") && bList!=2 && bList!=5 && iLastVenue+1!=j ) return 0;
  if( bList==6 && !ruPunct(p, j, ')') ) return 0;   /* the bracket holds it alone */
  if( bList==3 && !((ruPunct(p, j, ',') && ruEntry(p, j+1, COMMIT_GAZ_CITY))
                    || ruPunct(p, j, '|')) ){
    return 0;                  /* the cell holds the venue, or it and its city */
  }
  if( bList==4 ){
    /* the venue, its city, perhaps its country, and the line ends */
    int e;
    if( !ruPunct(p, j, ',') || !ruEntry(p, j+1, COMMIT_GAZ_CITY) ) return 0;
    e = ruEnd(p, j+1);
    if( ruPunct(p, e, ',') && ruEntry(p, e+1, COMMIT_GAZ_COUNTRY) ) e = ruEnd(p, e+1);
    if( ruPunct(p, e, '.') ) e++;
    if( e<p->n && !(p->a[e].mFlag & COMMIT_TF_NL) ) return 0;
  }
  if( bList==1 && !(ruPunct(p, j, ',') && ruEntry(p, j+1, COMMIT_GAZ_CITY))
   && !((p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_PLACE
         || p->pOut->a[p->pOut->n-1].eKind==COMMIT_ITEM_COUNTRY)
        && (j>=p->n || ruPunct(p, j, '.') || ruPunct(p, j, ';') || ruPunct(p, j, '|'))) ){
    return 0;
  }
  ruItem(p, &it, COMMIT_ITEM_VENUE, iStart, j);
  ruAdd(p, &it);
  return j-i;
}

/*
** A host entity at token i: an organisation, a country, or "Ministry of
** X" not in the data.  Returns tokens used; fills *pItem.
*/
static int ruHostEntity(const Ru *p, int i, int eType, CommitItem *pItem) {
  const CommitGazHit *h;
  int j, i0 = i;
  if( ruWord(p, i, "the") ) i++;
  if( i>=p->n ) return 0;
  /* "China's Ministry of Public Security": the organisation wins. */
  if( ruHit(p, i, COMMIT_GAZ_COUNTRY) && ruPunct(p, ruEnd(p, i), '\'')
   && ruWord(p, ruEnd(p, i)+1, "s") ){
    int k = ruEnd(p, i)+2;
    if( ruHit(p, k, COMMIT_GAZ_ORG) || ruWord(p, k, "ministry") ) i = k;
  }
  h = ruHit(p, i, COMMIT_GAZ_COUNTRY);
  if( (h && !h->bAdjective) ){
    /* "the Royal Thai Government" names the country: its short name. */
    j = ruEnd(p, i);
    ruItem(p, pItem, COMMIT_ITEM_HOST, i, j);
    pItem->iEntry = h->iEntry;
    pItem->aVal[1] = COMMIT_GAZ_COUNTRY;
  }else if( (h = ruHit(p, i, COMMIT_GAZ_ORG))!=0 ){
    j = ruEnd(p, i);
    ruItem(p, pItem, COMMIT_ITEM_HOST, i, j);
    pItem->iEntry = h->iEntry;
    pItem->aVal[1] = COMMIT_GAZ_ORG;
  }else if( (h = ruHit(p, i, COMMIT_GAZ_COUNTRY))!=0 && h->bAdjective
         && ruHit(p, ruEnd(p, i), COMMIT_GAZ_ORG) ){
    /* "the Lao Ministry of Public Security": the organisation. */
    int k = ruEnd(p, i);
    j = ruEnd(p, k);
    ruItem(p, pItem, COMMIT_ITEM_HOST, k, j);
    pItem->iEntry = ruHit(p, k, COMMIT_GAZ_ORG)->iEntry;
    pItem->aVal[1] = COMMIT_GAZ_ORG;
  }else if( (h = ruHit(p, i, COMMIT_GAZ_COUNTRY))!=0 ){
    j = ruEnd(p, i);
    if( h->bAdjective ){
      /* "the Thai government", "Lao authorities" */
      if( !(ruWord(p, j, "government") || ruWord(p, j, "authorities")
            || ruWord(p, j, "side")) ) return 0;
      j++;
    }
    ruItem(p, pItem, COMMIT_ITEM_HOST, i, j);
    pItem->iEntry = h->iEntry;
    pItem->aVal[1] = COMMIT_GAZ_COUNTRY;
  }else if( ruWord(p, i, "government") && ruWord(p, i+1, "of")
         && ((h = ruHit(p, i+2, COMMIT_GAZ_COUNTRY))!=0
             || (ruWord(p, i+2, "the") && (h = ruHit(p, i+3, COMMIT_GAZ_COUNTRY))!=0)) ){
    j = ruEnd(p, ruWord(p, i+2, "the") ? i+3 : i+2);
    ruItem(p, pItem, COMMIT_ITEM_HOST, i, j);
    pItem->iEntry = h->iEntry;
    pItem->aVal[1] = COMMIT_GAZ_COUNTRY;
  }else if( ruWord(p, i, "ministry") && ruWord(p, i+1, "of")
         && ruNamePart(p, i+2) ){
    j = i+2;
    while( j<p->n && (ruNamePart(p, j) || (ruWord(p, j, "and") && ruNamePart(p, j+1))) ){
      j++;
    }
    ruItem(p, pItem, COMMIT_ITEM_HOST, i, j);
    pItem->aVal[1] = -1;
  }else{
    return 0;
  }
  pItem->aVal[0] = eType;
  if( pItem->aVal[1]==COMMIT_GAZ_COUNTRY ){
    /* "the Royal Thai Government": a government is named as written. */
    int k;
    for(k=pItem->iTok; k<j; k++){
      if( ruWord(p, k, "government") ) pItem->aVal[2] = 1;
    }
  }
  return j - i0;
}

/*
** Hosts and organisers: "hosted by the MPS", "co-organized by A, B and C",
** "Thailand hosted the meeting", "with Viet Nam as host", "chaired by".
** Each named entity becomes a HOST item.
*/
static int ruIsFutureWord(const Ru *p, int i);

/*
** "hosted virtually by", "co-hosted online by": a participle of hosting at
** i (ending before j) whose "by" follows one or two lower-case words.
** Returns the token after "by", else 0.
*/
static int ruPassiveAfter(const Ru *p, int i, int j) {
  int k;
  if( !(ruWord(p, i, "hosted") || ruWord(p, i, "co-hosted")
        || ruWord(p, i, "cohosted")) ){
    return 0;
  }
  if( ruWord(p, j, "in") || ruWord(p, j, "on") || ruWord(p, j, "at") ){
    /* "was hosted in Hanoi on 16 December 2020 by Viet Nam's Ministry of
    ** Public Security": a place and a date between */
    for(k=j+1; k<j+10 && k<p->n; k++){
      if( p->a[k].eType==COMMIT_TOK_PUNCT && p->a[k].cPunct!='-' ) return 0;
      if( ruWord(p, k, "by") ) return k+1;
    }
  }
  for(k=j; k<j+2 && k<p->n; k++){
    if( p->a[k].eType!=COMMIT_TOK_WORD || (p->a[k].mFlag & COMMIT_TF_CAP) ){
      return 0;
    }
    if( ruWord(p, k+1, "by") ) return k+2;
  }
  return 0;
}

/* Tokens searched for the meeting word of a host verb's object. */
#define RU_HOST_OBJECT_REACH 7

/*
** True if the object after a host verb ending at token j is something
** other than a meeting: "would host a training course for border police",
** not "will host a meeting of senior officials" nor "hosted the SOM".
*/
static int ruHostsOther(const Ru *p, int j) {
  int k;
  if( !ruWord(p, j, "a") && !ruWord(p, j, "an") ) return 0;
  for(k=j+1; k<p->n && k<=j+RU_HOST_OBJECT_REACH; k=ruEnd(p, k)){
    int s0, n0;
    if( ruHit(p, k, COMMIT_GAZ_MEETWORD) || ruHit(p, k, COMMIT_GAZ_SERIES)
     || ruCodeToken(p, k, &s0, &n0) ){
      return 0;
    }
    if( (p->a[k].eType==COMMIT_TOK_PUNCT && !ruPunct(p, k, '-'))
     || ruWord(p, k, "for") || ruWord(p, k, "on")
     || ruWord(p, k, "in") || ruWord(p, k, "of") ){
      break;
    }
  }
  return 1;
}

/*
** True if "host" at token i follows "and" in a future clause: "Viet Nam
** will take over as COMMIT Chair and host the sixth IMM".
*/
static int ruFutureAndHost(const Ru *p, int i) {
  int k;
  if( !ruWord(p, i-1, "and") ) return 0;
  for(k=i-2; k>=0 && k>=i-10; k--){
    if( p->a[k].eType==COMMIT_TOK_PUNCT ) return 0;
    if( ruIsFutureWord(p, k) ) return 1;
  }
  return 0;
}

static int ruHost(Ru *p, int i) {
  const CommitGazEntry *e = ruEntry(p, i, COMMIT_GAZ_HOSTVERB);
  int j, eType, n, bAfter;
  CommitItem it;
  if( e==0 ) return 0;
  j = ruEnd(p, i);
  eType = e->iValue;
  n = (int)strlen(e->zName);
  if( i==0 && ruPunct(p, j, ':') && eType==COMMIT_HOST_HOST ){
    /* A notice's field line: "HOST: Royal Thai Government, through ..." */
    int m = ruHostEntity(p, j+1, COMMIT_HOST_HOST, &it);
    if( m==0 ) return j+1-i;
    ruAdd(p, &it);
    return j+1+m-i;
  }
  bAfter = (n>3 && strcmp(e->zName+n-3, " by")==0)
        || (n>4 && strcmp(e->zName+n-4, " was")==0)      /* "The host was X" */
        || (n>5 && strcmp(e->zName+n-5, " were")==0);
  if( bAfter || (eType==COMMIT_HOST_HOST && ruPassiveAfter(p, i, j)) ){
    /* Passive: the list that follows ("hosted virtually by"); a copula,
    ** "The host was the Ministry of Public Security". */
    int k = bAfter ? j : ruPassiveAfter(p, i, j);
    int nGuard = 0;
    while( k<p->n && nGuard++<8 ){
      int m;
      if( ruWord(p, k, "the") || ruWord(p, k, "office") || ruWord(p, k, "of") ){
        k++;
        continue;
      }
      m = ruHostEntity(p, k, eType, &it);
      if( m==0 ) break;
      ruAdd(p, &it);
      k += m;
      if( ruPunct(p, k, ',') || ruWord(p, k, "and") || ruPunct(p, k, '&') ){
        k++;
        if( ruWord(p, k, "and") ) k++;
        continue;
      }
      break;
    }
    return j-i;
  }
  if( eType==COMMIT_HOST_CHAIR
   && (ruEntry(p, j, COMMIT_GAZ_SERIES) || ruWord(p, j, "the") || ruWord(p, j, "this")) ){
    /* "X chaired the Fifth Inter-Ministerial Meeting": a chair is no host,
    ** but the verb speaks of the meeting taking place. */
    ruItem(p, &it, COMMIT_ITEM_VERB, i, j);
    it.aVal[0] = COMMIT_ROLE_NEUTRAL;
    ruAdd(p, &it);
    return j-i;
  }
  if( ((eType==COMMIT_HOST_HOST && (ruWord(p, i, "hosted") || ruWord(p, i, "hosts")
                                    || ruWord(p, i, "hosting")
                                    /* "Thailand would host SOM-8" */
                                    || (ruWord(p, i, "host")
                                        && (ruIsFutureWord(p, i-1) || ruWord(p, i-1, "to")
                                            || ruFutureAndHost(p, i)))
                                    /* "The Royal Thai Government was the host
                                    ** this time" */
                                    || (ruWord(p, i, "host") && ruWord(p, i-1, "the")
                                        && (ruWord(p, i-2, "was") || ruWord(p, i-2, "is")))
                                    /* "with the Thai MSDHS as host" */
                                    || (ruWord(p, i, "as") && ruWord(p, i+1, "host"))
                                    /* "the MSDHS as the host organized" */
                                    || (ruWord(p, i, "as") && ruWord(p, i+1, "the")
                                        && ruWord(p, i+2, "host"))
                                    /* "the Royal Government of Cambodia, host of
                                    ** this week's meetings" */
                                    || (ruWord(p, i, "host") && ruPunct(p, i-1, ',')
                                        && ruWord(p, j, "of"))))
       || eType==COMMIT_HOST_ACTIVE)
   && !ruPunct(p, j, '\'') && !ruHostsOther(p, j) ){
    /* Active: "Thailand hosted", "China's MPS, which hosted", "The
    ** Burmese Government, backed by the United Nations, is getting ready
    ** to play host to" (a phrase between commas is passed over). */
    int k, nSeen = 0;
    for(k=i-1; k>=0 && nSeen++<12; k--){
      int s = p->aCover[k]>=0 ? p->aCover[k] : k;
      if( ruPunct(p, k, ',') ){
        int m = k-1;
        while( m>0 && m>k-12 && !ruPunct(p, m, ',') ) m--;
        if( ruPunct(p, m, ',') && ruLower(p, m+1) ){ k = m; continue; }
      }
      if( ruWord(p, k, "it") || ruWord(p, k, "they") || ruWord(p, k, "we") ){
        break;         /* "and on Friday it hosted": the subject is told elsewhere */
      }
      if( ruWord(p, k, "ministry") && ruLower(p, k) && ruWord(p, k-1, "the") ){
        /* "On December 16 the ministry hosted the fifth IMM": the
        ** ministry last named (resolved with the facts) */
        ruItem(p, &it, COMMIT_ITEM_HOST, k, k+1);
        it.iEntry = -1;
        it.aVal[0] = COMMIT_HOST_ACTIVE;
        it.aVal[1] = COMMIT_HOST_ANAPHOR;
        ruAdd(p, &it);
        break;
      }
      if( ruPunct(p, k, ')') ){
        /* "the Government of Burma (GOB) hosted": the acronym after a
        ** name is passed over. */
        int m = k-1;
        while( m>0 && m>k-5 && (p->a[m].mFlag & COMMIT_TF_UPPER) ) m--;
        if( m<k-1 && ruPunct(p, m, '(') ){ k = m; continue; }
      }
      if( ruHit(p, s, COMMIT_GAZ_ORG) && commitGazIsProcess(ruHit(p, s, COMMIT_GAZ_ORG)->iEntry) ){
        /* "Viet Nam, COMMIT chair for the coming year, will host",
        ** "Thailand as COMMIT Chair Hosts": the process hosts nothing;
        ** the subject is further back. */
        k = s;
        continue;
      }
      if( (ruHit(p, s, COMMIT_GAZ_ORG) || ruHit(p, s, COMMIT_GAZ_COUNTRY))
       && ruWord(p, i, "host") && ruWord(p, i-1, "the")
       && ruWord(p, ruWord(p, s-1, "the") ? s-2 : s-1, "by") ){
        /* "the Ministry ... by the Anti-Human Trafficking Division is the
        ** host": the body it acts through is not the subject */
        k = ruWord(p, s-1, "the") ? s-2 : s-1;
        continue;
      }
      if( ruHit(p, s, COMMIT_GAZ_ORG) || ruHit(p, s, COMMIT_GAZ_COUNTRY) ){
        /* "the Ministry of Public Security of the Socialist Republic of
        ** Viet Nam for hosting": the body, not its country */
        int o = ruWord(p, s-1, "the") ? s-2 : s-1;
        if( !ruHit(p, s, COMMIT_GAZ_ORG) && o>0 && ruWord(p, o, "of")
         && p->aCover[o-1]>=0 && ruHit(p, p->aCover[o-1], COMMIT_GAZ_ORG) ){
          s = p->aCover[o-1];
        }else if( !ruHit(p, s, COMMIT_GAZ_ORG) && o>0 && ruWord(p, o, "of")
               && ruWord(p, o-1, "government") ){
          s = o-1;     /* "The Government of Vietnam hosted": as written */
        }
        if( ruHostEntity(p, s, COMMIT_HOST_HOST, &it) ){
          it.aVal[0] = COMMIT_HOST_ACTIVE;
          ruAdd(p, &it);
        }
        break;
      }
      if( ruPunct(p, k, '.') || ruPunct(p, k, ';') ) break;
      if( ruHit(p, s, COMMIT_GAZ_ACTION) || ruHit(p, s, COMMIT_GAZ_MEETVERB) ) break;
      k = s;
    }
  }
  return j-i;
}

/* ==== People =========================================================== */

/* The token after the last portfolio word (data list portfolio_word) of the
** nRun-token name run at i, and after the head nouns of bodies that
** follow it ("Social Welfare Department"); i if there is none. */
static int ruSkipPortfolio(const Ru *p, int i, int nRun) {
  int k, iEnd = i;
  for(k=i; k<i+nRun; k++){
    if( ruInList(p, k, COMMIT_WL_PORTFOLIO_WORD) ) iEnd = k+1;
  }
  while( iEnd>i && ruInList(p, iEnd, COMMIT_WL_BODY_HEAD) ) iEnd++;
  return iEnd;
}

/*
** The tokens of a run of capitalised words at i that may name a portfolio,
** with the apostrophes and "and" inside one ("Women's and Veterans'
** Affairs").  0 if none.
*/
static int ruPortfolioRun(const Ru *p, int i) {
  int j = i;
  while( j<p->n && j<i+12 ){
    if( p->a[j].eType==COMMIT_TOK_WORD && (p->a[j].mFlag & COMMIT_TF_CAP)
     && p->aCover[j]<0 ){
      j++;
    }else if( j>i && (ruPunct(p, j, '\'') || ruWord(p, j, "s")
                      || ((ruWord(p, j, "and") || ruPunct(p, j, '&'))
                          && j+1<p->n && (p->a[j+1].mFlag & COMMIT_TF_CAP))) ){
      j++;
    }else{
      break;
    }
  }
  return j-i;
}

/* True if token i is a capitalised word that can be part of a name. */
static int ruNameWord(const Ru *p, int i) {
  if( i<0 || i>=p->n ) return 0;
  if( p->a[i].eType!=COMMIT_TOK_WORD ) return 0;
  if( !(p->a[i].mFlag & (COMMIT_TF_CAP|COMMIT_TF_NONASCII)) ) return 0;
  if( p->a[i].mFlag & COMMIT_TF_DIGIT ) return 0;
  if( p->aCover[i]>=0 ){
    /* A one-word city may be a given name ("Ms. Sofia Andersson"), and
    ** a month inside a name ("Khin Mar Lwin"); any other phrase ends a
    ** name. */
    int s = p->aCover[i];
    if( p->aMent[s].nTok==1 && ruHit(p, s, COMMIT_GAZ_MONTH) && i>0
     && p->a[i-1].eType==COMMIT_TOK_WORD && (p->a[i-1].mFlag & COMMIT_TF_CAP)
     && p->aCover[i-1]<0
     && ((i+1<p->n && p->a[i+1].eType==COMMIT_TOK_WORD
          && (p->a[i+1].mFlag & COMMIT_TF_CAP))
         || ruPunct(p, i+1, ',')) ){
      return 1;                   /* "Khin Mar Lwin", "Khin Mar," */
    }
    return p->aMent[s].nTok==1 && ruHit(p, s, COMMIT_GAZ_CITY)
        && !ruHit(p, s, COMMIT_GAZ_COUNTRY) && i+1<p->n
        && p->a[i+1].eType==COMMIT_TOK_WORD
        && (p->a[i+1].mFlag & COMMIT_TF_CAP) && p->aCover[i+1]<0;
  }
  return !ruInList(p, i, COMMIT_WL_NOT_NAME) && !ruInList(p, i, COMMIT_WL_BODY_HEAD);
}

/*
** A run of name words at i: "Meng Jianzhu", "Anusorn Iamsa-ard".
** Returns the number of tokens (0 if none).  At most 5 words.
*/
static int ruNameRun(const Ru *p, int i) {
  int j = i, nWord = 0;
  /* Initials: "J. K. Robert England". */
  while( j+2<p->n && p->a[j].eType==COMMIT_TOK_WORD
      && p->a[j].iEnd - p->a[j].iStart==1 && (p->a[j].mFlag & COMMIT_TF_CAP)
      && ruPunct(p, j+1, '.') && ruTouch(p, j) && ruNameWord(p, j+2)
      && p->aCover[j]<0 ){
    j += 2;
  }
  if( j>i && ruNameRun(p, j)<2 ) j = i;
  while( nWord<5 && (ruNameWord(p, j)
                     || (nWord>0 && ruWord(p, j, "the") && (p->a[j].mFlag & COMMIT_TF_CAP)
                         && !(p->a[j].mFlag & COMMIT_TF_UPPER) && ruNameWord(p, j+1))
                     /* "Nguyen Thi Thu Ha": a weekday's abbreviation
                     ** between two words of a name is one of them */
                     || (nWord>0 && ruHit(p, j, COMMIT_GAZ_WEEKDAY) && p->aMent[j].nTok==1
                         && p->a[j].iEnd - p->a[j].iStart==3 && !ruPunct(p, j+1, '.')
                         && ruNameWord(p, j+1))
                     /* "Claire van der Vaeren", "Abdul bin Hassan" */
                     || (nWord>0 && ruInList(p, j, COMMIT_WL_NAME_PARTICLE)
                         && !(p->a[j].mFlag & COMMIT_TF_CAP)
                         && (ruNameWord(p, j+1)
                             || (ruInList(p, j+1, COMMIT_WL_NAME_PARTICLE)
                                 && ruNameWord(p, j+2))))) ){
    j++;
    nWord++;
    /* A hyphenated part: "Iamsa-ard", "Thi-Ha". */
    if( ruPunct(p, j, '-') && ruTouch(p, j-1) && ruTouch(p, j)
     && j+1<p->n && p->a[j+1].eType==COMMIT_TOK_WORD ){
      j += 2;
    }
  }
  return nWord ? j-i : 0;
}

/* What surrounds a person's name: collected by ruPersonContext(). */
typedef struct RuPerson RuPerson;
struct RuPerson {
  int iOffice;      /* first office entry, or -1 */
  int iOfficeTok;   /* token of that office */
  int iOfficeEnd;   /* token past it */
  int iOrg;         /* organisation entry of the first office, or -1 */
  int iOrgAny;      /* any organisation entry in the phrase, or -1 */
  int iOrgTok;      /* first token of the organisation surface, or -1 */
  int iOrgEnd;      /* token past it */
  int bPortfolio;   /* iOrg came from "Minister of <portfolio>" */
  int iCountry;     /* country entry given in the phrase, or -1 */
  int iRank;        /* rank entry, or -1 */
  int iSpanTok;     /* the organisation as written: first token, or -1 */
  int iSpanEnd;     /* token past it */
  int eSpanForm;    /* COMMIT_ORG_WRITTEN or COMMIT_ORG_MINISTRY, 0 none */
  int iCountry2;    /* country of a government body of a second office
                    ** ("... and vice-chair of the NCCT"), or -1 */
  int bSecond;      /* a second office was read: what follows is its own */
  int bCopula;      /* read as "X is a <title>": perhaps an author's note */
};

/* Tokens of an organisation's name as written, at most. */
#define RU_MAX_ORG_TOKENS 16

/*
** The token past the name of a body that starts at token k, before iTo:
** capitalised words and known phrases joined by "of", "on", "for", "in",
** "and", "the", "against", hyphens, apostrophes and brackets ("UN's
** Inter-Agency Project on Human Trafficking in the Greater Mekong
** Sub-region", "United Nations (UN) Inter-Agency Project ...").  It stops
** before "in <country>", "under", a lower-case word, and a person's name
** (two name words before iTo are the caller's business).  Returns k if
** there is no such name.
*/
static int ruOrgSpanEnd(const Ru *p, int k, int iTo) {
  int j = k, iLast = k;
  if( iTo>k+RU_MAX_ORG_TOKENS ) iTo = k+RU_MAX_ORG_TOKENS;
  while( j<iTo ){
    int e = ruEnd(p, j);
    if( e>iTo ) break;
    if( ruHit(p, j, COMMIT_GAZ_HONORIFIC) ) break;   /* "... Trafficking Ms Jane Doe" */
    if( p->aMent[j].nTok>0 && !ruHit(p, j, COMMIT_GAZ_OFFICE)
     && !ruHit(p, j, COMMIT_GAZ_RANK) && !ruHit(p, j, COMMIT_GAZ_HONORIFIC) ){
      const CommitGazHit *c = ruHit(p, j, COMMIT_GAZ_COUNTRY);
      /* "Resident Coordinator in Vietnam", "... Institute in Kunming":
      ** where, not what. */
      if( c && !c->bAdjective && ruWord(p, j-1, "in") ) break;
      if( ruHit(p, j, COMMIT_GAZ_CITY) && ruWord(p, j-1, "in") && !ruHit(p, j, COMMIT_GAZ_ORG) ){
        break;
      }
      iLast = e;
    }else if( p->a[j].eType==COMMIT_TOK_WORD && (p->a[j].mFlag & COMMIT_TF_CAP)
           && !ruHit(p, j, COMMIT_GAZ_OFFICE) ){
      iLast = e;
    }else if( ruWord(p, j, "of") || ruWord(p, j, "on") || ruWord(p, j, "for")
           || ruWord(p, j, "in") || ruWord(p, j, "and") || ruWord(p, j, "the")
           || ruWord(p, j, "against") || ruWord(p, j, "s")
           || ruPunct(p, j, '-') || ruPunct(p, j, '\'') || ruPunct(p, j, '(')
           || ruPunct(p, j, ')') ){
      if( ruPunct(p, j, ')') ) iLast = e;
    }else{
      break;
    }
    /* "... Bureau of the Ministry of Public Security": the parent body. */
    if( ruInList(p, e-1, COMMIT_WL_BODY_HEAD) && ruWord(p, e, "of")
     && (ruHit(p, e+1, COMMIT_GAZ_ORG)
         || (ruWord(p, e+1, "the") && ruHit(p, e+2, COMMIT_GAZ_ORG))) ){
      return e;
    }
    /* "... Affairs of Cambodia": where, not what. */
    if( (ruWord(p, e, "of") || ruWord(p, e, "in")) && ruHit(p, e+1, COMMIT_GAZ_COUNTRY)
     && !ruHit(p, e+1, COMMIT_GAZ_COUNTRY)->bAdjective ){
      return iLast;
    }
    /* "Project on Human Trafficking (UNIAP)", "(UN-ACT)": the acronym in
    ** brackets after the name. */
    if( ruPunct(p, e, '(') ){
      int q = e+1;
      while( q<p->n && q<e+6 && ((p->a[q].mFlag & COMMIT_TF_UPPER) || ruPunct(p, q, '-')) ){
        q++;
      }
      if( q>e+1 && ruPunct(p, q, ')')
       && (q+1>=iTo || !(p->a[q+1].mFlag & COMMIT_TF_CAP)) ){
        return iLast;
      }
    }
    j = e;
  }
  return iLast;
}

/* True if the words of tokens [k,e) are all capitals: "UNDP", "UN-ACT". */
static int ruAcronym(const Ru *p, int k, int e) {
  for(; k<e; k++){
    if( p->a[k].eType==COMMIT_TOK_WORD && !(p->a[k].mFlag & COMMIT_TF_UPPER) ){
      return 0;
    }
  }
  return 1;
}

/*
** True if tokens [k,e) write a body by an acronym that stands as its name:
** "UNDP", "UN-ACT", "UNIAP" (three letters or more).  "UN" alone is too
** terse to be a body's name: it is read as the entry it stands for.
*/
static int ruAcronymName(const Ru *p, int k, int e) {
  int nLetter = 0, j;
  if( e<=k || !ruAcronym(p, k, e) || p->a[k].eType!=COMMIT_TOK_WORD ) return 0;
  for(j=k; j<e; j++){
    if( p->a[j].eType==COMMIT_TOK_WORD ) nLetter += p->a[j].iEnd - p->a[j].iStart;
  }
  return nLetter>=3;
}

/* True if tokens [k,e) are two initials with stops, "U.N.": as terse as
** "UN", read as the entry they stand for. */
static int ruDottedInitials(const Ru *p, int k, int e) {
  int j, nLetter = 0;
  for(j=k; j<e; j++){
    if( p->a[j].eType==COMMIT_TOK_WORD ){
      if( p->a[j].iEnd - p->a[j].iStart!=1 || !(p->a[j].mFlag & COMMIT_TF_CAP) ) return 0;
      nLetter++;
    }else if( !ruPunct(p, j, '.') ){
      return 0;
    }
  }
  return nLetter>0 && nLetter<3;
}

/* True if office entry iOffice is a minister's: its body is a ministry. */
static int ruMinisterOffice(int iOffice) {
  return iOffice>=0 && strstr(aCommitGazEntry[iOffice].zName, "Minister")!=0;
}

/* True if the last word before token iEnd is a portfolio word. */
static int ruEndsInPortfolio(const Ru *p, int iFrom, int iEnd) {
  int k;
  for(k=iEnd-1; k>=iFrom; k--){
    if( p->a[k].eType==COMMIT_TOK_WORD && !ruWord(p, k, "s") ){
      return ruInList(p, k, COMMIT_WL_PORTFOLIO_WORD);
    }
  }
  return 0;
}

/*
** Record in pP the organisation written over tokens [k,e) after "of":
** without a country adjective or possessive before it ("the Vietnamese
** Ministry of Public Security", "Lao National Steering Committee ...").
** A body the data knows by an acronym is named as the data names it.
*/
static void ruPersonSpan(const Ru *p, int k, int e, RuPerson *pP) {
  const CommitGazHit *c;
  if( pP->iSpanTok>=0 || pP->bSecond || e<=k ) return;
  if( (c = ruHit(p, k, COMMIT_GAZ_COUNTRY))!=0 && ruEnd(p, k)<e ){
    int k2 = ruEnd(p, k);
    if( c->bAdjective ) k = k2;
    else if( ruPunct(p, k2, '\'') && ruWord(p, k2+1, "s") ) k = k2+2;
  }
  /* "the Hanoi-based Institute for Mekong Social Studies": the body */
  if( ruHit(p, k, COMMIT_GAZ_CITY) && ruPunct(p, ruEnd(p, k), '-')
   && ruWord(p, ruEnd(p, k)+1, "based") ){
    k = ruEnd(p, k)+2;
    e = ruOrgSpanEnd(p, k, p->n);
  }
  if( e<=k ) return;
  if( p->aMent[k].nTok>0 && ruEnd(p, k)==e && ruHit(p, k, COMMIT_GAZ_ORG)
   && ruAcronym(p, k, e) && !ruAcronymName(p, k, e) ){
    return;
  }
  /* "MPS Department of International Cooperation": the department. */
  if( p->aMent[k].nTok==1 && ruHit(p, k, COMMIT_GAZ_ORG)
   && (p->a[k].mFlag & COMMIT_TF_UPPER) && k+1<e
   && (p->a[k+1].mFlag & COMMIT_TF_CAP) ){
    k++;
  }
  pP->iSpanTok = k;
  pP->iSpanEnd = e;
  pP->eSpanForm = ruMinisterOffice(pP->iOffice) && ruEndsInPortfolio(p, k, e)
                  && !ruHit(p, k, COMMIT_GAZ_ORG) && !ruWord(p, k, "ministry")
                ? COMMIT_ORG_MINISTRY : COMMIT_ORG_WRITTEN;
}

/*
** The body before an office, as written: "U.S. Embassy Deputy Chief of
** Mission", "Social Welfare Department Director": a run of capitalised
** words over [iFrom,k) whose last word is the head noun of a body.
*/
static void ruPersonSpanBefore(const Ru *p, int iFrom, int k, RuPerson *pP) {
  int a = k;
  if( pP->iSpanTok>=0 || pP->iOrg>=0 || k<=iFrom ) return;
  if( !ruInList(p, k-1, COMMIT_WL_BODY_HEAD) && !ruWord(p, k-1, "embassy") ) return;
  while( a>iFrom && (ruPunct(p, a-1, '.')
                     || (p->a[a-1].eType==COMMIT_TOK_WORD
                         && (p->a[a-1].mFlag & COMMIT_TF_CAP))) ){
    a--;
  }
  if( a<k ){
    pP->iSpanTok = a;
    pP->iSpanEnd = k;
    pP->eSpanForm = COMMIT_ORG_WRITTEN;
  }
}

/*
** The country of government body iEntry when only one country has a body
** of that name (NCCT, not "Ministry of Interior"), else -1.
*/
static int ruOrgSoleCountry(const Ru *p, int iEntry) {
  const CommitGazEntry *e = &aCommitGazEntry[iEntry];
  int j;
  if( e->zCountry==0 || e->zExtra==0 || strcmp(e->zExtra, "gov")!=0 ) return -1;
  j = commitGazetteerLookup(p->pGaz, e->zName, (int)strlen(e->zName));
  for(; j>=0; j=commitGazetteerHit(p->pGaz, j)->iNext){
    const CommitGazEntry *o = &aCommitGazEntry[commitGazetteerHit(p->pGaz, j)->iEntry];
    if( o->eKind==COMMIT_GAZ_ORG && o->zCountry && strcmp(o->zCountry, e->zCountry)!=0 ){
      return -1;
    }
  }
  return commitGazCountryIdx(e->zCountry);
}

/*
** Read the title phrase in tokens [iFrom,iTo): offices, ranks, countries,
** "of <organisation>", "of <portfolio>".  Fills *pP.  What follows a
** second office ("Deputy Prime Minister and minister of Interior") is that
** office's, not the first one's.
*/
static void ruPersonPhrase(const Ru *p, int iFrom, int iTo, RuPerson *pP) {
  int k = iFrom, bOf = 0, iSpanFrom = iFrom;
  while( k<iTo ){
    const CommitGazHit *h;
    int j = ruEnd(p, k);
    if( j>iTo ) break;
    if( bOf && !pP->bSecond && pP->iOffice>=0 && !ruHit(p, k, COMMIT_GAZ_PORTFOLIO)
     && !ruHit(p, k, COMMIT_GAZ_COUNTRY) && !ruWord(p, k, "the")
     && !(ruWord(p, k-1, "for") && !ruHit(p, k, COMMIT_GAZ_ORG)) ){
      /* (not "Counsellor for Regional Programs": a remit, not a body) */
      /* "Director of the Criminal Police Department under ...",
      ** "Chair of the Regional UN Working Group on Human Trafficking". */
      ruPersonSpan(p, k, ruOrgSpanEnd(p, k, iTo), pP);
    }else if( bOf && !pP->bSecond && pP->iOffice>=0 && pP->iSpanTok<0
           && ruHit(p, k, COMMIT_GAZ_COUNTRY) ){
      /* "Deputy Chief of Mission at the U.S. Embassy in Phnom Penh": an
      ** embassy, as written (it keeps its country) */
      int e = ruOrgSpanEnd(p, k, iTo);
      if( e>j && ruWord(p, e-1, "embassy") && (p->a[e-1].mFlag & COMMIT_TF_CAP) ){
        pP->iSpanTok = k;
        pP->iSpanEnd = e;
        pP->eSpanForm = COMMIT_ORG_WRITTEN;
      }
    }
    if( (h = ruHit(p, k, COMMIT_GAZ_OFFICE))!=0 ){
      if( pP->iOffice>=0 && !pP->bSecond && ruInList(p, pP->iOfficeTok, COMMIT_WL_EXTRA_ROLE)
       && ruWord(p, k-1, "and") ){
        /* "Politburo member and Minister of Public Security Tran Dai
        ** Quang": the office, not the role beside it, with its own body */
        pP->iOffice = -1;
        pP->iOrg = pP->iOrgAny = -1;
        pP->iOrgTok = -1;
        pP->bPortfolio = 0;
        pP->iSpanTok = -1;
        pP->eSpanForm = 0;
        iSpanFrom = k;
      }
      if( pP->iOffice<0 ){
        const char *zBody = aCommitGazEntry[h->iEntry].zExtra;
        pP->iOffice = h->iEntry;
        pP->iOfficeTok = k;
        pP->iOfficeEnd = j;
        ruPersonSpanBefore(p, iSpanFrom, k, pP);
        if( zBody && pP->iOrg<0 ){
          /* "UN Resident Coordinator": the office names its body. */
          int iBody = commitGazetteerFind(p->pGaz, zBody, (int)strlen(zBody),
                                          COMMIT_GAZ_ORG);
          if( iBody>=0 ) pP->iOrg = iBody;
        }
      }else if( !ruWord(p, k-1, "of") ){
        pP->bSecond = 1;
      }
      bOf = 0;
    }else if( pP->bSecond ){
      /* the second office's portfolio or body: not the first's; a
      ** government body still tells the government served */
      if( (h = ruHit(p, k, COMMIT_GAZ_ORG))!=0 && pP->iCountry2<0 ){
        pP->iCountry2 = ruOrgSoleCountry(p, h->iEntry);
      }
      /* "... and Minister of Interior of the Kingdom of Cambodia": the
      ** government served */
      if( (h = ruHit(p, k, COMMIT_GAZ_COUNTRY))!=0 && !h->bAdjective && pP->iCountry2<0
       && (ruWord(p, k-1, "of") || (ruWord(p, k-1, "the") && ruWord(p, k-2, "of"))) ){
        pP->iCountry2 = h->iEntry;
      }
    }else if( (h = ruHit(p, k, COMMIT_GAZ_RANK))!=0 ){
      if( pP->iRank<0 ) pP->iRank = h->iEntry;
    }else if( (h = ruHit(p, k, COMMIT_GAZ_PORTFOLIO))!=0
           && (bOf || ruHit(p, j, COMMIT_GAZ_OFFICE)) ){
      /* "Minister of Home Affairs", or "Home Affairs Minister". */
      if( pP->iOrg<0 && (pP->iOffice>=0 || !bOf) ){
        pP->iOrg = h->iEntry;
        pP->bPortfolio = 1;
        pP->iOrgTok = k; pP->iOrgEnd = j;
      }
      if( pP->iOrgAny<0 ) pP->iOrgAny = h->iEntry;
    }else if( (h = ruHit(p, k, COMMIT_GAZ_ORG))!=0 ){
      if( pP->iOrg<0 && pP->iOffice>=0 ){
        pP->iOrg = h->iEntry; pP->iOrgTok = k; pP->iOrgEnd = j;
      }
      if( pP->iOrgAny<0 ){
        pP->iOrgAny = h->iEntry;
        if( pP->iOrgTok<0 ){ pP->iOrgTok = k; pP->iOrgEnd = j; }
      }
    }else if( (h = ruHit(p, k, COMMIT_GAZ_COUNTRY))!=0 ){
      if( pP->iCountry<0 ) pP->iCountry = h->iEntry;
    }
    /* "coordinator at Mekong Youth Voices": the body right after an
    ** office, like "of" */
    bOf = ruWord(p, k, "of") || ruWord(p, k, "for")
       || ((ruWord(p, k, "at") || ruWord(p, k, "with")) && k==pP->iOfficeEnd
           && !ruHit(p, j, COMMIT_GAZ_CITY)
           && !ruHit(p, j, COMMIT_GAZ_COUNTRY))
       || (bOf && ruWord(p, k, "the"));
    k = j;
  }
}

/*
** True if token i may belong to a title phrase before a name (bAfter==0)
** or after it (bAfter==1, where capitalised words may run on: "the Human
** Rights Council's Special Rapporteur").
*/
static int ruTitleToken(const Ru *p, int i, int bAfter) {
  int s;
  if( i<0 || i>=p->n ) return 0;
  s = p->aCover[i];
  if( s>=0 ){
    /* Any phrase but one that starts a clause or names another thing. */
    return !(ruHit(p, s, COMMIT_GAZ_ACTION) || ruHit(p, s, COMMIT_GAZ_MEETVERB)
             || ruHit(p, s, COMMIT_GAZ_HOSTVERB) || ruHit(p, s, COMMIT_GAZ_MODAL)
             || ruHit(p, s, COMMIT_GAZ_BE) || ruHit(p, s, COMMIT_GAZ_NEGATION)
             || ruHit(p, s, COMMIT_GAZ_SERIES) || ruHit(p, s, COMMIT_GAZ_DOC)
             || ruHit(p, s, COMMIT_GAZ_MEETWORD) || ruHit(p, s, COMMIT_GAZ_RELDAY)
             || ruHit(p, s, COMMIT_GAZ_MONTH) || ruHit(p, s, COMMIT_GAZ_WEEKDAY));
  }
  if( ruWord(p, i, "of") || ruWord(p, i, "for") || ruWord(p, i, "the")
   || ruWord(p, i, "and") || ruPunct(p, i, '\'') || ruWord(p, i, "s")
   || ruPunct(p, i, '-') || ruWord(p, i, "in") || ruWord(p, i, "on")
   || ruWord(p, i, "at") || ruPunct(p, i, '(') || ruPunct(p, i, ')') ){
    return 1;
  }
  /* Capitalised words inside a title: "First Secretary", "Women's". */
  return p->a[i].eType==COMMIT_TOK_WORD && (p->a[i].mFlag & COMMIT_TF_CAP)
      && (bAfter || !ruNameWord(p, i+1));
}

/* Initialise the context of a person phrase. */
static void ruPersonInit(RuPerson *pP) {
  memset(pP, 0, sizeof(*pP));
  pP->iOffice = pP->iOrg = pP->iOrgAny = pP->iCountry = pP->iRank = -1;
  pP->iOrgTok = pP->iOrgEnd = pP->iOfficeTok = pP->iOfficeEnd = -1;
  pP->iSpanTok = pP->iSpanEnd = -1;
  pP->iCountry2 = -1;
}

/*
** Past a possessive description at token m (", the project's regional
** coordinator"): the token after "the <noun>'s", or m.
*/
static int ruSkipPossessive(const Ru *p, int m) {
  if( ruWord(p, m, "the") && ruLower(p, m+1) && ruPunct(p, m+2, '\'')
   && ruWord(p, m+3, "s") ){
    return m+4;
  }
  return m;
}

/* Lower-case words before an office, at most. */
#define RU_MAX_OFFICE_MODIFIERS 3

/*
** Past the lower-case words that qualify an office at token m ("regional
** coordinator", "youth programme coordinator", "deputy head"): the token of
** the office, or m when no office follows them.
*/
static int ruSkipOfficeModifiers(const Ru *p, int m) {
  int k;
  for(k=m; k<m+RU_MAX_OFFICE_MODIFIERS && ruLower(p, k) && p->aCover[k]<0; k++){
    if( ruHit(p, k+1, COMMIT_GAZ_OFFICE) ) return k+1;
  }
  return m;
}

/* True if token k is "is" or "was" before "a" or "the": a name's copula
** standing for the comma of an apposition. */
static int ruPersonCopula(const Ru *p, int k) {
  return (ruWord(p, k, "is") || ruWord(p, k, "was"))
      && (ruWord(p, k+1, "a") || ruWord(p, k+1, "the"));
}

/* Tokens of a person's appositions searched for the delegation led. */
#define RU_DELEGATION_REACH 40

/*
** The country of "Head of Delegation of <country>" in the appositions
** from token m to the end of the entry (';', '.', a new line), or -1.
*/
static int ruDelegationOf(const Ru *p, int m) {
  int k;
  for(k=m; k<p->n && k<m+RU_DELEGATION_REACH; k++){
    if( ruPunct(p, k, ';') || ruPunct(p, k, '.') || (p->a[k].mFlag & COMMIT_TF_NL) ) break;
    if( ruWord(p, k, "delegation") && ruWord(p, k+1, "of") ){
      int c = ruWord(p, k+2, "the") ? k+3 : k+2;
      const CommitGazHit *h = ruHit(p, c, COMMIT_GAZ_COUNTRY);
      if( h && !h->bAdjective ) return h->iEntry;
      return -1;
    }
  }
  return -1;
}

/*
** After "Ms X from the United Nations Development Programme (UNDP)" at
** token e: ", its Resident Representative in Viet Nam" is the person's
** office in that body.  Returns the token after what was read.
*/
static int ruPersonIts(const Ru *p, int e, RuPerson *pP) {
  int m;
  if( ruPunct(p, e, '(') && ruPunct(p, e+2, ')') ) e += 3;     /* "(UNDP)" */
  if( !ruPunct(p, e, ',') || !ruWord(p, e+1, "its") || !ruHit(p, e+2, COMMIT_GAZ_OFFICE)
   || pP->iOffice>=0 ){
    return e;
  }
  m = ruEnd(p, e+2);
  ruPersonPhrase(p, e+2, m, pP);
  return m;
}

/*
** Read the title phrase after a name: ", Vice Minister of Public Security
** of China" or "(Director General ...)".  iRight is the token after the
** name.  Only used when no office was found before the name.
*/
static int ruPersonAfter(const Ru *p, int iRight, RuPerson *pP) {
  int m = iRight+1;
  if( ruWord(p, iRight, "from") && pP->iSpanTok<0 ){
    /* "Mr Lars Dahl from the Norwegian Embassy": the body he comes from,
    ** as written; an embassy keeps its country ("U.S. Embassy"). */
    int k = iRight+1, e;
    const CommitGazHit *c;
    if( ruWord(p, k, "the") ) k++;
    e = ruOrgSpanEnd(p, k, p->n);
    if( e>k && ruInList(p, e-1, COMMIT_WL_BODY_HEAD) && (p->a[e-1].mFlag & COMMIT_TF_CAP) ){
      if( (c = ruHit(p, k, COMMIT_GAZ_COUNTRY))!=0 && pP->iCountry<0 ){
        pP->iCountry = c->iEntry;
      }
      if( (c = ruHit(p, k, COMMIT_GAZ_ORG))!=0 && pP->iOrg<0 ){
        pP->iOrg = c->iEntry;         /* its entry knows its country */
        pP->iOrgTok = k;
        pP->iOrgEnd = ruEnd(p, k);
      }
      if( ruWord(p, e-1, "embassy") ){
        pP->iSpanTok = k;
        pP->iSpanEnd = e;
        pP->eSpanForm = COMMIT_ORG_WRITTEN;
      }else{
        ruPersonSpan(p, k, e, pP);
      }
      return ruPersonIts(p, e, pP);
    }
  }
  if( ruWord(p, iRight, "of") && ruHit(p, iRight+1, COMMIT_GAZ_COUNTRY)
   && !ruHit(p, iRight+1, COMMIT_GAZ_COUNTRY)->bAdjective ){
    /* "... Sok Phal of Cambodia": the government the person serves. */
    pP->iCountry = ruHit(p, iRight+1, COMMIT_GAZ_COUNTRY)->iEntry;
    return ruEnd(p, iRight+1);
  }
  if( ruWord(p, iRight, "of") && pP->iOrg<0 ){
    /* "Vice Minister Zhang Xinfeng of the Ministry of Public Security" */
    while( m<p->n && m<iRight+12 && ruTitleToken(p, m, 1) && !ruPunct(p, m, ',')
        && !ruHit(p, m, COMMIT_GAZ_OFFICE) ){
      m = ruEnd(p, m);
    }
    ruPersonPhrase(p, iRight, m, pP);
    return m;
  }
  if( pP->iOffice>=0 ) return iRight;
  if( !ruPunct(p, iRight, ',') && !ruPunct(p, iRight, '(') && !ruPersonCopula(p, iRight) ){
    return iRight;
  }
  if( ruSkipPossessive(p, m)>m ){
    m = ruSkipPossessive(p, m);     /* ", the project's regional coordinator" */
  }else if( ruWord(p, m, "a") || ruWord(p, m, "an") || ruWord(p, m, "the")
         || ruWord(p, m, "then") ){
    m++;                                 /* ", then Deputy Prime Minister" */
  }
  m = ruSkipOfficeModifiers(p, m);       /* ", regional coordinator of" */
  while( m<p->n && m<iRight+20
         && (ruTitleToken(p, m, 1)
             /* "a researcher with the Mekong Migration Policy Institute" */
             || (ruWord(p, m, "with") && p->aCover[m-1]>=0
                 && ruHit(p, p->aCover[m-1], COMMIT_GAZ_OFFICE)))
         && !ruPunct(p, m, ',')
         && !ruHit(p, m, COMMIT_GAZ_HONORIFIC) ){   /* "... (UNIAP) Mr X": the next person */
    m = ruEnd(p, m);
  }
  /* "X, Member of the Politburo, Minister of Public Security": a
  ** membership beside an office; the office is the title. */
  if( ruInList(p, iRight+1, COMMIT_WL_EXTRA_ROLE) && ruPunct(p, m, ',')
   && ruHit(p, m+1, COMMIT_GAZ_OFFICE) ){
    iRight = m;
    m = iRight+1;
    while( m<p->n && m<iRight+20 && ruTitleToken(p, m, 1) && !ruPunct(p, m, ',') ){
      m = ruEnd(p, m);
    }
  }
  /* "Sar Kheng, Deputy Prime Minister, Royal Government of Cambodia": the
  ** body of the office after a second comma. */
  if( ruPunct(p, m, ',') && ruHit(p, m+1, COMMIT_GAZ_ORG) ){
    m = ruEnd(p, m+1);
  }
  {
    /* "Toula Inthathilath, Vice Minister of Public Security, Lao PDR": the
    ** country after the office, alone up to a comma, bracket, bar or the
    ** line's end */
    const CommitGazHit *c = ruPunct(p, m, ',') && m>iRight+1
                          ? ruHit(p, m+1, COMMIT_GAZ_COUNTRY) : 0;
    int e = c ? ruEnd(p, m+1) : 0;
    if( c && !c->bAdjective && !ruPunct(p, m+1, '(')
     && (e>=p->n || ruPunct(p, e, ',') || ruPunct(p, e, '(') || ruPunct(p, e, '|')
         || ruPunct(p, e, '.') || ruPunct(p, e, ';') || ruWord(p, e, "and")
         || (p->a[e].mFlag & COMMIT_TF_NL)) ){
      ruPersonPhrase(p, iRight+1+ruWord(p, iRight+1, "then"), m, pP);
      pP->iCountry = c->iEntry;
      return e;
    }
  }
  ruPersonPhrase(p, iRight+1+ruWord(p, iRight+1, "then"), m, pP);
  {
    /* "..., Ministry of Public Security, Head of Delegation of the Lao
    ** People's Democratic Republic;": the country the person speaks for */
    int c = ruDelegationOf(p, m);
    if( c>=0 ) pP->iCountry = c;
  }
  if( ruWord(p, m, "and") || ruWord(p, m-1, "and") ){
    /* "..., secretary of state at the Ministry of Interior and permanent
    ** vice-chairwoman of the NCCT,": the other body of the same person. */
    int k;
    for(k=m+1; k<p->n && k<m+12 && !ruPunct(p, k, ',') && !ruPunct(p, k, '.'); k++){
      const CommitGazHit *h = ruHit(p, k, COMMIT_GAZ_ORG);
      if( h && pP->iCountry2<0 ) pP->iCountry2 = ruOrgSoleCountry(p, h->iEntry);
    }
  }
  return m;
}

/* Append a PERSON item for tokens [i, iName+nName). */
static void ruPersonEmit(Ru *p, int i, int iName, int nName,
                         const CommitGazHit *hHon, const RuPerson *pP) {
  CommitItem it;
  int h;
  ruItem(p, &it, COMMIT_ITEM_PERSON, i, iName+nName);
  it.iName = p->a[iName].iStart;
  it.nName = p->a[iName+nName-1].iEnd - it.iName;
  it.iEntry = hHon ? hHon->iEntry : -1;
  it.iEntry2 = pP->iOrg>=0 ? pP->iOrg : pP->iOrgAny;
  it.aVal[0] = pP->iOffice;
  it.aVal[1] = ruEntryCountry(p);
  if( it.aVal[1]<0 ) it.aVal[1] = pP->iCountry>=0 ? pP->iCountry : pP->iCountry2;
  it.aVal[2] = pP->iRank;
  it.aVal[3] = pP->bPortfolio;
  it.aVal[4] = pP->eSpanForm;
  it.aVal[5] = pP->bCopula;     /* "X is a researcher at ...": an author's note? */
  it.iAux = -1;
  it.iAux2 = -1;
  it.iAux3 = -1;
  if( pP->eSpanForm ){
    it.iAux3 = p->a[pP->iSpanTok].iStart;
    it.nAux3 = p->a[pP->iSpanEnd-1].iEnd - it.iAux3;
  }else if( it.iEntry2>=0 ){
    /* The body is named as written: "Ministry of Labor, Invalids and
    ** Social Affairs", "UNDP Country Director", "UNIAP's Regional Project
    ** Manager"; "UN" alone stands for its entry (United Nations). */
    int a = -1, b = -1;
    if( pP->iOrgTok>=0 && ruHit(p, pP->iOrgTok, COMMIT_GAZ_ORG)
     && ruHit(p, pP->iOrgTok, COMMIT_GAZ_ORG)->iEntry==it.iEntry2 ){
      a = pP->iOrgTok; b = pP->iOrgEnd;
    }else if( pP->iOfficeTok>=0 ){
      /* An office that names its body: its leading acronym. */
      a = b = pP->iOfficeTok;
      while( b<pP->iOfficeEnd && ((p->a[b].mFlag & COMMIT_TF_UPPER)
                                  || (b>a && ruPunct(p, b, '-'))) ){
        b++;
      }
      if( b>a && ruPunct(p, b-1, '-') ) b--;
    }
    if( a>=0 && b>a && (ruAcronymName(p, a, b)
                        || (a==pP->iOrgTok && !ruAcronym(p, a, b)
                            && !ruDottedInitials(p, a, b))) ){
      it.aVal[4] = COMMIT_ORG_WRITTEN;
      it.iAux3 = p->a[a].iStart;
      it.nAux3 = p->a[b-1].iEnd - it.iAux3;
    }
  }
  if( pP->iOfficeTok>=0 ){
    it.iAux2 = p->a[pP->iOfficeTok].iStart;
    it.nAux2 = p->a[pP->iOfficeEnd-1].iEnd - it.iAux2;
  }
  for(h=i; hHon && h<iName; h=ruEnd(p, h)){
    if( ruHit(p, h, COMMIT_GAZ_HONORIFIC) ){
      it.iAux = p->a[h].iStart;
      it.nAux = p->a[ruEnd(p, h)-1].iEnd - it.iAux;
      break;
    }
  }
  ruAdd(p, &it);
}

/* Tokens after a person's title phrase that may still belong to it. */
#define RU_PHRASE_TAIL 15

/*
** Note that a person's phrase ends at token m: the rest of its comma
** clause ("Director of the Criminal Police Department under the Ministry
** of Public Security,") is the person's too, not the next person's.
*/
static void ruPersonDone(Ru *p, int m) {
  int k;
  p->iPhraseEnd = m;
  for(k=m; k<p->n && k<m+RU_PHRASE_TAIL; k++){
    if( ruPunct(p, k, ',') || ruPunct(p, k, ';') ){ m = k; break; }
  }
  p->iPersonEnd = m;
}

/*
** "Khalid Malik, UN Resident Coordinator": a name of two or more words at
** i, then a comma (or "is a", "was the") and, within ten tokens, an
** office.  Returns tokens used.
*/
static int ruPersonNameFirst(Ru *p, int i) {
  int nName, iRight, m;
  RuPerson pp;
  if( i>0 && ruNameWord(p, i-1) ) return 0;
  nName = ruNameRun(p, i);
  if( nName<2 ) return 0;
  iRight = i + nName;
  /* "Mai Lan Pham is a senior researcher at ...": a copula as the comma */
  if( !ruPunct(p, iRight, ',') && !ruPersonCopula(p, iRight) ) return 0;
  m = iRight+1;
  if( ruWord(p, m, "a") || ruWord(p, m, "an") ) m++;   /* ", a member of" */
  /* ", then China's vice minister", ", the then head of" */
  if( ruWord(p, m, "the") && ruWord(p, m+1, "then") ) m++;
  if( ruWord(p, m, "then") ) m++;
  m = ruSkipPossessive(p, m);       /* ", the project's regional coordinator" */
  for(; m<p->n && m<iRight+10 && !ruPunct(p, m, ','); m=ruEnd(p, m)){
    if( ruHit(p, m, COMMIT_GAZ_OFFICE) ) break;
    if( ruSkipOfficeModifiers(p, m)>m ){
      m = ruSkipOfficeModifiers(p, m);
      break;
    }
    if( !ruTitleToken(p, m, 1) ) return 0;
  }
  if( !ruHit(p, m, COMMIT_GAZ_OFFICE) ) return 0;
  ruPersonInit(&pp);
  pp.bCopula = ruPersonCopula(p, iRight);
  ruPersonDone(p, ruPersonAfter(p, iRight, &pp));
  if( pp.iOrg<0 && i>=3 && ruWord(p, i-1, "s") && ruPunct(p, i-2, '\'')
   && p->aCover[i-3]>=0 && ruHit(p, p->aCover[i-3], COMMIT_GAZ_ORG) ){
    /* "UN-ACT's Rebecca Olsson, ...": the body before the name. */
    int s0 = p->aCover[i-3];
    pp.iOrg = ruHit(p, s0, COMMIT_GAZ_ORG)->iEntry;
    pp.iOrgTok = s0;
    pp.iOrgEnd = i-2;
  }
  ruPersonEmit(p, i, i, nName, 0, &pp);
  return nName;
}

/* The token past the last person read in this sentence and the title
** phrase after the name, or 0. */
static int ruPersonEnd(const Ru *p) {
  return p->iPersonEnd;
}


/* True if a person emitted in this sentence ends at most four tokens
** before token k ("Aung Win of Myanmar and"). */
static int ruPersonEndsNear(const Ru *p, int k) {
  int n;
  for(n=p->pOut->n-1; n>=p->iFirstItem && n>=p->pOut->n-4; n--){
    const CommitItem *it = &p->pOut->a[n];
    if( it->eKind==COMMIT_ITEM_PERSON ){
      return it->iTokEnd<=k && it->iTokEnd>=k-4;
    }
  }
  return 0;
}

/*
** A person: honorifics and ranks before a name ("H.E. Mr. Sar Kheng",
** "Police Major General Aung Win"), a title before a name ("Vice Minister
** Le Quy Vuong", "Minister of Public Security, Tran Dai Quang,"), or a name
** then ", <title>".  The title phrase is read on the left of the name, else
** on its right.  Emits a PERSON item; returns tokens used.
*/
/*
** The country whose delegation the person at token i leads: "Lao PDR's
** delegation was led by X", "Cambodia was represented by X", "the
** Chinese delegation, headed by X".  A country entry, or -1.
*/
static int ruLedBy(const Ru *p, int i) {
  int k;
  if( !ruWord(p, i-1, "by") ) return -1;
  if( !ruWord(p, i-2, "led") && !ruWord(p, i-2, "headed")
   && !ruWord(p, i-2, "represented") ){
    return -1;
  }
  for(k=i-3; k>=0 && k>=i-8; k--){
    const CommitGazHit *c = ruHit(p, k, COMMIT_GAZ_COUNTRY);
    if( c ) return c->iEntry;
    if( ruPunct(p, k, '.') || ruPunct(p, k, ';') || ruWord(p, k, "while")
     || ruWord(p, k, "and") ){
      break;
    }
  }
  return -1;
}

/* Tokens before "its" within which the body it stands for is named. */
#define RU_ITS_REACH 16

/*
** The organisation entry named last before token k, within RU_ITS_REACH
** tokens and not past a sentence's end, other than the process itself;
** -1 if none.
*/
static int ruOrgBefore(const Ru *p, int k) {
  int t;
  for(t=k-1; t>=0 && t>=k-RU_ITS_REACH; t--){
    const CommitGazHit *h;
    if( ruPunct(p, t, '.') || ruPunct(p, t, ';') ) break;
    if( p->aCover[t]>=0 && (h = ruHit(p, p->aCover[t], COMMIT_GAZ_ORG))!=0 ){
      return commitGazIsProcess(h->iEntry) ? -1 : h->iEntry;
    }
  }
  return -1;
}

/* True if token i ends its line: the sentence's end, or a line break
** before it (a bullet or table line with no stop). */
static int ruLineEnd(const Ru *p, int i) {
  return i>=p->n || (p->a[i].mFlag & COMMIT_TF_NL)!=0;
}

/* True if tokens [a,b) are words the gazetteer does not know and no body's
** head word: a name, not "Mekong Migration Research Collective". */
static int ruPlainName(const Ru *p, int a, int b) {
  int k;
  for(k=a; k<b; k++){
    if( p->aCover[k]>=0 || ruInList(p, k, COMMIT_WL_BODY_HEAD) ) return 0;
  }
  return 1;
}

static int ruPerson(Ru *p, int i) {
  const CommitGazHit *hHon = 0, *h;
  int j = i, iName, nName, k, m, bTitleBefore = 0;
  RuPerson pp;

  /* "X, regional coordinator of Borderlands Watch": the rest of a
  ** person's title phrase names no one else */
  if( i<p->iPhraseEnd ) return 0;
  ruPersonInit(&pp);
  while( j<p->n ){
    if( (h = ruHit(p, j, COMMIT_GAZ_HONORIFIC))!=0 ){
      if( hHon==0 ) hHon = h;
    }else if( (h = ruHit(p, j, COMMIT_GAZ_RANK))!=0 ){
      if( pp.iRank<0 ) pp.iRank = h->iEntry;
    }else{
      break;
    }
    j = ruEnd(p, j);
  }
  if( j==i ){
    if( !ruHit(p, i, COMMIT_GAZ_OFFICE) ) return ruPersonNameFirst(p, i);
    j = ruEnd(p, i);
    while( j<p->n && !ruNameWord(p, j) && ruTitleToken(p, j, 0)
        && !ruPunct(p, j, ',') && j<i+12 ){
      if( (h = ruHit(p, j, COMMIT_GAZ_HONORIFIC))!=0 && hHon==0 ) hHon = h;
      j = ruEnd(p, j);
    }
    /* "Minister of Social Affairs Ith Sam Heng", "Minister of Women's
    ** and Veterans' Affairs Ung Kanthaphavy": a portfolio the gazetteer
    ** does not know, read up to its last portfolio word. */
    if( ruWord(p, j-1, "of") || ruWord(p, j-1, "for") ){
      int jSkip = ruSkipPortfolio(p, j, ruPortfolioRun(p, j));
      if( jSkip>j && ruNameRun(p, jSkip)==0 && !ruPunct(p, jSkip, ',') ) return 0;
      if( jSkip==j && ruNameRun(p, j)>0 ){
        /* "Counsellor for Regional Programs in Bangkok, Ms Helen Marsden":
        ** a remit in capitals, then the name after the comma */
        int e = j + ruNameRun(p, j);
        if( ruWord(p, e, "in") && ruHit(p, e+1, COMMIT_GAZ_CITY) ) e = ruEnd(p, e+1);
        if( ruPunct(p, e, ',') && (ruHit(p, e+1, COMMIT_GAZ_HONORIFIC) || ruNameRun(p, e+1)>=2) ){
          jSkip = e+1;
          while( jSkip<p->n && (h = ruHit(p, jSkip, COMMIT_GAZ_HONORIFIC))!=0 ){
            if( hHon==0 ) hHon = h;
            jSkip = ruEnd(p, jSkip);
          }
        }
      }
      j = jSkip;
    }
    /* A mandate in lower case before an appositive name: "the UN Special
    ** Rapporteur on trafficking in persons, Joy Ngozi Ezeilo, who ..." */
    if( !ruPunct(p, j, ',') && j>i && (ruWord(p, j-1, "on") || ruWord(p, j, "on")) ){
      int e2 = j;
      while( e2<p->n && e2<j+8 && p->a[e2].eType==COMMIT_TOK_WORD && p->aCover[e2]<0 ){
        e2++;
      }
      if( ruPunct(p, e2, ',') && ruNameRun(p, e2+1)>=2 ){
        int e3 = e2+1+ruNameRun(p, e2+1);
        if( ruPunct(p, e3, ',') || ruPunct(p, e3, '.')
         || (ruLineEnd(p, e3) && ruPlainName(p, e2+1, e3)) ) j = e2;
      }
    }
    /* An appositive: "Minister of Public Security, Tran Dai Quang," (or
    ** at the end of a bullet line with no stop) */
    if( ruPunct(p, j, ',') && ruNameRun(p, j+1)>=2 ){
      int e = j+1+ruNameRun(p, j+1);
      if( ruPunct(p, e, ',') || ruPunct(p, e, '.') || ruLower(p, e)
       || (ruLineEnd(p, e) && ruPlainName(p, j+1, e)) ) j++;
    }
    bTitleBefore = 1;
  }
  iName = j;
  nName = ruNameRun(p, j);
  if( nName==0 ) return 0;
  for(k=iName; k<iName+nName; k++){
    /* "Permanent Secretary - Public Relations Group": a body, no name */
    if( ruInList(p, k, COMMIT_WL_BODY_HEAD) ) return 0;
  }
  if( hHon==0 && bTitleBefore==0 && pp.iRank<0 ) return 0;
  /* "the General Police Department": a rank word opening a body's name. */
  if( iName+nName<p->n && (p->a[iName+nName].mFlag & COMMIT_TF_CAP)
   && ruInList(p, iName+nName, COMMIT_WL_BODY_HEAD) ){
    return 0;
  }
  /* A single word after a bare title is a name only if the phrase ends
  ** ("head of the Anti-Trafficking in Persons Division" names none). */
  if( bTitleBefore && (nName==1 || (nName==3 && ruPunct(p, iName+1, '-'))) && hHon==0
   && !ruPunct(p, iName+1, ',') && !ruPunct(p, iName+1, '.')
   && !(ruLower(p, iName+1) && !ruTitleToken(p, iName+1, 1)) ){
    return 0;
  }
  /* The title phrase before: walk left over title tokens, never into a
  ** person already read ("..., Brigadier General Toula Inthathilath, UN
  ** Resident Coordinator, Ms Sonam Yangchen Rana"). */
  k = i-1;
  if( ruPunct(p, k, ',') ) k--;
  while( k>=0 && i-k<24 && k>=ruPersonEnd(p) ){
    /* Titles run together across commas: "Vice Chairperson of NWCCW,
    ** Vice President of the ACWF, Mme. Huang Qingyi". */
    if( ruPunct(p, k, ',') && k>0 && ruTitleToken(p, k-1, 1) ){ k--; continue; }
    /* "Special Rapporteur on Trafficking in Persons, especially Women and
    ** Children, Dr. X": a mandate's lower-case qualifier. */
    if( k>0 && ruLower(p, k) && p->aCover[k]<0 && ruPunct(p, k-1, ',')
     && k+1<i && (p->a[k+1].mFlag & COMMIT_TF_CAP) ){
      k--;
      continue;
    }
    if( !ruTitleToken(p, k, 1) ) break;
    /* "Maj. Gen. Aung Win of Myanmar and Lieutenant-General X": what
    ** follows the person before "and" is not X's. */
    if( ruWord(p, k, "and") && ruPersonEndsNear(p, k) ) break;
    k--;
  }
  ruPersonPhrase(p, k+1, iName, &pp);
  m = ruPersonAfter(p, iName+nName, &pp);
  if( pp.iOrg<0 && pp.iOrgAny<0 && pp.iOffice>=0 && ruWord(p, k, "its") ){
    /* "hosted by the Ministry of ..., and its minister, X, opened": the
    ** body "its" stands for, named just before */
    pp.iOrgAny = ruOrgBefore(p, k);
  }
  if( pp.iCountry<0 ) pp.iCountry = ruLedBy(p, k+1 < i ? k+1 : i);
  ruPersonDone(p, m>iName+nName ? m : iName+nName);
  ruPersonEmit(p, i, iName, nName, hHon, &pp);
  return iName + nName - i;
}

/* ==== Simple mentions ================================================== */

/*
** True if the token at j makes the verb before it transitive ("concluded
** bilateral agreements", "held talks"): a lower-case word that is not a
** preposition or adverb of the word list verb_follow.
*/
static int ruDayOrdinal(const Ru *p, int i);
static int ruVerbHasObject(const Ru *p, int j) {
  int k;
  if( !ruLower(p, j) ) return 0;
  /* "began a two-day meeting", "opened the 10th SOM": the object is the
  ** meeting itself. */
  for(k=j; k<p->n && k<j+8; k++){
    int s0, n0;
    if( ruHit(p, k, COMMIT_GAZ_MEETWORD) || ruHit(p, k, COMMIT_GAZ_SERIES)
     || ruCodeToken(p, k, &s0, &n0) ){
      return 0;
    }
  }
  if( ruInList(p, j, COMMIT_WL_VERB_FOLLOW) ) return 0;
  if( ruWord(p, j, "the") && ruDayOrdinal(p, j+1) ) return 0;   /* "runs through the 15th" */
  for(k=j; k<p->n && k<j+6 && p->a[k].eType!=COMMIT_TOK_PUNCT; k++){
    if( ruWord(p, k, "ago") ) return 0;     /* "met more than seven years ago" */
  }
  /* "have met six times so far", "met twice" */
  if( ruWord(p, j, "twice") || (ruEntry(p, j, COMMIT_GAZ_CARDINAL) && ruWord(p, ruEnd(p, j), "times")) ){
    return 0;
  }
  if( p->aMent[j].nTok>0 && (ruHit(p, j, COMMIT_GAZ_RELDAY)
                             || ruHit(p, j, COMMIT_GAZ_VIRTUAL)) ){
    return 0;
  }
  return 1;
}

/*
** True if the meeting verb at token i modifies the plural noun before it
** ("bilateral agreements concluded earlier"): a lower-case word in -s
** that names no meeting and no participants.
*/
static int ruParticipleOf(const Ru *p, int i) {
  const CommitToken *t;
  if( !ruLower(p, i-1) || p->aCover[i-1]>=0 ) return 0;
  t = &p->a[i-1];
  return t->iEnd - t->iStart>3 && p->z[t->iEnd-1]=='s'
      && !ruWord(p, i-1, "talks") && !ruWord(p, i-1, "was")
      && !ruWord(p, i-1, "has") && !ruWord(p, i-1, "is");
}

/* True if a state people are held in opens at token i, perhaps after one
** lower-case word: "forced labour", "scam operations", "cyber-scam
** compounds". */
static int ruHeldState(const Ru *p, int i) {
  if( ruInList(p, i, COMMIT_WL_HELD_STATE) ) return 1;
  if( ruPunct(p, i+1, '-') && ruLower(p, i) && ruLower(p, i+2) ) i += 2;
  return ruLower(p, i) && ruInList(p, i+1, COMMIT_WL_HELD_STATE);
}

/*
** True if the verb at token i tells of people kept somewhere: "120,000
** people could be held in scam compounds", "victims were held".
*/
static int ruPeopleHeld(const Ru *p, int i) {
  int k;
  /* "were held": the participle of the verb's mention */
  if( p->aMent[i].nTok>1 && ruWord(p, i+p->aMent[i].nTok-1, "held") ){
    int e = i+p->aMent[i].nTok;
    if( ruWord(p, e, "in") && ruHeldState(p, e+1) ) return 1;
  }
  if( !ruWord(p, i, "held") ) return 0;
  /* "9.49 million people ... were held in forced labour" */
  if( ruWord(p, i+1, "in") && ruHeldState(p, i+2) ) return 1;
  for(k=i-1; k>=0 && k>=i-4; k--){
    if( ruInList(p, k, COMMIT_WL_STAT_NOUN) ) return 1;
    if( !(ruWord(p, k, "be") || ruWord(p, k, "been") || ruWord(p, k, "being")
          || ruWord(p, k, "were") || ruWord(p, k, "are") || ruWord(p, k, "was")
          || ruWord(p, k, "could") || ruWord(p, k, "may") || ruWord(p, k, "might")
          || ruWord(p, k, "had") || ruWord(p, k, "have") || ruWord(p, k, "still")) ){
      return 0;
    }
  }
  return 0;
}

/*
** True if "online" or "virtually" at token i (ending at j) is an adverb of
** another verb: "forced to defraud strangers online", "recruited
** online"; not "held online", "met virtually", "the meeting, online,".
*/
static int ruOtherVerbOnline(const Ru *p, int i, int j) {
  int k = i-1;
  if( j!=i+1 || !(ruWord(p, i, "online") || ruWord(p, i, "virtually")) ) return 0;
  /* (at the end of its clause: "in online format", "hosted online by
  ** Thailand" are the meeting's) */
  if( j<p->n && !(ruPunct(p, j, '.') || ruPunct(p, j, ',') || ruPunct(p, j, ';')) ) return 0;
  if( k<0 || !ruLower(p, k) ) return 0;
  if( ruWord(p, k, "entirely") || ruWord(p, k, "fully") || ruWord(p, k, "partly")
   || ruWord(p, k, "also") || ruWord(p, k, "again") ) k--;
  if( k<0 || !ruLower(p, k) ) return 0;
  if( p->aCover[k]>=0 && (ruHit(p, p->aCover[k], COMMIT_GAZ_MEETVERB)
                          || ruHit(p, p->aCover[k], COMMIT_GAZ_MEETWORD)) ) return 0;
  if( ruIsAttendVerb(p, k) ) return 0;
  return !ruInList(p, k, COMMIT_WL_ONLINE_VERB);
}

/* True if a bare year follows a verb ending before token j ("runs until
** 2018", "runs to 2018"), with no month or day. */
static int ruYearAfterVerb(const Ru *p, int j) {
  int y;
  if( ruWord(p, j, "to") || ruWord(p, j, "till") || ruWord(p, j, "through") ) j++;
  return ruYear(p, j, &y) && !ruEntry(p, j+1, COMMIT_GAZ_MONTH)
      && !(j>0 && ruEntry(p, j-1, COMMIT_GAZ_MONTH));
}

/* True if the item just before token i in this sentence is a document
** ending at i ("The new plan starts", "SPA IV runs"), or "it" stands for
** the document the sentence opened with. */
static int ruDocumentBefore(const Ru *p, int i) {
  const CommitItem *it;
  int k;
  if( p->pOut->n<=p->iFirstItem ) return 0;
  it = &p->pOut->a[p->pOut->n-1];
  if( it->eKind==COMMIT_ITEM_DOCUMENT && it->iTokEnd==i ) return 1;
  /* "SPA IV will frame the work ... until it ends in 2018": "it" is the
  ** document the sentence opened with, no meeting named between */
  if( !ruWord(p, i-1, "it") ) return 0;
  it = &p->pOut->a[p->iFirstItem];
  if( it->eKind!=COMMIT_ITEM_DOCUMENT || it->iTok>1 ) return 0;
  for(k=p->iFirstItem; k<p->pOut->n; k++){
    if( p->pOut->a[k].eKind==COMMIT_ITEM_MEETING ) return 0;
  }
  return 1;
}

/* Organisations, titles, verbs, virtual, subjects: one item per mention. */
static void ruSimple(Ru *p, int i) {
  const CommitGazHit *h;
  CommitItem it;
  int j = ruEnd(p, i);
  if( (h = ruHit(p, i, COMMIT_GAZ_ORG))!=0 ){
    ruItem(p, &it, COMMIT_ITEM_ORG, i, j);
    it.iEntry = h->iEntry;
    it.aVal[0] = -1;
    /* "Chinese MPS", "Viet Nam's Ministry of Public Security" */
    if( i>0 && p->aCover[i-1]>=0 ){
      const CommitGazHit *c = ruHit(p, p->aCover[i-1], COMMIT_GAZ_COUNTRY);
      if( c ) it.aVal[0] = c->iEntry;
    }
    if( i>2 && ruWord(p, i-1, "s") && ruPunct(p, i-2, '\'') && p->aCover[i-3]>=0 ){
      const CommitGazHit *c = ruHit(p, p->aCover[i-3], COMMIT_GAZ_COUNTRY);
      if( c ) it.aVal[0] = c->iEntry;
    }
    if( ruWord(p, j, "of") && ruHit(p, j+1, COMMIT_GAZ_COUNTRY) ){
      it.aVal[0] = ruHit(p, j+1, COMMIT_GAZ_COUNTRY)->iEntry;
    }
    ruAdd(p, &it);
  }
  if( (h = ruHit(p, i, COMMIT_GAZ_OFFICE))!=0 ){
    ruItem(p, &it, COMMIT_ITEM_TITLE, i, j);
    it.iEntry = h->iEntry;
    ruAdd(p, &it);
  }
  if( (h = ruHit(p, i, COMMIT_GAZ_MEETVERB))!=0 && !ruVerbHasObject(p, j)
   && !ruParticipleOf(p, i) && !ruPeopleHeld(p, i)
   /* "Registration closes Monday 12 December": another thing's deadline */
   && !ruInList(p, i-1, COMMIT_WL_OTHER_SUBJECT)
   /* "The new plan starts in January": a document's verb */
   && !ruDocumentBefore(p, i)
   /* "SPA IV, ..., which runs until 2018": no meeting runs for years */
   && !ruYearAfterVerb(p, j) ){
    ruItem(p, &it, COMMIT_ITEM_VERB, i, j);
    it.aVal[0] = aCommitGazEntry[h->iEntry].iValue;
    ruAdd(p, &it);
  }
  if( ruHit(p, i, COMMIT_GAZ_VIRTUAL)
   && !(ruPunct(p, j, '-') && ruTouch(p, j-1) && ruTouch(p, j)) ){
    /* "online scams", "virtual trafficking", "online-scam operations": an
    ** adjective of a noun. */
    if( !(ruLower(p, j) && !ruEntry(p, j, COMMIT_GAZ_MEETWORD)
          && !ruWord(p, j, "and") && !ruWord(p, j, "on") && !ruWord(p, j, "in")
          && !ruWord(p, j, "from") && !ruWord(p, j, "via") && !ruWord(p, j, "with")
          && !ruWord(p, j, "format") && !ruWord(p, j, "mode")
          && !ruWord(p, j, "by") && !ruWord(p, j, "under"))
     && !ruOtherVerbOnline(p, i, j) ){
      ruItem(p, &it, COMMIT_ITEM_VIRTUAL, i, j);
      ruAdd(p, &it);
    }
  }
  if( (h = ruHit(p, i, COMMIT_GAZ_SUBJECT))!=0 ){
    int iS = i, v = 0;
    const CommitGazEntry *c = i>0 && p->aCover[i-1]>=0
        ? ruEntry(p, p->aCover[i-1], COMMIT_GAZ_CARDINAL) : 0;
    if( c ){ v = c->iValue; iS = p->aCover[i-1]; }
    else if( i>0 && p->a[i-1].eType==COMMIT_TOK_NUM
          && commitTokenNumber(p->z, &p->a[i-1])<1000 ){
      /* "40 ministers", but "on 14 December 2007 ministers adopted" */
      v = commitTokenNumber(p->z, &p->a[i-1]);
      iS = i-1;
    }else{
      /* "six Asian nations", "six Mekong River countries" */
      /* "six Greater Mekong Sub-region countries": a region's name */
      int q = i-1;
      while( q>0 && q>=i-6
             && ((p->a[q].eType==COMMIT_TOK_WORD && (p->a[q].mFlag & COMMIT_TF_CAP)
                  && p->aCover[q]<0)
                 || (p->aCover[q]>=0 && ruHit(p, p->aCover[q], COMMIT_GAZ_ORG))) ){
        q--;
      }
      if( q<i-1 && q>=0 && p->aCover[q]>=0 && ruEntry(p, p->aCover[q], COMMIT_GAZ_CARDINAL) ){
        v = ruEntry(p, p->aCover[q], COMMIT_GAZ_CARDINAL)->iValue;
        iS = p->aCover[q];
      }
    }
    /* "the six ministers", "the COMMIT countries", "this bloc": all six
    ** members (lexicon value 6). */
    if( strstr(aCommitGazEntry[h->iEntry].zName, "six")
     || aCommitGazEntry[h->iEntry].iValue==6 ) v = 6;
    ruItem(p, &it, COMMIT_ITEM_SUBJECT, iS, j);
    it.iEntry = h->iEntry;
    it.aVal[0] = v;
    ruAdd(p, &it);
  }
}

/* Words between a page verb and "here" ("link the outcome documents
** here"), at most. */
#define RU_PAGE_VERB_REACH 5

/*
** "here", "in this ancient temple city", "in the city", "in the
** capital": the place of the dateline.  Returns tokens used.
*/
static int ruHere(const Ru *p, int i) {
  int j;
  /* "here" itself, but not "here in Phnom Penh": the city named */
  if( ruWord(p, i, "here") ){
    /* "we will link the outcome documents here": the web page */
    for(j=i-1; j>=0 && j>=i-RU_PAGE_VERB_REACH && p->a[j].eType==COMMIT_TOK_WORD; j--){
      if( ruInList(p, j, COMMIT_WL_PAGE_VERB) ) return 0;
    }
    return (ruWord(p, i+1, "in") || ruWord(p, i+1, "at")) && ruHit(p, i+2, COMMIT_GAZ_CITY) ? 0 : 1;
  }
  /* "SOM11 followed there the next day": the city named before (HERE
  ** aVal[0] 1), not "there were", "there is". */
  if( ruWord(p, i, "there") && i>0 && p->a[i-1].eType==COMMIT_TOK_WORD && ruLower(p, i-1)
   && ((p->aCover[i-1]>=0 && ruHit(p, p->aCover[i-1], COMMIT_GAZ_MEETVERB))
       || (p->a[i-1].iEnd - p->a[i-1].iStart>3 && p->z[p->a[i-1].iEnd-1]=='d'
           && p->z[p->a[i-1].iEnd-2]=='e')) ){
    return 1;                           /* "met there", "followed there" */
  }
  /* "There, from 28 to 30 July, senior officials held ...": opening the
  ** sentence before a comma, a place ("There were ..." is none) */
  if( i==0 && ruWord(p, i, "there") && ruPunct(p, i+1, ',') ) return 1;
  /* "held in the same city": the city named before (HERE aVal[0] 1). */
  if( ruWord(p, i, "the") && ruWord(p, i+1, "same") && ruWord(p, i+2, "city")
   && (ruWord(p, i-1, "in") || ruWord(p, i-1, "at")) ){
    return 3;
  }
  /* "..., and the city was the venue of the SOM8/IMM3 pair", "The city
  ** also hosted the 14th SOM": the city named before, as a subject of
  ** hosting (HERE aVal[0] 1) */
  if( ruWord(p, i, "the") && (ruWord(p, i+1, "city") || ruWord(p, i+1, "capital"))
   && !ruWord(p, i-1, "in") && !ruWord(p, i-1, "at") && !ruWord(p, i-1, "of")
   && ruCityHosts(p, i, i+2) ){
    return 2;
  }
  /* "at a ministerial meeting in the city": the city the report is
  ** from, unless a name follows ("in the capital, Phnom Penh"). */
  if( ruWord(p, i, "the") && (ruWord(p, i-1, "in") || ruWord(p, i-1, "at"))
   && (ruWord(p, i+1, "city") || ruWord(p, i+1, "capital"))
   && !ruWord(p, i+2, "of") && !ruHit(p, i+2, COMMIT_GAZ_CITY)
   && !(ruPunct(p, i+2, ',') && ruHit(p, i+3, COMMIT_GAZ_CITY)) ){
    return 2;
  }
  if( !ruWord(p, i, "this") ) return 0;
  for(j=i+1; j<p->n && j<i+5 && ruLower(p, j); j++){
    if( ruWord(p, j, "city") || ruWord(p, j, "capital") || ruWord(p, j, "town") ){
      return j+1-i;
    }
  }
  return 0;
}

/* ==== The sentence driver ============================================== */

/* True if token i is a future word (word list future_word). */
static int ruIsFutureWord(const Ru *p, int i) {
  return ruInList(p, i, COMMIT_WL_FUTURE_WORD);
}

/* Scan the sentence for sentence-wide cues: future tense, attendance. */
static void ruCues(Ru *p) {
  int i;
  for(i=0; i<p->n; i++){
    if( ruIsFutureWord(p, i) ) p->bFuture = 1;
    if( ruIsAttendVerb(p, i) ) p->bAttendVerb = 1;
    if( p->aMent[i].nTok && ruHit(p, i, COMMIT_GAZ_MEETVERB) ) p->bMeetVerb = 1;
  }
}

/* Tokens before a date searched for a future word ("will host the sixth
** Inter-Ministerial Meeting (IMM6) on Wednesday"), at most. */
#define RU_FUTURE_REACH 16

/*
** True if the clause before token i is in the future tense ("will open
** on Wednesday", "is scheduled to take place on Thursday"): a future word
** within RU_FUTURE_REACH tokens before it, with no comma or semicolon
** between.
*/
static int ruFutureBefore(const Ru *p, int i) {
  int k;
  for(k=i-1; k>=0 && k>=i-RU_FUTURE_REACH; k--){
    if( ruPunct(p, k, ',') || ruPunct(p, k, ';') ) return 0;
    if( ruIsFutureWord(p, k) ) return 1;
  }
  return 0;
}

/* True if a future word follows token i within four tokens before any
** punctuation: "About 150 delegates will attend". */
/* True if a verb in the past ("opened", "met") stands right before token i
** or its "on". */
static int ruPastVerbBefore(const Ru *p, int i) {
  const CommitToken *t;
  if( ruWord(p, i-1, "on") ) i--;
  if( i<1 || p->a[i-1].eType!=COMMIT_TOK_WORD ) return 0;
  t = &p->a[i-1];
  return ruWord(p, i-1, "met") || (t->iEnd - t->iStart>3 && p->z[t->iEnd-1]=='d'
                                   && p->z[t->iEnd-2]=='e' && ruLower(p, i-1));
}

static int ruFutureAfter(const Ru *p, int i) {
  int k;
  for(k=i; k<p->n && k<i+4; k++){
    if( p->a[k].eType==COMMIT_TOK_PUNCT ) return 0;
    if( ruIsFutureWord(p, k) ) return 1;
  }
  return 0;
}

/*
** Run every recogniser over the sentence of *pCtx (already tagged by
** commitRulesTag) and append the items to pItems.  Returns SQLITE_OK or
** SQLITE_NOMEM.
*/
/*
** Coordinated dates share the last one's year: "14-15 February and 16
** February 2012", "29 March, 2 April and 5 May 2005".  A date without a
** year takes the year of the next date when only "and", "or", commas and
** "&" stand between them (the year before when its month is later:
** "December and January 2005").
*/
static void ruDateYears(Ru *p) {
  int k, j;
  CommitItem *a = p->pOut->a;
  for(k=p->pOut->n-2; k>=p->iFirstItem; k--){
    CommitItem *it = &a[k], *nx = 0;
    int t, y;
    if( it->eKind!=COMMIT_ITEM_DATE || !(it->mFlag & COMMIT_DF_NOYEAR)
     || (it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ){
      continue;
    }
    for(j=k+1; j<p->pOut->n && a[j].iTok<it->iTokEnd; j++){}
    if( j<p->pOut->n && a[j].eKind==COMMIT_ITEM_DATE ) nx = &a[j];
    if( nx==0 || nx->aVal[0]==0 || nx->iTok<=it->iTokEnd ) continue;
    for(t=it->iTokEnd; t<nx->iTok; t++){
      if( !ruWord(p, t, "and") && !ruWord(p, t, "or") && !ruPunct(p, t, ',')
       && !ruPunct(p, t, '&') ){
        break;
      }
    }
    if( t<nx->iTok ) continue;
    y = nx->aVal[0] - (it->aVal[1]>nx->aVal[1] ? 1 : 0);
    it->aVal[0] = y;
    if( (it->mFlag & COMMIT_DF_RANGE) && it->aVal[3]==0 ){
      it->aVal[3] = y + (it->aVal[4]<it->aVal[1] ? 1 : 0);
    }
    it->mFlag &= ~COMMIT_DF_NOYEAR;
  }
}

int commitRulesSentence(CommitSentenceCtx *pCtx, CommitItems *pItems) {
  Ru r;
  int i, iMeetGroup = 0, bPair = 0;
  u8 aUsedStack[COMMIT_MAX_SENTENCE_TOKENS];
  memset(&r, 0, sizeof(r));
  r.z = pCtx->z;
  r.a = pCtx->pSent->aTok;
  r.n = pCtx->pSent->nTok;
  r.pGaz = pCtx->pGaz;
  r.aMent = pCtx->aMention;
  r.aCover = pCtx->aCover;
  r.pOut = pItems;
  r.bDayFirst = pCtx->bDayFirst;
  r.iFirstItem = pItems->n;
  r.aUsed = aUsedStack;
  memset(aUsedStack, 0, r.n);
  ruCues(&r);
  i = 0;
  while( i<r.n && r.rc==SQLITE_OK ){
    CommitItem it;
    int k;
    if( (k = ruDate(&r, i, &it))>0 ){
      /* the second date of a pair ("14-15 / 16 Feb 2012") */
      if( bPair ) it.mFlag |= COMMIT_DF_PAIR;
      bPair = (it.mFlag & COMMIT_DF_PAIR) && !bPair
           && (ruPunct(&r, i+k, '/') || ruWord(&r, i+k, "and"));
      if( ruFutureBefore(&r, i) ) it.mFlag |= COMMIT_DF_FUTURE;
      if( (it.mFlag & COMMIT_DF_WEEKDAY) && ruFutureAfter(&r, i+k)
       && !ruPastVerbBefore(&r, i) ){
        /* "The talks on Friday are expected to", but not "opened Monday
        ** and will run through Friday" */
        it.mFlag |= COMMIT_DF_FUTURE;
      }
      if( it.mFlag & COMMIT_DF_WEEKDAY ){
        /* "Next week, from Wednesday to Friday": the days ahead */
        int q;
        for(q=i-1; q>0 && q>=i-6; q--){
          if( ruWord(&r, q, "week") && ruWord(&r, q-1, "next") ) it.mFlag |= COMMIT_DF_FUTURE;
        }
        /* "from Monday to Friday last week", "on Tuesday last week", "last
        ** week, on Wednesday": the week before the report's */
        if( ruWord(&r, i+k, "before") && ruWord(&r, i+k+1, "last") ){
          it.mFlag |= COMMIT_DF_BEFORELAST;     /* "the Wednesday before last" */
          it.iTokEnd = i+k+2;
          it.iEnd = r.a[i+k+1].iEnd;
          k += 2;
        }
        if( (ruWord(&r, i+k, "last") && ruWord(&r, i+k+1, "week"))
         || (ruWord(&r, i+k, "of") && ruWord(&r, i+k+1, "last") && ruWord(&r, i+k+2, "week")) ){
          it.mFlag |= COMMIT_DF_LASTWEEK;
        }
        for(q=i-1; q>0 && q>=i-4; q--){
          if( ruWord(&r, q, "week") && ruWord(&r, q-1, "last") ) it.mFlag |= COMMIT_DF_LASTWEEK;
        }
      }
      /* "since 2004", "until 2015" are reference points, not the dates
      ** of a meeting, but "will last till 7 November" ends one. */
      if( (ruWord(&r, i-1, "since")
           || ((ruWord(&r, i-1, "until") || ruWord(&r, i-1, "till")) && !ruNotUntil(&r, i-1))
           || ruWord(&r, i-1, "by")
           || ruWord(&r, i-1, "before") || ruWord(&r, i-1, "after")
           || (ruWord(&r, i-1, "in") && ruInList(&r, i-2, COMMIT_WL_STAT_NOUN)
               /* not "(trafficking) in persons in 2004" */
               && !(ruWord(&r, i-2, "persons") && ruWord(&r, i-3, "in")))
           /* "the third plan, which expired in 2013" */
           || (ruWord(&r, i-1, "in") && (ruWord(&r, i-2, "expired") || ruWord(&r, i-2, "expires")
                                         || ruWord(&r, i-2, "lapsed")))
           /* "expected in Q1 2025": a quarter */
           || (i>0 && r.a[i-1].eType==COMMIT_TOK_WORD && r.a[i-1].iEnd-r.a[i-1].iStart==2
               && (r.z[r.a[i-1].iStart]=='Q' || r.z[r.a[i-1].iStart]=='H')
               && r.z[r.a[i-1].iStart+1]>='1' && r.z[r.a[i-1].iStart+1]<='4')
           /* "a plan running to 2035" */
           || (ruWord(&r, i-1, "to") && (ruWord(&r, i-2, "running") || ruWord(&r, i-2, "runs")
                                         || ruWord(&r, i-2, "run") || ruWord(&r, i-2, "lasting")))
           /* "a successor plan to start in 2014": the plan's start */
           || (ruWord(&r, i-1, "in") && (ruWord(&r, i-2, "start") || ruWord(&r, i-2, "begin")
                                         || ruWord(&r, i-2, "starting")
                                         || ruWord(&r, i-2, "beginning"))
               && (ruWord(&r, i-3, "to") || ruWord(&r, i-2, "starting")
                   || ruWord(&r, i-2, "beginning")))
           /* "priorities for 2017", not "scheduled for March 2017" */
           || (ruWord(&r, i-1, "for") && !ruIsFutureWord(&r, i-2)
               && !ruWord(&r, i-2, "set") && !ruWord(&r, i-2, "slated")))
       && !(r.aCover[i-1]>=0 && ruHit(&r, r.aCover[i-1], COMMIT_GAZ_MEETVERB)) ){
        it.mFlag |= COMMIT_DF_REFERENCE;
      }
      if( k==1 && it.aVal[1]==0 && ruCitation(&r, i) ){
        /* "(Okafor 2011, p. 47)", "Marlow (2006, p. 12)": a citation */
        it.mFlag |= COMMIT_DF_REFERENCE;
      }
      if( k==1 && it.aVal[1]==0 && !(it.mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY))
       && (ruWord(&r, i-1, "the") || ruWord(&r, i-1, "a") || ruWord(&r, i-1, "its")
           || ruWord(&r, i-1, "their") || (ruWord(&r, i-1, "s") && ruPunct(&r, i-2, '\'')))
       && ruLower(&r, i+1) ){
        /* "Burma's 2005 anti-trafficking law", "the 2004 MOU": a year
        ** naming something else */
        it.mFlag |= COMMIT_DF_REFERENCE;
      }
      if( it.aVal[2] && !(it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY))
       && ruPunct(&r, i-1, ',') && r.pOut->n>r.iFirstItem ){
        /* "on Tuesday and Wednesday, 14-15 February": the days named, then
        ** their dates; the dates stand for both */
        CommitItem *pPrev = &r.pOut->a[r.pOut->n-1];
        if( pPrev->eKind==COMMIT_ITEM_DATE && pPrev->iTokEnd==i-1
         && (pPrev->mFlag & COMMIT_DF_WEEKDAY) && (pPrev->mFlag & COMMIT_DF_RANGE)
         && (it.mFlag & COMMIT_DF_RANGE) ){
          it.iTok = pPrev->iTok;
          it.iStart = pPrev->iStart;
          r.pOut->n--;
        }
      }
      ruAdd(&r, &it);
      i += k;
      continue;
    }
    if( (k = ruDuration(&r, i))>0 ){ i += k; continue; }
    if( (k = ruMeetingCode(&r, i, &iMeetGroup))>0 ){ i += k; continue; }
    if( (k = ruMeetingName(&r, i))>0 ){ i += k; continue; }
    if( (k = ruCountedDocument(&r, i))>0 ){ i += k; continue; }
    if( (k = ruEllipticOrdinal(&r, i))>0 ){ i += k; continue; }
    if( (k = ruLatestOfCount(&r, i))>0 ){ i += k; continue; }
    if( (k = ruDocument(&r, i))>0 ){ i += k; continue; }
    if( (k = ruAttendance(&r, i))>0 ){ i += k; continue; }
    if( (k = ruVenue(&r, i))>0 ){ i += k; continue; }
    if( !pCtx->pSent->bChrome && (k = ruPerson(&r, i))>0 ){ i += k; continue; }
    if( (k = ruAction(&r, i))>0 ){ i += k; continue; }
    if( ruHit(&r, i, COMMIT_GAZ_HOSTVERB) ){
      k = ruHost(&r, i);
      i += k>0 ? k : 1;
      continue;
    }
    if( (k = ruHere(&r, i))>0 && ruCapitalOfCountry(&r, i, k) ){
      i += k;
      continue;
    }
    if( k>0 ){
      ruItem(&r, &it, COMMIT_ITEM_HERE, i, i+k);
      /* ("The city also hosted": the city named before; "The capital
      ** has hosted", like "in the capital", the report's own) */
      it.aVal[0] = ruWord(&r, i+1, "same") || ruWord(&r, i, "there")
                || (ruWord(&r, i, "the") && ruWord(&r, i+1, "city")
                    && !ruWord(&r, i-1, "in") && !ruWord(&r, i-1, "at"));
      if( ruWord(&r, i, "the") && ruWord(&r, i+1, "capital")
       && !ruWord(&r, i-1, "in") && !ruWord(&r, i-1, "at") ){
        it.aVal[0] = 2;                   /* (the report's city, or none) */
      }
      ruAdd(&r, &it);
      i += k;
      continue;
    }
    if( ruHit(&r, i, COMMIT_GAZ_CITY) || ruHit(&r, i, COMMIT_GAZ_COUNTRY) ){
      k = ruPlace(&r, i);
      /* An organisation with the same key is still an organisation. */
      if( ruHit(&r, i, COMMIT_GAZ_ORG) ) ruSimple(&r, i);
      i += k;
      continue;
    }
    if( (k = ruMeetingGeneric(&r, i))>0 ){ i += k; continue; }
    if( i==0 && ruWord(&r, 0, "done") && (ruWord(&r, 1, "at") || ruWord(&r, 1, "in")) ){
      /* "DONE at Ha Noi, this sixteenth day of February ...": where and
      ** when a text was signed, its meeting's place and day */
      ruItem(&r, &it, COMMIT_ITEM_VERB, 0, 1);
      it.aVal[0] = COMMIT_ROLE_NEUTRAL;
      ruAdd(&r, &it);
      i = 1;
      continue;
    }
    ruSimple(&r, i);
    i = ruEnd(&r, i);
  }
  if( r.rc==SQLITE_OK ) ruDateYears(&r);
  return r.rc;
}
