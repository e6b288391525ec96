#!/usr/bin/env python3
"""Compile data/<file>.tsv into ext/gazetteer_data.c.

The built-in gazetteer of `commit` lives in tab-separated files under data/
(countries.tsv, places.tsv, organizations.tsv, titles.tsv, lexicon.tsv,
words.tsv) and the calendar of known meetings (meetings.tsv).
This script turns them into one static array of CommitGazEntry (see
ext/commit.h).  Phrases are not hashed here: gazetteer.c tokenizes every
name and alias at init with the same tokenizer the parser uses, so the two
can never disagree.

Usage: python3 tools/mkgazetteer.py [DATA_DIR] [OUT_FILE]
"""
import sys

# ORDER WORDLIST: the COMMIT_WL_* constants of commit.h, in order.
WORDLISTS = [
    "frame_past", "frame_future", "frame_occur", "clause_strong", "clause",
    "pub_word", "meet_other", "participle_next", "other_event", "past_meet",
    "irrealis", "modal_aux", "action_base", "with_more", "people_noun",
    "process_noun", "attend_verb", "group_word", "not_name", "body_head",
    "portfolio_word", "verb_follow", "future_word", "stat_noun", "intl_title",
    "name_particle", "extra_role", "habitual", "field_label", "doc_anaphor",
    "other_talks", "other_subject", "meet_modified", "held_state", "say_verb",
    "said_on", "there_be", "level_date_skip", "span_unit", "plan_noun_lead",
    "first_by_verb", "as_clause_lead", "role_at", "online_verb", "page_verb",
    "welcome_verb", "before_word", "pair_noun", "month_name", "term_verb",
]

KIND = {  # ORDER GAZKIND: the COMMIT_GAZ_* names of commit.h
    "country": "COMMIT_GAZ_COUNTRY", "city": "COMMIT_GAZ_CITY",
    "org": "COMMIT_GAZ_ORG", "honorific": "COMMIT_GAZ_HONORIFIC",
    "rank": "COMMIT_GAZ_RANK", "office": "COMMIT_GAZ_OFFICE",
    "month": "COMMIT_GAZ_MONTH", "weekday": "COMMIT_GAZ_WEEKDAY",
    "ordinal": "COMMIT_GAZ_ORDINAL", "cardinal": "COMMIT_GAZ_CARDINAL",
    "series": "COMMIT_GAZ_SERIES", "doc": "COMMIT_GAZ_DOC",
    "action": "COMMIT_GAZ_ACTION", "modal": "COMMIT_GAZ_MODAL",
    "relday": "COMMIT_GAZ_RELDAY", "venue": "COMMIT_GAZ_VENUE",
    "attendee": "COMMIT_GAZ_ATTENDEE", "qualifier": "COMMIT_GAZ_QUALIFIER",
    "meetword": "COMMIT_GAZ_MEETWORD", "meetverb": "COMMIT_GAZ_MEETVERB",
    "hostverb": "COMMIT_GAZ_HOSTVERB", "virtual": "COMMIT_GAZ_VIRTUAL",
    "subject": "COMMIT_GAZ_SUBJECT", "be": "COMMIT_GAZ_BE",
    "negation": "COMMIT_GAZ_NEGATION",
}


def rows(path):
    """Yield dicts of a TSV file with a header line; skip blank lines."""
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for n, line in enumerate(f, 2):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            cells = line.split("\t")
            if len(cells) != len(head):
                sys.exit(f"{path}:{n}: {len(cells)} fields, want {len(head)}")
            yield dict(zip(head, cells))


def cstr(s):
    """A C string literal for s, or 0 for an empty or missing value."""
    if s is None or s == "":
        return "0"
    out = []
    for b in s.encode("utf-8"):
        c = chr(b)
        if c in '"\\':
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\x%02x\"\"" % b)
    return '"' + "".join(out) + '"'


def entry(kind, name, code="", country="", aliases="", extra="", adj="",
          value=0):
    return (KIND[kind], name, code, country, aliases, extra, adj, int(value))


def load(d):
    out = []
    for r in rows(f"{d}/countries.tsv"):
        out.append(entry("country", r["name"], r["iso2"], r["iso2"],
                         r["aliases"], r["iso3"], r["adjectives"],
                         r["member"] or 0))
    for r in rows(f"{d}/places.tsv"):
        out.append(entry("city", r["city"], "", r["iso2"], r["aliases"], "",
                         "", r["capital"] or 0))
    for r in rows(f"{d}/organizations.tsv"):
        out.append(entry("org", r["name"], r["acronym"], r["iso2"],
                         r["aliases"], r["kind"]))
    titles = {}
    for r in rows(f"{d}/titles.tsv"):
        key = (r["class"], r["canonical"] or r["phrase"], r["org"])
        titles.setdefault(key, []).append(r["phrase"])
    for (cls, canon, org), phrases in sorted(titles.items()):
        # An office that names its body ("UN Resident Coordinator") keeps
        # the body's acronym in zExtra; its aliases are all its phrases.
        al = [p for p in phrases if p != canon or org]
        out.append(entry(cls, canon, canon, "", ";".join(al), org))
    for r in rows(f"{d}/lexicon.tsv"):
        out.append(entry(r["kind"], r["phrase"], r["canonical"], "", "",
                         r["canonical"], "", r["value"] or 0))
    return out


def wordlists(d):
    """The word lists of data/words.tsv: {list: sorted lower-case words}."""
    lists = {name: set() for name in WORDLISTS}
    for r in rows(f"{d}/words.tsv"):
        if r["list"] not in lists:
            sys.exit(f"{d}/words.tsv: unknown list {r['list']!r}")
        w = " ".join(r["word"].lower().split())
        if not w:
            sys.exit(f"{d}/words.tsv: empty word in list {r['list']!r}")
        lists[r["list"]].add(w)
    # the month names of the lexicon, for the tokenizer (which has no
    # gazetteer): one list of data, read twice
    for r in rows(f"{d}/lexicon.tsv"):
        if r["kind"] == "month":
            lists["month_name"].add(r["phrase"].lower())
    return lists


def fnv1a(b):
    """32-bit FNV-1a of bytes b, as commitWordFirstMask() hashes a token."""
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


def calendar(d):
    """The known meetings of data/meetings.tsv, sorted by series and number."""
    series = {"IMM": "COMMIT_SERIES_IMM", "SOM": "COMMIT_SERIES_SOM"}
    out = []
    for r in rows(f"{d}/meetings.tsv"):
        if r["series"] not in series:
            sys.exit(f"{d}/meetings.tsv: unknown series {r['series']!r}")
        day = []
        for v in (r["start"], r["end"]):
            ymd = [int(x) for x in v.split("-")] if v else []
            day.append((ymd + [0, 0, 0])[:3])
        out.append((series[r["series"]], int(r["number"]), *day[0], *day[1]))
    return sorted(out)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "data"
    dst = sys.argv[2] if len(sys.argv) > 2 else "ext/gazetteer_data.c"
    ents = load(d)
    with open(dst, "w", encoding="utf-8") as f:
        f.write("/*\n** gazetteer_data.c -- the built-in gazetteer as data.\n"
                "**\n** Every country, city, organisation, title and lexicon "
                "word the parser\n** knows, compiled from data/<file>.tsv.  Edit "
                "the TSV files, not this file,\n** then run `make "
                "gazetteer`.\n*/\n#include \"commit.h\"\n\n")
        f.write("/* GENERATED CODE STARTS HERE (tools/mkgazetteer.py) */\n")
        f.write("const CommitGazEntry aCommitGazEntry[] = {\n")
        for e in ents:
            f.write("  {%s, %s, %s, %s, %s, %s, %s, %d},\n" % (
                e[0], cstr(e[1]), cstr(e[2]), cstr(e[3]), cstr(e[4]),
                cstr(e[5]), cstr(e[6]), e[7]))
        f.write("};\nconst int nCommitGazEntry = %d;\n\n" % len(ents))
        lists = wordlists(d)
        for name in WORDLISTS:
            words = sorted(lists[name], key=lambda w: w.encode("utf-8"))
            f.write("static const char *const azWords_%s[] = {\n" % name)
            for w in words:
                f.write("  %s,\n" % cstr(w))
            f.write("};\n")
        f.write("/* ORDER WORDLIST */\nconst CommitWordList aCommitWordList[] = {\n")
        for name in WORDLISTS:
            f.write("  {azWords_%s, %d},\n" % (name, len(lists[name])))
        f.write("};\n\n")
        # every first word of every list, with the lists it opens a phrase
        # of (bit ORDER WORDLIST): the tokenizer looks each word up once
        first = {}
        for k, name in enumerate(WORDLISTS):
            for w in lists[name]:
                fw = w.split(" ")[0]
                first[fw] = first.get(fw, 0) | (1 << k)
        f.write("const CommitWordFirst aCommitWordFirst[] = {\n")
        keys = sorted(first, key=lambda w: w.encode("utf-8"))
        for w in keys:
            f.write("  {%s, %d, 0x%xULL},\n" % (cstr(w), len(w.encode("utf-8")), first[w]))
        f.write("};\nconst int nCommitWordFirst = %d;\n\n" % len(keys))
        # the same words in an open-addressing hash table (FNV-1a of the
        # word's bytes, linear probing; slot = entry + 1, 0 empty): what
        # commitWordFirstMask() looks a token up in
        size = 1
        while size < 2 * len(keys):
            size *= 2
        slots = [0] * size
        for i, w in enumerate(keys):
            j = fnv1a(w.encode("utf-8")) & (size - 1)
            while slots[j]:
                j = (j + 1) & (size - 1)
            slots[j] = i + 1
        f.write("const unsigned short aCommitWordFirstHash[] = {\n")
        for i in range(0, size, 16):
            f.write("  " + ", ".join(str(v) for v in slots[i:i + 16]) + ",\n")
        f.write("};\nconst int nCommitWordFirstHash = %d;\n\n" % size)
        cal = calendar(d)
        f.write("const CommitCalEntry aCommitCalendar[] = {\n")
        for c in cal:
            f.write("  {%s, %d, {%d, %d, %d}, {%d, %d, %d}},\n" % c)
        f.write("};\nconst int nCommitCalendar = %d;\n" % len(cal))
        f.write("/* GENERATED CODE ENDS HERE (tools/mkgazetteer.py) */\n")


if __name__ == "__main__":
    main()
