/*
** 2026-11-29
**
** test_vtab.c -- unit tests of vtab_entities.c and vtab_gazetteer.c, and
** of the registered API as a whole: commit_entities rows and errors,
** the commit_countries and commit_organizations tables, the snapshot of
** names registered by sqlite3_commit_init, and their flags.
**
** Results are compared as rows: columns joined with '|', rows with '\n',
** NULL as "NULL" (like the sqlite3 shell), errors as "ERROR: <message>".
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

#define TESTDB_SQLROWS
#include "testdb.h"


/* A SQL case: statement, parameter, expected rows. */
typedef struct RowsCase RowsCase;
struct RowsCase {
  const char *zSql;
  const char *z1;     /* text for ?1, or NULL */
  const char *zWant;  /* rows, or "ERROR: <message>" */
};

/* Check every case; report all mismatches, then fail if any. */
static void checkRows(void **state, const RowsCase *a, int n) {
  sqlite3 *db = (sqlite3 *)*state;
  int i, nBad = 0;
  for(i=0; i<n; i++){
    char zOut[8192];
    sqlRows(db, a[i].zSql, a[i].z1, 0, zOut, sizeof(zOut));
    if( strcmp(zOut, a[i].zWant)!=0 ){
      print_error("%s [?1=%s]:\n--- want\n%s\n--- got\n%s\n", a[i].zSql,
                  a[i].z1 ? a[i].z1 : "NULL", a[i].zWant, zOut);
      nBad++;
    }
  }
  assert_int_equal(nBad, 0);
}

#define CHECK(a) checkRows(state, a, (int)(sizeof(a)/sizeof(a[0])))

#define ENT_SQL \
  "SELECT kind, surface, value, start, \"end\", sentence " \
  "FROM commit_entities(?1)"

/* ==== commit_entities ================================================== */

/* One row per mention: kind, surface, value, byte span, sentence. */
static void test_entities_rows_of_short_text(void **state) {
  static const RowsCase a[] = {
    { ENT_SQL, "IMM-2 opened in Rangoon on Dec. 12, 2007.",
      "meeting|IMM-2|IMM2|0|5|0\n"
      "place|Rangoon|Yangon|16|23|0\n"
      "date|Dec. 12, 2007|2007-12-12|27|40|0\n" },
  };
  CHECK(a);
}

/* Rows are numbered by sentence and offsets count bytes, not characters. */
static void test_entities_sentences_and_byte_offsets(void **state) {
  static const RowsCase a[] = {
    { ENT_SQL,
      "Vi\xe1\xbb\x87t Nam hosted SOM8. Burmese officials attended SOM9.",
      "country|Vi\xe1\xbb\x87t Nam|VN|0|10|0\n"
      "meeting|SOM8|SOM8|18|22|0\n"
      "country|Burmese|MM|24|31|1\n"
      "meeting|SOM9|SOM9|51|55|1\n" },
  };
  CHECK(a);
}

/* Every kind of row and its normalised value. */
static void test_entities_kinds_and_values(void **state) {
  static const RowsCase a[] = {
    { "SELECT kind, value FROM commit_entities(?1)",
      "Nearly 200 delegates from Laos attended SOM-6 at the Don Chan Palace "
      "Hotel in Vientiane, where they reviewed SPA II (2008-2010).",
      "number|200\n"
      "country|LA\n"
      "meeting|SOM6\n"
      "place|Don Chan Palace Hotel\n"
      "place|Vientiane\n"
      "document|spa:2\n"
      "date|2008/2010\n" },
    { "SELECT kind, value FROM commit_entities(?1)",
      "Mr. Zhang Wei of the MPS spoke.",
      "person|Zhang Wei\n"
      "organization|Ministry of Public Security\n" },
  };
  CHECK(a);
}

/* Options reach the rows: published anchors relative dates. */
static void test_entities_options_anchor_dates(void **state) {
  static const RowsCase a[] = {
    { "SELECT value FROM commit_entities(?1, '{\"published\":\"2012-02-16\"}')"
      " WHERE kind='date'", "SOM8 opened on Tuesday.", "2012-02-14\n" },
    { "SELECT value FROM commit_entities(?1) WHERE kind='date'",
      "SOM8 opened on Tuesday.", "NULL\n" },
  };
  CHECK(a);
}

/* NULL text and empty text give no rows. */
static void test_entities_null_or_empty_text_no_rows(void **state) {
  static const RowsCase a[] = {
    { "SELECT count(*) FROM commit_entities(NULL)", 0, "0\n" },
    { "SELECT count(*) FROM commit_entities('')", 0, "0\n" },
    { "SELECT count(*) FROM commit_entities('No mentions at all.')", 0,
      "0\n" },
  };
  CHECK(a);
}

/* The text may come from another table (a lateral join). */
static void test_entities_joined_to_a_table(void **state) {
  static const RowsCase a[] = {
    { "WITH t(id, body) AS (VALUES (1, 'SOM8 opened.'), (2, 'IMM3 closed.'),"
      " (3, NULL)) SELECT t.id, e.value FROM t, commit_entities(t.body) e"
      " WHERE e.kind='meeting' ORDER BY t.id", 0, "1|SOM8\n2|IMM3\n" },
  };
  CHECK(a);
}

/* The hidden columns are text and options. */
static void test_entities_schema(void **state) {
  static const RowsCase a[] = {
    { "SELECT name, hidden FROM pragma_table_xinfo('commit_entities')", 0,
      "kind|0\nsurface|0\nvalue|0\nstart|0\nend|0\nsentence|0\n"
      "text|1\noptions|1\n" },
  };
  CHECK(a);
}

/* Errors name the table-valued function. */
static void test_entities_errors(void **state) {
  static const RowsCase a[] = {
    { "SELECT * FROM commit_entities", 0,
      "ERROR: commit_entities(): needs a text argument" },
    { "SELECT * FROM commit_entities(42)", 0,
      "ERROR: commit_entities(): text argument must be text, not a number" },
    { "SELECT * FROM commit_entities(CAST(x'ff' AS TEXT))", 0,
      "ERROR: commit_entities(): text is not valid UTF-8" },
    { "SELECT * FROM commit_entities(CAST(x'410042' AS TEXT))", 0,
      "ERROR: commit_entities(): text contains a NUL byte" },
    { "SELECT * FROM commit_entities('x', '{')", 0,
      "ERROR: commit_entities(): malformed options JSON" },
    { "SELECT * FROM commit_entities('x', '{\"foo\":1}')", 0,
      "ERROR: commit_entities(): unknown option 'foo' (known: published, "
      "source, format)" },
    { "SELECT * FROM commit_entities('x', 42)", 0,
      "ERROR: commit_entities(): options must be a JSON object" },
    { "SELECT * FROM commit_entities WHERE text > 'a'", 0,
      "ERROR: no query solution" },
  };
  CHECK(a);
}

/* ==== commit_countries and commit_organizations ======================== */

/* 249 countries, six of them members. */
static void test_countries_counts_and_members(void **state) {
  static const RowsCase a[] = {
    { "SELECT count(*), sum(member) FROM commit_countries", 0, "249|6\n" },
    { "SELECT iso2, iso3, name FROM commit_countries WHERE member"
      " ORDER BY iso2", 0,
      "CN|CHN|China\nKH|KHM|Cambodia\nLA|LAO|Lao PDR\nMM|MMR|Myanmar\n"
      "TH|THA|Thailand\nVN|VNM|Viet Nam\n" },
    { "SELECT count(DISTINCT iso2) FROM commit_countries", 0, "249\n" },
  };
  CHECK(a);
}

/* Aliases and adjectives: Burma and Burmese are Myanmar's. */
static void test_countries_aliases_of_myanmar(void **state) {
  static const RowsCase a[] = {
    { "SELECT 'Burma' IN (SELECT value FROM commit_countries,"
      " json_each('[\"' || replace(aliases, ';', '\",\"') || '\"]')"
      " WHERE iso2='MM')", 0, "1\n" },
    { "SELECT adjectives FROM commit_countries WHERE iso2='MM'", 0,
      "Burmese\n" },
    { "SELECT aliases IS NULL FROM commit_countries WHERE iso2='MM'", 0,
      "0\n" },
  };
  CHECK(a);
}

/* MPS is the Ministry of Public Security of China and of Viet Nam. */
static void test_organizations_mps_rows(void **state) {
  static const RowsCase a[] = {
    { "SELECT acronym, name, country, kind FROM commit_organizations"
      " WHERE acronym='MPS' ORDER BY country", 0,
      "MPS|Ministry of Public Security|CN|gov\n"
      "MPS|Ministry of Public Security|VN|gov\n" },
    { "SELECT name FROM commit_organizations WHERE acronym='UN-ACT'", 0,
      "United Nations Action for Cooperation against Trafficking in "
      "Persons\n" },
    { "SELECT name FROM pragma_table_info('commit_organizations')", 0,
      "acronym\nname\naliases\ncountry\nkind\n" },
  };
  CHECK(a);
}

/* The gazetteer tables are read-only. */
static void test_gazetteer_tables_read_only(void **state) {
  static const RowsCase a[] = {
    { "DELETE FROM commit_countries", 0,
      "ERROR: table commit_countries may not be modified" },
    { "INSERT INTO commit_organizations(acronym) VALUES('X')", 0,
      "ERROR: table commit_organizations may not be modified" },
  };
  CHECK(a);
}

/* ==== The registered API =============================================== */

/* Exactly the functions and modules of DESIGN.md are registered. */
static void test_api_snapshot(void **state) {
  static const RowsCase a[] = {
    { "SELECT DISTINCT name FROM pragma_function_list"
      " WHERE name LIKE 'commit\\_%' ESCAPE '\\' ORDER BY name", 0,
      "commit_country\ncommit_date\ncommit_meeting_code\ncommit_parse\n"
      "commit_version\n" },
    { "SELECT name FROM pragma_module_list"
      " WHERE name LIKE 'commit\\_%' ESCAPE '\\' ORDER BY name", 0,
      "commit_countries\ncommit_entities\ncommit_organizations\n"
      "commit_registry\ncommit_signatories\n" },
    { "SELECT name, narg FROM pragma_function_list"
      " WHERE name LIKE 'commit\\_%' ESCAPE '\\' ORDER BY name, narg", 0,
      "commit_country|1\ncommit_date|1\ncommit_date|2\n"
      "commit_meeting_code|1\ncommit_parse|1\ncommit_parse|2\n"
      "commit_version|0\n" },
  };
  CHECK(a);
}

/* Every pure function is deterministic and innocuous, UTF-8. */
static void test_api_function_flags(void **state) {
  static const RowsCase a[] = {
    { "SELECT name, narg, enc, (flags & 0x800)!=0, (flags & 0x200000)!=0"
      " FROM pragma_function_list"
      " WHERE name LIKE 'commit\\_%' ESCAPE '\\' ORDER BY name, narg", 0,
      "commit_country|1|utf8|1|1\n"
      "commit_date|1|utf8|1|1\ncommit_date|2|utf8|1|1\n"
      "commit_meeting_code|1|utf8|1|1\n"
      "commit_parse|1|utf8|1|1\ncommit_parse|2|utf8|1|1\n"
      "commit_version|0|utf8|1|1\n" },
  };
  CHECK(a);
}

/* Innocuous functions and tables work from a view with untrusted schema. */
static void test_api_innocuous_in_untrusted_schema(void **state) {
  sqlite3 *db = (sqlite3 *)*state;
  int bOld = -1;
  static const RowsCase a[] = {
    { "SELECT json_extract(j, '$.meetings[0].code'), c, d, m, v=?1"
      " FROM v_parse", COMMIT_VERSION, "SOM8|MM|2007-12-14|SOM8|1\n" },
    { "SELECT value FROM v_entities", 0, "SOM8\n" },
    { "SELECT count(*) FROM v_countries", 0, "249\n" },
  };
  assert_int_equal(sqlite3_exec(db,
      "CREATE VIEW v_parse AS SELECT commit_parse('SOM8 opened.') AS j,"
      "  commit_country('Burma') AS c, commit_date('Dec.14th, 2007') AS d,"
      "  commit_meeting_code('SOM-8') AS m, commit_version() AS v;"
      "CREATE VIEW v_entities AS SELECT value FROM"
      "  commit_entities('SOM8 opened.') WHERE kind='meeting';"
      "CREATE VIEW v_countries AS SELECT * FROM commit_countries;",
      0, 0, 0), SQLITE_OK);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &bOld);
  CHECK(a);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, &bOld);
  assert_int_equal(sqlite3_exec(db,
      "DROP VIEW v_parse; DROP VIEW v_entities; DROP VIEW v_countries;",
      0, 0, 0), SQLITE_OK);
}

/* Init on a second connection works and closing frees everything. */
static void test_api_init_and_close_second_connection(void **state) {
  sqlite3 *db = 0;
  char *zErr = 0;
  char zOut[64];
  (void)state;
  assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
  assert_int_equal(sqlite3_commit_init(db, &zErr, 0), SQLITE_OK);
  assert_null(zErr);
  sqlRows(db, "SELECT commit_country('Burma')", 0, 0, zOut, sizeof(zOut));
  assert_string_equal(zOut, "MM\n");
  assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_entities_rows_of_short_text),
    cmocka_unit_test(test_entities_sentences_and_byte_offsets),
    cmocka_unit_test(test_entities_kinds_and_values),
    cmocka_unit_test(test_entities_options_anchor_dates),
    cmocka_unit_test(test_entities_null_or_empty_text_no_rows),
    cmocka_unit_test(test_entities_joined_to_a_table),
    cmocka_unit_test(test_entities_schema),
    cmocka_unit_test(test_entities_errors),
    cmocka_unit_test(test_countries_counts_and_members),
    cmocka_unit_test(test_countries_aliases_of_myanmar),
    cmocka_unit_test(test_organizations_mps_rows),
    cmocka_unit_test(test_gazetteer_tables_read_only),
    cmocka_unit_test(test_api_snapshot),
    cmocka_unit_test(test_api_function_flags),
    cmocka_unit_test(test_api_innocuous_in_untrusted_schema),
    cmocka_unit_test(test_api_init_and_close_second_connection),
  };
  return cmocka_run_group_tests(tests, dbSetup, dbTeardown);
}
