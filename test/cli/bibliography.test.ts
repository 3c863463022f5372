// `corroborate check` with a bibliography: a PDF source made here (pages labelled from 239), a
// `.bib` named by .corroborate.json or by the draft's front matter, and broken bibliographies.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookPdf } from '../../bench/pdfWriter.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = path.join(root, 'bin', 'corroborate.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Three pages labelled 239 to 241; the siege's length is told on page 240. */
const PDF = bookPdf([
  'The town of Varnholt was founded by river traders who came down from the hills each spring.',
  'The siege of Varnholt lasted 93 days before the garrison surrendered to the river lords.',
  'Nothing more is told of the town in this chapter, which turns to the trade of the coast.',
], { title: 'The Fall of Varnholt', author: 'Edda Quill', firstPage: 239, perPage: 2 });

const BIB = '@book{quill1901,\n  author = {Quill, Edda},\n  title = {The Fall of Varnholt},\n  year = {1901},\n  file = {Full Text PDF:files/7/chapter.pdf:application/pdf}\n}\n';

type Diagnostic = { code: string; message: string; range: { start: { line: number } } };

describe('corroborate check with a bibliography', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-bib-'));
    mkdirSync(path.join(dir, 'sources'));
    // (The file name the entry attaches, not the title, ties the two.)
    writeFileSync(path.join(dir, 'sources', 'chapter.pdf'), PDF);
    writeFileSync(path.join(dir, 'refs.bib'), BIB);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const check = (files: string[]) => {
    const out = run(['check', '--format', 'json', ...files], dir);
    return { ...out, diagnostics: (JSON.parse(out.stdout) as Array<{ diagnostics: Diagnostic[] }>).flatMap((f) => f.diagnostics) };
  };

  it('.corroborate.json names the bibliography: a wrong page is a citation-mismatch naming the right one; the right page, none', () => {
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'], includeBundledCorpus: false, bibliography: 'refs.bib' }));
    writeFileSync(path.join(dir, 'essay.md'), 'The siege of Varnholt lasted 93 days [@quill1901, p. 239].\n\nThe siege of Varnholt lasted 93 days [@quill1901, p. 240].\n');
    const { code, diagnostics, stderr } = check(['essay.md']);
    assert.equal(code, 1, stderr);
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.code, d.message]), [
      [0, 'citation-mismatch', 'Page 239 of "The Fall of Varnholt" does not state this; page 240 does.'],
    ]);
  });

  it('a CSL-JSON bibliography saved with a byte-order mark is read as any other', () => {
    const csl = [{ id: 'quill1901', type: 'book', title: 'The Fall of Varnholt', author: [{ family: 'Quill', given: 'Edda' }], file: 'files/7/chapter.pdf' }];
    writeFileSync(path.join(dir, 'refs.json'), `\uFEFF${JSON.stringify(csl)}`);
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'], includeBundledCorpus: false, bibliography: 'refs.json' }));
    writeFileSync(path.join(dir, 'essay.md'), 'The siege of Varnholt lasted 93 days [@quill1901, p. 239].\n');
    const { diagnostics, stderr } = check(['essay.md']);
    assert.doesNotMatch(stderr, /bibliography/);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['citation-mismatch', 'Page 239 of "The Fall of Varnholt" does not state this; page 240 does.']]);
  });

  it("the draft's front matter names the bibliography, relative to the draft", () => {
    writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'], includeBundledCorpus: false }));
    mkdirSync(path.join(dir, 'essays'));
    writeFileSync(path.join(dir, 'essays', 'essay.md'), '---\ntitle: An essay\nbibliography: ../refs.bib\n---\n\nThe siege of Varnholt lasted 93 days [@quill1901, pp. 241-42].\n');
    const { diagnostics } = check(['essays/essay.md']);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['citation-mismatch', 'Pages 241-42 of "The Fall of Varnholt" do not state this; page 240 does.']]);
  });

  const broken: Array<[string, string | Buffer, RegExp]> = [
    ['a syntax error', '@book{quill1901, title = {The Fall', /refs\.bib: the bibliography cannot be read as BibTeX \(.*\) \(named in \.corroborate\.json\); its keys are not used/],
    ['a binary file', Buffer.from([0, 1, 2, 3, 0x50, 0x4b, 0, 0]), /refs\.bib: the bibliography is not a text file/],
  ];
  for (const [what, content, warning] of broken) {
    it(`a bibliography with ${what}: one warning, and the draft is still checked`, () => {
      writeFileSync(path.join(dir, 'refs.bib'), content);
      writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'], includeBundledCorpus: false, bibliography: 'refs.bib' }));
      writeFileSync(path.join(dir, 'a.md'), 'The siege of Varnholt lasted 80 days [@quill1901].\n');
      writeFileSync(path.join(dir, 'b.md'), 'The siege of Varnholt lasted 93 days.\n');
      const { code, diagnostics, stderr } = check(['a.md', 'b.md']);
      assert.equal(code, 1);
      assert.match(stderr, warning);
      assert.equal(stderr.split('\n').filter((l) => l.includes('bibliography')).length, 1, stderr);
      assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['contradicted', 'needs-citation']);
    });
  }

  it('a missing bibliography named in front matter: a warning naming the draft', () => {
    writeFileSync(path.join(dir, 'essay.md'), '---\nbibliography: nowhere.bib\n---\n\nThe siege of Varnholt lasted 93 days [@quill1901].\n');
    const { stderr, diagnostics } = check(['--corpus', 'sources', 'essay.md']);
    assert.match(stderr, /nowhere\.bib: the bibliography does not exist \(named in the front matter of essay\.md\)/);
    assert.deepEqual(diagnostics, []);
  });
});
