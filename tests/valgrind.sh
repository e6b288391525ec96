#!/usr/bin/env bash
# valgrind.sh -- the SQL golden suite under valgrind memcheck.
#
#   tests/valgrind.sh [sqlite3-binary] [topic ...]
#
# For every sql/tests/<topic>.sql (or the topics named), run from the repo
# root, so that `.load ./dist/commit` loads dist/commit.so,
#
#   valgrind --leak-check=full --error-exitcode=99 --keep-debuginfo=yes \
#            --errors-for-leak-kinds=definite,indirect sqlite3 :memory: < file
#
# with valgrind's report in a log file and the shell's stdout+stderr
# compared byte for byte with sql/tests/<topic>.expected, as
# tests/run_sql.sh does.  A topic fails on any valgrind error (invalid
# read/write, use of uninitialised memory, a definite or indirect leak), a
# crash, a time-out, or an output that differs.
#
# Shortened topics.  A topic that builds inputs of 100000 units or more
# (printf('%.*c', N, ..), zeroblob(N), randomblob(N) with N >= 100000: the
# 50 MB and 100 MB texts of badinput.sql and hostile.sql, the
# 1,000,000-fold replace(hex(zeroblob(..))) texts) would take many minutes
# under valgrind.  It is run as a scaled copy instead: every such N divided
# by 100 (inputs of 0.5-1 MB, still far past every buffer's first
# growth), and its output is compared with the output
# of the same scaled copy run without valgrind (the full-size topic is
# checked against its .expected by tests/run_sql.sh).  The scaled topics
# are listed as "scaled".  A topic without a .expected file is still run
# under valgrind; its output is not compared (said as "not compared").
#
# Two topics run at a time; each has a time limit (VALGRIND_TIMEOUT,
# default 170 s).  The last line is "valgrind: N passed, M failed".  Exit
# status: 99 when valgrind reported an error in any topic, 1 when anything
# else failed, 0 otherwise.
set -u

. "$(dirname "$0")/lib.sh"
# the first argument is the sqlite3 binary unless it names a topic
if [ $# -ge 1 ] && [ ! -f "$(dirname "$0")/../sql/tests/${1%.sql}.sql" ]; then
  lib_init valgrind "$1"
  shift
else
  lib_init valgrind
fi
NAMES=()
for arg in "$@"; do NAMES+=("${arg%.sql}"); done
TIMEOUT=${VALGRIND_TIMEOUT:-170}
# an input size of 100000 or more: printf('%.*c', N, ..), zeroblob(N), randomblob(N)
BIG="((zeroblob|randomblob)\\(|printf\\('%\\.\\*c', *)([1-9][0-9]{5,8})\\b"

need=""
command -v valgrind >/dev/null 2>&1 || need="$need valgrind"
command -v perl >/dev/null 2>&1 || need="$need perl"
command -v "$SQLITE" >/dev/null 2>&1 || need="$need sqlite3"
if [ -n "$need" ]; then
  echo "valgrind.sh: installing missing packages:$need"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need; } \
    || die "cannot install$need"
fi
lib_need_ext
lib_topics

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_vg.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

# run_topic <topic>: writes $TMP/<topic>.result, one line:
#   "ok <what>" | "FAIL <why>" | "VGERR <why>"
run_topic() {
  local t=$1 sql=sql/tests/$1.sql exp=sql/tests/$1.expected
  local out=$TMP/$t.out log=$TMP/$t.vglog res=$TMP/$t.result
  local input=$sql what="" rc nerr
  if [ ! -f "$sql" ]; then
    echo "FAIL no such file $sql" >"$res"
    return
  fi
  if grep -qE "$BIG" "$sql"; then
    # a scaled copy, run from the repo root like the original
    input=$TMP/$t.scaled.sql
    BIG=$BIG perl -pe 's/$ENV{BIG}/$1 . int($3 \/ 100)/ge' "$sql" >"$input"
    exp=$TMP/$t.scaled.expected
    timeout "$TIMEOUT" "$SQLITE" :memory: <"$input" >"$exp" 2>&1
    what="scaled: inputs /100, compared with the same copy run without valgrind"
  fi
  timeout -k 5 "$TIMEOUT" valgrind --leak-check=full --error-exitcode=99 \
      --keep-debuginfo=yes --errors-for-leak-kinds=definite,indirect \
      --log-file="$log" "$SQLITE" :memory: <"$input" >"$out" 2>&1
  rc=$?
  nerr=$(sed -n 's/^==[0-9]*== ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$log" 2>/dev/null | tail -n 1)
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "FAIL timed out after ${TIMEOUT}s under valgrind" >"$res"
  elif [ "$rc" -eq 99 ] || { [ -n "$nerr" ] && [ "$nerr" -ne 0 ]; }; then
    echo "VGERR valgrind reported ${nerr:-?} errors (exit status $rc)" >"$res"
  elif [ -z "$nerr" ] || [ "$rc" -gt 128 ]; then
    echo "FAIL no valgrind summary: crashed (exit status $rc)" >"$res"
  elif [ ! -f "$exp" ]; then
    echo "ok   valgrind clean; no $exp: output not compared" >"$res"
  elif ! cmp -s "$out" "$exp"; then
    echo "FAIL output differs from ${exp#$TMP/}${what:+ ($what)}" >"$res"
  else
    echo "ok   ${what:-valgrind clean, output = $exp}" >"$res"
  fi
}
export -f run_topic
export TMP SQLITE TIMEOUT BIG

start=$(date +%s)
printf '%s\n' "${NAMES[@]}" | xargs -P 2 -n 1 bash -c 'run_topic "$0"'

pass=0
fail=0
vgerr=0
for t in "${NAMES[@]}"; do
  r=$(cat "$TMP/$t.result" 2>/dev/null || echo "FAIL no result (runner died)")
  case $r in
    ok*)
      echo "ok   $t: ${r#ok   }"
      pass=$((pass+1)) ;;
    VGERR*)
      echo "FAIL $t: ${r#VGERR }"
      # the report without valgrind's banner (up to the Command: line)
      sed '1,/^==[0-9]*== Command:/d' "$TMP/$t.vglog" | head -n 100 | sed 's/^/  /'
      vgerr=1
      fail=$((fail+1)) ;;
    *)
      echo "FAIL $t: ${r#FAIL }"
      if [ -f "$TMP/$t.out" ]; then
        e=sql/tests/$t.expected
        [ -f "$TMP/$t.scaled.expected" ] && e=$TMP/$t.scaled.expected
        [ -f "$e" ] && diff -u --label "${e#$TMP/}" --label "$t (valgrind)" "$e" "$TMP/$t.out" | head -n 60
      fi
      fail=$((fail+1)) ;;
  esac
done
echo "valgrind.sh: $(( $(date +%s) - start ))s; dist/commit.so; $(valgrind --version)"
echo "valgrind: $pass passed, $fail failed"
[ $vgerr -eq 0 ] || exit 99
[ $fail -eq 0 ]
