#!/usr/bin/env bash
# coverage.sh -- line and branch coverage of ext/ from the whole test suite.
#
#   tests/coverage.sh
#
# Builds, with gcc --coverage -O0, into build/cov/ (removed and rebuilt
# every run, so the counts are of this run only):
#   build/cov/obj/*.o, libcommit.a   ext/*.c with -DSQLITE_CORE, linked into
#   build/cov/test_*                 every tests/test_*.c (cmocka, incl. oom)
#   build/cov/so/*.o, commit.so      ext/*.c as dist/commit.so is built
# then runs the unit tests, and -- in a temporary copy of the tree layout
# (sql/, fixtures/, VERSION, tests/lib.sh, tests/run_*.sh) whose dist/commit.so is a
# link to build/cov/commit.so -- the SQL golden tests (tests/run_sql.sh)
# and the fixtures (tests/run_fixtures.sh) through the sqlite3 shell.
#
# Counts of both builds are read with `gcov -b -c --json-format` and merged
# per source line (a line is covered when either build ran it; a branch is
# taken when either build took it).  Prints a per-file table, writes merged
# annotated listings to build/cov/report/<file>.gcov (gcov's format:
# "#####" marks a line never run, branch lines follow their line) plus the
# raw gcov -b -c output of each build in build/cov/gcov/{unit,sql}/, and
# ends with exactly two lines
#
#   lines: X%
#   branches: Y%
#
# over ext/*.c except the generated ext/gazetteer_data.c.  Branch coverage
# is gcov's "taken at least once" over all branches.  Test failures are
# shown (their summary lines) but do not change the exit status: the
# script exits 0 unless the coverage build itself fails.
set -u

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 2
SQLITE=${SQLITE:-sqlite3}

# ---- dependencies (we run as root) ----------------------------------------
need=""
command -v gcc >/dev/null 2>&1 || need="$need gcc"
command -v gcov >/dev/null 2>&1 || need="$need gcc"
command -v python3 >/dev/null 2>&1 || need="$need python3"
command -v sqlite3 >/dev/null 2>&1 || need="$need sqlite3"
[ -f /usr/include/sqlite3.h ] || need="$need libsqlite3-dev"
[ -f /usr/include/cmocka.h ] || need="$need libcmocka-dev"
if [ -n "$need" ]; then
  echo "coverage: installing missing packages:$need"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need \
    || { echo "coverage: cannot install$need" >&2; exit 1; }
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_cov.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

COV=$ROOT/build/cov
rm -rf "$COV"
mkdir -p "$COV/obj" "$COV/so" "$COV/report" "$COV/gcov/unit" "$COV/gcov/sql" || exit 2

VERSION=$(cat VERSION)
WARN="-Wall -Wextra -Wno-unused-parameter"
CFLAGS="-O0 -g --coverage"
SRC=$(ls ext/*.c)

# ---- build ------------------------------------------------------------------
# compile <flavour> <src>: one object, to build/cov/<flavour>/<name>.o
compile() {
  local flavour=$1 src=$2 base extra
  base=$(basename "$src" .c)
  if [ "$flavour" = obj ]; then extra="-DSQLITE_CORE"; else extra="-fPIC"; fi
  gcc $CFLAGS $WARN -DCOMMIT_VERSION="\"$VERSION\"" $extra \
      -c -o "$COV/$flavour/$base.o" "$ROOT/$src" 2>"$COV/$flavour/$base.log" \
    || { echo "coverage: compiling $src ($flavour) failed:"; cat "$COV/$flavour/$base.log"; return 1; }
}
export -f compile
export COV ROOT CFLAGS WARN VERSION

echo "coverage: building into build/cov/ (gcc --coverage -O0)"
if ! printf '%s\n' $SRC | sed 's/^/obj /; p; s/^obj /so /' \
     | xargs -P 2 -n 2 bash -c 'compile "$0" "$1"'; then
  echo "coverage: build failed"
  exit 1
fi
ar rcs "$COV/libcommit.a" "$COV"/obj/*.o || exit 1
gcc $CFLAGS -shared -o "$COV/commit.so" "$COV"/so/*.o || { echo "coverage: linking commit.so failed"; exit 1; }

UNITS=()
for t in tests/test_*.c; do
  [ -e "$t" ] || continue
  n=$(basename "$t" .c); n=${n#test_}
  UNITS+=("$n")
done
build_unit() {
  local n=$1
  gcc $CFLAGS $WARN -DCOMMIT_VERSION="\"$VERSION\"" -DSQLITE_CORE -DCOMMIT_GCOV -I"$ROOT/ext" \
      -o "$COV/test_$n" "$ROOT/tests/test_$n.c" "$COV/libcommit.a" -lsqlite3 -lcmocka \
      2>"$COV/test_$n.log" \
    || { echo "coverage: building tests/test_$n.c failed (it is counted as a failed binary):"; cat "$COV/test_$n.log"; }
  return 0
}
export -f build_unit
printf '%s\n' "${UNITS[@]}" | xargs -P 2 -n 1 bash -c 'build_unit "$0"'

# ---- run the suites ---------------------------------------------------------
# The unit tests run in the background (build/cov/obj counters) while the
# SQL tests and fixtures run through the shell (build/cov/so counters).
echo "coverage: running unit tests: ${UNITS[*]}"
tests/run_unit.sh "$COV" "${UNITS[@]}" >"$TMP/unit.log" 2>&1 &
unit_pid=$!

T=$TMP/tree
mkdir -p "$T/tests" "$T/dist"
cp -R sql fixtures "$T/"
cp VERSION "$T/"
[ -d data ] && cp -R data "$T/"
cp tests/lib.sh tests/run_sql.sh tests/run_fixtures.sh "$T/tests/"
ln -s "$COV/commit.so" "$T/dist/commit.so"
echo "coverage: running SQL golden tests and fixtures with build/cov/commit.so"
(cd "$T" && bash tests/run_sql.sh "$SQLITE") >"$TMP/sql.log" 2>&1
(cd "$T" && bash tests/run_fixtures.sh "$SQLITE") >"$TMP/fx.log" 2>&1
wait "$unit_pid"

cp "$TMP/unit.log" "$TMP/sql.log" "$TMP/fx.log" "$COV/report/" 2>/dev/null
grep -E '^(FAIL|run_unit:|\[  FAILED  \] [a-z_])' "$TMP/unit.log" "$TMP/sql.log" "$TMP/fx.log" \
  | sed 's/^/  /' | head -40
for f in unit sql fx; do
  tail -n 1 "$TMP/$f.log" | sed 's/^/  /'
done
echo "  (logs: build/cov/report/{unit,sql,fx}.log)"

# ---- report -------------------------------------------------------------------
# gcov -b -c, text (for people) and JSON (to merge) for both builds.
for flavour in obj so; do
  case $flavour in obj) out=unit ;; so) out=sql ;; esac
  for src in $SRC; do
    base=$(basename "$src" .c)
    (cd "$COV/gcov/$out" && gcov -b -c -o "$COV/$flavour/$base.o" "$ROOT/$src" >>summary.txt 2>&1)
    gcov -b -c -j -t -o "$COV/$flavour/$base.o" "$ROOT/$src" \
      >"$TMP/$out.$base.json" 2>>"$TMP/gcov.err"
  done
done

python3 - "$TMP" "$ROOT" "$COV/report" $SRC <<'PY'
import json, os, sys

tmp, root, report = sys.argv[1], sys.argv[2], sys.argv[3]
srcs = sys.argv[4:]

def load(path, src):
    """line -> count, (line, function, index) -> count for file src."""
    lines, branches = {}, {}
    try:
        text = open(path).read()
    except OSError:
        return lines, branches
    dec = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        doc, pos = dec.raw_decode(text, pos)
        for f in doc.get("files", []):
            if os.path.realpath(os.path.join(doc.get("current_working_directory", ""), f["file"])) \
               != os.path.realpath(os.path.join(root, src)):
                continue
            for l in f.get("lines", []):
                n = l["line_number"]
                lines[n] = lines.get(n, 0) + l["count"]
                for i, b in enumerate(l.get("branches", [])):
                    k = (n, l.get("function_name", ""), i)
                    branches[k] = branches.get(k, 0) + b["count"]
    return lines, branches

rows = []
tot = {"lh": 0, "lt": 0, "bh": 0, "bt": 0}
for src in srcs:
    base = os.path.basename(src)[:-2]
    ul, ub = load(os.path.join(tmp, "unit.%s.json" % base), src)
    sl, sb = load(os.path.join(tmp, "sql.%s.json" % base), src)
    lines = {n: ul.get(n, 0) + sl.get(n, 0) for n in set(ul) | set(sl)}
    branches = {k: ub.get(k, 0) + sb.get(k, 0) for k in set(ub) | set(sb)}
    lh = sum(1 for c in lines.values() if c > 0)
    bh = sum(1 for c in branches.values() if c > 0)
    uh = sum(1 for n in lines if ul.get(n, 0) > 0)
    sh = sum(1 for n in lines if sl.get(n, 0) > 0)
    rows.append((src, lh, len(lines), bh, len(branches), uh, sh))
    if not src.endswith("gazetteer_data.c"):
        tot["lh"] += lh; tot["lt"] += len(lines)
        tot["bh"] += bh; tot["bt"] += len(branches)
    # merged annotated listing in gcov's text format
    try:
        source = open(os.path.join(root, src), errors="replace").read().split("\n")
    except OSError:
        source = []
    if source and source[-1] == "":
        source.pop()
    bylines = {}
    for (n, fn, i), c in sorted(branches.items()):
        bylines.setdefault(n, []).append(c)
    with open(os.path.join(report, os.path.basename(src) + ".gcov"), "w") as out:
        out.write("        -:    0:Source:%s (unit tests + SQL tests, merged)\n" % src)
        for i, s in enumerate(source, 1):
            if i in lines:
                c = lines[i]
                mark = "%9d" % c if c > 0 else "    #####"
            else:
                mark = "        -"
            out.write("%s:%5d:%s\n" % (mark, i, s))
            for j, c in enumerate(bylines.get(i, [])):
                out.write("branch %2d %s\n" % (j, "taken %d" % c if c else "never executed" if lines.get(i, 0) == 0 else "taken 0"))

def pct(a, b):
    return "%5.1f%%" % (100.0 * a / b) if b else "   n/a"

hdr = "%-26s %14s %7s %14s %7s %7s %7s" % ("file", "lines", "", "branches", "", "unit", "sql")
print(hdr)
print("-" * len(hdr))
for src, lh, lt, bh, bt, uh, sh in rows:
    note = "  (generated; not in the totals)" if src.endswith("gazetteer_data.c") else ""
    print("%-26s %14s %7s %14s %7s %7s %7s%s" % (src, "%d/%d" % (lh, lt), pct(lh, lt),
          "%d/%d" % (bh, bt), pct(bh, bt), pct(uh, lt), pct(sh, lt), note))
print("-" * len(hdr))
print("%-26s %14s %7s %14s %7s" % ("total (ext/*.c)", "%d/%d" % (tot["lh"], tot["lt"]),
      pct(tot["lh"], tot["lt"]), "%d/%d" % (tot["bh"], tot["bt"]), pct(tot["bh"], tot["bt"])))
print("unit, sql: lines covered by the unit tests alone, by the SQL tests and fixtures alone")
print("annotated sources (merged): build/cov/report/*.gcov; raw gcov -b -c: build/cov/gcov/{unit,sql}/")
print("lines: %.1f%%" % (100.0 * tot["lh"] / tot["lt"] if tot["lt"] else 0.0))
print("branches: %.1f%%" % (100.0 * tot["bh"] / tot["bt"] if tot["bt"] else 0.0))
PY
exit 0
