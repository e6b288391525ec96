-- commands.sql -- the registry's commands (FTS5's convention): 'rebuild' recomputes
-- every tally and fact from the evidence, 'integrity-check' proves that the tallies
-- equal a recomputation; and their errors.
.load ./dist/commit
CREATE VIRTUAL TABLE reg USING commit_registry;
INSERT INTO reg(source, published, body) VALUES('a', '2012-02-16', 'IMM3 opened in Hanoi on 16 February 2012.');
INSERT INTO reg(reg) VALUES('integrity-check');
INSERT INTO reg(reg) VALUES('rebuild');
SELECT code, start, city FROM reg_meetings;
INSERT INTO reg(reg) VALUES('optimize');
UPDATE reg SET reg = 'rebuild' WHERE rowid = 1;
UPDATE reg_tallies SET support = support + 5 WHERE fact = 'meetings' AND field = 'city';
INSERT INTO reg(reg) VALUES('integrity-check');
INSERT INTO reg(reg) VALUES('rebuild');
INSERT INTO reg(reg) VALUES('integrity-check');
SELECT 'tallies ok';
CREATE VIRTUAL TABLE source USING commit_registry;
