// When a pull is answered. The features (features/pullDiagnostics.ts) say what the answer is, at
// once; these handlers wait until there is an answer worth giving, and give up when the client
// cancels, answering RequestCancelled (the client then pulls again, for the text it has now).
import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type DiagnosticServerCancellationData,
  type Disposable,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type ResultProgressReporter,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
} from 'vscode-languageserver/node';
import { tell, type DeliveryContext } from './delivery.js';
import { provideDocumentDiagnosticReport, provideWorkspaceDiagnosticReport, type PullState } from './features/pullDiagnostics.js';

type Cancelled = ResponseError<DiagnosticServerCancellationData>;

/**
 * textDocument/diagnostic, answered once the first indexing is done (an answer before it would be
 * empty, and a client that cannot be asked to refresh would keep it) and once the draft has gone
 * corroborate.debounceMs without an edit, as a pushed check waits. The answer is then made at once,
 * from the text the server holds at that moment: never from an earlier version.
 */
export async function answerDocumentPull(context: DeliveryContext, params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport | Cancelled> {
  const { state } = context;
  const { uri } = params.textDocument;
  if (!state.workspace.index) await untilCancelled(state.workspace.settled(), token);
  await quiet(state, uri, token);
  try {
    const pulled = provideDocumentDiagnosticReport(state, params, token);
    if (!pulled) return cancelled();
    if (pulled.notice) tell(context, pulled.notice);
    return pulled.report;
  } catch (error) {
    state.workspace.logError(`Checking ${uri} failed`, error);
    // The draft's checker may be half-way through an update: start it afresh next time.
    if (state.document(uri)) state.drafts.get(uri).reset();
    return { kind: 'full', items: [] };
  }
}

/**
 * workspace/diagnostic, held until a report of a draft that is not open differs from what the
 * client holds: a client asks again as soon as it is answered (VS Code two seconds later, for as
 * long as it runs), so answering "nothing new" at once would keep both busy for nothing. Given a
 * partial-result token, each change is streamed as it comes and the request stays open until it is
 * cancelled; without one, it is answered with the change. Shutdown answers it, empty.
 */
export async function answerWorkspacePull(
  context: DeliveryContext,
  params: WorkspaceDiagnosticParams,
  token: CancellationToken,
  partial?: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult>,
): Promise<WorkspaceDiagnosticReport | Cancelled> {
  const { reports } = context.state;
  const held = new Map(params.previousResultIds.map((previous) => [previous.uri, previous.value]));
  while (!token.isCancellationRequested) {
    const previousResultIds = [...held].map(([uri, value]) => ({ uri, value }));
    const report = provideWorkspaceDiagnosticReport(context.state, { ...params, previousResultIds }, token);
    if (report) {
      reports.delivered(report.items.map((item) => item.uri));
      if (!partial) return report;
      partial.report(report);
      for (const item of report.items) if (item.resultId) held.set(item.uri, item.resultId);
    }
    if (reports.closed) return { items: [] };
    await reports.next(token);
  }
  return cancelled();
}

function cancelled(): Cancelled {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.', { retriggerRequest: true });
}

/** Waits until the open draft has gone debounceMs without an edit; an edit meanwhile extends the wait. */
async function quiet(state: PullState, uri: string, token: CancellationToken): Promise<void> {
  for (;;) {
    if (!state.document(uri) || token.isCancellationRequested) return;
    const wait = state.drafts.get(uri).editedAt + state.workspace.settings.debounceMs - Date.now();
    if (wait <= 0) return;
    await pause(wait, token);
  }
}

/** Resolves after `ms`, or at once when the request is cancelled (the timer then goes too). */
function pause(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    let cancellation: Disposable | undefined;
    const timer = setTimeout(() => done(), ms);
    const done = () => {
      clearTimeout(timer);
      cancellation?.dispose();
      resolve();
    };
    cancellation = token.onCancellationRequested(done);
  });
}

/** Resolves when `promise` does or when the request is cancelled, whichever comes first. */
function untilCancelled(promise: Promise<unknown>, token: CancellationToken): Promise<void> {
  if (token.isCancellationRequested) return Promise.resolve();
  return new Promise((resolve) => {
    const cancellation = token.onCancellationRequested(() => resolve());
    void promise.then(() => {
      cancellation.dispose();
      resolve();
    });
  });
}
