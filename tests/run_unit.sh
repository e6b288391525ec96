#!/usr/bin/env bash
# run_unit.sh -- run cmocka unit-test binaries and total their results.
#
#   tests/run_unit.sh <builddir> <name>...
#
# Runs <builddir>/test_<name> for each name, shows its output, and ends
# with exactly one line
#
#   unit: N passed, M failed
#
# where N and M count cmocka test cases across all binaries.  A binary
# that is missing, cannot run, crashes (no cmocka summary, or a non-zero
# exit status that its summary does not explain, as when a sanitizer
# aborts or LeakSanitizer reports at exit) adds one failure.  Exit status
# is 1 if M>0, else 0.
set -u

if [ $# -lt 2 ]; then
  echo "usage: tests/run_unit.sh <builddir> <name>..." >&2
  echo "unit: 0 passed, 1 failed"
  exit 2
fi

dir=$1
shift
total_pass=0
total_fail=0
# cmocka's plain output format (not TAP/XML/subunit from the environment).
unset CMOCKA_MESSAGE_OUTPUT CMOCKA_XML_FILE

for name in "$@"; do
  bin="$dir/test_$name"
  echo "==> $bin"
  if [ ! -x "$bin" ]; then
    echo "run_unit: $bin: missing or not executable"
    total_fail=$((total_fail + 1))
    continue
  fi
  log=$(mktemp)
  # cmocka writes some summary lines to stderr: capture both, in order.
  "$bin" >"$log" 2>&1
  rc=$?
  cat "$log"
  pass=$(sed -n 's/^\[  PASSED  \] \([0-9][0-9]*\) test(s)\.$/\1/p' "$log" | tail -n 1)
  fail=$(sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test(s), listed below:$/\1/p' "$log" | tail -n 1)
  nrun=$(sed -n 's/^\[==========\] \([0-9][0-9]*\) test(s) run\.$/\1/p' "$log" | tail -n 1)
  if [ -z "$pass" ]; then
    # No summary: the binary died part-way.  Count what it reported.
    pass=$(grep -c '^\[       OK \] ' "$log")
    fail=$(grep -c '^\[  FAILED  \] test' "$log")
    echo "run_unit: $bin: no cmocka summary (exit status $rc): counted as a failure"
    fail=$((fail + 1))
  else
    fail=${fail:-0}
    if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then
      echo "run_unit: $bin: exit status $rc after all tests passed (crash, sanitizer or leak report): counted as a failure"
      fail=1
    elif [ "$rc" -ge 128 ]; then
      echo "run_unit: $bin: killed by signal $((rc - 128)): counted as a failure"
      fail=$((fail + 1))
    fi
    if [ -n "$nrun" ] && [ $((pass + fail)) -lt "$nrun" ]; then
      # cmocka counts errors (setup failures) apart from failures.
      fail=$((nrun - pass))
    fi
  fi
  rm -f "$log"
  total_pass=$((total_pass + pass))
  total_fail=$((total_fail + fail))
done

echo "unit: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
