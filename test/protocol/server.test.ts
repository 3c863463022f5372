// The language server as an editor sees it: the real server over stdio, spoken to in LSP.
// Every corpus here is made up inside the test (a fictional siege, a fictional treaty).
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentLink, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol/node';
import { TestClient, positionOf, tempTree, uriOf } from './lspClient.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const MARSH = '# Harbour Chronicles\n\nThe Varnholt garrison numbered 4,000 men when the siege began.\n';
const AMBER = '# Chronicle of the Amber Treaty\n\nThe Amber Treaty was signed by eleven delegates in the town hall.\n';
const COMMENTED = '# Letters from Osterby\n\nThe siege of Osterby was over by the autumn.\n\n2 thoughts on “Letters from Osterby”\n\nI read that the siege of Osterby lasted nine years.\n';

const SETTINGS = { debounceMs: 0, sources: ['sources'], includeBundledCorpus: false };

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

function itemsOf(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

describe('language server over stdio', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient;
  let n = 0;
  const draftUri = () => uriOf(path.join(tree.dir, `essay-${++n}.md`));

  beforeEach(async () => {
    tree = tempTree({ 'sources/quill.md': QUILL, 'sources/marsh.md': MARSH, 'sources/osterby.md': COMMENTED });
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir] });
    await client.ready();
  });

  afterEach(async () => {
    await client.stop();
    tree.cleanup();
  });

  it('initializes, indexes the configured sources with progress, and reports its status', async () => {
    const caps = client.capabilities;
    assert.ok(caps.hoverProvider);
    assert.ok(caps.definitionProvider);
    assert.ok(caps.documentLinkProvider);
    assert.ok(caps.codeActionProvider);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['@', ':']);
    const status = await client.ready();
    assert.equal((status as { sources: number }).sources, 3);
    assert.ok((status as { claims: number }).claims >= 2);
    await client.progress.next((p) => p.value.kind === 'begin', 'progress begin');
    await client.progress.next((p) => p.value.kind === 'end', 'progress end');
    const sources = await client.request<Array<{ key: string; title: string; uri: string }>>('corroborate/sources', null);
    assert.deepEqual(sources.map((s) => s.key).sort(), ['marsh', 'osterby', 'quill']);
    assert.equal(sources.find((s) => s.key === 'quill')?.title, 'The Fall of Varnholt');
    assert.match(sources[0]!.uri, /^file:\/\//);
  });

  it('publishes findings on open, on the value as written, and clears them on close', async () => {
    const uri = draftUri();
    const text = 'The siege of Varnholt lasted 90 days.\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
    assert.deepEqual(codes(diagnostics), ['contradicted', 'needs-citation']);
    const contradicted = diagnostics.find((d) => d.code === 'contradicted')!;
    assert.deepEqual(contradicted.range, { start: positionOf(text, '90 days'), end: { line: 0, character: positionOf(text, '90 days').character + 7 } });
    assert.equal(contradicted.source, 'corroborate');
    assert.equal(contradicted.severity, 2);
    assert.match(contradicted.message as string, /143 days/);
    // Lean: the evidence stays on the server, named by the short id in `data`.
    assert.deepEqual(Object.keys(contradicted).sort(), ['code', 'codeDescription', 'data', 'message', 'range', 'severity', 'source']);
    // The code links to its explanation, a page shipped with the package (opened at its heading).
    const [guide, line] = contradicted.codeDescription!.href.split('#L');
    assert.equal(readFileSync(fileURLToPath(guide!), 'utf8').split('\n')[Number(line) - 1], '## contradicted');
    const evidence = await client.request<Diagnostic | null>('corroborate/evidence', { textDocument: { uri }, id: (contradicted.data as { id: string }).id });
    assert.equal(evidence?.message, contradicted.message);
    assert.equal(evidence?.relatedInformation?.[0]?.location.uri, uriOf(path.join(tree.dir, 'sources', 'quill.md')));
    assert.equal(evidence?.relatedInformation?.[0]?.location.range.start.line, 2);

    const mark = client.diagnostics.items.length;
    await client.close(uri);
    const cleared = await client.diagnosticsFor(uri, { from: mark });
    assert.deepEqual(cleared, []);
  });

  it('never shows results for text that has since changed', async () => {
    const uri = draftUri();
    await client.open(uri, 'The siege of Varnholt lasted 10 days.\n');
    await client.diagnosticsFor(uri, { version: 1 });
    const texts = new Map<number, string>();
    let last = 1;
    for (const days of [20, 30, 40, 50, 60, 70, 80, 143]) {
      const text = `The siege of Varnholt lasted ${days} days.\n`;
      last = await client.change(uri, text);
      texts.set(last, text);
    }
    const final = await client.diagnosticsFor(uri, { version: last });
    assert.deepEqual(codes(final), ['needs-citation'], 'the last text agrees with the source');
    // A round trip: anything the server meant to send before answering has been sent.
    await client.request('corroborate/sources', null);
    const published = client.diagnostics.items.filter((p) => p.uri === uri);
    let previous = 0;
    for (const p of published) {
      assert.ok(p.version !== undefined, 'every publish names its version');
      assert.ok(p.version! >= previous, `versions never go back (${p.version} after ${previous})`);
      previous = p.version!;
      const text = p.version === 1 ? 'The siege of Varnholt lasted 10 days.\n' : texts.get(p.version!)!;
      for (const d of p.diagnostics) {
        const value = text.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
        assert.match(value, /^\d+ days$/, `a range that fits the text of version ${p.version}`);
        assert.ok(text.includes(value));
      }
    }
    assert.equal(published[published.length - 1]!.version, last);
  });

  it('shows the evidence on hover, including reader comments', async () => {
    const uri = draftUri();
    const text = 'The siege of Varnholt lasted 90 days. The siege of Osterby lasted twenty years.\n';
    await client.open(uri, text);
    await client.diagnosticsFor(uri, { version: 1 });

    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '0 days') });
    const md = markdownOf(hover);
    assert.match(md, /143 days/);
    assert.match(md, /The siege of Varnholt lasted 143 days\./);
    assert.match(md, /The Fall of Varnholt/);
    // What the value was read as, and why the statement is the same fact.
    assert.match(md, /Read as: how long the siege of Varnholt lasted/);
    assert.match(md, /same fact: same siege/);
    const link = /\((file:\/\/[^)]+#L(\d+))\)/.exec(md);
    assert.ok(link, 'a link to the source at the sentence');
    assert.ok(link[1]!.startsWith(uriOf(path.join(tree.dir, 'sources', 'quill.md'))));
    assert.equal(link[2], '3');
    assert.deepEqual(hover!.range?.start, positionOf(text, '90 days'));

    const comment = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'twenty') });
    const commentMd = markdownOf(comment);
    assert.match(commentMd, /nine years/);
    assert.match(commentMd, /reader comment/);
    assert.match(commentMd, /Letters from Osterby/);

    const nothing = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'siege') });
    assert.equal(nothing, null);
  });

  it('hovers agreeing claims too, and says when no source states a claim', async () => {
    const uri = draftUri();
    const text = 'The Varnholt garrison numbered 4,000 men. The Amber Treaty was signed by twenty delegates.\n';
    await client.open(uri, text);
    await client.diagnosticsFor(uri, { version: 1 });
    const agreeing = markdownOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '4,000') }));
    assert.match(agreeing, /agree/i);
    assert.match(agreeing, /Harbour Chronicles/);
    const unknown = markdownOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'twenty') }));
    assert.match(unknown, /No source in the corpus states this/);
  });

  it('says which statement came nearest to a claim no source states, and why it is another fact', async () => {
    const uri = draftUri();
    const text = 'The siege of Karsk lasted 90 days.\n';
    await client.open(uri, text);
    const published = await client.diagnosticsFor(uri, { version: 1 });
    // The hover shows it from the server's findings: the published diagnostic does not carry it on
    // every keystroke (the command line's JSON does).
    const unknown = published.find((d) => d.code === 'not-in-sources')!;
    assert.ok(unknown, 'a not-in-sources diagnostic');
    assert.equal(unknown.relatedInformation, undefined);
    assert.deepEqual(Object.keys(unknown.data as object), ['id']);
    const md = markdownOf(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '90') }));
    assert.match(md, /No source in the corpus states this/);
    assert.match(md, /Read as: how long the siege of Karsk lasted\./);
    // Either of the two sieges the sources tell of: both are as near, and both are other sieges.
    assert.match(md, /Nearest statement, not the same fact \(a different siege \(siege of Karsk \/ siege of (Varnholt|Osterby)\)\)/);
    assert.match(md, /> (The siege of Varnholt lasted 143 days|I read that the siege of Osterby lasted nine years)\./);
  });

  it('goes to the source sentence from a claim and from a citation, and links citations', async () => {
    const uri = draftUri();
    const text = 'The siege of Varnholt lasted 143 days [@quill].\n';
    await client.open(uri, text);
    await client.diagnosticsFor(uri, { version: 1 });
    const quill = uriOf(path.join(tree.dir, 'sources', 'quill.md'));

    const fromClaim = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, '143') });
    assert.ok(fromClaim && fromClaim.length > 0);
    assert.equal(fromClaim[0]!.uri, quill);
    assert.deepEqual(fromClaim[0]!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 38 } });

    const fromCitation = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'quill') });
    assert.ok(fromCitation && fromCitation.length > 0);
    assert.equal(fromCitation[0]!.uri, quill);
    assert.equal(fromCitation[0]!.range.start.line, 2);

    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.equal(links.length, 1);
    assert.equal(links[0]!.target, quill);
    assert.deepEqual(links[0]!.range.start, positionOf(text, '[@quill]'));
  });

  it('replaces a contradicted value with the source value, and the finding goes away', async () => {
    const uri = draftUri();
    const text = 'The siege of Varnholt lasted 90 days.[^1]\n\n[^1]: A letter in a private collection.\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
    assert.deepEqual(codes(diagnostics), ['contradicted']);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics, only: ['quickfix'] },
    });
    const replace = actions.find((a) => a.title.startsWith('Replace with'));
    assert.ok(replace, `a replace action among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(replace.kind, 'quickfix');
    assert.match(replace.title, /143 days/);
    assert.match(replace.title, /The Fall of Varnholt/);
    const version = await client.applyEdit(uri, replace.edit!);
    assert.equal(client.text(uri).split('\n')[0], 'The siege of Varnholt lasted 143 days.[^1]');
    const after = await client.diagnosticsFor(uri, { version });
    assert.deepEqual(codes(after), []);
  });

  for (const [style, draft, expected] of [
    ['footnote', 'The siege of Varnholt lasted 143 days.\n', /lasted 143 days\.\[\^1\]\n\n\[\^1\]: \*The Fall of Varnholt\*\.\n$/],
    ['pandoc', 'The Varnholt garrison numbered 4,000 men [@marsh]. The siege of Varnholt lasted 143 days.\n', /lasted 143 days \[@quill\]\.\n$/],
    ['mla', 'The Varnholt garrison numbered 4,000 men ("Harbour Chronicles"). The siege of Varnholt lasted 143 days.\n', /lasted 143 days \("The Fall of Varnholt"\)\.\n$/],
  ] as const) {
    it(`cites a supporting source in the draft's ${style} style, and the finding goes away`, async () => {
      const uri = draftUri();
      await client.open(uri, draft);
      const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
      assert.deepEqual(codes(diagnostics), ['needs-citation']);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostics[0]!.range,
        context: { diagnostics },
      });
      const cite = actions.find((a) => a.title.startsWith('Cite'));
      assert.ok(cite, `a cite action among ${actions.map((a) => a.title).join(' | ')}`);
      assert.match(cite.title, /The Fall of Varnholt/);
      assert.equal(cite.isPreferred, true);
      const version = await client.applyEdit(uri, cite.edit!);
      assert.match(client.text(uri), expected);
      assert.deepEqual(codes(await client.diagnosticsFor(uri, { version })), []);
    });
  }

  for (const [form, draft, expected] of [
    ['pandoc', 'The siege of Varnholt lasted 143 days [@marsh, p. 4].\n', 'The siege of Varnholt lasted 143 days [@quill, p. 4].\n'],
    ['footnote', 'The siege of Varnholt lasted 143 days.[^1]\n\n[^1]: *Harbour Chronicles*.\n', 'The siege of Varnholt lasted 143 days.[^2]\n\n[^1]: *Harbour Chronicles*.\n[^2]: *The Fall of Varnholt*.\n'],
    ['parenthetical', 'The siege of Varnholt lasted 143 days ("Harbour Chronicles").\n', 'The siege of Varnholt lasted 143 days ("The Fall of Varnholt").\n'],
  ] as const) {
    it(`fixes a citation-mismatch by citing the agreeing source instead (${form})`, async () => {
      const uri = draftUri();
      await client.open(uri, draft);
      const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
      assert.deepEqual(codes(diagnostics), ['citation-mismatch']);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } });
      const instead = actions.find((a) => /instead of/.test(a.title));
      assert.ok(instead, `actions: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(instead.title, 'Cite "The Fall of Varnholt" instead of "Harbour Chronicles"');
      const version = await client.applyEdit(uri, instead.edit!);
      assert.equal(client.text(uri), expected);
      assert.deepEqual(codes(await client.diagnosticsFor(uri, { version })), []);
    });
  }

  it('offers one fix per distinct edit, for all the findings it serves', async () => {
    tree.write('sources/rook.md', '# Rook\'s Letters\n\nThe siege of Varnholt lasted 90 days.\n');
    const mark = client.status.items.length;
    await client.request('corroborate/reindex', null);
    await client.ready(mark);
    const uri = draftUri();
    await client.open(uri, 'The siege of Varnholt lasted 143 days.\n');
    const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
    assert.deepEqual(codes(diagnostics), ['needs-citation', 'sources-disagree']);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } });
    const titles = actions.map((a) => a.title);
    assert.equal(new Set(titles).size, titles.length, titles.join(' | '));
    const cite = actions.find((a) => a.title === 'Cite "The Fall of Varnholt" (footnote)');
    assert.ok(cite, titles.join(' | '));
    assert.equal(cite.diagnostics?.length, 2);
    assert.ok(titles.includes('Replace with "90 days" ("Rook\'s Letters")'), titles.join(' | '));
    // One dismissal per finding, each naming its code (the titles tell them apart).
    assert.deepEqual(titles.filter((t) => t.startsWith('Dismiss')).sort(), ['Dismiss this finding (needs-citation)', 'Dismiss this finding (sources-disagree)']);
  });

  it('silences a line with a disable comment', async () => {
    const uri = draftUri();
    const text = 'An opening line.\nThe siege of Varnholt lasted 90 days.\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
    assert.equal(diagnostics.length, 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    });
    const silence = actions.filter((a) => a.title.startsWith('Silence'));
    assert.deepEqual(silence.map((a) => a.title), diagnostics.map((d) => `Silence ${d.code} on this line (corroborate-disable-next-line ${d.code})`), 'one silence action per line and code');
    const version = await client.applyEdit(uri, silence[0]!.edit!);
    assert.equal(client.text(uri), `An opening line.\n<!-- corroborate-disable-next-line ${diagnostics[0]!.code} -->\nThe siege of Varnholt lasted 90 days.\n`);
    assert.deepEqual((await client.diagnosticsFor(uri, { version })).map((d) => d.code), [diagnostics[1]!.code]);
  });

  it('completes citation keys after [@ and source titles in footnote definitions', async () => {
    const uri = draftUri();
    const text = 'The siege of Varnholt lasted 143 days [@qu\n\n[^1]: The Fa';
    await client.open(uri, text);
    const keys = itemsOf(await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: text.indexOf('[@qu') + 4 },
      context: { triggerKind: 1 },
    }));
    assert.deepEqual(keys.map((i) => i.label).sort(), ['marsh', 'osterby', 'quill']);
    const quill = keys.find((i) => i.label === 'quill')!;
    assert.equal(quill.detail, 'The Fall of Varnholt');
    assert.deepEqual((quill.textEdit as { range: unknown }).range, { start: { line: 0, character: 40 }, end: { line: 0, character: 42 } });

    const titles = itemsOf(await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 12 },
      context: { triggerKind: 1 },
    }));
    const fall = titles.find((i) => i.label === 'The Fall of Varnholt');
    assert.ok(fall, `titles offered: ${titles.map((i) => i.label).join(', ')}`);
    assert.equal((fall.textEdit as { newText: string }).newText, '*The Fall of Varnholt*.');

    const none = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 5 } });
    assert.equal(none, null);
  });

  it('re-indexes when a source file is added (didChangeWatchedFiles) and the verdict changes', async () => {
    const registration = await client.registrations.next((r) => r.method === 'workspace/didChangeWatchedFiles', 'a watched-files registration');
    const watchers = (registration.registerOptions as { watchers: Array<{ globPattern: { baseUri: string; pattern: string } }> }).watchers;
    assert.ok(watchers.some((w) => w.globPattern.baseUri === uriOf(path.join(tree.dir, 'sources'))), JSON.stringify(watchers));

    const uri = draftUri();
    const text = 'The Amber Treaty was signed by twenty delegates.\n';
    await client.open(uri, text);
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: 1 })), ['needs-citation', 'not-in-sources']);

    const mark = client.diagnostics.items.length;
    const statusMark = client.status.items.length;
    const file = tree.write('sources/amber.md', AMBER);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    const after = await client.diagnosticsFor(uri, { from: mark, predicate: (d) => d.some((x) => x.code === 'contradicted') });
    assert.deepEqual(codes(after), ['contradicted', 'needs-citation']);
    const status = await client.ready(statusMark);
    assert.equal((status as { sources: number }).sources, 4);

    // Deleting it again brings the first verdict back.
    const mark2 = client.diagnostics.items.length;
    rmSync(file);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 3 }] });
    const back = await client.diagnosticsFor(uri, { from: mark2, predicate: (d) => d.some((x) => x.code === 'not-in-sources') });
    assert.deepEqual(codes(back), ['needs-citation', 'not-in-sources']);
  });

  it('ignores watched-file events that do not concern the sources', async () => {
    const uri = draftUri();
    await client.open(uri, 'The siege of Varnholt lasted 90 days.\n');
    await client.diagnosticsFor(uri, { version: 1 });
    const statusMark = client.status.items.length;
    const other = tree.write('notes/todo.md', 'nothing here');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(other), type: 1 }] });
    // Then a relevant one: the only re-index that follows is for it.
    const file = tree.write('sources/amber.md', AMBER);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    await client.logs.next((l) => /amber\.md/.test(l.message), 'the re-index for amber.md');
    await client.ready(statusMark);
    assert.ok(!client.logs.items.some((l) => /todo\.md/.test(l.message)), 'nothing said about todo.md');
  });

  it('checks the workspace on request and publishes for files that are not open', async () => {
    tree.write('drafts/one.md', 'The siege of Varnholt lasted 90 days.\n');
    tree.write('drafts/two.md', 'The Varnholt garrison numbered 4,000 men.\n');
    const result = await client.request<{ files: number; findings: number }>('corroborate/checkWorkspace', {});
    assert.equal(result.files, 2, 'the sources folder is not checked as drafts');
    assert.equal(result.findings, 3);
    const one = await client.diagnosticsFor(uriOf(path.join(tree.dir, 'drafts', 'one.md')));
    assert.deepEqual(codes(one), ['contradicted', 'needs-citation']);
  });

  it('checks again the closed drafts Check All covered when the sources change', async () => {
    const file = tree.write('drafts/one.md', 'The Amber Treaty was signed by twenty delegates.\n');
    await client.request('corroborate/checkWorkspace', {});
    const uri = uriOf(file);
    assert.deepEqual(codes(await client.diagnosticsFor(uri)), ['needs-citation', 'not-in-sources']);
    const mark = client.diagnostics.items.length;
    const source = tree.write('sources/amber.md', AMBER);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(source), type: 1 }] });
    const after = await client.diagnosticsFor(uri, { from: mark, predicate: (d) => d.some((x) => x.code === 'contradicted') });
    assert.deepEqual(codes(after), ['contradicted', 'needs-citation']);
  });

  it('does not check a source opened in the editor', async () => {
    const uri = uriOf(path.join(tree.dir, 'sources', 'quill.md'));
    await client.open(uri, QUILL);
    assert.deepEqual(await client.diagnosticsFor(uri, { version: 1 }), []);
  });
});

describe('language server settings', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient | undefined;

  beforeEach(() => {
    tree = tempTree({ 'sources/quill.md': QUILL, 'more/marsh.md': MARSH });
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    tree.cleanup();
  });

  it('applies severity settings, including off', async () => {
    client = await TestClient.start({
      settings: { ...SETTINGS, severity: { contradicted: 'error', 'needs-citation': 'off' } },
      workspaceFolders: [tree.dir],
    });
    await client.ready();
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, 'The siege of Varnholt lasted 90 days.\n');
    const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
    assert.deepEqual(codes(diagnostics), ['contradicted']);
    assert.equal(diagnostics[0]!.severity, 1);
  });

  it('Check All leaves out the drafts a .corroborate.json ignore list names, as the command line does', async () => {
    tree.write('.corroborate.json', JSON.stringify({ ignore: ['drafts/old/', '*.notes.md'] }));
    tree.write('drafts/one.md', 'The siege of Varnholt lasted 90 days.\n');
    tree.write('drafts/old/two.md', 'The siege of Varnholt lasted 91 days.\n');
    tree.write('drafts/three.notes.md', 'The siege of Varnholt lasted 92 days.\n');
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir] });
    await client.ready();
    const result = await client.request<{ files: number }>('corroborate/checkWorkspace', {});
    // (drafts/one.md and more/marsh.md, a Markdown file no setting names as a source.)
    assert.equal(result.files, 2);
    assert.deepEqual(codes(await client.diagnosticsFor(uriOf(path.join(tree.dir, 'drafts', 'one.md')))), ['contradicted', 'needs-citation']);
  });

  it('warns about bad settings in the log and uses the defaults', async () => {
    client = await TestClient.start({
      settings: { ...SETTINGS, debounceMs: 'soon', severity: { 'made-up': 'error' }, citationStyle: 'chicago' },
      workspaceFolders: [tree.dir],
    });
    await client.ready();
    await client.logs.next((l) => /corroborate\.debounceMs/.test(l.message) && l.type === 2, 'a warning about debounceMs');
    await client.logs.next((l) => /made-up/.test(l.message), 'a warning about the unknown code');
    await client.logs.next((l) => /citationStyle/.test(l.message), 'a warning about citationStyle');
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, 'The siege of Varnholt lasted 90 days.\n');
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: 1 })), ['contradicted', 'needs-citation']);
  });

  it('survives settings of the wrong shape altogether', async () => {
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir] });
    await client.ready();
    client.settings = ['not', 'an', 'object'] as unknown as Record<string, unknown>;
    const mark = client.status.items.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.ready(mark);
    await client.logs.next((l) => /settings must be an object/.test(l.message), 'a warning');
  });

  it('reads .corroborate.json in the workspace folder, with editor settings added to it', async () => {
    tree.write('.corroborate.json', JSON.stringify({ sources: ['more'], includeBundledCorpus: false, debounceMs: 0 }));
    client = await TestClient.start({ settings: { sources: ['sources'] }, workspaceFolders: [tree.dir] });
    const status = await client.ready();
    assert.equal((status as { sources: number }).sources, 2, 'more/ from the file and sources/ from the settings, no bundled corpus');
  });

  it('follows a settings change: another source folder, re-indexed', async () => {
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir] });
    await client.ready();
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, 'The Varnholt garrison numbered 9,000 men.\n');
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: 1 })), ['needs-citation', 'not-in-sources']);
    client.settings = { ...SETTINGS, sources: ['sources', 'more'] };
    const mark = client.diagnostics.items.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { corroborate: client.settings } });
    const after = await client.diagnosticsFor(uri, { from: mark, predicate: (d) => d.some((x) => x.code === 'contradicted') });
    assert.deepEqual(codes(after), ['contradicted', 'needs-citation']);
  });

  it('expands globs in sources', async () => {
    client = await TestClient.start({ settings: { ...SETTINGS, sources: ['**/*.md'] }, workspaceFolders: [tree.dir] });
    const status = await client.ready();
    assert.equal((status as { sources: number }).sources, 2);
  });

  it('does not check a draft over maxFileBytes, and says so once', async () => {
    client = await TestClient.start({ settings: { ...SETTINGS, maxFileBytes: 100 }, workspaceFolders: [tree.dir] });
    await client.ready();
    const uri = uriOf(path.join(tree.dir, 'long.md'));
    const text = 'The siege of Varnholt lasted 90 days. '.repeat(5);
    await client.open(uri, text);
    assert.deepEqual(await client.diagnosticsFor(uri, { version: 1 }), []);
    const notice = await client.shown.next((m) => /maxFileBytes/.test(m.message), 'a notice');
    assert.match(notice.message, /not checked/);
    const version = await client.change(uri, text + 'More. ');
    assert.deepEqual(await client.diagnosticsFor(uri, { version }), []);
    await client.request('corroborate/sources', null);
    assert.equal(client.shown.items.filter((m) => /maxFileBytes/.test(m.message)).length, 1);
    // Back under the limit: checked again.
    const small = await client.change(uri, 'The siege of Varnholt lasted 90 days.\n');
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: small })), ['contradicted', 'needs-citation']);
  });

  it('ignores sources outside an untrusted workspace named by its .corroborate.json', async () => {
    const outside = tempTree({ 'marsh.md': MARSH });
    try {
      tree.write('.corroborate.json', JSON.stringify({ sources: ['sources', outside.dir], includeBundledCorpus: false }));
      client = await TestClient.start({ settings: { debounceMs: 0 }, workspaceFolders: [tree.dir], initializationOptions: { workspaceTrusted: false } });
      const status = await client.ready();
      assert.equal((status as { sources: number }).sources, 1);
      await client.logs.next((l) => /not trusted/.test(l.message), 'a warning');
    } finally {
      outside.cleanup();
    }
  });

  it('debounces: quick edits are checked once they stop', async () => {
    client = await TestClient.start({ settings: { ...SETTINGS, debounceMs: 600 }, workspaceFolders: [tree.dir] });
    await client.ready();
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, 'The siege of Varnholt lasted 10 days.\n');
    let last = 1;
    for (const days of [20, 30, 143]) last = await client.change(uri, `The siege of Varnholt lasted ${days} days.\n`);
    assert.deepEqual(codes(await client.diagnosticsFor(uri, { version: last })), ['needs-citation']);
    assert.deepEqual(client.diagnostics.items.filter((p) => p.uri === uri).map((p) => p.version), [last]);
  });

  it('survives odd input: unknown documents, junk text, diagnostics without data', async () => {
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir] });
    await client.ready();
    const unknown = uriOf(path.join(tree.dir, 'never-opened.md'));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    const uri = 'untitled:Untitled-1';
    const junk = '\u0000\uFFFF\uD800 [^ [@ ((( 99999999999999999999 days \r\r\n\t'.repeat(50);
    await client.open(uri, junk);
    await client.diagnosticsFor(uri, { version: 1 });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x', source: 'corroborate', code: 'contradicted', data: { sourceValues: 'nope' } }] },
    });
    assert.ok(Array.isArray(actions));
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 999, character: 999 } });
    await client.request('textDocument/definition', { textDocument: { uri }, position: { line: -1, character: 5 } });
    const status = await client.request<{ sources: number }>('corroborate/reindex', null);
    assert.equal(status.sources, 1);
  });
});

describe('corroborate-ls from bin/', function () {
  this.timeout(30_000);

  it('starts with the bundled corpus by default', async () => {
    const client = await TestClient.start({ command: [process.execPath, 'bin/corroborate-ls.js', '--stdio'], settings: { debounceMs: 0 } });
    try {
      const status = await client.ready();
      assert.ok((status as { sources: number }).sources >= 1);
      const sources = await client.request<Array<{ uri: string }>>('corroborate/sources', null);
      assert.ok(sources.every((s) => s.uri.includes('/corpus/')));
    } finally {
      await client.stop();
    }
  });

  it('runs as `npx --no corroborate-ls --stdio` from the project root', async function () {
    if (process.platform === 'win32') this.skip();
    // npx takes `--no corroborate-ls` for an option with its value and keeps `--stdio` for itself:
    // the server then finds stdin piped and speaks over stdio all the same.
    const client = await TestClient.start({ command: ['npx', '--no', 'corroborate-ls', '--stdio'], settings: { debounceMs: 0 } });
    try {
      const status = await client.ready();
      assert.ok((status as { sources: number }).sources >= 1);
    } finally {
      await client.stop();
    }
  });

  it('works for a client without workspace/configuration, from initializationOptions', async () => {
    const tree = tempTree({ 'sources/quill.md': QUILL });
    const client = await TestClient.start({
      command: [process.execPath, 'bin/corroborate-ls.js', '--stdio'],
      initializationOptions: { settings: { sources: [path.join(tree.dir, 'sources')], includeBundledCorpus: false, debounceMs: 0 } },
      configuration: false,
      watchedFiles: false,
      workDoneProgress: false,
    });
    try {
      assert.equal(client.configurationRequests.items.length, 0);
      const status = await client.ready();
      assert.ok((status as { sources: number }).sources >= 1);
    } finally {
      await client.stop();
      tree.cleanup();
    }
  });
});
