#!/usr/bin/python3
# html_pages.py -- every report, wrapped in page markup, gives the facts of
# its plain text (issue 9: HTML pages as input).
#
#   /usr/bin/python3 tests/html_pages.py dist/commit.so DIR [DIR ...]
#
# For each DIR/<name>.txt (with DIR/<name>.opts as options when present)
# that is not a page already,
# the report is parsed as plain text, and again as an HTML page that a
# content system could have served: a <head> with a <title>, meta tags,
# a <script> and a <style> whose text names other meetings (they must be
# skipped), one <p> per paragraph with <br> between lines, the text's
# characters escaped and written as character references (&amp; &lt;
# &rsquo; &#233; &nbsp; for runs of spaces and indents, &#9; for tabs),
# inline tags inside and around words (14<sup>th</sup>, <em>...</em>),
# and a footer script after the body.
#
# The two results must be equal once spans are left out, and every span of
# the page must cover the same text as the plain span: the page's bytes
# under the span, with tags dropped and references decoded, equal the
# plain bytes under it (white space compared as single spaces).
#
# Prints one line per failing report and as its last line
#   html: N passed, M failed
# Exit status 1 if any failed.
import html
import json
import os
import re
import sqlite3
import sys

TRAP_SCRIPT = ('var story = "The ninth Inter-Ministerial Meeting (IMM9) opened '
               'in Bangkok on 1 May 2019; ministers signed the fifth Joint '
               'Declaration.";')
TRAP_STYLE = 'p.imm9:before { content: "IMM9 Bangkok 2019"; }'


def enc_line(line, k):
    """One line of text as HTML whose text is exactly the line."""
    out = []
    i = 0
    n = len(line)
    while i < n:
        c = line[i]
        if c == ' ' or c == '\t':
            j = i
            while j < n and line[j] in ' \t':
                j += 1
            run = line[i:j]
            lone = (j - i == 1 and i > 0 and j < n and run == ' ')
            if lone:
                out.append(' ')
            else:
                out.append(''.join('&nbsp;' if ch == ' ' else '&#9;' for ch in run))
            i = j
            continue
        m = re.match(r"(\d+)(st|nd|rd|th)\b", line[i:])
        if m and (i == 0 or not line[i - 1].isalnum()):
            out.append(m.group(1) + '<sup>' + m.group(2) + '</sup>')
            i += len(m.group(0))
            continue
        m = re.match(r"[A-Z][a-z]{5,}", line[i:])
        if m and (i == 0 or not line[i - 1].isalnum()) and (k + i) % 5 == 0:
            out.append('<em>' + m.group(0) + '</em>')
            i += len(m.group(0))
            continue
        if c == '&':
            out.append('&amp;')
        elif c == '<':
            out.append('&lt;')
        elif c == '>':
            out.append('&gt;')
        elif c == '\u2019':
            out.append('&rsquo;')
        elif c == '\u2013':
            out.append('&ndash;')
        elif c == '"':
            out.append('&quot;')
        elif ord(c) > 127 and (k + i) % 2 == 0:
            out.append('&#%d;' % ord(c))
        elif ord(c) > 127:
            out.append('&#x%x;' % ord(c))
        else:
            out.append(c)
        i += 1
    return ''.join(out)


def wrap(text):
    """The report as a page."""
    text = text.replace('\r\n', '\n')
    paras = [p for p in re.split(r'\n[ \t]*\n', text.strip('\n')) if p.strip()]
    body = []
    for k, p in enumerate(paras):
        lines = p.split('\n')
        body.append('<p class="para">' +
                    '<br>\n'.join(enc_line(l, k + j) for j, l in enumerate(lines)) +
                    '</p>')
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n'
            '<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width">\n'
            '<meta name="description" content="IMM9 Bangkok 2019">\n'
            '<script type="text/javascript">' + TRAP_SCRIPT + '</script>\n'
            '<style>' + TRAP_STYLE + '</style>\n'
            '</head>\n<body>\n<!-- IMM8 in Vientiane, 2016 -->\n<article>\n' +
            '\n'.join(body) +
            '\n</article>\n<script>' + TRAP_SCRIPT + '</script>\n</body>\n</html>\n')


def page_text(page, a, b):
    """The text a reader sees in page bytes [a, b)."""
    s = page[a:b].decode('utf-8')
    s = re.sub(r'<br\s*/?>', ' ', s)
    s = re.sub(r'</?(sup|em)>', '', s)
    s = re.sub(r'<[^>]*>', ' ', s)
    return ' '.join(html.unescape(s).replace('\xa0', ' ').split())


def plain_text(plain, a, b):
    return ' '.join(plain[a:b].decode('utf-8').split())


def spans(v, path=''):
    """(path, span) of every span in the facts, in order."""
    if isinstance(v, dict):
        for k in sorted(v):
            if k == 'span':
                yield path, v[k]
            else:
                yield from spans(v[k], path + '.' + k)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from spans(x, '%s[%d]' % (path, i))


def strip(v):
    if isinstance(v, dict):
        return {k: strip(x) for k, x in v.items() if k != 'span'}
    if isinstance(v, list):
        return [strip(x) for x in v]
    return v


def check(db, path):
    plain = open(path, 'rb').read()
    opts_path = path[:-4] + '.opts'
    opts = open(opts_path).read() if os.path.exists(opts_path) else None
    page = wrap(plain.decode('utf-8')).encode('utf-8')
    f_plain = json.loads(db.execute('select commit_parse(?, ?)', (plain, opts)).fetchone()[0])
    f_page = json.loads(db.execute('select commit_parse(?, ?)', (page, opts)).fetchone()[0])
    if strip(f_plain) != strip(f_page):
        a = json.dumps(strip(f_plain), sort_keys=True)
        b = json.dumps(strip(f_page), sort_keys=True)
        i = 0
        while i < min(len(a), len(b)) and a[i] == b[i]:
            i += 1
        return 'facts differ at ...%s... (plain) / ...%s... (page)' % (
            a[max(0, i - 60):i + 60], b[max(0, i - 60):i + 60])
    for (pa, sa), (pb, sb) in zip(spans(f_plain), spans(f_page)):
        want = plain_text(plain, sa[0], sa[1])
        got = page_text(page, sb[0], sb[1])
        if want != got:
            return 'span %s: plain %s %r, page %s %r' % (pa, sa, want, sb, got)
    return None


def main():
    if len(sys.argv) < 3:
        sys.stderr.write('usage: html_pages.py EXTENSION DIR [DIR ...]\n')
        return 2
    db = sqlite3.connect(':memory:')
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(sys.argv[1]))
    n_pass = n_fail = 0
    for d in sys.argv[2:]:
        for name in sorted(os.listdir(d)):
            if not name.endswith('.txt'):
                continue
            with open(os.path.join(d, name), 'rb') as f:
                if f.read(64).lstrip().startswith(b'<'):
                    continue        # a page already (fixtures/h*): not wrapped again
            err = check(db, os.path.join(d, name))
            if err:
                n_fail += 1
                print('FAIL %s/%s: %s' % (d, name, err))
            else:
                n_pass += 1
    print('html: %d passed, %d failed' % (n_pass, n_fail))
    return 1 if n_fail else 0


if __name__ == '__main__':
    sys.exit(main())
