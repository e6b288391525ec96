# commit -- SQLite extension for COMMIT reports.  See README.md.
#   make demo   build, load into sqlite3, show the facts of every fixture
#   make test   unit tests, sanitizer build, SQL golden tests, fixtures

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Wno-unused-parameter
VERSION := $(shell cat VERSION)
DEFS    := -DCOMMIT_VERSION='"$(VERSION)"'
SRC     := ext/commit.c ext/tokenize.c ext/gazetteer.c ext/gazetteer_data.c \
           ext/normalize.c ext/rules.c ext/discourse.c ext/facts.c ext/jsonout.c \
           ext/html.c ext/parse.c \
           ext/vtab_entities.c ext/vtab_gazetteer.c ext/vtab_registry.c \
           ext/vtab_signatories.c
HDR     := ext/commit.h
SQLITE  ?= sqlite3
UNIT    := tokenize gazetteer normalize html rules facts parse vtab edges discourse oom
SANCC   := clang
SANFLAGS:= -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
           -fno-omit-frame-pointer

.PHONY: all deps test test-unit test-asan test-sql test-fixtures test-html test-persist \
        test-crash test-concurrency test-fuzz test-accuracy fuzz check-valgrind coverage \
        demo clean \
        gazetteer fixtures-update score report test-report test-hosts test-install

all: dist/commit.so

# ---- dependencies: installed with apt-get when missing (we run as root) --
deps: build/.deps
build/.deps:
	@mkdir -p build
	@need=""; \
	[ -f /usr/include/sqlite3.h ] || need="$$need libsqlite3-dev"; \
	command -v sqlite3 >/dev/null || need="$$need sqlite3"; \
	[ -f /usr/include/cmocka.h ] || need="$$need libcmocka-dev"; \
	command -v clang >/dev/null || need="$$need clang"; \
	command -v python3 >/dev/null || need="$$need python3"; \
	[ -x /usr/bin/python3 ] || need="$$need python3"; \
	command -v valgrind >/dev/null || need="$$need valgrind"; \
	[ -n "$$(ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null)" ] \
	  || need="$$need libclang-rt-dev"; \
	if [ -n "$$need" ]; then \
	  echo "make: installing missing packages:$$need"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need; \
	fi
	@touch $@

# ---- the extension ---------------------------------------------------
dist/commit.so: $(SRC) $(HDR) VERSION | build/.deps
	@mkdir -p dist
	$(CC) $(CFLAGS) $(WARN) $(DEFS) -fPIC -shared -o $@ $(SRC)

ext/gazetteer_data.c: data/countries.tsv data/places.tsv data/organizations.tsv \
                      data/titles.tsv data/lexicon.tsv data/words.tsv \
                      data/meetings.tsv \
                      tools/mkgazetteer.py
	python3 tools/mkgazetteer.py data $@

gazetteer: ext/gazetteer_data.c

# ---- tests -----------------------------------------------------------
# The extension is compiled once per flavour (plain, sanitizers) with
# -DSQLITE_CORE into an archive that every test binary links.
OBJ     := $(patsubst ext/%.c,build/obj/%.o,$(SRC))
ASANOBJ := $(patsubst ext/%.c,build/asan/obj/%.o,$(SRC))

build/obj/%.o: ext/%.c $(HDR) VERSION | build/.deps
	@mkdir -p build/obj
	$(CC) $(CFLAGS) $(WARN) $(DEFS) -DSQLITE_CORE -c -o $@ $<

build/asan/obj/%.o: ext/%.c $(HDR) VERSION | build/.deps
	@mkdir -p build/asan/obj
	$(SANCC) $(SANFLAGS) $(WARN) $(DEFS) -DSQLITE_CORE -c -o $@ $<

build/libcommit.a: $(OBJ)
	ar rcs $@ $^

build/asan/libcommit.a: $(ASANOBJ)
	ar rcs $@ $^

build/test_%: tests/test_%.c tests/testdb.h build/libcommit.a
	$(CC) $(CFLAGS) $(WARN) $(DEFS) -DSQLITE_CORE -Iext -o $@ $< \
	  build/libcommit.a -lsqlite3 -lcmocka

build/asan/test_%: tests/test_%.c tests/testdb.h build/asan/libcommit.a
	$(SANCC) $(SANFLAGS) $(WARN) $(DEFS) -DSQLITE_CORE -Iext -o $@ $< \
	  build/asan/libcommit.a -lsqlite3 -lcmocka

test-unit: $(addprefix build/test_,$(UNIT))
	@tests/run_unit.sh build $(UNIT)

test-asan: $(addprefix build/asan/test_,$(UNIT))
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  tests/run_unit.sh build/asan $(UNIT)

test-sql: dist/commit.so
	@tests/run_sql.sh $(SQLITE)

test-fixtures: dist/commit.so
	@tests/run_fixtures.sh $(SQLITE)

test-persist: dist/commit.so
	@bash sql/tests/registry_persist.sh

# every scored report, wrapped in page markup, gives the facts of its text
test-html: dist/commit.so
	@/usr/bin/python3 tests/html_pages.py dist/commit.so fixtures tests/corpus \
	  $$(ls -d tests/heldout* | sort -V)

# ---- trust (issue 4): crash safety, concurrency, fuzzing, memcheck -----
FUZZ_SECONDS ?= 60

test-crash: dist/commit.so
	@bash tests/crash.sh $(SQLITE)

test-concurrency: dist/commit.so
	@bash tests/concurrency.sh $(SQLITE)

# make test fuzzes each target briefly, from the seeds alone, after
# replaying every regression.
test-fuzz: | build/.deps
	@sh fuzz/regress.sh && FUZZ_FRESH=1 sh fuzz/run.sh 5

fuzz: | build/.deps
	@sh fuzz/run.sh $(FUZZ_SECONDS)

check-valgrind: dist/commit.so
	@bash tests/valgrind.sh $(SQLITE)

coverage: | build/.deps
	@bash tests/coverage.sh

test: build/.deps
	@$(MAKE) --no-print-directory all
	@tests/run_all.sh

fixtures-update: dist/commit.so
	@tests/run_fixtures.sh $(SQLITE) --update

score: dist/commit.so
	@tests/accuracy.sh

test-accuracy: dist/commit.so
	@tests/accuracy.sh --guard

demo: dist/commit.so
	@tests/demo.sh $(SQLITE)

include mk/report.mk
include mk/hosts.mk
include mk/bench.mk

clean:
	rm -rf dist build demo.db

include mk/docs.mk
include mk/registry.mk
