// report_browser.mjs -- the HTML report in headless Chromium (issue 9).
//
//   node tests/report_browser.mjs <page.html> <outdir> <codes> <nsigned>
//
// Opens <page.html> from disk with JavaScript disabled (the page must work
// without it), in Debian's Chromium (CHROMIUM, default /usr/bin/chromium)
// driven by playwright-core (NODE_PATH or build/report/node), and checks
// that the timeline shows the expected meetings:
//   - the SVG timeline is there, visible and at least 600 px wide;
//   - each code of <codes> (space-separated, e.g. "SOM1 IMM1 IMM2") is the
//     text of exactly one visible text.code element of the timeline, whose
//     box lies inside the timeline's box, next to its own mark;
//   - the timeline draws as many meetings (g.meeting) as <codes> has, and
//     <nsigned> of their marks are signing diamonds;
//   - a screenshot of the page (<outdir>/report.png) and of the timeline
//     (<outdir>/timeline.png) are taken, and the timeline's is not blank:
//     at least 0.5% of its pixels are coloured (the lanes' blue and green
//     and the signings' red, in which marks and labels are drawn; on the
//     small registry 0.8%, and 0.2% -- the legend and lane names -- when
//     every meeting is hidden);
//   - printed (media print), the navigation is hidden and the page makes a
//     PDF (<outdir>/report.pdf) of more than one page.
// Prints "ok <check>" or "FAIL <check>: <why>" per check; exit 1 on any FAIL.
import { createRequire } from 'node:module';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [page, outdir, codesArg, nsignedArg] = process.argv.slice(2);
if (!page || !outdir || codesArg === undefined || nsignedArg === undefined) {
  console.error('usage: node tests/report_browser.mjs <page.html> <outdir> <codes> <nsigned>');
  process.exit(2);
}
const codes = codesArg.split(/\s+/).filter(Boolean);
const nsigned = Number(nsignedArg);
const require = createRequire(resolve(process.env.NODE_PATH || 'build/report/node/node_modules') + '/');
const { chromium } = require('playwright-core');

let failed = 0;
function check(name, ok, why) {
  if (ok) console.log(`ok ${name}`);
  else { failed++; console.log(`FAIL ${name}: ${why}`); }
}

mkdirSync(outdir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
         '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const ctx = await browser.newContext({ javaScriptEnabled: false,
                                         viewport: { width: 1200, height: 900 } });
  const p = await ctx.newPage();
  const requests = [];
  p.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await p.goto(pathToFileURL(resolve(page)).href);
  check('page title', (await p.title()) === 'COMMIT process: meetings, documents and signatories',
        `title is ${JSON.stringify(await p.title())}`);

  const svg = p.locator('svg#timeline-svg');
  const nsvg = await svg.count();
  check('one timeline', nsvg === 1, `${nsvg} svg#timeline-svg elements`);
  if (nsvg === 1) {
    const box = await svg.boundingBox();
    check('timeline visible and wide', (await svg.isVisible()) && box && box.width >= 600 && box.height >= 80,
          `box ${JSON.stringify(box)}`);
    const texts = await svg.locator('text.code').allTextContents();
    for (const code of codes) {
      const at = texts.flatMap((s, i) => (s === code ? [i] : []));
      if (at.length !== 1) {
        check(`timeline shows ${code}`, false, `${at.length} text.code elements say ${code}`);
        continue;
      }
      const t = svg.locator('text.code').nth(at[0]);
      const b = await t.boundingBox();
      const inside = b && box && b.width > 0 && b.height > 0 &&
        b.x >= box.x - 0.5 && b.y >= box.y - 0.5 &&
        b.x + b.width <= box.x + box.width + 0.5 && b.y + b.height <= box.y + box.height + 0.5;
      // its mark: the circle or diamond of the same g.meeting, within 60 px across
      const mark = t.locator('xpath=..').locator('.mark');
      const mb = (await mark.count()) === 1 ? await mark.boundingBox() : null;
      const near = mb && b && Math.abs((mb.x + mb.width / 2) - (b.x < mb.x ? b.x + b.width : b.x)) < 60;
      check(`timeline shows ${code}`, (await t.isVisible()) && inside && near,
            `visible=${await t.isVisible()} box=${JSON.stringify(b)} timeline=${JSON.stringify(box)} mark=${JSON.stringify(mb)}`);
    }
    const nm = await svg.locator('g.meeting').count();
    check('timeline draws every expected meeting and no other', nm === codes.length,
          `${nm} g.meeting for ${codes.length} codes`);
    const ns = await svg.locator('g.meeting .mark.signed').count();
    check('signings are diamonds', ns === nsigned, `${ns} signed marks, expected ${nsigned}`);

    await p.screenshot({ path: `${outdir}/report.png`, fullPage: true });
    const shot = await svg.screenshot({ path: `${outdir}/timeline.png` });
    // Count the coloured pixels of the timeline's screenshot in a canvas of a
    // second page (with JavaScript: this page is ours, not the report).
    const ctx2 = await browser.newContext();
    const q = await ctx2.newPage();
    await q.setContent('<canvas id="c"></canvas>');
    const ink = await q.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.getElementById('c');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        const [r, gg, b] = [d[i], d[i + 1], d[i + 2]];
        if (Math.max(r, gg, b) - Math.min(r, gg, b) > 40) n++;
      }
      return n / (c.width * c.height);
    }, shot.toString('base64'));
    check(`timeline screenshot is not blank (${(ink * 100).toFixed(2)}% coloured pixels)`, ink >= 0.005,
          `${(ink * 100).toFixed(2)}% coloured pixels`);
    await ctx2.close();
  }

  await p.emulateMedia({ media: 'print' });
  const navShown = await p.locator('nav').isVisible();
  check('print hides the navigation', !navShown, 'nav is visible in print');
  const pdf = await p.pdf({ path: `${outdir}/report.pdf`, format: 'A4', landscape: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  check('prints to PDF', pages > 1, `${pages} pages`);
  check('loads nothing from outside', requests.length === 0, requests.join(' '));
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
