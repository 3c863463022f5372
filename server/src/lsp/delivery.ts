// How a draft's diagnostics reach the editor: sent (publishDiagnostics) after the debounced check of
// each edit. The server wires the events of a draft and of the workspace to a Delivery, so that
// another way of delivering them takes no change to the server.
import {
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Diagnostic as LspDiagnostic,
} from 'vscode-languageserver/node';
import type { Diagnostic } from '../diagnostics.js';
import { provideDiagnostics } from './features/diagnostics.js';
import type { ServerState } from './features/state.js';
import type { Workspace } from './workspace.js';

export interface DeliveryContext {
  readonly connection: Connection;
  readonly state: ServerState & { readonly workspace: Workspace };
  /** The URIs of the drafts the editor holds open. */
  openUris(): string[];
}

export interface Delivery {
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
