// Checking a draft: its analysis as the editor holds it now (made afresh only when the text, the
// index or the settings changed), and the diagnostics to publish for it.
import path from 'node:path';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics, type Diagnostic } from '../../diagnostics.js';
import { checkDraft, DraftChecker, FINDING_CODES, LineIndex, type DraftReport, type FindingCode } from '../../engine/index.js';
import type { Analysis } from '../documents.js';
import type { ServerState, WorkspaceView } from './state.js';

/**
 * Checks a text against the workspace's corpus with its settings: with the draft's own checker
 * when it is open (a keystroke re-reads only the blocks it touched), else afresh.
 */
export function analyzeText(workspace: WorkspaceView, text: string, checker?: (corpus: NonNullable<WorkspaceView['index']>) => DraftChecker): { lines: LineIndex; report: DraftReport; diagnostics: Diagnostic[] } | undefined {
  const { index, settings } = workspace;
  if (!index) return undefined;
  const lines = new LineIndex(text);
  const disabledCodes = new Set<FindingCode>(FINDING_CODES.filter((code) => settings.severity[code] === 'off'));
  const report = checker ? checker(index).check(text, { disabledCodes }) : checkDraft(text, index, { disabledCodes });
  return { lines, report, diagnostics: toDiagnostics(report.findings, lines, index, settings.severity, 'editor') };
}

/** The analysis of the document as it is now (computed if the cached one is older), or undefined. */
export function analysisOf(state: ServerState, doc: TextDocument): Analysis | undefined {
  const { workspace } = state;
  const draft = state.drafts.get(doc.uri);
  const cached = draft.analysis;
  if (cached && cached.version === doc.version && cached.generation === workspace.generation) return cached;
  if (!workspace.index || workspace.isSourceDocument(doc.uri)) return undefined;
  const text = doc.getText();
  if (Buffer.byteLength(text, 'utf8') > workspace.settings.maxFileBytes) return undefined;
  const result = analyzeText(workspace, text, (corpus) => draft.checkerFor(corpus));
  if (!result) return undefined;
  const analysis: Analysis = { version: doc.version, generation: workspace.generation, text, ...result };
  draft.analysis = analysis;
  return analysis;
}

export interface DraftDiagnostics {
  diagnostics: Diagnostic[];
  version: number;
  /** Why the draft is not checked, to tell the writer once (the draft is too large). */
  notice?: string;
}

/**
 * The diagnostics to publish for an open draft now, or undefined when there is nothing to publish
 * (no such draft, no index yet, or the request was cancelled). Sources are not checked as drafts,
 * nor are drafts over corroborate.maxFileBytes.
 */
export function provideDiagnostics(state: ServerState, params: { uri: string }, token?: CancellationToken): DraftDiagnostics | undefined {
  const { uri } = params;
  const doc = state.document(uri);
  const { workspace } = state;
  if (!doc || !workspace.index || token?.isCancellationRequested) return undefined;
  if (workspace.isSourceDocument(uri)) return { diagnostics: [], version: doc.version };
  const draft = state.drafts.get(uri);
  const bytes = Buffer.byteLength(doc.getText(), 'utf8');
  const { maxFileBytes } = workspace.settings;
  if (bytes > maxFileBytes) {
    draft.analysis = undefined;
    if (draft.oversizeNotified) return { diagnostics: [], version: doc.version };
    draft.oversizeNotified = true;
    const notice = `Corroborate: ${decodeURIComponent(path.basename(uri))} is not checked: it is ${bytes} bytes, over corroborate.maxFileBytes (${maxFileBytes}).`;
    return { diagnostics: [], version: doc.version, notice };
  }
  draft.oversizeNotified = false;
  const analysis = analysisOf(state, doc);
  return analysis && { diagnostics: analysis.diagnostics, version: doc.version };
}
