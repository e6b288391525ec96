#!/usr/bin/env bash
# run_all.sh -- what `make test` runs once dist/commit.so is built.
#
# Runs, in order, make test-unit, test-asan, test-sql, test-fixtures,
# test-html, test-persist, test-crash, test-concurrency, test-fuzz, test-apidoc,
# test-report, test-hosts, test-install, test-bench and test-accuracy.
# Each prints a last line "<suite>: N passed, M failed"; this script sums
# them and prints as its very last line exactly
#
#   N passed, M failed
#
# A suite whose runner script is absent, or that ends without such a line
# (a build error, a crash of the runner), counts as one failure, with a
# message saying which.  Exit status is 1 if anything failed.
set -u
cd "$(dirname "$0")/.."

total_pass=0
total_fail=0

# run_suite <target> <runner script or -> : run one make target.
run_suite() {
  local target=$1 runner=$2 log rc line pass fail
  echo "=== make $target"
  if [ "$runner" != "-" ] && [ ! -f "$runner" ]; then
    echo "run_all: $target: $runner is missing: counted as one failure"
    total_fail=$((total_fail + 1))
    return
  fi
  log=$(mktemp)
  make --no-print-directory -j2 "$target" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  line=$(grep -E '^([A-Za-z_-]+: )?[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  rm -f "$log"
  if [ -z "$line" ]; then
    echo "run_all: $target: no 'N passed, M failed' line (make exit status $rc): counted as one failure"
    total_fail=$((total_fail + 1))
    return
  fi
  pass=$(printf '%s\n' "$line" | sed -E 's/^([A-Za-z_-]+: )?([0-9]+) passed, ([0-9]+) failed.*/\2/')
  fail=$(printf '%s\n' "$line" | sed -E 's/^([A-Za-z_-]+: )?([0-9]+) passed, ([0-9]+) failed.*/\3/')
  if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then
    echo "run_all: $target: make exit status $rc with no failure counted: counted as one failure"
    fail=1
  fi
  total_pass=$((total_pass + pass))
  total_fail=$((total_fail + fail))
}

run_suite test-unit tests/run_unit.sh
run_suite test-asan tests/run_unit.sh
run_suite test-sql tests/run_sql.sh
run_suite test-fixtures tests/run_fixtures.sh
run_suite test-html tests/html_pages.py
run_suite test-persist sql/tests/registry_persist.sh
run_suite test-crash tests/crash.sh
run_suite test-concurrency tests/concurrency.sh
run_suite test-fuzz fuzz/run.sh
run_suite test-apidoc tests/apidoc.py
run_suite test-report tests/report.sh
run_suite test-hosts tests/hosts.sh
run_suite test-install tests/install.sh
run_suite test-bench tests/bench.sh
run_suite test-accuracy tests/accuracy.sh

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
