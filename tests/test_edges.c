/*
** 2026-11-29
**
** test_edges.c -- edge cases across the pipeline: unusual date forms and
** near-misses, meeting codes with odd separators, documents with roman
** numerals and phases, people with ranks/honorifics/titles in many
** orders, attendance near-misses, hosts, venues, page chrome, JSON
** escaping, the registry (UPDATE, DELETE, rename, errors) and
** commit_signatories / commit_entities arguments.
**
** Every case goes through SQL on a :memory: database with the extension
** (testdb.h).  A case is a statement, an optional text for ?1 and ?2, and
** the expected rows (columns joined with '|', rows ended by '\n') or
** "ERROR: <message>".  Expected values follow ../shared/DESIGN.md; cases
** the code gets wrong today sit in test functions whose names end in _bug.
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
#define TESTDB_CASES
#include "testdb.h"


/* Run statements that must all succeed (setup of a registry). */
static void execOk(sqlite3 *db, const char *zSql) {
  char *zErr = 0;
  int rc = sqlite3_exec(db, zSql, 0, 0, &zErr);
  if( rc!=SQLITE_OK ) print_error("%s: %s\n", zSql, zErr ? zErr : "?");
  sqlite3_free(zErr);
  assert_int_equal(rc, SQLITE_OK);
}

#define DATE "SELECT commit_date(?1, ?2)"
#define CODE "SELECT commit_meeting_code(?1)"
#define FACT "SELECT json_extract(commit_parse(?1), ?2)"
#define ENTS(kind) \
  "SELECT group_concat(value, ';') FROM (SELECT value FROM " \
  "commit_entities(?1, ?2) WHERE kind='" kind "' ORDER BY start)"

/* ==== Dates ============================================================ */

/* Ordinal suffixes, also with a stray space ("3 rd", "14 th"). */
static void test_date_ordinal_suffix_with_space(void **state) {
  static const EdgeCase a[] = {
    { DATE, "Held on the 3 rd of May 2009.", 0, "2009-05-03\n" },
    { DATE, "It ended on December 14 th, 2007.", 0, "2007-12-14\n" },
    { DATE, "It ended on December 1st, 2007.", 0, "2007-12-01\n" },
    { DATE, "It ended on 22nd November 2016.", 0, "2016-11-22\n" },
  };
  CHECK(a);
}

/* Cable date-time groups: DDHHMMZ MON YY. */
static void test_date_cable_date_time_group(void **state) {
  static const EdgeCase a[] = {
    { DATE, "190614Z DEC 07", 0, "2007-12-19\n" },
    { DATE, "R 281200Z OCT 04", 0, "2004-10-28\n" },
  };
  CHECK(a);
}

/* Ranges with through/until/till and across a year end. */
static void test_date_range_words_and_year_end(void **state) {
  static const EdgeCase a[] = {
    { DATE, "December 12 through 14, 2007", 0, "2007-12-12/2007-12-14\n" },
    { DATE, "March 3 until March 5, 2010", 0, "2010-03-03/2010-03-05\n" },
    { DATE, "May 20 till 22, 2010", 0, "2010-05-20/2010-05-22\n" },
    { DATE, "December 30 - January 2, 2008", 0,
      "2007-12-30/2008-01-02\n" },
  };
  CHECK(a);
}

/* Numeric forms: ISO, US-order page dates; an impossible month is not a
** day. */
static void test_date_numeric_forms(void **state) {
  static const EdgeCase a[] = {
    { DATE, "2007-12-14", 0, "2007-12-14\n" },
    { DATE, "Thu, 11/06/2008 - 10:09", 0, "2008-11-06\n" },
    { DATE, "2007-13-01", 0, "2007\n" },
  };
  CHECK(a);
}

/* Coarse grains: month and year, "late", "mid-". */
static void test_date_month_and_year_grains(void **state) {
  static const EdgeCase a[] = {
    { DATE, "December, 2007", 0, "2007-12\n" },
    { DATE, "in late 2003", 0, "2003\n" },
    { DATE, "mid-2003", 0, "2003\n" },
    { DATE, "in October 2004", 0, "2004-10\n" },
  };
  CHECK(a);
}

/* Relative days need the anchor. */
static void test_date_relative_days_with_anchor(void **state) {
  static const EdgeCase a[] = {
    { DATE, "on Tuesday", "2012-02-16", "2012-02-14\n" },
    { DATE, "yesterday", "2012-02-16", "2012-02-15\n" },
    { DATE, "yesterday", 0, "NULL\n" },
  };
  CHECK(a);
}

/* Near-misses: a reversed range or a two-digit year alone give no date. */
static void test_date_near_misses_are_null(void **state) {
  static const EdgeCase a[] = {
    { DATE, "December 14-12, 2007", 0, "NULL\n" },
    { DATE, "Dec 5, 07", 0, "NULL\n" },
    { DATE, "the 10th anniversary", 0, "NULL\n" },
  };
  CHECK(a);
}

/* A slashed ISO-order date is one day, not the years 2007 to 2012. */
static void test_date_slashed_iso_order(void **state) {
  static const EdgeCase a[] = {
    { DATE, "2007/12/14", 0, "2007-12-14\n" },
  };
  CHECK(a);
}

/* Weekday ranges, "today" and "this morning" take the anchor. */
static void test_date_weekday_range_and_today(void **state) {
  static const EdgeCase a[] = {
    { DATE, "from Wednesday to Friday", "2012-02-16",
      "2012-02-15/2012-02-17\n" },
    { DATE, "this morning", "2012-02-16", "2012-02-16\n" },
    { DATE, "today", "2012-02-16", "2012-02-16\n" },
    { DATE, "2015 to 2018", 0, "2015/2018\n" },
  };
  CHECK(a);
}

/* Places: described capitals, city aliases, messy commas, virtual. */
static void test_places_capital_alias_virtual(void **state) {
  static const EdgeCase a[] = {
    { FACT, "IMM3 opened in the Cambodian capital on 5 May 2010.",
      "$.meetings[0].city", "Phnom Penh\n" },
    { FACT, "SOM8 was held in Rangoon.", "$.meetings[0].city", "Yangon\n" },
    { FACT, "SOM8 was held in Yangon ,Myanmar.", "$.meetings[0].country",
      "MM\n" },
    { FACT, "SOM8 was held virtually on 5 May 2020.", "$.meetings[0].city",
      "NULL\n" },
    { FACT, "The two-day SOM5 opened on 12 December 2007.",
      "$.meetings[0].end", "2007-12-13\n" },
  };
  CHECK(a);
}

/* ==== Meeting codes ==================================================== */

/* Separators: spaces around a hyphen, a stray space, a parenthesis. */
static void test_code_odd_separators(void **state) {
  static const EdgeCase a[] = {
    { CODE, "SOM - 8", 0, "SOM8\n" },
    { CODE, "IMM 3", 0, "IMM3\n" },
    { CODE, "IMM-13", 0, "IMM13\n" },
    { CODE, "Senior Officials Meeting (SOM) 11", 0, "SOM11\n" },
    { CODE, "Senior Officials Meeting 3 (SOM 3)", 0, "SOM3\n" },
    { CODE, "SOM-8 (SOM-8)", 0, "SOM8\n" },
    { CODE, "IMM2/SOM5", 0, "IMM2\n" },
  };
  CHECK(a);
}

/* Ordinals and names: stray spaces, words, parenthesised expansions. */
static void test_code_ordinal_names(void **state) {
  static const EdgeCase a[] = {
    { CODE, "the 8 th Senior Officials' Meeting", 0, "SOM8\n" },
    { CODE, "10th COMMIT (Coordinated Mekong Ministerial Initiative against "
            "Trafficking) Senior Officials' meeting", 0, "SOM10\n" },
    { CODE, "the Inter Ministerial Meeting 2", 0, "IMM2\n" },
    { CODE, "the third annual Inter-Ministerial Meeting", 0, "IMM3\n" },
    { CODE, "the 4th Inter-Ministerial Meeting (IMM4)", 0, "IMM4\n" },
  };
  CHECK(a);
}

/* Not a meeting number: out of range, or "the next" meeting. */
static void test_code_near_misses(void **state) {
  static const EdgeCase a[] = {
    { CODE, "SOM 100", 0, "NULL\n" },
    { CODE, "the next Senior Officials Meeting", 0, "NULL\n" },
    { CODE, "the 3rd Youth Forum", 0, "NULL\n" },
    { CODE, NULL, 0, "NULL\n" },
  };
  CHECK(a);
}

/* ==== Documents ======================================================== */

/* Roman numerals, fused or spaced; digits; periods in brackets. */
static void test_document_roman_numerals_and_periods(void **state) {
  static const EdgeCase a[] = {
    { FACT, "At IMM2 the ministers adopted SPA II (2008-2010).",
      "$.documents",
      "[{\"kind\":\"spa\",\"ordinal\":2,\"title\":\"SPA II\","
      "\"period\":\"2008/2010\",\"span\":[30,36]}]\n" },
    { FACT, "At IMM3 ministers endorsed SPAIII.", "$.documents",
      "[{\"kind\":\"spa\",\"ordinal\":3,\"title\":\"SPAIII\","
      "\"period\":null,\"span\":[27,33]}]\n" },
    { FACT, "At IMM4 ministers launched SPA4.", "$.documents[0].ordinal",
      "4\n" },
  };
  CHECK(a);
}

/* Phases carry an ordinal and a period ("Phase 4 (2015 to 2018)"). */
static void test_document_phases(void **state) {
  static const EdgeCase a[] = {
    { FACT, "At IMM4 ministers endorsed Phase 4 (2015 to 2018).",
      "$.documents",
      "[{\"kind\":\"spa\",\"ordinal\":4,\"title\":\"Phase 4\","
      "\"period\":\"2015/2018\",\"span\":[27,34]}]\n" },
    { FACT, "At SOM8 officials reviewed the second-phase action plan.",
      "$.documents",
      "[{\"kind\":\"spa\",\"ordinal\":2,\"title\":\"second-phase action plan\","
      "\"period\":null,\"span\":[31,55]}]\n" },
  };
  CHECK(a);
}

/* A city-named declaration is a joint declaration. */
static void test_document_city_declaration(void **state) {
  static const EdgeCase a[] = {
    { FACT, "At IMM2 the ministers signed the Beijing Declaration.",
      "$.documents[0].kind", "joint_declaration\n" },
    { FACT, "At IMM2 the ministers signed the Beijing Declaration.",
      "$.documents[0].title", "Beijing Declaration\n" },
  };
  CHECK(a);
}

/* ==== People =========================================================== */

/* Rank and honorific are not the title; title then organisation. */
static void test_person_honorific_rank_title_org(void **state) {
  static const EdgeCase a[] = {
    { FACT, "H.E. Lieut-Gen. Khin Yi, Minister of Home Affairs of Myanmar, "
            "chaired IMM4.", "$.people",
      "[{\"name\":\"Khin Yi\",\"honorific\":\"H.E.\",\"title\":\"Minister\","
      "\"organization\":\"Ministry of Home Affairs\",\"country\":\"MM\","
      "\"span\":[0,23]}]\n" },
    { FACT, "Police Brig-Gen Suwat Jangyodsuk, Deputy Commissioner of the "
            "Royal Thai Police, attended SOM8.", "$.people",
      "[{\"name\":\"Suwat Jangyodsuk\",\"honorific\":null,"
      "\"title\":\"Deputy Commissioner\",\"organization\":\"Royal Thai Police\","
      "\"country\":\"TH\",\"span\":[0,32]}]\n" },
  };
  CHECK(a);
}

/* Organisation first, then the office, then the name. */
static void test_person_organization_before_title(void **state) {
  static const EdgeCase a[] = {
    { FACT, "Ministry of Public Security Vice Minister Zhang Xinfeng opened "
            "SOM5.", "$.people[0].name", "Zhang Xinfeng\n" },
    { FACT, "Ministry of Public Security Vice Minister Zhang Xinfeng opened "
            "SOM5.", "$.people[0].title", "Vice Minister\n" },
    { FACT, "Ministry of Public Security Vice Minister Zhang Xinfeng opened "
            "SOM5.", "$.people[0].organization",
      "Ministry of Public Security\n" },
  };
  CHECK(a);
}

/* A lower-case title is written capitalised, small words kept. */
static void test_person_lower_case_title_capitalised(void **state) {
  static const EdgeCase a[] = {
    { FACT, "Madame Nguyen Thi Hoa, vice minister of the interior for the "
            "Lao PDR, spoke.", "$.people[0].title", "Vice Minister\n" },
    { FACT, "Madame Nguyen Thi Hoa, vice minister of the interior for the "
            "Lao PDR, spoke.", "$.people[0].honorific", "Madame\n" },
    { FACT, "Madame Nguyen Thi Hoa, vice minister of the interior for the "
            "Lao PDR, spoke.", "$.people[0].country", "LA\n" },
  };
  CHECK(a);
}

/* UN staff have no country; the body is named as written. */
static void test_person_un_staff_no_country(void **state) {
#define ORG "SELECT json_extract(commit_parse(?1), '$.people[0].organization')"
  static const EdgeCase a[] = {
    { FACT, "Mr Matthew Friedman, UNIAP Regional Project Manager, spoke at "
            "SOM5.", "$.people",
      "[{\"name\":\"Matthew Friedman\",\"honorific\":\"Mr\","
      "\"title\":\"Regional Project Manager\",\"organization\":"
      "\"UNIAP\","
      "\"country\":null,\"span\":[0,19]}]\n" },
    /* The body as written: the acronym stays, "UN" alone is the UN. */
    { ORG, "Ms Ana Ruiz, Regional Project Manager of UN-ACT, spoke at SOM5.",
      0, "UN-ACT\n" },
    { ORG, "UNDP Country Director Ana Ruiz spoke at SOM5.", 0, "UNDP\n" },
    { ORG, "UN Resident Coordinator Ana Ruiz spoke at SOM5.", 0,
      "United Nations\n" },
    { ORG, "The Ministry of Labor, Invalids and Social Affairs (MOLISA) Vice "
           "Minister Dam Huu Dac opened SOM3.", 0,
      "Ministry of Labor, Invalids and Social Affairs\n" },
  };
#undef ORG
  CHECK(a);
}

/* A year after "<victims|cases|...> in" dates a statistic, not the
** meeting. */
static void test_date_of_statistic_is_not_meeting_date(void **state) {
#define START "SELECT coalesce(json_extract(commit_parse(?1)," \
              " '$.meetings[0].start'), 'null')"
  static const EdgeCase a[] = {
    { START, "Around 120 participants took part in SOM12, which recorded "
             "3,000 victims in 2012.", 0, "null\n" },
    { START, "SOM12, held in 2013, noted 300 cases in 2012.", 0, "2013\n" },
    { START, "SOM12 was held in Yangon in 2013.", 0, "2013\n" },
  };
#undef START
  CHECK(a);
}

/* "hosted by <a long name> in Vientiane": the host verb places the
** meeting, however far the city is from its mention. */
static void test_city_after_long_host(void **state) {
  static const EdgeCase a[] = {
    { FACT, "SOM10 was hosted by Lao PDR's Ministry of Labour and Social "
            "Welfare in Vientiane.", "$.meetings[0].city", "Vientiane\n" },
    { FACT, "The meeting was hosted by Lao PDR's Ministry of Labour and "
            "Social Welfare in Vientiane, and co-organized by UN-ACT.",
      "$.meetings[0].city", "Vientiane\n" },
  };
  CHECK(a);
}

/* A venue word in lower case ends a venue name; a city with "hotel"
** after it is a description, not a venue. */
static void test_venue_lower_case_head(void **state) {
#define VENUE "SELECT coalesce(json_extract(commit_parse(?1)," \
              " '$.meetings[0].venue'), 'null')"
  static const EdgeCase a[] = {
    { VENUE, "The Royal Thai Government hosted SOM9 at the Centara Grand "
             "hotel in Bangkok.", 0, "Centara Grand hotel\n" },
    { VENUE, "SOM9 opened at the Sofitel hotel, Bangkok.", 0,
      "Sofitel hotel\n" },
    { VENUE, "SOM9 opened at the hotel in Bangkok.", 0, "null\n" },
    { VENUE, "SOM9 met at a Bangkok hotel.", 0, "null\n" },
  };
#undef VENUE
  CHECK(a);
}

/* A count "from NGOs" or "from civil society" is one group, so the
** headline count of the same sentence stays the attendance. */
static void test_attendance_group_after_from(void **state) {
  static const EdgeCase a[] = {
    { FACT, "About 150 senior officials attended SOM6; 60 representatives "
            "from NGOs participated.", "$.meetings[0].attendance", "150\n" },
    { FACT, "About 150 senior officials attended SOM6, with 60 participants "
            "from civil society.", "$.meetings[0].attendance", "150\n" },
    { FACT, "SOM6 drew 150 delegates from the six countries.",
      "$.meetings[0].attendance", "150\n" },
  };
  CHECK(a);
}

/* A portfolio the gazetteer does not know is not part of the name, and
** "the Minister of Social Affairs" alone is nobody in particular. */
static void test_person_unknown_portfolio(void **state) {
#define NAMES "SELECT group_concat(json_extract(value, '$.name'), ';') FROM" \
              " json_each(json_extract(commit_parse(?1), '$.people'))"
  static const EdgeCase a[] = {
    { NAMES, "Minister of Social Affairs Ith Sam Heng said SOM8 opened.", 0,
      "Ith Sam Heng\n" },
    { NAMES, "Minister of Social Affairs, Ith Sam Heng, said SOM8 opened.", 0,
      "Ith Sam Heng\n" },
    { NAMES, "Minister of Tourism Thong Khon said SOM8 opened.", 0,
      "Thong Khon\n" },
    { NAMES, "The Minister of Social Affairs said SOM8 opened.", 0, "NULL\n" },
    { NAMES, "Minister of Social Affairs, said SOM8.", 0, "NULL\n" },
    { NAMES, "Vice Minister of Justice Somsak said SOM8 opened.", 0,
      "Somsak\n" },
    { NAMES, "Minister for Women Ms Kantha Phavi said SOM8 opened.", 0,
      "Kantha Phavi\n" },
    { NAMES, "Director of Social Welfare Department Somchai Jaidee spoke at "
             "SOM9.", 0, "Somchai Jaidee\n" },
    { NAMES, "Director of Social Welfare Department said SOM9 opened.", 0,
      "NULL\n" },
  };
#undef NAMES
  CHECK(a);
}

/* Two people joined by "and": the first one's country is not the
** second's.  "General Department" is a body, not a general named
** Department. */
static void test_person_coordinated_and_body_heads(void **state) {
#define WHO "SELECT group_concat(json_extract(value, '$.name') || '/' ||" \
            " coalesce(json_extract(value, '$.country'), '-'), ';') FROM" \
            " json_each(json_extract(commit_parse(?1), '$.people'))"
  static const EdgeCase a[] = {
    { WHO, "Maj. Gen. Aung Win of Myanmar and Lieutenant-General Le The Tiem"
           " addressed SOM7.", 0, "Aung Win/MM;Le The Tiem/-\n" },
    { WHO, "Mr. Sok Phal of Cambodia and Mr. Le The Tiem of Viet Nam spoke.",
      0, "Sok Phal/KH;Le The Tiem/VN\n" },
    { WHO, "Mr. Kong Sophea, Deputy Director General of the General "
           "Department of Administration for Nationals of the Ministry of "
           "Interior, opened SOM4.", 0, "Kong Sophea/-\n" },
  };
#undef WHO
  CHECK(a);
}

/* A named signer: person and title in signatories. */
static void test_person_named_signatory(void **state) {
  static const EdgeCase a[] = {
    { FACT, "At IMM1 in Yangon, Minister Hor Namhong of Cambodia signed the "
            "MOU.", "$.signatories",
      "[{\"meeting\":0,\"document\":0,\"country\":\"KH\","
      "\"person\":\"Hor Namhong\",\"title\":\"Minister\"}]\n" },
    { FACT, "At IMM1 in Yangon, Cambodian vice minister Hor Namhong signed "
            "the MOU.", "$.signatories",
      "[{\"meeting\":0,\"document\":0,\"country\":\"KH\","
      "\"person\":\"Hor Namhong\",\"title\":\"Vice Minister\"}]\n" },
  };
  CHECK(a);
}

/* Stacked title and rank with no commas: the country is the one stated
** ("of Cambodia"), not the home of another ministry of that name. */
static void test_person_stacked_rank_country(void **state) {
  static const EdgeCase a[] = {
    { FACT, "Deputy Minister of Home Affairs Police Major General Sok Phal "
            "of Cambodia spoke at IMM3.", "$.people[0].name", "Sok Phal\n" },
    { FACT, "Deputy Minister of Home Affairs Police Major General Sok Phal "
            "of Cambodia spoke at IMM3.", "$.people[0].title",
      "Deputy Minister\n" },
    { FACT, "Deputy Minister of Home Affairs Police Major General Sok Phal "
            "of Cambodia spoke at IMM3.", "$.people[0].country", "KH\n" },
  };
  CHECK(a);
}

/* ==== Attendance ======================================================= */

/* Headline numbers: digits with commas, words, "one hundred". */
static void test_attendance_number_forms(void **state) {
  static const EdgeCase a[] = {
    { FACT, "IMM2 was attended by 135 participants.",
      "$.meetings[0].attendance", "135\n" },
    { FACT, "SOM8 drew Over 1,200 participants.",
      "$.meetings[0].attendance", "1200\n" },
    { FACT, "SOM8 drew twenty-five delegates.",
      "$.meetings[0].attendance", "25\n" },
    { FACT, "SOM8 was held in 2010 with one hundred participants.",
      "$.meetings[0].attendance", "100\n" },
  };
  CHECK(a);
}

/* "including" a group: the headline count, with its qualifier. */
static void test_attendance_including_keeps_headline(void **state) {
  static const EdgeCase a[] = {
    { FACT, "SOM8 drew about 150 delegates, including 40 NGO "
            "representatives.", "$.meetings[0].attendance", "150\n" },
    { FACT, "SOM8 drew about 150 delegates, including 40 NGO "
            "representatives.", "$.meetings[0].attendance_qualifier",
      "about\n" },
  };
  CHECK(a);
}

/* Percentages and years are not attendance. */
static void test_attendance_percent_and_year_not_counted(void **state) {
  static const EdgeCase a[] = {
    { FACT, "At SOM8, 45 percent of trafficking victims were women.",
      "$.meetings[0].attendance", "NULL\n" },
    { FACT, "At SOM8, 45% of cases involved labour.",
      "$.meetings[0].attendance", "NULL\n" },
    { FACT, "SOM8 reviewed 2010 delegates' reports.",
      "$.meetings[0].attendance", "NULL\n" },
  };
  CHECK(a);
}

/* ==== Hosts and venues ================================================= */

/* "Government of X", an adjective government (both named as written), a
** country (its short name), a possessive ministry, "sponsored by". */
static void test_hosts_forms(void **state) {
  static const EdgeCase a[] = {
    { FACT, "IMM3 was hosted by the Government of Viet Nam in Hanoi.",
      "$.meetings[0].hosts", "[\"Government of Viet Nam\"]\n" },
    { FACT, "The Vietnamese Government hosted IMM3 in Hanoi.",
      "$.meetings[0].hosts", "[\"Vietnamese Government\"]\n" },
    { FACT, "Viet Nam hosted IMM3 in Hanoi.",
      "$.meetings[0].hosts", "[\"Viet Nam\"]\n" },
    { FACT, "Thailand's Ministry of Social Development and Human Security "
            "hosted SOM8.", "$.meetings[0].hosts",
      "[\"Ministry of Social Development and Human Security\"]\n" },
    { FACT, "SOM8 was sponsored by the Ministry of Labour and Social Welfare "
            "of Lao PDR.", "$.meetings[0].hosts",
      "[\"Ministry of Labour and Social Welfare\"]\n" },
  };
  CHECK(a);
}

/* Venues: "held at X in City", ampersands and "of" inside the name,
** white space runs collapsed. */
static void test_venue_forms(void **state) {
  static const EdgeCase a[] = {
    { FACT, "IMM2 was held at the Diaoyutai State Guesthouse in Beijing on "
            "14 December 2007.", "$.meetings[0].venue",
      "Diaoyutai State Guesthouse\n" },
    { FACT, "IMM2 was held at the Diaoyutai State Guesthouse in Beijing on "
            "14 December 2007.", "$.meetings[0].start", "2007-12-14\n" },
    { FACT, "SOM8 took place at the Sofitel Hotel & Resort of Phnom Penh.",
      "$.meetings[0].venue", "Sofitel Hotel & Resort of Phnom Penh\n" },
    { FACT, "SOM8 was held at the Sofitel Grand\t\tHotel in Hanoi.",
      "$.meetings[0].venue", "Sofitel Grand Hotel\n" },
  };
  CHECK(a);
}

/* ==== Chrome =========================================================== */

/* Tickers with " | " and cable routing lines are not content. */
static void test_chrome_tickers_and_routing(void **state) {
  static const EdgeCase a[] = {
    { FACT, "World | Thailand | Cambodia\nSOM8 opened in Hanoi, Vietnam.",
      "$.countries", "[\"VN\"]\n" },
    { FACT, "FM AMEMBASSY RANGOON\nTO SECSTATE WASHDC\nINFO AMEMBASSY "
            "BANGKOK\nThe Burmese hosted SOM2.", "$.countries",
      "[\"MM\"]\n" },
  };
  CHECK(a);
}

/* ==== JSON output ====================================================== */

/* Quotes inside the text do not break the JSON. */
static void test_json_quotes_stay_valid(void **state) {
  static const EdgeCase a[] = {
    { "SELECT json_valid(commit_parse(?1))",
      "SOM8 was held at the \"Sofitel\" Hotel in Hanoi.", 0, "1\n" },
    { "SELECT json_valid(commit_parse(?1))",
      "SOM8 was held at the Sofitel\\Hotel in Hanoi, \"Vietnam\".", 0,
      "1\n" },
    { "SELECT json_valid(commit_parse(?1 || char(1) || ' Hanoi.'))",
      "SOM8 \"opened\" in", 0, "1\n" },
  };
  CHECK(a);
}

/* A meeting with no code or series writes nulls. */
static void test_json_unnamed_meeting_nulls(void **state) {
  static const EdgeCase a[] = {
    { FACT, "A ministerial meeting was held in Hanoi on 5 May 2010.",
      "$.meetings[0].code", "NULL\n" },
  };
  CHECK(a);
}

/* ==== commit_entities ================================================== */

/* Options anchor relative dates; hidden columns reject bad arguments. */
static void test_entities_options_and_hidden_columns(void **state) {
  static const EdgeCase a[] = {
    { ENTS("date"), "The meeting opened on Tuesday.",
      "{\"published\":\"2012-02-16\"}", "2012-02-14\n" },
    { ENTS("date"), "The meeting opened on Tuesday.", 0, "NULL\n" },
    { "SELECT count(*) FROM commit_entities(?1, ?2)", "SOM8 in Hanoi.",
      "not json", "ERROR: commit_entities(): malformed options JSON" },
    { "SELECT count(*) FROM commit_entities WHERE text=?1 AND options=?2",
      "SOM8 in Hanoi.", "{}", "2\n" },
  };
  CHECK(a);
}

/* ==== Registry ========================================================= */

#define REG_SETUP \
  "CREATE VIRTUAL TABLE r USING commit_registry;" \
  "INSERT INTO r(rowid, source, body) VALUES(1, 'a', 'At IMM1 in Yangon " \
  "on 29 October 2004, Cambodia, China, Lao PDR, Myanmar, Thailand and " \
  "Viet Nam signed the MOU.');"

/* commit_signatories takes a code in any form, an integer or digits. */
static void test_signatories_id_forms(void **state) {
  static const EdgeCase a[] = {
    { "SELECT meeting, country, country_name, signed_on FROM "
      "commit_signatories('imm-1') LIMIT 2", 0, 0,
      "IMM1|KH|Cambodia|2004-10-29\nIMM1|CN|China|2004-10-29\n" },
    { "SELECT count(*) FROM commit_signatories(1, 'r')", 0, 0, "6\n" },
    { "SELECT count(*) FROM commit_signatories('1')", 0, 0, "6\n" },
    { "SELECT count(*) FROM commit_signatories('the first IMM')", 0, 0,
      "6\n" },
    { "SELECT count(*) FROM commit_signatories('SOM9')", 0, 0, "0\n" },
    { "SELECT count(*) FROM commit_signatories(NULL)", 0, 0, "0\n" },
    { "SELECT count(*) FROM commit_signatories('x1y')", 0, 0, "0\n" },
  };
  execOk((sqlite3 *)*state, REG_SETUP);
  CHECK(a);
}

/* Registry argument errors: not text, unknown, several, none. */
static void test_signatories_registry_errors(void **state) {
  static const EdgeCase a[] = {
    { "SELECT count(*) FROM commit_signatories('IMM1', 3)", 0, 0,
      "ERROR: commit_signatories(): registry must be a table name" },
    { "SELECT count(*) FROM commit_signatories('IMM1', 'nope')", 0, 0,
      "ERROR: commit_signatories(): unknown registry: 'nope'" },
    { "SELECT count(*) FROM commit_signatories", 0, 0,
      "ERROR: commit_signatories(): needs a meeting_id argument" },
  };
  static const EdgeCase b[] = {
    { "SELECT count(*) FROM commit_signatories('IMM1')", 0, 0,
      "ERROR: commit_signatories(): several commit_registry tables: name "
      "one as the second argument" },
    { "SELECT count(*) FROM commit_signatories('IMM1', 'r2')", 0, 0,
      "0\n" },
  };
  static const EdgeCase c[] = {
    { "SELECT count(*) FROM commit_signatories('IMM1')", 0, 0,
      "ERROR: commit_signatories(): no commit_registry table in the "
      "database" },
  };
  CHECK(c);
  execOk((sqlite3 *)*state, REG_SETUP);
  CHECK(a);
  execOk((sqlite3 *)*state, "CREATE VIRTUAL TABLE r2 USING commit_registry;");
  CHECK(b);
}

/* UPDATE re-parses the report; DELETE takes its facts out. */
static void test_registry_update_and_delete(void **state) {
  static const EdgeCase a[] = {
    { "UPDATE r SET body='IMM2 was held in Beijing on 14 December 2007.' "
      "WHERE rowid=1", 0, 0, "" },
    { "SELECT code, start, city FROM r_meetings", 0, 0,
      "IMM2|2007-12-14|Beijing\n" },
    { "SELECT count(*) FROM r_signatories", 0, 0, "0\n" },
    { "UPDATE r SET rowid=5 WHERE rowid=1", 0, 0, "" },
    { "SELECT rowid, source FROM r", 0, 0, "5|a\n" },
    { "DELETE FROM r WHERE rowid=5", 0, 0, "" },
    { "SELECT (SELECT count(*) FROM r), (SELECT count(*) FROM r_meetings),"
      " (SELECT count(*) FROM r_evidence)", 0, 0, "0|0|0\n" },
  };
  execOk((sqlite3 *)*state, REG_SETUP);
  CHECK(a);
}

/* Bad rows are refused and leave the registry as it was. */
static void test_registry_bad_rows_refused(void **state) {
  static const EdgeCase a[] = {
    { "INSERT INTO r(source, body) VALUES(3, 'SOM8.')", 0, 0,
      "ERROR: commit_registry: source must be text" },
    { "INSERT INTO r(url, body) VALUES(x'01', 'SOM8.')", 0, 0,
      "ERROR: commit_registry: url must be text" },
    { "INSERT INTO r(published, body) VALUES('2012-13-40', 'SOM8.')", 0, 0,
      "ERROR: commit_registry: published must be a date YYYY, YYYY-MM or "
      "YYYY-MM-DD: "
      "'2012-13-40'" },
    { "INSERT INTO r(published, body) VALUES(2012, 'SOM8.')", 0, 0,
      "ERROR: commit_registry: published must be a date YYYY, YYYY-MM or "
      "YYYY-MM-DD: "
      "'2012'" },
    { "INSERT INTO r(body) VALUES(NULL)", 0, 0,
      "ERROR: commit_registry: body must be text, not NULL" },
    { "INSERT INTO r(rowid, body) VALUES(1, 'SOM8.')", 0, 0,
      "ERROR: commit_registry: report 1 already exists" },
    { "UPDATE r SET published='soon' WHERE rowid=1", 0, 0,
      "ERROR: commit_registry: published must be a date YYYY, YYYY-MM or "
      "YYYY-MM-DD: "
      "'soon'" },
    { "SELECT code, start, city FROM r_meetings", 0, 0,
      "IMM1|2004-10-29|Yangon\nSOM8|NULL|Hanoi\n" },
    { "SELECT count(*) FROM r_signatories", 0, 0, "6\n" },
  };
  execOk((sqlite3 *)*state, REG_SETUP
         "INSERT INTO r(rowid, body) VALUES(2, 'SOM8 was held in Hanoi.');");
  CHECK(a);
}

/* Changing a rowid to one that is taken is refused. */
static void test_registry_update_rowid_conflict(void **state) {
  static const EdgeCase a[] = {
    { "UPDATE r SET rowid=2 WHERE rowid=1", 0, 0,
      "ERROR: commit_registry: report 2 already exists" },
    { "SELECT rowid FROM r ORDER BY rowid", 0, 0, "1\n2\n" },
    { "SELECT count(*) FROM r_signatories", 0, 0, "6\n" },
  };
  execOk((sqlite3 *)*state, REG_SETUP
         "INSERT INTO r(rowid, body) VALUES(2, 'SOM8 was held in Hanoi.');");
  CHECK(a);
}

/* Two reports of one meeting merge; dates that disagree are a conflict. */
static void test_registry_merge_and_conflict(void **state) {
  static const EdgeCase a[] = {
    { "SELECT code, start, \"end\", sources FROM r_meetings", 0, 0,
      "IMM2|2007-12-12|2007-12-14|3\n" },
    { "SELECT count(*)>0 FROM r_conflicts", 0, 0, "1\n" },
  };
  execOk((sqlite3 *)*state,
         "CREATE VIRTUAL TABLE r USING commit_registry;"
         "INSERT INTO r(body) VALUES('IMM2 was held in Beijing from 12 to "
         "14 December 2007.');"
         "INSERT INTO r(body) VALUES('IMM2 was held in Beijing on "
         "December 12-14, 2007.');"
         "INSERT INTO r(body) VALUES('IMM2 opened in Beijing on 13 December "
         "2007.');");
  CHECK(a);
}

/* Documents of the same kind and period from two reports are one row. */
static void test_registry_documents_merged_by_period(void **state) {
  static const EdgeCase a[] = {
    { "SELECT kind, ordinal, period FROM r_documents", 0, 0,
      "spa|2|2008/2010\n" },
  };
  execOk((sqlite3 *)*state,
         "CREATE VIRTUAL TABLE r USING commit_registry;"
         "INSERT INTO r(body) VALUES('At IMM2 the ministers adopted SPA II "
         "(2008-2010).');"
         "INSERT INTO r(body) VALUES('At IMM2 the ministers adopted the "
         "second Sub-regional Plan of Action (2008-2010).');");
  CHECK(a);
}

/* ALTER TABLE ... RENAME takes the shadow tables along. */
static void test_registry_rename(void **state) {
  static const EdgeCase a[] = {
    { "ALTER TABLE r RENAME TO q", 0, 0, "" },
    { "SELECT code FROM q_meetings", 0, 0, "IMM1\n" },
    { "SELECT count(*) FROM commit_signatories('IMM1', 'q')", 0, 0, "6\n" },
    { "DROP TABLE q", 0, 0, "" },
    { "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'q\\_%' "
      "ESCAPE '\\' AND type='table'", 0, 0, "0\n" },
  };
  execOk((sqlite3 *)*state, REG_SETUP);
  CHECK(a);
}

/* Scans by rowid and the full scan. */
static void test_registry_scan_by_rowid(void **state) {
  static const EdgeCase a[] = {
    { "SELECT source FROM r WHERE rowid=1", 0, 0, "a\n" },
    { "SELECT count(*) FROM r WHERE rowid=7", 0, 0, "0\n" },
    { "SELECT count(*) FROM r", 0, 0, "1\n" },
  };
  execOk((sqlite3 *)*state, REG_SETUP);
  CHECK(a);
}

/* Adverbs between an auxiliary and its verb: "will then adopt" is still
** planned (no action), "was subsequently endorsed" still done. */
static void test_action_adverbs_after_auxiliary(void **state) {
#define N_ACTIONS "SELECT json_array_length(json_extract(commit_parse(?1)," \
                  " '$.actions'))"
  static const EdgeCase a[] = {
    { N_ACTIONS, "At IMM5 ministers will also sign the MOU.", 0, "0\n" },
    { N_ACTIONS, "At IMM5 ministers will then adopt SPA II.", 0, "0\n" },
    { N_ACTIONS, "At IMM5 ministers will all sign the MOU.", 0, "0\n" },
    { N_ACTIONS, "At IMM5 ministers will both sign the MOU.", 0, "0\n" },
    { N_ACTIONS, "At IMM5 ministers will subsequently endorse SPA III.", 0,
      "0\n" },
    { N_ACTIONS, "At IMM5 ministers also signed the MOU.", 0, "1\n" },
    { N_ACTIONS, "At IMM5 ministers have all signed the MOU.", 0, "1\n" },
    { N_ACTIONS, "At IMM5 SPA III was subsequently endorsed.", 0, "1\n" },
    { N_ACTIONS, "At IMM5 SPA III was then endorsed.", 0, "1\n" },
    { N_ACTIONS, "At IMM5 the MOU was both signed and ratified.", 0, "2\n" },
  };
#undef N_ACTIONS
  CHECK(a);
}

/* A document just before an active verb is its subject only when no
** document follows as the object ("... on SPA IV signed the fourth Joint
** Declaration"); "SPA IV endorsed and the third Joint Declaration
** signed" stays two passives. */
static void test_action_object_after_document(void **state) {
#define ACTS "SELECT group_concat(json_extract(value, '$.action') || '>' ||" \
             " json_extract(value, '$.document'), ' ') FROM json_each(" \
             "json_extract(commit_parse(?1), '$.actions'))"
  static const EdgeCase a[] = {
    { ACTS, "At IMM4, ministers discussing SPA IV signed the fourth Joint "
            "Declaration.", 0, "discussed>0 signed>1\n" },
    { ACTS, "At IMM4, ministers agreeing on SPA IV (2015-2018) signed the "
            "Joint Declaration.", 0, "adopted>0 signed>1\n" },
    { ACTS, "SPA IV endorsed and the third Joint Declaration signed at "
            "IMM4.", 0, "endorsed>0 signed>1\n" },
    { ACTS, "SPA II (2008-2010) endorsed at IMM2.", 0, "endorsed>0\n" },
  };
#undef ACTS
  CHECK(a);
}

/* A duration makes the end date, unless it counts from something else
** ("3 days later", "3 days after", "3 days before", "3 days ago"). */
static void test_duration_sets_end_unless_relative(void **state) {
#define END "SELECT coalesce(json_extract(commit_parse(?1)," \
            " '$.meetings[0].end'), 'null')"
  static const EdgeCase a[] = {
    { END, "The 3-day-long SOM3 opened on 3 May 2005.", 0, "2005-05-05\n" },
    { END, "SOM3, which runs 3 days, opened on 3 May 2005.", 0,
      "2005-05-05\n" },
    { END, "SOM3 opened on 3 May 2005 and closed 3 days later.", 0, "null\n" },
    { END, "SOM3 opened on 3 May 2005, 3 days after IMM2.", 0, "null\n" },
    { END, "SOM3 opened on 3 May 2005 for 3 days before the IMM.", 0,
      "null\n" },
    { END, "SOM3 opened on 3 May 2005, 3 days ago.", 0, "null\n" },
    { END, "SOM3 opened on 3 May 2005 for 3 days of talks.", 0, "null\n" },
  };
#undef END
  CHECK(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, dbSetup, dbTeardown)
    T(test_date_ordinal_suffix_with_space),
    T(test_date_cable_date_time_group),
    T(test_date_range_words_and_year_end),
    T(test_date_numeric_forms),
    T(test_date_month_and_year_grains),
    T(test_date_relative_days_with_anchor),
    T(test_date_near_misses_are_null),
    T(test_date_slashed_iso_order),
    T(test_date_weekday_range_and_today),
    T(test_places_capital_alias_virtual),
    T(test_code_odd_separators),
    T(test_code_ordinal_names),
    T(test_code_near_misses),
    T(test_document_roman_numerals_and_periods),
    T(test_document_phases),
    T(test_document_city_declaration),
    T(test_person_honorific_rank_title_org),
    T(test_person_organization_before_title),
    T(test_person_lower_case_title_capitalised),
    T(test_person_un_staff_no_country),
    T(test_date_of_statistic_is_not_meeting_date),
    T(test_city_after_long_host),
    T(test_venue_lower_case_head),
    T(test_attendance_group_after_from),
    T(test_person_unknown_portfolio),
    T(test_person_coordinated_and_body_heads),
    T(test_person_named_signatory),
    T(test_person_stacked_rank_country),
    T(test_attendance_number_forms),
    T(test_attendance_including_keeps_headline),
    T(test_attendance_percent_and_year_not_counted),
    T(test_action_adverbs_after_auxiliary),
    T(test_action_object_after_document),
    T(test_duration_sets_end_unless_relative),
    T(test_hosts_forms),
    T(test_venue_forms),
    T(test_chrome_tickers_and_routing),
    T(test_json_quotes_stay_valid),
    T(test_json_unnamed_meeting_nulls),
    T(test_entities_options_and_hidden_columns),
    T(test_signatories_id_forms),
    T(test_signatories_registry_errors),
    T(test_registry_update_and_delete),
    T(test_registry_bad_rows_refused),
    T(test_registry_update_rowid_conflict),
    T(test_registry_merge_and_conflict),
    T(test_registry_documents_merged_by_period),
    T(test_registry_rename),
    T(test_registry_scan_by_rowid),
#undef T
  };
  return cmocka_run_group_tests(tests, 0, 0);
}
