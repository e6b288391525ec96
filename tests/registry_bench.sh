#!/usr/bin/env bash
# registry_bench.sh -- time registry ingest at several sizes (issue 10).
#
#   tests/registry_bench.sh [SQLITE] [SIZES...]     default 250 500 1000 2000
#
# The reports are fixtures/*.txt, tests/corpus/*.txt and tests/heldout*/*.txt
# (949 reports, 2.4 KB on average, with their .opts "published"), taken in
# that order and repeated until there are enough.  For each size a fresh
# in-memory registry ingests that many reports in one transaction; the line
# printed is the size, the seconds, the reports per second and the
# milliseconds per report.  Timings are wall-clock: on a shared machine
# run it several times (ROUNDS=n runs each size n times, alternating, and
# prints the median).  EXT=path/to/commit (without .so) times another build
# of the extension.  Not part of make test.
set -eu
cd "$(dirname "$0")/.."
SQLITE=${1:-sqlite3}
shift || true
SIZES=${*:-250 500 1000 2000}
ROUNDS=${ROUNDS:-1}
EXT=${EXT:-./dist/commit}
make --no-print-directory -s all >&2
work=$(mktemp -d "${TMPDIR:-/tmp}/regbench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The corpus: one row per report file, in a fixed order.
{
  echo ".load ./dist/commit"
  echo "begin;"
  echo "create table files(n integer primary key, name text, body text, published text);"
  for f in fixtures/*.txt tests/corpus/*.txt $(ls -d tests/heldout* | sort -V | sed 's,$,/*.txt,'); do
    o=${f%.txt}.opts
    if [ -f "$o" ]; then
      echo "insert into files(name, body, published) values('$f', readfile('$f'), json_extract(readfile('$o'), '\$.published'));"
    else
      echo "insert into files(name, body, published) values('$f', readfile('$f'), null);"
    fi
  done
  echo "commit;"
} > "$work/load.sql"
$SQLITE "$work/corpus.db" < "$work/load.sql"
nfiles=$($SQLITE "$work/corpus.db" "select count(*) from files")
bytes=$($SQLITE "$work/corpus.db" "select sum(length(cast(body as blob))) from files")
echo "corpus: $nfiles reports, $bytes bytes, repeated as needed" >&2

# run SIZE: seconds to ingest SIZE reports into a fresh registry.
run() {
  $SQLITE <<EOF | awk '/^Run Time: real/ {t += $4} END {print t}'
.load $EXT
attach '$work/corpus.db' as c;
create temp table src as select value as i, f.name, f.body, f.published
  from generate_series(0, $1 - 1) g join c.files f on f.n = (g.value % $nfiles) + 1;
create virtual table reports using commit_registry;
.timer on
begin;
insert into reports(source, published, body)
  select name, published, body from temp.src order by i;
commit;
.timer off
EOF
}

printf '%8s %10s %12s %12s\n' reports seconds reports/s ms/report
declare -A times
for r in $(seq 1 "$ROUNDS"); do
  for n in $SIZES; do
    times[$n]="${times[$n]:-} $(run "$n")"
  done
done
for n in $SIZES; do
  med=$(printf '%s\n' ${times[$n]} | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  awk -v n="$n" -v t="$med" 'BEGIN{printf "%8d %10.2f %12.0f %12.3f\n", n, t, n/t, 1000*t/n}'
done
