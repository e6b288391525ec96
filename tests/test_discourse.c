/*
** 2026-12-06
**
** test_discourse.c -- the document-level reading of a report (issue 8):
** the reference time (datelines, page dates, reposts, cable stamps,
** partial "published"), event frames (background, current, upcoming),
** meeting mentions resolved across the report, places at the report's
** date, people's organisations and countries, and which actions happened.
**
** Every text here is written for the test, in the forms real reports use;
** each case states one mechanism.  Cases go through SQL on a :memory:
** database (testdb.h): a statement, texts for ?1 (the report) and ?2 (the
** options, or NULL) and the expected rows, columns joined with '|'.
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

/* One row per meeting: code (else series, else NULL), start, end, city. */
#define MEETINGS \
  "SELECT coalesce(json_extract(m.value,'$.code'), json_extract(m.value,'$.series'))," \
  " json_extract(m.value,'$.start'), json_extract(m.value,'$.end')," \
  " json_extract(m.value,'$.city')" \
  " FROM json_each(commit_parse(?1, ?2), '$.meetings') AS m"

/* One row per action: meeting code (else series, else NULL), document
** kind, action, parties joined with ','. */
#define ACTIONS \
  "WITH r(p) AS (SELECT commit_parse(?1, ?2))" \
  " SELECT coalesce(json_extract(r.p, '$.meetings['||json_extract(a.value,'$.meeting')||'].code')," \
  "  json_extract(r.p, '$.meetings['||json_extract(a.value,'$.meeting')||'].series'))," \
  " json_extract(r.p, '$.documents['||json_extract(a.value,'$.document')||'].kind')," \
  " json_extract(a.value,'$.action')," \
  " (SELECT group_concat(x.value, ',') FROM json_each(a.value,'$.parties') AS x)" \
  " FROM r, json_each(r.p, '$.actions') AS a"

/* One row per person: name, title, organization, country. */
#define PEOPLE \
  "SELECT json_extract(v.value,'$.name'), json_extract(v.value,'$.title')," \
  " json_extract(v.value,'$.organization'), json_extract(v.value,'$.country')" \
  " FROM json_each(commit_parse(?1, ?2), '$.people') AS v"

/* The first meeting's attendance. */
#define ATTEND "SELECT json_extract(commit_parse(?1, ?2), '$.meetings[0].attendance')"

/* ==== Reference time =================================================== */

/* A repost: the page is dated years later, the story keeps its dateline,
** which then anchors "today" and the year-less range. */
static void test_anchor_story_dateline_under_repost(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "Mekong Watch blog\nPosted on 2 May 2016 by editor\n\n"
      "We repost an old release below for our readers.\n\n"
      "HANOI, 16 February 2012 -- Ministers of the six countries today "
      "closed IMM3, which ran from 15 to 16 February in the capital.",
      0, "IMM3|2012-02-15|2012-02-16|Hanoi\n" },
  };
  CHECK(a);
}

/* A repost whose preamble names another meeting: the story's meeting is
** the report's, and what the story says without naming it is its. */
static void test_anchor_repost_preamble_meeting(void **state) {
  static const EdgeCase a[] = {
    { ACTIONS,
      "Mekong notes\n\nMonday, December 14, 2015\n\nA year after this story "
      "I went to Vientiane, where the sixth senior officials' meeting was "
      "held in November 2008.\n\n-----\n\nBEIJING, Dec. 14, 2007 -- "
      "Ministers signed a joint declaration here on Dec. 14 at the second "
      "Inter-Ministerial Meeting.\n\nThey also adopted SPA II.", 0,
      "IMM2|joint_declaration|signed|NULL\nIMM2|spa|adopted|NULL\n" },
  };
  CHECK(a);
}

/* A cable's date-time group anchors a weekday; the declassification
** date on the DECL line does not.  "Closed" gives the end only. */
static void test_anchor_cable_dtg_not_decl(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "R 171030Z FEB 12\nFM AMEMBASSY HANOI\nCLASSIFIED BY: POLOFF. "
      "DECL: 02/17/2022\n\n1. (SBU) SOM8 closed in Hanoi on Wednesday.",
      0, "SOM8|NULL|2012-02-15|Hanoi\n" },
  };
  CHECK(a);
}

/* A page date line with its time and zone under the site's menu; a
** wire's "today" then dates the meeting that the signing wraps up. */
static void test_anchor_page_date_with_time_zone(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "News Agency\nHome | Politics | Society\nThursday, February 16, 2012 "
      "18:42 (GMT+7)\n\nHanoi (VNA) - Ministers today signed the second "
      "Joint Declaration, wrapping up IMM3 in Hanoi.",
      0, "IMM3|2012-02-16|2012-02-16|Hanoi\n" },
  };
  CHECK(a);
}

/* A source line with a domain name and an ISO date and time. */
static void test_anchor_domain_source_line(void **state) {
  static const EdgeCase a[] = {
    { "SELECT json_extract(commit_parse(?1), '$.published')",
      "www.example.cn  2007-12-14 21:06:52\nPrint | Email\n\n"
      "BEIJING, Dec. 14 (Xinhua) -- IMM2 closed here today.", 0,
      "2007-12-14\n" },
    { MEETINGS,
      "www.example.cn  2007-12-14 21:06:52\nPrint | Email\n\n"
      "BEIJING, Dec. 14 (Xinhua) -- IMM2 closed here today.", 0,
      "IMM2|NULL|2007-12-14|Beijing\n" },
    { ACTIONS,
      "www.example.cn  2007-12-14 21:06:52\nPrint | Email\n\n"
      "BEIJING, Dec. 14 (Xinhua) -- Ministers on Friday put their signatures "
      "to the Joint Declaration at IMM2.", 0,
      "IMM2|joint_declaration|signed|NULL\n" },
  };
  CHECK(a);
}

/* A repost: the story's date on its own line, with time and zone, just
** above a dateline without a date, is the story's date. */
static void test_anchor_story_date_line_above_dateline(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "RIGHTS NOTES\n\nSaturday, June 8, 2013\n\nFrom the archive.\n\n"
      "We found this old wire and repost it.\n\n----\n\n"
      "Officials pledge closer teamwork on trafficking\n"
      "Thu Jan 21, 2010 7:02pm EST\n\n"
      "BAGAN, Myanmar (AP) -- Senior officials closed SOM7 on Thursday.",
      0, "SOM7|NULL|2010-01-21|Bagan\n" },
  };
  CHECK(a);
}

/* A participle after a meeting's name speaks of it ("since its second
** IMM, held in Beijing last December"); "have met regularly at ...
** level" is no meeting; "a meeting at ministerial level" is an IMM. */
static void test_mention_reduced_relative_and_levels(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "Vientiane, 5 November 2008 -- SOM6 opened here today. It is the first "
      "gathering since the second Inter-Ministerial Meeting, held in Beijing "
      "last December. The six countries signed the MOU in 2004 and have met "
      "regularly at senior officials and ministerial level since then.",
      0, "SOM6|2008-11-05|NULL|Vientiane\nIMM2|2007-12|2007-12|Beijing\n" },
    { MEETINGS,
      "Burma last hosted a COMMIT meeting at ministerial level in October "
      "2004, in Rangoon.", 0, "IMM|2004-10|2004-10|Yangon\n" },
    /* A participle inside a "since" clause keeps its place and date;
    ** "held back to back in Thailand"; "followed there". */
    { MEETINGS, "Since the 13th SOM, held in Nanchang, Jiangxi province, "
      "China, in March 2019, the member countries have worked together.", 0,
      "SOM13|2019-03|2019-03|Nanchang\n" },
    { "SELECT json_extract(commit_parse(?1), '$.meetings[1].country')",
      "They will settle arrangements for SOM8 and IMM3, which are planned to "
      "be held back to back in Thailand in December.", 0, "TH\n" },
    { MEETINGS, "The COMMIT Regional Task Force met in Vientiane on 23 November "
      "2016, and SOM11 "
      "followed there the next day.", 0, "SOM11|2016-11-24|2016-11-24|Vientiane\n" },
    { MEETINGS, "The first senior officials' talks of the process were held "
      "in Bangkok in July 2004.", 0, "SOM1|2004-07|2004-07|Bangkok\n" },
    /* A level in the possessive before the meeting word. */
    { MEETINGS, "* 28-30 July 2004 - Senior officials' talks on the draft MOU, "
      "Bangkok.", 0, "SOM|2004-07-28|2004-07-30|Bangkok\n" },
  };
  CHECK(a);
}

/* Timeline lines: "<date> -- <city>: <meeting>. <what was done>." */
static void test_mention_timeline_lines(void **state) {
  static const char zText[] =
      "COMMIT at a glance\n\n"
      "October 29, 2004 -- Yangon: IMM1. The ministers of all six countries "
      "sign the MOU.\n\n"
      "May 10-12, 2006 -- Phnom Penh: SOM4 reviews the plan.\n";
  static const char zTable[] =
      "FACT SHEET\nLast updated: 1 December 2025\n\n"
      "Oct 29, 2004 | IMM1 | Yangon (Rangoon), Myanmar\n"
      "  MOU signed by the six governments.\n\n"
      "May 10-12, 2006 | SOM4 | Phnom Penh\n"
      "  First Sub-regional Plan of Action (SPA I) reviewed.\n";
  static const EdgeCase a[] = {
    { MEETINGS, zText, 0,
      "IMM1|2004-10-29|2004-10-29|Yangon\nSOM4|2006-05-10|2006-05-12|Phnom Penh\n" },
    { MEETINGS, zTable, 0,
      "IMM1|2004-10-29|2004-10-29|Yangon\nSOM4|2006-05-10|2006-05-12|Phnom Penh\n" },
    { ACTIONS, zTable, 0,
      "IMM1|mou|signed|MM,CN,KH,LA,TH,VN\nSOM4|spa|reviewed|NULL\n" },
    { ACTIONS, zText, 0, "IMM1|mou|signed|CN,KH,LA,MM,TH,VN\n" },
  };
  CHECK(a);
}

/* A headline's city places the report's meeting when nothing else does. */
static void test_place_headline_city(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS, "Daily Times\n\nOfficials take stock of the plan in "
      "Vientiane\n\nThe Sixth Senior Officials Meeting is taking place at "
      "the Grand Lotus Hotel.", 0, "SOM6|NULL|NULL|Vientiane\n" },
    { MEETINGS, "Officials take stock of the plan in Vientiane\n\nSOM6 is "
      "taking place in Hanoi.", 0, "SOM6|NULL|NULL|Hanoi\n" },
  };
  CHECK(a);
}

/* A notice's field lines speak of the meeting of its WHAT line. */
static void test_mention_notice_fields(void **state) {
  static const char zText[] =
      "MEDIA ADVISORY\n\nWHAT:   Ninth Senior Officials Meeting (SOM9) of "
      "COMMIT\n\nWHEN:   Thursday 21 - Friday 22 February 2013\n\n"
      "WHERE:  Grand River Hotel & Towers, Bangkok\n\n"
      "HOST:   Royal Thai Government, through its ministry\n";
  static const EdgeCase a[] = {
    { MEETINGS, zText, 0, "SOM9|2013-02-21|2013-02-22|Bangkok\n" },
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].venue'),"
      " json_extract(commit_parse(?1), '$.meetings[0].hosts')", zText, 0,
      "Grand River Hotel & Towers|[\"Royal Thai Government\"]\n" },
    /* "Next week, from Wednesday to Friday" after the notice's date */
    { MEETINGS, "MEDIA ADVISORY\nDate of issue: Thursday, 30 October 2008\n\n"
      "WHAT: The sixth Senior Officials Meeting (SOM6) of COMMIT.\n\n"
      "WHEN: Next week, from Wednesday to Friday.\n", 0,
      "SOM6|2008-11-05|2008-11-07|NULL\n" },
    /* Without a WHAT line, a WHEN line is no meeting's. */
    { MEETINGS, "WHEN: 21 February 2013\n\nSOM9 was held in Bangkok.", 0,
      "SOM9|NULL|NULL|Bangkok\n" },
  };
  CHECK(a);
}

/* A partial "published" gives the year to a day and month, never a
** weekday (which needs a day). */
static void test_anchor_partial_published(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS, "SOM9 was held in Bangkok on 21-22 February.",
      "{\"published\":\"2013-03\"}", "SOM9|2013-02-21|2013-02-22|Bangkok\n" },
    { MEETINGS, "SOM9 opened in Bangkok on Thursday.",
      "{\"published\":\"2013\"}", "SOM9|NULL|NULL|Bangkok\n" },
  };
  CHECK(a);
}

/* Dates joined by "and" share the year the last one states. */
static void test_coordinated_dates_share_year(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "The 8th SOM and IMM3 sat in Hanoi on 14-15 February and 16 February "
      "2012 respectively.", 0,
      "SOM8|2012-02-14|2012-02-15|Hanoi\nIMM3|2012-02-16|2012-02-16|Hanoi\n" },
  };
  CHECK(a);
}

/* A year that a plan or priorities are "for" dates no meeting; one a
** meeting is scheduled for does. */
static void test_year_for_priorities_is_no_date(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS, "SOM11 in Vientiane set its priorities for 2017.", 0,
      "SOM11|NULL|NULL|Vientiane\n" },
    { MEETINGS, "SOM12 is scheduled for March 2017 in Yangon.", 0,
      "SOM12|2017-03|2017-03|Yangon\n" },
  };
  CHECK(a);
}

/* ==== Frames =========================================================== */

/* What ministers did long ago is a background meeting of its own, with
** its own date and city; it is never the report's meeting.  "the six
** countries" are the six members. */
static void test_frame_background_signing_is_own_meeting(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "BANGKOK, 21 February 2013 -- SOM9 opened today. Delegates recalled "
      "that ministers of the six countries signed the MOU in Yangon in "
      "October 2004.", 0,
      "SOM9|2013-02-21|NULL|Bangkok\nIMM|2004-10|2004-10|Yangon\n" },
    { ACTIONS,
      "BANGKOK, 21 February 2013 -- SOM9 opened today. Delegates recalled "
      "that ministers of the six countries signed the MOU in Yangon in "
      "October 2004.", 0, "IMM|mou|signed|CN,KH,LA,MM,TH,VN\n" },
  };
  CHECK(a);
}

/* A signing that is only due is no action. */
static void test_frame_upcoming_signing_is_no_action(void **state) {
  static const EdgeCase a[] = {
    { ACTIONS,
      "Senior officials met in Yangon on Wednesday. Ministers are due to "
      "sign the MOU on Friday at a ministerial meeting in the city.",
      0, "" },
  };
  CHECK(a);
}

/* ==== Meeting mentions ================================================= */

/* "The ministerial meeting" is the IMM the same sentence named. */
static void test_mention_level_takes_sentence_antecedent(void **state) {
  static const EdgeCase a[] = {
    { ACTIONS,
      "SOM 10 and IMM4 - Phnom Penh, April 2015; SPA IV was endorsed at the "
      "ministerial meeting. IMM5 followed online in 2022.", 0,
      "IMM4|spa|endorsed|NULL\n" },
  };
  CHECK(a);
}

/* "A first round of senior officials' talks": one generic mention whose
** level words give the series and whose ordinal gives the number; held
** elsewhere than the dateline's city, it is not the report's meeting. */
static void test_mention_round_of_talks(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "YANGON, Oct 28 - The Senior Officials Meeting follows a first round "
      "of senior officials' talks held in Bangkok in July.", 0,
      "SOM|NULL|NULL|Yangon\nSOM1|NULL|NULL|Bangkok\n" },
    { MEETINGS,
      "YANGON, Oct 28 - The Senior Officials Meeting follows a first round "
      "of senior officials' talks held in Bangkok in July.",
      "{\"published\":\"2004-10-28\"}",
      "SOM|NULL|NULL|Yangon\nSOM1|2004-07|2004-07|Bangkok\n" },
  };
  CHECK(a);
}

/* A plural definition, the process and a code with a spaced dash. */
static void test_mention_definitions_and_process(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "COMMIT meets as Senior Officials Meetings (SOM) and Inter-Ministerial "
      "Meetings (IMM). COMMIT began with an MOU signed in Yangon in 2004.",
      0, "" },
    { MEETINGS, " - SOM 3 – Hanoi, Vietnam, 29–31 March 2005.", 0,
      "SOM3|2005-03-29|2005-03-31|Hanoi\n" },
  };
  CHECK(a);
}

/* A comma inside brackets closes no clause: the date stays with the
** meeting the brackets describe. */
static void test_mention_bracketed_date(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "It matters because the last SOM (SOM 11, in Vientiane in 2016) "
      "brought in a rotating chair.", 0, "SOM11|2016|2016|Vientiane\n" },
  };
  CHECK(a);
}

/* ==== Places =========================================================== */

/* "The Burmese capital" is the capital of the meeting's year. */
static void test_place_capital_at_the_date(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS, "IMM1 was held in the Burmese capital on 29 October 2004.",
      0, "IMM1|2004-10-29|2004-10-29|Yangon\n" },
    { MEETINGS, "SOM7 was held in the Myanmar capital on 20 January 2010.",
      0, "SOM7|2010-01-20|2010-01-20|Nay Pyi Taw\n" },
    { MEETINGS, "SOM6 met in Laos capital Vientiane on 5 November 2008.",
      0, "SOM6|2008-11-05|2008-11-05|Vientiane\n" },
  };
  CHECK(a);
}

/* "In the city" is the dateline's city; a city naming a border crossing
** places nothing; a dateline may end with a dash. */
static void test_place_city_words(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS,
      "YANGON, Oct 28 - Ministers will sign the MOU on Friday at a "
      "ministerial meeting in the city.", "{\"published\":\"2004-10-28\"}",
      "IMM|2004-10-29|2004-10-29|Yangon\n" },
    { MEETINGS,
      "SOM9 closed in Bangkok on 22 February 2013. Officials briefed the "
      "meeting on checks at the Myawaddy border crossing.", 0,
      "SOM9|NULL|2013-02-22|Bangkok\n" },
    { MEETINGS,
      "Phnom Penh – SOM 10 and IMM4 were held on 28-29 April and 30 April "
      "2015 respectively.", 0,
      "SOM10|2015-04-28|2015-04-29|Phnom Penh\nIMM4|2015-04-30|2015-04-30|Phnom Penh\n" },
  };
  CHECK(a);
}

/* ==== People =========================================================== */

/* The delegation a person leads gives the person's country; a minister
** the text gives no country serves the host; a rank word opening a body's
** name is no person. */
static void test_people_countries_from_context(void **state) {
  static const EdgeCase a[] = {
    { PEOPLE,
      "SOM9 was held in Bangkok. Lao PDR's delegation was led by Pol. Maj. "
      "Gen. Khamla Vong, Deputy Director General of the General Police "
      "Department.", 0,
      "Khamla Vong|Deputy Director General|General Police Department|LA\n" },
    { PEOPLE,
      "IMM4 was held in Phnom Penh. Deputy Prime Minister and Minister of "
      "Interior Keo Sarin opened IMM4.", 0,
      "Keo Sarin|Deputy Prime Minister|NULL|KH\n" },
    { PEOPLE,
      "\"We expect all six,\" said Tom Reyes, manager of the United Nations "
      "Inter-Agency Project on Human Trafficking.", 0,
      "Tom Reyes|Manager|United Nations Inter-Agency Project on Human Trafficking|NULL\n" },
  };
  CHECK(a);
}

/* ==== Actions ========================================================== */

/* A second verb joined by "and" has the first one's subject, past a
** "which" clause between them. */
static void test_action_coordinated_subject(void **state) {
  static const EdgeCase a[] = {
    { ACTIONS,
      "At IMM4, ministers of Cambodia, China, Lao PDR, Myanmar, Thailand and "
      "Viet Nam endorsed SPA IV, which covers 2015 to 2018, and signed the "
      "third Joint Declaration.", 0,
      "IMM4|spa|endorsed|KH,CN,LA,MM,TH,VN\n"
      "IMM4|joint_declaration|signed|KH,CN,LA,MM,TH,VN\n" },
  };
  CHECK(a);
}

/* A question as the object ends at its comma; a signing that is talked
** of is the talk's object, not a signing. */
static void test_action_talk_objects(void **state) {
  static const EdgeCase a[] = {
    { ACTIONS,
      "At SOM5, envoys discussed how to cooperate on cases, and each "
      "described its work under the SPA.", 0, "" },
    { ACTIONS,
      "At SOM8, delegates discussed how to keep COMMIT going after 2013, and "
      "also the signing of a joint statement.", 0,
      "SOM8|joint_declaration|discussed|NULL\n" },
  };
  CHECK(a);
}

/* What senior officials did at a joint session stays with the SOM; what
** ministers did goes to the IMM. */
static void test_action_level_of_the_actor(void **state) {
  static const EdgeCase a[] = {
    { ACTIONS,
      "SOM 10 and IMM4 were held in Phnom Penh in April 2015. During SOM 10, "
      "senior officials reviewed SPA III. Ministers then endorsed SPA IV.", 0,
      "SOM10|spa|reviewed|NULL\nIMM4|spa|endorsed|NULL\n" },
  };
  CHECK(a);
}

/* Attendance: one group beside others is no headline count. */
static void test_attendance_one_group_of_several(void **state) {
  static const EdgeCase a[] = {
    { ATTEND, "SOM11 was held in Vientiane. Around 100 officials attended, "
              "together with representatives of UN agencies and donors.",
      0, "NULL\n" },
    { ATTEND, "SOM11 was held in Vientiane. Around 100 delegates attended, "
              "including observers from UN agencies.", 0, "100\n" },
  };
  CHECK(a);
}

/* ==== More of issue 8's forms ========================================= */

/* Stacked titles and appositions: a UN office names its body; the
** embassy a person comes from is the organisation; a surname alone is the
** person already named; a capitalised project name is no person. */
static void test_people_appositions(void **state) {
  static const EdgeCase a[] = {
    { PEOPLE,
      "SOM8 opened in Hanoi. \"It works,\" said the United Nations Resident "
      "Coordinator of Vietnam, Ms Anna Berg.", 0,
      "Anna Berg|Resident Coordinator|United Nations|NULL\n" },
    { PEOPLE,
      "SOM8 opened in Hanoi. Mr Lars Dahl from the Norwegian Embassy spoke "
      "first. Mr Dahl praised the plan.", 0,
      "Lars Dahl|NULL|Norwegian Embassy|NO\n" },
    { PEOPLE,
      "SOM8 opened in Hanoi with support from the Inter Agency Project.", 0,
      "" },
  };
  CHECK(a);
}

/* States and plans are not actions; an object may come before its verb;
** gathering to sign is signing; "the six COMMIT countries" are the six
** members. */
static void test_action_forms(void **state) {
  static const EdgeCase a[] = {
    { ACTIONS, "SOM12, held in Yangon, found COMMIT now into its third SPA.",
      0, "" },
    { ACTIONS, "At IMM1 the six ministers praised the MOU they signed.", 0,
      "IMM1|mou|signed|NULL\n" },
    { ACTIONS, "Ministers gathered in Yangon for IMM1 to sign the MOU.", 0,
      "IMM1|mou|signed|NULL\n" },
    { ACTIONS,
      "COMMIT brings together Cambodia, China, Lao PDR, Myanmar, Thailand "
      "and Viet Nam. At IMM2 the six COMMIT countries signed a Joint "
      "Declaration.", 0,
      "IMM2|joint_declaration|signed|KH,CN,LA,MM,TH,VN\n" },
  };
  CHECK(a);
}

/* Meetings named only generically or by level; task force meetings are
** not IMM/SOM meetings. */
static void test_mention_generic_and_other(void **state) {
  static const EdgeCase a[] = {
    { MEETINGS, "Officials held a meeting in Yangon on 3 May 2006.", 0,
      "NULL|2006-05-03|2006-05-03|Yangon\n" },
    { MEETINGS, "Senior officials gathered in Bangkok for their first-ever "
                "talks on 1 July 2004.", 0,
      "SOM1|2004-07-01|2004-07-01|Bangkok\n" },
    { MEETINGS, "The COMMIT Regional Task Force met in Bangkok on 9 May "
                "2014.", 0, "" },
  };
  CHECK(a);
}

/* A venue followed by its city gives both. */
static void test_place_venue_then_city(void **state) {
  static const EdgeCase a[] = {
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].venue'),"
      " json_extract(commit_parse(?1), '$.meetings[0].city')",
      "SOM6 took place at Don Chan Palace Hotel, Vientiane.", 0,
      "Don Chan Palace Hotel|Vientiane\n" },
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].venue'),"
      " json_extract(commit_parse(?1), '$.meetings[0].city')",
      "SOM9 took place at the Plaza Hotel in Bangkok.", 0,
      "Plaza Hotel|Bangkok\n" },
    /* "in the <venue>", and the venue of a timeline line. */
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].venue')",
      "Ministers signed it at a ceremony in the Grand Lotus Guesthouse "
      "during IMM2.", 0, "Grand Lotus Guesthouse\n" },
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].venue'),"
      " json_extract(commit_parse(?1), '$.meetings[0].city')",
      "- 5-7 November 2008 - SOM6, Lanxang Plaza Hotel, Vientiane.", 0,
      "Lanxang Plaza Hotel|Vientiane\n" },
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].venue'),"
      " json_extract(commit_parse(?1), '$.meetings[0].city')",
      "- SOM9 - 21-22 February 2013, Bangkok, Riverside Palace Hotel.", 0,
      "Riverside Palace Hotel|Bangkok\n" },
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].venue')",
      "The declaration was signed at Beijing's Grand Lotus Guesthouse at the "
      "end of IMM2.", 0, "Grand Lotus Guesthouse\n" },
    /* Not a venue: "in the Lao capital", "in the Hotel district of". */
    { "SELECT json_extract(commit_parse(?1), '$.meetings[0].venue')",
      "SOM6 opened in the Lao capital.", 0, "NULL\n" },
  };
  CHECK(a);
}

/* A chronology: year headings give their year to the entries below. */
static void test_chronology_year_headings(void **state) {
  static const EdgeCase a[] = {
    { "SELECT group_concat(json_extract(value, '$.code') || ' ' "
      "|| json_extract(value, '$.start') || ' ' || json_extract(value, '$.end'), '; ') "
      "FROM json_each(commit_parse(?1, '{\"published\":\"2023-06-01\"}'), '$.meetings')",
      "Timeline of the process\n\n2007\n- 12-14 Dec: IMM2 convenes in Beijing.\n\n"
      "2026:\n- 30 Nov - 2 Dec: SOM17 meets in Hanoi.\n- 3 Dec: IMM7 is held in Hanoi.\n", 0,
      "IMM2 2007-12-12 2007-12-14; SOM17 2026-11-30 2026-12-02; IMM7 2026-12-03 2026-12-03\n" },
    /* Only a year alone on its line is a heading. */
    { "SELECT json_extract(commit_parse(?1, '{\"published\":\"2023-12-20\"}'), '$.meetings[0].start')",
      "The plan ran to\n2015\nand IMM7 convened in Beijing on 12 December.\n", 0,
      "2023-12-12\n" },
    /* A body that closes or begins is no meeting. */
    { "SELECT json_array_length(commit_parse(?1), '$.meetings')",
      "2014\n- 1 May: the new project takes over from UNIAP, which closed on 30 April.\n", 0,
      "0\n" },
    /* "later this year" after "in" a country dates the meeting. */
    { "SELECT json_extract(commit_parse(?1, '{\"published\":\"2019-02-10\"}'), '$.meetings[0].start')",
      "The fifth IMM is to be held in Lao PDR later this year.", 0, "2019\n" },
  };
  CHECK(a);
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(f) cmocka_unit_test_setup_teardown(f, dbSetup, dbTeardown)
    T(test_anchor_story_dateline_under_repost),
    T(test_anchor_cable_dtg_not_decl),
    T(test_anchor_page_date_with_time_zone),
    T(test_anchor_story_date_line_above_dateline),
    T(test_anchor_domain_source_line),
    T(test_anchor_repost_preamble_meeting),
    T(test_mention_reduced_relative_and_levels),
    T(test_mention_notice_fields),
    T(test_place_headline_city),
    T(test_mention_timeline_lines),
    T(test_anchor_partial_published),
    T(test_coordinated_dates_share_year),
    T(test_year_for_priorities_is_no_date),
    T(test_frame_background_signing_is_own_meeting),
    T(test_frame_upcoming_signing_is_no_action),
    T(test_mention_level_takes_sentence_antecedent),
    T(test_mention_round_of_talks),
    T(test_mention_definitions_and_process),
    T(test_mention_bracketed_date),
    T(test_place_capital_at_the_date),
    T(test_place_city_words),
    T(test_people_countries_from_context),
    T(test_action_coordinated_subject),
    T(test_action_talk_objects),
    T(test_action_level_of_the_actor),
    T(test_attendance_one_group_of_several),
    T(test_people_appositions),
    T(test_action_forms),
    T(test_mention_generic_and_other),
    T(test_place_venue_then_city),
    T(test_chronology_year_headings),
#undef T
  };
  return cmocka_run_group_tests(tests, 0, 0);
}
