#!/usr/bin/env bash
# bench.sh -- make test-bench: the benchmark's generator and program.
#
# No timing is asserted here (timings belong to `make bench` only).  What
# is checked:
#   - bench --selftest: medians, number formatting, the classification of
#     EXPLAIN QUERY PLAN lines, the corpus reader and its errors;
#   - bench/gen is deterministic: the same size and seed give the same
#     bytes, and exactly the bytes pinned below; another seed differs;
#   - the corpus: the reader counts what gen wrote, reports average about
#     2 KB, every style is present, and no sentence of 40 characters or
#     more is copied from the project's reports (fixtures, tests/corpus,
#     tests/heldout*, and ../shared/seed and ../shared/corpus when present);
#   - a short run of bench: each part prints, each target of issue 10 is
#     printed once as met or NOT met, the registry holds what was
#     ingested, a step cut by its budget says so, the signatories plans are
#     captured, the RSS child reports, and a broken corpus is an error.
# Last line: "bench: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
bench=build/bench/bench
gen=bench/gen
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

ok() { pass=$((pass + 1)); echo "ok: $1"; }
not_ok() { fail=$((fail + 1)); echo "FAILED: $1"; }
check() { if eval "$2"; then ok "$1"; else not_ok "$1"; fi; }

# The bytes of `bench/gen --size 0.5 --seed 1`.  When the templates change
# on purpose, put the new sha256sum here (and say so in the commit).
PINNED=b7f7cb27fe1995233dade6b6aed9af06e083e98a8afc9bae74e60eaecf8d1a56

# ---- the program's own helpers ----------------------------------------
selftest=$("$bench" --selftest)
echo "$selftest" | grep -v ' passed, '
sp=$(echo "$selftest" | sed -nE 's/^bench-selftest: ([0-9]+) passed, ([0-9]+) failed$/\1/p')
sf=$(echo "$selftest" | sed -nE 's/^bench-selftest: ([0-9]+) passed, ([0-9]+) failed$/\2/p')
if [ -n "$sp" ] && [ -n "$sf" ]; then
  pass=$((pass + sp)); fail=$((fail + sf)); echo "ok: selftest ran ($sp passed, $sf failed)"
else
  not_ok "bench --selftest printed no summary"
fi

# ---- the generator ------------------------------------------------------
/usr/bin/python3 $gen --size 0.5 --seed 1 -o "$tmp/a.txt" 2>"$tmp/a.err"
/usr/bin/python3 $gen --size 0.5 --seed 1 -o "$tmp/b.txt" 2>/dev/null
/usr/bin/python3 $gen --size 0.5 --seed 2 -o "$tmp/c.txt" 2>/dev/null
check "the same seed gives the same bytes" 'cmp -s "$tmp/a.txt" "$tmp/b.txt"'
check "another seed gives other bytes" '! cmp -s "$tmp/a.txt" "$tmp/c.txt"'
sum=$(sha256sum "$tmp/a.txt" | cut -d' ' -f1)
check "size 0.5 seed 1 gives the pinned bytes (got $sum)" '[ "$sum" = "$PINNED" ]'

# gen says "gen: N reports, B bytes of text, seed 1"; bench --count must agree.
want=$(sed -nE 's/^gen: ([0-9]+) reports, ([0-9]+) bytes of text.*/\1 reports, \2 bytes of text/p' "$tmp/a.err")
got=$("$bench" --count "$tmp/a.txt")
check "bench reads every record gen wrote ($got)" '[ -n "$want" ] && [ "$got" = "$want" ]'
n=${want%% *}
b=$(echo "$want" | sed -E 's/.* ([0-9]+) bytes.*/\1/')
check "at least 0.5 MB, reports of about 2 KB on average ($((b / n)) bytes)" \
  '[ "$b" -ge 500000 ] && [ $((b / n)) -ge 1500 ] && [ $((b / n)) -le 3000 ]'

for style in '<!DOCTYPE html>' 'FM AMEMBASSY' 'Posted on ' 'Year \| Meeting' '^• ' \
             '\((VNA|Xinhua|AFP|KPL|AKP|MNA)\) --' 'Source: ' 'PRESS RELEASE|NEWS RELEASE|For immediate release' \
             'IMM2/SOM5|SOM5/IMM2|IMM-2/SOM-5' 'Rangoon' 'Burma' 'Lao PDR'; do
  check "the corpus holds: $style" 'grep -Eq -- "$style" "$tmp/a.txt"'
done

copied=$(/usr/bin/python3 - "$tmp/a.txt" <<'EOF'
import glob, os, re, sys
pats = ["fixtures/*.txt", "tests/corpus/*.txt", "tests/heldout*/*.txt",
        "../shared/seed/*", "../shared/corpus/*.txt"]
src = []
for p in pats:
  for f in glob.glob(p):
    if os.path.isfile(f):
      src.append(open(f, encoding="utf-8", errors="replace").read())
src = re.sub(r"\s+", " ", "\n".join(src))
text = open(sys.argv[1], encoding="utf-8").read()
seen = set()
for s in re.split(r"(?<=[.!?\"])\s+|\n", text):
  s = re.sub(r"\s+", " ", s).strip()
  if len(s) >= 40 and not s.startswith("@@") and s not in seen:
    seen.add(s)
    if s in src:
      print(s)
EOF
)
check "no sentence of 40+ characters is copied from the project's reports" '[ -z "$copied" ]'
[ -n "$copied" ] && echo "$copied" | head -5

# ---- a short run ----------------------------------------------------------
"$bench" --rounds 2 --scale 0.05,0.5 --scale-rounds 1 --ingest 20,40 --ingest-budget 60 \
  --sig-meetings 5000 "$tmp/a.txt" >"$tmp/run.txt" 2>&1
rc=$?
cat "$tmp/run.txt"
check "bench exits 0" '[ $rc -eq 0 ]'
for part in '^\(a\)-\(c\) ' '  \(a\) commit_parse' '  \(b\) FTS5 INSERT' '  \(c\) scan' \
            'parse/FTS5 time ratio: [0-9.]+ +parse/scan time ratio: [0-9.]+$' \
            '^scaling: ' '^\(d\) registry ingest' '^commit_signatories on a registry of 5,000 meetings' \
            '^peak RSS of this process: [0-9.]+ MB' '^targets \(issue 10, item 3\)$'; do
  check "bench prints: $part" 'grep -Eq -- "$part" "$tmp/run.txt"'
done
check "five target lines, each met or NOT met" \
  '[ "$(grep -Ec "^  (met|NOT met) " "$tmp/run.txt")" -eq 5 ]'
for t in 'parse/FTS5 time ratio <= 1.0' '10x the input costs <= 11x the time' \
         'peak RSS parsing a 100 MB report' 'ingest >= 2,000 reports/s' \
         'commit_signatories, 100,000 meetings'; do
  check "target printed once: $t" '[ "$(grep -Fc -- "$t" "$tmp/run.txt")" -eq 1 ]'
done
check "no 100 MB size: the RSS target says not measured" \
  'grep -Eq "^  NOT met peak RSS .*not measured: no 100 MB size" "$tmp/run.txt"'
check "steps without 1,000 and 50,000: the ingest target says not measured" \
  'grep -Eq "^  NOT met ingest .*not measured: the steps do not include" "$tmp/run.txt"'
check "5,000 meetings cannot meet the 100,000-meeting target" \
  'grep -Eq "^  NOT met commit_signatories, 100,000 meetings" "$tmp/run.txt"'
check "the registry holds the 40 reports ingested" \
  'grep -q "^  registry holds 40 reports$" "$tmp/run.txt"'
check "the statements commit_signatories runs are captured with plans" \
  'grep -Eq "^  statement 1: " "$tmp/run.txt" && grep -Eq "^    SEARCH " "$tmp/run.txt"'
check "IMM3 has six signatories in the generated registry" \
  'grep -q "commit_signatories(.IMM3.): 6 rows" "$tmp/run.txt"'
rss=$(awk '$1 == "0.5" {print $NF}' "$tmp/run.txt")
check "the RSS child reports a peak for 0.5 MB ($rss MB)" \
  '[ -n "$rss" ] && awk "BEGIN {exit !($rss > 1)}"'

timeout 300 "$bench" --rounds 1 --scale 0.05 --ingest 20,1000000 --ingest-budget 1 --sig-meetings 100 \
  "$tmp/a.txt" >"$tmp/cut.txt" 2>&1
check "a step over its budget is reported as not reached" \
  'grep -Eq "^  1,000,000 not reached in 1 s: stopped at [0-9,]+ reports" "$tmp/cut.txt"'

head -c 5000 "$tmp/a.txt" >"$tmp/broken.txt"
"$bench" --count "$tmp/broken.txt" >"$tmp/broken.out" 2>&1
rc=$?
check "a truncated corpus is an error" \
  '[ $rc -ne 0 ] && grep -q "truncated body" "$tmp/broken.out"'

echo "bench: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
