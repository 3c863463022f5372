// How the draft writes its footnote definitions, so that a definition the Cite fix (or completion)
// adds reads like its neighbours: `Author, *Title*.`, `Author. "Title."`, `Author, Title` …
import type { CitableSourceInfo } from './citationEdits.js';

/** What wraps a title in a footnote definition: emphasis, quotes, or nothing. */
export type TitleMark = '*' | '_' | '"' | '“' | '';

/** Where a definition's full stop goes: after the title, inside its closing mark, or nowhere. */
export type FullStop = 'after' | 'inside' | 'none';

export interface FootnoteForm {
  titleMark: TitleMark;
  /** What stands between the author and the title: `, `, `. ` or `: `. */
  separator: string;
  fullStop: FullStop;
}

/** The form for a draft without footnote definitions: `Edda Quill, *The Fall of Varnholt*.` */
export const DEFAULT_FOOTNOTE_FORM: FootnoteForm = { titleMark: '*', separator: ', ', fullStop: 'after' };

const CLOSING: Record<TitleMark, string> = { '*': '*', _: '_', '"': '"', '“': '”', '': '' };

/** A title wrapped in each mark; `*` and `_` not doubled (that is bold), quotes as written. */
const MARKED: Array<[TitleMark, RegExp]> = [
  ['*', /(?<![*\\])\*(?![*\s])[^*\n]*[^*\s\\]\*(?!\*)/],
  ['_', /(?<![\p{L}\p{N}_\\])_(?![_\s])[^_\n]*[^_\s\\]_(?![\p{L}\p{N}_])/u],
  ['"', /"[^"\n]+"/],
  ['“', /“[^”\n]+”/],
];

/** The text of each footnote definition's first line: `Edda Quill, *The Fall*.` for `[^1]: Edda Quill, *The Fall*.` */
export function footnoteDefinitionBodies(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^[ \t]{0,3}\[\^[^\]\s]+\]:[ \t]*(.*)$/gm)) {
    const body = m[1]!.replace(/\r$/, '').trim();
    if (body) out.push(body);
  }
  return out;
}

interface DefinitionShape {
  mark: TitleMark;
  separator?: string;
  /** Undefined when the line ends on `!` or `?`, which may be the title's own. */
  fullStop?: FullStop;
}

/** The mark around the definition's first title, what stands before it, and how the line ends. */
function shapeOf(body: string): DefinitionShape {
  let mark: TitleMark = '';
  let at = -1;
  for (const [candidate, pattern] of MARKED) {
    const found = pattern.exec(body);
    if (found && (at < 0 || found.index < at)) [mark, at] = [candidate, found.index];
  }
  const lead = at > 0 ? /([,.:])\s*$/.exec(body.slice(0, at)) : null;
  const fullStop: FullStop | undefined = /[!?]["”*_)\]]*$/.test(body) ? undefined
    : /\.$/.test(body) ? 'after'
    : /\.["”*_)\]]+$/.test(body) ? 'inside'
    : 'none';
  return { mark, separator: lead ? `${lead[1]} ` : undefined, fullStop };
}

/** The most frequent of `values`; on a tie, the one seen first (the draft's first definition). */
function mostFrequent<T>(values: readonly T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

/** The form most of the draft's footnote definitions take; the default when it has none. */
export function footnoteFormOf(text: string): FootnoteForm {
  const shapes = footnoteDefinitionBodies(text).map(shapeOf);
  if (shapes.length === 0) return DEFAULT_FOOTNOTE_FORM;
  const separators = shapes.flatMap((s) => (s.separator ? [s.separator] : []));
  return {
    titleMark: mostFrequent(shapes.map((s) => s.mark), DEFAULT_FOOTNOTE_FORM.titleMark),
    separator: mostFrequent(separators, DEFAULT_FOOTNOTE_FORM.separator),
    fullStop: mostFrequent(shapes.flatMap((s) => (s.fullStop ? [s.fullStop] : [])), DEFAULT_FOOTNOTE_FORM.fullStop),
  };
}

/** What a footnote definition says of `source`, in `form`: `Edda Quill, *The Fall of Varnholt*.` */
export function footnoteDefinitionText(source: CitableSourceInfo, form: FootnoteForm = DEFAULT_FOOTNOTE_FORM): string {
  const title = source.title.trim();
  // A title that ends on its own stop or mark (`Hold Fast!`) takes no second one.
  const stop = form.fullStop === 'none' || /[.!?]$/.test(title) ? '' : '.';
  const open = form.titleMark;
  const close = CLOSING[form.titleMark];
  const titled = form.fullStop === 'inside' && open ? `${open}${title}${stop}${close}` : `${open}${title}${close}${stop}`;
  const author = source.author?.trim();
  if (!author) return titled;
  // `E. Quill` before `. ` keeps one full stop, not two.
  const separator = author.endsWith('.') && form.separator.startsWith('.') ? form.separator.slice(1) : form.separator;
  return `${author}${separator}${titled}`;
}
