#!/usr/bin/env python3
"""Score commit_parse against the hand annotations in fixtures/truth/.

For every fixtures/<name>.txt with a truth file, run commit_parse through
the sqlite3 shell with the built extension and compare field by field, the
way the acceptance set is scored: meetings (matched by code, else by series
and order) and their fields, documents, actions, signatories, people and
their fields, countries, published.  Prints precision, recall and F1 per
field and overall; with -v, every disagreement.

Usage: python3 tests/score.py [-v] [name-prefix ...]
"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(txt):
    opts = txt[:-4] + ".opts"
    sql = ("select commit_parse(readfile('%s'), %s);" %
           (txt, "readfile('%s')" % opts if os.path.exists(opts) else "null"))
    out = subprocess.run(["sqlite3", ":memory:", "-cmd",
                          ".load %s/dist/commit" % ROOT, sql],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit("%s: %s" % (txt, out.stderr))
    return json.loads(out.stdout)


class Tally:
    def __init__(self):
        self.c = {}

    def add(self, field, truth, pred, where, verbose):
        tp, fp, fn = self.c.get(field, (0, 0, 0))
        if truth is not None and pred == truth:
            tp += 1
        else:
            if pred is not None:
                fp += 1
            if truth is not None:
                fn += 1
            if verbose and (pred is not None or truth is not None):
                print("  %-28s %-30s want %r got %r" % (field, where, truth, pred))
        self.c[field] = (tp, fp, fn)

    def sets(self, field, truth, pred, where, verbose):
        truth, pred = set(truth), set(pred)
        tp, fp, fn = self.c.get(field, (0, 0, 0))
        tp += len(truth & pred)
        fp += len(pred - truth)
        fn += len(truth - pred)
        self.c[field] = (tp, fp, fn)
        if verbose:
            for x in sorted(map(repr, truth - pred)):
                print("  %-28s %-30s missing %s" % (field, where, x))
            for x in sorted(map(repr, pred - truth)):
                print("  %-28s %-30s extra   %s" % (field, where, x))


def mkey(m):
    return m.get("code") or "%s?" % (m.get("series") or "meeting")


def dkey(d):
    return "%s:%s" % (d["kind"], d.get("ordinal"))


def norm(s):
    return s.replace("\u2019", "'").lower() if isinstance(s, str) else s


def score_one(name, truth, pred, t, v):
    t.add("published", truth.get("published"), pred.get("published"), name, v)
    tm = [mkey(m) for m in truth["meetings"]]
    pm = [mkey(m) for m in pred["meetings"]]
    t.sets("meeting", tm, pm, name, v)
    pmap = {}
    for m in pred["meetings"]:
        pmap.setdefault(mkey(m), m)
    for m in truth["meetings"]:
        p = pmap.get(mkey(m))
        if p is None:
            continue
        w = "%s %s" % (name, mkey(m))
        for f in ("start", "end", "city", "country", "attendance"):
            t.add("meeting." + f, m.get(f), p.get(f), w, v)
        t.add("meeting.venue", norm(m.get("venue")), norm(p.get("venue")), w, v)
        t.sets("meeting.hosts", [norm(h) for h in m.get("hosts") or []],
               [norm(h) for h in p.get("hosts") or []], w, v)
    td = [dkey(d) for d in truth["documents"]]
    pd = [dkey(d) for d in pred["documents"]]
    t.sets("document", td, pd, name, v)
    t.sets("document.period",
           ["%s %s" % (dkey(d), d.get("period")) for d in truth["documents"] if d.get("period")],
           ["%s %s" % (dkey(d), d.get("period")) for d in pred["documents"] if d.get("period")],
           name, v)

    def acts(j, ms, ds):
        out, parties, sigs = [], [], []
        for a in j["actions"]:
            mk = mkey(ms[a["meeting"]]) if a["meeting"] is not None else None
            key = (mk, dkey(ds[a["document"]]), a["action"])
            out.append(key)
            parties.extend(key + (c,) for c in a.get("parties") or [])
        for s in j["signatories"]:
            mk = mkey(ms[s["meeting"]]) if s["meeting"] is not None else None
            sigs.append((mk, dkey(ds[s["document"]]), s["country"], s.get("title")))
        return out, parties, sigs

    ta, tp_, ts = acts(truth, truth["meetings"], truth["documents"])
    pa, pp, ps = acts(pred, pred["meetings"], pred["documents"])
    t.sets("action", ta, pa, name, v)
    t.sets("action.parties", tp_, pp, name, v)
    t.sets("signatory", ts, ps, name, v)
    tpe = {norm(p["name"]): p for p in truth["people"]}
    ppe = {norm(p["name"]): p for p in pred["people"]}
    t.sets("person", list(tpe), list(ppe), name, v)
    for n, p in tpe.items():
        q = ppe.get(n)
        if q is None:
            continue
        for f in ("title", "organization", "country", "honorific"):
            t.add("person." + f, norm(p.get(f)), norm(q.get(f)), "%s %s" % (name, n), v)
    t.sets("country", truth["countries"], pred["countries"], name, v)


def main():
    args = sys.argv[1:]
    v = "-v" in args
    prefixes = [a for a in args if a != "-v"]
    t = Tally()
    for txt in sorted(glob.glob(os.path.join(ROOT, "fixtures", "*.txt"))):
        name = os.path.basename(txt)[:-4]
        if prefixes and not any(name.startswith(p) for p in prefixes):
            continue
        tf = os.path.join(ROOT, "fixtures", "truth", name + ".json")
        if not os.path.exists(tf):
            continue
        with open(tf, encoding="utf-8") as f:
            truth = json.load(f)
        if v:
            print(name)
        score_one(name, truth, parse(txt), t, v)
    TP = FP = FN = 0
    print("%-22s %6s %6s %6s" % ("field", "P", "R", "F1"))
    for field, (tp, fp, fn) in sorted(t.c.items()):
        TP, FP, FN = TP + tp, FP + fp, FN + fn
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print("%-22s %6.3f %6.3f %6.3f" % (field, p, r, f1))
    p = TP / (TP + FP) if TP + FP else 1.0
    r = TP / (TP + FN) if TP + FN else 1.0
    print("%-22s %6.3f %6.3f %6.3f" % ("ALL", p, r, 2 * p * r / (p + r) if p + r else 0))


if __name__ == "__main__":
    main()
