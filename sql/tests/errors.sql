-- errors.sql: every error a SQL user can get from the pure functions and
-- commit_entities, word for word (STYLE.md "Errors the SQL user sees").
-- Runtime errors print "Runtime error near line N: <msg>"; errors found
-- while preparing print "Parse error near line N: <msg>" plus the SQL.
.load ./dist/commit
.bail off
.mode list
.nullvalue NULL

-- ==== Wrong argument types (text must be TEXT, or a UTF-8 BLOB) ==========
select commit_parse(1);
select commit_parse(1.5);
select commit_parse('IMM2', 42);
select commit_parse('IMM2', 4.2);
select commit_date(20071214);
select commit_date('Dec. 14', 20071214);
select commit_country(1);
select commit_meeting_code(2);
-- a BLOB of valid UTF-8 is text (readfile() returns BLOBs): no error
select commit_meeting_code(cast('IMM-2' as blob));
select commit_country(x'4275726d61');

-- ==== Wrong argument counts (prepare-time errors) ========================
select commit_version('x');
select commit_parse();
select commit_parse('a', '{}', 'c');
select commit_date();
select commit_date('a', '2012-02-16', 'c');
select commit_country();
select commit_country('Burma', 'Laos');
select commit_meeting_code();
select commit_meeting_code('IMM2', 'SOM5');

-- ==== Invalid UTF-8 ======================================================
select commit_parse(cast(x'c328' as text));
select commit_parse(x'c328');
select commit_date(cast(x'c328' as text));
select commit_country(cast(x'c328' as text));
select commit_meeting_code(cast(x'c328' as text));
select commit_parse('IMM2 ' || cast(x'e282' as text));
select commit_parse(cast(x'eda080' as text));
select commit_parse(cast(x'c0af' as text));

-- ==== Embedded NUL =======================================================
select commit_parse('a'||char(0)||'b');
select commit_date('a'||char(0)||'b');
select commit_country('a'||char(0)||'b');
select commit_meeting_code('a'||char(0)||'b');
select commit_parse(x'49004d');

-- ==== Options JSON =======================================================
-- malformed
select commit_parse('IMM2', '{');
select commit_parse('IMM2', '');
select commit_parse('IMM2', 'published');
select commit_parse('IMM2', '{"published":"2012-02-16",}');
select commit_parse('IMM2', '{"published":"2012-02-16"} x');
select commit_parse('IMM2', '{published:"2012-02-16"}');
-- not an object
select commit_parse('IMM2', '[]');
select commit_parse('IMM2', '"2012-02-16"');
select commit_parse('IMM2', '2012');
-- unknown option
select commit_parse('IMM2', '{"foo":1}');
select commit_parse('IMM2', '{"published":"2012-02-16","lang":"en"}');
-- bad published
select commit_parse('IMM2', '{"published":"2012-13-01"}');
select commit_parse('IMM2', '{"published":"2012-02-30"}');
select commit_parse('IMM2', '{"published":"16/02/2012"}');
select commit_parse('IMM2', '{"published":20120216}');
-- bad source
select commit_parse('IMM2', '{"source":1}');
-- valid options: no error
select json_extract(commit_parse('IMM2', ' { } '), '$.published');
select json_extract(commit_parse('IMM2', '{"published":null,"source":null}'), '$.published');
select json_extract(commit_parse('IMM2', '{"source":"VNA","published":"2012-02-16"}'), '$.published');
select json_extract(commit_parse('IMM2', NULL), '$.published');

-- ==== Bad anchor =========================================================
select commit_date('on Tuesday', 'bad');
select commit_date('on Tuesday', '2012-02');
select commit_date('on Tuesday', '2012');
select commit_date('on Tuesday', '2012-02-30');
select commit_date('on Tuesday', '16 February 2012');
select commit_date('on Tuesday', '');
-- NULL text gives NULL before the other argument is looked at
select commit_date(NULL, 'bad');
select commit_parse(NULL, '{');

-- ==== commit_entities ====================================================
-- without the text argument
select * from commit_entities;
select count(*) from commit_entities();
-- text constrained, but not with "="
select * from commit_entities where text > 'IMM2';
select * from commit_entities where text like 'IMM2';
-- bad text and options
select * from commit_entities(1);
select * from commit_entities(cast(x'c328' as text));
select * from commit_entities('a'||char(0)||'b');
select * from commit_entities('IMM2', '{');
select * from commit_entities('IMM2', '[]');
select * from commit_entities('IMM2', 42);
select * from commit_entities('IMM2', '{"foo":1}');
select * from commit_entities('IMM2', '{"published":"2012-13-01"}');
-- NULL text: no rows, no error
select count(*) from commit_entities(NULL);
-- the format option: auto, text or html
SELECT commit_parse('x', '{"format":"pdf"}');
SELECT commit_parse('x', '{"format":1}');
SELECT count(*) FROM commit_entities('x', '{"format":"HTML"}');
SELECT json_extract(commit_parse('<p>IMM<b>3</b> opened.</p>', '{"format":"html"}'), '$.meetings[0].span');
select 'done';
