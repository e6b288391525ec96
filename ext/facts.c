/*
** 2026-11-29
**
** facts.c -- link one report's items into finished facts.
**
** commitFactsSentence() is called once per sentence with the items that
** rules.c found there and what discourse.c made of them (clauses, frames,
** meeting mentions resolved to records); commitFactsFinish() runs once at
** the end, after commitDiscourseFinish().  Facts keep byte offsets into
** the report; nothing of the text is copied.
**
** Within a sentence an attribute (date, city, venue, host, attendance)
** goes to the nearest meeting mention before it in its clause, else the
** nearest after it; a joint label passes it to both meetings.  A
** background clause ("since ... in Yangon") gives nothing to a mention of
** another frame.  "respectively" pairs meetings and dates in order.  The
** verb before a date decides its role: "opened" -> start, "concluded" ->
** end, "held" or none -> both for one date.  A duration ("two-day")
** extends a start to an end.  A date that dates an action ("signed on
** Friday") is weak: any date of the meeting itself replaces it.
**
** Actions link an action verb to the documents of its clause: after an
** active verb or "signing of", before a passive one.  The meeting is the
** mention nearest the verb; with none the action is implicit: the topic
** or main meeting, unless its clause is a background one or its date
** falls outside that meeting.  What a joint session does, and what
** ministers do, is credited to its IMM.  Parties are the countries named
** as subject (or after "by"); "the six ministers", "the COMMIT countries"
** are the six members the text names.
**
** commitFactsFinish() resolves the meetings of actions, dates (through
** discourse.c), durations and countries, so that the output stages
** (jsonout.c, the registry) only read finished values.
*/
#include "commit.h"
#include <string.h>

#define FACTS_MAIN COMMIT_FACTS_MAIN

/* ==== Vectors ========================================================== */

/* Append a zeroed record of nByte bytes; return it or NULL on OOM. */
void *commitFactsPush(CommitFVec *v, size_t nByte) {
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

#define MEETING(p, i) COMMIT_MEETING(p, i)
#define DOC(p, i) (&((CommitFDoc *)(p)->docs.a)[i])
#define ACTION(p, i) (&((CommitFAction *)(p)->actions.a)[i])
#define PERSON(p, i) (&((CommitFPerson *)(p)->people.a)[i])
#define ORG(p, i) (&((CommitFOrg *)(p)->orgs.a)[i])

/* ==== The host pool ==================================================== */

/*
** The hosts and organisers of meeting records live in chunks of slots
** that never move, COMMIT_FACTS_MAX_HOSTS slots a list, given to a record
** with its first host: most records have none, and a long report holds a
** record for every meeting mention (2026-12-07, issue 10: two lists of
** slots in every record were a third of its bytes).
*/
#define FACTS_HOST_CHUNK 64   /* lists of slots a chunk */
struct CommitFHostChunk {
  CommitFHostChunk *pNext;    /* the chunk made before, or NULL */
  int nUsed;                  /* lists given out of a */
  CommitFHost a[FACTS_HOST_CHUNK][COMMIT_FACTS_MAX_HOSTS];  /* the slots */
};

/*
** Make *pa a list of slots if it is none yet.  Returns *pa, or NULL (and
** p->rcHost set) on OOM.
*/
static CommitFHost *factsHostSlots(CommitFacts *p, CommitFHost **pa) {
  CommitFHostChunk *c = p->pHostChunk;
  if( *pa ) return *pa;
  if( c==0 || c->nUsed>=FACTS_HOST_CHUNK ){
    c = sqlite3_malloc64(sizeof(*c));
    if( c==0 ){
      p->rcHost = SQLITE_NOMEM;
      return 0;
    }
    c->pNext = p->pHostChunk;
    c->nUsed = 0;
    p->pHostChunk = c;
  }
  *pa = c->a[c->nUsed++];
  return *pa;
}

static void factsAddHost(CommitFHost *a, int *pn, const CommitItem *it);

/* Add a host (or organiser) to the list *pa of a meeting record (see
** factsAddHost); on OOM, add nothing and leave p->rcHost set. */
static void factsAddMeetingHost(CommitFacts *p, CommitFHost **pa, int *pn,
                                const CommitItem *it) {
  if( factsHostSlots(p, pa) ) factsAddHost(*pa, pn, it);
}


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
  p->disc.iDatelineCity = -1;
  p->disc.iRuleSent = -1;
  p->disc.iRuleUsed = -1;
  p->disc.iLastCue = -1;
  p->disc.iPairSent = -1;
  p->disc.iLastMention = -1;
  p->disc.iPrevOnly = -1;
  p->disc.iSectionCity = -1;
  p->disc.iLastDateSent = -1;
  p->disc.iLabelMeeting = -1;
  p->disc.iLabelMeeting2 = -1;
  p->disc.iHeadMeeting = -1;
  p->disc.iBareLabelSent = -1;
  p->disc.iHeadCity = -1;
  p->disc.aRecent[0] = p->disc.aRecent[1] = -1;
  p->disc.iHeadlineCity = -1;
  p->disc.iSubjectCity = -1;
  p->iLonePerson = -1;
  p->iLastCity = -1;
  p->iSixSent = -1;
  p->disc.iMain = -1;
  p->disc.iTopic = -1;
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
    sqlite3_free(p->aOutMeeting);
    while( p->pHostChunk ){
      CommitFHostChunk *c = p->pHostChunk;
      p->pHostChunk = c->pNext;
      sqlite3_free(c);
    }
    sqlite3_free(p);
  }
}

/* ==== Meetings ========================================================= */

/* Rough grain of an unresolved date reference, for "finer wins": 0 year,
** 1 month, 2 day; -1 unset. */
static int factsRefGrain(const CommitFDate *f) {
  const CommitItem *it = &f->it;
  int m, d;
  if( !f->bSet ) return -1;
  if( it->mFlag & COMMIT_DF_DAYONLY ) return 0;   /* "the 14th": needs the anchor's month */
  if( it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY) ) return 2;
  if( f->iPart==1 && (it->mFlag & COMMIT_DF_RANGE) ){
    m = it->aVal[4]; d = it->aVal[5];
  }else{
    m = it->aVal[1]; d = it->aVal[2];
  }
  return d ? 2 : m ? 1 : 0;
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
   || (pDst->bWeak==bWeak && factsRefGrain(&f)>factsRefGrain(pDst))
   || ((pDst->it.mFlag & COMMIT_DF_DAYONLY) && !(it->mFlag & COMMIT_DF_DAYONLY))
   || (pDst->bWeak==bWeak && factsRefGrain(&f)==factsRefGrain(pDst) && factsRefGrain(pDst)==2
       && (it->mFlag & COMMIT_DF_RANGE) && !(pDst->it.mFlag & COMMIT_DF_RANGE)
       && (pDst->it.mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY))) ){
    /* (a range of days states both ends: "during 28-30 July 2004" beats
    ** "Yesterday" told of the opening) */
    *pDst = f;
  }
}

/* Apply a date item with role eRole to meeting m. */
/* Set end date pDst from a date told as the end ("runs through the 15th"):
** it replaces an end that was only the day of a one-day telling. */
static void factsSetEnd(CommitFDate *pDst, const CommitItem *it, int bWeak) {
  if( pDst->bSet && !pDst->bExplicit && !pDst->bWeak && !bWeak && it->aVal[2]
   && !(it->mFlag & (COMMIT_DF_RANGE|COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ){
    pDst->bSet = 0;          /* (a weekday's week is less sure than a day) */
  }
  factsSetDate(pDst, it, 0, 0, bWeak);
  if( pDst->bSet && pDst->it.iStart==it->iStart && it->aVal[2]
   && !(it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ){
    pDst->bExplicit = 1;
  }
}

static void factsMeetingDate(CommitFMeeting *m, const CommitItem *it, int eRole,
                             int bWeak) {
  int bRange = (it->mFlag & COMMIT_DF_RANGE)!=0;
  if( m->iYear==0 && !bWeak && !(it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ){
    m->iYear = it->aVal[0];
  }
  if( bRange ){
    factsSetDate(&m->start, it, 0, 0, bWeak);
    factsSetDate(&m->end, it, 1, 0, bWeak);
    if( m->end.bSet && m->end.it.iStart==it->iStart ) m->end.bExplicit = 1;
    return;
  }
  if( eRole==COMMIT_ROLE_START ){
    int bSoft = (it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY))!=0;
    if( m->start.bSet && !m->start.bExplicit && !m->start.bWeak && !bWeak
     && (it->aVal[2] || bSoft)
     && (!bSoft || (m->start.it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)))
     && !(it->mFlag & COMMIT_DF_RANGE) ){
      /* "The day before, officials had closed SOM8, which they had opened
      ** on Tuesday": the day told as the opening replaces the day told
      ** of the meeting as a whole */
      m->start.bSet = 0;
    }
    factsSetDate(&m->start, it, 0, 0, bWeak);
    if( m->start.bSet && m->start.it.iStart==it->iStart ) m->start.bExplicit = 1;
  }else if( eRole==COMMIT_ROLE_END ){
    factsSetEnd(&m->end, it, bWeak);
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

/*
** True if date item d stands next to an action's verb: "ministers on
** Thursday signed", "they signed on Thursday".  The day of an act at a
** meeting is the meeting's day.
*/
static int factsDateBesideAction(const CommitItems *pItems, const CommitItem *d) {
  int k;
  /* a day, not "would be drafted during 2023" */
  if( d->mFlag & (COMMIT_DF_FUTURE|COMMIT_DF_REFERENCE) ) return 0;
  if( d->aVal[2]==0 && !(d->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ) return 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind!=COMMIT_ITEM_ACTION ) continue;
    if( it->iTok>=d->iTokEnd && it->iTok<=d->iTokEnd+1 ) return 1;
    if( d->iTok>=it->iTokEnd && d->iTok<=it->iTokEnd+1 ) return 1;
  }
  return 0;
}

/*
** Make host item *pIt ("the ministry") the ministry last named: its entry
** and surface.  Returns 0 if no ministry was named before.
*/
static int factsLastMinistry(const CommitFacts *p, CommitItem *pIt) {
  int i;
  for(i=p->orgs.n-1; i>=0; i--){
    const CommitFOrg *o = ORG(p, i);
    if( o->iStart<pIt->iStart
     && strncmp(aCommitGazEntry[o->iEntry].zName, "Ministry", 8)==0 ){
      pIt->iEntry = o->iEntry;
      pIt->aVal[1] = COMMIT_GAZ_ORG;
      pIt->iStart = o->iStart;
      pIt->iEnd = o->iEnd;
      return 1;
    }
  }
  return 0;
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
  a[*pn].bWritten = it->aVal[1]==COMMIT_GAZ_COUNTRY && it->aVal[2];
  (*pn)++;
}

/*
** The meetings an attribute item at token iTok goes to: the nearest
** mention before it, else the nearest after, among the mentions of its
** clause (iClause -1: any) whose segment is a background one exactly when
** the item's is (bPast).  A joint label ("IMM2/SOM5") and coordinated
** mentions ("SOM8 and the ministerial meeting") give it to both.  Returns
** the number of meeting indexes written to aOut (<= 2).
*/
static int factsTarget(const CommitMeetRef *aM, int nM, int iTok, int iClause,
                       int bPast, int *aOut) {
  int k, iBest = -1, n = 0;
  for(k=0; k<nM; k++){
    if( iClause>=0 && aM[k].iClause>=0 && aM[k].iClause!=iClause ) continue;
    if( aM[k].bPast!=bPast ) continue;
    if( aM[k].iSpanEnd && (iTok<aM[k].iTok || iTok>=aM[k].iSpanEnd) ) continue;
    /* (the nearest before it: a pair's refs in a clause of their own may
    ** follow the sentence's mentions) */
    if( aM[k].iTok<=iTok && (iBest<0 || aM[k].iTok>=aM[iBest].iTok) ) iBest = k;
  }
  if( iBest<0 ){
    for(k=0; k<nM; k++){
      if( iClause>=0 && aM[k].iClause>=0 && aM[k].iClause!=iClause ) continue;
      if( aM[k].bPast!=bPast ) continue;
      if( aM[k].iSpanEnd && (iTok<aM[k].iTok || iTok>=aM[k].iSpanEnd) ) continue;
      if( aM[k].iTok>iTok && (iBest<0 || aM[k].iTok<aM[iBest].iTok) ) iBest = k;
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

/*
** The meetings named right after token iTok (an active host's object):
** the first mention after it, and the one coordinated with it.  Returns
** the count written to aOut (<= 2).
*/
static int factsTargetAfter(const CommitMeetRef *aM, int nM, int iTok,
                            int bPast, int *aOut) {
  int k, n = 0;
  for(k=0; k<nM; k++){
    if( aM[k].iTokEnd==0 || aM[k].iTok<=iTok || aM[k].bPast!=bPast ) continue;
    if( aM[k].iTok>iTok+8 ) return 0;
    aOut[n++] = aM[k].iMeeting;
    if( k+1<nM && aM[k+1].bCoord && aM[k+1].iMeeting!=aOut[0] ){
      aOut[n++] = aM[k+1].iMeeting;
    }
    return n;
  }
  return 0;
}

/* ==== Sentence processing ============================================== */

/*
** True if only a place phrase stands in tokens [a,b): "in", "at", "the",
** commas and the tokens of PLACE items ("Last year in Phnom Penh, at the
** fourth IMM").
*/
static int factsOnlyPlaceBetween(const CommitFacts *p, const CommitSentence *s,
                                 const CommitItems *pItems, int a, int b) {
  int t, k;
  for(t=a; t<b; t++){
    int bPlace = 0;
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct=='(' ){
      /* "on 29 October 2004 in Yangon (many older reports still write
      ** Rangoon), at the first IMM": an aside in brackets */
      int e = t+1;
      while( e<b && !(s->aTok[e].eType==COMMIT_TOK_PUNCT && s->aTok[e].cPunct==')') ) e++;
      if( e<b ){
        t = e;
        continue;
      }
    }
    for(k=0; k<pItems->n; k++){
      const CommitItem *it = &pItems->a[k];
      if( (it->eKind==COMMIT_ITEM_PLACE || it->eKind==COMMIT_ITEM_COUNTRY)
       && t>=it->iTok && t<it->iTokEnd ){
        bPlace = 1;             /* "21-22 Feb 2013: Bangkok, Thailand — SOM9" */
      }
    }
    if( bPlace ) continue;
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT
     && (s->aTok[t].cPunct==',' || s->aTok[t].cPunct=='-' || s->aTok[t].cPunct==':') ){
      continue;                 /* "May 10-12, 2006 -- Phnom Penh: SOM4" */
    }
    if( commitTokenIsCi(p->z, &s->aTok[t], "in") || commitTokenIsCi(p->z, &s->aTok[t], "at")
     || commitTokenIsCi(p->z, &s->aTok[t], "the") || commitTokenIsCi(p->z, &s->aTok[t], "a")
     /* "28 - 30 April - Phnom Penh: combined SOM/IMM" */
     || commitTokenIsCi(p->z, &s->aTok[t], "combined")
     || commitTokenIsCi(p->z, &s->aTok[t], "joint") ){
      continue;
    }
    return 0;
  }
  return 1;
}

/* True if a meeting mention lies between tokens a and b. */
static int factsMentionBetween(const CommitItems *pItems, int a, int b) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_MEETING && it->iTok>a && it->iTok<b ) return 1;
  }
  return 0;
}

/* True if ", and" or ";" stands in tokens [a,b) of sentence s. */
static int factsCoordIn(const CommitFacts *p, const CommitSentence *s, int a, int b) {
  int t;
  for(t=a; t<b && t<s->nTok; t++){
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT
     && (s->aTok[t].cPunct==';'
         || (s->aTok[t].cPunct==',' && t+1<b
             && commitTokenIsCi(p->z, &s->aTok[t+1], "and"))) ){
      return 1;
    }
  }
  return 0;
}

/*
** The role of a date at token iTok: that of the nearest meeting verb
** before it, else of the first one after it in its clause ("On March 20,
** SOM13 opened"; not "endorsed at IMM4 last year, runs until 2018").
*/
/*
** True if the process itself stands right before token iTok: "COMMIT",
** "the process", "the initiative" (a process noun, or the process's name).
*/
static int factsProcessBefore(const CommitFacts *p, const CommitSentence *s,
                              const CommitItems *pItems, int iTok) {
  int k;
  if( iTok>0 && commitWordMatch(COMMIT_WL_PROCESS_NOUN, p->z, s->aTok, s->nTok, iTok-1) ){
    return 1;
  }
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    /* (not "the 13th Senior Officials' Meeting of [the] COMMIT opened") */
    if( it->eKind==COMMIT_ITEM_ORG && it->iTokEnd==iTok && commitGazIsProcess(it->iEntry)
     && !(it->iTok>0 && commitTokenIsCi(p->z, &s->aTok[it->iTok-1], "of"))
     && !(it->iTok>1 && commitTokenIsCi(p->z, &s->aTok[it->iTok-1], "the")
          && commitTokenIsCi(p->z, &s->aTok[it->iTok-2], "of")) ){
      return 1;
    }
  }
  return 0;
}

static int factsRole(const CommitFacts *p, const CommitItems *pItems,
                     const CommitSentence *s, int iTok) {
  int k, t, eRole = COMMIT_ROLE_NEUTRAL, iBest = -1;
  /* "will run through Friday", "lasting until 14 December": its end */
  if( iTok>=2 && (commitTokenIsCi(p->z, &s->aTok[iTok-1], "through")
                  || commitTokenIsCi(p->z, &s->aTok[iTok-1], "until")
                  || commitTokenIsCi(p->z, &s->aTok[iTok-1], "till"))
   && s->aTok[iTok-2].eType==COMMIT_TOK_WORD ){
    /* (not "did not take place until 16 December": when it happened) */
    for(t=iTok-2; t>=0 && t>=iTok-6 && s->aTok[t].eType==COMMIT_TOK_WORD; t--){
      if( commitTokenIsCi(p->z, &s->aTok[t], "not") || commitTokenIsCi(p->z, &s->aTok[t], "never") ){
        return COMMIT_ROLE_NEUTRAL;
      }
    }
    return COMMIT_ROLE_END;
  }
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_VERB && it->iTok<iTok && it->iTok>iBest ){
      iBest = it->iTok;
      eRole = it->aVal[0];
    }
  }
  if( iBest>=0 ){
    /* "X opened the meeting, telling delegates that the six had signed at
    ** the ministerial meeting last October": another clause's verb */
    for(t=iBest+1; t<iTok; t++){
      if( commitTokenIsCi(p->z, &s->aTok[t], "that") ) return COMMIT_ROLE_NEUTRAL;
    }
    /* "X opened the first SOM in Bangkok, and ministers signed the MOU in
    ** Yangon in October": a coordinated clause's date */
    if( factsCoordIn(p, s, iBest+1, iTok) ) return COMMIT_ROLE_NEUTRAL;
    /* "COMMIT began in October 2004, when ... at the first IMM": the
    ** process began, the meeting's date is whole */
    if( eRole==COMMIT_ROLE_START && factsProcessBefore(p, s, pItems, iBest) ){
      return COMMIT_ROLE_NEUTRAL;
    }
    /* "By the close of the three days ... the MOU their ministers signed
    ** at the ministerial meeting in Rangoon on October 29, 2004": the date
    ** of an act told after the verb */
    for(k=0; k<pItems->n; k++){
      const CommitItem *it = &pItems->a[k];
      if( it->eKind==COMMIT_ITEM_ACTION && it->iTok>iBest && it->iTok<iTok ){
        return COMMIT_ROLE_NEUTRAL;
      }
    }
    return eRole;
  }
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_VERB && it->iTok>iTok ){
      for(t=iTok; t<it->iTok; t++){
        if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==',' ) break;
      }
      /* Past a comma, the verb is another clause's, unless it is the
      ** meeting's own: "On March 20, SOM13 opened". */
      if( t==it->iTok || factsMentionBetween(pItems, iTok, it->iTok) ){
        return it->aVal[0];
      }
      return eRole;
    }
  }
  return eRole;
}

/*
** True if the date at token iTok is a document's term: "SPA IV ends in
** 2018, so a fifth ministerial meeting will be needed" (the document right
** before a verb of its term, in the date's clause).
*/
static int factsDocumentTerm(const CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems, int iTok) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *d = &pItems->a[k];
    int t = d->iTokEnd;
    if( d->eKind!=COMMIT_ITEM_DOCUMENT || t>=iTok || iTok-t>4 ) continue;
    if( !commitWordMatch(COMMIT_WL_TERM_VERB, p->z, s->aTok, s->nTok, t) ) continue;
    for(t++; t<iTok; t++){
      if( s->aTok[t].eType==COMMIT_TOK_PUNCT ) break;
    }
    if( t==iTok ) return 1;
  }
  return 0;
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
** The meeting a duration at item it describes: the mention that starts
** within three tokens after it ("the two-day 7th SOM", "the three-day
** conference"), else the attribute target.  -1 if none.
*/
/* Records searched from the first for the report's own meeting's city
** ("The capital has hosted ... before" with no dateline), at most. */
#define FACTS_REPORT_CITY_REACH 16

/* Tokens from a city to the colon of the history it heads, at most. */
#define FACTS_HISTORY_REACH 6

/* Tokens from a duration to a meeting named after it, at most, when no
** mention of that meeting stands before it. */
#define FACTS_DURATION_REACH 12

/* True if a mention of record iMeeting ends before token iTok. */
static int factsRefBefore(const CommitSentInfo *pInfo, int iMeeting, int iTok) {
  int k;
  for(k=0; k<pInfo->nM; k++){
    const CommitMeetRef *r = &pInfo->aM[k];
    if( r->iMeeting==iMeeting && (r->iTokEnd==0 || r->iTok<iTok) ) return 1;
  }
  return 0;
}

/* True if a word in "-ing" stands in tokens [a,b): "spent the two days
** preparing the ministerial segment" (what the days were spent on). */
static int factsGerundIn(const CommitFacts *p, const CommitSentence *s, int a, int b) {
  int t;
  for(t=a; t<b && t<s->nTok; t++){
    const CommitToken *k = &s->aTok[t];
    if( k->eType==COMMIT_TOK_WORD && k->iEnd-k->iStart>4 && !(k->mFlag & COMMIT_TF_CAP)
     && memcmp(p->z+k->iEnd-3, "ing", 3)==0
     && !(t>0 && s->aTok[t-1].eType==COMMIT_TOK_PUNCT && s->aTok[t-1].cPunct=='-') ){
      /* (not "three-day anti-trafficking talks") */
      return 1;
    }
  }
  return 0;
}

static int factsDurationTarget(const CommitFacts *p, const CommitSentence *s,
                               const CommitSentInfo *pInfo,
                               const CommitItem *it) {
  int k, aT[2];
  for(k=0; k<pInfo->nM; k++){
    const CommitMeetRef *r = &pInfo->aM[k];
    if( r->iTokEnd>0 && r->iTok>=it->iTokEnd && r->iTok<=it->iTokEnd+3
     && !factsGerundIn(p, s, it->iTokEnd, r->iTok) ){
      return r->iMeeting;
    }
  }
  if( factsTarget(pInfo->aM, pInfo->nM, it->iTok, pInfo->aClause[it->iTok],
                  it->eFrame==COMMIT_FRAME_BACKGROUND, aT)>0 ){
    /* not a meeting named far after it: "By the close of the three days,
    ** ... the MOU their ministers signed at the ministerial meeting" */
    for(k=0; k<pInfo->nM; k++){
      const CommitMeetRef *r = &pInfo->aM[k];
      if( r->iMeeting==aT[0] && r->iTokEnd>0 && r->iTok>=it->iTokEnd
       && (r->iTok>it->iTokEnd+FACTS_DURATION_REACH
           || factsGerundIn(p, s, it->iTokEnd, r->iTok))
       && !factsRefBefore(pInfo, aT[0], it->iTok) ){
        return -1;
      }
    }
    return aT[0];
  }
  return -1;
}

/* Tokens before a date searched for the event it dates. */
#define FACTS_EVENT_REACH 10

/*
** True if the date at token iTok dates another kind of event named just
** before it, after any meeting mention: "That Luang Festival and Trade
** Fair that will take place during 7-12 November".
*/
static int factsOtherEvent(const CommitFacts *p, const CommitSentence *s,
                           const CommitSentInfo *pInfo, int iTok) {
  int k, j;
  for(k=iTok-1; k>=0 && k>=iTok-FACTS_EVENT_REACH; k--){
    for(j=0; j<pInfo->nM; j++){
      if( pInfo->aM[j].iTokEnd>0 && pInfo->aM[j].iTokEnd==k+1 ) return 0;
    }
    if( commitWordMatch(COMMIT_WL_OTHER_EVENT, p->z, s->aTok, s->nTok, k) ){
      return 1;
    }
  }
  return 0;
}

/*
** True if the sentence tells of people being in a city ("senior officials
** ... were in Bagan for the 7th SOM"): its dates are the meeting's.
*/
static int factsPresence(const CommitFacts *p, const CommitSentence *s,
                         const CommitItems *pItems) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_PLACE && it->iTok>=2 && it->aVal[0]==1
     && commitTokenIsCi(p->z, &s->aTok[it->iTok-1], "in")
     && (commitTokenIsCi(p->z, &s->aTok[it->iTok-2], "were")
         || commitTokenIsCi(p->z, &s->aTok[it->iTok-2], "was")) ){
      return 1;
    }
  }
  return 0;
}

/*
** "SOM16, combined with a session of its Regional Task Force, opened
** Monday": an event of another kind named in an aside between commas
** leaves the date to the meeting before the aside, and so does one that
** a meeting is held "with".  Returns 1 with that meeting in aOut[0], or 1
** keeping aOut[0] as it is.
*/
/* The IMM or SOM of the last mention before aM[iOther] that ends by
** token t, or -1. */
static int factsOursBefore(const CommitFacts *p, const CommitSentInfo *pInfo,
                           int iOther, int t) {
  int j;
  for(j=iOther-1; j>=0; j--){
    const CommitFMeeting *m = MEETING(p, pInfo->aM[j].iMeeting);
    if( pInfo->aM[j].iTokEnd && pInfo->aM[j].iTokEnd<=t
     && (m->eSeries==COMMIT_SERIES_IMM || m->eSeries==COMMIT_SERIES_SOM) ){
      return pInfo->aM[j].iMeeting;
    }
  }
  return -1;
}

static int factsPastAside(const CommitFacts *p, const CommitSentence *s,
                          const CommitSentInfo *pInfo, int iDate, int *aOut) {
  int k, j, t, iOther = -1;
  for(k=0; k<pInfo->nM; k++){
    if( pInfo->aM[k].iMeeting==aOut[0] && pInfo->aM[k].iTokEnd ) iOther = k;
  }
  if( iOther<0 ) return 1;
  t = pInfo->aM[iOther].iTok-1;
  if( t>=3 && commitTokenIsCi(p->z, &s->aTok[t], "s") && s->aTok[t-1].eType==COMMIT_TOK_PUNCT
   && s->aTok[t-1].cPunct=='\'' ){
    t -= 3;                    /* "with the process's Regional Task Force" */
  }
  if( t>0 && commitTokenIsCi(p->z, &s->aTok[t], "the") ) t--;
  if( t>=0 && (commitTokenIsCi(p->z, &s->aTok[t], "with")
               || commitTokenIsCi(p->z, &s->aTok[t], "alongside")) ){
    /* "SOM16, which runs back-to-back with the Regional Task Force from 9
    ** to 13 December": the other event is the object of "with" */
    j = factsOursBefore(p, pInfo, iOther, t);
    if( j>=0 ){
      aOut[0] = j;
      return 1;
    }
  }
  for(t=pInfo->aM[iOther].iTokEnd; t<iDate; t++){
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==',' ) break;
  }
  if( t==iDate ) return 1;                      /* no comma closes the aside */
  for(t=pInfo->aM[iOther].iTok-1; t>=0; t--){
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==',' ) break;
  }
  if( t<0 ) return 1;
  j = factsOursBefore(p, pInfo, iOther, t);
  if( j>=0 ) aOut[0] = j;
  return 1;
}

/* True if a relative word ("which", "where") is in [a,b). */
static int factsClauseWordIn(const CommitFacts *p, const CommitSentence *s,
                             int a, int b) {
  int t;
  for(t=a; t<b && t<s->nTok; t++){
    if( commitTokenIsCi(p->z, &s->aTok[t], "which") || commitTokenIsCi(p->z, &s->aTok[t], "where")
     || commitTokenIsCi(p->z, &s->aTok[t], "who") || commitTokenIsCi(p->z, &s->aTok[t], "whose") ){
      return 1;
    }
  }
  return 0;
}


/*
** The mention an item at token iTok opens a new coordinated clause for:
** "at the third, the six ministers signed ..., and in Phnom Penh in 2015
** the fourth IMM endorsed ...": ", and" between the mention before it and
** the item, none between the item and the next mention.  Returns the
** index in pInfo->aM, or -1.
*/
/* Tokens of a list of countries in [a,b) beyond one: "ministers from
** Cambodia, China, Lao PDR, Myanmar, Thailand and Viet Nam came together"
** is as near as "ministers from the six came together". */
static int factsListTokens(const CommitFacts *p, const CommitSentence *s,
                           const CommitItems *pItems, int a, int b) {
  int k, n = 0, iFirst = -1, iLast = -1;
  for(k=0; k<pItems->n; k++){
    const CommitItem *q = &pItems->a[k];
    if( q->eKind!=COMMIT_ITEM_COUNTRY || q->iTok<a || q->iTokEnd>b ) continue;
    if( iFirst<0 ) iFirst = q->iTok;
    iLast = q->iTokEnd;
  }
  if( iFirst<0 ) return 0;
  for(k=iFirst; k<iLast; k++){
    if( s->aTok[k].eType==COMMIT_TOK_WORD && !commitTokenIsCi(p->z, &s->aTok[k], "and")
     && !(s->aTok[k].mFlag & COMMIT_TF_CAP) ){
      return 0;                         /* not a list of names */
    }
  }
  n = iLast - iFirst - 1;
  return n>0 ? n : 0;
}

static int factsCoordTarget(const CommitFacts *p, const CommitSentence *s,
                            const CommitItems *pItems,
                            const CommitSentInfo *pInfo, int iTok) {
  int k, iBefore = -1, iAfter = -1;
  for(k=0; k<pInfo->nReal; k++){
    const CommitMeetRef *r = &pInfo->aM[k];
    if( r->iTokEnd==0 ) continue;
    if( r->iTokEnd<=iTok ) iBefore = k;
    else if( r->iTok>=iTok && iAfter<0 ) iAfter = k;
  }
  if( iBefore<0 || iAfter<0 ) return -1;
  if( !factsCoordIn(p, s, pInfo->aM[iBefore].iTokEnd, iTok) ) return -1;
  if( factsCoordIn(p, s, iTok, pInfo->aM[iAfter].iTok) ) return -1;
  if( pInfo->aM[iAfter].iTok - iTok
      - factsListTokens(p, s, pItems, iTok, pInfo->aM[iAfter].iTok) > 20 ) return -1;
  return iAfter;
}

/* True if a relative word ("that", "who", "whose") stands in tokens
** [a,b). */
static int factsRelativeIn(const CommitFacts *p, const CommitSentence *s, int a, int b) {
  int t;
  for(t=a; t<b && t<s->nTok; t++){
    if( commitTokenIsCi(p->z, &s->aTok[t], "that") || commitTokenIsCi(p->z, &s->aTok[t], "who")
     || commitTokenIsCi(p->z, &s->aTok[t], "whose") ){
      return 1;
    }
  }
  return 0;
}

/*
** True if the date at token iDate is in a relative clause about something
** other than a meeting: "a summary of a joint operation that the police
** carried out in 2018", not "SOM8, the meeting that opened on Tuesday".
** The relative word is the last one before the date, with no stop between.
*/
static int factsOtherRelative(const CommitFacts *p, const CommitSentence *s,
                              const CommitSentInfo *pInfo, int iDate) {
  int t, k;
  for(t=iDate-1; t>0 && t>=iDate-16; t--){
    /* "the COMMIT process, which began with the MOU signed in 2004": a
    ** relative clause about the process itself */
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==','
     && t+1<s->nTok && commitTokenIsCi(p->z, &s->aTok[t+1], "which")
     && commitWordMatch(COMMIT_WL_PROCESS_NOUN, p->z, s->aTok, s->nTok, t-1) ){
      /* (not "the fifth SOM of the process, which took place on ...") */
      for(k=0; k<pInfo->nReal; k++){
        int e = pInfo->aM[k].iTokEnd;
        if( e>0 && e<=t && e>=t-4 && commitTokenIsCi(p->z, &s->aTok[e], "of") ) return 0;
      }
      return 1;
    }
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==','
     && t+1<s->nTok && s->aTok[t+1].eType==COMMIT_TOK_WORD
     && !commitTokenIsCi(p->z, &s->aTok[t+1], "and")
     && !commitTokenIsCi(p->z, &s->aTok[t+1], "but")
     && !commitTokenIsCi(p->z, &s->aTok[t+1], "while")
     && !commitTokenIsCi(p->z, &s->aTok[t+1], "which")
     && !commitTokenIsCi(p->z, &s->aTok[t+1], "where")
     && !commitTokenIsCi(p->z, &s->aTok[t+1], "when")
     && !commitWordMatch(COMMIT_WL_PAST_MEET, p->z, s->aTok, s->nTok, t+1)
     && !(s->aTok[t+1].iEnd - s->aTok[t+1].iStart>3
          && sqlite3_strnicmp(p->z + s->aTok[t+1].iEnd - 2, "ed", 2)==0) ){
      continue;         /* "that kept police chiefs, diplomats and ... busy",
                        ** not "agreed at the third, held in Hanoi in 2005" */
    }
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct!='-' ) return 0;
    if( t==iDate-1 && commitTokenIsCi(p->z, &s->aTok[t], "that") ){
      continue;                 /* "that July", "that Friday": a determiner */
    }
    if( commitTokenIsCi(p->z, &s->aTok[t], "that") || commitTokenIsCi(p->z, &s->aTok[t], "whose") ){
      for(k=0; k<pInfo->nReal; k++){
        if( pInfo->aM[k].iTokEnd==t ) return 0;     /* the meeting's own */
        /* "telling delegates that the six had signed at the ministerial
        ** meeting in Rangoon last October": the clause tells of a meeting */
        if( pInfo->aM[k].iTokEnd>0 && pInfo->aM[k].iTok>t && pInfo->aM[k].iTok<iDate ) return 0;
      }
      {
        /* a common noun before it ("an operation that"), not a place
        ** ("Vientiane that will last till 7 November"), nor a verb of
        ** saying or a participle ("said that", "agreed that") */
        const CommitToken *w = &s->aTok[t-1];
        int n = w->iEnd - w->iStart;
        if( w->eType!=COMMIT_TOK_WORD || (w->mFlag & (COMMIT_TF_CAP|COMMIT_TF_DIGIT)) ) return 0;
        if( n>2 && sqlite3_strnicmp(p->z + w->iEnd - 2, "ed", 2)==0 ) return 0;
        if( commitWordMatch(COMMIT_WL_SAY_VERB, p->z, s->aTok, s->nTok, t-1) ) return 0;
        return 1;
      }
    }
  }
  return 0;
}

/*
** The mention (index into pInfo->aM) of "followed on <date> by <meeting>"
** for the date item d, or -1.
*/
static int factsFollowedBy(const CommitFacts *p, const CommitSentence *s,
                           const CommitSentInfo *pInfo, const CommitItem *d) {
  int t = d->iTok-1, k, e = d->iTokEnd;
  if( t>=0 && commitTokenIsCi(p->z, &s->aTok[t], "on") ) t--;
  /* (also "was preceded on Tuesday and Wednesday by a Senior Officials'
  ** Meeting") */
  if( t<0 || !(commitTokenIsCi(p->z, &s->aTok[t], "followed")
               || commitTokenIsCi(p->z, &s->aTok[t], "preceded")) ) return -1;
  if( e>=s->nTok || !commitTokenIsCi(p->z, &s->aTok[e], "by") ) return -1;
  e++;
  if( e<s->nTok && (commitTokenIsCi(p->z, &s->aTok[e], "the")
                    || commitTokenIsCi(p->z, &s->aTok[e], "a")
                    || commitTokenIsCi(p->z, &s->aTok[e], "an")) ) e++;
  for(k=0; k<pInfo->nReal; k++){
    if( pInfo->aM[k].iTokEnd>0 && pInfo->aM[k].iTok>=e && pInfo->aM[k].iTok<=e+1 ) return k;
  }
  return -1;
}

/* True if the date at token iTok dates a saying: "an official said on
** Thursday", "told reporters on Monday" (data list said_on). */
static int factsSaidOn(const CommitFacts *p, const CommitSentence *s, int iTok) {
  int t = iTok-1;
  if( t>=0 && commitTokenIsCi(p->z, &s->aTok[t], "on") ) t--;
  if( t>=0 && (commitTokenIsCi(p->z, &s->aTok[t], "reporters")
               || commitTokenIsCi(p->z, &s->aTok[t], "journalists")) ) t--;
  return t>=0 && commitWordMatch(COMMIT_WL_SAID_ON, p->z, s->aTok, s->nTok, t)>0;
}

/* Tokens of a lead phrase before a sentence's date, at most. */
#define FACTS_LEAD_PHRASE 5

/*
** True if date item d follows only a short lead phrase and a comma ("Three
** months later, on 29 October 2004, ministers signed ..."): it opens the
** sentence as much as a date at its first token.
*/
static int factsLeadPhraseDate(const CommitFacts *p, const CommitSentence *s,
                               const CommitItems *pItems, const CommitItem *d) {
  int t = d->iTok, k;
  if( t>0 && commitTokenIsCi(p->z, &s->aTok[t-1], "on") ) t--;
  if( t<2 || t-1>FACTS_LEAD_PHRASE || s->aTok[t-1].eType!=COMMIT_TOK_PUNCT
   || s->aTok[t-1].cPunct!=',' ){
    return 0;
  }
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].iTok<t-1 && pItems->a[k].eKind!=COMMIT_ITEM_DURATION ) return 0;
  }
  return 1;
}

/* Attach dates and durations to meetings ("respectively" pairs meetings
** and dates in order). */
static int factsCoordBetween(const CommitFacts *p, const CommitSentence *s,
                             const CommitSentInfo *pInfo, int iTok, int iMeeting);

/*
** The mention (index into pInfo->aM) that a "with" right after token
** iEnd-1 brings in: "a week of talks that opened on Monday with the
** senior officials' meeting" dates the meeting after "with", not the
** talks.  -1 if there is none within a few tokens.
*/
static int factsWithMeeting(const CommitFacts *p, const CommitSentence *s,
                            const CommitSentInfo *pInfo, int iEnd) {
  int k;
  if( iEnd>=s->nTok || !commitTokenIsCi(p->z, &s->aTok[iEnd], "with") ) return -1;
  for(k=0; k<pInfo->nReal; k++){
    const CommitMeetRef *r = &pInfo->aM[k];
    if( r->iTokEnd==0 || r->iTok<=iEnd ) continue;
    if( r->iTok>iEnd+5 || factsClauseWordIn(p, s, iEnd, r->iTok) ) return -1;
    return k;
  }
  return -1;
}

/*
** The series of a level that is the subject of the clause a date at token
** iTok ends: "with the senior officials sitting on 12 and 13 December and
** the ministers meeting on the 14th" gives SOM, then IMM.  Only the level
** word and a verb of meeting may stand between.  0 if none.
*/
static int factsLevelOfDate(const CommitFacts *p, const CommitSentence *s, int iTok) {
  int t;
  for(t=iTok-1; t>=0 && t>=iTok-7; t--){
    const CommitToken *k = &s->aTok[t];
    if( commitTokenIsCi(p->z, k, "officials") ) return COMMIT_SERIES_SOM;
    if( commitTokenIsCi(p->z, k, "ministers") ) return COMMIT_SERIES_IMM;
    /* "senior officials, who met here on Tuesday" */
    if( k->eType==COMMIT_TOK_PUNCT && k->cPunct==',' && t+1<s->nTok
     && (commitTokenIsCi(p->z, &s->aTok[t+1], "who")
         || commitTokenIsCi(p->z, &s->aTok[t+1], "which")) ) continue;
    if( commitWordMatch(COMMIT_WL_LEVEL_DATE_SKIP, p->z, s->aTok, s->nTok, t)!=1 ) return 0;
  }
  return 0;
}

/* True if meeting iMeeting is named in the sentence before token iTok. */
static int factsMentionBefore(const CommitSentInfo *pInfo, int iTok, int iMeeting) {
  int q;
  for(q=0; q<pInfo->nM; q++){
    if( pInfo->aM[q].iTokEnd>0 && pInfo->aM[q].iTokEnd<=iTok
     && pInfo->aM[q].iMeeting==iMeeting ) return 1;
  }
  return 0;
}

static int factsParticipleDate(const CommitFacts *p, const CommitSentence *s,
                               const CommitItems *pItems, int kAct);

/* True if date item d is the time of a participle act ("SPA I, agreed in
** 2005"), not of the meetings of its sentence. */
static int factsIsParticipleDate(const CommitFacts *p, const CommitSentence *s,
                                 const CommitItems *pItems, const CommitItem *d) {
  int k;
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].eKind==COMMIT_ITEM_ACTION && pItems->a[k].iTokEnd+1==d->iTok ){
      int j = factsParticipleDate(p, s, pItems, k);
      return j>=0 && &pItems->a[j]==d;
    }
  }
  return 0;
}

/*
** True if the sentence hosts a level's meeting it does not name: "China
** last hosted the process's ministers in Beijing in December 2007".
*/
static int factsHostedLevel(const CommitFacts *p, const CommitItems *pItems,
                            const CommitSentInfo *pInfo) {
  int k, bHost = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_HOST && it->aVal[0]==COMMIT_HOST_ACTIVE ) bHost = 1;
  }
  for(k=0; k<pInfo->nM && bHost; k++){
    const CommitFMeeting *m = MEETING(p, pInfo->aM[k].iMeeting);
    if( pInfo->aM[k].iTokEnd==0 && m->eForm==COMMIT_FORM_CUE
     && (m->eSeries==COMMIT_SERIES_IMM || m->eSeries==COMMIT_SERIES_SOM) ){
      return 1;
    }
  }
  return 0;
}

/* Words of an agency's credit in brackets, at most. */
#define FACTS_CREDIT_WORDS 3

/*
** True if only an agency's credit stands before token iTok, perhaps with
** "From" or "On": "(MPS) - From 9 to 13 December, ...".
*/
static int factsAfterCredit(const CommitFacts *p, const CommitSentence *s, int iTok) {
  int t = iTok, k;
  if( t>0 && (commitTokenIsCi(p->z, &s->aTok[t-1], "from")
              || commitTokenIsCi(p->z, &s->aTok[t-1], "on")) ){
    t--;
  }
  if( t<4 || s->aTok[0].eType!=COMMIT_TOK_PUNCT || s->aTok[0].cPunct!='(' ) return 0;
  if( s->aTok[t-1].eType!=COMMIT_TOK_PUNCT
   || (s->aTok[t-1].cPunct!='-' && s->aTok[t-1].cPunct!=':') ){
    return 0;
  }
  if( s->aTok[t-2].eType!=COMMIT_TOK_PUNCT || s->aTok[t-2].cPunct!=')' ) return 0;
  for(k=1; k<t-2; k++){
    if( s->aTok[k].eType!=COMMIT_TOK_WORD ) return 0;
  }
  return t-2<=FACTS_CREDIT_WORDS+1;
}

/* Mentions of the sentence other than of another kind of meeting ("the
** Regional Task Force meeting"). */
static int factsOwnMentions(const CommitFacts *p, const CommitSentInfo *pInfo) {
  int q, n = 0;
  for(q=0; q<pInfo->nM; q++){
    if( MEETING(p, pInfo->aM[q].iMeeting)->eSeries!=COMMIT_SERIES_OTHER ) n++;
  }
  return n;
}

/* True if a cue of the sentence speaks for one side of a semicolon. */
static int factsSplitCue(const CommitSentInfo *pInfo) {
  int k;
  for(k=0; k<pInfo->nM; k++){
    if( pInfo->aM[k].iSpanEnd ) return 1;
  }
  return 0;
}

/*
** True if the date at token iTok is a deadline: "register by 17:00 on
** Monday, 17 November", "by 30 June".
*/
static int factsDeadline(const CommitFacts *p, const CommitSentence *s, int iTok) {
  int t;
  for(t=iTok-1; t>=0 && t>=iTok-5; t--){
    const CommitToken *w = &s->aTok[t];
    if( commitTokenIsCi(p->z, w, "by") ) return 1;
    if( w->eType==COMMIT_TOK_NUM || commitTokenIsCi(p->z, w, "on")
     || (w->eType==COMMIT_TOK_PUNCT && w->cPunct==':') ){
      continue;
    }
    return 0;
  }
  return 0;
}

/*
** True if every mention of the sentence is one list, "The third and
** fourth ministerial meetings, in Hanoi in 2012 and Phnom Penh in 2015":
** the places and dates after it go to them in order, as "respectively"
** would say.
*/
static int factsOneListOfMeetings(const CommitSentInfo *pInfo, int *piEnd) {
  int k, iFirst = -1, n = 0;
  *piEnd = 1<<30;
  for(k=0; k<pInfo->nM; k++){
    const CommitMeetRef *r = &pInfo->aM[k];
    if( r->iTokEnd==0 ) continue;               /* (a cue: "have met twice") */
    if( iFirst<0 ) iFirst = k;
    else if( r->iTok!=pInfo->aM[iFirst].iTok || r->iTokEnd!=pInfo->aM[iFirst].iTokEnd ){
      /* (a later mention ends what the list's places may be) */
      if( r->iTok>pInfo->aM[iFirst].iTokEnd ){
        *piEnd = r->iTok;
        break;
      }
      return 0;
    }
    n++;
  }
  return n>=2 ? n : 0;
}

/*
** The mention (index into pInfo->aM) that a date at token iTok follows
** after "for" in a gapped clause: "... and the third IMM (IMM 3) for
** February 16".  Only after "and" before the mention.  Returns -1 if none.
*/
static int factsGappedFor(const CommitSentence *s, const CommitSentInfo *pInfo,
                          int iTok, const CommitFacts *p) {
  int q;
  if( iTok<3 || !commitTokenIsCi(p->z, &s->aTok[iTok-1], "for") ) return -1;
  for(q=0; q<pInfo->nM; q++){
    const CommitMeetRef *r = &pInfo->aM[q];
    int a = r->iTok;
    if( r->iTokEnd!=iTok-1 ) continue;
    if( a>0 && commitTokenIsCi(p->z, &s->aTok[a-1], "the") ) a--;
    if( a>0 && commitTokenIsCi(p->z, &s->aTok[a-1], "and") ) return q;
  }
  return -1;
}

/*
** The numbered meetings (two at most) named in the clause of ", when" at
** token e or just after it, up to the next ';' or the sentence's end.
** Returns how many, in aW.
*/
/* Tokens after "when" within which its clause's subject meeting starts. */
#define FACTS_WHEN_SUBJECT 3

static int factsWhenMeetings(const CommitFacts *p, const CommitSentence *s,
                             const CommitSentInfo *pInfo, int e, int *aW) {
  int q, n = 0, iEnd = s->nTok;
  if( e<s->nTok && s->aTok[e].eType==COMMIT_TOK_PUNCT && s->aTok[e].cPunct==',' ) e++;
  if( e>=s->nTok || !commitTokenIsCi(p->z, &s->aTok[e], "when") ) return 0;
  for(q=e; q<s->nTok; q++){
    if( s->aTok[q].eType==COMMIT_TOK_PUNCT && s->aTok[q].cPunct==';' ){ iEnd = q; break; }
  }
  for(q=0; q<pInfo->nM && n<2; q++){
    const CommitMeetRef *r = &pInfo->aM[q];
    const CommitFMeeting *m = MEETING(p, r->iMeeting);
    if( r->iTokEnd==0 || r->iTok<=e || r->iTok>=iEnd ) continue;
    /* (the first is the clause's subject: "when the eighth SOM was
    ** followed by ...", not "when senior officials met and prepared the
    ** ground for the third IMM") */
    if( n==0 && r->iTok>e+FACTS_WHEN_SUBJECT ) return 0;
    if( m->iNum<=0 || m->eSeries==COMMIT_SERIES_OTHER ) continue;
    if( n==1 && aW[0]==r->iMeeting ) continue;
    aW[n++] = r->iMeeting;
  }
  return n;
}

/*
** The one target aT[0] of a date, named in the sentence within a joint
** label ("in December 2007, when the joint IMM2/SOM5 meetings in Beijing
** were hosted by the MPS", the date found for the ministers' level):
** the label's other meeting is a target too.  Returns the targets.
*/
static int factsJointPartner(const CommitSentInfo *pInfo, int *aT) {
  int q, iGroup = 0;
  for(q=0; q<pInfo->nM; q++){
    if( pInfo->aM[q].iMeeting==aT[0] && pInfo->aM[q].iTokEnd>0 && pInfo->aM[q].iGroup ){
      iGroup = pInfo->aM[q].iGroup;
    }
  }
  for(q=0; q<pInfo->nM && iGroup; q++){
    if( pInfo->aM[q].iGroup==iGroup && pInfo->aM[q].iTokEnd>0
     && pInfo->aM[q].iMeeting!=aT[0] ){
      aT[1] = pInfo->aM[q].iMeeting;
      return 2;
    }
  }
  return 1;
}

static void factsAttachDates(CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems,
                             const CommitSentInfo *pInfo) {
  const CommitMeetRef *aM = pInfo->aM;
  int nM = pInfo->nM;
  int k, nDate = 0, aT[2], nT, t;
  const CommitItem *aDate[8];
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_DURATION ){
      int iM = factsDurationTarget(p, s, pInfo, it);
      if( iM>=0 && !MEETING(p, iM)->nDuration ){
        MEETING(p, iM)->nDuration = it->aVal[0];
      }
    }
    if( it->eKind==COMMIT_ITEM_DATE && nDate<8
     && (!(it->mFlag & (COMMIT_DF_DATELINE|COMMIT_DF_REFERENCE))
         /* ("... and IMM3 for February 16": a gapped clause's date, not a
         ** plan's period "for 2011-2013") */
         || (!(it->mFlag & COMMIT_DF_DATELINE) && factsGappedFor(s, pInfo, it->iTok, p)>=0)) ){
      aDate[nDate++] = it;
    }
  }
  if( nDate==0 ) return;
  /* A sentence naming no meeting gives dates only with a meeting verb:
  ** "ministers signed it this morning" dates the signing, not the
  ** meeting. */
  if( pInfo->nReal==0 && !factsHas(pItems, COMMIT_ITEM_VERB)
   && !pInfo->bActionCue && !factsHostedLevel(p, pItems, pInfo) ) return;
  {
    /* "SOM8 / IMM3 | 14-15 / 16 Feb 2012": a pair of dates, one for each
    ** meeting of the label in order; other dates of the row attach as
    ** usual (finer ones win). */
    int nPair = 0, iM = 0;
    for(k=0; k<nDate; k++) if( aDate[k]->mFlag & COMMIT_DF_PAIR ) nPair++;
    if( nPair==2 && nM>=2 ){
      for(k=0; k<nDate && iM<nM; k++){
        if( !(aDate[k]->mFlag & COMMIT_DF_PAIR) ) continue;
        factsMeetingDate(MEETING(p, aM[iM++].iMeeting), aDate[k], COMMIT_ROLE_NEUTRAL, 0);
      }
      for(k=0; k<nDate; k++){
        if( aDate[k]->mFlag & COMMIT_DF_PAIR ) aDate[k--] = aDate[--nDate];
      }
    }
  }
  {
    int iListEnd, nList = factsOneListOfMeetings(pInfo, &iListEnd), nListDate = 0;
    for(k=0; k<nDate; k++) if( aDate[k]->iTok<iListEnd ) nListDate++;
    if( nList && nListDate==nList && nListDate==nDate ){
      int iM = 0;
      for(k=0; k<nDate && iM<nM; k++, iM++){
        CommitFMeeting *m;
        while( iM<nM && aM[iM].iTokEnd==0 ) iM++;
        if( iM>=nM ) break;
        m = MEETING(p, aM[iM].iMeeting);
        factsMeetingDate(m, aDate[k], factsRole(p, pItems, s, aDate[k]->iTok),
                         factsActionDate(pItems, aDate[k]->iTok));
      }
      return;
    }
  }
  if( nM>=2 && nDate>=2 && factsHasWord(p, s, "respectively") ){
    int iM = 0;
    for(k=0; k<nDate && iM<nM; k++, iM++){
      CommitFMeeting *m;
      while( iM<nM && aM[iM].iTokEnd==0 ) iM++;        /* (named ones only) */
      if( iM>=nM ) break;
      m = MEETING(p, aM[iM].iMeeting);
      factsMeetingDate(m, aDate[k], factsRole(p, pItems, s, aDate[k]->iTok),
                       factsActionDate(pItems, aDate[k]->iTok));
    }
    return;
  }
  for(k=0; k<nDate; k++){
    const CommitItem *it = aDate[k];
    int eRole = factsRole(p, pItems, s, it->iTok);
    int bWhen = it->iTokEnd+1<s->nTok
      && ((s->aTok[it->iTokEnd].eType==COMMIT_TOK_PUNCT && s->aTok[it->iTokEnd].cPunct==','
           && commitTokenIsCi(p->z, &s->aTok[it->iTokEnd+1], "when"))
          || commitTokenIsCi(p->z, &s->aTok[it->iTokEnd], "when"));
    {
      /* "SOM8 is set for February 14 and 15 and IMM3 for February 16": a
      ** gapped clause, the meeting right before "for" */
      int q = factsGappedFor(s, pInfo, it->iTok, p);
      if( q>=0 ){
        factsMeetingDate(MEETING(p, aM[q].iMeeting), it, eRole,
                         factsActionDate(pItems, it->iTok));
        continue;
      }
    }
    if( !bWhen && factsOtherEvent(p, s, pInfo, it->iTok) ) continue;
    if( factsSaidOn(p, s, it->iTok) ) continue;
    if( factsDeadline(p, s, it->iTok) ) continue;
    if( factsDocumentTerm(p, s, pItems, it->iTok) ) continue;
    if( factsIsParticipleDate(p, s, pItems, it) ) continue;
    /* "Late last month, while ..., officials were in Bagan for SOM7", "On
    ** Tuesday and Wednesday, here in Phnom Penh, senior officials worked
    ** ... at the tenth SOM": a date opening the sentence dates all of it */
    int bOpening = (it->iTok<=1 || factsLeadPhraseDate(p, s, pItems, it)
                    || factsAfterCredit(p, s, it->iTok))
                && it->iTokEnd<s->nTok && factsOwnMentions(p, pInfo)==1
                && ((s->aTok[it->iTokEnd].eType==COMMIT_TOK_PUNCT
                     && s->aTok[it->iTokEnd].cPunct==',')
                    /* "- 2004: MOU signed at IMM1, Yangon": a list entry's
                    ** date label */
                    || (it->iTok<=1 && s->aTok[it->iTokEnd].eType==COMMIT_TOK_PUNCT
                        && s->aTok[it->iTokEnd].cPunct==':' && it->aVal[0]
                        && !(it->mFlag & COMMIT_DF_RANGE))
                    /* "The Wednesday before last I spent the whole day in
                    ** Hanoi at the 14th SOM": a day opening the sentence */
                    || (nDate==1 && (it->aVal[2] || (it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY))))
                    /* "In November 2008 the same ministry hosted the sixth
                    ** SOM": a month and year after "In" opening it */
                    || (nDate==1 && it->iTok==1 && it->aVal[0] && it->aVal[1]
                        && commitTokenIsCi(p->z, &s->aTok[0], "in")))
                && !factsClauseWordIn(p, s, it->iTokEnd, aM[0].iTok);
    nT = factsTarget(aM, nM, it->iTok, pInfo->aClause[it->iTok],
                     it->eFrame==COMMIT_FRAME_BACKGROUND, aT);
    if( nT==0 && factsSplitCue(pInfo) && it->eFrame==COMMIT_FRAME_CURRENT ){
      /* "The senior officials sat on 14 and 15 February; the ministers
      ** met on the 16th": the side with no cue of its own dates the
      ** meeting of its level named just before */
      int iRec = commitDiscourseRecentOfSeries(p, s, factsLevelOfDate(p, s, it->iTok));
      if( iRec>=0 ){
        aT[0] = iRec;
        nT = 1;
      }
    }
    {
      int iCo = factsCoordTarget(p, s, pItems, pInfo, it->iTok);
      if( iCo>=0 ){ aT[0] = aM[iCo].iMeeting; nT = 1; }
    }
    {
      /* "follows last year's third Inter-Ministerial Meeting": a date's
      ** possessive is the meeting's own */
      int e = it->iTokEnd, q;
      if( e+1<s->nTok && s->aTok[e].eType==COMMIT_TOK_PUNCT && s->aTok[e].cPunct=='\''
       && commitTokenIsCi(p->z, &s->aTok[e+1], "s") ){
        for(q=0; q<nM; q++){
          if( aM[q].iTokEnd>0 && aM[q].iTok>=e+2 && aM[q].iTok<=e+4 ){
            aT[0] = aM[q].iMeeting;
            nT = 1;
            bOpening = 1;
            break;
          }
        }
      }
    }
    {
      /* "SOM8 ... was followed on February 16 by the third IMM": the
      ** meeting after "by" */
      int iBy = factsFollowedBy(p, s, pInfo, it);
      if( iBy>=0 ){ aT[0] = aM[iBy].iMeeting; nT = 1; bOpening = 1; }
    }
    if( nT==0 && bOpening ){
      nT = factsTarget(aM, nM, it->iTok, -1, it->eFrame==COMMIT_FRAME_BACKGROUND, aT);
    }
    if( bWhen && nT>0 ) bOpening = 1;   /* (it dates that meeting, near or not) */
    if( nT==0 && bWhen ){
      /* "The process was formalised on 29 October 2004, when the six
      ** governments signed an MOU at the first IMM": the time of the
      ** "when" clause's meeting */
      int q;
      for(q=0; q<nM; q++){
        if( aM[q].iTokEnd>0 && aM[q].iTok>it->iTokEnd ){
          aT[0] = aM[q].iMeeting;
          nT = 1;
          bOpening = 1;           /* (it dates that meeting, near or not) */
          break;
        }
      }
    }
    if( nT==1 && MEETING(p, aT[0])->eSeries==COMMIT_SERIES_OTHER ){
      nT = factsPastAside(p, s, pInfo, it->iTok, aT);
    }
    /* With no meeting verb, only a date next to a mention is its date:
    ** "IMM3 (Hanoi, 16 February 2012)", not "Tomorrow they ... IMM4". */
    if( nT>0 && !bOpening && !factsHas(pItems, COMMIT_ITEM_VERB) && !factsHas(pItems, COMMIT_ITEM_HOST)
     && !factsHasWord(p, s, "attended") && !factsHasWord(p, s, "joined")
     /* "spent Thursday and Friday as an observer at SOM9" */
     && !(it->iTok>0 && commitTokenIsCi(p->z, &s->aTok[it->iTok-1], "spent"))
     && !factsPresence(p, s, pItems) ){
      int j, bNear = factsDateBesideAction(pItems, it);
      for(j=0; j<nM; j++){
        if( aM[j].iTokEnd==0 ) bNear = 1;
        else if( it->iTok>=aM[j].iTokEnd && it->iTok<=aM[j].iTokEnd+20
              /* not "a summary of an operation that the police carried out
              ** in 2018": the date of another thing's relative clause */
              && !factsRelativeIn(p, s, aM[j].iTokEnd+2,
                                  (it->mFlag & COMMIT_DF_SAMEYEAR) ? it->iTok-1 : it->iTok) ){
        bNear = 1;            /* ("were that July": "that" is no relative) */
      }
        else if( it->iTokEnd<=aM[j].iTok && it->iTokEnd>=aM[j].iTok-4 ) bNear = 1;
        else if( it->iTokEnd<=aM[j].iTok
              && factsOnlyPlaceBetween(p, s, pItems, it->iTokEnd, aM[j].iTok) ){
          bNear = 1;            /* "Last year in Phnom Penh, at the fourth IMM" */
        }
      }
      if( !bNear ) nT = 0;
    }
    if( nT>0 && factsOtherRelative(p, s, pInfo, it->iTok) ) nT = 0;
    if( nT==1 && !bOpening ){
      /* "Senior officials met in Rangoon October 27-28, and on October 29
      ** the ministers ... signed ... at the first IMM": a date after ", and"
      ** is of the meeting its own clause names */
      int q, iPrevEnd = -1;
      for(q=0; q<nM; q++){
        if( aM[q].iMeeting==aT[0] && aM[q].iTokEnd>0 && aM[q].iTokEnd<=it->iTok ){
          iPrevEnd = aM[q].iTokEnd;
        }
      }
      if( iPrevEnd>=0 && factsCoordIn(p, s, iPrevEnd, it->iTok) ){
        for(q=0; q<nM; q++){
          if( aM[q].iTokEnd>0 && aM[q].iTok>it->iTokEnd && aM[q].iMeeting!=aT[0]
           && pInfo->aClause[aM[q].iTok]==pInfo->aClause[it->iTok]
           && !factsCoordIn(p, s, it->iTokEnd, aM[q].iTok) ){
            aT[0] = aM[q].iMeeting;
            break;
          }
        }
      }
    }
    if( nT==1 && !bOpening && factsCoordBetween(p, s, pInfo, it->iTok, aT[0]) ){
      /* "the six signed the MoU in October 2004, and the first talks were
      ** that July": a date before ", and" is not of the meeting after it */
      nT = 0;
    }
    if( nT>0 && commitDiscourseQuoted(s, it->iTok) ){
      /* '"... and ten years ago that habit did not exist," he told the
      ** senior officials when the talks began': a date quoted dates only
      ** a meeting quoted with it */
      int q, bQuotedMention = 0;
      for(q=0; q<nM; q++){
        if( aM[q].iTokEnd>0 && commitDiscourseQuoted(s, aM[q].iTok) ) bQuotedMention = 1;
      }
      if( !bQuotedMention ) nT = 0;
    }
    if( nT>0 && !bWhen ){
      /* "the senior officials sitting on 12 and 13 December and the
      ** ministers meeting on the 14th": the meeting of the level that met */
      int eLevel = factsLevelOfDate(p, s, it->iTok), q;
      if( eLevel && !(nT==1 && MEETING(p, aT[0])->eSeries==eLevel) ){
        int bFound = 0;
        for(q=0; q<pInfo->nReal; q++){
          if( aM[q].iTokEnd>0 && MEETING(p, aM[q].iMeeting)->eSeries==eLevel
           && aM[q].bPast==(it->eFrame==COMMIT_FRAME_BACKGROUND) ){
            aT[0] = aM[q].iMeeting;
            nT = 1;
            bFound = 1;
            break;
          }
        }
        /* "The ministers' session was prepared by senior officials, who met
        ** here on Tuesday and Wednesday": not the session's days */
        if( !bFound && nT==1 ){
          int eOf = MEETING(p, aT[0])->eSeries;
          for(q=0; q<nM && eOf==0; q++){
            /* "the ministers' session": the level of its own name */
            if( aM[q].iMeeting==aT[0] && aM[q].iTokEnd>0 ){
              eOf = commitDiscourseLevel(p, s, pItems, aM[q].iTok>=3 ? aM[q].iTok-3 : 0,
                                         aM[q].iTokEnd);
            }
          }
          if( eOf && eOf!=eLevel && eOf!=COMMIT_SERIES_OTHER ){
            /* ("... SOM8 and IMM3 were held in Hanoi. The senior officials
            ** sat on 14 and 15 February; the ministers met on the 16th":
            ** the meeting of the level just named) */
            int iRec = commitDiscourseRecentOfSeries(p, s, eLevel);
            if( iRec>=0 ) aT[0] = iRec;
            else nT = 0;
          }
        }
      }
    }
    {
      /* "a week of talks that opened on Monday with the senior officials'
      ** meeting": the meeting after "with", whatever the clause's head */
      int iWith = factsWithMeeting(p, s, pInfo, it->iTokEnd);
      if( iWith>=0 ){ aT[0] = aM[iWith].iMeeting; nT = 1; }
    }
    if( bWhen && nT>0 ){
      /* "in December 2007, when the joint IMM2/SOM5 meetings in Beijing
      ** were hosted by the MPS": the "when" clause's joint label is the
      ** date's, both its meetings */
      int q;
      for(q=0; q<nM; q++){
        if( aM[q].iTokEnd>0 && aM[q].iTok>it->iTokEnd ){
          if( aM[q].iGroup ){
            aT[0] = aM[q].iMeeting;
            nT = 1;
          }
          break;
        }
      }
      if( nT==1 && MEETING(p, aT[0])->iNum==0 ){
        /* "The most recent round took place in Hanoi in February 2012,
        ** when the eighth SOM was followed by the third IMM": the round is
        ** the numbered meetings the "when" clause names */
        int aW[2], nW = factsWhenMeetings(p, s, pInfo, it->iTokEnd, aW);
        if( nW>0 ){
          aT[0] = aW[0];
          if( nW>1 ) aT[1] = aW[1];
          nT = nW;
        }
      }
    }
    if( nT==1 ) nT = factsJointPartner(pInfo, aT);
    for(t=0; t<nT; t++){
      CommitFMeeting *m = MEETING(p, aT[t]);
      factsMeetingDate(m, it, eRole, factsActionDate(pItems, it->iTok));
    }
  }
}

/*
** True if the first mention of meeting iMeeting in the sentence comes
** after token iTok with ", and" between them.
*/
static int factsCoordBetween(const CommitFacts *p, const CommitSentence *s,
                             const CommitSentInfo *pInfo, int iTok, int iMeeting) {
  int k, t;
  for(k=0; k<pInfo->nM; k++){
    if( pInfo->aM[k].iMeeting!=iMeeting || pInfo->aM[k].iTokEnd==0 ) continue;
    if( pInfo->aM[k].iTok<=iTok ) return 0;
    for(t=iTok+1; t+1<pInfo->aM[k].iTok; t++){
      if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==','
       && commitTokenIsCi(p->z, &s->aTok[t+1], "and") ){
        return 1;
      }
      /* "recalled that the MOU was signed in Yangon in 2004 and that
      ** IMM5, held online, ...": a second reported clause */
      if( commitTokenIsCi(p->z, &s->aTok[t], "and")
       && commitTokenIsCi(p->z, &s->aTok[t+1], "that") ){
        return 1;
      }
    }
    return 0;
  }
  return 0;
}

/*
** The meeting a place between an action and a later mention goes to: "the
** session reviewed the plan drawn up after the MOU that the six signed in
** Yangon, then the Myanmar capital, at the first IMM" is IMM1's place,
** not the session's.  Returns 1 and sets aOut[0], or 0.
*/
static int factsPlaceOfAction(const CommitFacts *p, const CommitSentence *s,
                              const CommitItems *pItems, const CommitSentInfo *pInfo,
                              const CommitItem *it, int *aOut) {
  int k, t, iBeforeEnd = -1, iAfter = -1, bAction = 0;
  for(k=0; k<pInfo->nM; k++){
    const CommitMeetRef *r = &pInfo->aM[k];
    if( r->iTokEnd==0 ) continue;
    if( r->iTokEnd<=it->iTok && r->iTokEnd>iBeforeEnd ) iBeforeEnd = r->iTokEnd;
    if( r->iTok>=it->iTokEnd && r->iTok<=it->iTokEnd+10 && iAfter<0 ) iAfter = k;
  }
  if( iBeforeEnd<0 || iAfter<0 ) return 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *q = &pItems->a[k];
    if( q->eKind!=COMMIT_ITEM_ACTION ) continue;
    if( q->iTok>=iBeforeEnd && q->iTokEnd<=it->iTok ) bAction = 1;
    if( q->iTok>=it->iTokEnd && q->iTok<pInfo->aM[iAfter].iTok ) return 0;
  }
  if( !bAction ) return 0;
  t = pInfo->aM[iAfter].iTok - 1;
  if( t>0 && commitTokenIsCi(p->z, &s->aTok[t], "the") ) t--;
  if( t<0 || !(commitTokenIsCi(p->z, &s->aTok[t], "at")
               || commitTokenIsCi(p->z, &s->aTok[t], "during")) ){
    return 0;
  }
  aOut[0] = pInfo->aM[iAfter].iMeeting;
  return 1;
}

/* True if "for" ("for the", "for its") stands right before the mention
** at token iMention, after token iFrom. */
static int factsForBefore(const CommitFacts *p, const CommitSentence *s,
                          int iFrom, int iMention) {
  int t = iMention-1;
  if( t>iFrom && (commitTokenIsCi(p->z, &s->aTok[t], "the")
                  || commitTokenIsCi(p->z, &s->aTok[t], "its")) ){
    t--;
  }
  return t>=iFrom && commitTokenIsCi(p->z, &s->aTok[t], "for");
}

/* Attach places, venues, hosts, attendance and online cues. */
/* Tokens of dates in [a,b) beyond one each: "SOM3 | 2005-03-29 to
** 2005-03-31 | Hanoi" is as near as "SOM3 | 2005 | Hanoi". */
static int factsDateTokens(const CommitItems *pItems, int a, int b) {
  int k, n = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *q = &pItems->a[k];
    if( q->eKind==COMMIT_ITEM_DATE && q->iTok>=a && q->iTokEnd<=b ){
      n += q->iTokEnd - q->iTok - 1;
    }
  }
  return n;
}

/* True if tokens [a,b) are only a country, a date and punctuation with a
** dash, colon or stop among them: ", Viet Nam —", " -- ", ":", a list
** entry's ", October 2004. " before the meeting it names. */
static int factsOnlyCountryDatePunct(const CommitFacts *p, const CommitSentence *s,
                                 const CommitItems *pItems, int a, int b) {
  int t, k, bDash = 0;
  (void)p;
  if( b-a-factsDateTokens(pItems, a, b)>6 || b<=a ) return 0;
  for(t=a; t<b; t++){
    const CommitToken *x = &s->aTok[t];
    if( x->eType==COMMIT_TOK_PUNCT ){
      if( x->cPunct=='-' || x->cPunct==':' || x->cPunct=='.' ) bDash = 1;
      else if( x->cPunct!=',' ) return 0;
      continue;
    }
    for(k=0; k<pItems->n; k++){
      const CommitItem *q = &pItems->a[k];
      if( (q->eKind==COMMIT_ITEM_COUNTRY || q->eKind==COMMIT_ITEM_DATE)
       && t>=q->iTok && t<q->iTokEnd ) break;
    }
    if( k==pItems->n ) return 0;
  }
  return bDash;
}

/*
** True if tokens [a,b) between two meeting mentions join them with "and"
** across their own dates: "the eighth SOM (14-15 February) and the third
** IMM (16 February) in Hanoi", "both SOM5, on 12-13 December 2007, and
** IMM2 on 14 December in Beijing".  A city after both places both.
*/
static int factsJoinedAcrossDates(const CommitFacts *p, const CommitSentence *s,
                                  const CommitItems *pItems, int a, int b) {
  int t, k, bAnd = 0;
  for(t=a; t<b; t++){
    int bDate = 0;
    for(k=0; k<pItems->n; k++){
      const CommitItem *q = &pItems->a[k];
      if( q->eKind==COMMIT_ITEM_DATE && t>=q->iTok && t<q->iTokEnd ) bDate = 1;
    }
    if( bDate ) continue;
    if( commitTokenIsCi(p->z, &s->aTok[t], "and") ){ bAnd = 1; continue; }
    if( commitTokenIsCi(p->z, &s->aTok[t], "the") || commitTokenIsCi(p->z, &s->aTok[t], "on") ){
      continue;
    }
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT
     && (s->aTok[t].cPunct==',' || s->aTok[t].cPunct=='(' || s->aTok[t].cPunct==')') ){
      continue;
    }
    return 0;
  }
  return bAnd;
}

/* True if "meetings" stands a few tokens before a passive host at iTok:
** "three days of meetings in Phnom Penh hosted by the Royal Government",
** "This week's COMMIT meetings ... are hosted by". */
static int factsMeetingsBefore(const CommitFacts *p, const CommitSentence *s, int iTok) {
  int t;
  for(t=iTok-1; t>=0 && t>=iTok-10; t--){
    if( commitTokenIsCi(p->z, &s->aTok[t], "meetings") ) return 1;
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==';' ) return 0;
  }
  return 0;
}

/* True if item it is a city "in" or "at" after the first meeting of the
** sentence: one of those a "respectively" pairs with the meetings. */
static int factsPairPlace(const CommitFacts *p, const CommitSentence *s,
                          const CommitItem *it, const CommitSentInfo *pInfo) {
  return it->eKind==COMMIT_ITEM_PLACE && pInfo->nM>=2 && it->iTok>=pInfo->aM[0].iTokEnd
      && !it->aVal[3]
      && ((it->aVal[0]>=1 && it->aVal[0]<=2)
          /* "in Beijing (December 2007) and Hanoi (February 2012)" */
          || (it->iTok>0 && commitTokenIsCi(p->z, &s->aTok[it->iTok-1], "and"))
          /* "the second and third IMMs (Beijing, 2007; Hanoi, 2012)" */
          || (it->iTok>0 && s->aTok[it->iTok-1].eType==COMMIT_TOK_PUNCT
              && (s->aTok[it->iTok-1].cPunct=='(' || s->aTok[it->iTok-1].cPunct==';')));
}

/* Tokens after a count searched for the level of what was attended. */
#define FACTS_ATTEND_LEVEL_REACH 8

/* Tokens before a mention in which "alongside" joins it to the one
** before, at most. */
#define FACTS_ALONGSIDE_REACH 8

static int factsOnlyCurrent(const CommitFacts *p, int eSeries, int bOut);

/*
** The meetings (at most two, into aT) named right after ", where" that
** follows place item it: "in Hanoi, where the eighth SOM and the third
** IMM were held".  Returns how many.
*/
static int factsWhereHeld(const CommitFacts *p, const CommitSentence *s,
                          const CommitSentInfo *pInfo, const CommitItem *it,
                          int *aT) {
  int e = it->iTokEnd, q, n = 0;
  if( e+2>=s->nTok || s->aTok[e].eType!=COMMIT_TOK_PUNCT || s->aTok[e].cPunct!=','
   || !commitTokenIsCi(p->z, &s->aTok[e+1], "where") ) return 0;
  for(q=0; q<pInfo->nM && n<2; q++){
    const CommitMeetRef *r = &pInfo->aM[q];
    int t, bBreak = 0;
    if( r->iTokEnd==0 || r->iTok<e+2 ) continue;
    for(t=e+2; t<r->iTok; t++){
      if( s->aTok[t].eType==COMMIT_TOK_PUNCT && (s->aTok[t].cPunct==',' || s->aTok[t].cPunct==';'
                                                 || s->aTok[t].cPunct==':' || s->aTok[t].cPunct=='.') ){
        bBreak = 1;
      }
    }
    if( bBreak ) break;
    if( n==1 && aT[0]==r->iMeeting ) continue;
    aT[n++] = r->iMeeting;
  }
  return n;
}

/*
** True if place item k opens its sentence as a frame for all of it: "In
** Hanoi, SOM8 (14-15 February) is followed by IMM3", also after a list
** entry's date ("* February 2012 - In Hanoi, ...").
*/
static int factsLeadPlace(const CommitFacts *p, const CommitSentence *s,
                          const CommitItems *pItems, int k) {
  const CommitItem *it = &pItems->a[k];
  int i = it->iTok - 1;
  if( i<0 || !commitTokenIsCi(p->z, &s->aTok[i], "in") ) return 0;
  if( it->iTokEnd>=s->nTok || s->aTok[it->iTokEnd].eType!=COMMIT_TOK_PUNCT
   || s->aTok[it->iTokEnd].cPunct!=',' ) return 0;
  if( i==0 ) return 1;
  /* after "* February 2012 -" */
  return k>0 && pItems->a[k-1].eKind==COMMIT_ITEM_DATE && pItems->a[k-1].iTokEnd==i-1
      && pItems->a[k-1].iTok<=1 && s->aTok[i-1].eType==COMMIT_TOK_PUNCT
      && (s->aTok[i-1].cPunct=='-' || s->aTok[i-1].cPunct==':');
}

/* The first token of a meeting mention at or after token i, or a large
** number. */
static int factsFirstMeetingAfter(const CommitItems *pItems, int i) {
  int q;
  for(q=0; q<pItems->n; q++){
    if( pItems->a[q].eKind==COMMIT_ITEM_MEETING && pItems->a[q].iTok>=i ){
      return pItems->a[q].iTok;
    }
  }
  return 1<<30;
}

/*
** The colon that opens a history's list within FACTS_HISTORY_REACH tokens
** after token i, a word of repetition before it ("... three times before:",
** "... twice:"), no punctuation between; -1 if none.
*/
static int factsHistoryColonAt(const CommitFacts *p, const CommitSentence *s, int i) {
  int t, bBefore = 0;
  for(t=i; t<s->nTok && t<i+FACTS_HISTORY_REACH; t++){
    if( commitWordMatch(COMMIT_WL_BEFORE_WORD, p->z, s->aTok, s->nTok, t) ) bBefore = 1;
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT ) break;
  }
  if( !bBefore || t>=s->nTok || s->aTok[t].cPunct!=':' ) return -1;
  return t;
}

/*
** True if place item k names where a history listed after a colon took
** place: "Viet Nam has hosted COMMIT meetings in Ha Noi three times
** before: SOM3 in March 2005; SOM8 together with IMM3, ...; and the 14th
** SOM on 16 December 2020" (a host verb before it, a word of repetition
** and the colon after it).
*/
static int factsHistoryColon(const CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems, int k) {
  const CommitItem *it = &pItems->a[k];
  int t, q, bHost = 0;
  if( it->iTok<1 || !commitTokenIsCi(p->z, &s->aTok[it->iTok-1], "in") ) return 0;
  t = factsHistoryColonAt(p, s, it->iTokEnd);
  if( t<0 ) return 0;
  for(q=0; q<pItems->n; q++){
    const CommitItem *h = &pItems->a[q];
    if( h->iTok<it->iTok && (h->eKind==COMMIT_ITEM_HOST
                             || (h->eKind==COMMIT_ITEM_MEETING && h->iTok>0)) ){
      bHost = 1;
    }
    if( h->eKind==COMMIT_ITEM_MEETING && h->iTok>it->iTokEnd && h->iTok<t ) return 0;
  }
  return bHost;
}

/*
** True if item it is of the current frame and every meeting the sentence
** names comes after it, and is to come.
*/
static int factsOnlyPlannedAfter(const CommitFacts *p, const CommitSentInfo *pInfo,
                                 const CommitItem *it) {
  int k, n = 0;
  if( it->eFrame!=COMMIT_FRAME_CURRENT ) return 0;
  for(k=0; k<pInfo->nM; k++){
    const CommitMeetRef *r = &pInfo->aM[k];
    if( r->iTokEnd==0 ) continue;
    if( r->iTok<it->iTokEnd || MEETING(p, r->iMeeting)->eFrame!=COMMIT_FRAME_UPCOMING ) return 0;
    n++;
  }
  return n>0;
}

/*
** True if country item it is that of meeting iMeeting in a list entry
** ("* IMM6 - Viet Nam, 2025 (date and city to be confirmed)"): right after
** its mention and a dash or colon, then a comma, a bracket or the line's
** end.
*/
static int factsEntryCountryOf(const CommitFacts *p, const CommitSentence *s,
                               const CommitSentInfo *pInfo, const CommitItem *it,
                               int iMeeting) {
  int q, e = it->iTokEnd;
  const CommitToken *t;
  if( it->iTok<2 || !(s->aTok[it->iTok-1].eType==COMMIT_TOK_PUNCT
                      && (s->aTok[it->iTok-1].cPunct=='-' || s->aTok[it->iTok-1].cPunct==':')) ){
    return 0;
  }
  if( e<s->nTok ){
    t = &s->aTok[e];
    if( !(t->mFlag & COMMIT_TF_NL)
     && !(t->eType==COMMIT_TOK_PUNCT && (t->cPunct==',' || t->cPunct=='(' || t->cPunct=='.')) ){
      return 0;
    }
  }
  for(q=0; q<pInfo->nM; q++){
    if( pInfo->aM[q].iMeeting==iMeeting && pInfo->aM[q].iTokEnd==it->iTok-1 ) return 1;
  }
  return 0;
}

/* Sentences after a city's subject sentence within which "it" is the
** city. */
#define FACTS_IT_CITY_REACH 2

/*
** "This city is no stranger to our process. In March 2005 it received the
** third SOM": the meetings that "it" receives, welcomes or hosts are held
** in the city of the subject sentence just before.
*/
static void factsItCity(CommitFacts *p, const CommitSentence *s,
                        const CommitItems *pItems, const CommitSentInfo *pInfo) {
  int k, q, j;
  if( p->disc.iSubjectCity<0 || p->disc.nSentence - p->disc.iSubjectSent<1
   || p->disc.nSentence - p->disc.iSubjectSent>FACTS_IT_CITY_REACH ){
    return;
  }
  for(k=0; k+1<s->nTok; k++){
    int v = k+1;
    if( !commitTokenIsCi(p->z, &s->aTok[k], "it") ) continue;
    if( commitTokenIsCi(p->z, &s->aTok[v], "also") ) v++;
    if( v>=s->nTok || !commitWordMatch(COMMIT_WL_WELCOME_VERB, p->z, s->aTok, s->nTok, v) ){
      continue;
    }
    for(q=0; q<pInfo->nM; q++){
      CommitFMeeting *m = MEETING(p, pInfo->aM[q].iMeeting);
      if( pInfo->aM[q].iTokEnd==0 || pInfo->aM[q].iTok<=v ) continue;
      if( m->iCity<0 && m->iCountry<0 && !m->bVirtual && m->eSeries!=COMMIT_SERIES_OTHER ){
        m->iCity = p->disc.iSubjectCity;
        m->iCityStart = p->disc.iSubjectStart;
        m->iCityEnd = p->disc.iSubjectEnd;
        if( aCommitGazEntry[m->iCity].zCountry ){
          m->iCountry = commitGazCountryIdx(aCommitGazEntry[m->iCity].zCountry);
        }
      }
      /* "Seven years later, in February 2012, it welcomed both the eighth
      ** SOM and ... the third IMM": the date before "it" is theirs */
      for(j=0; j<pItems->n; j++){
        const CommitItem *d = &pItems->a[j];
        if( d->eKind==COMMIT_ITEM_DATE && d->iTok<k
         && !(d->mFlag & (COMMIT_DF_DATELINE|COMMIT_DF_REFERENCE))
         && !m->start.bSet && !m->end.bSet && m->eSeries!=COMMIT_SERIES_OTHER ){
          factsMeetingDate(m, d, COMMIT_ROLE_NEUTRAL, 0);
        }
      }
    }
    return;
  }
}

static void factsAttachPlaces(CommitFacts *p, const CommitSentence *s,
                              const CommitItems *pItems,
                              const CommitSentInfo *pInfo) {
  const CommitMeetRef *aM = pInfo->aM;
  int nM = pInfo->nM;
  int k, t, aT[2], nT;
  int bVerb = factsHas(pItems, COMMIT_ITEM_VERB);
  /* "hosted by <a long name> in Vientiane", "signed in Beijing": a host
  ** or action verb places it too. */
  int bPlaceVerb = bVerb || factsHas(pItems, COMMIT_ITEM_HOST)
                || factsHas(pItems, COMMIT_ITEM_ACTION);
  int nCount = 0, nPlace = 0, iPair = 0, iListEnd, nList, nListPlace = 0;
  nList = factsOneListOfMeetings(pInfo, &iListEnd);
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_NUMBER && it->aVal[1]==1 ) nCount++;
    if( factsPairPlace(p, s, it, pInfo) ){
      nPlace++;
      if( it->iTok<iListEnd ) nListPlace++;
    }
  }
  if( nM>=2 && ((nPlace==nM && pInfo->nReal==nM && factsHasWord(p, s, "respectively"))
                 || (nList && nListPlace==nList)) ){
    /* "the second and third IMMs, held in Beijing ... and in Hanoi ...
    ** respectively": each city, in order, to its meeting */
    for(k=0; k<pItems->n && iPair<nM; k++){
      const CommitItem *it = &pItems->a[k];
      CommitFMeeting *m;
      if( !factsPairPlace(p, s, it, pInfo) ) continue;
      if( nList && it->iTok>=iListEnd ) break;
      while( iPair<nM && aM[iPair].iTokEnd==0 ) iPair++;
      if( iPair>=nM ) break;
      m = MEETING(p, aM[iPair++].iMeeting);
      if( m->iCity<0 ){
        m->iCity = it->iEntry;
        m->iCityStart = it->iStart;
        m->iCityEnd = it->iEnd;
        if( it->aVal[1]>=0 ) m->iCountry = it->aVal[1];
      }
    }
  }
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    int bPast = it->eFrame==COMMIT_FRAME_BACKGROUND;
    int bRight = 0;             /* the meeting right after a city */
    nT = 0;
    if( it->eKind==COMMIT_ITEM_HOST && it->aVal[0]==COMMIT_HOST_ACTIVE ){
      /* "Viet Nam has hosted COMMIT meetings in Ha Noi three times before:
      ** SOM3 ...; SOM8 ...; and the 14th SOM": every meeting of the list */
      int iColon = -1, q, e = it->iTokEnd;
      for(q=0; q<pItems->n; q++){
        const CommitItem *c = &pItems->a[q];
        if( c->eKind==COMMIT_ITEM_PLACE && c->iTok>=e && c->iTok<=e+FACTS_HISTORY_REACH ){
          e = c->iTokEnd;
        }
      }
      iColon = factsHistoryColonAt(p, s, e);
      if( iColon>=0 && factsFirstMeetingAfter(pItems, it->iTokEnd)<iColon ) iColon = -1;
      if( iColon>=0 ){
        for(q=0; q<nM; q++){
          if( aM[q].iTokEnd>0 && aM[q].iTok>iColon ){
            CommitFMeeting *m = MEETING(p, aM[q].iMeeting);
            factsAddMeetingHost(p, &m->aHost, &m->nHost, it);
          }
        }
        continue;
      }
    }
    if( it->eKind==COMMIT_ITEM_HOST && it->aVal[0]==COMMIT_HOST_ACTIVE ){
      /* "Thailand will host the eighth SOM and the third IMM": the
      ** meetings after the verb. */
      nT = factsTargetAfter(aM, nM, it->iTok, bPast, aT);
      if( nT==1 ){
        /* "hosted both SOM5, on 12-13 December, and IMM2 on the 14th" */
        int q;
        for(q=0; q+1<nM; q++){
          if( aM[q].iMeeting==aT[0] && aM[q].iTok>it->iTok && aM[q+1].iTokEnd>0
           && aM[q+1].iMeeting!=aT[0] && aM[q+1].bPast==aM[q].bPast
           && factsJoinedAcrossDates(p, s, pItems, aM[q].iTokEnd, aM[q+1].iTok) ){
            aT[nT++] = aM[q+1].iMeeting;
            break;
          }
        }
      }
    }
    if( it->eKind==COMMIT_ITEM_COUNTRY && it->aVal[1]==2 ){
      /* "Thailand should be the venue for SOM8 and IMM3": the country of
      ** every meeting named after it */
      int q;
      for(q=0; q<nM; q++){
        CommitFMeeting *m;
        if( aM[q].iTokEnd==0 || aM[q].iTok<it->iTokEnd ) continue;
        m = MEETING(p, aM[q].iMeeting);
        if( m->iCity<0 && m->iCountry<0 && !m->bVirtual ) m->iCountry = it->iEntry;
      }
      continue;
    }
    if( it->eKind==COMMIT_ITEM_PLACE && !it->aVal[3]
     && (it->aVal[0]==3 || factsLeadPlace(p, s, pItems, k)
         || factsHistoryColon(p, s, pItems, k)) ){
      /* "Ha Noi has hosted COMMIT several times: SOM3 in 2005 and the
      ** combined SOM8/IMM3 in 2012": every meeting named after it. */
      int q, nAfter = 0, iSemi = s->nTok;
      for(q=it->iTokEnd; q<s->nTok; q++){
        /* ("Hanoi hosted the third in 2012; the fourth, in Phnom Penh in
        ** 2015, ...": not past the ';') */
        /* (but a list after a colon: "has hosted COMMIT meetings in Ha Noi
        ** three times before: SOM3 in March 2005; SOM8 ...; and SOM14") */
        if( s->aTok[q].eType==COMMIT_TOK_PUNCT && s->aTok[q].cPunct==':' ) break;
        if( s->aTok[q].eType==COMMIT_TOK_PUNCT && s->aTok[q].cPunct==';' ){ iSemi = q; break; }
      }
      for(q=0; q<nM; q++){
        CommitFMeeting *m;
        if( aM[q].iTokEnd==0 || aM[q].iTok<it->iTokEnd || aM[q].iTok>iSemi ) continue;
        m = MEETING(p, aM[q].iMeeting);
        nAfter++;
        if( m->iCity<0 ){
          m->iCity = it->iEntry;
          m->iCityStart = it->iStart;
          m->iCityEnd = it->iEnd;
          if( it->aVal[1]>=0 ) m->iCountry = it->aVal[1];
        }
      }
      if( nAfter ) continue;
    }
    if( nT==0 && it->eKind==COMMIT_ITEM_PLACE && !it->aVal[3] && it->aVal[0] ){
      /* "took place in Hanoi in February 2012, when the eighth SOM was
      ** followed by the third IMM": the meetings of the "when" clause */
      int e = it->iTokEnd, q;
      for(q=0; q<pItems->n; q++){
        const CommitItem *d = &pItems->a[q];
        if( d->eKind==COMMIT_ITEM_DATE
         && (d->iTok==e || (d->iTok==e+1 && (commitTokenIsCi(p->z, &s->aTok[e], "in")
                                              || commitTokenIsCi(p->z, &s->aTok[e], "on")))) ){
          e = d->iTokEnd;
        }
      }
      nT = factsWhenMeetings(p, s, pInfo, e, aT);
      if( nT ) bRight = 1;
    }
    if( nT==0 && it->eKind==COMMIT_ITEM_PLACE && !it->aVal[3] ){
      /* "the last round in Hanoi, where SOM8 and IMM3 were held": the
      ** meetings of the "where" clause */
      nT = factsWhereHeld(p, s, pInfo, it, aT);
      if( nT ) bRight = 1;
    }
    if( nT==0 && it->eKind==COMMIT_ITEM_PLACE ) nT = factsPlaceOfAction(p, s, pItems, pInfo, it, aT);
    if( nT==0 && (it->eKind==COMMIT_ITEM_PLACE || it->eKind==COMMIT_ITEM_VENUE) ){
      int iCo = factsCoordTarget(p, s, pItems, pInfo, it->iTok), q;
      if( iCo>=0 ){ aT[0] = aM[iCo].iMeeting; nT = 1; }
      /* "Ministers met again in Beijing (IMM2, December 2007), Hanoi
      ** (IMM3, ...)": the meeting in the bracket after the city; "...,
      ** Hanoi the third in February 2012": the meeting right after it */
      for(q=0; q<nM && nT==0; q++){
        int e = it->iTokEnd;
        if( it->eKind==COMMIT_ITEM_PLACE && e+3<s->nTok
         && commitTokenIsCi(p->z, &s->aTok[e], "that") ){
          e++;                      /* "it was Hanoi that received the eighth" */
        }
        if( it->eKind==COMMIT_ITEM_PLACE && aM[q].iTokEnd>0 && e+2<s->nTok
         && (commitTokenIsCi(p->z, &s->aTok[e], "received")
             || commitTokenIsCi(p->z, &s->aTok[e], "welcomed")
             || commitTokenIsCi(p->z, &s->aTok[e], "hosted")) ){
          e++;                      /* "Beijing received the second" */
        }
        if( it->eKind==COMMIT_ITEM_PLACE && aM[q].iTokEnd>0 && e+1<s->nTok
         && aM[q].iTok==e+1 && commitTokenIsCi(p->z, &s->aTok[e], "the") ){
          aT[0] = aM[q].iMeeting;
          nT = 1;
          bRight = 1;
          break;
        }
        if( aM[q].iTokEnd>0 && aM[q].iTok==it->iTokEnd+1 && it->iTokEnd<s->nTok
         && s->aTok[it->iTokEnd].eType==COMMIT_TOK_PUNCT
         && s->aTok[it->iTokEnd].cPunct=='(' ){
          aT[0] = aM[q].iMeeting;
          nT = 1;
        }
      }
    }
    if( nT==0 ){
      nT = factsTarget(aM, nM, it->iTok, pInfo->aClause[it->iTok], bPast, aT);
      if( nT==1 && it->eKind==COMMIT_ITEM_PLACE ){
        /* the city after "SOM8 (14-15 February) and IMM3 (16 February)" */
        int q;
        for(q=1; q<nM; q++){
          if( aM[q].iMeeting==aT[0] && aM[q].iTokEnd>0 && aM[q].iTokEnd<=it->iTok
           && aM[q-1].iTokEnd>0 && aM[q-1].iMeeting!=aT[0] && !aM[q].bCoord
           && aM[q-1].bPast==aM[q].bPast
           && factsJoinedAcrossDates(p, s, pItems, aM[q-1].iTokEnd, aM[q].iTok) ){
            aT[nT++] = aM[q-1].iMeeting;
            break;
          }
        }
      }
    }
    if( nT==1 && (it->eKind==COMMIT_ITEM_PLACE || it->eKind==COMMIT_ITEM_VENUE)
     && MEETING(p, aT[0])->eSeries==COMMIT_SERIES_OTHER ){
      /* "SOM16, which met together with the Regional Task Force in
      ** Suzhou": the meeting that met with it */
      nT = factsPastAside(p, s, pInfo, it->iTok, aT);
    }
    if( nT>0 && it->eKind==COMMIT_ITEM_PLACE && factsCoordBetween(p, s, pInfo, it->iTok, aT[0]) ){
      /* "signed an MOU in Yangon in 2004, and this week's talks ...":
      ** a place before ", and" or "and that" is not of the meeting after
      ** it */
      continue;
    }
    /* "no record is kept here": a "here" places only a meeting of its
    ** own clause */
    if( nT==0 && it->eKind!=COMMIT_ITEM_HERE ) nT = factsTarget(aM, nM, it->iTok, -1, bPast, aT);
    if( nT>0 && it->eKind==COMMIT_ITEM_PLACE && factsOnlyPlannedAfter(p, pInfo, it) ){
      /* "At Bagan, delegates agreed that the eighth SOM and the third IMM
      ** would both be held in Thailand": the place of the agreeing */
      nT = 0;
    }
    if( it->eKind==COMMIT_ITEM_NUMBER && pInfo->nReal==0 && nT>0 ){
      /* "More than 160 delegates attended the senior officials' sessions":
      ** the one current meeting of the level they attended */
      int e = it->iTokEnd+FACTS_ATTEND_LEVEL_REACH, eLev, iOne;
      if( e>s->nTok ) e = s->nTok;
      eLev = commitDiscourseLevel(p, s, pItems, it->iTokEnd, e);
      iOne = eLev ? factsOnlyCurrent(p, eLev, 0) : -1;
      if( iOne>=0 ){
        aT[0] = iOne;
        nT = 1;
      }
    }
    for(t=0; t<nT; t++){
      CommitFMeeting *m = MEETING(p, aT[t]);
      switch( it->eKind ){
        case COMMIT_ITEM_PLACE: {
          /* A city near a mention, after "in" in a sentence that places a
          ** meeting, after a venue ("at Don Chan Palace Hotel,
          ** Vientiane"), or in a clause that speaks of a meeting without
          ** naming it ("brought ... to Hanoi on Tuesday"). */
          int bNear = it->aVal[0]>=2 || bRight, j;
          if( it->aVal[3] ) break;
          for(j=0; j<nM; j++){
            if( aM[j].iTokEnd>0 && it->iTok>=aM[j].iTokEnd
             && it->iTok - factsDateTokens(pItems, aM[j].iTokEnd, it->iTok)
                <= aM[j].iTokEnd+12 ) bNear = 1;
            /* "the Hanoi meeting": the city names the meeting. */
            if( aM[j].iTokEnd>0 && it->iTokEnd==aM[j].iTok && aM[j].iMeeting==aT[t] ){
              bNear = 1;
            }
            /* "Marker, 14-15 Feb 2012: Hanoi, Viet Nam — SOM8": a city and
            ** its country set before the meeting with a dash or colon */
            if( aM[j].iTokEnd>0 && aM[j].iMeeting==aT[t] && aM[j].iTok>it->iTokEnd
             && factsOnlyCountryDatePunct(p, s, pItems, it->iTokEnd, aM[j].iTok) ){
              bNear = 1;
            }
            if( aM[j].iTokEnd==0 && aM[j].iMeeting==aT[t] && it->aVal[0] ){
              bNear = 1;
            }
            /* "on 29 October 2004 in Yangon, at the first IMM": a city
            ** set before the meeting with only ", at the" between */
            if( aM[j].iTokEnd>0 && aM[j].iMeeting==aT[t] && aM[j].iTok>=it->iTokEnd
             && it->aVal[0] && factsOnlyPlaceBetween(p, s, pItems, it->iTokEnd, aM[j].iTok) ){
              bNear = 1;
            }
            /* "We're in Suzhou, Jiangsu this week for the 16th SOM" */
            if( aM[j].iTokEnd>0 && aM[j].iMeeting==aT[t] && aM[j].iTok>=it->iTokEnd
             && aM[j].iTok<=it->iTokEnd+8 && it->aVal[0]
             && factsForBefore(p, s, it->iTokEnd, aM[j].iTok) ){
              bNear = 1;
            }
          }
          if( !bNear && !(it->aVal[0] && bPlaceVerb) ) break;
          if( m->bVirtual ) break;
          if( m->iCity<0 ){
            m->iCity = it->iEntry;
            m->iCityStart = it->iStart;
            m->iCityEnd = it->iEnd;
            if( it->aVal[1]>=0 ) m->iCountry = it->aVal[1];
            if( it->aVal[2] ) m->iCapitalOf = it->aVal[1];
          }
          break;
        }
        case COMMIT_ITEM_COUNTRY:
          if( it->aVal[1] && (bVerb || it->aVal[1]==3) && m->iCity<0 && m->iCountry<0 ){
            m->iCountry = it->iEntry;
          }else if( m->iCity<0 && m->iCountry<0 && !m->bVirtual
                 && factsEntryCountryOf(p, s, pInfo, it, aT[t]) ){
            m->iCountry = it->iEntry;
          }
          break;
        case COMMIT_ITEM_HERE: {
          int iCity = it->iSection>0 ? it->iSection-1 : p->disc.iDatelineCity, q;
          if( it->aVal[0]==2
           || (it->aVal[0]==0 && iCity<0 && it->iTokEnd==it->iTok+1
               && commitTokenIsCi(p->z, &s->aTok[it->iTok], "here")) ){
            /* "The capital has hosted COMMIT meetings before": the report's
            ** city (its dateline's, else its headline's), never merely the
            ** city last named; so is "here" in a speech whose place line
            ** is no dateline ("Hanoi, Tuesday, 14 February 2012" under the
            ** speaker's name: "your ministers will join you here", after a
            ** paragraph on Beijing) */
            if( iCity<0 ) iCity = p->disc.iHeadlineCity;
            if( iCity<0 ){
              /* "Ha Noi will on Wednesday host the sixth IMM ... The
              ** capital has hosted COMMIT meetings before": the city of the
              ** report's first current meeting */
              int q;
              for(q=0; q<p->meetings.n && q<FACTS_REPORT_CITY_REACH && iCity<0; q++){
                const CommitFMeeting *o = MEETING(p, q);
                if( o->iMerged<0 && o->eFrame!=COMMIT_FRAME_BACKGROUND && o->iCity>=0
                 && (o->eSeries==COMMIT_SERIES_IMM || o->eSeries==COMMIT_SERIES_SOM) ){
                  iCity = o->iCity;
                }
              }
            }
            if( iCity<0 && it->aVal[0]==2 ) break;
          }
          if( it->aVal[0]==1 || iCity<0 ){
            /* "there", "the same city"; "in the city" of a report with no
            ** dateline: the city named before it */
            iCity = p->iLastCity;
            /* the city named before it, in this sentence or before */
            for(q=0; q<pItems->n && pItems->a[q].iTok<it->iTok; q++){
              if( pItems->a[q].eKind==COMMIT_ITEM_PLACE ) iCity = pItems->a[q].iEntry;
            }
          }
          if( m->iCity<0 && iCity>=0 ){
            m->iCity = iCity;
            m->iCityStart = it->iStart;
            m->iCityEnd = it->iEnd;
          }
          break;
        }
        case COMMIT_ITEM_VENUE:
          /* (a dated heading's venue is its section's: aVal[3]) */
          if( m->iVenueEnd==0 && !it->aVal[3] ){
            m->iVenueStart = it->iStart;
            m->iVenueEnd = it->iEnd;
          }
          break;
        case COMMIT_ITEM_HOST:
          if( it->aVal[1]==COMMIT_HOST_ANAPHOR ){
            /* "the ministry hosted": the ministry last named */
            CommitItem h = *it;
            if( factsLastMinistry(p, &h) ) factsAddMeetingHost(p, &m->aHost, &m->nHost, &h);
          }else if( it->aVal[0]==COMMIT_HOST_HOST || it->aVal[0]==COMMIT_HOST_ACTIVE ){
            factsAddMeetingHost(p, &m->aHost, &m->nHost, it);
            if( it->aVal[0]==COMMIT_HOST_HOST && it->eFrame==COMMIT_FRAME_CURRENT
             && factsMeetingsBefore(p, s, it->iTok) ){
              factsAddHost(p->aAllHost, &p->nAllHost, it);
            }
          }else if( it->aVal[0]==COMMIT_HOST_ORGANIZER ){
            factsAddMeetingHost(p, &m->aOrg, &m->nOrg, it);
          }
          break;
        case COMMIT_ITEM_VIRTUAL:
          m->bVirtual = 1;
          break;
        case COMMIT_ITEM_NUMBER:
          if( it->aVal[1]==1 && !it->aVal[2] && nCount==1
           && it->eFrame!=COMMIT_FRAME_UPCOMING
           && it->aVal[3] && m->nAttend==0 ){
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

/*
** True if the last words of byte ranges [a,b) and [c,d) of the text are
** the same, without case: "the COMMIT guidelines" and "Guidelines".
*/
static int factsSameHead(const CommitFacts *p, int a, int b, int c, int d) {
  int i = b, j = d;
  while( i>a && p->z[i-1]!=' ' && p->z[i-1]!='\n' ) i--;
  while( j>c && p->z[j-1]!=' ' && p->z[j-1]!='\n' ) j--;
  return b-i==d-j && sqlite3_strnicmp(p->z+i, p->z+j, b-i)==0;
}

/* Index of the document for item it, created or merged; -1 on OOM.  Other
** documents (guidelines, indicators) are one when their head word is. */
static int factsDoc(CommitFacts *p, const CommitItem *it) {
  int i, iSame = -1, nKind = 0, iZero = -1, iLatest = -1, iLatestPos = -1;
  CommitFDoc *d;
  for(i=0; i<p->docs.n; i++){
    d = DOC(p, i);
    if( d->eKind!=it->aVal[0] ) continue;
    if( d->eKind==COMMIT_DOC_OTHER
     && !factsSameHead(p, d->iStart, d->iEnd, it->iStart, it->iEnd) ){
      continue;
    }
    /* "a successor plan" is none of the plans named before it. */
    if( it->aVal[5] && !d->bNew ) continue;
    nKind++;
    if( d->iOrdinal==it->aVal[1] && it->aVal[1] ) iSame = i;
    if( d->iOrdinal==0 ) iZero = i;
    if( d->iLast>iLatestPos ){ iLatestPos = d->iLast; iLatest = i; }
  }
  if( iSame<0 && it->aVal[1]==0 && it->aVal[6] ){
    /* "this Joint Declaration": the text's own, named first (its title) */
    for(i=0; i<p->docs.n && iSame<0; i++){
      d = DOC(p, i);
      if( d->eKind==it->aVal[0] && !d->bNew ) iSame = i;
    }
  }
  if( iSame<0 && it->aVal[1]==0 && iLatest>=0 ) iSame = iLatest;
  if( iSame<0 && it->aVal[1] && nKind==1 && iZero>=0 ){
    iSame = iZero;
    DOC(p, iZero)->iOrdinal = it->aVal[1];
  }
  if( iSame>=0 ){
    d = DOC(p, iSame);
    d->iLast = it->iStart;
    if( d->bDescribed && !it->aVal[4] ){
      /* "The fifth plan, SPA V, ...": the name is the title. */
      d->iStart = it->iStart;
      d->iEnd = it->iEnd;
      d->bDescribed = 0;
    }
    return iSame;
  }
  d = commitFactsPush(&p->docs, sizeof(CommitFDoc));
  if( d==0 ) return -1;
  d->eKind = it->aVal[0];
  d->iOrdinal = it->aVal[1];
  d->iStart = it->iStart;
  d->iEnd = it->iEnd;
  d->iLast = it->iStart;
  d->bDescribed = it->aVal[4]!=0;
  d->bNew = it->aVal[5]!=0;
  return p->docs.n-1;
}

/* Bytes back within which a counted ellipsis ("The first was signed")
** takes the kind of the document named last. */
#define FACTS_ELLIPSIS_REACH 600

/* True if document d is written as a plural ("Sub-regional Plans of
** Action", "Joint Declarations", "SPAs"): the set a count speaks of. */
static int factsDocPlural(const CommitFacts *p, const CommitFDoc *d) {
  int i;
  for(i=d->iStart+2; i<d->iEnd; i++){
    if( p->z[i-1]=='s' && p->z[i-2]!='s' && (p->z[i]==' ' || p->z[i]==')') ){
      return 1;
    }
  }
  return d->iEnd-d->iStart>=2 && p->z[d->iEnd-1]=='s' && p->z[d->iEnd-2]!='s';
}

/*
** The kind of document a count ("The first was signed") speaks of: the
** one last named as a plural before byte iAt, else the one named last;
** 0 if none in reach.
*/
static int factsEllipticKind(const CommitFacts *p, int iAt) {
  int i, iBest = -1, iPlural = -1;
  for(i=0; i<p->docs.n; i++){
    const CommitFDoc *d = DOC(p, i);
    if( d->iLast>=iAt || iAt - d->iLast>=FACTS_ELLIPSIS_REACH ) continue;
    if( iBest<0 || d->iLast>DOC(p, iBest)->iLast ) iBest = i;
    if( factsDocPlural(p, d) && (iPlural<0 || d->iLast>DOC(p, iPlural)->iLast) ){
      iPlural = i;
    }
  }
  if( iPlural>=0 ) iBest = iPlural;
  return iBest>=0 ? DOC(p, iBest)->eKind : 0;
}

/* Documents of the sentence, with periods; aDocIdx[k] for item k. */
static int factsDocs(CommitFacts *p, const CommitItems *pItems, int *aDocIdx) {
  int k, j;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    aDocIdx[k] = -1;
    if( it->eKind!=COMMIT_ITEM_DOCUMENT ) continue;
    if( it->aVal[0]==0 ){
      /* "The first was signed at IMM2": the kind of the document named
      ** last, in the few sentences before */
      CommitItem c = *it;
      c.aVal[0] = factsEllipticKind(p, it->iStart);
      if( c.aVal[0]==0 ) continue;
      aDocIdx[k] = factsDoc(p, &c);
    }else{
      aDocIdx[k] = factsDoc(p, it);
    }
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
static int factsSixBefore(const CommitFacts *p, const CommitSentence *s,
                          const CommitItems *pItems, int iVerb);
static int factsOtherFive(const CommitFacts *p, const CommitSentence *s, int a, int b);

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

/* Countries an objectless "X, Y and Z signed" names, at least, to be the
** parties of the last signing ("Cambodia signed for the host country" is
** one signer's). */
#define FACTS_SIGNED_AGAIN_MIN 2

static void factsMergeParties(CommitFAction *o, const CommitFAction *a);
static int factsClauseRight(const CommitFacts *p, const CommitSentence *s, int i);

/*
** A signing with no document named ("Tran Dai Quang signed for Viet
** Nam", a signature block's "For the Government of the Kingdom of
** Cambodia: [signed]") adds its signers and countries to the last signing
** of the report, if any.
*/
static int factsSignedAgain(CommitFacts *p, const CommitSentence *s,
                            const CommitItems *pItems, const CommitItem *v) {
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
      for(k=0; k<pItems->n; k++){
        /* a signature block: "For the Government of the Kingdom of
        ** Cambodia: [signed] Deputy Prime Minister" */
        const CommitItem *q = &pItems->a[k];
        int t, j;
        if( q->eKind!=COMMIT_ITEM_COUNTRY || q->aVal[0] || q->iTok<lo || q->iTok>=v->iTok ){
          continue;
        }
        for(t=q->iTok-1; t>=lo && t>=q->iTok-5; t--){
          if( commitTokenIsCi(p->z, &s->aTok[t], "for") ) break;
        }
        if( t<lo || t<q->iTok-5 ) continue;
        for(j=0; j<o->nParty && o->aParty[j]!=q->iEntry; j++){}
        if( j==o->nParty && o->nParty<COMMIT_FACTS_MAX_PARTIES ){
          o->aParty[o->nParty++] = q->iEntry;
        }
      }
      {
        /* "Ministers ... from Cambodia, China, Laos, Myanmar and Thailand
        ** signed alongside the host country, Viet Nam": the countries of
        ** the subject, and of "alongside" or "together with" after it */
        CommitFAction t;
        int u;
        memset(&t, 0, sizeof(t));
        factsParties(pItems, lo, v->iTok, &t);
        u = v->iTokEnd;
        if( t.nParty>0 && u<s->nTok ){
          int w = commitTokenIsCi(p->z, &s->aTok[u], "alongside") ? u+1
                : (u+1<s->nTok && commitTokenIsCi(p->z, &s->aTok[u+1], "with")
                   && (commitTokenIsCi(p->z, &s->aTok[u], "together")
                       || commitTokenIsCi(p->z, &s->aTok[u], "along"))) ? u+2 : -1;
          if( w>0 ) factsParties(pItems, w, factsClauseRight(p, s, w), &t);
        }
        t.bSix = 0;        /* (countries named, not "the six signed") */
        if( t.nParty>=FACTS_SIGNED_AGAIN_MIN ) factsMergeParties(o, &t);
      }
      return SQLITE_OK;
    }
  }
  return SQLITE_OK;
}

/* Bytes back within which "its signatories were" speaks of a signing. */
#define FACTS_SIGNATORIES_REACH 2000

/*
** "Its signatories were the ministers representing the Kingdom of
** Cambodia, ..., each signing on behalf of a government": the countries
** named after "signatories were (are, included)" signed the document of
** the last signing told, if no signing comes before them in the
** sentence.
*/
static void factsSignatoriesWere(CommitFacts *p, const CommitSentence *s,
                                 const CommitItems *pItems) {
  int t, k, i;
  CommitFAction *o = 0;
  for(t=0; t+1<s->nTok; t++){
    if( commitTokenIsCi(p->z, &s->aTok[t], "signatories")
     && (commitTokenIsCi(p->z, &s->aTok[t+1], "were") || commitTokenIsCi(p->z, &s->aTok[t+1], "are")
         || commitTokenIsCi(p->z, &s->aTok[t+1], "included")) ) break;
  }
  if( t+1>=s->nTok ) return;
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].eKind==COMMIT_ITEM_ACTION && pItems->a[k].iTok<t ) return;
  }
  for(i=p->actions.n-1; i>=0; i--){
    CommitFAction *a = ACTION(p, i);
    if( a->eAction==COMMIT_ACT_SIGNED ){
      if( s->aTok[t].iStart - a->iStart<FACTS_SIGNATORIES_REACH ) o = a;
      break;
    }
  }
  if( o==0 ) return;
  for(k=0; k<pItems->n; k++){
    const CommitItem *q = &pItems->a[k];
    int j;
    if( q->eKind!=COMMIT_ITEM_COUNTRY || q->iTok<=t || q->aVal[0] ) continue;
    for(j=0; j<o->nParty && o->aParty[j]!=q->iEntry; j++){}
    if( j==o->nParty && o->nParty<COMMIT_FACTS_MAX_PARTIES ){
      o->aParty[o->nParty++] = q->iEntry;
    }
  }
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

/* Add the parties, signers and subject of action a to action o. */
static void factsMergeParties(CommitFAction *o, const CommitFAction *a) {
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
  if( a->bMinisters ) o->bMinisters = 1;
  if( a->bOfficials ) o->bOfficials = 1;
  if( o->iTitle<0 ) o->iTitle = a->iTitle;
}

/* Note action i as one whose parties a list after its sentence names. */
static void factsNoteListAction(CommitFacts *p, const CommitFAction *a, int i) {
  if( p->bColon && a->eAction==COMMIT_ACT_SIGNED && a->nParty==0 && !a->bSix
   && p->nListAct<COMMIT_FACTS_MAX_LIST_ACTIONS ){
    p->aListAct[p->nListAct++] = i;
  }
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
      factsMergeParties(o, a);
      if( !o->bHasDate && a->bHasDate ){
        /* "China and five neighbours sign declaration" (a headline), then
        ** "... signed a declaration on Friday": the dated telling */
        o->bHasDate = a->bHasDate;
        o->hDate = a->hDate;
      }
      if( o->nParty==0 && !o->bSix ) factsNoteListAction(p, a, i);
      return SQLITE_OK;
    }
  }
  pNew = commitFactsPush(&p->actions, sizeof(CommitFAction));
  if( pNew==0 ) return SQLITE_NOMEM;
  *pNew = *a;
  if( factsIndexFit(p, &p->actionIdx, 1, p->actions.n) ){
    p->actions.n--;
    return SQLITE_NOMEM;
  }
  factsIndexAdd(p, &p->actionIdx, 1, p->actions.n-1);
  factsNoteListAction(p, a, p->actions.n-1);
  return SQLITE_OK;
}

/* True if token k opens a clause: ';', ':', or a word of the clause list
** ("which", "where", "since"): the end of an action's reach. */
static int factsIsClause(const CommitFacts *p, const CommitSentence *s,
                         int k) {
  const CommitToken *t = &s->aTok[k];
  if( t->eType==COMMIT_TOK_PUNCT ) return t->cPunct==';' || t->cPunct==':';
  return commitWordMatch(COMMIT_WL_CLAUSE, p->z, s->aTok, s->nTok, k)>0;
}

/* First token of the clause holding token iTok. */
static int factsClauseLeft(const CommitFacts *p, const CommitSentence *s,
                           int iTok) {
  int k;
  for(k=iTok-1; k>=0; k--) if( factsIsClause(p, s, k) ) return k+1;
  return 0;
}

/* Token after the clause holding token iTok. */
static int factsClauseRight(const CommitFacts *p, const CommitSentence *s,
                            int iTok) {
  int k;
  for(k=iTok; k<s->nTok; k++) if( factsIsClause(p, s, k) ) return k;
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

/*
** True if tokens [a,b) only join two documents: "and", "&", ",", "as well
** as", articles, brackets, and the years of a period ("SPA II (2008-2010)
** and the second Joint Declaration").
*/
static int factsCoordGap(const CommitFacts *p, const CommitSentence *s,
                         int a, int b) {
  int k;
  for(k=a; k<b; k++){
    const CommitToken *t = &s->aTok[k];
    if( t->eType==COMMIT_TOK_NUM ) continue;
    if( t->eType==COMMIT_TOK_PUNCT ){
      if( t->cPunct==',' || t->cPunct=='&' || t->cPunct=='(' || t->cPunct==')'
       || t->cPunct=='-' || t->cPunct=='/' ) continue;
      return 0;
    }
    if( commitTokenIsCi(p->z, t, "and") || commitTokenIsCi(p->z, t, "the")
     || commitTokenIsCi(p->z, t, "as") || commitTokenIsCi(p->z, t, "well")
     || commitTokenIsCi(p->z, t, "a") || commitTokenIsCi(p->z, t, "an")
     || commitTokenIsCi(p->z, t, "its") || commitTokenIsCi(p->z, t, "their")
     || commitTokenIsCi(p->z, t, "to") || commitTokenIsCi(p->z, t, "also") ){
      continue;
    }
    return 0;
  }
  return 1;
}

/*
** The object of an active verb or a noun ("signing of") whose reach is
** tokens [lo,hi): the first document there, and the documents joined to
** it ("adopted SPA IV and the Joint Declaration"), not one further on
** ("signed a Joint Declaration pledging to carry out the SPA").  Into
** aDocs (at most nMax); returns the count.
*/
/*
** True if a document ending before token i is the subject of a passive
** verb after it: "signed the first Joint Declaration, and SPA II
** (2008-2010) was adopted" (SPA II is no object of "signed").
*/
static int factsPassiveSubject(const CommitFacts *p, const CommitSentence *s, int i) {
  if( i<s->nTok && s->aTok[i].eType==COMMIT_TOK_PUNCT && s->aTok[i].cPunct=='(' ){
    int k = i+1;
    while( k<s->nTok && k<i+8 && !(s->aTok[k].eType==COMMIT_TOK_PUNCT
                                   && s->aTok[k].cPunct==')') ){
      k++;
    }
    i = k+1;
  }
  return i<s->nTok && (commitTokenIsCi(p->z, &s->aTok[i], "was")
                       || commitTokenIsCi(p->z, &s->aTok[i], "were")
                       || commitTokenIsCi(p->z, &s->aTok[i], "is")
                       || commitTokenIsCi(p->z, &s->aTok[i], "are"));
}

static int factsObjectDocs(const CommitFacts *p, const CommitSentence *s,
                           const CommitItems *pItems, const int *aDocIdx,
                           int lo, int hi, int *aDocs, int nMax) {
  int j, n = 0, iLastEnd = -1;
  for(j=0; j<pItems->n && n<nMax; j++){
    const CommitItem *it = &pItems->a[j];
    if( aDocIdx[j]<0 || it->iTok<lo || it->iTok>=hi ) continue;
    if( iLastEnd>=0 && !factsCoordGap(p, s, iLastEnd, it->iTok) ) break;
    if( n>0 && factsPassiveSubject(p, s, it->iTokEnd) ) break;
    aDocs[n++] = aDocIdx[j];
    iLastEnd = it->iTokEnd;
  }
  return n;
}

/* True if an action or meeting verb lies in tokens [a,b): a date after it
** is that verb's ("reviewed SPA III and began discussing a plan to start
** in 2014"). */
static int factsVerbBetween(const CommitItems *pItems, int a, int b) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( (it->eKind==COMMIT_ITEM_ACTION || it->eKind==COMMIT_ITEM_VERB)
     && it->iTok>=a && it->iTok<b ){
      return 1;
    }
  }
  return 0;
}

/* The date item nearest the verb v within tokens [lo,hi), or NULL. */
static const CommitItem *factsNearestDate(const CommitItems *pItems,
                                          const CommitItem *v, int lo, int hi) {
  const CommitItem *pBest = 0;
  int k, dBest = 1<<30;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    int d;
    /* "after 2013", "since 2004": a reference point, not the action's time */
    if( it->eKind!=COMMIT_ITEM_DATE
     || (it->mFlag & (COMMIT_DF_DATELINE|COMMIT_DF_REFERENCE)) ) continue;
    if( it->iTok<lo || it->iTok>=hi ) continue;
    if( it->iTok>v->iTok && factsVerbBetween(pItems, v->iTokEnd, it->iTok) ) continue;
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
static int factsMentionActor(CommitFacts *p, const CommitMeetRef *aM, int nM, int k) {
  int j;
  if( aM[k].iGroup ){
    for(j=0; j<nM; j++){
      if( aM[j].iGroup==aM[k].iGroup
       && MEETING(p, aM[j].iMeeting)->eSeries==COMMIT_SERIES_IMM ){
        return aM[j].iMeeting;
      }
    }
  }
  return aM[k].iMeeting;
}

/*
** True if the action verb v is a participle right after an MOU ("a
** memorandum of understanding signed in 2004") and meeting iMeeting is
** named only before that MOU: no meeting of the signing.
*/
/*
** The date item a participle act gives its own time: "the first SPA,
** agreed in 2005", "SPA I, which was adopted in March 2005" (the document,
** a comma, perhaps "which was", the act, "in" or "on", a date with its
** year).  Returns the index of the date in pItems, or -1.
*/
static int factsParticipleDate(const CommitFacts *p, const CommitSentence *s,
                               const CommitItems *pItems, int kAct) {
  const CommitItem *v = &pItems->a[kAct];
  int t = v->iTok - 1, k;
  if( v->eKind!=COMMIT_ITEM_ACTION || v->aVal[3] ) return -1;
  if( t>=1 && commitTokenIsCi(p->z, &s->aTok[t], "was")
   && (commitTokenIsCi(p->z, &s->aTok[t-1], "which") || commitTokenIsCi(p->z, &s->aTok[t-1], "that")) ){
    t -= 2;
  }
  if( t<1 || s->aTok[t].eType!=COMMIT_TOK_PUNCT || s->aTok[t].cPunct!=',' ) return -1;
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].eKind==COMMIT_ITEM_DOCUMENT && pItems->a[k].iTokEnd==t ) break;
  }
  if( k==pItems->n ) return -1;
  if( v->iTokEnd>=s->nTok || !(commitTokenIsCi(p->z, &s->aTok[v->iTokEnd], "in")
                               || commitTokenIsCi(p->z, &s->aTok[v->iTokEnd], "on")) ){
    return -1;
  }
  for(k=kAct+1; k<pItems->n; k++){
    const CommitItem *d = &pItems->a[k];
    if( d->eKind==COMMIT_ITEM_DATE && d->iTok==v->iTokEnd+1 && d->aVal[0] ) return k;
  }
  return -1;
}

static int factsMouParticiple(const CommitFacts *p, const CommitItems *pItems,
                              const CommitSentInfo *pInfo, const CommitItem *v,
                              int iMeeting) {
  int k, iDoc = -1;
  if( v->aVal[0]!=COMMIT_ACT_SIGNED ) return 0;
  /* (the first IMM, where the MOU was signed, is its meeting) */
  if( MEETING(p, iMeeting)->eSeries!=0 ) return 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *d = &pItems->a[k];
    if( d->eKind==COMMIT_ITEM_DOCUMENT && d->aVal[0]==COMMIT_DOC_MOU && d->iTokEnd==v->iTok ){
      iDoc = k;
    }
  }
  if( iDoc<0 ) return 0;
  for(k=0; k<pInfo->nM; k++){
    const CommitMeetRef *r = &pInfo->aM[k];
    if( r->iMeeting==iMeeting && r->iTokEnd>0 && r->iTok>pItems->a[iDoc].iTok ) return 0;
  }
  return 1;
}

/*
** The meeting of the action verb v: the nearest meeting mention before it
** in its clause, else one after it that the verb reaches through "at",
** "during", "in", "of" ("signed at the close of IMM3"), else the meeting
** its clause speaks of without naming it.  -1 if none: the caller then
** uses the main meeting.
*/
/*
** True if cue r was told by a relative clause after action v: "They
** agreed on the first plan to put into effect the MOU, which their
** ministers signed in Rangoon last October" is no act of the Rangoon
** meeting.
*/
static int factsRelativeCue(const CommitFacts *p, const CommitSentence *s,
                            const CommitItem *v, const CommitMeetRef *r) {
  int t;
  if( r->iCueTok<0 || r->iCueTok<v->iTokEnd ) return 0;
  for(t=v->iTokEnd; t<r->iCueTok; t++){
    if( commitTokenIsCi(p->z, &s->aTok[t], "which") || commitTokenIsCi(p->z, &s->aTok[t], "that")
     || commitTokenIsCi(p->z, &s->aTok[t], "who") || commitTokenIsCi(p->z, &s->aTok[t], "whose") ){
      return 1;
    }
  }
  return 0;
}

/*
** True if a relative clause about the meeting that ends at token a opens
** before token b: "at which", "during which", "where" after its comma.
*/
static int factsRelativeAfter(const CommitFacts *p, const CommitSentence *s,
                              int a, int b) {
  int t;
  for(t=a; t+1<b && t<a+12; t++){
    if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==','
     && (commitTokenIsCi(p->z, &s->aTok[t+1], "where")
         || (t+2<b && (commitTokenIsCi(p->z, &s->aTok[t+1], "at")
                       || commitTokenIsCi(p->z, &s->aTok[t+1], "during"))
             && commitTokenIsCi(p->z, &s->aTok[t+2], "which"))) ){
      return 1;
    }
  }
  return 0;
}

static int factsActionMeeting(CommitFacts *p, const CommitSentence *s,
                              const CommitSentInfo *pInfo,
                              const CommitItem *v, int iNextAct) {
  const CommitMeetRef *aM = pInfo->aM;
  int nM = pInfo->nM;
  int k, t, iBest = -1;
  int iClause = pInfo->aClause[v->iTok];
  int hi = factsClauseRight(p, s, v->iTokEnd);
  if( hi>iNextAct ){
    /* "SPA IV endorsed and a third declaration signed at IMM4": two
    ** participles joined by "and" share the meeting after the second */
    int t, bAnd = 0, bComma = 0;
    for(t=v->iTokEnd; t<iNextAct; t++){
      if( commitTokenIsCi(p->z, &s->aTok[t], "and") ) bAnd = 1;
      if( s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==',' ) bComma = 1;
    }
    if( !(bAnd && !bComma && v->aVal[1] && !v->aVal[3]) ) hi = iNextAct;
  }
  /* "approved at the third IMM": the first mention after the verb, if the
  ** verb reaches it through a preposition, wins. */
  for(k=0; k<nM; k++){
    if( aM[k].iTokEnd==0 || aM[k].iTok<v->iTokEnd ) continue;  /* implicit */
    if( aM[k].iTok>=hi ) break;
    /* "... signed a second declaration, and in Phnom Penh the fourth IMM
    ** endorsed": a coordinated clause acts on its own */
    if( factsCoordIn(p, s, v->iTokEnd, aM[k].iTok) ) break;
    for(t=aM[k].iTok-1; t>v->iTokEnd && (commitTokenIsCi(p->z, &s->aTok[t], "the")
                                         || commitTokenIsCi(p->z, &s->aTok[t], "a")
                                         || commitTokenIsCi(p->z, &s->aTok[t], "an")
                                         || commitTokenIsCi(p->z, &s->aTok[t], "their")
                                         || commitTokenIsCi(p->z, &s->aTok[t], "its")
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
  /* "X opened SOM1 in Bangkok, and Thai ministers signed the MOU in
  ** Yangon": the meeting a coordinated clause before the verb speaks of
  ** without naming it (its cue starts after the named mentions) */
  for(k=0; k<nM && iBest<0; k++){
    int q, bNamed = 0;
    if( aM[k].iTokEnd!=0 || aM[k].iTok<=0 || aM[k].iTok>v->iTok ) continue;
    if( aM[k].iClause!=iClause ) continue;
    for(q=0; q<nM; q++){
      if( aM[q].iTokEnd>0 && aM[q].iTok>=aM[k].iTok && aM[q].iTok<v->iTok ) bNamed = 1;
    }
    if( !bNamed && factsCoordIn(p, s, aM[k].iTok-2, aM[k].iTok) ) iBest = k;
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
    /* "met ... to prepare the ministerial session, reviewing the plan":
    ** what is prepared for does not act; but "... ahead of the first
    ** IMM on 29 October, at which ministers signed" speaks of it */
    if( k>0 && t>=0 && !factsRelativeAfter(p, s, aM[k].iTokEnd, v->iTok) && (commitTokenIsCi(p->z, &s->aTok[t], "prepare")
                        || commitTokenIsCi(p->z, &s->aTok[t], "preparing")
                        || (commitTokenIsCi(p->z, &s->aTok[t], "for") && t>0
                            && (commitTokenIsCi(p->z, &s->aTok[t-1], "prepare")
                                || commitTokenIsCi(p->z, &s->aTok[t-1], "preparing")))
                        || (commitTokenIsCi(p->z, &s->aTok[t], "of") && t>0
                            && commitTokenIsCi(p->z, &s->aTok[t-1], "ahead"))) ){
      continue;
    }
    iBest = k;
  }
  for(k=0; k<nM && iBest<0; k++){
    /* a meeting told without a name, in the action's clause and frame:
    ** "Since the six signed the MOU in 2004, meetings have been held"
    ** is no signing at them */
    if( aM[k].iTokEnd==0 && (aM[k].iClause<0 || aM[k].iClause==iClause)
     && !(v->eFrame==COMMIT_FRAME_BACKGROUND && !aM[k].bPast)
     && !factsRelativeCue(p, s, v, &aM[k]) ){
      iBest = k;
    }
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
/*
** True if the object of a verb goes on at token j, after a comma: "and
** (also) the ...", "and a ..." (another noun phrase), not "and each
** described ..." (another clause).
*/
static int factsObjectGoesOn(const CommitFacts *p, const CommitSentence *s,
                             int j) {
  if( j>=s->nTok || !commitTokenIsCi(p->z, &s->aTok[j], "and") ) return 0;
  j++;
  if( j<s->nTok && commitTokenIsCi(p->z, &s->aTok[j], "also") ) j++;
  return j<s->nTok && (commitTokenIsCi(p->z, &s->aTok[j], "the")
                       || commitTokenIsCi(p->z, &s->aTok[j], "a")
                       || commitTokenIsCi(p->z, &s->aTok[j], "an"));
}

/*
** True if action item k talks of (discusses, reviews) the nominal action
** at token iNext: "discussed ... the signing of a joint statement".
*/
static int factsTalkOf(const CommitItems *pItems, int k, int iNext) {
  const CommitItem *v = &pItems->a[k];
  int j;
  if( v->aVal[3] || (v->aVal[0]!=COMMIT_ACT_DISCUSSED
                     && v->aVal[0]!=COMMIT_ACT_REVIEWED) ){
    return 0;
  }
  for(j=k+1; j<pItems->n; j++){
    const CommitItem *q = &pItems->a[j];
    if( q->eKind==COMMIT_ITEM_ACTION && q->iTok==iNext ) return q->aVal[3]!=0;
  }
  return 0;
}

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
    for(j=v->iTok-2; j>lo; j--){
      /* "signed the declaration, and SPA II was adopted": the subject
      ** follows ", and" */
      if( s->aTok[j-1].eType==COMMIT_TOK_PUNCT && s->aTok[j-1].cPunct==','
       && commitTokenIsCi(p->z, &s->aTok[j], "and") && iPrev>0 && iPrev<=j ){
        lo = j;
        break;
      }
    }
    nDocs = factsDocsIn(pItems, aDocIdx, lo, v->iTok, aDocs, 8);
    if( nDocs==0 ){
      /* "Two instruments were adopted at the meeting: a common set of
      ** indicators ..., and COMMIT guidelines ...": the list after the
      ** colon. */
      int c;
      for(c=v->iTokEnd; c<s->nTok && c<v->iTokEnd+5; c++){
        if( s->aTok[c].eType==COMMIT_TOK_PUNCT && s->aTok[c].cPunct==':' ){
          int hi2 = factsClauseRight(p, s, c+1);
          if( hi2>iNext ) hi2 = iNext;
          nDocs = factsObjectDocs(p, s, pItems, aDocIdx, c+1, hi2, aDocs, 8);
          break;
        }
        if( s->aTok[c].eType==COMMIT_TOK_PUNCT ) break;
      }
    }
    {
      /* "SPA I under the MOU that Burma, ... signed": the object of a
      ** relative clause is the document right before "that". */
      int w, iLast = -1;
      for(w=v->iTok-1; w>lo && w>=v->iTok-16; w--){
        if( commitTokenIsCi(p->z, &s->aTok[w], "that")
         || commitTokenIsCi(p->z, &s->aTok[w], "which") ){
          break;
        }
      }
      if( w>lo && w>=v->iTok-16 && nDocs>1 ){
        for(j=0; j<pItems->n; j++){
          if( aDocIdx[j]>=0 && pItems->a[j].iTokEnd<=w && pItems->a[j].iTok>=lo ){
            iLast = aDocIdx[j];
          }
        }
        if( iLast>=0 ){
          aDocs[0] = iLast;
          nDocs = 1;
        }
      }
    }
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
    if( v->iTokEnd<s->nTok && (commitTokenIsCi(p->z, &s->aTok[v->iTokEnd], "how")
                               || commitTokenIsCi(p->z, &s->aTok[v->iTokEnd], "what")
                               || commitTokenIsCi(p->z, &s->aTok[v->iTokEnd], "whether")) ){
      /* "discussed how to cooperate on ..., and each described ... the
      ** SPA": a question is the object, up to its comma. */
      for(j=v->iTokEnd; j<hi; j++){
        if( s->aTok[j].eType==COMMIT_TOK_PUNCT && s->aTok[j].cPunct==','
         && !factsObjectGoesOn(p, s, j+1) ){
          hi = j;
          break;
        }
      }
    }
    if( factsTalkOf(pItems, k, iNext) ){
      /* "discussed ... the signing of a joint statement": what is talked
      ** of is the statement; the signing is not done. */
      int hi2 = factsClauseRight(p, s, iNext);
      if( hi2>iNext2 ) hi2 = iNext2;
      hi = hi2;
    }
    nDocs = factsObjectDocs(p, s, pItems, aDocIdx, v->iTokEnd, hi, aDocs, 8);
    if( nDocs==0 && hi<s->nTok && hi - v->iTokEnd<=4 && hi<iNext
     && s->aTok[hi].eType==COMMIT_TOK_PUNCT && s->aTok[hi].cPunct==':' ){
      /* "adopted two practical tools: the common indicators ... and the
      ** COMMIT guidelines": the list after the colon is the object. */
      int hi2 = factsClauseRight(p, s, hi+1);
      if( hi2>iNext ) hi2 = iNext;
      nDocs = factsObjectDocs(p, s, pItems, aDocIdx, hi+1, hi2, aDocs, 8);
    }
    if( nDocs==0 && iNext<(1<<30) && iNext - v->iTokEnd<=2 ){
      int hi2 = factsClauseRight(p, s, iNext);
      if( hi2>iNext2 ) hi2 = iNext2;
      nDocs = factsObjectDocs(p, s, pItems, aDocIdx, iNext, hi2, aDocs, 8);
    }
  }
  if( nDocs==0 && v->iTok>=2 && !v->aVal[3] ){
    /* "the MOU ..., signed in Yangon in 2004": a reduced relative after a
    ** comma; "the First Joint Declaration and SPA II, both adopted at
    ** IMM2": the two before it. */
    int c = v->iTok-1, bBoth = 0;
    if( commitTokenIsCi(p->z, &s->aTok[c], "both") || commitTokenIsCi(p->z, &s->aTok[c], "all") ){
      bBoth = 1;
      c--;
    }
    if( c>0 && s->aTok[c].eType==COMMIT_TOK_PUNCT && s->aTok[c].cPunct==',' ){
      int lo2 = factsClauseLeft(p, s, c);
      if( lo2<iPrev ) lo2 = iPrev;
      nDocs = factsDocsIn(pItems, aDocIdx, lo2, c, aDocs, 8);
      if( nDocs>1 && !bBoth ){
        aDocs[0] = aDocs[nDocs-1];
        nDocs = 1;
      }
    }
  }
  return nDocs;
}

/*
** Actions of the sentence.  An action verb acts on the documents of its
** clause: before it when passive ("SPA II was adopted"), after it when
** active or a noun ("adopted SPA II", "the signing of the MOU"); two
** verbs joined by "and" share an object ("discussed and adopted SPA II").
** What an upcoming clause says is planned, not done.  An action with no
** meeting in its clause is implicit: the main meeting's, unless its
** clause is a background one (then it has none).
*/
/* True if the nominal action k is what an earlier verb talks of. */
static int factsTalkedOf(const CommitFacts *p, const CommitSentence *s,
                         const CommitItems *pItems, int k) {
  int j;
  for(j=k-1; j>=0; j--){
    const CommitItem *q = &pItems->a[j];
    int iPrev, iNext, iNext2;
    if( q->eKind!=COMMIT_ITEM_ACTION ) continue;
    factsVerbNeighbours(pItems, j, &iPrev, &iNext, &iNext2);
    return iNext==pItems->a[k].iTok && factsTalkOf(pItems, j, iNext)
        && factsClauseRight(p, s, q->iTokEnd)>pItems->a[k].iTok;
  }
  return 0;
}

/*
** The first token of "the six" ("the same six", "all six") standing as the
** subject right before the verb at iVerb, past "had", "have", "also",
** "jointly", "all": "the MOU the six signed", "The same six had signed".
** -1 if none.
*/
static int factsSixSubject(const CommitFacts *p, const CommitSentence *s, int iVerb) {
  int t = iVerb-1;
  while( t>0 && (commitTokenIsCi(p->z, &s->aTok[t], "had")
                 || commitTokenIsCi(p->z, &s->aTok[t], "have")
                 || commitTokenIsCi(p->z, &s->aTok[t], "also")
                 || commitTokenIsCi(p->z, &s->aTok[t], "jointly")
                 || commitTokenIsCi(p->z, &s->aTok[t], "all")) ){
    t--;                          /* ("the six have all signed") */
  }
  if( t<1 || !commitTokenIsCi(p->z, &s->aTok[t], "six") ) return -1;
  if( commitTokenIsCi(p->z, &s->aTok[t-1], "all") ) return t-1;
  if( commitTokenIsCi(p->z, &s->aTok[t-1], "the") ) return t-1;
  if( t>=2 && commitTokenIsCi(p->z, &s->aTok[t-1], "same")
   && commitTokenIsCi(p->z, &s->aTok[t-2], "the") ) return t-2;
  return -1;
}

/*
** The document right before the subject of action k, when only a subject
** ("their ministers", "the six ministers") stands between them: "the MOU
** their ministers signed".  -1 if none.
*/
static int factsObjectBefore(const CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems, const int *aDocIdx, int k) {
  const CommitItem *v = &pItems->a[k];
  int j, iSubj = -1;
  iSubj = factsSixSubject(p, s, v->iTok);   /* "the MOU the six signed" */
  for(j=k-1; j>=0; j--){
    const CommitItem *q = &pItems->a[j];
    if( q->iTokEnd>v->iTok ) continue;
    if( q->eKind==COMMIT_ITEM_SUBJECT && iSubj<0 && q->iTokEnd==v->iTok ){
      iSubj = q->iTok;
      continue;
    }
    if( iSubj>=0 && (q->eKind==COMMIT_ITEM_SUBJECT || q->eKind==COMMIT_ITEM_NUMBER
                     || q->eKind==COMMIT_ITEM_COUNTRY) ){
      /* "the MOU that ministers of the six countries signed": the whole
      ** subject phrase */
      int t;
      if( q->iTok>=iSubj ) continue;
      for(t=q->iTokEnd; t<iSubj; t++){
        if( !(commitTokenIsCi(p->z, &s->aTok[t], "of")
              || commitTokenIsCi(p->z, &s->aTok[t], "the")
              || commitTokenIsCi(p->z, &s->aTok[t], "from")
              || commitTokenIsCi(p->z, &s->aTok[t], "and")
              || (s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==',')) ){
          break;
        }
      }
      if( t<iSubj ) return -1;
      iSubj = q->iTok;
      continue;
    }
    if( iSubj>=0 && aDocIdx[j]>=0 ){
      int t = q->iTokEnd;
      /* "The third Joint Declaration, which the ministers ... put their
      ** names to" */
      if( t+1<iSubj && s->aTok[t].eType==COMMIT_TOK_PUNCT && s->aTok[t].cPunct==','
       && commitTokenIsCi(p->z, &s->aTok[t+1], "which") ) t++;
      if( t<iSubj && (commitTokenIsCi(p->z, &s->aTok[t], "that")
                      || commitTokenIsCi(p->z, &s->aTok[t], "which")) ) t++;
      if( t<iSubj && (commitTokenIsCi(p->z, &s->aTok[t], "their")
                      || commitTokenIsCi(p->z, &s->aTok[t], "its")
                      || commitTokenIsCi(p->z, &s->aTok[t], "the")) ) t++;
      return t==iSubj ? aDocIdx[j] : -1;
    }
    return -1;
  }
  return -1;
}

/*
** The document that "that text", "the document" or "this agreement" in
** tokens [lo,hi) stands for: the document named last, in the few
** sentences before iAt (byte offset of the verb).  -1 if none.
*/
static int factsDocAnaphor(const CommitFacts *p, const CommitSentence *s,
                           int lo, int hi, int iAt) {
  int t, i, iBest = -1;
  for(t=lo; lo>=0 && t+1<hi; t++){
    if( (commitTokenIsCi(p->z, &s->aTok[t], "that")
         || commitTokenIsCi(p->z, &s->aTok[t], "this")
         || commitTokenIsCi(p->z, &s->aTok[t], "the"))
     && commitWordMatch(COMMIT_WL_DOC_ANAPHOR, p->z, s->aTok, s->nTok, t+1)
     && !(t+2<s->nTok && commitTokenIsCi(p->z, &s->aTok[t+2], "of")) ){
      break;
    }
  }
  if( lo>=0 && t+1>=hi ) return -1;        /* (lo<0: the caller found it) */
  for(i=0; i<p->docs.n; i++){
    const CommitFDoc *d = DOC(p, i);
    if( d->iLast<iAt && iAt - d->iLast<800
     && (iBest<0 || d->iLast>DOC(p, iBest)->iLast) ){
      iBest = i;
    }
  }
  return iBest;
}

/* Token of the first action at or after token lo (its clause's subject
** ends there). */
static int factsFirstActionFrom(const CommitItems *pItems, int lo) {
  int k, iFirst = 1<<30;
  for(k=0; k<pItems->n; k++){
    const CommitItem *q = &pItems->a[k];
    if( q->eKind==COMMIT_ITEM_ACTION && q->iTok>=lo && q->iTok<iFirst ) iFirst = q->iTok;
  }
  return iFirst;
}

/* True if "task force" stands in tokens [lo,hi): the subject of a verb. */
static int factsTaskForceSubject(const CommitFacts *p, const CommitSentence *s,
                                 int lo, int hi) {
  int t;
  for(t=lo; t+1<hi && t+1<s->nTok; t++){
    if( commitTokenIsCi(p->z, &s->aTok[t], "task")
     && (commitTokenIsCi(p->z, &s->aTok[t+1], "force")
         || commitTokenIsCi(p->z, &s->aTok[t+1], "forces")) ){
      /* but "the task force and the senior officials discussed" */
      int u;
      for(u=lo; u<hi && u<s->nTok; u++){
        if( commitTokenIsCi(p->z, &s->aTok[u], "officials")
         || commitTokenIsCi(p->z, &s->aTok[u], "ministers") ){
          return 0;
        }
      }
      return 1;
    }
  }
  return 0;
}

/*
** The city (after "in") and year in tokens [lo,hi) right after an act
** that names no meeting, into a->iAtCity and a->iAtYear: "signed in
** Beijing in 2007", "the second in Hanoi in 2012".
*/
static void factsActionPlace(const CommitItems *pItems, int lo, int hi,
                             CommitFAction *a) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->iTok<lo ) continue;
    if( it->iTok>=hi || it->iTok>lo+4+(a->iAtCity ? 4 : 0) ) break;
    if( it->eKind==COMMIT_ITEM_PLACE && a->iAtCity==0 ){
      if( !it->aVal[0] || it->aVal[3] || it->iEntry<0 ) return;
      a->iAtCity = it->iEntry + 1;
    }else if( it->eKind==COMMIT_ITEM_DATE && a->iAtCity ){
      if( it->aVal[0]>1900 && !(it->mFlag & COMMIT_DF_RANGE) ) a->iAtYear = it->aVal[0];
      break;
    }else if( it->eKind==COMMIT_ITEM_MEETING || it->eKind==COMMIT_ITEM_DOCUMENT
           || it->eKind==COMMIT_ITEM_ACTION ){
      break;
    }
  }
}

static int factsActions(CommitFacts *p, const CommitSentence *s,
                        const CommitItems *pItems, const int *aDocIdx,
                        const CommitSentInfo *pInfo) {
  int k, j, rc = SQLITE_OK;
  for(k=0; k<pItems->n && rc==SQLITE_OK; k++){
    const CommitItem *v = &pItems->a[k];
    int iPrev, iNext, iNext2, lo, hi, aDocs[8], nDocs;
    int bPassive, eLevel, bMouAside = 0;
    const CommitItem *pDate;
    CommitFAction a;
    if( v->eKind!=COMMIT_ITEM_ACTION || v->aVal[2] ) continue;
    if( v->eFrame==COMMIT_FRAME_UPCOMING ) continue;
    if( v->aVal[3] && factsTalkedOf(p, s, pItems, k) ) continue;
    bPassive = v->aVal[1] && !v->aVal[3];
    factsVerbNeighbours(pItems, k, &iPrev, &iNext, &iNext2);
    lo = factsClauseLeft(p, s, v->iTok);
    if( lo<iPrev ) lo = iPrev;
    hi = factsClauseRight(p, s, v->iTokEnd);
    if( hi>iNext ) hi = iNext;
    nDocs = factsActionDocs(p, s, pItems, aDocIdx, k, aDocs);
    if( nDocs==0 && !bPassive && !v->aVal[3] ){
      /* "the anti-trafficking MOU their ministers signed at IMM1": an
      ** object before its subject and verb, without "that" */
      aDocs[0] = factsObjectBefore(p, s, pItems, aDocIdx, k);
      if( aDocs[0]>=0 ) nDocs = 1;
    }
    if( nDocs==0 ){
      aDocs[0] = bPassive ? factsDocAnaphor(p, s, lo, v->iTok, v->iStart)
                          : factsDocAnaphor(p, s, v->iTokEnd, hi, v->iStart);
      if( aDocs[0]>=0 ) nDocs = 1;
    }
    if( nDocs==0 && !bPassive && !v->aVal[3] && v->iTokEnd<s->nTok
     && commitTokenIsCi(p->z, &s->aTok[v->iTokEnd], "it") ){
      /* "The third SPA covers 2011 to 2013. Ministers adopted it at their
      ** third IMM": the pronoun is the document last named */
      aDocs[0] = factsDocAnaphor(p, s, -1, 0, v->iStart);
      if( aDocs[0]>=0 ) nDocs = 1;
    }
    if( nDocs==0 && v->aVal[0]==COMMIT_ACT_SIGNED && !v->aVal[3] ){
      /* "X signed for the host country": who signed the last document
      ** signed; nothing else is known of it. */
      rc = factsSignedAgain(p, s, pItems, v);
      continue;
    }
    if( nDocs==0 ) continue;
    memset(&a, 0, sizeof(a));
    a.eAction = v->aVal[0];
    a.eFrame = v->eFrame;
    a.iStart = v->iStart;
    a.iEnd = v->iEnd;
    a.iMeeting = factsActionMeeting(p, s, pInfo, v, iNext);
    if( a.iMeeting>=0 && factsParticipleDate(p, s, pItems, k)>=0
     && factsMentionBefore(pInfo, v->iTok, a.iMeeting) ){
      /* "During SOM5, officials reviewed the first SPA, agreed in 2005":
      ** the document's own earlier act, at none of the meetings told */
      a.iMeeting = -1;
      bMouAside = 1;
    }else if( a.iMeeting>=0 && factsMouParticiple(p, pItems, pInfo, v, a.iMeeting) ){
      /* "a gathering for the process, which rests on a memorandum of
      ** understanding signed in 2004": the MOU's own signing, at none of
      ** the meetings told before it */
      a.iMeeting = -1;
      bMouAside = 1;
    }
    if( a.iMeeting>=0 && MEETING(p, a.iMeeting)->eSeries==0
     && (MEETING(p, a.iMeeting)->eForm==COMMIT_FORM_GENERIC
         || MEETING(p, a.iMeeting)->eForm==COMMIT_FORM_CUE) ){
      /* "the Beijing round of December 2007, at which ministers signed":
      ** the level that acts gives the meeting its series */
      int eLev = bPassive
          ? commitDiscourseLevel(p, s, pItems, v->iTokEnd, hi)
          : commitDiscourseLevel(p, s, pItems, factsClauseLeft(p, s, v->iTok), v->iTok);
      if( eLev ) MEETING(p, a.iMeeting)->eSeries = eLev;
    }
    if( a.iMeeting==-1 && !bPassive && !v->aVal[3]
     && factsTaskForceSubject(p, s, factsClauseLeft(p, s, v->iTok),
                              factsFirstActionFrom(pItems, factsClauseLeft(p, s, v->iTok))) ){
      /* "The task force members reviewed SPA IV": a task force's
      ** meeting is none of the IMM and SOM */
      a.iMeeting = -1;
    }else if( a.iMeeting==-1 && !bMouAside ){
      a.iMeeting = v->eFrame==COMMIT_FRAME_BACKGROUND ? -1
                 : pInfo->nReal==0 && pInfo->iTopic>=0 ? pInfo->iTopic
                 : FACTS_MAIN;
      a.bImplicit = 1;
      if( a.iMeeting==FACTS_MAIN && pInfo->nReal==0 && !bPassive
       && p->disc.aRecent[1]>=0 && p->disc.iRecentSent==p->disc.nSentence-1
       && !(s->aTok[0].mFlag & COMMIT_TF_PARA) ){
        /* "A SOM on 28-29 April 2015 and IMM4 on 30 April were both held in
        ** Phnom Penh. Ministers endorsed SPA IV": the meeting of the level
        ** that acts, named in the sentence just before */
        int eLev = commitDiscourseLevel(p, s, pItems, factsClauseLeft(p, s, v->iTok), v->iTok);
        int iRec = commitDiscourseFinal(p, p->disc.aRecent[1]);
        if( eLev && iRec>=0 && MEETING(p, iRec)->eSeries==eLev ) a.iMeeting = iRec;
      }else if( a.iMeeting==FACTS_MAIN && pInfo->nReal==0 && bPassive
             && p->disc.aRecent[0]>=0 && p->disc.iRecentSent==p->disc.nSentence-1
             && p->disc.iRecentSent0==p->disc.nSentence-1
             && !(s->aTok[0].mFlag & COMMIT_TF_PARA) ){
        /* "In Hanoi, SOM8 (14-15 February) is followed by IMM3 on 16
        ** February. SPA III is approved and a second Joint Declaration is
        ** signed": what the pair just named did, with no one said to act,
        ** is its ministerial meeting's */
        int i0 = commitDiscourseFinal(p, p->disc.aRecent[0]);
        int i1 = commitDiscourseFinal(p, p->disc.aRecent[1]);
        if( i0>=0 && i1>=0 && MEETING(p, i0)->eSeries+MEETING(p, i1)->eSeries
                              ==COMMIT_SERIES_IMM+COMMIT_SERIES_SOM
         && MEETING(p, i0)->eSeries!=MEETING(p, i1)->eSeries ){
          a.iMeeting = MEETING(p, i0)->eSeries==COMMIT_SERIES_IMM ? i0 : i1;
        }
      }
      {
        /* "COMMIT dates back to 2004, when the six governments signed":
        ** the time of a "when" clause is named before it. */
        int lo1 = factsClauseLeft(p, s, v->iTok), iWhen = -1;
        if( lo1>0 && commitTokenIsCi(p->z, &s->aTok[lo1-1], "when") ){
          iWhen = lo1-1;
          lo1 = factsClauseLeft(p, s, lo1-1);
        }
        pDate = factsNearestDate(pItems, v, lo1,
                                 factsClauseRight(p, s, v->iTokEnd));
        /* "on 29 October 2004, when ministers signed": the time the
        ** "when" clause names is the action's own */
        if( pDate && iWhen>=0 && pDate->iTok<iWhen && pDate->iTokEnd>=iWhen-1 ){
          a.bHasDate = 2;
        }
      }
      if( pDate ){
        if( !a.bHasDate ) a.bHasDate = pDate->iTok>v->iTok ? 2 : 1;
        a.hDate.bSet = 1;
        a.hDate.it = *pDate;
      }
    }else{
      /* "the MOU signed in 2004": a date right after the verb is the
      ** action's own (factsCheckActionDates compares it). */
      int iAfter = v->iTokEnd, q;
      for(q=0; q<pItems->n; q++){
        /* "signed the COMMIT Memorandum of Understanding in October":
        ** after its object */
        if( pItems->a[q].eKind==COMMIT_ITEM_DOCUMENT && pItems->a[q].iTok>=v->iTokEnd
         && pItems->a[q].iTok<=v->iTokEnd+2 ){
          iAfter = pItems->a[q].iTokEnd;
          break;
        }
      }
      pDate = factsNearestDate(pItems, v, v->iTokEnd, iAfter+6);
      if( pDate ){
        a.bHasDate = 2;
        a.hDate.bSet = 1;
        a.hDate.it = *pDate;
      }
    }
    /* Parties: the subject of an active verb, or the agent after "by" of
    ** a passive verb or a noun ("the signing of the MOU by the six"). */
    if( bPassive || v->aVal[3] ){
      int iBy = v->iTokEnd;
      /* "signed by the six"; "the signing of an MOU among (between) the
      ** six governments"; "bears the signatures of ministers from" */
      while( iBy<hi && !commitTokenIsCi(p->z, &s->aTok[iBy], "by")
             && !(iBy==v->iTokEnd && commitTokenIsCi(p->z, &s->aTok[iBy], "of")
                  && (commitTokenIsCi(p->z, &s->aTok[iBy-1], "signatures")
                      || commitTokenIsCi(p->z, &s->aTok[iBy-1], "signature")))
             && !(v->aVal[3] && (commitTokenIsCi(p->z, &s->aTok[iBy], "among")
                                 || commitTokenIsCi(p->z, &s->aTok[iBy], "between"))) ){
        iBy++;
      }
      factsParties(pItems, iBy, hi, &a);
      if( a.nParty==0 && !v->aVal[3] ){
        /* "the MOU that Burma, Cambodia, ... signed": the subject of the
        ** relative clause. */
        int w;
        for(w=v->iTok-1; w>=0 && w>=v->iTok-24; w--){
          if( commitTokenIsCi(p->z, &s->aTok[w], "that")
           || commitTokenIsCi(p->z, &s->aTok[w], "which") ){
            factsParties(pItems, w+1, v->iTok, &a);
            /* "the memorandum that the six signed" */
            if( a.nParty==0 && factsSixSubject(p, s, v->iTok)==w+1 ) a.bSix = 1;
            /* "the six delegations had agreed to put into practice the MOU
            ** that their ministers signed" */
            if( a.nParty==0 && !a.bSix && factsSixBefore(p, s, pItems, v->iTok) ) a.bSix = 1;
            break;
          }
        }
      }
      a.iTitle = factsSubjectTitle(p, pItems, iBy, hi);
      eLevel = commitDiscourseLevel(p, s, pItems, iBy, hi);
      a.bMinisters = eLevel==COMMIT_SERIES_IMM;
      a.bOfficials = eLevel==COMMIT_SERIES_SOM;
    }else{
      factsParties(pItems, lo, v->iTok, &a);
      if( a.nParty==0 && !a.bSix && a.eAction==COMMIT_ACT_SIGNED ){
        int w;
        /* "the MOU the six signed", "The same six had signed the MOU" */
        if( factsSixSubject(p, s, v->iTok)>=0 ) a.bSix = 1;
        /* "Cambodia, China, ... and Vietnam, whose governments signed the
        ** MOU": the countries the relative speaks of */
        for(w=v->iTok-1; w>=2 && w>=v->iTok-4; w--){
          if( commitTokenIsCi(p->z, &s->aTok[w], "whose")
           && s->aTok[w-1].eType==COMMIT_TOK_PUNCT && s->aTok[w-1].cPunct==',' ){
            factsParties(pItems, w>=40 ? w-40 : 0, w-1, &a);
            break;
          }
        }
      }
      a.iTitle = factsSubjectTitle(p, pItems, lo, v->iTok);
      eLevel = commitDiscourseLevel(p, s, pItems, lo, v->iTok);
      a.bMinisters = eLevel==COMMIT_SERIES_IMM;
      a.bOfficials = eLevel==COMMIT_SERIES_SOM;
      if( a.eAction==COMMIT_ACT_SIGNED ){
        int t;
        factsSigners(p, pItems, lo, v->iTok, &a);
        for(t=v->iTokEnd; t+1<hi; t++){
          /* "Vietnam signed that memorandum, together with the five other
          ** governments -- Burma, Cambodia, China, Laos, and Thailand --";
          ** "... and Thailand signed alongside the host country, Viet Nam" */
          int bAlongside = commitTokenIsCi(p->z, &s->aTok[t], "alongside");
          if( ((commitTokenIsCi(p->z, &s->aTok[t], "together")
                || commitTokenIsCi(p->z, &s->aTok[t], "along"))
               && commitTokenIsCi(p->z, &s->aTok[t+1], "with")) || bAlongside ){
            int u = t + (bAlongside ? 1 : 2);
            while( u<s->nTok && !commitTokenIsCi(p->z, &s->aTok[u], "at")
                   && !commitTokenIsCi(p->z, &s->aTok[u], "in")
                   && !(s->aTok[u].eType==COMMIT_TOK_PUNCT && (s->aTok[u].cPunct=='.'
                                                             || s->aTok[u].cPunct==';')) ){
              u++;
            }
            if( a.nParty>0 ) factsParties(pItems, t + (bAlongside ? 1 : 2), u, &a);
            break;
          }
        }
      }
      if( a.nParty==0 && !a.bSix && iPrev>0 ){
        /* "The six ministers signed X and adopted Y": one subject; also
        ** past a clause between them ("endorsed SPA IV, which covers
        ** 2015 to 2018, and signed the Joint Declaration"). */
        int lo0 = factsClauseLeft(p, s, v->iTok), hi0 = iPrev;
        if( lo0>=iPrev && v->iTok>0
         && commitTokenIsCi(p->z, &s->aTok[v->iTok-1], "and") ){
          for(j=0; j<pItems->n; j++){
            const CommitItem *q = &pItems->a[j];
            if( q->eKind==COMMIT_ITEM_ACTION && q->iTokEnd==iPrev ) hi0 = q->iTok;
          }
          lo0 = factsClauseLeft(p, s, hi0);
          if( !a.bMinisters ){
            a.bMinisters = commitDiscourseLevel(p, s, pItems, lo0, hi0)
                           ==COMMIT_SERIES_IMM;
          }
        }
        factsParties(pItems, lo0, hi0, &a);
        if( a.iTitle<0 ) a.iTitle = factsSubjectTitle(p, pItems, lo0, hi0);
      }
      if( a.nParty==0 && !a.bSix && factsSixBefore(p, s, pItems, v->iTok) ){
        a.bSix = 1;
      }
      if( a.nParty==1 && !a.bSix && (factsOtherFive(p, s, v->iTokEnd, hi)
                                     || factsOtherFive(p, s, factsClauseLeft(p, s, v->iTok),
                                                       v->iTok)) ){
        a.bSix = 1;           /* "Myanmar signed ... with the other five members" */
      }
      if( a.nParty==0 && !a.bSix && v->iTok>=2
       && (commitTokenIsCi(p->z, &s->aTok[v->iTok-1], "which")
           || commitTokenIsCi(p->z, &s->aTok[v->iTok-1], "who")) ){
        /* "the six countries of the Greater Mekong Subregion, which signed
        ** an MOU": the subject is what "which" stands for */
        int lo2 = factsClauseLeft(p, s, v->iTok-1);
        factsParties(pItems, lo2, v->iTok-1, &a);
      }
    }
    a.iAtCity = 0;
    a.iAtYear = 0;
    if( a.iMeeting==-1 || a.bImplicit ){
      /* "The first was signed in Beijing in 2007": where, for the end */
      if( a.iMeeting==-1 ){
        factsActionPlace(pItems, v->iTokEnd, factsClauseRight(p, s, v->iTokEnd), &a);
      }
      if( a.iAtCity==0 ){
        /* "In Beijing the first Joint Declaration was signed", "Hanoi saw
        ** a second declaration signed": the city opening the sentence */
        for(j=0; j<pItems->n; j++){
          const CommitItem *c = &pItems->a[j];
          if( c->eKind==COMMIT_ITEM_PLACE && c->iEntry>=0 && !c->aVal[3] && c->iTokEnd<v->iTok
           && ((c->iTok==1 && commitTokenIsCi(p->z, &s->aTok[0], "in"))
               || (c->iTok==0 && c->iTokEnd<s->nTok
                   && commitTokenIsCi(p->z, &s->aTok[c->iTokEnd], "saw"))) ){
            a.iAtCity = c->iEntry + 1;
            if( j+1<pItems->n && pItems->a[j+1].eKind==COMMIT_ITEM_DATE
             && pItems->a[j+1].iTok<=c->iTokEnd+1 && pItems->a[j+1].aVal[0]>1900
             && !(pItems->a[j+1].mFlag & COMMIT_DF_RANGE) ){
              a.iAtYear = pItems->a[j+1].aVal[0];
            }
          }
        }
      }
    }
    for(j=0; j<nDocs && rc==SQLITE_OK; j++){
      int q, iAt = -1;
      a.iDoc = aDocs[j];
      rc = factsAddAction(p, &a);
      /* "declarations were signed at the second and third IMMs": one
      ** mention names several meetings, each of which acted */
      for(q=0; q<pInfo->nM && iAt<0; q++){
        if( pInfo->aM[q].iMeeting==a.iMeeting && pInfo->aM[q].iTokEnd>0 ) iAt = q;
      }
      for(q=0; iAt>=0 && q<pInfo->nM && rc==SQLITE_OK; q++){
        CommitFAction b;
        if( q==iAt || pInfo->aM[q].iTok!=pInfo->aM[iAt].iTok
         || pInfo->aM[q].iTokEnd!=pInfo->aM[iAt].iTokEnd
         || pInfo->aM[q].iMeeting==a.iMeeting ){
          continue;
        }
        b = a;
        b.iMeeting = pInfo->aM[q].iMeeting;
        rc = factsAddAction(p, &b);
      }
    }
  }
  return rc;
}

/*
** True if the subject of the verb at token iVerb is a pronoun for the six
** members named before it in the sentence: "The six governments began the
** process in 2004, when they (also, then, jointly) signed an MOU", "...
** when their ministers signed", "... since signing".
*/
/* True if tokens [a,b) say "the other five": one party and the rest of
** the six. */
static int factsOtherFive(const CommitFacts *p, const CommitSentence *s, int a, int b) {
  int t;
  for(t=a; t+1<b && t+1<s->nTok; t++){
    if( (commitTokenIsCi(p->z, &s->aTok[t], "other")
         && commitTokenIsCi(p->z, &s->aTok[t+1], "five"))
     || (commitTokenIsCi(p->z, &s->aTok[t], "five")
         && commitTokenIsCi(p->z, &s->aTok[t+1], "other")) ){
      return 1;
    }
    /* "Viet Nam had joined its five neighbours in signing the MOU" */
    if( t>a && commitTokenIsCi(p->z, &s->aTok[t], "five")
     && (commitTokenIsCi(p->z, &s->aTok[t-1], "its") || commitTokenIsCi(p->z, &s->aTok[t-1], "her"))
     && (commitTokenIsCi(p->z, &s->aTok[t+1], "neighbours")
         || commitTokenIsCi(p->z, &s->aTok[t+1], "neighbors")
         || commitTokenIsCi(p->z, &s->aTok[t+1], "partners")) ){
      return 1;
    }
  }
  return 0;
}

/* True if token t is a plural noun for the delegates of the member
** states: "ministers", "governments", "delegations", "countries". */
static int factsLevelNoun(const CommitFacts *p, const CommitToken *t) {
  return commitTokenIsCi(p->z, t, "ministers") || commitTokenIsCi(p->z, t, "governments")
      || commitTokenIsCi(p->z, t, "delegations") || commitTokenIsCi(p->z, t, "countries");
}

/* True if sentence s opens a paragraph. */
static int factsParagraphStart(const CommitSentence *s) {
  return s->nTok>0 && (s->aTok[0].mFlag & COMMIT_TF_PARA)!=0;
}

static int factsSixBefore(const CommitFacts *p, const CommitSentence *s,
                          const CommitItems *pItems, int iVerb) {
  const CommitItem *pGroup = 0;
  int iPron = -1, j;
  if( iVerb>0 && commitTokenIsCi(p->z, &s->aTok[iVerb-1], "they") ){
    iPron = iVerb-1;
  }else if( iVerb>1 && (commitTokenIsCi(p->z, &s->aTok[iVerb-2], "their")
                        || (commitTokenIsCi(p->z, &s->aTok[iVerb-2], "they")
                            && (commitTokenIsCi(p->z, &s->aTok[iVerb-1], "also")
                                || commitTokenIsCi(p->z, &s->aTok[iVerb-1], "then")
                                || commitTokenIsCi(p->z, &s->aTok[iVerb-1], "jointly")))) ){
    iPron = iVerb-2;
  }else if( iVerb>0 && (commitTokenIsCi(p->z, &s->aTok[iVerb-1], "since")
                        || commitTokenIsCi(p->z, &s->aTok[iVerb-1], "after"))
         && s->aTok[iVerb].iEnd - s->aTok[iVerb].iStart>3
         && sqlite3_strnicmp(p->z + s->aTok[iVerb].iEnd - 3, "ing", 3)==0 ){
    iPron = iVerb-1;    /* "The six governments have worked together since
                        ** signing an MOU": the gerund's subject */
  }
  if( iPron<0 && iVerb>1 && commitTokenIsCi(p->z, &s->aTok[iVerb-2], "the")
   && factsLevelNoun(p, &s->aTok[iVerb-1]) ){
    iPron = iVerb-2;    /* "At the same meeting the ministers signed" */
  }
  if( iPron<0 ) return 0;
  for(j=0; j<pItems->n && pItems->a[j].iTok<iPron; j++){
    if( pItems->a[j].eKind==COMMIT_ITEM_SUBJECT ) pGroup = &pItems->a[j];
  }
  if( pGroup && pGroup->aVal[0]==6 ) return 1;
  /* "The ministers of these six countries met in Hanoi ... There they
  ** signed": the six of the sentence before */
  if( pGroup==0 && p->iSixSent>=0 && p->iSixSent==p->disc.nSentence-1
   && !factsParagraphStart(s) ){
    /* (not "Ministers met again in Beijing, where they signed": they are
    ** the ministers of their own sentence, not counted) */
    for(j=0; j<iPron; j++){
      if( factsLevelNoun(p, &s->aTok[j]) || commitTokenIsCi(p->z, &s->aTok[j], "officials") ){
        return 0;
      }
    }
    return 1;
  }
  {
    /* "the governments of Cambodia, China, Lao PDR, Myanmar, Thailand and
    ** Viet Nam ever since they signed": the six, each named */
    int aSeen[COMMIT_GAZ_NCOUNTRY_MAX], nSeen = 0, q;
    for(j=0; j<pItems->n && pItems->a[j].iTok<iPron; j++){
      const CommitItem *c = &pItems->a[j];
      if( c->eKind!=COMMIT_ITEM_COUNTRY || c->aVal[0] || c->iEntry<0
       || aCommitGazEntry[c->iEntry].iValue!=1 ) continue;
      for(q=0; q<nSeen && aSeen[q]!=c->iEntry; q++){}
      if( q==nSeen && nSeen<COMMIT_GAZ_NCOUNTRY_MAX ) aSeen[nSeen++] = c->iEntry;
    }
    return nSeen==6;
  }
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

/* Bytes at each end of a report searched for a byline. */
#define FACTS_BYLINE_REACH 16384

/*
** True if the text names the person of item it in a byline, "By X":
** "X is a research fellow in ... Views expressed are her own" is then the
** author's note, not a person of the story.
*/
static int factsBylineName(const CommitFacts *p, const CommitItem *it) {
  int i;
  for(i=0; i+3+it->nName<=p->n; i++){
    /* a byline heads or ends a piece: only its first and last bytes are
    ** searched, so a long text costs no more per person */
    if( i==FACTS_BYLINE_REACH && p->n-FACTS_BYLINE_REACH>i ) i = p->n-FACTS_BYLINE_REACH;
    if( (p->z[i]=='B' || p->z[i]=='b') && p->z[i+1]=='y' && p->z[i+2]==' '
     && (i==0 || p->z[i-1]==' ' || p->z[i-1]=='\n')
     && memcmp(p->z + i + 3, p->z + it->iName, it->nName)==0 ){
      return 1;
    }
    /* a byline in a bar row: "Hannah Verhoeven  |  18 January 2021" */
    if( (i==0 || p->z[i-1]=='\n') && i!=it->iName && i+it->nName<p->n
     && memcmp(p->z + i, p->z + it->iName, it->nName)==0 ){
      int j = i + it->nName;
      while( j<p->n && p->z[j]==' ' ) j++;
      if( j<p->n && p->z[j]=='|' ) return 1;
    }
  }
  return 0;
}

/* Person record for an item: merged by name (ASCII case-insensitive). */
static int factsPerson(CommitFacts *p, const CommitItem *it) {
  int i = -1;
  CommitFPerson *f = 0;
  if( it->aVal[5] && factsBylineName(p, it) ) return SQLITE_OK;
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
    f = commitFactsPush(&p->people, sizeof(CommitFPerson));
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
    /* The title as written, unless it names its body ("UNDP Resident
    ** Representative"): then the office alone, its name in the data. */
    if( it->iAux2>=0 && !aCommitGazEntry[it->aVal[0]].zExtra ){
      f->iTitleStart = it->iAux2;
      f->nTitle = it->nAux2;
    }
  }
  if( f->iOrg<0 && it->iEntry2>=0 ) f->iOrg = it->iEntry2;
  if( f->eOrgForm==0 && it->aVal[4] && it->iAux3>=0 ){
    f->iOrgStart = it->iAux3;
    f->iOrgEnd = it->iAux3 + it->nAux3;
    f->eOrgForm = it->aVal[4];
  }
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
  o = commitFactsPush(&p->orgs, sizeof(CommitFOrg));
  if( o==0 ) return SQLITE_NOMEM;
  o->iEntry = it->iEntry;
  o->iCountry = it->aVal[0];
  o->iStart = it->iStart;
  o->iEnd = it->iEnd;
  return SQLITE_OK;
}


/*
** Fold one sentence's items into the facts, with what discourse.c made of
** the sentence (pInfo).  Returns SQLITE_OK or SQLITE_NOMEM.
*/
/*
** A speech's or a programme's header: a name on a line of its own, its
** office and body on the next ("Mr. Paul Buckley\nRegional Project
** Manager, United Nations Action for ... (UN-ACT)").  The title line gives
** the person alone on the line before it what it names.
*/
static void factsTitleLine(CommitFacts *p, const CommitItems *pItems) {
  int k, iPerson = p->iLonePerson;
  p->iLonePerson = -1;
  if( pItems->n==1 && pItems->a[0].eKind==COMMIT_ITEM_PERSON ){
    int i = factsFindPerson(p, &pItems->a[0]);
    if( i>=0 && PERSON(p, i)->iOffice<0 ) p->iLonePerson = i;
    return;
  }
  if( iPerson<0 || pItems->a[0].eKind!=COMMIT_ITEM_TITLE || pItems->a[0].iTok!=0 ){
    return;
  }
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].eKind==COMMIT_ITEM_PERSON ) return;
  }
  {
    CommitFPerson *f = PERSON(p, iPerson);
    const CommitItem *t = &pItems->a[0];
    f->iOffice = t->iEntry;
    if( !aCommitGazEntry[t->iEntry].zExtra ){
      f->iTitleStart = t->iStart;
      f->nTitle = t->iEnd - t->iStart;
    }else if( f->iOrg<0 ){
      /* "United Nations Resident Coordinator in Viet Nam" under the name:
      ** the office names its body */
      const char *zBody = aCommitGazEntry[t->iEntry].zExtra;
      f->iOrg = commitGazetteerFind(p->pGaz, zBody, (int)strlen(zBody), COMMIT_GAZ_ORG);
    }
    for(k=1; k<pItems->n; k++){
      const CommitItem *o = &pItems->a[k];
      if( o->eKind==COMMIT_ITEM_ORG && o->iEntry>=0 && f->iOrg<0 ){
        /* "United Nations Action for ... (UN-ACT)": the acronym it
        ** defines, as written. */
        if( k+1<pItems->n && pItems->a[k+1].eKind==COMMIT_ITEM_ORG
         && pItems->a[k+1].iEntry==o->iEntry ){
          o = &pItems->a[k+1];
        }
        f->iOrg = o->iEntry;
        if( f->eOrgForm==0 ){
          f->iOrgStart = o->iStart;
          f->iOrgEnd = o->iEnd;
          f->eOrgForm = COMMIT_ORG_WRITTEN;
        }
      }
      if( o->eKind==COMMIT_ITEM_COUNTRY && f->iCountry<0 && !o->aVal[0] ){
        f->iCountry = o->iEntry;
      }
    }
  }
}

/*
** A sentence that names no meeting but tells the days of a level: "SOM8
** and IMM3 were held in Hanoi. The senior officials sat on 14 and 15
** February; the ministers met on the 16th."  Each date goes to the meeting
** of its level among the two numbered meetings the sentence just before
** named (commitDiscourseRecentOfSeries).
*/
static void factsLevelDatesAlone(CommitFacts *p, const CommitSentence *s,
                                 const CommitItems *pItems) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    int iTo;
    if( it->eKind!=COMMIT_ITEM_DATE || !it->aVal[2]
     || (it->mFlag & (COMMIT_DF_DATELINE|COMMIT_DF_REFERENCE)) ) continue;
    if( it->eFrame!=COMMIT_FRAME_CURRENT ) continue;
    iTo = commitDiscourseRecentOfSeries(p, s, factsLevelOfDate(p, s, it->iTok));
    if( iTo>=0 ) factsMeetingDate(MEETING(p, iTo), it, COMMIT_ROLE_NEUTRAL, 0);
  }
}

/* The country that labels a list entry, "- Cambodia: H.E. Ms. X, ..."
** (COUNTRY aVal[2], rules.c): a country entry, or -1. */
static int factsEntryCountry(const CommitItems *pItems) {
  int j;
  for(j=0; j<pItems->n; j++){
    const CommitItem *it = &pItems->a[j];
    if( it->eKind==COMMIT_ITEM_COUNTRY && it->aVal[2] ) return it->iEntry;
  }
  return -1;
}

/*
** "The declaration was signed by the heads of delegation:" then "-
** Cambodia: ...", "- China: ...": each entry's country is a party of the
** signings the sentence before the list told of.
*/
static void factsListParties(CommitFacts *p, const CommitItems *pItems) {
  int c = factsEntryCountry(pItems), i, j;
  if( c<0 ){
    p->nListAct = 0;
    return;
  }
  for(i=0; i<p->nListAct; i++){
    CommitFAction *a = ACTION(p, p->aListAct[i]);
    for(j=0; j<a->nParty && a->aParty[j]!=c; j++){}
    if( j==a->nParty && a->nParty<COMMIT_FACTS_MAX_PARTIES ) a->aParty[a->nParty++] = c;
  }
}

/*
** True if the tokens between two meeting mentions join them as one event:
** "alongside", "together with", "back to back with", "in conjunction
** with" (perhaps after "and," or "," and before "the"/"it,").
*/
static int factsAlongside(const CommitFacts *p, const CommitSentence *s, int a, int b) {
  int t;
  for(t=a; t<b; t++){
    const CommitToken *w = &s->aTok[t];
    if( w->eType==COMMIT_TOK_PUNCT && (w->cPunct=='.' || w->cPunct==';' || w->cPunct==':') ){
      return 0;
    }
  }
  for(t=b-FACTS_ALONGSIDE_REACH>a ? b-FACTS_ALONGSIDE_REACH : a; t<b; t++){
    const CommitToken *w = &s->aTok[t];
    if( commitTokenIsCi(p->z, w, "alongside") ) return 1;
    if( t+1<b && commitTokenIsCi(p->z, &s->aTok[t+1], "with")
     && (commitTokenIsCi(p->z, w, "together") || commitTokenIsCi(p->z, w, "conjunction")
         || commitTokenIsCi(p->z, w, "jointly") || commitTokenIsCi(p->z, w, "back")) ){
      return 1;                     /* ("back to back with": its last "back") */
    }
  }
  return 0;
}

/*
** "SOM5 met in Beijing alongside the second IMM", "Hanoi hosted SOM8 and,
** back to back with it, IMM3": the second meeting of a pair told as one
** event shares the first's place, and its month (not its days) where the
** sentence gives it none.
*/
static void factsShareAlongside(CommitFacts *p, const CommitSentence *s,
                                const CommitSentInfo *pInfo) {
  int q;
  for(q=0; q+1<pInfo->nM; q++){
    const CommitMeetRef *r0 = &pInfo->aM[q], *r1 = &pInfo->aM[q+1];
    CommitFMeeting *a, *b;
    if( r0->iTokEnd==0 || r1->iTokEnd==0 || r0->iMeeting==r1->iMeeting ) continue;
    if( r0->bPast!=r1->bPast || !factsAlongside(p, s, r0->iTokEnd, r1->iTok) ) continue;
    a = MEETING(p, r0->iMeeting);
    b = MEETING(p, r1->iMeeting);
    if( (a->eSeries!=COMMIT_SERIES_IMM && a->eSeries!=COMMIT_SERIES_SOM)
     || (b->eSeries!=COMMIT_SERIES_IMM && b->eSeries!=COMMIT_SERIES_SOM)
     || a->eSeries==b->eSeries ) continue;
    if( b->iCity<0 && b->iCountry<0 && !b->bVirtual && a->iCity>=0 ){
      b->iCity = a->iCity;
      b->iCityStart = a->iCityStart;
      b->iCityEnd = a->iCityEnd;
      b->iCountry = a->iCountry;
    }
    if( !b->start.bSet && !b->end.bSet && a->start.bSet && !a->start.bWeak
     && a->start.it.aVal[1] && !(a->start.it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ){
      CommitItem m = a->start.it;
      if( m.mFlag & COMMIT_DF_RANGE ){
        if( a->start.iPart==1 ){ m.aVal[0] = m.aVal[3]; m.aVal[1] = m.aVal[4]; }
        if( m.aVal[0]!=m.aVal[3] || m.aVal[1]!=m.aVal[4] ) continue;
      }
      m.mFlag &= ~(COMMIT_DF_RANGE|COMMIT_DF_PAIR);
      m.aVal[2] = 0;
      m.aVal[3] = m.aVal[4] = m.aVal[5] = 0;
      factsMeetingDate(b, &m, COMMIT_ROLE_NEUTRAL, 0);
    }
  }
}

/*
** "The first was signed at IMM2 in Beijing, the second at IMM3 in
** Hanoi": a counted document whose verb is left out (DOCUMENT aVal[7])
** takes the act of the counted document before it in the sentence, at
** the meeting named after it in its clause (past an aside: "the third,
** for 2011-2013, at the third").
*/
static int factsGappedActions(CommitFacts *p, const CommitSentence *s,
                              const CommitItems *pItems, const int *aDocIdx,
                              const CommitSentInfo *pInfo) {
  int k, i, q, rc = SQLITE_OK;
  for(k=0; k<pItems->n && rc==SQLITE_OK; k++){
    const CommitItem *it = &pItems->a[k];
    int iPrevDoc = -1, iAct = -1, iMeeting = -1;
    CommitFAction a;
    if( it->eKind!=COMMIT_ITEM_DOCUMENT || !it->aVal[7] || aDocIdx[k]<0 ) continue;
    for(q=k-1; q>=0 && iPrevDoc<0; q--){
      const CommitItem *d = &pItems->a[q];
      if( d->eKind==COMMIT_ITEM_DOCUMENT && d->aVal[0]==0 && aDocIdx[q]>=0 ){
        iPrevDoc = aDocIdx[q];
      }
    }
    for(i=p->actions.n-1; i>=0 && iPrevDoc>=0; i--){
      const CommitFAction *o = ACTION(p, i);
      if( o->iStart<s->aTok[0].iStart ) break;
      if( o->iDoc==iPrevDoc && !o->bDrop ){ iAct = i; break; }
    }
    if( iAct<0 ) continue;
    for(q=0; q<pInfo->nM; q++){
      const CommitMeetRef *r = &pInfo->aM[q];
      int t, bBreak = 0;
      if( r->iTokEnd==0 || r->iTok<it->iTokEnd ) continue;
      for(t=it->iTokEnd; t<r->iTok; t++){
        if( s->aTok[t].eType==COMMIT_TOK_PUNCT && (s->aTok[t].cPunct=='.'
                                                   || s->aTok[t].cPunct==';'
                                                   || s->aTok[t].cPunct==':') ){
          bBreak = 1;
        }
      }
      if( !bBreak ) iMeeting = r->iMeeting;
      break;
    }
    a = *ACTION(p, iAct);
    a.iAtCity = 0;
    a.iAtYear = 0;
    if( iMeeting<0 ){
      /* "..., the second in Hanoi in 2012": done in a city, in a year */
      int e = it->iTokEnd + 6;
      factsActionPlace(pItems, it->iTokEnd, e<s->nTok ? e : s->nTok, &a);
      if( a.iAtCity==0 ) continue;
      iMeeting = -1;
    }
    a.iMeeting = iMeeting;
    a.iDoc = aDocIdx[k];
    a.iStart = it->iStart;
    a.iEnd = it->iEnd;            /* (the same subject: its parties too) */
    a.bImplicit = 0;
    a.bHasDate = 0;
    a.iHashNext = -1;
    rc = factsAddAction(p, &a);
  }
  return rc;
}

int commitFactsSentence(CommitFacts *p, const CommitSentence *s,
                        CommitItems *pItems, const CommitSentInfo *pInfo) {
  int k, rc = SQLITE_OK;
  int aDocStack[64], *aDocIdx = aDocStack;
  if( p->nListAct>0 && !s->bChrome ) factsListParties(p, pItems);
  if( p->rcHost ) return p->rcHost;    /* the host pool (a merge) */
  if( pItems->n==0 || s->bChrome ) return SQLITE_OK;
  factsCountries(p, pItems);
  if( pInfo->nM>0 ){
    factsAttachDates(p, s, pItems, pInfo);
    factsAttachPlaces(p, s, pItems, pInfo);
    factsItCity(p, s, pItems, pInfo);
    factsShareAlongside(p, s, pInfo);
  }else{
    factsLevelDatesAlone(p, s, pItems);
  }
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].eKind==COMMIT_ITEM_PLACE && pItems->a[k].iEntry>=0 ){
      p->iLastCity = pItems->a[k].iEntry;
    }
    if( pItems->a[k].eKind==COMMIT_ITEM_SUBJECT && pItems->a[k].aVal[0]==6 ){
      p->iSixSent = p->disc.nSentence;
    }
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
  if( rc==SQLITE_OK ) factsTitleLine(p, pItems);
  if( rc==SQLITE_OK ) rc = factsDocs(p, pItems, aDocIdx);
  /* the signings of a sentence that ends on a colon, with no parties:
  ** the list after it names them (factsAddAction notes them) */
  p->bColon = s->nTok>0 && s->aTok[s->nTok-1].eType==COMMIT_TOK_PUNCT
           && s->aTok[s->nTok-1].cPunct==':';
  if( p->bColon ) p->nListAct = 0;
  if( rc==SQLITE_OK ) rc = factsActions(p, s, pItems, aDocIdx, pInfo);
  if( rc==SQLITE_OK ) rc = factsGappedActions(p, s, pItems, aDocIdx, pInfo);
  if( rc==SQLITE_OK ) factsSignatoriesWere(p, s, pItems);
  p->bColon = 0;
  if( aDocIdx!=aDocStack ) sqlite3_free(aDocIdx);
  if( rc==SQLITE_OK ) rc = p->rcHost;
  return rc;
}

/* ==== Finishing ======================================================== */

/* Add the hosts aSrc[0..nSrc) to the list a[0..*pn), without duplicates. */
static void factsMergeHosts(CommitFHost *a, int *pn, const CommitFHost *aSrc,
                            int nSrc) {
  int i;
  for(i=0; i<nSrc; i++){
    CommitItem it;
    memset(&it, 0, sizeof(it));
    it.iEntry = aSrc[i].iEntry;
    it.aVal[1] = aSrc[i].eKind;
    it.aVal[2] = aSrc[i].bWritten;   /* "the Royal Thai Government" stays so */
    it.iStart = aSrc[i].iStart;
    it.iEnd = aSrc[i].iEnd;
    factsAddHost(a, pn, &it);
  }
}

/*
** Merge date reference src into dst: it replaces a missing or weak one,
** or one of a coarser grain that it does not contradict ("In 2007 the
** ministers met.  The talks were held on December 12-14").
*/
/* True if date f counts years back from the report ("ten years ago"). */
static int factsYearsAgo(const CommitFDate *f) {
  return (f->it.mFlag & COMMIT_DF_PREVYEAR) && f->it.aVal[7]>1;
}

static void factsMergeDate(CommitFDate *dst, const CommitFDate *src) {
  if( !src->bSet ) return;
  if( dst->bSet && dst->bWeak && !src->bWeak && factsYearsAgo(src)
   && !(dst->it.mFlag & COMMIT_DF_NOYEAR) && factsRefGrain(dst)>factsRefGrain(src) ){
    /* "Ten years ago this month, ministers signed" beside "signed on 29
    ** October 2004 at IMM1": a count of years back gives way to the
    ** date told */
    return;
  }
  if( dst->bSet && dst->bWeak && !src->bWeak && factsRefGrain(dst)>factsRefGrain(src)
   && src->it.aVal[0] && src->it.aVal[0]==dst->it.aVal[0]
   && !(src->it.mFlag & COMMIT_DF_RANGE) && !(dst->it.mFlag & COMMIT_DF_RANGE)
   && (src->it.aVal[1]==0 || src->it.aVal[1]==dst->it.aVal[1]) ){
    /* "signed at their first meeting, in Yangon, on 29 October 2004" and
    ** "met ...: in Yangon in 2004": the day within the year told */
    return;
  }
  if( !dst->bSet || (dst->bWeak && !src->bWeak) ){
    *dst = *src;
  }else if( dst->bWeak==src->bWeak && factsRefGrain(src)>factsRefGrain(dst) ){
    int yd = dst->it.aVal[0], ys = src->it.aVal[0];
    if( !(dst->it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY))
     && (ys==0 || yd==0 || ys==yd) ){
      *dst = *src;
    }
  }else if( !dst->bWeak && src->bWeak && factsYearsAgo(dst)
         && !(src->it.mFlag & COMMIT_DF_NOYEAR)
         && factsRefGrain(src)>factsRefGrain(dst) ){
    *dst = *src;
  }else if( dst->bWeak==src->bWeak && factsRefGrain(src)==2 && factsRefGrain(dst)==2
         && (src->it.mFlag & COMMIT_DF_RANGE) && !(dst->it.mFlag & COMMIT_DF_RANGE)
         && (dst->it.mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY)) ){
    *dst = *src;     /* a range of days beats "yesterday" (see factsSetDate) */
  }
}

/*
** Merge meeting record iSrc into iDst: copy the fields iDst is missing
** (a weak date gives way to a date of the meeting itself), join the host
** lists.  discourse.c decides which records are the same meeting.
*/
/*
** A chronology's section is closed: the meetings first named under its
** dated heading ("29-31 MARCH 2005, HANOI\nThe third SOM adopts ...")
** take the heading's date and city where their own sentences gave none.
** Records iFrom.. are the section's; only meetings named by a label, a
** level or a number count ("the SOM" of a general remark does not).
*/
void commitFactsSectionFill(CommitFacts *p, int iFrom, const CommitItem *pDate,
                            const CommitItem *pVenue, const CommitItem *pCity,
                            int bEntry) {
  int i, bNumbered = 0;
  for(i=iFrom; i<p->meetings.n; i++){
    const CommitFMeeting *m = MEETING(p, i);
    if( m->iMerged<0 && m->iNum>0 && m->eSeries!=COMMIT_SERIES_OTHER ) bNumbered = 1;
  }
  for(i=iFrom; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    if( m->iMerged>=0 || m->eSeries==COMMIT_SERIES_OTHER ) continue;
    /* "SOM2 prepares the ministerial session": the numbered meeting's
    ** section, not the one it speaks of */
    if( bNumbered && m->iNum==0 ) continue;
    if( m->eForm==COMMIT_FORM_GENERIC && m->iNum==0 ) continue;
    /* ("Senior officials will meet again": its SOM; but in a chronology's
    ** entry, "July - Bangkok. ... Three days, opened by the minister" is
    ** the entry's meeting) */
    if( m->eForm==COMMIT_FORM_CUE && m->eSeries==0 && !bEntry ) continue;
    if( pDate && !m->start.bSet && !m->end.bSet ){
      factsMeetingDate(m, pDate, COMMIT_ROLE_NEUTRAL, 0);
    }
    if( pCity && m->iCity<0 && m->iCountry<0 && !m->bVirtual ){
      m->iCity = pCity->iEntry;
      m->iCityStart = pCity->iStart;
      m->iCityEnd = pCity->iEnd;
      if( pCity->aVal[1]>=0 ) m->iCountry = pCity->aVal[1];
    }
    if( pVenue && m->iVenueEnd==0 && !m->bVirtual ){
      m->iVenueStart = pVenue->iStart;
      m->iVenueEnd = pVenue->iEnd;
    }
  }
}

void commitFactsMergeMeeting(CommitFacts *p, int iDst, int iSrc) {
  CommitFMeeting *dst = MEETING(p, iDst);
  const CommitFMeeting *src = MEETING(p, iSrc);
  if( src->start.bExplicit && dst->start.bSet && !dst->start.bExplicit
   && !dst->start.bWeak && !src->start.bWeak && src->start.it.aVal[2]==0
   && (src->start.it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY))
   && (dst->start.it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ){
    /* "Senior officials this afternoon endorsed ... The session had
    ** opened on Wednesday": the day told as its opening */
    dst->start = src->start;
  }else{
    factsMergeDate(&dst->start, &src->start);
  }
  if( src->end.bExplicit && dst->end.bSet && !dst->end.bExplicit && !dst->end.bWeak
   && !src->end.bWeak ){
    dst->end = src->end;     /* "The SOM runs through the 15th" */
  }else{
    factsMergeDate(&dst->end, &src->end);
  }
  if( dst->iYear==0 ) dst->iYear = src->iYear;
  if( !dst->nDuration ) dst->nDuration = src->nDuration;
  if( dst->iCity<0 ){
    dst->iCity = src->iCity;
    dst->iCityStart = src->iCityStart;
    dst->iCityEnd = src->iCityEnd;
    dst->iCapitalOf = src->iCapitalOf;
  }
  if( dst->iCountry<0 ) dst->iCountry = src->iCountry;
  if( src->bVirtual ) dst->bVirtual = 1;
  if( dst->iVenueEnd==0 ){
    dst->iVenueStart = src->iVenueStart;
    dst->iVenueEnd = src->iVenueEnd;
  }
  if( src->nHost && factsHostSlots(p, &dst->aHost) ){
    factsMergeHosts(dst->aHost, &dst->nHost, src->aHost, src->nHost);
  }
  if( src->nOrg && factsHostSlots(p, &dst->aOrg) ){
    factsMergeHosts(dst->aOrg, &dst->nOrg, src->aOrg, src->nOrg);
  }
  if( dst->nAttend==0 ){
    dst->nAttend = src->nAttend;
    dst->iAttendStart = src->iAttendStart;
    dst->iAttendEnd = src->iAttendEnd;
    dst->iQualStart = src->iQualStart;
    dst->nQual = src->nQual;
  }
}

/* ==== Indexes of the end of the report ================================= */

/*
** While commitFactsFinish() runs the records no longer change, and the
** searches of all records for each action look among the output records
** of one city or one year instead, in record order (2026-12-07, issue
** 10: they made the end of a long report quadratic).  An entry is
** (key << 32) | record, sorted.
*/
struct CommitFactsIdx {
  u64 *aByCity;      /* output records by (city entry + 1, record) */
  int nByCity;       /* entries of aByCity */
  u64 *aByYear;      /* output records of a series by (year, record),
                     ** once their dates are finished */
  int nByYear;       /* entries of aByYear */
  int nOut;          /* output records (room in each array) */
  int aOnly[2][4];   /* factsOnlyCurrent(p, eSeries, bOut) + 2, 0: unknown */
};

/* Sort a[0..n) with aTmp[0..n) as scratch (bottom-up merge sort). */
static void factsSortU64(u64 *a, u64 *aTmp, int n) {
  int w, i;
  for(w=1; w<n; w*=2){
    for(i=0; i<n; i+=2*w){
      int lo = i, mid = i+w<n ? i+w : n, hi = i+2*w<n ? i+2*w : n;
      int x = lo, y = mid, k = lo;
      while( x<mid && y<hi ) aTmp[k++] = a[y]<a[x] ? a[y++] : a[x++];
      while( x<mid ) aTmp[k++] = a[x++];
      while( y<hi ) aTmp[k++] = a[y++];
    }
    memcpy(a, aTmp, sizeof(u64)*n);
  }
}

/* The entries [*pk, *pkEnd) of a[0..n) whose key is iKey. */
static void factsIdxRange(const u64 *a, int n, int iKey, int *pk, int *pkEnd) {
  u64 lo = (u64)(u32)iKey<<32;
  int k0 = 0, k1 = n;
  while( k0<k1 ){
    int mid = (k0+k1)/2;
    if( a[mid]<lo ) k0 = mid+1; else k1 = mid;
  }
  *pk = k0;
  for(k1=k0; k1<n && (a[k1]>>32)==(u64)(u32)iKey; k1++){}
  *pkEnd = k1;
}

/*
** Make p->pFinIdx with the output records by city (factsIdxYears() adds
** the years later).  The caller frees it with sqlite3_free.
** SQLITE_OK or SQLITE_NOMEM.
*/
static int factsIdxBuild(CommitFacts *p) {
  int i, n = 0, nOut = 0;
  u64 *aTmp;
  CommitFactsIdx *x;
  for(i=0; i<p->meetings.n; i++) nOut += MEETING(p, i)->bOut;
  x = sqlite3_malloc64(sizeof(*x) + sizeof(u64)*3*((i64)nOut+1));
  if( x==0 ) return SQLITE_NOMEM;
  memset(x, 0, sizeof(*x));
  x->nOut = nOut;
  x->aByCity = (u64 *)&x[1];
  x->aByYear = x->aByCity + nOut + 1;
  aTmp = x->aByYear + nOut + 1;
  for(i=0; i<p->meetings.n; i++){
    const CommitFMeeting *m = MEETING(p, i);
    if( m->bOut && m->iMerged<0 ) x->aByCity[n++] = (u64)(u32)(m->iCity+1)<<32 | (u32)i;
  }
  factsSortU64(x->aByCity, aTmp, n);
  x->nByCity = n;
  p->pFinIdx = x;
  return SQLITE_OK;
}

/* Fill p->pFinIdx->aByYear, once the dates of the records are finished. */
static void factsIdxYears(CommitFacts *p) {
  CommitFactsIdx *x = p->pFinIdx;
  u64 *aTmp = x->aByYear + x->nOut + 1;
  int i, n = 0;
  for(i=0; i<p->meetings.n; i++){
    const CommitFMeeting *m = MEETING(p, i);
    int y = m->dStart.y ? m->dStart.y : m->dEnd.y;
    if( m->bOut && m->eSeries!=0 ) x->aByYear[n++] = (u64)(u32)y<<32 | (u32)i;
  }
  factsSortU64(x->aByYear, aTmp, n);
  x->nByYear = n;
}

/* An output meeting index of record i, or -1 (merged away, no meeting). */
static int factsLive(const CommitFacts *p, int i) {
  i = commitDiscourseFinal(p, i);
  return i>=0 && MEETING(p, i)->bOut ? i : -1;
}

/* The one current meeting of series eSeries not merged into another (of
** the records so far, when called while sentences are read), or -1.
** With bOut, only a meeting that is output counts (once facts are
** finished). */
static int factsOnlyCurrentScan(const CommitFacts *p, int eSeries, int bOut) {
  int j, iOne = -1;
  for(j=0; j<p->meetings.n; j++){
    const CommitFMeeting *o = MEETING(p, j);
    if( o->iMerged<0 && o->eSeries==eSeries && o->eFrame==COMMIT_FRAME_CURRENT
     && (!bOut || o->bOut) ){
      if( iOne>=0 ) return -1;
      iOne = j;
    }
  }
  return iOne;
}
/* factsOnlyCurrentScan(), answered once per question while
** commitFactsFinish() runs (p->pFinIdx set). */
static int factsOnlyCurrent(const CommitFacts *p, int eSeries, int bOut) {
  CommitFactsIdx *x = p->pFinIdx;
  if( x && eSeries>=0 && eSeries<=COMMIT_SERIES_OTHER ){
    /* at the end the records no longer change: one scan per question */
    int *pMemo = &x->aOnly[bOut!=0][eSeries];
    if( *pMemo==0 ) *pMemo = factsOnlyCurrentScan(p, eSeries, bOut) + 2;
    return *pMemo - 2;
  }
  return factsOnlyCurrentScan(p, eSeries, bOut);
}

/*
** The meeting of a resolved action: what a joint session (or ministers)
** did is credited to its IMM.  FACTS_MAIN is the main meeting's session.
*/
static int factsActor(const CommitFacts *p, const CommitFAction *a) {
  int i, iImm = commitDiscourseMainOfSeries(p, COMMIT_SERIES_IMM);
  if( a->iMeeting==FACTS_MAIN ){
    int iSom = a->bOfficials ? commitDiscourseMainOfSeries(p, COMMIT_SERIES_SOM) : -1;
    /* "the senior officials had agreed on a first plan", in a report whose
    ** main meeting is of no series or another: its one current SOM */
    if( a->bOfficials && iSom<0 ) iSom = factsOnlyCurrent(p, COMMIT_SERIES_SOM, 0);
    /* "During the first two days, senior officials reviewed ...": the
    ** officials' session, when the report has one. */
    i = iSom>=0 ? factsLive(p, iSom) : iImm>=0 ? iImm : factsLive(p, p->disc.iMain);
  }else{
    i = factsLive(p, a->iMeeting);
  }
  if( i>=0 ){
    const CommitFMeeting *m = MEETING(p, i);
    if( m->eSeries==COMMIT_SERIES_SOM && m->iPartner>=0
     && MEETING(p, m->iPartner)->eSeries==COMMIT_SERIES_IMM
     && (a->bImplicit || a->bMinisters || i==p->disc.iMain)
     && !a->bOfficials && factsLive(p, m->iPartner)>=0 ){
      /* the ministerial meeting of the joint session, when it stands */
      i = factsLive(p, m->iPartner);
    }else if( m->eSeries==COMMIT_SERIES_SOM && a->bImplicit && a->bMinisters
           && !a->bOfficials ){
      /* "The ministers adopted SPA III", the sentence after one that told
      ** of SOM8: the report's own IMM, when it has one */
      int iI = iImm>=0 ? iImm : factsOnlyCurrent(p, COMMIT_SERIES_IMM, 0);
      if( iI>=0 && MEETING(p, iI)->eFrame==m->eFrame && factsLive(p, iI)>=0 ){
        i = factsLive(p, iI);
      }
    }
  }
  return i;
}

/*
** The meeting an act told only by its city (and year) was done at: the
** one meeting of the report held there (then), the ministers' one of a
** joint week unless officials acted; -1 if none or several.
*/
static int factsMeetingAt(const CommitFacts *p, const CommitFAction *a) {
  int i, iImm = -1, iSom = -1, iOther = -1, n = 0, k, kEnd;
  /* (the output records of that city, in record order: the others fail
  ** the first test) */
  factsIdxRange(p->pFinIdx->aByCity, p->pFinIdx->nByCity, a->iAtCity-1 + 1, &k, &kEnd);
  for(; k<kEnd; k++){
    const CommitFMeeting *m = MEETING(p, i = (int)(u32)p->pFinIdx->aByCity[k]);
    int y;
    /* (a meeting the text names, not one inferred from an act alone) */
    if( factsLive(p, i)!=i || m->iCity!=a->iAtCity-1
     || (m->eForm==COMMIT_FORM_CUE && m->iNum==0) ) continue;
    y = commitDiscourseMeetingYear(p, m);
    if( a->iAtYear && y && y!=a->iAtYear ) continue;
    if( a->iAtYear && y==0 ) continue;
    if( m->eSeries==COMMIT_SERIES_IMM ){ if( iImm>=0 ) return -1; iImm = i; }
    else if( m->eSeries==COMMIT_SERIES_SOM ){ if( iSom>=0 ) return -1; iSom = i; }
    else iOther = i;
    n++;
  }
  /* (ministers sign: a signing is no senior officials' act unless they
  ** are said to sign) */
  if( a->eAction==COMMIT_ACT_SIGNED && !a->bOfficials && iImm<0 && iOther<0 ) return -1;
  if( n==1 ) return iImm>=0 ? iImm : iSom>=0 ? iSom : iOther;
  if( iImm>=0 && iSom>=0 && n==2 ) return a->bOfficials ? iSom : iImm;
  return -1;
}

/* The meetings of actions: the first pass, before dates are known. */
static void factsResolveActions(CommitFacts *p) {
  int i, j, aSix[6], nSix;
  /* "The six" are the members in the order the report names them, the
  ** ones it does not name after, in the data's order. */
  nSix = p->nCountryOrder<=6 ? p->nCountryOrder : 6;
  memcpy(aSix, p->aCountryOrder, sizeof(int)*nSix);
  for(j=0; j<COMMIT_GAZ_NCOUNTRY_MAX && j<nCommitGazEntry && nSix<6; j++){
    int k;
    if( aCommitGazEntry[j].eKind!=COMMIT_GAZ_COUNTRY || aCommitGazEntry[j].iValue!=1 ){
      continue;
    }
    for(k=0; k<nSix && aSix[k]!=j; k++){}
    if( k==nSix ) aSix[nSix++] = j;
  }
  for(i=0; i<p->actions.n; i++){
    CommitFAction *a = ACTION(p, i);
    if( a->iMeeting!=-1 && a->bImplicit && a->iAtCity ){
      /* "In Beijing the first declaration was signed", in a report whose
      ** own meeting is another: the meeting of that city, when there is one */
      int iAt = factsMeetingAt(p, a);
      a->iMeeting = iAt>=0 ? iAt : factsActor(p, a);
    }
    else if( a->iMeeting!=-1 ) a->iMeeting = factsActor(p, a);
    else if( a->iAtCity ) a->iMeeting = factsMeetingAt(p, a);
    if( a->bSix && a->nParty<6 && nSix==6 ){
      memcpy(a->aParty, aSix, sizeof(int)*6);
      a->nParty = 6;
    }
  }
}

/* True if date item d opens its sentence after "On" ("On Friday 29
** October, ..."), not "That Friday". */
static int factsOnOpening(const CommitFacts *p, const CommitItem *d) {
  return d->iTok==1 && d->iStart>=3 && sqlite3_strnicmp(p->z + d->iStart - 3, "on ", 3)==0;
}

/*
** A meeting that the text dates nowhere takes the date of the first
** implicit action credited to it ("Six countries signed a joint
** declaration on Friday.  The declaration was signed ... as part of the
** Second Inter-Ministerial Meeting"), as a weak date.
*/
static void factsActionDates(CommitFacts *p) {
  int i;
  for(i=0; i<p->actions.n; i++){
    const CommitFAction *a = ACTION(p, i);
    CommitFMeeting *m;
    /* after the verb, or opening the sentence: "On Friday 29 October, in
    ** the Myanmar capital, ministers ... signed" */
    if( !(a->bHasDate==2 || (a->bHasDate==1 && factsOnOpening(p, &a->hDate.it)))
     || a->iMeeting<0 ){
      continue;
    }
    if( !(a->hDate.it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY))
     && a->hDate.it.aVal[2]==0 ) continue;
    m = MEETING(p, a->iMeeting);
    /* "The memorandum was signed on Friday ... at the first IMM": a
    ** ministerial session is one day, the day its ministers signed */
    if( !a->bImplicit && m->eSeries!=COMMIT_SERIES_IMM ) continue;
    if( m->start.bSet || m->end.bSet ) continue;
    m->start = m->end = a->hDate;
    m->start.bWeak = m->end.bWeak = 1;
  }
}

/* Julian day number of a full date. */
static int factsJdn(const CommitDay *d) {
  return commitDayToJdn(d->y, d->m, d->d);
}

/*
** The dates of meeting m, resolved into m->dStart and m->dEnd.  A day and
** month without a year take the year the other end states.  A duration
** extends a start to an end.  A weak date (of an action during a meeting
** of several days) says only the month: the day may be any of them.  An
** end before the start (two statements that disagree) keeps the finer
** date and drops the other.
*/
/*
** True if a meeting from a to b would last longer than any meeting does:
** more than 31 days, compared at the coarser grain of the two (months
** more than one apart, years apart).
*/
static int factsTooLong(const CommitDay *a, const CommitDay *b) {
  if( a->d && b->d && a->m && b->m ){
    return commitDayToJdn(b->y, b->m, b->d) - commitDayToJdn(a->y, a->m, a->d) > 31;
  }
  if( a->m && b->m ) return (b->y*12 + b->m) - (a->y*12 + a->m) > 1;
  return b->y - a->y > 1 || (b->y - a->y==1 && !(a->m==12 && b->m==1));
}

/*
** Check day d, resolved from date f of a numbered meeting, against the
** calendar's day c of that meeting.  A year the text states and the
** calendar rules out is another event's: returns 0.  A year only inferred
** for a day and month ("from 28 to 30 July", in a story of 2014 retelling
** 2004) is the calendar's when the month is the calendar's and that day
** is not after the report.  Otherwise a date after the report's anchor is
** a plan, and may have moved: kept.
*/
static int factsCalendarYear(const CommitFacts *p, const CommitFDate *f,
                             const CommitDay *c, CommitDay *d) {
  if( d->y==c->y ) return 1;
  if( (f->it.mFlag & COMMIT_DF_NOYEAR) && d->m==c->m && c->m ){
    CommitDay t = *d;
    t.y = c->y;
    if( !commitDiscourseAfterAnchor(p, &t) ){
      *d = t;
      return 1;
    }
  }
  return commitDiscourseAfterAnchor(p, d);
}

static void factsFinishDates(CommitFacts *p, CommitFMeeting *m) {
  CommitDay a, b;
  int iYear = 0, bA, bB;
  memset(&a, 0, sizeof(a));
  memset(&b, 0, sizeof(b));
  if( m->nDuration>=1 ){
    if( m->start.bSet && !m->end.bSet ){
      m->end = m->start;
      m->end.nOffset += m->nDuration-1;
      if( m->start.it.mFlag & COMMIT_DF_RANGE ) m->end.iPart = 0;
    }else if( m->nDuration==1 && m->end.bSet && !m->start.bSet
           && !(m->end.it.mFlag & COMMIT_DF_RANGE) ){
      /* "bringing the one-day session to a close on Thursday": its one day
      ** (a longer meeting that closed gives its end only) */
      m->start = m->end;
    }else if( m->start.bSet && m->end.bSet && !m->start.bWeak
           && memcmp(&m->start.it, &m->end.it, sizeof(CommitItem))==0
           && m->start.iPart==m->end.iPart
           && !(m->start.it.mFlag & COMMIT_DF_RANGE) ){
      m->end.nOffset = m->nDuration-1;
    }
  }
  if( m->start.bSet && !(m->start.it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ){
    iYear = m->start.iPart==1 ? m->start.it.aVal[3] : m->start.it.aVal[0];
  }
  if( iYear==0 && m->end.bSet
   && !(m->end.it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ){
    iYear = m->end.iPart==1 && (m->end.it.mFlag & COMMIT_DF_RANGE)
          ? m->end.it.aVal[3] : m->end.it.aVal[0];
  }
  if( iYear==0 ) iYear = m->iYear;
  bA = commitDiscourseResolve(p, &m->start, iYear, &a);
  bB = commitDiscourseResolve(p, &m->end, iYear, &b);
  if( bA && bB && m->start.bWeak && m->end.bWeak && m->nDuration>1 && a.d ){
    /* "signed on December 14, during the two-day meeting". */
    CommitDay lo = a, hi = a;
    commitDayAddDays(&lo, -(m->nDuration-1));
    commitDayAddDays(&hi, m->nDuration-1);
    a.d = 0;
    if( lo.m!=a.m || hi.m!=a.m ) a.m = 0;
    if( lo.y!=a.y || hi.y!=a.y ) bA = 0;
    b = a;
  }
  if( bA && bB ){
    CommitDay ta = a, tb = b;
    /* Compare at the coarser grain of the two. */
    if( ta.m==0 || tb.m==0 ){ ta.m = tb.m = 0; ta.d = tb.d = 0; }
    if( ta.d==0 || tb.d==0 ){ ta.d = tb.d = 0; }
    if( commitDayCmp(&tb, &ta)<0 ){
      if( (b.d && !a.d) || (b.m && !a.m) ) bA = 0; else bB = 0;
    }
  }
  if( (bA || bB) && m->eFrame!=COMMIT_FRAME_UPCOMING && !m->bNext ){
    /* "IMM4 ... 29 October 2004": a year the calendar rules out for a
    ** numbered meeting is another event's (a plan moved, as SOM8 was from
    ** December 2010, is told as upcoming and keeps its year) */
    const CommitCalEntry *c = commitGazCalendar(m->eSeries, m->iNum);
    if( c && c->start.y ){
      bA = bA && factsCalendarYear(p, &m->start, &c->start, &a);
      bB = bB && factsCalendarYear(p, &m->end, c->end.y ? &c->end : &c->start, &b);
    }
  }
  if( bA && bB && factsTooLong(&a, &b) ){
    /* "SPA IV, endorsed at IMM4 last year, runs until 2018": an end
    ** years after the start is another thing's; the meeting's day is its
    ** start. */
    b = a;
  }
  m->dStart = a;
  m->dEnd = b;
  if( !bA ) memset(&m->dStart, 0, sizeof(CommitDay));
  if( !bB ) memset(&m->dEnd, 0, sizeof(CommitDay));
}

/* True if day d falls outside the days of meeting m (both known). */
static int factsOutside(const CommitFMeeting *m, const CommitDay *d) {
  CommitDay s = m->dStart, e = m->dEnd;
  if( s.y==0 ) s = e;
  if( e.y==0 ) e = s;
  if( (d->d==0 || s.d==0) && d->m && s.m && e.m ){
    /* at the grain of months: "signed in October of the same year" is not
    ** at the talks of July */
    int n = d->y*12 + d->m;
    return n<s.y*12 + s.m || n>e.y*12 + e.m;
  }
  if( d->d==0 ) return 0;
  if( s.d==0 && e.d ) s = e;
  if( e.d==0 && s.d ){
    e = s;
    if( m->nDuration>1 ) commitDayAddDays(&e, m->nDuration-1);
  }
  if( s.d==0 ) return 0;
  return factsJdn(d)<factsJdn(&s) || factsJdn(d)>factsJdn(&e);
}

/*
** An action whose clause gives a date that its meeting cannot have
** (another year, or a day outside its days): the meeting of that date,
** else none.  An action tied to a meeting by the text ("at IMM2") is
** checked against a dated meeting only: "SOM9 was held in Bangkok in
** 2013, under the MOU signed in 2004" is no signing at SOM9.
*/
static void factsCheckActionDates(CommitFacts *p) {
  int i, j, k, kEnd;
  for(i=0; i<p->actions.n; i++){
    CommitFAction *a = ACTION(p, i);
    CommitDay d;
    const CommitFMeeting *m;
    int iFound = -1;
    if( !a->bHasDate || a->iMeeting<0 ) continue;
    if( !commitDiscourseResolve(p, &a->hDate, 0, &d) ) continue;
    if( a->eFrame==COMMIT_FRAME_CURRENT && p->disc.anchor.y
     && (d.y>p->disc.anchor.y
         || (d.y==p->disc.anchor.y && p->disc.anchor.m && d.m>p->disc.anchor.m)) ){
      /* "took stock of SPA IV and named labour migration a priority for
      ** 2017", written in 2016: what was done is dated by the report, the
      ** later year is what it was done for */
      continue;
    }
    m = MEETING(p, a->iMeeting);
    if( !a->bImplicit && m->dStart.y==0 && m->dEnd.y==0 ) continue;
    if( m->dStart.y==0 && m->dEnd.y==0 ){
      /* An undated meeting: its year is near the anchor's, and a past
      ** action is not an upcoming meeting's. */
      if( m->eFrame!=COMMIT_FRAME_UPCOMING
       && !(p->disc.anchor.y && d.y<p->disc.anchor.y-1) ) continue;
    }else if( (m->dStart.y ? m->dStart.y : m->dEnd.y)==d.y && !factsOutside(m, &d) ){
      continue;
    }
    /* (the output records of a series dated in that year, in record
    ** order: the others fail the first test) */
    factsIdxRange(p->pFinIdx->aByYear, p->pFinIdx->nByYear, d.y, &k, &kEnd);
    for(; k<kEnd; k++){
      const CommitFMeeting *o = MEETING(p, j = (int)(u32)p->pFinIdx->aByYear[k]);
      int y = o->dStart.y ? o->dStart.y : o->dEnd.y;
      if( !o->bOut || o->eSeries==0 || y!=d.y || factsOutside(o, &d) ) continue;
      if( iFound<0 || o->eSeries==COMMIT_SERIES_IMM ) iFound = j;
    }
    a->iMeeting = iFound;
  }
}

/*
** The COMMIT MOU was signed once, by ministers, at the first IMM (Yangon,
** 2004).  A signing of an MOU credited to a senior officials' meeting, to
** a later IMM or to a meeting dated in another year is a background
** signing told in passing ("... since the six governments signed the MOU
** in 2004" in a report on SOM14): its meeting is none.
*/
static void factsMouSigning(CommitFacts *p) {
  int i;
  for(i=0; i<p->actions.n; i++){
    CommitFAction *a = ACTION(p, i);
    const CommitFMeeting *m;
    int y;
    if( a->eAction!=COMMIT_ACT_SIGNED || a->iMeeting<0 || a->iDoc<0 ) continue;
    m = MEETING(p, a->iMeeting);
    if( DOC(p, a->iDoc)->eKind==COMMIT_DOC_JD && m->eSeries==COMMIT_SERIES_SOM ){
      /* a joint declaration is signed by ministers: at the SOM's IMM of a
      ** joint session, else at no meeting the report names */
      int iP = m->iPartner>=0 ? commitDiscourseFinal(p, m->iPartner) : -1;
      a->iMeeting = iP>=0 && MEETING(p, iP)->bOut
                    && MEETING(p, iP)->eSeries==COMMIT_SERIES_IMM ? iP : -1;
      if( a->iMeeting<0 && a->bImplicit ){
        /* "The declaration was signed by the heads of delegation", in a
        ** report of SOM8 and the IMM3 that followed it: the one current
        ** ministerial meeting */
        a->iMeeting = factsOnlyCurrent(p, COMMIT_SERIES_IMM, 1);
      }
      continue;
    }
    if( DOC(p, a->iDoc)->eKind!=COMMIT_DOC_MOU ) continue;
    y = m->dStart.y ? m->dStart.y : m->dEnd.y;
    if( m->eSeries==COMMIT_SERIES_SOM || m->eSeries==COMMIT_SERIES_OTHER
     || m->iNum>1 || (y && y!=2004) ){
      a->iMeeting = -1;
    }
  }
}

/*
** A report dated before a meeting cannot tell what the meeting did: the
** actions of a meeting that starts after the report's date (a notice's
** programme, "Signing of the Joint Declaration by the six ministers") are
** planned, not done.
*/
static void factsDropFutureActions(CommitFacts *p) {
  const CommitDay *r = &p->disc.anchor;
  int i;
  if( r->y==0 || r->m==0 || r->d==0 ) return;
  for(i=0; i<p->actions.n; i++){
    CommitFAction *a = ACTION(p, i);
    const CommitFMeeting *m;
    if( a->iMeeting<0 ) continue;
    m = MEETING(p, a->iMeeting);
    if( m->dStart.y==0 || m->dStart.m==0 ) continue;
    if( m->dStart.y>r->y || (m->dStart.y==r->y && m->dStart.m>r->m)
     || (m->dStart.y==r->y && m->dStart.m==r->m && m->dStart.d>r->d) ){
      a->bDrop = 1;
    }
  }
}

/* Drop actions that resolution made identical to an earlier one.  The
** index is rebuilt on the resolved meetings (it has room already). */
static void factsDedupActions(CommitFacts *p) {
  int i, j;
  for(i=0; i<p->actionIdx.nBucket; i++) p->actionIdx.aBucket[i] = -1;
  for(i=0; i<p->actions.n; i++){
    CommitFAction *a = ACTION(p, i);
    u32 b = factsActionHash(a) & (u32)(p->actionIdx.nBucket-1);
    if( a->bDrop ) continue;
    for(j=p->actionIdx.aBucket[b]; j>=0; j=ACTION(p, j)->iHashNext){
      CommitFAction *o = ACTION(p, j);
      if( o->iDoc==a->iDoc && o->eAction==a->eAction && o->iMeeting==a->iMeeting ){
        factsMergeParties(o, a);
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

/*
** Sort the record indexes a[0..n) by (iFirst, index), the order of
** mention (no two keys are equal), using aTmp[0..n) as scratch: a
** bottom-up merge sort, O(n log n).
*/
static void factsSortByFirst(const CommitFacts *p, int *a, int *aTmp, int n) {
  int w, i;
  for(w=1; w<n; w*=2){
    for(i=0; i<n; i+=2*w){
      int lo = i, mid = i+w<n ? i+w : n, hi = i+2*w<n ? i+2*w : n;
      int x = lo, y = mid, k = lo;
      while( x<mid && y<hi ){
        const CommitFMeeting *a1 = MEETING(p, a[x]), *a2 = MEETING(p, a[y]);
        if( a2->iFirst<a1->iFirst || (a2->iFirst==a1->iFirst && a[y]<a[x]) ){
          aTmp[k++] = a[y++];
        }else{
          aTmp[k++] = a[x++];
        }
      }
      while( x<mid ) aTmp[k++] = a[x++];
      while( y<hi ) aTmp[k++] = a[y++];
    }
    memcpy(a, aTmp, sizeof(int)*n);
  }
}

/*
** Number the meetings that appear in the output, in order of mention
** (iFirst, then record index), and keep that order in p->aOutMeeting for
** the output.  One sort (2026-12-07, issue 10: was a selection of the
** next one over all records per output meeting, quadratic).  Returns
** SQLITE_OK or SQLITE_NOMEM.
*/
static int factsNumberMeetings(CommitFacts *p) {
  int i, nOut = 0;
  int *a = sqlite3_malloc64(sizeof(int)*2*((i64)p->meetings.n+1));
  if( a==0 ) return SQLITE_NOMEM;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    m->iOut = -1;
    if( m->bOut ) a[nOut++] = i;
  }
  factsSortByFirst(p, a, a+nOut, nOut);
  for(i=0; i<nOut; i++) MEETING(p, a[i])->iOut = i;
  sqlite3_free(p->aOutMeeting);
  p->aOutMeeting = a;
  p->nOut = nOut;
  return SQLITE_OK;
}

/*
** Where meeting m was held: its stated country, else its city's, else the
** member country that hosts it ("The Burmese Government ... is getting
** ready to play host to a three-day regional conference").
*/
static int factsHeldIn(const CommitFMeeting *m) {
  int k;
  if( m->bVirtual && m->iCity<0 ) return -1;
  /* The city's country first: "ministers in Cambodia, China, ... meet in
  ** the capital" names no country of the meeting. */
  if( m->iCity>=0 ){
    int c = commitGazCountryIdx(aCommitGazEntry[m->iCity].zCountry);
    if( c>=0 ) return c;
  }
  if( m->iCountry>=0 ) return m->iCountry;
  for(k=0; k<m->nHost; k++){
    const CommitFHost *h = &m->aHost[k];
    if( h->eKind==COMMIT_GAZ_COUNTRY && h->iEntry>=0
     && aCommitGazEntry[h->iEntry].iValue==1 ){
      return h->iEntry;
    }
  }
  return -1;
}

/* True if office entry iOffice is a title of international staff (word
** list intl_title): its holder serves no government. */
static int factsIntlTitle(int iOffice) {
  return iOffice>=0 && commitWordListHas(COMMIT_WL_INTL_TITLE,
                                          aCommitGazEntry[iOffice].zName);
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
  if( p->disc.iMain>=0 ) iMainCountry = MEETING(p, p->disc.iMain)->iHeldIn;
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
  return commitGazCountryIdx(e->zCountry);
}

/* Government a person serves, or -1 (international staff, unknown). */
static int factsPersonCountry(const CommitFacts *p, const CommitFPerson *f) {
  if( factsIntlTitle(f->iOffice) ) return -1;
  if( f->iOrg>=0 && factsIntlOrg(f->iOrg) ) return -1;
  if( f->iCountry>=0 ) return f->iCountry;
  if( f->iOrg>=0 ){
    int c = factsOrgEntryCountry(p, f->iOrg);
    if( c>=0 ) return c;
  }
  /* A minister whom the text gives no country speaks for the host: the
  ** member country where the report's meeting is held. */
  if( f->iOffice>=0 && strstr(aCommitGazEntry[f->iOffice].zName, "Minister")
   && p->disc.iMain>=0 ){
    int i = commitDiscourseFinal(p, p->disc.iMain);
    int c = i>=0 ? MEETING(p, i)->iHeldIn : -1;
    if( c>=0 && aCommitGazEntry[c].iValue ) return c;
  }
  return -1;
}

/*
** Finish, after commitDiscourseFinish(): the meetings of actions, every
** date, where each meeting was held, the countries of people and
** organisations, and the output order.  Returns SQLITE_OK.
*/
/*
** A country named as host beside one of its government's bodies ("Viet
** Nam's Ministry of Public Security hosted ...; Viet Nam hosts SOM14"):
** the body is the host, the country only where it sits.  A government
** named as written ("the Government of Lao PDR") stays.
*/
static void factsHostBodies(CommitFMeeting *m) {
  int k, bGov = 0, n = 0;
  for(k=0; k<m->nHost; k++){
    const CommitFHost *h = &m->aHost[k];
    if( h->eKind==COMMIT_GAZ_ORG && h->iEntry>=0 && aCommitGazEntry[h->iEntry].zExtra
     && strcmp(aCommitGazEntry[h->iEntry].zExtra, "gov")==0 ){
      bGov = 1;
    }
    if( h->eKind<0 && h->iEntry<0 ) bGov = 1;      /* "Ministry of ..." as written */
  }
  if( !bGov ) return;
  for(k=0; k<m->nHost; k++){
    if( m->aHost[k].eKind==COMMIT_GAZ_COUNTRY && !m->aHost[k].bWritten ) continue;
    m->aHost[n++] = m->aHost[k];
  }
  m->nHost = n;
}

/* True if two host records name the same body. */
static int factsSameHost(const CommitFacts *p, const CommitFHost *a, const CommitFHost *b) {
  if( a->iEntry>=0 || b->iEntry>=0 ) return a->iEntry==b->iEntry && a->eKind==b->eKind;
  return a->iEnd-a->iStart==b->iEnd-b->iStart
      && memcmp(p->z+a->iStart, p->z+b->iStart, a->iEnd-a->iStart)==0;
}

int commitFactsFinish(CommitFacts *p) {
  int i, rc = factsIdxBuild(p);
  if( rc!=SQLITE_OK ) return rc;
  factsResolveActions(p);
  factsActionDates(p);
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    if( !m->bOut ) continue;
    if( m->nHost==0 && p->nAllHost>0 && m->eFrame==COMMIT_FRAME_CURRENT
     && m->iPartner>=0 && factsLive(p, m->iPartner)>=0
     && MEETING(p, factsLive(p, m->iPartner))->nHost>0
     && factsSameHost(p, &MEETING(p, factsLive(p, m->iPartner))->aHost[0], &p->aAllHost[0]) ){
      /* the other half of the joint session those meetings were */
      if( factsHostSlots(p, &m->aHost) ){    /* (else p->rcHost is set) */
        memcpy(m->aHost, p->aAllHost, sizeof(p->aAllHost[0])*p->nAllHost);
        m->nHost = p->nAllHost;
      }
    }
    factsFinishDates(p, m);
    m->iHeldIn = factsHeldIn(m);
    factsHostBodies(m);
  }
  factsIdxYears(p);
  factsCheckActionDates(p);
  factsMouSigning(p);
  sqlite3_free(p->pFinIdx);
  p->pFinIdx = 0;
  factsDropFutureActions(p);
  factsDedupActions(p);
  if( factsNumberMeetings(p)!=SQLITE_OK ) return SQLITE_NOMEM;
  for(i=0; i<p->people.n; i++){
    PERSON(p, i)->iCountryOut = factsPersonCountry(p, PERSON(p, i));
  }
  for(i=0; i<p->orgs.n; i++){
    CommitFOrg *o = ORG(p, i);
    o->iCountryOut = o->iCountry>=0 ? o->iCountry
                                    : factsOrgEntryCountry(p, o->iEntry);
  }
  return p->rcHost;                    /* SQLITE_OK unless the pool failed */
}

/* ==== Finished values as text (jsonout.c, the registry) =============== */

/*
** The name of host h as the output gives it: a government as written
** ("Royal Thai Government", without "the"), else the entry's name
** (acronyms expanded: "MPS" -> "Ministry of Public Security"), else the
** surface.  Sets *pz; returns the length.
*/
int commitFactsHostName(const CommitFacts *p, const CommitFHost *h,
                        const char **pz) {
  int i = h->iStart;
  if( h->iEntry>=0 && !h->bWritten ){
    *pz = aCommitGazEntry[h->iEntry].zName;
    return (int)strlen(*pz);
  }
  if( h->bWritten && h->iEnd-i>4 && sqlite3_strnicmp(p->z+i, "the ", 4)==0 ){
    i += 4;
  }
  *pz = p->z + i;
  return h->iEnd - i;
}

/*
** The organisation of person f as the output gives it, into zBuf (nBuf
** bytes, NUL-terminated): as written, white space collapsed and the
** possessive of an acronym dropped ("the UN's Inter-Agency Project ..." ->
** "UN Inter-Agency Project ..."); "Ministry of " and a portfolio as
** written ("Ministry of Women's and Veterans' Affairs"); else the name of
** its entry.  Returns the length, 0 if there is none.
*/
int commitFactsPersonOrg(const CommitFacts *p, const CommitFPerson *f,
                         char *zBuf, int nBuf) {
  int i, n = 0, bSpace = 0;
  if( nBuf<=0 ) return 0;
  zBuf[0] = 0;
  if( f->eOrgForm==0 ){
    if( f->iOrg<0 ) return 0;
    sqlite3_snprintf(nBuf, zBuf, "%s", aCommitGazEntry[f->iOrg].zName);
    return (int)strlen(zBuf);
  }
  if( f->eOrgForm==COMMIT_ORG_WRITTEN && f->iOrg>=0
   && strncmp(aCommitGazEntry[f->iOrg].zName, "Ministry ", 9)==0 ){
    /* "Vietnamese MPS Vice Minister": a ministry's acronym, perhaps after
    ** its country, is the ministry's name */
    int e = f->iOrgEnd, b;
    while( e>f->iOrgStart && p->z[e-1]==' ' ) e--;
    b = e;
    while( b>f->iOrgStart && p->z[b-1]!=' ' ) b--;
    if( e-b>=2 ){
      int q;
      for(q=b; q<e && p->z[q]>='A' && p->z[q]<='Z'; q++){}
      if( q==e ){
        sqlite3_snprintf(nBuf, zBuf, "%s", aCommitGazEntry[f->iOrg].zName);
        return (int)strlen(zBuf);
      }
    }
  }
  if( f->eOrgForm==COMMIT_ORG_MINISTRY ){
    n = sqlite3_snprintf(nBuf, zBuf, "Ministry of ") ? 12 : 0;
    if( n>=nBuf ) n = nBuf-1;
  }
  for(i=f->iOrgStart; i<f->iOrgEnd && n<nBuf-1; i++){
    char c = p->z[i];
    if( c==' ' || c=='\n' || c=='\r' || c=='\t' ){
      bSpace = 1;
      continue;
    }
    /* "UN's": the possessive of an acronym (two capitals before it). */
    if( (c=='\'' || ((u8)c==0xE2 && i+2<f->iOrgEnd && (u8)p->z[i+1]==0x80
                      && (u8)p->z[i+2]==0x99))
     && i-2>=f->iOrgStart && p->z[i-1]>='A' && p->z[i-1]<='Z'
     && p->z[i-2]>='A' && p->z[i-2]<='Z' ){
      int iS = c=='\'' ? i+1 : i+3;
      if( iS<f->iOrgEnd && p->z[iS]=='s'
       && (iS+1>=f->iOrgEnd || p->z[iS+1]==' ' || p->z[iS+1]=='\n') ){
        i = iS;
        continue;
      }
    }
    if( bSpace && n>0 && n<nBuf-1 ) zBuf[n++] = ' ';
    bSpace = 0;
    zBuf[n++] = c;
  }
  zBuf[n] = 0;
  return n;
}
