/*
** 2026-11-29
**
** gazetteer.c -- longest-match lookup of the built-in phrases.
**
** The data (countries, cities, organisations, titles and the lexicon of
** months, ordinals, action verbs, ...) is the static array aCommitGazEntry
** generated into gazetteer_data.c from data/<file>.tsv.  At extension init,
** commitGazetteerNew() tokenizes every name, alias and adjective with the
** parser's own tokenizer and builds an open-addressing hash keyed on the
** phrase's normalised token sequence.  Every proper prefix of a phrase is
** in the hash too, flagged bPrefix, so that commitGazetteerMatch() finds
** the longest phrase starting at a token in one left-to-right walk: it
** extends the key token by token and stops as soon as the key is neither
** a phrase nor a prefix.  Cost: O(L) hash probes per token, L <= 16.
**
** Normalisation of a key: ASCII letters are folded to lower case, and the
** punctuation tokens '.', '-' and apostrophes are skipped, so "H.E." ==
** "HE", "Inter-Ministerial" == "Inter Ministerial", "Officials'" ==
** "Officials".  Two checks then keep false matches out:
**   bExact  acronyms (no lower case, or a short mixed-case form like
**           "MoWA") must match the data's case: "US" is not "us".
**   bCap    proper names (countries, cities, organisations, months,
**           weekdays, honorifics) must start with a capital or a digit.
**
** Several entries may share a key ("MPS" is a ministry of China and of
** Viet Nam): they are chained through CommitGazHit.iNext and the caller
** picks by context.  Hits of a mention that pass the case checks are
** marked in CommitMention.mAccept.
**
** The table is built once per connection and passed to the SQL functions
** as user data; nothing global is written after init.
*/
#include "commit.h"
#include <string.h>

/* The longest phrase, in key tokens; longer names are not indexed. */
#define GAZ_MAX_PHRASE_TOKENS 16
/* Hits beyond this many on one key cannot be marked in mAccept. */
#define GAZ_MAX_CHAIN 32

typedef struct GazSlot GazSlot;
struct GazSlot {
  u64 h;         /* hash of the key; 0 marks an empty slot */
  int iHit;      /* first hit of the phrase with this key, or -1 */
  u8 bPrefix;    /* some longer phrase starts with this key */
  u8 nHit;       /* number of hits chained from iHit */
};

struct CommitGazetteer {
  GazSlot *aSlot;       /* open-addressing table, nSlot a power of two */
  int nSlot;            /* number of slots */
  CommitGazHit *aHit;   /* all phrases */
  int nHit;             /* used entries in aHit */
  int nHitAlloc;        /* allocated entries in aHit */
  int nRef;             /* references: creator plus each registration */
  int aCapital[COMMIT_GAZ_NCOUNTRY_MAX]; /* capital city entry per country */
  int aFormer[COMMIT_GAZ_NCOUNTRY_MAX];  /* former capital entry, or -1 */
};

/* ORDER GAZKIND: names of COMMIT_GAZ_* kinds, used by commit_entities. */
static const char *const azCommitGazKind[] = {
  "", "country", "city", "organization", "honorific", "rank", "title",
  "month", "weekday", "ordinal", "cardinal", "series", "document",
  "action", "modal", "relday", "venue", "attendee", "qualifier",
  "meetword", "meetverb", "hostverb", "virtual", "subject", "portfolio",
  "be", "negation", "chrome", "duration",
};

/* Name of a COMMIT_GAZ_* kind. */
const char *commitGazKindName(int eKind) {
  if( eKind<=0 || eKind>=COMMIT_GAZ_NKIND ) return "";
  return azCommitGazKind[eKind];
}

/* ==== Keys ============================================================= */

#define GAZ_FNV_OFFSET 0xcbf29ce484222325ULL
#define GAZ_FNV_PRIME 0x100000001b3ULL

/* True if the token is skipped when building keys: . - and apostrophes. */
int commitTokenIsSkip(const CommitToken *p) {
  return p->eType==COMMIT_TOK_PUNCT
      && (p->cPunct=='.' || p->cPunct=='-' || p->cPunct=='\'');
}

/*
** Extend hash h by one token: its bytes folded to lower case (a curly
** apostrophe inside a word folds to '), then a separator byte.
*/
static u64 gazHashToken(u64 h, const char *z, const CommitToken *p) {
  int i;
  if( p->eType==COMMIT_TOK_PUNCT ){
    h = (h ^ (u8)p->cPunct) * GAZ_FNV_PRIME;
  }else{
    for(i=p->iStart; i<p->iEnd; i++){
      u8 c = (u8)z[i];
      if( c>='A' && c<='Z' ) c += 32;
      if( c==0xE2 && i+2<p->iEnd && (u8)z[i+1]==0x80
       && ((u8)z[i+2]==0x98 || (u8)z[i+2]==0x99) ){
        c = '\'';
        i += 2;
      }
      h = (h ^ c) * GAZ_FNV_PRIME;
    }
  }
  h = (h ^ 0x1f) * GAZ_FNV_PRIME;
  return h ? h : 1;
}

/*
** True if token i is skipped when building keys: the punctuation of
** commitTokenIsSkip(), and the "s" of a possessive ("the UN's Inter-Agency
** Project", "Women's Affairs"), so that a phrase matches with or without
** it.
*/
static int gazSkip(const CommitToken *aTok, int i) {
  if( commitTokenIsSkip(&aTok[i]) ) return 1;
  return i>0 && aTok[i].eType==COMMIT_TOK_WORD && aTok[i].iEnd-aTok[i].iStart==1
      && aTok[i-1].eType==COMMIT_TOK_PUNCT && aTok[i-1].cPunct=='\''
      && !(aTok[i].mFlag & COMMIT_TF_SPACE) && !(aTok[i-1].mFlag & COMMIT_TF_SPACE);
}

/* Slot for hash h: the slot holding it, or the empty slot to put it in. */
static GazSlot *gazSlot(const CommitGazetteer *p, u64 h) {
  u32 i = (u32)(h ^ (h>>32)) & (u32)(p->nSlot-1);
  while( p->aSlot[i].h && p->aSlot[i].h!=h ){
    i = (i+1) & (u32)(p->nSlot-1);
  }
  return &p->aSlot[i];
}

/* ==== Building the table =============================================== */

/* True if phrase z[0..n) must match case exactly (an acronym). */
static int gazIsExact(const char *z, int n) {
  int i, nUpper = 0, nLower = 0;
  for(i=0; i<n; i++){
    if( z[i]>='A' && z[i]<='Z' ) nUpper++;
    else if( z[i]>='a' && z[i]<='z' ) nLower++;
    else if( z[i]==' ' ) return nLower==0 && nUpper<=6 && nUpper>0;
  }
  if( nLower==0 ) return nUpper>0 && nUpper<=6;
  return nUpper>=2 && nUpper+nLower<=6 && !(z[0]>='A' && z[0]<='Z' && nUpper==1);
}

/* True if entries of kind eKind are proper names needing a capital. */
static int gazKindNeedsCap(int eKind) {
  switch( eKind ){
    case COMMIT_GAZ_COUNTRY: case COMMIT_GAZ_CITY: case COMMIT_GAZ_ORG:
    case COMMIT_GAZ_MONTH: case COMMIT_GAZ_WEEKDAY:
    case COMMIT_GAZ_HONORIFIC:
      return 1;
  }
  return 0;
}

/*
** Add phrase z[0..n) for entry iEntry to the table.  Returns SQLITE_OK or
** SQLITE_NOMEM.  Phrases with no key token or too many are ignored.
*/
static int gazAddPhrase(CommitGazetteer *p, int iEntry, int eKind,
                        const char *z, int n, int bAdjective) {
  CommitToken aTok[GAZ_MAX_PHRASE_TOKENS*2];
  int nTok = 0, i, nKey = 0;
  u64 h = GAZ_FNV_OFFSET;
  GazSlot *pSlot = 0;
  CommitGazHit *pHit;
  if( n<=0 ) return SQLITE_OK;
  if( commitTokenize(z, n, aTok, GAZ_MAX_PHRASE_TOKENS*2, &nTok) ){
    return SQLITE_OK;
  }
  for(i=0; i<nTok; i++){
    if( gazSkip(aTok, i) ) continue;
    if( pSlot ) pSlot->bPrefix = 1;
    if( ++nKey>GAZ_MAX_PHRASE_TOKENS ) return SQLITE_OK;
    h = gazHashToken(h, z, &aTok[i]);
    pSlot = gazSlot(p, h);
    if( pSlot->h==0 ){
      pSlot->h = h;
      pSlot->iHit = -1;
    }
  }
  if( pSlot==0 ) return SQLITE_OK;
  if( p->nHit>=p->nHitAlloc ){
    int nNew = p->nHitAlloc ? p->nHitAlloc*2 : 1024;
    CommitGazHit *aNew = sqlite3_realloc64(p->aHit, sizeof(*aNew)*nNew);
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aHit = aNew;
    p->nHitAlloc = nNew;
  }
  pHit = &p->aHit[p->nHit];
  memset(pHit, 0, sizeof(*pHit));
  pHit->iEntry = iEntry;
  pHit->eKind = (u8)eKind;
  pHit->bAdjective = (u8)bAdjective;
  pHit->bExact = (u8)gazIsExact(z, n);
  pHit->bCap = (u8)gazKindNeedsCap(eKind);
  pHit->zPhrase = z;
  pHit->nPhrase = n;
  /* Append to the end of the chain so that data order is kept. */
  pHit->iNext = -1;
  if( pSlot->iHit<0 ){
    pSlot->iHit = p->nHit;
  }else{
    int j = pSlot->iHit;
    while( p->aHit[j].iNext>=0 ) j = p->aHit[j].iNext;
    p->aHit[j].iNext = p->nHit;
  }
  if( pSlot->nHit<255 ) pSlot->nHit++;
  p->nHit++;
  return SQLITE_OK;
}

/* Add every ';'-separated phrase of zList for entry iEntry. */
static int gazAddList(CommitGazetteer *p, int iEntry, int eKind,
                      const char *zList, int bAdjective) {
  int rc = SQLITE_OK;
  while( zList && *zList && rc==SQLITE_OK ){
    int n = 0;
    while( zList[n] && zList[n]!=';' ) n++;
    rc = gazAddPhrase(p, iEntry, eKind, zList, n, bAdjective);
    zList += n;
    if( *zList==';' ) zList++;
  }
  return rc;
}

/* Add all phrases of entry i: name, code, aliases, adjectives, portfolio. */
static int gazAddEntry(CommitGazetteer *p, int i) {
  const CommitGazEntry *e = &aCommitGazEntry[i];
  int rc = SQLITE_OK;
  /* An office that names its body ("UN Resident Coordinator", zExtra "UN")
  ** is known by its aliases only: its name is the office alone. */
  if( !(e->eKind==COMMIT_GAZ_OFFICE && e->zExtra) ){
    rc = gazAddPhrase(p, i, e->eKind, e->zName, (int)strlen(e->zName), 0);
  }
  if( rc==SQLITE_OK && e->eKind==COMMIT_GAZ_ORG && e->zCode ){
    rc = gazAddPhrase(p, i, e->eKind, e->zCode, (int)strlen(e->zCode), 0);
  }
  if( rc==SQLITE_OK ) rc = gazAddList(p, i, e->eKind, e->zAliases, 0);
  if( rc==SQLITE_OK ) rc = gazAddList(p, i, e->eKind, e->zAdjectives, 1);
  if( rc==SQLITE_OK && e->eKind==COMMIT_GAZ_ORG
   && strncmp(e->zName, "Ministry of ", 12)==0 ){
    /* "Minister of Public Security": the portfolio names the ministry. */
    rc = gazAddPhrase(p, i, COMMIT_GAZ_PORTFOLIO, e->zName+12,
                      (int)strlen(e->zName+12), 0);
  }
  return rc;
}

/*
** Build the gazetteer.  On success *ppGaz owns a new object, to be freed
** with commitGazetteerFree().  Returns SQLITE_OK or SQLITE_NOMEM, in which
** case *ppGaz is NULL and nothing is leaked.
*/
int commitGazetteerNew(CommitGazetteer **ppGaz) {
  CommitGazetteer *p;
  int rc = SQLITE_OK, i;
  *ppGaz = 0;
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  /* About four keys per entry; keep the load factor under one half. */
  p->nSlot = 1;
  while( p->nSlot < nCommitGazEntry*12 ) p->nSlot *= 2;
  p->aSlot = sqlite3_malloc64(sizeof(GazSlot)*p->nSlot);
  if( p->aSlot==0 ){
    rc = SQLITE_NOMEM;
  }else{
    memset(p->aSlot, 0, sizeof(GazSlot)*p->nSlot);
  }
  for(i=0; i<COMMIT_GAZ_NCOUNTRY_MAX; i++) p->aCapital[i] = p->aFormer[i] = -1;
  for(i=0; rc==SQLITE_OK && i<nCommitGazEntry; i++){
    const CommitGazEntry *e = &aCommitGazEntry[i];
    rc = gazAddEntry(p, i);
    if( e->eKind==COMMIT_GAZ_CITY && e->iValue!=0 ){
      int c = commitGazCountryIdx(e->zCountry);
      if( c<0 || c>=COMMIT_GAZ_NCOUNTRY_MAX ) continue;
      if( e->iValue>0 && p->aCapital[c]<0 ) p->aCapital[c] = i;
      if( e->iValue<0 && p->aFormer[c]<0 ) p->aFormer[c] = i;
    }
  }
  if( rc!=SQLITE_OK ){
    commitGazetteerFree(p);
    return rc;
  }
  p->nRef = 1;
  *ppGaz = p;
  return SQLITE_OK;
}

/* Take a reference to a gazetteer (one per SQL function or module). */
void commitGazetteerRef(CommitGazetteer *p) {
  p->nRef++;
}

/*
** Drop a reference; the last one frees.  Has the signature of an SQLite
** destructor so that it can be the xDestroy of user data.
*/
void commitGazetteerUnref(void *pArg) {
  CommitGazetteer *p = (CommitGazetteer *)pArg;
  if( p && --p->nRef<=0 ) commitGazetteerFree(p);
}

/* Free a gazetteer built by commitGazetteerNew().  NULL is a no-op. */
void commitGazetteerFree(CommitGazetteer *p) {
  if( p ){
    sqlite3_free(p->aSlot);
    sqlite3_free(p->aHit);
    sqlite3_free(p);
  }
}

/* ==== Matching ========================================================= */

/* The hit with index iHit. */
const CommitGazHit *commitGazetteerHit(const CommitGazetteer *p, int iHit) {
  return &p->aHit[iHit];
}

/*
** True if the text tokens aTok[iTok..iTok+nTok) spell the data phrase of
** pHit with the same case, ignoring skipped punctuation and spaces.
*/
static int gazExactCase(const char *z, const CommitToken *aTok, int iTok,
                        int nTok, const CommitGazHit *pHit) {
  int j = 0, i;
  const char *zP = pHit->zPhrase;
  for(i=iTok; i<iTok+nTok; i++){
    int k;
    if( gazSkip(aTok, i) ) continue;
    for(k=aTok[i].iStart; k<aTok[i].iEnd; k++){
      while( j<pHit->nPhrase
          && (zP[j]==' ' || zP[j]=='.' || zP[j]=='-' || zP[j]=='\'') ){
        j++;
      }
      if( j>=pHit->nPhrase || zP[j]!=z[k] ) return 0;
      j++;
    }
  }
  return 1;
}

/* True if hit pHit is acceptable for the tokens it matched. */
static int gazHitOk(const char *z, const CommitToken *aTok, int iTok,
                    int nTok, const CommitGazHit *pHit) {
  if( pHit->bExact ) return gazExactCase(z, aTok, iTok, nTok, pHit);
  if( pHit->bCap ){
    const CommitToken *p = &aTok[iTok];
    if( !(p->mFlag & (COMMIT_TF_CAP|COMMIT_TF_NONASCII))
     && p->eType!=COMMIT_TOK_NUM ){
      return 0;
    }
  }
  return 1;
}

/* Bitmask of acceptable hits in the chain of pSlot for the tokens. */
static u32 gazAccept(const CommitGazetteer *p, const GazSlot *pSlot,
                     const char *z, const CommitToken *aTok, int iTok,
                     int nTok) {
  u32 m = 0;
  int k = 0, j;
  for(j=pSlot->iHit; j>=0 && k<GAZ_MAX_CHAIN; j=p->aHit[j].iNext, k++){
    if( gazHitOk(z, aTok, iTok, nTok, &p->aHit[j]) ) m |= (1u<<k);
  }
  return m;
}

/*
** Find the longest phrase starting at token iTok of aTok[0..nTok).  On a
** match fill *pMention and return the number of tokens it covers (which
** includes an adjacent period after an abbreviation: "Dec.", "Mr.");
** return 0 if no phrase starts there.
*/
int commitGazetteerMatch(const CommitGazetteer *p, const char *z,
                         const CommitToken *aTok, int nTok, int iTok,
                         CommitMention *pMention) {
  u64 h = GAZ_FNV_OFFSET;
  int j, nKey = 0, nBest = 0;
  if( gazSkip(aTok, iTok) ) return 0;
  for(j=iTok; j<nTok && nKey<GAZ_MAX_PHRASE_TOKENS; j++){
    const GazSlot *pSlot;
    if( gazSkip(aTok, j) ){
      /* Skipped punctuation must be attached: "Inter-Ministerial". */
      if( j+1<nTok && (aTok[j+1].mFlag & COMMIT_TF_SPACE)
       && (aTok[j].mFlag & COMMIT_TF_SPACE) && aTok[j].cPunct!='-' ){
        break;
      }
      continue;
    }
    if( j>iTok && (aTok[j].mFlag & COMMIT_TF_NL) && (aTok[j].mFlag & COMMIT_TF_PARA) ){
      break;
    }
    nKey++;
    h = gazHashToken(h, z, &aTok[j]);
    pSlot = gazSlot(p, h);
    if( pSlot->h==0 ) break;
    if( pSlot->iHit>=0 ){
      u32 m = gazAccept(p, pSlot, z, aTok, iTok, j+1-iTok);
      if( m ){
        nBest = j+1-iTok;
        pMention->iTok = iTok;
        pMention->iHit = pSlot->iHit;
        pMention->mAccept = m;
      }
    }
    if( !pSlot->bPrefix ) break;
  }
  if( nBest ){
    int iLast = iTok + nBest - 1;
    if( iLast+1<nTok && aTok[iLast+1].eType==COMMIT_TOK_PUNCT
     && aTok[iLast+1].cPunct=='.' && !(aTok[iLast+1].mFlag & COMMIT_TF_SPACE)
     && commitTokenIsAbbrev(z, &aTok[iLast]) ){
      nBest++;
    }
    pMention->nTok = nBest;
  }
  return nBest;
}

/* First accepted hit of kind eKind in a mention (0 = any kind), or NULL. */
const CommitGazHit *commitMentionHit(const CommitGazetteer *p,
                                     const CommitMention *pMention,
                                     int eKind) {
  int j, k = 0;
  for(j=pMention->iHit; j>=0 && k<GAZ_MAX_CHAIN; j=p->aHit[j].iNext, k++){
    if( (pMention->mAccept & (1u<<k))
     && (eKind==0 || p->aHit[j].eKind==eKind) ){
      return &p->aHit[j];
    }
  }
  return 0;
}

/*
** Look up a whole phrase z[0..n), ignoring case.  Returns the entry index
** of its first hit of kind eKind (0 = any), or -1.
*/
int commitGazetteerFind(const CommitGazetteer *p, const char *z, int n,
                        int eKind) {
  int j;
  for(j=commitGazetteerLookup(p, z, n); j>=0; j=p->aHit[j].iNext){
    if( eKind==0 || p->aHit[j].eKind==eKind ) return p->aHit[j].iEntry;
  }
  return -1;
}

/*
** Index of the country entry with ISO code zIso2, or -1.  Countries are
** the first entries of the data, sorted by code: a binary search.
*/
int commitGazCountryIdx(const char *zIso2) {
  int lo = 0, hi = nCommitGazEntry-1, nC;
  if( zIso2==0 ) return -1;
  /* The country entries are a prefix of the data: find its end. */
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    if( aCommitGazEntry[mid].eKind==COMMIT_GAZ_COUNTRY ) lo = mid+1;
    else hi = mid-1;
  }
  nC = lo;
  lo = 0;
  hi = nC-1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    int c = strcmp(aCommitGazEntry[mid].zCode, zIso2);
    if( c==0 ) return mid;
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return -1;
}

/* The country entry with ISO code zIso2, or NULL. */
/* True if entry iEntry is the COMMIT process itself (not its Secretariat
** or task forces): it names the process, never a host or a meeting. */
int commitGazIsProcess(int iEntry) {
  const char *z;
  if( iEntry<0 || iEntry>=nCommitGazEntry ) return 0;
  z = aCommitGazEntry[iEntry].zCode;
  return z!=0 && strcmp(z, "COMMIT")==0;
}

/*
** The known meeting eSeries/iNum of the built-in calendar, or NULL.  The
** calendar is sorted by series and number (tools/mkgazetteer.py): a
** binary search for the first entry not below (eSeries, iNum).
*/
const CommitCalEntry *commitGazCalendar(int eSeries, int iNum) {
  int lo = 0, hi = nCommitCalendar;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    const CommitCalEntry *c = &aCommitCalendar[mid];
    if( c->eSeries<eSeries || (c->eSeries==eSeries && c->iNum<iNum) ) lo = mid+1;
    else hi = mid;
  }
  if( lo<nCommitCalendar && aCommitCalendar[lo].eSeries==eSeries
   && aCommitCalendar[lo].iNum==iNum ){
    return &aCommitCalendar[lo];
  }
  return 0;
}

const CommitGazEntry *commitGazCountry(const char *zIso2) {
  int i = commitGazCountryIdx(zIso2);
  return i>=0 ? &aCommitGazEntry[i] : 0;
}

/*
** Capital city entry of country entry iCountry in year iYear (0: today),
** or -1.  "The Burmese capital" of 2004 is Yangon, of 2010 Nay Pyi Taw.
*/
int commitGazCapital(const CommitGazetteer *p, int iCountry, int iYear) {
  int iFormer;
  if( iCountry<0 || iCountry>=COMMIT_GAZ_NCOUNTRY_MAX ) return -1;
  iFormer = p->aFormer[iCountry];
  if( iYear>0 && iFormer>=0 && iYear<=-aCommitGazEntry[iFormer].iValue ){
    return iFormer;
  }
  return p->aCapital[iCountry];
}

/*
** First hit of the whole phrase z[0..n) (any case), or -1.  Entries that
** share a name ("Ministry of Public Security" of CN, LA and VN) are
** chained from it through CommitGazHit.iNext.
*/
int commitGazetteerLookup(const CommitGazetteer *p, const char *z, int n) {
  CommitToken aTok[GAZ_MAX_PHRASE_TOKENS*2];
  int nTok = 0, i;
  u64 h = GAZ_FNV_OFFSET;
  const GazSlot *pSlot = 0;
  if( commitTokenize(z, n, aTok, GAZ_MAX_PHRASE_TOKENS*2, &nTok) ) return -1;
  for(i=0; i<nTok; i++){
    if( gazSkip(aTok, i) ) continue;
    h = gazHashToken(h, z, &aTok[i]);
    pSlot = gazSlot(p, h);
    if( pSlot->h==0 ) return -1;
  }
  return pSlot ? pSlot->iHit : -1;
}

/* ==== Word lists ======================================================= */

/* Longest word we compare; longer tokens are in no list. */
#define GAZ_MAX_WORD 31

/*
** Compare token t of z with the n bytes of zWord, ASCII case folded.
** Returns 0 if equal, else <0 or >0 as strcmp() would.
*/
static int gazWordCmp(const char *z, const CommitToken *t, const char *zWord,
                      int n) {
  int i, nTok = t->iEnd - t->iStart;
  for(i=0; i<nTok && i<n; i++){
    u8 c = (u8)z[t->iStart+i];
    if( c>='A' && c<='Z' ) c += 32;
    if( c!=(u8)zWord[i] ) return (int)c - (int)(u8)zWord[i];
  }
  return nTok - n;
}

/*
** The word lists (bit ORDER WORDLIST) with a phrase that token t of z can
** open: a lookup in aCommitWordFirstHash, once per token, so that
** commitWordMatch() returns at once for a word no list starts with.
*/
u64 commitWordFirstMask(const char *z, const CommitToken *t) {
  u32 h = 2166136261u, mask = (u32)nCommitWordFirstHash - 1;
  int i, k;
  if( t->eType==COMMIT_TOK_PUNCT || t->iEnd - t->iStart>GAZ_MAX_WORD ) return 0;
  /* (a hash table generated with the lists, 2026-12-07, issue 10: was a
  ** binary search of the 637 words) */
  for(i=t->iStart; i<t->iEnd; i++){
    u8 c = (u8)z[i];
    if( c>='A' && c<='Z' ) c += 32;
    h = (h ^ c) * 16777619u;
  }
  for(h&=mask; (k = aCommitWordFirstHash[h])!=0; h=(h+1)&mask){
    const CommitWordFirst *e = &aCommitWordFirst[k-1];
    if( gazWordCmp(z, t, e->z, e->n)==0 ) return e->mList;
  }
  return 0;
}

/* Length of the first word of the phrase z (up to a space or the end). */
static int gazFirstWord(const char *z) {
  int n = 0;
  while( z[n] && z[n]!=' ' ) n++;
  return n;
}

/*
** True if list eList holds the phrase zPhrase (any case): "Resident
** Coordinator" in the list of international titles.  A binary search.
*/
int commitWordListHas(int eList, const char *zPhrase) {
  const CommitWordList *pList;
  int lo = 0, hi;
  if( eList<0 || eList>=COMMIT_WL_NLIST || zPhrase==0 ) return 0;
  pList = &aCommitWordList[eList];
  hi = pList->n;
  while( lo<hi ){
    int iMid = (lo+hi)/2;
    int c = sqlite3_stricmp(zPhrase, pList->az[iMid]);
    if( c==0 ) return 1;
    if( c>0 ) lo = iMid+1; else hi = iMid;
  }
  return 0;
}

/*
** If tokens aTok[i..] spell a word or phrase of word list eList, return
** the number of tokens of the longest one; else 0.  Words of a phrase
** are single tokens separated by spaces in the data.  Binary search on
** the first word: O(log n) per call.  commitWordMatch() (commit.h) calls
** it for a token that opens a phrase of the list.
*/
int commitWordMatchFrom(int eList, const char *z, const CommitToken *aTok,
                        int nTok, int i) {
  const CommitWordList *pList;
  int lo = 0, hi, iBest = 0, k;
  if( eList<0 || eList>=COMMIT_WL_NLIST || i<0 || i>=nTok ) return 0;
  /* (the tokenizer looked the word up once: most calls end here) */
  if( (aTok[i].mWl & ((u64)1<<eList))==0 ) return 0;
  if( aTok[i].eType==COMMIT_TOK_PUNCT
   || aTok[i].iEnd - aTok[i].iStart>GAZ_MAX_WORD ) return 0;
  pList = &aCommitWordList[eList];
  hi = pList->n;
  while( lo<hi ){                    /* first entry whose word is >= token */
    int iMid = (lo+hi)/2;
    const char *zE = pList->az[iMid];
    if( gazWordCmp(z, &aTok[i], zE, gazFirstWord(zE))>0 ) lo = iMid+1;
    else hi = iMid;
  }
  for(k=lo; k<pList->n; k++){
    const char *zE = pList->az[k];
    int nW = gazFirstWord(zE), j = i+1, nMatch = 1;
    if( gazWordCmp(z, &aTok[i], zE, nW)!=0 ) break;
    zE += nW;
    while( *zE==' ' ){
      zE++;
      nW = gazFirstWord(zE);
      if( j>=nTok || aTok[j].eType==COMMIT_TOK_PUNCT
       || gazWordCmp(z, &aTok[j], zE, nW)!=0 ){
        nMatch = 0;
        break;
      }
      zE += nW;
      j++;
      nMatch++;
    }
    if( nMatch>iBest ) iBest = nMatch;
  }
  return iBest;
}
