# mk/registry.mk -- the incremental registry merge (issue 10, item 1).
#   tests/test_registry.c   cmocka: random orders of changes against the old
#                           full recomputation, 'rebuild', 'integrity-check'
#                           (run by make test-unit and make test-asan)
#   make registry-bench     ingest time of 250, 500, 1,000 and 2,000 reports
#                           (REGISTRY_BENCH_SIZES, ROUNDS=n for medians);
#                           wall-clock, so not part of make test
.PHONY: registry-bench

UNIT += registry
test-unit: build/test_registry
test-asan: build/asan/test_registry

REGISTRY_BENCH_SIZES ?= 250 500 1000 2000
registry-bench: dist/commit.so
	@tests/registry_bench.sh $(SQLITE) $(REGISTRY_BENCH_SIZES)
