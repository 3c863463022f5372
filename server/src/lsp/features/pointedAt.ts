// The claim or citation under the cursor, shared by hover and go-to-definition.
import type { TextDocumentPositionParams } from 'vscode-languageserver';
import type { CheckedClaim, Citation, CorpusIndex, TextRange } from '../../engine/index.js';
import type { Analysis } from '../documents.js';
import { analysisOf } from './diagnostics.js';
import type { ServerState } from './state.js';

export function within(offset: number, range: TextRange): boolean {
  return offset >= range.start && offset <= range.end;
}

/** The innermost of the items whose range holds the offset. */
function smallest<T extends { range: TextRange }>(items: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (!within(offset, item.range)) continue;
    if (!best || item.range.end - item.range.start < best.range.end - best.range.start) best = item;
  }
  return best;
}

export interface PointedAt {
  analysis: Analysis;
  corpus: CorpusIndex;
  offset: number;
  claim?: CheckedClaim;
  citation?: Citation;
}

/** The draft's analysis and the claim (or else citation) under the cursor. */
export function pointedAt(state: ServerState, params: TextDocumentPositionParams): PointedAt | undefined {
  const doc = state.document(params.textDocument.uri);
  const analysis = doc && analysisOf(state, doc);
  const corpus = state.workspace.index;
  if (!analysis || !corpus) return undefined;
  const offset = analysis.lines.offsetAt(params.position);
  const claim = smallest(analysis.report.claims, offset);
  const citation = claim ? undefined : smallest(analysis.report.citations, offset);
  return { analysis, corpus, offset, claim, citation };
}
