#!/usr/bin/env bash
# demo.sh -- what `make demo` runs: load the extension into the sqlite3
# shell, parse every fixture report and print the facts found as tables
# (sql/reports/demo.sql).
#
#   tests/demo.sh <sqlite3-binary>
set -eu
if [ $# -ne 1 ]; then
  echo "usage: $0 <sqlite3-binary>" >&2
  exit 2
fi
SQLITE=$1
# a relative path to the binary must survive the cd to the repo root
case $SQLITE in */*) SQLITE=$(cd "$(dirname "$SQLITE")" && pwd)/$(basename "$SQLITE") ;; esac
cd "$(dirname "$0")/.."
if ! command -v "$SQLITE" >/dev/null 2>&1; then
  echo "demo.sh: sqlite3 binary not found: $SQLITE" >&2
  exit 1
fi
if [ ! -f dist/commit.so ]; then
  echo "demo.sh: dist/commit.so is missing (run make all)" >&2
  exit 1
fi
echo "commit $(cat VERSION): facts of every report in fixtures/"
exec "$SQLITE" :memory: < sql/reports/demo.sql
