// The stdio writer joins the kept JSON of diagnostics sent before (server/src/lsp/messageWriter.ts):
// what it writes must be what JSON.stringify writes, and a diagnostic, once sent, must never change.
import assert from 'node:assert/strict';
import { messageBytes } from '../../server/src/lsp/messageWriter.js';
import { provideDiagnostics } from '../../server/src/lsp/features/diagnostics.js';
import { MemoryState } from './workspace.js';

const diagnostic = (line: number, message: string) => ({
  range: { start: { line, character: 2 }, end: { line, character: 9 } },
  severity: 2,
  code: 'citation-mismatch',
  source: 'corroborate',
  message,
  data: { id: String(line) },
});

const publish = (params: object) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params });

describe('the stdio message writer', () => {
  it('writes every message as JSON.stringify does', () => {
    const kept = diagnostic(3, 'The draft says "61 days"; \u2028 the source says 62.');
    const messages = [
      publish({ uri: 'file:///draft.md', diagnostics: [kept, diagnostic(4, 'ü ✓ \\ "')], version: 7 }),
      // (Sent again, from the kept JSON, beside a new one.)
      publish({ uri: 'file:///draft.md', diagnostics: [diagnostic(1, 'new'), kept], version: 8 }),
      publish({ uri: 'file:///a%22diagnostics%22:[].md', version: 2, diagnostics: [kept] }),
      publish({ uri: 'file:///"diagnostics":[].md', diagnostics: [kept] }),
      publish({ uri: 'file:///draft.md', diagnostics: [] }),
      { jsonrpc: '2.0', id: 3, result: { kind: 'full', items: [kept] } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '"diagnostics":[]' } },
    ];
    for (const message of messages) assert.deepEqual(messageBytes(message), Buffer.from(JSON.stringify(message)));
  });

  it('is given diagnostics that cannot change once made', () => {
    const state = new MemoryState();
    const doc = state.open('draft.md', '# The Siege of Tarrow\n\nIt lasted 61 days. About 4,000 defenders were taken prisoner.\n');
    const published = provideDiagnostics(state, { uri: doc.uri })!.diagnostics;
    assert.ok(published.length > 0);
    for (const d of published) assert.ok(Object.isFrozen(d) && Object.isFrozen(d.range), d.message);
  });
});
