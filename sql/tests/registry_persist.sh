#!/usr/bin/env bash
# registry_persist.sh -- the commit_registry in a database file: what
# survives VACUUM, .backup and .restore, and two connections writing in
# WAL mode (in turn, and at the same time).
#
#   bash sql/tests/registry_persist.sh [sqlite3-binary]
#
# Needs bash, the sqlite3 shell and the built dist/commit.so (make all);
# works in a temporary directory (mktemp -d) that it removes.  Prints one line
# per check and last "registry_persist: N passed, M failed"; the exit
# status is 1 when a check failed.
#
# Checks:
#   vacuum    VACUUM keeps every registry table as it was (content, facts,
#             evidence, conflicts), frees the pages of a deleted report,
#             and the registry still ingests and answers afterwards.
#   backup    .backup writes a copy and .restore reads it into a third
#             file; both pass integrity_check and hold the same registry;
#             the restored one ingests another report and answers
#             reports_meetings and commit_signatories().
#   failing   an INSERT with a report id that exists fails and leaves
#             every table as it was (the message is not checked here).
#   wal-turn  two sqlite3 processes, each holding its connection open,
#             ingest different reports in turn on a WAL database; each
#             sees the other's reports, and the result equals the same
#             reports ingested by one connection.
#   wal-both  two processes ingest at the same time (.timeout 5000): no
#             error, no report lost, every report has its evidence.
set -u

. "$(dirname "$0")/../../tests/lib.sh"
lib_init registry_persist "${1:-${SQLITE:-sqlite3}}"
EXT=$ROOT/dist/commit
lib_need_ext

T=$(mktemp -d "${TMPDIR:-/tmp}/commit_persist.XXXXXX") || exit 2
PIDS=()
cleanup() {
  exec 3>&- 4<&- 5>&- 6<&- 2>/dev/null
  local p
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$T"
}
trap cleanup EXIT

pass=0
fail=0
ok() { pass=$((pass+1)); echo "ok   $1"; }
bad() {
  fail=$((fail+1))
  echo "FAIL $1"
  shift
  local line
  for line in "$@"; do printf '     %s\n' "$line"; done
}
# check NAME WANT GOT
check() {
  if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "want: $2" "got:  $3"; fi
}

# firstdiff A B: the first line where texts A and B differ.
firstdiff() {
  local -a a b
  local i
  mapfile -t a <<<"$1"
  mapfile -t b <<<"$2"
  for ((i = 0; i < ${#a[@]} || i < ${#b[@]}; i++)); do
    if [ "${a[i]-}" != "${b[i]-}" ]; then
      echo "line $((i+1)): want ${a[i]-(none)} got ${b[i]-(none)}"
      return
    fi
  done
}

# q DB SQL: run SQL on DB with the extension loaded; stdout and stderr.
q() {
  "$SQLITE" -batch -bail -cmd ".load $EXT" "$1" "$2" 2>&1
}

# ingest NAME...: INSERT statements for fixtures/NAME.txt, with published
# from fixtures/NAME.opts when there is one.
ingest() {
  local n
  for n in "$@"; do
    printf "insert into reports(source, published, body) values('%s',"`
          `" json_extract(readfile('fixtures/%s.opts'), '\$.published'),"`
          `" readfile('fixtures/%s.txt'));\n" "$n" "$n" "$n"
  done
}

# STATE: every row of every registry table (bodies by length and hex).
STATE="
select 'content', id, source, url, published, length(body), hex(body)
  from reports_content order by id;
select 'meetings', * from reports_meetings order by id;
select 'documents', * from reports_documents order by id;
select 'actions', * from reports_actions order by id;
select 'signatories', * from reports_signatories order by id;
select 'people', * from reports_people order by id;
select 'evidence', * from reports_evidence order by id;
select 'conflicts', * from reports_conflicts order by id;"

# SOUND: 0 when the registry's invariants hold: every fact's sources is
# the number of reports with evidence for it; all evidence and conflicts
# belong to an existing report and fact.
SOUND="
select (select count(*) from
          (select 'meetings' as f, id, sources from reports_meetings
           union all select 'documents', id, sources from reports_documents
           union all select 'actions', id, sources from reports_actions
           union all select 'signatories', id, sources from reports_signatories
           union all select 'people', id, sources from reports_people) x
         where x.sources < 1 or x.sources <> (select count(distinct report_id)
                 from reports_evidence e where e.fact = x.f and e.fact_id = x.id))
     + (select count(*) from reports_evidence
         where report_id not in (select id from reports_content))
     + (select count(*) from reports_conflicts c
         where report_id not in (select id from reports_content)
            or not exists (select 1 from reports_evidence e
                            where e.fact = c.fact and e.fact_id = c.fact_id
                              and e.report_id = c.report_id));"

# Reports without any evidence (every fixture has facts).
NOEVIDENCE="select count(*) from reports_content c where not exists
  (select 1 from reports_evidence e where e.report_id = c.id);"

SET1=(a05_pressrelease_beijing_imm2 a06_wire_vna_imm2 b01_vna_som8_opening
      b02_ungift_jd2_hanoi b03_thaipr_som9_bangkok c01_xinhua_imm2_beijing)

# ==== vacuum ==============================================================
A=$T/a.db
out=$(q "$A" "create virtual table reports using commit_registry;
$(ingest "${SET1[@]}")
select count(*) from reports;")
check "vacuum: ingest 6 fixtures into a file" "6" "$out"
# a deleted report leaves free pages for VACUUM to reclaim
out=$(q "$A" "delete from reports where source = 'c01_xinhua_imm2_beijing';
select count(*) from reports; pragma freelist_count;")
case $out in
  5$'\n'0) bad "vacuum: delete leaves free pages" "want: 5 and a free page" "got:  $out" ;;
  5$'\n'*) ok "vacuum: delete leaves free pages" ;;
  *) bad "vacuum: delete leaves free pages" "got: $out" ;;
esac
before=$(q "$A" "$STATE")
sig_before=$(q "$A" "select * from commit_signatories('IMM2') order by 1, 2, 5;")
out=$(q "$A" "vacuum; pragma integrity_check; pragma freelist_count;")
check "vacuum: integrity_check, no free page" "ok"$'\n'"0" "$out"
after=$(q "$A" "$STATE")
if [ -n "$before" ] && [ "$before" = "$after" ]; then
  ok "vacuum: every registry table as it was"
else
  bad "vacuum: every registry table as it was" "$(firstdiff "$before" "$after")"
fi
check "vacuum: commit_signatories('IMM2') as before" "$sig_before" \
      "$(q "$A" "select * from commit_signatories('IMM2') order by 1, 2, 5;")"
out=$(q "$A" "$(ingest c01_xinhua_imm2_beijing b04_xinhua_imm4_phnompenh)
select count(*) from reports;
select sources from reports_meetings where code = 'IMM2';
select count(distinct country) from commit_signatories('IMM4');")
check "vacuum: ingest after VACUUM (IMM2 from 3 reports, IMM4 signed by 6)" \
      "7"$'\n'"3"$'\n'"6" "$out"
check "vacuum: invariants" "0"$'\n'"0" "$(q "$A" "$SOUND $NOEVIDENCE")"

# ==== backup and restore ===================================================
B=$T/b.db
C=$T/c.db
out=$("$SQLITE" -batch -bail "$A" ".backup '$B'" 2>&1)
check "backup: .backup writes a copy" "" "$out"
out=$("$SQLITE" -batch -bail "$C" ".restore '$B'" 2>&1)
check "backup: .restore reads it into a third file" "" "$out"
stateA=$(q "$A" "$STATE")
for f in "$B" "$C"; do
  name=${f##*/}
  check "backup: $name integrity_check" "ok" "$(q "$f" "pragma integrity_check;")"
  if [ "$(q "$f" "$STATE")" = "$stateA" ]; then
    ok "backup: $name holds the same registry"
  else
    bad "backup: $name holds the same registry"
  fi
done
out=$(q "$C" "$(ingest b08_mps_som14_hanoi)
select count(*) from reports;
select code, city, sources from reports_meetings where code = 'SOM14';
select count(distinct country) from commit_signatories('the second IMM');
select count(distinct country) from commit_signatories('IMM2', 'reports');")
check "backup: the restored registry ingests and answers" \
      "8"$'\n'"SOM14|Hanoi|1"$'\n'"6"$'\n'"6" "$out"
check "backup: invariants after the ingest" "0"$'\n'"0" \
      "$(q "$C" "$SOUND $NOEVIDENCE")"
check "backup: the source file is unchanged" "7" \
      "$(q "$A" "select count(*) from reports;")"

# ==== a failing INSERT =====================================================
before=$(q "$C" "$STATE")
"$SQLITE" -batch -bail -cmd ".load $EXT" "$C" \
  "insert into reports(rowid, source, body)
     values(1, 'again', readfile('fixtures/b09_msk_imm5_virtual.txt'));" \
  >/dev/null 2>&1
rc=$?
if [ $rc -ne 0 ]; then ok "failing: INSERT with an existing report id fails"
else bad "failing: INSERT with an existing report id fails" "exit status 0"; fi
if [ "$(q "$C" "$STATE")" = "$before" ]; then
  ok "failing: every table as it was"
else
  bad "failing: every table as it was"
fi

# ==== WAL: two connections in turn ==========================================
SET2=(a01_cable_rangoon_mou a03_pressrelease_hanoi_som3 a05_pressrelease_beijing_imm2
      a06_wire_vna_imm2 a08_unnews_bagan_som7 a09_cable_bagan_som7
      b04_xinhua_imm4_phnompenh b05_akp_som10_imm4_anniversary
      c03_bernama_som7_bagan c05_ppp_imm4_phnompenh)
W=$T/w.db
out=$(q "$W" "pragma journal_mode = wal;
create virtual table reports using commit_registry;")
check "wal-turn: journal_mode wal" "wal" "$out"

# Two sqlite3 processes reading SQL from FIFOs.  Their stdout is a pipe,
# so it is buffered: a statement that fails on purpose (no such table
# [@@done N]) marks on stderr, unbuffered, that the SQL sent so far has
# run, and .once puts query results in a file.
mkfifo "$T/p1.in" "$T/p1.out" "$T/p2.in" "$T/p2.out" || exit 2
"$SQLITE" -batch -cmd ".load $EXT" -cmd ".timeout 5000" "$W" \
  < "$T/p1.in" > "$T/p1.out" 2>&1 &
PIDS+=($!)
exec 3>"$T/p1.in" 4<"$T/p1.out"
"$SQLITE" -batch -cmd ".load $EXT" -cmd ".timeout 5000" "$W" \
  < "$T/p2.in" > "$T/p2.out" 2>&1 &
PIDS+=($!)
exec 5>"$T/p2.in" 6<"$T/p2.out"

MARK=0
# send WFD RFD SQL: run SQL in a process, wait until it has; print what
# it wrote before the mark (errors), or TIMEOUT.
send() {
  local w=$1 r=$2 line
  MARK=$((MARK+1))
  printf '%s\nselect * from [@@done %d];\n' "$3" "$MARK" >&"$w"
  while IFS= read -r -t 60 -u "$r" line; do
    case $line in *"@@done $MARK"*) return 0 ;; esac
    echo "$line"
  done
  echo "TIMEOUT"
}

errs=""
seen=""
i=0
for n in "${SET2[@]}"; do
  i=$((i+1))
  if [ $((i % 2)) -eq 1 ]; then w=3; r=4; else w=5; r=6; fi
  res=$T/res.$i
  e=$(send $w $r "$(ingest "$n")
.once $res
select count(*) from reports_content;")
  [ -n "$e" ] && errs="$errs$e"$'\n'
  seen="$seen $( [ -f "$res" ] && echo "$(<"$res")")"
done
# each process now reads what the other wrote last
e1=$(send 3 4 ".once $T/res.p1
select count(*), max(source) from reports_content;")
e2=$(send 5 6 ".once $T/res.p2
select count(*) from reports_evidence e join reports_content c
    on c.id = e.report_id where c.source = '${SET2[8]}';")
errs="$errs$e1$e2"
check "wal-turn: no error in either process" "" "$errs"
check "wal-turn: each insert sees all reports before it" \
      " 1 2 3 4 5 6 7 8 9 10" "$seen"
check "wal-turn: process 1 sees process 2's last report" \
      "10|${SET2[9]}" "$( [ -f "$T/res.p1" ] && echo "$(<"$T/res.p1")")"
ref_ev=$(q "$W" "select count(*) from reports_evidence e join reports_content c
    on c.id = e.report_id where c.source = '${SET2[8]}';")
check "wal-turn: process 2 sees process 1's evidence" "$ref_ev" \
      "$( [ -f "$T/res.p2" ] && echo "$(<"$T/res.p2")")"
exec 3>&- 5>&-
wait "${PIDS[@]}" 2>/dev/null
exec 4<&- 6<&-
PIDS=()

R=$T/ref.db
q "$R" "create virtual table reports using commit_registry;
$(ingest "${SET2[@]}")" >/dev/null
if [ "$(q "$W" "$STATE")" = "$(q "$R" "$STATE")" ]; then
  ok "wal-turn: same registry as one connection ingesting them in order"
else
  bad "wal-turn: same registry as one connection ingesting them in order" \
      "$(firstdiff "$(q "$R" "$STATE")" "$(q "$W" "$STATE")")"
fi
check "wal-turn: integrity_check" "ok" "$(q "$W" "pragma integrity_check;")"
check "wal-turn: invariants" "0"$'\n'"0" "$(q "$W" "$SOUND $NOEVIDENCE")"

# ==== WAL: two connections at the same time =================================
SETP=(a01_cable_rangoon_mou a02_wire_bangkok_som1 a03_pressrelease_hanoi_som3
      a04_blog_phnompenh_som4 a05_pressrelease_beijing_imm2 a06_wire_vna_imm2
      a07_kpl_vientiane_som6 a08_unnews_bagan_som7 a09_cable_bagan_som7
      a10_webpage_about_timeline a11_wire_suzhou_som16 a12_brief_unact_anniversary)
SETQ=(b01_vna_som8_opening b02_ungift_jd2_hanoi b03_thaipr_som9_bangkok
      b04_xinhua_imm4_phnompenh b05_akp_som10_imm4_anniversary
      b06_unact_som11_vientiane b07_jiangxi_som13_nanchang b08_mps_som14_hanoi
      b09_msk_imm5_virtual b10_gnlm_myanmar_imm5 b11_vov_imm6_hanoi
      b12_blog_twenty_years)
V=$T/v.db
q "$V" "pragma journal_mode = wal;
create virtual table reports using commit_registry;" >/dev/null
"$SQLITE" -batch -bail -cmd ".load $EXT" -cmd ".timeout 5000" "$V" \
  < <(ingest "${SETP[@]}") > "$T/p.log" 2>&1 &
pp=$!
"$SQLITE" -batch -bail -cmd ".load $EXT" -cmd ".timeout 5000" "$V" \
  < <(ingest "${SETQ[@]}") > "$T/q.log" 2>&1 &
pq=$!
wait $pp; rp=$?
wait $pq; rq=$?
check "wal-both: both processes succeed" "0 0" "$rp $rq"
check "wal-both: no error output" "" "$(<"$T/p.log")$(<"$T/q.log")"
check "wal-both: no report lost" "24" \
      "$(q "$V" "select count(*) from reports_content;")"
check "wal-both: every source once" "24" \
      "$(q "$V" "select count(distinct source) from reports_content;")"
check "wal-both: integrity_check" "ok" "$(q "$V" "pragma integrity_check;")"
check "wal-both: invariants, every report has evidence" "0"$'\n'"0" \
      "$(q "$V" "$SOUND $NOEVIDENCE")"
# each report has the evidence it has when ingested alone in a registry
# with the same reports (evidence rows depend on the report, not the order)
R2=$T/ref2.db
q "$R2" "create virtual table reports using commit_registry;
$(ingest "${SETP[@]}" "${SETQ[@]}")" >/dev/null
EVBYSOURCE="select c.source, count(e.id) from reports_content c
  left join reports_evidence e on e.report_id = c.id
  group by c.source order by c.source;"
check "wal-both: evidence of every report as in one connection" \
      "$(q "$R2" "$EVBYSOURCE")" "$(q "$V" "$EVBYSOURCE")"

echo "registry_persist: $pass passed, $fail failed"
[ $fail -eq 0 ]
