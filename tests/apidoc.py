#!/usr/bin/python3
"""apidoc.py -- README.md documents the SQL API that ext/*.c implements.

  /usr/bin/python3 tests/apidoc.py [sqlite3-binary] [-v] [--update]

Run from anywhere; works in the repository root.  Needs dist/commit.so.
Each check below counts once, passed or failed:

 messages  every error message in ext/*.c appears in README's section
           "## SQL API reference" (whitespace-insensitive).  A message is
           a string literal that is returned ('return "text is ...";'),
           passed to a function whose name ends in "Error"
           (parseError, regError, ...), assigned to a variable named
           like zErr or zMsg, or that starts with an SQL name and a
           colon ("commit_registry: ...", "%s(): ...").  printf
           conversions match any text ("%s", "%Q", "%lld").  Literals
           compared with strcmp() are internal codes, not messages
           ("out of memory" becomes SQLITE_NOMEM), and a template that is
           only a prefix ("%s(): %s") has nothing of its own to find.
           Each message SQL can produce (all but UNREACHABLE below) must
           also appear in some sql/tests/*.expected.
 names     every SQL function and module that `.load` adds (the
           difference of pragma_function_list and pragma_module_list with
           and without it) has a "### " heading naming it in backticks;
           a function's heading gives as many required and [optional]
           arguments as the arities it is registered with, a
           table-valued function's as many as its hidden columns.
 columns   every column (hidden ones too) of every virtual table is named
           in backticks in the section of its heading; every table and
           index a registry creates is named, and every column of each
           table is named in backticks on that table's row of the table
           of tables.
 examples  each statement of the "sqlite> " examples of the reference,
           run in order in one sqlite3 shell (list mode, .headers on,
           .nullvalue NULL, in a directory holding report.txt as the
           reference shows it), prints what the README shows under it.
           So does each ```sql block of "## Cookbook", run in order in
           one shell from the repository root: the output block right
           after it, or nothing when there is none.  "Runtime error near
           line N:" is compared as the interactive shell prints it,
           "Runtime error:".
 cookbook  every ```sql block of the Cookbook is in sql/tests/cookbook.sql
           and every output block in sql/tests/cookbook.expected, word for
           word, so that `make test-sql` runs the same queries.

With -v every check is printed, else only failures (with what differs).
With --update the outputs of the examples that differ are rewritten in
README.md instead (a Cookbook output block is added or removed as needed);
review the diff, and update sql/tests/cookbook.expected the same way
(tests/run_sql.sh sqlite3 --update cookbook).
The last line is "apidoc: N passed, M failed"; exit status 1 if M > 0.
"""
import difflib
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
README = os.path.join(ROOT, 'README.md')
EXT = os.path.join(ROOT, 'dist', 'commit')

passed = 0
failed = 0
verbose = False
update = False


def check(ok, what, detail=''):
    """Count one check; print it when it failed (or always with -v)."""
    global passed, failed
    if ok:
        passed += 1
        if verbose:
            print('ok   ' + what)
    else:
        failed += 1
        print('FAIL ' + what)
        if detail:
            print(detail.rstrip('\n'))


def die(msg):
    print('apidoc.py: ' + msg, file=sys.stderr)
    print('apidoc: 0 passed, 1 failed')
    sys.exit(1)


def shell(sqlite, script, cwd):
    """Run script in a fresh sqlite3 shell; return stdout+stderr."""
    r = subprocess.run([sqlite, '-batch', ':memory:'], input=script.encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       cwd=cwd)
    return r.stdout.decode('utf-8', 'replace')


# ==== README sections =====================================================

def section(lines, title):
    """(first line number, lines) of the '## title' section, up to the next
    '## ', or (0, None)."""
    try:
        i = lines.index('## ' + title)
    except ValueError:
        return 0, None
    j = i + 1
    fence = False
    while j < len(lines):
        if lines[j].startswith('```'):
            fence = not fence
        elif not fence and lines[j].startswith('## '):
            break
        j += 1
    return i, lines[i:j]


def blocks(lines):
    """Fenced blocks: a list of (info string, [lines], index of fence)."""
    out = []
    i = 0
    while i < len(lines):
        m = re.match(r'^```(\S*)\s*$', lines[i])
        if m:
            j = i + 1
            while j < len(lines) and lines[j] != '```':
                j += 1
            out.append((m.group(1), lines[i + 1:j], i))
            i = j + 1
        else:
            i += 1
    return out


def flat(lines):
    """Text with every run of white space made one space."""
    return re.sub(r'\s+', ' ', '\n'.join(lines))


# ==== Messages of the C sources ===========================================

TOKEN = re.compile(r'''
    (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<str>"(?:\\.|[^"\\\n])*"(?:\s*"(?:\\.|[^"\\\n])*")*)
  | (?P<chr>'(?:\\.|[^'\\\n])+')
  | (?P<id>[A-Za-z_]\w*)
  | (?P<punct>[^\sA-Za-z_"'])
''', re.S | re.X)


def c_unescape(s):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1),
                                                              m.group(1)), s)


def c_tokens(src):
    """(kind, text) tokens; adjacent string literals are one 'str'."""
    toks = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind in ('comment', 'chr'):
            continue
        text = m.group(kind)
        if kind == 'str':
            text = ''.join(c_unescape(p) for p in
                           re.findall(r'"((?:\\.|[^"\\\n])*)"', text))
        toks.append((kind, text))
    return toks


def callee(toks, k):
    """Name of the function whose argument list holds token k, or None."""
    depth = 0
    for i in range(k - 1, -1, -1):
        kind, t = toks[i]
        if kind != 'punct':
            continue
        if t == ')':
            depth += 1
        elif t == '(':
            if depth == 0:
                return toks[i - 1][1] if i > 0 and toks[i - 1][0] == 'id' else None
            depth -= 1
        elif t in ';{}' and depth == 0:
            return None
    return None


SQLNAME_PREFIX = re.compile(r'^(%s|commit[a-z_]*)(\(\))?: ')


def messages():
    """Error messages of ext/*.c: [(file, text)], sorted and unique."""
    found = set()
    codes = set()
    for path in sorted(glob.glob(os.path.join(ROOT, 'ext', '*.c'))):
        if path.endswith('gazetteer_data.c'):
            continue
        toks = c_tokens(open(path, encoding='utf-8').read())
        for k, (kind, text) in enumerate(toks):
            if kind != 'str':
                continue
            f = callee(toks, k)
            if f == 'strcmp':
                codes.add(text)
            elif (SQLNAME_PREFIX.match(text)
                  or (' ' in text and (f or '').endswith('Error')
                      and not re.fullmatch(r'commit_[a-z_]+', text))
                  or (' ' in text and k > 0 and toks[k - 1] == ('id', 'return'))
                  or (' ' in text and k > 1 and toks[k - 1] == ('punct', '=')
                      and re.fullmatch(r'z\w*(Err|Msg)\w*', toks[k - 2][1]))):
                found.add((os.path.basename(path), text))
    return sorted(m for m in found if m[1] not in codes)


def message_regex(msg):
    """A regular expression for a printf template; None if only a prefix."""
    own = SQLNAME_PREFIX.sub('', msg)
    if not re.search(r'[A-Za-z]', re.sub(r'%[-0-9.]*(lld|ll|l)?[sQqdz]', '', own)):
        return None
    parts = re.split(r'(%[-0-9.]*(?:lld|ll|l)?[sQqdz])', ' '.join(msg.split()))
    rx = ''
    for p in parts:
        if p.startswith('%'):
            rx += r"(?:'[^']*'|NULL)" if p.endswith('Q') else '.*?'
        else:
            rx += re.escape(p)
    return rx


# Messages that no SQL statement can produce, so no golden file shows them.
UNREACHABLE = {
    'text is too long':                 # over 2^31-1 bytes: SQLite's limit is lower
        'parse.c',
    'commit: cannot register %s: %s':   # only when memory runs out during .load
        'commit.c',
}


def check_messages(ref):
    text = flat(ref)
    golden = ' '.join(flat(open(f, encoding='utf-8', errors='replace').read().split('\n'))
                      for f in sorted(glob.glob(os.path.join(ROOT, 'sql/tests/*.expected'))))
    for path, msg in messages():
        rx = message_regex(msg)
        if rx is None:
            if verbose:
                print('skip messages: %s: %r is only a prefix' % (path, msg))
            continue
        check(re.search(rx, text) is not None,
              'messages: %s: %r is in the SQL API reference' % (path, msg))
        if UNREACHABLE.get(msg) == path:
            continue
        check(re.search(rx, golden) is not None,
              'messages: %s: %r is in a sql/tests/*.expected' % (path, msg))


# ==== Names, arities and columns ==========================================

def query(sqlite, sql, load=True):
    pre = '.load %s\n' % EXT if load else ''
    out = shell(sqlite, pre + '.mode list\n.separator |\n' + sql + '\n', ROOT)
    return [l.split('|') for l in out.splitlines() if l]


def headings(ref):
    """'### ' heading lines of the reference, with the lines under each."""
    out = []
    for i, l in enumerate(ref):
        if l.startswith('### '):
            j = i + 1
            fence = False
            while j < len(ref):
                if ref[j].startswith('```'):
                    fence = not fence
                elif not fence and ref[j].startswith('### '):
                    break
                j += 1
            out.append((l, ref[i:j]))
    return out


def signature(heading, name):
    """(required, optional) arguments of `name(...)` in a heading, or None."""
    m = re.search(r'`' + re.escape(name) + r'\(([^`]*)\)`', heading)
    if not m:
        return None
    args = m.group(1)
    req = args.split('[')[0]
    opt = args[len(req):]
    count = lambda s: len([a for a in re.split(r'[,\[\]]', s) if a.strip()])
    return count(req), count(opt)


def check_names(sqlite, ref):
    funcs = lambda load: {(r[0], int(r[1])) for r in query(
        sqlite, 'SELECT name, narg FROM pragma_function_list;', load)}
    mods = lambda load: {r[0] for r in query(
        sqlite, 'SELECT name FROM pragma_module_list;', load)}
    added = sorted(funcs(True) - funcs(False))
    modules = sorted(mods(True) - mods(False))
    check(len(added) > 0 and len(modules) > 0,
          'names: .load adds functions and modules (%d, %d)'
          % (len(added), len(modules)))
    heads = headings(ref)
    for name in sorted({n for n, _ in added}):
        arities = sorted(a for n, a in added if n == name)
        sigs = [signature(h, name) for h, _ in heads]
        sigs = [s for s in sigs if s is not None]
        want = (arities[0], arities[-1] - arities[0])
        check(len(sigs) == 1 and sigs[0] == want
              and arities == list(range(arities[0], arities[-1] + 1)),
              'names: function %s (arities %s) has one heading with %d '
              'required and %d optional arguments' % ((name, arities) + want),
              'headings found: %r' % sigs)
    for name in modules:
        hidden = [r[1] for r in query(sqlite, "SELECT * FROM pragma_table_xinfo(%s);"
                                      % sql_quote(name)) if r[6] == '1']
        hs = [(h, body) for h, body in heads
              if re.search('`' + re.escape(name) + r'[`(]', h)]
        sig = signature(hs[0][0], name) if len(hs) == 1 else None
        ok = len(hs) == 1 and (sig is None and not hidden
                               or sig is not None and sum(sig) == len(hidden))
        check(ok, 'names: module %s has one heading%s'
              % (name, ' with its %d arguments' % len(hidden) if hidden else ''),
              'headings found: %r' % [h for h, _ in hs])
        if name == 'commit_registry':
            continue                    # not eponymous: see check_registry
        cols = [r[1] for r in query(sqlite, "SELECT * FROM pragma_table_xinfo(%s);"
                                    % sql_quote(name))]
        body = flat(hs[0][1]) if len(hs) == 1 else ''
        missing = [c for c in cols if '`%s`' % c not in body]
        check(cols and not missing,
              'columns: %s: every column is named under its heading' % name,
              'missing: %s' % ' '.join(missing))


def sql_quote(s):
    return "'" + s.replace("'", "''") + "'"


def check_registry(sqlite, ref):
    """The registry's columns, tables, their columns and indexes."""
    rows = query(sqlite, "CREATE VIRTUAL TABLE reports USING commit_registry;\n"
                 "SELECT type, name FROM sqlite_schema ORDER BY rowid;\n"
                 "SELECT m.name, p.name FROM sqlite_schema m,"
                 " pragma_table_xinfo(m.name) p"
                 " WHERE m.type = 'table' ORDER BY m.rowid, p.cid;")
    objs = [r for r in rows if r[0] in ('table', 'index')]
    cols = {}
    for r in rows:
        if r[0] not in ('table', 'index'):
            cols.setdefault(r[0], []).append(r[1])
    hs = [body for h, body in headings(ref) if '`commit_registry`' in h]
    body = flat(hs[0]) if hs else ''
    check(len(hs) == 1 and 'reports' in cols,
          'columns: commit_registry has one heading')
    missing = [c for c in cols.get('reports', []) if '`%s`' % c not in body]
    check(not missing, 'columns: reports (the registry): every column is named',
          'missing: %s' % ' '.join(missing))
    for kind, name in objs:
        if name == 'reports':
            continue
        if kind == 'index':
            check('`%s`' % name in body,
                  'columns: index %s is named' % name)
            continue
        row = [l for l in hs[0] if l.startswith('| `%s` |' % name)] if hs else []
        missing = [c for c in cols[name] if len(row) != 1 or '`%s`' % c not in row[0]]
        check(len(row) == 1 and not missing,
              'columns: table %s has one row naming every column' % name,
              'rows: %d, missing: %s' % (len(row), ' '.join(missing)))


# ==== Examples ============================================================
# An example is one statement (or Cookbook block) and the lines the README
# shows as its output: {'sql', 'want', 'span'}, where span = (first, end)
# are the README line numbers of those output lines, which --update
# replaces (for the Cookbook, the output block with its fences).

def normalise(out):
    return re.sub(r'^(Runtime|Parse) error near line \d+: ', r'\1 error: ',
                  out, flags=re.M)


def show_diff(want, got):
    return '\n'.join(difflib.unified_diff(want.split('\n'), got.split('\n'),
                                          'README', 'actual', lineterm=''))


def reference_examples(i0, ref):
    """The statements of the sqlite> blocks, each with its output."""
    out = []
    for info, lines, at in blocks(ref):
        if not lines or not lines[0].startswith('sqlite> '):
            continue
        first = i0 + at + 1                  # README line of lines[0]
        for k, l in enumerate(lines):
            if l.startswith('sqlite> '):
                out.append({'sql': [l[len('sqlite> '):]], 'want': [],
                            'prompt': [l]})
            elif l.startswith('   ...> ') and not out[-1]['want']:
                out[-1]['sql'].append(l[len('   ...> '):])
                out[-1]['prompt'].append(l)
            else:
                out[-1]['want'].append(l)
            out[-1]['span'] = (first + k + 1 - len(out[-1]['want']), first + k + 1)
    for e in out:
        e['sql'] = '\n'.join(e['sql'])
        e['want'] = '\n'.join(e['want'])
        e['fenced'] = False
    return out


def report_txt(ref):
    """The text of report.txt, from the block after "`report.txt` holds"."""
    for i, l in enumerate(ref):
        if '`report.txt` holds' in l:
            for info, lines, at in blocks(ref[i:]):
                return '\n'.join(lines) + '\n'
    return None


def cookbook_examples(i0, book):
    """The ```sql blocks of the Cookbook, each with its output block."""
    bl = blocks(book)
    out = []
    for n, (info, lines, at) in enumerate(bl):
        if info != 'sql':
            continue
        end = at + len(lines) + 2            # the line after the closing fence
        e = {'sql': '\n'.join(lines), 'want': '', 'fenced': True,
             'span': (i0 + end, i0 + end)}
        if n + 1 < len(bl) and bl[n + 1][0] == '':
            nxt = bl[n + 1][2]
            if all(not l.strip() for l in book[end:nxt]):
                e['want'] = '\n'.join(bl[n + 1][1])
                e['span'] = (i0 + nxt, i0 + nxt + len(bl[n + 1][1]) + 2)
        out.append(e)
    return out


def run_examples(sqlite, examples, setup, cwd, what, edits):
    """Run examples in order in one shell after setup; check each output.
    With --update, a differing output is queued in edits instead."""
    script = setup
    for n, e in enumerate(examples):
        script += '.print @@example %d\n%s\n' % (n, e['sql'])
    script += '.print @@example end\n'
    out = normalise(shell(sqlite, script, cwd))
    parts = re.split(r'^@@example (?:\d+|end)\n', out, flags=re.M)
    check(parts[0] == '', '%s: the setup prints nothing' % what, parts[0])
    for n, e in enumerate(examples):
        got = parts[n + 1].rstrip('\n') if n + 1 < len(parts) else '(nothing)'
        ok = got == e['want'].rstrip('\n')
        if not ok and update:
            new = got.split('\n') if got else []
            if e['fenced'] and new:
                new = ['```'] + new + ['```']
            edits.append((e['span'], new))
            ok = True
        first = e['sql'].split('\n')[0][:60]
        check(ok, '%s: example %d (%s) prints what the README shows'
              % (what, n + 1, first), show_diff(e['want'], got))


def check_reference_examples(sqlite, i0, ref, edits):
    body = report_txt(ref)
    check(body is not None, 'examples: the reference shows report.txt')
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'report.txt'), 'w', encoding='utf-8') as f:
            f.write(body or '')
        setup = ('.load %s\n.mode list\n.headers on\n.nullvalue NULL\n' % EXT)
        run_examples(sqlite, reference_examples(i0, ref), setup, d, 'examples',
                     edits)


def check_cookbook(sqlite, i0, book, edits):
    ex = cookbook_examples(i0, book)
    check(len(ex) > 0, 'cookbook: the Cookbook has ```sql blocks')
    run_examples(sqlite, ex, '', ROOT, 'cookbook', edits)
    if update:
        return        # the outputs may change: compare after the update
    try:
        sql = open(os.path.join(ROOT, 'sql/tests/cookbook.sql'), encoding='utf-8').read()
        exp = open(os.path.join(ROOT, 'sql/tests/cookbook.expected'), encoding='utf-8').read()
    except OSError as e:
        check(False, 'cookbook: sql/tests/cookbook.sql and .expected exist', str(e))
        return
    for n, e in enumerate(ex):
        first = e['sql'].split('\n')[0][:60]
        check(e['sql'] + '\n' in sql,
              'cookbook: block %d (%s) is in sql/tests/cookbook.sql' % (n + 1, first))
        check(e['want'] == '' or e['want'] + '\n' in exp,
              'cookbook: the output of block %d is in sql/tests/cookbook.expected'
              % (n + 1))


# ==== Main ================================================================

def main():
    global verbose, update
    args = [a for a in sys.argv[1:] if a not in ('-v', '--update')]
    verbose = '-v' in sys.argv[1:]
    update = '--update' in sys.argv[1:]
    if [a for a in args if a.startswith('-')] or len(args) > 1:
        print('usage: %s [sqlite3-binary] [-v] [--update]' % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    sqlite = args[0] if args else 'sqlite3'
    os.chdir(ROOT)
    if not os.path.exists(EXT + '.so'):
        die('dist/commit.so is missing (run make all)')
    try:
        subprocess.run([sqlite, '-version'], stdout=subprocess.DEVNULL, check=True)
    except (OSError, subprocess.CalledProcessError):
        die('sqlite3 binary not found: ' + sqlite)
    lines = open(README, encoding='utf-8').read().split('\n')
    r0, ref = section(lines, 'SQL API reference')
    b0, book = section(lines, 'Cookbook')
    check(ref is not None, 'README has a section "## SQL API reference"')
    check(book is not None, 'README has a section "## Cookbook"')
    ref = ref or []
    book = book or []
    edits = []
    check_messages(ref)
    check_names(sqlite, ref)
    check_registry(sqlite, ref)
    check_reference_examples(sqlite, r0, ref, edits)
    check_cookbook(sqlite, b0, book, edits)
    if edits:
        for (i, j), new in sorted(edits, reverse=True):
            lines[i:j] = new
        with open(README, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines))
        print('wrote README.md: %d outputs updated; review the diff, and run '
              'tests/run_sql.sh sqlite3 --update cookbook' % len(edits))
    print('apidoc: %d passed, %d failed' % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
