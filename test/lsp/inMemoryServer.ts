// createServer wired to an in-memory connection, for the in-process server tests: a client joined to
// it by streams in memory, and the server reading a made-up corpus (test/lsp/workspace.ts) through
// its dependencies instead of the disk.
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { SourceInput } from '../../server/src/engine/index.js';
import type { StatusParams } from '../../server/src/lsp/protocol.js';
import { createServer, type LanguageServerState } from '../../server/src/lsp/server.js';
import type { ServerDeps } from '../../server/src/lsp/workspace.js';
import { CORPUS, ROOT } from './workspace.js';

export interface Running {
  client: ProtocolConnection;
  server: LanguageServerState;
  /** Every publishDiagnostics the client was sent. */
  diagnostics: PublishDiagnosticsParams[];
  statuses: StatusParams[];
  /** How many times the server asked the client to pull its diagnostics again. */
  refreshes: number;
  close(): void;
}

/** A server and a client joined by in-memory streams; the client's settings are `settings` (debounceMs 0 unless given). */
export async function start(deps: Partial<ServerDeps> = {}, settings: Record<string, unknown> = {}): Promise<Running> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // Readers and writers, not streams: given streams, vscode-languageserver ends the process when they end.
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const loadSources: ServerDeps['loadSources'] = async () => CORPUS.map((s): SourceInput => ({ ...s }));
  const server = createServer(connection, { loadSources, bundledCorpusDir: () => `${ROOT}/bundled`, ...deps });
  connection.listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const running: Running = { client, server, diagnostics: [], statuses: [], refreshes: 0, close: () => (client.dispose(), connection.dispose()) };
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void running.diagnostics.push(p));
  client.onNotification('corroborate/status', (p: StatusParams) => void running.statuses.push(p));
  client.onNotification('window/logMessage', () => undefined);
  client.onNotification('window/showMessage', () => undefined);
  client.onRequest('workspace/configuration', () => [{ debounceMs: 0, ...settings }]);
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('workspace/diagnostic/refresh', () => void running.refreshes++);
  client.listen();
  return running;
}

/** Initializes with `capabilities` and waits for the first indexing (unless `waitForIndex` is false). */
export async function initialize(running: Running, capabilities: ClientCapabilities = { workspace: { configuration: true } }, waitForIndex = true): Promise<InitializeResult> {
  const result = await running.client.sendRequest<InitializeResult>('initialize', { processId: null, rootUri: `file://${ROOT}`, capabilities });
  await running.client.sendNotification('initialized', {});
  if (waitForIndex) await until(() => running.statuses.some((s) => !s.busy && !s.message), 'the first indexing');
  return result;
}

export async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
