// createServer in-process: the server wired to an in-memory connection, reading a made-up corpus
// (test/lsp/workspace.ts) through its dependencies instead of the disk. The wire to a real process
// is tested in test/protocol/ and test/robustness/.
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol/node';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import { initialize, start, until, type Running } from './inMemoryServer.js';
import { ROOT, fileUri, positionOf } from './workspace.js';

const DRAFT = 'The siege of Tarrow lasted 61 days.[^1]\n\n[^1]: Edda Quillon, *The Quillon Annals*.\n';

describe('createServer in-process', () => {
  let running: Running;
  afterEach(() => running?.close());

  it('declares the capabilities and indexes the corpus it is given', async () => {
    running = await start();
    const result = await initialize(running);
    assert.deepEqual(result.capabilities, {
      textDocumentSync: { openClose: true, change: 2 },
      hoverProvider: true,
      definitionProvider: true,
      documentLinkProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      completionProvider: { triggerCharacters: ['@', ':'], resolveProvider: false },
      executeCommandProvider: { commands: ['corroborate.dismissFinding'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    });
    assert.deepEqual(result.serverInfo?.name, 'corroborate-ls');
    assert.equal(running.server.workspace.index?.sources.length, 2);
    const sources = await running.client.sendRequest<Array<{ key: string }>>('corroborate/sources');
    assert.deepEqual(sources.map((s) => s.key), ['quillon', 'ferrand']);
  });

  it('publishes a draft’s findings, hovers them, and forgets the draft when it is closed', async () => {
    running = await start();
    await initialize(running);
    const uri = fileUri('draft.md');
    await running.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    await until(() => running.diagnostics.some((d) => d.uri === uri && d.diagnostics.length > 0), 'the findings');
    assert.deepEqual(running.diagnostics.at(-1)!.diagnostics.map((d) => d.code), ['contradicted']);
    const hover = await running.client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(DRAFT, '61 days', 1) });
    assert.match((hover!.contents as { value: string }).value, /93 days/);
    assert.equal(running.server.drafts.size, 1);
    await running.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await until(() => running.diagnostics.at(-1)!.diagnostics.length === 0, 'the findings cleared');
    assert.equal(running.server.drafts.size, 0);
  });

  it('answers its own requests with or without params', async () => {
    running = await start();
    await initialize(running);
    const status = await running.client.sendRequest<StatusParams>('corroborate/reindex');
    assert.equal(status.sources, 2);
    assert.deepEqual(await running.client.sendRequest('corroborate/checkWorkspace', { uris: [] }), { files: 0, findings: 0, skipped: 0 });
    // No such folder on disk: nothing to check, and nothing fails.
    assert.deepEqual(await running.client.sendRequest('corroborate/checkWorkspace'), { files: 0, findings: 0, skipped: 0 });
  });

  it('keeps answering when indexing fails', async () => {
    running = await start({ indexCorpus: async () => { throw new Error('made-up failure'); } });
    await running.client.sendRequest('initialize', { processId: null, rootUri: `file://${ROOT}`, capabilities: {} });
    await running.client.sendNotification('initialized', {});
    await until(() => running.statuses.some((s) => s.message === 'Indexing failed; see the output log'), 'the failure');
    const uri = fileUri('draft.md');
    await running.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    assert.equal(await running.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }), null);
    assert.deepEqual(await running.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }), []);
  });
});
