/*
** 2026-11-29
**
** tokenize.c -- split UTF-8 report text into tokens and sentences.
**
** This file implements the first stage of the commit pipeline.  It never
** copies the input: a token is a byte span [iStart,iEnd) of the text.
**
**   commitTokenizeText(z, n, xSentence, pCtx)
**       scans the text once and calls xSentence for every sentence, with
**       the sentence's tokens in a buffer that is reused for the next one
**       (like FTS5's xTokenize/xToken).  A callback that returns non-zero
**       stops the scan and that value is returned.
**
** Tokens:
**   WORD   a run of letters and digits that contains a letter (IMM3,
**          14th, O'Brien: an apostrophe between letters stays inside,
**          except a possessive "'s", which is split off: China ' s),
**          any byte >= 0x80 that is not a known punctuation or space
**          character counts as a letter (Viet Nam's "Việt").
**   NUM    a run of ASCII digits (2007).
**   PUNCT  one punctuation character; dashes of any kind fold to '-',
**          curly quotes to ' and ", bullets to '*' (CommitToken.cPunct).
**
** Sentences end at '.', '!' or '?' followed by a capital, digit or quote
** (but not after an abbreviation such as "Mr." or "Dec." or an initial),
** at a blank line, before a bulleted line, after a short line with no
** final punctuation (headlines, datelines, cable routing lines), before
** a row of a table laid out in columns ("  SOM3      Hanoi ...") or with
** bars ("2004 | IMM1 | 29.10.2004 | Yangon"), before a notice's field
** line ("Host:      Ministry of Public Security"), after a
** citation mark (".[3]"), and after COMMIT_MAX_SENTENCE_TOKENS tokens
** (which keeps later per-sentence work linear).
**
** Page chrome: each sentence is flagged bChrome when its first line is
** page furniture: cable routing and header lines (FM/TO/INFO, date-time
** groups, TAGS, Classified By), link lists ("Related posts", "Next in
** World" and the lines after them), share/comment/copyright footers,
** photo credits and tickers ("a | b | c", unless a cell opens with a
** meeting's code: a table row).  Chrome is kept out of the facts.
**
** Limits: English only; no Unicode case folding beyond ASCII (non-ASCII
** letters never count as capitals).
*/
#include "commit.h"
#include <string.h>

/* ==== Character classes ================================================ */

#define TOK_CC_SPACE 1
#define TOK_CC_ALPHA 2
#define TOK_CC_DIGIT 3
#define TOK_CC_PUNCT 4
#define TOK_CC_HIGH 5

/* Class of each ASCII byte; bytes >= 0x80 are TOK_CC_HIGH. */
static const u8 aTokClass[128] = {
  /* 0x00 */ 4, 4, 4, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 4, 4,
  /* 0x10 */ 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
  /* 0x20 */ 1, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
  /* 0x30 */ 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4,
  /* 0x40 */ 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  /* 0x50 */ 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4,
  /* 0x60 */ 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
  /* 0x70 */ 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4,
};

/*
** Classify the character at z[i] (n bytes available).  Returns its class
** and writes its length to *pnChar and, for punctuation, its folded ASCII
** form to *pcFold.  Multibyte punctuation and spaces handled here: NBSP,
** ideographic space, the General Punctuation dashes, quotes, bullet and
** ellipsis, guillemets, and Latin-1 symbols (U+00A1..U+00BF).
*/
static int tokClassify(const u8 *z, int i, int n, int *pnChar, int *pcFold) {
  u8 c = z[i];
  if( c<0x80 ){
    *pnChar = 1;
    *pcFold = c;
    return aTokClass[c];
  }
  *pcFold = '#';
  if( c==0xC2 && i+1<n ){
    u8 c2 = z[i+1];
    *pnChar = 2;
    if( c2==0xA0 ) return TOK_CC_SPACE;
    if( c2==0xAB || c2==0xBB ){ *pcFold = '"'; return TOK_CC_PUNCT; }
    if( c2>=0xA1 && c2<=0xBF ) return TOK_CC_PUNCT;
    return TOK_CC_HIGH;
  }
  if( c==0xE2 && i+2<n && z[i+1]==0x80 ){
    u8 c3 = z[i+2];
    *pnChar = 3;
    if( c3>=0x80 && c3<=0x8A ) return TOK_CC_SPACE;     /* en/em spaces */
    if( c3>=0x90 && c3<=0x95 ){ *pcFold = '-'; return TOK_CC_PUNCT; }
    if( c3>=0x98 && c3<=0x9B ){ *pcFold = '\''; return TOK_CC_PUNCT; }
    if( c3>=0x9C && c3<=0x9F ){ *pcFold = '"'; return TOK_CC_PUNCT; }
    if( c3==0xA2 || c3==0xA3 ){ *pcFold = '*'; return TOK_CC_PUNCT; }
    if( c3==0xA6 ){ *pcFold = ','; return TOK_CC_PUNCT; }
    if( c3==0xA8 || c3==0xA9 || c3==0xAF ) return TOK_CC_SPACE;
    return TOK_CC_PUNCT;
  }
  if( c==0xE2 && i+2<n && z[i+1]==0x88 && z[i+2]==0x92 ){
    *pnChar = 3;                                        /* minus sign */
    *pcFold = '-';
    return TOK_CC_PUNCT;
  }
  if( c==0xE3 && i+2<n && z[i+1]==0x80 && z[i+2]==0x80 ){
    *pnChar = 3;
    return TOK_CC_SPACE;
  }
  /* Any other multibyte character is part of a word. */
  if( c>=0xF0 ) *pnChar = 4;
  else if( c>=0xE0 ) *pnChar = 3;
  else if( c>=0xC0 ) *pnChar = 2;
  else *pnChar = 1;
  if( i + *pnChar > n ) *pnChar = n - i;
  return TOK_CC_HIGH;
}

/*
** Return true if the n bytes at z are valid UTF-8 with no NUL byte and no
** overlong form, surrogate or code point above U+10FFFF.
*/
int commitUtf8Check(const char *zIn, i64 n) {
  const u8 *z = (const u8 *)zIn;
  i64 i = 0;
  while( i<n ){
    u8 c = z[i];
    if( c<0x80 ){
      if( c==0 ) return 0;
      i++;
      continue;
    }
    if( c>=0xC2 && c<=0xDF ){
      if( i+1>=n || (z[i+1]&0xC0)!=0x80 ) return 0;
      i += 2;
    }else if( c>=0xE0 && c<=0xEF ){
      if( i+2>=n || (z[i+1]&0xC0)!=0x80 || (z[i+2]&0xC0)!=0x80 ) return 0;
      if( c==0xE0 && z[i+1]<0xA0 ) return 0;  /* overlong */
      if( c==0xED && z[i+1]>=0xA0 ) return 0; /* surrogate */
      i += 3;
    }else if( c>=0xF0 && c<=0xF4 ){
      if( i+3>=n || (z[i+1]&0xC0)!=0x80 || (z[i+2]&0xC0)!=0x80
       || (z[i+3]&0xC0)!=0x80 ) return 0;
      if( c==0xF0 && z[i+1]<0x90 ) return 0;  /* overlong */
      if( c==0xF4 && z[i+1]>=0x90 ) return 0; /* above U+10FFFF */
      i += 4;
    }else{
      return 0;
    }
  }
  return 1;
}

/* ==== Token helpers ==================================================== */

/* True if token p is exactly the ASCII word zWord (case-sensitive). */
int commitTokenIs(const char *z, const CommitToken *p, const char *zWord) {
  /* (no strlen: the loop stops at zWord's end, most calls at once) */
  const char *zTok = z + p->iStart;
  int n = p->iEnd - p->iStart, i;
  for(i=0; i<n; i++){
    if( zWord[i]==0 || zTok[i]!=zWord[i] ) return 0;
  }
  return zWord[n]==0;
}

/* True if token p equals the lower-case ASCII word zWord, ignoring case. */
int commitTokenIsCi(const char *z, const CommitToken *p, const char *zWord) {
  /* (no strlen, 2026-12-07, issue 10: the loop stops at zWord's end,
  ** most calls at the first byte) */
  const char *zTok = z + p->iStart;
  int n = p->iEnd - p->iStart, i;
  for(i=0; i<n; i++){
    char c = zTok[i];
    if( c>='A' && c<='Z' ) c += 32;
    if( zWord[i]==0 || c!=zWord[i] ) return 0;
  }
  return zWord[n]==0;
}

/*
** Value of a NUM token, or of the leading digits of a WORD token (14th),
** or -1 if the token does not start with a digit or has more than 9.
*/
int commitTokenNumber(const char *z, const CommitToken *p) {
  int i, v = 0;
  for(i=p->iStart; i<p->iEnd && z[i]>='0' && z[i]<='9'; i++){
    if( i - p->iStart>=9 ) return -1;
    v = v*10 + (z[i] - '0');
  }
  return i==p->iStart ? -1 : v;
}

/* ==== Scanning tokens ================================================== */

/*
** Scan one token starting at or after *pi.  Returns 1 and fills *pTok, or
** 0 at the end of the text.  *pi is advanced past the token.  White space
** before the token sets TF_SPACE, TF_NL and TF_PARA.
*/
/*
** Length of the web address at byte i ("https://...", "http://...",
** "www...."), which ends at white space, a bracket or quote, and before a
** full stop or comma that ends it; 0 if none starts there.
*/
static int tokUrlLength(const u8 *z, int n, int i) {
  int j;
  if( i>0 && z[i-1]<0x80 && (aTokClass[z[i-1]]==TOK_CC_ALPHA
                            || aTokClass[z[i-1]]==TOK_CC_DIGIT) ) return 0;
  if( n-i>=8 && sqlite3_strnicmp((const char*)z+i, "https://", 8)==0 ) j = i+8;
  else if( n-i>=7 && sqlite3_strnicmp((const char*)z+i, "http://", 7)==0 ) j = i+7;
  else if( n-i>=5 && sqlite3_strnicmp((const char*)z+i, "www.", 4)==0
        && z[i+4]<0x80 && aTokClass[z[i+4]]==TOK_CC_ALPHA ) j = i+4;
  else return 0;
  while( j<n && z[j]>' ' && z[j]!='"' && z[j]!='<' && z[j]!='>' && z[j]!=')'
      && z[j]!=']' && z[j]<0x80 ){
    j++;
  }
  while( j>i && (z[j-1]=='.' || z[j-1]==',' || z[j-1]==';' || z[j-1]==':') ) j--;
  return j-i;
}

static int tokNext(const u8 *z, int n, int *pi, CommitToken *pTok) {
  int i = *pi, nChar, cFold, eClass;
  int nNl = 0, bSpace = 0;
  memset(pTok, 0, sizeof(*pTok));
  while( i<n ){
    eClass = tokClassify(z, i, n, &nChar, &cFold);
    if( eClass!=TOK_CC_SPACE ) break;
    bSpace = 1;
    if( z[i]=='\n' ) nNl++;
    i += nChar;
  }
  if( i>=n ){
    *pi = i;
    return 0;
  }
  if( bSpace ) pTok->mFlag |= COMMIT_TF_SPACE;
  if( nNl>0 ) pTok->mFlag |= COMMIT_TF_NL;
  if( nNl>1 ) pTok->mFlag |= COMMIT_TF_PARA;
  pTok->iStart = i;
  if( (z[i]=='h' || z[i]=='H' || z[i]=='w' || z[i]=='W')
   && (nChar = tokUrlLength(z, n, i))>0 ){
    pTok->eType = COMMIT_TOK_WORD;
    pTok->mFlag |= COMMIT_TF_URL;
    i += nChar;
  }else if( eClass==TOK_CC_PUNCT ){
    pTok->eType = COMMIT_TOK_PUNCT;
    pTok->cPunct = (u16)cFold;
    i += nChar;
  }else{
    int bAlpha = 0, bDigit = 0, bLower = 0, nUpper = 0;
    while( i<n ){
      eClass = tokClassify(z, i, n, &nChar, &cFold);
      if( eClass==TOK_CC_PUNCT && cFold=='\'' && i>pTok->iStart && i+nChar<n ){
        /* An apostrophe between two letters stays inside the word. */
        int nNext, cNext;
        int eNext = tokClassify(z, i+nChar, n, &nNext, &cNext);
        u8 cPrev = z[i-1];
        if( (eNext==TOK_CC_ALPHA || eNext==TOK_CC_HIGH)
         && (aTokClass[cPrev & 0x7f]==TOK_CC_ALPHA || cPrev>=0x80) ){
          /* But a possessive "'s" is split off: "China's" -> China ' s */
          int iAfter = i + nChar + 1;
          if( (z[i+nChar]=='s' || z[i+nChar]=='S')
           && (iAfter>=n || (z[iAfter]<0x80
                             && aTokClass[z[iAfter]]!=TOK_CC_ALPHA
                             && aTokClass[z[iAfter]]!=TOK_CC_DIGIT)) ){
            break;
          }
          i += nChar;
          continue;
        }
        break;
      }
      if( eClass==TOK_CC_ALPHA ){
        bAlpha = 1;
        if( z[i]>='a' ) bLower = 1; else nUpper++;
      }else if( eClass==TOK_CC_DIGIT ){
        bDigit = 1;
      }else if( eClass==TOK_CC_HIGH ){
        bAlpha = 1;
        pTok->mFlag |= COMMIT_TF_NONASCII;
      }else{
        break;
      }
      i += nChar;
    }
    pTok->eType = bAlpha ? COMMIT_TOK_WORD : COMMIT_TOK_NUM;
    if( bDigit ) pTok->mFlag |= COMMIT_TF_DIGIT;
    if( z[pTok->iStart]>='A' && z[pTok->iStart]<='Z' ){
      pTok->mFlag |= COMMIT_TF_CAP;
    }
    if( nUpper>=2 && !bLower ) pTok->mFlag |= COMMIT_TF_UPPER;
  }
  pTok->iEnd = i;
  *pi = i;
  return 1;
}

/*
** Tokenize the first n bytes of z into aTok (at most nTokMax tokens),
** ignoring sentences.  *pnTok is set to the number of tokens written.
** Returns SQLITE_OK, or SQLITE_FULL if the text had more tokens.
*/
int commitTokenize(const char *z, int n, CommitToken *aTok, int nTokMax,
                   int *pnTok) {
  int i = 0, nTok = 0;
  CommitToken t;
  while( tokNext((const u8 *)z, n, &i, &t) ){
    t.mWl = commitWordFirstMask(z, &t);
    if( nTok>=nTokMax ){
      *pnTok = nTok;
      return SQLITE_FULL;
    }
    aTok[nTok++] = t;
  }
  *pnTok = nTok;
  return SQLITE_OK;
}

/* ==== Sentence boundaries ============================================== */

/*
** Words after which a period does not end a sentence (compared without
** case).  Sorted for binary search.
*/
static const char *const azTokAbbrev[] = {
  "adm", "apr", "approx", "aug", "brig", "capt", "cdr", "co", "col",
  "corp", "cpl", "dec", "dept", "dr", "feb", "gen", "gov", "govt", "hon",
  "inc", "jan", "jr", "jul", "jun", "lieut", "ltd", "lt", "maj", "mar",
  "messrs", "mme", "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct",
  "pol", "pres", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr",
  "st", "supt", "vol", "vs",
};

/* True if the token is an abbreviation that takes a period, or an initial. */
int commitTokenIsAbbrev(const char *z, const CommitToken *p) {
  char zLow[8];
  int n = p->iEnd - p->iStart, i, lo = 0, hi;
  if( p->eType!=COMMIT_TOK_WORD ) return 0;
  if( n==1 ) return 1;                       /* an initial: H. E. */
  if( n>=(int)sizeof(zLow) ) return 0;
  for(i=0; i<n; i++){
    char c = z[p->iStart+i];
    zLow[i] = (c>='A' && c<='Z') ? c+32 : c;
  }
  zLow[n] = 0;
  hi = (int)(sizeof(azTokAbbrev)/sizeof(azTokAbbrev[0])) - 1;
  while( lo<=hi ){
    int iMid = (lo+hi)/2;
    int c = strcmp(zLow, azTokAbbrev[iMid]);
    if( c==0 ) return 1;
    if( c<0 ) hi = iMid-1; else lo = iMid+1;
  }
  return 0;
}

/* Words that cannot end a sentence or a headline: "the", "of", ... */
static int tokIsFunctionWord(const char *z, const CommitToken *p) {
  static const char *const az[] = {
    "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or",
    "the", "to", "with",
  };
  int k;
  for(k=0; k<(int)(sizeof(az)/sizeof(az[0])); k++){
    if( commitTokenIsCi(z, p, az[k]) ) return 1;
  }
  return 0;
}

/* A line shorter than this with no final punctuation ends a sentence. */
#define TOK_SHORT_LINE 48
/* The lines of a paragraph wrapped at a fixed width are this long, but
** for its last one ... */
#define TOK_WRAP_LINE 36
#define TOK_WRAP_MAX 80
/* ... and such a paragraph has at least this many lines. */
#define TOK_WRAP_MIN_LINES 3
/* Lines of a paragraph looked at to decide (bounds the look-ahead). */
#define TOK_WRAP_LOOK 8

/* Scanner state carried between tokens. */
typedef struct TokScan TokScan;
struct TokScan {
  const char *z;       /* the text */
  int n;               /* bytes in z */
  int iLine;           /* current line number */
  int iLineStart;      /* byte offset of the current line's first token */
  int bChromeBlock;    /* inside a link list or cable header block */
  int bSeenProse;      /* a paragraph of prose was read (not chrome) */
  int bPrevChrome;     /* the previous line was chrome */
  int bLineChrome;     /* the current line is chrome */
  int bBlock;          /* the current paragraph is wrapped at a width */
};

/*
** If bytes [i,n) of z open with a code of two or more capitals then
** digits, not followed by a letter ("SOM3", "IMM12"), the offset past it;
** else i.
*/
static int tokCodeEnd(const char *z, int n, int i) {
  int j = i, nUpper = 0, nDigit = 0;
  while( j<n && z[j]>='A' && z[j]<='Z' ){ nUpper++; j++; }
  while( j<n && z[j]>='0' && z[j]<='9' ){ nDigit++; j++; }
  if( nUpper<2 || nDigit<1 || (j<n && ((z[j]|0x20)>='a' && (z[j]|0x20)<='z')) ) return i;
  return j;
}

/*
** True if token pTok opens a row of a table laid out in columns: a code
** of capitals and digits ("SOM3", "IMM2") followed by a gap of two or more
** spaces ("  SOM3       Hanoi, 29-31 March 2005    first SPA adopted").
*/
static int tokIsTableRow(const char *z, int n, const CommitToken *pTok) {
  int e = pTok->iEnd;
  if( pTok->eType!=COMMIT_TOK_WORD || tokCodeEnd(z, pTok->iEnd, pTok->iStart)!=e ){
    return 0;
  }
  if( e+3<n && z[e]==' ' && z[e+1]=='/' && z[e+2]==' ' && tokCodeEnd(z, n, e+3)>e+3 ){
    e = tokCodeEnd(z, n, e+3);          /* a joint label: "SOM8 / IMM3<TAB>" */
    if( !(e<n && z[e]=='\t') ) return 0;
  }
  return e+1<n && ((z[e]==' ' && z[e+1]==' ')
                   || z[e]=='\t');                      /* "SOM6<TAB>5-7 Nov" */
}

/*
** True if a sentence ends between tokens pPrev and pTok.  aTok/nTok is the
** sentence so far (pPrev is its last token).  iPrevLineLen is the length
** of the line pPrev ends, when pTok starts a new line.
*/
static int tokBarCount(const char *z, int n);

/*
** True if the line at byte i is a notice's field: a label of a few words
** (perhaps with a bracket), a colon, then a gap of two or more spaces or a
** tab ("Host:           Ministry of Public Security", "Venue (IMM2):   ...").
*/
static int tokIsFieldLine(const char *z, int n, int i) {
  int j = i;
  if( i>=n || !((z[i]|0x20)>='a' && (z[i]|0x20)<='z') ) return 0;
  while( j<n && j<i+24 && z[j]!=':' && z[j]!='\n'
         && (((z[j]|0x20)>='a' && (z[j]|0x20)<='z') || z[j]==' ' || z[j]=='('
             || z[j]==')' || z[j]=='-' || (z[j]>='0' && z[j]<='9')) ){
    j++;
  }
  if( j>=n || z[j]!=':' ) return 0;
  if( j+2<n && z[j+1]==' ' && j-i>=3 && j-i<=12 ){
    /* "WHERE: Online.": a label in capitals needs no gap */
    int k;
    for(k=i; k<j && z[k]>='A' && z[k]<='Z'; k++){}
    if( k==j ) return 1;
  }
  return j+2<n && ((z[j+1]==' ' && z[j+2]==' ') || z[j+1]=='\t');
}


/* Bars of the line through byte i ("2004 | IMM1 | 29.10.2004 | Yangon"). */
static int tokLineBars(const char *z, int n, int i) {
  int a = i, b = i;
  while( a>0 && z[a-1]!='\n' ) a--;
  while( b<n && z[b]!='\n' ) b++;
  return tokBarCount(z+a, b-a);
}

/* Dots in a row that make a leader ("Joined COMMIT ........ 29 October
** 2004"), at least. */
#define TOK_LEADER_DOTS 4

/*
** True if the line through byte i holds a dot leader between a label and
** its value: a fact sheet's field, a sentence of its own.
*/
static int tokLeaderLine(const char *z, int n, int i) {
  int a = i, b = i, nDot = 0;
  while( a>0 && z[a-1]!='\n' ) a--;
  while( b<n && z[b]!='\n' ) b++;
  for(; a<b; a++){
    nDot = z[a]=='.' ? nDot+1 : 0;
    if( nDot>=TOK_LEADER_DOTS ) return 1;
  }
  return 0;
}

/* True if z[0..n) is a month's name or abbreviation (any case, "Dec."):
** the lexicon's month names (word list month_name). */
static int tokIsMonth(const char *z, int n) {
  char zWord[16];
  if( n>1 && z[n-1]=='.' ) n--;
  if( n<=0 || n>=(int)sizeof(zWord) ) return 0;
  memcpy(zWord, z, n);
  zWord[n] = 0;
  return commitWordListHas(COMMIT_WL_MONTH_NAME, zWord);
}

/*
** True if the line starting at byte i holds only a date with its year:
** days, a month's name, a year and dashes or commas ("28-30 Jul 2004",
** "Mar 2005", "29 October 2004"): a cell of a table flattened to one
** cell a line, which starts a sentence of its own.
*/
static int tokDateLine(const char *z, int n, int i) {
  int bYear = 0, bMonth = 0, nWord = 0;
  while( i<n && z[i]!='\n' ){
    int j = i;
    if( z[i]==' ' || z[i]==',' || z[i]=='\t' || z[i]=='\r' || z[i]=='-' ){ i++; continue; }
    if( (u8)z[i]==0xE2 && i+2<n && (u8)z[i+1]==0x80 && ((u8)z[i+2]==0x93 || (u8)z[i+2]==0x94) ){
      i += 3;                                   /* en or em dash */
      continue;
    }
    while( j<n && z[j]!='\n' && z[j]!=' ' && z[j]!=',' && z[j]!='-' && (u8)z[j]!=0xE2 ) j++;
    if( ++nWord>5 ) return 0;
    if( j-i==4 && z[i]>='1' && z[i]<='2' && z[i+1]>='0' && z[i+1]<='9'
     && z[i+2]>='0' && z[i+2]<='9' && z[i+3]>='0' && z[i+3]<='9' ){
      bYear = 1;
    }else if( j-i<=2 && z[i]>='0' && z[i]<='9' && (j-i==1 || (z[i+1]>='0' && z[i+1]<='9')) ){
      /* a day */
    }else if( tokIsMonth(z+i, j-i) ){
      bMonth = 1;
    }else{
      return 0;
    }
    i = j;
  }
  return bYear && bMonth;
}

/*
** True if the line starting at byte i opens with a year and a dash or a
** colon: a timeline's entry ("2012 – IMM3, Hanoi: second declaration").
*/
static int tokYearEntryLine(const char *z, int n, int i) {
  int k;
  for(k=0; k<4; k++){
    if( i+k>=n || z[i+k]<'0' || z[i+k]>'9' ) return 0;
  }
  if( z[i]!='1' && z[i]!='2' ) return 0;
  i += 4;
  while( i<n && z[i]==' ' ) i++;
  /* (not a wrapped line's "2008-2010, was adopted") */
  if( i+1<n && (z[i]=='-' || z[i]==':') ) return z[i+1]==' ';
  return i+3<n && (u8)z[i]==0xE2 && (u8)z[i+1]==0x80
      && ((u8)z[i+2]==0x93 || (u8)z[i+2]==0x94) && z[i+3]==' ';
}

/*
** True if the line of byte i opens with a bullet and holds a bar: a
** bulleted heading ("*  12-14 December  |  Beijing, Diaoyutai State
** Guesthouse") whose entry starts on the next line.
*/
static int tokBulletBarLine(const char *z, int n, int i) {
  int a = i, b = i;
  while( a>0 && z[a-1]!='\n' ) a--;
  while( b<n && z[b]!='\n' ) b++;
  while( a<b && (z[a]==' ' || z[a]=='\t') ) a++;
  if( !(b-a>=3 && (u8)z[a]==0xE2 && (u8)z[a+1]==0x80 && (u8)z[a+2]==0xA2)
   && !(a<b && z[a]=='*') ){
    return 0;
  }
  return tokBarCount(z+a, b-a)>=1;
}

/* Tokens of a list entry's head ("- Yangon, October 2004."), at most. */
#define TOK_ROW_HEAD_MAX 9

/*
** True if the nTok tokens so far, up to a stop, are the head of a list
** entry: a marker at the start of a line, then only capitalised words,
** numbers and commas, with a year ("- Yangon, October 2004. First
** Inter-Ministerial Meeting (IMM1); ..."): the place and date of what
** the entry names next, in the same sentence.
*/
static int tokRowHead(const char *z, const CommitToken *aTok, int nTok) {
  int k, bYear = 0;
  if( nTok<4 || nTok>TOK_ROW_HEAD_MAX ) return 0;
  if( aTok[0].eType!=COMMIT_TOK_PUNCT || (aTok[0].cPunct!='-' && aTok[0].cPunct!='*') ){
    return 0;
  }
  if( !(aTok[0].mFlag & COMMIT_TF_NL) && aTok[0].iStart>0 ) return 0;
  for(k=1; k<nTok-1; k++){
    const CommitToken *t = &aTok[k];
    if( t->eType==COMMIT_TOK_NUM ){
      if( t->iEnd - t->iStart==4 && (z[t->iStart]=='1' || z[t->iStart]=='2') ) bYear = 1;
    }else if( t->eType==COMMIT_TOK_PUNCT ){
      if( t->cPunct!=',' ) return 0;
    }else if( !(t->mFlag & COMMIT_TF_CAP) ){
      return 0;
    }
  }
  return bYear;
}

static int tokIsBoundary(const char *z, int n, const CommitToken *aTok, int nTok,
                         const CommitToken *pTok, int iPrevLineLen,
                         int bPrevAllCaps, int bWrapped) {
  const CommitToken *pPrev = &aTok[nTok-1];
  int c = pPrev->eType==COMMIT_TOK_PUNCT ? pPrev->cPunct : 0;
  if( pTok->mFlag & COMMIT_TF_PARA ) return 1;
  if( (pTok->mFlag & COMMIT_TF_NL) && tokIsTableRow(z, n, pTok) ) return 1;
  /* each field of a notice is a sentence of its own: "Host:      MPS" */
  if( (pTok->mFlag & COMMIT_TF_NL) && tokIsFieldLine(z, n, pTok->iStart) ) return 1;
  /* each row of a table with bars is a sentence of its own */
  if( (pTok->mFlag & COMMIT_TF_NL)
   && (tokLineBars(z, n, pTok->iStart)>=2 || tokLineBars(z, n, pPrev->iStart)>=2) ){
    return 1;
  }
  if( pTok->mFlag & COMMIT_TF_NL ){
    if( pTok->eType==COMMIT_TOK_PUNCT
     && (pTok->cPunct=='*' || pTok->cPunct=='-' || pTok->cPunct=='#') ){
      return 1;
    }
    if( tokBulletBarLine(z, n, pPrev->iStart) ) return 1;
    if( tokLeaderLine(z, n, pPrev->iStart) || tokLeaderLine(z, n, pTok->iStart) ) return 1;
    if( tokDateLine(z, n, pTok->iStart)
     && ((c!=',' && c!='-') || (pPrev->mFlag & COMMIT_TF_NL)) ){
      return 1;                     /* (after a cell holding only "-") */
    }
    if( tokYearEntryLine(z, n, pTok->iStart) && c!=','
     && !(pPrev->eType==COMMIT_TOK_WORD && tokIsFunctionWord(z, pPrev)) ){
      return 1;              /* "2012 – IMM3, Hanoi: ...", a timeline's entry */
    }
    if( pPrev->eType==COMMIT_TOK_NUM && pPrev->iEnd - pPrev->iStart==4
     && (z[pPrev->iStart]=='1' || z[pPrev->iStart]=='2') && nTok>=3
     && aTok[nTok-2].eType==COMMIT_TOK_WORD && tokIsMonth(z + aTok[nTok-2].iStart,
                                                          aTok[nTok-2].iEnd - aTok[nTok-2].iStart)
     && (pTok->mFlag & COMMIT_TF_CAP) && pTok->iStart>0 && z[pTok->iStart-1]=='\n' ){
      /* "Phnom Penh, Kingdom of Cambodia, Thursday 30 April 2015" over
      ** "Delivered on behalf of ...": a line ending in a full date (not
      ** an entry's indented field: "* SOM6, 5-7 November 2008\n  Venue:") */
      return 1;
    }
    /* A short line ends a headline, unless its paragraph is a block of
    ** lines wrapped at a fixed width ("... (COMMIT) Senior\nOfficials
    ** Meeting (SOM) and ...") and it is one of the full lines. */
    if( iPrevLineLen<TOK_SHORT_LINE && c!=',' && c!='-' && c!='('
     && !(bWrapped && iPrevLineLen>=TOK_WRAP_LINE)
     && !(pPrev->eType==COMMIT_TOK_WORD && !(pPrev->mFlag & COMMIT_TF_CAP)
          && iPrevLineLen>=TOK_SHORT_LINE-8)
     && !(pPrev->eType==COMMIT_TOK_WORD && tokIsFunctionWord(z, pPrev)) ){
      return 1;
    }
    if( bPrevAllCaps && !(pTok->mFlag & COMMIT_TF_UPPER) ) return 1;
    /* A line opening with a word in capitals ("BANGKOK, Nov. 23 (VNA)")
    ** after a line of prose: a dateline or a heading. */
    if( !bPrevAllCaps && (pTok->mFlag & COMMIT_TF_UPPER)
     && pTok->iEnd - pTok->iStart>=3 && c!=',' && c!='-'
     && pPrev->eType==COMMIT_TOK_WORD && !tokIsFunctionWord(z, pPrev) ){
      int e = pTok->iEnd;
      while( z[e]==' ' ) e++;
      if( z[e]==',' || z[e]=='(' ) return 1;
    }
  }
  /* Closing quotes and brackets after the stop belong to the sentence. */
  if( (c=='"' || c=='\'' || c==')') && nTok>=2 ){
    const CommitToken *p2 = &aTok[nTok-2];
    if( p2->eType==COMMIT_TOK_PUNCT
     && (p2->cPunct=='.' || p2->cPunct=='!' || p2->cPunct=='?') ){
      c = '.';
      pPrev = p2;
    }
  }
  /* A citation mark after the stop belongs to the sentence: "began in
  ** mid-2003.[3] The six governments ...". */
  if( c==']' ){
    int k = nTok-1;
    while( k>=3 && aTok[k].eType==COMMIT_TOK_PUNCT && aTok[k].cPunct==']'
        && aTok[k-1].eType==COMMIT_TOK_NUM
        && aTok[k-2].eType==COMMIT_TOK_PUNCT && aTok[k-2].cPunct=='[' ){
      k -= 3;                                 /* "[12][13]" */
    }
    if( k<nTok-1 && aTok[k].eType==COMMIT_TOK_PUNCT
     && (aTok[k].cPunct=='.' || aTok[k].cPunct=='!' || aTok[k].cPunct=='?') ){
      c = '.';
      pPrev = &aTok[k];
    }
  }
  /* A footnote number glued to the stop: "a memorandum of
  ** understanding.15 The memorandum", "on 29 October 2004.16 It". */
  if( c==0 && pPrev->eType==COMMIT_TOK_NUM && nTok>=3
   && pPrev->iEnd - pPrev->iStart<=3
   && aTok[nTok-2].eType==COMMIT_TOK_PUNCT && aTok[nTok-2].cPunct=='.'
   && aTok[nTok-2].iEnd==pPrev->iStart && aTok[nTok-3].iEnd==aTok[nTok-2].iStart
   && (aTok[nTok-3].eType==COMMIT_TOK_WORD
       || (aTok[nTok-3].eType==COMMIT_TOK_NUM && aTok[nTok-3].iEnd - aTok[nTok-3].iStart==4))
   && (pTok->mFlag & (COMMIT_TF_SPACE|COMMIT_TF_NL)) && (pTok->mFlag & COMMIT_TF_CAP) ){
    return 1;
  }
  if( c=='.' || c=='!' || c=='?' ){
    if( !(pTok->mFlag & COMMIT_TF_SPACE) ) return 0;
    if( c=='.' && pPrev==&aTok[nTok-1] && !(pTok->mFlag & COMMIT_TF_NL)
     && nTok>=TOK_LEADER_DOTS ){
      /* a dot leader: "Joined COMMIT ........ 29 October" (the dots
      ** before it, counted on the tokens: no rescan of the line) */
      int k = nTok-1;
      while( k>=0 && k>nTok-1-TOK_LEADER_DOTS && aTok[k].eType==COMMIT_TOK_PUNCT
          && aTok[k].cPunct=='.' ){
        k--;
      }
      if( k==nTok-1-TOK_LEADER_DOTS ) return 0;
    }
    if( c=='.' && pPrev==&aTok[nTok-1] && !(pTok->mFlag & COMMIT_TF_NL)
     && tokRowHead(z, aTok, nTok) ){
      return 0;
    }
    if( c=='.' && nTok>=2 && pPrev==&aTok[nTok-1]
     && commitTokenIsAbbrev(z, &aTok[nTok-2]) ){
      return 0;
    }
    if( pTok->mFlag & COMMIT_TF_CAP ) return 1;
    if( pTok->eType==COMMIT_TOK_NUM ) return 1;
    if( pTok->eType==COMMIT_TOK_PUNCT
     && (pTok->cPunct=='"' || pTok->cPunct=='(' || pTok->cPunct=='\''
         || pTok->cPunct=='[') ){
      return 1;
    }
    if( pTok->mFlag & COMMIT_TF_NONASCII ) return 1;
  }
  return 0;
}

/* ==== Page chrome ====================================================== */

/*
** Line prefixes (compared without case) that mark page chrome.  A prefix
** ending in '*' opens a block: the lines after it are chrome too, until a
** line of prose.  Sorted only for reading; the list is short.
*/
static const char *const azTokChrome[] = {
  "(photo", "advertisement", "all rights reserved", "back to top",
  "categories:", "category:", "classified by", "click here", "comments",
  "copyright", "declassified", "e.o. 12958", "e.o.12958", "email this",
  "filed under", "fm ", "follow us", "home >", "home |", "home /",
  "in this issue", "info ", "keywords:", "labels:", "leave a comment", "leave a reply",
  "more from*", "more news*", "more stories*", "most popular*",
  "most read*", "newer post", "next in*", "next post", "older post",
  "photo by", "photo credit", "photo:", "posted by", "posted in",
  "posted on", "prev post", "previous post", "print this", "read also*",
  "read more*", "reason:", "related*", "see also*", "share this",
  "share on", "share:", "sipdis", "subscribe", "tags:", "tags ",
  "to secstate", "top stories*", "trending*", "tweet", "you are here",
  "you may also like*", "\xc2\xa9", "breaking:", "ticker",
  "also read*", "read next*", "see more*", "more:*", "latest:", "latest news*",
  "recommended*", "you might also like*", "editor:", "reporter:", "source:",
  "written by", "story by", "reported by", "edited by", "for more information*",
  "media contact*", "contact:*", "tags*", "references*", "external links*",
  "further reading*", "sources*", "recent posts*", "recent news*",
  "recent articles*", "recent stories*", "other news*", "popular posts*",
  "latest posts*",
};

/* True if the chrome prefix zPre credits a person ("Reporter:", "Editor:"):
** a speaker's turn in a transcript starts the same way. */
static int tokIsCredit(const char *zPre) {
  return strcmp(zPre, "reporter:")==0 || strcmp(zPre, "editor:")==0
      || strcmp(zPre, "source:")==0;
}

/* True if the bytes at z (n available) start with zPrefix, ignoring case. */
static int tokStartsCi(const char *z, int n, const char *zPrefix) {
  int i;
  for(i=0; zPrefix[i] && zPrefix[i]!='*'; i++){
    char c;
    if( i>=n ) return 0;
    c = z[i];
    if( c>='A' && c<='Z' ) c += 32;
    if( c!=zPrefix[i] ) return 0;
  }
  return 1;
}

/*
** True if the line is a teaser's link, "Read more »", "Read more >>",
** "Continue reading ...": a link of its own, not the heading of a link
** list (the lines after it are the next item of an archive page).
*/
static int tokMoreLink(const char *z, int n) {
  static const char *const az[] = { "read more", "continue reading", "read full story" };
  int i, k, bMark = 0;
  for(k=0; k<(int)(sizeof(az)/sizeof(az[0])); k++){
    int m = (int)strlen(az[k]);
    if( !tokStartsCi(z, n, az[k]) ) continue;
    for(i=m; i<n; i++){
      unsigned char c = (unsigned char)z[i];
      if( c==' ' || c=='\t' ) continue;
      if( c==':' || (c<0x80 && (c>='a' && c<='z')) || (c>='A' && c<='Z')
       || (c>='0' && c<='9') ){
        return 0;
      }
      bMark = 1;          /* ">", "...", "\xc2\xbb" and the like */
    }
    return bMark;
  }
  return 0;
}

/* True if the line is a cable date-time group line: "R 291015Z OCT 04". */
static int tokIsDtgLine(const char *z, int n) {
  int i = 0, nDigit = 0;
  if( n>=2 && z[1]==' ' && (z[0]=='R' || z[0]=='P' || z[0]=='O' || z[0]=='Z') ){
    i = 2;
  }
  while( i<n && z[i]>='0' && z[i]<='9' ){ nDigit++; i++; }
  return nDigit==6 && i<n && z[i]=='Z';
}

/* Count of separators " | ", " • " and " ▸ " in the line (tickers, menus). */
static int tokBarCount(const char *z, int n) {
  int i, nBar = 0;
  for(i=1; i+1<n; i++){
    if( z[i]=='|' && z[i-1]==' ' && z[i+1]==' ' ) nBar++;
    if( (u8)z[i]==0xE2 && i+3<n && (u8)z[i+1]==0x80 && (u8)z[i+2]==0xA2
     && z[i-1]==' ' && z[i+3]==' ' ){
      nBar++;                                     /* U+2022 bullet */
    }
    if( z[i]=='|' && i+2<n && z[i+1]=='|' && z[i-1]==' ' && z[i+2]==' ' ){
      nBar++;                                      /* "a  ||  b  ||  c" */
    }
    if( (u8)z[i]==0xE2 && i+3<n && (u8)z[i+1]==0x96
     && ((u8)z[i+2]==0xB8 || (u8)z[i+2]==0xBA) && z[i-1]==' ' && z[i+3]==' ' ){
      nBar++;                        /* U+25B8, U+25BA: "BREAKING ▸ a ▸ b" */
    }
  }
  return nBar;
}

/*
** True if an ordinal's suffix ends at byte j (the "st", "nd", "rd", "th"
** of "8th", "First") and its series follows: " SOM" or " IMM".
*/
static int tokOrdinalSeries(const char *z, int n, int j) {
  return j>=2 && j+4<=n
      && ((z[j-2]=='s' && z[j-1]=='t') || (z[j-2]=='n' && z[j-1]=='d')
          || (z[j-2]=='r' && z[j-1]=='d') || (z[j-2]=='t' && z[j-1]=='h'))
      && z[j]==' ' && ((z[j+1]=='S' && z[j+2]=='O' && z[j+3]=='M')
                       || (z[j+1]=='I' && z[j+2]=='M' && z[j+3]=='M'));
}

/*
** The end of a meeting's code opening a table cell at byte i, or i: a
** code ("SOM1"), perhaps written "SOM 3" or "IMM-2", or an ordinal before
** its series ("8th SOM").
*/
static int tokCellCode(const char *z, int n, int i) {
  int j = tokCodeEnd(z, n, i), k;
  if( j>i ) return j;
  for(j=i; j<n && z[j]>='A' && z[j]<='Z'; j++){}
  if( j-i>=2 && j+1<n && (z[j]==' ' || z[j]=='-') && z[j+1]>='0' && z[j+1]<='9' ){
    for(k=j+1; k<n && z[k]>='0' && z[k]<='9'; k++){}
    if( k==n || z[k]==' ' || z[k]=='|' ) return k;
  }
  for(j=i; j<n && z[j]>='0' && z[j]<='9'; j++){}
  if( j>i && tokOrdinalSeries(z, n, j+2) ) return j+6;      /* "8th SOM" */
  return i;
}

/*
** True if a cell of the line opens with a code of two or more capitals
** and digits ("SOM1", "IMM2", "SOM 3", "IMM-2", "8th SOM"): a row of a
** table ("Jul 28-30, 2004 | SOM1 | Bangkok"), not a menu ("| COMMIT SOM6:
** notes from Vientiane |").
*/
static int tokHasCode(const char *z, int n) {
  int i = 0;
  /* or the row's first cell: "- SOM7 | Bagan, Myanmar | 20-21 January
  ** 2010", a list of past meetings */
  while( i<n && (z[i]==' ' || z[i]=='-' || z[i]=='*' || z[i]=='|') ) i++;
  if( i<n && tokCodeEnd(z, n, i)>i ) return 1;
  {
    /* "First SOM  | 28-30 July 2004 |", "SOM & IMM4 | ...": an ordinal
    ** word before its series, or a code later in the first cell */
    int j = i, e = i;
    while( e<n && z[e]!='|' ) e++;
    while( j<e && z[j]>='A' && z[j]<='z' ) j++;
    if( j-i>=4 && tokOrdinalSeries(z, e, j) && (j+4==e || z[j+4]==' ') ) return 1;
    if( e<n ){
      for(j=i+1; j<e; j++){
        if( z[j-1]==' ' && tokCodeEnd(z, e, j)>j ) return 1;
      }
    }
  }
  for(i=1; i<n; i++){
    /* the code opens its cell: "| SOM1 |", not "| COMMIT SOM6: notes" */
    int k = i-1;
    if( z[k]!=' ' && z[k]!='|' ) continue;
    while( k>=0 && z[k]==' ' ) k--;
    if( k>=0 && z[k]=='|' && z[i]!=' ' ){
      if( tokCellCode(z, n, i)>i ) return 1;
      {
        /* "| SOM / IMM4 |": a joint label whose SOM has no number */
        int j = i;
        while( j<n && z[j]>='A' && z[j]<='Z' ) j++;
        if( j-i>=2 && j+2<n && z[j]==' ' && z[j+1]=='/' && z[j+2]==' '
         && tokCodeEnd(z, n, j+3)>j+3 ){
          return 1;
        }
      }
    }
  }
  return 0;
}

/* True if a line has no lower-case ASCII letter but has some letter. */
static int tokLineAllCaps(const char *z, int n) {
  int i, bLetter = 0;
  for(i=0; i<n; i++){
    if( z[i]>='a' && z[i]<='z' ) return 0;
    if( z[i]>='A' && z[i]<='Z' ) bLetter = 1;
  }
  return bLetter;
}

/* True if the line opens a numbered paragraph, as a cable's body does:
** "1. (SBU) SUMMARY: SENIOR OFFICIALS ..." is no header line. */
static int tokNumberedParagraph(const char *zLine, int n) {
  int i = 0;
  while( i<n && i<3 && zLine[i]>='0' && zLine[i]<='9' ) i++;
  return i>0 && i+1<n && zLine[i]=='.' && zLine[i+1]==' ';
}

/*
** Classify the line starting at byte iStart.  Updates the block state in
** p and returns true if the line is chrome.
*/
/* Bytes of a paragraph read to tell it is prose, at most. */
#define TOK_PROSE_LOOK 400
/* ... and the bytes it needs to be prose. */
#define TOK_PROSE_MIN 120

/*
** True if byte i opens a paragraph of hard-wrapped prose: the first line
** after a blank line, the paragraph running to TOK_PROSE_MIN bytes or more
** and holding a full stop at a line's or a sentence's end ("This item was
** first published on February 16, 2012 and is reproduced\nfrom our partner
** feed. Details ...").  It ends a block of chrome as a long line of prose
** does.  Reads at most TOK_PROSE_LOOK bytes, once per paragraph.
*/
static int tokProseParagraph(const char *z, int n, int i) {
  int j, e = i + TOK_PROSE_LOOK < n ? i + TOK_PROSE_LOOK : n, bStop = 0;
  if( i<2 || z[i-1]!='\n' ) return 0;
  for(j=i-2; j>=0 && (z[j]==' ' || z[j]=='\t' || z[j]=='\r'); j--){}
  if( j>=0 && z[j]!='\n' ) return 0;              /* (not after a blank line) */
  for(j=i; j<e; j++){
    if( z[j]=='\n' ){
      int k = j+1;
      while( k<n && (z[k]==' ' || z[k]=='\t' || z[k]=='\r') ) k++;
      if( k>=n || z[k]=='\n' ) break;              /* the paragraph ends */
    }
    /* (a full stop after a lower-case word: not "1. Spring planting") */
    if( z[j]=='.' && j>i && z[j-1]>='a' && z[j-1]<='z'
     && (j+1>=n || z[j+1]==' ' || z[j+1]=='\n' || z[j+1]=='\r') ){
      bStop = 1;
    }
  }
  return bStop && j-i>=TOK_PROSE_MIN;
}

static int tokLineChrome(TokScan *p, int iStart) {
  const char *zLine = p->z + iStart;
  const char *zNl = memchr(zLine, '\n', (size_t)(p->n - iStart));
  int n = zNl ? (int)(zNl - zLine) : p->n - iStart, i;
  int bProse;
  char c0;
  while( n>0 && (zLine[n-1]==' ' || zLine[n-1]=='\r' || zLine[n-1]=='\t') ){
    n--;
  }
  bProse = n>=90 && (zLine[n-1]=='.' || zLine[n-1]==',');
  if( p->bChromeBlock ){
    /* a block opened above the story ("Trending: ..." over a repost) ends
    ** at its first paragraph of prose, wrapped or not; one after it (the
    ** links under the story) only at a long line of prose */
    if( !bProse && (p->bSeenProse || !tokProseParagraph(p->z, p->n, iStart)) ) return 1;
    p->bChromeBlock = 0;
  }
  if( tokMoreLink(zLine, n) ) return 1;
  c0 = n>0 && zLine[0]>='A' && zLine[0]<='Z' ? zLine[0]+32 : n>0 ? zLine[0] : 0;
  for(i=0; n>0 && i<(int)(sizeof(azTokChrome)/sizeof(azTokChrome[0])); i++){
    const char *zPre = azTokChrome[i];
    if( zPre[0]!=c0 ) continue;      /* (no prefix can match: the fast test) */
    if( tokStartsCi(zLine, n, zPre) ){
      /* "REPORTER: Delegations from Cambodia, China, ... are meeting at
      ** ...": a transcript's speaker, not a credit line */
      if( bProse && tokIsCredit(zPre) ) return 0;
      if( zPre[strlen(zPre)-1]=='*' ) p->bChromeBlock = 1;
      return 1;
    }
  }
  if( tokIsDtgLine(zLine, n) ) return 1;
  if( tokBarCount(zLine, n)>=2 && !tokHasCode(zLine, n) ) return 1;
  if( p->bPrevChrome && n<60 && tokLineAllCaps(zLine, n)
   && !tokNumberedParagraph(zLine, n) ){
    return 1;
  }
  if( !p->bSeenProse && (bProse || tokProseParagraph(p->z, p->n, iStart)) ){
    p->bSeenProse = 1;
  }
  return 0;
}

/*
** True if the paragraph starting at byte i is wrapped at a fixed width, as
** cables are: at least TOK_WRAP_MIN_LINES lines, all but the last between
** TOK_WRAP_LINE and TOK_WRAP_MAX bytes (of the first TOK_WRAP_LOOK).  A
** headline followed by a sentence is not.
*/
static int tokParagraphWrapped(const char *z, int n, int i) {
  int nLine = 0, nFull = 0, bLastFull = 0;
  while( i<n && nLine<TOK_WRAP_LOOK ){
    int j = i, e;
    while( j<n && z[j]!='\n' ) j++;
    e = j;
    while( e>i && (z[e-1]==' ' || z[e-1]=='\r' || z[e-1]=='\t') ) e--;
    if( e==i ) break;                      /* a blank line ends it */
    nLine++;
    bLastFull = e-i>=TOK_WRAP_LINE && e-i<=TOK_WRAP_MAX;
    nFull += bLastFull;
    i = j+1;
  }
  return nLine>=TOK_WRAP_MIN_LINES
      && (nFull==nLine || (nFull==nLine-1 && !bLastFull));
}

/* ==== The sentence scanner ============================================= */

/*
** Scan the n bytes of z and call xSentence(pCtx, z, &sentence) for each
** sentence.  Returns SQLITE_OK, SQLITE_NOMEM, or the first non-zero value
** returned by xSentence.  The token buffer is allocated once.
*/
int commitTokenizeText(const char *z, int n, CommitSentenceCb xSentence,
                       void *pCtx) {
  CommitToken *aTok;
  CommitSentence sent;
  TokScan scan;
  int nTok = 0, i = 0, rc = SQLITE_OK;
  int iSentence = 0, iSentLine = 0, bSentChrome = 0;
  CommitToken t;

  aTok = sqlite3_malloc64(sizeof(CommitToken) * COMMIT_MAX_SENTENCE_TOKENS);
  if( aTok==0 ) return SQLITE_NOMEM;
  memset(&scan, 0, sizeof(scan));
  scan.z = z;
  scan.n = n;
  scan.bLineChrome = tokLineChrome(&scan, 0);
  scan.bBlock = tokParagraphWrapped(z, n, 0);
  while( rc==SQLITE_OK && tokNext((const u8 *)z, n, &i, &t) ){
    int iPrevLineLen = 0, bPrevAllCaps = 0;
    t.mWl = commitWordFirstMask(z, &t);
    if( t.mFlag & COMMIT_TF_NL ){
      int j = t.iStart;
      while( j>0 && z[j-1]!='\n' ) j--;
      iPrevLineLen = nTok>0 ? aTok[nTok-1].iEnd - scan.iLineStart : 0;
      bPrevAllCaps = iPrevLineLen>0
          && tokLineAllCaps(z + scan.iLineStart, iPrevLineLen);
      scan.iLineStart = j;
      scan.iLine++;
      if( t.mFlag & COMMIT_TF_PARA ) scan.iLine++;
      scan.bPrevChrome = scan.bLineChrome;
      scan.bLineChrome = tokLineChrome(&scan, j);
      if( t.mFlag & COMMIT_TF_PARA ) scan.bBlock = tokParagraphWrapped(z, n, j);
    }
    if( nTok>0 && (nTok>=COMMIT_MAX_SENTENCE_TOKENS
                   || tokIsBoundary(z, n, aTok, nTok, &t, iPrevLineLen,
                                    bPrevAllCaps, scan.bBlock)) ){
      sent.aTok = aTok;
      sent.nTok = nTok;
      sent.iSentence = iSentence++;
      sent.bChrome = bSentChrome;
      sent.iLine = iSentLine;
      rc = xSentence(pCtx, z, &sent);
      nTok = 0;
    }
    if( nTok==0 ){
      iSentLine = scan.iLine;
      bSentChrome = scan.bLineChrome;
    }
    aTok[nTok++] = t;
  }
  if( rc==SQLITE_OK && nTok>0 ){
    sent.aTok = aTok;
    sent.nTok = nTok;
    sent.iSentence = iSentence;
    sent.bChrome = bSentChrome;
    sent.iLine = iSentLine;
    rc = xSentence(pCtx, z, &sent);
  }
  sqlite3_free(aTok);
  return rc;
}
