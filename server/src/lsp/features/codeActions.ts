// Quick fixes for a draft's findings. Which fixes exist, their titles and their edits are the
// engine's (suggestionsFor); this only finds the finding each diagnostic stands for and converts
// its suggestions to LSP code actions, adding "Dismiss this finding" (a command to the server).
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
import { dismissalOf, suggestionsFor, type Finding, type FindingCode, type FixTarget, type OffsetEdit } from '../../engine/index.js';
import { DISMISS_FINDING_COMMAND, type DismissFindingArgs } from '../protocol.js';
import type { Analysis, FindingIds } from '../documents.js';
import { analysisOf } from './diagnostics.js';
import type { ServerState } from './state.js';

export function provideCodeActions(state: ServerState, params: CodeActionParams, token: CancellationToken): CodeAction[] {
  const doc = state.document(params.textDocument.uri);
  const analysis = doc && analysisOf(state, doc);
  const corpus = state.workspace.index;
  if (!doc || !analysis || !corpus || token.isCancellationRequested) return [];
  if (params.context.only && !params.context.only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(`${CodeActionKind.QuickFix}.`) || CodeActionKind.QuickFix.startsWith(`${k}.`) || k === '')) return [];
  const { citationStyle } = state.workspace.settings;
  const actions: CodeAction[] = [];
  const silenced = new Set<string>();
  // (Once per request, not per diagnostic: the draft's front matter is read for it.)
  const bibliography = state.workspace.bibliographyOf(doc.uri, analysis.text);
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'corroborate') continue;
    const target = targetOf(analysis, state.drafts.get(doc.uri).ids, diagnostic);
    const line = analysis.lines.positionAt(target.range.start).line;
    for (const suggestion of suggestionsFor(target, analysis, corpus, citationStyle, bibliography)) {
      // Dismissing (outside the draft) comes before silencing (a comment in it).
      if (suggestion.kind === 'silence' && target.data && state.workspace.canDismiss(doc.uri)) actions.push(dismissAction(doc.uri, { code: target.code, data: target.data }, analysis.text, diagnostic));
      // One silencing per line and code: the comment names the code it silences.
      const silence = `${line}|${target.code}`;
      if (suggestion.kind === 'silence' && silenced.has(silence)) continue;
      if (suggestion.kind === 'silence') silenced.add(silence);
      actions.push({
        title: suggestion.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        ...(suggestion.kind === 'silence' ? {} : { isPreferred: suggestion.preferred }),
        edit: workspaceEdit(doc, state.workspace.documentChanges, toTextEdits(analysis, suggestion.edits)),
      });
    }
  }
  return distinctDismissals(mergeFixes(actions));
}

/**
 * Several findings in the range asked about each have "Dismiss this finding": each then names its
 * code (and its value, if the codes are the same), so that the list an editor shows tells them apart.
 */
function distinctDismissals(actions: CodeAction[]): CodeAction[] {
  const dismissals = actions.filter((a) => a.command?.command === DISMISS_FINDING_COMMAND);
  if (dismissals.length < 2) return actions;
  const argsOf = (a: CodeAction) => a.command!.arguments![0] as DismissFindingArgs;
  const sameCode = new Set(dismissals.map((a) => argsOf(a).code)).size < dismissals.length;
  for (const action of dismissals) {
    const { code, value } = argsOf(action);
    action.title = `${DISMISS_TITLE} (${code}${sameCode ? `, "${value}"` : ''})`;
    action.command!.title = action.title;
  }
  return actions;
}

const DISMISS_TITLE = 'Dismiss this finding';

/**
 * "Dismiss this finding": a command, not an edit of the draft. The server records the finding in
 * .corroborate.json (features/dismiss.ts), keyed by its code, its value and its sentence's words.
 */
function dismissAction(uri: string, finding: Pick<Finding, 'code' | 'data'>, text: string, diagnostic: LspDiagnostic): CodeAction {
  const args: DismissFindingArgs = { uri, ...dismissalOf(finding, text) };
  return {
    title: DISMISS_TITLE,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: DISMISS_TITLE, command: DISMISS_FINDING_COMMAND, arguments: [args] },
  };
}

/**
 * The finding a diagnostic stands for: the finding at its range now, else the one its short id
 * names, but only while the value it was about still stands at the diagnostic's range (a stale,
 * foreign or forged diagnostic must not rewrite other text). Ranges are kept inside the draft.
 */
function targetOf(analysis: Analysis, ids: FindingIds, diagnostic: LspDiagnostic): FixTarget {
  const code = diagnostic.code as FindingCode;
  const at = analysis.diagnostics.findIndex((d) => d.code === code && sameRange(d.range, diagnostic.range));
  if (at >= 0) return analysis.findings[at]!;
  const given = { start: analysis.lines.offsetAt(diagnostic.range.start), end: analysis.lines.offsetAt(diagnostic.range.end) };
  const range = given.start <= given.end ? given : { start: given.end, end: given.start };
  const named = ids.find((diagnostic.data as { id?: unknown } | undefined)?.id)?.finding;
  const stillThere = named !== undefined && named.code === code && given.start < given.end && analysis.text.slice(given.start, given.end) === named.data.claim.text;
  return { code, range, ...(stillThere ? { data: named.data } : {}) };
}

/** One action per distinct fix: a fix that serves several findings (a value both disputed and uncited) lists them all. */
function mergeFixes(actions: CodeAction[]): CodeAction[] {
  const merged = new Map<string, CodeAction>();
  for (const action of actions) {
    const key = `${action.title}\u0000${JSON.stringify(action.edit ?? action.command)}`;
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
function workspaceEdit(doc: TextDocument, documentChanges: boolean, edits: TextEdit[]): WorkspaceEdit {
  if (documentChanges) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
  return { changes: { [doc.uri]: edits } };
}

function sameRange(a: LspDiagnostic['range'], b: LspDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}
