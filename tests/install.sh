#!/usr/bin/env bash
# install.sh -- make install/uninstall, make dist and make deb, each
# checked in temporary roots, and the .deb once for real.  What
# `make test-install` runs (see mk/hosts.mk).
#
#   tests/install.sh [sqlite3-binary]
#
# The checks, one line each ("ok   <name>" or "FAIL <name>: why"):
#   install_files      make install DESTDIR=<tmp> (default PREFIX=/usr/local)
#                      into a root that already holds other files adds
#                      exactly the four files, mode 644
#   install_pc         the installed commit.pc, word for word
#   uninstall          make uninstall DESTDIR=<tmp> leaves the same files as
#                      before the install (the others untouched)
#   prefix             PREFIX=/opt/commit puts the four files under it and
#                      into the .pc; uninstall removes them
#   pkg_config         installed in PREFIX=<tmp>/prefix, `pkg-config --cflags
#                      --libs commit` prints exactly the flags, and they
#                      build examples/c_static/facts.c outside the tree
#                      (no -Iext, no build/), whose output is expected.txt
#   dist_files         make dist: dist/commit-$VERSION.tar.gz holds exactly
#                      the files git tracks at HEAD, under commit-$VERSION/
#   dist_builds        unpacked, `make all check` builds it and passes
#   deb_info           make deb: the control fields, word for word
#   deb_contents       the paths in the package and their owner
#   deb_install        apt-get install ./dist/...deb, then the package is
#                      "install ok installed"
#   deb_load           the sqlite3 shell with `.load commit` (no path, no
#                      LD_LIBRARY_PATH) prints examples/expected.txt
#   deb_pkg_config     plain `pkg-config --cflags --libs commit` builds the
#                      static example, which prints examples/expected.txt
#   deb_remove         apt-get purge succeeds
#   deb_clean          a listing of /usr, /etc, /opt and /var/lib/dpkg/info
#                      equals the one before the install; dpkg and apt
#                      know nothing of the package
#
# The round trip changes the machine, so it is careful: it refuses to
# start (a failure) when the package is installed but not by this test, or
# when one of its files is already there; a marker
# /var/tmp/commit-deb-roundtrip.marker says the test installed it, so a run
# killed midway is cleaned up by the next one (and by the EXIT trap when
# it is not killed).  apt-get waits up to 5 minutes for the dpkg lock.
# Needs root, as make test does.
# Last line: "install: N passed, M failed"; exit 1 if M>0.
set -u

. "$(dirname "$0")/lib.sh"
lib_init install "${1:-}"
lib_need_ext
command -v pkg-config >/dev/null || die "pkg-config is missing (make test-install installs it)"
VERSION=$(cat VERSION)
PKG=sqlite3-commit
ARCH=$(dpkg --print-architecture)
DEB=dist/${PKG}_${VERSION}_${ARCH}.deb
MARKER=/var/tmp/commit-deb-roundtrip.marker
APT=(env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o DPkg::Lock::Timeout=300)
unset MAKEFLAGS MAKELEVEL MFLAGS

TMP=$(mktemp -d "${TMPDIR:-/tmp}/commit_install.XXXXXX") || exit 2

# The package, when this test installed it and has not removed it yet.
deb_cleanup() {
  if [ -f "$MARKER" ]; then
    if dpkg -s "$PKG" >/dev/null 2>&1; then
      "${APT[@]}" purge "$PKG" >"$TMP/cleanup.log" 2>&1 \
        || { echo "install.sh: could not remove $PKG:"; cat "$TMP/cleanup.log"; }
    fi
    dpkg -s "$PKG" >/dev/null 2>&1 || rm -f "$MARKER"
  fi
}
trap 'deb_cleanup; rm -rf "$TMP"' EXIT
trap 'exit 130' INT TERM

pass=0
fail=0

# verdict <name> <status> <why> : one line per check.
verdict() {
  if [ "$2" = 0 ]; then
    echo "ok   $1"
    pass=$((pass + 1))
  else
    echo "FAIL $1: $3"
    fail=$((fail + 1))
  fi
}

# same <name> <expected-file> <actual-file> <why> : exact comparison.
same() {
  if cmp -s "$2" "$3"; then
    verdict "$1" 0 ""
  else
    verdict "$1" 1 "$4"
    diff -u "$2" "$3" | head -40 | sed 's/^/  /'
  fi
}

# files <root> : every file and symlink under root, relative, sorted.
files() { (cd "$1" && find . \( -type f -o -type l \) | LC_ALL=C sort); }

# mk <log> <args...> : make in the repository, output to a log shown on failure.
mk() {
  local log=$1
  shift
  make --no-print-directory "$@" >"$log" 2>&1 && return 0
  sed 's/^/  /' "$log" | tail -20
  return 1
}

# ---- make install / uninstall in a DESTDIR, default PREFIX -----------------
D=$TMP/root
mkdir -p "$D/usr/local/lib" "$D/usr/local/include"
echo other >"$D/usr/local/lib/other.so"
echo other >"$D/usr/local/include/other.h"
files "$D" >"$TMP/before"
if mk "$TMP/install.log" install DESTDIR="$D"; then
  { cat "$TMP/before"
    printf '%s\n' ./usr/local/include/sqlite3_commit.h ./usr/local/lib/commit.so \
      ./usr/local/lib/libcommit.a ./usr/local/lib/pkgconfig/commit.pc
  } | LC_ALL=C sort >"$TMP/want"
  files "$D" >"$TMP/got"
  modes=$(stat -c '%a' "$D/usr/local/include/sqlite3_commit.h" "$D/usr/local/lib/commit.so" \
            "$D/usr/local/lib/libcommit.a" "$D/usr/local/lib/pkgconfig/commit.pc" 2>&1 \
            | sort -u | paste -sd' ')
  if [ "$modes" = 644 ]; then
    same install_files "$TMP/want" "$TMP/got" "make install DESTDIR=$D did not add exactly the four files"
  else
    verdict install_files 1 "modes of the installed files: $modes (want 644)"
  fi
  cat >"$TMP/pc" <<EOF
# pkg-config file of the \`commit\` SQLite extension, for linking it
# statically (see ext/sqlite3_commit.h and examples/c_static/).  The
# loadable library is /usr/local/lib/commit.so: \`.load commit\` in the sqlite3
# shell, or sqlite3_load_extension(db, "commit", 0, &zErr).
prefix=/usr/local
libdir=/usr/local/lib
includedir=/usr/local/include

Name: commit
Description: SQLite extension that reads reports about the COMMIT anti-trafficking process (static archive)
Version: $VERSION
Requires: sqlite3
Cflags: -I\${includedir}
Libs: -L\${libdir} -lcommit
EOF
  same install_pc "$TMP/pc" "$D/usr/local/lib/pkgconfig/commit.pc" "the installed commit.pc differs"
  if mk "$TMP/uninstall.log" uninstall DESTDIR="$D"; then
    files "$D" >"$TMP/got"
    same uninstall "$TMP/before" "$TMP/got" "make uninstall DESTDIR=$D did not remove exactly the four files"
  else
    verdict uninstall 1 "make uninstall DESTDIR=$D failed"
  fi
else
  verdict install_files 1 "make install DESTDIR=$D failed"
fi

# ---- PREFIX -------------------------------------------------------------
D2=$TMP/root2
if mk "$TMP/prefix.log" install DESTDIR="$D2" PREFIX=/opt/commit; then
  files "$D2" >"$TMP/got"
  printf '%s\n' ./opt/commit/include/sqlite3_commit.h ./opt/commit/lib/commit.so \
    ./opt/commit/lib/libcommit.a ./opt/commit/lib/pkgconfig/commit.pc >"$TMP/want"
  if ! cmp -s "$TMP/want" "$TMP/got"; then
    verdict prefix 1 "PREFIX=/opt/commit: not the four files under /opt/commit"
    diff -u "$TMP/want" "$TMP/got" | sed 's/^/  /'
  elif ! grep -qx 'prefix=/opt/commit' "$D2/opt/commit/lib/pkgconfig/commit.pc" \
       || ! grep -qx 'libdir=/opt/commit/lib' "$D2/opt/commit/lib/pkgconfig/commit.pc"; then
    verdict prefix 1 "PREFIX=/opt/commit: commit.pc does not say prefix=/opt/commit, libdir=/opt/commit/lib"
  else
    mk "$TMP/prefix2.log" uninstall DESTDIR="$D2" PREFIX=/opt/commit
    verdict prefix $? "make uninstall DESTDIR=$D2 PREFIX=/opt/commit failed"
    [ -z "$(files "$D2")" ] || { verdict prefix_uninstall 1 "left: $(files "$D2" | tr '\n' ' ')"; }
  fi
else
  verdict prefix 1 "make install PREFIX=/opt/commit DESTDIR=$D2 failed"
fi

# ---- pkg-config and the static example, outside the source tree ------------
P=$TMP/prefix
if mk "$TMP/pc.log" install PREFIX="$P"; then
  flags=$(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --cflags --libs commit 2>&1)
  flags=$(echo $flags)   # pkg-config pads with spaces
  mkdir -p "$TMP/app"
  cp examples/c_static/facts.c "$TMP/app/facts.c"
  if [ "$flags" != "-I$P/include -L$P/lib -lcommit -lsqlite3" ]; then
    verdict pkg_config 1 "pkg-config --cflags --libs commit: '$flags'"
  elif ! (cd "$TMP/app" && cc -o facts facts.c $flags) >"$TMP/cc.log" 2>&1; then
    sed 's/^/  /' "$TMP/cc.log" | head -20
    verdict pkg_config 1 "cc facts.c $flags failed"
  else
    (cd "$TMP/app" && env -u LD_LIBRARY_PATH ./facts "$ROOT/examples/report.txt") \
      >"$TMP/got" 2>&1
    same pkg_config examples/expected.txt "$TMP/got" "the static example built with pkg-config printed other facts"
  fi
  mk "$TMP/pc2.log" uninstall PREFIX="$P" || verdict pkg_config_uninstall 1 "make uninstall PREFIX=$P failed"
else
  verdict pkg_config 1 "make install PREFIX=$P failed"
fi

# ---- make dist ----------------------------------------------------------
TARBALL=dist/commit-$VERSION.tar.gz
rm -f "$TARBALL"
if ! git rev-parse --git-dir >/dev/null 2>&1; then
  verdict dist_files 1 "not a git checkout: make dist packs git-tracked files"
elif ! mk "$TMP/dist.log" dist || [ ! -f "$TARBALL" ]; then
  verdict dist_files 1 "make dist did not make $TARBALL"
else
  git ls-tree -r --name-only HEAD | sed "s|^|commit-$VERSION/|" | LC_ALL=C sort >"$TMP/want"
  tar tzf "$TARBALL" | grep -v '/$' | LC_ALL=C sort >"$TMP/got"
  same dist_files "$TMP/want" "$TMP/got" "$TARBALL does not hold exactly the files tracked at HEAD"
  mkdir -p "$TMP/unpacked"
  tar xzf "$TARBALL" -C "$TMP/unpacked"
  if (cd "$TMP/unpacked/commit-$VERSION" && make --no-print-directory all check) \
       >"$TMP/distcheck.log" 2>&1 \
     && [ "$(tail -n 1 "$TMP/distcheck.log")" = "check: the sqlite3 shell example prints examples/expected.txt" ]; then
    verdict dist_builds 0 ""
  else
    tail -20 "$TMP/distcheck.log" | sed 's/^/  /'
    verdict dist_builds 1 "the unpacked $TARBALL did not pass make all check"
  fi
fi

# ---- make deb: the package as built ------------------------------------
rm -f "$DEB"
if ! mk "$TMP/deb.log" deb || [ ! -f "$DEB" ]; then
  verdict deb_info 1 "make deb did not make $DEB"
  echo "install: $pass passed, $((fail + 1)) failed"
  exit 1
fi
for f in Package Version Architecture Maintainer Depends; do
  printf '%s: %s\n' "$f" "$(dpkg-deb --field "$DEB" "$f")"
done >"$TMP/got"
dpkg-deb --field "$DEB" Description | head -1 >>"$TMP/got"
cat >"$TMP/want" <<EOF
Package: $PKG
Version: $VERSION
Architecture: $ARCH
Maintainer: commit maintainers <commit@localhost>
Depends: libsqlite3-0
SQLite extension that reads reports on the COMMIT process
EOF
same deb_info "$TMP/want" "$TMP/got" "dpkg-deb --field $DEB"
dpkg-deb --contents "$DEB" | awk '{print $2, $6}' >"$TMP/got"
cat >"$TMP/want" <<EOF
root/root ./
root/root ./usr/
root/root ./usr/include/
root/root ./usr/include/sqlite3_commit.h
root/root ./usr/lib/
root/root ./usr/lib/commit.so
root/root ./usr/lib/libcommit.a
root/root ./usr/lib/pkgconfig/
root/root ./usr/lib/pkgconfig/commit.pc
EOF
same deb_contents "$TMP/want" "$TMP/got" "dpkg-deb --contents $DEB"

# ---- the .deb for real: install, use, remove, nothing left ----------------
listing() {
  find /usr /etc /opt /var/lib/dpkg/info -xdev 2>/dev/null | LC_ALL=C sort
}

deb_roundtrip() {
  local f
  [ "$(id -u)" = 0 ] || { verdict deb_install 1 "needs root"; return; }
  deb_cleanup     # a run killed midway left it installed
  if dpkg -s "$PKG" >/dev/null 2>&1; then
    verdict deb_install 1 "$PKG is installed, not by this test: remove it first (apt-get purge $PKG)"
    return
  fi
  for f in /usr/lib/commit.so /usr/lib/libcommit.a /usr/include/sqlite3_commit.h \
           /usr/lib/pkgconfig/commit.pc; do
    if [ -e "$f" ]; then
      verdict deb_install 1 "$f exists (make install PREFIX=/usr?): the package would replace it"
      return
    fi
  done
  listing >"$TMP/sys.before"
  : >"$MARKER"
  if ! "${APT[@]}" install "$ROOT/$DEB" >"$TMP/apt.log" 2>&1; then
    sed 's/^/  /' "$TMP/apt.log" | tail -20
    verdict deb_install 1 "apt-get install $DEB failed"
    return
  fi
  [ "$(dpkg-query -W -f='${Status} ${Version}' "$PKG" 2>&1)" = "install ok installed $VERSION" ]
  verdict deb_install $? "after apt-get install: $(dpkg-query -W -f='${Status} ${Version}' "$PKG" 2>&1)"

  env -u LD_LIBRARY_PATH "$SQLITE" :memory: <examples/sqlite3/facts.sql >"$TMP/got" 2>&1
  same deb_load examples/expected.txt "$TMP/got" ".load commit with the package installed"

  mkdir -p "$TMP/debapp"
  cp examples/c_static/facts.c "$TMP/debapp/facts.c"
  if (cd "$TMP/debapp" && cc -o facts facts.c $(pkg-config --cflags --libs commit)) \
       >"$TMP/debcc.log" 2>&1; then
    (cd "$TMP/debapp" && ./facts "$ROOT/examples/report.txt") >"$TMP/got" 2>&1
    same deb_pkg_config examples/expected.txt "$TMP/got" "the static example built against the package"
  else
    sed 's/^/  /' "$TMP/debcc.log" | head -20
    verdict deb_pkg_config 1 "cc facts.c \$(pkg-config --cflags --libs commit) failed"
  fi

  "${APT[@]}" purge "$PKG" >"$TMP/apt2.log" 2>&1
  verdict deb_remove $? "apt-get purge $PKG failed: $(tail -3 "$TMP/apt2.log")"
  dpkg -s "$PKG" >/dev/null 2>&1 || rm -f "$MARKER"
  listing >"$TMP/sys.after"
  if dpkg -s "$PKG" >/dev/null 2>&1; then
    verdict deb_clean 1 "dpkg still knows $PKG"
  elif grep -qx "Package: $PKG" /var/lib/apt/extended_states 2>/dev/null; then
    verdict deb_clean 1 "/var/lib/apt/extended_states still names $PKG"
  else
    same deb_clean "$TMP/sys.before" "$TMP/sys.after" "the system's files differ from before the install (- before, + after)"
  fi
}
deb_roundtrip

echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
