/*
** 2026-11-29
**
** test_parse.c -- unit tests of parse.c: the SQL contract of commit_parse
** and of the other pure functions (DESIGN.md "SQL API", STYLE.md "Errors
** the SQL user sees"): the exact JSON of a small report, NULL in -> NULL
** out, options, and every error message word for word.
**
** Cases the parser gets wrong today sit in test functions whose names end
** in _bug, with the date they were found.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>
#include <cmocka.h>

#include "commit.h"

/* ==== Fixtures and helpers ============================================= */

#define TESTDB_SQLVALUE
#include "testdb.h"


/* A SQL case: statement, parameters, expected result or error. */
typedef struct SqlCase SqlCase;
struct SqlCase {
  const char *zSql;
  const char *z1, *z2;  /* text for ?1, ?2 (NULL binds NULL) */
  const char *zWant;    /* text, "NULL" or "ERROR: <message>" */
};

/* Check every case; report all mismatches, then fail if any. */
static void checkSql(void **state, const SqlCase *a, int n) {
  sqlite3 *db = (sqlite3 *)*state;
  int i, nBad = 0;
  for(i=0; i<n; i++){
    char zOut[4096];
    sqlValue(db, a[i].zSql, a[i].z1, a[i].z2, zOut, sizeof(zOut));
    if( strcmp(zOut, a[i].zWant)!=0 ){
      print_error("%s [?1=%s ?2=%s]:\n  want %s\n  got  %s\n", a[i].zSql,
                  a[i].z1 ? a[i].z1 : "NULL", a[i].z2 ? a[i].z2 : "NULL",
                  a[i].zWant, zOut);
      nBad++;
    }
  }
  assert_int_equal(nBad, 0);
}

#define CHECK(a) checkSql(state, a, (int)(sizeof(a)/sizeof(a[0])))

/* The JSON of a report with no facts. */
#define EMPTY_JSON(zPub) \
  "{\"version\":1,\"published\":" zPub ",\"meetings\":[],\"documents\":[]," \
  "\"actions\":[],\"signatories\":[],\"people\":[],\"organizations\":[]," \
  "\"countries\":[]}"

/* ==== Output =========================================================== */

/* The whole JSON of a small report, key order and spans included. */
static void test_parse_small_report_exact_json(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(?1)",
      "HANOI, February 16, 2012 (Agency) - The third Inter-Ministerial Meeting "
      "(IMM3) was held here on 16 February. Nearly 200 delegates attended. "
      "Ministers from Cambodia and Thailand signed the Joint Declaration.",
      0,
      "{\"version\":1,\"published\":\"2012-02-16\","
      "\"meetings\":[{\"code\":\"IMM3\",\"series\":\"IMM\",\"number\":3,"
      "\"name\":\"third Inter-Ministerial Meeting (IMM3)\","
      "\"start\":\"2012-02-16\",\"end\":\"2012-02-16\",\"city\":\"Hanoi\","
      "\"country\":\"VN\",\"venue\":null,\"hosts\":[],\"organizers\":[],"
      "\"attendance\":200,\"attendance_qualifier\":\"nearly\","
      "\"span\":[40,78]}],"
      "\"documents\":[{\"kind\":\"joint_declaration\",\"ordinal\":null,"
      "\"title\":\"Joint Declaration\",\"period\":null,\"span\":[188,205]}],"
      "\"actions\":[{\"meeting\":0,\"document\":0,\"action\":\"signed\","
      "\"parties\":[\"KH\",\"TH\"],\"span\":[177,183]}],"
      "\"signatories\":[{\"meeting\":0,\"document\":0,\"country\":\"KH\","
      "\"person\":null,\"title\":\"Minister\"},{\"meeting\":0,\"document\":0,"
      "\"country\":\"TH\",\"person\":null,\"title\":\"Minister\"}],"
      "\"people\":[],\"organizations\":[],\"countries\":[\"KH\",\"TH\"]}" },
  };
  CHECK(a);
}

/* The output is valid JSON whose keys are those of version 1. */
static void test_parse_output_is_json_version_1(void **state) {
  static const SqlCase a[] = {
    { "SELECT json_valid(commit_parse(?1))", "SOM8 opened in Hanoi.", 0,
      "1" },
    { "SELECT group_concat(key, ',') FROM json_each(commit_parse(?1))",
      "SOM8 opened in Hanoi.", 0,
      "version,published,meetings,documents,actions,signatories,people,"
      "organizations,countries" },
    { "SELECT group_concat(key, ',') FROM json_each("
      "json_extract(commit_parse(?1), '$.meetings[0]'))",
      "SOM8 opened in Hanoi.", 0,
      "code,series,number,name,start,end,city,country,venue,hosts,"
      "organizers,attendance,attendance_qualifier,span" },
  };
  CHECK(a);
}

/* No facts is an empty result, not an error. */
static void test_parse_no_facts_gives_empty_result(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(?1)", "", 0, EMPTY_JSON("null") },
    { "SELECT commit_parse(?1)", "Nothing to see here.", 0,
      EMPTY_JSON("null") },
    { "SELECT commit_parse(?1, '{}')", "  \n\n ", 0, EMPTY_JSON("null") },
  };
  CHECK(a);
}

/* Strings from the text are escaped, white space runs become a space. */
static void test_parse_json_escapes_text(void **state) {
  static const SqlCase a[] = {
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].name')",
      "After a year of work on the plan, the eighth Senior Officials\n"
      "  Meeting (SOM8) opened in Hanoi.", 0,
      "eighth Senior Officials Meeting (SOM8)" },
    { "SELECT json_valid(commit_parse(?1))",
      "SOM8 was held at the \"Grand\" Palace Hotel\\ in Hanoi.\t\x01", 0,
      "1" },
  };
  CHECK(a);
}

/* The same text gives the same result (deterministic). */
static void test_parse_is_deterministic(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(?1) = commit_parse(?1)",
      "IMM2/SOM5 opened in Beijing on Dec.14th, 2007.", 0, "1" },
  };
  CHECK(a);
}

/* A BLOB of UTF-8 (as readfile() returns) is parsed like text. */
static void test_parse_blob_is_read_as_text(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(CAST(?1 AS BLOB)) = commit_parse(?1)",
      "SOM8 opened in Hanoi.", 0, "1" },
    { "SELECT json_extract(commit_parse(CAST(?1 AS BLOB)),"
      " '$.meetings[0].code')", "SOM8 opened in Hanoi.", 0, "SOM8" },
  };
  CHECK(a);
}

/* commit_version() is the VERSION file's string. */
static void test_version_string(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_version()", 0, 0, COMMIT_VERSION },
    { "SELECT commit_version() GLOB '[0-9]*.[0-9]*.[0-9]*'", 0, 0, "1" },
  };
  CHECK(a);
}

/* ==== NULL and options ================================================= */

/* NULL in gives NULL out, whatever the other arguments. */
static void test_null_in_null_out(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(NULL)", 0, 0, "NULL" },
    { "SELECT commit_parse(NULL, '{}')", 0, 0, "NULL" },
    { "SELECT commit_parse(NULL, '{')", 0, 0, "NULL" },
    { "SELECT commit_date(NULL)", 0, 0, "NULL" },
    { "SELECT commit_date(NULL, '2007-12-14')", 0, 0, "NULL" },
    { "SELECT commit_date(NULL, 'bad')", 0, 0, "NULL" },
    { "SELECT commit_country(NULL)", 0, 0, "NULL" },
    { "SELECT commit_meeting_code(NULL)", 0, 0, "NULL" },
  };
  CHECK(a);
}

/* Options: published anchors dates; source is accepted; null is none. */
static void test_parse_options_accepted(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(?1, ?2)", "x",
      "{\"published\":\"2007-12-14\",\"source\":\"VNA\"}",
      EMPTY_JSON("\"2007-12-14\"") },
    { "SELECT commit_parse(?1, ?2)", "x",
      " { \"source\" : \"VNA\" , \"published\" : \"2008-02-29\" } ",
      EMPTY_JSON("\"2008-02-29\"") },
    { "SELECT commit_parse(?1, ?2)", "x", "{}", EMPTY_JSON("null") },
    { "SELECT commit_parse(?1, ?2)", "x", "{\"published\":null}",
      EMPTY_JSON("null") },
    { "SELECT commit_parse(?1, ?2)", "x", "{\"source\":\"A \\\"B\\\" \\u00e9\"}",
      EMPTY_JSON("null") },
    { "SELECT commit_parse(?1, NULL)", "x", 0, EMPTY_JSON("null") },
  };
  CHECK(a);
}

/* ==== Errors =========================================================== */

/* A number is not text. */
static void test_error_number_argument(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(42)", 0, 0,
      "ERROR: commit_parse(): text argument must be text, not a number" },
    { "SELECT commit_parse(4.5)", 0, 0,
      "ERROR: commit_parse(): text argument must be text, not a number" },
    { "SELECT commit_date(42)", 0, 0,
      "ERROR: commit_date(): text argument must be text, not a number" },
    { "SELECT commit_country(42)", 0, 0,
      "ERROR: commit_country(): text argument must be text, not a number" },
    { "SELECT commit_meeting_code(42)", 0, 0,
      "ERROR: commit_meeting_code(): text argument must be text, not a "
      "number" },
  };
  CHECK(a);
}

/* Invalid UTF-8 is an error naming the function. */
static void test_error_invalid_utf8(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(CAST(x'ff' AS TEXT))", 0, 0,
      "ERROR: commit_parse(): text is not valid UTF-8" },
    { "SELECT commit_parse(CAST(x'4845c0af' AS TEXT))", 0, 0,
      "ERROR: commit_parse(): text is not valid UTF-8" },
    { "SELECT commit_parse(CAST(x'eda080' AS TEXT))", 0, 0,
      "ERROR: commit_parse(): text is not valid UTF-8" },
    { "SELECT commit_parse(x'41e282')", 0, 0,
      "ERROR: commit_parse(): text is not valid UTF-8" },
    { "SELECT commit_date(CAST(x'ff' AS TEXT))", 0, 0,
      "ERROR: commit_date(): text is not valid UTF-8" },
    { "SELECT commit_country(CAST(x'ff' AS TEXT))", 0, 0,
      "ERROR: commit_country(): text is not valid UTF-8" },
    { "SELECT commit_meeting_code(x'ff')", 0, 0,
      "ERROR: commit_meeting_code(): text is not valid UTF-8" },
  };
  CHECK(a);
}

/* An embedded NUL is an error of its own. */
static void test_error_embedded_nul(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse(CAST(x'410042' AS TEXT))", 0, 0,
      "ERROR: commit_parse(): text contains a NUL byte" },
    { "SELECT commit_parse(x'00')", 0, 0,
      "ERROR: commit_parse(): text contains a NUL byte" },
    { "SELECT commit_date(CAST(x'410042' AS TEXT))", 0, 0,
      "ERROR: commit_date(): text contains a NUL byte" },
  };
  CHECK(a);
}

/* Malformed options JSON. */
static void test_error_malformed_options(void **state) {
  static const char zWant[] = "ERROR: commit_parse(): malformed options JSON";
  static const SqlCase a[] = {
    { "SELECT commit_parse('x', ?1)", "{", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "not json", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "{} x", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "{\"published\":\"2007-12-14\"", 0,
      zWant },
    { "SELECT commit_parse('x', ?1)", "{\"published\" \"2007-12-14\"}", 0,
      zWant },
    { "SELECT commit_parse('x', ?1)", "{\"source\":\"a\",}", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "{'source':'a'}", 0, zWant },
  };
  CHECK(a);
}

/* The options scanner's corners: white space of every kind, string
** escapes good and bad, missing values, literals. */
static void test_options_json_corners(void **state) {
#define OPT_SQL "SELECT coalesce(json_extract(commit_parse('x', ?1)," \
                " '$.published'), 'null')"
  static const char zBad[] = "ERROR: commit_parse(): malformed options JSON";
  static const char zSrc[] =
      "ERROR: commit_parse(): option \"source\" must be a string";
  static const char zPub[] =
      "ERROR: commit_parse(): option \"published\" must be a date YYYY, "
      "YYYY-MM or YYYY-MM-DD";
  static const SqlCase a[] = {
    { OPT_SQL, "{\t\"published\"\t:\t\"2007-12-14\"\t}", 0, "2007-12-14" },
    { OPT_SQL, "{\r\n\"published\":\r\n\"2007-12-14\"\n}", 0, "2007-12-14" },
    { OPT_SQL, "{\"source\":\"caf\\u00e9 \\uABCD \\n \\/ \\\" \\\\\"}", 0,
      "null" },
    { OPT_SQL, "{\"published\":null,\"source\":null}", 0, "null" },
    { OPT_SQL, "{ }  ", 0, "null" },
    { OPT_SQL, "{\"source\":\"a\\x\"}", 0, zBad },
    { OPT_SQL, "{\"source\":\"a\\u12G4\"}", 0, zBad },
    { OPT_SQL, "{\"source\":\"a\\u12", 0, zBad },
    { OPT_SQL, "{\"source\":\"a\\", 0, zBad },
    { OPT_SQL, "{\"source\":\"a", 0, zBad },
    { OPT_SQL, "{\"source\":\"a\001b\"}", 0, zBad },
    { OPT_SQL, "{\"source\":", 0, zBad },
    { OPT_SQL, "{\"source\":}", 0, zBad },
    { OPT_SQL, "{\"source\":,}", 0, zBad },
    { OPT_SQL, "{\"source\":]}", 0, zBad },
    { OPT_SQL, "{\"source\":\"a\" \"published\":null}", 0, zBad },
    { OPT_SQL, "{\"published\":\"2007-12-14\"}x", 0, zBad },
    { OPT_SQL, "{\"source\":5}", 0, zSrc },
    { OPT_SQL, "{\"source\":false}", 0, zSrc },
    { OPT_SQL, "{\"published\":5}", 0, zPub },
    { OPT_SQL, "{\"published\":\"2007-12\"}", 0, "2007-12" },
    { OPT_SQL, "{\"published\":\"2007-1\"}", 0, zPub },
    { OPT_SQL, "false", 0,
      "ERROR: commit_parse(): options must be a JSON object" },
  };
#undef OPT_SQL
  CHECK(a);
}

/* commitJsonString escapes quotes, backslashes and control characters
** and passes UTF-8 through. */
static void test_json_string_escapes(void **state) {
  static const char zIn[] = "a\"b\\c\nd\re\tf\001g\037h\xc3\xa9";
  sqlite3_str *pStr = sqlite3_str_new(0);
  char *z;
  (void)state;
  commitJsonString(pStr, zIn, (int)strlen(zIn));
  commitJsonString(pStr, "", 0);
  z = sqlite3_str_finish(pStr);
  assert_string_equal(z,
      "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\xc3\xa9\"\"\"");
  sqlite3_free(z);
}

/* Options that are JSON but not an object. */
static void test_error_options_not_object(void **state) {
  static const char zWant[] =
      "ERROR: commit_parse(): options must be a JSON object";
  static const SqlCase a[] = {
    { "SELECT commit_parse('x', ?1)", "[]", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "[{\"published\":\"2007-12-14\"}]", 0,
      zWant },
    { "SELECT commit_parse('x', ?1)", "\"2007-12-14\"", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "42", 0, zWant },
    { "SELECT commit_parse('x', 42)", 0, 0, zWant },
    { "SELECT commit_parse('x', 4.5)", 0, 0, zWant },
  };
  CHECK(a);
}

/*
** null, true and -1 are well-formed JSON that is not an object.  PARSER
** BUG (2026-11-29): reported as "malformed options JSON".
*/
static void test_error_options_json_literal_not_object_bug(void **state) {
  static const char zWant[] =
      "ERROR: commit_parse(): options must be a JSON object";
  static const SqlCase a[] = {
    { "SELECT commit_parse('x', ?1)", "null", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "true", 0, zWant },
    { "SELECT commit_parse('x', ?1)", "-1", 0, zWant },
  };
  CHECK(a);
}

/* An unknown option is named, quoted and cut to 40 bytes, with the known. */
static void test_error_unknown_option(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse('x', ?1)", "{\"foo\":1}", 0,
      "ERROR: commit_parse(): unknown option 'foo' (known: published, "
      "source, format)" },
    { "SELECT commit_parse('x', ?1)", "{\"Published\":\"2007-12-14\"}", 0,
      "ERROR: commit_parse(): unknown option 'Published' (known: published, "
      "source, format)" },
    { "SELECT commit_parse('x', ?1)",
      "{\"published\":\"2007-12-14\",\"anchor\":\"2007-12-14\"}", 0,
      "ERROR: commit_parse(): unknown option 'anchor' (known: published, "
      "source, format)" },
    { "SELECT commit_parse('x', ?1)", "{\"it's\":1}", 0,
      "ERROR: commit_parse(): unknown option 'it''s' (known: published, "
      "source, format)" },
    { "SELECT commit_parse('x', ?1)",
      "{\"abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\":1}", 0,
      "ERROR: commit_parse(): unknown option "
      "'abcdefghijklmnopqrstuvwxyzabcdefghijklmn' (known: published, "
      "source, format)" },
  };
  CHECK(a);
}

/* "published" must be a valid date YYYY, YYYY-MM or YYYY-MM-DD; "source" a
** string. */
static void test_error_bad_option_values(void **state) {
  static const char zPub[] =
      "ERROR: commit_parse(): option \"published\" must be a date YYYY, "
      "YYYY-MM or YYYY-MM-DD";
  static const SqlCase a[] = {
    { "SELECT commit_parse('x', ?1)", "{\"published\":\"2007-13-01\"}", 0,
      zPub },
    { "SELECT commit_parse('x', ?1)", "{\"published\":\"2007-02-30\"}", 0,
      zPub },
    { "SELECT commit_parse('x', ?1)", "{\"published\":\"14 Dec 2007\"}", 0,
      zPub },
    { "SELECT commit_parse('x', ?1)", "{\"published\":\"\"}", 0, zPub },
    { "SELECT commit_parse('x', ?1)", "{\"published\":20071214}", 0, zPub },
    { "SELECT commit_parse('x', ?1)", "{\"published\":true}", 0, zPub },
    { "SELECT commit_parse('x', ?1)", "{\"source\":42}", 0,
      "ERROR: commit_parse(): option \"source\" must be a string" },
  };
  CHECK(a);
}

/*
** "published" may be a year or a month only: users often know no more from
** a URL or a cable number (issue 8).  It is the anchor as given.
** 2026-12-06: was test_error_published_needs_a_day_bug, which refused both.
*/
static void test_published_year_or_month(void **state) {
  static const SqlCase a[] = {
    { "SELECT json_extract(commit_parse('x', ?1), '$.published')",
      "{\"published\":\"2007\"}", 0, "2007" },
    { "SELECT json_extract(commit_parse('x', ?1), '$.published')",
      "{\"published\":\"2007-12\"}", 0, "2007-12" },
    { "SELECT json_extract(commit_parse('SOM5 opened on December 12.', ?1),"
      " '$.meetings[0].start')", "{\"published\":\"2007-12\"}", 0,
      "2007-12-12" },
    { "SELECT json_extract(commit_parse('SOM5 opened on Wednesday.', ?1),"
      " '$.meetings[0].start')", "{\"published\":\"2007-12\"}", 0, "NULL" },
  };
  CHECK(a);
}

/* commit_date's anchor must be a full date. */
static void test_error_date_anchor(void **state) {
  static const char zWant[] =
      "ERROR: commit_date(): anchor must be a date YYYY-MM-DD";
  static const SqlCase a[] = {
    { "SELECT commit_date('on Tuesday', ?1)", "bad", 0, zWant },
    { "SELECT commit_date('on Tuesday', ?1)", "2007-12", 0, zWant },
    { "SELECT commit_date('on Tuesday', ?1)", "2007-02-30", 0, zWant },
    { "SELECT commit_date('on Tuesday', 20071214)", 0, 0, zWant },
  };
  CHECK(a);
}

/* A wrong argument count is SQLite's own error, at prepare. */
static void test_error_wrong_argument_count(void **state) {
  static const SqlCase a[] = {
    { "SELECT commit_parse()", 0, 0,
      "ERROR: wrong number of arguments to function commit_parse()" },
    { "SELECT commit_parse('a', '{}', 'c')", 0, 0,
      "ERROR: wrong number of arguments to function commit_parse()" },
    { "SELECT commit_date()", 0, 0,
      "ERROR: wrong number of arguments to function commit_date()" },
    { "SELECT commit_date('a', 'b', 'c')", 0, 0,
      "ERROR: wrong number of arguments to function commit_date()" },
    { "SELECT commit_country('a', 'b')", 0, 0,
      "ERROR: wrong number of arguments to function commit_country()" },
    { "SELECT commit_meeting_code()", 0, 0,
      "ERROR: wrong number of arguments to function commit_meeting_code()" },
    { "SELECT commit_version(1)", 0, 0,
      "ERROR: wrong number of arguments to function commit_version()" },
  };
  CHECK(a);
}

/* A result longer than SQLITE_LIMIT_LENGTH is SQLite's "too big" error. */
static void test_error_result_too_big(void **state) {
  sqlite3 *db = (sqlite3 *)*state;
  char zOut[256];
  int nOld = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 200);
  sqlValue(db, "SELECT commit_parse(?1)", "SOM8 opened in Hanoi.", 0, zOut,
           sizeof(zOut));
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, nOld);
  assert_string_equal(zOut, "ERROR: string or blob too big");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_parse_small_report_exact_json),
    cmocka_unit_test(test_parse_output_is_json_version_1),
    cmocka_unit_test(test_parse_no_facts_gives_empty_result),
    cmocka_unit_test(test_parse_json_escapes_text),
    cmocka_unit_test(test_parse_is_deterministic),
    cmocka_unit_test(test_parse_blob_is_read_as_text),
    cmocka_unit_test(test_version_string),
    cmocka_unit_test(test_null_in_null_out),
    cmocka_unit_test(test_parse_options_accepted),
    cmocka_unit_test(test_error_number_argument),
    cmocka_unit_test(test_error_invalid_utf8),
    cmocka_unit_test(test_error_embedded_nul),
    cmocka_unit_test(test_error_malformed_options),
    cmocka_unit_test(test_json_string_escapes),
    cmocka_unit_test(test_options_json_corners),
    cmocka_unit_test(test_error_options_not_object),
    cmocka_unit_test(test_error_options_json_literal_not_object_bug),
    cmocka_unit_test(test_error_unknown_option),
    cmocka_unit_test(test_error_bad_option_values),
    cmocka_unit_test(test_published_year_or_month),
    cmocka_unit_test(test_error_date_anchor),
    cmocka_unit_test(test_error_wrong_argument_count),
    cmocka_unit_test(test_error_result_too_big),
  };
  return cmocka_run_group_tests(tests, dbSetup, dbTeardown);
}
