/*
** 2026-11-29
**
** test_gazetteer.c -- unit tests of gazetteer.c: building and freeing the
** per-connection table, longest-match lookup within a sentence (key
** normalisation of apostrophes and hyphens, acronym case, capitalised
** proper names, shared keys), commitGazetteerFind and commitGazCountry.
**
** The group setup builds one gazetteer that every test reads.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <stdio.h>
#include <cmocka.h>

#include "commit.h"

#define MAX_TOK 64

/* ==== Fixtures and helpers ============================================= */

static int gazSetup(void **state) {
  CommitGazetteer *pGaz = 0;
  if( commitGazetteerNew(&pGaz)!=SQLITE_OK ) return -1;
  *state = pGaz;
  return 0;
}

static int gazTeardown(void **state) {
  commitGazetteerFree((CommitGazetteer *)*state);
  return 0;
}

/* Number of tokens in z. */
static int countTokens(const char *z) {
  CommitToken aTok[MAX_TOK];
  int nTok = 0;
  assert_int_equal(commitTokenize(z, (int)strlen(z), aTok, MAX_TOK, &nTok),
                   SQLITE_OK);
  return nTok;
}

/*
** Match the gazetteer at token iTok of text z.  Returns the number of
** tokens matched (0: none) and fills *pM.
*/
static int matchAt(const CommitGazetteer *pGaz, const char *z, int iTok,
                   CommitMention *pM) {
  CommitToken aTok[MAX_TOK];
  int nTok = 0;
  memset(pM, 0, sizeof(*pM));
  assert_int_equal(commitTokenize(z, (int)strlen(z), aTok, MAX_TOK, &nTok),
                   SQLITE_OK);
  return commitGazetteerMatch(pGaz, z, aTok, nTok, iTok, pM);
}

/* The entry of the first accepted hit of kind eKind, or NULL. */
static const CommitGazEntry *hitEntry(const CommitGazetteer *pGaz,
                                      const CommitMention *pM, int eKind) {
  const CommitGazHit *h = commitMentionHit(pGaz, pM, eKind);
  return h ? &aCommitGazEntry[h->iEntry] : 0;
}

/* A lookup case: phrase followed by other words, kind, code or name. */
typedef struct MatchCase MatchCase;
struct MatchCase {
  const char *zPhrase;  /* the phrase, which must be matched whole */
  int eKind;            /* COMMIT_GAZ_* of the hit */
  const char *zWant;    /* entry zCode (countries) or zName (others) */
  int iValue;           /* entry iValue, or -1 to ignore */
};

/*
** For each case: "<phrase> met today" must match exactly the phrase's
** tokens with an accepted hit of the kind whose entry is zWant.
*/
static void checkMatches(const CommitGazetteer *pGaz, const MatchCase *a,
                         int n) {
  int i;
  for(i=0; i<n; i++){
    char zText[200];
    CommitMention m;
    const CommitGazEntry *e;
    int nMatch;
    snprintf(zText, sizeof(zText), "%s met today", a[i].zPhrase);
    nMatch = matchAt(pGaz, zText, 0, &m);
    if( nMatch!=countTokens(a[i].zPhrase) ){
      print_error("phrase not matched whole: %s\n", a[i].zPhrase);
    }
    assert_int_equal(nMatch, countTokens(a[i].zPhrase));
    e = hitEntry(pGaz, &m, a[i].eKind);
    if( e==0 ) print_error("no hit of kind %d: %s\n", a[i].eKind, a[i].zPhrase);
    assert_non_null(e);
    assert_string_equal(a[i].eKind==COMMIT_GAZ_COUNTRY ? e->zCode : e->zName,
                        a[i].zWant);
    if( a[i].iValue>=0 ) assert_int_equal(e->iValue, a[i].iValue);
  }
}

/* ==== Life cycle ======================================================= */

/* A gazetteer builds, answers lookups, and frees without leaking. */
static void test_gaz_build_and_free(void **state) {
  CommitGazetteer *pGaz = 0;
  (void)state;
  assert_int_equal(commitGazetteerNew(&pGaz), SQLITE_OK);
  assert_non_null(pGaz);
  assert_true(commitGazetteerFind(pGaz, "Myanmar", 7, COMMIT_GAZ_COUNTRY)>=0);
  commitGazetteerFree(pGaz);
  commitGazetteerFree(0);
}

/* References: the last commitGazetteerUnref frees (ASan sees leaks). */
static void test_gaz_reference_counting(void **state) {
  CommitGazetteer *pGaz = 0;
  (void)state;
  assert_int_equal(commitGazetteerNew(&pGaz), SQLITE_OK);
  commitGazetteerRef(pGaz);
  commitGazetteerRef(pGaz);
  commitGazetteerUnref(pGaz);
  commitGazetteerUnref(pGaz);
  assert_true(commitGazetteerFind(pGaz, "Hanoi", 5, COMMIT_GAZ_CITY)>=0);
  commitGazetteerUnref(pGaz);
  commitGazetteerUnref(0);
}

/* ==== Longest match ==================================================== */

/* The longest phrase wins: "Lao PDR" over the adjective "Lao". */
static void test_gaz_longest_match_lao_pdr(void **state) {
  const CommitGazetteer *pGaz = *state;
  CommitMention m;
  const CommitGazHit *h;
  assert_int_equal(matchAt(pGaz, "Lao PDR officials", 0, &m), 2);
  h = commitMentionHit(pGaz, &m, COMMIT_GAZ_COUNTRY);
  assert_non_null(h);
  assert_string_equal(aCommitGazEntry[h->iEntry].zCode, "LA");
  assert_int_equal(h->bAdjective, 0);
  assert_int_equal(matchAt(pGaz, "Lao officials", 0, &m), 1);
  h = commitMentionHit(pGaz, &m, COMMIT_GAZ_COUNTRY);
  assert_non_null(h);
  assert_string_equal(aCommitGazEntry[h->iEntry].zCode, "LA");
  assert_int_equal(h->bAdjective, 1);
}

/* Multi-word names and aliases match whole, with their entries. */
static void test_gaz_multiword_names_and_aliases(void **state) {
  static const MatchCase aCase[] = {
    { "Lao People's Democratic Republic", COMMIT_GAZ_COUNTRY, "LA", 1 },
    { "Lao People\xe2\x80\x99s Democratic Republic", COMMIT_GAZ_COUNTRY,
      "LA", 1 },
    { "Viet Nam", COMMIT_GAZ_COUNTRY, "VN", 1 },
    { "Vietnam", COMMIT_GAZ_COUNTRY, "VN", 1 },
    { "Burma", COMMIT_GAZ_COUNTRY, "MM", 1 },
    { "Royal Thai Government", COMMIT_GAZ_COUNTRY, "TH", 1 },
    { "P.R. China", COMMIT_GAZ_COUNTRY, "CN", 1 },
    { "Singapore", COMMIT_GAZ_COUNTRY, "SG", 0 },
    { "Rangoon", COMMIT_GAZ_CITY, "Yangon", -1 },
    { "Ha Noi", COMMIT_GAZ_CITY, "Hanoi", 1 },
    { "Phnom Penh", COMMIT_GAZ_CITY, "Phnom Penh", 1 },
    { "Ministry of Public Security", COMMIT_GAZ_ORG,
      "Ministry of Public Security", -1 },
  };
  checkMatches(*state, aCase, (int)(sizeof(aCase)/sizeof(aCase[0])));
}

/* "Senior Officials' Meeting" matches with a curly, straight or no mark. */
static void test_gaz_som_name_any_apostrophe(void **state) {
  static const MatchCase aCase[] = {
    { "Senior Officials' Meeting", COMMIT_GAZ_SERIES, 0, COMMIT_SERIES_SOM },
    { "Senior Officials\xe2\x80\x99 Meeting", COMMIT_GAZ_SERIES, 0,
      COMMIT_SERIES_SOM },
    { "Senior Officials Meeting", COMMIT_GAZ_SERIES, 0, COMMIT_SERIES_SOM },
  };
  const CommitGazetteer *pGaz = *state;
  int i;
  for(i=0; i<(int)(sizeof(aCase)/sizeof(aCase[0])); i++){
    char zText[100];
    CommitMention m;
    const CommitGazEntry *e;
    snprintf(zText, sizeof(zText), "%s opened", aCase[i].zPhrase);
    assert_int_equal(matchAt(pGaz, zText, 0, &m),
                     countTokens(aCase[i].zPhrase));
    e = hitEntry(pGaz, &m, COMMIT_GAZ_SERIES);
    assert_non_null(e);
    assert_int_equal(e->iValue, aCase[i].iValue);
  }
}

/* A hyphen is skipped in keys: "Inter-Ministerial" == "Inter Ministerial". */
static void test_gaz_hyphen_equals_space(void **state) {
  static const char *azPhrase[] = {
    "Inter-Ministerial Meeting", "Inter Ministerial Meeting",
    "Inter\xe2\x80\x93Ministerial Meeting",
  };
  const CommitGazetteer *pGaz = *state;
  int i;
  for(i=0; i<(int)(sizeof(azPhrase)/sizeof(azPhrase[0])); i++){
    char zText[100];
    CommitMention m;
    const CommitGazEntry *e;
    snprintf(zText, sizeof(zText), "the %s opened", azPhrase[i]);
    assert_int_equal(matchAt(pGaz, zText, 1, &m), countTokens(azPhrase[i]));
    e = hitEntry(pGaz, &m, COMMIT_GAZ_SERIES);
    assert_non_null(e);
    assert_int_equal(e->iValue, COMMIT_SERIES_IMM);
  }
}

/* Acronyms match only in their own case: "US" is a country, "us" not. */
static void test_gaz_acronym_exact_case(void **state) {
  const CommitGazetteer *pGaz = *state;
  CommitMention m;
  const CommitGazEntry *e;
  assert_int_equal(matchAt(pGaz, "US officials", 0, &m), 1);
  e = hitEntry(pGaz, &m, COMMIT_GAZ_COUNTRY);
  assert_non_null(e);
  assert_string_equal(e->zCode, "US");
  matchAt(pGaz, "join us today", 1, &m);
  assert_null(hitEntry(pGaz, &m, COMMIT_GAZ_COUNTRY));
  matchAt(pGaz, "Us today", 0, &m);
  assert_null(hitEntry(pGaz, &m, COMMIT_GAZ_COUNTRY));
  assert_int_equal(matchAt(pGaz, "UNIAP staff", 0, &m), 1);
  assert_non_null(hitEntry(pGaz, &m, COMMIT_GAZ_ORG));
  matchAt(pGaz, "uniap staff", 0, &m);
  assert_null(hitEntry(pGaz, &m, COMMIT_GAZ_ORG));
}

/* A key shared by several entries gives every one: MPS of CN and VN. */
static void test_gaz_shared_key_mps_two_hits(void **state) {
  const CommitGazetteer *pGaz = *state;
  CommitMention m;
  char zCountries[32] = "";
  int j, k = 0;
  assert_int_equal(matchAt(pGaz, "the MPS hosted", 1, &m), 1);
  for(j=m.iHit; j>=0; j=commitGazetteerHit(pGaz, j)->iNext, k++){
    const CommitGazHit *h = commitGazetteerHit(pGaz, j);
    if( (m.mAccept & (1u<<k)) && h->eKind==COMMIT_GAZ_ORG ){
      const CommitGazEntry *e = &aCommitGazEntry[h->iEntry];
      strcat(zCountries, e->zCountry ? e->zCountry : "-");
      strcat(zCountries, " ");
    }
  }
  assert_string_equal(zCountries, "CN VN ");
}

/* Proper names need a capital: "china" and "hanoi" are not matched. */
static void test_gaz_proper_name_needs_capital(void **state) {
  static const struct { const char *z; int eKind; int bHit; } aCase[] = {
    { "China", COMMIT_GAZ_COUNTRY, 1 },
    { "china", COMMIT_GAZ_COUNTRY, 0 },
    { "Burma", COMMIT_GAZ_COUNTRY, 1 },
    { "burma", COMMIT_GAZ_COUNTRY, 0 },
    { "Hanoi", COMMIT_GAZ_CITY, 1 },
    { "hanoi", COMMIT_GAZ_CITY, 0 },
    { "December", COMMIT_GAZ_MONTH, 1 },
    { "may", COMMIT_GAZ_MONTH, 0 },
    { "Tuesday", COMMIT_GAZ_WEEKDAY, 1 },
  };
  const CommitGazetteer *pGaz = *state;
  int i;
  for(i=0; i<(int)(sizeof(aCase)/sizeof(aCase[0])); i++){
    char zText[64];
    CommitMention m;
    snprintf(zText, sizeof(zText), "%s was named", aCase[i].z);
    matchAt(pGaz, zText, 0, &m);
    if( (hitEntry(pGaz, &m, aCase[i].eKind)!=0)!=aCase[i].bHit ){
      print_error("capital check: %s\n", aCase[i].z);
    }
    assert_int_equal(hitEntry(pGaz, &m, aCase[i].eKind)!=0, aCase[i].bHit);
  }
}

/* An abbreviation's attached period is part of the match: "Dec.", "Mr.". */
static void test_gaz_abbreviation_takes_its_period(void **state) {
  const CommitGazetteer *pGaz = *state;
  CommitMention m;
  const CommitGazEntry *e;
  assert_int_equal(matchAt(pGaz, "Dec. 14", 0, &m), 2);
  e = hitEntry(pGaz, &m, COMMIT_GAZ_MONTH);
  assert_non_null(e);
  assert_int_equal(e->iValue, 12);
  assert_int_equal(matchAt(pGaz, "Mr. Sok", 0, &m), 2);
  assert_non_null(hitEntry(pGaz, &m, COMMIT_GAZ_HONORIFIC));
}

/* No phrase starts at punctuation or at an unknown word. */
static void test_gaz_no_match(void **state) {
  const CommitGazetteer *pGaz = *state;
  CommitMention m;
  assert_int_equal(matchAt(pGaz, ". Hanoi", 0, &m), 0);
  assert_int_equal(matchAt(pGaz, "Xyzzy plugh", 0, &m), 0);
}

/* ==== Whole-phrase lookup ============================================== */

/* commitGazetteerFind: a whole phrase of a kind, ignoring case. */
static void test_gaz_find_phrase(void **state) {
  static const struct { const char *z; int eKind; const char *zName; } aCase[] = {
    { "Burma", COMMIT_GAZ_COUNTRY, "Myanmar" },
    { "burma", COMMIT_GAZ_COUNTRY, "Myanmar" },
    { "Laos", COMMIT_GAZ_COUNTRY, "Lao PDR" },
    { "Vietnamese", COMMIT_GAZ_COUNTRY, "Viet Nam" },
    { "Lao People\xe2\x80\x99s Democratic Republic", COMMIT_GAZ_COUNTRY,
      "Lao PDR" },
    { "Rangoon", COMMIT_GAZ_CITY, "Yangon" },
    { "Ha Noi", COMMIT_GAZ_CITY, "Hanoi" },
    { "Burma", COMMIT_GAZ_CITY, 0 },
    { "Atlantis", COMMIT_GAZ_COUNTRY, 0 },
    { "Viet", COMMIT_GAZ_COUNTRY, 0 },          /* a prefix only */
    { "Viet Nam Airlines", COMMIT_GAZ_COUNTRY, 0 },
    { "", COMMIT_GAZ_COUNTRY, 0 },
  };
  const CommitGazetteer *pGaz = *state;
  int i;
  for(i=0; i<(int)(sizeof(aCase)/sizeof(aCase[0])); i++){
    int iEntry = commitGazetteerFind(pGaz, aCase[i].z, (int)strlen(aCase[i].z),
                                     aCase[i].eKind);
    if( aCase[i].zName==0 ){
      if( iEntry>=0 ) print_error("unexpected find: %s\n", aCase[i].z);
      assert_int_equal(iEntry, -1);
    }else{
      if( iEntry<0 ) print_error("not found: %s\n", aCase[i].z);
      assert_true(iEntry>=0);
      assert_string_equal(aCommitGazEntry[iEntry].zName, aCase[i].zName);
    }
  }
}

/* commitGazetteerFind with kind 0 takes the first hit of any kind. */
static void test_gaz_find_any_kind(void **state) {
  const CommitGazetteer *pGaz = *state;
  int iEntry = commitGazetteerFind(pGaz, "Myanmar", 7, 0);
  assert_true(iEntry>=0);
  assert_int_equal(aCommitGazEntry[iEntry].eKind, COMMIT_GAZ_COUNTRY);
}

/* Word lists of data/words.tsv: a phrase in a list, any case, and the
** longest phrase of a list at a token. */
static void test_gaz_word_lists(void **state) {
  static const char zText[] = "Delegates took part in it.";
  CommitToken aTok[16];
  int nTok = 0;
  (void)state;
  assert_int_equal(commitWordListHas(COMMIT_WL_INTL_TITLE, "Resident Coordinator"), 1);
  assert_int_equal(commitWordListHas(COMMIT_WL_INTL_TITLE, "resident coordinator"), 1);
  assert_int_equal(commitWordListHas(COMMIT_WL_INTL_TITLE, "Minister"), 0);
  assert_int_equal(commitWordListHas(COMMIT_WL_BODY_HEAD, "Ministry"), 1);
  assert_int_equal(commitWordListHas(-1, "x"), 0);
  assert_int_equal(commitWordListHas(COMMIT_WL_NLIST, "x"), 0);
  assert_int_equal(commitTokenize(zText, (int)strlen(zText), aTok, 16, &nTok), 0);
  /* "took" alone is no attendance verb; "took part" is (two words). */
  assert_int_equal(commitWordMatch(COMMIT_WL_ATTEND_VERB, zText, aTok, nTok, 1), 2);
  assert_int_equal(commitWordMatch(COMMIT_WL_ATTEND_VERB, zText, aTok, nTok, 2), 0);
  assert_int_equal(commitWordMatch(COMMIT_WL_ATTEND_VERB, zText, aTok, nTok, 99), 0);
}

/* commitGazCountry looks a country up by ISO alpha-2 code. */
static void test_gaz_country_by_iso2(void **state) {
  const CommitGazEntry *e;
  (void)state;
  e = commitGazCountry("MM");
  assert_non_null(e);
  assert_string_equal(e->zName, "Myanmar");
  assert_string_equal(e->zExtra, "MMR");
  assert_int_equal(e->iValue, 1);
  e = commitGazCountry("US");
  assert_non_null(e);
  assert_int_equal(e->iValue, 0);
  assert_null(commitGazCountry("XX"));
  assert_null(commitGazCountry("mm"));
  assert_null(commitGazCountry(0));
}

/* The six members, and only they, have iValue 1. */
static void test_gaz_six_member_countries(void **state) {
  char zMembers[64] = "";
  int i, nCountry = 0;
  (void)state;
  for(i=0; i<nCommitGazEntry; i++){
    const CommitGazEntry *e = &aCommitGazEntry[i];
    if( e->eKind!=COMMIT_GAZ_COUNTRY ) continue;
    nCountry++;
    assert_true(i<COMMIT_GAZ_NCOUNTRY_MAX);
    if( e->iValue ){
      strcat(zMembers, e->zCode);
      strcat(zMembers, " ");
    }
  }
  assert_int_equal(nCountry, 249);
  assert_string_equal(zMembers, "CN KH LA MM TH VN ");
}

/* Kind names for commit_entities; out of range gives "". */
static void test_gaz_kind_names(void **state) {
  (void)state;
  assert_string_equal(commitGazKindName(COMMIT_GAZ_COUNTRY), "country");
  assert_string_equal(commitGazKindName(COMMIT_GAZ_ORG), "organization");
  assert_string_equal(commitGazKindName(COMMIT_GAZ_DURATION), "duration");
  assert_string_equal(commitGazKindName(0), "");
  assert_string_equal(commitGazKindName(COMMIT_GAZ_NKIND), "");
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_gaz_build_and_free),
    cmocka_unit_test(test_gaz_reference_counting),
    cmocka_unit_test(test_gaz_longest_match_lao_pdr),
    cmocka_unit_test(test_gaz_multiword_names_and_aliases),
    cmocka_unit_test(test_gaz_som_name_any_apostrophe),
    cmocka_unit_test(test_gaz_hyphen_equals_space),
    cmocka_unit_test(test_gaz_acronym_exact_case),
    cmocka_unit_test(test_gaz_shared_key_mps_two_hits),
    cmocka_unit_test(test_gaz_proper_name_needs_capital),
    cmocka_unit_test(test_gaz_abbreviation_takes_its_period),
    cmocka_unit_test(test_gaz_no_match),
    cmocka_unit_test(test_gaz_find_phrase),
    cmocka_unit_test(test_gaz_find_any_kind),
    cmocka_unit_test(test_gaz_word_lists),
    cmocka_unit_test(test_gaz_country_by_iso2),
    cmocka_unit_test(test_gaz_six_member_countries),
    cmocka_unit_test(test_gaz_kind_names),
  };
  return cmocka_run_group_tests(tests, gazSetup, gazTeardown);
}
