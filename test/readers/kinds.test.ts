// The same made-up source as .md, .pdf, .html and .docx reaches the same verdicts through the real
// command line; its evidence points at the PDF's page, the page's element, the Word paragraph.
// Faulty files are skipped with a reason and the rest of the corpus is read.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { linesAt, writePdf } from '../../bench/pdfWriter.js';
import { indexCorpus } from '../../server/src/corpus/cache.js';
import { READERS } from '../../server/src/corpus/readers/index.js';
import { READER_EXTENSIONS } from '../../server/src/corpus/readers/kinds.js';
import { loadSources, SOURCE_EXTENSIONS } from '../../server/src/corpus/sources.js';
import { checkDraft } from '../../server/src/engine/index.js';
import { makeDocx, makePdf, wrap, zip } from './makeFiles.js';
import { blogPage } from './pages.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = path.join(root, 'bin', 'corroborate.js');

const TITLE = 'The Siege of Brellin';
const AUTHOR = 'Ann Quill';
const PARAGRAPHS = [
  'The siege of Brellin began in the spring, when the army of the coast came over the hills and closed the roads to the town.',
  'The garrison of Brellin numbered 340 men under a captain from the coast. They held the walls through the summer and into the autumn.',
  'The siege of Brellin lasted 199 days before the relief column came over the hills and the besiegers withdrew to the river.',
  'The town lost 112 people to hunger during the siege, and the harbour stayed closed for the whole of the summer.',
];
const DRAFT = [
  '# Brellin',
  '',
  'The siege of Brellin lasted 150 days (Quill). The garrison of Brellin numbered 340 men (Quill).',
  '',
  'The town lost 112 people to hunger during the siege. The mill of Brellin burnt 30 sacks of grain.',
  '',
].join('\n');

/** The same source in each kind. The PDF has 5 lines a page, pages labelled from 231. */
async function writeKinds(dir: string): Promise<Record<string, string>> {
  const files: Record<string, [string, string | Buffer]> = {
    md: ['brellin.md', `---\ntitle: ${TITLE}\nauthor: ${AUTHOR}\n---\n\n# ${TITLE}\n\n${PARAGRAPHS.join('\n\n')}\n`],
    pdf: ['brellin.pdf', makePdf([TITLE, ...PARAGRAPHS], { title: TITLE, author: AUTHOR, firstPage: 231, perPage: 5 })],
    html: ['brellin.html', blogPage(PARAGRAPHS, [], TITLE, AUTHOR)],
    docx: ['brellin.docx', await makeDocx([`# ${TITLE}`, ...PARAGRAPHS], { title: TITLE, author: AUTHOR })],
  };
  const corpora: Record<string, string> = {};
  for (const [kind, [name, data]] of Object.entries(files)) {
    corpora[kind] = path.join(dir, kind);
    mkdirSync(corpora[kind]!);
    writeFileSync(path.join(corpora[kind]!, name), data);
  }
  return corpora;
}

interface JsonDiagnostic {
  code: string;
  range: { start: { line: number; character: number } };
  relatedInformation: Array<{ location: { uri: string; range: { start: { line: number } } }; message: string }>;
  data: { sources: Array<{ value: string; place?: string }> };
}

function check(corpus: string, draft: string): { diagnostics: JsonDiagnostic[]; stderr: string; code: number | null } {
  const result = spawnSync(process.execPath, [bin, 'check', '--format', 'json', '--corpus', corpus, draft], { encoding: 'utf8' });
  const parsed = JSON.parse(result.stdout) as Array<{ diagnostics: JsonDiagnostic[] }>;
  return { diagnostics: parsed[0]!.diagnostics, stderr: result.stderr, code: result.status };
}

/** The PDF page (counted from 1) that makePdf sets a paragraph's words on, 5 lines a page, a blank line between paragraphs. */
function pdfPageOf(paragraphs: string[], needle: string): number {
  const lines: string[] = [];
  paragraphs.forEach((p, i) => lines.push(...(i > 0 ? [''] : []), ...wrap(p, 70)));
  const words = needle.split(' ').slice(0, 5).join(' ');
  return Math.floor(lines.findIndex((l) => l.includes(words)) / 5) + 1;
}

describe('sources of every kind', function () {
  this.timeout(60000);
  let dir: string;
  let corpora: Record<string, string>;
  let draft: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-kinds-'));
    corpora = await writeKinds(dir);
    draft = path.join(dir, 'draft.md');
    writeFileSync(draft, DRAFT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const verdicts = (diagnostics: JsonDiagnostic[]) => diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character} ${d.data.sources.map((s) => s.value).join(',')}`);

  it('reach the same verdicts as the same text in Markdown', () => {
    const md = verdicts(check(corpora.md!, draft).diagnostics);
    // (The cited 340 men agree: no finding; 150 days is contradicted; 112 and 30 are uncited; no source states 30 sacks.)
    assert.deepEqual(md.map((v) => v.split('@')[0]), ['contradicted', 'needs-citation', 'not-in-sources', 'needs-citation']);
    assert.ok(md[0]!.endsWith('199 days'), md[0]);
    for (const kind of ['pdf', 'html', 'docx']) {
      const { diagnostics, stderr } = check(corpora[kind]!, draft);
      assert.deepEqual(verdicts(diagnostics), md, `${kind}: ${stderr}`);
    }
  });

  it('point a PDF statement at its page: #page=N to open, the page label to read', () => {
    const contradicted = check(corpora.pdf!, draft).diagnostics.find((d) => d.code === 'contradicted')!;
    const page = pdfPageOf([TITLE, ...PARAGRAPHS], 'The siege of Brellin lasted 199 days');
    assert.ok(page > 1, 'the statement is past the first page');
    assert.equal(contradicted.relatedInformation[0]!.location.uri, `${pathToFileURL(path.join(corpora.pdf!, 'brellin.pdf')).href}#page=${page}`);
    assert.match(contradicted.relatedInformation[0]!.message, new RegExp(`^${TITLE} \\(p\\. ${230 + page}\\) says 199 days`));
    assert.equal(contradicted.data.sources[0]!.place, `p. ${230 + page}`);
  });

  it('name a PDF statement’s page in `corroborate explain`', () => {
    const page = pdfPageOf([TITLE, ...PARAGRAPHS], 'The siege of Brellin lasted 199 days');
    const result = spawnSync(process.execPath, [bin, 'explain', '--corpus', corpora.pdf!, `${draft}:3`], { encoding: 'utf8' });
    assert.match(result.stdout, new RegExp(`199 days in "${TITLE}" \\(p\\. ${230 + page}\\), disagrees`));
  });

  it('point a web page statement at its element’s line, and a Word statement at its paragraph', () => {
    const html = check(corpora.html!, draft).diagnostics.find((d) => d.code === 'contradicted')!;
    const page = blogPage(PARAGRAPHS, [], TITLE, AUTHOR).split('\n');
    assert.equal(html.relatedInformation[0]!.location.range.start.line, page.findIndex((l) => l.includes('lasted 199 days')));
    assert.match(html.relatedInformation[0]!.message, /\(the element #post-118 > div > p:nth-of-type\(3\)\)/);
    const docx = check(corpora.docx!, draft).diagnostics.find((d) => d.code === 'contradicted')!;
    assert.match(docx.relatedInformation[0]!.message, /\(paragraph 4\) says 199 days/);
  });

  it('skip a damaged PDF with its reason, and read the rest', () => {
    const mixed = path.join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(path.join(mixed, 'broken.pdf'), Buffer.from('%PDF-1.4\nnot really a PDF', 'latin1'));
    writeFileSync(path.join(mixed, 'brellin.md'), `# ${TITLE}\n\n${PARAGRAPHS.join('\n\n')}\n`);
    const { diagnostics, stderr, code } = check(mixed, draft);
    assert.match(stderr, /broken\.pdf: skipped, it is not a readable PDF/);
    assert.equal(code, 1);
    assert.ok(diagnostics.some((d) => d.code === 'contradicted'));
  });
});

describe('the readers', () => {
  it('are known by the extensions the loader lists without loading them', () => {
    assert.deepEqual(Object.keys(READERS).sort(), [...READER_EXTENSIONS].sort());
    assert.deepEqual(SOURCE_EXTENSIONS, ['.md', '.markdown', '.txt', ...READER_EXTENSIONS]);
  });
});

describe('faulty source files', function () {
  this.timeout(30000);
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'corroborate-faulty-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('are each skipped with a reason, the rest indexed', async () => {
    const bomb = await zip([{ name: 'word/document.xml', data: Buffer.alloc(6_000_000) }]);
    const files: Record<string, Buffer | string> = {
      'a-damaged.pdf': Buffer.from('%PDF-1.7\n%%EOF', 'latin1'),
      'b-locked.pdf': writePdf({ pages: [{ texts: linesAt(['Text behind a password.']) }], needsPassword: true }),
      'c-scan.pdf': writePdf({ pages: [{ texts: [], imageOnly: true }] }),
      'd-bomb.docx': bomb,
      'e-fake.docx': 'a text file named .docx',
      'f-empty.html': '',
      'g-good.pdf': makePdf(PARAGRAPHS),
      'h-good.md': PARAGRAPHS.join('\n\n'),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(path.join(dir, name), data);
    // 500 MB, sparse: over the size limit, looked at but never read.
    const huge = openSync(path.join(dir, 'i-huge.pdf'), 'w');
    closeSync(huge);
    spawnSync('truncate', ['-s', '500M', path.join(dir, 'i-huge.pdf')]);
    const warnings: string[] = [];
    const sources = await loadSources([dir], { warn: (m) => warnings.push(path.basename(m)), maxSourceBytes: 1_000_000 });
    assert.deepEqual(sources.map((s) => path.basename(s.uri)), ['g-good.pdf', 'h-good.md']);
    const expected: Array<[string, RegExp]> = [
      ['a-damaged.pdf', /not a readable PDF/],
      ['b-locked.pdf', /password-protected/],
      ['c-scan.pdf', /no text layer.*no OCR/],
      ['d-bomb.docx', /unpacks to more than the 5000000-byte limit/],
      ['e-fake.docx', /not a zip archive/],
      ['f-empty.html', /the file is empty/],
      ['i-huge.pdf', /524288000 bytes is over the 1000000-byte limit/],
    ];
    for (const [name, reason] of expected) assert.ok(warnings.some((w) => w.startsWith(`${name}: skipped, `) && reason.test(w)), `${name}: ${warnings.join('\n')}`);
    assert.equal(warnings.length, expected.length, warnings.join('\n'));
  });

  it('a PDF’s text is cached by its bytes, its index by its text, and both read back with its pages', async () => {
    const corpus = path.join(dir, 'cached');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'brellin.pdf'), makePdf([TITLE, ...PARAGRAPHS], { firstPage: 231, perPage: 5 }));
    const cacheDir = path.join(dir, 'cache');
    const inputs = await loadSources([corpus], { warn: () => undefined, cacheDir });
    const first = await indexCorpus(inputs, { cacheDir, workers: 0 });
    assert.equal(first.report.fromCache, 0);
    const entries = readdirSync(path.join(cacheDir, 'read-v1'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    assert.equal(entries.length, 1, 'one read-cache entry');
    const again = await indexCorpus(await loadSources([corpus], { warn: () => undefined, cacheDir }), { cacheDir, workers: 0 });
    assert.equal(again.report.fromCache, 1);
    const finding = checkDraft('The siege of Brellin lasted 150 days.', again.index).findings.find((f) => f.code === 'contradicted')!;
    assert.equal(finding.evidence[0]!.place?.kind === 'page' && finding.evidence[0]!.place.label, String(230 + pdfPageOf([TITLE, ...PARAGRAPHS], 'The siege of Brellin lasted 199')));
    // The entry is what is read: changed, the source's text changes; damaged, the PDF is read again.
    const entry = path.join(entries[0]!.parentPath, entries[0]!.name);
    const cached = JSON.parse(readFileSync(entry, 'utf8')) as { text: string };
    writeFileSync(entry, JSON.stringify({ ...cached, text: cached.text.replace('199 days', '198 days') }));
    assert.match((await loadSources([corpus], { warn: () => undefined, cacheDir }))[0]!.text, /lasted 198 days/);
    writeFileSync(entry, '{"text": 3');
    const warnings: string[] = [];
    assert.match((await loadSources([corpus], { warn: (m) => warnings.push(m), cacheDir }))[0]!.text, /lasted 199 days/);
    assert.match(warnings.join('\n'), /a damaged entry of the read cache was ignored/);
  });
});
