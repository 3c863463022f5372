// Text edits behind the suggested fixes: cite a source in the draft's own style, cite it in place of
// another, silence a line. Offsets are UTF-16 code units into the draft, as everywhere in the engine.
import { footnoteDefinitionText, footnoteFormOf } from './footnoteForm.js';
import type { Citation, TextRange } from './types.js';

/** How a citation is written: a footnote, a pandoc key, an MLA parenthetical. */
export type ConcreteStyle = 'footnote' | 'pandoc' | 'mla';

export interface OffsetEdit {
  range: TextRange;
  newText: string;
}

export interface CitableSourceInfo {
  key: string;
  title: string;
  author?: string;
}

/** The comment that silences the next line, for one code (`needs-citation`) or, with none, every code. */
export const disableComment = (code?: string): string => `<!-- corroborate-disable-next-line${code ? ` ${code}` : ''} -->`;

/**
 * The style the draft already uses: the most frequent of footnotes, pandoc keys and parentheticals
 * among its citations (ties go footnote, pandoc, MLA); a draft without citations gets footnotes.
 */
export function detectStyle(citations: readonly Citation[], text: string): ConcreteStyle {
  const counts: Record<ConcreteStyle, number> = { footnote: 0, pandoc: 0, mla: 0 };
  for (const c of citations) {
    if (c.form === 'footnote') counts.footnote++;
    else if (c.form === 'pandoc') counts.pandoc++;
    else if (c.form === 'parenthetical') counts.mla++;
  }
  if (counts.footnote + counts.pandoc + counts.mla === 0) {
    // The engine only reports citations inside checkable sentences; look at the raw text too.
    counts.footnote = (text.match(/\[\^[^\]\s]+\](?!:)/g) ?? []).length;
    counts.pandoc = (text.match(/\[[^\[\]]*@[\p{L}\p{N}_][^\[\]]*\]/gu) ?? []).length;
  }
  let best: ConcreteStyle = 'footnote';
  for (const style of ['pandoc', 'mla'] as const) if (counts[style] > counts[best]) best = style;
  return best;
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The next unused numeric footnote label: one more than the largest number in use. */
export function nextFootnoteLabel(text: string): string {
  let max = 0;
  for (const m of text.matchAll(/\[\^([^\]\s]+)\]/g)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : 0;
    if (n > max) max = n;
  }
  let label = max + 1;
  // Non-numeric labels cannot collide with a number, but make sure anyway.
  while (text.includes(`[^${label}]`)) label++;
  return String(label);
}

function surname(author: string): string {
  const parts = author.trim().split(/\s+/);
  return (parts[parts.length - 1] ?? author).replace(/[.,;:]+$/, '');
}

function stripEndPunctuation(title: string): string {
  return title.trim().replace(/[\s.,;:!?]+$/, '');
}

/** A pandoc citation key, braced when it has characters a bare key cannot hold. */
export function pandocKey(key: string): string {
  return /^[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*$/u.test(key) && /[\p{L}\p{N}_]$/u.test(key) ? `@${key}` : `@{${key}}`;
}

/** An MLA-style parenthetical: the author's surname, else the title in quotes. */
export function mlaParenthetical(source: CitableSourceInfo): string {
  if (source.author && source.author.trim()) return `(${surname(source.author)})`;
  return `("${stripEndPunctuation(source.title).replace(/"/g, "'")}")`;
}

/**
 * Where an in-sentence citation goes: before the sentence's final punctuation (`... 199 days [@key].`),
 * or at the end of a sentence that has none.
 */
function inSentencePoint(text: string, sentenceEnd: number): number {
  let i = sentenceEnd;
  while (i > 0 && /[\s]/.test(text[i - 1]!)) i--;
  let j = i;
  // Closing quotes and brackets after the full stop: `... "no."`
  while (j > 0 && /["”’')\]]/.test(text[j - 1]!)) j--;
  if (j > 0 && /[.!?]/.test(text[j - 1]!)) {
    let k = j - 1;
    while (k > 0 && /[.!?]/.test(text[k - 1]!)) k--;
    return k;
  }
  return i;
}

/** The end of the run of footnote definitions that closes the document, if it ends with one. */
function endsWithFootnoteDefinitions(text: string): boolean {
  const trimmed = text.replace(/\s+$/, '');
  const lastBlock = trimmed.split(/\r?\n[ \t]*\r?\n/).pop() ?? '';
  return /^\[\^[^\]\s]+\]:/.test(lastBlock.trimStart()) && !/^\s*$/.test(lastBlock);
}

/** Edits that cite `source` for the sentence ending at `sentenceEnd`, in `style`. */
export function citationEdits(text: string, style: ConcreteStyle, source: CitableSourceInfo, sentenceEnd: number): OffsetEdit[] {
  const end = Math.max(0, Math.min(sentenceEnd, text.length));
  if (style === 'pandoc' || style === 'mla') {
    const at = inSentencePoint(text, end);
    const citation = style === 'pandoc' ? `[${pandocKey(source.key)}]` : mlaParenthetical(source);
    const before = at > 0 && !/\s/.test(text[at - 1]!) ? ' ' : '';
    return [{ range: { start: at, end: at }, newText: `${before}${citation}` }];
  }
  const label = nextFootnoteLabel(text);
  const eol = eolOf(text);
  // The reference goes right after the sentence's final punctuation (before any spaces).
  let at = end;
  while (at > 0 && /[ \t\r\n]/.test(text[at - 1]!)) at--;
  // Written as the draft's other definitions are (`Author, *Title*.` when it has none).
  const definition = `[^${label}]: ${footnoteDefinitionText(source, footnoteFormOf(text))}`;
  const endsWithNewline = /\r?\n$/.test(text);
  let defText: string;
  if (endsWithFootnoteDefinitions(text)) {
    defText = (endsWithNewline ? '' : eol) + definition + eol;
  } else {
    defText = (text.length === 0 ? '' : endsWithNewline ? eol : eol + eol) + definition + eol;
  }
  return [
    { range: { start: at, end: at }, newText: `[^${label}]` },
    { range: { start: text.length, end: text.length }, newText: defText },
  ];
}

/** Inserts the disable comment on its own line above the line holding `offset`, keeping its indentation. */
export function disableEdit(text: string, offset: number, code?: string): OffsetEdit {
  let lineStart = Math.max(0, Math.min(offset, text.length));
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const prefix = /^[ \t>]*/.exec(text.slice(lineStart))?.[0] ?? '';
  // Blockquote markers are kept; list markers are not (the comment then stands before the item).
  return { range: { start: lineStart, end: lineStart }, newText: `${prefix}${disableComment(code)}${eolOf(text)}` };
}

/**
 * Edits that make `citation` name `source` instead of the work it names now, keeping its form: a
 * pandoc key is swapped in place, a parenthetical rewritten, a footnote reference pointed at a new
 * footnote (the old definition stays, since other sentences may use it). Undefined for forms that
 * cannot be rewritten safely (links, numbered marks, signal phrases).
 */
export function replaceCitationEdits(text: string, citation: Citation, source: CitableSourceInfo): OffsetEdit[] | undefined {
  const { start, end } = citation.range;
  if (start < 0 || end > text.length || start >= end) return undefined;
  const written = text.slice(start, end);
  switch (citation.form) {
    case 'pandoc': {
      const escaped = citation.reference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const match = new RegExp(`@\\{?${escaped}\\}?(?![\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])`, 'u').exec(written);
      if (!match) return undefined;
      const at = start + match.index;
      return [{ range: { start: at, end: at + match[0].length }, newText: pandocKey(source.key) }];
    }
    case 'parenthetical':
      return [{ range: { start, end }, newText: mlaParenthetical(source) }];
    case 'footnote': {
      const label = nextFootnoteLabel(text);
      const adding = citationEdits(text, 'footnote', source, end);
      // citationEdits inserts a reference at `end`; replace the old reference with it instead.
      const definition = adding[1]!;
      return [{ range: { start, end }, newText: `[^${label}]` }, definition];
    }
    default:
      return undefined;
  }
}
