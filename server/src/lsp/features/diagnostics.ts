// Checking a draft: its analysis as the editor holds it now (made afresh only when the text, the
// index or the settings changed), and the diagnostics to publish for it.
import path from 'node:path';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { relatedInformationOf, severityOf, type Diagnostic } from '../../diagnostics.js';
import { checkDraft, DraftChecker, FINDING_CODES, LineIndex, type CorpusIndex, type Finding, type FindingCode } from '../../engine/index.js';
import type { CorroborateSettings } from '../../config.js';
import type { Analysis, FindingIds } from '../documents.js';
import type { ServerState, WorkspaceView } from './state.js';

/**
 * Checks a text against the workspace's corpus with its settings: with the draft's own checker
 * when it is open (a keystroke re-reads only the blocks it touched), else afresh.
 */
export function analyzeText(workspace: WorkspaceView, text: string, draft?: { checkerFor(corpus: CorpusIndex): DraftChecker; ids: FindingIds }): Omit<Analysis, 'version' | 'generation' | 'text'> | undefined {
  const { index, settings } = workspace;
  if (!index) return undefined;
  const lines = new LineIndex(text);
  const disabledCodes = new Set<FindingCode>(FINDING_CODES.filter((code) => settings.severity[code] === 'off'));
  const report = draft ? draft.checkerFor(index).check(text, { disabledCodes }) : checkDraft(text, index, { disabledCodes });
  return { lines, report, ...leanDiagnostics(report.findings, lines, index, settings, draft?.ids) };
}

/**
 * Lean diagnostics: range, severity, code, source, message and (for an open draft) the finding's
 * short id in `data`. The evidence stays here, served by hover, code actions and
 * `corroborate/evidence`: a draft's diagnostics are all sent again after every keystroke, and
 * editors list related information above our own hover. `corroborate.relatedInformation` puts it
 * back for editors that show it in their problem list.
 */
function leanDiagnostics(all: Finding[], lines: LineIndex, index: CorpusIndex, settings: CorroborateSettings, ids: FindingIds | undefined): { diagnostics: Diagnostic[]; findings: Finding[] } {
  const diagnostics: Diagnostic[] = [];
  const findings: Finding[] = [];
  for (const finding of all) {
    const severity = severityOf(finding.code, settings.severity);
    if (severity === 'off') continue;
    const range = lines.rangeOf(finding.range);
    const diagnostic: Diagnostic = { range, severity, code: finding.code, source: 'corroborate', message: finding.message };
    if (ids) {
      const identity = `${finding.code}\u0000${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}\u0000${finding.message}`;
      diagnostic.data = { id: ids.idFor(identity, finding, lines) };
    }
    if (settings.relatedInformation && finding.evidence.length > 0) diagnostic.relatedInformation = relatedInformationOf(finding, index);
    diagnostics.push(diagnostic);
    findings.push(finding);
  }
  ids?.commit();
  return { diagnostics, findings };
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
  const result = analyzeText(workspace, text, draft);
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
