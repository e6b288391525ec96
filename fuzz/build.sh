#!/bin/sh
# fuzz/build.sh [TARGET...] -- build the libFuzzer targets into build/fuzz/
# (default: all of fuzz/fuzz_*.c), with ASan, UBSan and the extension linked
# statically (-DSQLITE_CORE).  Builds run in parallel; a target is rebuilt
# only when it is older than a source.  Exit status non-zero if one failed.
set -u
cd "$(dirname "$0")/.."
CC=${FUZZ_CC:-clang}
targets=${*:-$(for f in fuzz/fuzz_*.c; do basename "$f" .c; done)}
mkdir -p build/fuzz
pids=
for t in $targets; do
  out=build/fuzz/$t
  if [ -x "$out" ] && [ -z "$(find ext fuzz/$t.c fuzz/fuzz_common.h -newer "$out" \
                                  -name '*.[ch]' 2>/dev/null)" ]; then
    continue
  fi
  ( $CC -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
        -DSQLITE_CORE -Iext ext/*.c fuzz/$t.c -lsqlite3 \
        -DCOMMIT_VERSION='"fuzz"' -o "$out.tmp" > "build/fuzz/$t.build.log" 2>&1 \
    && mv "$out.tmp" "$out" ) || {
      echo "fuzz/build.sh: $t failed to build, see build/fuzz/$t.build.log" >&2
      cat "build/fuzz/$t.build.log" >&2
      exit 1
    } &
  pids="$pids $!"
done
rc=0
for p in $pids; do wait "$p" || rc=1; done
exit $rc
