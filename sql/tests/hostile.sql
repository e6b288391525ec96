-- hostile.sql: a table of bad inputs, each with its exact result or error
-- (issue 4, item 7).  Every statement must end in a result or a clear
-- error naming the function, never a crash, and in linear time.
.load ./dist/commit
.bail off
.mode list
.nullvalue NULL

-- ==== invalid and overlong UTF-8 =======================================
-- 1. a lone continuation byte
select commit_parse(cast(x'80' as text));
-- 2. overlong '/' (C0 AF)
select commit_parse(cast(x'c0af' as text));
-- 3. overlong NUL (C0 80)
select commit_date(cast(x'c080' as text));
-- 4. overlong three-byte form of 'A' (E0 81 81)
select commit_country(cast(x'e08181' as text));
-- 5. UTF-16 surrogate encoded in UTF-8 (ED A0 80)
select commit_meeting_code(cast(x'eda080' as text));
-- 6. code point above U+10FFFF (F4 90 80 80)
select commit_parse(cast(x'f4908080' as text));
-- 7. truncated sequence at the end
select commit_parse('IMM2 in Hanoi ' || cast(x'e282' as text));
-- 8. invalid byte inside a valid report, entities
select count(*) from commit_entities('IMM2 was held ' || cast(x'ff' as text) || ' in Hanoi');
-- 9. invalid UTF-8 in the options
select commit_parse('IMM2', cast(x'7b22736f75726365223a22ff227d' as text));

-- ==== NUL bytes ========================================================
-- 10. NUL in the middle
select commit_parse('IMM2' || char(0) || 'SOM5');
-- 11. NUL at the start
select commit_date(char(0) || '14 December 2007');
-- 12. a blob of NULs
select commit_parse(zeroblob(10));
-- 13. NUL in entities
select count(*) from commit_entities('a' || char(0));

-- ==== sizes ============================================================
-- 14. 100 MB of text: a result (length of the JSON), not an error
select length(commit_parse(printf('%.*c', 100000000, 'a')));
-- 15. a meeting name repeated a million times: one meeting
select json_array_length(commit_parse(replace(hex(zeroblob(1000000)), '00',
  'the Second Inter-Ministerial Meeting, ')), '$.meetings');
-- 16. a million codes joined by slashes
select json_array_length(commit_parse(replace(hex(zeroblob(1000000)), '00',
  'IMM2/')), '$.meetings');
-- 17. one sentence of 200,000 words with no end
select length(commit_parse(replace(hex(zeroblob(200000)), '00', 'minister ')));
-- 18. 100,000 distinct people
select json_array_length(commit_parse(replace(replace(hex(randomblob(100000)),
  '0', ' Mr. Ab Cd'), '1', '. ')), '$.people') > 0;
-- 19. empty text and white space only
select commit_parse(''), commit_parse('   ');

-- ==== options JSON =====================================================
-- 20. huge options object (1 MB of keys)
select commit_parse('x', '{' || replace(hex(zeroblob(100000)), '00', '"published":null,') || '"source":"s"}');
-- 21. deeply nested options
select commit_parse('x', printf('%.*c', 100000, '[') || printf('%.*c', 100000, ']'));
-- 22. nested object as a value
select commit_parse('x', '{"published":{"a":1}}');
-- 23. options that are a number
select commit_parse('x', 42);
-- 24. options truncated
select commit_parse('x', '{"published":"2012-02-16"');
-- 25. a string with a bad escape
select commit_parse('x', '{"source":"\q"}');
-- 26. an unknown key with quotes in it
select commit_parse('x', '{"it''s":1}');
-- 27. a 10 KB unknown key (the message truncates it)
select commit_parse('x', '{"' || printf('%.*c', 10000, 'k') || '":1}');

-- ==== numbers and dates ================================================
-- 28. integers beyond int64 as text
select commit_date('on 99999999999999999999 December 2007');
-- 29. an integer beyond int64 as the argument
select commit_parse(99999999999999999999);
-- 30. February 30
select commit_date('30 February 2012');
-- 31. February 29 in a common year and in a leap year
select commit_date('29 February 2011'), commit_date('29 February 2012');
-- 32. year 99999
select commit_date('14 December 99999');
-- 33. anchor in year 99999
select commit_date('yesterday', '99999-01-01');
-- 34. anchor February 30
select commit_date('yesterday', '2012-02-30');
-- 35. published option February 30
select commit_parse('IMM2 opened today.', '{"published":"2012-02-30"}');
-- 36. day 0 and month 13
select commit_date('0 December 2007'), commit_date('2007-13-01');
-- 37. attendance of ten digits is not a count
select json_extract(commit_parse('IMM2 was attended by 9999999999 delegates.'), '$.meetings[0].attendance');

-- ==== types ============================================================
-- 38. a real number
select commit_country(3.14);
-- 39. a blob that is valid UTF-8 is read as text
select commit_country(cast('Burma' as blob));
-- 40. a blob that is not UTF-8
select commit_country(x'ff00');
-- 41. wrong number of arguments
select commit_country('Burma', 'x');
-- 42. entities with a number
select * from commit_entities(1.5);

-- ==== the registry =====================================================
-- 43. a registry name with quotes and spaces
create virtual table "my 'odd' ""reg""" using commit_registry;
insert into "my 'odd' ""reg"""(body) values('IMM2 was held in Beijing on 14 December 2007.');
select code, city from "my 'odd' ""reg""_meetings";
select meeting, count(*) from commit_signatories('IMM2', 'my ''odd'' "reg"');
-- 44. a body that is a blob of valid UTF-8 is stored as text
insert into "my 'odd' ""reg"""(body) values(cast('SOM5 opened in Beijing.' as blob));
select typeof(body) from "my 'odd' ""reg""_content" order by id;
-- 45. a body that is a blob of invalid UTF-8
insert into "my 'odd' ""reg"""(body) values(x'ff');
-- 46. a body that is a number
insert into "my 'odd' ""reg"""(body) values(42);
-- 47. published year 99999
insert into "my 'odd' ""reg"""(published, body) values('99999-01-01', 'x');
-- 48. a rowid that is text
insert into "my 'odd' ""reg"""(rowid, body) values('abc', 'x');
-- 49. nothing was stored by the failed inserts
select count(*) from "my 'odd' ""reg""_content";
-- 50. arguments to the module
create virtual table r2 using commit_registry(x);
-- 51. the database is intact
pragma integrity_check;
drop table "my 'odd' ""reg""";
select count(*) from sqlite_schema where name like 'my%';
