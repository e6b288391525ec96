#!/usr/bin/python3
"""facts.py -- Python's sqlite3 module loads the `commit` extension and
prints a few facts of one report.

    /usr/bin/python3 examples/python/facts.py dist/commit examples/report.txt

Use a Python whose sqlite3 module can load extensions: Debian's
/usr/bin/python3 can.  Some builds (pyenv's, by default) cannot, and fail
with "AttributeError: 'sqlite3.Connection' object has no attribute
'enable_load_extension'"; this script says so and exits 1.

The facts come back as one JSON text (the schema is in README.md,
"commit_parse"), which json.loads turns into dicts and lists.
"""
import json
import sqlite3
import sys


def main(argv):
    if len(argv) != 3:
        print(f"usage: {argv[0]} EXTENSION REPORT  (e.g. dist/commit report.txt)",
              file=sys.stderr)
        return 2
    extension, report = argv[1], argv[2]
    db = sqlite3.connect(":memory:")
    if not hasattr(db, "enable_load_extension"):
        print(f"facts.py: this Python ({sys.executable}) cannot load SQLite "
              "extensions; use /usr/bin/python3", file=sys.stderr)
        return 1
    # Allow loading only while we load: SQL's load_extension() stays off.
    db.enable_load_extension(True)
    db.load_extension(extension)  # SQLite adds ".so" when needed
    db.enable_load_extension(False)

    with open(report, encoding="utf-8") as f:
        text = f.read()
    (facts_json,) = db.execute("SELECT commit_parse(?)", (text,)).fetchone()
    facts = json.loads(facts_json)

    def known(value):
        return "?" if value is None else value

    for m in facts["meetings"]:
        print(f"{known(m['code'])} in {known(m['city'])} ({known(m['country'])}) "
              f"from {known(m['start'])} to {known(m['end'])}")
    for a in facts["actions"]:
        line = f"{a['action']} {facts['documents'][a['document']]['title']}"
        if a["parties"]:
            line += ": " + " ".join(a["parties"])
        print(line)
    for p in facts["people"]:
        print("person " + ", ".join(x for x in (p["name"], p["title"]) if x))
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
