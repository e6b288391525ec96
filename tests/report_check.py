#!/usr/bin/python3
"""report_check.py -- is an HTML report page well made?  (make test-report)

    /usr/bin/python3 tests/report_check.py <page.html> <evidence-ids-file> <label>

The page comes from sql/reports/report_html.sql; <evidence-ids-file> holds
the ids of the registry's reports_evidence rows, one a line.  Checks, each
printed as "ok <label>: <check>" or "FAIL <label>: <check>: <why>":

  xml          the page parses as XML (xml.etree): every element closed,
               every & an entity, no stray <
  html         html.parser sees the same tags open and close in order
               (void elements aside) and ends with none open
  svg          the timeline, if any, is an SVG element in the SVG namespace
               with a g.meeting per meeting and a text.code in each
  self-contained  no script, link, img, iframe, object or embed element, no
               src attribute, no url( or @import in the style
  links        every href="#x" names an id of the page, and ids are unique
  evidence     the ids e<N> of the page are exactly the registry's evidence
               rows, each once, and every fact's evidence (f-<fact>-<id>)
               is linked to from the page

Exit status 1 if a check failed.  Python is used only here, in the test;
the page itself is made by SQL.
"""
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

SVG = '{http://www.w3.org/2000/svg}'
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link',
        'meta', 'source', 'track', 'wbr'}
# SVG elements written self-closed in the page
SELFCLOSED = {'circle', 'line', 'polygon', 'rect', 'path'}


class Balance(HTMLParser):
    """Tag stack of an HTML document; records the first mismatch."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.error = None

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and tag not in SELFCLOSED and self.error is None:
            self.error = f'<{tag}/> is not a void element'

    def handle_endtag(self, tag):
        if self.error is not None:
            return
        if not self.stack or self.stack[-1] != tag:
            top = self.stack[-1] if self.stack else 'nothing'
            self.error = f'</{tag}> closes {top} at line {self.getpos()[0]}'
        else:
            self.stack.pop()


def main():
    page, idsfile, label = sys.argv[1:4]
    text = open(page, encoding='utf-8').read()
    want = [line.strip() for line in open(idsfile) if line.strip()]
    failed = 0

    def check(name, ok, why=''):
        nonlocal failed
        if ok:
            print(f'ok {label}: {name}')
        else:
            failed += 1
            print(f'FAIL {label}: {name}: {why}')

    try:
        root = ET.fromstring(text)
        check('xml', True)
    except ET.ParseError as e:
        root = None
        check('xml', False, str(e))

    b = Balance()
    b.feed(text)
    b.close()
    check('html', b.error is None and not b.stack,
          b.error or f'left open: {b.stack}')

    if root is not None:
        svgs = [e for e in root.iter() if e.tag in (SVG + 'svg', 'svg')]
        ok, why = True, ''
        for s in svgs:
            if s.tag != SVG + 'svg':
                ok, why = False, 'svg not in the SVG namespace'
            gs = [g for g in s.iter(SVG + 'g') if g.get('class') == 'meeting']
            codes = [t for g in gs for t in g.iter(SVG + 'text')
                     if t.get('class') == 'code']
            if not gs or len(codes) != len(gs):
                ok, why = False, f'{len(gs)} g.meeting, {len(codes)} text.code'
        check('svg', ok, why)

        bad = [e.tag for e in root.iter()
               if e.tag in ('script', 'link', 'img', 'iframe', 'object', 'embed')
               or 'src' in e.attrib]
        style = ''.join(e.text or '' for e in root.iter('style'))
        if 'url(' in style or '@import' in style:
            bad.append('url( or @import in style')
        check('self-contained', not bad, ' '.join(bad))

        ids = [e.get('id') for e in root.iter() if e.get('id') is not None]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        idset = set(ids)
        hrefs = [e.get('href') for e in root.iter() if e.get('href', '').startswith('#')]
        dangling = sorted({h for h in hrefs if h[1:] not in idset})
        check('links', not dup and not dangling,
              f'duplicate ids {dup[:5]} dangling {dangling[:5]}')

        evids = [i for i in ids if re.fullmatch(r'e\d+', i)]
        got = sorted(int(i[1:]) for i in evids)
        exp = sorted(int(i) for i in want)
        linked = {h[1:] for h in hrefs}
        facts = {i for i in ids if i.startswith('f-')}
        unlinked = sorted(f for f in facts if f not in linked)
        check('evidence', got == exp and not unlinked,
              f'{len(got)} evidence anchors for {len(exp)} rows; '
              f'facts never linked to: {unlinked[:5]}')
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
