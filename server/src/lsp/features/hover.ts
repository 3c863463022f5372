// Hover: the evidence for the claim under the cursor, or what a citation cites.
import { MarkupKind, type CancellationToken, type Hover, type HoverParams } from 'vscode-languageserver';
import { citationHover, claimHover } from '../presentation.js';
import { pointedAt } from './pointedAt.js';
import type { ServerState } from './state.js';

export function provideHover(state: ServerState, params: HoverParams, token: CancellationToken): Hover | null {
  if (token.isCancellationRequested) return null;
  const at = pointedAt(state, params);
  if (!at) return null;
  const { analysis, claim, citation, corpus } = at;
  if (claim) {
    return { contents: { kind: MarkupKind.Markdown, value: claimHover(claim, corpus) }, range: analysis.lines.rangeOf(claim.range) };
  }
  if (citation) {
    return { contents: { kind: MarkupKind.Markdown, value: citationHover(citation, corpus) }, range: analysis.lines.rangeOf(citation.range) };
  }
  return null;
}
