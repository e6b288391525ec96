-- functions.sql: the pure functions commit_version, commit_country,
-- commit_meeting_code and commit_date (DESIGN.md "SQL API", FORMS.md).
-- Each row prints input|result; NULL prints as NULL.
.load ./dist/commit
.bail off
.mode list
.nullvalue NULL

-- ==== commit_version =====================================================
-- the version is the VERSION file, x.y.z
select commit_version() = trim(readfile('VERSION'), char(10,13,32)),
       commit_version() glob '[0-9]*.[0-9]*.[0-9]*';

-- ==== commit_country =====================================================
-- names, official names, aliases, adjectives, alpha-2 and alpha-3 codes
-- of the six members, any case, surrounding space ignored
with t(x) as (values
  ('Cambodia'), ('Cambodian'), ('Kingdom of Cambodia'),
  ('Royal Government of Cambodia'), ('KH'), ('KHM'), ('kh'),
  ('China'), ('Chinese'), ('P.R. China'), ('PR China'), ('PRC'),
  ('People''s Republic of China'), ('People’s Republic of China'),
  ('CN'), ('CHN'),
  ('Laos'), ('Lao PDR'), ('Lao'), ('Lao People''s Democratic Republic'),
  ('Lao People’s Democratic Republic'), ('LA'), ('LAO'), ('Lao PDR.'),
  ('Myanmar'), ('Burma'), ('Burmese'), ('Republic of the Union of Myanmar'),
  ('MM'), ('MMR'), ('  Burma  '), ('burma'), ('BURMA'),
  ('Thailand'), ('Thai'), ('Royal Thai Government'), ('Kingdom of Thailand'),
  ('TH'), ('THA'),
  ('Vietnam'), ('Viet Nam'), ('Vietnamese'), ('Socialist Republic of Viet Nam'),
  ('VN'), ('VNM')
)
select x, commit_country(x) from t;
-- non-members are countries too
with t(x) as (values
  ('United States'), ('USA'), ('US'), ('Japan'), ('Australian'), ('Singapore')
)
select x, commit_country(x) from t;
-- not a country: NULL
with t(x) as (values
  (NULL), (''), ('   '), ('Atlantis'), ('Mekong'), ('Bangkok'), ('ASEAN'),
  ('Laos, Cambodia'), ('Thailand & Vietnam'), ('xx'), ('zzz')
)
select x, commit_country(x) from t;

-- ==== commit_meeting_code ================================================
-- codes with and without separators, any case
with t(x) as (values
  ('IMM3'), ('IMM-3'), ('IMM 3'), ('imm-2'), ('SOM-8'), ('SOM8'), ('SOM 8'),
  ('SOM16'), ('SOM 16'), ('IMM22'), ('SOM12'),
  ('Senior Officials Meeting (SOM) 11'),
  ('the 11th Senior Officials Meeting (SOM) 11'),
  ('Senior Officials Meeting 3 (SOM 3)'),
  ('Inter-Ministerial Meeting (IMM) 4'),
  ('Sixth Inter-Ministerial Meeting (IMM6)')
)
select x, commit_meeting_code(x) from t;
-- joint labels: the first meeting named
with t(x) as (values
  ('IMM2/SOM5'), ('IMM-2/SOM-5'), ('the IMM2/SOM5 meeting'), ('SOM5/IMM2')
)
select x, commit_meeting_code(x) from t;
-- ordinals: digits, digits with a stray space, words; name spellings
with t(x) as (values
  ('the 6th Inter-Ministerial Meeting'), ('the 14th Senior Officials Meeting'),
  ('the 8 th Senior Officials Meeting'), ('the 3 rd Inter-Ministerial Meeting'),
  ('the 1st Inter-Ministerial Meeting'), ('2nd SOM'), ('the 12th SOM'),
  ('the second Inter-Ministerial Meeting'),
  ('the seventh Senior Officials Meeting'),
  ('the Second Senior Officials Meeting'),
  ('the third Inter Ministerial Meeting'),
  ('the fourth inter-ministerial meeting'),
  ('the ninth Senior Officials'' Meeting'),
  ('the ninth Senior Officials’ Meeting'),
  ('the tenth SOM'), ('the twentieth Senior Officials Meeting'),
  ('the second IMM'), ('the first IMM'),
  ('the 10th COMMIT (Coordinated Mekong Ministerial Initiative against Trafficking) Senior Officials'' meeting')
)
select x, commit_meeting_code(x) from t;
-- the first numbered meeting of a longer text
with t(x) as (values
  ('the 3rd Youth Forum and the 9th SOM'),
  ('the second Joint Declaration at IMM3'),
  ('the 10th anniversary of the first IMM')
)
select x, commit_meeting_code(x) from t;
-- near misses: no numbered COMMIT meeting, NULL
with t(x) as (values
  (NULL), (''), ('hello'), ('IMM'), ('SOM'), ('SOM/IMM'),
  ('Inter-Ministerial Meeting'), ('the meeting'), ('the two-day event'),
  ('a ministerial meeting in Hanoi'), ('met at the ministerial level'),
  ('the seventh year that the COMMIT process has met'),
  ('the 10th anniversary of COMMIT'), ('the 3rd Youth Forum'),
  ('the second Joint Declaration'), ('the 4th Plan of Action'),
  ('the 5th Regional Task Force meeting'),
  ('the 7th ASEAN Senior Officials Meeting'),
  ('IMM0'), ('SOM-0'), ('IMMX'), ('the SOM in 2008'), ('IMM 2008'),
  ('SOM 2012 in Hanoi'), ('Senior Officials Meeting on 16 February')
)
select x, commit_meeting_code(x) from t;

-- ==== commit_date ========================================================
-- full dates, months, years, intervals, periods: the same with or
-- without an anchor
with t(x) as (values
  ('Dec.14th, 2007'), ('Dec 14 2007'), ('14 Dec. 2007'), ('29 October 2004'),
  ('Wednesday, December 12, 2007'), ('on Tuesday, 14 February 2012'),
  ('29 February 2012'), ('2007-12-14'), ('12/14/2007'),
  ('December 12-14, 2007'), ('December 12-14 2007'), ('12-14 December 2007'),
  ('Dec. 12 - 14, 2007'), ('from 12 to 14 December 2007'),
  ('February 14 to 16, 2008'), ('21 - 22 February 2013'),
  ('23 and 24 November 2015'),
  ('in October 2004'), ('October 2004'), ('December 2007'), ('Dec 2007'),
  ('in late 2003'), ('mid-2003'), ('2004'), ('in 2004 and 2005'),
  ('concluded on 16 February 2012'),
  ('2008- 2010'), ('(2015-2018)'), ('2015 to 2018'), ('2004-2006'),
  ('SPA II (2008-2010)'), ('Phase 2 (2008-2010)')
)
select x, commit_date(x), commit_date(x, '2012-02-16') from t;
-- datelines and page dates
with t(x) as (values
  ('Xinhua, November 23, 2016'), ('Thu, 11/06/2008 - 10:09'),
  ('190614Z DEC 07'), ('December, 17 2020')
)
select x, commit_date(x) from t;
-- a day and month (or a month) take the anchor's year; without an anchor, NULL
with t(x, a) as (values
  ('December 12-14', '2007-12-20'), ('February 14 to 16', '2012-02-16'),
  ('Feb. 14-15 and Feb. 16, respectively', '2012-02-16'),
  ('23 and 24 November', '2015-11-25'), ('on 14 December', '2007-12-20'),
  ('on Dec. 14', '2007-12-20'), ('November 23', '2016-11-25'),
  ('HANOI, Feb. 14 (VNA)', '2012-02-16'), ('in November', '2016-11-25'),
  ('Feb. 29', '2012-05-01'), ('Feb. 29', '2011-05-01')
)
select x, a, commit_date(x), commit_date(x, a) from t;
-- relative to the anchor: weekdays (latest on or before the anchor, the
-- next one in the future tense), yesterday, today, this morning
-- (2012-02-16 is a Thursday)
with t(x, a) as (values
  ('opened here on Tuesday', '2012-02-16'), ('Tuesday', '2012-02-16'),
  ('last Tuesday', '2012-02-16'), ('on Monday', '2012-02-16'),
  ('on Sunday', '2012-02-16'), ('on Tuesday', '2012-02-14'),
  ('on Wednesday', '2012-02-14'), ('will open on Tuesday', '2012-02-16'),
  ('next Tuesday', '2012-02-16'), ('from Wednesday to Friday', '2012-02-17'),
  ('yesterday', '2012-02-16'), ('yesterday', '2013-01-01'),
  ('yesterday', '2012-03-01'), ('today', '2020-12-17'),
  ('this morning', '2020-12-17')
)
select x, a, commit_date(x), commit_date(x, a) from t;
-- no date: NULL
with t(x) as (values
  (NULL), (''), ('no date here'), ('the 1990s'), ('February 30, 2012'),
  ('29 February 2011')
)
select x, commit_date(x), commit_date(x, '2012-02-16') from t;
select commit_date('December 12-14', NULL), commit_date(NULL, '2012-02-16');
