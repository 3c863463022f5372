// Bibliographies: files read as entries (BibTeX through citation-js, CSL-JSON), entries resolved to
// corpus sources, front matter read, and a draft's pandoc keys and cited pages checked through them.
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { attachedFiles, parseBibliography } from '../../server/src/bibliography/parse.js';
import { BibliographyFiles } from '../../server/src/bibliography/files.js';
import { frontMatterBibliographies } from '../../server/src/bibliography/frontMatter.js';
import { buildCorpusIndex, checkDraft, sourceOfEntry, suggestionsFor, type BibliographyEntry, type BibliographySource, type SourceInput } from '../../server/src/engine/index.js';

const entry = (e: Partial<BibliographyEntry>): BibliographyEntry => ({ key: 'k', authors: [], files: [], ...e });

describe('bibliography files', () => {
  it('reads BibTeX: key, title without braces, authors as names, year, and the attached files', async () => {
    const bib = [
      '@book{quill1901,',
      '  author = {Quill, Edda and Marsh, Tobin},',
      '  title = {The Fall of {Varnholt}: A Study},',
      '  year = {1901},',
      '  file = {Full Text PDF:files/12/Quill - Fall.pdf:application/pdf;Snapshot:files/12/snap.html:text/html}',
      '}',
      '@online{marsh2003, title = {Notes on Tarrow}, author = {{Society of Tarrow}}, date = {2003-04-05}}',
    ].join('\n');
    const parsed = await parseBibliography(bib, 'refs.bib');
    assert.ok('entries' in parsed);
    assert.deepEqual(parsed.entries, [
      { key: 'quill1901', title: 'The Fall of Varnholt: A Study', authors: ['Edda Quill', 'Tobin Marsh'], year: 1901, files: ['files/12/Quill - Fall.pdf', 'files/12/snap.html'] },
      { key: 'marsh2003', title: 'Notes on Tarrow', authors: ['Society of Tarrow'], year: 2003, files: [] },
    ]);
  });

  it('reads CSL-JSON items by id or citation-key', async () => {
    const csl = JSON.stringify([
      { id: 'quill1901', type: 'book', title: 'The Fall of Varnholt', author: [{ family: 'Quill', given: 'Edda' }], issued: { 'date-parts': [[1901]] } },
      { 'citation-key': 'annals', id: 'x1', title: 'Annals', author: [{ literal: 'The Abbey' }] },
    ]);
    const parsed = await parseBibliography(csl, 'refs.json');
    assert.ok('entries' in parsed);
    assert.deepEqual(parsed.entries.map((e) => [e.key, e.title, e.authors, e.year]), [['quill1901', 'The Fall of Varnholt', ['Edda Quill'], 1901], ['annals', 'Annals', ['The Abbey'], undefined]]);
  });

  const broken: Array<[string, string, RegExp]> = [
    ['a BibTeX syntax error', '@book{broken, title = {The Fall', /cannot be read as BibTeX \(.*line 1/],
    ['a binary file', '\u0000\u0001PK\u0003garbage', /is not a text file/],
    ['JSON that is not JSON', '[{"id": ', /cannot be read as CSL-JSON/],
    ['JSON that is no list of items', '{"title": "x"}', /not a list of items/],
    ['a file of another kind', 'title: x', /is not a \.bib or CSL-JSON/],
  ];
  const extension = (what: string) => (what.startsWith('JSON') ? 'refs.json' : what.includes('kind') ? 'refs.yaml' : 'refs.bib');
  for (const [what, text, reason] of broken) {
    it(`${what}: a reason, no throw`, async () => {
      const parsed = await parseBibliography(text, extension(what));
      assert.ok('reason' in parsed, JSON.stringify(parsed));
      assert.match(parsed.reason, reason);
    });
  }

  it("Zotero's file field: description, path and type, `;` between files, escaped colons", () => {
    assert.deepEqual(attachedFiles('PDF:C\\:\\\\papers\\\\quill.pdf:application/pdf'), ['C:\\papers\\quill.pdf']);
    assert.deepEqual(attachedFiles('files/quill.pdf'), ['files/quill.pdf']);
    assert.deepEqual(attachedFiles(undefined), []);
  });

  it('files: a missing one is a problem said once, the others are read, the same array while nothing changes', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'corroborate-bib-'));
    try {
      const good = path.join(dir, 'refs.bib');
      await fs.writeFile(good, '@book{quill1901, title = {The Fall of Varnholt}, author = {Quill, Edda}}\n');
      const files = new BibliographyFiles();
      const named = [{ path: path.join(dir, 'missing.bib'), origin: 'test' }, { path: good, origin: 'test' }];
      const first = await files.load(named);
      assert.deepEqual(first.entries.map((e) => e.key), ['quill1901']);
      assert.deepEqual(first.fresh.map((p) => p.reason), ['does not exist']);
      const second = await files.load(named);
      assert.equal(second.entries, first.entries, 'the same array');
      assert.deepEqual([second.problems.length, second.fresh.length], [1, 0], 'said once');
      await fs.writeFile(good, '@book{marsh2003, title = {Notes}}\n');
      await fs.utimes(good, new Date(), new Date(Date.now() + 5000));
      assert.deepEqual((await files.load(named)).entries.map((e) => e.key), ['marsh2003'], 'read again once changed');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  const frontMatters: Array<[string, string[]]> = [
    ['---\ntitle: Essay\nbibliography: refs.bib\n---\nText', ['refs.bib']],
    ['---\nbibliography: "my refs.bib"\n---\n', ['my refs.bib']],
    ['---\nbibliography: [a.bib, "b.json"]\n---\n', ['a.bib', 'b.json']],
    ['---\nbibliography:\n  - a.bib\n  - b.json\ntitle: x\n---\n', ['a.bib', 'b.json']],
    ['Text\n---\nbibliography: a.bib\n---\n', []],
    ['---\ntitle: Essay\n---\n', []],
  ];
  for (const [text, found] of frontMatters) {
    it(`front matter ${JSON.stringify(text.slice(0, 40))} names ${found.join(', ') || 'none'}`, () => assert.deepEqual(frontMatterBibliographies(text), found));
  }
});

describe('bibliography entries and the corpus', () => {
  const sources: BibliographySource[] = [
    { key: 'fall', title: 'The Fall of Varnholt', author: 'Edda Quill', uri: '/s/quill-fall.pdf' },
    { key: 'fall-marsh', title: 'The Fall of Varnholt', author: 'Tobin Marsh', uri: '/s/marsh.md' },
    { key: 'annals', title: 'Annals of Tarrow', uri: 'file:///s/Annals%20of%20Tarrow.html' },
  ];
  const cases: Array<[string, BibliographyEntry, string | undefined]> = [
    ['its attached file', entry({ title: 'Something else', files: ['files/9/quill-fall.pdf'] }), 'fall'],
    ['its attached file, by a URI with spaces', entry({ files: ['C:\\zotero\\Annals of Tarrow.html'] }), 'annals'],
    ['its title and author', entry({ title: 'The Fall of Varnholt', authors: ['Edda Quill'] }), 'fall'],
    ['its main title, before the colon', entry({ title: 'The Fall of Varnholt: A Study', authors: ['Tobin Marsh'] }), 'fall-marsh'],
    ['a title without an author, when one source has it', entry({ title: 'Annals of Tarrow' }), 'annals'],
    ['a title two sources have, with no author to tell them apart: none', entry({ title: 'The Fall of Varnholt' }), undefined],
    ['a title with another author: none', entry({ title: 'The Fall of Varnholt', authors: ['Hal Ferrand'] }), undefined],
    ['a title no source has: none', entry({ title: 'A History of Elsewhere', authors: ['Edda Quill'] }), undefined],
  ];
  for (const [what, e, key] of cases) {
    it(`an entry resolves by ${what}`, () => assert.equal(sourceOfEntry(e, sources)?.key, key));
  }
});

/** A source of three pages, labelled from 239, that states the siege's length on page 240. */
const PAGED: SourceInput = (() => {
  const pages = ['The Fall of Varnholt\n\nThe town of Varnholt was founded by river traders.\n\n', 'The siege of Varnholt lasted 93 days before the garrison surrendered.\n\n', 'Nothing more is told of it here.\n'];
  const places = pages.map((_, i) => ({ start: pages.slice(0, i).join('').length, kind: 'page' as const, label: String(239 + i), number: i + 1 }));
  return { key: 'fall', title: 'The Fall of Varnholt', author: 'Edda Quill', uri: '/s/fall.pdf', text: pages.join(''), format: 'text', places };
})();
const BIB: BibliographyEntry[] = [entry({ key: 'quill1901', title: 'The Fall of Varnholt', authors: ['Edda Quill'], files: [] }), entry({ key: 'elsewhere', title: 'A History of Elsewhere' })];

describe('a draft cited through a bibliography, at a page', () => {
  const index = buildCorpusIndex([{ ...PAGED }]);
  const cases: Array<[string, string, string | undefined]> = [
    ['the right page', 'The siege of Varnholt lasted 93 days [@quill1901, p. 240].', undefined],
    ['a range that holds it', 'The siege of Varnholt lasted 93 days [@quill1901, pp. 239-41].', undefined],
    ['no page', 'The siege of Varnholt lasted 93 days [@quill1901].', undefined],
    ['a page the source does not have', 'The siege of Varnholt lasted 93 days [@quill1901, p. 12].', undefined],
    ['the wrong page', 'The siege of Varnholt lasted 93 days [@quill1901, p. 239].', 'Page 239 of "The Fall of Varnholt" does not state this; page 240 does.'],
    ['a range that misses it', 'The siege of Varnholt lasted 93 days [@quill1901, pp. 241-42].', 'Pages 241-42 of "The Fall of Varnholt" do not state this; page 240 does.'],
    ['an MLA page', 'The siege of Varnholt lasted 93 days (Quill 241).', 'Page 241 of "The Fall of Varnholt" does not state this; page 240 does.'],
    ['a footnote’s page', 'The siege of Varnholt lasted 93 days.[^1]\n\n[^1]: Edda Quill, *The Fall of Varnholt*, 239.', 'Page 239 of "The Fall of Varnholt" does not state this; page 240 does.'],
  ];
  for (const [what, draft, message] of cases) {
    it(`${what}: ${message ? 'citation-mismatch' : 'no finding'}`, () => {
      const findings = checkDraft(draft, index, { bibliography: BIB }).findings;
      assert.deepEqual(findings.map((f) => [f.code, f.message]), message ? [['citation-mismatch', message]] : []);
    });
  }

  it('a wrong value at the cited page is contradicted, as before: the page rule changes no other verdict', () => {
    const findings = checkDraft('The siege of Varnholt lasted 80 days [@quill1901, p. 239].', index, { bibliography: BIB }).findings;
    assert.deepEqual(findings.map((f) => f.code), ['contradicted']);
  });

  it('a key whose entry names no corpus source is a work outside the corpus, not a source the key resembles', () => {
    const report = checkDraft('The siege of Varnholt lasted 93 days [@elsewhere].', index, { bibliography: BIB });
    assert.deepEqual(report.citations.map((c) => [c.reference, c.sourceKey]), [['elsewhere', undefined]]);
    const without = checkDraft('The siege of Varnholt lasted 93 days [@quill1901].', index);
    assert.deepEqual(without.citations.map((c) => c.sourceKey), ['fall'], 'without a bibliography the key resolves by the surname, as before');
  });

  const fixes: Array<[string, string, string]> = [
    ['pandoc', 'The siege of Varnholt lasted 93 days [@quill1901, p. 239].', 'The siege of Varnholt lasted 93 days [@quill1901, p. 240].'],
    ['MLA', 'The siege of Varnholt lasted 93 days (Quill 241).', 'The siege of Varnholt lasted 93 days (Quill 240).'],
    ['footnote', 'The siege of Varnholt lasted 93 days.[^1]\n\n[^1]: Edda Quill, *The Fall of Varnholt*, 239.\n', 'The siege of Varnholt lasted 93 days.[^1]\n\n[^1]: Edda Quill, *The Fall of Varnholt*, 240.\n'],
  ];
  for (const [form, draft, fixed] of fixes) {
    it(`the page fix corrects a ${form} citation's page, and then the finding is gone`, () => {
      const report = checkDraft(draft, index, { bibliography: BIB });
      const [fix] = suggestionsFor(report.findings[0]!, { text: draft, report }, index, 'auto', BIB);
      assert.equal(fix?.kind, 'correct-page');
      assert.equal(fix.preferred, true);
      const edit = fix.edits[0]!;
      const after = draft.slice(0, edit.range.start) + edit.newText + draft.slice(edit.range.end);
      assert.equal(after, fixed);
      assert.deepEqual(checkDraft(after, index, { bibliography: BIB }).findings, []);
    });
  }

  it("the Cite fix writes the bibliography's key for the source", () => {
    const plain = 'The siege of Varnholt lasted 93 days.';
    const report = checkDraft(plain, index, { bibliography: BIB });
    const cite = suggestionsFor(report.findings.find((f) => f.code === 'needs-citation')!, { text: plain, report }, index, 'pandoc', BIB).find((s) => s.kind === 'cite-source')!;
    assert.equal(cite.edits[0]!.newText, ' [@quill1901]');
    const withoutBibliography = suggestionsFor(report.findings.find((f) => f.code === 'needs-citation')!, { text: plain, report }, index, 'pandoc').find((s) => s.kind === 'cite-source')!;
    assert.equal(withoutBibliography.edits[0]!.newText, ' [@fall]', "without one, the source's own key");
  });
});
