#!/usr/bin/env bash
# run_sql.sh -- SQL golden tests of the commit extension.
#
#   tests/run_sql.sh <sqlite3-binary> [--update] [topic ...]
#
# For each sql/tests/<topic>.sql, run it in the sqlite3 shell from the repo
# root on an in-memory database, capturing stdout and stderr together, and
# compare the output byte for byte with sql/tests/<topic>.expected.  On a
# mismatch show a unified diff.  With --update, (re)write the .expected
# files instead; review the diff before committing them.
# The last line is always "sql: N passed, M failed"; exit status 1 if M>0.
set -u

[ $# -ge 1 ] || { echo "usage: $0 <sqlite3-binary> [--update] [topic ...]" >&2; exit 2; }
. "$(dirname "$0")/lib.sh"
lib_init sql "$1"
shift
lib_update_args "$0 <sqlite3-binary> [--update] [topic ...]" "$@"
lib_need_ext
lib_topics

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_sql.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

pass=0
fail=0
for t in "${NAMES[@]}"; do
  sql=sql/tests/$t.sql
  exp=sql/tests/$t.expected
  out=$TMP/$t.out
  if [ ! -f "$sql" ]; then
    echo "FAIL $t: no such file $sql"
    fail=$((fail+1))
    continue
  fi
  "$SQLITE" :memory: < "$sql" > "$out" 2>&1
  if [ $UPDATE -eq 1 ]; then
    if [ -f "$exp" ] && cmp -s "$out" "$exp"; then
      echo "same $t"
    else
      cp "$out" "$exp"
      echo "wrote $exp"
    fi
    pass=$((pass+1))
  elif [ ! -f "$exp" ]; then
    echo "FAIL $t: no $exp (run with --update and review it)"
    fail=$((fail+1))
  elif cmp -s "$out" "$exp"; then
    echo "ok   $t"
    pass=$((pass+1))
  else
    echo "FAIL $t"
    diff -u --label "$exp" --label "$t (actual)" "$exp" "$out"
    fail=$((fail+1))
  fi
done

echo "sql: $pass passed, $fail failed"
[ $fail -eq 0 ]
