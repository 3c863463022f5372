// `corroborate report`, run as a user runs it (the real bin, in a child process, on files made here),
// and the parts it is made of: page names, marks at offsets, verdicts. (Folders and globs are expanded
// as `check` expands them: test/cli/many.test.ts.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMarkdown, renderPlainText, type Highlight } from '../../server/src/cli/report/markdown.js';
import { pageNames } from '../../server/src/cli/report/names.js';
import { claimVerdict } from '../../server/src/cli/report/verdicts.js';
import type { CheckedClaim, Evidence, Finding } from '../../server/src/engine/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = path.join(root, 'bin', 'corroborate.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CHRONICLE = 'The Brannock Chronicle\nThe siege of Karsk lasted 140 days. The Treaty of Orlen was signed on 3 May 1611.\n';
const NOTES = '---\ntitle: Orlen notes\nauthor: Mira Tolsen\n---\n# Orlen notes\n\nThe siege of Karsk lasted 150 days, by some counts. About 4,000 defenders held the walls.\n';

/** Counts of each finding code per file, from `check --format json`. */
function checkCounts(json: string): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const { file, diagnostics } of JSON.parse(json) as Array<{ file: string; diagnostics: Array<{ code: string }> }>) {
    const counts: Record<string, number> = {};
    for (const d of diagnostics) counts[d.code] = (counts[d.code] ?? 0) + 1;
    out.set(file, counts);
  }
  return out;
}

/** The same, read from the class page's table (its `data-file` rows and `data-code` cells). */
function pageCounts(page: string): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const row of page.matchAll(/<tr data-file="([^"]+)">([\s\S]*?)<\/tr>/g)) {
    const counts: Record<string, number> = {};
    for (const cell of row[2]!.matchAll(/data-code="([^"]+)">(\d+)</g)) if (cell[2] !== '0') counts[cell[1]!] = Number(cell[2]);
    out.set(row[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'), counts);
  }
  return out;
}

describe('corroborate report', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-report-'));
    mkdirSync(path.join(dir, 'sources'));
    writeFileSync(path.join(dir, 'sources', 'brannock.txt'), CHRONICLE);
    writeFileSync(path.join(dir, 'sources', 'orlen.md'), NOTES);
    mkdirSync(path.join(dir, 'class', 'unit'), { recursive: true });
    writeFileSync(path.join(dir, 'class', 'anna.md'), '# Karsk\n\nThe siege of Karsk lasted 200 days (Brannock). The Treaty of Orlen was signed on 3 May 1611.[^1]\n\n- About 4,000 defenders held the walls of Karsk.\n\n[^1]: Brannock, *The Brannock Chronicle*.\n');
    writeFileSync(path.join(dir, 'class', 'unit', 'ben.md'), 'The siege of Karsk lasted 140 days (Brannock). The siege of Tull lasted 90 days.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("leaves out, as check does, the findings .corroborate.json dismissed", () => {
    const dismissed = [{ file: 'class/anna.md', code: 'contradicted', value: '200 days', sentence: 'the siege of karsk lasted 200 days (brannock).' }];
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'], includeBundledCorpus: false, dismissed }));
    const { code, stderr } = run(['report', '--out', 'out', 'class'], dir);
    assert.equal(code, 0, stderr);
    const check = run(['check', '--format', 'json', 'class/anna.md', 'class/unit/ben.md'], dir);
    const fromPage = pageCounts(readFileSync(path.join(dir, 'out', 'index.html'), 'utf8'));
    assert.deepEqual(fromPage, checkCounts(check.stdout));
    assert.equal(fromPage.get('class/anna.md')?.contradicted, undefined);
  });

  it('writes a class page whose counts are those of check --format json, a page per draft and per source', () => {
    const { code, stdout, stderr } = run(['report', '--corpus', 'sources', '--out', 'out', 'class'], dir);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Report written: out[\\/]index\.html \(2 drafts, 2 sources\)/);
    const check = run(['check', '--format', 'json', '--corpus', 'sources', 'class/anna.md', 'class/unit/ben.md'], dir);
    const page = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    const fromPage = pageCounts(page);
    assert.deepEqual([...fromPage.keys()].sort(), ['class/anna.md', 'class/unit/ben.md']);
    assert.deepEqual(fromPage, checkCounts(check.stdout));
    assert.deepEqual(readdirSync(path.join(dir, 'out', 'drafts')).sort(), ['class-anna.html', 'class-unit-ben.html']);
    assert.deepEqual(readdirSync(path.join(dir, 'out', 'sources')).sort(), ['brannock.html', 'orlen.html']);
    // The contradicted value is marked as such on its draft's page, with the source sentences under it.
    const anna = readFileSync(path.join(dir, 'out', 'drafts', 'class-anna.html'), 'utf8');
    assert.match(anna, /<mark class="v v-contradicted" id="c1"[^>]*>200 days<sup class="label">C1<\/sup><\/mark>/);
    assert.match(anna, /<q>The siege of Karsk lasted 140 days\.<\/q>/);
    assert.match(anna, /href="\.\.\/sources\/brannock\.html#s-\d+"/);
    // The source page marks the sentence and links back to the value.
    const chronicle = readFileSync(path.join(dir, 'out', 'sources', 'brannock.html'), 'utf8');
    assert.match(chronicle, /<mark class="checked" id="s-23"[^>]*>The siege of Karsk lasted 140 days\./);
    assert.match(chronicle, /href="\.\.\/drafts\/class-anna\.html#c1"/);
  });

  it('counts agreeing values and needs no script or network to be read', () => {
    assert.equal(run(['report', '--corpus', 'sources', '--out', 'out', 'class/anna.md'], dir).code, 0);
    const page = readFileSync(path.join(dir, 'out', 'index.html'), 'utf8');
    assert.match(page, /<td class="n" data-field="claims">3<\/td>\s*<td class="n" data-field="agrees">2<\/td>/);
    for (const file of ['index.html', 'drafts/class-anna.html', 'sources/orlen.html']) {
      const html = readFileSync(path.join(dir, 'out', file), 'utf8');
      assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, `${file} fetches nothing`);
      assert.doesNotMatch(html, /<link /, `${file} has its style inline`);
    }
  });

  it('escapes what a draft says and drops its raw HTML, images and script links', () => {
    writeFileSync(path.join(dir, 'class', 'anna.md'), 'The siege of Karsk lasted 200 days <script>alert(1)</script> & "more".\n\n![map](https://example.invalid/map.png) [here](javascript:alert(2))\n');
    assert.equal(run(['report', '--corpus', 'sources', '--out', 'out', 'class/anna.md'], dir).code, 0);
    const html = readFileSync(path.join(dir, 'out', 'drafts', 'class-anna.html'), 'utf8');
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /example\.invalid|javascript:/);
    assert.match(html, /\[image: map\]/);
  });

  it('replaces an earlier report but never writes into another folder that is not empty', () => {
    assert.equal(run(['report', '--corpus', 'sources', '--out', 'out', 'class'], dir).code, 0);
    assert.equal(run(['report', '--corpus', 'sources', '--out', 'out', 'class/unit/ben.md'], dir).code, 0);
    assert.deepEqual(readdirSync(path.join(dir, 'out', 'drafts')), ['class-unit-ben.html']);
    writeFileSync(path.join(dir, 'class', 'keep.txt'), 'mine');
    const refused = run(['report', '--corpus', 'sources', '--out', 'class', 'class'], dir);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--out class: is not empty and holds no Corroborate report/);
    assert.equal(readFileSync(path.join(dir, 'class', 'keep.txt'), 'utf8'), 'mine');
    assert.ok(!existsSync(path.join(dir, 'class', 'index.html')));
  });

  const usage: Array<[string, string[], RegExp]> = [
    ['no drafts', ['report', '--corpus', 'sources'], /no drafts to report on/],
    ['standard input', ['report', '--corpus', 'sources', '-'], /not from standard input/],
    ['an unknown option', ['report', '--colour', 'class'], /Unknown option '--colour'/],
    ['a bad --jobs', ['report', '--jobs', '0', 'class'], /--jobs must be a whole number/],
    ['a missing corpus', ['report', '--corpus', 'nowhere', 'class'], /--corpus nowhere: no such file or folder/],
    ['nothing readable', ['report', '--corpus', 'sources', 'missing.md', 'class/none-*.md'], /nothing could be checked \(2 skipped\); no report written/],
  ];
  for (const [what, args, message] of usage) {
    it(`exits 2 for ${what}, writing nothing`, () => {
      const { code, stderr } = run([...args.slice(0, 1), '--out', 'out', ...args.slice(1)], dir);
      assert.equal(code, 2, stderr);
      assert.match(stderr, message);
      assert.ok(!existsSync(path.join(dir, 'out')));
    });
  }

  it('checks in threads the same as in one', () => {
    const many = path.join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 9; i++) writeFileSync(path.join(many, `d${i}.md`), `The siege of Karsk lasted ${130 + i * 5} days (Brannock).\n`);
    assert.equal(run(['report', '--corpus', 'sources', '--jobs', '1', '--out', 'one', 'many'], dir).code, 0);
    assert.equal(run(['report', '--corpus', 'sources', '--jobs', '2', '--out', 'two', 'many'], dir).code, 0);
    const body = (d: string) => readFileSync(path.join(dir, d, 'index.html'), 'utf8').replace(/Made by Corroborate on [^.]+\./, '');
    assert.equal(body('two'), body('one'));
    assert.equal(pageCounts(body('one')).size, 9);
  });
});

describe('report: page names', () => {
  const cases: Array<[string[], string[]]> = [
    [['class/anna.md', 'class/unit/ben.md'], ['drafts/class-anna.html', 'drafts/class-unit-ben.html']],
    [['../up/essay one.md'], ['drafts/up-essay-one.html']],
    [['Anna.md', 'anna.md', 'anna.md'], ['drafts/Anna.html', 'drafts/anna-2.html', 'drafts/anna-3.html']],
    [['/abs/ü.md', '.md'], ['drafts/abs.html', 'drafts/page.html']],
  ];
  for (const [items, names] of cases) it(`${items.join(', ')} → ${names.join(', ')}`, () => assert.deepEqual(pageNames(items, 'drafts'), names));
});

describe('report: marks at offsets', () => {
  const mark = (text: string, value: string, nth = 0): Highlight => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(value, at + 1);
    return { start: at, end: at + value.length, id: `m${nth}`, classes: ['v'], label: 'X' };
  };
  const cases: Array<[string, string, string]> = [
    ['in a plain paragraph', 'It lasted 200 days in all.\n', '200 days'],
    ['after an escape', 'It \\*really\\* lasted 200 days.\n', '200 days'],
    ['on a quote’s second line', '> The siege\n> lasted 200 days.\n', '200 days'],
    ['after a character reference', 'A &amp; B lasted 200 days.\n', '200 days'],
    ['with CRLF line ends', 'First line\r\nthen 200 days.\r\n', '200 days'],
    ['after an emoji', '😀 It lasted 200 days.\n', '200 days'],
    ['in a table cell', '| a | b |\n|---|---|\n| 12 | 200 days |\n', '200 days'],
    ['in a footnote', 'Text.[^1]\n\n[^1]: It lasted 200 days.\n', '200 days'],
  ];
  for (const [what, text, value] of cases) {
    it(`marks a value ${what}, with its notes under its block`, () => {
      const out = renderMarkdown(text, [mark(text, value)], (ids) => `<div class="notes">${ids.join(' ')}</div>`);
      assert.match(out, new RegExp(`<mark class="v" id="m0">${value}<sup class="label">X</sup></mark>`));
      assert.match(out, /<div class="notes">m0<\/div>/);
    });
  }

  it('marks a value split by emphasis in each part, its id on the first and its label on the last', () => {
    const text = 'It lasted **200** days.\n';
    const out = renderMarkdown(text, [{ start: text.indexOf('200'), end: text.indexOf(' days') + 5, id: 'm', classes: ['v'], label: 'X' }]);
    assert.match(out, /<strong><mark class="v" id="m">200<\/mark><\/strong><mark class="v"> days<sup class="label">X<\/sup><\/mark>/);
  });

  it('renders plain text as paragraphs, escaped, with its marks', () => {
    const text = 'Title\n\nA <b> lasted 200 days.\nOn.\n\nLast.';
    const out = renderPlainText(text, [mark(text, '200 days')]);
    assert.equal(out.match(/<p>/g)?.length, 3);
    assert.match(out, /A &#x3C;b> lasted <mark class="v" id="m0">200 days/);
  });
});

describe('report: a claim’s verdict', () => {
  const evidence = (agrees: boolean) => ({ agrees }) as Evidence;
  const claim = (...agreeing: boolean[]) => ({ evidence: agreeing.map(evidence) }) as unknown as CheckedClaim;
  const finding = (code: Finding['code']) => ({ code }) as Finding;
  const cases: Array<[string, CheckedClaim, Finding[], string]> = [
    ['contradicted by its finding', claim(false), [finding('contradicted'), finding('needs-citation')], 'contradicted'],
    ['disputed by its finding', claim(true, false), [finding('sources-disagree')], 'disputed'],
    ['not in the sources by its finding', claim(), [finding('not-in-sources')], 'unsourced'],
    ['agreeing, with no finding', claim(true, true), [], 'agrees'],
    ['agreeing, though its citation does not match', claim(true), [finding('citation-mismatch')], 'agrees'],
    ['disputed when the cited source differs from the others', claim(true, false), [finding('citation-mismatch')], 'disputed'],
    ['not in the sources when no source states it', claim(), [finding('citation-mismatch')], 'unsourced'],
    ['not in the sources when nothing confirms it', claim(false), [], 'unsourced'],
  ];
  for (const [what, c, findings, verdict] of cases) it(what, () => assert.equal(claimVerdict(c, findings), verdict));
});
