#!/usr/bin/env bash
# concurrency.sh -- four writers ingesting into one WAL registry at once.
#
#   tests/concurrency.sh [sqlite3-binary]
#
# A run: a fresh database file in journal_mode=WAL with
# `CREATE VIRTUAL TABLE reports USING commit_registry`; fixtures/*.txt split
# into 4 groups (round robin); 4 sqlite3 processes started together, each
# with `.timeout 10000` (a 10 s busy timeout) and .load dist/commit, each
# ingesting its own group, one INSERT (its own transaction) per report,
# ROUNDS times (default 3; source "<name>#<round>", so every report is a
# different one and the writers overlap for longer).  Then:
#   1. every writer exits 0 with nothing on stderr; "database is locked"
#      (or "busy") reaching the user is reported as such;
#   2. every report is ingested exactly once: reports_content has one row
#      per source, and no other rows;
#   3. pragma integrity_check is "ok";
#   4. the facts are consistent: each fact's "sources" equals the number of
#      distinct reports in its evidence; no evidence or conflict of a
#      missing report or fact; no action or signatory of a missing meeting
#      or document;
#   5. serializable: ingesting the same reports one by one, in the order of
#      their ids (the order the writers committed them), into a fresh
#      registry gives exactly the same tables (SHA3 of all shadow tables).
# Repeated RUNS times (default 5).  Last line "concurrency: N passed, M
# failed"; exit 1 if M>0.
set -u

. "$(dirname "$0")/lib.sh"
lib_init concurrency "${1:-}"
RUNS=${RUNS:-5}
ROUNDS=${ROUNDS:-3}
WRITERS=4
lib_need_ext
ls fixtures/*.txt >/dev/null 2>&1 || die "no fixtures/*.txt"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_conc.XXXXXX") || exit 2
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$TMP"
}
trap cleanup EXIT

LOAD=".load '$ROOT/dist/commit'"

# insert <name> <round>: the INSERT of one report
insert() {
  local n=$1 r=$2 o=fixtures/$1.opts pub=NULL
  [ -f "$o" ] && pub="json_extract(readfile($(lit "$ROOT/$o")), '\$.published')"
  echo "insert into reports(source, url, published, body) values($(lit "$n#$r"), null, $pub, readfile($(lit "$ROOT/fixtures/$n.txt")));"
}

# the writers' scripts, and the list of expected sources
NAMES=()
for f in fixtures/*.txt; do NAMES+=("$(basename "$f" .txt)"); done
: >"$TMP/expected"
for w in $(seq 0 $((WRITERS - 1))); do
  {
    echo "$LOAD"
    echo ".timeout 10000"
    echo ".bail off"
    for r in $(seq 1 "$ROUNDS"); do
      i=0
      for n in "${NAMES[@]}"; do
        if [ $((i % WRITERS)) -eq "$w" ]; then
          insert "$n" "$r"
          echo "$n#$r" >>"$TMP/expected"
        fi
        i=$((i + 1))
      done
    done
  } >"$TMP/writer$w.sql"
done
sort -o "$TMP/expected" "$TMP/expected"
NEXP=$(wc -l <"$TMP/expected")

HASH=$REG_HASH

{
  echo "$LOAD"
  echo "select 'integrity|' || group_concat(integrity_check, ' ') from pragma_integrity_check;"
  cat tests/registry_invariants.sql
  echo "select 'hash|' || $HASH;"
} >"$TMP/check.sql"

pass=0
fail=0
for run in $(seq 1 "$RUNS"); do
  db=$TMP/run$run.db
  problems=()
  printf '%s\n' "$LOAD" "pragma journal_mode=WAL;" \
    "create virtual table reports using commit_registry;" \
    | "$SQLITE" "$db" >/dev/null 2>"$TMP/setup.err"
  if [ -s "$TMP/setup.err" ]; then
    echo "FAIL run $run: cannot create the registry: $(head -3 "$TMP/setup.err")"
    fail=$((fail + 1))
    continue
  fi

  # the writers, all at once
  t0=$(date +%s%N)
  pids=()
  for w in $(seq 0 $((WRITERS - 1))); do
    "$SQLITE" "$db" <"$TMP/writer$w.sql" >"$TMP/w$w.out" 2>"$TMP/w$w.err" &
    pids+=($!)
  done
  for w in $(seq 0 $((WRITERS - 1))); do
    wait "${pids[$w]}"
    rc=$?
    if grep -qiE 'locked|busy' "$TMP/w$w.err"; then
      problems+=("writer $w: \"database is locked\" reached the user ($(grep -ciE 'locked|busy' "$TMP/w$w.err") statements): $(grep -iE -m1 'locked|busy' "$TMP/w$w.err")")
    elif [ -s "$TMP/w$w.err" ]; then
      problems+=("writer $w: stderr: $(head -c 300 "$TMP/w$w.err")")
    fi
    [ "$rc" -eq 0 ] || problems+=("writer $w: exit status $rc")
  done
  pids=()
  t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))

  # exactly once
  echo "select source from reports_content order by source;" \
    | "$SQLITE" "$db" >"$TMP/got" 2>&1
  ngot=$(wc -l <"$TMP/got")
  missing=$(comm -23 "$TMP/expected" "$TMP/got" | wc -l)
  dups=$(uniq -d "$TMP/got" | wc -l)
  extra=$(comm -13 "$TMP/expected" <(sort -u "$TMP/got") | wc -l)
  if [ "$missing" -ne 0 ] || [ "$dups" -ne 0 ] || [ "$extra" -ne 0 ]; then
    problems+=("reports_content has $ngot rows for $NEXP reports: $missing missing ($(comm -23 "$TMP/expected" "$TMP/got" | head -3 | tr '\n' ' ')), $dups duplicated, $extra unexpected")
  fi

  # integrity, invariants, state
  "$SQLITE" "$db" <"$TMP/check.sql" >"$TMP/check.out" 2>&1
  integ=$(sed -n 's/^integrity|//p' "$TMP/check.out")
  [ "$integ" = ok ] || problems+=("integrity_check: ${integ:-$(head -c 300 "$TMP/check.out")}")
  if grep -q '^broken|' "$TMP/check.out"; then
    problems+=("inconsistent facts: $(grep '^broken|' "$TMP/check.out" | sed 's/^broken|//' | head -5 | tr '\n' ';')")
  fi
  h=$(sed -n 's/^hash|//p' "$TMP/check.out")

  # serializable: the same reports, one by one in id order, in a fresh db
  {
    echo "$LOAD"
    echo ".bail on"
    echo "create virtual table reports using commit_registry;"
    echo "select source from reports_content order by id;" | "$SQLITE" "$db" 2>/dev/null \
      | while IFS= read -r src; do insert "${src%#*}" "${src##*#}"; done
    echo "select 'hash|' || $HASH;"
  } >"$TMP/serial.sql"
  "$SQLITE" :memory: <"$TMP/serial.sql" >"$TMP/serial.out" 2>&1
  hs=$(sed -n 's/^hash|//p' "$TMP/serial.out")
  if [ -z "$h" ] || [ -z "$hs" ]; then
    problems+=("cannot hash the registry: $(grep -v '|' "$TMP/check.out" "$TMP/serial.out" | head -3 | tr '\n' ' ')")
  elif [ "$h" != "$hs" ]; then
    problems+=("the registry differs from a serial ingest of the same reports in the same order")
  fi

  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok   run $run: $WRITERS writers, $NEXP reports in ${ms} ms, each once; integrity ok; facts consistent; = serial ingest"
    pass=$((pass + 1))
  else
    echo "FAIL run $run: $WRITERS writers, $NEXP reports in ${ms} ms"
    for p in "${problems[@]}"; do echo "  $p"; done
    fail=$((fail + 1))
  fi
done

echo "concurrency: $pass passed, $fail failed"
[ $fail -eq 0 ]
