#!/usr/bin/env bash
# profile.sh -- instruction counts of commit_parse over a corpus.
#
#   bash bench/profile.sh build/bench/bench build/bench/corpus-1MB-seed1.txt [MB]
#
# Runs `bench --parse-once CORPUS` (every report, one call each) or, given
# MB, `bench --rss-child MB CORPUS` (one report of MB made of the corpus's
# reports) under valgrind's callgrind, collecting
# only inside parseFunc (the SQL function commit_parse, ext/parse.c), so
# that loading the corpus does not count.  Prints the total and the top 15
# functions by inclusive and by self instruction counts.  Instruction
# counts repeat from run to run, unlike times on a shared machine.
set -eu
bench=$1
corpus=$2
mb=${3:-}
out=build/bench/callgrind${mb:+-$mb}.out
mode=(--parse-once)
[ -n "$mb" ] && mode=(--rss-child "$mb")
command -v valgrind >/dev/null || { echo "profile: valgrind is missing (make deps)"; exit 1; }
valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect=parseFunc \
  "$bench" "${mode[@]}" "$corpus" >/dev/null 2>"$out.log"

# callgrind_annotate rows are "Ir (pct)  file:function [object]".  Keep one
# row per function (those with an object), drop the callers of parseFunc
# (all at 100%: main, sqlite3_step, ...) and print "Ir pct file:function".
top15() {
  callgrind_annotate --inclusive="$1" "$out" 2>/dev/null | sed -E 's/\( +/(/' | awk '
    / PROGRAM TOTALS/ { next }
    $1 ~ /^[0-9,]+$/ && $2 ~ /^\([0-9.]+%\)$/ && index($0, " [") {
      fn = $0
      sub(/^ *[0-9,]+ \([0-9.]+%\) +/, "", fn)
      sub(/ \[.*$/, "", fn)
      if (fn ~ /bench\.c:/) next
      if (fn ~ /:(main|benchQueryInt|__libc_start_main.*|\(below main\)|0x[0-9a-f]+|sqlite3_step|sqlite3VdbeExec)$/) next
      sub(/^.*\//, "", fn)
      pct = $2; gsub(/[()]/, "", pct)
      printf "  %15s %7s  %s\n", $1, pct, fn
      if (++n == 15) exit
    }'
}
total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {print $1; exit}')
what="every report of $corpus, one call each"
[ -n "$mb" ] && what="one report of $mb MB made of the reports of $corpus"
echo "commit_parse over $what: $total instructions (callgrind, inside parseFunc)"
echo
echo "top 15 by inclusive instructions"
top15 yes
echo
echo "top 15 by self instructions"
top15 no
