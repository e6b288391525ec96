# mk/report.mk -- the HTML report of a registry (issue 9, item 4).
#
#   make report [DB=demo.db] [REPORT=report.html]
#       registry `reports` of DB as one self-contained HTML page, made by
#       sql/reports/report_html.sql in the sqlite3 shell; demo.db is built
#       first (make demo) when it is the DB and missing
#   make test-report
#       goldens, well-formedness, escaping, an empty registry, and the page
#       in headless Chromium (tests/report.sh)
#
# test-report needs Debian's chromium and playwright-core from npm
# (installed under build/report/node), both installed when missing.
DB     ?= demo.db
REPORT ?= report.html
PLAYWRIGHT_CORE := 1.65.2

report: dist/commit.so
	@bash tools/report.sh $(SQLITE) '$(DB)' '$(REPORT)'

test-report: dist/commit.so build/report/.browser
	@bash tests/report.sh $(SQLITE)

build/report/.browser: mk/report.mk | build/.deps
	@mkdir -p build/report/node
	@need=""; \
	[ -x /usr/bin/chromium ] || need="$$need chromium"; \
	command -v node >/dev/null || need="$$need nodejs"; \
	command -v npm >/dev/null || need="$$need npm"; \
	if [ -n "$$need" ]; then \
	  echo "make: installing missing packages:$$need"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need; \
	fi
	@v=$$(cd build/report/node && node -p "require('playwright-core/package.json').version" 2>/dev/null); \
	if [ "$$v" != "$(PLAYWRIGHT_CORE)" ]; then \
	  echo "make: installing playwright-core@$(PLAYWRIGHT_CORE) under build/report/node"; \
	  npm install --prefix build/report/node --no-audit --no-fund --no-save \
	    --loglevel=error playwright-core@$(PLAYWRIGHT_CORE); \
	fi
	@touch $@
