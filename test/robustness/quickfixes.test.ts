// Quick fixes only ever change the draft they were offered for. Real findings and forged ones (the
// editor hands diagnostics back; their data may be stale, foreign or junk) go through
// textDocument/codeAction: every edit is a text edit of that draft, at its current version, inside it,
// and the edits of one fix never overlap; the one command ("Dismiss this finding") names that draft.
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol/node';
import { TestClient, applyTextEdits, tempTree, uriOf } from '../protocol/lspClient.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const MARSH = '---\nauthor: Ada Marsh\n---\n# Harbour Chronicles\n\nThe Varnholt garrison numbered 4,000 men when the siege began.\n';
const DRAFTS = [
  'The siege of Varnholt lasted 90 days.[^1] The Varnholt garrison numbered 9,000 men.\n\n[^1]: Ada Marsh, *Harbour Chronicles*.\n',
  'The siege of Varnholt lasted 143 days [@marsh]. The Varnholt garrison numbered 9,000 men (Marsh).\r\nMore text.\r\n',
];

function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function inside(range: Range, lengths: number[]): boolean {
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line]!;
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start) && ok(range.end) && ordered;
}

function overlap(a: Range, b: Range): boolean {
  const before = (x: Range['end'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return !(before(a.end, b.start) || before(b.end, a.start));
}

/** Checks every action's edit; returns the edits of each. */
function checkActions(actions: CodeAction[], uri: string, version: number, text: string): TextEdit[][] {
  const lengths = lineLengths(text);
  return actions.map((action) => {
    if (action.command) {
      // "Dismiss this finding" edits no draft: it names this draft's finding to the server.
      assert.equal(action.edit, undefined, `"${action.title}" runs a command or edits, not both`);
      assert.equal(action.command.command, 'corroborate.dismissFinding', `"${action.title}" runs only the dismiss command`);
      assert.equal((action.command.arguments?.[0] as { uri?: string }).uri, uri, `"${action.title}" names only ${uri}`);
      return [];
    }
    assert.ok(action.edit, `"${action.title}" has an edit`);
    assert.deepEqual(Object.keys(action.edit.changes ?? {}).filter((u) => u !== uri), []);
    const edits: TextEdit[] = [...(action.edit.changes?.[uri] ?? [])];
    for (const change of action.edit.documentChanges ?? []) {
      assert.ok('textDocument' in change, `"${action.title}" creates, renames or deletes no file`);
      assert.equal(change.textDocument.uri, uri, `"${action.title}" edits only ${uri}`);
      assert.equal(change.textDocument.version, version, `"${action.title}" is for the current version`);
      for (const e of change.edits) {
        assert.ok('range' in e && !('annotationId' in e), 'plain text edits');
        edits.push(e as TextEdit);
      }
    }
    for (const e of edits) assert.ok(inside(e.range, lengths), `"${action.title}": ${JSON.stringify(e.range)} lies inside the draft`);
    for (let i = 0; i < edits.length; i++) {
      for (let j = i + 1; j < edits.length; j++) {
        const a = edits[i]!.range;
        const b = edits[j]!.range;
        const bothInsertAt = JSON.stringify(a) === JSON.stringify(b) && a.start.line === a.end.line && a.start.character === a.end.character;
        assert.ok(bothInsertAt || !overlap(a, b), `"${action.title}": edits do not overlap`);
      }
    }
    return edits;
  });
}

describe('quick fixes change only their own draft', function () {
  this.timeout(60_000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient;

  before(async () => {
    tree = tempTree({ 'sources/quill.md': QUILL, 'sources/marsh.md': MARSH });
    client = await TestClient.start({ settings: { debounceMs: 0, includeBundledCorpus: false, sources: ['sources'] }, workspaceFolders: [tree.dir] });
    await client.ready();
    // A source open in the editor too: never a target.
    await client.open(uriOf(path.join(tree.dir, 'sources', 'quill.md')), QUILL);
  });

  after(async () => {
    await client?.stop();
    tree?.cleanup();
  });

  it('for real findings: every fix edits that draft alone', async () => {
    const uris = DRAFTS.map((_, i) => uriOf(path.join(tree.dir, `essay-${i}.md`)));
    for (let i = 0; i < DRAFTS.length; i++) await client.open(uris[i]!, DRAFTS[i]!);
    let fixes = 0;
    for (let i = 0; i < DRAFTS.length; i++) {
      const uri = uris[i]!;
      const diagnostics = await client.diagnosticsFor(uri, { version: 1 });
      assert.ok(diagnostics.length >= 2);
      for (const diagnostic of [...diagnostics.map((d) => [d]), diagnostics]) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri }, range: diagnostic[0]!.range, context: { diagnostics: diagnostic },
        });
        assert.ok(actions.length > 0);
        checkActions(actions, uri, 1, DRAFTS[i]!).forEach((edits) => {
          fixes++;
          applyTextEdits(DRAFTS[i]!, edits);
        });
      }
    }
    assert.ok(fixes >= 8, `${fixes} fixes looked at`);
  });

  it('for forged, stale and junk diagnostics handed back by the editor', async () => {
    const uri = uriOf(path.join(tree.dir, 'forged.md'));
    const text = DRAFTS[0]!;
    await client.open(uri, text);
    const real = await client.diagnosticsFor(uri, { version: 1 });
    const other = uriOf(path.join(tree.dir, 'sources', 'quill.md'));
    const position = fc.record({ line: fc.integer({ min: -3, max: 8 }), character: fc.integer({ min: -3, max: 200 }) });
    const key = fc.constantFrom('quill', 'marsh', '__proto__', 'constructor', 'toString', 'missing', '');
    const value = fc.oneof(fc.constantFrom('143 days', '4,000', '', '\n', '](file:///etc/passwd)', '\u0000'), fc.string({ maxLength: 20 }));
    const forged = fc.record({
      range: fc.oneof(fc.constantFrom(...real.map((d) => d.range)), fc.record({ start: position, end: position })),
      code: fc.constantFrom('contradicted', 'sources-disagree', 'citation-mismatch', 'needs-citation', 'not-in-sources', 'made-up'),
      data: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(...real.map((d) => d.data)),
        fc.record({
          uri: fc.constant(other),
          sourceValues: fc.oneof(fc.constant('nope' as unknown), fc.array(fc.record({ text: value, agrees: fc.boolean(), sourceKeys: fc.array(key, { maxLength: 3 }) }), { maxLength: 4 })),
          supportingSources: fc.oneof(fc.constant(null as unknown), fc.array(key, { maxLength: 4 })),
          citedSources: fc.array(key, { maxLength: 2 }),
          sentenceEnd: fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.constant(null as unknown), fc.constant('9' as unknown)),
          claim: fc.record({ text: value }),
        }),
      ),
    });
    let total = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(forged, { minLength: 1, maxLength: 4 }), async (list) => {
        const diagnostics: Diagnostic[] = list.map((d) => ({ ...d, message: 'forged', source: 'corroborate' }) as Diagnostic);
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri }, range: list[0]!.range, context: { diagnostics },
        });
        assert.ok(Array.isArray(actions));
        total += checkActions(actions, uri, 1, text).length;
      }),
      { numRuns: 300, seed: 6 },
    );
    assert.ok(total > 100, `${total} forged fixes looked at`);

    // A finding handed back after the draft changed under it: its range now holds other text, which
    // no fix may replace.
    const contradicted = real.find((d) => d.code === 'contradicted')!;
    const changed = `In short: ${text}`;
    const version = await client.change(uri, changed);
    await client.diagnosticsFor(uri, { version });
    const stale = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: contradicted.range, context: { diagnostics: [contradicted] },
    });
    assert.deepEqual(stale.map((a) => a.title), ['Silence contradicted on this line (corroborate-disable-next-line contradicted)']);
    checkActions(stale, uri, version, changed);
    assert.ok(!client.stderr.includes('corroborate-ls:'), client.stderr);
  });
});
