// Pull diagnostics through createServer in-process: which clients are offered them, when a pull is
// answered (after the first indexing, after the debounce, for workspace/diagnostic only once
// something changed), that a pulling client is never sent publishDiagnostics, and that a client
// that does not pull is sent them as before. Every held request is ended inside its test.
import assert from 'node:assert/strict';
import {
  CancellationTokenSource,
  DocumentDiagnosticRequest,
  LSPErrorCodes,
  WorkspaceDiagnosticRequest,
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  type FullDocumentDiagnosticReport,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
} from 'vscode-languageserver-protocol/node';
import { CORPUS, fileUri } from './workspace.js';
import { initialize, start, until, type Running } from './inMemoryServer.js';

const DRAFT = 'The siege of Tarrow lasted 61 days.[^1]\n\n[^1]: Edda Quillon, *The Quillon Annals*.\n';
const UNCITED = 'The siege of Tarrow lasted 93 days.\n';

const PULLING: ClientCapabilities = { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } };
const REFRESHING: ClientCapabilities = { ...PULLING, workspace: { configuration: true, diagnostics: { refreshSupport: true } } };

const isCancelled = (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled;

async function open(running: Running, name: string, text: string): Promise<string> {
  const uri = fileUri(name);
  await running.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  return uri;
}

function pull(running: Running, uri: string, previousResultId?: string, token = new CancellationTokenSource().token): Promise<DocumentDiagnosticReport> {
  return running.client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }, token);
}

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport & { resultId: string } {
  assert.equal(report.kind, 'full');
  assert.equal(typeof report.resultId, 'string');
  return report as FullDocumentDiagnosticReport & { resultId: string };
}

/** A round trip: whatever the server had to say before answering it has been said. */
async function roundTrip(running: Running): Promise<void> {
  await running.client.sendRequest('textDocument/hover', { textDocument: { uri: fileUri('none.md') }, position: { line: 0, character: 0 } });
}

/** Tracks whether a request has been answered yet. */
function watch<T>(request: Promise<T>): { request: Promise<T>; readonly settled: boolean } {
  const watched = { request, settled: false };
  request.then(() => (watched.settled = true), () => (watched.settled = true));
  return watched;
}

describe('createServer in-process: pull diagnostics', () => {
  let running: Running | undefined;
  afterEach(() => {
    running?.close();
    running = undefined;
  });

  it('offers pull diagnostics only to a client that declares them', async () => {
    running = await start();
    const pulling = await initialize(running, PULLING);
    assert.deepEqual(pulling.capabilities.diagnosticProvider, { identifier: 'corroborate', interFileDependencies: false, workspaceDiagnostics: true });
    running.close();
    running = await start();
    const pushing = await initialize(running);
    assert.equal(pushing.capabilities.diagnosticProvider, undefined);
  });

  it('answers a full report, then unchanged for its id, then a new id after an edit; and never publishes', async () => {
    running = await start();
    await initialize(running, PULLING);
    const uri = await open(running, 'draft.md', DRAFT);
    const first = full(await pull(running, uri));
    assert.deepEqual(first.items.map((d) => d.code), ['contradicted']);
    assert.deepEqual(await pull(running, uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    await running.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: UNCITED }] });
    const changed = full(await pull(running, uri, first.resultId));
    assert.notEqual(changed.resultId, first.resultId);
    assert.deepEqual(changed.items.map((d) => d.code), ['needs-citation']);
    await running.client.sendRequest('corroborate/reindex');
    await running.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await roundTrip(running);
    assert.deepEqual(running.diagnostics, [], 'a pulling client is never sent publishDiagnostics');
  });

  it('still sends publishDiagnostics to a client that does not pull', async () => {
    running = await start();
    await initialize(running);
    const uri = await open(running, 'draft.md', DRAFT);
    await until(() => running!.diagnostics.some((p) => p.uri === uri && p.version === 1 && p.diagnostics.length === 1), 'the findings published');
    await running.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: UNCITED }] });
    await until(() => running!.diagnostics.some((p) => p.version === 2 && p.diagnostics[0]?.code === 'needs-citation'), 'the edit’s findings published');
    await running.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await until(() => running!.diagnostics.at(-1)!.diagnostics.length === 0, 'the findings cleared');
    assert.equal(running.refreshes, 0);
  });

  it('asks a client that can refresh to pull again after a re-index or new settings, and no other', async () => {
    running = await start();
    await initialize(running, REFRESHING);
    const before = running.refreshes;
    await running.client.sendRequest('corroborate/reindex');
    await until(() => running!.refreshes === before + 1, 'a refresh after the re-index');
    await running.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await until(() => running!.refreshes === before + 2, 'a refresh after the settings changed');
    running.close();
    running = await start();
    await initialize(running, PULLING);
    await running.client.sendRequest('corroborate/reindex');
    await roundTrip(running);
    assert.equal(running.refreshes, 0, 'a client that cannot refresh is not asked to');
  });

  it('answers a pull made during the first indexing once the index is there', async () => {
    let release = () => {};
    let loading = false;
    const indexed = new Promise<void>((resolve) => (release = resolve));
    const loadSources = async () => {
      loading = true;
      await indexed;
      return CORPUS.map((s) => ({ ...s }));
    };
    running = await start({ loadSources });
    await initialize(running, PULLING, false);
    // The settings (debounceMs 0) are read before the sources: the pull waits for nothing else.
    await until(() => loading, 'the sources being read');
    const uri = await open(running, 'draft.md', DRAFT);
    const pulled = watch(pull(running, uri));
    await roundTrip(running);
    assert.equal(pulled.settled, false, 'not answered (empty) before there is an index');
    release();
    assert.deepEqual(full(await pulled.request).items.map((d) => d.code), ['contradicted']);
  });

  it('waits for the debounce after an edit, and answers RequestCancelled when cancelled meanwhile', async () => {
    running = await start({}, { debounceMs: 150 });
    await initialize(running, PULLING);
    const opened = Date.now();
    const uri = await open(running, 'draft.md', DRAFT);
    full(await pull(running, uri));
    assert.ok(Date.now() - opened >= 140, `answered ${Date.now() - opened} ms after the draft was opened`);
    running.close();
    running = await start({}, { debounceMs: 10_000 });
    await initialize(running, PULLING);
    const waiting = await open(running, 'draft.md', DRAFT);
    const source = new CancellationTokenSource();
    const pulled = watch(pull(running, waiting, undefined, source.token));
    await roundTrip(running);
    assert.equal(pulled.settled, false);
    source.cancel();
    await assert.rejects(pulled.request, isCancelled);
  });

  it('holds workspace/diagnostic until a draft’s report changes, streams it, and ends when cancelled', async () => {
    running = await start();
    await initialize(running, PULLING);
    const partials: WorkspaceDiagnosticReportPartialResult[] = [];
    running.client.onProgress(WorkspaceDiagnosticRequest.partialResult, 'stream', (partial) => void partials.push(partial));
    const source = new CancellationTokenSource();
    const streaming = watch(running.client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [], partialResultToken: 'stream' }, source.token));
    const uri = await open(running, 'draft.md', DRAFT);
    full(await pull(running, uri));
    await roundTrip(running);
    assert.equal(streaming.settled, false, 'nothing changed yet: held, not answered');
    assert.equal(partials.length, 0);
    // Closed: an empty report takes its findings away from a client that keeps what it pulled.
    await running.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await until(() => partials.length === 1, 'the closed draft’s report');
    assert.deepEqual(partials[0]!.items.map((r) => [r.kind, r.uri, r.version, r.kind === 'full' ? r.items : undefined]), [['full', uri, null, []]]);
    await roundTrip(running);
    assert.equal(streaming.settled, false, 'still open for what comes next');
    source.cancel();
    await assert.rejects(streaming.request, isCancelled);
  });

  it('answers workspace/diagnostic without a partial-result token once a report changes, and at shutdown', async () => {
    running = await start();
    await initialize(running, PULLING);
    const answered = watch(running.client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }));
    await roundTrip(running);
    assert.equal(answered.settled, false);
    const uri = await open(running, 'draft.md', DRAFT);
    await running.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const report: WorkspaceDiagnosticReport = await answered.request;
    assert.deepEqual(report.items.map((r) => r.uri), [uri]);
    const held = watch(running.client.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [] }));
    await roundTrip(running);
    assert.equal(held.settled, false, 'the empty report, once given, is not given again');
    await running.client.sendRequest('shutdown');
    assert.deepEqual(await held.request, { items: [] });
  });
});
