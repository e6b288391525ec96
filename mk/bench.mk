# ---- benchmark (issue 10): make bench [SIZE=1|10|100] ------------------
# bench/gen writes a synthetic archive of SIZE MB (10^6 bytes) under
# build/bench/ (once per size and seed); build/bench/bench, linked with
# build/libcommit.a, measures it.  See bench/README.md.
SIZE                ?= 10
BENCH_SEED          ?= 1
BENCH_ROUNDS        ?= 5
BENCH_SCALE         ?= 1,10,100
BENCH_SCALE_ROUNDS  ?= 3
BENCH_SCALE_BUDGET  ?= 30
BENCH_INGEST        ?= 1000,10000,50000
BENCH_INGEST_BUDGET ?= 60
BENCH_SIG_MEETINGS  ?= 100000
BENCH_CORPUS        := build/bench/corpus-$(SIZE)MB-seed$(BENCH_SEED).txt

.PHONY: bench bench-corpus bench-profile test-bench

build/bench/bench: bench/bench.c build/libcommit.a ext/sqlite3_commit.h VERSION
	@mkdir -p build/bench
	$(CC) $(CFLAGS) $(WARN) $(DEFS) -DSQLITE_CORE -Iext -o $@ bench/bench.c \
	  build/libcommit.a -lsqlite3

$(BENCH_CORPUS): bench/gen | build/.deps
	@mkdir -p build/bench
	/usr/bin/python3 bench/gen --size $(SIZE) --seed $(BENCH_SEED) -o $@.tmp
	@mv $@.tmp $@

bench-corpus: $(BENCH_CORPUS)

bench: build/bench/bench $(BENCH_CORPUS)
	build/bench/bench --rounds $(BENCH_ROUNDS) --scale $(BENCH_SCALE) \
	  --scale-rounds $(BENCH_SCALE_ROUNDS) --scale-budget $(BENCH_SCALE_BUDGET) \
	  --ingest $(BENCH_INGEST) \
	  --ingest-budget $(BENCH_INGEST_BUDGET) --sig-meetings $(BENCH_SIG_MEETINGS) \
	  $(BENCH_CORPUS)

# Instruction counts of commit_parse over the corpus (SIZE=1 is enough):
# the top 15 functions, inclusive and self.  PROFILE_MB=4: one report of
# 4 MB made of the corpus's reports instead (to see what grows faster).
bench-profile: build/bench/bench $(BENCH_CORPUS)
	@bash bench/profile.sh build/bench/bench $(BENCH_CORPUS) $(PROFILE_MB)

test-bench: build/bench/bench | build/.deps
	@bash tests/bench.sh
