#!/usr/bin/env bash
# report.sh -- what `make report` runs: registry `reports` of a database as
# one self-contained HTML page (sql/reports/report_html.sql).
#
#   tools/report.sh <sqlite3-binary> <db> <page.html>
#
# When <db> is demo.db and missing, builds it first as `make demo` does
# (tests/demo.sh, output not shown).  Fails with a message when the
# database is missing or has no registry named `reports`.  The page is
# written to a temporary file beside <page.html> and moved into place only
# when the sqlite3 shell succeeded, so a failure leaves no half page.
# Paths are taken from the directory make runs in (the repo root).
set -eu
if [ $# -ne 3 ]; then
  echo "usage: $0 <sqlite3-binary> <db> <page.html>" >&2
  exit 2
fi
SQLITE=$1 DB=$2 OUT=$3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
command -v "$SQLITE" >/dev/null 2>&1 || { echo "make report: sqlite3 binary not found: $SQLITE" >&2; exit 1; }
[ -f "$ROOT/dist/commit.so" ] || { echo "make report: dist/commit.so is missing (run make all)" >&2; exit 1; }
if [ ! -f "$DB" ]; then
  if [ "$DB" = demo.db ] && [ "$ROOT" = "$(pwd)" ]; then
    echo "make report: demo.db is missing: building it (make demo)"
    "$ROOT/tests/demo.sh" "$SQLITE" >/dev/null
  else
    echo "make report: $DB: no such file" >&2
    exit 1
  fi
fi
has=$("$SQLITE" -readonly "$DB" "SELECT count(*) FROM sqlite_master WHERE name = 'reports_content'")
if [ "$has" != 1 ]; then
  echo "make report: $DB has no registry named reports (CREATE VIRTUAL TABLE reports USING commit_registry)" >&2
  exit 1
fi
tmp="$OUT.tmp.$$"
trap 'rm -f "$tmp"' EXIT
"$SQLITE" -readonly -bail "$DB" -cmd ".load '$ROOT/dist/commit'" \
  < "$ROOT/sql/reports/report_html.sql" > "$tmp"
mv "$tmp" "$OUT"
trap - EXIT
"$SQLITE" -readonly "$DB" -separator ' ' "SELECT 'make report: wrote $OUT ($(wc -c < "$OUT") bytes) from $DB:',
  (SELECT count(*) FROM reports_content) || ' reports,',
  (SELECT count(*) FROM reports_meetings) || ' meetings,',
  (SELECT count(*) FROM reports_documents) || ' documents,',
  (SELECT count(*) FROM reports_evidence) || ' evidence rows'"
