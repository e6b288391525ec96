# mk/hosts.mk -- hosts, install, source tarball and Debian package
# (issue 9, items 1 and 2).  Included by the Makefile.
#
#   make test-hosts     run every example in examples/ and compare its output
#                       with examples/expected.txt (tests/hosts.sh)
#   make test-install   install/uninstall in temporary roots, make dist,
#                       make deb and a real dpkg round trip (tests/install.sh)
#   make install        $(DESTDIR)$(PREFIX)/lib/commit.so, lib/libcommit.a,
#                       include/sqlite3_commit.h, lib/pkgconfig/commit.pc
#   make uninstall      removes exactly those four files
#   make dist           dist/commit-$(VERSION).tar.gz from the committed tree
#   make deb            dist/sqlite3-commit_$(VERSION)_<arch>.deb (under /usr)
#   make check          quick check of a build (used on an unpacked tarball):
#                       the fixtures, and the sqlite3 shell example

PREFIX       ?= /usr/local
LIBDIR       ?= $(PREFIX)/lib
INCLUDEDIR   ?= $(PREFIX)/include
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
DESTDIR      ?=

INSTALLED    := $(LIBDIR)/commit.so $(LIBDIR)/libcommit.a \
                $(INCLUDEDIR)/sqlite3_commit.h $(PKGCONFIGDIR)/commit.pc
TARBALL      := dist/commit-$(VERSION).tar.gz
DEB_PACKAGE  := sqlite3-commit
DEB_ARCH     := $(shell dpkg --print-architecture 2>/dev/null || echo amd64)
DEB          := dist/$(DEB_PACKAGE)_$(VERSION)_$(DEB_ARCH).deb
DEB_MAINTAINER ?= commit maintainers <commit@localhost>

.PHONY: install uninstall dist deb check test-hosts test-install examples

# ---- install ------------------------------------------------------------
# The .so keeps the name commit.so, so that `.load commit` finds it: SQLite
# tries dlopen("commit"), then dlopen("commit.so"), and dlopen searches
# LD_LIBRARY_PATH, the ld.so cache (which lists only lib*.so names) and then
# /lib and /usr/lib.  So with PREFIX=/usr it is found as it is; with the
# default /usr/local, set LD_LIBRARY_PATH=/usr/local/lib or give the path.
install: dist/commit.so build/libcommit.a
	install -d -m 755 $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR)
	install -m 644 dist/commit.so $(DESTDIR)$(LIBDIR)/commit.so
	install -m 644 build/libcommit.a $(DESTDIR)$(LIBDIR)/libcommit.a
	install -m 644 ext/sqlite3_commit.h $(DESTDIR)$(INCLUDEDIR)/sqlite3_commit.h
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@VERSION@|$(VERSION)|' \
	    mk/commit.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/commit.pc
	chmod 644 $(DESTDIR)$(PKGCONFIGDIR)/commit.pc

# Removes the four files and nothing else: the directories stay, as they
# may have been there before.
uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))

# ---- source tarball -----------------------------------------------------
# Only what git tracks, as committed at HEAD (uncommitted changes are not
# in it).  Unpacked, `make all check` builds it and checks it.
dist:
	@git rev-parse --git-dir >/dev/null 2>&1 \
	  || { echo "make dist: needs a git checkout (it packs git-tracked files)" >&2; exit 1; }
	@mkdir -p dist
	git archive --format=tar.gz --prefix=commit-$(VERSION)/ -o $(TARBALL) HEAD
	@echo "$(TARBALL)"

# ---- Debian package -----------------------------------------------------
# `make install` with PREFIX=/usr into build/deb, stripped of debugging
# symbols, a control file and md5sums, then dpkg-deb.  Install it with `apt-get install ./$(DEB)`.
deb: dist/commit.so build/libcommit.a
	rm -rf build/deb
	$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/build/deb PREFIX=/usr \
	  LIBDIR=/usr/lib INCLUDEDIR=/usr/include PKGCONFIGDIR=/usr/lib/pkgconfig
	strip --strip-unneeded build/deb/usr/lib/commit.so
	strip --strip-debug build/deb/usr/lib/libcommit.a
	install -d -m 755 build/deb/DEBIAN
	cd build/deb && find usr -type f | LC_ALL=C sort | xargs md5sum > DEBIAN/md5sums
	{ echo "Package: $(DEB_PACKAGE)"; \
	  echo "Version: $(VERSION)"; \
	  echo "Architecture: $(DEB_ARCH)"; \
	  echo "Maintainer: $(DEB_MAINTAINER)"; \
	  echo "Installed-Size: $$(du -sk build/deb/usr | cut -f1)"; \
	  echo "Depends: libsqlite3-0"; \
	  echo "Suggests: sqlite3, libsqlite3-dev"; \
	  echo "Section: misc"; \
	  echo "Priority: optional"; \
	  echo "Description: SQLite extension that reads reports on the COMMIT process"; \
	  echo " commit turns English reports about the COMMIT anti-trafficking process"; \
	  echo " (Coordinated Mekong Ministerial Initiative against Trafficking) into"; \
	  echo " facts: meetings, documents, signatories, people and their evidence."; \
	  echo " In the sqlite3 shell: .load commit"; \
	} > build/deb/DEBIAN/control
	chmod 644 build/deb/DEBIAN/control build/deb/DEBIAN/md5sums
	@mkdir -p dist
	dpkg-deb --root-owner-group --build build/deb $(DEB)

# ---- examples (examples/*) ----------------------------------------------
# The Node example needs better-sqlite3 12, installed here with npm.  There
# is no network but the npm registry, so its prebuilt binary cannot be
# downloaded: build_from_source skips that attempt, and node-gyp builds it
# (about a minute) with the headers that come with Node.js
# (<prefix>/include/node, nodedir) instead of downloading them.
NODE_MODULES   := build/node/node_modules
BETTER_SQLITE3 := $(NODE_MODULES)/better-sqlite3/build/Release/better_sqlite3.node

$(BETTER_SQLITE3): | build/.deps
	@need=""; \
	command -v node >/dev/null || need="$$need nodejs"; \
	command -v npm >/dev/null || need="$$need npm"; \
	command -v g++ >/dev/null || need="$$need g++"; \
	if [ -n "$$need" ]; then \
	  echo "make: installing missing packages:$$need"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need; \
	fi
	@nodedir=$$(dirname "$$(dirname "$$(command -v node)")"); \
	if [ ! -f "$$nodedir/include/node/node_version.h" ]; then \
	  echo "make: installing libnode-dev (Node.js headers)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnode-dev; \
	fi; \
	echo "npm install better-sqlite3@12 into build/node (builds from source, about a minute)"; \
	mkdir -p build/node && \
	npm_config_nodedir=$$nodedir npm_config_build_from_source=true \
	  npm install --prefix build/node --no-audit --no-fund \
	  --loglevel=error better-sqlite3@12 > build/node/npm.log 2>&1 \
	  || { tail -40 build/node/npm.log; exit 1; }
	@[ -f $@ ] || { tail -40 build/node/npm.log; echo "make: npm did not build $@" >&2; exit 1; }
	@touch $@

build/examples/c_dynamic: examples/c_dynamic/facts.c | build/.deps
	@mkdir -p build/examples
	$(CC) $(CFLAGS) $(WARN) -o $@ $< -lsqlite3

build/examples/c_static: examples/c_static/facts.c ext/sqlite3_commit.h build/libcommit.a
	@mkdir -p build/examples
	$(CC) $(CFLAGS) $(WARN) -Iext -o $@ $< build/libcommit.a -lsqlite3

examples: build/examples/c_dynamic build/examples/c_static $(BETTER_SQLITE3)

# ---- tests --------------------------------------------------------------
test-hosts: dist/commit.so examples
	@bash tests/hosts.sh $(SQLITE)

test-install: dist/commit.so build/libcommit.a
	@command -v pkg-config >/dev/null || { echo "make: installing pkg-config"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pkg-config; }
	@bash tests/install.sh $(SQLITE)

# A quick check of a build, without cmocka or the long suites: the fixtures,
# and the sqlite3 shell example with `.load commit` found in dist/.
check: test-fixtures
	@mkdir -p build
	@LD_LIBRARY_PATH=$(CURDIR)/dist $(SQLITE) :memory: < examples/sqlite3/facts.sql \
	  > build/check.out 2>&1; \
	if diff -u examples/expected.txt build/check.out; then \
	  echo "check: the sqlite3 shell example prints examples/expected.txt"; \
	else echo "check: FAILED: the sqlite3 shell example differs (above)"; exit 1; fi
