// Document links: each citation that resolves to a source (and its footnote definition) opens it.
import type { CancellationToken, DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import { toUri } from '../../diagnostics.js';
import type { TextRange } from '../../engine/index.js';
import { analysisOf } from './diagnostics.js';
import type { ServerState } from './state.js';

export function provideDocumentLinks(state: ServerState, params: DocumentLinkParams, token: CancellationToken): DocumentLink[] {
  if (token.isCancellationRequested) return [];
  const doc = state.document(params.textDocument.uri);
  const analysis = doc && analysisOf(state, doc);
  const corpus = state.workspace.index;
  if (!analysis || !corpus) return [];
  const links: DocumentLink[] = [];
  const seen = new Set<string>();
  const add = (range: TextRange, key: string) => {
    const source = corpus.byKey.get(key);
    const id = `${range.start}:${range.end}`;
    if (!source || seen.has(id)) return;
    seen.add(id);
    links.push({ range: analysis.lines.rangeOf(range), target: toUri(source.uri), tooltip: `Open "${source.title}"` });
  };
  for (const citation of analysis.report.citations) {
    if (!citation.sourceKey) continue;
    add(citation.range, citation.sourceKey);
    if (citation.definitionRange) add(citation.definitionRange, citation.sourceKey);
  }
  return links;
}
