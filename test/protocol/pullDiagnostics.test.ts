// Pull diagnostics (LSP 3.17) over the wire: the real server over stdio, spoken to by a client that
// declares textDocument.diagnostic as VS Code does. Every corpus here is made up inside the test.
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  CancellationTokenSource,
  DocumentDiagnosticRequest,
  LSPErrorCodes,
  WorkspaceDiagnosticRequest,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { TestClient, tempTree, uriOf } from './lspClient.js';

const QUILL = '# The Fall of Varnholt\n\nThe siege of Varnholt lasted 143 days.\n';
const SETTINGS = { debounceMs: 0, sources: ['sources'], includeBundledCorpus: false };

function codes(items: Array<{ code?: unknown }>): string[] {
  return items.map((d) => String(d.code)).sort();
}

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport & { resultId: string } {
  assert.equal(report.kind, 'full');
  assert.equal(typeof report.resultId, 'string');
  return report as FullDocumentDiagnosticReport & { resultId: string };
}

describe('pull diagnostics over stdio', function () {
  this.timeout(30_000);
  let tree: ReturnType<typeof tempTree>;
  let client: TestClient;

  beforeEach(async () => {
    tree = tempTree({ 'sources/quill.md': QUILL });
    client = await TestClient.start({ settings: { ...SETTINGS }, workspaceFolders: [tree.dir], pullDiagnostics: true });
    await client.ready();
  });

  afterEach(async () => {
    await client.stop();
    tree.cleanup();
  });

  it('textDocument/diagnostic: a full report, unchanged for its id, a new id after an edit, a refresh after a re-index, and never a publish', async () => {
    assert.deepEqual(client.capabilities.diagnosticProvider, { identifier: 'corroborate', interFileDependencies: false, workspaceDiagnostics: true });
    const uri = uriOf(path.join(tree.dir, 'essay.md'));
    await client.open(uri, 'The siege of Varnholt lasted 90 days.\n');
    const pull = (previousResultId?: string) => client.request<DocumentDiagnosticReport>(DocumentDiagnosticRequest.method, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
    const first = full(await pull());
    assert.deepEqual(codes(first.items), ['contradicted', 'needs-citation']);
    assert.match(first.items.find((d) => d.code === 'contradicted')!.message as string, /143 days/);
    assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
    await client.change(uri, 'The siege of Varnholt lasted 143 days.\n');
    const changed = full(await pull(first.resultId));
    assert.notEqual(changed.resultId, first.resultId);
    assert.deepEqual(codes(changed.items), ['needs-citation']);
    const refreshes = client.refreshes.items.length;
    await client.request('corroborate/reindex', null);
    await client.refreshes.next((n) => n > refreshes, 'a refresh after the re-index');
    await client.close(uri);
    await client.request('corroborate/sources', null);
    assert.deepEqual(client.diagnostics.items, [], 'a pulling client is never sent publishDiagnostics');
  });

  it('workspace/diagnostic: held until corroborate/checkWorkspace finds something in a draft that is not open', async () => {
    const closed = tree.write('drafts/one.md', 'The siege of Varnholt lasted 90 days.\n');
    let answered = false;
    const first = client.request<WorkspaceDiagnosticReport>(WorkspaceDiagnosticRequest.method, { previousResultIds: [] }).finally(() => (answered = true));
    await client.request('corroborate/sources', null);
    assert.equal(answered, false, 'nothing to report yet: held');
    const result = await client.request<{ files: number; findings: number }>('corroborate/checkWorkspace', {});
    assert.deepEqual([result.files, result.findings], [1, 2]);
    const report = await first;
    assert.deepEqual(report.items.map((r) => [r.kind, r.uri, r.version]), [['full', uriOf(closed), null]]);
    const [item] = report.items as Array<FullDocumentDiagnosticReport & { uri: string }>;
    assert.deepEqual(codes(item!.items), ['contradicted', 'needs-citation']);
    // Asked again with what it now holds: held until cancelled, then RequestCancelled.
    const source = new CancellationTokenSource();
    const again = client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [{ uri: item!.uri, value: item!.resultId! }] }, source.token);
    await client.request('corroborate/sources', null);
    source.cancel();
    await assert.rejects(again, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
    assert.deepEqual(client.diagnostics.items, [], 'a pulling client is never sent publishDiagnostics');
  });
});
