// Checking a draft: its analysis as the editor holds it now (made afresh only when the text, the
// index or the settings changed), and the diagnostics to publish for it.
import path from 'node:path';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { relatedInformationOf, severityOf, type Diagnostic } from '../../diagnostics.js';
import { DraftChecker, FINDING_CODES, LineIndex, type BlockResult, type CorpusIndex, type DraftAnalysis, type DraftReport, type Finding, type FindingCode, type TextChange } from '../../engine/index.js';
import type { CorroborateSettings } from '../../config.js';
import type { Analysis, FindingIds } from '../documents.js';
import type { ServerState, WorkspaceView } from './state.js';

/** What an open draft lends a check: its checker, the ids of its findings, the changes since its last check. */
export interface DraftCheck {
  checkerFor(corpus: CorpusIndex): DraftChecker;
  readonly ids: FindingIds;
  /** The editor's changes since the text the checker last checked, if they are known. */
  changesSinceLastCheck(): readonly TextChange[] | undefined;
  /** The analysis of the text checked last, if it is kept. */
  readonly analysis?: Analysis;
  /** Each block's diagnostics where they were last placed (for this generation). */
  blockDiagnostics(generation: number): WeakMap<BlockResult, BlockDiagnostics>;
}

/** A block's diagnostics, for the block starting at `line`:`character`: kept while its results and its place stay. */
export interface BlockDiagnostics {
  line: number;
  character: number;
  diagnostics: Diagnostic[];
}

/**
 * A draft checked: its diagnostics, and (made when first asked for) its report and the finding
 * behind each diagnostic, every range where it is now.
 */
class CheckedDraft implements Analysis {
  private made: Finding[] | undefined;
  /** The version of the document checked and the workspace's generation (set for an open draft). */
  version = 0;
  generation = 0;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly analysis: DraftAnalysis,
    readonly diagnostics: Diagnostic[],
    private readonly severities: CorroborateSettings['severity'],
  ) {}

  get report(): DraftReport {
    return this.analysis.report();
  }

  /** The finding behind each diagnostic, at the same index. */
  get findings(): Finding[] {
    return (this.made ??= publishedFindings(this.analysis, this.severities));
  }
}

/** The findings published, in the order their diagnostics are. */
function publishedFindings(analysis: DraftAnalysis, severities: CorroborateSettings['severity']): Finding[] {
  const out: Finding[] = [];
  analysis.eachResult((result, start) => {
    for (const finding of result.findings) {
      const now = analysis.findingNow(finding, result, start);
      if (!analysis.leftOut(now) && severityOf(now.code, severities) !== 'off') out.push(now);
    }
  });
  return out;
}

/**
 * Checks a text against the workspace's corpus with its settings: with the draft's own checker
 * when it is open (a keystroke re-reads only the blocks it touched), else afresh. `uri` names the
 * draft whose dismissed findings (.corroborate.json) are left out.
 */
export function analyzeText(workspace: WorkspaceView, text: string, draft?: DraftCheck, uri?: string): Analysis | undefined {
  const { index, settings } = workspace;
  if (!index) return undefined;
  const disabledCodes = new Set<FindingCode>(FINDING_CODES.filter((code) => settings.severity[code] === 'off'));
  const changes = draft?.changesSinceLastCheck();
  const dismissed = uri === undefined ? [] : workspace.dismissalsOf(uri);
  const bibliography = uri === undefined ? undefined : workspace.bibliographyOf(uri, text);
  const analysis = (draft ? draft.checkerFor(index) : new DraftChecker(index)).analyze(text, { disabledCodes, changes, dismissed, bibliography });
  // (The lines of the text checked before, changed where the edit changed them.)
  const before = draft?.analysis?.lines;
  const lines = before && analysis.changed?.before === before.text ? LineIndex.afterChange(before, text, analysis.changed.region) : new LineIndex(text);
  const cache = draft?.blockDiagnostics(workspace.generation);
  const diagnostics: Diagnostic[] = [];
  analysis.eachResult((result, blockStart) => {
    if (result.findings.length === 0) return;
    const start = lines.positionAt(blockStart);
    let placed = cache?.get(result);
    // (Where a comment silences findings, whether one is silenced depends on where it is now.)
    if (!placed || placed.line !== start.line || placed.character !== start.character || analysis.hasSilences) {
      placed = { ...start, diagnostics: leanDiagnostics(analysis, result, blockStart, lines, workspace, draft?.ids) };
      cache?.set(result, placed);
    }
    for (const d of placed.diagnostics) diagnostics.push(d);
  });
  draft?.ids.published(diagnostics);
  return new CheckedDraft(text, lines, analysis, diagnostics, settings.severity);
}

/**
 * Lean diagnostics of a block: range, severity, code, source, message and (for an open draft) the
 * finding's short id in `data`. The evidence stays here, served by hover, code actions and
 * `corroborate/evidence`: a draft's diagnostics are all sent again after every keystroke, and
 * editors list related information above our own hover. `corroborate.relatedInformation` puts it
 * back for editors that show it in their problem list.
 */
function leanDiagnostics(analysis: DraftAnalysis, result: BlockResult, blockStart: number, lines: LineIndex, workspace: WorkspaceView, ids: FindingIds | undefined): Diagnostic[] {
  const { index, settings, findingsGuide } = workspace;
  const diagnostics: Diagnostic[] = [];
  for (const finding of result.findings) {
    const now = analysis.findingNow(finding, result, blockStart);
    const severity = severityOf(now.code, settings.severity);
    if (severity === 'off' || analysis.leftOut(now)) continue;
    const range = lines.rangeOf(now.range);
    const diagnostic: Diagnostic = { range, severity, code: now.code, source: 'corroborate', message: now.message };
    const guide = findingsGuide[now.code];
    if (guide) diagnostic.codeDescription = { href: guide };
    if (ids) {
      const identity = `${now.code}\u0000${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}\u0000${now.message}`;
      diagnostic.data = { id: ids.idFor(identity, now, lines) };
    }
    if (settings.relatedInformation && index && now.evidence.length > 0) diagnostic.relatedInformation = relatedInformationOf(now, index);
    // (Never changed once made: the stdio writer keeps the JSON of each one it sends, lsp/messageWriter.ts.)
    Object.freeze(range);
    diagnostics.push(Object.freeze(diagnostic));
  }
  return diagnostics;
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
  const analysis = analyzeText(workspace, text, draft, doc.uri);
  if (!analysis) return undefined;
  analysis.version = doc.version;
  analysis.generation = workspace.generation;
  draft.analysis = analysis;
  draft.checked(text);
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
