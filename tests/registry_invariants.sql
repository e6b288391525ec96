-- registry_invariants.sql: what must hold of a registry named "reports"
-- whatever happened to the process that wrote it (tests/crash.sh,
-- tests/concurrency.sh).  Every row printed starts with "broken|".
select 'broken|fact without evidence ' || f.fact || ' ' || f.id from
  (select 'meetings' as fact, id, sources from reports_meetings
   union all select 'documents', id, sources from reports_documents
   union all select 'actions', id, sources from reports_actions
   union all select 'signatories', id, sources from reports_signatories
   union all select 'people', id, sources from reports_people) f
 where f.sources is not (select count(distinct report_id) from reports_evidence e
                          where e.fact = f.fact and e.fact_id = f.id)
    or f.sources < 1;
select 'broken|evidence of a missing report or fact ' || e.id from reports_evidence e
 where e.report_id not in (select id from reports_content)
    or e.fact_id not in (select id from reports_meetings where e.fact = 'meetings'
                         union all select id from reports_documents where e.fact = 'documents'
                         union all select id from reports_actions where e.fact = 'actions'
                         union all select id from reports_signatories where e.fact = 'signatories'
                         union all select id from reports_people where e.fact = 'people');
select 'broken|conflict of a missing report or fact ' || c.id from reports_conflicts c
 where c.report_id not in (select id from reports_content)
    or c.fact_id not in (select id from reports_meetings where c.fact = 'meetings'
                         union all select id from reports_documents where c.fact = 'documents'
                         union all select id from reports_actions where c.fact = 'actions'
                         union all select id from reports_signatories where c.fact = 'signatories'
                         union all select id from reports_people where c.fact = 'people');
select 'broken|dangling action ' || a.id from reports_actions a
 where a.document_id not in (select id from reports_documents)
    or (a.meeting_id is not null and a.meeting_id not in (select id from reports_meetings));
select 'broken|dangling signatory ' || s.id from reports_signatories s
 where s.document_id not in (select id from reports_documents)
    or (s.meeting_id is not null and s.meeting_id not in (select id from reports_meetings));
select 'reports|' || count(*) from reports_content;
select 'evidence|' || group_concat(source || '=' || n, ' ') from
  (select c.source, count(e.id) as n from reports_content c
     left join reports_evidence e on e.report_id = c.id group by c.id order by c.id);
