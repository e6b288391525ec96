/*
** 2026-12-07
**
** test_html.c -- unit tests of html.c: which texts are pages, the text a
** page reads as (tags, blocks, tables, white space, skipped elements,
** character references, malformed markup), the page date from meta tags,
** the map from the text's offsets back to the page's bytes; and, through
** SQL, commit_parse, commit_entities and the registry on pages.
**
** Each case gives a page and the exact text expected, with "\n" for line
** breaks; spans are checked as the page bytes they cover.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>
#include <cmocka.h>

#include "commit.h"

#define TESTDB_SQLROWS
#define TESTDB_CASES
#include "testdb.h"

/* The text of page z read as HTML, into zOut. */
static const char *pageText(const char *z, char *zOut, int nOut) {
  CommitSource src;
  int rc = commitSourceOpen(&src, z, (int)strlen(z), COMMIT_FORMAT_HTML);
  if( rc!=SQLITE_OK ) snprintf(zOut, nOut, "ERROR %d", rc);
  else snprintf(zOut, nOut, "%.*s", src.n, src.z);
  commitSourceClose(&src);
  return zOut;
}

typedef struct PageCase PageCase;
struct PageCase { const char *zPage, *zText; };

static void checkPages(const PageCase *a, int n) {
  int i, nBad = 0;
  char zBuf[1024];
  for(i=0; i<n; i++){
    pageText(a[i].zPage, zBuf, sizeof(zBuf));
    if( strcmp(zBuf, a[i].zText)!=0 ){
      printf("page: %s\n  want: [%s]\n  got:  [%s]\n", a[i].zPage, a[i].zText, zBuf);
      nBad++;
    }
  }
  assert_int_equal(nBad, 0);
}
#define CHECK_PAGES(a) checkPages(a, (int)(sizeof(a)/sizeof(a[0])))

/* ==== Detection ======================================================== */

/* A page is a doctype, <html>, <head> or <body> first; or a block tag
** first with a closing tag later; nothing else. */
static void test_html_detect(void **state) {
  static const struct { const char *z; int b; } a[] = {
    { "<!DOCTYPE html><p>IMM3</p>", 1 },
    { "\xEF\xBB\xBF  \n<!doctype HTML>", 1 },
    { "<html lang=\"en\">", 1 },
    { "<HTML>", 1 },
    { "<head><title>x</title>", 1 },
    { "<body>", 1 },
    { "<!-- saved page -->\n<html>", 1 },
    { "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"x\">\n<html>", 1 },
    { "<p>IMM3 opened in Hanoi.</p>", 1 },
    { "<div class=\"story\">text</div>", 1 },
    { "<h2>HANOI</h2><p>IMM3 opened.</p>", 1 },
    { "<meta charset=\"utf-8\"><title>IMM3</title><p>x", 1 },
    { "<script>var a;</script>IMM3", 1 },
    { "<br>IMM3</b>", 0 },                        /* a line break first */
    { "<<< UPDATE >>> IMM3 opened </p>", 0 },
    { "<p>IMM3 opened in Hanoi.", 0 },            /* no closing tag */
    { "<htmlx>", 0 },
    { "<b>IMM3</b> opened", 0 },                  /* inline first */
    { "<!-- a note --> IMM3 opened in Hanoi.", 0 },
    { "IMM3 opened in Hanoi. <p>x</p>", 0 },      /* text first */
    { "HANOI, Feb. 16 -- <html> is a tag", 0 },
    { "", 0 },
    { "<", 0 },
    { "<p", 0 },
  };
  int i, nBad = 0;
  (void)state;
  for(i=0; i<(int)(sizeof(a)/sizeof(a[0])); i++){
    if( commitHtmlDetect(a[i].z, (int)strlen(a[i].z))!=a[i].b ){
      printf("detect(%s) != %d\n", a[i].z, a[i].b);
      nBad++;
    }
  }
  assert_int_equal(nBad, 0);
}

/* ==== The text of a page =============================================== */

/* Blocks end paragraphs, <br> ends a line; white space folds; inline tags
** join the parts of a word, other tags separate words. */
static void test_html_text_blocks(void **state) {
  static const PageCase a[] = {
    { "<p>IMM3 opened.</p><p>Ministers signed.</p>",
      "IMM3 opened.\n\nMinisters signed.\n\n" },
    { "<h1>COMMIT</h1>\n  <div>\n   Ministers\n   met   in\tHanoi.\n</div>",
      "COMMIT\n\nMinisters met in Hanoi.\n\n" },
    { "<p>FM AMEMBASSY HANOI<br>TO SECSTATE<br/>\nINFO ASEAN</p>",
      "FM AMEMBASSY HANOI\nTO SECSTATE\nINFO ASEAN\n\n" },
    { "<p>a<br><br><br><br>b</p>", "a\n\nb\n\n" },
    { "<p>on 14<sup>th</sup> Feb. in Thai<b>land</b>, <a href=\"/x\">the "
      "<em>Joint</em> Declaration</a>.</p>",
      "on 14th Feb. in Thailand, the Joint Declaration.\n\n" },
    { "<p>Hanoi<img src=\"x.png\">2012</p>", "Hanoi 2012\n\n" },
    { "<ul><li>Cambodia</li><li>China</li></ul>", "Cambodia\n\nChina\n\n" },
    { "<p> lead <span> space </span> </p>", "lead space\n\n" },
  };
  (void)state;
  CHECK_PAGES(a);
}

/* A table row is a line with its cells joined by " | "; a cell holding
** blocks (a layout table) keeps them as paragraphs. */
static void test_html_text_tables(void **state) {
  static const PageCase a[] = {
    { "<table><tr><th>Meeting</th><th>City</th></tr>\n"
      "<tr><td>IMM1</td> <td>Yangon</td><td>29.10.2004</td></tr>\n"
      "<tr><td>IMM2<td>Beijing</table>",
      "Meeting | City\nIMM1 | Yangon | 29.10.2004\nIMM2 | Beijing\n\n" },
    { "<table><tr><td><a href=\"/\">Home</a></td><td><h1>Ministers meet</h1>"
      "<p>HANOI -- IMM3 opened.</p></td></tr></table>",
      "Home\n\nMinisters meet\n\nHANOI -- IMM3 opened.\n\n" },
    { "<table><tr><td></td><td>IMM4</td></tr></table>", "IMM4\n\n" },
    /* a word processor's table: a paragraph per cell, a <br> in a cell */
    { "<table><tr><td><p class=MsoNormal>Thailand</p></td>\n<td><p>H.E. Mr. "
      "Somchai<br>Minister of Justice</p></td></tr><tr><td><div>Viet Nam</div>"
      "</td><td><p>Le Van A</p><p>Vice Minister</p></td></tr></table><p>After</p>",
      "Thailand | H.E. Mr. Somchai Minister of Justice\n"
      "Viet Nam | Le Van A\n\nVice Minister\n\nAfter\n\n" },
  };
  (void)state;
  CHECK_PAGES(a);
}

/* <pre> keeps its white space: a notice laid out in columns stays one. */
static void test_html_text_pre(void **state) {
  static const PageCase a[] = {
    { "<p>Schedule</p><pre>  SOM3      Hanoi\n  IMM3      Hanoi</pre><p>End</p>",
      "Schedule\n\n  SOM3      Hanoi\n  IMM3      Hanoi\n\nEnd\n\n" },
    /* the newline right after <pre> is not shown */
    { "<p>a</p><pre>\nSOM3  Hanoi</pre>", "a\n\nSOM3  Hanoi\n\n" },
  };
  (void)state;
  CHECK_PAGES(a);
}

/* Script, style, template, comments and the head are skipped, except the
** title, a paragraph of its own. */
static void test_html_text_skipped(void **state) {
  static const PageCase a[] = {
    { "<html><head><title>IMM3 &ndash; Hanoi</title>"
      "<script>var a = '<p>IMM9 in Bangkok</p>';</script>"
      "<style>p:after{content:'IMM8'}</style><link rel=x>"
      "<meta name=\"keywords\" content=\"IMM7\"><noscript><link rel=y></noscript>"
      "</head><body><!-- IMM6 was held in Vientiane --><p>Text.</p>"
      "<template><p>IMM5</p></template><SCRIPT type=x>IMM4</ScRiPt >"
      "</body></html>",
      "IMM3 \xE2\x80\x93 Hanoi\n\nText.\n\n" },
    /* the head ends where the body starts, as in a browser: at a tag or
    ** text that belongs in a body, even with no </head> or <body> */
    { "<html><head><title>T</title><meta name=x content=y>\n<h1>IMM3</h1><p>Text.</p>",
      "T\n\nIMM3\n\nText.\n\n" },
    { "<html><head><title>T</title>stray text<p>x</p>", "T\n\nstray text\n\nx\n\n" },
    { "<p>a</p><script>never closed IMM9", "a\n\n" },
    { "<p>a</p><!-- never closed IMM9", "a\n\n" },
    { "<p>a<!---->b<!-- x -- y -->c</p>", "abc\n\n" },
    { "<p>a<!-->b</p><p>c<!--->d</p>", "ab\n\ncd\n\n" },
  };
  (void)state;
  CHECK_PAGES(a);
}

/* Character references: named, decimal, hex, Windows-1252, no ';'. */
static void test_html_text_references(void **state) {
  static const PageCase a[] = {
    { "<p>Viet&nbsp;Nam&rsquo;s &amp; Lao&nbsp;&nbsp;PDR</p>",
      "Viet Nam\xE2\x80\x99s & Lao  PDR\n\n" },
    { "<p>&#8220;MOU&#8221; &#x2013; &#X2014; &#146;04 &#150;</p>",
      "\xE2\x80\x9CMOU\xE2\x80\x9D \xE2\x80\x93 \xE2\x80\x94 \xE2\x80\x99" "04 "
      "\xE2\x80\x93\n\n" },
    { "<p>Pe&ntilde;a &eacute;t&eacute; &Eacute;</p>",
      "Pe\xC3\xB1" "a \xC3\xA9t\xC3\xA9 \xC3\x89\n\n" },
    { "<p>a &amp b &lt;c&gt; &copy 2012 &notit; &not; &bogus; & x</p>",
      "a & b <c> \xC2\xA9 2012 &notit; \xC2\xAC &bogus; & x\n\n" },
    { "<p>&#0;&#xD800;&#1114112;&#65;&#x42&#; &#x;</p>",
      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "AB&#; &#x;\n\n" },
    { "<p>traf&shy;ficking zero&#8203;width</p>",
      "trafficking zero\xE2\x80\x8Bwidth\n\n" },
    { "<p>a &#9; b</p>", "a \t b\n\n" },
  };
  (void)state;
  CHECK_PAGES(a);
}

/* Broken markup reads the way a browser reads it. */
static void test_html_text_malformed(void **state) {
  static const PageCase a[] = {
    { "<p>1 < 2 and 3 <4 > 2</p>", "1 < 2 and 3 <4 > 2\n\n" },
    /* an unclosed quote ends at the tag's first '>': nothing is lost */
    { "<p>IMM2 in <a href=\"x>Beijing</a> 2007</p>", "IMM2 in Beijing 2007\n\n" },
    { "<p>IMM2 <b class=\"unclosed>in Beijing</p>", "IMM2 in Beijing\n\n" },
    { "<p>IMM2 in Beijing", "IMM2 in Beijing" },
    { "<p>a</p></p></div></b>b", "a\n\nb" },
    { "<p>a <![CDATA[ x ]]> b <?php echo 1 ?> c</p>", "a b c\n\n" },
    { "<p>a </ b> c</p>", "a c\n\n" },          /* "</ b>": a bogus comment */
    { "<p>x</p><", "x\n\n<" },
    { "<html>", "" },
    { "", "" },
    { "\xEF\xBB\xBF<p>a</p>", "a\n\n" },             /* a byte-order mark */
    /* an '=' far before a quote does not make it a value's (and a tag
    ** padded with white space is read in one pass) */
    { "<p>IMM3 <a =  \n  \"x>y\">in</a> Hanoi</p>", "IMM3 in Hanoi\n\n" },
  };
  (void)state;
  CHECK_PAGES(a);
}

/* ==== The page date ==================================================== */

static void test_html_meta_date(void **state) {
  static const struct { const char *z; int y, m, d; } a[] = {
    { "<html><head><meta property=\"article:published_time\" "
      "content=\"2012-02-16T10:00:00+07:00\"></head>", 2012, 2, 16 },
    { "<head><META NAME='DC.date' CONTENT='2007-12'>", 2007, 12, 0 },
    { "<head><meta itemprop=datePublished content=20041029>", 2004, 10, 29 },
    { "<head><meta content=\"2015-04-30\" name=\"pubdate\"/>", 2015, 4, 30 },
    { "<head><meta name=\"date\" content=\" 2016 \">", 2016, 0, 0 },
    /* the first date wins; names that are not a publication date do not */
    { "<head><meta name=date content=2008-03-01><meta name=date content=2009-01-01>",
      2008, 3, 1 },
    { "<head><meta name=\"article:modified_time\" content=\"2020-01-01\">", 0, 0, 0 },
    { "<head><meta name=\"date\" content=\"yesterday\">", 0, 0, 0 },
    { "<head><meta name=\"date\" content=\"2012-13-45\">", 0, 0, 0 },
    { "<head><meta name=\"date\">", 0, 0, 0 },
  };
  int i, nBad = 0;
  (void)state;
  for(i=0; i<(int)(sizeof(a)/sizeof(a[0])); i++){
    CommitSource src;
    assert_int_equal(commitSourceOpen(&src, a[i].z, (int)strlen(a[i].z),
                                      COMMIT_FORMAT_HTML), SQLITE_OK);
    if( src.published.y!=a[i].y || src.published.m!=a[i].m || src.published.d!=a[i].d ){
      printf("%s: %d-%d-%d\n", a[i].z, src.published.y, src.published.m, src.published.d);
      nBad++;
    }
    commitSourceClose(&src);
  }
  assert_int_equal(nBad, 0);
}

/* ==== The map back to the page ========================================= */

/* The page bytes [start(i), end(j)) of the text span [i, j). */
static void mapped(const char *zPage, int i, int j, char *zOut, int nOut) {
  CommitSource src;
  int a, b;
  assert_int_equal(commitSourceOpen(&src, zPage, (int)strlen(zPage),
                                    COMMIT_FORMAT_HTML), SQLITE_OK);
  a = commitSourceStart(&src, i);
  b = commitSourceEnd(&src, j);
  snprintf(zOut, nOut, "%d %d %.*s", a, b, b-a, zPage+a);
  commitSourceClose(&src);
}

static void test_html_map(void **state) {
  const char *zPage = "<p>Viet&nbsp;Nam&rsquo;s <b>IMM</b>3</p>";
  char zBuf[200];
  (void)state;
  /* text: "Viet Nam’s IMM3\n\n" */
  mapped(zPage, 0, 8, zBuf, sizeof(zBuf));
  assert_string_equal(zBuf, "3 16 Viet&nbsp;Nam");
  mapped(zPage, 5, 11, zBuf, sizeof(zBuf));       /* "Nam’" (’ = 3 bytes) */
  assert_string_equal(zBuf, "13 23 Nam&rsquo;");
  mapped(zPage, 8, 9, zBuf, sizeof(zBuf));        /* part of a reference */
  assert_string_equal(zBuf, "16 23 &rsquo;");
  mapped(zPage, 13, 17, zBuf, sizeof(zBuf));      /* "IMM3" across tags */
  assert_string_equal(zBuf, "28 36 IMM</b>3");
  mapped(zPage, 19, 19, zBuf, sizeof(zBuf));      /* past the end */
  assert_string_equal(zBuf, "40 40 ");
  {
    /* single spaces are the page's own bytes: one segment for the text,
    ** one for the paragraph break, and the last one */
    CommitSource src;
    assert_int_equal(commitSourceOpen(&src, "<p>a b c d e</p>", 16, COMMIT_FORMAT_HTML), SQLITE_OK);
    assert_int_equal(src.nSeg, 3);
    commitSourceClose(&src);
  }
  {
    /* plain text: no map, offsets as they are */
    CommitSource src;
    assert_int_equal(commitSourceOpen(&src, "<p>a</p>", 8, COMMIT_FORMAT_TEXT), SQLITE_OK);
    assert_null(src.aSeg);
    assert_int_equal(src.n, 8);
    assert_int_equal(commitSourceStart(&src, 3), 3);
    assert_int_equal(commitSourceEnd(&src, 4), 4);
    commitSourceClose(&src);
  }
}

/* ==== Through SQL ====================================================== */

#define PAGE \
  "<!DOCTYPE html><html><head><title>Ministers meet | News</title>" \
  "<meta property=\"article:published_time\" content=\"2012-02-17\">" \
  "<script>document.write('IMM9 opened in Bangkok on 1 May 2019');</script>" \
  "</head><body><p>HANOI &ndash; The third Inter-Ministerial Meeting " \
  "(IMM<b>3</b>) opened in Hanoi on Thursday.</p></body></html>"

/* commit_parse: facts of the page, spans into the page, its meta date as
** the anchor; "format" forces text or HTML. */
static void test_html_parse(void **state) {
  static const EdgeCase a[] = {
    { "SELECT json_extract(j, '$.published'), json_array_length(j, '$.meetings'),"
      " json_extract(j, '$.meetings[0].code'), json_extract(j, '$.meetings[0].start'),"
      " substr(?1, json_extract(j, '$.meetings[0].span[0]')+1,"
      "   json_extract(j, '$.meetings[0].span[1]') - json_extract(j, '$.meetings[0].span[0]')),"
      " json_extract(j, '$.meetings[0].name')"
      " FROM (SELECT commit_parse(?1) AS j)", PAGE, 0,
      "2012-02-17|1|IMM3|2012-02-16|third Inter-Ministerial Meeting (IMM<b>3</b>)"
      "|third Inter-Ministerial Meeting (IMM3)\n" },
    /* the user's date beats the meta date */
    { "SELECT json_extract(commit_parse(?1, '{\"published\":\"2012-02-20\"}'),"
      " '$.meetings[0].start')", PAGE, 0, "2012-02-16\n" },
    /* forced text: the script's meeting is read too */
    { "SELECT group_concat(json_extract(value, '$.code'), ',') FROM"
      " json_each(commit_parse(?1, '{\"format\":\"text\"}'), '$.meetings')",
      PAGE, 0, "IMM9,IMM3\n" },
    /* forced HTML on a fragment that does not look like a page */
    { "SELECT json_extract(commit_parse(?1, '{\"format\":\"html\"}'),"
      " '$.meetings[0].name')", "<b>IMM</b>3 opened in Hanoi on 16 February 2012.",
      0, "IMM3\n" },
    { "SELECT json_extract(commit_parse(?1),"
      " '$.meetings[0].name') IS NOT 'IMM3'",
      "<b>IMM</b>3 opened in Hanoi on 16 February 2012.", 0, "1\n" },
    { "SELECT commit_parse('x', '{\"format\":\"pdf\"}')", 0, 0,
      "ERROR: commit_parse(): option \"format\" must be \"auto\", \"text\" or \"html\"" },
    { "SELECT commit_parse('x', '{\"format\":1}')", 0, 0,
      "ERROR: commit_parse(): option \"format\" must be \"auto\", \"text\" or \"html\"" },
    { "SELECT json_extract(commit_parse(?1, '{\"format\":null}'), '$.published')",
      PAGE, 0, "2012-02-17\n" },
  };
  CHECK(a);
}

/* commit_entities: offsets into the page, surfaces its bytes there. */
static void test_html_entities(void **state) {
  static const EdgeCase a[] = {
    { "SELECT kind, surface, start, \"end\", substr(?1, start+1, \"end\"-start)"
      " FROM commit_entities(?1) WHERE kind IN ('meeting', 'place', 'country')",
      "<p>Viet&nbsp;Nam&rsquo;s <i>IMM</i>3 met in Ha&shy;noi.</p>", 0,
      "country|Viet&nbsp;Nam|3|16|Viet&nbsp;Nam\n"
      "meeting|IMM</i>3|28|36|IMM</i>3\n"
      "place|Ha&shy;noi|44|54|Ha&shy;noi\n" },
    { "SELECT kind, surface FROM commit_entities(?1, '{\"format\":\"text\"}')"
      " WHERE kind='meeting'", "<p>IMM<i>3</i></p>", 0, "meeting|IMM\n" },
  };
  CHECK(a);
}

/* The registry reads an HTML body as a page; evidence spans point into
** the body and surfaces are the body's bytes there; values are read from
** the page's text. */
static void test_html_registry(void **state) {
  static const EdgeCase a[] = {
    { "CREATE VIRTUAL TABLE temp.hr USING commit_registry", 0, 0, "" },
    { "INSERT INTO temp.hr(source, body) VALUES ('page', ?1)", PAGE, 0, "" },
    { "SELECT code, start, city FROM temp.hr_meetings", 0, 0,
      "IMM3|2012-02-16|Hanoi\n" },
    { "SELECT e.field, e.surface, substr(r.body, e.start+1, e.\"end\"-e.start)"
      " FROM temp.hr_evidence e JOIN temp.hr r ON r.rowid=e.report_id"
      " WHERE e.field IN ('code', 'city') ORDER BY e.field", 0, 0,
      "city|Hanoi|Hanoi\n"
      "code|third Inter-Ministerial Meeting (IMM<b>3</b>)|third Inter-Ministerial Meeting (IMM<b>3</b>)\n" },
    { "SELECT value FROM temp.hr_evidence WHERE field='name'", 0, 0,
      "third Inter-Ministerial Meeting (IMM3)\n" },
    { "DROP TABLE temp.hr", 0, 0, "" },
  };
  CHECK(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_html_detect),
    cmocka_unit_test(test_html_text_blocks),
    cmocka_unit_test(test_html_text_tables),
    cmocka_unit_test(test_html_text_pre),
    cmocka_unit_test(test_html_text_skipped),
    cmocka_unit_test(test_html_text_references),
    cmocka_unit_test(test_html_text_malformed),
    cmocka_unit_test(test_html_meta_date),
    cmocka_unit_test(test_html_map),
    cmocka_unit_test(test_html_parse),
    cmocka_unit_test(test_html_entities),
    cmocka_unit_test(test_html_registry),
  };
  return cmocka_run_group_tests(tests, dbSetup, dbTeardown);
}
