#!/usr/bin/env bash
# crash.sh -- crash safety of the commit_registry: SIGKILL mid-ingest.
#
#   tests/crash.sh [sqlite3-binary]
#
# The batch: on a fresh database file, `.load dist/commit`, set the journal
# mode, CREATE VIRTUAL TABLE reports USING commit_registry, then ROUNDS
# (default 2) rounds of: one INSERT per fixture report (fixtures/*.txt,
# source "<name>#<round>", published from <name>.opts), then one UPDATE
# (a report's published date: a DELETE + re-merge) and one DELETE of an
# earlier report of the round.  Every statement is its own transaction.
#
# Reference: the batch is run once without a kill, printing after every
# statement j a SHA3 hash of the full content of all nine shadow tables
# (reports_content ... reports_conflicts ordered by id, reports_tallies by
# key).  The set of states
# a kill may leave is exactly {state after statement j}.
#
# Kill points: KILLS (default 25) runs, journal_mode DELETE and WAL in
# turn, each on a fresh database.  Kill k is aimed at statement
# (k-1)*N/KILLS of the N: the batch prints a mark after each statement
# (sqlite3 under stdbuf -oL); once the target's mark is out, the script
# sleeps a random 0 .. 1.5 times the mean statement time (from a timed
# run) and SIGKILLs the process, so kills land inside statements from the
# .load/CREATE to the last rounds, whatever the machine's speed.  The
# delay from start to kill (about 0.01 s .. 0.5 s) is printed.  Then the
# database is reopened and checked:
#   1. pragma integrity_check is "ok";
#   2. the registry is whole or absent: its 10 tables or none of them;
#   3. the registry's invariants hold: every fact has evidence and its
#      "sources" counts its reports; every evidence row belongs to an
#      existing report and an existing fact; every conflict to an existing
#      report and fact; actions and signatories point at existing meetings
#      and documents -- so each report is fully present (with all its
#      facts and evidence) or fully absent;
#   4. the state hashes to the reference state after some statement j (so
#      the per-report evidence counts equal a clean ingest of the same
#      reports);
#   5. recovery: running the statements after j on the reopened database
#      ends in the reference's final state.
# Prints one line per kill point, the number of kill points (and how many
# landed mid-batch), and last "crash: N passed, M failed"; exit 1 if M>0.
set -u

. "$(dirname "$0")/lib.sh"
lib_init crash "${1:-}"
KILLS=${KILLS:-25}
ROUNDS=${ROUNDS:-2}
lib_need_ext
ls fixtures/*.txt >/dev/null 2>&1 || die "no fixtures/*.txt"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_crash.XXXXXX") || exit 2
child=""
cleanup() {
  [ -n "$child" ] && kill -9 "$child" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

LOAD=".load '$ROOT/dist/commit'"

# ---- the batch: one statement per line in $TMP/stmts ----------------------
: >"$TMP/stmts"
for r in $(seq 1 "$ROUNDS"); do
  first=""
  last=""
  for f in fixtures/*.txt; do
    n=$(basename "$f" .txt)
    o=fixtures/$n.opts
    if [ -f "$o" ]; then pub="json_extract(readfile($(lit "$ROOT/$o")), '\$.published')"; else pub=NULL; fi
    echo "insert into reports(source, url, published, body) values($(lit "$n#$r"), null, $pub, readfile($(lit "$ROOT/$f")));" >>"$TMP/stmts"
    [ -z "$first" ] && first="$n#$r"
    last="$n#$r"
  done
  echo "update reports set published = '201$r-0$r-1$r' where source = $(lit "$last");" >>"$TMP/stmts"
  echo "delete from reports where source = $(lit "$first");" >>"$TMP/stmts"
done
NSTMT=$(wc -l <"$TMP/stmts")

# the state of the registry: a hash of all its tables
HASH=$REG_HASH
HASHQ="select $HASH;"

# batch <journal_mode>: the SQL a killed process runs; it prints "@j" after
# statement j (@0 after the CREATE) so that kills can be aimed
batch() {
  echo "$LOAD"
  echo ".bail on"
  echo "pragma journal_mode=$1;"
  echo "create virtual table reports using commit_registry;"
  echo ".print @0"
  awk '{ print; print ".print @" NR }' "$TMP/stmts"
}

# ---- reference ---------------------------------------------------------------
{
  echo "$LOAD"
  echo ".bail on"
  echo "create virtual table reports using commit_registry;"
  echo "select 0, $HASH;"
  j=0
  while IFS= read -r s; do
    j=$((j+1))
    echo "$s"
    echo "select $j, $HASH;"
  done <"$TMP/stmts"
} >"$TMP/ref.sql"
"$SQLITE" "$TMP/ref.db" <"$TMP/ref.sql" >"$TMP/ref.out" 2>"$TMP/ref.err"
if [ -s "$TMP/ref.err" ] || [ "$(wc -l <"$TMP/ref.out")" -ne $((NSTMT + 1)) ]; then
  sed 's/^/  /' "$TMP/ref.err" | head -20
  die "the reference run failed"
fi
FINAL=$(tail -n 1 "$TMP/ref.out" | cut -d'|' -f2)
NREPORTS=$(echo "select count(*) from reports_content;" | "$SQLITE" "$TMP/ref.db")
# evidence rows per report of the reference (for messages)
echo "select c.source || '=' || count(e.id) from reports_content c
        left join reports_evidence e on e.report_id = c.id group by c.id;" \
  | "$SQLITE" "$TMP/ref.db" >"$TMP/ref.evidence"

# the duration of a whole batch, without hashes (the kill delays are spread
# over it); and a check that it ends in the reference's final state
# the duration of a whole batch in each journal mode, without hashes (the
# kill delays are spread over it); and a check that it ends in the
# reference's final state
declare -A DUR
for mode in DELETE WAL; do
  batch $mode >"$TMP/batch_$mode.sql"
  t0=$(date +%s%N)
  "$SQLITE" "$TMP/timed_$mode.db" <"$TMP/batch_$mode.sql" >/dev/null 2>"$TMP/timed.err"
  t1=$(date +%s%N)
  DUR[$mode]=$(( (t1 - t0) / 1000000 ))
  [ -s "$TMP/timed.err" ] && { sed 's/^/  /' "$TMP/timed.err" | head; die "the timed batch ($mode) failed"; }
  got=$(printf '%s\n%s\n' "$LOAD" "$HASHQ" | "$SQLITE" "$TMP/timed_$mode.db" 2>&1)
  [ "$got" = "$FINAL" ] || die "an uninterrupted batch ($mode) does not end in the reference state"
done
echo "crash.sh: a batch of $NSTMT statements ($ROUNDS rounds of $(ls fixtures/*.txt | wc -l) INSERTs + UPDATE + DELETE; $NREPORTS reports at the end) takes ${DUR[DELETE]} ms (journal_mode DELETE), ${DUR[WAL]} ms (WAL)"

# check <db> <journal_mode>: print "j" of the state, or FAIL lines
CHECKSQL=$TMP/check.sql
cat >"$CHECKSQL" <<EOF
$LOAD
select 'integrity|' || group_concat(integrity_check, ' ') from pragma_integrity_check;
select 'tables|' || count(*) from sqlite_schema where type = 'table' and name like 'reports%';
EOF
cp tests/registry_invariants.sql "$TMP/invariants.sql"

pass=0
fail=0
mid=0
for k in $(seq 1 "$KILLS"); do
  if [ $((k % 2)) -eq 1 ]; then mode=DELETE; else mode=WAL; fi
  db=$TMP/k$k.db
  # aim: wait until statement <target> is done (targets spread over the
  # batch), then a random 0 .. 1.5 statements' time more, so that the kill
  # lands inside a statement (or inside the CREATE / .load for target 0)
  dur=${DUR[$mode]}
  target=$(( (k - 1) * NSTMT / KILLS ))
  avg=$(( dur / NSTMT + 1 ))
  extra=$(( RANDOM % (avg * 3 / 2 + 1) ))
  : >"$TMP/k$k.marks"
  # (stderr of this block: bash's "Killed" job notices)
  {
    t0=$(date +%s%N)
    stdbuf -oL "$SQLITE" "$db" <"$TMP/batch_$mode.sql" >"$TMP/k$k.marks" 2>"$TMP/k$k.err" &
    child=$!
    while [ "$target" -gt 0 ] && kill -0 "$child" 2>/dev/null \
          && [ "$(grep -c '^@' "$TMP/k$k.marks")" -le "$target" ]; do
      sleep 0.002
    done
    sleep "$(printf '%d.%03d' $((extra / 1000)) $((extra % 1000)))"
    kill -9 "$child" 2>/dev/null
    t1=$(date +%s%N)
    d=$(( (t1 - t0) / 1000000 ))
    delay=$(printf '%d.%03d' $((d / 1000)) $((d % 1000)))
    wait "$child"
    rc=$?
  } 2>/dev/null
  child=""
  if [ "$rc" -ne 137 ] && [ -s "$TMP/k$k.err" ]; then
    echo "FAIL kill $k: the batch failed before the kill:"
    sed 's/^/  /' "$TMP/k$k.err" | head -5
    fail=$((fail+1))
    continue
  fi

  problems=""
  "$SQLITE" "$db" <"$CHECKSQL" >"$TMP/k$k.chk" 2>&1
  integ=$(sed -n 's/^integrity|//p' "$TMP/k$k.chk")
  ntab=$(sed -n 's/^tables|//p' "$TMP/k$k.chk")
  [ "$integ" = ok ] || problems="$problems; integrity_check: ${integ:-$(head -c 300 "$TMP/k$k.chk")}"
  j=""
  state=""
  if [ "$ntab" = 0 ]; then
    j=-1
    state="no registry yet"
  elif [ "$ntab" = 10 ]; then
    { echo "$LOAD"; cat "$TMP/invariants.sql"; echo "select 'hash|' || $HASH;"; } \
      | "$SQLITE" "$db" >"$TMP/k$k.inv" 2>&1
    if grep -q '^broken|' "$TMP/k$k.inv"; then
      problems="$problems; invariants: $(grep '^broken|' "$TMP/k$k.inv" | head -5 | sed 's/^broken|//' | tr '\n' ',')"
    fi
    h=$(sed -n 's/^hash|//p' "$TMP/k$k.inv")
    if [ -z "$h" ]; then
      problems="$problems; cannot read the registry: $(grep -v '|' "$TMP/k$k.inv" | head -3 | tr '\n' ' ')"
    else
      j=$(awk -F'|' -v h="$h" '$2 == h { j = $1 } END { print j }' "$TMP/ref.out")
      nrep=$(sed -n 's/^reports|//p' "$TMP/k$k.inv")
      if [ -z "$j" ]; then
        problems="$problems; the state ($nrep reports) is not the state after any statement of the batch"
        # which reports have other evidence counts than in the reference?
        diffs=$(sed -n 's/^evidence|//p' "$TMP/k$k.inv" | tr ' ' '\n' \
                | awk -F= 'NR == FNR { ref[$1] = $2; next }
                           ($1 in ref) && ref[$1] != $2 { printf "%s has %s (reference %s) ", $1, $2, ref[$1] }' \
                      "$TMP/ref.evidence" - | head -c 400)
        problems="$problems; evidence rows per report: ${diffs:-same as the reference}"
      else
        state="$nrep reports"
      fi
    fi
  else
    problems="$problems; the registry is partly there: $ntab of its 10 tables"
  fi

  # recovery: the rest of the batch ends in the reference's final state
  if [ -z "$problems" ] && [ -n "$j" ]; then
    {
      echo "$LOAD"
      echo ".bail on"
      if [ "$j" = -1 ]; then
        echo "pragma journal_mode=$mode;"
        echo "create virtual table reports using commit_registry;"
        cat "$TMP/stmts"
      else
        tail -n +"$((j + 1))" "$TMP/stmts"
      fi
      echo "select 'final|' || $HASH;"
    } | "$SQLITE" "$db" >"$TMP/k$k.rest" 2>&1
    fin=$(sed -n 's/^final|//p' "$TMP/k$k.rest")
    if [ "$fin" != "$FINAL" ]; then
      problems="$problems; finishing the batch after recovery does not end in the reference state: $(grep -v '^final|' "$TMP/k$k.rest" | grep -v '^wal$\|^delete$' | head -3 | tr '\n' ' ')"
    fi
  fi

  if [ "$rc" -ne 137 ]; then where="after the batch ended"
  elif [ -z "$j" ]; then where="state unknown"
  elif [ "$j" -le 0 ]; then where="before the first report"
  else where="mid-batch"; mid=$((mid+1)); fi
  jj=${j:-?}
  [ "$jj" = -1 ] && jj=0
  printf -v head 'kill %2d: %-6s after %ss: %s/%d statements done (%s, %s)' \
    "$k" "$mode" "$delay" "$jj" "$NSTMT" "${state:-?}" "$where"
  if [ -z "$problems" ]; then
    echo "ok   $head"
    pass=$((pass+1))
  else
    echo "FAIL $head"
    echo "  ${problems#; }"
    cp "$db" "$ROOT/build/crash_k$k.db" 2>/dev/null && echo "  (database kept as build/crash_k$k.db)"
    fail=$((fail+1))
  fi
done

echo "kill points: $KILLS ($mid mid-batch)"
echo "crash: $pass passed, $fail failed"
[ $fail -eq 0 ]
