// How a draft's diagnostics reach the editor. A client that declares LSP 3.17 pull diagnostics
// (capabilities.textDocument.diagnostic) asks for them, and is never sent publishDiagnostics: an
// editor that kept both would list every finding twice. Any other client (Neovim 0.7, Emacs's
// eglot) is sent them after the debounced check of each edit, as before pull existed.
import {
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DiagnosticOptions,
} from 'vscode-languageserver/node';
import type { Diagnostic } from '../diagnostics.js';
import { provideDiagnostics } from './features/diagnostics.js';
import type { PullState } from './features/pullDiagnostics.js';
import type { Workspace } from './workspace.js';

export interface DeliveryContext {
  readonly connection: Connection;
  readonly state: PullState & { readonly workspace: Workspace };
  /** The URIs of the drafts the editor holds open. */
  openUris(): string[];
}

export interface Delivery {
  /** The diagnosticProvider to declare: only to a client that pulls. */
  readonly provider?: DiagnosticOptions;
  /** A draft was opened or edited. */
  edited(uri: string): void;
  /** A draft was closed (its state is already dropped). */
  closed(uri: string): void;
  /** The index or the settings changed: every open draft's diagnostics may have too. */
  reloaded(): void;
  /** Checks an open draft as the editor holds it now (corroborate/checkWorkspace). */
  checkNow(uri: string): void;
  /** The diagnostics of a draft the editor does not hold open (corroborate/checkWorkspace). */
  deliverClosed(uri: string, diagnostics: readonly Diagnostic[]): void;
}

export const PULL_PROVIDER: DiagnosticOptions = {
  identifier: 'corroborate',
  // A draft's findings depend on the sources, never on another draft.
  interFileDependencies: false,
  workspaceDiagnostics: true,
};

/** Publishes each draft's diagnostics after its debounced check (the client does not pull). */
export function pushDelivery(context: DeliveryContext): Delivery {
  const { connection, state } = context;
  const publish = (uri: string, diagnostics: readonly Diagnostic[], version?: number) => {
    const params = { uri, diagnostics: diagnostics as LspDiagnostic[], ...(version !== undefined ? { version } : {}) };
    void connection.sendDiagnostics(params).catch(() => undefined);
  };
  const checkNow = (uri: string) => checkAndPublish(context, uri, publish);
  return {
    edited: (uri) => state.drafts.get(uri).schedule(state.workspace.settings.debounceMs, () => checkNow(uri)),
    closed: (uri) => publish(uri, []),
    reloaded: () => {
      for (const uri of context.openUris()) {
        state.drafts.get(uri).cancelCheck();
        checkNow(uri);
      }
    },
    checkNow,
    deliverClosed: publish,
  };
}

/**
 * Lets the client pull (features/pullDiagnostics.ts, answered by pullRequests.ts). Nothing is
 * checked until it asks; after a reload it is asked to pull again, if it can be.
 */
export function pullDelivery(context: DeliveryContext): Delivery {
  const { connection, state } = context;
  return {
    provider: PULL_PROVIDER,
    edited: (uri) => {
      state.drafts.get(uri).editedAt = Date.now();
    },
    // The client keeps what it last pulled for a draft it closes and waits for the workspace's
    // report of it: an empty one takes the findings away with the draft, as a push of [] did.
    closed: (uri) => state.reports.set(uri, []),
    reloaded: () => {
      if (state.workspace.refreshesDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
    },
    checkNow: (uri) => {
      const result = provideDiagnostics(state, { uri });
      if (result?.notice) tell(context, result.notice);
    },
    deliverClosed: (uri, diagnostics) => state.reports.set(uri, diagnostics),
  };
}

/** Tells the writer why a draft is not checked (in the log, and in a message they see). */
export function tell(context: DeliveryContext, notice: string): void {
  context.state.workspace.warn(notice);
  void context.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: notice }).catch(() => undefined);
}

/** Checks the document as the editor holds it now and publishes. Synchronous: never stale. */
function checkAndPublish(context: DeliveryContext, uri: string, publish: (uri: string, diagnostics: readonly Diagnostic[], version?: number) => void): void {
  const { state } = context;
  const doc = state.document(uri);
  if (!doc) return;
  try {
    const result = provideDiagnostics(state, { uri });
    if (!result) return;
    publish(uri, result.diagnostics, result.version);
    if (result.notice) tell(context, result.notice);
  } catch (error) {
    state.workspace.logError(`Checking ${uri} failed`, error);
    // Findings shown for an earlier text would now point at text that has changed: clear them,
    // and start the draft's checker afresh next time.
    state.drafts.get(uri).reset();
    publish(uri, [], doc.version);
  }
}
