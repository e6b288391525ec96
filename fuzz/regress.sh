#!/bin/sh
# fuzz/regress.sh -- run every fuzz target once over every input saved in
# fuzz/regress/ (past findings, minimised), with FUZZ_STRICT=1 so the
# softer contracts are checked too.  Builds the targets if needed.  One
# line per failing (target, file); the last line is
# "fuzz-regress: N passed, M failed" over all (target, file) pairs.
set -u
cd "$(dirname "$0")/.."
TARGETS=${FUZZ_TARGETS:-$(for f in fuzz/fuzz_*.c; do basename "$f" .c; done)}
fuzz/build.sh $TARGETS || { echo "fuzz-regress: 0 passed, 1 failed (build)"; exit 1; }
export FUZZ_STRICT=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p build/fuzz/logs
npass=0
nfail=0
for t in $TARGETS; do
  for f in fuzz/regress/*; do
    [ -f "$f" ] || continue
    log=build/fuzz/logs/regress-$t-$(basename "$f").log
    if ./build/fuzz/$t -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
         "$f" > "$log" 2>&1; then
      npass=$((npass+1))
      rm -f "$log"
    else
      nfail=$((nfail+1))
      echo "FAIL $t $f (log $log)"
      grep -E '^==FUZZ==|ERROR: |runtime error:|SUMMARY: ' "$log" | head -n 3 \
        | sed 's/^/    /'
    fi
  done
done
echo "fuzz-regress: $npass passed, $nfail failed"
[ $nfail -eq 0 ]
