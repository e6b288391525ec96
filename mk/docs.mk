# mk/docs.mk -- the README documents the SQL API (issue 9, item 5).
#   make test-apidoc   every function, table, column, index and error message
#                      of the extension is in README's "SQL API reference";
#                      its examples and the Cookbook's print what is shown;
#                      the Cookbook's queries are sql/tests/cookbook.sql
# Needs Debian's python3 (installed by build/.deps); runs in about a second.
# After a parser change, /usr/bin/python3 tests/apidoc.py --update rewrites
# the outputs the README shows (then tests/run_sql.sh sqlite3 --update
# cookbook); review both diffs.
.PHONY: test-apidoc

test-apidoc: dist/commit.so
	@/usr/bin/python3 tests/apidoc.py $(SQLITE)
