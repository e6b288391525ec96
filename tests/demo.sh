#!/usr/bin/env bash
# demo.sh -- what `make demo` runs: load the extension into the sqlite3
# shell, parse every fixture report and print the facts found as tables;
# then build a registry of all fixtures in demo.db and print the timeline
# of meetings, the signatories of each MOU and Joint Declaration, and the
# first 30 open conflicts (sql/reports/demo.sql, then
# sql/reports/conflicts.sql).
#
#   tests/demo.sh <sqlite3-binary>
#
# demo.db (in the repo root, removed by make clean) is deleted first and
# left behind for you to query, e.g.
#   sqlite3 -box demo.db -cmd '.load ./dist/commit' < sql/reports/people.sql
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
rm -f demo.db demo.db-journal demo.db-wal demo.db-shm

# The conflicts report as a subquery, to show its first 30 rows: the file
# without its final ';'.
conflicts=$(<sql/reports/conflicts.sql)
conflicts=${conflicts%;*}

echo "commit $(cat VERSION): facts of every report in fixtures/"
{
  cat sql/reports/demo.sql
  cat <<SQL

.print
.mode list
.headers off
SELECT '(3) Open conflicts: where the reports disagree (sql/reports/conflicts.sql), first 30 of '
       || count(*) FROM ($conflicts);
.headers on
.mode column --wrap 30 --wordwrap on
.width 9 12 20 12 6 12 7 28
SELECT * FROM (
$conflicts
) LIMIT 30;
SQL
} | "$SQLITE" -bail demo.db
echo
echo "demo.db: the registry 'reports'; try"
echo "  sqlite3 -box demo.db -cmd '.load ./dist/commit' < sql/reports/participation.sql"
