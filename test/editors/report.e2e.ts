// `corroborate report` as a teacher meets it: the report of a folder of made-up drafts opened from
// disk in headless Chromium (driven by playwright-core), with the network cut off. The class page's
// numbers are those of `check --format json`; a draft's link leads to its page, a finding's link to
// its marked value, a source sentence's link to the source's page. Each step saves a screenshot
// under test/editors/out/report/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, ROOT, needChromium, outDir, run } from './harness.js';

const BIN = path.join(ROOT, 'bin', 'corroborate.js');

// The functions handed to page.evaluate run in the browser; this project compiles without the DOM
// library, so they see its globals loosely typed.
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const window: any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Made-up sources (with a manifest naming their authors and kinds) and drafts about made-up places. */
const FILES: Record<string, string> = {
  'sources/manifest.json': JSON.stringify({
    sources: [
      { file: 'brannock.txt', key: 'brannock', title: 'The Brannock Chronicle', author: 'Edda Brannock', kind: 'chronicle' },
      { file: 'orlen.md', key: 'tolsen', title: 'Orlen and its Neighbours', author: 'Mira Tolsen', kind: 'textbook' },
    ],
  }),
  'sources/brannock.txt': 'The Brannock Chronicle\n\nThe siege of Karsk lasted 140 days. The Treaty of Orlen was signed on 3 May 1611.\n\nAbout 4,000 defenders held the walls of Karsk.\n',
  'sources/orlen.md': '# Orlen and its Neighbours\n\nThe siege of Karsk lasted 150 days, by some counts. The Treaty of Orlen was signed on 3 May 1611, after long talks.\n',
  'class/anna.md': '# The siege of Karsk\n\nThe siege of Karsk lasted 200 days (Brannock). It ended when the Treaty of Orlen was signed on 3 May 1611 (Brannock).\n\nAbout 4,000 defenders held the walls of Karsk.\n',
  'class/ben.md': '# Karsk and Orlen\n\nThe siege of Karsk lasted 140 days (Brannock). The siege of Tull lasted 90 days.\n\nThe Treaty of Orlen was signed on 3 May 1611 (Tolsen).\n',
  'class/cleo.md': '# Why Karsk fell\n\nAbout 4,000 defenders held the walls of Karsk (Brannock). The Treaty of Orlen was signed on 3 May 1611.\n',
};

type Counts = Record<string, Record<string, number>>;

describe('corroborate report in a browser', function () {
  this.timeout(120_000);
  let base = '';
  let shots = '';
  let browser: Browser | undefined;
  let page: Page;
  const requested: string[] = [];
  let checkCounts: Counts = {};
  let step = 0;

  async function screenshot(name: string, fullPage = true): Promise<void> {
    step += 1;
    await page.screenshot({ path: path.join(shots, `${String(step).padStart(2, '0')}-${name}.png`), fullPage });
  }

  before(async function () {
    const playwright = await needChromium(this);
    shots = outDir('report');
    base = mkdtempSync(path.join(os.tmpdir(), 'corroborate-report-e2e-'));
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(base, name)), { recursive: true });
      writeFileSync(path.join(base, name), text);
    }
    const report = await run(process.execPath, [BIN, 'report', '--corpus', 'sources', '--out', 'report', 'class'], { cwd: base, timeoutMs: 60_000 });
    assert.equal(report.code, 0, report.stderr);
    const check = await run(process.execPath, [BIN, 'check', '--format', 'json', '--corpus', 'sources', ...Object.keys(FILES).filter((f) => f.startsWith('class/'))], { cwd: base, timeoutMs: 60_000 });
    assert.equal(check.code, 1, check.stderr);
    for (const { file, diagnostics } of JSON.parse(check.stdout) as Array<{ file: string; diagnostics: Array<{ code: string }> }>) {
      const counts: Record<string, number> = {};
      for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
      checkCounts[file] = counts;
    }
    browser = await playwright.chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    // No network: anything but the report's own files is refused, and remembered.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      requested.push(url);
      return route.abort();
    });
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  const classPage = () => pathToFileURL(path.join(base, 'report', 'index.html')).href;

  it('shows on the class page the counts of check --format json, per draft and code', async () => {
    await page.goto(classPage());
    await screenshot('class-page');
    const fromPage = (await page.evaluate(() => {
      const out: Record<string, Record<string, number>> = {};
      for (const row of document.querySelectorAll('tr[data-file]')) {
        const counts: Record<string, number> = {};
        for (const cell of row.querySelectorAll('td[data-code]')) if (cell.textContent.trim() !== '0') counts[cell.getAttribute('data-code')] = Number(cell.textContent);
        out[row.getAttribute('data-file')] = counts;
      }
      return out;
    })) as Counts;
    assert.deepEqual(fromPage, checkCounts);
    assert.equal(Object.keys(fromPage).length, 3);
    // Every kind of verdict appears in the class's bar.
    const segments = (await page.evaluate(() => [...document.querySelectorAll('tfoot .bar span')].map((s: any) => s.className))) as string[];
    assert.deepEqual(segments.sort(), ['seg-agrees', 'seg-contradicted', 'seg-disputed', 'seg-unsourced']);
  });

  it('sorts the drafts by a column when its heading is clicked', async () => {
    await page.goto(classPage());
    const order = async () => (await page.evaluate(() => [...document.querySelectorAll('tbody tr[data-file]')].map((r: any) => r.getAttribute('data-file')))) as string[];
    const column = async (code: string) => (await page.evaluate((c: string) => [...document.querySelectorAll(`tbody td[data-code="${c}"]`)].map((td: any) => Number(td.textContent)), code)) as number[];
    await page.locator('table.drafts thead th', { hasText: 'All findings' }).click();
    const totals = (await page.evaluate(() => [...document.querySelectorAll('tbody td[data-field="findings"]')].map((td: any) => Number(td.textContent)))) as number[];
    assert.deepEqual(totals, [...totals].sort((a, b) => a - b));
    await page.locator('table.drafts thead th', { hasText: 'All findings' }).click();
    const descending = (await page.evaluate(() => [...document.querySelectorAll('tbody td[data-field="findings"]')].map((td: any) => Number(td.textContent)))) as number[];
    assert.deepEqual(descending, [...descending].sort((a, b) => b - a));
    await page.getByRole('columnheader', { name: 'Draft', exact: true }).click();
    assert.deepEqual(await order(), ['class/anna.md', 'class/ben.md', 'class/cleo.md']);
    assert.equal((await column('contradicted')).length, 3);
    await screenshot('class-page-sorted', false);
  });

  it('reads without script: the same table with script turned off', async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 860 } });
    const plain = await context.newPage();
    await plain.goto(classPage());
    assert.equal(await plain.locator('tbody tr[data-file]').count(), 3);
    assert.equal(await plain.locator('thead th button').count(), 0);
    await context.close();
  });

  it('follows a draft’s link to its page, and a finding’s link to its marked value', async () => {
    await page.goto(classPage());
    await page.locator('a', { hasText: 'class/anna.md' }).click();
    await page.waitForURL(/drafts\/class-anna\.html$/);
    await screenshot('draft-page');
    const finding = page.locator('nav.findings a').first();
    const target = (await finding.getAttribute('href'))!;
    assert.match(target, /^#c\d+$/);
    await finding.click();
    await page.waitForURL(new RegExp(`${target}$`));
    const marked = (await page.evaluate(() => {
      const el = document.querySelector(':target');
      const box = el.getBoundingClientRect();
      return { tag: el.tagName, classes: el.className, text: el.textContent, visible: box.top >= 0 && box.bottom <= window.innerHeight };
    })) as { tag: string; classes: string; text: string; visible: boolean };
    assert.equal(marked.tag, 'MARK');
    assert.match(marked.classes, /v-contradicted/);
    assert.match(marked.text, /^200 days/);
    assert.ok(marked.visible, 'the value is scrolled into view');
    // Its note, under its paragraph, names the source values and quotes the sentences.
    const note = page.locator(`#n-${target.slice(1)}`);
    assert.match(await note.innerText(), /140 days in The Brannock Chronicle \(Edda Brannock, chronicle\): disagrees/);
    await screenshot('draft-page-finding', false);
  });

  it('follows a quoted sentence to its place on the source’s page', async () => {
    await page.goto(pathToFileURL(path.join(base, 'report', 'drafts', 'class-anna.html')).href);
    await page.locator('.note a', { hasText: 'Orlen and its Neighbours' }).first().click();
    await page.waitForURL(/sources\/tolsen\.html#s-\d+$/);
    const marked = (await page.evaluate(() => document.querySelector(':target').textContent)) as string;
    assert.match(marked, /^The siege of Karsk lasted 150 days, by some counts\./);
    assert.match(await page.locator('main').innerText(), /class\/anna\.md: 200 days \(differs from this sentence\)/);
    await screenshot('source-page');
  });

  it('prints a draft page in one column, its notes under their paragraphs', async () => {
    await page.goto(pathToFileURL(path.join(base, 'report', 'drafts', 'class-anna.html')).href);
    await page.emulateMedia({ media: 'print' });
    const layout = (await page.evaluate(() => ({
      nav: window.getComputedStyle(document.querySelector('nav.findings')).position,
      articleBottom: document.querySelector('article').getBoundingClientRect().bottom,
      navTop: document.querySelector('nav.findings').getBoundingClientRect().top,
    }))) as { nav: string; articleBottom: number; navTop: number };
    assert.equal(layout.nav, 'static');
    assert.ok(layout.navTop >= layout.articleBottom, 'the list of findings follows the text');
    await screenshot('draft-page-print');
    await page.pdf({ path: path.join(shots, 'draft-page.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(requested, [], 'the pages asked for nothing from the network');
  });
});
