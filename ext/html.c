/*
** 2026-12-07
**
** html.c -- the text a report is read from: plain text as it is, or an
** HTML page turned into the text a reader sees, with a map back to the
** bytes of the page.
**
**   commitSourceOpen(pSrc, z, n, eFormat)
**       COMMIT_FORMAT_TEXT: pSrc->z is z itself.  COMMIT_FORMAT_HTML, or
**       COMMIT_FORMAT_AUTO on a text that is plainly an HTML document
**       (commitHtmlDetect): pSrc->z is a new buffer holding the page's
**       text, and pSrc->aSeg maps its offsets back to the page's.
**   commitSourceStart(pSrc, i), commitSourceEnd(pSrc, i)
**       the page offset of a span's start or (exclusive) end i in pSrc->z;
**       with no map (plain text) i itself.  Every span the extension
**       reports goes through them, so spans point at bytes of the input.
**
** The page's text, as a browser would show it:
**   - tags separate words ("<td>Hanoi</td><td>2012</td>"), except inline
**     phrase tags (b, i, em, strong, span, a, sup, sub, ...) which join
**     what is on either side, as a browser does ("14<sup>th</sup>" is
**     "14th", "Thai<b>land</b>" is "Thailand");
**   - block tags (p, div, h1..h6, li, blockquote, section, ...) end the
**     paragraph: a blank line; <br> ends the line; <tr> ends the line and
**     the cells of a row are joined with " | ", the bars of a table row
**     the tokenizer knows;
**   - runs of white space are one space, and none at the start or end of
**     a line, except inside <pre>, where the text stays as it is;
**   - <script>, <style>, <template> and comments are skipped; so is <head>
**     except its <title>, which is a paragraph of its own, and its date
**     meta tags (article:published_time, datePublished, DC.date, ...),
**     whose date is pSrc->published, the page's date.  The head ends at
**     </head>, <body>, or a tag or text that belongs in a body;
**   - character references are decoded: named ones (&amp; &nbsp; &rsquo;
**     &eacute; ...), decimal and hex ones (&#8217; &#x2013;, with the
**     Windows-1252 meaning of &#128;..&#159; that browsers give them).
**     &nbsp; is a space that is never folded away; &shy; and the zero-width
**     joiners are nothing.  An unknown or broken reference stays as text.
** Malformed markup is read the way a browser's tokenizer reads it: a '<'
** that opens no tag is text, an unclosed comment or script runs to the
** end, an attribute value's quote runs to the next such quote (as in a
** browser), or, when none follows, ends at the tag's first '>'.  Nothing
** fails but memory.
**
** The map is a sorted list of segments.  A verbatim segment copies bytes
** one for one; any other (a decoded reference, the space of a white-space
** run, the newline or bar a tag stands for) is atomic: every byte of it
** maps to the whole of its source.  A span's start maps to the start of
** its first byte's source, its end to the end of its last byte's source,
** so a span never cuts a reference or a tag in two.  Time and memory are
** linear in the page.
*/
#include "commit.h"
#include <string.h>

/* ==== Output buffer and map ============================================ */

typedef struct HtmlOut HtmlOut;
struct HtmlOut {
  CommitSource *pSrc;   /* z, n and aSeg being built */
  int nAlloc;           /* bytes allocated at pSrc->z */
  int nSegAlloc;        /* slots allocated at pSrc->aSeg */
  int iPend, iPendEnd;  /* a white-space run waiting to be one space, or -1 */
  int iCell, iCellEnd;  /* a table cell waiting for its " | ", or -1 */
  int bInCell;          /* inside <td> or <th> */
  int bCellText;        /* ... and it has text */
  int nCellBreak;       /* a break inside the cell, held until more text */
  int iCellBreak, iCellBreakEnd; /* ... and the tag it stands for */
  int bPre;             /* inside <pre>: white space as it is */
  int bHead;            /* inside <head>: text skipped */
  int rc;               /* SQLITE_OK or SQLITE_NOMEM */
};

/* Room for nMore bytes and one more segment.  Returns 0 on OOM. */
static int htmlReserve(HtmlOut *o, int nMore) {
  CommitSource *p = o->pSrc;
  if( o->rc ) return 0;
  if( (i64)p->n + nMore + 1 > o->nAlloc ){
    i64 nNew = o->nAlloc ? (i64)o->nAlloc*2 : 256;
    char *zNew;
    while( nNew < (i64)p->n + nMore + 1 ) nNew *= 2;
    if( nNew>COMMIT_MAX_TEXT ) nNew = COMMIT_MAX_TEXT;
    if( (i64)p->n + nMore + 1 > nNew ){ o->rc = SQLITE_TOOBIG; return 0; }
    zNew = sqlite3_realloc64(p->zBuf, nNew);
    if( zNew==0 ){ o->rc = SQLITE_NOMEM; return 0; }
    p->zBuf = zNew;
    p->z = zNew;
    o->nAlloc = (int)nNew;
  }
  if( p->nSeg>=o->nSegAlloc ){
    int nNew = o->nSegAlloc ? o->nSegAlloc*2 : 64;
    CommitSourceSeg *aNew = sqlite3_realloc64(p->aSeg, sizeof(*aNew)*(i64)nNew);
    if( aNew==0 ){ o->rc = SQLITE_NOMEM; return 0; }
    p->aSeg = aNew;
    o->nSegAlloc = nNew;
  }
  return 1;
}

/* Append z[0..n), which stands for page bytes [iSrc, iSrc+nSrc).  bVerb:
** the bytes are the page's own, one for one (then nSrc==n). */
static void htmlPut(HtmlOut *o, const char *z, int n, int iSrc, int nSrc,
                    int bVerb) {
  CommitSource *p = o->pSrc;
  CommitSourceSeg *pLast;
  if( n<=0 || !htmlReserve(o, n) ) return;
  pLast = p->nSeg ? &p->aSeg[p->nSeg-1] : 0;
  if( !(bVerb && pLast && pLast->bVerb
        && pLast->iSrc + (p->n - pLast->iText)==iSrc) ){
    CommitSourceSeg *s = &p->aSeg[p->nSeg++];
    s->iText = p->n;
    s->iSrc = iSrc;
    s->nSrc = nSrc;
    s->bVerb = (u8)bVerb;
  }else{
    pLast->nSrc += nSrc;
  }
  memcpy(p->zBuf + p->n, z, n);
  p->n += n;
  p->zBuf[p->n] = 0;
}

/* The last byte written, or '\n' at the start. */
static char htmlLast(const HtmlOut *o) {
  return o->pSrc->n ? o->pSrc->zBuf[o->pSrc->n-1] : '\n';
}

static void htmlBreak(HtmlOut *o, int nNl, int bAdd, int i, int e);

/* Before text: a paragraph break a cell held back, the pending cell bar
** and white space. */
static void htmlFlush(HtmlOut *o) {
  if( o->bInCell ) o->bCellText = 1;
  if( o->nCellBreak ){
    int nNl = o->nCellBreak;
    o->nCellBreak = 0;
    htmlBreak(o, nNl, 0, o->iCellBreak, o->iCellBreakEnd);
  }
  if( o->iCell>=0 ){
    if( htmlLast(o)!='\n' ) htmlPut(o, " | ", 3, o->iCell, o->iCellEnd-o->iCell, 0);
    o->iCell = -1;
    o->iPend = -1;
  }
  if( o->iPend>=0 ){
    char c = htmlLast(o);
    if( c!='\n' && c!=' ' ){
      /* one space as written stays the page's own byte (the map stays one
      ** segment); a run, a newline or a tag is one atomic space */
      int bOwn = o->iPendEnd-o->iPend==1 && o->pSrc->zIn[o->iPend]==' ';
      htmlPut(o, " ", 1, o->iPend, o->iPendEnd-o->iPend, bOwn);
    }
    o->iPend = -1;
  }
}

/* Page bytes [i, e) that read as text. */
static void htmlText(HtmlOut *o, const char *z, int i, int e) {
  if( o->bHead || e<=i ) return;
  htmlFlush(o);
  htmlPut(o, z+i, e-i, i, e-i, 1);
}

/* A separation between words at page bytes [i, e): white space, a tag. */
static void htmlSpace(HtmlOut *o, int i, int e) {
  if( o->bHead ) return;
  if( o->iPend<0 ) o->iPend = i;
  o->iPendEnd = e;
}

/*
** A break at page bytes [i, e): nNl 2 ends the paragraph (a blank line),
** nNl 1 ends the line; bAdd (a <br>) adds a line break even after one.
** Never more than a blank line in a row, and none at the start.
*/
static void htmlBreak(HtmlOut *o, int nNl, int bAdd, int i, int e) {
  CommitSource *p = o->pSrc;
  int nHave = 0;
  if( o->bHead ) return;
  o->iPend = -1;
  o->iCell = -1;
  if( p->n==0 ) return;
  while( nHave<2 && nHave<p->n && p->zBuf[p->n-1-nHave]=='\n' ) nHave++;
  if( bAdd && nHave<2 ) nNl = nHave+1;
  if( nNl>nHave ) htmlPut(o, "\n\n", nNl-nHave, i, e-i, 0);
}

/*
** A block tag (nNl 2) or <br> (nNl 1, bAdd) at page bytes [i, e).  Inside
** a table cell, a block break only stands between text of the cell (a
** cell of paragraphs in a page laid out in a table): one at the cell's
** start or end is nothing, so the row of a word processor's table
** ("<td><p>Thailand</p></td><td><p>...</p></td>") stays a row; a <br> in
** a cell is a space.  (A heading breaks even there: see htmlTag.)
*/
static void htmlBlock(HtmlOut *o, int nNl, int bAdd, int i, int e) {
  if( o->bHead ) return;
  if( !o->bInCell ){
    htmlBreak(o, nNl, bAdd, i, e);
  }else if( bAdd ){
    htmlSpace(o, i, e);
  }else if( o->bCellText && nNl>o->nCellBreak ){
    o->nCellBreak = nNl;
    o->iCellBreak = i;
    o->iCellBreakEnd = e;
  }
}

/* The end of a cell, row or table: its held break is nothing. */
static void htmlCellEnd(HtmlOut *o) {
  o->bInCell = 0;
  o->bCellText = 0;
  o->nCellBreak = 0;
}

/* ==== Character references ============================================= */

/* ORDER: aHtmlEntity is sorted by name (strcmp), for a binary search. */
static const struct HtmlEntity { const char *zName; int iCode; } aHtmlEntity[] = {
  {"AElig",198},{"Aacute",193},{"Acirc",194},{"Agrave",192},{"Aring",197},
  {"Atilde",195},{"Auml",196},{"Ccedil",199},{"Dagger",8225},{"ETH",208},
  {"Eacute",201},{"Ecirc",202},{"Egrave",200},{"Euml",203},{"Iacute",205},
  {"Icirc",206},{"Igrave",204},{"Iuml",207},{"Ntilde",209},{"OElig",338},
  {"Oacute",211},{"Ocirc",212},{"Ograve",210},{"Oslash",216},{"Otilde",213},
  {"Ouml",214},{"Prime",8243},{"Scaron",352},{"THORN",222},{"Uacute",218},
  {"Ucirc",219},{"Ugrave",217},{"Uuml",220},{"Yacute",221},{"Yuml",376},
  {"aacute",225},{"acirc",226},{"acute",180},{"aelig",230},{"agrave",224},
  {"amp",38},{"apos",39},{"aring",229},{"atilde",227},{"auml",228},
  {"bdquo",8222},{"brvbar",166},{"bull",8226},{"ccedil",231},{"cedil",184},
  {"cent",162},{"circ",710},{"copy",169},{"curren",164},{"dagger",8224},
  {"deg",176},{"divide",247},{"eacute",233},{"ecirc",234},{"egrave",232},
  {"emsp",8195},{"ensp",8194},{"eth",240},{"euml",235},{"euro",8364},
  {"fnof",402},{"frac12",189},{"frac14",188},{"frac34",190},{"gt",62},
  {"hellip",8230},{"iacute",237},{"icirc",238},{"iexcl",161},{"igrave",236},
  {"iquest",191},{"iuml",239},{"laquo",171},{"larr",8592},{"ldquo",8220},
  {"lrm",8206},{"lsaquo",8249},{"lsquo",8216},{"lt",60},{"macr",175},
  {"mdash",8212},{"micro",181},{"middot",183},{"minus",8722},{"nbsp",160},
  {"ndash",8211},{"not",172},{"ntilde",241},{"oacute",243},{"ocirc",244},
  {"oelig",339},{"ograve",242},{"ordf",170},{"ordm",186},{"oslash",248},
  {"otilde",245},{"ouml",246},{"para",182},{"permil",8240},{"plusmn",177},
  {"pound",163},{"prime",8242},{"quot",34},{"raquo",187},{"rarr",8594},
  {"rdquo",8221},{"reg",174},{"rlm",8207},{"rsaquo",8250},{"rsquo",8217},
  {"sbquo",8218},{"scaron",353},{"sect",167},{"shy",173},{"sup1",185},
  {"sup2",178},{"sup3",179},{"szlig",223},{"thinsp",8201},{"thorn",254},
  {"tilde",732},{"times",215},{"trade",8482},{"uacute",250},{"ucirc",251},
  {"ugrave",249},{"uml",168},{"uuml",252},{"yacute",253},{"yen",165},
  {"yuml",255},{"zwj",8205},{"zwnj",8204},
};

/* What browsers make of &#128; .. &#159;: Windows-1252 (0: unchanged). */
static const u16 aHtmlCp1252[32] = {
  8364, 0, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 0,
  381, 0, 0, 8216, 8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250,
  339, 0, 382, 376
};

static int htmlIsAlpha(char c) {
  return (c>='a' && c<='z') || (c>='A' && c<='Z');
}

static int htmlIsAlnum(char c) {
  return (c>='a' && c<='z') || (c>='A' && c<='Z') || (c>='0' && c<='9');
}

/* Code point of the named reference z[0..n), or -1. */
static int htmlNamed(const char *z, int n) {
  int lo = 0, hi = (int)(sizeof(aHtmlEntity)/sizeof(aHtmlEntity[0])) - 1;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    const char *zName = aHtmlEntity[mid].zName;
    int c = strncmp(zName, z, n);
    if( c==0 && zName[n]!=0 ) c = 1;
    if( c==0 ) return aHtmlEntity[mid].iCode;
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return -1;
}

/*
** The character reference at z[i]=='&' (z[0..n)).  Returns the bytes it
** takes (0: not a reference, the '&' is text) and sets *piCode to its code
** point: -1 for "nothing" (&shy;), ' ' for &nbsp;.
*/
static int htmlRef(const char *z, int n, int i, int *piCode) {
  int j = i+1, iCode = 0;
  if( j<n && z[j]=='#' ){
    int bHex = 0, nDigit = 0;
    j++;
    if( j<n && (z[j]=='x' || z[j]=='X') ){ bHex = 1; j++; }
    while( j<n ){
      int v;
      char c = z[j];
      if( c>='0' && c<='9' ) v = c-'0';
      else if( bHex && c>='a' && c<='f' ) v = c-'a'+10;
      else if( bHex && c>='A' && c<='F' ) v = c-'A'+10;
      else break;
      if( iCode<=0x10FFFF ) iCode = iCode*(bHex ? 16 : 10) + v;
      nDigit++;
      j++;
    }
    if( nDigit==0 ) return 0;
    if( j<n && z[j]==';' ) j++;
    if( iCode>=128 && iCode<160 && aHtmlCp1252[iCode-128] ){
      iCode = aHtmlCp1252[iCode-128];
    }
    if( iCode==0 || iCode>0x10FFFF || (iCode>=0xD800 && iCode<=0xDFFF)
     || (iCode<0x20 && iCode!='\t' && iCode!='\n') || (iCode>=0x7F && iCode<0xA0) ){
      iCode = 0xFFFD;
    }
  }else{
    int e = j;
    while( e<n && e-j<8 && htmlIsAlnum(z[e]) ) e++;
    if( e<n && z[e]==';' ){
      iCode = htmlNamed(z+j, e-j);
      if( iCode<0 ) return 0;
      j = e+1;
    }else{
      /* no ';': the Latin-1 names browsers still accept ("&amp", "&copy"),
      ** longest first, unless a letter, digit or '=' follows */
      for(; e>j; e--){
        iCode = htmlNamed(z+j, e-j);
        if( iCode>=0 && iCode<256 ) break;
      }
      if( e==j || (e<n && (htmlIsAlnum(z[e]) || z[e]=='=')) ) return 0;
      j = e;
    }
  }
  if( iCode==160 ) iCode = ' ';
  if( iCode==173 || (iCode>=8204 && iCode<=8207) ) iCode = -1;
  *piCode = iCode;
  return j-i;
}

/* UTF-8 of code point c into z (room for 4).  Returns the length. */
static int htmlUtf8(int c, char *z) {
  if( c<0x80 ){ z[0] = (char)c; return 1; }
  if( c<0x800 ){
    z[0] = (char)(0xC0 | (c>>6));
    z[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if( c<0x10000 ){
    z[0] = (char)(0xE0 | (c>>12));
    z[1] = (char)(0x80 | ((c>>6) & 0x3F));
    z[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  z[0] = (char)(0xF0 | (c>>18));
  z[1] = (char)(0x80 | ((c>>12) & 0x3F));
  z[2] = (char)(0x80 | ((c>>6) & 0x3F));
  z[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* ==== Text between tags ================================================ */

static int htmlIsSpace(char c) {
  return c==' ' || c=='\t' || c=='\n' || c=='\r' || c=='\f';
}

/* The text z[i..e) between two tags, into o. */
static void htmlRun(HtmlOut *o, const char *z, int i, int e) {
  while( i<e ){
    int j = i;
    if( o->bHead && !htmlIsSpace(z[i]) ) o->bHead = 0;  /* text: the body */
    if( htmlIsSpace(z[i]) && !o->bPre ){
      while( j<e && htmlIsSpace(z[j]) ) j++;
      htmlSpace(o, i, j);
    }else if( z[i]=='&' ){
      int iCode, nRef = htmlRef(z, e, i, &iCode);
      if( nRef==0 ){
        htmlText(o, z, i, i+1);
        j = i+1;
      }else{
        char zBuf[4];
        htmlFlush(o);
        if( iCode>=0 ) htmlPut(o, zBuf, htmlUtf8(iCode, zBuf), i, nRef, 0);
        j = i+nRef;
      }
    }else{
      while( j<e && z[j]!='&' && (o->bPre || !htmlIsSpace(z[j])) ) j++;
      htmlText(o, z, i, j);
    }
    i = j;
  }
}

/* ==== Tags ============================================================= */

/* What a tag does to the text. */
#define HTML_T_SPACE 0    /* separates words (unknown tags, img, ...) */
#define HTML_T_INLINE 1   /* joins: b, i, span, a, sup, ... */
#define HTML_T_BLOCK 2    /* ends the paragraph */
#define HTML_T_LINE 3     /* ends the line: br */
#define HTML_T_ROW 4      /* ends the line: tr */
#define HTML_T_CELL 5     /* td, th */
#define HTML_T_SKIP 6     /* script, style, template: content skipped */
#define HTML_T_TITLE 7    /* title: content is a paragraph */
#define HTML_T_PRE 8      /* pre, textarea, listing: white space kept */
#define HTML_T_HEAD 9     /* head */
#define HTML_T_BODY 10    /* body */
#define HTML_T_META 11    /* meta */
#define HTML_T_HEADITEM 12 /* link, base, noscript: may be in the head */
#define HTML_T_TABLE 13   /* table, thead, tbody, tfoot: ends cells and rows */
#define HTML_T_HEADING 14 /* h1..h6: a block that also breaks a cell's row */

static const struct HtmlTag { const char *zName; u8 eKind; } aHtmlTag[] = {
  {"a",1},{"abbr",1},{"address",2},{"article",2},{"aside",2},{"b",1},
  {"base",12},{"bdi",1},{"bdo",1},{"big",1},{"blockquote",2},{"body",10},{"br",3},
  {"caption",2},{"center",2},{"cite",1},{"code",1},{"data",1},{"dd",2},
  {"del",1},{"details",2},{"dfn",1},{"dialog",2},{"dir",2},{"div",2},
  {"dl",2},{"dt",2},{"em",1},{"fieldset",2},{"figcaption",2},{"figure",2},
  {"font",1},{"footer",2},{"form",2},{"h1",14},{"h2",14},{"h3",14},{"h4",14},
  {"h5",14},{"h6",14},{"head",9},{"header",2},{"hgroup",2},{"hr",2},
  {"html",2},{"i",1},{"ins",1},{"kbd",1},{"label",1},{"legend",2},
  {"li",2},{"link",12},{"listing",8},{"main",2},{"mark",1},{"menu",2},{"meta",11},
  {"nav",2},{"nobr",1},{"noscript",12},{"ol",2},{"p",2},{"plaintext",8},
  {"pre",8},{"q",1},{"s",1},{"samp",1},{"script",6},{"section",2},
  {"small",1},{"span",1},{"strike",1},{"strong",1},{"style",6},{"sub",1},
  {"summary",2},{"sup",1},{"table",13},{"tbody",13},{"td",5},{"template",6},
  {"textarea",8},{"tfoot",13},{"th",5},{"thead",13},{"time",1},{"title",7},
  {"tr",4},{"tt",1},{"u",1},{"ul",2},{"var",1},{"wbr",1},{"xmp",8},
};

/* Kind of the tag named z[0..n) (any case). */
static int htmlTagKind(const char *z, int n) {
  char zLow[12];
  int k, lo = 0, hi = (int)(sizeof(aHtmlTag)/sizeof(aHtmlTag[0])) - 1;
  if( n<=0 || n>=(int)sizeof(zLow) ) return HTML_T_SPACE;
  for(k=0; k<n; k++){
    char c = z[k];
    zLow[k] = (c>='A' && c<='Z') ? (char)(c+32) : c;
  }
  zLow[n] = 0;
  while( lo<=hi ){
    int mid = (lo+hi)/2;
    int c = strcmp(aHtmlTag[mid].zName, zLow);
    if( c==0 ) return aHtmlTag[mid].eKind;
    if( c<0 ) lo = mid+1; else hi = mid-1;
  }
  return HTML_T_SPACE;
}

/* True if z[i..) starts with zLow (lower case), in any case. */
static int htmlAt(const char *z, int n, int i, const char *zLow) {
  int k;
  for(k=0; zLow[k]; k++){
    char c;
    if( i+k>=n ) return 0;
    c = z[i+k];
    if( c>='A' && c<='Z' ) c = (char)(c+32);
    if( c!=zLow[k] ) return 0;
  }
  return 1;
}

/* Offset of "</name" (followed by space, '/' or '>') at or after i, or n. */
static int htmlFindEnd(const char *z, int n, int i, const char *zName, int nName) {
  for(; i+1<n; i++){
    const char *zHit = memchr(z+i, '<', n-i);
    if( zHit==0 ) return n;
    i = (int)(zHit - z);
    if( i+1<n && z[i+1]=='/' ){
      int k;
      for(k=0; k<nName && i+2+k<n; k++){
        char c = z[i+2+k];
        if( c>='A' && c<='Z' ) c = (char)(c+32);
        if( c!=zName[k] ) break;
      }
      if( k==nName && (i+2+k>=n || htmlIsSpace(z[i+2+k]) || z[i+2+k]=='/'
                       || z[i+2+k]=='>') ){
        return i;
      }
    }
  }
  return n;
}

/*
** The end of the tag that opens at z[i]=='<' (one past its '>'), reading
** quoted attribute values; an unclosed quote ends at the first '>' after
** the tag's name.  n if the tag never closes.
*/
static int htmlTagEnd(const char *z, int n, int i) {
  int j = i+1;
  char cLast = 0;                 /* the last byte that was not white space */
  while( j<n && z[j]!='>' ){
    if( (z[j]=='"' || z[j]=='\'') && cLast=='=' ){
      const char *zQ = memchr(z+j+1, z[j], n-j-1);
      if( zQ==0 ){
        const char *zGt = memchr(z+i, '>', n-i);
        return zGt ? (int)(zGt - z)+1 : n;
      }
      j = (int)(zQ - z);
    }
    if( !htmlIsSpace(z[j]) ) cLast = z[j];
    j++;
  }
  return j<n ? j+1 : n;
}

/*
** Attribute zAttr (lower case) of the tag z[i..e): its value's page
** bytes in *piVal, *pnVal.  Returns 0 if absent.
*/
static int htmlAttr(const char *z, int i, int e, const char *zAttr,
                    int *piVal, int *pnVal) {
  int nAttr = (int)strlen(zAttr);
  int j = i+1;
  while( j<e && !htmlIsSpace(z[j]) && z[j]!='>' && z[j]!='/' ) j++;  /* name */
  while( j<e ){
    int k0, k1, v0, v1;
    while( j<e && (htmlIsSpace(z[j]) || z[j]=='/') ) j++;
    k0 = j;
    while( j<e && !htmlIsSpace(z[j]) && z[j]!='=' && z[j]!='>' && z[j]!='/' ) j++;
    k1 = j;
    while( j<e && htmlIsSpace(z[j]) ) j++;
    v0 = v1 = j;
    if( j<e && z[j]=='=' ){
      j++;
      while( j<e && htmlIsSpace(z[j]) ) j++;
      if( j<e && (z[j]=='"' || z[j]=='\'') ){
        char q = z[j];
        v0 = ++j;
        while( j<e && z[j]!=q ) j++;
        v1 = j;
        if( j<e ) j++;
      }else{
        v0 = j;
        while( j<e && !htmlIsSpace(z[j]) && z[j]!='>' ) j++;
        v1 = j;
      }
    }
    if( k1==k0 ){ j++; continue; }
    if( k1-k0==nAttr && htmlAt(z, k1, k0, zAttr) ){
      *piVal = v0;
      *pnVal = v1-v0;
      return 1;
    }
  }
  return 0;
}

/* Meta names whose content is the page's date of publication. */
static const char *const azHtmlDateMeta[] = {
  "article:published_time", "og:published_time", "datepublished", "date",
  "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
  "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
  "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
  "originalpublicationdate", "citation_publication_date", "citation_date",
};

/* A <meta> tag z[i..e): take a publication date from it. */
static void htmlMeta(CommitSource *p, const char *z, int i, int e) {
  static const char *const azKey[] = { "property", "name", "itemprop" };
  int k, m, iVal, nVal;
  if( p->published.y ) return;
  for(k=0; k<3; k++){
    if( !htmlAttr(z, i, e, azKey[k], &iVal, &nVal) ) continue;
    for(m=0; m<(int)(sizeof(azHtmlDateMeta)/sizeof(azHtmlDateMeta[0])); m++){
      const char *zName = azHtmlDateMeta[m];
      if( nVal==(int)strlen(zName) && htmlAt(z, iVal+nVal, iVal, zName) ) break;
    }
    if( m<(int)(sizeof(azHtmlDateMeta)/sizeof(azHtmlDateMeta[0])) ) break;
  }
  if( k==3 || !htmlAttr(z, i, e, "content", &iVal, &nVal) ) return;
  while( nVal>0 && htmlIsSpace(z[iVal]) ){ iVal++; nVal--; }
  while( nVal>0 && htmlIsSpace(z[iVal+nVal-1]) ) nVal--;
  if( nVal==8 ){
    /* "20150501" */
    char zDay[10];
    memcpy(zDay, z+iVal, 4); zDay[4] = '-';
    memcpy(zDay+5, z+iVal+4, 2); zDay[7] = '-';
    memcpy(zDay+8, z+iVal+6, 2);
    if( !commitDayParseIso(zDay, 10, &p->published) ) memset(&p->published, 0, sizeof(p->published));
    return;
  }
  /* "2015-05-01T10:00:00+07:00": the day */
  if( nVal>10 && z[iVal+4]=='-' && z[iVal+7]=='-' ) nVal = 10;
  if( !commitDayParseIso(z+iVal, nVal, &p->published) ){
    memset(&p->published, 0, sizeof(p->published));
  }
}

/*
** The tag at z[i]=='<', ending at e (one past '>').  Updates o and
** returns where reading goes on (past a skipped element's content).
*/
static int htmlTag(HtmlOut *o, const char *z, int n, int i, int e) {
  int bClose = z[i+1]=='/';
  int j = i + 1 + bClose, eKind;
  while( j<e && (htmlIsAlnum(z[j]) || z[j]=='-' || z[j]==':') ) j++;
  eKind = htmlTagKind(z+i+1+bClose, j-(i+1+bClose));
  if( o->bHead && eKind!=HTML_T_HEAD && eKind!=HTML_T_META && eKind!=HTML_T_TITLE
   && eKind!=HTML_T_SKIP && eKind!=HTML_T_HEADITEM ){
    o->bHead = 0;              /* a tag of the body ends the head */
  }
  switch( eKind ){
    case HTML_T_HEADITEM: if( !o->bHead ) htmlSpace(o, i, e); break;
    case HTML_T_INLINE: break;
    case HTML_T_SPACE: htmlSpace(o, i, e); break;
    case HTML_T_BLOCK: htmlBlock(o, 2, 0, i, e); break;
    case HTML_T_HEADING:
      /* a heading breaks even in a cell: a page laid out in a table has
      ** its story's headline open a cell */
      o->nCellBreak = 0;
      if( !o->bHead ) htmlBreak(o, 2, 0, i, e);
      break;
    case HTML_T_LINE: htmlBlock(o, 1, 1, i, e); break;
    case HTML_T_ROW: htmlCellEnd(o); htmlBreak(o, 1, 0, i, e); break;
    case HTML_T_TABLE: htmlCellEnd(o); htmlBreak(o, 2, 0, i, e); break;
    case HTML_T_CELL:
      htmlCellEnd(o);
      if( !bClose && !o->bHead ){
        o->iCell = i;
        o->iCellEnd = e;
        o->bInCell = 1;
      }else{
        htmlSpace(o, i, e);
      }
      break;
    case HTML_T_HEAD: o->bHead = !bClose; break;
    case HTML_T_BODY: o->bHead = 0; htmlBreak(o, 2, 0, i, e); break;
    case HTML_T_META: htmlMeta(o->pSrc, z, i, e); break;
    case HTML_T_PRE:
      htmlBreak(o, 2, 0, i, e);
      o->bPre = !bClose;
      /* a newline right after <pre> is not shown */
      if( o->bPre && e<n && z[e]=='\n' ) return e+1;
      if( o->bPre && e+1<n && z[e]=='\r' && z[e+1]=='\n' ) return e+2;
      break;
    case HTML_T_SKIP:
    case HTML_T_TITLE:
      if( !bClose ){
        char zName[12];
        int nName = j-(i+1), k, iEnd;
        for(k=0; k<nName; k++){
          char c = z[i+1+k];
          zName[k] = (c>='A' && c<='Z') ? (char)(c+32) : c;
        }
        iEnd = htmlFindEnd(z, n, e, zName, nName);
        if( eKind==HTML_T_TITLE ){
          int bHead = o->bHead;
          o->bHead = 0;
          htmlBreak(o, 2, 0, i, e);
          htmlRun(o, z, e, iEnd);
          htmlBreak(o, 2, 0, iEnd, iEnd);
          o->bHead = bHead;
        }
        return iEnd;
      }
      break;
  }
  return e;
}

/* Read the page z[0..n) into o. */
static void htmlRead(HtmlOut *o, const char *z, int n) {
  int i = (n>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0) ? 3 : 0;   /* a BOM */
  while( i<n && o->rc==SQLITE_OK ){
    const char *zLt = memchr(z+i, '<', n-i);
    int iLt = zLt ? (int)(zLt - z) : n;
    htmlRun(o, z, i, iLt);
    if( iLt>=n ) break;
    i = iLt;
    if( i+1<n && (htmlIsAlpha(z[i+1]) || (z[i+1]=='/' && i+2<n && htmlIsAlpha(z[i+2]))) ){
      i = htmlTag(o, z, n, i, htmlTagEnd(z, n, i));
    }else if( htmlAt(z, n, i, "<!--") ){
      int j = i+4;
      if( j<n && z[j]=='>' ){ i = j+1; continue; }             /* <!--> */
      if( j+1<n && z[j]=='-' && z[j+1]=='>' ){ i = j+2; continue; } /* <!---> */
      while( j+2<n && !(z[j]=='-' && z[j+1]=='-' && z[j+2]=='>') ) j++;
      i = j+2<n ? j+3 : n;
    }else if( i+1<n && (z[i+1]=='!' || z[i+1]=='?' || z[i+1]=='/') ){
      const char *zGt = memchr(z+i, '>', n-i);      /* <!DOCTYPE ...>, <?xml ?> */
      i = zGt ? (int)(zGt - z)+1 : n;
    }else{
      htmlRun(o, z, i, i+1);                       /* "a < b": text */
      i++;
    }
  }
}

/* ==== The source of a run ============================================== */

/*
** True if z[0..n) is plainly an HTML document: after white space (and a
** byte-order mark), a doctype, <html>, <head> or <body>; or a comment or
** <?xml ...?> and one of those within the first 4 KB; or a tag that opens
** a block or belongs in a head (<p>, <div>, <h2>, <table>, <title>,
** <meta>, <script>, ...: not an inline one like <b>) with a closing tag
** later.
*/
int commitHtmlDetect(const char *z, int n) {
  static const char *const azOpen[] = { "<!doctype html", "<html", "<head", "<body" };
  int i = 0, j, k, eKind;
  if( n>=3 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ) i = 3;
  while( i<n && htmlIsSpace(z[i]) ) i++;
  if( i>=n || z[i]!='<' ) return 0;
  for(k=0; k<4; k++){
    if( htmlAt(z, n, i, azOpen[k]) ){
      char c = i+(int)strlen(azOpen[k])<n ? z[i+strlen(azOpen[k])] : 0;
      if( k==0 || c=='>' || htmlIsSpace(c) ) return 1;
    }
  }
  if( htmlAt(z, n, i, "<!--") || htmlAt(z, n, i, "<?xml") ){
    int e = n<i+4096 ? n : i+4096;
    for(j=i; j<e; j++){
      if( z[j]=='<' && (htmlAt(z, e, j, "<html") || htmlAt(z, e, j, "<!doctype html")
                        || htmlAt(z, e, j, "<body")) ){
        return 1;
      }
    }
    return 0;
  }
  for(j=i+1; j<n && htmlIsAlnum(z[j]); j++){}
  if( j>=n || (z[j]!='>' && z[j]!='/' && !htmlIsSpace(z[j])) ) return 0;
  eKind = htmlTagKind(z+i+1, j-i-1);
  if( eKind==HTML_T_SPACE || eKind==HTML_T_INLINE || eKind==HTML_T_LINE ) return 0;
  for(; j+1<n; j++){
    const char *zLt = memchr(z+j, '<', n-j);
    if( zLt==0 ) break;
    j = (int)(zLt - z);
    if( j+1<n && z[j+1]=='/' ) return 1;
  }
  return 0;
}

/*
** Open the source of a run over z[0..n) in format eFormat
** (COMMIT_FORMAT_*).  Returns SQLITE_OK, SQLITE_NOMEM or SQLITE_TOOBIG;
** close with commitSourceClose() in every case.
*/
int commitSourceOpen(CommitSource *p, const char *z, int n, int eFormat) {
  HtmlOut o;
  memset(p, 0, sizeof(*p));
  p->zIn = z;
  p->nIn = n;
  p->z = z;
  p->n = n;
  if( eFormat==COMMIT_FORMAT_TEXT ) return SQLITE_OK;
  if( eFormat==COMMIT_FORMAT_AUTO && !commitHtmlDetect(z, n) ) return SQLITE_OK;
  memset(&o, 0, sizeof(o));
  o.pSrc = p;
  o.iPend = o.iCell = -1;
  p->bHtml = 1;
  p->z = 0;
  p->n = 0;
  if( htmlReserve(&o, 0) ) htmlRead(&o, z, n);
  if( o.rc==SQLITE_OK ){
    /* a last segment at the text's end: a page with no text still has a
    ** map, and every lookup finds a segment */
    if( htmlReserve(&o, 0) ){
      CommitSourceSeg *s = &p->aSeg[p->nSeg++];
      s->iText = p->n;
      s->iSrc = n;
      s->nSrc = 0;
      s->bVerb = 1;
    }
  }
  return o.rc;
}

/* Free what commitSourceOpen() allocated.  Safe to call twice. */
void commitSourceClose(CommitSource *p) {
  sqlite3_free(p->zBuf);
  sqlite3_free(p->aSeg);
  p->zBuf = 0;
  p->aSeg = 0;
  p->nSeg = 0;
}

/* The segment holding text byte i (the last one for i past the end). */
static const CommitSourceSeg *htmlSeg(const CommitSource *p, int i) {
  int lo = 0, hi = p->nSeg-1;
  while( lo<hi ){
    int mid = (lo+hi+1)/2;
    if( p->aSeg[mid].iText<=i ) lo = mid; else hi = mid-1;
  }
  return &p->aSeg[lo];
}

/* The page offset where a span starting at text offset i starts. */
int commitSourceStart(const CommitSource *p, int i) {
  const CommitSourceSeg *s;
  if( p==0 || p->aSeg==0 ) return i;
  if( i>=p->n ) return p->nIn;
  s = htmlSeg(p, i);
  return s->bVerb ? s->iSrc + (i - s->iText) : s->iSrc;
}

/* The page offset where a span ending (exclusive) at text offset i ends. */
int commitSourceEnd(const CommitSource *p, int i) {
  const CommitSourceSeg *s;
  if( p==0 || p->aSeg==0 ) return i;
  if( i<=0 ) return commitSourceStart(p, 0);
  if( i>p->n ) return p->nIn;
  s = htmlSeg(p, i-1);
  return s->bVerb ? s->iSrc + (i - s->iText) : s->iSrc + s->nSrc;
}
