# tests/lib.sh -- what the shell test runners share.  Sourced, not run:
#
#   . "$(dirname "$0")/lib.sh"
#   lib_init crash "$1"      # suite name, sqlite3 binary (default sqlite3)
#
# lib_init <suite> [sqlite3]  sets SUITE and SQLITE (made absolute when it
#                             names a directory, so that it survives the
#                             cd) and ROOT, and goes to the repository root
# die <message>               prints "<script>: <message>" on stderr and
#                             "<suite>: 0 passed, 1 failed"; exits 1
# lib_need_ext                dies unless $SQLITE runs and
#                             dist/commit.so is built
# lib_update_args <usage> [--update] [name ...]
#                             sets UPDATE (0/1) and NAMES (an array); any
#                             other option prints the usage and exits 2
# lib_topics                  when NAMES is empty, fills it with every
#                             sql/tests/<topic>
# lit <text>                  prints text as an SQL string literal
# REG_HASH                    an SQL expression: the SHA3 of every row of
#                             every table of the registry "reports"

lib_init() {
  SUITE=$1
  SQLITE=${2:-sqlite3}
  local d
  case $SQLITE in
    */*) d=$(cd "$(dirname "$SQLITE")" 2>/dev/null && pwd) && SQLITE=$d/$(basename "$SQLITE") ;;
  esac
  ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  cd "$ROOT" || exit 2
}

die() {
  echo "$(basename "$0"): $*" >&2
  echo "$SUITE: 0 passed, 1 failed"
  exit 1
}

lib_need_ext() {
  command -v "$SQLITE" >/dev/null 2>&1 || die "sqlite3 binary not found: $SQLITE"
  [ -f dist/commit.so ] || die "dist/commit.so is missing (run make all)"
}

lib_update_args() {
  local usage=$1 arg
  shift
  UPDATE=0
  NAMES=()
  for arg in "$@"; do
    case $arg in
      --update) UPDATE=1 ;;
      -*) echo "usage: $usage" >&2; exit 2 ;;
      *) NAMES+=("$arg") ;;
    esac
  done
}

lib_topics() {
  local f t
  [ ${#NAMES[@]} -eq 0 ] || return 0
  for f in sql/tests/*.sql; do
    [ -e "$f" ] || continue
    t=${f#sql/tests/}
    NAMES+=("${t%.sql}")
  done
}

lit() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g")"; }

REG_HASH="hex(sha3_query($(lit "select id, source, url, published, body from reports_content order by id;
select * from reports_meetings order by id; select * from reports_documents order by id;
select * from reports_actions order by id; select * from reports_signatories order by id;
select * from reports_people order by id; select * from reports_evidence order by id;
select * from reports_conflicts order by id;
select * from reports_tallies order by fact, fact_id, field, key;")))"
