// Diagnostics for a client that pulls them (LSP 3.17): textDocument/diagnostic for a draft, and
// workspace/diagnostic for the drafts it does not hold open. Each report carries a result id; a
// client that asks again with the id of the diagnostics it holds, while they are still the ones the
// draft has, is answered `unchanged` and nothing is sent again.
import { isDeepStrictEqual } from 'node:util';
import type {
  CancellationToken,
  Diagnostic as LspDiagnostic,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  WorkspaceDiagnosticParams,
  WorkspaceDiagnosticReport,
} from 'vscode-languageserver';
import type { Diagnostic } from '../../diagnostics.js';
import type { PulledResult } from '../documents.js';
import type { WorkspaceReports } from '../workspaceReports.js';
import { provideDiagnostics } from './diagnostics.js';
import type { ServerState } from './state.js';

export interface PullState extends ServerState {
  /** The reports of drafts that are not open, answered to workspace/diagnostic. */
  readonly reports: WorkspaceReports;
}

export interface PulledDiagnostics {
  report: DocumentDiagnosticReport;
  /** Why the draft is not checked, to tell the writer once (the draft is too large). */
  notice?: string;
}

/**
 * textDocument/diagnostic, for the document as the editor holds it now: a full report under a
 * result id, or `unchanged` when the client holds these very diagnostics under `previousResultId`.
 * The id changes only when the diagnostics do, so an edit that leaves every finding where it was
 * sends nothing again. Undefined when the request was cancelled.
 */
export function provideDocumentDiagnosticReport(state: PullState, params: DocumentDiagnosticParams, token: CancellationToken): PulledDiagnostics | undefined {
  const { uri } = params.textDocument;
  if (token.isCancellationRequested) return undefined;
  if (!state.document(uri)) {
    const closed = state.reports.get(uri);
    return { report: closed ? reportOf(closed, params.previousResultId) : { kind: 'full', items: [] } };
  }
  // No index: the first indexing failed. No result id either, so the next pull is answered in full.
  if (!state.workspace.index) return { report: { kind: 'full', items: [] } };
  const result = provideDiagnostics(state, { uri }, token);
  if (!result) return undefined;
  const draft = state.drafts.get(uri);
  if (!draft.pulled || !sameDiagnostics(draft.pulled.diagnostics, result.diagnostics)) {
    draft.pulled = { resultId: state.drafts.resultIds.next(), diagnostics: result.diagnostics };
  }
  const report = reportOf(draft.pulled, params.previousResultId);
  return result.notice ? { report, notice: result.notice } : { report };
}

/**
 * workspace/diagnostic: the reports of drafts that are not open whose result id differs from the
 * one the client holds (`previousResultIds`), or undefined when none does (or the request was
 * cancelled): the caller then waits for one rather than answer nothing.
 */
export function provideWorkspaceDiagnosticReport(state: PullState, params: WorkspaceDiagnosticParams, token: CancellationToken): WorkspaceDiagnosticReport | undefined {
  if (token.isCancellationRequested) return undefined;
  const held = new Map(params.previousResultIds.map((previous) => [previous.uri, previous.value]));
  const changed = state.reports.changedSince(held);
  if (changed.length === 0) return undefined;
  return {
    items: changed.map(({ uri, resultId, diagnostics }) => ({ kind: 'full', uri, version: null, resultId, items: diagnostics as LspDiagnostic[] })),
  };
}

function reportOf(result: PulledResult, previousResultId: string | undefined): DocumentDiagnosticReport {
  if (previousResultId === result.resultId) return { kind: 'unchanged', resultId: result.resultId };
  return { kind: 'full', resultId: result.resultId, items: result.diagnostics as LspDiagnostic[] };
}

/**
 * Whether two lists hold the same diagnostics in the same order. Field by field: this runs after
 * every edit of a draft that may have thousands, and most edits change none of them.
 */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const same =
      x.message === y.message &&
      x.code === y.code &&
      x.severity === y.severity &&
      x.source === y.source &&
      x.range.start.line === y.range.start.line &&
      x.range.start.character === y.range.start.character &&
      x.range.end.line === y.range.end.line &&
      x.range.end.character === y.range.end.character &&
      isDeepStrictEqual(x.data, y.data) &&
      isDeepStrictEqual(x.relatedInformation, y.relatedInformation);
    if (!same) return false;
  }
  return true;
}
