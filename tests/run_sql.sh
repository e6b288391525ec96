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

usage() {
  echo "usage: $0 <sqlite3-binary> [--update] [topic ...]" >&2
  exit 2
}

[ $# -ge 1 ] || usage
SQLITE=$1
shift
# a relative path to the binary must survive the cd to the repo root
case $SQLITE in */*) SQLITE=$(cd "$(dirname "$SQLITE")" && pwd)/$(basename "$SQLITE") ;; esac
UPDATE=0
TOPICS=()
for arg in "$@"; do
  case $arg in
    --update) UPDATE=1 ;;
    -*) usage ;;
    *) TOPICS+=("$arg") ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2

if ! command -v "$SQLITE" >/dev/null 2>&1; then
  echo "run_sql.sh: sqlite3 binary not found: $SQLITE" >&2
  echo "sql: 0 passed, 1 failed"
  exit 1
fi
if [ ! -f dist/commit.so ]; then
  echo "run_sql.sh: dist/commit.so is missing (run make all)" >&2
  echo "sql: 0 passed, 1 failed"
  exit 1
fi

if [ ${#TOPICS[@]} -eq 0 ]; then
  for f in sql/tests/*.sql; do
    [ -e "$f" ] || continue
    t=${f#sql/tests/}
    TOPICS+=("${t%.sql}")
  done
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_sql.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

pass=0
fail=0
for t in "${TOPICS[@]}"; do
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
