// The Corroborate language server: a thin shell over the engine. It declares what it offers and
// hands each request to a feature (features/), each a function of the server's state, the request
// and its cancellation token. The workspace (workspace.ts) indexes the corpus at start-up and when
// sources change; each open draft is checked as it is edited (debounced, and only ever publishing
// results for the text the editor holds now) and keeps what it needs in one DraftState
// (documents.ts).
import {
  CodeActionKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  CancellationToken,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentLink,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DraftStates } from './documents.js';
import { provideCodeActions } from './features/codeActions.js';
import { checkWorkspace, listSources, reindex, type CommandState } from './features/commands.js';
import { provideCompletion } from './features/completion.js';
import { provideDefinition } from './features/definition.js';
import { provideDiagnostics } from './features/diagnostics.js';
import { provideHover } from './features/hover.js';
import { provideEvidence } from './features/evidence.js';
import { provideDocumentLinks } from './features/links.js';
import { CHECK_WORKSPACE_REQUEST, EVIDENCE_REQUEST, REINDEX_REQUEST, SERVER_VERSION, SOURCES_REQUEST, type CheckWorkspaceParams, type CheckWorkspaceResult, type EvidenceParams, type SourceInfo, type StatusParams } from './protocol.js';
import { DISK_DEPS, Workspace, type ServerDeps } from './workspace.js';

export const CAPABILITIES: InitializeResult['capabilities'] = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  definitionProvider: true,
  documentLinkProvider: { resolveProvider: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  completionProvider: { triggerCharacters: ['@', ':'], resolveProvider: false },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/**
 * Wires the server to a connection; the caller then calls `connection.listen()`. `deps` says how
 * sources are read and indexed (from disk unless a test gives a made-up corpus).
 */
export function createServer(connection: Connection, deps: Partial<ServerDeps> = {}): CommandState {
  const documents = new TextDocuments(TextDocument);
  const drafts = new DraftStates();
  const workspace: Workspace = new Workspace(connection, { ...DISK_DEPS, ...deps }, () => recheckOpenDocuments());
  const publish = (uri: string, diagnostics: LspDiagnostic[], version?: number) => publishDiagnostics(connection, uri, diagnostics, version);
  const checkNow = (uri: string) => checkAndPublish(connection, state, uri);
  const state: CommandState = { workspace, drafts, document: (uri) => documents.get(uri), checkNow, publish };
  const guard = <P extends unknown[], R>(what: string, fallback: R, fn: (...args: P) => R | Promise<R>) => guarded(workspace, what, fallback, fn);

  function scheduleCheck(uri: string): void {
    drafts.get(uri).schedule(workspace.settings.debounceMs, () => checkNow(uri));
  }

  function recheckOpenDocuments(): void {
    for (const doc of documents.all()) {
      drafts.get(doc.uri).cancelCheck();
      checkNow(doc.uri);
    }
  }

  connection.onInitialize((params) => {
    workspace.initialize(params);
    return { capabilities: CAPABILITIES, serverInfo: { name: 'corroborate-ls', version: SERVER_VERSION } };
  });
  connection.onInitialized(() => workspace.initialized());
  connection.onDidChangeConfiguration((change) => workspace.changeConfiguration(change));
  connection.onDidChangeWatchedFiles((params) => workspace.changeWatchedFiles(params));
  connection.onShutdown(() => {
    workspace.shutdown();
    drafts.cancelChecks();
  });

  documents.onDidOpen((event) => scheduleCheck(event.document.uri));
  documents.onDidChangeContent((event) => scheduleCheck(event.document.uri));
  documents.onDidClose((event) => {
    drafts.drop(event.document.uri);
    publish(event.document.uri, []);
  });

  connection.onHover(guard('hover', null, (params, token) => provideHover(state, params, token)));
  connection.onDefinition(guard('definition', null, (params, token) => provideDefinition(state, params, token)));
  connection.onDocumentLinks(guard('documentLinks', [] as DocumentLink[], (params, token) => provideDocumentLinks(state, params, token)));
  connection.onCodeAction(guard('codeAction', [] as CodeAction[], (params, token) => provideCodeActions(state, params, token)));
  connection.onCompletion(guard('completion', null, (params, token) => provideCompletion(state, params, token)));
  connection.onRequest(SOURCES_REQUEST, guard(SOURCES_REQUEST, [] as SourceInfo[], (...args: unknown[]) => listSources(state, ...requestArgs(args))));
  connection.onRequest(REINDEX_REQUEST, guard(REINDEX_REQUEST, null as StatusParams | null, (...args: unknown[]) => reindex(state, ...requestArgs(args))));
  connection.onRequest(EVIDENCE_REQUEST, guard(EVIDENCE_REQUEST, null as LspDiagnostic | null, (...args: unknown[]) => provideEvidence(state, ...requestArgs<EvidenceParams>(args)) as LspDiagnostic | null));
  connection.onRequest(CHECK_WORKSPACE_REQUEST, guard(CHECK_WORKSPACE_REQUEST, { files: 0, findings: 0, skipped: 0 } as CheckWorkspaceResult, (...args: unknown[]) => checkWorkspace(state, ...requestArgs<CheckWorkspaceParams>(args))));

  documents.listen(connection);
  return state;
}

/** A request handler whose failure is logged and answered with `fallback`, never a crash. */
function guarded<P extends unknown[], R>(workspace: Workspace, what: string, fallback: R, fn: (...args: P) => R | Promise<R>) {
  return async (...args: P): Promise<R> => {
    try {
      return await fn(...args);
    } catch (error) {
      workspace.logError(what, error);
      return fallback;
    }
  };
}

function publishDiagnostics(connection: Connection, uri: string, diagnostics: LspDiagnostic[], version?: number): void {
  void connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }).catch(() => undefined);
}

/** Checks the document as the editor holds it now and publishes. Synchronous: never stale. */
function checkAndPublish(connection: Connection, state: CommandState, uri: string): void {
  const doc = state.document(uri);
  if (!doc) return;
  try {
    const result = provideDiagnostics(state, { uri });
    if (!result) return;
    state.publish(uri, result.diagnostics as LspDiagnostic[], result.version);
    if (result.notice) {
      state.workspace.warn(result.notice);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: result.notice }).catch(() => undefined);
    }
  } catch (error) {
    state.workspace.logError(`Checking ${uri} failed`, error);
    // Findings shown for an earlier text would now point at text that has changed: clear them,
    // and start the draft's checker afresh next time.
    state.drafts.get(uri).reset();
    state.publish(uri, [], doc.version);
  }
}

/**
 * The params and the token of one of our own requests: the token comes last, after the params, or
 * alone when the client sent none (vscode-jsonrpc spreads an array of params).
 */
function requestArgs<P = unknown>(args: unknown[]): [P | undefined, CancellationToken] {
  const last = args[args.length - 1];
  const token = CancellationToken.is(last) ? last : CancellationToken.None;
  return [(args.length > 1 || last !== token ? args[0] : undefined) as P | undefined, token];
}
