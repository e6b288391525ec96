/*
** 2026-12-06
**
** discourse.c -- read the report as a whole.
**
** This stage sits between the sentence recognisers (rules.c) and fact
** assembly (facts.c).  It decides three things a sentence alone cannot,
** the way a temporal tagger (HeidelTime, SUTime) reads news: a document
** date for the text, and a frame for every clause.
**
** 1. Reference time.  commitDiscourseSentence() collects the candidates:
**    the story's dateline ("HANOI, Feb. 14 (Xinhua) --", "29 October 2004,
**    Yangon, Myanmar --": a date on a line that names a city) and page
**    dates (a date on a line of its own, "Updated: 2007-12-15 10:07", a
**    cable date-time group "190614Z DEC 07", a "Created" stamp).  A
**    declassification date ("DECL: 11/02/2014") is no candidate.  At the
**    end the anchor is the story's dateline, its year completed from the
**    page date or options.published; else the page date; else
**    options.published, which may be a year or a month only.  A repost
**    dated years later thus keeps the story's own date.  No other year
**    of the text is ever the anchor.
**
** 2. Frames.  Every token gets the frame of its segment of the sentence
**    (segments end at "since", "because", "but", ... and ';'):
**      BACKGROUND  the segment says "since", "ago", "last year", "back at",
**                  "previous", "had" (data/words.tsv, frame_past);
**      UPCOMING    a future word precedes the token in its segment ("will",
**                  "scheduled", "is to", "next": frame_future);
**      CURRENT     otherwise: the report's own event.
**    A meeting mention is UPCOMING also when a future word follows it in
**    its segment and heads a verb of taking place ("IMM-3 is scheduled to
**    be held", "SOM8 and IMM3 are to be held"), but not "SOM8 is to be
**    followed by IMM3" or "the meeting that will last till 7 November".
**    At the end a meeting dated more than a year before the anchor is a
**    background meeting whatever its words.
**
** 3. Meeting mentions.  A label ("IMM3", "the eighth Senior Officials'
**    Meeting") names one record per code.  Every other mention makes a
**    record of its own: unnumbered labels ("the Senior Officials Meeting
**    (SOM)"), levels ("the inter-ministerial meeting", "ministerial
**    level"), generic mentions ("the two-day meeting", "a meeting in
**    Yangon", "the fourth conference"), and the clauses that speak of a
**    meeting without naming it ("convened here yesterday", "ministers
**    meet in Yangon", "signed ... in Yangon ... by Ministers").  The level
**    words of such a clause ("ministers", "senior officials") give the
**    record its series.  At the end commitDiscourseFinish() resolves them:
**      - the main meeting is the first numbered label of the current
**        frame, else the first unnumbered label, else the first other
**        record of the current frame, else the first label;
**      - a current-frame record joins the main session: its meeting of
**        the same series (a SOM/IMM pair shares one), or the main meeting
**        itself when the series agrees or is unknown;
**      - an upcoming or background record joins the one labelled meeting
**        of its frame and series that agrees with it, else an earlier
**        record of its frame and series that agrees, else stands alone;
**      - records agree unless they give different years or cities.
**    A record that merged nowhere and says nothing (no series, number,
**    date, place, host or attendance) and is not the main meeting is not
**    a meeting of the report.
**
** Dates are resolved by commitDiscourseDate(): weekdays and "today"
** need a full anchor; a day and month take the anchor's year, else the
** year the text gives for the same meeting, else stay unknown.
**
** Limits: frames are lexical (no parse tree); a future word in a
** relative clause before a mention makes it upcoming.
*/
#include "commit.h"
#include <string.h>

#define MEETING(p, i) COMMIT_MEETING(p, i)

/* ==== Records ========================================================== */

/*
** A new meeting record for a mention (or, with pMention NULL-like
** positions, for a clause).  Returns its index or -1 on OOM.
*/
int commitDiscourseNewMeeting(CommitFacts *p, const CommitItem *pMention,
                              int eSeries, int iNum, int eForm, int eFrame) {
  CommitFMeeting *m = commitFactsPush(&p->meetings, sizeof(CommitFMeeting));
  if( m==0 ) return -1;
  m->eSeries = eSeries;
  m->iNum = iNum;
  m->eForm = eForm;
  m->eFrame = eFrame;
  m->iFirst = pMention->iStart;
  m->iFirstEnd = pMention->iEnd;
  if( eForm==COMMIT_FORM_LABEL || eForm==COMMIT_FORM_LEVEL
   || eForm==COMMIT_FORM_GENERIC ){
    m->iNameStart = pMention->iStart;
    m->iNameEnd = pMention->iEnd;
  }
  m->iPartner = -1;
  m->iCity = m->iCountry = m->iCapitalOf = -1;
  m->iMerged = -1;
  m->iHeldIn = -1;
  return p->meetings.n-1;
}

/*
** The record of a numbered label (IMM3): one per code, found through the
** label table in O(1).  Its frame is that of its first mention; a later
** mention in the current frame makes it current when its clause says the
** meeting took place or acted (bHappened: "IMM3 opened", "IMM3 adopted").
** Returns its index or -1 on OOM.
*/
static int discLabel(CommitFacts *p, const CommitItem *it, int eFrame,
                     int bHappened) {
  int eSeries = it->aVal[0], iNum = it->aVal[1], i;
  int *pSlot = &p->disc.aLabel[eSeries][iNum];
  if( *pSlot ){
    CommitFMeeting *m = MEETING(p, *pSlot-1);
    if( eFrame==COMMIT_FRAME_CURRENT && bHappened ) m->eFrame = eFrame;
    return *pSlot-1;
  }
  i = commitDiscourseNewMeeting(p, it, eSeries, iNum, COMMIT_FORM_LABEL,
                                eFrame);
  if( i>=0 ) *pSlot = i+1;
  return i;
}

/* ==== Clauses and frames =============================================== */

/* Tokens of a phrase of word list eList at token i of s, or 0. */
static int discWord(const CommitFacts *p, const CommitSentence *s, int eList,
                    int i) {
  return commitWordMatch(eList, p->z, s->aTok, s->nTok, i);
}

/* True if token i is the word zLower (any case). */
static int discIs(const CommitFacts *p, const CommitSentence *s, int i,
                  const char *zLower) {
  return i>=0 && i<s->nTok && commitTokenIsCi(p->z, &s->aTok[i], zLower);
}

/* True if token i is punctuation c. */
static int discPunct(const CommitSentence *s, int i, int c) {
  return i>=0 && i<s->nTok && s->aTok[i].eType==COMMIT_TOK_PUNCT
      && s->aTok[i].cPunct==c;
}

/*
** Number the strong clauses of the sentence into aClause: a word of
** clause_strong ("since", "but") opens a clause about something else, so
** that a meeting mention does not reach over it.
*/
/*
** True if token i is a word of clause_strong that opens a clause: "after"
** and "before" followed by a year, month or weekday are prepositions
** ("after 2013").
*/
static int discStrong(const CommitFacts *p, const CommitSentence *s, int i) {
  const CommitToken *t;
  if( i>0 && discIs(p, s, i, "as") && discPunct(s, i-1, ',')
   && discWord(p, s, COMMIT_WL_AS_CLAUSE_LEAD, i+1)==1 ){
    return 1;     /* "endorsed a plan on Thursday, as the framework they set
                  ** up a decade ago celebrated": a clause of its own */
  }
  if( !discWord(p, s, COMMIT_WL_CLAUSE_STRONG, i) ) return 0;
  /* "not only signed the MOU but also endorsed a plan": one subject's
  ** second act */
  if( discIs(p, s, i, "but") && discIs(p, s, i+1, "also") ) return 0;
  if( !discIs(p, s, i, "after") && !discIs(p, s, i, "before") ) return 1;
  if( i+1>=s->nTok ) return 0;
  t = &s->aTok[i+1];
  if( t->eType!=COMMIT_TOK_WORD || (t->mFlag & COMMIT_TF_DIGIT) ) return 0;
  return commitGazetteerFind(p->pGaz, p->z + t->iStart, t->iEnd - t->iStart,
                             COMMIT_GAZ_MONTH)<0
      && commitGazetteerFind(p->pGaz, p->z + t->iStart, t->iEnd - t->iStart,
                             COMMIT_GAZ_WEEKDAY)<0;
}

/*
** True if the comma at token i opens a reduced relative clause about what
** stands before it: "since its second Inter-Ministerial Meeting, held in
** Beijing last December" (a past participle of meeting or hosting).
*/
static int discReducedRelative(const CommitFacts *p, const CommitSentence *s,
                               int i) {
  return discPunct(s, i, ',')
      && (discWord(p, s, COMMIT_WL_PAST_MEET, i+1) || discIs(p, s, i+1, "hosted"))
      && !discIs(p, s, i+1, "used") && !discIs(p, s, i+1, "came");
}

/*
** True if the comma at token i opens a relative clause about the noun
** before it: ", which", ", where", ", at which", ", during which".  Such a
** clause keeps the clause and frame of its noun ("Since the fifth IMM,
** which Thailand chaired online in December 2022, criminals have ...").
*/
static int discRelativeAfter(const CommitFacts *p, const CommitSentence *s,
                             int i) {
  return discIs(p, s, i+1, "which") || discIs(p, s, i+1, "where")
      || (discIs(p, s, i+2, "which")
          && (discIs(p, s, i+1, "at") || discIs(p, s, i+1, "in")
              || discIs(p, s, i+1, "during")));
}

static int discPastVerb(const CommitFacts *p, const CommitSentence *s, int i);

/*
** True if the comma at token i sets off a verb's place or time ("since
** ministers last met, in Phnom Penh in April 2015, to endorse ..."): it
** closes no clause.
*/
static int discVerbAside(const CommitFacts *p, const CommitSentence *s, int i) {
  return i>0 && i+1<s->nTok && (discPastVerb(p, s, i-1) || discIs(p, s, i-1, "met"))
      && (discIs(p, s, i+1, "in") || discIs(p, s, i+1, "on") || discIs(p, s, i+1, "at"));
}

static void discClauses(const CommitFacts *p, const CommitSentence *s,
                        const u8 *aInName, u8 *aClause) {
  int i, n = 0, bOpen = 0, bReduced = 0;
  for(i=0; i<s->nTok; i++){
    if( discStrong(p, s, i) && n<255 ){
      n++;
      bOpen = 1;
      bReduced = 0;
    }else if( bOpen && discReducedRelative(p, s, i) ){
      bReduced = 1;
    }else if( bOpen && discPunct(s, i, ',') && !aInName[i] && n<255
           /* "after the Beijing round of December 2007, at which ministers
           ** signed": a relative clause stays with its noun */
           && !discRelativeAfter(p, s, i)
           /* "Since the 13th SOM, held in Nanchang, Jiangxi province,
           ** China, in March 2019, the ...": the participle's places and
           ** dates stay in the clause */
           && !(bReduced && i+1<s->nTok
                && ((s->aTok[i+1].mFlag & COMMIT_TF_CAP) || discIs(p, s, i+1, "in")
                    || discIs(p, s, i+1, "on") || discIs(p, s, i+1, "at")))
           /* "since ministers last met, in Phnom Penh in April 2015, to
           ** endorse ...": the verb's place and time set off by commas */
           && !discVerbAside(p, s, i) ){
      /* "Since the MOU was signed in 2004, the six ...": the main clause. */
      n++;
      bOpen = 0;
    }
    aClause[i] = (u8)n;
  }
}

/*
** True if token i starts a frame segment: a strong clause word, ';', or
** the comma that closes a strong clause ("Since 2004, ...", "making his
** first appearance since his appointment, gave ...").
*/
/* True if token i is a lower-case word in "-ed": a past verb. */
static int discPastVerb(const CommitFacts *p, const CommitSentence *s, int i) {
  const CommitToken *t = &s->aTok[i];
  int n = t->iEnd - t->iStart;
  return t->eType==COMMIT_TOK_WORD && !(t->mFlag & COMMIT_TF_CAP) && n>3
      && p->z[t->iEnd-2]=='e' && p->z[t->iEnd-1]=='d';
}

/* True if token i is a word in "-ing" in lower case: "renewing". */
static int discGerund(const CommitFacts *p, const CommitSentence *s, int i) {
  const CommitToken *t;
  if( i<0 || i>=s->nTok ) return 0;
  t = &s->aTok[i];
  return t->eType==COMMIT_TOK_WORD && !(t->mFlag & COMMIT_TF_CAP) && t->iEnd - t->iStart>5
      && memcmp(p->z + t->iEnd - 3, "ing", 3)==0;
}

static int discSegmentStart(const CommitFacts *p, const CommitSentence *s,
                            const u8 *aInName, int i) {
  int k;
  if( discStrong(p, s, i) || discPunct(s, i, ';') ) return 1;
  if( !discPunct(s, i, ',') || aInName[i] || discReducedRelative(p, s, i) ) return 0;
  if( discVerbAside(p, s, i) ) return 0;
  if( discIs(p, s, i+1, "and") && i+2<s->nTok && discPastVerb(p, s, i+2) ){
    /* "endorsed SPA IV, which will steer the process to 2018, and signed
    ** the declaration": the verb after ", and" is the main clause's again */
    for(k=i-1; k>=0; k--){
      if( discIs(p, s, k, "which") || discIs(p, s, k, "who") ) return 1;
      if( discPunct(s, k, ',') && !aInName[k] ) break;
    }
  }
  if( discIs(p, s, i+1, "which") || discIs(p, s, i+1, "where") ) return 0;
  for(k=i-1; k>=0; k--){
    if( (discPunct(s, k, ',') && !aInName[k]) || discPunct(s, k, ';') ) return 0;
    if( discStrong(p, s, k) ) return 1;
  }
  return 0;
}

/*
** Mark in aInName the commas that close no clause: inside place names
** ("Yangon, Myanmar"), inside brackets ("because the last SOM (SOM 11,
** in Vientiane in 2016) introduced ...") and in lists of countries.
*/
/* Tokens of an aside on a place between commas ("Yangon, the capital at
** the time, in October 2004"), at most. */
#define DISC_PLACE_ASIDE 6

/* True unless the gazetteer puts city entry iCity in a country other
** than entry iCountry ("Bagan, Laos" is no place name). */
static int discCityInCountry(int iCity, int iCountry) {
  const char *zIn, *zCode;
  if( iCity<0 || iCity>=nCommitGazEntry || iCountry<0 || iCountry>=nCommitGazEntry ) return 1;
  zIn = aCommitGazEntry[iCity].zCountry;
  zCode = aCommitGazEntry[iCountry].zCode;
  return zIn==0 || zCode==0 || strcmp(zIn, zCode)==0;
}

static void discPlaceCommas(const CommitFacts *p, const CommitSentence *s,
                            const CommitItems *pItems, u8 *aInName) {
  int k, nDepth = 0;
  memset(aInName, 0, s->nTok);
  for(k=0; k<s->nTok; k++){
    if( discPunct(s, k, '(') ) nDepth++;
    else if( discPunct(s, k, ')') && nDepth>0 ) nDepth--;
    else if( nDepth>0 && discPunct(s, k, ',') ) aInName[k] = 1;
  }
  for(k=0; k+1<pItems->n; k++){
    const CommitItem *it = &pItems->a[k], *pNext = &pItems->a[k+1];
    if( it->eKind==COMMIT_ITEM_PLACE && pNext->eKind==COMMIT_ITEM_COUNTRY
     && pNext->iTok==it->iTokEnd+1 && discPunct(s, it->iTokEnd, ',')
     && discCityInCountry(it->iEntry, pNext->iEntry)
     /* "Before Bagan, Lao PDR's Ministry hosted": a new subject */
     && !(discPunct(s, pNext->iTokEnd, '\'') && discIs(p, s, pNext->iTokEnd+1, "s")) ){
      aInName[it->iTokEnd] = 1;
    }
    /* "since the six countries of China, Cambodia, Laos, ... signed": the
    ** commas of a list of countries close no clause */
    if( it->eKind==COMMIT_ITEM_COUNTRY && pNext->eKind==COMMIT_ITEM_COUNTRY
     && pNext->iTok==it->iTokEnd+1 && discPunct(s, it->iTokEnd, ',') ){
      aInName[it->iTokEnd] = 1;
    }
    /* "since the first IMM in Yangon, in October 2004, at which": the
    ** place's date after its comma */
    if( it->eKind==COMMIT_ITEM_PLACE && discPunct(s, it->iTokEnd, ',')
     && it->iTok>0 && discIs(p, s, it->iTok-1, "in")    /* (not "Two years
                                                ** before Suzhou, in 2022, ...") */
     && (discIs(p, s, it->iTokEnd+1, "in") || discIs(p, s, it->iTokEnd+1, "on"))
     && pNext->eKind==COMMIT_ITEM_DATE && pNext->iTok==it->iTokEnd+2 && pNext->aVal[0] ){
      aInName[it->iTokEnd] = 1;
    }
    /* "hosted the first IMM in Yangon, the capital at the time, in October
    ** 2004": an aside on the place, then the date */
    if( it->eKind==COMMIT_ITEM_PLACE && discPunct(s, it->iTokEnd, ',')
     && (discIs(p, s, it->iTokEnd+1, "the") || discIs(p, s, it->iTokEnd+1, "then")) ){
      int t;
      for(t=it->iTokEnd+1; t<s->nTok && t<=it->iTokEnd+DISC_PLACE_ASIDE; t++){
        if( s->aTok[t].eType==COMMIT_TOK_PUNCT ) break;
      }
      if( t<s->nTok && t>it->iTokEnd+1 && discPunct(s, t, ',')
       && (discIs(p, s, t+1, "in") || discIs(p, s, t+1, "on")) ){
        int q;
        for(q=k+1; q<pItems->n; q++){
          if( pItems->a[q].iTok==t+2 && pItems->a[q].eKind==COMMIT_ITEM_DATE ){
            aInName[it->iTokEnd] = 1;
            aInName[t] = 1;
          }
        }
      }
    }
    /* "since the six ministers signed the MOU at their first meeting, in
    ** Yangon in October 2004": the meeting's place or date after a comma */
    if( it->eKind==COMMIT_ITEM_MEETING
     && (pNext->eKind==COMMIT_ITEM_PLACE || pNext->eKind==COMMIT_ITEM_DATE)
     && pNext->iTok==it->iTokEnd+2 && discPunct(s, it->iTokEnd, ',')
     && (discIs(p, s, it->iTokEnd+1, "in") || discIs(p, s, it->iTokEnd+1, "on")) ){
      aInName[it->iTokEnd] = 1;
    }
  }
}

/*
** True if the future word at token i heads a verb of taking place within
** the next four tokens ("is scheduled to be held", "would take place").
*/
static int discOccurAfter(const CommitFacts *p, const CommitSentence *s,
                          int i) {
  int k;
  for(k=i; k<s->nTok && k<i+5; k++){
    if( discWord(p, s, COMMIT_WL_FRAME_OCCUR, k) ) return 1;
    if( s->aTok[k].eType==COMMIT_TOK_PUNCT ) return 0;
  }
  return 0;
}

/*
** True if the verb at token i is told as done: "was adopted", "were
** signed", "had been endorsed" (but not "will have been", "to be").
*/
static int discDoneBefore(const CommitFacts *p, const CommitSentence *s,
                          int i) {
  if( i<1 ) return 0;
  if( discIs(p, s, i-1, "was") || discIs(p, s, i-1, "were") ) return 1;
  return i>=2 && discIs(p, s, i-1, "been")
      && (discIs(p, s, i-2, "had") || discIs(p, s, i-2, "has")
          || discIs(p, s, i-2, "have"))
      && !(i>=3 && (discIs(p, s, i-3, "will") || discIs(p, s, i-3, "would")
                    || discIs(p, s, i-3, "should")));
}

/*
** Frames of the sentence (see the file header): aFrame[i] for every token.
** Mentions get their own frame from discMentionFrame().
*/
/*
** True if the future word at token k tells no coming event: "next" opening
** a span of time ("over the next four years", "in the next decade"), or
** "plan to" after an article ("a new four-year plan to fight trafficking").
*/
static int discNextSpan(const CommitFacts *p, const CommitSentence *s, int k) {
  int j = k+1;
  if( (discIs(p, s, k, "plan") || discIs(p, s, k, "plans")) && k>0
   && discWord(p, s, COMMIT_WL_PLAN_NOUN_LEAD, k-1)==1 ){
    return 1;     /* "endorsed a new four-year plan to fight trafficking": a
                  ** plan named, no one planning */
  }
  if( !discIs(p, s, k, "next") ) return 0;
  if( k>=2 && discIs(p, s, k-1, "the")
   && (discPastVerb(p, s, k-2) || discIs(p, s, k-2, "took")) ){
    return 1;     /* "Senior officials took the next step in Hanoi": done */
  }
  if( j<s->nTok && (s->aTok[j].eType==COMMIT_TOK_NUM || discIs(p, s, j, "two")
                    || discIs(p, s, j, "three") || discIs(p, s, j, "four")
                    || discIs(p, s, j, "five") || discIs(p, s, j, "ten")
                    || discIs(p, s, j, "few") || discIs(p, s, j, "several")) ){
    j++;
  }
  return j<s->nTok && discWord(p, s, COMMIT_WL_SPAN_UNIT, j)==1;
}

/* True if "last year" at token k is a plan's final year, not the year
** before: "as the joint plan enters last year", "in its last year". */
static int discFinalYear(const CommitFacts *p, const CommitSentence *s, int k) {
  return discIs(p, s, k, "last") && k>0
      && (discIs(p, s, k-1, "its") || discIs(p, s, k-1, "the") || discIs(p, s, k-1, "their")
          || discIs(p, s, k-1, "enters") || discIs(p, s, k-1, "entering")
          || discIs(p, s, k-1, "into"));
}

/*
** True if token k opens a subject (a SUBJECT item: "their ministers",
** "the six") right before an act in the past ("signed", "adopted"): "the
** MOU their ministers signed".
*/
static int discPastAct(const CommitFacts *p, const CommitSentence *s,
                       const CommitItems *pItems, int k) {
  int q, r;
  for(q=0; q<pItems->n; q++){
    const CommitItem *it = &pItems->a[q];
    int e = it->iTokEnd;
    if( it->eKind!=COMMIT_ITEM_SUBJECT || it->iTok!=k ) continue;
    /* "ministers from Burma, Cambodia, China, Laos, Thailand and Vietnam
    ** signed": the subject's countries stand between it and its act */
    for(r=q+1; r<pItems->n && e<s->nTok; r++){
      const CommitItem *c = &pItems->a[r];
      if( c->eKind!=COMMIT_ITEM_COUNTRY ) continue;
      while( e<c->iTok && (discPunct(s, e, ',') || discIs(p, s, e, "and")
                           || discIs(p, s, e, "from") || discIs(p, s, e, "of")) ){
        e++;
      }
      if( e!=c->iTok ) break;
      e = c->iTokEnd;
    }
    for(r=q+1; r<pItems->n; r++){
      const CommitItem *a = &pItems->a[r];
      if( a->eKind==COMMIT_ITEM_ACTION && a->iTok==e && !a->aVal[2]
       && discPastVerb(p, s, a->iTok) ){
        return 1;
      }
    }
  }
  return 0;
}

static void discFrames(const CommitFacts *p, const CommitSentence *s,
                       const CommitItems *pItems, const u8 *aInName,
                       u8 *aFrame) {
  int a = 0;
  while( a<s->nTok ){
    int b = a+1, k, bPast = 0, iFuture = -1, iPastFrom = a, iFutureEnd = s->nTok;
    while( b<s->nTok && !discSegmentStart(p, s, aInName, b) ) b++;
    for(k=a; k<b && !bPast; k++){
      int n = discWord(p, s, COMMIT_WL_FRAME_PAST, k);
      /* "to turn last year's MOU into work": a noun's time, not the clause's */
      if( n>0 && !discFinalYear(p, s, k)
       && !(discPunct(s, k+n, '\'') && discIs(p, s, k+n+1, "s")) ){
        bPast = 1;
      }
    }
    if( bPast ){
      /* "officials met in Hanoi and adopted the first SPA, a program that
      ** is to give shape to the MOU the governments signed last year":
      ** the past word is the relative clause's, not the main clause's;
      ** but "the meeting that took place last year" is past whole */
      int r, q;
      for(r=k-2; r>a; r--){
        if( discPunct(s, r, ',') && discGerund(p, s, r+1) ){
          /* "signed a declaration here on Thursday, renewing the pledge
          ** their governments first made eight years ago": the past word
          ** is the participle clause's */
          iPastFrom = r;
          break;
        }
        if( discIs(p, s, r, "that") || discIs(p, s, r, "which") ){
          int bMeeting = 0;
          for(q=0; q<pItems->n; q++){
            const CommitItem *it = &pItems->a[q];
            if( it->eKind==COMMIT_ITEM_MEETING
             && (it->iTokEnd==r || (it->iTokEnd==r-1 && discPunct(s, r-1, ','))) ){
              bMeeting = 1;
            }
          }
          /* "the SOM8, held in Hanoi, at which officials reviewed the
          ** previous plan": a clause about the meeting's own time */
          if( discIs(p, s, r-1, "at") || discIs(p, s, r-1, "during")
           || discIs(p, s, r-1, "in") || discIs(p, s, r-1, "on")
           || discIs(p, s, r-1, "of") || discIs(p, s, r-1, "after")
           || discIs(p, s, r-1, "before") ){
            bMeeting = 1;
          }
          if( !bMeeting ) iPastFrom = r;
          break;
        }
      }
    }
    /* "Twenty-one years after the six governments signed": the segment
    ** that "after" opens is long past */
    if( a>0 && discIs(p, s, a, "after")
     && (discIs(p, s, a-1, "years") || discIs(p, s, a-1, "decade")
         || discIs(p, s, a-1, "decades")) ){
      bPast = 1;
    }
    for(k=a; k<b; k++){
      if( iFuture<0 && discWord(p, s, COMMIT_WL_FRAME_FUTURE, k) && !discNextSpan(p, s, k)
       /* "as luck would have it": an idiom, no time to come */
       && !(discIs(p, s, k, "would") && discIs(p, s, k+1, "have") && discIs(p, s, k+2, "it"))
       /* "the Government went ahead and hosted": done */
       && !(discIs(p, s, k, "ahead") && k>0
            && (discIs(p, s, k-1, "went") || discIs(p, s, k-1, "gone"))) ){
        iFuture = k;
        if( k>=2 && discPunct(s, k-2, ',') && discIs(p, s, k-1, "which") ){
          /* "endorsed SPA IV, which will guide work to 2018, at the
          ** fourth IMM": the relative clause ends at its comma */
          for(iFutureEnd=k+1; iFutureEnd<b && !discPunct(s, iFutureEnd, ','); iFutureEnd++){}
        }
      }
      if( iFuture>=0 && k>iFuture && iFutureEnd==s->nTok && discPastAct(p, s, pItems, k) ){
        /* "how they intend to carry out the MOU their ministers signed at
        ** the ministerial meeting in Rangoon": an act told as done, its
        ** subject before it, is no plan */
        iFutureEnd = k-1;
      }
      if( iFuture>=0 && k>iFutureEnd ) iFuture = -1;
      aFrame[k] = bPast && k>=iPastFrom ? COMMIT_FRAME_BACKGROUND
                : (iFuture>=0 && k>iFuture) ? COMMIT_FRAME_UPCOMING
                : COMMIT_FRAME_CURRENT;
    }
    a = b;
  }
}

/*
** The frame of a meeting mention over tokens [i,iEnd): that of its first
** token, or UPCOMING when a future word after it in its segment heads a
** verb of taking place.
*/
static int discMentionFrame(const CommitFacts *p, const CommitSentence *s,
                            const u8 *aInName, const u8 *aFrame, int i,
                            int iEnd) {
  int k;
  if( aFrame[i]==COMMIT_FRAME_UPCOMING && i>=3 && discPunct(s, i-2, '\'')
   && discIs(p, s, i-1, "s")
   && (discIs(p, s, i-3, "week") || discIs(p, s, i-3, "yesterday")
       || discIs(p, s, i-3, "month")) && !discIs(p, s, i-4, "next") ){
    /* "will carry out the pact it signed at last week's ministerial
    ** meeting": a meeting dated by its own past words */
    return COMMIT_FRAME_CURRENT;
  }
  if( aFrame[i]!=COMMIT_FRAME_CURRENT ) return aFrame[i];
  if( i>0 && (discIs(p, s, i-1, "last") || discIs(p, s, i-1, "previous"))
   && !discIs(p, s, i, "year") && !discIs(p, s, i, "week") && !discIs(p, s, i, "month") ){
    return COMMIT_FRAME_BACKGROUND;        /* "the last ministerial meeting" */
  }
  for(k=iEnd; k<s->nTok && !discSegmentStart(p, s, aInName, k); k++){
    /* "Our meeting has been held as the country prepares for a festival
    ** that will take place ...": another clause. */
    if( discWord(p, s, COMMIT_WL_CLAUSE, k) || discIs(p, s, k, "as")
     || discIs(p, s, k, "that") || discWord(p, s, COMMIT_WL_FRAME_OCCUR, k) ){
      break;
    }
    int n = discWord(p, s, COMMIT_WL_FRAME_FUTURE, k);
    if( n>0 ){
      if( discOccurAfter(p, s, k+n) || discWord(p, s, COMMIT_WL_FRAME_OCCUR, k) ){
        return COMMIT_FRAME_UPCOMING;
      }
      return COMMIT_FRAME_CURRENT;
    }
  }
  return COMMIT_FRAME_CURRENT;
}

/* ==== Anchor candidates ================================================ */

/* True if the date item it is a declassification date ("DECL: 11/02/14"). */
static int discDeclassified(const CommitFacts *p, const CommitSentence *s,
                            const CommitItem *it) {
  int k;
  for(k=it->iTok-1; k>=0 && k>=it->iTok-3; k--){
    if( discIs(p, s, k, "decl") || discIs(p, s, k, "declassify") ) return 1;
  }
  return 0;
}

/*
** True if date item it follows the city that opens a line, as a story's
** dateline does ("BEIJING, 14 December 2007 --", "Hanoi, Feb. 14 (VNA)"):
** a place at the line's start, a comma, the date, then a dash, a bracket,
** a colon or the end of the line.  Where the story starts below a repost's
** preamble, this form still marks it.
*/
static int discCityDateLead(const CommitSentence *s, const CommitItems *pItems,
                            const CommitItem *it) {
  int k, e = it->iTokEnd, iEnd = it->iTok-1;
  if( it->iTok<2 || !discPunct(s, it->iTok-1, ',') ) return 0;
  for(k=0; k<pItems->n; k++){
    /* "Phnom Penh, Kingdom of Cambodia, 30 April 2015": its country */
    const CommitItem *q = &pItems->a[k];
    if( q->eKind==COMMIT_ITEM_COUNTRY && q->iTokEnd==it->iTok-1 && q->iTok>=2
     && discPunct(s, q->iTok-1, ',') ){
      iEnd = q->iTok-1;
    }
  }
  for(k=0; k<pItems->n; k++){
    const CommitItem *q = &pItems->a[k];
    if( q->eKind==COMMIT_ITEM_PLACE && q->iTokEnd==iEnd
     && (q->iTok==0 || (s->aTok[q->iTok].mFlag & COMMIT_TF_NL)) ){
      break;
    }
  }
  if( k==pItems->n ) return 0;
  return e>=s->nTok || (s->aTok[e].mFlag & COMMIT_TF_NL) || discPunct(s, e, '-')
      || discPunct(s, e, '(') || discPunct(s, e, ':')
      || (s->aTok[e].eType==COMMIT_TOK_PUNCT && s->aTok[e].cPunct!=',');
}

/* Sentences after a rule line within which a post's date line is read
** (an item of a feed: "----- item 3 -----", "title:", "link:", "guid:",
** "pubDate: ..."). */
#define DISC_RULE_REACH 5

/*
** True if sentence s may carry the date line of the post under the last
** rule: the sentence right after it, or a later one up to the first
** dated line after it.
*/
static int discUnderRule(const CommitFacts *p, const CommitSentence *s) {
  if( p->disc.iRuleSent<0 ) return 0;
  if( s->iSentence - p->disc.iRuleSent<=1 ) return 1;
  return s->iSentence - p->disc.iRuleSent<=DISC_RULE_REACH
      && p->disc.iRuleUsed!=p->disc.iRuleSent;
}

/*
** True if date item it is a dateline or page date: a full date that only
** capitalised words, numbers and punctuation precede in its sentence
** ("BEIJING, Dec. 14 (Xinhua) --", "Tuesday, February 14, 2012 17:05",
** "(China.org.cn December 14, 2007)"), near the top of the text or in a
** sentence that says "updated", "posted", ...; or a cable date-time group.
*/
/* Dots in a row that make a fact sheet's leader, at least. */
#define DISC_LEADER_DOTS 4

static int discIsDateline(const CommitFacts *p, const CommitSentence *s,
                          const CommitItems *pItems, const CommitItem *it) {
  int k, bPubWord = 0;
  int bLineStart = it->iTok>0 && (s->aTok[it->iTok].mFlag & COMMIT_TF_NL);
  if( !bLineStart && it->iTok>=2 && !(it->mFlag & COMMIT_DF_RANGE) ){
    /* "Last updated: 12 Jan 2017 | Compiled by ...": a label opening its
    ** line, then the date */
    int t = it->iTok-1, bPub = 0;
    while( t>0 && t>=it->iTok-4 && !(s->aTok[t].mFlag & COMMIT_TF_NL) ){
      if( discWord(p, s, COMMIT_WL_PUB_WORD, t) ) bPub = 1;
      t--;
    }
    if( bPub && (s->aTok[t].mFlag & COMMIT_TF_NL) && t>0 ) bLineStart = 1;
    /* "News No. 96/2547        Date 29 July 2547": the label right before */
    if( discWord(p, s, COMMIT_WL_PUB_WORD, it->iTok-1)
     || (discPunct(s, it->iTok-1, ':') && discWord(p, s, COMMIT_WL_PUB_WORD, it->iTok-2)) ){
      bLineStart = 1;
    }
  }
  if( it->mFlag & COMMIT_DF_DATELINE ) return 1;
  if( it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY|COMMIT_DF_RANGE) ) return 0;
  if( it->iTok>=DISC_LEADER_DOTS ){
    /* "Joined COMMIT ........ 29 October 2004, by signing ...": a fact
    ** sheet's field (not "Updated ........ 3 May 2017") */
    int t = it->iTok-1, nDot = 0, bPub = 0;
    while( t>=0 && discPunct(s, t, '.') ){ nDot++; t--; }
    for(; t>=0 && !(s->aTok[t+1].mFlag & COMMIT_TF_NL); t--){
      if( discWord(p, s, COMMIT_WL_PUB_WORD, t) ) bPub = 1;
    }
    if( nDot>=DISC_LEADER_DOTS && !bPub ) return 0;
  }
  {
    /* "WHEN:   Wednesday, 19 November 2025.": an advisory's field gives
    ** the event's day, not the page's */
    int t = it->iTok;
    while( t>0 && !(s->aTok[t].mFlag & COMMIT_TF_NL) ) t--;
    if( t+2==it->iTok && discIs(p, s, t, "when") && discPunct(s, t+1, ':') ) return 0;
  }
  for(k=0; k<pItems->n; k++){
    /* "Yesterday (28 July 2004)": the day explained, no dateline */
    const CommitItem *q = &pItems->a[k];
    if( q->eKind==COMMIT_ITEM_DATE && q->iTokEnd==it->iTok-1 && discPunct(s, it->iTok-1, '(')
     && (q->mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY)) ){
      return 0;
    }
  }
  {
    /* a timeline line, "October 29, 2004 -- Yangon: IMM1", or a table
    ** row, "Oct 29, 2004 | IMM1 | Yangon", is no dateline */
    int e = it->iTokEnd;
    if( discPunct(s, e, '|') ){
      /* (or in a later cell: "14 Dec 2007 | Beijing | IMM-2 | ...") */
      for(k=0; k<pItems->n; k++){
        const CommitItem *q = &pItems->a[k];
        int t, bBreak = 0;
        if( q->eKind!=COMMIT_ITEM_MEETING || q->iTok<=e ) continue;
        for(t=e+1; t<q->iTok; t++){
          if( s->aTok[t].mFlag & COMMIT_TF_NL ) bBreak = 1;
        }
        if( !bBreak ) return 0;
      }
    }
    /* "29 Oct 2004       IMM1, Yangon, Myanmar.": a milestones row, its
    ** date column right before the meeting */
    for(k=0; k<pItems->n; k++){
      if( pItems->a[k].eKind==COMMIT_ITEM_MEETING && pItems->a[k].iTok==e
       && pItems->a[k].aVal[1]>0 ) return 0;
    }
    while( e<s->nTok && e<it->iTokEnd+2 && discPunct(s, e, '-') ) e++;
    for(k=0; k<pItems->n; k++){
      const CommitItem *q = &pItems->a[k];
      if( q->eKind==COMMIT_ITEM_PLACE && q->iTok==e && discPunct(s, q->iTokEnd, ':') ){
        return 0;
      }
    }
  }
  if( it->aVal[2]==0 || (it->iTok>10 && !bLineStart) ) return 0;
  /* "* 29 Oct. 2004 - the first IMM in Yangon": an entry of a list */
  if( it->iTok>0 && s->aTok[it->iTok-1].eType==COMMIT_TOK_PUNCT
   && (s->aTok[it->iTok-1].cPunct=='*' || s->aTok[it->iTok-1].cPunct=='-')
   && (it->iTok==1 || (s->aTok[it->iTok-1].mFlag & COMMIT_TF_NL)) ){
    return 0;
  }
  if( discCityDateLead(s, pItems, it) ) return 1;
  for(k=0; k<it->iTok; k++){
    /* (before the date: "Posted on 3 June 2015", not "the MOU that
    ** created the process" after it) */
    if( discWord(p, s, COMMIT_WL_PUB_WORD, k) ) bPubWord = 1;
  }
  if( s->iSentence>=8 && !bPubWord
   && (s->bChrome || !discPunct(s, 0, '('))
   && !(discUnderRule(p, s) && it->aVal[0]) ){
    return 0;                  /* (a post under a rule may come late) */
  }
  if( bLineStart ){
    /* "15 Feb 2012 · Hanoi": a post's date and city on a line of their own */
    int e = it->iTokEnd;
    if( e<s->nTok && s->aTok[e].eType==COMMIT_TOK_PUNCT && !discPunct(s, e, ',') ){
      for(k=0; k<pItems->n; k++){
        const CommitItem *q = &pItems->a[k];
        if( q->eKind==COMMIT_ITEM_PLACE && q->iTok==e+1
         && (q->iTokEnd>=s->nTok || (s->aTok[q->iTokEnd].mFlag & COMMIT_TF_NL)) ){
          return 1;
        }
      }
    }
    /* A date opening a line of its own ("Monday, February 13, 2012 -
    ** 17:45"): only numbers and punctuation may follow on the line. */
    for(k=it->iTokEnd; k<s->nTok && !(s->aTok[k].mFlag & COMMIT_TF_NL)
                       && !discPunct(s, k, '|'); k++){
      /* a time and its zone may follow: "18:42 (GMT+7)", "7:02pm EST";
      ** and the page's other fields: "Date: 2019-03-21 09:12   Source:
      ** Jiangxi Daily   Views: 1,284" */
      if( s->aTok[k].eType==COMMIT_TOK_WORD && discPunct(s, k+1, ':')
       && (s->aTok[k].mFlag & COMMIT_TF_CAP) && k>it->iTokEnd ){
        break;
      }
      if( s->aTok[k].eType==COMMIT_TOK_WORD && s->aTok[k].iEnd-s->aTok[k].iStart>2
       && !(s->aTok[k].mFlag & COMMIT_TF_DIGIT)                   /* "7:02pm" */
       && !((s->aTok[k].mFlag & COMMIT_TF_UPPER) && s->aTok[k].iEnd-s->aTok[k].iStart<=4) ){
        return 0;
      }
    }
    return 1;
  }
  /* the words before it on its own line ("TIN PHAP LUAT ONLINE - English
  ** version\nThu Tu, 19/11/2025 - 17:36": a masthead above is no part) */
  for(k=it->iTok; k>0 && !(s->aTok[k].mFlag & COMMIT_TF_NL); k--){}
  for(; k<it->iTok; k++){
    const CommitToken *t = &s->aTok[k];
    int q, bIn = 0;
    for(q=0; q<pItems->n; q++){
      /* "Phnom Penh, Kingdom of Cambodia, 30 April 2015": a place's words */
      const CommitItem *c = &pItems->a[q];
      if( (c->eKind==COMMIT_ITEM_COUNTRY || c->eKind==COMMIT_ITEM_PLACE)
       && k>=c->iTok && k<c->iTokEnd ) bIn = 1;
    }
    if( bIn ) continue;
    if( t->eType==COMMIT_TOK_WORD && !(t->mFlag & (COMMIT_TF_CAP|COMMIT_TF_NONASCII))
     && !bPubWord ){
      /* A domain name in a source line: "China.org.cn", "www.chinaview.cn". */
      if( !(k>0 && discPunct(s, k-1, '.'))
       && !(discPunct(s, k+1, '.') && (s->aTok[k+1].mFlag & COMMIT_TF_SPACE)==0
            && k+2<s->nTok && s->aTok[k+2].eType==COMMIT_TOK_WORD) ){
        return 0;
      }
    }
    if( bPubWord ) continue;
    if( discIs(p, s, k, "on") || discIs(p, s, k, "in") || discIs(p, s, k, "since")
     || discIs(p, s, k, "by") || discIs(p, s, k, "from") || discIs(p, s, k, "until") ){
      return 0;
    }
  }
  return 1;
}

/* True if the line of token iTok names a city: a story's dateline. */
static int discLineHasCity(const CommitSentence *s, const CommitItems *pItems,
                           int iTok) {
  int k, lo = iTok, hi = iTok;
  while( lo>0 && !(s->aTok[lo].mFlag & COMMIT_TF_NL) ) lo--;
  while( hi+1<s->nTok && !(s->aTok[hi+1].mFlag & COMMIT_TF_NL) ) hi++;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_PLACE && it->iTok>=lo && it->iTok<=hi ) return 1;
  }
  return 0;
}

/*
** Find datelines and page dates in the sentence, flag them so that they
** are not taken for meeting dates, and keep the first story dateline and
** the first page date (one with a year beats one without).  A date after
** a meeting mention is not a dateline, nor is a chronology's entry under
** a year heading ("- 3 Dec: IMM3 opens in Hanoi.").
*/
/*
** True if a note of first publication stands before token iTok of its
** sentence: "originally published", "first published", "first moved",
** "first appeared", "first circulated".
*/
static int discFirstPublished(const CommitFacts *p, const CommitSentence *s, int iTok) {
  int k;
  for(k=0; k+1<iTok && k<iTok; k++){
    if( (discIs(p, s, k, "originally") || discIs(p, s, k, "first"))
     && (discIs(p, s, k+1, "published") || discIs(p, s, k+1, "moved")
         || discIs(p, s, k+1, "appeared") || discIs(p, s, k+1, "ran")
         /* "first circulated by e-mail in late January 2010" */
         || discIs(p, s, k+1, "circulated") || discIs(p, s, k+1, "issued")
         || discIs(p, s, k+1, "distributed")) ){
      return 1;
    }
  }
  return 0;
}

static void discDatelines(CommitFacts *p, const CommitSentence *s,
                          CommitItems *pItems) {
  int k;
  int bMeeting = 0;
  if( p->disc.iHeadingYear && !s->bChrome ) return;   /* a chronology's entry */
  for(k=0; k<pItems->n; k++){
    CommitItem *it = &pItems->a[k];
    CommitItem *pKeep;
    int *pbKeep;
    if( it->eKind==COMMIT_ITEM_MEETING ) bMeeting = 1;
    if( it->eKind!=COMMIT_ITEM_DATE ) continue;
    if( !bMeeting && p->disc.iHeadMeeting>=0 && p->disc.iHeadSent==p->disc.nSentence-1
     && discCityDateLead(s, pItems, it) && it->aVal[0] && !p->disc.bStoryDate
     && !(it->mFlag & COMMIT_DF_RANGE) ){
      /* "Opening Session of the Fourth COMMIT IMM (IMM4)\n\nPhnom Penh,
      ** Kingdom of Cambodia, 30 April 2015": the line under a speech's
      ** heading gives the story's date and the meeting's day */
      p->disc.storyDate = *it;
      p->disc.bStoryDate = 1;
      return;
    }
    if( bMeeting && !(s->aTok[it->iTok].mFlag & COMMIT_TF_NL) ){
      /* "Address ... at the Opening Session of IMM4\nPhnom Penh, 30 April
      ** 2015": a speech's header line gives the story's date, and the
      ** meeting's day too (no flag) */
      if( discCityDateLead(s, pItems, it) && it->aVal[0] && !p->disc.bStoryDate
       && !(it->mFlag & COMMIT_DF_RANGE) ){
        p->disc.storyDate = *it;
        p->disc.bStoryDate = 1;
      }
      return;
    }
    if( discDeclassified(p, s, it) ){
      it->mFlag |= COMMIT_DF_REFERENCE;
      continue;
    }
    if( !p->disc.bStoryDate && it->aVal[0] && it->aVal[1]
     && !(it->mFlag & COMMIT_DF_RANGE) && discFirstPublished(p, s, it->iTok) ){
      /* "Originally published in Mekong Youth Network News, Issue 11, on
      ** 12 December 2016", "It first moved on December 14, 2007", "where
      ** it first appeared in June 2015": the story's own date under a
      ** repost's */
      it->mFlag |= COMMIT_DF_DATELINE;
      p->disc.storyDate = *it;
      p->disc.bStoryDate = 1;
      continue;
    }
    if( s->iSentence<4 && !p->disc.bPageDate && !p->disc.bStoryDate
     && it->aVal[0] && it->aVal[1] && !it->aVal[2] && !(it->mFlag & COMMIT_DF_RANGE)
     && (it->iTokEnd>=s->nTok || (s->aTok[it->iTokEnd].mFlag & COMMIT_TF_NL))
     && it->iTok>0 && (discPunct(s, it->iTok-1, '|') || discPunct(s, it->iTok-1, '#')
                       || (s->aTok[it->iTok].mFlag & COMMIT_TF_NL)) ){
      /* a newsletter's issue line: "REGIONAL UPDATE · ... · December
      ** 2022", "Issue 27 | November 2008": the page's month */
      it->mFlag |= COMMIT_DF_DATELINE;
      p->disc.pageDate = *it;
      p->disc.bPageDate = 1;
      continue;
    }
    if( !discIsDateline(p, s, pItems, it) ) continue;
    it->mFlag |= COMMIT_DF_DATELINE;
    if( discUnderRule(p, s)
     && it->aVal[0] && it->aVal[1] && it->aVal[2] && !(it->mFlag & COMMIT_DF_RANGE) ){
      /* a digest page: "----\n15 Feb 2012 · Hanoi\nSOM-8 under way ...":
      ** each post's days are read against its own date line and city */
      int q, lo = it->iTok, hi = it->iTok;
      while( lo>0 && !(s->aTok[lo].mFlag & COMMIT_TF_NL) ) lo--;
      while( hi+1<s->nTok && !(s->aTok[hi+1].mFlag & COMMIT_TF_NL) ) hi++;
      p->disc.iSection = it->aVal[0]*10000 + it->aVal[1]*100 + it->aVal[2];
      p->disc.iSectionCity = -1;
      p->disc.iRuleUsed = p->disc.iRuleSent;
      for(q=0; q<pItems->n; q++){
        if( pItems->a[q].eKind==COMMIT_ITEM_PLACE
         && pItems->a[q].iTok>=lo && pItems->a[q].iTok<=hi ){
          p->disc.iSectionCity = pItems->a[q].iEntry;
          break;
        }
      }
    }
    if( !(it->mFlag & COMMIT_DF_RANGE) && it->aVal[0] ){
      p->disc.lastDate = *it;
      p->disc.iLastDateSent = s->iSentence;
    }
    if( !(it->mFlag & COMMIT_DF_RANGE) && discLineHasCity(s, pItems, it->iTok)
     && !s->bChrome ){
      pKeep = &p->disc.storyDate;
      pbKeep = &p->disc.bStoryDate;
    }else{
      pKeep = &p->disc.pageDate;
      pbKeep = &p->disc.bPageDate;
    }
    if( !*pbKeep || (pKeep->aVal[0]==0 && it->aVal[0]) ){
      *pKeep = *it;
      *pbKeep = 1;
    }
    return;
  }
}

/* The dateline city: "HANOI, Feb. 14 (VNA)", "Beijing (VNA) -", "Bangkok:". */
static void discDatelineCity(CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems) {
  int k;
  if( p->disc.iDatelineCity>=0 ) return;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    /* "Thu Jan 21, 2010 7:02pm EST" on the line before "BAGAN, Myanmar
    ** (AP) --": a story's date line, under a repost's page date. */
    int bDateAbove = p->disc.iLastDateSent>=0
                  && s->iSentence - p->disc.iLastDateSent<=2 && s->iSentence>3;
    /* a story pasted under a rule ("---"), its headline between */
    int bRuleAbove = p->disc.iRuleSent>=0 && s->iSentence - p->disc.iRuleSent<=2;
    if( s->iSentence>3 && !bDateAbove && !bRuleAbove
     && !(k+1<pItems->n && pItems->a[k+1].eKind==COMMIT_ITEM_DATE
          && discCityDateLead(s, pItems, &pItems->a[k+1])) ){
      continue;
    }
    if( it->eKind==COMMIT_ITEM_PLACE && it->iTok==0 ){
      int j = it->iTokEnd;
      /* "Phnom Penh - The six governments ..." too. */
      if( discPunct(s, j, ',') || discPunct(s, j, '(') || discPunct(s, j, ':')
       || (discPunct(s, j, '-') && (s->aTok[j].mFlag & COMMIT_TF_SPACE)) ){
        p->disc.iDatelineCity = it->iEntry;
        if( bDateAbove && !p->disc.bStoryDate ){
          p->disc.storyDate = p->disc.lastDate;
          p->disc.bStoryDate = 1;
        }
      }
      return;
    }
  }
}

/* ==== Mentions ========================================================= */

/* True if the sentence opens a paragraph or a bulleted line. */
/* True if sentence s says "is" or "are": something of the present. */
static int discPresentTense(const CommitFacts *p, const CommitSentence *s) {
  int k;
  for(k=0; k<s->nTok; k++){
    if( (discIs(p, s, k, "is") || discIs(p, s, k, "are"))
     && !(s->aTok[k].mFlag & COMMIT_TF_CAP) ){
      return 1;
    }
  }
  return 0;
}

/*
** True if sentence s opens with a label of background, after a cable's
** classification in brackets: "(U) Background: ...", "History: ...".
*/
static int discBackgroundLabel(const CommitFacts *p, const CommitSentence *s) {
  int k = 0;
  if( s->nTok>3 && discPunct(s, 0, '(') && discPunct(s, 2, ')') ) k = 3;
  return k+1<s->nTok && discPunct(s, k+1, ':')
      && (discIs(p, s, k, "background") || discIs(p, s, k, "history"));
}

static int discNewParagraph(const CommitSentence *s) {
  const CommitToken *t = &s->aTok[0];
  if( t->mFlag & COMMIT_TF_PARA ) return 1;
  return (t->mFlag & COMMIT_TF_NL) && t->eType==COMMIT_TOK_PUNCT
      && (t->cPunct=='*' || t->cPunct=='-');
}

/* True if token k is inside an organisation's name ("Mekong Ministerial
** Initiative"): its words are no level words. */
static int discInOrg(const CommitItems *pItems, int k) {
  int j;
  for(j=0; j<pItems->n; j++){
    const CommitItem *it = &pItems->a[j];
    if( it->eKind==COMMIT_ITEM_ORG && k>=it->iTok && k<it->iTokEnd ) return 1;
  }
  return 0;
}

/*
** The series the words of tokens [lo,hi) give to a meeting they speak of:
** "ministers", "ministerial" -> IMM; "senior officials" -> SOM; else 0.
** Words inside an organisation's name ("Mekong Ministerial Initiative")
** are not level words.
*/
int commitDiscourseLevel(const CommitFacts *p, const CommitSentence *s,
                         const CommitItems *pItems, int lo, int hi) {
  int k, eSeries = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->iTok<lo || it->iTok>=hi ) continue;
    if( it->eKind==COMMIT_ITEM_SUBJECT && it->iEntry>=0
     && aCommitGazEntry[it->iEntry].zCode
     && strstr(aCommitGazEntry[it->iEntry].zCode, "Minister") ){
      return COMMIT_SERIES_IMM;
    }
  }
  for(k=lo; k<hi; k++){
    if( discInOrg(pItems, k) ) continue;
    if( discIs(p, s, k, "ministers") || discIs(p, s, k, "ministerial") ){
      return COMMIT_SERIES_IMM;
    }
    if( discIs(p, s, k, "senior") && (discIs(p, s, k+1, "officials")
                                      || discIs(p, s, k+1, "official")) ){
      eSeries = COMMIT_SERIES_SOM;
    }
    /* "the officials' round (session, segment)": the senior officials' */
    if( discIs(p, s, k, "officials") && discPunct(s, k+1, '\'')
     && (discIs(p, s, k+2, "round") || discIs(p, s, k+2, "session")
         || discIs(p, s, k+2, "segment") || discIs(p, s, k+2, "meeting")
         || discIs(p, s, k+2, "talks")) ){
      eSeries = COMMIT_SERIES_SOM;
    }
  }
  return eSeries;
}

/*
** The level nearest before token hi in [lo,hi), the way "their" takes the
** last plural named before it: "The ministers adopted the plan, which
** senior officials had finalised at their meeting" is the officials'.
** Else commitDiscourseLevel() of the range.
*/
static int discLevelNearest(const CommitFacts *p, const CommitSentence *s,
                            const CommitItems *pItems, int lo, int hi) {
  int k;
  for(k=hi-1; k>=lo; k--){
    if( discInOrg(pItems, k) ) continue;
    if( discIs(p, s, k, "ministers") ) return COMMIT_SERIES_IMM;
    if( k>lo && discIs(p, s, k-1, "senior") && discIs(p, s, k, "officials") ){
      return COMMIT_SERIES_SOM;
    }
  }
  return commitDiscourseLevel(p, s, pItems, lo, hi);
}

/* Tokens after an action verb within which its city and agent are read. */
#define DISC_ACTION_REACH 20
/* Tokens between a place set off before the subject and the verb, at
** most ("in Yangon, the ministers of six countries signed"). */
#define DISC_LEAD_PLACE_REACH 10

/* True if no meeting, verb or action is told before token iTok: what
** stands there opens the sentence ("Ten years ago this month, in Yangon,
** ..."). */
static int discLeadOnly(const CommitItems *pItems, int iTok) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->iTok<iTok && (it->eKind==COMMIT_ITEM_MEETING || it->eKind==COMMIT_ITEM_VERB
                          || it->eKind==COMMIT_ITEM_ACTION) ){
      return 0;
    }
  }
  return 1;
}

/*
** True if action item k of the clause [lo,hi) is done by ministers or
** senior officials in a city: "the signing of the MOU in Yangon ... by
** Ministers of the six countries", "ministers signed the MOU in Yangon".
** The level words must be the verb's agent (after it, before the next
** action) or its subject (the six tokens before it, with no document or
** other action between).
*/
static int discActionMeeting(const CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems, int k, int hi) {
  const CommitItem *v = &pItems->a[k];
  int j, iNext = hi, bCity = 0, iSubj = v->iTok-24;
  for(j=0; j<pItems->n; j++){
    const CommitItem *it = &pItems->a[j];
    if( j==k ) continue;
    /* the next action, or the next predicate ("signed an MOU in Rangoon
    ** in 2004 and have since met at senior officials level") */
    if( (it->eKind==COMMIT_ITEM_ACTION || it->eKind==COMMIT_ITEM_VERB)
     && it->iTok>v->iTok && it->iTok<iNext ){
      iNext = it->iTok;
    }
    if( (it->eKind==COMMIT_ITEM_ACTION || it->eKind==COMMIT_ITEM_DOCUMENT)
     && it->iTokEnd<=v->iTok && it->iTokEnd>iSubj ){
      iSubj = it->iTokEnd;
    }
  }
  if( iNext>v->iTokEnd+DISC_ACTION_REACH ) iNext = v->iTokEnd+DISC_ACTION_REACH;
  for(j=0; j<pItems->n; j++){
    const CommitItem *it = &pItems->a[j];
    if( it->eKind==COMMIT_ITEM_PLACE && it->aVal[0] && it->iTok>=v->iTokEnd
     && it->iTok<iNext ){
      bCity = 1;
    }
    /* "Ten years ago this month, in Yangon, the ministers of six countries
    ** signed": a place set off before the subject */
    if( it->eKind==COMMIT_ITEM_PLACE && it->aVal[0] && it->iTokEnd<v->iTok
     && it->iTok>iSubj && v->iTok - it->iTokEnd<=DISC_LEAD_PLACE_REACH
     && discPunct(s, it->iTokEnd, ',') && discLeadOnly(pItems, it->iTok) ){
      bCity = 1;
    }
    /* "In Hanoi in 2012 a second declaration was signed", "In Phnom Penh
    ** in 2015, ministers endorsed SPA IV": a place and year opening the
    ** sentence */
    if( it->eKind==COMMIT_ITEM_PLACE && it->iTok==1 && discIs(p, s, 0, "in")
     && it->iTokEnd<v->iTok && j+1<pItems->n && pItems->a[j+1].eKind==COMMIT_ITEM_DATE
     && pItems->a[j+1].iTok==it->iTokEnd+1 && discIs(p, s, it->iTokEnd, "in")
     && pItems->a[j+1].aVal[0] && pItems->a[j+1].iTokEnd<v->iTok ){
      bCity = 1;
    }
  }
  if( iSubj<0 ) iSubj = 0;
  for(j=0; j<pItems->n && !bCity; j++){
    /* "Ministers from six countries on Thursday endorsed a plan": a day
    ** of the report's week at the verb, and ministers as its subject */
    const CommitItem *it = &pItems->a[j];
    if( it->eKind==COMMIT_ITEM_DATE && (it->mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY))
     && ((it->iTokEnd==v->iTok) || (it->iTok>=v->iTokEnd && it->iTok<iNext))
     && commitDiscourseLevel(p, s, pItems, 0, it->iTok<v->iTok ? it->iTok : v->iTok) ){
      return 1;
    }
  }
  return bCity && (commitDiscourseLevel(p, s, pItems, v->iTokEnd, iNext)
                   || commitDiscourseLevel(p, s, pItems, iSubj, v->iTok));
}

/* True if token iTok is inside a quotation of its sentence (an odd number
** of '"' before it).  A sentence whose first quotation mark closes a quote
** (touching a ',', '.', '?' or '!' before it) began inside it: '"...
** alone. The plan we endorse today asks more of us," she said'; not 'the
** minister said, "We will ..."', where the mark opens one. */
int commitDiscourseQuoted(const CommitSentence *s, int iTok) {
  int k, n = 0;
  for(k=0; k<s->nTok; k++){
    if( s->aTok[k].eType==COMMIT_TOK_PUNCT && s->aTok[k].cPunct=='"' ){
      const CommitToken *pPrev = k>0 ? &s->aTok[k-1] : 0;
      if( pPrev && pPrev->eType==COMMIT_TOK_PUNCT
       && (pPrev->cPunct==',' || pPrev->cPunct=='.' || pPrev->cPunct=='?'
           || pPrev->cPunct=='!')
       && !(s->aTok[k].mFlag & (COMMIT_TF_SPACE|COMMIT_TF_NL)) ){
        n = 1;
      }
      break;
    }
  }
  for(k=0; k<iTok && k<s->nTok; k++){
    if( s->aTok[k].eType==COMMIT_TOK_PUNCT && s->aTok[k].cPunct=='"' ) n++;
  }
  return n & 1;
}

/*
** True if the phrase at token i is the object of a preposition ("officials
** from six countries in the Mekong sub-region gathered"): not the
** subject of the verb after it.
*/
static int discInPhrase(const CommitFacts *p, const CommitSentence *s, int i) {
  int t = i-1;
  if( t>0 && discIs(p, s, t, "the") ) t--;
  return t>=0 && (discIs(p, s, t, "in") || discIs(p, s, t, "of") || discIs(p, s, t, "from"));
}

/*
** True if the word before token iTok is the process itself ("COMMIT",
** "the process", "the initiative"): a verb of which it is the subject
** tells of the process, not of a meeting.  So does a body that convenes,
** opens or closes ("roundtables that UNIAP convened", "UNIAP, which closed
** on 30 April").
*/
static int discProcessSubject(const CommitFacts *p, const CommitSentence *s,
                              const CommitItems *pItems, int iTok) {
  int k;
  if( iTok>0 && discWord(p, s, COMMIT_WL_PROCESS_NOUN, iTok-1) ) return 1;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_VERB && it->iTok==iTok
     && it->aVal[0]==COMMIT_ROLE_START ){
      /* "Informal consultations among the six governments began in
      ** mid-2003": what began heads its clause. */
      int t;
      for(t=iTok-1; t>=0 && t>=iTok-10; t--){
        if( s->aTok[t].eType==COMMIT_TOK_PUNCT ) break;
        if( discWord(p, s, COMMIT_WL_PROCESS_NOUN, t) ) return 1;
      }
    }
    if( it->eKind==COMMIT_ITEM_ORG && it->iTokEnd==iTok
     && commitGazIsProcess(it->iEntry) ){
      return 1;
    }
    if( it->eKind==COMMIT_ITEM_ORG
     && ((it->iTokEnd==iTok && !discInPhrase(p, s, it->iTok))
         || (it->iTokEnd==iTok-1 && discPunct(s, iTok-1, ')'))   /* "(UNIAP) convened" */
         || (it->iTokEnd==iTok-2 && discPunct(s, iTok-2, ',')
             && discIs(p, s, iTok-1, "which"))) ){
      return 1;
    }
  }
  return 0;
}

/* True if only ", the" stands in tokens [a,b): a label in apposition. */
static int discLabelApposition(const CommitFacts *p, const CommitSentence *s,
                               int a, int b) {
  int t = a;
  if( b==a+2 && discPunct(s, a, ',') && discIs(p, s, a+1, "the") ) return 1;
  /* "The talks are counted today as the first COMMIT Senior Officials
  ** Meeting (SOM1)", "was later known as SOM1": a name given to it */
  if( t<b && (discIs(p, s, t, "are") || discIs(p, s, t, "is") || discIs(p, s, t, "was")
              || discIs(p, s, t, "were")) ){
    t++;
  }else{
    return 0;
  }
  if( t<b && (discIs(p, s, t, "now") || discIs(p, s, t, "today") || discIs(p, s, t, "later")
              || discIs(p, s, t, "usually") || discIs(p, s, t, "often")) ) t++;
  if( !(t<b && (discIs(p, s, t, "counted") || discIs(p, s, t, "known")
                || discIs(p, s, t, "regarded") || discIs(p, s, t, "remembered")
                || discIs(p, s, t, "listed") || discIs(p, s, t, "recorded")
                || discIs(p, s, t, "numbered") || discIs(p, s, t, "seen"))) ){
    return 0;
  }
  t++;
  if( t<b && (discIs(p, s, t, "now") || discIs(p, s, t, "today")) ) t++;
  if( !(t<b && discIs(p, s, t, "as")) ) return 0;
  t++;
  if( t<b && discIs(p, s, t, "the") ) t++;
  return t==b;
}

/* The first token of the strong clause of token iTok. */
static int discClauseStart(const CommitSentInfo *pInfo, int iTok) {
  int lo = iTok;
  while( lo>0 && pInfo->aClause[lo-1]==pInfo->aClause[iTok] ) lo--;
  return lo;
}

/*
** True if a habitual word follows a meeting verb ending before token i in
** its clause: "have met regularly", "have since met at senior officials
** level about once a year": meetings, no one of them.
*/
static int discHabitualAfter(const CommitFacts *p, const CommitSentence *s, int i) {
  int k;
  for(k=i; k<s->nTok && k<i+8; k++){
    if( discWord(p, s, COMMIT_WL_HABITUAL, k) ) return 1;
    if( s->aTok[k].eType==COMMIT_TOK_PUNCT ) return 0;
  }
  return 0;
}

/*
** True if the clause from token lo opens with a body other than the
** process and a comma: "UNIAP, the UN project that ..., closed".
*/
static int discApposedOrg(const CommitFacts *p, const CommitSentence *s,
                          const CommitItems *pItems, int lo) {
  int k, a = lo;
  if( discIs(p, s, a, "the") ) a++;
  for(k=0; k<pItems->n; k++){
    const CommitItem *o = &pItems->a[k];
    if( o->eKind==COMMIT_ITEM_ORG && o->iTok==a ){
      return !commitGazIsProcess(o->iEntry) && discPunct(s, o->iTokEnd, ',');
    }
  }
  return 0;
}

/*
** If items of the clause [lo,hi) speak of a meeting without naming it (a
** meeting verb, a venue, a host, an online cue, people attending, or an
** action that ministers or senior officials did in a city), the token of
** the first such item; else -1.
*/
static int discMeetingCue(const CommitFacts *p, const CommitSentence *s,
                          const CommitItems *pItems, int lo, int hi) {
  int k, bCommit = 0, bDays = 0, iPlace = -1, bLength = 0;
  for(k=0; k<pItems->n; k++){
    /* "the senior officials were back in the capital, this time for two
    ** days": a level somewhere for some days is a meeting */
    const CommitItem *it = &pItems->a[k];
    if( it->iTok>=lo && it->iTok<hi && it->eKind==COMMIT_ITEM_DURATION && it->aVal[0]>=1 ){
      bLength = 1;
    }
  }
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->iTok<lo || it->iTok>=hi ) continue;
    /* "Work under COMMIT made headway in Rangoon, October 27-29": COMMIT
    ** somewhere for some days is a meeting. */
    if( it->eKind==COMMIT_ITEM_ORG && commitGazIsProcess(it->iEntry) ){
      bCommit = 1;
    }
    if( it->eKind==COMMIT_ITEM_DATE && (it->mFlag & COMMIT_DF_RANGE)
     && !(it->mFlag & COMMIT_DF_REFERENCE) && it->aVal[2] ){
      bDays = 1;
    }
    if( it->eKind==COMMIT_ITEM_DATE && (it->mFlag & COMMIT_DF_WEEKDAY)
     && !(it->mFlag & COMMIT_DF_REFERENCE) && it->aVal[7]>=0 ){
      bDays = 2;                    /* "Wednesday and Thursday" */
    }

    if( it->eKind==COMMIT_ITEM_PLACE && it->aVal[0] && !it->aVal[3] && iPlace<0 ){
      iPlace = it->iTok;
    }
    if( it->eKind==COMMIT_ITEM_HERE && bLength && iPlace<0 ) iPlace = it->iTok;
    if( bLength && !bDays ) bDays = 3;
    if( bCommit && bDays && iPlace>=0 ) return iPlace;
    /* "Senior officials had spent Wednesday and Thursday in the Chinese
    ** capital": a level in a city for some days is a meeting */
    if( bDays && iPlace>=0 && commitDiscourseLevel(p, s, pItems, lo, iPlace) ) return iPlace;
    switch( it->eKind ){
      case COMMIT_ITEM_VERB:
        /* "COMMIT began with an MOU", "the process started in 2004": the
        ** process, not a meeting; "have met regularly", "meet annually":
        ** meetings, no one of them. */
        if( discProcessSubject(p, s, pItems, it->iTok) ) break;
        if( discHabitualAfter(p, s, it->iTokEnd) ) break;
        /* '"The real test starts on Monday," said an adviser': quoted
        ** words name no meeting by a verb alone */
        if( commitDiscourseQuoted(s, it->iTok) ) break;
        /* "Ministers have not gathered since ...": no meeting */
        if( (it->iTok>=1 && (discIs(p, s, it->iTok-1, "not") || discIs(p, s, it->iTok-1, "never")))
         || (it->iTok>=2 && (discIs(p, s, it->iTok-2, "not") || discIs(p, s, it->iTok-2, "never"))) ){
          break;
        }
        {
          /* "five inter-ministerial meetings ... have been held": meetings,
          ** no one of them */
          int t = it->iTok-1;
          while( t>0 && (discIs(p, s, t, "have") || discIs(p, s, t, "been")
                         || discIs(p, s, t, "had") || discIs(p, s, t, "were")
                         || discIs(p, s, t, "are")) ){
            t--;
          }
          if( t<it->iTok-1 && t>=0 && (discIs(p, s, t, "meetings")
                                       || discIs(p, s, t, "sessions")) ){
            break;
          }
        }
        {
          /* "the Lancang-Mekong framework, whose first leaders' meeting
          ** took place in 2016": another body's meeting */
          int t;
          for(t=lo; t<it->iTok && !discIs(p, s, t, "whose"); t++){}
          if( t<it->iTok ) break;
        }
        /* "SPA IV runs until 2018": a document's verb */
        if( k>0 && pItems->a[k-1].eKind==COMMIT_ITEM_DOCUMENT
         && pItems->a[k-1].iTokEnd>=it->iTok-2 ){
          break;
        }
        /* "UNIAP, the UN project that had served COMMIT from the start,
        ** closed on 30 April 2014": a body's verb after its apposition */
        if( it->iTok>lo+2 && discPunct(s, it->iTok-1, ',') ){
          int c = it->iTok-2;
          while( c>lo && !discPunct(s, c, ':') ) c--;
          if( discApposedOrg(p, s, pItems, discPunct(s, c, ':') ? c+1 : lo) ) break;
        }
        /* "after UNIAP's work came to an end on 30 April 2014": another
        ** body's verb */
        if( k>0 && pItems->a[k-1].eKind==COMMIT_ITEM_ORG
         && !commitGazIsProcess(pItems->a[k-1].iEntry) ){
          const CommitItem *o = &pItems->a[k-1];
          int b = o->iTok>0 && discIs(p, s, o->iTok-1, "the") ? o->iTok-2 : o->iTok-1;
          int bPossessive = o->iTokEnd+3==it->iTok && discPunct(s, o->iTokEnd, '\'')
                         && discIs(p, s, o->iTokEnd+1, "s");
          /* (not "officials from six countries in the Mekong sub-region
          ** gathered": a body inside the subject's phrase) */
          if( (o->iTokEnd==it->iTok || bPossessive)
           && !(b>=0 && (discIs(p, s, b, "in") || discIs(p, s, b, "of")
                         || discIs(p, s, b, "from") || discIs(p, s, b, "across"))) ){
            break;
          }
        }
        return it->iTok;
      case COMMIT_ITEM_HOST:
        /* "UN-ACT is funded by Sweden and Norway": a sponsor tells of no
        ** meeting by itself (but "The meetings were supported by") */
        if( it->aVal[0]==COMMIT_HOST_ORGANIZER ){
          int t, bMeet = 0;
          for(t=lo; t<it->iTok && t<s->nTok; t++){
            const CommitToken *w = &s->aTok[t];
            if( commitGazetteerFind(p->pGaz, p->z + w->iStart, w->iEnd - w->iStart,
                                    COMMIT_GAZ_MEETWORD)>=0 ){
              bMeet = 1;
            }
          }
          if( !bMeet ) break;
        }
        return it->iTok;
      case COMMIT_ITEM_VENUE: case COMMIT_ITEM_VIRTUAL:
        return it->iTok;
      case COMMIT_ITEM_NUMBER:
        if( it->aVal[1]==1 && it->aVal[3] ) return it->iTok;
        break;
      case COMMIT_ITEM_ACTION:
        if( !it->aVal[2] && discActionMeeting(p, s, pItems, k, hi) ) return it->iTok;
        break;
    }
  }
  return -1;
}

/*
** The series of a generic mention at token iTok from the subject of the
** meeting verb before it in its clause: "Senior officials ... concluded
** their first-ever talks" -> SOM.  0 if none.
*/
static int discVerbLevel(const CommitFacts *p, const CommitSentence *s,
                         const CommitItems *pItems,
                         const CommitSentInfo *pInfo, int iTok) {
  int k, lo = discClauseStart(pInfo, iTok), iVerb = -1, iFrom = lo;
  /* the verb nearest before it, and the words since the verb before that:
  ** "The road began in July, when senior officials sat down in Bangkok
  ** for three days of talks" */
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_VERB && it->iTok>=lo && it->iTok<iTok ){
      if( iVerb>=0 ) iFrom = pItems->a[iVerb].iTokEnd;
      iVerb = k;
    }
  }
  if( iVerb<0 ) return 0;
  k = commitDiscourseLevel(p, s, pItems, iFrom, pItems->a[iVerb].iTok);
  if( k==0 && iFrom>lo ) k = commitDiscourseLevel(p, s, pItems, lo, pItems->a[iVerb].iTok);
  return k;
}

/* True if the clause of token iTok has a meeting verb or an action that
** is not planned, in the current frame. */
static int discHappened(const CommitItems *pItems, const CommitSentInfo *pInfo,
                        int iTok) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( pInfo->aClause[it->iTok]!=pInfo->aClause[iTok]
     || it->eFrame!=COMMIT_FRAME_CURRENT ) continue;
    if( it->eKind==COMMIT_ITEM_VERB ) return 1;
    if( it->eKind==COMMIT_ITEM_ACTION && !it->aVal[2] ) return 1;
  }
  return 0;
}

/*
** The series of the labels in the clause of token iTok when they all
** share one: "This second Senior Officials' Meeting followed a first
** round in Bangkok" -> SOM for the first round.  0 if none or several.
*/
static int discClauseSeries(const CommitItems *pItems,
                            const CommitSentInfo *pInfo, int iTok) {
  int k, eSeries = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind!=COMMIT_ITEM_MEETING || it->aVal[0]==0 || it->aVal[0]==COMMIT_SERIES_OTHER
     || pInfo->aClause[it->iTok]!=pInfo->aClause[iTok] ) continue;
    if( eSeries && eSeries!=it->aVal[0] ) return 0;
    eSeries = it->aVal[0];
  }
  return eSeries;
}

/* Tokens between a mention and an apposition that describes it. */
#define DISC_APPOSITION_REACH 16

/*
** True if the generic mention it is an apposition of the mention r before
** it in the sentence: after a comma, with "a" or "an", within reach
** ("SOM8 of the COMMIT, a two-day session that ...").
*/
static int discApposition(const CommitFacts *p, const CommitSentence *s,
                          const CommitMeetRef *r, const CommitItem *it) {
  int k = it->iTok-1;
  if( r->iTokEnd==0 || it->iTok - r->iTokEnd>DISC_APPOSITION_REACH ) return 0;
  while( k>r->iTokEnd && k>it->iTok-6 && !discIs(p, s, k, "a")
      && !discIs(p, s, k, "an")
      && (s->aTok[k].eType!=COMMIT_TOK_PUNCT || discPunct(s, k, '-')) ){
    k--;
  }
  if( !discIs(p, s, k, "a") && !discIs(p, s, k, "an") ) return 0;
  return discPunct(s, k-1, ',');
}

/*
** True if the count it stands for ("the first in Vientiane in 2008") is
** dated, right after it, in a year the calendar does not give meeting
** iNum of series eSeries.
*/
static int discEllipsisOffCalendar(const CommitItems *pItems, const CommitItem *it,
                                   int eSeries, int iNum) {
  const CommitCalEntry *c = commitGazCalendar(eSeries, iNum);
  int k;
  if( c==0 || c->start.y==0 ) return 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *d = &pItems->a[k];
    if( d->iTok<it->iTokEnd ) continue;
    if( d->iTok>it->iTokEnd+6 || d->eKind==COMMIT_ITEM_MEETING ) break;
    if( d->eKind==COMMIT_ITEM_DATE && d->aVal[0]>1900 && !(d->mFlag & COMMIT_DF_REFERENCE) ){
      return d->aVal[0]!=c->start.y;
    }
  }
  return 0;
}

static void discRef(CommitMeetRef *r, const CommitSentInfo *pInfo, int iTok,
                    int iTokEnd, int iClause, int iMeeting);

/*
** The value of the word at token k as a gazetteer entry of kind eKind
** (COMMIT_GAZ_ORDINAL: "second"; COMMIT_GAZ_CARDINAL: "six", and a number
** "6" too), or 0.
*/
static int discGazValue(const CommitFacts *p, const CommitSentence *s, int k, int eKind) {
  int j;
  if( k<0 || k>=s->nTok ) return 0;
  if( s->aTok[k].eType==COMMIT_TOK_NUM && eKind==COMMIT_GAZ_CARDINAL ){
    return commitTokenNumber(p->z, &s->aTok[k]);
  }
  if( s->aTok[k].eType!=COMMIT_TOK_WORD ) return 0;
  j = commitGazetteerLookup(p->pGaz, p->z+s->aTok[k].iStart,
                            s->aTok[k].iEnd - s->aTok[k].iStart);
  for(; j>=0; j=commitGazetteerHit(p->pGaz, j)->iNext){
    const CommitGazEntry *e = &aCommitGazEntry[commitGazetteerHit(p->pGaz, j)->iEntry];
    if( e->eKind==eKind ) return e->iValue;
  }
  return 0;
}

/*
** The ordinal of "for a third time" (or "for the third time") whose "a" is
** token t+1: "met for a second time in Beijing in 2007, and for a third
** time in Hanoi in 2012".  0 if none.
*/
static int discGlueOrdinal(const CommitFacts *p, const CommitSentence *s, int t) {
  int v;
  if( t<0 || t+3>=s->nTok || !discIs(p, s, t, "for")
   || !(discIs(p, s, t+1, "a") || discIs(p, s, t+1, "the"))
   || !discIs(p, s, t+3, "time") ) return 0;
  v = discGazValue(p, s, t+2, COMMIT_GAZ_ORDINAL);
  return v>0 && v<COMMIT_FACTS_MAX_NUMBER ? v : 0;
}

/*
** True if only commas, "and", "again", "then", "also", "in", "on" and
** "from" stand in tokens [a,b) ("in Nanchang, China, from 20 March 2019").
*/
static int discListGlue(const CommitFacts *p, const CommitSentence *s, int a, int b) {
  int t;
  for(t=a; t<b; t++){
    if( !(discPunct(s, t, ',') || discIs(p, s, t, "and") || discIs(p, s, t, "again")
          || discIs(p, s, t, "then") || discIs(p, s, t, "also") || discIs(p, s, t, "in")
          || discIs(p, s, t, "on") || discIs(p, s, t, "from")
          || discGlueOrdinal(p, s, t-3)>0 || discGlueOrdinal(p, s, t-2)>0
          || discGlueOrdinal(p, s, t-1)>0 || discGlueOrdinal(p, s, t)>0) ){
      return 0;
    }
  }
  return 1;
}

/*
** True if a meeting verb in tokens [a,b) is followed, before b, by two or
** more places each with its year: "met five times: in Yangon in 2004, in
** Beijing in 2007".
*/
static int discVerbThenList(const CommitItems *pItems, int a, int b) {
  int k, iVerb = -1, nPair = 0, bPlace = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->iTok<a || it->iTok>=b ) continue;
    if( iVerb<0 ){
      if( it->eKind==COMMIT_ITEM_VERB ) iVerb = k;
      continue;
    }
    if( it->eKind==COMMIT_ITEM_PLACE && it->aVal[0] ) bPlace = 1;
    else if( it->eKind==COMMIT_ITEM_DATE && it->aVal[0] && bPlace ){
      nPair++;
      bPlace = 0;
    }
  }
  return nPair>=2;
}

/*
** A cue's meeting told again and again: "Senior officials also met on
** their own in Vientiane in 2008 and again in 2016, in Bagan in 2010 and
** in Bangkok in 2013".  After the cue at token iCue (record iCue's
** meeting iM), each further year, with the city before it or else the
** city of the one before, is a meeting of its own, of the same level and
** frame: a record and a mention at the city (or year), so that what
** follows attaches to it.  Returns nonzero on OOM.
*/
static int discPlaceYearList(CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems, CommitSentInfo *pInfo,
                             int lo, int iCue, int b, int iM) {
  int aDate[8], aPlace[8], nDate = 0, k, iPrevEnd = -1, iLastPlace = -1, bCount = 0;
  for(k=0; k<pItems->n; k++){
    /* (the meeting verb of the clause, when the cue is a later word: "The
    ** ministers have met five times: in Yangon ..., when Thailand hosted") */
    if( pItems->a[k].eKind==COMMIT_ITEM_VERB && pItems->a[k].iTok>=lo
     && pItems->a[k].iTok<iCue ){
      iCue = pItems->a[k].iTok;
      break;
    }
  }
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->iTok<=iCue || it->iTok>=b ) continue;
    if( it->eKind==COMMIT_ITEM_PLACE && it->aVal[0] && !it->aVal[3] ){
      if( iPrevEnd>=0 && !discListGlue(p, s, iPrevEnd, it->iTok) ) break;
      iLastPlace = k;
      iPrevEnd = it->iTokEnd;
    }else if( it->eKind==COMMIT_ITEM_DATE && it->aVal[0] && !(it->mFlag & COMMIT_DF_RANGE)
           && !(it->mFlag & (COMMIT_DF_REFERENCE|COMMIT_DF_DATELINE)) && nDate<8 ){
      if( iPrevEnd>=0 && !discListGlue(p, s, iPrevEnd, it->iTok) ) break;
      aDate[nDate] = k;
      aPlace[nDate] = iLastPlace;
      iLastPlace = -1;
      iPrevEnd = it->iTokEnd;
      nDate++;
    }else if( it->eKind==COMMIT_ITEM_COUNTRY && iPrevEnd==it->iTok-1 ){
      iPrevEnd = it->iTokEnd;           /* "in Bagan, Myanmar, in 2010" */
    }else if( iPrevEnd>=0 ){
      break;
    }
  }
  if( nDate<2 || aPlace[0]<0 ) return 0;
  for(k=0; k<pInfo->nM; k++){
    /* the cue's own mention speaks for the first pair only */
    if( pInfo->aM[k].iMeeting==iM && pInfo->aM[k].iTokEnd==0 ){
      pInfo->aM[k].iSpanEnd = pItems->a[aDate[0]].iTokEnd;
    }
  }
  {
    /* "The ministers have met five times: in Yangon in 2004, in Beijing
    ** in 2007, ...": the list counts them from the first */
    int t, v;
    for(t=iCue+1; t+2<s->nTok && t<=iCue+3; t++){
      if( discIs(p, s, t+1, "times") && discPunct(s, t+2, ':')
       && (v = discGazValue(p, s, t, COMMIT_GAZ_CARDINAL))>=nDate && v<COMMIT_FACTS_MAX_NUMBER ){
        bCount = 1;
        if( MEETING(p, iM)->iNum==0 ) MEETING(p, iM)->iNum = 1;
        break;
      }
    }
  }
  for(k=1; k<nDate && pInfo->nM<COMMIT_FACTS_MAX_MEETREFS; k++){
    const CommitItem *d = &pItems->a[aDate[k]];
    const CommitItem *c = aPlace[k]>=0 ? &pItems->a[aPlace[k]] : 0;
    CommitFMeeting *o = MEETING(p, iM);
    CommitMeetRef *r = &pInfo->aM[pInfo->nM];
    int iNum = bCount ? k+1 : 0, t;
    int iNew;
    for(t=pItems->a[aDate[k-1]].iTokEnd; t<(c ? c->iTok : d->iTok) && iNum==0; t++){
      /* "..., and for a third time in Hanoi in 2012": that number */
      if( o->iNum>0 ) iNum = discGlueOrdinal(p, s, t);
    }
    iNew = commitDiscourseNewMeeting(p, c ? c : d, o->eSeries, iNum,
                                     COMMIT_FORM_CUE, o->eFrame);
    if( iNew<0 ) return 1;
    if( c==0 ){
      /* "... in Vientiane in 2008 and again in 2016": the city before */
      int j;
      for(j=k-1; j>=0 && aPlace[j]<0; j--){}
      if( j>=0 ){
        const CommitItem *c0 = &pItems->a[aPlace[j]];
        CommitFMeeting *m = MEETING(p, iNew);
        m->iCity = c0->iEntry;
        m->iCityStart = c0->iStart;
        m->iCityEnd = c0->iEnd;
        if( c0->aVal[1]>=0 ) m->iCountry = c0->aVal[1];
      }
    }
    discRef(r, pInfo, c ? c->iTok : d->iTok, 0, -1, iNew);
    r->iCueTok = iCue;
    r->iSpanEnd = d->iTokEnd;          /* (its city and year, no more) */

    r->bPast = pInfo->aFrame[iCue]==COMMIT_FRAME_BACKGROUND;
    pInfo->nM++;
  }
  return 0;
}

/* Fill in a mention of meeting iMeeting over tokens [iTok,iTokEnd). */
static void discRef(CommitMeetRef *r, const CommitSentInfo *pInfo, int iTok,
                    int iTokEnd, int iClause, int iMeeting) {
  memset(r, 0, sizeof(*r));
  r->iTok = iTok;
  r->iTokEnd = iTokEnd;
  r->iClause = iClause;
  r->iMeeting = iMeeting;
  r->bPast = pInfo->aFrame[iTok]==COMMIT_FRAME_BACKGROUND;
  r->iCueTok = -1;
}

/*
** True if only "and", "&", ",", "the" ("and this") stand in tokens [a,b),
** or "back-to-back with", "together with", "alongside" ("SOM-8
** back-to-back with the third IMM"): what is said of one is said of both.
*/
static int discCoordinated(const CommitFacts *p, const CommitSentence *s,
                           int a, int b) {
  int j;
  for(j=a; j<b; j++){
    if( !discPunct(s, j, ',') && !discPunct(s, j, '&') && !discPunct(s, j, '-')
     && !discIs(p, s, j, "and") && !discIs(p, s, j, "the")
     && !(discIs(p, s, j, "this") && j>a && discIs(p, s, j-1, "and"))
     && !discIs(p, s, j, "back") && !discIs(p, s, j, "to")
     && !discIs(p, s, j, "with") && !discIs(p, s, j, "together")
     && !discIs(p, s, j, "alongside") ){
      return 0;
    }
  }
  return 1;
}

/*
** The numbered meeting of series eSeries and frame eFrame that the
** sentence named last before its mention aM[nM] (a definite level
** mention: "the ministerial meeting"), or -1.
*/
/* The one numbered meeting of frame eFrame among aM[0..nM-1] (no joint
** pair), or -1. */
static int discOnlyNumberedIn(const CommitFacts *p, const CommitMeetRef *aM,
                              int nM, int eFrame) {
  int j, iOne = -1;
  for(j=0; j<nM; j++){
    const CommitFMeeting *m = MEETING(p, aM[j].iMeeting);
    if( m->iNum==0 || aM[j].iGroup ) return -1;
    if( m->eFrame!=eFrame ) continue;
    if( iOne>=0 && iOne!=aM[j].iMeeting ) return -1;
    iOne = aM[j].iMeeting;
  }
  return iOne;
}

static int discSentenceAntecedent(const CommitFacts *p, const CommitMeetRef *aM,
                                  int nM, int eSeries, int eFrame) {
  int j;
  if( eSeries!=COMMIT_SERIES_IMM && eSeries!=COMMIT_SERIES_SOM ) return -1;
  for(j=nM-1; j>=0; j--){
    const CommitFMeeting *m = MEETING(p, aM[j].iMeeting);
    if( m->eSeries==eSeries && m->iNum>0 && m->eFrame==eFrame ){
      return aM[j].iMeeting;
    }
  }
  return -1;
}

/* The meeting of series eSeries and number iNum told before, or -1. */
static int discSeriesNumber(const CommitFacts *p, int eSeries, int iNum) {
  int i;
  if( (eSeries!=COMMIT_SERIES_IMM && eSeries!=COMMIT_SERIES_SOM) || iNum<=0 ) return -1;
  for(i=0; i<p->meetings.n; i++){
    const CommitFMeeting *m = MEETING(p, i);
    if( m->iMerged<0 && m->eSeries==eSeries && m->iNum==iNum ) return i;
  }
  return -1;
}

/*
** The one meeting told before in the city named just before mention k
** ("the Rangoon ministerial", "since the Hanoi meeting"), of its series
** or of none, the one numbered if there is one; -1 if there is no such
** city or no one such meeting.
*/
static int discCityMeeting(const CommitFacts *p, const CommitSentence *s,
                           const CommitItems *pItems, int k, int eSeries) {
  const CommitItem *it = &pItems->a[k], *pl = k>0 ? &pItems->a[k-1] : 0;
  int i, iFound = -1, iNum = -1, nNum = 0, nOther = 0;
  if( pl==0 || pl->eKind!=COMMIT_ITEM_PLACE || pl->iTokEnd!=it->iTok || pl->iEntry<0
   || pl->iTok<1 || !discIs(p, s, pl->iTok-1, "the")
   || aCommitGazEntry[pl->iEntry].eKind!=COMMIT_GAZ_CITY ){
    return -1;
  }
  for(i=0; i<p->meetings.n; i++){
    const CommitFMeeting *m = MEETING(p, i);
    if( m->iMerged>=0 || m->iCity!=pl->iEntry ) continue;
    if( eSeries && m->eSeries && m->eSeries!=eSeries ) continue;
    if( m->eSeries==COMMIT_SERIES_OTHER ) continue;
    /* a numbered one before any other ("Hanoi meeting turns ..." in a
    ** headline, then the third SOM in Hanoi) */
    if( m->iNum>0 ){
      if( nNum++ ) return -1;
      iNum = i;
    }else if( nOther++==0 ){
      iFound = i;
    }
  }
  return nNum ? iNum : nOther==1 ? iFound : -1;
}

/*
** The meeting mentions of the sentence, resolved to records, into pInfo.
** Returns SQLITE_OK or SQLITE_NOMEM.
*/
static void discMerge(CommitFacts *p, int iDst, int iSrc);
static int discNumbered(const CommitFacts *p, int i);
/* True if "(ever held) at <that / senior officials'> level" follows token
** j: "the very first round of talks at that level", "the second meeting
** ever held at senior officials' level". */
static int discLevelAfter(const CommitFacts *p, const CommitSentence *s, int j) {
  int k;
  if( discIs(p, s, j, "ever") ) j++;
  if( discIs(p, s, j, "held") ) j++;
  if( !discIs(p, s, j, "at") ) return 0;
  for(k=j+1; k<j+6 && k<s->nTok; k++){
    if( discIs(p, s, k, "level") ) return 1;
    if( s->aTok[k].eType==COMMIT_TOK_PUNCT && s->aTok[k].cPunct!='\'' ) return 0;
  }
  return 0;
}

/*
** The one numbered meeting of series eSeries among the two the sentence
** just before named, in the same paragraph; -1 if none or two.  For a
** level told without a meeting ("At the ministerial meeting, ...", "The
** senior officials sat on 14 and 15 February").
*/
int commitDiscourseRecentOfSeries(const CommitFacts *p, const CommitSentence *s,
                                  int eSeries) {
  int q, iTo = -1;
  if( eSeries==0 || p->disc.iRecentSent!=p->disc.nSentence-1
   || (s->aTok[0].mFlag & COMMIT_TF_PARA) ) return -1;
  for(q=0; q<2; q++){
    int i = commitDiscourseFinal(p, p->disc.aRecent[q]);
    if( q==0 && p->disc.iRecentSent0!=p->disc.nSentence-1 ) continue;
    if( i>=0 && MEETING(p, i)->eSeries==eSeries ){
      if( iTo>=0 && iTo!=i ) return -1;
      iTo = i;
    }
  }
  return iTo;
}

/* True if a city item covers exactly token t: "that Beijing session". */
static int discCityBefore(const CommitItems *pItems, int t) {
  int k;
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].eKind==COMMIT_ITEM_PLACE && pItems->a[k].iTok==t
     && pItems->a[k].iTokEnd==t+1 ) return 1;
  }
  return 0;
}

static int discFirstTime(const CommitFacts *p, const CommitSentence *s, int iVerb);

/*
** The level that owns generic mention it, or 0: "a first round of senior
** officials' talks" (the possessive before it), "the first round of talks
** among senior officials" (after it).
*/
static int discOwnerLevel(const CommitFacts *p, const CommitSentence *s,
                          const CommitItems *pItems, const CommitItem *it) {
  int lo = it->iTok, eLev;
  if( lo>=3 && discPunct(s, lo-1, '\'') ) lo -= 3;
  eLev = commitDiscourseLevel(p, s, pItems, lo, it->iTokEnd);
  if( eLev==0 && (discIs(p, s, it->iTokEnd, "of") || discIs(p, s, it->iTokEnd, "among")
                  || discIs(p, s, it->iTokEnd, "between")) ){
    eLev = commitDiscourseLevel(p, s, pItems, it->iTokEnd+1, it->iTokEnd+4);
  }
  return eLev;
}

/* True if generic mention it is owned by a level other than eSeries. */
static int discOwnedByOther(const CommitFacts *p, const CommitSentence *s,
                            const CommitItems *pItems, const CommitItem *it,
                            int eSeries) {
  int eLev = discOwnerLevel(p, s, pItems, it);
  return eLev!=0 && eLev!=eSeries;
}

static int discMentions(CommitFacts *p, const CommitSentence *s,
                        CommitItems *pItems, CommitSentInfo *pInfo) {
  int k, nM = 0;
  CommitMeetRef *aM = pInfo->aM;
  for(k=0; k<pItems->n && nM<COMMIT_FACTS_MAX_MEETREFS; k++){
    CommitItem *it = &pItems->a[k];
    int iM, eForm = it->aVal[2], eSeries = it->aVal[0];
    int eFrame = discMentionFrame(p, s, pInfo->aInName, pInfo->aFrame, it->iTok,
                                  it->iTokEnd);
    if( it->eKind!=COMMIT_ITEM_MEETING ) continue;
    /* "The Regional Task Force, which is not a SOM, meets on 15-16
    ** October": a kind denied, no meeting */
    if( it->aVal[1]==0 && it->iTok>=2
     && (discIs(p, s, it->iTok-1, "a") || discIs(p, s, it->iTok-1, "an"))
     && (discIs(p, s, it->iTok-2, "not") || discIs(p, s, it->iTok-2, "never")) ){
      continue;
    }
    it->eFrame = (u8)eFrame;
    if( eForm==COMMIT_FORM_LABEL && it->aVal[1]>0
     && it->aVal[1]<COMMIT_FACTS_MAX_NUMBER
     && (eSeries==COMMIT_SERIES_IMM || eSeries==COMMIT_SERIES_SOM) ){
      iM = discLabel(p, it, eFrame, discHappened(pItems, pInfo, it->iTok));
    }else if( eForm==COMMIT_FORM_GENERIC && nM>0
           && discApposition(p, s, &aM[nM-1], it) ){
      /* "IMM-3, a one-day event, will take place": the same meeting. */
      iM = aM[nM-1].iMeeting;
    }else if( (eForm==COMMIT_FORM_GENERIC || eForm==COMMIT_FORM_LEVEL)
           && !it->aVal[4] && it->aVal[1]==0
           && (iM = discCityMeeting(p, s, pItems, k, eSeries))>=0 ){
      /* "since the Rangoon ministerial, at which the six ministers ...":
      ** the meeting told before in that city */
    }else if( eForm==COMMIT_FORM_GENERIC && !it->aVal[4] && it->aVal[1]==0 && eSeries==0
           && it->iTok>0 && (discIs(p, s, it->iTok-1, "same")
                             || (discIs(p, s, it->iTok-1, "that") && nM==0))
           && p->disc.iLastMention>=0 ){
      /* "The same session adopted the second plan", "At that meeting, ...",
      ** "About 150 delegates attended that meeting": the meeting last told
      ** of */
      iM = commitDiscourseFinal(p, p->disc.iLastMention);
    }else if( eForm==COMMIT_FORM_GENERIC && !it->aVal[4] && it->aVal[1]==0 && eSeries==0
           && nM==0 && it->iTok<=1 && pInfo->iTopic>=0 ){
      /* "IMM6 will take place in Ha Noi on 19 November. The meeting is
      ** hosted by ...": the meeting the sentence before opened with */
      iM = pInfo->iTopic;
    }else if( eForm==COMMIT_FORM_GENERIC && !it->aVal[4] && it->aVal[1]==0 && eSeries==0
           && (iM = discOnlyNumberedIn(p, aM, nM, eFrame))>=0
           && !discOwnedByOther(p, s, pItems, it, MEETING(p, iM)->eSeries) ){
      /* "At the second ministerial meeting, ..., the six ministers signed a
      ** joint declaration, and the meeting adopted a plan": the one
      ** numbered meeting the sentence named before (not "two days of
      ** senior officials' talks" after the second IMM) */
    }else if( eForm==COMMIT_FORM_LEVEL && !it->aVal[4] && it->aVal[1]==0
           && (iM = discSentenceAntecedent(p, aM, nM, eSeries, eFrame))>=0 ){
      /* "SOM 10 and the fourth IMM - Phnom Penh; SPA IV was endorsed at
      ** the ministerial meeting": the IMM the sentence named. */
    }else if( eForm==COMMIT_FORM_LEVEL && !it->aVal[4] && it->aVal[1]==0 && eSeries
           && nM==0 && it->iTok>=1 && it->iTok<=3 && discIs(p, s, it->iTok-1, "the")
           && (iM = commitDiscourseRecentOfSeries(p, s, eSeries))>=0 ){
      /* "In February 2012 the Ministry hosted IMM-3 in Hanoi. At the
      ** ministerial meeting, the six signed their second declaration": the
      ** meeting of that level the sentence just before named */
    }else{
      if( eForm==COMMIT_FORM_GENERIC && eSeries==0 ){
        /* "Senior officials' talks on the draft MOU": its owner's level */
        eSeries = discOwnerLevel(p, s, pItems, it);
        if( eSeries==0 ) eSeries = discVerbLevel(p, s, pItems, pInfo, it->iTok);
        if( eSeries==0 ){
          /* "That plan was agreed by senior officials at a meeting in
          ** Hanoi": the agent before it */
          int t;
          for(t=it->iTok-1; t>=0 && t>=it->iTok-6; t--){
            if( s->aTok[t].eType==COMMIT_TOK_PUNCT ) break;
            if( discIs(p, s, t, "by") ){
              eSeries = commitDiscourseLevel(p, s, pItems, t+1, it->iTok);
              break;
            }
          }
        }
        if( eSeries==0 && it->aVal[1] ){
          eSeries = discClauseSeries(pItems, pInfo, it->iTok);
        }
        if( eSeries==0 && it->aVal[1] && it->iTok>0 && (discIs(p, s, it->iTok-1, "their")
                                                        || discIs(p, s, it->iTok-1, "its")) ){
          /* "At their third meeting, held in Hanoi, senior officials
          ** adopted": the level of those whose meeting it is, named before
          ** it ("Senior officials gathering for their seventh meeting ...,
          ** after the last ministerial session") or else in the sentence */
          eSeries = commitDiscourseLevel(p, s, pItems, discClauseStart(pInfo, it->iTok),
                                         it->iTok);
          if( eSeries==0 ) eSeries = commitDiscourseLevel(p, s, pItems, 0, s->nTok);
        }
        if( eSeries==0 && it->aVal[1] && discLevelAfter(p, s, it->iTokEnd) ){
          /* "the very first round of talks at that level", after "the first
          ** senior officials' meeting in Bangkok since": the level told */
          eSeries = commitDiscourseLevel(p, s, pItems, 0, s->nTok);
        }
        if( eSeries==0 && it->iTok>0 && (discIs(p, s, it->iTok-1, "their")
                                         || (it->iTok>1 && discIs(p, s, it->iTok-1, "own")
                                             && discIs(p, s, it->iTok-2, "their"))) ){
          /* "the MOU that ministers of the six countries signed at their
          ** meeting in Yangon", "... during their own meeting": the level
          ** named last before "their" */
          eSeries = discLevelNearest(p, s, pItems, discClauseStart(pInfo, it->iTok),
                                     it->iTok);
          /* "Senior officials met first, on 28-29 April, for what the
          ** secretariat counts as their tenth meeting": the sentence's
          ** subject */
          if( eSeries==0 ) eSeries = commitDiscourseLevel(p, s, pItems, 0, it->iTok);
        }
        if( eSeries==0 && it->aVal[6] ){
          /* "Its ministerial meetings have moved around: Beijing received
          ** the second": the level the sentence told before it */
          eSeries = commitDiscourseLevel(p, s, pItems, 0, it->iTok);
        }
        if( eSeries==0 && (it->aVal[6] || (it->aVal[1]>1 && !it->aVal[4])) ){
          /* "... the first time COMMIT ministers had sat down together.
          ** The first of their meetings, in Yangon", "Since then the
          ** ministers have met four more times. The first Joint Declaration
          ** was signed at the second": the level the sentence before spoke
          ** of */
          eSeries = p->disc.ePrevLevel;
        }
        if( eSeries==0 && (it->aVal[6] || (it->aVal[1]>1 && !it->aVal[4]))
         && p->disc.iLastMention>=0 ){
          /* "At the second, in Beijing in 2007", "When we met as senior
          ** officials in Phnom Penh ... The seventh round, at Bagan": the
          ** series last told of */
          eSeries = MEETING(p, commitDiscourseFinal(p, p->disc.iLastMention))->eSeries;
        }
        if( eSeries==0 && it->aVal[6] && p->disc.aRecent[1]>=0 ){
          /* "The Hanoi meeting was the third of its kind. The first was
          ** held in Bangkok": the last meeting named with its number */
          eSeries = MEETING(p, commitDiscourseFinal(p, p->disc.aRecent[1]))->eSeries;
        }
        if( eSeries==0 && it->aVal[6] ) continue;   /* "the second on the list" */
      }
      if( it->aVal[6] && (iM = discSeriesNumber(p, eSeries, it->aVal[1]))>=0 ){
        /* "the seventh meeting of the senior officials ... The seventh
        ** met in Bagan": the meeting of that number told before */
      }else{
        int iNum = eForm==COMMIT_FORM_LABEL ? 0 : it->aVal[1];
        if( it->aVal[6] && iNum && discEllipsisOffCalendar(pItems, it, eSeries, iNum) ){
          /* "Twice: the first in Vientiane in 2008, the second in 2016":
          ** a count of some meetings of the series, not its numbers */
          iNum = 0;
        }
        if( eForm==COMMIT_FORM_LEVEL && iNum==0 && eSeries ){
          /* "Ministers met for a second time in Beijing" */
          iNum = discFirstTime(p, s, it->iTokEnd-1);
        }
        iM = commitDiscourseNewMeeting(p, it, eSeries, iNum, eForm, eFrame);
        if( iM>=0 ){
          MEETING(p, iM)->bIndef = it->aVal[4];
          MEETING(p, iM)->bNext = it->aVal[5];
        }
      }
    }
    if( iM<0 ) return SQLITE_NOMEM;
    if( it->iTok>=1 && it->iTok<=3
     && (discIs(p, s, it->iTok-1, "that") || discIs(p, s, it->iTok-1, "this"))
     && p->disc.iLastCue>=0 && p->disc.iLastCueSent==p->disc.nSentence-1
     && p->disc.iLastCue!=iM && MEETING(p, p->disc.iLastCue)->iMerged<0
     && (MEETING(p, p->disc.iLastCue)->eSeries==0
         || MEETING(p, p->disc.iLastCue)->eSeries==MEETING(p, iM)->eSeries) ){
      /* "... ministers met in Rangoon and signed the MOU. That first
      ** ministerial meeting ...": the meeting just told of */
      discMerge(p, iM, p->disc.iLastCue);
      p->disc.iLastCue = -1;
    }
    if( it->iTok>=2 && it->iTok<=4 && MEETING(p, iM)->iMerged<0
     && (eForm==COMMIT_FORM_GENERIC || eForm==COMMIT_FORM_LEVEL) && it->aVal[1]==0
     && (discIs(p, s, it->iTok-2, "that") || discIs(p, s, it->iTok-2, "this"))
     && discCityBefore(pItems, it->iTok-1) ){
      /* "... both held in Beijing. At that Beijing session the ministers
      ** signed": the meeting of its level the sentence before told of */
      int eLev = MEETING(p, iM)->eSeries ? MEETING(p, iM)->eSeries
               : commitDiscourseLevel(p, s, pItems, it->iTokEnd, s->nTok);
      int iTo = eLev ? commitDiscourseRecentOfSeries(p, s, eLev)
              : (p->disc.iPrevOnly>=0 ? commitDiscourseFinal(p, p->disc.iPrevOnly) : -1);
      if( iTo>=0 && iTo!=iM ) discMerge(p, iTo, iM);
    }
    if( it->iTok<=4 && nM==0 && s->nTok>2
     && (discIs(p, s, 0, "that") || discIs(p, s, 0, "this") || discIs(p, s, 0, "it"))
     && (discIs(p, s, 1, "was") || discIs(p, s, 1, "is"))
     && p->disc.iLastMention>=0 ){
      /* "... preceded by a two-day meeting of senior officials. That was
      ** only the second meeting ever held at senior officials' level":
      ** the meeting just told of is the one named */
      int iLast = commitDiscourseFinal(p, p->disc.iLastMention);
      if( iLast>=0 && iLast!=iM && MEETING(p, iLast)->eForm!=COMMIT_FORM_LABEL
       && MEETING(p, iLast)->iNum==0
       && (MEETING(p, iLast)->eSeries==0
           || MEETING(p, iLast)->eSeries==MEETING(p, iM)->eSeries) ){
        discMerge(p, iM, iLast);
      }
    }
    if( eForm==COMMIT_FORM_LABEL && nM>0 && aM[nM-1].iTokEnd>0
     && (eSeries==COMMIT_SERIES_IMM || eSeries==COMMIT_SERIES_SOM)
     && discLabelApposition(p, s, aM[nM-1].iTokEnd, it->iTok)
     && aM[nM-1].iMeeting!=iM && MEETING(p, aM[nM-1].iMeeting)->eForm!=COMMIT_FORM_LABEL
     && (MEETING(p, aM[nM-1].iMeeting)->eSeries==0
         || MEETING(p, aM[nM-1].iMeeting)->eSeries==MEETING(p, iM)->eSeries)
     && MEETING(p, aM[nM-1].iMeeting)->iMerged<0 ){
      /* "At that meeting, the second Inter-Ministerial Meeting, ministers
      ** signed": the label names the meeting just told of */
      discMerge(p, iM, aM[nM-1].iMeeting);
    }
    /* "Senior officials met first, on 28-29 April, for what the
    ** secretariat counts as their tenth meeting" */
    int bTheir = eForm==COMMIT_FORM_GENERIC && it->aVal[1]>0 && it->iTok>=1
              && discIs(p, s, it->iTok-1, "their");
    if( ((eForm==COMMIT_FORM_LABEL && it->iTok>=2
          && (discIs(p, s, it->iTok-1, "for") || discIs(p, s, it->iTok-1, "at")
              || (discIs(p, s, it->iTok-1, "the")
                  && (discIs(p, s, it->iTok-2, "for") || discIs(p, s, it->iTok-2, "at")))))
         || bTheir)
     && (MEETING(p, iM)->eSeries==COMMIT_SERIES_IMM || MEETING(p, iM)->eSeries==COMMIT_SERIES_SOM) ){
      /* "ministers gathered in Yangon for the first Inter-Ministerial
      ** Meeting": the level's meeting is the label after it */
      int j;
      eSeries = MEETING(p, iM)->eSeries;
      for(j=nM-1; j>=0; j--){
        CommitFMeeting *o = MEETING(p, aM[j].iMeeting);
        if( aM[j].iTokEnd==0 || aM[j].iMeeting==iM ) continue;
        if( o->eForm==COMMIT_FORM_LEVEL && o->eSeries==eSeries && o->iMerged<0
         && (bTheir || pInfo->aClause[aM[j].iTok]==pInfo->aClause[it->iTok])
         && it->iTok - aM[j].iTokEnd<=(bTheir ? 16 : 8) ){
          discMerge(p, iM, aM[j].iMeeting);
          aM[j].iMeeting = iM;
        }
        break;
      }
    }
    if( MEETING(p, iM)->eSeries!=COMMIT_SERIES_OTHER ) p->disc.iLastMention = iM;
    discRef(&aM[nM], pInfo, it->iTok, it->iTokEnd, pInfo->aClause[it->iTok], iM);
    if( nM>0 && it->iTok>=aM[nM-1].iTokEnd ){
      aM[nM].bCoord = discCoordinated(p, s, aM[nM-1].iTokEnd, it->iTok);
    }
    aM[nM].iGroup = it->aVal[3] ? it->aVal[3] + p->disc.iGroupBase : 0;
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
  pInfo->nReal = nM;
  pInfo->nM = nM;
  return SQLITE_OK;
}

/*
** The number a meeting verb at token iVerb gives its meeting: "met for
** the first time" ("Senior officials of the six countries met for the
** first time in Bangkok"), "met for a second time", "first met", "met six
** times so far, most recently in"; else 0.
*/
static int discFirstTime(const CommitFacts *p, const CommitSentence *s, int iVerb) {
  int k, v;
  /* "When ministers first met, in Yangon": the first */
  if( iVerb>0 && discIs(p, s, iVerb-1, "first") ) return 1;
  for(k=iVerb+1; k<s->nTok && k<=iVerb+2; k++){
    /* "Senior officials have met six times so far, most recently in
    ** Vientiane": the last of them is the sixth */
    if( discIs(p, s, k+1, "times") && (v = discGazValue(p, s, k, COMMIT_GAZ_CARDINAL))>1
     && v<COMMIT_FACTS_MAX_NUMBER ){
      int t;
      for(t=k+2; t<s->nTok && t<=k+5; t++){
        if( discIs(p, s, t, "most") && discIs(p, s, t+1, "recently") ) return v;
        if( discIs(p, s, t, "latest") || discIs(p, s, t, "lastly") ) return v;
      }
    }
  }
  for(k=iVerb+1; k<s->nTok && k<=iVerb+3; k++){
    /* "met for the first time", "met for a second time in Beijing ... and
    ** for a third in Hanoi" */
    if( discIs(p, s, k, "for") && (discIs(p, s, k+1, "the") || discIs(p, s, k+1, "a"))
     && (v = discGazValue(p, s, k+2, COMMIT_GAZ_ORDINAL))>0 && v<COMMIT_FACTS_MAX_NUMBER
     && (discIs(p, s, k+3, "time") || discIs(p, s, k+3, "in")
         || discIs(p, s, k+3, "at")) ){
      return v;
    }
  }
  return 0;
}

/*
** The first token after the last ", and" or ";" of clause [a,b) when no
** meeting mention follows it: the start of a coordinated clause that
** names none.
** Returns a if there is none.
*/
static int discCoordTail(const CommitFacts *p, const CommitSentence *s,
                         const CommitSentInfo *pInfo, int a, int b) {
  int t, k;
  for(t=b-2; t>a; t--){
    if( discPunct(s, t, ',') && discIs(p, s, t+1, "and") ) break;
    if( discPunct(s, t, ';') ) break;
  }
  if( t<=a ) return a;
  for(k=0; k<pInfo->nM; k++){
    if( pInfo->aM[k].iTok>=t && pInfo->aM[k].iTok<b ) return a;
  }
  t += discPunct(s, t, ';') ? 1 : 2;
  /* "...; it was in fact held in Bagan": the meeting named before */
  if( discIs(p, s, t, "it") || discIs(p, s, t, "this") || discIs(p, s, t, "they") ) return a;
  return t;
}

/* Tokens after the host ("China last hosted the process's ministers")
** within which the level of those hosted is named. */
#define DISC_HOSTED_LEVEL_REACH 8

/*
** Clauses that speak of a meeting without naming one get a mention of a
** cue record, or of the topic meeting ("IMM1 - 29 October 2004, Yangon.
** Ministers signed ...").  A sentence with no mention at all is one
** clause.  Returns SQLITE_OK or SQLITE_NOMEM.
*/
/*
** True if the meeting mentioned at token iTok marks the time of another
** event: "senior officials also met in Yangon in October 2004, just before
** IMM1" (the officials' meeting is a cue of its own).
*/
static int discTimeMark(const CommitFacts *p, const CommitSentence *s, int iTok) {
  int t = iTok-1;
  if( t>=0 && discIs(p, s, t, "the") ) t--;
  if( t<2 || !(discIs(p, s, t, "before") || discIs(p, s, t, "after")) ) return 0;
  t--;
  if( !(discIs(p, s, t, "just") || discIs(p, s, t, "shortly")
        || discIs(p, s, t, "immediately") || discIs(p, s, t, "right")) ){
    return 0;
  }
  return discPunct(s, t-1, ',');
}

/*
** True if mention r is another body's meeting held alongside the clause's
** own ("the senior officials were back in the capital, ... alongside the
** Regional COMMIT Task Force"): it does not name the clause's meeting.
*/
static int discAlongsideOther(const CommitFacts *p, const CommitSentence *s,
                              const CommitMeetRef *r) {
  int t = r->iTok-1;
  if( MEETING(p, r->iMeeting)->eSeries!=COMMIT_SERIES_OTHER ) return 0;
  if( t>=0 && discIs(p, s, t, "the") ) t--;
  return t>=0 && (discIs(p, s, t, "alongside") || discIs(p, s, t, "beside"));
}

/*
** "Its ministers first sat down together in Yangon in 2004 ... They met
** for a second time in Beijing": a cue of no level that counts "for a
** second time" in [lo,b) after the sentence before named the meeting one
** before in a series is the next of that series.  Returns its number and
** sets *peLevel, or returns 0.
*/
static int discNextTime(const CommitFacts *p, const CommitSentence *s, int lo, int b,
                        int *peLevel) {
  int t, v = 0, iPrev;
  const CommitFMeeting *o;
  for(t=lo; t<b && v==0; t++) v = discGlueOrdinal(p, s, t);
  if( v<2 ) return 0;
  if( p->disc.iPrevOnly>=0 ){
    iPrev = commitDiscourseFinal(p, p->disc.iPrevOnly);
  }else if( p->disc.iLastCue>=0 && p->disc.iLastCueSent==p->disc.nSentence-1 ){
    iPrev = commitDiscourseFinal(p, p->disc.iLastCue);   /* (told by a cue) */
  }else{
    return 0;
  }
  if( iPrev<0 ) return 0;
  o = MEETING(p, iPrev);
  if( o->iNum!=v-1 || (o->eSeries!=COMMIT_SERIES_IMM && o->eSeries!=COMMIT_SERIES_SOM) ){
    return 0;
  }
  *peLevel = o->eSeries;
  return v;
}

static int discCues(CommitFacts *p, const CommitSentence *s,
                    const CommitItems *pItems, CommitSentInfo *pInfo) {
  int a = 0;
  while( a<s->nTok && pInfo->nM<COMMIT_FACTS_MAX_MEETREFS ){
    int b = a, k, bNamed = 0, iClause, iCue, lo;
    if( pInfo->nReal>0 ){
      while( b<s->nTok && pInfo->aClause[b]==pInfo->aClause[a] ) b++;
    }else{
      /* "The senior officials sat on 14 and 15 February; the ministers
      ** met on the 16th": each side of a semicolon speaks of its own */
      b = a+1;
      while( b<s->nTok && !discPunct(s, b-1, ';') ) b++;
    }
    for(k=0; k<pInfo->nM; k++){
      if( pInfo->aM[k].iTok>=a && pInfo->aM[k].iTok<b
       && !discTimeMark(p, s, pInfo->aM[k].iTok)
       && !discAlongsideOther(p, s, &pInfo->aM[k]) ){
        bNamed = 1;
      }
    }
    if( bNamed ){
      /* "The ministers have met five times: in Yangon in 2004, in Beijing
      ** in 2007, ..., when Thailand hosted the meeting online": the list
      ** before the clause's first named mention is a cue of its own */
      int iFirst = b;
      for(k=0; k<pInfo->nM; k++){
        if( pInfo->aM[k].iTok>=a && pInfo->aM[k].iTok<iFirst ) iFirst = pInfo->aM[k].iTok;
      }
      if( discVerbThenList(pItems, a, iFirst) ){
        b = iFirst;
        bNamed = 0;
      }
    }
    iClause = pInfo->nReal>0 ? pInfo->aClause[a] : -1;
    lo = a;
    iCue = bNamed ? -1 : discMeetingCue(p, s, pItems, a, b);
    /* "How often do the ministers meet?": a question tells of no meeting */
    if( iCue>=0 && discPunct(s, s->nTok-1, '?') ) iCue = -1;
    if( iCue<0 && !bNamed && a==0 && pInfo->nReal==0 && discIs(p, s, 0, "there")
     && discPunct(s, 1, ',') && (p->disc.iPrevOnly>=0
                                 || (p->disc.iLastCue>=0
                                     && p->disc.iLastCueSent==p->disc.nSentence-1)) ){
      iCue = 0;      /* "There, in December 2007, the six ministers signed" */
      pInfo->bActionCue = 1;                   /* (its date is the meeting's) */
    }
    if( bNamed && (lo = discCoordTail(p, s, pInfo, a, b))>a ){
      /* "X opened SOM1 in Bangkok, and Thai ministers signed the MOU in
      ** Yangon in October": a coordinated clause's own signing meeting */
      iCue = discMeetingCue(p, s, pItems, lo, b);
      /* (after ", and" only a signing in a city: "..., and the talks
      ** opened" speaks of the meeting named) */
      for(k=0; k<pItems->n && iCue>=0 && !discPunct(s, lo-1, ';'); k++){
        if( pItems->a[k].iTok==iCue && pItems->a[k].eKind!=COMMIT_ITEM_ACTION ) iCue = -1;
      }
    }
    if( iCue>=0 ){
      CommitMeetRef *r = &pInfo->aM[pInfo->nM];
      int iTopic = p->disc.iTopic, iNewCue = -1;
      if( iTopic<0 && lo==0 && pInfo->nReal==0
       && discIs(p, s, 0, "there") && discPunct(s, 1, ',') ){
        /* "Two years later, in Beijing, the ministers met for the second
        ** time. There, in December 2007, the six ministers signed": the
        ** meeting just told, named or not */
        if( p->disc.iPrevOnly>=0 ){
          iTopic = commitDiscourseFinal(p, p->disc.iPrevOnly);
        }else if( p->disc.iLastCue>=0 && p->disc.iLastCueSent==p->disc.nSentence-1 ){
          iTopic = commitDiscourseFinal(p, p->disc.iLastCue);
        }
      }
      if( iTopic<0 && lo==0 && pInfo->nReal==0 && p->disc.iPrevOnly>=0
       && discIs(p, s, 0, "it") && s->nTok>1 && (discIs(p, s, 1, "was") || discIs(p, s, 1, "is")) ){
        /* "... for the first IMM. It was a single day of speeches,
        ** hosted by the Government of Myanmar": the meeting just named */
        iTopic = commitDiscourseFinal(p, p->disc.iPrevOnly);
      }
      if( iTopic>=0 && lo==0 && (discIs(p, s, 0, "before") || discIs(p, s, 0, "previously")
                                 || discIs(p, s, 0, "earlier")
                                 || (discIs(p, s, 0, "prior") && discIs(p, s, 1, "to"))) ){
        iTopic = -1;   /* "Before that the ministers had last met in Phnom Penh" */
      }
      if( iTopic>=0 && pInfo->nReal==0 && MEETING(p, iTopic)->eSeries
       && MEETING(p, iTopic)->iPartner<0 ){
        /* "The second was in Beijing ... Senior officials have met six
        ** times, most recently in Vientiane": another level, another
        ** meeting */
        int eLev = commitDiscourseLevel(p, s, pItems, lo, iCue);
        if( eLev && eLev!=MEETING(p, iTopic)->eSeries ) iTopic = -1;
      }
      if( iTopic>=0 && pInfo->nReal==0 ){
        discRef(r, pInfo, lo, 0, iClause, iTopic);
        if( MEETING(p, iTopic)->iPartner>=0 && MEETING(p, iTopic)->iGroup
         && pInfo->nM+1<COMMIT_FACTS_MAX_MEETREFS ){
          /* The topic "IMM2/SOM5": the clause speaks of both. */
          r->iGroup = MEETING(p, iTopic)->iGroup;
          pInfo->aM[pInfo->nM+1] = *r;
          pInfo->aM[pInfo->nM+1].iMeeting = MEETING(p, iTopic)->iPartner;
          pInfo->nM++;
        }
      }else{
        CommitItem g;
        int iM;
        memset(&g, 0, sizeof(g));
        g.iStart = s->aTok[lo].iStart;
        g.iEnd = s->aTok[lo].iEnd;
        int bAction = 0, eLevel;
        for(k=0; k<pItems->n; k++){
          if( pItems->a[k].iTok==iCue && (pItems->a[k].eKind==COMMIT_ITEM_ACTION
                                          || pItems->a[k].eKind==COMMIT_ITEM_PLACE) ){
            bAction = 1;          /* its dates are the meeting's too */
          }
        }
        /* The level of the clause's subject ("ministers meet in Yangon"),
        ** or of the agent of an action ("... by Ministers"). */
        eLevel = commitDiscourseLevel(p, s, pItems, lo, bAction ? b : iCue);
        for(k=0; k<pItems->n && eLevel==0; k++){
          const CommitItem *h = &pItems->a[k];
          if( h->iTok==iCue && h->eKind==COMMIT_ITEM_HOST && h->aVal[0]==COMMIT_HOST_ACTIVE ){
            /* "China last hosted the process's ministers in Beijing": the
            ** level of those hosted */
            int e = h->iTokEnd + DISC_HOSTED_LEVEL_REACH;
            eLevel = commitDiscourseLevel(p, s, pItems, h->iTokEnd, e<b ? e : b);
          }
        }
        {
          int iNum = eLevel ? discFirstTime(p, s, iCue) : 0;
          if( eLevel==0 ) iNum = discNextTime(p, s, lo, b, &eLevel);
          iM = commitDiscourseNewMeeting(p, &g, eLevel, iNum,
                                         COMMIT_FORM_CUE, pInfo->aFrame[iCue]);
        }
        if( bAction ) pInfo->bActionCue = 1;
        if( iM<0 ) return SQLITE_NOMEM;
        p->disc.iLastCue = iM;
        p->disc.iLastCueSent = p->disc.nSentence;
        discRef(r, pInfo, lo, 0, iClause, iM);
        r->iCueTok = iCue;
        if( pInfo->nReal==0 && (a>0 || b<s->nTok) ) r->iSpanEnd = b;
        /* In the frame of what spoke of it: "X noted that ministers had
        ** signed the MOU in Yangon in 2004" is background. */
        r->bPast = pInfo->aFrame[iCue]==COMMIT_FRAME_BACKGROUND;
        iNewCue = iM;
      }
      pInfo->nM++;
      if( iNewCue>=0 && discPlaceYearList(p, s, pItems, pInfo, lo, iCue, b, iNewCue) ){
        return SQLITE_NOMEM;
      }
    }
    a = b;
  }
  return SQLITE_OK;
}

/*
** The topic for the next sentence: the numbered meeting this sentence
** opens with ("IMM1 - 29 October 2004, Yangon."), kept while sentences
** do not name another meeting.
*/
static void discUpdateTopic(CommitFacts *p, const CommitSentence *s,
                            const CommitItems *pItems, const CommitSentInfo *pInfo) {
  int k;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    int j, bHead = 1;
    if( it->eKind!=COMMIT_ITEM_MEETING ) continue;
    /* "October 29, 2004 -- Yangon: IMM1.": a timeline line's date and
    ** place before its meeting */
    for(j=0; j<k; j++){
      int e = pItems->a[j].eKind;
      if( e!=COMMIT_ITEM_DATE && e!=COMMIT_ITEM_PLACE && e!=COMMIT_ITEM_COUNTRY ) bHead = 0;
    }
    if( (it->iTok<=3 || (bHead && k>0 && it->iTok<=16 && it->iTok>0
                         && (discPunct(s, it->iTok-1, ':') || discPunct(s, it->iTok-1, '|')
                             /* "* 29 Oct. 2004 - the first IMM (IMM1) in Yangon.":
                             ** a list entry opening with its date */
                             || ((discPunct(s, it->iTok-1, '-')
                                  || (discIs(p, s, it->iTok-1, "the") && it->iTok>1
                                      && discPunct(s, it->iTok-2, '-')))
                                 && pItems->a[0].eKind==COMMIT_ITEM_DATE
                                 && pItems->a[0].iTok<=1)
                             /* "12-14 Dec 2007    SOM5 / IMM2, Beijing": a
                             ** row of a milestones table, its date column
                             ** right before the meeting */
                             || (pItems->a[0].eKind==COMMIT_ITEM_DATE
                                 && pItems->a[0].iTok==0
                                 && pItems->a[k-1].eKind==COMMIT_ITEM_DATE
                                 && pItems->a[k-1].iTokEnd==it->iTok))))
     && it->aVal[1]>0 && pInfo->nReal>0
     && pInfo->aM[0].iTok==it->iTok ){
      p->disc.iTopic = pInfo->aM[0].iMeeting;
      if( pInfo->nReal==2 && pInfo->aM[1].bCoord ){
        /* A heading "Eighth Senior Officials Meeting (SOM8) and Third
        ** Inter-Ministerial Meeting (IMM3)": one joint session, which the
        ** lines below place and date. */
        CommitFMeeting *a = MEETING(p, pInfo->aM[0].iMeeting);
        CommitFMeeting *b = MEETING(p, pInfo->aM[1].iMeeting);
        if( a!=b && a->iNum>0 && b->iNum>0 && a->eForm==COMMIT_FORM_LABEL
         && b->eForm==COMMIT_FORM_LABEL && a->iPartner<0 && b->iPartner<0
         && a->eSeries+b->eSeries==COMMIT_SERIES_IMM+COMMIT_SERIES_SOM
         && a->eSeries!=b->eSeries && a->iGroup==0 && b->iGroup==0 ){
          a->iPartner = pInfo->aM[1].iMeeting;
          b->iPartner = pInfo->aM[0].iMeeting;
          a->iGroup = b->iGroup = p->disc.iGroupBase + 998;
        }
      }
    }else{
      p->disc.iTopic = -1;
    }
    return;
  }
}

/*
** Read one sentence: clauses and frames of its tokens and items, anchor
** candidates, the dateline city, and its meeting mentions resolved to
** records (pInfo->aM).  A chrome sentence only gives anchor candidates.
** Returns SQLITE_OK or SQLITE_NOMEM.
*/
/*
** A headline near the top that places its story "in" a city and names no
** meeting or date ("Mekong officials take stock of trafficking plan in
** Vientiane"): where the report's meeting is when nothing else says.
*/
static void discHeadlineCity(CommitFacts *p, const CommitSentence *s,
                             const CommitItems *pItems) {
  int k, iCity = -1;
  if( p->disc.iHeadlineCity>=0 || s->iSentence>8 || s->nTok>20 ) return;
  if( s->aTok[s->nTok-1].eType==COMMIT_TOK_PUNCT ) return;   /* prose ends in '.' */
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_MEETING || it->eKind==COMMIT_ITEM_DATE ) return;
    if( it->eKind==COMMIT_ITEM_PLACE && it->aVal[0]==1 && !it->aVal[3] ){
      if( iCity>=0 ) return;
      iCity = it->iEntry;
    }
  }
  if( iCity>=0 ) p->disc.iHeadlineCity = iCity;
}

/* Tokens of a block of heading lines read as one sentence, at most. */
#define DISC_HEAD_BLOCK_TOKENS 32

/*
** True if tokens a..b-1 of sentence s are a whole line of it: a line break
** (or the sentence's start) before a, and one (or its end) at b.
*/
static int discOwnLine(const CommitSentence *s, int a, int b) {
  return (a==0 || (s->aTok[a].mFlag & COMMIT_TF_NL))
      && (b>=s->nTok || (s->aTok[b].mFlag & COMMIT_TF_NL));
}

/*
** A notice's field lines ("WHAT: Ninth Senior Officials Meeting (SOM9)",
** "WHEN: Thursday 21 - Friday 22 February 2013", "WHERE: ...", "HOST:
** ..."): the WHAT line names the meeting, and the other lines that name
** none speak of it.
*/
static void discFieldLabel(CommitFacts *p, const CommitSentence *s,
                           CommitItems *pItems, CommitSentInfo *pInfo) {
  int k = 0, j, iHead = 0;
  if( pInfo->nReal==2 && pInfo->aM[0].iTok<=1
   && MEETING(p, pInfo->aM[0].iMeeting)->eForm==COMMIT_FORM_GENERIC
   && MEETING(p, pInfo->aM[0].iMeeting)->iNum==0 ){
    /* "Opening Session of the Fourth COMMIT Inter-Ministerial Meeting
    ** (IMM4)": the session of the meeting named after "of" */
    int t = pInfo->aM[0].iTokEnd;
    if( discIs(p, s, t, "of") ) t++;
    if( discIs(p, s, t, "the") ) t++;
    if( t==pInfo->aM[1].iTok ) iHead = 1;
  }
  if( pInfo->nReal==2 && pInfo->aM[0].iGroup && pInfo->aM[0].iGroup==pInfo->aM[1].iGroup
   && pInfo->aM[1].iTokEnd>=s->nTok-1 && discNumbered(p, pInfo->aM[0].iMeeting) ){
    /* a joint label alone on its line, "SOM5/IMM2": the lines under it
    ** are both meetings' fields */
    p->disc.iHeadMeeting = pInfo->aM[0].iMeeting;
    p->disc.iHeadSent = p->disc.nSentence;
    return;
  }
  if( s->nTok>0 && s->nTok<=DISC_HEAD_BLOCK_TOKENS
   && (s->aTok[s->nTok-1].eType!=COMMIT_TOK_PUNCT || discPunct(s, s->nTok-1, ')'))
   && pInfo->nReal==iHead+1 && discNumbered(p, pInfo->aM[iHead].iMeeting)
   && ((s->nTok<=16 && pInfo->aM[0].iTok<=1 && pInfo->aM[iHead].iTokEnd>=s->nTok-1)
       || discOwnLine(s, pInfo->aM[0].iTok, pInfo->aM[iHead].iTokEnd)) ){
    /* an event page's heading ("Ninth COMMIT Senior Officials Meeting
    ** (SOM9)" on a line of its own, perhaps in a block of heading lines
    ** read as one sentence: "SIXTH SENIOR OFFICIALS MEETING (SOM6)\n
    ** SUMMARY RECORD - EXTRACT"): the "Date:" and "Venue:" lines just
    ** below it are its fields */
    p->disc.iHeadMeeting = pInfo->aM[iHead].iMeeting;
    p->disc.iHeadSent = p->disc.nSentence;
    return;
  }
  if( p->disc.iHeadMeeting>=0 && p->disc.nSentence - p->disc.iHeadSent<=3
   && pInfo->nReal==0 && s->nTok>0 && s->nTok<=16
   && s->aTok[s->nTok-1].eType!=COMMIT_TOK_PUNCT && !s->bChrome ){
    /* "NINTH SENIOR OFFICIALS MEETING (SOM9)\n21-22 February 2013\nRoyal
    ** Orchid Sheraton Hotel, Bangkok, Thailand": the bare lines under an
    ** event page's heading, with a date or a place and nothing else, are
    ** its fields too */
    int bField = 0;
    for(j=0; j<pItems->n; j++){
      int e = pItems->a[j].eKind;
      if( e==COMMIT_ITEM_DATE || e==COMMIT_ITEM_PLACE || e==COMMIT_ITEM_VENUE ) bField = 1;
      else if( e!=COMMIT_ITEM_COUNTRY && e!=COMMIT_ITEM_HOST && e!=COMMIT_ITEM_ORG ){
        bField = 0;
        break;
      }
    }
    if( bField && pInfo->nM>0 ){
      /* ("Hosted by the Royal Thai Government" below it spoke of the
      ** meeting already): its place is the meeting's */
      for(j=0; j<pItems->n; j++){
        if( pItems->a[j].eKind==COMMIT_ITEM_PLACE ) pItems->a[j].aVal[0] = 2;
      }
      return;
    }
    if( bField ){
      p->disc.iLabelMeeting = p->disc.iHeadMeeting;
      k = -1;
    }
  }
  if( k==0 && p->disc.iBareLabelSent>=0 && p->disc.iBareLabelSent==p->disc.nSentence-1 ){
    /* "WHAT\nMinisters ... will meet for the sixth IMM", "WHEN\nWednesday,
    ** 19 November 2025": the line under a label alone is its value */
    if( p->disc.bBareWhat ){
      for(j=0; j<pInfo->nReal; j++){
        if( MEETING(p, pInfo->aM[j].iMeeting)->eSeries!=COMMIT_SERIES_OTHER ){
          p->disc.iLabelMeeting = pInfo->aM[j].iMeeting;
          break;
        }
      }
      return;
    }
    if( p->disc.iLabelMeeting<0 && p->disc.iHeadMeeting>=0 ){
      p->disc.iLabelMeeting = p->disc.iHeadMeeting;
    }
    for(j=0; j<pItems->n; j++){
      /* (a date alone on its line is the field's value, no reference) */
      if( pItems->a[j].eKind==COMMIT_ITEM_DATE ) pItems->a[j].mFlag &= ~COMMIT_DF_REFERENCE;
    }
    k = -1;
  }
  if( k==0 ){
    if( s->nTok<3 || !discWord(p, s, COMMIT_WL_FIELD_LABEL, 0) ) return;
    while( k<3 && s->aTok[k].eType==COMMIT_TOK_WORD ) k++;
    if( !discPunct(s, k, ':') ) return;
    if( p->disc.iLabelMeeting<0 && p->disc.iHeadMeeting>=0
     && p->disc.nSentence - p->disc.iHeadSent<=4 ){
      p->disc.iLabelMeeting = p->disc.iHeadMeeting;
    }
  }
  if( (discIs(p, s, 0, "what") || discIs(p, s, 0, "event")) && k==1 ){
    /* the first meeting of ours after the label ("Event: Fifth Senior
    ** Officials Meeting and ... (SOM5/IMM2)", "Event: COMMIT Regional
    ** Task Force (RTF) and 16th SOM"), not the label word itself */
    for(j=0; j<pInfo->nReal; j++){
      if( pInfo->aM[j].iTok>k
       && MEETING(p, pInfo->aM[j].iMeeting)->eSeries!=COMMIT_SERIES_OTHER ){
        p->disc.iLabelMeeting = pInfo->aM[j].iMeeting;
        break;
      }
    }
    for(j++; j<pInfo->nReal; j++){
      /* "WHAT: COMMIT Senior Officials' Meeting (SOM), followed by the
      ** 4th COMMIT Inter-Ministerial Meeting (IMM4)": the fields below
      ** that name no meeting are both meetings' */
      int iM2 = pInfo->aM[j].iMeeting;
      if( MEETING(p, iM2)->eSeries!=COMMIT_SERIES_OTHER && iM2!=p->disc.iLabelMeeting
       && MEETING(p, iM2)->eSeries!=MEETING(p, p->disc.iLabelMeeting)->eSeries ){
        p->disc.iLabelMeeting2 = iM2;
        break;
      }
    }
    return;
  }
  if( pInfo->nM==0 && p->disc.iLabelMeeting>=0 && pInfo->nM<COMMIT_FACTS_MAX_MEETREFS ){
    int iPartner = MEETING(p, p->disc.iLabelMeeting)->iPartner;
    discRef(&pInfo->aM[0], pInfo, k+1, 0, -1, p->disc.iLabelMeeting);
    pInfo->nM = 1;
    if( iPartner>=0 && MEETING(p, p->disc.iLabelMeeting)->iGroup
     && pInfo->nM<COMMIT_FACTS_MAX_MEETREFS ){
      /* a joint label's fields are both meetings' */
      pInfo->aM[0].iGroup = MEETING(p, p->disc.iLabelMeeting)->iGroup;
      pInfo->aM[1] = pInfo->aM[0];
      pInfo->aM[1].iMeeting = iPartner;
      pInfo->nM = 2;
    }
    if( p->disc.iLabelMeeting2>=0 && pInfo->nM==1 && pInfo->nM<COMMIT_FACTS_MAX_MEETREFS ){
      /* (a pair for this sentence: what it tells is both meetings') */
      pInfo->aM[0].iGroup = p->disc.iGroupBase + 997;
      pInfo->aM[1] = pInfo->aM[0];
      pInfo->aM[1].iMeeting = p->disc.iLabelMeeting2;
      pInfo->nM = 2;
    }
    pInfo->bActionCue = 1;          /* its dates are the meeting's */
    for(j=0; j<pItems->n; j++){
      /* "WHERE: <venue>, Bangkok": the city of the meeting */
      if( pItems->a[j].eKind==COMMIT_ITEM_PLACE ) pItems->a[j].aVal[0] = 2;
    }
  }
}

/*
** A chronology's year heading: a year on a line of its own ("2004", "2013:")
** gives its year to the days and months without one in the entries below
** it ("- 29 Oct: IMM1, Rangoon."), until the next heading; such a date
** opening its line is the entry's, no dateline.
*/
static int discAgree(const CommitFacts *p, const CommitFMeeting *a,
                     const CommitFMeeting *b);
static int discNumbered(const CommitFacts *p, int i);

/* Meeting records of a section compared pairwise, at most. */
#define DISC_SECTION_MAX_RECORDS 64

/*
** The records of the section that opened at record iFrom: an unnumbered
** mention of a level ("More than three years passed before ministers met
** again. On 14 December the second Inter-Ministerial Meeting ...") is the
** one numbered meeting of its series first named in the same section.
*/
static void discSectionMentions(CommitFacts *p, int iFrom) {
  int i, j;
  /* (a section is a paragraph; one that names more meetings than a
  ** history's paragraph does is left alone, keeping the work linear) */
  if( p->meetings.n - iFrom > DISC_SECTION_MAX_RECORDS ) return;
  for(i=iFrom; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    int iTo = -1, n = 0;
    if( m->iMerged>=0 || m->iNum || discNumbered(p, i)
     || (m->eForm!=COMMIT_FORM_LEVEL && m->eForm!=COMMIT_FORM_GENERIC)
     || m->eSeries==COMMIT_SERIES_OTHER || m->eFrame==COMMIT_FRAME_BACKGROUND ){
      continue;
    }
    for(j=iFrom; j<p->meetings.n; j++){
      const CommitFMeeting *o = MEETING(p, j);
      if( j==i || o->iMerged>=0 || !discNumbered(p, j) ) continue;
      if( m->eSeries && o->eSeries!=m->eSeries ) continue;
      iTo = j;
      n++;
    }
    if( n==1 && discAgree(p, MEETING(p, iTo), m) ) discMerge(p, iTo, i);
  }
}

/* Close a chronology's open section (see discDatedHeading). */
static void discCloseSection(CommitFacts *p) {
  if( !p->disc.bSection ) return;
  discSectionMentions(p, p->disc.iHeadRec);
  commitFactsSectionFill(p, p->disc.iHeadRec, p->disc.bHeadDate ? &p->disc.headDate : 0,
                         p->disc.bHeadVenue ? &p->disc.headVenue : 0,
                         p->disc.iHeadCity>=0 ? &p->disc.headCity : 0,
                         p->disc.bLineSection);
  p->disc.bSection = 0;
  p->disc.bLineSection = 0;
  p->disc.bHeadDate = 0;
  p->disc.bHeadVenue = 0;
  p->disc.iHeadCity = -1;
}

/*
** Open a section under the heading whose date is item iDate and city item
** iPlace (either -1 if none): the meetings first named in it take the
** heading's date and city where they have none (discCloseSection).
*/
static void discOpenSection(CommitFacts *p, CommitItems *pItems, int iDate,
                            int iPlace) {
  discCloseSection(p);
  p->disc.bSection = 1;
  if( iDate>=0 ){
    pItems->a[iDate].mFlag |= COMMIT_DF_REFERENCE;
    p->disc.headDate = pItems->a[iDate];
    p->disc.headDate.mFlag &= ~COMMIT_DF_REFERENCE;
    p->disc.bHeadDate = 1;
  }
  p->disc.nHeadSent = 0;
  p->disc.iHeadRec = p->meetings.n;
  if( iPlace>=0 ){
    p->disc.headCity = pItems->a[iPlace];
    p->disc.iHeadCity = 1;
    pItems->a[iPlace].aVal[3] = 1;    /* (places no meeting of its own) */
  }
}

/*
** Give year y to date item it that has none: a heading's or a list
** entry's year ("30 Dec - 2 Jan": the end in the next year).
*/
static void discGiveYear(CommitItem *it, int y) {
  it->aVal[0] = y;
  if( (it->mFlag & COMMIT_DF_RANGE) && it->aVal[3]==0 ){
    it->aVal[3] = y + (it->aVal[4] < it->aVal[1]);
  }
  it->mFlag &= ~COMMIT_DF_NOYEAR;
}

/* Tokens of a dated heading's line, at most ("9-13 DEC 2024 | Suzhou,
** Jiangsu Province, China"). */
#define DISC_HEADING_TOKENS 14
#define DISC_HEADING_PLAIN 10    /* ... and without a place */

/*
** A chronology's dated heading: a line of its own holding a date with its
** month and year, and perhaps a city ("29-31 MARCH 2005, HANOI", "JULY
** 2004, BANGKOK", "16 DECEMBER 2022, ONLINE"), below a page date or another
** heading or a sentence of prose (so never the report's own dateline).  Its year completes the
** dates below it; the meetings first named in the paragraph under it take
** its date and city where they have none (discCloseSection).  Returns 1 if
** the sentence is one.
*/
static int discDatedHeading(CommitFacts *p, const CommitSentence *s,
                            CommitItems *pItems) {
  int k, iDate = -1, iPlace = -1, iVenue = -1, nCover = 0, e, nAside = 0, bIn = 0;
  int bLead = 0;
  for(k=0; k<s->nTok; k++){
    /* (an aside in brackets is no length: "Yangon (at the time the
    ** Myanmar capital)") */
    if( discPunct(s, k, '(') ) bIn = 1;
    if( bIn ) nAside++;
    if( discPunct(s, k, ')') ) bIn = 0;
  }
  if( bIn ) nAside = 0;
  if( s->bChrome || s->nTok-nAside>DISC_HEADING_TOKENS ) return 0;
  if( !p->disc.bPageDate && !p->disc.bStoryDate && !p->disc.bHeadDate
   && !p->disc.bProse && !p->disc.bLabelLine && !p->disc.bFlatTable ) return 0;
  if( s->iSentence>0 && !(s->aTok[0].mFlag & COMMIT_TF_NL) ) return 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_DATE && iDate<0 ) iDate = k;
    else if( it->eKind==COMMIT_ITEM_PLACE && iPlace<0 && it->iEntry>=0 ) iPlace = k;
    else if( (it->eKind==COMMIT_ITEM_COUNTRY || it->eKind==COMMIT_ITEM_PLACE) && iPlace>=0 ){
      /* "9-13 DEC 2024 | Suzhou, Jiangsu Province, China": its country */
    }else if( it->eKind==COMMIT_ITEM_VENUE && iPlace>=0 && iVenue<0 ){
      iVenue = k;     /* "12-14 December | Beijing, Diaoyutai State Guesthouse" */
    }else if( it->eKind!=COMMIT_ITEM_VIRTUAL ) return 0;
    nCover += it->iTokEnd - it->iTok;
  }
  if( iPlace>=0 ){
    /* the words the gazetteer does not know after the city: a province
    ** ("Jiangsu Province") before its country */
    for(k=pItems->a[iPlace].iTokEnd; k<s->nTok; k++){
      if( s->aTok[k].eType==COMMIT_TOK_WORD && (s->aTok[k].mFlag & COMMIT_TF_CAP) ){
        int j, bIn = 0;
        for(j=0; j<pItems->n; j++){
          if( k>=pItems->a[j].iTok && k<pItems->a[j].iTokEnd ) bIn = 1;
        }
        if( !bIn ) nCover++;
      }
    }
  }
  /* a long line only with its place ("Thu Jan 21, 2010 7:02pm EST" is a
  ** story's date line) */
  if( s->nTok>DISC_HEADING_PLAIN && iPlace<0 ) return 0;
  /* under a label line alone ("PAST EVENT"), only with its place: not a
  ** masthead's page date */
  if( iPlace<0 && !p->disc.bPageDate && !p->disc.bStoryDate && !p->disc.bHeadDate
   && !p->disc.bProse && !p->disc.bFlatTable ) return 0;
  /* the date first: "Yangon, 29 October 2004" is a reposted release's
  ** dateline, not a heading */
  /* (a bullet may open it: "*  28-30 July  |  Bangkok") */
  if( iDate<0 || (pItems->a[iDate].iTok!=0
                  && !(pItems->a[iDate].iTok==1 && discPunct(s, 0, '*'))) ){
    return 0;
  }
  {
    const CommitItem *d = &pItems->a[iDate];
    /* (under "MILESTONES IN 2004", "28-30 July, Bangkok": a day and month
    ** with a city) */
    if( (d->aVal[0]<1990 && !(d->aVal[0]==0 && (d->aVal[2] || p->disc.iHeadingYear) && iPlace>=0))
     || d->aVal[1]==0
     || (d->mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY|COMMIT_DF_RELMONTH)) ) return 0;
  }
  for(k=0; k<s->nTok; k++){
    if( s->aTok[k].eType==COMMIT_TOK_PUNCT ) nCover++;
    if( discPunct(s, k, '(') && iPlace>=0 && k>pItems->a[iPlace].iTok ){
      /* "Yangon (at the time the Myanmar capital)": an aside on the place */
      int j, q, e2 = k+1;
      while( e2<s->nTok && !discPunct(s, e2, ')') ) e2++;
      for(j=k+1; j<e2 && e2<s->nTok; j++){
        if( s->aTok[j].eType==COMMIT_TOK_PUNCT ) continue;
        for(q=0; q<pItems->n; q++){       /* (each token once) */
          if( j>=pItems->a[q].iTok && j<pItems->a[q].iTokEnd ) nCover--;
        }
        nCover++;
      }
    }
  }
  if( nCover<s->nTok ) return 0;
  /* the line ends with the sentence, or the sentence is the lead of an
  ** entry that goes on: "29 October - Yangon. IMM1. The six ministers
  ** sign ..." (its date and city, a full stop, then what happened there) */
  e = s->aTok[s->nTok-1].iEnd;
  while( e<p->n && (p->z[e]==' ' || p->z[e]=='\t' || p->z[e]=='\r') ) e++;
  if( e<p->n && p->z[e]!='\n' ){
    if( iPlace<0 || !discPunct(s, s->nTok-1, '.') ) return 0;
    bLead = 1;
  }
  if( pItems->a[iDate].aVal[0]==0 && p->disc.iHeadingYear ){
    /* "2004" above "*  28-30 July  |  Bangkok": the year's heading */
    discGiveYear(&pItems->a[iDate], p->disc.iHeadingYear);
  }
  discOpenSection(p, pItems, iDate, iPlace);
  p->disc.bLineSection = bLead;
  if( iVenue>=0 ){
    p->disc.headVenue = pItems->a[iVenue];
    p->disc.bHeadVenue = 1;
    pItems->a[iVenue].aVal[3] = 1;    /* (places no meeting of its own) */
  }
  if( pItems->a[iDate].aVal[0] ) p->disc.iHeadingYear = pItems->a[iDate].aVal[0];
  return 1;
}

/* Lower-case words a sentence of prose holds, at least. */
#define DISC_PROSE_WORDS 3

/*
** True if sentence s is prose: not chrome, ending in one full stop, with
** some lower-case words ("Home > Regional   Search...   Log in" is a
** menu, its ellipsis no full stop).
*/
static int discIsProse(const CommitFacts *p, const CommitSentence *s) {
  int k, nLower = 0;
  if( s->bChrome || s->nTok<2 || !discPunct(s, s->nTok-1, '.')
   || discPunct(s, s->nTok-2, '.') ){
    return 0;
  }
  for(k=0; k<s->nTok; k++){
    const CommitToken *t = &s->aTok[k];
    if( t->eType==COMMIT_TOK_WORD && p->z[t->iStart]>='a' && p->z[t->iStart]<='z' ) nLower++;
  }
  return nLower>=DISC_PROSE_WORDS;
}

/* Header cells in a row that make a flattened table, at least. */
#define DISC_FLAT_HEADER_CELLS 3

/*
** Count the header cells of a table flattened to one cell a line ("When",
** "Meeting", "Where", "What happened", each a line): a line of at most
** three words opening with a field's label.  Enough of them in a row mark
** the text as holding such a table, whose bare date lines head its rows.
*/
static void discFlatHeader(CommitFacts *p, const CommitSentence *s) {
  int k;
  if( s->nTok==0 || s->nTok>3 || !(s->aTok[0].mFlag & COMMIT_TF_NL)
   || !(discWord(p, s, COMMIT_WL_FIELD_LABEL, 0) || discIs(p, s, 0, "meeting")
        || discIs(p, s, 0, "outcome") || discIs(p, s, 0, "outcomes")) ){
    p->disc.nHeaderCell = 0;
    return;
  }
  for(k=0; k<s->nTok; k++){
    if( s->aTok[k].eType!=COMMIT_TOK_WORD || (k>0 && (s->aTok[k].mFlag & COMMIT_TF_NL)) ){
      p->disc.nHeaderCell = 0;
      return;
    }
  }
  if( ++p->disc.nHeaderCell>=DISC_FLAT_HEADER_CELLS ) p->disc.bFlatTable = 1;
}

/* True if sentence s is a label line: a few words in capitals alone on
** their line ("PAST EVENT", "UPCOMING"). */
static int discLabelLine(const CommitSentence *s) {
  int k;
  if( s->nTok==0 || s->nTok>COMMIT_LABEL_LINE_MAX ) return 0;
  for(k=0; k<s->nTok; k++){
    if( s->aTok[k].eType!=COMMIT_TOK_WORD || !(s->aTok[k].mFlag & COMMIT_TF_UPPER) ) return 0;
  }
  return 1;
}

/* Tokens of a paragraph's opening "Bagan, January 2010." at most. */
#define DISC_PLACE_DATE_LEAD 8

/*
** The year of a list entry that opens with its date: "* October 2004 -
** Senior officials meet ...", "- 2012: ...", or of a paragraph that opens
** with a place and a month ("Bagan, January 2010.").  Sets
** p->disc.iEntryYear at the entry's first sentence and clears it at the
** next entry or paragraph; returns the year for sentence s (0 if none).
*/
static int discEntryYear(CommitFacts *p, const CommitSentence *s,
                         CommitItems *pItems) {
  if( s->nTok>0 && ((s->aTok[0].mFlag & COMMIT_TF_PARA)
                    || ((s->aTok[0].mFlag & COMMIT_TF_NL)
                        && (discPunct(s, 0, '*') || discPunct(s, 0, '-')))) ){
    p->disc.iEntryYear = 0;     /* (a hard-wrapped line goes on) */
  }
  if( s->nTok>3 && (discPunct(s, 0, '*') || discPunct(s, 0, '-'))
   && pItems->n>0 && pItems->a[0].eKind==COMMIT_ITEM_DATE && pItems->a[0].iTok==1
   && pItems->a[0].aVal[0]>=1990 && !(pItems->a[0].mFlag & COMMIT_DF_RANGE)
   && (discPunct(s, pItems->a[0].iTokEnd, '-') || discPunct(s, pItems->a[0].iTokEnd, ':')) ){
    p->disc.iEntryYear = pItems->a[0].aVal[0];
    return 0;         /* (its own dates are read with the sentence) */
  }
  if( s->nTok>=4 && s->nTok<=DISC_PLACE_DATE_LEAD && pItems->n==2
   && pItems->a[0].eKind==COMMIT_ITEM_PLACE && pItems->a[0].iTok==0
   && pItems->a[1].eKind==COMMIT_ITEM_DATE && pItems->a[1].aVal[0]>=1990
   && pItems->a[1].aVal[1] && !pItems->a[1].aVal[2]
   && discPunct(s, pItems->a[0].iTokEnd, ',') && discPunct(s, s->nTok-1, '.') ){
    /* a paragraph that opens "Bagan, January 2010." (a blog's diary): the
    ** year of the paragraph's days, and its date and city those of the
    ** meetings it tells where they have none */
    p->disc.iEntryYear = pItems->a[1].aVal[0];
    discOpenSection(p, pItems, 1, 0);
    return 0;
  }
  return p->disc.iEntryYear;
}

/*
** "Hanoi has welcomed COMMIT ministers once before.", "Vientiane has
** hosted the senior officials twice", "Lao PDR has twice welcomed the
** process's senior officials to Vientiane": a sentence of a city's
** history.  The meetings first named in the rest of the paragraph take
** it where they have no city of their own (a section with a city and no
** date).  Called after the sentence's own mentions.
*/
/* Tokens from "welcomed" to the city of "to <city>", at most. */
#define DISC_WELCOME_REACH 8

static void discCityHistory(CommitFacts *p, const CommitSentence *s,
                            CommitItems *pItems) {
  int k, e, bBefore = 0;
  const CommitItem *c = pItems->n>0 ? &pItems->a[0] : 0;
  if( p->disc.bSection ) return;
  if( c && c->eKind==COMMIT_ITEM_PLACE && c->iTok==0 && !c->aVal[3] ){
    e = c->iTokEnd;
    if( discIs(p, s, e, "has") || discIs(p, s, e, "had") ) e++;
    if( !discWord(p, s, COMMIT_WL_WELCOME_VERB, e) ) return;
    for(k=e+1; k<s->nTok; k++){
      if( discWord(p, s, COMMIT_WL_BEFORE_WORD, k) ) bBefore = 1;
    }
  }else{
    /* "Lao PDR ... has twice welcomed the process's senior officials to
    ** Vientiane": the city the welcome brought them to */
    int iVerb = -1;
    c = 0;
    for(k=0; k<pItems->n; k++){
      const CommitItem *q = &pItems->a[k];
      if( q->eKind==COMMIT_ITEM_MEETING && q->aVal[1]>0 ) return;
      if( iVerb<0 ){
        int t;
        for(t=(k==0 ? 0 : pItems->a[k-1].iTokEnd); t<q->iTok; t++){
          if( discIs(p, s, t, "welcomed") ){ iVerb = t; break; }
        }
      }
      if( q->eKind==COMMIT_ITEM_PLACE && !q->aVal[3] && c==0 && iVerb>=0
       && q->iTok>iVerb && q->iTok<=iVerb+DISC_WELCOME_REACH && discIs(p, s, q->iTok-1, "to") ){
        c = q;
      }
    }
    if( c==0 ) return;
    for(k=iVerb-2; k<iVerb; k++){
      if( k>=0 && discWord(p, s, COMMIT_WL_BEFORE_WORD, k) ) bBefore = 1;
    }
  }
  if( !bBefore ) return;
  discOpenSection(p, pItems, -1, -1);
  p->disc.headCity = *c;
  p->disc.iHeadCity = 1;
  p->disc.nHeadSent = 1;        /* (the section ends with this paragraph) */
}

/* Tokens of a year's heading with a title ("2012 - Hanoi again"), at
** most. */
#define DISC_YEAR_TITLE_TOKENS 6

static void discHeadingYear(CommitFacts *p, const CommitSentence *s,
                            CommitItems *pItems) {
  int k, bHeading = discDatedHeading(p, s, pItems);
  int iEntryYear = discEntryYear(p, s, pItems);
  p->disc.bLabelLine = discLabelLine(s);   /* (read by the next heading) */
  discFlatHeader(p, s);
  if( bHeading ) return;
  if( discIsProse(p, s) ) p->disc.bProse = 1;
  if( p->disc.bSection ){
    /* a section is the paragraph under its heading */
    if( (p->disc.nHeadSent>0 && discNewParagraph(s))
     || (p->disc.bLineSection && (s->aTok[0].mFlag & COMMIT_TF_NL)) ){
      discCloseSection(p);
    }
    else p->disc.nHeadSent++;
  }
  if( pItems->n==1 && pItems->a[0].eKind==COMMIT_ITEM_DATE
   && pItems->a[0].iTok==0 && pItems->a[0].aVal[1]==0
   && pItems->a[0].mFlag==0
   && (s->nTok==1 || (s->nTok==2 && discPunct(s, 1, ':'))) ){
    p->disc.iHeadingYear = pItems->a[0].aVal[0];
    return;
  }
  if( pItems->n>=1 && pItems->n<=2 && pItems->a[0].eKind==COMMIT_ITEM_DATE
   && pItems->a[0].iTok==0 && pItems->a[0].iTokEnd==1 && pItems->a[0].aVal[1]==0
   && pItems->a[0].mFlag==0 && s->nTok<=DISC_YEAR_TITLE_TOKENS
   && (discPunct(s, 1, '-') || discPunct(s, 1, ':'))
   && !discPunct(s, s->nTok-1, '.') && (s->aTok[0].mFlag & COMMIT_TF_NL) ){
    /* "2004 - Yangon", "2014 - A new secretariat": a year's heading with
    ** its title; a city right after it places the meetings first named
    ** in the paragraph below */
    p->disc.iHeadingYear = pItems->a[0].aVal[0];
    if( pItems->n==2 && pItems->a[1].eKind==COMMIT_ITEM_PLACE && pItems->a[1].iTok==2 ){
      discOpenSection(p, pItems, -1, 1);
    }
    return;
  }
  if( iEntryYear==0 ) iEntryYear = p->disc.iHeadingYear;
  if( iEntryYear==0 ) return;
  for(k=0; k<pItems->n; k++){
    CommitItem *it = &pItems->a[k];
    if( it->eKind!=COMMIT_ITEM_DATE || it->aVal[0]!=0 || it->aVal[1]==0 ) continue;
    if( it->mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY|COMMIT_DF_RELMONTH|COMMIT_DF_LAST
                     |COMMIT_DF_PREVYEAR|COMMIT_DF_NEXTYEAR|COMMIT_DF_THISYEAR) ){
      continue;
    }
    discGiveYear(it, iEntryYear);
  }
}

/*
** "Last month, from Dec. 9-13, a delegation attended": days and a month
** told beside "last month" are the latest such month before the report
** (a page of January 2025 tells of December 2024; one of March 2013 of
** February 2013).
*/
static void discLastMonthDays(CommitItems *pItems) {
  int k, bLast = 0, mLast = 0;
  for(k=0; k<pItems->n; k++){
    const CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_DATE && (it->mFlag & COMMIT_DF_RELMONTH) && it->aVal[7]<0 ){
      bLast = 1;
    }
    if( it->eKind==COMMIT_ITEM_DATE && (it->mFlag & COMMIT_DF_LAST) && it->aVal[0]==0
     && it->aVal[1]>0 && it->aVal[2]==0 ){
      mLast = it->aVal[1];
    }
  }
  if( mLast ){
    /* "Last December, SOM16 met ... from 9 to 13 December": the days of
    ** that month are of the same December */
    for(k=0; k<pItems->n; k++){
      CommitItem *it = &pItems->a[k];
      if( it->eKind==COMMIT_ITEM_DATE && it->aVal[0]==0 && it->aVal[1]==mLast && it->aVal[2]
       && !(it->mFlag & (COMMIT_DF_RELMONTH|COMMIT_DF_FUTURE|COMMIT_DF_PREVYEAR
                         |COMMIT_DF_NEXTYEAR|COMMIT_DF_THISYEAR)) ){
        it->mFlag |= COMMIT_DF_LAST;
      }
    }
  }
  if( !bLast ) return;
  for(k=0; k<pItems->n; k++){
    CommitItem *it = &pItems->a[k];
    if( it->eKind==COMMIT_ITEM_DATE && it->aVal[0]==0 && it->aVal[1]>0
     && !(it->mFlag & (COMMIT_DF_RELMONTH|COMMIT_DF_FUTURE|COMMIT_DF_PREVYEAR
                       |COMMIT_DF_NEXTYEAR|COMMIT_DF_THISYEAR)) ){
      it->mFlag |= COMMIT_DF_BEFOREANCHOR;
    }
  }
}

/* Sentences within which a meeting's year stays in focus. */
#define DISC_FOCUS_SENTENCES 6

/*
** The year in focus (HeidelTime's narrative rule): a sentence that names a
** meeting with a year ("the second IMM was held in Beijing in 2007") puts
** that year in focus; a day and month without a year in the sentences
** after it record it, for when the anchor's year would put them after the
** report was written ("the senior officials met on 12 and 13 December", in
** a post of March 2016).
*/
static void discFocusYear(CommitFacts *p, const CommitSentence *s,
                          const CommitItems *pItems) {
  int k, bMeeting = 0;
  for(k=0; k<pItems->n; k++){
    if( pItems->a[k].eKind==COMMIT_ITEM_MEETING && pItems->a[k].aVal[0]!=COMMIT_SERIES_OTHER ){
      bMeeting = 1;
    }
  }
  /* a section's heading, "1. LOOKING BACK: DECEMBER 2022": the month it
  ** tells of */
  if( !s->bChrome && pItems->n>0 && pItems->a[pItems->n-1].eKind==COMMIT_ITEM_DATE
   && pItems->a[pItems->n-1].aVal[1]>0 ){
    const CommitItem *q = &pItems->a[pItems->n-1];
    int lo = q->iTok;
    while( lo>0 && !(s->aTok[lo].mFlag & COMMIT_TF_NL) ) lo--;
    if( (q->iTokEnd==s->nTok || (s->aTok[q->iTokEnd].mFlag & COMMIT_TF_NL))
     && q->iTokEnd - lo<=10 ){
      bMeeting = 1;              /* the date ends a short line of its own */
    }
  }
  {
    /* "was in November 2008, when the Lao Ministry hosted the sixth SOM
    ** from 5 to 7 November": the sentence's own year for its month */
    int q, y = 0, m = 0, n = 0;
    for(q=0; q<pItems->n; q++){
      const CommitItem *d = &pItems->a[q];
      if( d->eKind==COMMIT_ITEM_DATE && d->aVal[0]>1900 && d->aVal[1]
       && !(d->mFlag & (COMMIT_DF_REFERENCE|COMMIT_DF_DATELINE|COMMIT_DF_RANGE))
       && !(d->mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY)) ){
        if( n==0 || d->aVal[0]!=y || d->aVal[1]!=m ) n++;
        y = d->aVal[0];
        m = d->aVal[1];
      }
    }
    for(q=0; n==1 && q<pItems->n; q++){
      CommitItem *d = &pItems->a[q];
      if( d->eKind==COMMIT_ITEM_DATE && d->aVal[0]==0 && d->aVal[1]==m && d->aVal[2]
       && (d->mFlag & COMMIT_DF_NOYEAR)
       && !(d->mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY|COMMIT_DF_FUTURE|COMMIT_DF_LAST
                        |COMMIT_DF_PREVYEAR|COMMIT_DF_NEXTYEAR|COMMIT_DF_THISYEAR
                        |COMMIT_DF_SAMEYEAR|COMMIT_DF_REFERENCE|COMMIT_DF_DATELINE)) ){
        d->aVal[0] = y;
        if( (d->mFlag & COMMIT_DF_RANGE) && d->aVal[3]==0 ) d->aVal[3] = y + (d->aVal[4]<m);
        d->mFlag &= ~COMMIT_DF_NOYEAR;
      }
    }
  }
  for(k=0; k<pItems->n; k++){
    CommitItem *it = &pItems->a[k];
    if( it->eKind!=COMMIT_ITEM_DATE || (it->mFlag & (COMMIT_DF_REFERENCE|COMMIT_DF_DATELINE)) ){
      continue;
    }
    if( it->mFlag & COMMIT_DF_SAMEYEAR ){
      it->iFocusYear = p->disc.iLastYear ? p->disc.iLastYear + it->aVal[7] : 0;
      continue;
    }
    if( it->aVal[0]>0 && !(it->mFlag & (COMMIT_DF_RELDAY|COMMIT_DF_WEEKDAY)) ){
      p->disc.iLastYear = it->aVal[0];
      if( bMeeting ){
        p->disc.iFocusYear = it->aVal[0];
        p->disc.iFocusSent = p->disc.nSentence;
      }
    }else if( it->aVal[0]==0 && it->aVal[1]>0 && p->disc.iFocusYear
           && p->disc.nSentence - p->disc.iFocusSent<=DISC_FOCUS_SENTENCES ){
      it->iFocusYear = p->disc.iFocusYear;
    }
  }
}

/*
** "The signing took place at IMM-3, a one-day session that followed SOM-8
** ... Both meetings were hosted by the Ministry": a sentence opening with
** "Both meetings" ("The two meetings", "Both sessions") and naming none
** speaks of the two meetings the sentence before named.
*/
static void discBothMeetings(CommitFacts *p, const CommitSentence *s,
                             CommitSentInfo *pInfo) {
  int k, n = 0, a[2], bBoth = 0, iBoth = 0;
  for(k=0; k+1<s->nTok && !bBoth; k++){
    /* "Both meetings were hosted by", "The two sessions", "Both were
    ** hosted by", at the start; "the MPS hosted both rounds" */
    if( k>0 && !(discIs(p, s, k-1, "hosted") || discIs(p, s, k-1, "hosts")
                 || discIs(p, s, k-1, "hosting")) ) continue;
    bBoth = (discIs(p, s, k, "both") && discWord(p, s, COMMIT_WL_PAIR_NOUN, k+1))
         || (k==0 && discIs(p, s, k, "both")
             && (discIs(p, s, k+1, "were") || discIs(p, s, k+1, "are")))
         || (discIs(p, s, k, "the") && discIs(p, s, k+1, "two")
             && discWord(p, s, COMMIT_WL_PAIR_NOUN, k+2));
    iBoth = k;
  }
  if( bBoth && pInfo->nReal>0 ){
    /* "Both events were hosted by the Ministry, and the senior officials'
    ** session drew 150 delegates": only in a clause naming none */
    int e = iBoth;
    while( e<s->nTok && !discPunct(s, e, ';')
        && !(discPunct(s, e, ',') && discIs(p, s, e+1, "and")) ) e++;
    for(k=0; k<pInfo->nReal; k++){
      if( pInfo->aM[k].iTok<e ) bBoth = 0;
    }
    if( pInfo->nM+2>COMMIT_FACTS_MAX_MEETREFS ) bBoth = 0;
  }
  const int *aBoth = 0;
  if( bBoth && p->disc.iPairSent==p->disc.nSentence-1 ){
    aBoth = p->disc.aPair;
  }else if( bBoth && p->disc.aRecent[0]>=0
         && p->disc.nSentence - p->disc.iRecentSent<=3
         && MEETING(p, p->disc.aRecent[0])->eSeries!=MEETING(p, p->disc.aRecent[1])->eSeries ){
    /* "... closed SOM5. ... expected to adopt it at IMM2 on 14 December.
    ** Both meetings are hosted by the Ministry": the two meetings last
    ** named, one of each series, across sentences */
    aBoth = p->disc.aRecent;
  }
  if( aBoth && pInfo->nReal==0 ){
    for(k=0; k<2; k++){
      discRef(&pInfo->aM[k], pInfo, 1, 0, -1, aBoth[k]);
      pInfo->aM[k].iGroup = p->disc.iGroupBase + 999;
    }
    pInfo->nM = 2;
    pInfo->bActionCue = 1;
    return;
  }
  if( aBoth ){
    /* the pair in its own clause, after the sentence's mentions */
    int i0 = aBoth[0], i1 = aBoth[1];
    for(k=0; k<2; k++){
      CommitMeetRef *r = &pInfo->aM[pInfo->nM++];
      discRef(r, pInfo, iBoth, 0, -1, k ? i1 : i0);
      r->iGroup = p->disc.iGroupBase + 999;
    }
  }
  for(k=0; k<pInfo->nReal; k++){
    int i = pInfo->aM[k].iMeeting;
    if( MEETING(p, i)->iNum==0 ) continue;
    if( i!=p->disc.aRecent[1] ){
      p->disc.aRecent[0] = p->disc.aRecent[1];
      p->disc.iRecentSent0 = p->disc.iRecentSent;
      p->disc.aRecent[1] = i;
    }
    p->disc.iRecentSent = p->disc.nSentence;
    if( n>=2 || (n==1 && a[0]==i) ) continue;
    a[n++] = i;
  }
  if( n==2 ){
    p->disc.aPair[0] = a[0];
    p->disc.aPair[1] = a[1];
    p->disc.iPairSent = p->disc.nSentence;
  }
}

/*
** "The COMMIT Regional Task Force convened on 15 December. The following
** day, ministers took part in IMM5": a following day is the day after
** the latest date of the content with a day (the end of a range).
*/
static void discNextDay(CommitFacts *p, const CommitSentence *s,
                        CommitItems *pItems) {
  int k;
  for(k=0; k<pItems->n; k++){
    CommitItem *it = &pItems->a[k];
    if( it->eKind!=COMMIT_ITEM_DATE ) continue;
    if( (it->mFlag & COMMIT_DF_WEEKDAY) && it->iTok>0 && p->disc.bLastDay
     && discIs(p, s, it->iTok-1, "that")
     && !(it->mFlag & (COMMIT_DF_FUTURE|COMMIT_DF_LASTWEEK|COMMIT_DF_BEFORELAST))
     && p->disc.lastDay.aVal[0] && !(p->disc.lastDay.mFlag & COMMIT_DF_NOYEAR) ){
      /* "On 29 October 2004 the ministers gathered in Yangon ... That
      ** Friday they signed": the weekday of the days last told, not of the
      ** report's own week */
      const CommitItem *l = &p->disc.lastDay;
      int jdn = commitDayToJdn(l->aVal[0], l->aVal[1], l->aVal[2]);
      int wd = (jdn+1)%7;
      CommitDay d;
      jdn += (it->aVal[6] - wd + 7)%7;
      if( it->aVal[7]>=0 ){                  /* "that Monday and Tuesday" */
        commitJdnToDay(jdn + (it->aVal[7] - it->aVal[6] + 7)%7, &d);
        it->aVal[3] = d.y; it->aVal[4] = d.m; it->aVal[5] = d.d;
        it->mFlag |= COMMIT_DF_RANGE;
      }
      commitJdnToDay(jdn, &d);
      it->aVal[0] = d.y; it->aVal[1] = d.m; it->aVal[2] = d.d;
      it->mFlag &= ~COMMIT_DF_WEEKDAY;
      continue;
    }
    if( it->mFlag & COMMIT_DF_NEXTDAY ){
      CommitItem *l = &p->disc.lastDay;
      CommitDay d;
      int nDelta = it->aVal[7]<0 ? -1 : 1;
      if( p->disc.bLastIsWeekday ){
        /* "The ministerial round sat on Thursday. The day before, ...": a
        ** weekday, one from the weekday last told (the last of a range) */
        const CommitItem *w = &p->disc.lastWeekday;
        int wd = (nDelta>0 && w->aVal[7]>=0) ? w->aVal[7] : w->aVal[6];
        CommitItem save = *it;
        *it = *w;
        it->iTok = save.iTok; it->iTokEnd = save.iTokEnd;
        it->iStart = save.iStart; it->iEnd = save.iEnd;
        it->eFrame = save.eFrame;
        it->mFlag &= ~(COMMIT_DF_RANGE|COMMIT_DF_NEXTDAY);
        it->aVal[6] = (wd + nDelta + 7)%7;
        it->aVal[7] = -1;
        continue;
      }
      if( !p->disc.bLastDay ) continue;
      memset(&d, 0, sizeof(d));
      if( l->mFlag & COMMIT_DF_RANGE ){
        d.y = l->aVal[3]; d.m = l->aVal[4]; d.d = l->aVal[5];
      }else{
        d.y = l->aVal[0]; d.m = l->aVal[1]; d.d = l->aVal[2];
      }
      if( nDelta<0 && (l->mFlag & COMMIT_DF_RANGE) ){
        d.y = l->aVal[0]; d.m = l->aVal[1]; d.d = l->aVal[2];
      }
      if( d.y ){
        commitDayAddDays(&d, nDelta);
      }else if( nDelta>0 && d.d<28 ){
        d.d++;
      }else if( nDelta<0 && d.d>1 ){
        d.d--;
      }else{
        continue;
      }
      it->aVal[0] = d.y; it->aVal[1] = d.m; it->aVal[2] = d.d;
      it->mFlag = (it->mFlag & ~(COMMIT_DF_NEXTDAY|COMMIT_DF_NOYEAR))
                | (d.y ? 0 : COMMIT_DF_NOYEAR);
      continue;
    }
    if( (it->mFlag & COMMIT_DF_WEEKDAY)
     && !(it->mFlag & (COMMIT_DF_DATELINE|COMMIT_DF_REFERENCE)) ){
      p->disc.lastWeekday = *it;
      p->disc.bLastIsWeekday = 1;
    }else if( !(it->mFlag & (COMMIT_DF_DATELINE|COMMIT_DF_REFERENCE|COMMIT_DF_WEEKDAY
                       |COMMIT_DF_RELDAY|COMMIT_DF_DAYONLY))
     && it->aVal[1] && it->aVal[2] ){
      if( it->aVal[0]==0 && p->disc.bLastDay && p->disc.lastDay.aVal[0]
       && !(it->mFlag & (COMMIT_DF_FUTURE|COMMIT_DF_LAST|COMMIT_DF_PREVYEAR
                         |COMMIT_DF_NEXTYEAR|COMMIT_DF_THISYEAR|COMMIT_DF_SAMEYEAR))
       && p->disc.nSentence - p->disc.iLastDaySent<=2
       && (p->disc.lastDay.aVal[1]==it->aVal[1]
           || ((p->disc.lastDay.mFlag & COMMIT_DF_RANGE) && p->disc.lastDay.aVal[4]==it->aVal[1])) ){
        /* "Senior officials met there on 27-28 October 2004, and on 29
        ** October the ministers signed": the days go on in the month and
        ** year just told */
        it->aVal[0] = (p->disc.lastDay.mFlag & COMMIT_DF_RANGE) && p->disc.lastDay.aVal[4]==it->aVal[1]
                    ? p->disc.lastDay.aVal[3] : p->disc.lastDay.aVal[0];
        if( (it->mFlag & COMMIT_DF_RANGE) && it->aVal[3]==0 ) it->aVal[3] = it->aVal[0];
        it->mFlag &= ~COMMIT_DF_NOYEAR;
      }
      p->disc.lastDay = *it;
      p->disc.bLastDay = 1;
      p->disc.iLastDaySent = p->disc.nSentence;
      p->disc.bLastIsWeekday = 0;
    }else if( (it->mFlag & COMMIT_DF_DAYONLY) && !(it->mFlag & COMMIT_DF_RANGE)
           && p->disc.bLastDay
           && p->disc.nSentence - p->disc.iLastDaySent<=1
           && it->aVal[2] > ((p->disc.lastDay.mFlag & COMMIT_DF_RANGE)
                             ? p->disc.lastDay.aVal[5] : p->disc.lastDay.aVal[2]) ){
      /* "Senior officials met on 28 and 29 April 2015; the ministers
      ** gathered on Thursday the 30th": a later day of the month and year
      ** just told, not of the report's own month */
      const CommitItem *l = &p->disc.lastDay;
      int bRange = (l->mFlag & COMMIT_DF_RANGE)!=0;
      it->aVal[0] = bRange ? l->aVal[3] : l->aVal[0];
      it->aVal[1] = bRange ? l->aVal[4] : l->aVal[1];
      /* ("on 28-29 April ... on the 30th" in a November newsletter: the
      ** month told, the year still the anchor's) */
      it->mFlag &= ~COMMIT_DF_DAYONLY;
      if( it->aVal[0] ) it->mFlag &= ~COMMIT_DF_NOYEAR;
      /* ("The SOM runs through the 15th. The following day, ...") */
      if( !bRange ) p->disc.lastDay.aVal[2] = it->aVal[2];
    }else if( (it->mFlag & COMMIT_DF_DAYONLY) && !(it->mFlag & COMMIT_DF_RANGE)
           && p->disc.bLastDay && !(p->disc.lastDay.mFlag & COMMIT_DF_RANGE)
           && it->aVal[2]>p->disc.lastDay.aVal[2] ){
      /* "on 14 February ... The SOM runs through the 15th. The following
      ** day, ...": a later day of the month last told */
      p->disc.lastDay.aVal[2] = it->aVal[2];
    }
  }
}

/* Tokens after "Host" in a table's header cell ("Host (as reported)"),
** at most. */
#define DISC_HOST_CELL_WORDS 4

/* Bytes of a tab-separated table's line, at most. */
#define DISC_TAB_LINE_MAX 400

/*
** Tabs on the line of token k before it ("Meeting<TAB>Dates<TAB>Host"),
** or -1 if the line has fewer than two: the column of a tab-separated
** table, counted like bars.
*/
static int discTabsBefore(const CommitFacts *p, const CommitSentence *s, int k) {
  int a = s->aTok[k].iStart, b = a, n = 0, nAll = 0;
  /* (a table's line is short: a longer one is prose, and no line is
  ** scanned further than this for each token) */
  while( a>0 && p->z[a-1]!='\n' ){
    if( s->aTok[k].iStart - --a > DISC_TAB_LINE_MAX ) return -1;
  }
  while( b<p->n && p->z[b]!='\n' ){
    if( ++b - a > DISC_TAB_LINE_MAX ) return -1;
  }
  for(; a<b; a++){
    if( p->z[a]=='\t' ){
      nAll++;
      if( a<s->aTok[k].iStart ) n++;
    }
  }
  return nAll>=2 ? n : -1;
}

/*
** True if token k opens a cell: the sentence's first token, or the first
** after a bar (or after a tab in a tab-separated table).  A bar token
** itself ends the cell before it.
*/
static int discCellStart(const CommitFacts *p, const CommitSentence *s, int k, int bTab) {
  int a;
  if( k==0 ) return 1;
  if( !bTab ) return discPunct(s, k-1, '|') || discPunct(s, k, '|');
  for(a=s->aTok[k-1].iEnd; a<s->aTok[k].iStart; a++){
    if( p->z[a]=='\t' ) return 1;
  }
  return 0;
}

/* The column (separators before it) of token k: bars, else tabs. */
static int discColumnOf(const CommitFacts *p, const CommitSentence *s, int k, int bTab) {
  int t, n = 0;
  if( bTab ) return discTabsBefore(p, s, k);
  for(t=0; t<k; t++) if( discPunct(s, t, '|') ) n++;
  return n;
}

/*
** A table with bars or tabs and a HOST column ("YEAR | MEETING | ... |
** HOST | OUTCOME"): the body named in a row's host cell hosts the row's
** meetings.
** The header row sets the column; an organisation in that column of a
** later row becomes a HOST item.
*/
static void discTableHosts(CommitFacts *p, const CommitSentence *s,
                           CommitItems *pItems) {
  int k, nBar = 0, iCol = 0, bTab = 0;
  if( s->nTok==0 ) return;
  for(k=0; k<s->nTok && !(k>0 && (s->aTok[k].mFlag & COMMIT_TF_NL)); k++){
    if( discPunct(s, k, '|') ) nBar++;
  }
  if( nBar<2 ){
    /* a table whose columns are tabs: "Meeting\tDates\tPlace\tHost" */
    if( discTabsBefore(p, s, 0)<0 ) return;
    bTab = 1;
  }
  for(k=0; k<s->nTok && !(k>0 && (s->aTok[k].mFlag & COMMIT_TF_NL)); k++){
    if( (discIs(p, s, k, "host") || discIs(p, s, k, "hosts") || discIs(p, s, k, "hosted"))
     && discCellStart(p, s, k, bTab) ){
      /* the cell's head, perhaps qualified: "Host", "Host (as reported)",
      ** "Host as reported", "Hosted by" */
      int e = k+1;
      while( e<s->nTok && e<=k+DISC_HOST_CELL_WORDS && !discCellStart(p, s, e, bTab)
          && !(s->aTok[e].mFlag & COMMIT_TF_NL) ) e++;
      if( e>=s->nTok || discCellStart(p, s, e, bTab) || (s->aTok[e].mFlag & COMMIT_TF_NL) ){
        iCol = discColumnOf(p, s, k, bTab)+1;
      }
    }
  }
  if( iCol ){
    p->disc.iHostCol = iCol;
    return;
  }
  if( p->disc.iHostCol==0 ) return;
  for(k=0; k<pItems->n; k++){
    CommitItem *it = &pItems->a[k];
    int t;
    int iGov = -1;
    if( it->eKind==COMMIT_ITEM_COUNTRY && it->iEntry>=0 ){
      /* "| Government of the Union of Myanmar |": a government named as
      ** written */
      t = it->iTok-1;
      if( t>=0 && discIs(p, s, t, "the") ) t--;
      if( t>=1 && discIs(p, s, t, "of") && discIs(p, s, t-1, "government") ) iGov = t-1;
      if( iGov>=1 && discIs(p, s, iGov-1, "royal") ) iGov--;
      if( iGov<0 ) continue;
    }else if( it->eKind!=COMMIT_ITEM_ORG || it->iEntry<0 ){
      continue;
    }
    if( discColumnOf(p, s, it->iTok, bTab)+1!=p->disc.iHostCol ) continue;
    if( iGov>=0 ){
      it->iTok = iGov;
      it->iStart = s->aTok[iGov].iStart;
    }
    it->aVal[1] = it->eKind==COMMIT_ITEM_COUNTRY ? COMMIT_GAZ_COUNTRY : COMMIT_GAZ_ORG;
    it->aVal[2] = iGov>=0;
    it->eKind = COMMIT_ITEM_HOST;
    it->aVal[0] = COMMIT_HOST_HOST;
    break;                         /* one host a cell */
  }
}

/* True if token k is a character rules are drawn with. */
static int discRuleChar(const CommitSentence *s, int k) {
  return s->aTok[k].eType==COMMIT_TOK_PUNCT
      && (s->aTok[k].cPunct=='-' || s->aTok[k].cPunct=='*'
          || s->aTok[k].cPunct=='=' || s->aTok[k].cPunct=='_');
}

/* True if the sentence opens with existential "there" ("There were
** ...", "There'll be": data list there_be), not the place "there". */
static int discThereIs(const CommitFacts *p, const CommitSentence *s) {
  return discPunct(s, 1, '\'') || discWord(p, s, COMMIT_WL_THERE_BE, 1);
}

/*
** Keep the first days the text writes in full, with their year (at most
** COMMIT_DISC_FULL_DAYS different ones): a dateline without its year takes
** the year of the same day told in full (discAnchor).
*/
static void discFullDays(CommitFacts *p, const CommitItems *pItems) {
  int k, j;
  for(k=0; k<pItems->n && p->disc.nFullDay<COMMIT_DISC_FULL_DAYS; k++){
    const CommitItem *it = &pItems->a[k];
    int v;
    if( it->eKind!=COMMIT_ITEM_DATE || it->aVal[0]<1990 || !it->aVal[1] || !it->aVal[2]
     || (it->mFlag & (COMMIT_DF_RANGE|COMMIT_DF_NOYEAR)) ){
      continue;
    }
    v = it->aVal[0]*10000 + it->aVal[1]*100 + it->aVal[2];
    for(j=0; j<p->disc.nFullDay && p->disc.aFullDay[j]%10000!=v%10000; j++){}
    if( j==p->disc.nFullDay ) p->disc.aFullDay[p->disc.nFullDay++] = v;
  }
}

/*
** A sentence whose subject is a city: "Hanoi is no stranger to ...", "This
** city has seen ...".  Kept for the "it" of the next sentences
** (factsItCity).
*/
/* Meeting records searched for the report's own city. */
#define DISC_REPORT_CITY_REACH 8

static void discSubjectCity(CommitFacts *p, const CommitSentence *s,
                            const CommitItems *pItems) {
  const CommitItem *it = pItems->n>0 ? &pItems->a[0] : 0;
  if( it==0 ) return;
  if( it->eKind==COMMIT_ITEM_PLACE && it->iTok==0 && it->iEntry>=0 ){
    p->disc.iSubjectCity = it->iEntry;
  }else if( it->eKind==COMMIT_ITEM_HERE && it->iTok<=1 && it->aVal[0]==0 ){
    /* "This city is ...": the report's city (its dateline's, headline's,
    ** or its first current meeting's) */
    int i, iCity = p->disc.iDatelineCity>=0 ? p->disc.iDatelineCity : p->disc.iHeadlineCity;
    for(i=0; i<p->meetings.n && i<DISC_REPORT_CITY_REACH && iCity<0; i++){
      const CommitFMeeting *o = MEETING(p, i);
      if( o->iMerged<0 && o->eFrame!=COMMIT_FRAME_BACKGROUND && o->iCity>=0
       && (o->eSeries==COMMIT_SERIES_IMM || o->eSeries==COMMIT_SERIES_SOM) ){
        iCity = o->iCity;
      }
    }
    if( iCity<0 ) return;
    p->disc.iSubjectCity = iCity;
  }else{
    return;
  }
  p->disc.iSubjectStart = it->iStart;
  p->disc.iSubjectEnd = it->iEnd;
  p->disc.iSubjectSent = p->disc.nSentence;
}

int commitDiscourseSentence(CommitFacts *p, const CommitSentence *s,
                            CommitItems *pItems, CommitSentInfo *pInfo) {
  int k, rc;
  p->disc.nSentence++;
  if( s->nTok>=3 ){
    /* a rule: "---", "* * *", "=====" */
    for(k=0; k<s->nTok && !(k>0 && (s->aTok[k].mFlag & COMMIT_TF_NL))
             && discRuleChar(s, k); k++){}
    if( k>=3 && (k==s->nTok || (s->aTok[k].mFlag & COMMIT_TF_NL)) ){
      p->disc.iRuleSent = s->iSentence;        /* the rule opens its own line */
    }else if( k>=3 ){
      /* "----- item 3 -----": a labelled rule, ending in rule characters */
      int e = k, nEnd = 0;
      while( e<s->nTok && !(s->aTok[e].mFlag & COMMIT_TF_NL) && e<k+16 ) e++;
      while( e-nEnd-1>k && discRuleChar(s, e-nEnd-1) ) nEnd++;
      if( nEnd>=3 && (e==s->nTok || (s->aTok[e].mFlag & COMMIT_TF_NL)) ){
        p->disc.iRuleSent = s->iSentence;
      }
    }
  }
  pInfo->nM = pInfo->nReal = 0;
  pInfo->iTopic = -1;
  pInfo->bActionCue = 0;
  discFullDays(p, pItems);
  discTableHosts(p, s, pItems);          /* (a header row is chrome) */
  if( discNewParagraph(s) ){
    p->disc.bBackPara = 0;
    p->disc.iTopic = -1;     /* (a heading alone on its line opens it too) */
  }
  if( discBackgroundLabel(p, s) ) p->disc.bBackPara = 1;
  if( pItems->n==0 ){
    if( s->nTok<=2 && discWord(p, s, COMMIT_WL_FIELD_LABEL, 0)==1
     && (s->aTok[0].mFlag & COMMIT_TF_UPPER) && (s->nTok==1 || discPunct(s, 1, ':')) ){
      /* "WHEN" alone on its line, its value on the next */
      p->disc.iBareLabelSent = p->disc.nSentence;
      p->disc.bBareWhat = discIs(p, s, 0, "what") || discIs(p, s, 0, "event");
    }
    if( discIsProse(p, s) ) p->disc.bProse = 1;
    p->disc.bLabelLine = discLabelLine(s);
    discFlatHeader(p, s);
    p->disc.ePrevLevel = 0;
    return SQLITE_OK;
  }
  discPlaceCommas(p, s, pItems, pInfo->aInName);
  discClauses(p, s, pInfo->aInName, pInfo->aClause);
  discFrames(p, s, pItems, pInfo->aInName, pInfo->aFrame);
  if( p->disc.bBackPara && !discPresentTense(p, s) ){
    /* "3. (U) Background: COMMIT senior officials first met in Bangkok
    ** ...": what the paragraph tells as the day's is the past's (but "The
    ** SPA adopted in Hanoi is the first attempt" speaks of today's) */
    for(k=0; k<s->nTok; k++){
      if( pInfo->aFrame[k]==COMMIT_FRAME_CURRENT ) pInfo->aFrame[k] = COMMIT_FRAME_BACKGROUND;
    }
  }
  for(k=0; k<pItems->n; k++){
    CommitItem *it = &pItems->a[k];
    it->eFrame = pInfo->aFrame[it->iTok];
    if( it->eKind==COMMIT_ITEM_ACTION && it->eFrame==COMMIT_FRAME_UPCOMING
     && discDoneBefore(p, s, it->iTok) ){
      /* "officials will review the second SPA, which was adopted at the
      ** second IMM": a thing done is no plan, whatever the sentence's tense */
      it->eFrame = COMMIT_FRAME_BACKGROUND;
    }
  }
  discHeadingYear(p, s, pItems);
  discLastMonthDays(pItems);
  discDatelines(p, s, pItems);
  if( s->bChrome ) return SQLITE_OK;
  if( s->nTok>0 && s->aTok[s->nTok-1].eType!=COMMIT_TOK_PUNCT && s->nTok<=16 ){
    /* a headline's weekday ("SOM-8 under way; ministers meet Thursday") is
    ** told again in the story, with its tense: it dates nothing itself */
    for(k=0; k<pItems->n; k++){
      CommitItem *it = &pItems->a[k];
      if( it->eKind==COMMIT_ITEM_DATE && (it->mFlag & COMMIT_DF_WEEKDAY) ){
        it->mFlag |= COMMIT_DF_REFERENCE;
      }
    }
  }
  discNextDay(p, s, pItems);
  if( p->disc.iSection ){
    for(k=0; k<pItems->n; k++){
      CommitItem *it = &pItems->a[k];
      if( it->eKind==COMMIT_ITEM_DATE && !(it->mFlag & COMMIT_DF_DATELINE) ){
        it->iSection = p->disc.iSection;
      }else if( it->eKind==COMMIT_ITEM_HERE && p->disc.iSectionCity>=0 ){
        it->iSection = p->disc.iSectionCity+1;
      }
    }
  }
  discDatelineCity(p, s, pItems);
  discSubjectCity(p, s, pItems);
  discFocusYear(p, s, pItems);
  if( discNewParagraph(s) ) p->disc.iTopic = -1;
  pInfo->iTopic = p->disc.iTopic;
  rc = discMentions(p, s, pItems, pInfo);
  if( rc==SQLITE_OK && pInfo->nReal==0 && p->disc.iPrevOnly>=0 && s->nTok>2
   && discIs(p, s, 0, "there") && !discThereIs(p, s) ){
    /* "... at the second IMM in Beijing. There the six ministers signed
    ** the first Joint Declaration": the meeting the sentence before named */
    pInfo->iTopic = commitDiscourseFinal(p, p->disc.iPrevOnly);
  }
  if( rc==SQLITE_OK ) discBothMeetings(p, s, pInfo);
  if( rc==SQLITE_OK ) rc = discCues(p, s, pItems, pInfo);
  if( rc!=SQLITE_OK ) return rc;
  discFieldLabel(p, s, pItems, pInfo);
  discHeadlineCity(p, s, pItems);
  discCityHistory(p, s, pItems);
  p->disc.iGroupBase += 1000;
  discUpdateTopic(p, s, pItems, pInfo);
  {
    /* the one meeting the sentence named (mentions merged into one count
    ** once) */
    int k2, iOnly = -1;
    for(k2=0; k2<pInfo->nReal; k2++){
      int iF = commitDiscourseFinal(p, pInfo->aM[k2].iMeeting);
      if( iOnly<0 ) iOnly = iF;
      else if( iOnly!=iF ){ iOnly = -1; break; }
    }
    p->disc.iPrevOnly = iOnly;
  }
  p->disc.ePrevLevel = commitDiscourseLevel(p, s, pItems, 0, s->nTok);
  for(k=0; k<pInfo->nReal; k++){
    /* (a sentence that names a numbered meeting speaks of that one) */
    if( MEETING(p, pInfo->aM[k].iMeeting)->iNum>0 ) p->disc.ePrevLevel = 0;
  }
  return SQLITE_OK;
}

/* ==== Dates ============================================================ */

/* Grain of a day: 0 unknown, 1 year, 2 month, 3 day. */
static int discGrain(const CommitDay *d) {
  return d->y==0 ? 0 : d->m==0 ? 1 : d->d==0 ? 2 : 3;
}

/* The date of an item at one end, before resolution (y may be 0). */
static void discRawDay(const CommitItem *it, int iPart, CommitDay *pOut) {
  if( iPart==1 && (it->mFlag & COMMIT_DF_RANGE) ){
    pOut->y = it->aVal[3]; pOut->m = it->aVal[4]; pOut->d = it->aVal[5];
  }else{
    pOut->y = it->aVal[0]; pOut->m = it->aVal[1]; pOut->d = it->aVal[2];
  }
}

/*
** Resolve end iPart (0 start, 1 end) of date item it against the anchor.
** iYear is the year the text gives for the same meeting (0: none): a day
** and month without a year take the anchor's year, else iYear.  Weekdays
** and relative days need an anchor with a day.  Returns 1 and fills *pOut
** if the date is known, else 0.
*/
/* Months after which "last <month>" against a year-only anchor is the
** year before's. */
#define DISC_LAST_MONTH_LATE 6

int commitDiscourseDate(const CommitDay *pAnchor, const CommitItem *it,
                        int iPart, int iYear, CommitDay *pOut) {
  CommitDay d;
  memset(&d, 0, sizeof(d));
  if( it->mFlag & COMMIT_DF_RELDAY ){
    if( discGrain(pAnchor)<3 ) return 0;
    d = *pAnchor;
    commitDayAddDays(&d, it->aVal[6]);
    if( it->aVal[7]>0 ){
      /* "Twenty years ago today" (29 February back to a common year is
      ** the 28th) */
      d.y -= it->aVal[7];
      if( !commitDayValid(&d) ) d.d--;
    }
  }else if( it->mFlag & COMMIT_DF_WEEKDAY ){
    int jdn, wd, want, delta;
    if( discGrain(pAnchor)<3 ) return 0;
    jdn = commitDayToJdn(pAnchor->y, pAnchor->m, pAnchor->d);
    wd = (jdn+1)%7;                     /* 0 = Sunday */
    want = it->aVal[6];
    if( it->mFlag & COMMIT_DF_FUTURE ){
      delta = (want - wd + 7)%7;
    }else if( it->mFlag & COMMIT_DF_LASTWEEK ){
      /* the week (Monday to Sunday) before the anchor's */
      int wdMon = (wd + 6)%7, wantMon = (want + 6)%7;
      delta = -wdMon - 7 + wantMon;
    }else{
      delta = -((wd - want + 7)%7);
      if( it->mFlag & COMMIT_DF_BEFORELAST ) delta -= 7;
    }
    if( iPart==1 && it->aVal[7]>=0 ){
      delta += (it->aVal[7] - want + 7)%7;
    }
    commitJdnToDay(jdn + delta, &d);
  }else if( it->mFlag & COMMIT_DF_DAYONLY ){
    /* "on the 14th": the anchor's month, or the one before when the day
    ** is still to come in it */
    int mm;
    if( discGrain(pAnchor)<2 ) return 0;
    d.d = (iPart==1 && (it->mFlag & COMMIT_DF_RANGE)) ? it->aVal[5] : it->aVal[2];
    mm = pAnchor->y*12 + pAnchor->m-1;
    if( pAnchor->d && it->aVal[2]>pAnchor->d && !(it->mFlag & COMMIT_DF_FUTURE) ) mm--;
    d.y = mm/12;
    d.m = mm%12 + 1;
  }else{
    discRawDay(it, iPart, &d);
    if( it->mFlag & COMMIT_DF_RELMONTH ){
      /* "last month": the month before the anchor's */
      int mm;
      if( pAnchor->y==0 || pAnchor->m==0 ) return 0;
      mm = pAnchor->y*12 + (pAnchor->m-1) + it->aVal[7];
      d.y = mm/12;
      d.m = mm%12 + 1;
      d.d = 0;
    }else if( d.y==0 && d.m==0
     && (it->mFlag & (COMMIT_DF_PREVYEAR|COMMIT_DF_NEXTYEAR|COMMIT_DF_THISYEAR)) ){
      /* "last year", "next year", "this year": the year alone. */
      if( pAnchor->y==0 ) return 0;
      d.y = pAnchor->y + ((it->mFlag & COMMIT_DF_PREVYEAR) ? -(it->aVal[7] ? it->aVal[7] : 1)
                          : (it->mFlag & COMMIT_DF_NEXTYEAR) ? 1 : 0);
    }else if( d.y==0 && (it->mFlag & COMMIT_DF_SAMEYEAR) ){
      /* "in October of the same year" */
      if( d.m==0 || it->iFocusYear==0 ) return 0;
      d.y = it->iFocusYear;
    }else if( d.y==0 ){
      if( d.m==0 ) return 0;
      d.y = pAnchor->y ? pAnchor->y : iYear;
      if( d.y==0 ) return 0;
      if( it->mFlag & (COMMIT_DF_PREVYEAR|COMMIT_DF_NEXTYEAR) ){
        /* "in March last year": only the report's own date says which. */
        if( pAnchor->y==0 ) return 0;
        d.y += (it->mFlag & COMMIT_DF_PREVYEAR) ? -1 : 1;
      }else if( pAnchor->y && pAnchor->m
             && (((it->mFlag & COMMIT_DF_LAST) && it->aVal[1]>=pAnchor->m-1)
                 || (it->eFrame==COMMIT_FRAME_BACKGROUND && it->aVal[1]>pAnchor->m)) ){
        /* "last December", or "had met in December", written in November:
        ** the December before; "last February" written in March too (the
        ** month just gone would be "last month"), but "last March" in
        ** November is this year's. */
        d.y--;
      }else if( (it->mFlag & COMMIT_DF_BEFOREANCHOR) && pAnchor->y && pAnchor->m
             && d.m>=pAnchor->m ){
        d.y--;
      }else if( (it->mFlag & COMMIT_DF_LAST) && pAnchor->y && pAnchor->m==0
             && d.m>DISC_LAST_MONTH_LATE ){
        /* "last December" in a page dated only 2023: a month late in the
        ** year, told as past, is more likely the year before's */
        d.y--;
      }
      /* "met on 12 and 13 December" in a post of March 2016 that retells
      ** a meeting "held in Beijing in 2007": the year in focus, when it is
      ** years before the anchor's or the date months after the anchor
      ** ("closes on Tuesday 19 February", written on 15 February, is still
      ** to come). */
      if( it->iFocusYear && it->iFocusYear<d.y && !(it->mFlag & COMMIT_DF_FUTURE)
       && !((it->mFlag & COMMIT_DF_NAMEDWD) && commitDayValid(&d)
            && (commitDayToJdn(d.y, d.m, d.d)+1)%7==it->aVal[6])
       && it->eFrame!=COMMIT_FRAME_UPCOMING && pAnchor->y && pAnchor->m
       && !(it->mFlag & (COMMIT_DF_PREVYEAR|COMMIT_DF_NEXTYEAR|COMMIT_DF_LAST))
       && (d.m>pAnchor->m || (d.m==pAnchor->m && pAnchor->d && d.d>pAnchor->d))
       && (it->iFocusYear<d.y-1 || d.m>pAnchor->m+1) ){
        d.y = it->iFocusYear;
      }
      if( (it->mFlag & COMMIT_DF_NAMEDWD) && it->iFocusYear && it->iFocusYear!=d.y
       && d.d && commitDayValid(&d) && (commitDayToJdn(d.y, d.m, d.d)+1)%7!=it->aVal[6] ){
        /* "Then came Friday, Dec. 14th" in a post of 2017 that retells
        ** 2007: the year in focus when its weekday is the one named */
        CommitDay f = d;
        f.y = it->iFocusYear;
        if( commitDayValid(&f) && (commitDayToJdn(f.y, f.m, f.d)+1)%7==it->aVal[6] ){
          d.y = f.y;
        }
      }
      /* "will be held in March", written in December: next year. */
      if( (it->mFlag & COMMIT_DF_FUTURE) && pAnchor->y && pAnchor->m
       && d.m<pAnchor->m
       && !(it->mFlag & (COMMIT_DF_PREVYEAR|COMMIT_DF_NEXTYEAR)) ){
        d.y++;
      }
      /* "December 30 - January 2": the end is in the next year. */
      if( iPart==1 && it->aVal[4] < it->aVal[1] ) d.y++;
    }
  }
  if( !commitDayValid(&d) ) return 0;
  *pOut = d;
  return 1;
}

/*
** Resolve a date reference of the report: its item against the report's
** anchor, then its offset in days.  Returns 1 and fills *pOut if known.
*/
int commitDiscourseResolve(const CommitFacts *p, const CommitFDate *f,
                           int iYear, CommitDay *pOut) {
  CommitDay d;
  if( !f->bSet ) return 0;
  if( (f->it.mFlag & COMMIT_DF_DAYONLY) && !p->disc.bStoryDate && p->disc.iDatelineCity>=0 ){
    return 0;    /* "BEIJING - ... on the 14th" under a later page date */
  }
  if( f->it.iSection ){
    /* a post of a digest page: its own date line */
    CommitDay a;
    memset(&a, 0, sizeof(a));
    a.y = f->it.iSection/10000;
    a.m = (f->it.iSection/100)%100;
    a.d = f->it.iSection%100;
    if( !commitDiscourseDate(&a, &f->it, f->iPart, iYear, &d) ) return 0;
  }else if( !commitDiscourseDate(&p->disc.anchor, &f->it, f->iPart, iYear, &d) ){
    return 0;
  }
  if( f->nOffset && d.d ) commitDayAddDays(&d, f->nOffset);
  if( !commitDayValid(&d) ) return 0;
  *pOut = d;
  return 1;
}

/* The year an item states, or 0. */
static int discItemYear(const CommitFDate *f) {
  if( !f->bSet || (f->it.mFlag & (COMMIT_DF_WEEKDAY|COMMIT_DF_RELDAY)) ) return 0;
  return f->iPart==1 && (f->it.mFlag & COMMIT_DF_RANGE) ? f->it.aVal[3]
                                                         : f->it.aVal[0];
}

/*
** Year of a meeting (start, else end), 0 if unknown.  A date without a
** year takes the year the other end states.
*/
int commitDiscourseMeetingYear(const CommitFacts *p, const CommitFMeeting *m) {
  CommitDay d;
  int iYear = discItemYear(&m->start);
  if( iYear==0 ) iYear = discItemYear(&m->end);
  if( iYear==0 ) iYear = m->iYear;
  if( commitDiscourseResolve(p, &m->start, iYear, &d) ) return d.y;
  if( commitDiscourseResolve(p, &m->end, iYear, &d) ) return d.y;
  return 0;
}

/* ==== The anchor ======================================================= */

/* The day of a date item (start), y may be 0. */
static void discItemDay(const CommitItem *it, CommitDay *pOut) {
  memset(pOut, 0, sizeof(*pOut));
  discRawDay(it, 0, pOut);
}

/*
** The anchor (see the file header).  A story dateline without a year
** takes the year of the page date or options, the year before when its
** month and day come after theirs.
*/
static void discAnchor(CommitFacts *p) {
  CommitDiscourse *d = &p->disc;
  CommitDay page, story;
  int k;
  memset(&page, 0, sizeof(page));
  if( d->bPageDate ) discItemDay(&d->pageDate, &page);
  if( page.y==0 ) page = p->opt.published;
  if( d->bStoryDate ){
    discItemDay(&d->storyDate, &story);
    for(k=0; story.y==0 && story.d && k<d->nFullDay; k++){
      /* "This one is a Xinhua item dated 14 December 2007. ... BEIJING,
      ** Dec. 14 (Xinhua) --" in a post of 2014: the year of that day */
      if( d->aFullDay[k]%10000==story.m*100+story.d ) story.y = d->aFullDay[k]/10000;
    }
    if( story.y==0 && page.y ){
      story.y = page.y;
      if( page.m && (story.m>page.m || (story.m==page.m && page.d && story.d>page.d)) ){
        story.y--;
      }
    }
    if( story.y && commitDayValid(&story) ){
      d->anchor = story;
      return;
    }
  }
  if( d->bPageDate ){
    CommitDay pd;
    discItemDay(&d->pageDate, &pd);
    if( pd.y==0 && p->opt.published.y ) pd.y = p->opt.published.y;
    if( pd.y && commitDayValid(&pd) ){
      d->anchor = pd;
      return;
    }
  }
  d->anchor = p->opt.published;
}

/* ==== Resolving meeting records ======================================== */

/* True if record m has a fact of its own to state. */
static int discHasContent(const CommitFMeeting *m) {
  return m->iNum || m->start.bSet || m->end.bSet || m->iCity>=0
      || m->iCountry>=0 || m->iVenueEnd || m->nHost || m->nAttend
      /* ("Both meetings will be held by video conference" alone: no row) */
      || (m->bVirtual && m->eSeries);
}

/*
** "The Burmese capital" is the capital of the meeting's year, else of the
** anchor's: Yangon in 2004, Nay Pyi Taw from 2006.  Settled before records
** are compared by their cities.
*/
static void discCapitals(CommitFacts *p) {
  int i;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    if( m->iCapitalOf>=0 ){
      int y = commitDiscourseMeetingYear(p, m);
      int iCap = commitGazCapital(p->pGaz, m->iCapitalOf, y ? y : p->disc.anchor.y);
      if( iCap>=0 ) m->iCity = iCap;
    }
  }
}

/* The final frame of each record: dated long before the anchor is past. */
static void discFinalFrames(CommitFacts *p) {
  int i;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    int y = commitDiscourseMeetingYear(p, m);
    if( p->disc.anchor.y && y && y<p->disc.anchor.y-1 ){
      m->bAged = m->eFrame==COMMIT_FRAME_CURRENT;
      m->eFrame = COMMIT_FRAME_BACKGROUND;
    }else if( m->eFrame==COMMIT_FRAME_UPCOMING && discGrain(&p->disc.anchor)>=2
           && m->start.bSet && !m->start.bWeak ){
      /* "a second session convened in Rangoon, ahead of the first IMM on
      ** 29 October 2004" in a cable of April 2005: to come after another
      ** meeting, not after the report */
      CommitDay d;
      if( commitDiscourseResolve(p, &m->start, y, &d) && discGrain(&d)>=2
       && !(m->start.it.mFlag & COMMIT_DF_NOYEAR)
       && (d.y<p->disc.anchor.y || (d.y==p->disc.anchor.y && d.m<p->disc.anchor.m)) ){
        m->eFrame = COMMIT_FRAME_BACKGROUND;
      }
    }else if( m->eFrame==COMMIT_FRAME_CURRENT && m->eForm!=COMMIT_FORM_LABEL
           && discGrain(&p->disc.anchor)==3 && m->start.bSet ){
      /* "TEXT GOES TO MINISTERS TOMORROW": a meeting told without a name
      ** and dated after the report is still to come */
      CommitDay d;
      if( commitDiscourseResolve(p, &m->start, y, &d) && discGrain(&d)==3
       && commitDayToJdn(d.y, d.m, d.d) > commitDayToJdn(p->disc.anchor.y,
                                                        p->disc.anchor.m,
                                                        p->disc.anchor.d) ){
        m->eFrame = COMMIT_FRAME_UPCOMING;
      }
    }
  }
}

/* True if record i is a numbered label. */
static int discNumbered(const CommitFacts *p, int i) {
  const CommitFMeeting *m = MEETING(p, i);
  return m->eForm==COMMIT_FORM_LABEL && m->iNum>0;
}

/* Choose the main meeting (see the file header). */
static void discChooseMain(CommitFacts *p) {
  int i, iPass;
  /* A repost: the story below its own dateline is the report; meetings of
  ** the preamble above it come after its own. */
  int iStory = 0;
  if( p->disc.bStoryDate && p->disc.bPageDate
   && p->disc.pageDate.iStart<p->disc.storyDate.iStart
   && p->disc.pageDate.aVal[0] && p->disc.storyDate.aVal[0]
   && p->disc.pageDate.aVal[0]!=p->disc.storyDate.aVal[0] ){
    iStory = p->disc.storyDate.iStart;     /* a page dated in another year */
  }
  /* A preview ("IMM6 will take place in Ha Noi on 19 November. ... so
  ** that the meeting in Ha Noi delivers"): when no meeting of the current
  ** frame has a date, the one upcoming numbered meeting is the report's. */
  int bCurrentDated = 0, bCurrentCity = 0, bCurrentDay = 0, nUpcoming = 0, nAged = 0;
  int bLength = 0, bUpcomingDated = 0;
  for(i=0; i<p->meetings.n; i++){
    const CommitFMeeting *m = MEETING(p, i);
    if( m->eFrame==COMMIT_FRAME_CURRENT && (m->start.bSet || m->end.bSet
                                           || m->nAttend || m->iVenueEnd) ){
      bCurrentDated = 1;
    }
    /* "The two-day meeting concentrated on" (but "The one-day meeting is
    ** hosted by ..." right after "will gather on 19 November for IMM6"
    ** speaks of the meeting ahead) */
    if( m->eFrame==COMMIT_FRAME_CURRENT && m->nDuration ) bLength = 1;
    if( m->eFrame==COMMIT_FRAME_UPCOMING && discNumbered(p, i) && m->iMerged<0 ){
      nUpcoming++;
      if( m->start.bSet && !m->start.bWeak ) bUpcomingDated = 1;
    }
    if( m->bAged && discNumbered(p, i) ) nAged++;
    if( m->eFrame==COMMIT_FRAME_CURRENT && m->iCity>=0 ) bCurrentCity = 1;
    if( m->eFrame==COMMIT_FRAME_CURRENT && (m->start.bSet || m->end.bSet) ) bCurrentDay = 1;
  }
  /* (A post retelling a meeting years later: its meetings are all aged,
  ** and the undated clauses of the day, "China's Ministry of Public
  ** Security hosted the whole week", are no meeting of their own; the
  ** first label retold is the report's.) */
  if( bLength && !(nUpcoming==1 && bUpcomingDated) ) bCurrentDated = 1;
  p->disc.iMain = -1;
  /* Pass 0 looks for a numbered meeting of the story only; passes 1-5 are
  ** the usual ones over the whole text. */
  for(iPass=(iStory>0 ? 0 : 1); iPass<6 && p->disc.iMain<0; iPass++){
    for(i=0; i<p->meetings.n; i++){
      const CommitFMeeting *m = MEETING(p, i);
      int bCurrent = m->eFrame==COMMIT_FRAME_CURRENT;
      int bOk;
      if( m->eSeries==COMMIT_SERIES_OTHER ) continue;
      if( iPass==0 && m->iFirst<iStory ) continue;
      /* ("the difference between an IMM and a SOM": a kind, no meeting) */
      if( m->bIndef && m->iNum==0 && iPass<5 ) continue;
      bOk = iPass<=1 ? bCurrent && discNumbered(p, i)
          : iPass==2 ? bCurrent && m->eForm==COMMIT_FORM_LABEL
          : iPass==3 ? !bCurrentDated && nUpcoming==1 && m->eFrame==COMMIT_FRAME_UPCOMING
                       && discNumbered(p, i)
          : iPass==4 ? bCurrent && (bCurrentDay || bCurrentCity || nAged==0)
          : m->eForm==COMMIT_FORM_LABEL;
      if( bOk && (p->disc.iMain<0 || m->iFirst<MEETING(p, p->disc.iMain)->iFirst) ){
        p->disc.iMain = i;
      }
    }
  }
}

/* Follow merges to the surviving meeting. */
int commitDiscourseFinal(const CommitFacts *p, int i) {
  int nGuard = 0;
  while( i>=0 && MEETING(p, i)->iMerged>=0 && nGuard++<64 ){
    i = MEETING(p, i)->iMerged;
  }
  return i;
}

/* The meeting of series eSeries in the main group, or -1. */
int commitDiscourseMainOfSeries(const CommitFacts *p, int eSeries) {
  const CommitFMeeting *m;
  int iMain = commitDiscourseFinal(p, p->disc.iMain);
  if( iMain<0 ) return -1;
  m = MEETING(p, iMain);
  if( m->eSeries==eSeries ) return iMain;
  if( m->iPartner>=0 && MEETING(p, m->iPartner)->eSeries==eSeries ){
    return commitDiscourseFinal(p, m->iPartner);
  }
  return -1;
}

/* True unless both records give cities, or years, that differ. */
/* Year of record m for agreement: a date an action gave a mention ("the
** meeting ... a program adopted last July") says nothing of the meeting. */
/*
** True if day d (at any grain) falls after the report's anchor: a date
** the report can only mean as planned.
*/
int commitDiscourseAfterAnchor(const CommitFacts *p, const CommitDay *d) {
  const CommitDay *a = &p->disc.anchor;
  if( a->y==0 || d->y==0 ) return 0;
  if( d->y!=a->y || d->m==0 || a->m==0 ) return d->y>a->y;
  return d->m>a->m;
}

/* True if year y cannot be numbered meeting m's by the calendar. */
static int discCalendarRules(const CommitFacts *p, const CommitFMeeting *m, int y) {
  const CommitCalEntry *c;
  CommitDay d;
  if( y==0 || m->iNum==0 || m->eFrame==COMMIT_FRAME_UPCOMING || m->bNext ) return 0;
  c = commitGazCalendar(m->eSeries, m->iNum);
  if( c==0 || c->start.y==0 || c->start.y==y ) return 0;
  memset(&d, 0, sizeof(d));
  d.y = y;
  return !commitDiscourseAfterAnchor(p, &d);
}

static void discYearMonth(const CommitFacts *p, const CommitFMeeting *m,
                          int *pY, int *pM);

/*
** True if record o is dated by a day and month whose year was only
** inferred, in the month the calendar gives numbered record m: "from 28
** to 30 July ... the first SOM" in a story of 2014 retelling 2004.
*/
static int discGuessFits(const CommitFacts *p, const CommitFMeeting *m,
                         const CommitFMeeting *o) {
  const CommitCalEntry *c = commitGazCalendar(m->eSeries, m->iNum);
  int y, mo;
  if( c==0 || !o->start.bSet || !(o->start.it.mFlag & COMMIT_DF_NOYEAR) ) return 0;
  discYearMonth(p, o, &y, &mo);
  return mo!=0 && mo==c->start.m;
}

/* The year record m is dated in, for a merge; 0 if none or ruled out. */
static int discAgreeYear(const CommitFacts *p, const CommitFMeeting *m) {
  int y;
  if( m->eForm!=COMMIT_FORM_LABEL
   && (!m->start.bSet || m->start.bWeak) && (!m->end.bSet || m->end.bWeak) ){
    return 0;
  }
  y = commitDiscourseMeetingYear(p, m);
  return discCalendarRules(p, m, y) ? 0 : y;
}

static int discAgree(const CommitFacts *p, const CommitFMeeting *a,
                     const CommitFMeeting *b) {
  int ya = discAgreeYear(p, a), yb = discAgreeYear(p, b);
  if( ya && yb && ya!=yb ) return 0;
  /* "IMM4" and a signing "on 29 October 2004" are not one meeting (the
  ** year of the act a cue is made of counts here, though it dates no
  ** meeting by itself) */
  if( b->eForm==COMMIT_FORM_CUE ) yb = commitDiscourseMeetingYear(p, b);
  if( a->eForm==COMMIT_FORM_CUE ) ya = commitDiscourseMeetingYear(p, a);
  if( discCalendarRules(p, a, yb) && !discGuessFits(p, a, b) ) return 0;
  if( discCalendarRules(p, b, ya) && !discGuessFits(p, b, a) ) return 0;
  /* "at the eighth": never the fifth */
  if( a->iNum && b->iNum && a->iNum!=b->iNum && a->eSeries==b->eSeries ) return 0;
  if( a->iCity>=0 && b->iCity>=0 && a->iCity!=b->iCity ) return 0;
  return 1;
}

/* ==== Records by group, for the end of the report ===================== */

/*
** While discResolveRecords() runs, each record a loop may look for is
** listed in one group by (frame, series, numbered, a label), in record
** order (2026-12-07, issue 10: the loops over all records for each record
** made a report's end quadratic in its meetings).  A record merged away
** is unlinked when a scan meets it; a record whose series or number a
** merge gives is moved to a list of its own, scanned with every group.
** The scans test the same conditions as the loops they replace, so the
** groups only narrow where to look.  The numbered labels (discNumbered,
** fixed once made) are listed apart, merged or not.
*/
#define DISC_GROUP_NONE 0xff  /* aKey: not listed (merged, another series) */
#define DISC_GROUP_MOVED 0xfe /* aKey: in aMoved */
#define DISC_NGROUP 36        /* 3 frames x 3 series x numbered x label */
#define DISC_G_FRAME(f) ((u64)0xfff<<(12*(f)))                   /* frame f */
#define DISC_G_SERIES(s) ((u64)0x00f00f00f<<(4*(s)))            /* series s */
#define DISC_G_NUM(b) ((b) ? (u64)0xccccccccc : (u64)0x333333333) /* iNum>0 */
#define DISC_G_LABEL(b) ((b) ? (u64)0xaaaaaaaaa : (u64)0x555555555) /* LABEL */
#define DISC_G_ALL ((u64)0xfffffffff)

struct CommitDiscIdx {
  int aHead[DISC_NGROUP];  /* first record of each group, or -1 */
  int *aNext;              /* next record of its group, or -1 */
  u8 *aKey;                /* group of each record, or DISC_GROUP_* */
  int *aMoved;             /* records moved out of their group */
  int nMoved;              /* entries of aMoved */
  int *aNum;               /* numbered labels, in record order */
  int nNum;                /* entries of aNum */
};

/* The group of record m: frame, series, numbered, label (4 bits a frame
** and series: DISC_G_*). */
static int discGroupOf(const CommitFMeeting *m) {
  return ((m->eFrame*3 + m->eSeries)*2 + (m->iNum>0))*2
         + (m->eForm==COMMIT_FORM_LABEL);
}

/* True if record m can be listed (a group exists for it). */
static int discGroupable(const CommitFMeeting *m) {
  return m->iMerged<0 && m->eFrame<=2 && m->eSeries<=COMMIT_SERIES_SOM;
}

/* Build p->disc.pIdx over the records as they are.  SQLITE_OK or NOMEM. */
static int discIdxBuild(CommitFacts *p) {
  int n = p->meetings.n, i, g;
  CommitDiscIdx *x = sqlite3_malloc64(sizeof(*x) + (i64)(n+1)*(3*sizeof(int)+1));
  if( x==0 ) return SQLITE_NOMEM;
  x->aNext = (int *)&x[1];
  x->aMoved = x->aNext + n + 1;
  x->aNum = x->aMoved + n + 1;
  x->aKey = (u8 *)(x->aNum + n + 1);
  x->nMoved = x->nNum = 0;
  for(g=0; g<DISC_NGROUP; g++) x->aHead[g] = -1;
  for(i=n-1; i>=0; i--){
    const CommitFMeeting *m = MEETING(p, i);
    x->aKey[i] = DISC_GROUP_NONE;
    x->aNext[i] = -1;
    if( !discGroupable(m) ) continue;
    g = discGroupOf(m);
    x->aKey[i] = (u8)g;
    x->aNext[i] = x->aHead[g];
    x->aHead[g] = i;
  }
  for(i=0; i<n; i++){
    const CommitFMeeting *m = MEETING(p, i);
    if( m->eForm==COMMIT_FORM_LABEL && m->iNum>0 ) x->aNum[x->nNum++] = i;
  }
  p->disc.pIdx = x;
  return SQLITE_OK;
}

/* Record i may have changed series or number (a merge into it). */
static void discIdxTouch(CommitFacts *p, int i) {
  CommitDiscIdx *x = p->disc.pIdx;
  if( x==0 || x->aKey[i]>=DISC_GROUP_MOVED ) return;
  if( discGroupOf(MEETING(p, i))!=x->aKey[i] ){
    x->aKey[i] = DISC_GROUP_MOVED;
    x->aMoved[x->nMoved++] = i;
  }
}

/* A test of record j for a scan, with its context. */
typedef int (*DiscTest)(const CommitFacts *p, int j, const void *pCtx);

/*
** Scan the records of the groups in mask mGroup (bit g: group g) and the
** moved records, below record iBelow, for those that xTest accepts.  With
** bFirst, return the lowest such record, or -1; else return how many
** there are, stopping at nStop, with *piFound one of them.  Records
** merged away are unlinked from their groups on the way.
*/
static int discIdxScan(const CommitFacts *p, u64 mGroup, int iBelow, int bFirst,
                       int nStop, DiscTest xTest, const void *pCtx,
                       int *piFound) {
  CommitDiscIdx *x = p->disc.pIdx;
  int g, k, nFound = 0, iFirst = -1;
  for(g=0; g<DISC_NGROUP && (bFirst || nFound<nStop); g++){
    int j, *pLink;
    if( (mGroup & ((u64)1<<g))==0 ) continue;
    pLink = &x->aHead[g];
    while( (j = *pLink)>=0 && j<iBelow ){
      if( MEETING(p, j)->iMerged>=0 || x->aKey[j]!=g ){
        *pLink = x->aNext[j];          /* merged, or moved: unlink */
        continue;
      }
      pLink = &x->aNext[j];
      if( bFirst && iFirst>=0 && j>iFirst ) break;
      if( xTest(p, j, pCtx) ){
        if( bFirst ){
          if( iFirst<0 || j<iFirst ) iFirst = j;
          break;
        }
        *piFound = j;
        if( ++nFound>=nStop ) break;
      }
    }
  }
  for(k=0; k<x->nMoved && (bFirst || nFound<nStop); k++){
    int j = x->aMoved[k];
    if( j>=iBelow || MEETING(p, j)->iMerged>=0 ) continue;
    if( bFirst && iFirst>=0 && j>iFirst ) continue;
    if( xTest(p, j, pCtx) ){
      if( bFirst ){
        iFirst = j;
      }else{
        *piFound = j;
        nFound++;
      }
    }
  }
  return bFirst ? iFirst : nFound;
}

/* Merge record iSrc into iDst (see commitFactsMergeMeeting). */
static void discMerge(CommitFacts *p, int iDst, int iSrc) {
  CommitFMeeting *d = MEETING(p, iDst), *m = MEETING(p, iSrc);
  commitFactsMergeMeeting(p, iDst, iSrc);
  if( d->eSeries==0 && m->eSeries ) d->eSeries = m->eSeries;
  if( d->iNum==0 && m->iNum && d->eForm!=COMMIT_FORM_LABEL ) d->iNum = m->iNum;
  if( d->iNameEnd==0 && m->iNameEnd ){
    d->iNameStart = m->iNameStart;
    d->iNameEnd = m->iNameEnd;
  }
  if( m->iFirst<d->iFirst && d->eForm!=COMMIT_FORM_LABEL ){
    d->iFirst = m->iFirst;
    d->iFirstEnd = m->iFirstEnd;
  }
  m->iMerged = iDst;
  discIdxTouch(p, iDst);
}

/* The one numbered label of series eSeries and frame eFrame, or -1. */
static int discOnlyNumbered(const CommitFacts *p, int eSeries, int eFrame) {
  const CommitDiscIdx *x = p->disc.pIdx;
  int k, j, iFound = -1;
  for(k=0; k<x->nNum; k++){
    j = x->aNum[k];
    if( discNumbered(p, j) && MEETING(p, j)->eSeries==eSeries
     && MEETING(p, j)->eFrame==eFrame ){
      if( iFound>=0 ) return -1;
      iFound = j;
    }
  }
  return iFound;
}

/* Year and month of record m's start (or end), 0s if unknown. */
static void discYearMonth(const CommitFacts *p, const CommitFMeeting *m,
                          int *pY, int *pM) {
  CommitDay d;
  int y = commitDiscourseMeetingYear(p, m);
  *pY = *pM = 0;
  if( (m->start.bSet && !m->start.bWeak && commitDiscourseResolve(p, &m->start, y, &d))
   || (m->end.bSet && !m->end.bWeak && commitDiscourseResolve(p, &m->end, y, &d)) ){
    *pY = d.y;
    *pM = d.m;
  }
}

/*
** The one numbered label of record i's series whose dates name the same
** year and month as i's: "At the one-day ministerial meeting on 16
** February 2012" in a history that also names IMM1, IMM2 and IMM3 (of
** February 2012).  -1 if none or several.
*/
static int discDatedLabel(const CommitFacts *p, int i) {
  const CommitFMeeting *m = MEETING(p, i);
  const CommitDiscIdx *x = p->disc.pIdx;
  int k, j, iFound = -1, y, mo;
  discYearMonth(p, m, &y, &mo);
  if( y==0 || mo==0 ) return -1;
  for(k=0; k<x->nNum; k++){
    const CommitFMeeting *o = MEETING(p, j = x->aNum[k]);
    int yo, moo;
    if( j==i || o->iMerged>=0 || !discNumbered(p, j) || o->eSeries!=m->eSeries ) continue;
    discYearMonth(p, o, &yo, &moo);
    if( yo!=y || moo!=mo ) continue;
    if( iFound>=0 ) return -1;
    iFound = j;
  }
  return iFound;
}

/* discCurrentTarget(): an earlier record of record *pCtx's series and
** frame, unnumbered and not "a", that agrees with it. */
static int discEarlierTest(const CommitFacts *p, int j, const void *pCtx) {
  const CommitFMeeting *m = MEETING(p, *(const int *)pCtx), *o = MEETING(p, j);
  return o->iMerged<0 && o->eSeries==m->eSeries && o->eFrame==m->eFrame
      && o->iNum==0 && !o->bIndef && discAgree(p, o, m);
}

/* discCurrentTarget(): another numbered record of record *pCtx's series
** in its city, not to come. */
static int discCityNumberTest(const CommitFacts *p, int j, const void *pCtx) {
  int i = *(const int *)pCtx;
  const CommitFMeeting *m = MEETING(p, i), *o = MEETING(p, j);
  return j!=i && o->iMerged<0 && o->iNum>0 && o->eSeries==m->eSeries
      && o->iCity==m->iCity && o->eFrame!=COMMIT_FRAME_UPCOMING;
}

/* discCurrentTarget(): a record of an IMM or SOM in record *pCtx's city. */
static int discCityTest(const CommitFacts *p, int j, const void *pCtx) {
  const CommitFMeeting *m = MEETING(p, *(const int *)pCtx), *o = MEETING(p, j);
  return o->iMerged<0 && o->iCity==m->iCity
      && (o->eSeries==COMMIT_SERIES_IMM || o->eSeries==COMMIT_SERIES_SOM);
}

/*
** The record an unresolved current-frame record i joins: the main
** group's meeting of its series, else the one numbered meeting of its
** series ("SOM8 and the ministerial meeting that follows it ... IMM3"),
** else the main meeting when its series is unknown; -1 if none.
*/
static int discCurrentTarget(const CommitFacts *p, int i) {
  const CommitFMeeting *m = MEETING(p, i);
  int iMain = commitDiscourseFinal(p, p->disc.iMain), iTo;
  if( iMain<0 || iMain==i ) return -1;
  if( m->eSeries ){
    iTo = commitDiscourseMainOfSeries(p, m->eSeries);
    if( iTo>=0 ) return iTo;
    if( MEETING(p, iMain)->eSeries==0 ) return iMain;
    iTo = discOnlyNumbered(p, m->eSeries, m->eFrame);
    if( iTo<0 ) iTo = discDatedLabel(p, i);
    if( iTo<0 ){
      /* a story reposted years later: its meetings aged, "The ministerial
      ** session took place at the Diaoyutai" is the one aged IMM it told */
      int j, k, n = 0;
      for(k=0; k<p->disc.pIdx->nNum; k++){
        const CommitFMeeting *o = MEETING(p, j = p->disc.pIdx->aNum[k]);
        if( j!=i && o->bAged && o->iMerged<0 && discNumbered(p, j) && o->eSeries==m->eSeries ){
          iTo = j;
          n++;
        }
      }
      if( n!=1 ) iTo = -1;
    }
    if( iTo<0 && m->iNum==0 ){
      /* "thanking the Government for hosting this year's Senior Officials
      ** Meeting ... The senior officials who met here on 28 and 29 April":
      ** the earlier record of its series and frame that agrees */
      iTo = discIdxScan(p, DISC_G_FRAME(m->eFrame) & DISC_G_SERIES(m->eSeries)
                           & DISC_G_NUM(0), i, 1, 0, discEarlierTest, &i, 0);
    }
    if( iTo<0 && m->iNum==0 && m->iCity>=0 && !m->start.bSet && !m->end.bSet ){
      /* "The fourth plan was endorsed when ministers met in Phnom Penh",
      ** in a history naming IMM2, IMM3 and IMM4 by their cities: the one
      ** numbered meeting of its series in that city */
      u64 mFrame = DISC_G_FRAME(COMMIT_FRAME_CURRENT) | DISC_G_FRAME(COMMIT_FRAME_BACKGROUND);
      if( discIdxScan(p, mFrame & DISC_G_SERIES(m->eSeries) & DISC_G_NUM(1),
                      p->meetings.n, 0, 2, discCityNumberTest, &i, &iTo)!=1 ){
        iTo = -1;
      }
    }
    if( iTo<0 && m->iNum==0 ){
      /* "five months after the ministers met in Rangoon", in a cable
      ** about a SOM that told of IMM1 alone: the one ministerial meeting
      ** the report numbers, wherever in time it lies */
      int j, k, n = 0;
      for(k=0; k<p->disc.pIdx->nNum; k++){
        const CommitFMeeting *o = MEETING(p, j = p->disc.pIdx->aNum[k]);
        if( j!=i && o->iMerged<0 && discNumbered(p, j) && o->eSeries==m->eSeries ){
          if( o->eFrame!=COMMIT_FRAME_UPCOMING && discAgree(p, o, m) ) iTo = j;
          n++;
        }
      }
      if( n!=1 ) iTo = -1;
    }
    return iTo;
  }
  if( m->iCity>=0 && MEETING(p, iMain)->iCity>=0 && MEETING(p, iMain)->iCity!=m->iCity ){
    /* "The same Vientiane meeting adopted ...", after "senior officials
    ** met in Vientiane in November 2016": the one meeting told in that
    ** city before it */
    int iTo = -1;
    u64 mSeries = DISC_G_SERIES(COMMIT_SERIES_IMM) | DISC_G_SERIES(COMMIT_SERIES_SOM);
    if( discIdxScan(p, mSeries, i, 0, 2, discCityTest, &i, &iTo)==1 ) return iTo;
  }
  return iMain;
}

/* discFrameTarget(): a label of record *pCtx's frame, of a series that
** does not differ from its, that agrees with it. */
static int discFrameLabelTest(const CommitFacts *p, int j, const void *pCtx) {
  int i = *(const int *)pCtx;
  const CommitFMeeting *m = MEETING(p, i), *o = MEETING(p, j);
  if( j==i || o->iMerged>=0 || o->eSeries==COMMIT_SERIES_OTHER ) return 0;
  if( m->eSeries && o->eSeries && o->eSeries!=m->eSeries ) return 0;
  return o->eFrame==m->eFrame && o->eForm==COMMIT_FORM_LABEL && discAgree(p, o, m);
}

/* discFrameTarget(): an earlier record of record *pCtx's frame and
** series, no label and not "a", that agrees with it. */
static int discFrameEarlierTest(const CommitFacts *p, int j, const void *pCtx) {
  const CommitFMeeting *m = MEETING(p, *(const int *)pCtx), *o = MEETING(p, j);
  return o->iMerged<0 && o->eSeries!=COMMIT_SERIES_OTHER && o->eSeries==m->eSeries
      && o->eFrame==m->eFrame && o->eForm!=COMMIT_FORM_LABEL && !o->bIndef
      && discAgree(p, o, m);
}

/*
** The record an unresolved upcoming or background record i joins: the
** one labelled meeting of its frame and series that agrees, else an
** earlier record of its frame and series that agrees; -1 if none.
*/
static int discFrameTarget(const CommitFacts *p, int i) {
  const CommitFMeeting *m = MEETING(p, i);
  const CommitDiscIdx *x = p->disc.pIdx;
  int j, k, iLabel = -1, nLabel, iEarlier, iUndated = -1, nUndated = 0;
  u64 mSeries = m->eSeries ? DISC_G_SERIES(0) | DISC_G_SERIES(m->eSeries) : DISC_G_ALL;
  nLabel = discIdxScan(p, DISC_G_FRAME(m->eFrame) & mSeries & DISC_G_LABEL(1),
                       p->meetings.n, 0, 2, discFrameLabelTest, &i, &iLabel);
  if( nLabel==1 ) return iLabel;
  if( nLabel>1 ) return -1;
  iEarlier = discIdxScan(p, DISC_G_FRAME(m->eFrame) & DISC_G_SERIES(m->eSeries)
                            & DISC_G_LABEL(0), i, 1, 0, discFrameEarlierTest, &i, 0);
  if( iEarlier>=0 || !m->bAged ) return iEarlier;
  for(k=0; k<x->nNum; k++){
    const CommitFMeeting *o = MEETING(p, j = x->aNum[k]);
    const CommitCalEntry *c;
    if( j==i || o->iMerged>=0 || o->eSeries==COMMIT_SERIES_OTHER ) continue;
    if( m->eSeries && o->eSeries && o->eSeries!=m->eSeries ) continue;
    if( o->eFrame==m->eFrame ) continue;
    /* A record aged by its date only may be the one undated label of
    ** its series told as current, in the year the calendar gives it:
    ** "28 - 30 April - Phnom Penh: combined SOM/IMM. At the fourth IMM,
    ** ministers endorse ..." */
    if( o->eFrame==COMMIT_FRAME_CURRENT && discNumbered(p, j)
     && o->eSeries==m->eSeries && discAgreeYear(p, o)==0
     && (c = commitGazCalendar(o->eSeries, o->iNum))!=0
     && c->start.y && c->start.y==discAgreeYear(p, m) ){
      nUndated++;
      iUndated = j;
    }
  }
  return nUndated==1 ? iUndated : -1;
}

/* The numbered label of the series and number of record i (a mention
** with an ordinal: "the first senior officials' talks"), or -1. */
static int discSameCode(const CommitFacts *p, int i) {
  const CommitFMeeting *m = MEETING(p, i);
  int j, k;
  if( m->iNum<=0 || (m->eSeries!=COMMIT_SERIES_IMM && m->eSeries!=COMMIT_SERIES_SOM) ){
    return -1;
  }
  for(k=0; k<p->disc.pIdx->nNum; k++){
    const CommitFMeeting *o = MEETING(p, j = p->disc.pIdx->aNum[k]);
    if( j!=i && o->iMerged<0 && discNumbered(p, j) && o->eSeries==m->eSeries
     && o->iNum==m->iNum ){
      return j;
    }
  }
  return -1;
}

/*
** An unnumbered record dated in the month the calendar gives the one
** label of its series that the report names with no date of its own:
** "Meeting in Hanoi March 29-31, senior officials ... adopted" and, in a
** background paragraph, "officials refer to it as SOM3".  The label names
** the record.  Returns SQLITE_OK or SQLITE_NOMEM.
*/
static int discCalendarNames(CommitFacts *p) {
  int i, j, k, n = p->meetings.n;
  /* The numbered records by their calendar entry, chained in record
  ** order; one that is merged or dated is unlinked when met (2026-12-07,
  ** issue 10: was a loop over every record for each record). */
  int *aHead = sqlite3_malloc64(sizeof(int)*((i64)n + nCommitCalendar + 1));
  int *aNext = aHead ? aHead + nCommitCalendar : 0;
  if( aHead==0 ) return SQLITE_NOMEM;
  for(k=0; k<nCommitCalendar; k++) aHead[k] = -1;
  for(j=n-1; j>=0; j--){
    const CommitFMeeting *o = MEETING(p, j);
    const CommitCalEntry *c = o->iNum>0 ? commitGazCalendar(o->eSeries, o->iNum) : 0;
    aNext[j] = -1;
    if( c==0 ) continue;
    aNext[j] = aHead[c - aCommitCalendar];
    aHead[c - aCommitCalendar] = j;
  }
  for(i=0; i<n; i++){
    CommitFMeeting *m = MEETING(p, i);
    int y, mo, iTo = -1, nTo = 0;
    CommitDay d;
    if( m->iNum || m->iMerged>=0 || (m->eSeries!=COMMIT_SERIES_IMM
                                     && m->eSeries!=COMMIT_SERIES_SOM) ){
      continue;
    }
    discYearMonth(p, m, &y, &mo);
    if( y==0 || mo==0 ) continue;
    memset(&d, 0, sizeof(d));
    if( m->start.bSet && !m->start.bWeak ){
      commitDiscourseResolve(p, &m->start, commitDiscourseMeetingYear(p, m), &d);
    }
    for(k=0; k<nCommitCalendar && nTo<2; k++){
      const CommitCalEntry *c = &aCommitCalendar[k];
      int *pLink = &aHead[k];
      if( c->eSeries!=m->eSeries || c->start.y!=y || c->start.m!=mo ) continue;
      while( (j = *pLink)>=0 && nTo<2 ){
        const CommitFMeeting *o = MEETING(p, j);
        if( o->iMerged>=0 || o->start.bSet || o->end.bSet ){
          *pLink = aNext[j];
          continue;
        }
        pLink = &aNext[j];
        if( j==i || o->iNum<=0 || o->eSeries!=m->eSeries
         || (m->eSeries && o->eSeries!=m->eSeries) || o->eFrame==COMMIT_FRAME_UPCOMING
         || (o->iCity>=0 && m->iCity>=0 && o->iCity!=m->iCity) ){
          continue;
        }
        /* and, when both give days, the same days give or take two */
        if( d.d==0 || c->start.d==0 || d.y!=y || d.m!=mo
         || (d.d>=c->start.d-2 && d.d<=(c->end.d && c->end.m==mo ? c->end.d : c->start.d)+2) ){
          iTo = j;
          nTo++;
        }
      }
    }
    if( nTo==1 ){
      if( p->disc.iMain==i ){
        MEETING(p, iTo)->eFrame = m->eFrame;
        p->disc.iMain = iTo;
      }
      discMerge(p, iTo, i);
    }
  }
  sqlite3_free(aHead);
  return SQLITE_OK;
}

/*
** The main meeting told without a number or a date, only by its level
** and city ("when ministers met in Phnom Penh", in an explainer whose
** timeline names IMM4 in Phnom Penh): the one numbered meeting of its
** series in that city, when there is exactly one.
*/
static void discMainByCity(CommitFacts *p) {
  int i = p->disc.iMain, j, iTo = -1, n = 0;
  CommitFMeeting *m;
  if( i<0 ) return;
  m = MEETING(p, i);
  if( m->iNum || m->iCity<0 || m->start.bSet || m->end.bSet || m->iMerged>=0
   || (m->eSeries!=COMMIT_SERIES_IMM && m->eSeries!=COMMIT_SERIES_SOM) ){
    return;
  }
  for(j=0; j<p->meetings.n; j++){
    const CommitFMeeting *o = MEETING(p, j);
    /* (a preview's "SCENESETTER FOR COMMIT SENIOR OFFICIALS MEETING IN
    ** BAGAN" over "will host the seventh SOM ... in Bagan": one to come) */
    if( j!=i && o->iMerged<0 && o->iNum>0 && o->eSeries==m->eSeries
     && o->iCity==m->iCity ){
      iTo = j;
      n++;
    }
  }
  if( n!=1 ) return;
  MEETING(p, iTo)->eFrame = m->eFrame;
  p->disc.iMain = iTo;
  discMerge(p, iTo, i);
}

/* Resolve every record that is not a numbered label (file header). */
static void discResolveRecords(CommitFacts *p) {
  int i;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    int iTo;
    if( discNumbered(p, i) || m->iMerged>=0 || i==p->disc.iMain
     || m->eSeries==COMMIT_SERIES_OTHER ) continue;
    /* "An IMM is a meeting of ministers": a kind, which joins nothing */
    if( m->bIndef && m->iNum==0 && !discHasContent(m) && !m->bVirtual ) continue;
    iTo = discSameCode(p, i);
    if( iTo>=0 ){
      /* "First senior officials' talks" under a row "SOM1": that label */
    }else if( m->eFrame==COMMIT_FRAME_CURRENT ) iTo = discCurrentTarget(p, i);
    else iTo = discFrameTarget(p, i);
    if( iTo<0 && m->eFrame==COMMIT_FRAME_UPCOMING && m->eForm==COMMIT_FORM_LEVEL
     && m->eSeries && m->iNum==0 && !m->bIndef && !m->bNext ){
      /* "Ahead of the ministerial session, the Task Force met": the
      ** report's own meeting of that level, still to come in the story */
      iTo = discCurrentTarget(p, i);
    }
    if( iTo<0 && m->eFrame==COMMIT_FRAME_UPCOMING && m->eForm==COMMIT_FORM_GENERIC
     && m->eSeries==0 && m->iNum==0 && !m->bIndef ){
      /* "... are expected to adopt a declaration when the meeting closes
      ** this afternoon": "the meeting" is the report's own */
      iTo = discCurrentTarget(p, i);
    }
    if( iTo<0 && m->bAged && (m->eForm==COMMIT_FORM_GENERIC || m->eForm==COMMIT_FORM_LEVEL)
     && p->disc.iDatelineCity>=0 && !p->disc.bStoryDate ){
      /* A story reposted years later ("Posted on 14 March 2019" above
      ** "BEIJING - ... IMM2/SOM5 ... The combined meeting ran from December
      ** 12 to 14, 2007"): the dated mention is the undated main meeting. */
      int iMain = commitDiscourseFinal(p, p->disc.iMain);
      if( iMain>=0 && MEETING(p, iMain)->eFrame==COMMIT_FRAME_CURRENT
       && commitDiscourseMeetingYear(p, MEETING(p, iMain))==0
       && (m->eSeries==0 || m->eSeries==MEETING(p, iMain)->eSeries
           || MEETING(p, iMain)->iPartner>=0) ){
        iTo = m->eSeries ? discCurrentTarget(p, i) : iMain;
      }
    }
    if( iTo>=0 && iTo==p->disc.iMain && MEETING(p, iTo)->iCity<0
     && m->iCity>=0 && p->disc.iDatelineCity>=0
     && m->iCity!=p->disc.iDatelineCity
     && MEETING(p, iTo)->eFrame==COMMIT_FRAME_CURRENT ){
      /* "YANGON - The meeting follows a first round held in Bangkok": the
      ** main meeting is where the report is filed from, unless it says. */
      iTo = -1;
    }
    if( iTo>=0 && m->bIndef && m->iCity>=0 && MEETING(p, iTo)->bVirtual ){
      /* "IMM5 was held online ... at a consultation our members held in
      ** Mae Sot": a meeting in a city is not the online one */
      iTo = -1;
    }
    if( iTo>=0 && iTo!=i && discAgree(p, MEETING(p, iTo), m) ){
      int iPartner = MEETING(p, iTo)->iPartner;
      /* "The meeting" of a joint session speaks of both its meetings,
      ** when both are the report's own. */
      if( m->eSeries==0 && (m->eFrame==COMMIT_FRAME_CURRENT || m->bAged) && iPartner>=0
       && MEETING(p, commitDiscourseFinal(p, iPartner))->eFrame==COMMIT_FRAME_CURRENT ){
        commitFactsMergeMeeting(p, commitDiscourseFinal(p, iPartner), i);
      }
      discMerge(p, iTo, i);
      /* "the joint SOM/IMM": the partners of the merged meetings, unless
      ** the meeting merged into has its partner already. */
      if( m->iPartner>=0 && MEETING(p, iTo)->iPartner<0 ){
        int iOther = commitDiscourseFinal(p, m->iPartner);
        if( iOther>=0 && iOther!=iTo ){
          MEETING(p, iTo)->iPartner = iOther;
          MEETING(p, iOther)->iPartner = iTo;
        }
      }
    }
  }
}

/* The date of a record that tells its session, for discSameSession(). */
typedef struct DiscSession DiscSession;
struct DiscSession {
  int bOk;           /* its start (else end) resolves */
  CommitDay d;       /* to this day */
  int iYear;         /* commitDiscourseMeetingYear() of the record */
};

/* The session date of record m into *pOut. */
static void discSessionOf(const CommitFacts *p, const CommitFMeeting *m,
                          DiscSession *pOut) {
  pOut->iYear = commitDiscourseMeetingYear(p, m);
  pOut->bOk = commitDiscourseResolve(p, m->start.bSet ? &m->start : &m->end,
                                     pOut->iYear, &pOut->d);
}

/*
** True if meetings a and b (their session dates) are dated in the same
** month and, when both give days, within four days of each other: one
** session.
*/
static int discSameSession(const DiscSession *a, const DiscSession *b) {
  const CommitDay *da = &a->d, *db = &b->d;
  if( !a->bOk || !b->bOk ) return 0;
  if( da->y!=db->y || da->m==0 || da->m!=db->m ) return 0;
  if( da->d && db->d ){
    int n = commitDayToJdn(da->y, da->m, da->d) - commitDayToJdn(db->y, db->m, db->d);
    return n>=-4 && n<=4;
  }
  return 1;
}

/*
** A SOM and an IMM of the same month and city, where neither has a
** partner yet (with bLabels: both labelled), are one joint session (the SOM prepares the IMM); so are
** a SOM and an IMM of the current frame held in the same city, when one
** of them is not dated ("the 8 th SOM and 3 rd IMM ... in Hanoi").
** The IMMs that may pair are chained in record order, and one that has
** paired is unlinked when met; session dates are worked out once per
** record (2026-12-07, issue 10: were worked out again for every pair).
** Returns SQLITE_OK or SQLITE_NOMEM.
*/
static int discPairSessions(CommitFacts *p, int bLabels) {
  int i, j, n = p->meetings.n, iHead = -1, *pLink;
  DiscSession *aSes = sqlite3_malloc64((sizeof(DiscSession)+sizeof(int))*((i64)n+1));
  int *aNext = aSes ? (int *)&aSes[n+1] : 0;
  if( aSes==0 ) return SQLITE_NOMEM;
  for(j=n-1; j>=0; j--){
    const CommitFMeeting *m = MEETING(p, j);
    aNext[j] = -1;
    if( m->iMerged>=0 || (m->eSeries!=COMMIT_SERIES_IMM && m->eSeries!=COMMIT_SERIES_SOM) ){
      continue;
    }
    if( bLabels && m->eForm!=COMMIT_FORM_LABEL ) continue;
    discSessionOf(p, m, &aSes[j]);
    if( m->eSeries!=COMMIT_SERIES_IMM || m->iPartner>=0 ) continue;
    aNext[j] = iHead;
    iHead = j;
  }
  for(i=0; i<n; i++){
    CommitFMeeting *s = MEETING(p, i);
    if( s->iMerged>=0 || s->eSeries!=COMMIT_SERIES_SOM || s->iPartner>=0 ) continue;
    if( bLabels && s->eForm!=COMMIT_FORM_LABEL ) continue;
    pLink = &iHead;
    while( (j = *pLink)>=0 ){
      CommitFMeeting *m = MEETING(p, j);
      if( m->iPartner>=0 ){
        *pLink = aNext[j];             /* paired: unlink */
        continue;
      }
      pLink = &aNext[j];
      if( m->iCity>=0 && s->iCity>=0 && m->iCity!=s->iCity ) continue;
      if( !discSameSession(&aSes[i], &aSes[j])
       && !(m->iCity>=0 && m->iCity==s->iCity
            && m->eFrame==COMMIT_FRAME_CURRENT && s->eFrame==COMMIT_FRAME_CURRENT
            && (aSes[i].iYear==0 || aSes[j].iYear==0)) ){
        continue;
      }
      s->iPartner = j;
      m->iPartner = i;
      break;
    }
  }
  sqlite3_free(aSes);
  return SQLITE_OK;
}

/* Records that merged nowhere and say nothing are no meetings. */
static void discDropEmpty(CommitFacts *p) {
  int i;
  for(i=0; i<p->meetings.n; i++){
    CommitFMeeting *m = MEETING(p, i);
    m->bOut = m->iMerged<0 && m->eSeries!=COMMIT_SERIES_OTHER
           && (i==p->disc.iMain || discHasContent(m)
               || (m->bNext && m->eFrame==COMMIT_FRAME_UPCOMING
                   && (m->eSeries==COMMIT_SERIES_IMM || m->eSeries==COMMIT_SERIES_SOM)));
  }
}

/*
** Finish the discourse: the anchor, final frames, the main meeting and
** the resolution of every record.  The dateline city places a current
** main meeting that names no place.  Returns SQLITE_OK or SQLITE_NOMEM
** (the index of the records while they are resolved).
*/
int commitDiscourseFinish(CommitFacts *p) {
  int iMain, rc;
  discCloseSection(p);
  discAnchor(p);
  discCapitals(p);
  discFinalFrames(p);
  discChooseMain(p);
  rc = discCalendarNames(p);
  if( rc!=SQLITE_OK ) return rc;
  discMainByCity(p);
  rc = discPairSessions(p, 1);
  if( rc==SQLITE_OK ) rc = discIdxBuild(p);
  if( rc!=SQLITE_OK ) return rc;
  discResolveRecords(p);
  sqlite3_free(p->disc.pIdx);
  p->disc.pIdx = 0;
  rc = discPairSessions(p, 0);
  if( rc!=SQLITE_OK ) return rc;
  iMain = commitDiscourseFinal(p, p->disc.iMain);
  p->disc.iMain = iMain;
  if( iMain>=0 && (p->disc.iDatelineCity>=0 || p->disc.iHeadlineCity>=0) ){
    /* The main meeting and its joint partner: the dateline's city, else
    ** the headline's. */
    int iCity = p->disc.iDatelineCity>=0 ? p->disc.iDatelineCity
                                         : p->disc.iHeadlineCity;
    int k, aI[2];
    aI[0] = iMain;
    aI[1] = commitDiscourseFinal(p, MEETING(p, iMain)->iPartner);
    for(k=0; k<2; k++){
      CommitFMeeting *m;
      if( aI[k]<0 ) continue;
      m = MEETING(p, aI[k]);
      if( m->eFrame==COMMIT_FRAME_CURRENT && m->iCity<0 && m->iCountry<0
       && !m->bVirtual ){
        m->iCity = iCity;
      }
    }
  }
  discDropEmpty(p);
  return SQLITE_OK;
}
