#!/usr/bin/env bash
# hosts.sh -- every host of the extension runs its example in examples/ on
# examples/report.txt, and its output must equal examples/expected.txt byte
# for byte.  What `make test-hosts` runs, after building dist/commit.so,
# the two C examples and better-sqlite3 (see mk/hosts.mk).
#
#   tests/hosts.sh [sqlite3-binary]
#
# The checks, one line each ("ok   <name>" or "FAIL <name>" and a diff):
#   python     Debian's /usr/bin/python3: examples/python/facts.py
#   node       node with better-sqlite3 from build/node: examples/node/facts.js
#   c_dynamic  build/examples/c_dynamic: sqlite3_load_extension at run time
#   c_static   build/examples/c_static: libcommit.a linked in, registered
#              with sqlite3_auto_extension; it must define
#              sqlite3_commit_init itself and not need commit.so
#   header     ext/sqlite3_commit.h declares sqlite3_commit_init exactly as
#              ext/commit.h does (both compiled in one unit)
#   shell      `make install PREFIX=<tmp>`, then the sqlite3 shell runs
#              examples/sqlite3/facts.sql (`.load commit`, no path) with
#              LD_LIBRARY_PATH=<tmp>/lib
# Last line: "hosts: N passed, M failed"; exit 1 if M>0.
set -u

. "$(dirname "$0")/lib.sh"
lib_init hosts "${1:-}"
lib_need_ext
unset MAKEFLAGS MAKELEVEL MFLAGS   # the make install below is a make of its own
EXPECTED=examples/expected.txt
REPORT=examples/report.txt
[ -f "$EXPECTED" ] && [ -f "$REPORT" ] || die "examples/expected.txt or examples/report.txt is missing"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_hosts.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

pass=0
fail=0

# check <name> <command...> : runs the command from the repository root and
# compares its stdout with $EXPECTED; stderr is shown on failure.
check() {
  local name=$1
  shift
  if "$@" >"$TMP/$name.out" 2>"$TMP/$name.err" \
     && cmp -s "$EXPECTED" "$TMP/$name.out"; then
    echo "ok   $name"
    pass=$((pass + 1))
  else
    echo "FAIL $name: $*"
    diff -u "$EXPECTED" "$TMP/$name.out" | sed 's/^/  /'
    sed 's/^/  stderr: /' "$TMP/$name.err" | head -20
    fail=$((fail + 1))
  fi
}

# verdict <name> <ok?> <message> : one line for a check that is not a diff.
verdict() {
  if [ "$2" = 0 ]; then
    echo "ok   $1"
    pass=$((pass + 1))
  else
    echo "FAIL $1: $3"
    fail=$((fail + 1))
  fi
}

check python /usr/bin/python3 examples/python/facts.py dist/commit "$REPORT"

check node env NODE_PATH="$ROOT/build/node/node_modules" \
  node examples/node/facts.js dist/commit "$REPORT"

check c_dynamic build/examples/c_dynamic dist/commit "$REPORT"

# The static program carries the extension: its own sqlite3_commit_init
# (a text symbol), no commit.so among its libraries.  It runs from an
# empty directory with LD_LIBRARY_PATH unset.
static_own() {
  nm build/examples/c_static | grep -q ' T sqlite3_commit_init$' || return 1
  ! ldd build/examples/c_static | grep -q 'commit'
}
static_own
verdict c_static_links $? "build/examples/c_static does not define sqlite3_commit_init itself, or needs commit.so"
check c_static sh -c "cd '$TMP' && env -u LD_LIBRARY_PATH '$ROOT/build/examples/c_static' '$ROOT/$REPORT'"

# The public header must agree with the internal one: a different
# declaration is a compile error when both are seen in one unit.
printf '#include "commit.h"\n#include "sqlite3_commit.h"\n' > "$TMP/header.c"
cc -DSQLITE_CORE -Iext -Wall -Werror -fsyntax-only "$TMP/header.c" 2>"$TMP/header.err"
verdict header $? "ext/sqlite3_commit.h and ext/commit.h disagree: $(head -3 "$TMP/header.err")"

# The sqlite3 shell with `.load commit`: installed into a temporary PREFIX,
# found through LD_LIBRARY_PATH.
if make --no-print-directory install PREFIX="$TMP/usr" >"$TMP/install.log" 2>&1; then
  check shell env LD_LIBRARY_PATH="$TMP/usr/lib" "$SQLITE" :memory: \
    < examples/sqlite3/facts.sql
else
  sed 's/^/  /' "$TMP/install.log"
  verdict shell 1 "make install PREFIX=$TMP/usr failed"
fi

echo "hosts: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
