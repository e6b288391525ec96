-- messages.sql: the error messages that no other topic shows (issue 9,
-- item 5).  tests/apidoc.py checks that every message of ext/*.c that SQL
-- can produce appears in some sql/tests/*.expected; these are the ones the
-- other topics did not cover.
.load ./dist/commit
.bail off
.mode list
.headers on
.nullvalue NULL
CREATE VIRTUAL TABLE reports USING commit_registry;
INSERT INTO reports(rowid, source, body) VALUES(7, 'a', 'IMM3 was held in Hanoi.');
INSERT INTO reports(rowid, source, body) VALUES(8, 'b', 'IMM2 was held in Beijing.');
-- an id that is taken, by INSERT and by UPDATE
INSERT INTO reports(rowid, source, body) VALUES(7, 'c', 'SOM8 was held in Hanoi.');
UPDATE reports SET rowid = 8 WHERE rowid = 7;
-- an id that is not an integer: the registry's message on UPDATE, SQLite's
-- on INSERT
UPDATE reports SET rowid = 'seven' WHERE rowid = 7;
INSERT INTO reports(rowid, source, body) VALUES('nine', 'c', 'SOM8 was held in Hanoi.');
-- nothing changed
SELECT rowid, source FROM reports ORDER BY rowid;
SELECT code, sources FROM reports_meetings ORDER BY id;
-- an UPDATE to a free id moves the report
UPDATE reports SET rowid = 9 WHERE rowid = 7;
SELECT rowid, source FROM reports ORDER BY rowid;
SELECT DISTINCT report_id FROM reports_evidence ORDER BY 1;
-- CREATE when a table the registry needs exists: SQLite's message, named
CREATE TABLE other_meetings(x);
CREATE VIRTUAL TABLE other USING commit_registry;
SELECT name FROM sqlite_schema WHERE name LIKE 'other%' ORDER BY name;
PRAGMA integrity_check;
