// The Corroborate language server: a thin shell over the engine. It declares what it offers and
// hands each request to a feature (features/), each a function of the server's state, the request
// and its cancellation token. The workspace (workspace.ts) indexes the corpus at start-up and when
// sources change; each open draft keeps what it needs in one DraftState (documents.ts). Its
// diagnostics are pulled by a client that can (LSP 3.17), and pushed to one that cannot
// (delivery.ts); either way they are only ever of the text the editor holds now.
import {
  CodeActionKind,
  TextDocumentSyncKind,
  CancellationToken,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DocumentDiagnosticReport,
  type DocumentLink,
  type InitializeResult,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pullDelivery, pushDelivery, type Delivery, type DeliveryContext } from './delivery.js';
import { changeOffsets, DraftStates } from './documents.js';
import { provideCodeActions } from './features/codeActions.js';
import { checkWorkspace, listSources, recheckClosed, recheckCovered, reindex, type CommandState } from './features/commands.js';
import { dismissFinding, listDismissals, restoreDismissals } from './features/dismiss.js';
import { provideCompletion } from './features/completion.js';
import { provideDefinition } from './features/definition.js';
import { provideHover } from './features/hover.js';
import { provideEvidence } from './features/evidence.js';
import { provideDocumentLinks } from './features/links.js';
import type { PullState } from './features/pullDiagnostics.js';
import {
  CHECK_WORKSPACE_REQUEST,
  DISMISS_FINDING_COMMAND,
  DISMISSALS_REQUEST,
  EVIDENCE_REQUEST,
  REINDEX_REQUEST,
  RESTORE_REQUEST,
  SERVER_VERSION,
  SOURCES_REQUEST,
  type CheckWorkspaceParams,
  type CheckWorkspaceResult,
  type DismissedInfo,
  type EvidenceParams,
  type RestoreParams,
  type RestoreResult,
  type SourceInfo,
  type StatusParams,
} from './protocol.js';
import { answerDocumentPull, answerWorkspacePull } from './pullRequests.js';
import { DISK_DEPS, Workspace, type ServerDeps } from './workspace.js';
import { WorkspaceReports } from './workspaceReports.js';

/** What every client is offered; a client that pulls diagnostics is offered a diagnosticProvider too. */
export const CAPABILITIES: InitializeResult['capabilities'] = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  hoverProvider: true,
  definitionProvider: true,
  documentLinkProvider: { resolveProvider: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  completionProvider: { triggerCharacters: ['@', ':'], resolveProvider: false },
  executeCommandProvider: { commands: [DISMISS_FINDING_COMMAND] },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

/** What the features read and the commands drive: the drafts, the workspace, the reports of closed drafts. */
export type LanguageServerState = CommandState & PullState;

/**
 * Wires the server to a connection; the caller then calls `connection.listen()`. `deps` says how
 * sources are read and indexed (from disk unless a test gives a made-up corpus).
 */
export function createServer(connection: Connection, deps: Partial<ServerDeps> = {}): LanguageServerState {
  const drafts = new DraftStates();
  // The editor's changes are kept as offsets too, so that a check re-splits only what they touched.
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (doc, changes, version) => {
      drafts.get(doc.uri).recordChanges(doc.getText(), changeOffsets(doc, changes));
      return TextDocument.update(doc, changes, version);
    },
  });
  const reports = new WorkspaceReports(drafts.resultIds);
  const workspace: Workspace = new Workspace(connection, { ...DISK_DEPS, ...deps }, () => {
    delivery.reloaded();
    void recheckCovered(state).catch((error: unknown) => workspace.logError('Checking the drafts Check All covered failed', error));
  });
  const state: LanguageServerState = {
    workspace,
    drafts,
    reports,
    document: (uri) => documents.get(uri),
    checkNow: (uri) => delivery.checkNow(uri),
    deliverClosed: (uri, diagnostics) => delivery.deliverClosed(uri, diagnostics),
  };
  const context: DeliveryContext = { connection, state, openUris: () => documents.all().map((doc) => doc.uri) };
  // Push until the client says, in `initialize`, that it pulls.
  let delivery: Delivery = pushDelivery(context);
  const guard = <P extends unknown[], R>(what: string, fallback: R, fn: (...args: P) => R | Promise<R>) => guarded(workspace, what, fallback, fn);

  connection.onInitialize((params) => {
    workspace.initialize(params);
    delivery = workspace.pullsDiagnostics ? pullDelivery(context) : pushDelivery(context);
    const capabilities = delivery.provider ? { ...CAPABILITIES, diagnosticProvider: delivery.provider } : CAPABILITIES;
    return { capabilities, serverInfo: { name: 'corroborate-ls', version: SERVER_VERSION } };
  });
  connection.onInitialized(() => workspace.initialized());
  connection.onDidChangeConfiguration((change) => workspace.changeConfiguration(change));
  connection.onDidChangeWatchedFiles((params) => workspace.changeWatchedFiles(params));
  connection.onShutdown(() => {
    workspace.shutdown();
    drafts.cancelChecks();
    reports.close();
  });

  documents.onDidOpen((event) => delivery.edited(event.document.uri));
  documents.onDidChangeContent((event) => delivery.edited(event.document.uri));
  documents.onDidClose((event) => {
    const { uri } = event.document;
    drafts.drop(uri);
    // A draft "Check All" checked keeps its findings (as saved) when its tab closes or is replaced.
    if (reports.covers(uri)) void recheckClosed(state, uri).catch((error: unknown) => workspace.logError(`Checking ${uri} failed`, error));
    else delivery.closed(uri);
  });

  connection.languages.diagnostics.on(guard('diagnostic', { kind: 'full', items: [] } as DocumentDiagnosticReport, (params, token) => answerDocumentPull(context, params, token)));
  connection.languages.diagnostics.onWorkspace(guard('workspaceDiagnostic', { items: [] } as WorkspaceDiagnosticReport, (params, token, _work, partial) => answerWorkspacePull(context, params, token, partial)));
  connection.onHover(guard('hover', null, (params, token) => provideHover(state, params, token)));
  connection.onDefinition(guard('definition', null, (params, token) => provideDefinition(state, params, token)));
  connection.onDocumentLinks(guard('documentLinks', [] as DocumentLink[], (params, token) => provideDocumentLinks(state, params, token)));
  connection.onCodeAction(guard('codeAction', [] as CodeAction[], (params, token) => provideCodeActions(state, params, token)));
  connection.onCompletion(guard('completion', null, (params, token) => provideCompletion(state, params, token)));
  connection.onRequest(SOURCES_REQUEST, guard(SOURCES_REQUEST, [] as SourceInfo[], (...args: unknown[]) => listSources(state, ...requestArgs(args))));
  connection.onRequest(REINDEX_REQUEST, guard(REINDEX_REQUEST, null as StatusParams | null, (...args: unknown[]) => reindex(state, ...requestArgs(args))));
  connection.onRequest(EVIDENCE_REQUEST, guard(EVIDENCE_REQUEST, null as LspDiagnostic | null, (...args: unknown[]) => provideEvidence(state, ...requestArgs<EvidenceParams>(args)) as LspDiagnostic | null));
  connection.onRequest(DISMISSALS_REQUEST, guard(DISMISSALS_REQUEST, [] as DismissedInfo[], () => listDismissals(state)));
  connection.onRequest(RESTORE_REQUEST, guard(RESTORE_REQUEST, { restored: 0 } as RestoreResult, (...args: unknown[]) => restoreDismissals(state, requestArgs<RestoreParams>(args)[0])));
  connection.onExecuteCommand(guard('executeCommand', false, (params) => (params.command === DISMISS_FINDING_COMMAND ? dismissFinding(state, params.arguments?.[0]) : false)));
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

/**
 * The params and the token of one of our own requests: the token comes last, after the params, or
 * alone when the client sent none (vscode-jsonrpc spreads an array of params).
 */
function requestArgs<P = unknown>(args: unknown[]): [P | undefined, CancellationToken] {
  const last = args[args.length - 1];
  const token = CancellationToken.is(last) ? last : CancellationToken.None;
  return [(args.length > 1 || last !== token ? args[0] : undefined) as P | undefined, token];
}
