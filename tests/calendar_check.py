#!/usr/bin/env python3
"""calendar_check.py -- does a registry of every report contradict the calendar?

    /usr/bin/python3 tests/calendar_check.py dist/commit.so REFERENCE.csv DIR...

Ingests every DIR/*.txt (with the "published" of its .json annotation or its
.opts file) into one commit_registry, then compares each numbered meeting's
start, end, city and country with the reference calendar (the team's
../shared/reference/meetings.csv).  A date agrees when one is a prefix of the
other (a month agrees with a day in it).  Prints one line per contradiction
and a last line "calendar: N meetings, M contradict the reference"; exits 1
when M > 0.  `make score` runs it when ../shared/reference exists.
"""
import csv
import glob
import json
import os
import sqlite3
import sys


def published_of(txt):
    for side in (txt[:-4] + '.opts', txt[:-4] + '.json'):
        if os.path.exists(side):
            try:
                j = json.load(open(side, encoding='utf-8'))
            except ValueError:
                continue
            if isinstance(j, dict) and j.get('published'):
                return j['published']
    return None


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[2])
        return 2
    ext, ref_csv, dirs = argv[1], argv[2], argv[3:]
    db = sqlite3.connect(':memory:')
    db.enable_load_extension(True)
    db.load_extension(ext)
    db.execute("CREATE VIRTUAL TABLE r USING commit_registry")
    for d in dirs:
        for txt in sorted(glob.glob(os.path.join(d, '*.txt'))):
            db.execute("INSERT INTO r(source, published, body) VALUES(?,?,?)",
                       (txt, published_of(txt), open(txt, encoding='utf-8').read()))
    ref = {row['code']: row for row in csv.DictReader(open(ref_csv, encoding='utf-8'))}
    n = bad = 0
    for code, start, end, city, country in db.execute(
            'SELECT code, start, "end", city, country FROM r_meetings'
            ' WHERE code IS NOT NULL ORDER BY series, number'):
        r = ref.get(code)
        if not r:
            continue
        n += 1
        why = []
        for name, v, rv in (('start', start, r['start']), ('end', end, r['end'])):
            if v and rv and not (rv.startswith(v) or v.startswith(rv)):
                why.append('%s %s, reference %s' % (name, v, rv))
        if city and r['city'] and city != r['city']:
            why.append('city %s, reference %s' % (city, r['city']))
        if country and r['country_iso2'] and country != r['country_iso2']:
            why.append('country %s, reference %s' % (country, r['country_iso2']))
        if why:
            bad += 1
            print('%s: %s' % (code, '; '.join(why)))
    print('calendar: %d meetings, %d contradict the reference' % (n, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
