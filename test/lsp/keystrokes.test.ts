// The keystroke path: an open draft edited by incremental changes (as an editor sends them) is
// published exactly what a fresh check of the same text would publish, whatever the edits.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { checkDraft } from '../../server/src/engine/index.js';
import { analyzeText, provideDiagnostics } from '../../server/src/lsp/features/diagnostics.js';
import { analysisOf } from '../../server/src/lsp/features/diagnostics.js';
import { MemoryState } from './workspace.js';

const START = [
  '# The Siege of Tarrow',
  '',
  'It lasted 61 days.[^1] About 4,000 defenders were taken prisoner.',
  '',
  '## The Treaty of Mense',
  '',
  'The Treaty of Mense was signed on 9 June 1703 by Queen Ysolde [@quillon].',
  '',
  '- The siege of Tarrow lasted 93 days.',
  '- Around 4,000 were taken prisoner.[^2]',
  '',
  '<!-- corroborate-disable-next-line needs-citation -->',
  'The siege of Tarrow lasted 90 days.',
  '',
  '[^1]: Edda Quillon, *The Quillon Annals*.',
  '[^2]: Hal Ferrand, notes.',
  '',
].join('\n');

const fragment = fc.constantFrom(
  '\n', '\n\n', ' ', 'It ', 'Tarrow', ' 93 days', ' 61 days', '.', '[^1]', '[^3]', '\n\n[^3]: Hal Ferrand, notes.\n', '## Mense\n\n', '- ',
  '> ', '<!-- corroborate-disable -->', '(Ferrand)', '[@ferrand]', '9 June 1702', 'about 4,000 died', '\r\n', 'x',
);

/** One change of a didChange: where (a share of the text), how much it removes, what it inserts. */
const change = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 50 })),
  insert: fc.array(fragment, { maxLength: 3 }).map((parts) => parts.join('')),
});

/** A didChange of one change or two (two cursors): each range in the text the changes before it left. */
function didChange(text: string, parts: Array<{ at: number; remove: number; insert: string }>): TextDocumentContentChangeEvent[] {
  const out: TextDocumentContentChangeEvent[] = [];
  let current = text;
  for (const p of parts) {
    const start = Math.floor(p.at * current.length);
    const end = Math.min(current.length, start + p.remove);
    out.push({ range: { start: positionAt(current, start), end: positionAt(current, end) }, text: p.insert });
    current = current.slice(0, start) + p.insert + current.slice(end);
  }
  return out;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

const lean = (diagnostics: readonly unknown[]) => diagnostics.map((d) => ({ ...(d as object), data: undefined }));

describe('the keystroke path: incremental changes publish what a fresh check would', function () {
  this.timeout(120000);

  it('after every didChange of a random sequence (one or two changes each)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(change, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 20 }), (edits) => {
        const state = new MemoryState();
        let doc = state.open('draft.md', START);
        provideDiagnostics(state, { uri: doc.uri });
        for (const parts of edits) {
          doc = state.change(doc.uri, didChange(doc.getText(), parts));
          const text = doc.getText();
          const published = provideDiagnostics(state, { uri: doc.uri })!;
          const fresh = analyzeText(state.workspace, text)!;
          assert.deepEqual(lean(published.diagnostics), lean(fresh.diagnostics), `after ${JSON.stringify(parts)}: ${JSON.stringify(text)}`);
          const analysis = analysisOf(state, doc)!;
          assert.deepEqual(analysis.findings, fresh.findings);
          assert.deepEqual(analysis.report, checkDraft(text, state.workspace.index));
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it('sends the same diagnostic objects (ids and all) for the blocks a keystroke elsewhere did not move', () => {
    // (Without a silencing comment: where one is, whether a finding is silenced depends on where it is.)
    const text = START.replace(/<!--.*-->\n/, '');
    const state = new MemoryState();
    let doc = state.open('draft.md', text);
    const before = provideDiagnostics(state, { uri: doc.uri })!.diagnostics;
    const at = text.indexOf('About');
    doc = state.change(doc.uri, [{ range: { start: positionAt(text, at), end: positionAt(text, at) }, text: 'Still. ' }]);
    const after = provideDiagnostics(state, { uri: doc.uri })!.diagnostics;
    const untouched = before.filter((d) => d.range.start.line > 2);
    assert.ok(untouched.length > 0);
    for (const d of untouched) assert.ok(after.includes(d), `${d.message} was made again`);
  });
});
