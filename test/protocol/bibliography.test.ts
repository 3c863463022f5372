// Over the wire: a bibliography named in .corroborate.json or a draft's front matter, a PDF source
// made here whose pages are labelled from 239; the wrong cited page's finding and its fix, completion
// of the bibliography's keys, and a broken bibliography's warning.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList } from 'vscode-languageserver';
import { bookPdf } from '../../bench/pdfWriter.js';
import { TestClient, tempTree, uriOf } from './lspClient.js';

const PDF = bookPdf([
  'The town of Varnholt was founded by river traders who came down from the hills each spring.',
  'The siege of Varnholt lasted 93 days before the garrison surrendered to the river lords.',
  'Nothing more is told of the town in this chapter, which turns to the trade of the coast.',
], { title: 'The Fall of Varnholt', author: 'Edda Quill', firstPage: 239, perPage: 2 });

const BIB = [
  '@book{quill1901, author = {Quill, Edda}, title = {The Fall of Varnholt}, year = {1901}, file = {PDF:files/3/chapter.pdf:application/pdf}}',
  '@article{marsh2003, author = {Marsh, Tobin}, title = {Rivers and Sieges}, year = {2003}}',
].join('\n');

const itemsOf = (r: CompletionList | CompletionItem[] | null) => (Array.isArray(r) ? r : r?.items ?? []);

describe('the language server with a bibliography', function () {
  this.timeout(40000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient;

  beforeEach(() => {
    tree = tempTree({ 'refs.bib': BIB, '.corroborate.json': JSON.stringify({ sources: ['sources'], bibliography: 'refs.bib' }) });
    writeFileSync(tree.write('sources/chapter.pdf', ''), PDF);
  });
  afterEach(async () => {
    await client?.stop();
    tree.cleanup();
  });

  const start = async () => {
    client = await TestClient.start({ settings: { includeBundledCorpus: false, debounceMs: 0 }, workspaceFolders: [tree.dir] });
    await client.ready();
  };

  it('a wrong page cited through the .bib: citation-mismatch naming the right page; the fix corrects it and the finding goes', async () => {
    await start();
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, 'The siege of Varnholt lasted 93 days [@quill1901, p. 239].\n');
    const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['citation-mismatch', 'Page 239 of "The Fall of Varnholt" does not state this; page 240 does.']]);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } });
    const fix = actions.find((a) => a.title.startsWith('Cite page 240'));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.equal(fix.isPreferred, true);
    const version = await client.applyEdit(uri, fix.edit!);
    assert.equal(client.text(uri), 'The siege of Varnholt lasted 93 days [@quill1901, p. 240].\n');
    assert.deepEqual(await client.diagnosticsFor(uri, { version }), []);
  });

  it("completion after [@ offers the bibliography's keys with title and author, before the sources' own", async () => {
    await start();
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    const text = 'The siege of Varnholt lasted 93 days [@';
    await client.open(uri, text);
    const items = itemsOf(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: text.length }, context: { triggerKind: 1 } }));
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    // (The PDF is the entry's: its own key `chapter` is not offered beside `quill1901`.)
    assert.deepEqual(sorted.map((i) => i.label), ['marsh2003', 'quill1901']);
    const quill = items.find((i) => i.label === 'quill1901')!;
    assert.equal(quill.detail, 'The Fall of Varnholt');
    assert.match(String(quill.documentation), /Edda Quill · 1901/);
    assert.match(String(items.find((i) => i.label === 'marsh2003')!.documentation), /not among the sources/);
  });

  it("a draft's front matter names its own bibliography", async () => {
    writeFileSync(path.join(tree.dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'] }));
    tree.write('essays/mine.bib', '@book{fall, author = {Quill, Edda}, title = {The Fall of Varnholt}}');
    await start();
    const uri = uriOf(path.join(tree.dir, 'essays', 'essay.md'));
    await client.open(uri, '---\nbibliography: mine.bib\n---\n\nThe siege of Varnholt lasted 93 days [@fall, p. 241].\n');
    const diagnostics = await client.diagnosticsFor(uri, { predicate: (d) => d.length > 0 });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['citation-mismatch', 'Page 241 of "The Fall of Varnholt" does not state this; page 240 does.']]);
  });

  it("a bibliography a draft's front matter names is read again when it changes, as the draft is checked", async () => {
    writeFileSync(path.join(tree.dir, '.corroborate.json'), JSON.stringify({ sources: ['sources'] }));
    tree.write('essays/mine.bib', '@book{other, author = {Marsh, Ada}, title = {A Book Not Among the Sources}}');
    await start();
    const uri = uriOf(path.join(tree.dir, 'essays', 'essay.md'));
    const text = '---\nbibliography: mine.bib\n---\n\nThe siege of Varnholt lasted 93 days [@fall, p. 241].\n';
    await client.open(uri, text);
    const first = await client.diagnosticsFor(uri, { version: 1 });
    assert.ok(!first.some((d) => d.code === 'citation-mismatch'), JSON.stringify(first));
    tree.write('essays/mine.bib', '@book{fall, author = {Quill, Edda}, title = {The Fall of Varnholt}}');
    // (Looked at again every two seconds while the draft is checked: two edits, that far apart.)
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await client.change(uri, `${text}\n`);
    const diagnostics = await client.diagnosticsFor(uri, { predicate: (d) => d.some((x) => x.code === 'citation-mismatch') });
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['citation-mismatch', 'Page 241 of "The Fall of Varnholt" does not state this; page 240 does.']]);
  });

  it('a broken bibliography: a warning the editor shows and the status keeps; drafts are still checked', async () => {
    tree.write('refs.bib', '@book{quill1901, title = {The Fall');
    await start();
    const shown = await client.shown.next((m: { message: string }) => /bibliography/.test(m.message), 'the warning', 10_000);
    assert.match((shown as { message: string }).message, /^Corroborate: a bibliography cannot be read as BibTeX .*\(named in .*\.corroborate\.json\), so its keys are not used: .*refs\.bib$/);
    const status = client.status.items.at(-1) as { warning?: string };
    assert.match(status.warning ?? '', /refs\.bib/);
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, 'The siege of Varnholt lasted 80 days [@quill1901, p. 239].\n');
    assert.deepEqual((await client.diagnosticsFor(uri, { version: 1 })).map((d) => d.code), ['contradicted']);
  });
});
