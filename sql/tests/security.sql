-- security.sql: what triggers and views may use (issue 4, item 8).
-- The pure functions and the read-only tables are SQLITE_INNOCUOUS: a
-- view or trigger may use them even with trusted_schema=OFF.  The registry
-- writes, so it is SQLITE_VTAB_DIRECTONLY: no view or trigger may touch it.
.load ./dist/commit
.bail off
.mode list
.nullvalue NULL
PRAGMA trusted_schema=OFF;

-- a view over the pure functions and the innocuous tables works
CREATE VIEW v_pure AS
  SELECT commit_country('Burma') AS cc, commit_date('Dec.14th, 2007') AS d,
         commit_meeting_code('IMM-2') AS code, commit_version() IS NOT NULL AS v,
         instr(commit_parse('SOM8 opened in Ha Noi.'), '"city":"Hanoi"')>0 AS city;
SELECT * FROM v_pure;
CREATE VIEW v_entities AS
  SELECT kind, value FROM commit_entities('IMM3 was held in Hanoi.');
SELECT * FROM v_entities;
CREATE VIEW v_gaz AS SELECT count(*) FROM commit_countries WHERE member;
SELECT * FROM v_gaz;

-- a trigger using the pure functions works
CREATE TABLE inbox(body TEXT);
CREATE TABLE codes(code TEXT);
CREATE TRIGGER t_codes AFTER INSERT ON inbox BEGIN
  INSERT INTO codes VALUES(commit_meeting_code(new.body));
END;
INSERT INTO inbox VALUES('the fourth Inter-Ministerial Meeting');
SELECT * FROM codes;

-- the registry: direct use works ...
CREATE VIRTUAL TABLE reports USING commit_registry;
INSERT INTO reports(body) VALUES('IMM2 was held in Beijing.');
SELECT code, city FROM reports_meetings;

-- ... but not from a trigger, nor through a view
CREATE TRIGGER t_ingest AFTER INSERT ON inbox BEGIN
  INSERT INTO reports(body) VALUES(new.body);
END;
INSERT INTO inbox VALUES('SOM5 was held in Beijing.');
SELECT count(*) FROM reports;
DROP TRIGGER t_ingest;
CREATE VIEW v_reports AS SELECT count(*) FROM reports;
SELECT * FROM v_reports;

-- commit_signatories reads the registry: not innocuous, so not from a view
-- in an untrusted schema
CREATE VIEW v_sig AS SELECT count(*) FROM commit_signatories('IMM2');
SELECT * FROM v_sig;
PRAGMA trusted_schema=ON;
SELECT * FROM v_sig;

-- the flags as SQLite lists them (0x800 deterministic, 0x200000 innocuous)
SELECT DISTINCT name, (flags & 0x800)!=0 AS deterministic,
       (flags & 0x200000)!=0 AS innocuous
  FROM pragma_function_list WHERE name LIKE 'commit%' ORDER BY name;
PRAGMA integrity_check;
