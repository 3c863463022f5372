// Completion of citations: the bibliography's keys and source keys after `[@` (pandoc), and whole
// source references after a footnote definition's `[^label]:`.
import { CompletionItemKind, type CancellationToken, type CompletionItem, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import { footnoteDefinitionText, footnoteFormOf, LineIndex, pandocKey, resolveBibliography, type BibliographyEntry, type CorpusIndex, type FootnoteForm } from '../../engine/index.js';
import type { ServerState } from './state.js';

export function provideCompletion(state: ServerState, params: CompletionParams, token: CancellationToken): CompletionList | null {
  const doc = state.document(params.textDocument.uri);
  const corpus = state.workspace.index;
  if (!doc || !corpus || token.isCancellationRequested) return null;
  const text = doc.getText();
  const lines = new LineIndex(text);
  const offset = lines.offsetAt(params.position);
  const lineStart = lines.offsetAt({ line: params.position.line, character: 0 });
  const before = text.slice(lineStart, offset);
  const pandoc = /\[[^\[\]\n]*@([\p{L}\p{N}_:.#$%&+?<>~/{-]*)$/u.exec(before);
  if (pandoc) return { isIncomplete: false, items: pandocItems(corpus, state.workspace.bibliographyOf(doc.uri, text), lines, offset, pandoc[1]!) };
  const definition = /^\s{0,3}\[\^[^\]\s]+\]:(\s*)(.*)$/.exec(before);
  if (definition) {
    // The form of the draft's other definitions: the one being typed is left out.
    const lineEnd = text.indexOf('\n', offset);
    const form = footnoteFormOf(text.slice(0, lineStart) + (lineEnd < 0 ? '' : text.slice(lineEnd)));
    return { isIncomplete: false, items: definitionItems(corpus, lines, offset, definition[1]!, definition[2]!, form) };
  }
  return null;
}

/**
 * The bibliography's keys (first, with title, authors and year), then the key of every source no
 * entry stands for, for a pandoc citation whose key so far is `typedKey` (after its `@`).
 */
function pandocItems(corpus: CorpusIndex, bibliography: readonly BibliographyEntry[], lines: LineIndex, offset: number, typedKey: string): CompletionItem[] {
  const typed = typedKey.replace(/^\{/, '');
  const start = offset - typed.length;
  const range = lines.rangeOf({ start: typedKey.startsWith('{') ? start - 1 : start, end: offset });
  const resolved = bibliography.length > 0 ? resolveBibliography(bibliography, corpus.sources) : undefined;
  const entries = [...(resolved?.byKey.values() ?? [])].map(({ entry, source }): CompletionItem => {
    const key = pandocKey(entry.key).slice(1);
    const byline = [entry.authors.join(', '), entry.year].filter(Boolean).join(' · ');
    return {
      label: entry.key,
      kind: CompletionItemKind.Reference,
      detail: entry.title ?? entry.key,
      documentation: [byline, source ? `in the sources: ${source.title}` : 'not among the sources'].filter(Boolean).join('\n'),
      filterText: key,
      // (The bibliography's keys before the sources': `0` sorts before `1`.)
      sortText: `0${entry.key.toLowerCase()}`,
      textEdit: { range, newText: key },
    };
  });
  const others = corpus.sources.filter((source) => !resolved?.keyOfSource.has(source.key) && !resolved?.byKey.has(source.key.toLowerCase()));
  return [...entries, ...others.map((source) => {
    const key = pandocKey(source.key).slice(1);
    return {
      label: source.key,
      kind: CompletionItemKind.Reference,
      detail: source.title,
      documentation: [source.author, source.kind].filter(Boolean).join(' · ') || undefined,
      filterText: key,
      sortText: `1${source.key.toLowerCase()}`,
      textEdit: { range, newText: key },
    };
  })];
}

/** Every source as a footnote definition's text in `form`, replacing what was typed after the colon. */
function definitionItems(corpus: CorpusIndex, lines: LineIndex, offset: number, spaceTyped: string, typed: string, form: FootnoteForm): CompletionItem[] {
  const typedStart = offset - typed.length;
  const space = spaceTyped.length === 0 ? ' ' : '';
  return corpus.sources.map((source) => {
    const newText = space + footnoteDefinitionText(source, form);
    return {
      label: source.title,
      kind: CompletionItemKind.Reference,
      detail: [source.author, source.kind].filter(Boolean).join(' · ') || source.key,
      filterText: newText,
      sortText: source.title.toLowerCase(),
      textEdit: { range: lines.rangeOf({ start: typedStart, end: offset }), newText },
    };
  });
}
