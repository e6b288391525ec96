#!/usr/bin/env bash
# run_fixtures.sh -- check commit_parse on every fixture report.
#
#   tests/run_fixtures.sh <sqlite3-binary> [--update] [name ...]
#
# For each fixtures/<name>.txt, parse it in the sqlite3 shell with
#   commit_parse(readfile('fixtures/<name>.txt'), readfile('fixtures/<name>.opts'))
# (options NULL when there is no .opts file) and compare the result with
# fixtures/<name>.json.  Both sides are canonicalised with SQLite's json()
# first, so white space in the .json file does not matter; everything else
# (key order, values, spans) must be identical.  A .txt without a .json
# fails with "no expected JSON".
#
# With --update, write fixtures/<name>.json for every fixture instead,
# pretty-printed with `python3 -m json.tool --indent 1 --no-ensure-ascii`
# for reviewable diffs (raw JSON when python3 is missing).  The .json files
# are the expected output: check them against fixtures/truth/ (make score)
# and review the diff before committing.
#
# The last line is always "fixtures: N passed, M failed"; exit 1 if M>0.
set -u

[ $# -ge 1 ] || { echo "usage: $0 <sqlite3-binary> [--update] [name ...]" >&2; exit 2; }
. "$(dirname "$0")/lib.sh"
lib_init fixtures "$1"
shift
lib_update_args "$0 <sqlite3-binary> [--update] [name ...]" "$@"
[ ${#NAMES[@]} -eq 0 ] || NAMES=("${NAMES[@]%.txt}")
lib_need_ext

HAVE_PY=0
if command -v python3 >/dev/null 2>&1; then HAVE_PY=1; fi

if [ ${#NAMES[@]} -eq 0 ]; then
  for f in fixtures/*.txt; do
    [ -e "$f" ] || continue
    n=${f#fixtures/}
    NAMES+=("${n%.txt}")
  done
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_fx.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

# sqlq <sql> <out> <err>: run one statement with the extension loaded.
sqlq() {
  printf '.load ./dist/commit\n.bail on\n%s\n' "$1" \
    | "$SQLITE" :memory: >"$2" 2>"$3"
}

# Pretty-print JSON file $1 into $2 (a copy when python3 is missing).
pretty() {
  if [ $HAVE_PY -eq 1 ] && python3 -m json.tool --indent 1 --no-ensure-ascii \
       "$1" >"$2" 2>/dev/null; then
    return 0
  fi
  cp "$1" "$2"
}

# SQL string literal of a file name.
lit() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"; }

pass=0
fail=0
for n in "${NAMES[@]}"; do
  txt=fixtures/$n.txt
  opts=fixtures/$n.opts
  exp=fixtures/$n.json
  if [ ! -f "$txt" ]; then
    echo "FAIL $n: no such file $txt"
    fail=$((fail+1))
    continue
  fi
  if [ -f "$opts" ]; then optsql="readfile($(lit "$opts"))"; else optsql=NULL; fi
  parse="commit_parse(readfile($(lit "$txt")), $optsql)"

  if [ $UPDATE -eq 1 ]; then
    if ! sqlq "SELECT $parse;" "$TMP/raw" "$TMP/err" || [ -s "$TMP/err" ]; then
      echo "FAIL $n: commit_parse failed"
      sed 's/^/  /' "$TMP/err"
      fail=$((fail+1))
      continue
    fi
    pretty "$TMP/raw" "$TMP/new"
    if [ -f "$exp" ] && cmp -s "$TMP/new" "$exp"; then
      echo "same $n"
    else
      cp "$TMP/new" "$exp"
      echo "wrote $exp"
    fi
    pass=$((pass+1))
    continue
  fi

  if [ ! -f "$exp" ]; then
    echo "FAIL $n: no expected JSON ($exp; run with --update and review it)"
    fail=$((fail+1))
    continue
  fi
  if ! sqlq "SELECT json($parse);" "$TMP/got" "$TMP/err" || [ -s "$TMP/err" ]; then
    echo "FAIL $n: commit_parse failed"
    sed 's/^/  /' "$TMP/err"
    fail=$((fail+1))
    continue
  fi
  if ! sqlq "SELECT json(CAST(readfile($(lit "$exp")) AS TEXT));" \
         "$TMP/want" "$TMP/err" || [ -s "$TMP/err" ]; then
    echo "FAIL $n: $exp is not valid JSON"
    sed 's/^/  /' "$TMP/err"
    fail=$((fail+1))
    continue
  fi
  if cmp -s "$TMP/got" "$TMP/want"; then
    echo "ok   $n"
    pass=$((pass+1))
  else
    echo "FAIL $n: output differs from $exp"
    pretty "$TMP/want" "$TMP/want.p"
    pretty "$TMP/got" "$TMP/got.p"
    diff -u --label "$exp" --label "$n (actual)" "$TMP/want.p" "$TMP/got.p"
    fail=$((fail+1))
  fi
done

echo "fixtures: $pass passed, $fail failed"
[ $fail -eq 0 ]
