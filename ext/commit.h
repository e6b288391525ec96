/*
** 2026-11-29
**
** commit.h -- the only internal header of the `commit` SQLite extension.
**
** `commit` turns English reports about the COMMIT process (Coordinated
** Mekong Ministerial Initiative against Trafficking) into facts: meetings,
** documents, actions, signatories, people, organisations and countries.
**
** The public entry point comes first, then one block per .c file, in the
** order of the parsing pipeline:
**
**   tokenize.c   text -> tokens -> sentences (streaming, byte offsets)
**   gazetteer.c  longest-match lookup of phrases (countries, cities, ...)
**   normalize.c  dates, countries, meeting codes (the pure normalisers)
**   html.c       the text read: plain as given, or an HTML page's text with
**                a map from its offsets back to the page's bytes
**   rules.c      sentence-level recognisers producing typed items
**   discourse.c  the report as a whole: anchor date, frames, which meeting
**                each mention refers to
**   facts.c      linking items into one report's finished facts
**   jsonout.c    facts -> commit_parse JSON
**   parse.c      the driver and commit_parse / commit_date / ... SQL functions
**   vtab_*.c     table-valued functions and virtual tables
*/
#ifndef COMMIT_H
#define COMMIT_H

#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT3

#include <stddef.h>

#ifndef COMMIT_VERSION
#define COMMIT_VERSION "unknown"
#endif

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_commit_init(sqlite3 *db, char **pzErrMsg,
                        const sqlite3_api_routines *pApi);

typedef sqlite3_int64 i64;
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef sqlite3_uint64 u64;

/*
** Texts are at most SQLITE_MAX_LENGTH bytes, which cannot exceed 2^31-1,
** so token offsets fit an int.  Lengths handed in from SQLite stay i64
** until they have been checked against that bound.
*/
#define COMMIT_MAX_TEXT 0x7fffffff

/**************************************************************************
** Interface to code in tokenize.c.  It owns splitting UTF-8 text into
** tokens (byte spans, never copies) and grouping tokens into sentences.
*/
#define COMMIT_TOK_WORD 1  /* letters, possibly with digits: IMM3, 14th */
#define COMMIT_TOK_NUM 2   /* ASCII digits only: 2007 */
#define COMMIT_TOK_PUNCT 3 /* one punctuation character (maybe multibyte) */

#define COMMIT_TF_CAP 0x01    /* first character is an upper-case letter */
#define COMMIT_TF_UPPER 0x02  /* all letters upper case, two or more */
#define COMMIT_TF_DIGIT 0x04  /* contains an ASCII digit */
#define COMMIT_TF_SPACE 0x08  /* white space precedes the token */
#define COMMIT_TF_NL 0x10     /* a line break precedes the token */
#define COMMIT_TF_PARA 0x20   /* a blank line precedes the token */
#define COMMIT_TF_NONASCII 0x40 /* contains bytes >= 0x80 */
#define COMMIT_TF_URL 0x80   /* a web address, one token: its words, numbers
                              ** and codes are no facts */

typedef struct CommitToken CommitToken;
struct CommitToken {
  int iStart;  /* byte offset of the first byte in the text */
  int iEnd;    /* byte offset one past the last byte */
  u8 eType;    /* COMMIT_TOK_* */
  u8 mFlag;    /* COMMIT_TF_* bits */
  u16 cPunct;  /* for PUNCT: the folded ASCII character ('-' for dashes) */
  u64 mWl;     /* word lists (bit ORDER WORDLIST) with a phrase this token
               ** can open: commitWordMatch() looks no further when 0 */
};

typedef struct CommitSentence CommitSentence;
struct CommitSentence {
  const CommitToken *aTok; /* tokens of the sentence */
  int nTok;                /* number of tokens in aTok */
  int iSentence;           /* 0-based sentence number in the text */
  int bChrome;             /* true if the sentence is page chrome */
  int iLine;               /* 0-based line number of the first token */
};

/* Sentences longer than this are cut: keeps per-sentence work bounded. */
#define COMMIT_MAX_SENTENCE_TOKENS 400

typedef int (*CommitSentenceCb)(void *pCtx, const char *z,
                                const CommitSentence *pSent);
int commitTokenizeText(const char *z, int n, CommitSentenceCb xSentence,
                       void *pCtx);
int commitTokenize(const char *z, int n, CommitToken *aTok, int nTokMax,
                   int *pnTok);
int commitUtf8Check(const char *z, i64 n);
int commitTokenIs(const char *z, const CommitToken *p, const char *zWord);
int commitTokenIsCi(const char *z, const CommitToken *p, const char *zWord);
int commitTokenNumber(const char *z, const CommitToken *p);
int commitTokenIsAbbrev(const char *z, const CommitToken *p);
int commitTokenIsSkip(const CommitToken *p);
/* End of interface to tokenize.c */

/**************************************************************************
** Interface to code in gazetteer.c and gazetteer_data.c.  They own the
** built-in lists (countries, cities, organisations, titles, lexicon) and
** the per-connection hash of their phrases.
*/
/* ORDER GAZKIND: keep in step with azCommitGazKind in gazetteer.c */
#define COMMIT_GAZ_COUNTRY 1   /* zCode iso2, zExtra iso3, iValue member */
#define COMMIT_GAZ_CITY 2      /* zCountry iso2; iValue 1 capital, Y>1 capital
                               ** since year Y, -Y capital until year Y */
#define COMMIT_GAZ_ORG 3       /* zCode acronym, zCountry, zExtra kind */
#define COMMIT_GAZ_HONORIFIC 4 /* zCode canonical form */
#define COMMIT_GAZ_RANK 5      /* zCode canonical form */
#define COMMIT_GAZ_OFFICE 6    /* zCode canonical form; iValue 1 plural;
                               ** zExtra acronym of the body it names
                               ** ("UN Resident Coordinator": "UN") */
#define COMMIT_GAZ_MONTH 7     /* iValue 1..12 */
#define COMMIT_GAZ_WEEKDAY 8   /* iValue 0 (Sunday) .. 6 */
#define COMMIT_GAZ_ORDINAL 9   /* iValue 1.. */
#define COMMIT_GAZ_CARDINAL 10 /* iValue */
#define COMMIT_GAZ_SERIES 11   /* iValue COMMIT_SERIES_*; zExtra level/name */
#define COMMIT_GAZ_DOC 12      /* iValue COMMIT_DOC_*; zExtra ordinal */
#define COMMIT_GAZ_ACTION 13   /* iValue COMMIT_ACT_*; zExtra "noun" */
#define COMMIT_GAZ_MODAL 14    /* will, expected to, ... */
#define COMMIT_GAZ_RELDAY 15   /* iValue day offset from the anchor */
#define COMMIT_GAZ_VENUE 16    /* a word that heads a venue name */
#define COMMIT_GAZ_ATTENDEE 17 /* delegates, participants, ... */
#define COMMIT_GAZ_QUALIFIER 18 /* nearly, over, ... ; zCode canonical */
#define COMMIT_GAZ_MEETWORD 19 /* meeting, event, conference ... */
#define COMMIT_GAZ_MEETVERB 20 /* iValue COMMIT_ROLE_* */
#define COMMIT_GAZ_HOSTVERB 21 /* iValue COMMIT_HOST_* */
#define COMMIT_GAZ_VIRTUAL 22  /* online, virtually, ... */
#define COMMIT_GAZ_SUBJECT 23  /* ministers, countries, governments ... */
#define COMMIT_GAZ_PORTFOLIO 24 /* "Public Security": iValue = ORG entry */
#define COMMIT_GAZ_BE 25       /* was, were, been ... (passive voice) */
#define COMMIT_GAZ_NEGATION 26 /* not, never, yet to */
#define COMMIT_GAZ_CHROME 27   /* Related posts, Tags:, ... (line starts) */
#define COMMIT_GAZ_DURATION 28 /* two-day: iValue days */
#define COMMIT_GAZ_NKIND 29

#define COMMIT_SERIES_IMM 1
#define COMMIT_SERIES_SOM 2
#define COMMIT_SERIES_OTHER 3 /* a COMMIT meeting of another kind (RTF) */

#define COMMIT_DOC_MOU 1
#define COMMIT_DOC_SPA 2
#define COMMIT_DOC_JD 3
#define COMMIT_DOC_OTHER 4

/* ORDER ACTION: keep in step with azCommitAction in jsonout.c */
#define COMMIT_ACT_SIGNED 1
#define COMMIT_ACT_ADOPTED 2
#define COMMIT_ACT_ENDORSED 3
#define COMMIT_ACT_REVIEWED 4
#define COMMIT_ACT_DISCUSSED 5
#define COMMIT_ACT_LAUNCHED 6

#define COMMIT_ROLE_NEUTRAL 0 /* held, took place */
#define COMMIT_ROLE_START 1   /* opened, began */
#define COMMIT_ROLE_END 2     /* concluded, closed */

#define COMMIT_HOST_HOST 1      /* hosted by, sponsored by */
#define COMMIT_HOST_ORGANIZER 2 /* co-organised by, organised by */
#define COMMIT_HOST_CHAIR 3     /* chaired by */
#define COMMIT_HOST_ACTIVE 4    /* X hosted the meeting */
#define COMMIT_HOST_ANAPHOR (-2) /* aVal[1] of a HOST item: "the ministry",
                                 ** the ministry last named */

typedef struct CommitGazEntry CommitGazEntry;
struct CommitGazEntry {
  u8 eKind;             /* COMMIT_GAZ_* */
  const char *zName;    /* canonical name or phrase */
  const char *zCode;    /* iso2, acronym, canonical spelling, or NULL */
  const char *zCountry; /* iso2 of the country it belongs to, or NULL */
  const char *zAliases; /* ';'-separated other names, or NULL */
  const char *zExtra;   /* kind-specific text (see COMMIT_GAZ_*), or NULL */
  const char *zAdjectives; /* COUNTRY: ';'-separated adjectives, or NULL */
  int iValue;           /* kind-specific number (see COMMIT_GAZ_*) */
};

extern const CommitGazEntry aCommitGazEntry[];
extern const int nCommitGazEntry;

typedef struct CommitGazetteer CommitGazetteer;

/* One candidate entry for a matched phrase; chained through iNext. */
typedef struct CommitGazHit CommitGazHit;
struct CommitGazHit {
  int iEntry;    /* index into aCommitGazEntry */
  u8 eKind;      /* kind of this phrase: the entry's, or GAZ_PORTFOLIO */
  int iNext;     /* next hit for the same key, or -1 */
  u8 bAdjective; /* the phrase is a country adjective (Burmese) */
  u8 bExact;     /* case must match the data (acronyms) */
  u8 bCap;       /* the first token must be capitalised (proper names) */
  const char *zPhrase; /* the data phrase (for exact-case checks) */
  int nPhrase;         /* bytes in zPhrase */
};

/* A longest match of the gazetteer within a sentence. */
typedef struct CommitMention CommitMention;
struct CommitMention {
  int iTok;      /* first token (index into the sentence) */
  int nTok;      /* number of tokens covered */
  int iHit;      /* first CommitGazHit of the key, chained by iNext */
  u32 mAccept;   /* bit k set: the k-th hit of the chain passed case checks */
};

int commitGazetteerNew(CommitGazetteer **ppGaz);
void commitGazetteerFree(CommitGazetteer *pGaz);
void commitGazetteerRef(CommitGazetteer *pGaz);
void commitGazetteerUnref(void *pGaz);
int commitGazetteerMatch(const CommitGazetteer *pGaz, const char *z,
                         const CommitToken *aTok, int nTok, int iTok,
                         CommitMention *pMention);
const CommitGazHit *commitGazetteerHit(const CommitGazetteer *pGaz, int iHit);
const CommitGazHit *commitMentionHit(const CommitGazetteer *pGaz,
                                     const CommitMention *pMention, int eKind);
int commitGazetteerFind(const CommitGazetteer *pGaz, const char *zPhrase,
                        int nPhrase, int eKind);
const char *commitGazKindName(int eKind);
const CommitGazEntry *commitGazCountry(const char *zIso2);
int commitGazCountryIdx(const char *zIso2);
int commitGazIsProcess(int iEntry);
int commitGazCapital(const CommitGazetteer *pGaz, int iCountry, int iYear);
int commitGazetteerLookup(const CommitGazetteer *pGaz, const char *z, int n);

/*
** Word lists (data/words.tsv): the small closed classes of words that the
** recognisers and discourse.c test tokens against ("since", "will", ...).
** Each list is a sorted array of lower-case words or phrases of words.
*/
/* ORDER WORDLIST: keep in step with WORDLISTS in tools/mkgazetteer.py */
#define COMMIT_WL_FRAME_PAST 0    /* a background frame: since, ago, had */
#define COMMIT_WL_FRAME_FUTURE 1  /* an upcoming frame: will, scheduled */
#define COMMIT_WL_FRAME_OCCUR 2   /* taking place: held, take place, open */
#define COMMIT_WL_CLAUSE_STRONG 3 /* a clause about something else: since */
#define COMMIT_WL_CLAUSE 4        /* any new clause: which, where, when */
#define COMMIT_WL_PUB_WORD 5      /* a page date line: updated, posted */
#define COMMIT_WL_MEET_OTHER 6    /* not the report's meeting: next, press */
#define COMMIT_WL_PARTICIPLE_NEXT 7 /* "..., meeting today in": a verb */
#define COMMIT_WL_OTHER_EVENT 8   /* events that are no meeting: festival */
#define COMMIT_WL_PAST_MEET 9     /* met, gathered: "gathered to sign" */
#define COMMIT_WL_IRREALIS 10     /* proposed, urged: "proposed that X sign" */
#define COMMIT_WL_MODAL_AUX 11    /* should, could: "should X be signed" */
#define COMMIT_WL_ACTION_BASE 12  /* sign, adopt: base forms of actions */
#define COMMIT_WL_WITH_MORE 13    /* together with: more attendees follow */
#define COMMIT_WL_PEOPLE_NOUN 14  /* observers, staff: people, not bodies */
#define COMMIT_WL_PROCESS_NOUN 15 /* process, initiative: "the process began" */
#define COMMIT_WL_ATTEND_VERB 16  /* attended, took part: people attended */
#define COMMIT_WL_GROUP_WORD 17   /* NGO, donor: one group of attendees */
#define COMMIT_WL_NOT_NAME 18     /* the, during: never in a person's name */
#define COMMIT_WL_BODY_HEAD 19    /* ministry, department: heads of bodies */
#define COMMIT_WL_PORTFOLIO_WORD 20 /* affairs, security: end a portfolio */
#define COMMIT_WL_VERB_FOLLOW 21  /* on, in, today: after a meeting verb */
#define COMMIT_WL_FUTURE_WORD 22  /* will, scheduled: a future statement */
#define COMMIT_WL_STAT_NOUN 23    /* victims, cases: counted in statistics */
#define COMMIT_WL_INTL_TITLE 24   /* Resident Coordinator: international staff */
#define COMMIT_WL_NAME_PARTICLE 25 /* van, der, bin: lower case inside names */
#define COMMIT_WL_EXTRA_ROLE 26   /* Member: a role beside the office kept */
#define COMMIT_WL_HABITUAL 27     /* regularly, annually: no one meeting */
#define COMMIT_WL_FIELD_LABEL 28  /* WHEN:, WHERE:, HOST: lines of a notice */
#define COMMIT_WL_DOC_ANAPHOR 29  /* text, document: "that text was signed" */
#define COMMIT_WL_OTHER_TALKS 30  /* peace, border: "peace talks" are no meeting */
#define COMMIT_WL_OTHER_SUBJECT 31 /* registration: "Registration closes" */
#define COMMIT_WL_MEET_MODIFIED 32 /* room, folders: "the meeting room" is a thing */
#define COMMIT_WL_HELD_STATE 33   /* captivity, forced: "held in forced labour" */
#define COMMIT_WL_SAY_VERB 34     /* said, so: "said that" opens no relative clause */
#define COMMIT_WL_SAID_ON 35      /* said, told: "said on Thursday" dates the saying */
#define COMMIT_WL_THERE_BE 36     /* was, may: "There was" is no place "there" */
#define COMMIT_WL_LEVEL_DATE_SKIP 37 /* met, on, here: between a level and its date
                                  ** ("officials, who met here on Tuesday") */
#define COMMIT_WL_SPAN_UNIT 38    /* years, decade: "over the next four years" */
#define COMMIT_WL_PLAN_NOUN_LEAD 39 /* a, new: "a new plan to fight" names a plan */
#define COMMIT_WL_FIRST_BY_VERB 40 /* supported, hosted: "the first meeting
                                   ** supported by UN-ACT" is no first */
#define COMMIT_WL_AS_CLAUSE_LEAD 41 /* the, they: ", as the framework ..." opens
                                    ** a clause */
#define COMMIT_WL_ROLE_AT 42      /* researcher, works: "a researcher at the X
                                  ** Centre" is a workplace, no venue */
#define COMMIT_WL_ONLINE_VERB 43  /* held, met, was: "held online" is a
                                  ** meeting's, "defraud strangers online"
                                  ** another verb's */
#define COMMIT_WL_PAGE_VERB 44    /* link, post, click: "we will link the
                                  ** documents here" is the web page */
#define COMMIT_WL_WELCOME_VERB 45 /* welcomed, received: "Hanoi has welcomed
                                  ** COMMIT ministers before" */
#define COMMIT_WL_BEFORE_WORD 46  /* before, twice: ... a history told next */
#define COMMIT_WL_PAIR_NOUN 47    /* meetings, rounds: "both rounds" */
#define COMMIT_WL_MONTH_NAME 48   /* the lexicon's month names, for the
                                  ** tokenizer */
#define COMMIT_WL_TERM_VERB 49   /* ends, runs, expires: "SPA IV ends in 2018"
                                  ** is the document's term */
#define COMMIT_WL_NLIST 50

typedef struct CommitWordList CommitWordList;
struct CommitWordList {
  const char *const *az;  /* sorted words and phrases, lower case */
  int n;                  /* entries in az */
};
extern const CommitWordList aCommitWordList[];

/* A first word of the word lists, and the lists it opens phrases of. */
typedef struct CommitWordFirst CommitWordFirst;
struct CommitWordFirst {
  const char *z;          /* the word, lower case */
  int n;                  /* its bytes */
  u64 mList;              /* bit ORDER WORDLIST */
};
extern const CommitWordFirst aCommitWordFirst[];
extern const int nCommitWordFirst;
/* aCommitWordFirst as a hash table: slot (FNV-1a of the word, linear
** probing) holds entry + 1, 0 if empty; nCommitWordFirstHash a power of 2 */
extern const unsigned short aCommitWordFirstHash[];
extern const int nCommitWordFirstHash;
u64 commitWordFirstMask(const char *z, const CommitToken *t);

int commitWordListHas(int eList, const char *zPhrase);
int commitWordMatchFrom(int eList, const char *z, const CommitToken *aTok,
                        int nTok, int i);
/*
** commitWordMatch(): tokens aTok[i..] spell a phrase of word list eList
** (gazetteer.c).  Inline, so that the test of the token's lists, where
** most calls end, costs no call (2026-12-07, issue 10).
*/
static inline int commitWordMatch(int eList, const char *z,
                                  const CommitToken *aTok, int nTok, int i) {
  if( eList<0 || eList>=COMMIT_WL_NLIST || i<0 || i>=nTok ) return 0;
  if( (aTok[i].mWl & ((u64)1<<eList))==0 ) return 0;
  return commitWordMatchFrom(eList, z, aTok, nTok, i);
}
/* End of interface to gazetteer.c */

/**************************************************************************
** Interface to code in normalize.c.  It owns the calendar (ISO dates,
** weekdays, intervals) and the three pure normalisers behind commit_date,
** commit_country and commit_meeting_code.
*/
/* A calendar value at some grain: y only, y-m, or y-m-d.  0 = unknown. */
typedef struct CommitDay CommitDay;
struct CommitDay {
  int y; /* year, 0 if unknown */
  int m; /* month 1..12, 0 if unknown */
  int d; /* day 1..31, 0 if unknown */
};

/* A meeting of the known calendar (data/meetings.tsv).  The parser reads
** dates from the text only; the calendar is a prior that rejects a year
** the text cannot mean for a numbered meeting. */
typedef struct CommitCalEntry CommitCalEntry;
struct CommitCalEntry {
  int eSeries;       /* COMMIT_SERIES_IMM or COMMIT_SERIES_SOM */
  int iNum;          /* its number */
  CommitDay start;   /* first day (0s where unknown) */
  CommitDay end;     /* last day (0s where unknown) */
};
extern const CommitCalEntry aCommitCalendar[];
extern const int nCommitCalendar;
const CommitCalEntry *commitGazCalendar(int eSeries, int iNum);

int commitDayValid(const CommitDay *p);
int commitDayToJdn(int y, int m, int d);
void commitJdnToDay(int jdn, CommitDay *p);
int commitDayCmp(const CommitDay *a, const CommitDay *b);
int commitDayFormat(const CommitDay *p, char *zBuf, int nBuf);
int commitDayParseIso(const char *z, int n, CommitDay *p);
int commitDayAddDays(CommitDay *p, int nDay);
/* End of interface to normalize.c */

/**************************************************************************
** Interface to code in html.c.  It owns the text a report is read from:
** plain text as given, or an HTML page's text with a map back to the
** page's bytes, through which every reported span goes.
*/
/* ORDER FORMAT: keep in step with azFormat in parse.c */
#define COMMIT_FORMAT_AUTO 0  /* HTML when plainly a page, else text */
#define COMMIT_FORMAT_TEXT 1
#define COMMIT_FORMAT_HTML 2

typedef struct CommitSourceSeg CommitSourceSeg;
struct CommitSourceSeg {
  int iText;            /* first byte of the segment in the text */
  int iSrc;             /* first byte of its source in the input */
  int nSrc;             /* bytes of source */
  u8 bVerb;             /* bytes copied one for one (else atomic) */
};

typedef struct CommitSource CommitSource;
struct CommitSource {
  const char *zIn;      /* the input as given */
  int nIn;              /* its bytes */
  const char *z;        /* the text the pipeline reads: zIn or zBuf */
  int n;                /* its bytes */
  char *zBuf;           /* a page's text (owned), or NULL */
  CommitSourceSeg *aSeg;/* the map (owned), NULL for plain text */
  int nSeg;             /* segments in aSeg */
  int bHtml;            /* read as HTML */
  CommitDay published;  /* a page's date from its meta tags, or zero */
};

int commitHtmlDetect(const char *z, int n);
int commitSourceOpen(CommitSource *p, const char *z, int n, int eFormat);
void commitSourceClose(CommitSource *p);
int commitSourceStart(const CommitSource *p, int i);
int commitSourceEnd(const CommitSource *p, int i);
/* End of interface to html.c */

/**************************************************************************
** Interface to code in rules.c.  It owns the sentence-level recognisers:
** dates, meeting mentions, documents, actions, people, attendance, venues,
** hosts.  Each recogniser reads tokens and gazetteer mentions and appends
** typed items; none of them links items to each other.
*/
/* ORDER ITEM: keep in step with azCommitItemKind in rules.c */
#define COMMIT_ITEM_DATE 1       /* a date expression */
#define COMMIT_ITEM_MEETING 2    /* a mention of a COMMIT meeting */
#define COMMIT_ITEM_PLACE 3      /* a city */
#define COMMIT_ITEM_COUNTRY 4    /* a country or adjective */
#define COMMIT_ITEM_PERSON 5     /* a person */
#define COMMIT_ITEM_TITLE 6      /* an office title */
#define COMMIT_ITEM_ORG 7        /* an organisation */
#define COMMIT_ITEM_DOCUMENT 8   /* a document */
#define COMMIT_ITEM_NUMBER 9     /* a number (attendance candidate) */
#define COMMIT_ITEM_ACTION 10    /* an action verb */
#define COMMIT_ITEM_VENUE 11     /* a venue name */
#define COMMIT_ITEM_PERIOD 12    /* a plan period 2008-2010 */
#define COMMIT_ITEM_VERB 13      /* held/opened/concluded (meeting role) */
#define COMMIT_ITEM_HOST 14      /* hosted by / co-organised by marker */
#define COMMIT_ITEM_VIRTUAL 15   /* held online */
#define COMMIT_ITEM_DURATION 16  /* two-day */
#define COMMIT_ITEM_HERE 17      /* "here": the dateline city */
#define COMMIT_ITEM_SUBJECT 18   /* "the six ministers" */
#define COMMIT_ITEM_NKIND 19

/* How a person's organisation is written (PERSON aVal[4]). */
#define COMMIT_ORG_WRITTEN 1   /* as written: "Criminal Police Department" */
#define COMMIT_ORG_MINISTRY 2  /* a portfolio: "Ministry of " + surface */

/* Flags of date items. */
#define COMMIT_DF_RANGE 0x01    /* an interval: a..b */
#define COMMIT_DF_NAMEDWD 0x100000 /* "Thursday, 16 February": aVal[6] is the
                                ** weekday the text names for the day */
#define COMMIT_DF_BEFOREANCHOR 0x80000 /* "last month, on 21-22 February": the
                                ** latest such month before the anchor's */
#define COMMIT_DF_WEEKDAY 0x02  /* a bare weekday, resolved later */
#define COMMIT_DF_RELDAY 0x04   /* today/yesterday, resolved later */
#define COMMIT_DF_NOYEAR 0x08   /* day and month without a year */
#define COMMIT_DF_FUTURE 0x10   /* the sentence is in the future tense */
#define COMMIT_DF_DATELINE 0x20 /* a dateline or page date */
#define COMMIT_DF_RESPECT 0x40  /* the sentence says "respectively" */
#define COMMIT_DF_REFERENCE 0x80 /* "since 2004": a reference point */
#define COMMIT_DF_LAST 0x100    /* "last December": the latest one before */
#define COMMIT_DF_PREVYEAR 0x200 /* "March last year": the anchor's year - 1 */
#define COMMIT_DF_NEXTYEAR 0x400 /* "March next year": the anchor's year + 1 */
#define COMMIT_DF_THISYEAR 0x800 /* "this year": the anchor's year */
#define COMMIT_DF_RELMONTH 0x1000 /* "last month": aVal[7] months from the anchor */
#define COMMIT_DF_DAYONLY 0x4000 /* "on the 14th": a day of the anchor's month */
#define COMMIT_DF_NEXTDAY 0x8000 /* "the following day": the day after the
                                 ** date told before (discourse.c fills it) */
#define COMMIT_DF_BEFORELAST 0x40000 /* "the Wednesday before last": the one
                                    ** before the latest */
#define COMMIT_DF_LASTWEEK 0x20000 /* "from Monday to Friday last week": the
                                  ** weekdays of the week before the anchor's */
#define COMMIT_DF_SAMEYEAR 0x10000 /* "in October of the same year": the
                                  ** year last stated, plus aVal[7] ("of the
                                  ** previous year": -1) */
#define COMMIT_DF_PAIR 0x2000   /* "14-15 / 16 Feb 2012": one of two dates of
                                ** a joint session, in the order of its label */

typedef struct CommitItem CommitItem;
struct CommitItem {
  u8 eKind;       /* COMMIT_ITEM_* */
  u8 eFrame;      /* COMMIT_FRAME_* of its clause (set by discourse.c) */
  short iTok;     /* first token within the sentence (a sentence has at
                  ** most COMMIT_MAX_SENTENCE_TOKENS) */
  short iTokEnd;  /* token past the last one */
  int iStart;     /* byte offset of the first byte of the surface */
  int iEnd;       /* byte offset past the surface */
  int iEntry;     /* gazetteer entry, or -1 */
  int iEntry2;    /* second gazetteer entry (organisation of a person...) */
  int aVal[8];    /* kind-specific values, see rules.c header */
  int mFlag;      /* kind-specific flags (COMMIT_DF_* for dates) */
  int iName;      /* PERSON: byte offset of the name, else -1 */
  int nName;      /* PERSON: bytes in the name */
  int iAux;       /* kind-specific byte offset (honorific, qualifier) */
  int nAux;       /* bytes at iAux */
  int iAux2;      /* PERSON: byte offset of the office title, or -1 */
  int nAux2;      /* bytes at iAux2 */
  int iAux3;      /* PERSON: byte offset of the organisation as written
                  ** (aVal[4] says how it is read), or -1 */
  int nAux3;      /* bytes at iAux3 */
  int iFocusYear; /* DATE without a year: the year of the meeting last told
                  ** of in the story ("was held in Beijing in 2007. ...
                  ** met on 12 and 13 December"), 0 if none */
  int iSection;   /* DATE: the date of its section of a digest page, as
                  ** y*10000+m*100+d (0: the report's anchor); HERE: the
                  ** section's city entry + 1 (0: the dateline's) */
};

typedef struct CommitItems CommitItems;
struct CommitItems {
  CommitItem *a; /* items in order of iStart */
  int n;         /* number of items */
  int nAlloc;    /* allocated slots */
};

typedef struct CommitSentenceCtx CommitSentenceCtx;
struct CommitSentenceCtx {
  const CommitGazetteer *pGaz;  /* the gazetteer */
  const char *z;                /* the whole text */
  const CommitSentence *pSent;  /* the sentence */
  CommitMention *aMention;      /* per-token: mention starting there */
  int *aCover;                  /* per-token: index of covering mention */
  int nMention;                 /* number of mentions */
  int bDayFirst;                /* the page writes slashed dates day first */
};

int commitRulesSentence(CommitSentenceCtx *p, CommitItems *pItems);
int commitSlashDayFirst(const char *z, int n);
int commitRulesTag(CommitSentenceCtx *p, CommitMention **paBuf,
                   int **paCover, int *pnAlloc);
int commitItemsAppend(CommitItems *p, const CommitItem *pItem);
void commitItemsReset(CommitItems *p);
void commitItemsFree(CommitItems *p);
const char *commitItemKindName(int eKind);
/* End of interface to rules.c */

/**************************************************************************
** Interface to code in discourse.c and facts.c.  Together they own one
** report's facts.  discourse.c reads the report as a whole: its anchor date,
** the frame of every clause (the report's own event, a background one, an
** upcoming one) and which meeting each meeting mention refers to.  facts.c
** links the items of each sentence to meetings and documents, merges
** mentions of the same thing and finishes every value before output.
** Facts hold byte offsets into the text, never copies.
*/
typedef struct CommitFacts CommitFacts;
typedef struct CommitParseOpt CommitParseOpt;
struct CommitParseOpt {
  CommitDay published;  /* anchor from options (YYYY, YYYY-MM or a full
                        ** date), or all zero */
  const char *zSource;  /* source label from options, or NULL */
  int nSource;          /* bytes in zSource */
  int eFormat;          /* COMMIT_FORMAT_*: options' "format" */
  const CommitSource *pSrc; /* the run's source: maps spans to the input */
};

/* ORDER FRAME: the frame of a clause (CommitItem.eFrame). */
#define COMMIT_FRAME_CURRENT 0    /* the report's own event(s) */
#define COMMIT_FRAME_BACKGROUND 1 /* an earlier one: "since 2004", "had signed" */
#define COMMIT_FRAME_UPCOMING 2   /* a later one: "will be held", "next" */

/* How a meeting record was first named (CommitFMeeting.eForm). */
#define COMMIT_FORM_LABEL 0   /* "IMM3", "the Senior Officials Meeting (SOM)" */
#define COMMIT_FORM_LEVEL 1   /* "the ministerial meeting", "senior officials met" */
#define COMMIT_FORM_GENERIC 2 /* "the meeting", "a meeting in Yangon" */
#define COMMIT_FORM_CUE 3     /* no mention: "convened here yesterday" */

/* Limits that keep fact records fixed-size. */
#define COMMIT_FACTS_MAX_HOSTS 6     /* hosts or organisers kept per meeting */
#define COMMIT_FACTS_MAX_PARTIES 16  /* parties kept per action */
#define COMMIT_FACTS_MAX_MEETREFS 16 /* meeting mentions kept per sentence */
#define COMMIT_FACTS_MAIN (-2)       /* meeting index: the main meeting */
/* Countries come first in aCommitGazEntry: their entries are below this. */
#define COMMIT_GAZ_NCOUNTRY_MAX 256
/* Meeting numbers with a label slot (IMM1..IMM99, SOM1..SOM99). */
#define COMMIT_FACTS_MAX_NUMBER 100

/* A date reference: a copy of the date item and which end of it. */
typedef struct CommitFDate CommitFDate;
struct CommitFDate {
  u8 bSet;           /* true if this date is known */
  u8 iPart;          /* 0: its start, 1: its end */
  u8 bWeak;          /* dates an action ("signed on Friday"), not the
                     ** meeting: any other date replaces it */
  u8 bExplicit;      /* told as this end ("runs through the 15th") or start
                     ** ("opened on Wednesday"), not as the day of a
                     ** one-day telling */
  int nOffset;       /* days to add after resolution (durations) */
  CommitItem it;     /* the date item */
};

/* A host or organiser reference. */
typedef struct CommitFHost CommitFHost;
struct CommitFHost {
  int iStart, iEnd;  /* surface (for entities not in the gazetteer) */
  short iEntry;      /* gazetteer entry, or -1 (nCommitGazEntry < 2^15) */
  signed char eKind; /* COMMIT_GAZ_ORG, COMMIT_GAZ_COUNTRY, or -1 */
  u8 bWritten;       /* named as written: a government ("Royal Thai
                     ** Government"), not its country's short name */
};

typedef struct CommitFMeeting CommitFMeeting;
struct CommitFMeeting {
  /* (The small fields are bytes, gazetteer entries shorts: a long report
  ** holds a record for every meeting mention, 2026-12-07, issue 10.) */
  CommitFHost *aHost;  /* hosts: COMMIT_FACTS_MAX_HOSTS slots of the
                       ** report's host pool, NULL until the first (most
                       ** records have none); nHost used */
  CommitFHost *aOrg;   /* organisers, the same way; nOrg used */
  short iCity;       /* city entry or -1 */
  short iCountry;    /* country entry or -1 */
  short iCapitalOf;  /* iCity was read as "the <country> capital": that
                     ** country entry (the city depends on the date), -1 */
  short iHeldIn;     /* country entry where it was held, or -1 (finished
                     ** by commitFactsFinish) */
  u8 eSeries;        /* COMMIT_SERIES_* or 0 */
  u8 eForm;          /* COMMIT_FORM_* of the record */
  u8 eFrame;         /* COMMIT_FRAME_* of its mentions (final after finish) */
  u8 bAged;          /* current by its words, background by its date only */
  u8 bNext;          /* named as "the next SOM": planned, a meeting though
                     ** nothing more is known of it */
  u8 bIndef;         /* named with "a": "a meeting in Yangon" */
  u8 bVirtual;       /* held online */
  u8 bOut;           /* appears in the output */
  int iMerged;       /* merged into this meeting, or -1 (beside iCity and
                     ** the kinds: the searches of all records read them) */
  int iNum;          /* number, 0 if not given */
  int iFirst;        /* byte offset of the first mention (ordering) */
  int iNameStart, iNameEnd;  /* surface of the first labelled mention */
  int iGroup;        /* joint group tag (0 none) */
  int iPartner;      /* meeting index of the joint partner, or -1 */
  CommitFDate start, end;  /* dates */
  int iYear;         /* a year the text gives for it ("In 2007 the
                     ** ministers met"), 0 if none: completes a date with
                     ** no year when the report has no anchor year */
  int nDuration;     /* days, 0 if not given */
  int iCityStart, iCityEnd;      /* where the city is named */
  int iVenueStart, iVenueEnd;  /* venue surface, iVenueEnd==0 if none */
  int nHost, nOrg;   /* entries of aHost and aOrg */
  int nAttend;       /* attendance, 0 if not given */
  int iAttendStart, iAttendEnd;  /* where the count is given */
  int iQualStart, nQual;  /* qualifier surface */
  int iFirstEnd;     /* end of the first mention (span) */
  int iOut;          /* index in the output */
  /* Finished by commitFactsFinish(): */
  CommitDay dStart, dEnd;  /* resolved dates (y==0: unknown) */
};

typedef struct CommitFDoc CommitFDoc;
struct CommitFDoc {
  int eKind;         /* COMMIT_DOC_* */
  int iOrdinal;      /* 0 if not given */
  int iStart, iEnd;  /* first mention */
  int iY1, iY2;      /* period, 0 if not given */
  int iLast;         /* byte offset of the latest mention (anaphora) */
  int bDescribed;    /* the title is a description ("the fifth plan") */
  int bNew;          /* "a successor plan": merges with no plan named before */
};

typedef struct CommitFAction CommitFAction;
struct CommitFAction {
  int iMeeting;      /* meeting index, FACTS_MAIN, or -1 */
  int iDoc;          /* document index */
  int eAction;       /* COMMIT_ACT_* */
  int eFrame;        /* COMMIT_FRAME_* of its clause */
  int iStart, iEnd;  /* the verb */
  int aParty[COMMIT_FACTS_MAX_PARTIES]; int nParty;  /* country entries */
  int aSigner[COMMIT_FACTS_MAX_PARTIES]; /* person index + 1 who signed for
                                         ** aParty[i], 0 if not named */
  int bSix;          /* "the six ministers": the six members */
  int bMinisters;    /* ministers act: the IMM of a joint session */
  int bOfficials;    /* senior officials act: the SOM, never its IMM */
  int iTitle;        /* office entry for signatories, or -1 */
  int bImplicit;     /* the sentence names no meeting: topic or main */
  int bHasDate;      /* the sentence gives a date, hDate: 1 before the
                     ** verb, 2 after it ("signed ... on Friday") */
  CommitFDate hDate;       /* that date, to test against the main meeting */
  int bDrop;         /* merged into an earlier identical action */
  int iHashNext;     /* next action in the same hash bucket, or -1 */
  int iAtCity;       /* no meeting: the city it was done in ("signed in
                     ** Beijing in 2007"), its gazetteer entry + 1, or 0 */
  int iAtYear;       /* and the year told with it, or 0 */
};

typedef struct CommitFPerson CommitFPerson;
struct CommitFPerson {
  int iName, nName;  /* name surface */
  int iHonStart, nHon;  /* honorific surface, nHon==0 if none */
  int iOffice;       /* office entry or -1 */
  int iTitleStart, nTitle;  /* surface of the office title, nTitle 0 if none */
  int iOrg;          /* organisation entry or -1 (its country counts) */
  int iOrgStart, iOrgEnd;  /* organisation as written, when the data has
                     ** no name for it or a shorter one */
  int eOrgForm;      /* COMMIT_ORG_* of the written organisation, 0 none */
  int iCountry;      /* country entry given in context, or -1 */
  int iStart, iEnd;  /* span */
  int iHashNext;     /* next person in the same hash bucket, or -1 */
  int iCountryOut;   /* finished: the government served, or -1 */
};

typedef struct CommitFOrg CommitFOrg;
struct CommitFOrg {
  int iEntry;        /* organisation entry */
  int iCountry;      /* country entry from context, or -1 */
  int iStart, iEnd;  /* first mention */
  int iCountryOut;   /* finished: its country, or -1 */
};

/* Hash buckets over the records of a CommitFVec (chained by iHashNext). */
typedef struct CommitFIndex CommitFIndex;
struct CommitFIndex {
  int *aBucket;      /* first record of each bucket, or -1 */
  int nBucket;       /* number of buckets, a power of two (0: none yet) */
};

/* A growable array of fixed-size records. */
typedef struct CommitFVec CommitFVec;
struct CommitFVec {
  void *a;           /* records */
  int n;             /* used */
  int nAlloc;        /* allocated */
};

/* One meeting mention of a sentence, resolved to a meeting record. */
typedef struct CommitMeetRef CommitMeetRef;
struct CommitMeetRef {
  int iTok;          /* token position in the sentence */
  int iTokEnd;       /* token past the mention (0: implicit) */
  int bCoord;        /* coordinated with the previous mention ("and") */
  int iClause;       /* clause number (-1: implicit, any clause) */
  int iMeeting;      /* meeting index */
  int iGroup;        /* joint group tag or 0 */
  int bPast;         /* in a background segment */
  int iCueTok;       /* implicit: the token that told of it ("signed" of
                     ** "which their ministers signed in Rangoon"), or -1 */
  int iSpanEnd;      /* implicit, in a sentence split at semicolons: the
                     ** token past its part (it speaks for [iTok,iSpanEnd));
                     ** 0: the whole sentence */
};

/* What discourse.c tells facts.c about one sentence. */
typedef struct CommitSentInfo CommitSentInfo;
struct CommitSentInfo {
  u8 aClause[COMMIT_MAX_SENTENCE_TOKENS]; /* strong clause of each token */
  u8 aFrame[COMMIT_MAX_SENTENCE_TOKENS];  /* COMMIT_FRAME_* of each token */
  u8 aInName[COMMIT_MAX_SENTENCE_TOKENS]; /* a comma inside a place name
                                          ** ("Yangon, Myanmar") */
  CommitMeetRef aM[COMMIT_FACTS_MAX_MEETREFS];  /* meeting mentions */
  int nM;                                 /* used entries of aM */
  int nReal;                              /* mentions named in the text */
  int iTopic;                             /* the topic meeting of the
                                          ** sentence (see discourse.c), -1 */
  int bActionCue;                         /* a clause speaks of a meeting
                                          ** by an action placed in a city */
};

/* Indexes of the meeting records while commitDiscourseFinish() resolves
** them (discourse.c). */
typedef struct CommitDiscIdx CommitDiscIdx;

/* The report-wide state of discourse.c. */
/* Days with their year that the discourse keeps (CommitDiscourse.aFullDay). */
#define COMMIT_DISC_FULL_DAYS 16

typedef struct CommitDiscourse CommitDiscourse;
struct CommitDiscourse {
  CommitItem storyDate;  /* the story's dateline ("HANOI, Feb. 14 --") */
  int bStoryDate;        /* storyDate is set */
  int aFullDay[COMMIT_DISC_FULL_DAYS]; /* the first days the text gives with
                         ** their year, y*10000 + m*100 + d: the year of a
                         ** dateline without one ("BEIJING, Dec. 14" below
                         ** "a wire dated 14 December 2007") */
  int nFullDay;          /* entries of aFullDay */
  CommitItem pageDate;   /* a page date line, cable DTG or Created stamp */
  int bPageDate;         /* pageDate is set */
  CommitItem lastDate;   /* the latest date line seen, of sentence
                         ** iLastDateSent (-1: none): a story's own date
                         ** when a dateline city opens the next line */
  int iLastDateSent;
  int iDatelineCity;     /* city of the dateline, or -1 */
  int iRuleSent;         /* sentence of the last rule line ("---"), or -1 */
  int iRuleUsed;         /* the rule whose post has its date line, or -1 */
  int iLastCue;          /* record of a meeting told without a name ("ministers
                         ** met in Rangoon and signed") in sentence
                         ** iLastCueSent, or -1 */
  int iLastCueSent;
  int aPair[2];          /* the two meetings the last sentence naming two
                         ** named, for "Both meetings were hosted by" */
  int iPairSent;         /* that sentence, or -1 */
  int aRecent[2];        /* the last two numbered meetings named, in any
                         ** sentences, the later second; -1 if none */
  int iRecentSent;       /* the sentence that named the later one */
  int iRecentSent0;      /* the sentence that named the earlier one */
  int iLastMention;      /* the record of the last meeting mention, or -1 */
  int iPrevOnly;         /* the one meeting the sentence before named, or -1 */
  int ePrevLevel;        /* level the sentence before speaks of ("COMMIT
                         ** ministers had sat down"), COMMIT_SERIES_* or 0 */
  int iFocusYear;        /* the year of the last dated meeting told of */
  int iLastYear;         /* the last year stated by any date */
  int iFocusSent;        /* the sentence that told it */
  int iSection;          /* date of the current section of a digest page
                         ** ("----\n15 Feb 2012 · Hanoi"), y*10000+m*100+d,
                         ** or 0 */
  int iSectionCity;      /* its city entry, or -1 */
  int iHostCol;          /* column (bars before it) + 1 of a table's HOST
                         ** header, or 0 */
  CommitItem lastDay;    /* the latest date of the content with a day, for
                         ** "the following day" */
  int bLastDay;          /* lastDay is set */
  int iLastDaySent;      /* the sentence that told it */
  CommitItem lastWeekday; /* the latest weekday told ("on Thursday") */
  int bLastIsWeekday;    /* it came after lastDay */
  int iLabelMeeting;     /* the meeting of a notice's "WHAT:" line, -1 */
  int iLabelMeeting2;    /* a second one there ("SOM, followed by IMM4") */
  int iHeadMeeting;      /* the one meeting a heading line named, or -1 */
  int iHeadSent;         /* that line's sentence */
  int iHeadlineCity;     /* "... plan in Vientiane" in a headline, or -1 */
  int iSubjectCity;      /* the city a sentence opened with as its subject
                         ** ("This city is no stranger to our process."),
                         ** or -1: "it" that receives a meeting next */
  int iSubjectStart;     /* ... its span in the text */
  int iSubjectEnd;
  int iSubjectSent;      /* ... and that sentence's number */
  int iHeadingYear;      /* a chronology's year heading ("2004" on a line
                         ** of its own) above the sentence, or 0 */
  int iEntryYear;        /* the year of the list entry the sentence is in
                         ** ("* October 2004 - ... . On 29 October, ..."),
                         ** or 0 */
  CommitItem headDate;   /* a chronology's dated heading ("29-31 MARCH 2005,
                         ** HANOI" on a line of its own): its date */
  int bSection;          /* a section is open: the paragraph under a dated
                         ** heading, or after a city's history sentence */
  int bLineSection;      /* ... and it is the rest of one line: the lead of
                         ** a chronology's entry ("* 29 October - Yangon.
                         ** IMM1. The six ministers sign ...") */
  int bHeadDate;         /* headDate is set (its section's date) */
  CommitItem headCity;   /* the heading's PLACE item */
  int iHeadCity;         /* 1 if headCity is set, else -1 */
  CommitItem headVenue;  /* the heading's VENUE item ("Beijing, Diaoyutai
                         ** State Guesthouse") */
  int bHeadVenue;        /* headVenue is set */
  int iHeadRec;          /* the first meeting record of its section */
  int nHeadSent;         /* sentences read under it */
  int bProse;            /* a sentence of prose (ending in '.') was read */
  int bLabelLine;        /* the sentence before is a label line in capitals
                         ** ("PAST EVENT", "UPCOMING") */
  int nHeaderCell;       /* header cells read in a row, one a line ("When",
                         ** "Meeting", "Where", "What happened") */
  int bFlatTable;        /* a table flattened to one cell a line was seen */
  int iBareLabelSent;    /* the sentence of a notice's field label alone on
                         ** its line ("WHEN" over "Wednesday, 19 November
                         ** 2025"), or -1 */
  int bBareWhat;         /* that label is WHAT or EVENT */
  int bBackPara;         /* the paragraph opened with a label of background
                         ** ("3. (U) Background: ...") */
  int iTopic;            /* meeting the previous sentence opened with
                         ** (same paragraph), or -1 */
  int iGroupBase;        /* offset making group tags report-wide */
  int nSentence;         /* sentences seen */
  int aLabel[3][COMMIT_FACTS_MAX_NUMBER]; /* meeting index + 1 of IMMn, SOMn */
  CommitDay anchor;      /* resolved anchor (after finish) */
  int iMain;             /* main meeting (after finish), or -1 */
  CommitDiscIdx *pIdx;   /* the records by group while they are resolved
                         ** (owned by commitDiscourseFinish), or NULL */
};

/* Indexes of the output meetings while commitFactsFinish() runs. */
typedef struct CommitFactsIdx CommitFactsIdx;

/* Slots of hosts and organisers of meeting records (facts.c). */
typedef struct CommitFHostChunk CommitFHostChunk;

/* Signings whose parties a list after their sentence may name, at most. */
#define COMMIT_FACTS_MAX_LIST_ACTIONS 4

/* Tokens of a label line in capitals ("PAST EVENT", "UPCOMING"), at most. */
#define COMMIT_LABEL_LINE_MAX 4

struct CommitFacts {
  const CommitGazetteer *pGaz;  /* gazetteer */
  const char *z;                /* the report text */
  int n;                        /* bytes in z */
  CommitParseOpt opt;           /* options */
  CommitDiscourse disc;         /* discourse.c state */
  int iLastCity;                /* city entry of the latest PLACE, or -1 */
  int iSixSent;                 /* the last sentence (disc.nSentence) whose
                                ** subject was the six members ("the
                                ** ministers of the six countries"), or -1 */
  int iLonePerson;              /* person alone on the previous line, with
                                ** no title yet (a speech's name line), -1 */
  int bColon;                   /* the sentence read ends on a colon */
  int aListAct[COMMIT_FACTS_MAX_LIST_ACTIONS]; /* signings "signed by ...:"
                                ** whose parties the list entries after
                                ** them name */
  int nListAct;                 /* entries of aListAct in use */
  CommitFVec meetings;                /* CommitFMeeting */
  CommitFVec docs;                    /* CommitFDoc */
  CommitFVec actions;                 /* CommitFAction */
  CommitFVec people;                  /* CommitFPerson */
  CommitFVec orgs;                    /* CommitFOrg */
  CommitFHost aAllHost[COMMIT_FACTS_MAX_HOSTS]; /* hosts of "the meetings"
                                      ** of the report ("three days of
                                      ** meetings ... hosted by X") */
  int nAllHost;
  CommitFIndex peopleIdx;       /* people by name, so merging is linear */
  CommitFIndex actionIdx;       /* actions by (meeting, document, action) */
  u8 aCountry[COMMIT_GAZ_NCOUNTRY_MAX];  /* entries named in content */
  int aCountryOrder[COMMIT_GAZ_NCOUNTRY_MAX]; /* member entries, in order */
  int nCountryOrder;            /* used entries of aCountryOrder */
  int nOut;                     /* meetings in the output (after finish) */
  int *aOutMeeting;             /* their record indexes in output order
                                ** (after finish; owned) */
  CommitFHostChunk *pHostChunk; /* the host pool: chunks of slots (owned) */
  CommitFactsIdx *pFinIdx;      /* while commitFactsFinish() runs, or NULL */
  int rcHost;                   /* SQLITE_NOMEM once the pool could not
                                ** grow (reported at the end of the
                                ** sentence, or by commitFactsFinish) */
};

#define COMMIT_MEETING(p, i) (&((CommitFMeeting *)(p)->meetings.a)[i])

/* discourse.c */
int commitDiscourseSentence(CommitFacts *p, const CommitSentence *pSent,
                            CommitItems *pItems, CommitSentInfo *pInfo);
int commitDiscourseFinish(CommitFacts *p);
int commitDiscourseNewMeeting(CommitFacts *p, const CommitItem *pMention,
                              int eSeries, int iNum, int eForm, int eFrame);
int commitDiscourseFinal(const CommitFacts *p, int iMeeting);
int commitDiscourseMainOfSeries(const CommitFacts *p, int eSeries);
int commitDiscourseRecentOfSeries(const CommitFacts *p, const CommitSentence *s,
                                  int eSeries);
int commitDiscourseDate(const CommitDay *pAnchor, const CommitItem *pDate,
                        int iPart, int iYear, CommitDay *pOut);
int commitDiscourseAfterAnchor(const CommitFacts *p, const CommitDay *d);
int commitDiscourseResolve(const CommitFacts *p, const CommitFDate *f,
                           int iYear, CommitDay *pOut);
int commitDiscourseMeetingYear(const CommitFacts *p, const CommitFMeeting *m);
int commitDiscourseQuoted(const CommitSentence *pSent, int iTok);
int commitDiscourseLevel(const CommitFacts *p, const CommitSentence *pSent,
                         const CommitItems *pItems, int iFrom, int iTo);

/* facts.c */
void *commitFactsPush(CommitFVec *v, size_t nByte);
void commitFactsMergeMeeting(CommitFacts *p, int iDst, int iSrc);
void commitFactsSectionFill(CommitFacts *p, int iFrom, const CommitItem *pDate,
                            const CommitItem *pVenue, const CommitItem *pCity,
                            int bEntry);
int commitFactsNew(const CommitGazetteer *pGaz, const char *z, int n,
                   const CommitParseOpt *pOpt, CommitFacts **pp);
int commitFactsSentence(CommitFacts *p, const CommitSentence *pSent,
                        CommitItems *pItems, const CommitSentInfo *pInfo);
int commitFactsFinish(CommitFacts *p);
void commitFactsFree(CommitFacts *p);
int commitFactsHostName(const CommitFacts *p, const CommitFHost *h,
                        const char **pz);
int commitFactsPersonOrg(const CommitFacts *p, const CommitFPerson *f,
                         char *zBuf, int nBuf);
/* Room for an organisation's name as commitFactsPersonOrg() gives it. */
#define COMMIT_MAX_ORG_NAME 256
/* End of interface to discourse.c and facts.c */

/**************************************************************************
** Interface to code in jsonout.c.  It owns writing a report's facts as
** the commit_parse JSON object (DESIGN.md, version 1).
*/
void commitJsonFacts(sqlite3_str *pOut, const CommitFacts *p);
void commitJsonString(sqlite3_str *pOut, const char *z, int n);
/* End of interface to jsonout.c */

/**************************************************************************
** Interface to code in parse.c.  It owns the pipeline driver and the pure
** SQL functions commit_parse, commit_date, commit_country and
** commit_meeting_code.
*/
typedef int (*CommitItemCb)(void *pCtx, const CommitSentence *pSent,
                            const CommitItems *pItems);
int commitParseRun(const CommitGazetteer *pGaz, const char *z, int n,
                   const CommitParseOpt *pOpt, CommitFacts **ppFacts,
                   CommitItemCb xItem, void *pItemCtx);
int commitParseSource(const CommitGazetteer *pGaz, const char *z, int n,
                      CommitParseOpt *pOpt, CommitSource *pSrc,
                      CommitFacts **ppFacts, CommitItemCb xItem,
                      void *pItemCtx);
const char *commitParseOptions(const char *z, int n, CommitParseOpt *pOpt);
char *commitParseOptionsError(const char *zFunc, const char *zErr,
                              const CommitParseOpt *pOpt);
const char *commitCheckText(sqlite3_context *ctx, sqlite3_value *pVal,
                            const char **pz, int *pn);
int commitParseInit(sqlite3 *db, CommitGazetteer *pGaz);
/* End of interface to parse.c */

/**************************************************************************
** Interface to code in vtab_entities.c: the commit_entities table-valued
** function.
*/
int commitEntitiesInit(sqlite3 *db, CommitGazetteer *pGaz);
/* End of interface to vtab_entities.c */

/**************************************************************************
** Interface to code in vtab_gazetteer.c: the read-only commit_countries and
** commit_organizations tables.
*/
int commitGazetteerVtabInit(sqlite3 *db);
/* End of interface to vtab_gazetteer.c */

/**************************************************************************
** Interface to code in vtab_registry.c: the commit_registry module that
** merges many reports into evidenced fact tables.
*/
int commitRegistryInit(sqlite3 *db, CommitGazetteer *pGaz);
/* End of interface to vtab_registry.c */

/**************************************************************************
** Interface to code in vtab_signatories.c: the commit_signatories
** table-valued function over a registry.
*/
int commitSignatoriesInit(sqlite3 *db, CommitGazetteer *pGaz);
/* End of interface to vtab_signatories.c */

#endif /* COMMIT_H */
