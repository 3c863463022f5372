// Quick fixes for a draft's findings: replace the value with the sources', cite a source that
// states it (or cite it instead of one that does not), or silence Corroborate on the line.
import {
  CodeActionKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Citation, CorpusIndex, FindingCode, FindingData } from '../../engine/index.js';
import type { Analysis } from '../documents.js';
import { citationEdits, detectStyle, disableEdit, replaceCitationEdits, type OffsetEdit } from '../fixes.js';
import { analysisOf } from './diagnostics.js';
import type { ServerState } from './state.js';

/** What every fix of one request needs. */
interface FixContext {
  doc: TextDocument;
  analysis: Analysis;
  corpus: CorpusIndex;
  style: 'footnote' | 'pandoc' | 'mla';
  documentChanges: boolean;
}

/** One diagnostic handed back by the editor, as the fixes see it. */
interface Target {
  code: FindingCode;
  /** Where the finding is now (or where the editor says it was, kept inside the draft). */
  range: LspDiagnostic['range'];
  /** The finding's data (lists present), when the finding still stands. */
  data: FindingData | undefined;
  diagnostics: LspDiagnostic[];
}

export function provideCodeActions(state: ServerState, params: CodeActionParams, token: CancellationToken): CodeAction[] {
  const doc = state.document(params.textDocument.uri);
  const analysis = doc && analysisOf(state, doc);
  const corpus = state.workspace.index;
  if (!doc || !analysis || !corpus || token.isCancellationRequested) return [];
  if (params.context.only && !params.context.only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(`${CodeActionKind.QuickFix}.`) || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === '')) return [];
  const { citationStyle } = state.workspace.settings;
  const style = citationStyle === 'auto' ? detectStyle(analysis.report.citations, analysis.text) : citationStyle;
  const context: FixContext = { doc, analysis, corpus, style, documentChanges: state.workspace.documentChanges };
  const actions: CodeAction[] = [];
  const silencedLines = new Set<number>();
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'corroborate') continue;
    const target = targetOf(analysis, diagnostic);
    if (target.data && Array.isArray(target.data.sourceValues)) {
      actions.push(...replaceValueFixes(context, target), ...citeFixes(context, target));
    }
    if (!silencedLines.has(target.range.start.line)) {
      silencedLines.add(target.range.start.line);
      actions.push(silenceFix(context, target));
    }
  }
  return mergeFixes(actions);
}

/**
 * The finding a diagnostic stands for. Prefer the finding as it stands now; fall back on the data
 * the editor handed back, but only while the value it was about still stands at its range (a
 * stale, foreign or forged diagnostic must not rewrite other text). Ranges are kept inside the draft.
 */
function targetOf(analysis: Analysis, diagnostic: LspDiagnostic): Target {
  const code = diagnostic.code as FindingCode;
  const current = analysis.diagnostics.find((d) => d.code === code && sameRange(d.range, diagnostic.range));
  const given = { start: analysis.lines.offsetAt(diagnostic.range.start), end: analysis.lines.offsetAt(diagnostic.range.end) };
  const handedBack = diagnostic.data as Partial<FindingData> | undefined;
  const stillThere = given.start < given.end && typeof handedBack?.claim?.text === 'string'
    && analysis.text.slice(given.start, given.end) === handedBack.claim.text;
  const sent = (current?.data as Partial<FindingData> | undefined) ?? (stillThere ? handedBack : undefined);
  // The server's diagnostics leave empty lists out (lean diagnostics): absent is empty.
  const data = sent && ({ ...sent, sourceValues: sent.sourceValues ?? [], supportingSources: sent.supportingSources ?? [], citedSources: sent.citedSources ?? [] } as FindingData);
  const range = current?.range ?? analysis.lines.rangeOf(given.start <= given.end ? given : { start: given.end, end: given.start });
  return { code, range, data, diagnostics: [diagnostic] };
}

/** Replace the draft's value with each distinct value of the sources that disagree with it. */
function replaceValueFixes(context: FixContext, target: Target): CodeAction[] {
  const { code, range, data, diagnostics } = target;
  if (code !== 'contradicted' && code !== 'sources-disagree' && code !== 'citation-mismatch') return [];
  const { analysis, corpus } = context;
  const draftText = analysis.text.slice(analysis.lines.offsetAt(range.start), analysis.lines.offsetAt(range.end));
  const distinct = new Map<string, { text: string; keys: string[] }>();
  for (const value of data!.sourceValues) {
    if (value.agrees) continue;
    const text = matchCase(draftText, value.text.trim());
    const id = text.toLowerCase();
    const entry = distinct.get(id) ?? { text, keys: [] };
    for (const k of value.sourceKeys) if (!entry.keys.includes(k)) entry.keys.push(k);
    distinct.set(id, entry);
  }
  const actions: CodeAction[] = [];
  for (const { text, keys } of distinct.values()) {
    if (text === draftText) continue;
    const titles = keys.map((k) => corpus.byKey.get(k)?.title ?? k);
    const named = titles.slice(0, 2).map((t) => `"${t}"`).join(', ') + (titles.length > 2 ? ` and ${titles.length - 2} more` : '');
    actions.push({
      title: `Replace with "${text}" (${named})`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: code === 'contradicted' && distinct.size === 1,
      edit: workspaceEdit(context, [{ range, newText: text }]),
    });
  }
  return actions;
}

/**
 * Cite up to three supporting sources not cited yet. A citation-mismatch is fixed by citing an
 * agreeing source in place of the one cited.
 */
function citeFixes(context: FixContext, target: Target): CodeAction[] {
  const { code, range, data, diagnostics } = target;
  if ((code !== 'needs-citation' && code !== 'sources-disagree' && code !== 'citation-mismatch') || !Array.isArray(data!.supportingSources)) return [];
  const { analysis, corpus, style } = context;
  const cited = new Set(Array.isArray(data!.citedSources) ? data!.citedSources : []);
  const supporting = new Set(data!.supportingSources);
  const start = analysis.lines.offsetAt(range.start);
  const claim = analysis.report.claims.find((c) => c.range.start === start);
  const wrong: Citation[] = code === 'citation-mismatch'
    ? (claim?.citations ?? []).filter((c) => c.sourceKey && cited.has(c.sourceKey) && !supporting.has(c.sourceKey))
    : [];
  const styleName = { footnote: 'footnote', pandoc: 'pandoc', mla: 'MLA' }[style];
  const actions: CodeAction[] = [];
  let first = true;
  for (const key of data!.supportingSources.filter((k) => !cited.has(k)).slice(0, 3)) {
    const source = corpus.byKey.get(key);
    if (!source || typeof data!.sentenceEnd !== 'number') continue;
    const replacing = wrong.length === 1 ? replaceCitationEdits(analysis.text, wrong[0]!, source) : undefined;
    if (replacing) {
      const old = corpus.byKey.get(wrong[0]!.sourceKey!);
      actions.push({
        title: `Cite "${source.title}" instead of "${old?.title ?? wrong[0]!.reference}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: first,
        edit: workspaceEdit(context, toTextEdits(analysis, replacing)),
      });
    } else {
      actions.push({
        title: `Cite "${source.title}" (${styleName})`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: code !== 'sources-disagree' && first,
        edit: workspaceEdit(context, toTextEdits(analysis, citationEdits(analysis.text, style, source, data!.sentenceEnd))),
      });
    }
    first = false;
  }
  return actions;
}

function silenceFix(context: FixContext, target: Target): CodeAction {
  const { analysis } = context;
  const edit = disableEdit(analysis.text, analysis.lines.offsetAt(target.range.start));
  return {
    title: 'Silence Corroborate on this line (corroborate-disable-next-line)',
    kind: CodeActionKind.QuickFix,
    diagnostics: target.diagnostics,
    edit: workspaceEdit(context, toTextEdits(analysis, [edit])),
  };
}

/** One action per distinct fix: a fix that serves several findings (a value both disputed and uncited) lists them all. */
function mergeFixes(actions: CodeAction[]): CodeAction[] {
  const merged = new Map<string, CodeAction>();
  for (const action of actions) {
    const key = `${action.title}\u0000${JSON.stringify(action.edit)}`;
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, action);
      continue;
    }
    existing.diagnostics = [...(existing.diagnostics ?? []), ...(action.diagnostics ?? []).filter((d) => !existing.diagnostics?.includes(d))];
    existing.isPreferred = existing.isPreferred || action.isPreferred;
  }
  return [...merged.values()];
}

function toTextEdits(analysis: Analysis, edits: OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: analysis.lines.rangeOf(e.range), newText: e.newText }));
}

/** Edits pinned to the document's version where the client takes that. */
function workspaceEdit(context: FixContext, edits: TextEdit[]): WorkspaceEdit {
  const { doc } = context;
  if (context.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  }
  return { changes: { [doc.uri]: edits } };
}

function sameRange(a: LspDiagnostic['range'], b: LspDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * A source's value as the draft would write it: an adjectival `five-month` (battle) becomes
 * `five months`, and it is capitalised where the draft's value was.
 */
export function matchCase(draftText: string, sourceValue: string): string {
  const adjectival = /^(.+?)[\s-](day|week|month|year|hour|minute)$/i.exec(sourceValue);
  const value = adjectival && !/^(one|1|a|an|single)$/i.test(adjectival[1]!.trim()) ? `${adjectival[1]} ${adjectival[2]}s` : sourceValue;
  const first = draftText.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return value.charAt(0).toUpperCase() + value.slice(1);
  if (first && first === first.toLowerCase() && /^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|About|Around|Some|Nearly|Almost|Over|More|Less|Under|At|Up|Between|Roughly|Approximately|Close)\b/.test(value)) {
    return value.charAt(0).toLowerCase() + value.slice(1);
  }
  return value;
}
