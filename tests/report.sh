#!/usr/bin/env bash
# report.sh -- tests of the HTML report, sql/reports/report_html.sql
# (make test-report; issue 9, item 4).
#
#   tests/report.sh [sqlite3-binary] [--update]
#
# Registries are built in a temporary directory, each a commit_registry
# named `reports`:
#   small   four fixtures (SMALL below): IMM, SOM and unknown-series
#           meetings, dates known to the day or only to the month, two
#           signings, a conflict, people
#   empty   the registry created, no report inserted
#   escape  one report whose source is <script>alert("x")</script>&' and
#           url javascript:alert(1), whose body says R&D <b> "staff", has
#           an em dash (3 bytes, 1 character) before its facts, a meeting
#           name with an apostrophe, and a country the parser derives with
#           no span ("in Laos" gives SOM6 the country LA)
# Checks, one line each, "ok ..." or "FAIL ...":
#   1. golden: the page of `small` equals tests/report/small.html byte for
#      byte, and the page of `empty` tests/report/empty.html (--update
#      rewrites both; review the diff, e.g. in a browser, before
#      committing).  The small page depends on what the parser finds in
#      the four fixtures: a parser change that alters their facts shows
#      here first as a diff of the page.
#   2. the small registry's dated meetings are exactly SMALL_CODES and two
#      of them saw a signing (what the browser check expects);
#   3. tests/report_check.py on each page: XML and HTML well-formed, the
#      SVG timeline in its namespace, nothing loaded from outside, every
#      #link has its target, one anchor per evidence row, every fact linked;
#   4. escaping and cutting: the source's row in the page is exactly the
#      escaped text, no "<script" anywhere, the url is shown but is not a
#      link, the body's sentence is quoted escaped, a marked span escaped,
#      the spans cut at the right bytes after the em dash, and the
#      spanless row said to have no span;
#   5. the empty page says there is nothing yet and has no timeline;
#   6. `make report` errors: a database without a registry, a missing one;
#   7. headless Chromium (tests/report_browser.mjs): the small page renders
#      without JavaScript, the timeline shows each of SMALL_CODES inside its
#      box next to its mark, draws no other meeting, marks both signings
#      as diamonds, is not blank in a screenshot (build/report/report.png,
#      build/report/timeline.png), hides the navigation in print and makes
#      a PDF (build/report/report.pdf).
# Last line: "report: N passed, M failed"; exit 1 if M > 0.
set -u

. "$(dirname "$0")/lib.sh"
args=()
for a in "$@"; do [ "$a" = --update ] || args+=("$a"); done
lib_init report "${args[0]:-}"
UPDATE=0
for a in "$@"; do [ "$a" = --update ] && UPDATE=1; done
lib_need_ext
command -v node >/dev/null 2>&1 || die "node not found (make test-report installs it)"
[ -x /usr/bin/python3 ] || die "/usr/bin/python3 not found"

SMALL="a02_wire_bangkok_som1 a04_blog_phnompenh_som4 a05_pressrelease_beijing_imm2 c04_ap_imm1_rangoon"
SMALL_CODES="SOM1 IMM? ? SOM4 SOM5 IMM2"
SMALL_SIGNED=2
OUT=build/report

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_report.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
pass=0
fail=0
ok() { echo "ok $*"; pass=$((pass + 1)); }
bad() { echo "FAIL $*"; fail=$((fail + 1)); }

LOAD=".load '$ROOT/dist/commit'"
# page <db> <out.html>: the report of a database, as make report makes it.
page() { "$SQLITE" -readonly -bail "$1" -cmd "$LOAD" < sql/reports/report_html.sql > "$2"; }
# count lines of the check runners' output
tally() {
  local line
  while IFS= read -r line; do
    echo "$line"
    case $line in
      ok\ *) pass=$((pass + 1)) ;;
      FAIL\ *) fail=$((fail + 1)) ;;
    esac
  done
}

# ---- the registries ------------------------------------------------------
names=""
for n in $SMALL; do names="$names, 'fixtures/$n.txt'"; done
"$SQLITE" -bail "$TMP/small.db" -cmd "$LOAD" <<SQL || die "cannot build the small registry"
CREATE VIRTUAL TABLE reports USING commit_registry;
INSERT INTO reports(source, url, published, body)
  SELECT substr(name, 10, length(name) - 13), NULL,
         json_extract(readfile(substr(name, 1, length(name) - 4) || '.opts'),
                      '\$.published'),
         readfile(name)
    FROM fsdir('fixtures')
   WHERE name IN (${names#, })
   ORDER BY name;
SQL
"$SQLITE" -bail "$TMP/empty.db" -cmd "$LOAD" \
  "CREATE VIRTUAL TABLE reports USING commit_registry" || die "cannot build the empty registry"
SRC='<script>alert("x")</script>&'"'"
"$SQLITE" -bail "$TMP/escape.db" -cmd "$LOAD" <<SQL || die "cannot build the escape registry"
CREATE VIRTUAL TABLE reports USING commit_registry;
INSERT INTO reports(source, url, published, body) VALUES ($(lit "$SRC"),
  'javascript:alert(1)', '2012-02-16',
  'HA NOI, Feb. 16 (VNA) — The third Inter-Ministerial Meeting (IMM3) of COMMIT closed here today. Ministers of Cambodia, China, Laos, Myanmar, Thailand and Viet Nam signed the second Joint Declaration, said R&D <b> "staff". The sixth Senior Officials'' Meeting will take place in Laos in 2013.');
SQL

for r in small empty escape; do
  page "$TMP/$r.db" "$TMP/$r.html" || bad "$r: sql/reports/report_html.sql failed"
  "$SQLITE" "$TMP/$r.db" "SELECT id FROM reports_evidence" > "$TMP/$r.ids"
done
cp "$TMP/small.html" "$OUT/small.html"

# ---- 1. goldens ----------------------------------------------------------
for r in small empty; do
  if [ "$UPDATE" = 1 ]; then
    cp "$TMP/$r.html" "tests/report/$r.html"
    echo "updated tests/report/$r.html"
  fi
  if cmp -s "$TMP/$r.html" "tests/report/$r.html"; then
    ok "golden $r: the page equals tests/report/$r.html"
  else
    bad "golden $r: the page differs from tests/report/$r.html (first lines of the diff):"
    diff "tests/report/$r.html" "$TMP/$r.html" | head -n 20 | cut -c 1-200
  fi
done

# ---- 2. the small registry is what the browser check expects ---------------
got=$("$SQLITE" "$TMP/small.db" "SELECT group_concat(c, ' ') FROM (
  SELECT coalesce(code, coalesce(series, '') || '?') AS c FROM reports_meetings
   WHERE coalesce(start, \"end\") IS NOT NULL
   ORDER BY coalesce(start, \"end\"), \"end\", series, number, id)")
nsig=$("$SQLITE" "$TMP/small.db" "SELECT count(*) FROM reports_meetings m
   WHERE coalesce(start, \"end\") IS NOT NULL AND (
     EXISTS (SELECT 1 FROM reports_actions WHERE meeting_id = m.id AND action = 'signed')
     OR EXISTS (SELECT 1 FROM reports_signatories WHERE meeting_id = m.id))")
if [ "$got" = "$SMALL_CODES" ] && [ "$nsig" = "$SMALL_SIGNED" ]; then
  ok "small registry: dated meetings $SMALL_CODES, $SMALL_SIGNED with a signing"
else
  bad "small registry: dated meetings '$got' with $nsig signings, expected '$SMALL_CODES' with $SMALL_SIGNED"
fi

# ---- 3. well-formed, self-contained, linked --------------------------------
for r in small empty escape; do
  /usr/bin/python3 tests/report_check.py "$TMP/$r.html" "$TMP/$r.ids" "$r" > "$TMP/check.out" 2>&1
  rc=$?
  tally < "$TMP/check.out"
  grep -q '^ok\|^FAIL' "$TMP/check.out" || bad "$r: tests/report_check.py printed no check (exit $rc)"
done

# ---- 4. escaping -----------------------------------------------------------
n=$("$SQLITE" "$TMP/escape.db" "SELECT count(*) FROM reports_evidence WHERE report_id = 1")
want='<tr id="r1"><td class="n">1</td><td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</td><td>2012-02-16</td><td class="small">javascript:alert(1)</td><td class="n">'"$n"'</td></tr>'
if grep -qxF "$want" "$TMP/escape.html"; then
  ok "escape: the source and url are shown escaped, the url as text"
else
  bad "escape: no line: $want"
  grep -F 'id="r1"' "$TMP/escape.html" | head -n 1
fi
if grep -qi '<script' "$TMP/escape.html" || grep -qF 'href="javascript' "$TMP/escape.html"; then
  bad "escape: the page has a <script or a javascript: link"
else
  ok "escape: no <script and no javascript: link in the page"
fi
if grep -qF 'said R&amp;D &lt;b&gt; &quot;staff&quot;.' "$TMP/escape.html"; then
  ok "escape: the body's sentence is quoted escaped"
else
  bad "escape: the sentence 'said R&D <b> \"staff\".' is not quoted escaped"
fi

want='<q>HA NOI, Feb. 16 (VNA) — The <mark>third Inter-Ministerial Meeting (IMM3)</mark> of COMMIT closed <mark>here</mark> <mark>today</mark>.</q>'
if grep -qF "$want" "$TMP/escape.html"; then
  ok "escape: spans are cut by bytes (after a 3-byte em dash)"
else
  bad "escape: no quote: $want"
fi
if grep -qF '<q>The <mark>sixth Senior Officials&#39; Meeting</mark>' "$TMP/escape.html"; then
  ok "escape: a marked span is escaped"
else
  bad "escape: no marked span 'sixth Senior Officials&#39; Meeting'"
fi
if grep -qF '<q><span class="nospan">no text span: the parser derived this value</span></q>' "$TMP/escape.html"; then
  ok "escape: an evidence row without a span says so"
else
  bad "escape: no quote for the evidence row without a span"
fi

# ---- 5. the empty registry -----------------------------------------------
if grep -qF '<p class="empty">Nothing yet: the registry has no reports.' "$TMP/empty.html" \
   && ! grep -q '<svg' "$TMP/empty.html"; then
  ok "empty: the page says there is nothing yet and draws no timeline"
else
  bad "empty: no 'Nothing yet' line, or a timeline"
fi

# ---- 6. make report's errors ---------------------------------------------
"$SQLITE" "$TMP/plain.db" "CREATE TABLE t(x)"
msg=$(bash tools/report.sh "$SQLITE" "$TMP/plain.db" "$TMP/x.html" 2>&1)
rc=$?
if [ $rc -ne 0 ] && [ "$msg" = "make report: $TMP/plain.db has no registry named reports (CREATE VIRTUAL TABLE reports USING commit_registry)" ] \
   && [ ! -e "$TMP/x.html" ]; then
  ok "make report: a database without a registry is an error"
else
  bad "make report: plain database: exit $rc, '$msg'"
fi
msg=$(bash tools/report.sh "$SQLITE" "$TMP/none.db" "$TMP/x.html" 2>&1)
rc=$?
if [ $rc -ne 0 ] && [ "$msg" = "make report: $TMP/none.db: no such file" ] && [ ! -e "$TMP/none.db" ]; then
  ok "make report: a missing database is an error (and is not created)"
else
  bad "make report: missing database: exit $rc, '$msg'"
fi
msg=$(bash tools/report.sh "$SQLITE" "$TMP/small.db" "$TMP/x.html" 2>&1)
rc=$?
if [ $rc -eq 0 ] && cmp -s "$TMP/x.html" "$TMP/small.html"; then
  ok "make report: writes the same page ($msg)"
else
  bad "make report: small registry: exit $rc, '$msg'"
fi

# ---- 7. headless Chromium ------------------------------------------------
NODE_PATH="$ROOT/build/report/node/node_modules" \
  node tests/report_browser.mjs "$TMP/small.html" "$OUT" "$SMALL_CODES" "$SMALL_SIGNED" \
  > "$TMP/browser.out" 2>&1
rc=$?
tally < "$TMP/browser.out"
if ! grep -q '^ok\|^FAIL' "$TMP/browser.out"; then
  bad "browser: tests/report_browser.mjs ran no check (exit $rc)"
elif [ $rc -ne 0 ] && ! grep -q '^FAIL' "$TMP/browser.out"; then
  bad "browser: tests/report_browser.mjs exited $rc after its checks"
fi
[ $rc -eq 0 ] && echo "screenshots: $OUT/report.png $OUT/timeline.png; PDF: $OUT/report.pdf"

echo "report: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
