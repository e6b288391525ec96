#!/bin/sh
# fuzz/run.sh SECONDS -- build the libFuzzer targets, make their seed
# corpora, and fuzz each target for SECONDS, one after the other.
#
# Per target it prints the result and libFuzzer's executions
# (stat::number_of_executed_units); the last line is
# "fuzz: N passed, M failed".  A target fails on any crash, leak, timeout,
# out-of-memory, sanitizer report or broken contract (==FUZZ==); its
# input is kept in build/fuzz/artifacts/<target>/ (crash-*, leak-*,
# timeout-*, oom-*) and its log in build/fuzz/logs/<target>.log.  The exit
# status is non-zero if a target failed.
#
# Environment: FUZZ_TARGETS (default: every fuzz/fuzz_*.c), FUZZ_ARGS
# (extra libFuzzer flags, e.g. "-jobs=2 -workers=2" or "-seed=1"),
# FUZZ_FRESH=1 (fuzz from the seeds alone in a temporary corpus that is
# removed afterwards; make test uses it so that its run does not grow
# with build/fuzz-corpus/, where `make fuzz` keeps what it finds).
set -u
cd "$(dirname "$0")/.."
SECS=${1:-}
case "$SECS" in
  ''|*[!0-9]*|0) echo "usage: fuzz/run.sh SECONDS  (SECONDS >= 1)" >&2; exit 2 ;;
esac
TARGETS=${FUZZ_TARGETS:-$(for f in fuzz/fuzz_*.c; do basename "$f" .c; done)}

if ! fuzz/build.sh $TARGETS; then
  echo "fuzz: 0 passed, $(echo $TARGETS | wc -w) failed (build)"
  exit 1
fi
CORPUS=build/fuzz-corpus
if [ "${FUZZ_FRESH:-0}" = 1 ]; then
  CORPUS=$(mktemp -d "${TMPDIR:-/tmp}/commit_fuzz.XXXXXX") || exit 2
  trap 'rm -rf "$CORPUS"' EXIT
fi
fuzz/mkcorpus.sh "$CORPUS" > /dev/null

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p build/fuzz/logs
npass=0
nfail=0
for t in $TARGETS; do
  art=build/fuzz/artifacts/$t
  log=build/fuzz/logs/$t.log
  mkdir -p "$art" "$CORPUS/$t"
  before=$(ls "$art" | wc -l)
  # shellcheck disable=SC2086
  ./build/fuzz/$t -max_total_time="$SECS" -dict=fuzz/dict.txt -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -detect_leaks=1 -print_final_stats=1 \
    -artifact_prefix="$art/" ${FUZZ_ARGS:-} "$CORPUS/$t" \
    > "$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  corpus=$(ls "$CORPUS/$t" | wc -l)
  after=$(ls "$art" | wc -l)
  if [ $rc -eq 0 ] && [ "$after" -eq "$before" ] \
     && ! grep -qE '^==FUZZ==|ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:|SUMMARY: ' "$log"; then
    npass=$((npass+1))
    echo "$t: passed, ${execs:-?} executions in ${SECS}s, corpus $corpus"
  else
    nfail=$((nfail+1))
    echo "$t: FAILED (exit $rc), ${execs:-?} executions, log $log"
    grep -E '^==FUZZ==|ERROR: |runtime error:|SUMMARY: |^artifact_prefix|Test unit written' "$log" \
      | head -n 8 | sed 's/^/    /'
  fi
done
echo "fuzz: $npass passed, $nfail failed"
[ $nfail -eq 0 ]
