/*
** 2026-11-29
**
** facts.c -- link one report's items into facts.
**
** commitFactsSentence() is called once per sentence with the items that
** rules.c found there; commitFactsFinish() runs once at the end.  Facts
** keep byte offsets into the report; nothing of the text is copied.
**
** Meetings are keyed (series, number).  Two special keys stand for what
** is only known at the end:
**   (0,0)   "the meeting", "the event", or a sentence about a meeting
**           with no mention at all: the report's main meeting.
**   (S,0)   "the Inter-Ministerial Meeting", "ministerial meeting": a
**           meeting of series S whose number is not given.
** At the end the main meeting is the first one mentioned that is not a
** background meeting (one dated more than a year before publication);
** its joint partner ("IMM2/SOM5") is part of the main group.  (S,0) is
** merged into the main group's meeting of series S, or the only numbered
** meeting of S, else it stays as an unnamed meeting.  (0,0) is merged
** into every meeting of the main group.
**
** Within a sentence an attribute (date, city, venue, host, attendance)
** goes to the nearest meeting mention before it, else the nearest after
** it; a joint label passes it to both meetings.  "respectively" pairs
** meetings and dates in order.  The verb before a date decides its role:
** "opened" -> start, "concluded" -> end, "held" or none -> both for one
** date.  A duration ("two-day") extends a start to an end and back.
**
** Dates are resolved only at the end, when the anchor is known: the
** dateline or page date of the text, else options.published.  Weekdays
** are the latest such day on or before the anchor (the next one when the
** sentence is in the future tense).  A day and month with no year take the
** anchor's year, else the first year the text gives, else stay unknown.
**
** Actions link an action verb to the documents of its clause: after an
** active verb or "signing of", before a passive one.  The meeting is the
** mention nearest the verb; with none, a date in the sentence that does
** not fit the main meeting makes the action a background one (null or the
** meeting of that year); else the main meeting.  What a joint session
** does is credited to its IMM.  Parties are the countries named as
** subject (or after "by"); "the six ministers" are the six members the
** text names.
*/
#include "commit.h"
#include <string.h>

#define FACTS_MAIN COMMIT_FACTS_MAIN

/* ==== Vectors ========================================================== */

/* Append a zeroed record of nByte bytes; return it or NULL on OOM. */
static void *factsPush(CommitFVec *v, size_t nByte) {
  char *p;
  if( v->n>=v->nAlloc ){
    int nNew = v->nAlloc ? v->nAlloc*2 : 8;
    void *aNew = sqlite3_realloc64(v->a, nByte*nNew);
    if( aNew==0 ) return 0;
    v->a = aNew;
    v->nAlloc = nNew;
  }
  p = (char *)v->a + nByte*(v->n++);
  memset(p, 0, nByte);
  return p;
}

#define MEETING(p, i) (&((CommitFMeeting *)(p)->meetings.a)[i])
#define DOC(p, i) (&((CommitFDoc *)(p)->docs.a)[i])
#define ACTION(p, i) (&((CommitFAction *)(p)->actions.a)[i])
#define PERSON(p, i) (&((CommitFPerson *)(p)->people.a)[i])
#define ORG(p, i) (&((CommitFOrg *)(p)->orgs.a)[i])

/* ==== Hash indexes ===================================================== */

/* Hash of a person's name, ASCII case folded. */
static u32 factsNameHash(const char *z, int n) {
  u32 h = 2166136261u;
  int i;
  for(i=0; i<n; i++){
    u8 c = (u8)z[i];
    if( c>='A' && c<='Z' ) c += 32;
    h = (h ^ c) * 16777619u;
  }
  return h;
}

/* Hash of an action's identity. */
static u32 factsActionHash(const CommitFAction *a) {
  u32 h = (u32)(a->iMeeting + 3);
  h = h*2654435761u ^ (u32)a->iDoc;
  h = h*2654435761u ^ (u32)a->eAction;
  return h*2654435761u;
}

/* Hash of record i of the vector an index covers (bAction: actions). */
static u32 factsRecHash(const CommitFacts *p, int bAction, int i) {
  if( bAction ) return factsActionHash(ACTION(p, i));
  return factsNameHash(p->z + PERSON(p, i)->iName, PERSON(p, i)->nName);
}

/* The chain link of record i. */
static int *factsRecNext(CommitFacts *p, int bAction, int i) {
  return bAction ? &ACTION(p, i)->iHashNext : &PERSON(p, i)->iHashNext;
}

/*
** Make room in index x for nRec records (load at most one), rehashing
** records [0, nRec-1) of the vector.  Returns SQLITE_OK or SQLITE_NOMEM.
*/
static int factsIndexFit(CommitFacts *p, CommitFIndex *x, int bAction,
                         int nRec) {
  int nNew, i, *aNew;
  if( nRec<=x->nBucket ) return SQLITE_OK;
  nNew = x->nBucket ? x->nBucket*2 : 64;
  while( nNew<nRec ) nNew *= 2;
  aNew = sqlite3_malloc64(sizeof(int)*nNew);
  if( aNew==0 ) return SQLITE_NOMEM;
  for(i=0; i<nNew; i++) aNew[i] = -1;
  sqlite3_free(x->aBucket);
  x->aBucket = aNew;
  x->nBucket = nNew;
  for(i=0; i<nRec-1; i++){
    u32 b = factsRecHash(p, bAction, i) & (u32)(nNew-1);
    *factsRecNext(p, bAction, i) = aNew[b];
    aNew[b] = i;
  }
  return SQLITE_OK;
}

/* Link record i (already in the vector) into index x. */
static void factsIndexAdd(CommitFacts *p, CommitFIndex *x, int bAction, int i) {
  u32 b = factsRecHash(p, bAction, i) & (u32)(x->nBucket-1);
  *factsRecNext(p, bAction, i) = x->aBucket[b];
  x->aBucket[b] = i;
}

/* ==== Life cycle ======================================================= */

/*
** Create the facts of report z[0..n).  *pp owns the new object; free it
** with commitFactsFree().  Returns SQLITE_OK or SQLITE_NOMEM.
*/
int commitFactsNew(const CommitGazetteer *pGaz, const char *z, int n,
                   const CommitParseOpt *pOpt, CommitFacts **pp) {
  CommitFacts *p = sqlite3_malloc64(sizeof(*p));
  *pp = 0;
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->pGaz = pGaz;
  p->z = z;
  p->n = n;
  if( pOpt ) p->opt = *pOpt;
  p->iDatelineCity = -1;
  p->iMain = -1;
  p->iTopic = -1;
  *pp = p;
  return SQLITE_OK;
}

/* Free the facts.  NULL is a no-op. */
void commitFactsFree(CommitFacts *p) {
  if( p ){
    sqlite3_free(p->meetings.a);
    sqlite3_free(p->docs.a);
    sqlite3_free(p->actions.a);
    sqlite3_free(p->people.a);
    sqlite3_free(p->orgs.a);
    sqlite3_free(p->peopleIdx.aBucket);
    sqlite3_free(p->actionIdx.aBucket);
    sqlite3_free(p);
  }
}

/* ==== Meetings ========================================================= */

/* Index of the meeting (eSeries, iNum), created if new; -1 on OOM. */
static int factsMeeting(CommitFacts *p, int eSeries, int iNum,
                        const CommitItem *pMention) {
  int i;
  CommitFMeeting *m;
  for(i=0; i<p->meetings.n; i++){
    m = MEETING(p, i);
    if( m->eSeries==eSeries && m->iNum==iNum ){
      if( m->iNameEnd==0 && pMention->aVal[2]!=2 ){
        m->iNameStart = pMention->iStart;
        m->iNameEnd = pMention->iEnd;
      }
      return i;
    }
  }
  m = factsPush(&p->meetings, sizeof(CommitFMeeting));
  if( m==0 ) return -1;
  m->eSeries = eSeries;
  m->iNum = iNum;
  m->iFirst = pMention->iStart;
  m->iFirstEnd = pMention->iEnd;
  if( pMention->aVal[2]!=2 ){
    m->iNameStart = pMention->iStart;
    m->iNameEnd = pMention->iEnd;
  }
  m->iPartner = -1;
  m->iCity = m->iCountry = -1;
  m->iMerged = -1;
  return p->meetings.n-1;
}

/* A meeting mention in a sentence: where it is and which meeting. */
typedef struct FMent FMent;
struct FMent {
  int iTok;          /* token position in the sentence */
  int iTokEnd;       /* token past the mention */
  int bCoord;        /* coordinated with the previous mention ("and") */
  int iClause;       /* clause number (-1: implicit, any clause) */
  int iMeeting;      /* meeting index */
  int iGroup;        /* joint group tag or 0 */
};

/* Grain of a day: 0 unknown, 1 year, 2 month, 3 day. */
static int factsGrain(const CommitDay *d) {
  return d->y==0 ? 0 : d->m==0 ? 1 : d->d==0 ? 2 : 3;
}

/* The date of an item at one end, before resolution (y may be 0). */
static void factsRawDay(const CommitItem *it, int iPart, CommitDay *pOut) {
  if( iPart==1 && (it->mFlag & COMMIT_DF_RANGE) ){
    pOut->y = it->aVal[3]; pOut->m = it->aVal[4]; pOut->d = it->aVal[5];
  }else{
    pOut->y = it->aVal[0]; pOut->m = it->aVal[1]; pOut->d = it->aVal[2];
  }
}

/* Rough grain of an unresolved date reference, for "finer wins". */
static int factsRefGrain(const CommitFDate *f) {
  CommitDay d;
  if( !f->bSet ) return -1;
  if( f->it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY) ) return 3;
  factsRawDay(&f->it, f->iPart, &d);
  if( d.y==0 && d.m ) return d.d ? 3 : 2;
  return factsGrain(&d);
}

/* Set a date of meeting m if unset or if the new one is finer. */
static void factsSetDate(CommitFDate *pDst, const CommitItem *it, int iPart,
                         int nOffset, int bWeak) {
  CommitFDate f;
  memset(&f, 0, sizeof(f));
  f.bSet = 1;
  f.it = *it;
  f.iPart = iPart;
  f.nOffset = nOffset;
  f.bWeak = bWeak;
  if( !pDst->bSet || (pDst->bWeak && !bWeak)
   || (pDst->bWeak==bWeak && factsRefGrain(&f)>factsRefGrain(pDst)) ){
    *pDst = f;
  }
}

/* Apply a date item with role eRole to meeting m. */
static void factsMeetingDate(CommitFMeeting *m, const CommitItem *it, int eRole,
                             int bWeak) {
  int bRange = (it->mFlag & COMMIT_DF_RANGE)!=0;
  if( bRange ){
    factsSetDate(&m->start, it, 0, 0, bWeak);
    factsSetDate(&m->end, it, 1, 0, bWeak);
    return;
  }
  if( eRole==COMMIT_ROLE_START ){
    factsSetDate(&m->start, it, 0, 0, bWeak);
  }else if( eRole==COMMIT_ROLE_END ){
    factsSetDate(&m->end, it, 0, 0, bWeak);
  }else{
    factsSetDate(&m->start, it, 0, 0, bWeak);
    factsSetDate(&m->end, it, 0, 0, bWeak);
  }
}

/* True if the nearest verb before token iTok is an action, not a meeting
** verb: "signed a Joint Declaration on Friday morning". */
static int factsActionDate(const CommitItems *pItems, int iTok) {
  int k, iBest = -1, bAction = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( (it->eKind==COMMIT_ITEM_VERB || it->eKind==COMMIT_ITEM_ACTION)
     && it->iTok<iTok && it->iTok>iBest ){
      iBest = it->iTok;
      bAction = it->eKind==COMMIT_ITEM_ACTION;
    }
  }
  return bAction;
}

/* Add a host (or organiser) to a list, without duplicates. */
static void factsAddHost(CommitFHost *a, int *pn, const CommitItem *it) {
  int i;
  for(i=0; i<*pn; i++){
    if( it->iEntry>=0 ? a[i].iEntry==it->iEntry
        : (a[i].iEntry<0 && a[i].iEnd-a[i].iStart==it->iEnd-it->iStart) ){
      return;
    }
  }
  if( *pn>=COMMIT_FACTS_MAX_HOSTS ) return;
  a[*pn].iEntry = it->iEntry;
  a[*pn].eKind = it->aVal[1];
  a[*pn].iStart = it->iStart;
  a[*pn].iEnd = it->iEnd;
  (*pn)++;
}

/*
** The meetings an attribute at token iTok goes to: the nearest mention
** before it, else the nearest after.  A joint label ("IMM2/SOM5") and
** coordinated mentions ("SOM8 and the ministerial meeting") give it to
** both.  Returns the number of meeting indexes written to aOut (<= 2).
*/
static int factsTarget(const FMent *aM, int nM, int iTok, int iClause,
                       int *aOut) {
  int k, iBest = -1, n = 0;
  for(k=0; k<nM; k++){
    if( iClause>=0 && aM[k].iClause>=0 && aM[k].iClause!=iClause ) continue;
    if( aM[k].iTok<=iTok ) iBest = k;
  }
  if( iBest<0 ){
    for(k=0; k<nM; k++){
      if( iClause>=0 && aM[k].iClause>=0 && aM[k].iClause!=iClause ) continue;
      if( aM[k].iTok>iTok ){ iBest = k; break; }
    }
  }
  if( iBest<0 ) return 0;
  aOut[n++] = aM[iBest].iMeeting;
  if( aM[iBest].iGroup ){
    for(k=0; k<nM; k++){
      if( k!=iBest && aM[k].iGroup==aM[iBest].iGroup
       && aM[k].iMeeting!=aOut[0] && n<2 ){
        aOut[n++] = aM[k].iMeeting;
      }
    }
  }else if( aM[iBest].bCoord && aM[iBest-1].iMeeting!=aOut[0] ){
    aOut[n++] = aM[iBest-1].iMeeting;
  }else if( iBest+1<nM && aM[iBest+1].bCoord
         && aM[iBest+1].iMeeting!=aOut[0] ){
    aOut[n++] = aM[iBest+1].iMeeting;
  }
  return n;
}

/* ==== Sentence processing ============================================== */

/*
** The role of a date at token iTok: that of the nearest meeting verb
** before it, else of the first one after it ("On March 20, SOM13 opened").
*/
static int factsRole(const CommitItems *pItems, int iTok) {
  int k, eRole = COMMIT_ROLE_NEUTRAL, iBest = -1;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_VERB && it->iTok<iTok && it->iTok>iBest ){
      iBest = it->iTok;
      eRole = it->aVal[0];
    }
  }
  if( iBest>=0 ) return eRole;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_VERB && it->iTok>iTok ) return it->aVal[0];
  }
  return eRole;
}

/* True if the sentence has an item of kind eKind. */
static int factsHas(const CommitItems *pItems, int eKind) {
  int k;
  for(k=0; k<pItems->n; k++) if( pItems->a[k].eKind==eKind ) return 1;
  return 0;
}

/* True if the sentence contains the word zLower. */
static int factsHasWord(const CommitFacts *p, const CommitSentence *s,
                        const char *zLower) {
  int k;
  for(k=0; k<s->nTok; k++){
    if( s->aTok[k].eType==COMMIT_TOK_WORD
     && commitTokenIsCi(p->z, &s->aTok[k], zLower) ) return 1;
  }
  return 0;
}

/* Words that mark a line as giving the page's date. */
static const char *const azFactsPubWord[] = {
  "updated", "published", "posted", "released", "date", "dated", "edited",
};

/*
** True if date item it is a dateline or page date: a full date that only
** capitalised words, numbers and punctuation precede in its sentence
** ("BEIJING, Dec. 14 (Xinhua) --", "Beijing, December 14, 2007 --",
** "Tuesday, February 14, 2012 17:05", "(China.org.cn December 14, 2007)"),
** near the top of the text or in a sentence that says "updated",
** "posted", ...; or a cable date-time group.
*/
static int factsIsDateline(const CommitFacts *p, const CommitSentence *s,
                           const CommitItem *it) {
  int k, bPubWord = 0;
  if( it->mFlag & COMMIT_DF_DATELINE ) return 1;
  if( it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY|COMMIT_DF_RANGE) ) return 0;
  if( it->aVal[2]==0 || it->iTok>10 ) return 0;
  for(k=0; k<s->nTok; k++){
    int j;
    for(j=0; j<(int)(sizeof(azFactsPubWord)/sizeof(azFactsPubWord[0])); j++){
      if( commitTokenIsCi(p->z, &s->aTok[k], azFactsPubWord[j]) ) bPubWord = 1;
    }
  }
  if( s->iSentence>=8 && !bPubWord
   && (s->bChrome || !(s->aTok[0].eType==COMMIT_TOK_PUNCT && s->aTok[0].cPunct=='(')) ){
    return 0;
  }
  if( it->iTok>0 && (s->aTok[it->iTok].mFlag & COMMIT_TF_NL) ){
    /* A date opening a line of its own ("Monday, February 13, 2012 -
    ** 17:45"): only numbers and punctuation may follow on the line. */
    for(k=it->iTokEnd; k<s->nTok && !(s->aTok[k].mFlag & COMMIT_TF_NL); k++){
      if( s->aTok[k].eType==COMMIT_TOK_WORD && s->aTok[k].iEnd-s->aTok[k].iStart>2 ){
        return 0;
      }
    }
    return 1;
  }
  for(k=0; k<it->iTok; k++){
    const CommitToken *t = &s->aTok[k];
    if( t->eType==COMMIT_TOK_WORD && !(t->mFlag & (COMMIT_TF_CAP|COMMIT_TF_NONASCII))
     && !bPubWord ){
      /* A domain name in a source line: "China.org.cn". */
      if( !(k>0 && s->aTok[k-1].eType==COMMIT_TOK_PUNCT && s->aTok[k-1].cPunct=='.') ){
        return 0;
      }
    }
    if( bPubWord ) continue;
    if( commitTokenIsCi(p->z, t, "on") || commitTokenIsCi(p->z, t, "in")
     || commitTokenIsCi(p->z, t, "since") || commitTokenIsCi(p->z, t, "by")
     || commitTokenIsCi(p->z, t, "from") || commitTokenIsCi(p->z, t, "until") ){
      return 0;
    }
  }
  return 1;
}

/*
** Find datelines and page dates in the sentence, flag them so that they
** are not taken for meeting dates, and keep the first (one with a year
** beats one without).  A date after a meeting mention is not a dateline.
*/
static void factsDateline(CommitFacts *p, const CommitSentence *s,
                          CommitItems *pItems) {
  int k;
  for(k=0; k<pItems->n; k++){
    CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_MEETING ) return;
    if( it->eKind!=COMMIT_ITEM_DATE || !factsIsDateline(p, s, it) ) continue;
    it->mFlag |= COMMIT_DF_DATELINE;
    if( !p->bDateline || (p->dateline.aVal[0]==0 && it->aVal[0]) ){
      p->dateline = *it;
      p->bDateline = 1;
    }
    return;
  }
}

/* Record countries named in content, and the order of members. */
static void factsCountries(CommitFacts *p, const CommitItems *pItems) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_COUNTRY && it->iEntry<COMMIT_GAZ_NCOUNTRY_MAX ){
      if( !p->aCountry[it->iEntry] ){
        p->aCountry[it->iEntry] = 1;
        if( aCommitGazEntry[it->iEntry].iValue==1
         && p->nCountryOrder<COMMIT_GAZ_NCOUNTRY_MAX ){
          p->aCountryOrder[p->nCountryOrder++] = it->iEntry;
        }
      }
    }
  }
}

/*
** True if a sentence with no meeting mention still speaks of a meeting:
** a meeting verb, a venue, a host, an online cue, or people attending.
*/
static int factsMeetingCue(const CommitItems *pItems) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    switch( it->eKind ){
      case COMMIT_ITEM_VERB: case COMMIT_ITEM_VENUE: case COMMIT_ITEM_HOST:
      case COMMIT_ITEM_VIRTUAL:
        return 1;
      case COMMIT_ITEM_NUMBER:
        if( it->aVal[1]==1 && it->aVal[3] ) return 1;
        break;
    }
  }
  return 0;
}

/*
** Collect the sentence's meeting mentions into aM (at most nMax) and
** return how many.  A sentence with no mention but a meeting verb, venue,
** host, virtual cue or attendance refers to the main meeting.
*/
static int factsMentions(CommitFacts *p, const CommitSentence *s,
                         const CommitItems *pItems, FMent *aM, int nMax) {
  int k, nM = 0;
  for(k=0; k<pItems->n && nM<nMax; k++){
    const CommitItem *it = &pItems->a[k];
    int iM;
    if( it->eKind!=COMMIT_ITEM_MEETING ) continue;
    iM = factsMeeting(p, it->aVal[2]==2 ? 0 : it->aVal[0],
                      it->aVal[2]==2 ? 0 : it->aVal[1], it);
    if( iM<0 ) return -1;
    if( !MEETING(p, iM)->bExplicit ){
      /* Its span is that of the first mention, not of a cue before it. */
      MEETING(p, iM)->bExplicit = 1;
      MEETING(p, iM)->iFirst = it->iStart;
      MEETING(p, iM)->iFirstEnd = it->iEnd;
    }
    aM[nM].iTok = it->iTok;
    aM[nM].iTokEnd = it->iTokEnd;
    aM[nM].iMeeting = iM;
    aM[nM].bCoord = 0;
    aM[nM].iClause = p->aClause[it->iTok];
    if( nM>0 && it->iTok>aM[nM-1].iTokEnd ){
      /* Only "and", "&", "," and "the" between: coordinated mentions. */
      int j, bCoord = 1;
      for(j=aM[nM-1].iTokEnd; j<it->iTok; j++){
        const CommitToken *t = &s->aTok[j];
        if( !(t->eType==COMMIT_TOK_PUNCT && (t->cPunct==',' || t->cPunct=='&'))
         && !commitTokenIsCi(p->z, t, "and") && !commitTokenIsCi(p->z, t, "the") ){
          bCoord = 0;
        }
      }
      aM[nM].bCoord = bCoord;
    }
    aM[nM].iGroup = it->aVal[3] ? it->aVal[3] + p->iGroupBase : 0;
    if( aM[nM].iGroup ){
      CommitFMeeting *m = MEETING(p, iM);
      m->iGroup = aM[nM].iGroup;
      if( nM>0 && aM[nM-1].iGroup==aM[nM].iGroup ){
        m->iPartner = aM[nM-1].iMeeting;
        MEETING(p, aM[nM-1].iMeeting)->iPartner = iM;
      }
    }
    nM++;
  }
  if( nM==0 && factsMeetingCue(pItems) ){
    CommitItem g;
    memset(&g, 0, sizeof(g));
    g.aVal[2] = 2;
    g.iStart = pItems->a[0].iStart;
    g.iEnd = pItems->a[0].iEnd;
    memset(&aM[0], 0, sizeof(aM[0]));
    aM[0].iClause = -1;
    aM[0].iMeeting = p->iTopic>=0 ? p->iTopic : factsMeeting(p, 0, 0, &g);
    if( aM[0].iMeeting<0 ) return -1;
    nM = 1;
    /* The topic "IMM2/SOM5": the sentence speaks of both. */
    if( p->iTopic>=0 && MEETING(p, p->iTopic)->iPartner>=0
     && MEETING(p, p->iTopic)->iGroup ){
      aM[0].iGroup = MEETING(p, p->iTopic)->iGroup;
      aM[1] = aM[0];
      aM[1].iMeeting = MEETING(p, p->iTopic)->iPartner;
      nM = 2;
    }
  }
  return nM;
}

/* Attach dates to meetings ("respectively" pairs them in order). */
static void factsAttachDates(CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems, const FMent *aM,
                             int nM) {
  int k, nDate = 0, aT[2], nT, t;
  const CommitItem *aDate[8];
  int nDur = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_DURATION && !nDur ) nDur = it->aVal[0];
    if( it->eKind==COMMIT_ITEM_DATE && nDate<8
     && !(it->mFlag & (COMMIT_DF_DATELINE|COMMIT_DF_REFERENCE)) ){
      aDate[nDate++] = it;
    }
  }
  if( nDur ){
    for(k=0; k<nM; k++){
      CommitFMeeting *m = MEETING(p, aM[k].iMeeting);
      if( !m->nDuration ) m->nDuration = nDur;
    }
  }
  if( nDate==0 ) return;
  if( nM>=2 && nDate>=2 && factsHasWord(p, s, "respectively") ){
    int iM = 0;
    for(k=0; k<nDate && iM<nM; k++, iM++){
      CommitFMeeting *m = MEETING(p, aM[iM].iMeeting);
      factsMeetingDate(m, aDate[k], factsRole(pItems, aDate[k]->iTok),
                       factsActionDate(pItems, aDate[k]->iTok));
    }
    return;
  }
  for(k=0; k<nDate; k++){
    const CommitItem *it = aDate[k];
    int eRole = factsRole(pItems, it->iTok);
    nT = factsTarget(aM, nM, it->iTok, p->aClause[it->iTok], aT);
    /* With no meeting verb, only a date next to a mention is its date:
    ** "IMM3 (Hanoi, 16 February 2012)", not "Tomorrow they ... IMM4". */
    if( nT>0 && !factsHas(pItems, COMMIT_ITEM_VERB) && !factsHas(pItems, COMMIT_ITEM_HOST)
     && !factsHasWord(p, s, "attended") ){
      int j, bNear = 0;
      for(j=0; j<nM; j++){
        if( aM[j].iTokEnd==0 ) bNear = 1;
        else if( it->iTok>=aM[j].iTokEnd && it->iTok<=aM[j].iTokEnd+20 ) bNear = 1;
        else if( it->iTokEnd<=aM[j].iTok && it->iTokEnd>=aM[j].iTok-4 ) bNear = 1;
      }
      if( !bNear ) nT = 0;
    }
    for(t=0; t<nT; t++){
      CommitFMeeting *m = MEETING(p, aT[t]);
      factsMeetingDate(m, it, eRole, factsActionDate(pItems, it->iTok));
    }
  }
}

/* Attach places, venues, hosts, attendance and online cues. */
static void factsAttachPlaces(CommitFacts *p, const CommitItems *pItems,
                              const FMent *aM, int nM) {
  int k, t, aT[2], nT;
  int bVerb = factsHas(pItems, COMMIT_ITEM_VERB);
  /* "hosted by <a long name> in Vientiane": a host verb places it too. */
  int bPlaceVerb = bVerb || factsHas(pItems, COMMIT_ITEM_HOST);
  int nCount = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_NUMBER && it->aVal[1]==1 ) nCount++;
  }
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    nT = factsTarget(aM, nM, it->iTok, p->aClause[it->iTok], aT);
    if( nT==0 ) nT = factsTarget(aM, nM, it->iTok, -1, aT);
    for(t=0; t<nT; t++){
      CommitFMeeting *m = MEETING(p, aT[t]);
      switch( it->eKind ){
        case COMMIT_ITEM_PLACE: {
          int bNear = 0, j;
          for(j=0; j<nM; j++){
            if( aM[j].iTokEnd>0 && it->iTok>=aM[j].iTokEnd
             && it->iTok<=aM[j].iTokEnd+12 ) bNear = 1;
          }
          if( !bNear && !(it->aVal[0] && bPlaceVerb) ) break;
          if( m->iCity<0 ){
            m->iCity = it->iEntry;
            m->iCityStart = it->iStart;
            m->iCityEnd = it->iEnd;
            if( it->aVal[1]>=0 ) m->iCountry = it->aVal[1];
          }
          break;
        }
        case COMMIT_ITEM_COUNTRY:
          if( it->aVal[1] && bVerb && m->iCity<0 && m->iCountry<0 ){
            m->iCountry = it->iEntry;
          }
          break;
        case COMMIT_ITEM_HERE:
          if( m->iCity<0 && p->iDatelineCity>=0 ){
            m->iCity = p->iDatelineCity;
            m->iCityStart = it->iStart;
            m->iCityEnd = it->iEnd;
          }
          break;
        case COMMIT_ITEM_VENUE:
          if( m->iVenueEnd==0 ){
            m->iVenueStart = it->iStart;
            m->iVenueEnd = it->iEnd;
          }
          break;
        case COMMIT_ITEM_HOST:
          if( it->aVal[0]==COMMIT_HOST_HOST || it->aVal[0]==COMMIT_HOST_ACTIVE ){
            factsAddHost(m->aHost, &m->nHost, it);
          }else if( it->aVal[0]==COMMIT_HOST_ORGANIZER ){
            factsAddHost(m->aOrg, &m->nOrg, it);
          }
          break;
        case COMMIT_ITEM_VIRTUAL:
          m->bVirtual = 1;
          break;
        case COMMIT_ITEM_NUMBER:
          if( it->aVal[1]==1 && !it->aVal[2] && nCount==1
           && (it->aVal[3] || bVerb) && m->nAttend==0 ){
            m->nAttend = it->aVal[0];
            m->iAttendStart = it->iStart;
            m->iAttendEnd = it->iEnd;
            m->iQualStart = it->iAux;
            m->nQual = it->iAux>=0 ? it->nAux : 0;
          }
          break;
      }
    }
  }
}

/* Index of the document for item it, created or merged; -1 on OOM. */
static int factsDoc(CommitFacts *p, const CommitItem *it) {
  int i, iSame = -1, nKind = 0, iZero = -1, iLatest = -1, iLatestPos = -1;
  CommitFDoc *d;
  for(i=0; i<p->docs.n; i++){
    d = DOC(p, i);
    if( d->eKind!=it->aVal[0] ) continue;
    nKind++;
    if( d->iOrdinal==it->aVal[1] && it->aVal[1] ) iSame = i;
    if( d->iOrdinal==0 ) iZero = i;
    if( d->iLast>iLatestPos ){ iLatestPos = d->iLast; iLatest = i; }
  }
  if( iSame<0 && it->aVal[1]==0 && iLatest>=0 ) iSame = iLatest;
  if( iSame<0 && it->aVal[1] && nKind==1 && iZero>=0 ){
    iSame = iZero;
    DOC(p, iZero)->iOrdinal = it->aVal[1];
  }
  if( iSame>=0 ){
    DOC(p, iSame)->iLast = it->iStart;
    return iSame;
  }
  d = factsPush(&p->docs, sizeof(CommitFDoc));
  if( d==0 ) return -1;
  d->eKind = it->aVal[0];
  d->iOrdinal = it->aVal[1];
  d->iStart = it->iStart;
  d->iEnd = it->iEnd;
  d->iLast = it->iStart;
  return p->docs.n-1;
}

/* Documents of the sentence, with periods; aDocIdx[k] for item k. */
static int factsDocs(CommitFacts *p, const CommitItems *pItems, int *aDocIdx) {
  int k, j;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    aDocIdx[k] = -1;
    if( it->eKind!=COMMIT_ITEM_DOCUMENT ) continue;
    aDocIdx[k] = factsDoc(p, it);
    if( aDocIdx[k]<0 ) return SQLITE_NOMEM;
    /* A period right after (or just before) the document. */
    for(j=0; j<pItems->n; j++){
      const CommitItem *q = &pItems->a[j];
      CommitFDoc *d = DOC(p, aDocIdx[k]);
      if( q->eKind!=COMMIT_ITEM_PERIOD || d->iY1 ) continue;
      if( (q->iTok>=it->iTokEnd && q->iTok<=it->iTokEnd+6)
       || (q->iTokEnd<=it->iTok && q->iTokEnd>=it->iTok-2) ){
        int b, bOther = 0;
        for(b=0; b<pItems->n; b++){
          const CommitItem *r = &pItems->a[b];
          if( r->eKind==COMMIT_ITEM_DOCUMENT && b!=k
           && r->iTok>it->iTok && r->iTok<q->iTok ) bOther = 1;
        }
        if( !bOther ){
          d->iY1 = q->aVal[0];
          d->iY2 = q->aVal[1];
        }
      }
    }
  }
  return SQLITE_OK;
}

/* Parties of an action: countries named in [iFrom,iTo) of the sentence. */
static void factsParties(const CommitItems *pItems, int iFrom, int iTo,
                         CommitFAction *a) {
  int k, j;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->iTok<iFrom || it->iTok>=iTo ) continue;
    if( it->eKind==COMMIT_ITEM_SUBJECT ){
      if( it->aVal[0]==6 ) a->bSix = 1;
      continue;
    }
    if( it->eKind!=COMMIT_ITEM_COUNTRY || it->aVal[1] ) continue;
    for(j=0; j<a->nParty; j++) if( a->aParty[j]==it->iEntry ) break;
    if( j==a->nParty && a->nParty<COMMIT_FACTS_MAX_PARTIES ){
      a->aParty[a->nParty++] = it->iEntry;
    }
  }
}

static int factsFindPerson(const CommitFacts *p, const CommitItem *it);

/*
** People who sign as the subject of a signing ("Viet Nam's Minister of
** Public Security, Tran Dai Quang, signed"): each one whose country the
** text gives becomes a party, with the person recorded for it.
*/
static void factsSigners(CommitFacts *p, const CommitItems *pItems, int iFrom,
                         int iTo, CommitFAction *a) {
  int k, j;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    int iCountry, iPerson;
    if( it->eKind!=COMMIT_ITEM_PERSON || it->iTok<iFrom || it->iTok>=iTo ) continue;
    iCountry = it->aVal[1];
    if( iCountry<0 ) continue;
    iPerson = factsFindPerson(p, it);
    for(j=0; j<a->nParty && a->aParty[j]!=iCountry; j++){}
    if( j==a->nParty ){
      if( a->nParty>=COMMIT_FACTS_MAX_PARTIES ) continue;
      a->aParty[a->nParty++] = iCountry;
    }
    a->aSigner[j] = iPerson + 1;
  }
}

/*
** A signing with no document named ("Tran Dai Quang signed for Viet
** Nam") adds its signers to the last signing of the report, if any.
*/
static int factsSignedAgain(CommitFacts *p, const CommitItems *pItems,
                            const CommitItem *v) {
  int i;
  for(i=p->actions.n-1; i>=0; i--){
    CommitFAction *o = ACTION(p, i);
    if( o->eAction==COMMIT_ACT_SIGNED && v->iStart - o->iStart<2000 ){
      int lo = 0, k;
      for(k=0; k<pItems->n; k++){
        const CommitItem *q = &pItems->a[k];
        if( (q->eKind==COMMIT_ITEM_ACTION || q->eKind==COMMIT_ITEM_MEETING)
         && q->iTokEnd<=v->iTok && q->iTokEnd>lo ){
          lo = q->iTokEnd;
        }
      }
      factsSigners(p, pItems, lo, v->iTok, o);
      return SQLITE_OK;
    }
  }
  return SQLITE_OK;
}

/* Office entry named zName (canonical), or -1. */
static int factsOffice(const CommitFacts *p, const char *zName) {
  return commitGazetteerFind(p->pGaz, zName, (int)strlen(zName),
                             COMMIT_GAZ_OFFICE);
}

/* Signatory title from the subject ("ministers" -> Minister), or -1. */
static int factsSubjectTitle(const CommitFacts *p, const CommitItems *pItems,
                             int iFrom, int iTo) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_SUBJECT && it->iTok>=iFrom && it->iTok<iTo ){
      const CommitGazEntry *e = &aCommitGazEntry[it->iEntry];
      if( e->zCode && e->zCode[0] ) return factsOffice(p, e->zCode);
    }
  }
  return -1;
}

/* Add an action unless the same (meeting, document, action) exists. */
static int factsAddAction(CommitFacts *p, const CommitFAction *a) {
  int i;
  CommitFAction *pNew;
  if( p->actionIdx.nBucket ){
    i = p->actionIdx.aBucket[factsActionHash(a) & (u32)(p->actionIdx.nBucket-1)];
  }else{
    i = -1;
  }
  for(; i>=0; i=ACTION(p, i)->iHashNext){
    CommitFAction *o = ACTION(p, i);
    if( o->iDoc==a->iDoc && o->eAction==a->eAction
     && o->iMeeting==a->iMeeting ){
      int j, k;
      for(j=0; j<a->nParty; j++){
        for(k=0; k<o->nParty; k++) if( o->aParty[k]==a->aParty[j] ) break;
        if( k==o->nParty && o->nParty<COMMIT_FACTS_MAX_PARTIES ){
          o->aParty[o->nParty++] = a->aParty[j];
          o->aSigner[k] = 0;
        }
        if( k<o->nParty && o->aSigner[k]==0 ) o->aSigner[k] = a->aSigner[j];
      }
      if( a->bSix ) o->bSix = 1;
      if( o->iTitle<0 ) o->iTitle = a->iTitle;
      return SQLITE_OK;
    }
  }
  pNew = factsPush(&p->actions, sizeof(CommitFAction));
  if( pNew==0 ) return SQLITE_NOMEM;
  *pNew = *a;
  if( factsIndexFit(p, &p->actionIdx, 1, p->actions.n) ){
    p->actions.n--;
    return SQLITE_NOMEM;
  }
  factsIndexAdd(p, &p->actionIdx, 1, p->actions.n-1);
  return SQLITE_OK;
}

/* Words and marks that open a new clause: the end of an action's reach. */
static const char *const azFactsClause[] = {
  "since", "when", "while", "because", "although", "whereas", "where",
  "which", "who", "whom", "whose", "but",
};

/* True if token t opens a clause (';', ':', or a word of azFactsClause). */
static int factsIsClause(const CommitFacts *p, const CommitToken *t) {
  int k;
  if( t->eType==COMMIT_TOK_PUNCT ) return t->cPunct==';' || t->cPunct==':';
  for(k=0; k<(int)(sizeof(azFactsClause)/sizeof(azFactsClause[0])); k++){
    if( commitTokenIsCi(p->z, t, azFactsClause[k]) ) return 1;
  }
  return 0;
}

/* First token of the clause holding token iTok. */
static int factsClauseLeft(const CommitFacts *p, const CommitSentence *s,
                           int iTok) {
  int k;
  for(k=iTok-1; k>=0; k--) if( factsIsClause(p, &s->aTok[k]) ) return k+1;
  return 0;
}

/* Token after the clause holding token iTok. */
static int factsClauseRight(const CommitFacts *p, const CommitSentence *s,
                            int iTok) {
  int k;
  for(k=iTok; k<s->nTok; k++) if( factsIsClause(p, &s->aTok[k]) ) return k;
  return s->nTok;
}

/* Documents of items with iTok in [lo,hi) into aDocs; returns the count. */
static int factsDocsIn(const CommitItems *pItems, const int *aDocIdx, int lo,
                       int hi, int *aDocs, int nMax) {
  int j, n = 0;
  for(j=0; j<pItems->n && n<nMax; j++){
    if( aDocIdx[j]>=0 && pItems->a[j].iTok>=lo && pItems->a[j].iTok<hi ){
      aDocs[n++] = aDocIdx[j];
    }
  }
  return n;
}

/* The date item nearest the verb v, or NULL. */
static const CommitItem *factsNearestDate(const CommitItems *pItems,
                                          const CommitItem *v) {
  const CommitItem *pBest = 0;
  int k, dBest = 1<<30;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    int d;
    if( it->eKind!=COMMIT_ITEM_DATE || (it->mFlag & COMMIT_DF_DATELINE) ) continue;
    d = it->iTok>v->iTok ? it->iTok - v->iTokEnd : 2*(v->iTok - it->iTokEnd);
    if( d<dBest ){ dBest = d; pBest = it; }
  }
  return pBest;
}

/* Limits of the action verb at item k: neighbouring verbs. */
static void factsVerbNeighbours(const CommitItems *pItems, int k, int *piPrev,
                                int *piNext, int *piNext2) {
  const CommitItem *v = &pItems->a[k];
  int j;
  *piPrev = 0;
  *piNext = *piNext2 = 1<<30;
  for(j=0; j<pItems->n; j++){
    const CommitItem *q = &pItems->a[j];
    if( q->eKind!=COMMIT_ITEM_ACTION || j==k ) continue;
    if( q->iTok<v->iTok && q->iTokEnd>*piPrev ) *piPrev = q->iTokEnd;
    if( q->iTok>v->iTok && q->iTok<*piNext ){
      *piNext2 = *piNext;
      *piNext = q->iTok;
    }else if( q->iTok>v->iTok && q->iTok<*piNext2 ){
      *piNext2 = q->iTok;
    }
  }
}

/* The meeting for mention k: a joint label credits its IMM. */
static int factsMentionActor(CommitFacts *p, const FMent *aM, int nM, int k) {
  int j;
  if( aM[k].iGroup ){
    for(j=0; j<nM; j++){
      if( aM[j].iGroup==aM[k].iGroup
       && MEETING(p, aM[j].iMeeting)->eSeries==COMMIT_SERIES_IMM ){
        return aM[j].iMeeting;
      }
    }
  }
  if( MEETING(p, aM[k].iMeeting)->eSeries==0 ) return FACTS_MAIN;
  return aM[k].iMeeting;
}

/*
** The meeting of the action verb v: the nearest meeting mention before it
** in its clause, else one after it that the verb reaches through "at",
** "during", "in", "of" ("signed at the close of IMM3").  -1 if none: the
** caller then uses the topic or the main meeting.
*/
static int factsActionMeeting(CommitFacts *p, const CommitSentence *s,
                              const FMent *aM, int nM, const CommitItem *v,
                              int iNextAct) {
  int k, t, iBest = -1;
  int iClause = p->aClause[v->iTok];
  int hi = factsClauseRight(p, s, v->iTokEnd);
  if( hi>iNextAct ) hi = iNextAct;
  /* "approved at the third IMM": the first mention after the verb, if the
  ** verb reaches it through a preposition, wins. */
  for(k=0; k<nM; k++){
    if( aM[k].iTokEnd==0 || aM[k].iTok<v->iTokEnd ) continue;  /* implicit */
    if( aM[k].iTok>=hi ) break;
    for(t=aM[k].iTok-1; t>v->iTokEnd && (commitTokenIsCi(p->z, &s->aTok[t], "the")
                                         || s->aTok[t].eType==COMMIT_TOK_NUM
                                         || (s->aTok[t].mFlag & COMMIT_TF_CAP)); t--){}
    if( commitTokenIsCi(p->z, &s->aTok[t], "at")
     || commitTokenIsCi(p->z, &s->aTok[t], "during")
     || commitTokenIsCi(p->z, &s->aTok[t], "in")
     || commitTokenIsCi(p->z, &s->aTok[t], "of") ){
      iBest = k;
    }
    break;
  }
  /* Else the nearest before it.  Relative clauses ("IMM1, where the MOU
  ** was signed") keep the mention before them: only the strong clauses of
  ** aClause bound the search. */
  for(k=nM-1; k>=0 && iBest<0; k--){
    int t;
    if( aM[k].iTokEnd==0 ) continue;
    if( aM[k].iClause!=iClause || aM[k].iTokEnd>v->iTok ) continue;
    /* "IMM2, held together with the fifth SOM, adopted": not the SOM. */
    for(t=aM[k].iTok-1; t>=0 && (commitTokenIsCi(p->z, &s->aTok[t], "the")
                                 || s->aTok[t].eType==COMMIT_TOK_NUM
                                 || (s->aTok[t].mFlag & COMMIT_TF_CAP)
                                 || (s->aTok[t].eType==COMMIT_TOK_WORD
                                     && (s->aTok[t].mFlag & COMMIT_TF_DIGIT))); t--){}
    if( t>=0 && commitTokenIsCi(p->z, &s->aTok[t], "with") && k>0 ) continue;
    iBest = k;
  }
  if( iBest<0 ) return -1;
  return factsMentionActor(p, aM, nM, iBest);
}

/*
** The documents action verb k acts on, into aDocs (at most 8): before a
** passive verb ("SPA II was adopted", "SPA III, which was approved",
** "were discussed and adopted"), after an active one or a noun ("adopted
** SPA II", "the signing of the MOU", "discussed and adopted SPA II").
** Returns how many.
*/
static int factsActionDocs(const CommitFacts *p, const CommitSentence *s,
                           const CommitItems *pItems, const int *aDocIdx,
                           int k, int *aDocs) {
  const CommitItem *v = &pItems->a[k];
  int iPrev, iNext, iNext2, lo, hi, nDocs, j;
  int bPassive = v->aVal[1] && !v->aVal[3];
  factsVerbNeighbours(pItems, k, &iPrev, &iNext, &iNext2);
  lo = factsClauseLeft(p, s, v->iTok);
  if( lo<iPrev ) lo = iPrev;
  hi = factsClauseRight(p, s, v->iTokEnd);
  if( hi>iNext ) hi = iNext;
  if( bPassive ){
    nDocs = factsDocsIn(pItems, aDocIdx, lo, v->iTok, aDocs, 8);
    if( nDocs==0 && lo>0 && lo>iPrev
     && (commitTokenIsCi(p->z, &s->aTok[lo-1], "which")
         || commitTokenIsCi(p->z, &s->aTok[lo-1], "that")) ){
      /* "SPA III, which was approved at IMM3": the antecedent. */
      int lo2 = factsClauseLeft(p, s, lo-1);
      if( lo2<iPrev ) lo2 = iPrev;
      nDocs = factsDocsIn(pItems, aDocIdx, lo2, lo-1, aDocs, 8);
    }
    if( nDocs==0 && iPrev>0 && v->iTok - iPrev<=2 ){
      /* "were discussed and adopted": the object of the verb before. */
      int iPrevStart = 0, lo2, iPP = 0, iDummy, iDummy2;
      for(j=0; j<pItems->n; j++){
        if( pItems->a[j].eKind==COMMIT_ITEM_ACTION && pItems->a[j].iTokEnd==iPrev ){
          iPrevStart = pItems->a[j].iTok;
          factsVerbNeighbours(pItems, j, &iPP, &iDummy, &iDummy2);
        }
      }
      lo2 = factsClauseLeft(p, s, iPrevStart);
      if( lo2<iPP ) lo2 = iPP;
      nDocs = factsDocsIn(pItems, aDocIdx, lo2, iPrevStart, aDocs, 8);
    }
  }else{
    nDocs = factsDocsIn(pItems, aDocIdx, v->iTokEnd, hi, aDocs, 8);
    if( nDocs==0 && iNext<(1<<30) && iNext - v->iTokEnd<=2 ){
      int hi2 = factsClauseRight(p, s, iNext);
      if( hi2>iNext2 ) hi2 = iNext2;
      nDocs = factsDocsIn(pItems, aDocIdx, iNext, hi2, aDocs, 8);
    }
  }
  return nDocs;
}

/*
** Actions of the sentence.  An action verb acts on the documents of its
** clause: before it when passive ("SPA II was adopted"), after it when
** active or a noun ("adopted SPA II", "the signing of the MOU"); two
** verbs joined by "and" share an object ("discussed and adopted SPA II").
*/
static int factsActions(CommitFacts *p, const CommitSentence *s,
                        const CommitItems *pItems, const int *aDocIdx,
                        const FMent *aM, int nM) {
  int k, j, rc = SQLITE_OK, nReal = 0;
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].eKind==COMMIT_ITEM_MEETING ) nReal++;
  }
  for(k=0; k<pItems->n && rc==SQLITE_OK; k++){
    const CommitItem *v = &pItems->a[k];
    int iPrev, iNext, iNext2, lo, hi, aDocs[8], nDocs;
    int bPassive;
    const CommitItem *pDate;
    CommitFAction a;
    if( v->eKind!=COMMIT_ITEM_ACTION || v->aVal[2] ) continue;
    bPassive = v->aVal[1] && !v->aVal[3];
    factsVerbNeighbours(pItems, k, &iPrev, &iNext, &iNext2);
    lo = factsClauseLeft(p, s, v->iTok);
    if( lo<iPrev ) lo = iPrev;
    hi = factsClauseRight(p, s, v->iTokEnd);
    if( hi>iNext ) hi = iNext;
    nDocs = factsActionDocs(p, s, pItems, aDocIdx, k, aDocs);
    if( nDocs==0 && v->aVal[0]==COMMIT_ACT_SIGNED && !v->aVal[3] ){
      /* "X signed for the host country": who signed the last document
      ** signed; nothing else is known of it. */
      rc = factsSignedAgain(p, pItems, v);
      continue;
    }
    if( nDocs==0 ) continue;
    memset(&a, 0, sizeof(a));
    a.eAction = v->aVal[0];
    a.iStart = v->iStart;
    a.iEnd = v->iEnd;
    a.iMeeting = nReal ? factsActionMeeting(p, s, aM, nM, v, iNext) : -1;
    if( a.iMeeting==-1 ){
      a.iMeeting = p->iTopic>=0 ? p->iTopic : FACTS_MAIN;
      a.bImplicit = 1;
      pDate = factsNearestDate(pItems, v);
      if( pDate ){
        a.bHasDate = 1;
        a.hDate.bSet = 1;
        a.hDate.it = *pDate;
      }
    }
    /* Parties: the subject of an active verb, or the agent after it. */
    if( bPassive || v->aVal[3] ){
      factsParties(pItems, v->iTokEnd, hi, &a);
      a.iTitle = factsSubjectTitle(p, pItems, v->iTokEnd, hi);
    }else{
      factsParties(pItems, lo, v->iTok, &a);
      a.iTitle = factsSubjectTitle(p, pItems, lo, v->iTok);
      if( a.eAction==COMMIT_ACT_SIGNED ) factsSigners(p, pItems, lo, v->iTok, &a);
      if( a.nParty==0 && !a.bSix && iPrev>0 ){
        /* "The six ministers signed X and adopted Y": one subject. */
        int lo0 = factsClauseLeft(p, s, v->iTok);
        factsParties(pItems, lo0, iPrev, &a);
        if( a.iTitle<0 ) a.iTitle = factsSubjectTitle(p, pItems, lo0, iPrev);
      }
    }
    for(j=0; j<nDocs && rc==SQLITE_OK; j++){
      a.iDoc = aDocs[j];
      rc = factsAddAction(p, &a);
    }
  }
  return rc;
}

/* The index of the person record of a PERSON item, or -1. */
static int factsFindPerson(const CommitFacts *p, const CommitItem *it) {
  int i = -1;
  const CommitFPerson *f;
  if( p->peopleIdx.nBucket ){
    u32 h = factsNameHash(p->z + it->iName, it->nName);
    i = p->peopleIdx.aBucket[h & (u32)(p->peopleIdx.nBucket-1)];
  }
  for(; i>=0; i=f->iHashNext){
    f = &((const CommitFPerson *)p->people.a)[i];
    if( f->nName==it->nName
     && sqlite3_strnicmp(p->z + f->iName, p->z + it->iName, it->nName)==0 ){
      return i;
    }
  }
  return -1;
}

/* Most recent people searched for a one-word name: bounds the work. */
#define FACTS_SHORT_NAME_WINDOW 64

/*
** A one-word name ("Deputy Minister Ky") that is the last or first word of
** a recent person's full name ("Hoang Van Ky"): that person, else -1.
*/
static int factsShortName(const CommitFacts *p, const CommitItem *it) {
  int i, k;
  const char *zW = p->z + it->iName;
  for(k=0; k<it->nName; k++){
    if( zW[k]==' ' || zW[k]=='\n' ) return -1;
  }
  for(i=p->people.n-1; i>=0 && i>=p->people.n-FACTS_SHORT_NAME_WINDOW; i--){
    const CommitFPerson *f = &((const CommitFPerson *)p->people.a)[i];
    const char *zN = p->z + f->iName;
    if( f->nName<=it->nName+1 ) continue;
    if( sqlite3_strnicmp(zN + f->nName - it->nName, zW, it->nName)==0
     && zN[f->nName - it->nName - 1]==' ' ){
      return i;
    }
    if( sqlite3_strnicmp(zN, zW, it->nName)==0 && zN[it->nName]==' ' ){
      return i;
    }
  }
  return -1;
}

/* Person record for an item: merged by name (ASCII case-insensitive). */
static int factsPerson(CommitFacts *p, const CommitItem *it) {
  int i = -1;
  CommitFPerson *f = 0;
  if( p->peopleIdx.nBucket ){
    u32 h = factsNameHash(p->z + it->iName, it->nName);
    i = p->peopleIdx.aBucket[h & (u32)(p->peopleIdx.nBucket-1)];
  }
  for(; i>=0; i=f->iHashNext){
    f = PERSON(p, i);
    if( f->nName==it->nName
     && sqlite3_strnicmp(p->z + f->iName, p->z + it->iName, it->nName)==0 ){
      break;
    }
  }
  if( i<0 ) i = factsShortName(p, it);
  if( i>=0 ){
    f = PERSON(p, i);
  }else{
    f = factsPush(&p->people, sizeof(CommitFPerson));
    if( f==0 ) return SQLITE_NOMEM;
    f->iName = it->iName;
    f->nName = it->nName;
    f->iOffice = f->iOrg = f->iCountry = -1;
    f->iStart = it->iStart;
    f->iEnd = it->iEnd;
    if( factsIndexFit(p, &p->peopleIdx, 0, p->people.n) ){
      p->people.n--;
      return SQLITE_NOMEM;
    }
    factsIndexAdd(p, &p->peopleIdx, 0, p->people.n-1);
    f = PERSON(p, p->people.n-1);
  }
  if( f->nHon==0 && it->iAux>=0 && it->nAux>0 ){
    f->iHonStart = it->iAux;
    f->nHon = it->nAux;
  }
  if( f->iOffice<0 && it->aVal[0]>=0 ){
    f->iOffice = it->aVal[0];
    if( it->iAux2>=0 ){
      f->iTitleStart = it->iAux2;
      f->nTitle = it->nAux2;
    }
  }
  if( f->iOrg<0 && it->iEntry2>=0 ) f->iOrg = it->iEntry2;
  if( f->iCountry<0 && it->aVal[1]>=0 ) f->iCountry = it->aVal[1];
  return SQLITE_OK;
}

/* Organisation record for an item: merged by entry. */
static int factsOrg(CommitFacts *p, const CommitItem *it) {
  int i;
  CommitFOrg *o;
  for(i=0; i<p->orgs.n; i++){
    o = ORG(p, i);
    if( strcmp(aCommitGazEntry[o->iEntry].zName,
               aCommitGazEntry[it->iEntry].zName)==0 ){
      if( o->iCountry<0 && it->aVal[0]>=0 ) o->iCountry = it->aVal[0];
      return SQLITE_OK;
    }
  }
  o = factsPush(&p->orgs, sizeof(CommitFOrg));
  if( o==0 ) return SQLITE_NOMEM;
  o->iEntry = it->iEntry;
  o->iCountry = it->aVal[0];
  o->iStart = it->iStart;
  o->iEnd = it->iEnd;
  return SQLITE_OK;
}

/* The dateline city: "HANOI, Feb. 14 (VNA)" or "Beijing (VNA) -". */
static void factsDatelineCity(CommitFacts *p, const CommitSentence *s,
                              const CommitItems *pItems) {
  int k;
  if( p->iDatelineCity>=0 || s->iSentence>3 ) return;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_PLACE && it->iTok==0 ){
      int j = it->iTokEnd;
      if( j<s->nTok && s->aTok[j].eType==COMMIT_TOK_PUNCT
       && (s->aTok[j].cPunct==',' || s->aTok[j].cPunct=='(') ){
        p->iDatelineCity = it->iEntry;
      }
      return;
    }
  }
}

/* Words that end the reach of a meeting mention in a sentence: they open
** a clause about something else ("..., since the MOU was signed in 2004"). */
static const char *const azFactsStrongClause[] = {
  "since", "because", "although", "whereas", "while", "but",
};

/* Number the clauses of the sentence: aClause[i] for token i. */
static void factsClauses(const CommitFacts *p, const CommitSentence *s,
                         u8 *aClause) {
  int i, k, n = 0;
  for(i=0; i<s->nTok; i++){
    const CommitToken *t = &s->aTok[i];
    int b = 0;
    for(k=0; !b && k<(int)(sizeof(azFactsStrongClause)/sizeof(azFactsStrongClause[0])); k++){
      b = commitTokenIsCi(p->z, t, azFactsStrongClause[k]);
    }
    if( b && n<255 ) n++;
    aClause[i] = (u8)n;
  }
}

/* True if the sentence opens a paragraph or a bulleted line. */
static int factsNewParagraph(const CommitFacts *p, const CommitSentence *s) {
  const CommitToken *t = &s->aTok[0];
  (void)p;
  if( t->mFlag & COMMIT_TF_PARA ) return 1;
  return (t->mFlag & COMMIT_TF_NL) && t->eType==COMMIT_TOK_PUNCT
      && (t->cPunct=='*' || t->cPunct=='-');
}

/*
** The topic for the next sentence: the numbered meeting this sentence
** opens with ("IMM1 - 29 October 2004, Yangon."), kept while sentences
** do not name another meeting.
*/
static void factsUpdateTopic(CommitFacts *p, const CommitItems *pItems,
                             const FMent *aM, int nM) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind!=COMMIT_ITEM_MEETING ) continue;
    if( it->iTok<=3 && it->aVal[1]>0 && nM>0 && aM[0].iTok==it->iTok ){
      p->iTopic = aM[0].iMeeting;
    }else{
      p->iTopic = -1;
    }
    return;
  }
}

/*
** Fold one sentence's items into the facts.  Returns SQLITE_OK or
** SQLITE_NOMEM.
*/
int commitFactsSentence(CommitFacts *p, const CommitSentence *s,
                        CommitItems *pItems) {
  FMent aM[16];
  int nM, k, rc = SQLITE_OK;
  int aDocStack[64], *aDocIdx = aDocStack;
  u8 aClause[COMMIT_MAX_SENTENCE_TOKENS];
  p->nSentence++;
  if( pItems->n==0 ) return SQLITE_OK;
  factsClauses(p, s, aClause);
  p->aClause = aClause;
  factsDateline(p, s, pItems);
  if( s->bChrome ) return SQLITE_OK;
  factsDatelineCity(p, s, pItems);
  for(k=0; k<pItems->n && p->iTextYear==0; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_DATE && it->aVal[0]
     && !(it->mFlag & COMMIT_DF_DATELINE) ){
      p->iTextYear = it->aVal[0];
    }
  }
  factsCountries(p, pItems);
  if( factsNewParagraph(p, s) ) p->iTopic = -1;
  nM = factsMentions(p, s, pItems, aM, 16);
  if( nM<0 ) return SQLITE_NOMEM;
  if( nM>0 ){
    /* A sentence naming no meeting gives dates only with a meeting verb:
    ** "ministers signed it this morning" dates the signing, not the
    ** meeting. */
    if( factsHas(pItems, COMMIT_ITEM_MEETING) || factsHas(pItems, COMMIT_ITEM_VERB) ){
      factsAttachDates(p, s, pItems, aM, nM);
    }
    factsAttachPlaces(p, pItems, aM, nM);
  }
  if( pItems->n>64 ){
    aDocIdx = sqlite3_malloc64(sizeof(int)*pItems->n);
    if( aDocIdx==0 ) return SQLITE_NOMEM;
  }
  /* People first: a person may be who signed. */
  for(k=0; k<pItems->n && rc==SQLITE_OK; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_PERSON ) rc = factsPerson(p, it);
    else if( it->eKind==COMMIT_ITEM_ORG ) rc = factsOrg(p, it);
  }
  if( rc==SQLITE_OK ) rc = factsDocs(p, pItems, aDocIdx);
  if( rc==SQLITE_OK ) rc = factsActions(p, s, pItems, aDocIdx, aM, nM);
  if( aDocIdx!=aDocStack ) sqlite3_free(aDocIdx);
  p->iGroupBase += 1000;
  factsUpdateTopic(p, pItems, aM, nM);
  p->aClause = 0;
  return rc;
}

/* ==== Finishing ======================================================== */

/*
** Resolve a date reference against the anchor.  Returns 1 and fills *pOut
** if the date is known, else 0.
*/
static int factsResolve(const CommitFacts *p, const CommitFDate *f, CommitDay *pOut) {
  const CommitItem *it = &f->it;
  CommitDay d;
  memset(&d, 0, sizeof(d));
  if( !f->bSet ) return 0;
  if( it->mFlag & COMMIT_DF_RELDAY ){
    if( factsGrain(&p->anchor)<3 ) return 0;
    d = p->anchor;
    commitDayAddDays(&d, it->aVal[6]);
  }else if( it->mFlag & COMMIT_DF_WEEKDAY ){
    int jdn, wd, want, delta;
    if( factsGrain(&p->anchor)<3 ) return 0;
    jdn = commitDayToJdn(p->anchor.y, p->anchor.m, p->anchor.d);
    wd = (jdn+1)%7;                     /* 0 = Sunday */
    want = it->aVal[6];
    if( it->mFlag & COMMIT_DF_FUTURE ){
      delta = (want - wd + 7)%7;
    }else{
      delta = -((wd - want + 7)%7);
    }
    if( f->iPart==1 && it->aVal[7]>=0 ){
      int dStart = delta;
      delta = dStart + (it->aVal[7] - want + 7)%7;
    }
    commitJdnToDay(jdn + delta, &d);
  }else{
    factsRawDay(it, f->iPart, &d);
    if( d.y==0 ){
      if( d.m==0 ) return 0;
      d.y = p->anchor.y ? p->anchor.y : p->iTextYear;
      if( d.y==0 ) return 0;
      /* "will be held in March", written in December: next year. */
      if( (it->mFlag & COMMIT_DF_FUTURE) && p->anchor.y && d.m<p->anchor.m ) d.y++;
      /* "December 30 - January 2": the end is in the next year. */
      if( f->iPart==1 && it->aVal[4] < it->aVal[1] ) d.y++;
    }
  }
  if( f->nOffset && d.d ) commitDayAddDays(&d, f->nOffset);
  if( !commitDayValid(&d) ) return 0;
  *pOut = d;
  return 1;
}

/* Resolve the anchor: the dateline, completed by options, else options. */
static void factsAnchor(CommitFacts *p) {
  CommitDay d;
  memset(&d, 0, sizeof(d));
  if( p->bDateline ){
    d.y = p->dateline.aVal[0];
    d.m = p->dateline.aVal[1];
    d.d = p->dateline.aVal[2];
    if( d.y==0 ) d.y = p->opt.published.y ? p->opt.published.y : p->iTextYear;
    if( d.y && commitDayValid(&d) ){
      p->anchor = d;
      return;
    }
  }
  p->anchor = p->opt.published;
}

/* Year of a meeting (start, else end), 0 if unknown. */
static int factsMeetingYear(const CommitFacts *p, const CommitFMeeting *m) {
  CommitDay d;
  if( factsResolve(p, &m->start, &d) ) return d.y;
  if( factsResolve(p, &m->end, &d) ) return d.y;
  return 0;
}

/* Add the hosts aSrc[0..nSrc) to the list a[0..*pn), without duplicates. */
static void factsMergeHosts(CommitFHost *a, int *pn, const CommitFHost *aSrc,
                            int nSrc) {
  int i;
  for(i=0; i<nSrc; i++){
    CommitItem it;
    memset(&it, 0, sizeof(it));
    it.iEntry = aSrc[i].iEntry;
    it.aVal[1] = aSrc[i].eKind;
    it.iStart = aSrc[i].iStart;
    it.iEnd = aSrc[i].iEnd;
    factsAddHost(a, pn, &it);
  }
}

/* Copy fields that are missing in dst from src. */
static void factsMergeInto(CommitFMeeting *dst, const CommitFMeeting *src) {
  if( !dst->start.bSet || (dst->start.bWeak && src->start.bSet && !src->start.bWeak) ){
    dst->start = src->start;
  }
  if( !dst->end.bSet || (dst->end.bWeak && src->end.bSet && !src->end.bWeak) ){
    dst->end = src->end;
  }
  if( !dst->nDuration ) dst->nDuration = src->nDuration;
  if( dst->iCity<0 ){
    dst->iCity = src->iCity;
    dst->iCityStart = src->iCityStart;
    dst->iCityEnd = src->iCityEnd;
  }
  if( dst->iCountry<0 ) dst->iCountry = src->iCountry;
  if( src->bVirtual ) dst->bVirtual = 1;
  if( dst->iVenueEnd==0 ){
    dst->iVenueStart = src->iVenueStart;
    dst->iVenueEnd = src->iVenueEnd;
  }
  factsMergeHosts(dst->aHost, &dst->nHost, src->aHost, src->nHost);
  factsMergeHosts(dst->aOrg, &dst->nOrg, src->aOrg, src->nOrg);
  if( dst->nAttend==0 ){
    dst->nAttend = src->nAttend;
    dst->iAttendStart = src->iAttendStart;
    dst->iAttendEnd = src->iAttendEnd;
    dst->iQualStart = src->iQualStart;
    dst->nQual = src->nQual;
  }
}

/* Choose the main meeting: the first that is not a background one. */
static void factsChooseMain(CommitFacts *p) {
  int i, iBest = -1, iFirst = -1;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    int y;
    if( m->eSeries==0 ) continue;
    if( iFirst<0 || m->iFirst<MEETING(p, iFirst)->iFirst ) iFirst = i;
    y = factsMeetingYear(p, m);
    if( p->anchor.y && y && y<p->anchor.y-1 ) continue;
    if( iBest<0 || m->iFirst<MEETING(p, iBest)->iFirst ) iBest = i;
  }
  p->iMain = iBest>=0 ? iBest : iFirst;
}

/* The meeting of series eSeries in the main group, or -1. */
static int factsMainOfSeries(const CommitFacts *p, int eSeries) {
  const CommitFMeeting *m;
  if( p->iMain<0 ) return -1;
  m = MEETING(p, p->iMain);
  if( m->eSeries==eSeries ) return p->iMain;
  if( m->iPartner>=0 && MEETING(p, m->iPartner)->eSeries==eSeries ){
    return m->iPartner;
  }
  return -1;
}

/* True unless both meetings are dated and their years differ. */
static int factsCompatible(const CommitFacts *p, const CommitFMeeting *a,
                           const CommitFMeeting *b) {
  int ya = factsMeetingYear(p, a), yb = factsMeetingYear(p, b);
  return ya==0 || yb==0 || ya==yb;
}

/*
** True if meetings a and b are dated in the same month and, when both
** give days, within four days of each other: one session.
*/
static int factsSameSession(const CommitFacts *p, const CommitFMeeting *a,
                            const CommitFMeeting *b) {
  CommitDay da, db;
  if( !factsResolve(p, a->start.bSet ? &a->start : &a->end, &da) ) return 0;
  if( !factsResolve(p, b->start.bSet ? &b->start : &b->end, &db) ) return 0;
  if( da.y!=db.y || da.m==0 || da.m!=db.m ) return 0;
  if( da.d && db.d ){
    int n = commitDayToJdn(da.y, da.m, da.d) - commitDayToJdn(db.y, db.m, db.d);
    return n>=-4 && n<=4;
  }
  return 1;
}

/*
** A SOM and an IMM of the same month and city, where neither has a
** partner yet, are one joint session (the SOM prepares the IMM).
*/
static void factsPairSessions(CommitFacts *p) {
  int i, j;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *s = MEETING(p, i);
    int y;
    if( s->iMerged>=0 || s->eSeries!=COMMIT_SERIES_SOM || s->iPartner>=0 ) continue;
    y = factsMeetingYear(p, s);
    if( y==0 ) continue;
    for(j=0; j<p->meetings.n; j++){
      CommitFMeeting *m = MEETING(p, j);
      if( m->iMerged>=0 || m->eSeries!=COMMIT_SERIES_IMM || m->iPartner>=0 ) continue;
      if( !factsSameSession(p, s, m) ) continue;
      if( m->iCity>=0 && s->iCity>=0 && m->iCity!=s->iCity ) continue;
      s->iPartner = j;
      m->iPartner = i;
      break;
    }
  }
}

/* Merge (S,0) and (0,0) meetings as described in the file header. */
static void factsMergeMeetings(CommitFacts *p) {
  int i, j;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    int iTo = -1, nNum = 0;
    if( m->eSeries==0 || m->iNum!=0 ) continue;
    iTo = factsMainOfSeries(p, m->eSeries);
    if( iTo<0 ){
      for(j=0; j<p->meetings.n; j++){
        CommitFMeeting *o = MEETING(p, j);
        if( o->eSeries==m->eSeries && o->iNum ){ nNum++; iTo = j; }
      }
      if( nNum!=1 ) iTo = -1;
    }
    if( iTo>=0 && iTo!=i && factsCompatible(p, MEETING(p, iTo), m) ){
      factsMergeInto(MEETING(p, iTo), m);
      m->iMerged = iTo;
      /* "the joint SOM/IMM": the partners of the merged meetings. */
      if( m->iPartner>=0 ){
        CommitFMeeting *o = MEETING(p, m->iPartner);
        int iOther = o->iMerged>=0 ? o->iMerged : -1;
        if( iOther>=0 && iOther!=iTo ){
          MEETING(p, iTo)->iPartner = iOther;
          MEETING(p, iOther)->iPartner = iTo;
        }
      }
    }
  }
  if( p->iMain<0 ){
    /* No labelled meeting: the generic one stands alone, if it says
    ** anything about a meeting. */
    for(i=0; i<p->meetings.n; i++){
      CommitFMeeting *m = MEETING(p, i);
      if( m->eSeries==0 && m->bExplicit ) p->iMain = i;
    }
    return;
  }
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    CommitFMeeting *pMain = MEETING(p, p->iMain);
    if( m->eSeries!=0 ) continue;
    factsMergeInto(pMain, m);
    if( pMain->iPartner>=0 ) factsMergeInto(MEETING(p, pMain->iPartner), m);
    m->iMerged = p->iMain;
  }
}

/* Follow merges to the surviving meeting. */
static int factsFinal(const CommitFacts *p, int i) {
  int nGuard = 0;
  while( i>=0 && MEETING(p, i)->iMerged>=0 && nGuard++<64 ){
    i = MEETING(p, i)->iMerged;
  }
  return i;
}

/* The meeting that what "the meeting" did is credited to: the IMM. */
static int factsMainActor(const CommitFacts *p) {
  int i = factsMainOfSeries(p, COMMIT_SERIES_IMM);
  return i>=0 ? i : p->iMain;
}

/*
** An implicit action meeting (topic or main) whose sentence gives a date
** of another year: the meeting of that year, else none.
*/
static int factsByYear(const CommitFacts *p, int iMeeting, const CommitFAction *a) {
  CommitDay d;
  int j, y, iFound = -1;
  if( !a->bHasDate || iMeeting<0 || !factsResolve(p, &a->hDate, &d) ) return iMeeting;
  y = factsMeetingYear(p, MEETING(p, iMeeting));
  if( d.y==y ) return iMeeting;
  for(j=0; j<p->meetings.n; j++){
    CommitFMeeting *m = MEETING(p, j);
    if( m->iMerged<0 && m->eSeries && factsMeetingYear(p, m)==d.y ){
      if( iFound<0 || m->eSeries==COMMIT_SERIES_IMM ) iFound = j;
    }
  }
  /* An undated meeting may still be the one: keep it if none has the year. */
  if( iFound<0 && y==0 ) return iMeeting;
  return iFound;
}

/* Resolve the meetings of actions and drop duplicates that appear. */
static void factsResolveActions(CommitFacts *p) {
  int i, j;
  for(i=0; i<p->actions.n; i++){
    CommitFAction *a = ACTION(p, i);
    if( a->iMeeting==FACTS_MAIN ){
      a->iMeeting = factsMainActor(p);
    }else{
      a->iMeeting = factsFinal(p, a->iMeeting);
    }
    if( a->bImplicit ) a->iMeeting = factsByYear(p, a->iMeeting, a);
    if( a->iMeeting>=0 ){
      CommitFMeeting *m = MEETING(p, a->iMeeting);
      if( m->eSeries==COMMIT_SERIES_SOM && m->iPartner>=0
       && MEETING(p, m->iPartner)->eSeries==COMMIT_SERIES_IMM
       && (a->bImplicit || a->iMeeting==p->iMain) ){
        a->iMeeting = m->iPartner;
      }
    }
    if( a->bSix && a->nParty<6 && p->nCountryOrder==6 ){
      memcpy(a->aParty, p->aCountryOrder, sizeof(int)*6);
      a->nParty = 6;
    }
  }
  /* Resolution may make two actions identical: keep the first.  The
  ** index is rebuilt on the resolved meetings (it has room already). */
  for(i=0; i<p->actionIdx.nBucket; i++) p->actionIdx.aBucket[i] = -1;
  for(i=0; i<p->actions.n; i++){
    CommitFAction *a = ACTION(p, i);
    u32 b = factsActionHash(a) & (u32)(p->actionIdx.nBucket-1);
    for(j=p->actionIdx.aBucket[b]; j>=0; j=ACTION(p, j)->iHashNext){
      CommitFAction *o = ACTION(p, j);
      if( o->iDoc==a->iDoc && o->eAction==a->eAction && o->iMeeting==a->iMeeting ){
        a->bDrop = 1;
        break;
      }
    }
    if( !a->bDrop ){
      a->iHashNext = p->actionIdx.aBucket[b];
      p->actionIdx.aBucket[b] = i;
    }
  }
}

/* Number the meetings that appear in the output, in order of mention. */
static void factsNumberMeetings(CommitFacts *p) {
  int i, nOut = 0;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    m->bOut = m->iMerged<0 && (m->eSeries!=0 || i==p->iMain);
  }
  /* Meetings are created in order of first mention, which is their order
  ** in the text except for the (0,0) placeholder. */
  for(;;){
    int iBest = -1;
    for(i=0; i<p->meetings.n; i++){
      CommitFMeeting *m = MEETING(p, i);
      if( m->bOut && m->iOut==0
       && (iBest<0 || m->iFirst<MEETING(p, iBest)->iFirst) ){
        iBest = i;
      }
    }
    if( iBest<0 ) break;
    MEETING(p, iBest)->iOut = ++nOut;
  }
  for(i=0; i<p->meetings.n; i++) MEETING(p, i)->iOut -= 1;
  p->nOut = nOut;
}

/*
** Finish: resolve the anchor, dates, the main meeting, merges and the
** meetings of actions.  Returns SQLITE_OK.
*/
int commitFactsFinish(CommitFacts *p) {
  int i;
  factsAnchor(p);
  factsChooseMain(p);
  factsMergeMeetings(p);
  factsPairSessions(p);
  factsResolveActions(p);
  factsNumberMeetings(p);
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    if( m->nDuration>=1 ){
      if( m->start.bSet && !m->end.bSet ){
        m->end = m->start;
        m->end.nOffset += m->nDuration-1;
        if( m->start.it.mFlag & COMMIT_DF_RANGE ) m->end.iPart = 0;
      }else if( m->end.bSet && !m->start.bSet ){
        m->start = m->end;
        m->start.nOffset -= m->nDuration-1;
      }else if( m->start.bSet && m->end.bSet
             && memcmp(&m->start.it, &m->end.it, sizeof(CommitItem))==0
             && m->start.iPart==m->end.iPart
             && !(m->start.it.mFlag & COMMIT_DF_RANGE) ){
        m->end.nOffset = m->nDuration-1;
      }
    }
  }
  return SQLITE_OK;
}


/* ==== Accessors (jsonout.c, vtabs) ===================================== */

/* Resolve a date reference; see factsResolve(). */
int commitFactsResolve(const CommitFacts *p, const CommitFDate *f,
                       CommitDay *pOut) {
  return factsResolve(p, f, pOut);
}

/* Country entry of the country with ISO code zIso2, or -1. */
static int factsCountryIdx(const char *zIso2) {
  return commitGazCountryIdx(zIso2);
}

/*
** The start (*pA) and end (*pB) of meeting m, resolved.  Returns a mask:
** bit 0 start known, bit 1 end known.  An end before the start (two
** statements that disagree) keeps the finer date and drops the other.
*/
int commitFactsMeetingDates(const CommitFacts *p, const CommitFMeeting *m,
                            CommitDay *pA, CommitDay *pB) {
  int bA = factsResolve(p, &m->start, pA);
  int bB = factsResolve(p, &m->end, pB);
  if( bA && bB ){
    CommitDay ta = *pA, tb = *pB;
    /* Compare at the coarser grain of the two. */
    if( ta.m==0 || tb.m==0 ){ ta.m = tb.m = 0; ta.d = tb.d = 0; }
    if( ta.d==0 || tb.d==0 ){ ta.d = tb.d = 0; }
    if( commitDayCmp(&tb, &ta)<0 ){
      if( (pB->d && !pA->d) || (pB->m && !pA->m) ) bA = 0; else bB = 0;
    }
  }
  return (bA ? 1 : 0) | (bB ? 2 : 0);
}

/* Where a meeting was held: its stated country, else its city's. */
int commitFactsMeetingCountry(const CommitFMeeting *m) {
  if( m->iCountry>=0 ) return m->iCountry;
  if( m->iCity>=0 ) return factsCountryIdx(aCommitGazEntry[m->iCity].zCountry);
  return -1;
}

/* Titles of international staff: their holders serve no government. */
static const char *const azFactsIntlTitle[] = {
  "Chief of Mission", "Country Director", "Regional Project Manager",
  "Regional Representative", "Resident Coordinator", "Resident Representative",
  "Secretary General", "Special Rapporteur", "UN Resident Coordinator",
  "United Nations Resident Coordinator", "UNDP Resident Representative",
  "UNDP Country Director", "Programme Manager", "Project Manager",
};

/* True if office entry iOffice is a title of international staff. */
static int factsIntlTitle(int iOffice) {
  int k;
  if( iOffice<0 ) return 0;
  for(k=0; k<(int)(sizeof(azFactsIntlTitle)/sizeof(azFactsIntlTitle[0])); k++){
    if( strcmp(aCommitGazEntry[iOffice].zName, azFactsIntlTitle[k])==0 ) return 1;
  }
  return 0;
}

/* True if organisation entry iOrg serves no single government. */
static int factsIntlOrg(int iOrg) {
  const char *zKind = aCommitGazEntry[iOrg].zExtra;
  return zKind && (strcmp(zKind, "un")==0 || strcmp(zKind, "intl")==0
                   || strcmp(zKind, "ngo")==0 || strcmp(zKind, "commit")==0);
}

/*
** Country of an organisation entry: its own, or when several countries
** have a body of that name (Ministry of Public Security), the country of
** the main meeting if it is one of them, else -1.
*/
static int factsOrgEntryCountry(const CommitFacts *p, int iOrg) {
  const CommitGazEntry *e = &aCommitGazEntry[iOrg];
  int j, nSame = 0, iMainCountry = -1;
  if( e->zCountry==0 ) return -1;
  if( p->iMain>=0 ) iMainCountry = commitFactsMeetingCountry(MEETING(p, p->iMain));
  j = commitGazetteerLookup(p->pGaz, e->zName, (int)strlen(e->zName));
  for(; j>=0; j=commitGazetteerHit(p->pGaz, j)->iNext){
    const CommitGazEntry *o = &aCommitGazEntry[commitGazetteerHit(p->pGaz, j)->iEntry];
    if( o->eKind!=COMMIT_GAZ_ORG || o->zCountry==0 ) continue;
    if( strcmp(o->zCountry, e->zCountry)!=0 ) nSame++;
    if( iMainCountry>=0
     && strcmp(o->zCountry, aCommitGazEntry[iMainCountry].zCode)==0 ){
      return iMainCountry;
    }
  }
  if( nSame>0 ) return -1;       /* several countries have this body */
  return factsCountryIdx(e->zCountry);
}

/* Government a person serves, or -1 (international staff, unknown). */
int commitFactsPersonCountry(const CommitFacts *p, const CommitFPerson *f) {
  if( factsIntlTitle(f->iOffice) ) return -1;
  if( f->iOrg>=0 && factsIntlOrg(f->iOrg) ) return -1;
  if( f->iCountry>=0 ) return f->iCountry;
  if( f->iOrg>=0 ) return factsOrgEntryCountry(p, f->iOrg);
  return -1;
}

/* Country of an organisation mention, or -1. */
int commitFactsOrgCountry(const CommitFacts *p, const CommitFOrg *o) {
  if( o->iCountry>=0 ) return o->iCountry;
  return factsOrgEntryCountry(p, o->iEntry);
}
