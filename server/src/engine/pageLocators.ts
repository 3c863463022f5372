// The page a citation names (`[@key, p. 239]`, `(Quill 239-41)`, a footnote's `…, *Title*, 239.`),
// and page ranges read as the pages they cover. Labels are compared as printed: arabic numbers with
// arabic numbers, roman ones (`xii`) with roman ones.
import { romanValue } from './numbers.js';
import type { CitationForm } from './types.js';

/** A page or range of pages as a citation writes it, and where that stands in the text it was read from. */
export interface CitedPages {
  /** As written: `239`, `239-41`, `xii–xiv`. */
  text: string;
  start: number;
  end: number;
}

/** A range of pages in one numbering: `low` to `high`, both counted in. */
export interface PageSpan {
  roman: boolean;
  low: number;
  high: number;
}

const PAGE = String.raw`(?:\d{1,5}|[ivxlcdm]{1,8})`;
const RANGE = String.raw`${PAGE}(?:\s?[-–—]\s?${PAGE})?`;
/** `p.`, `pp.`, `page`, `pages`, `pg.` before a page. */
const PAGE_WORD = String.raw`(?:pp?\.\s*|pp?\s+|pages?\s+|pgs?\.\s*)`;

/** After a pandoc key: `, p. 239`, `, pp. 239-41`, ` 239` (a bare number is a page in pandoc). */
const PANDOC_LOCATOR = new RegExp(String.raw`^\s*,?\s*(?:${PAGE_WORD}(${RANGE})|(\d{1,5}(?:\s?[-–—]\s?\d{1,5})?))(?=\s*(?:[,;\]]|$))`, 'i');
/** At the end of a parenthetical's content: `Quill 239`, `Quill, p. 239`, `"Title" 12-14`, `Quill 2012, 4`. */
const PARENTHETICAL_PAGE = new RegExp(String.raw`(?:(?<=[\p{L}'’"”.])\s+|,\s*)(?:${PAGE_WORD}(${RANGE})|(\d{1,5}(?:\s?[-–—]\s?\d{1,5})?))\s*$`, 'iu');
/** At the end of a footnote's definition: `Quill, *The Fall*, 239.`, `…, pp. 239–41.` */
const FOOTNOTE_PAGE = new RegExp(String.raw`(?:(?:,\s*|\s)${PAGE_WORD}(${RANGE})|,\s*(\d{1,5}(?:\s?[-–—]\s?\d{1,5})?))\.?\s*$`, 'iu');

/** A bare four-digit number from 1000 to 2099 with no `p.` before it is a year, not a page. */
const YEAR_LIKE = /^(1\d{3}|20\d{2})$/;

function found(match: RegExpExecArray | null, offset = 0): CitedPages | undefined {
  if (!match) return undefined;
  const text = match[1] ?? match[2];
  if (text === undefined || (match[1] === undefined && YEAR_LIKE.test(text))) return undefined;
  // (The page ends the match, but for a full stop and spaces after it.)
  const end = offset + match.index + match[0].replace(/\.?\s*$/, '').length;
  return { text, start: end - text.length, end };
}

/** The page a pandoc key's locator gives: `rest` is what follows the key in its citation, up to the next `;`. */
export function pandocPages(rest: string, offset = 0): CitedPages | undefined {
  return found(PANDOC_LOCATOR.exec(rest), offset);
}

/**
 * The page at the end of a parenthetical's or a footnote definition's text; none for a chapter,
 * a volume and page (`2: 57`), a book and section (`7.71`), or a year.
 */
export function trailingPages(form: CitationForm, text: string, offset = 0): CitedPages | undefined {
  const pattern = form === 'footnote' ? FOOTNOTE_PAGE : form === 'parenthetical' ? PARENTHETICAL_PAGE : undefined;
  if (!pattern) return undefined;
  const match = pattern.exec(text);
  if (!match || /(?:\d:\s?|\d\.|\b(?:ch|chap|vol|no|fig|para|par|sec|art|n|l|ll)\.?\s*)$/i.test(text.slice(0, match.index + (match[0].length - match[0].trimStart().length)))) return undefined;
  return found(match, offset);
}

/** A page label as a number in its numbering, or undefined (a label such as `A-3`). */
export function pageNumber(label: string): { roman: boolean; n: number } | undefined {
  const trimmed = label.trim();
  if (/^\d{1,6}$/.test(trimmed)) return { roman: false, n: Number(trimmed) };
  const roman = romanValue(trimmed.toLowerCase());
  return roman === undefined ? undefined : { roman: true, n: roman };
}

/**
 * The pages a citation's page text covers: `239` one page, `239-41` and `239–241` three (a shortened
 * end takes the start's leading digits). Undefined for a range that runs backwards or mixes numberings.
 */
export function pageSpan(text: string): PageSpan | undefined {
  const [first, last] = text.split(/\s?[-–—]\s?/);
  const low = pageNumber(first ?? '');
  if (!low) return undefined;
  if (last === undefined) return { roman: low.roman, low: low.n, high: low.n };
  let high = pageNumber(last);
  if (high && !low.roman && !high.roman && last.length < first!.length) high = { roman: false, n: Number(first!.slice(0, first!.length - last.length) + last) };
  if (!high || high.roman !== low.roman || high.n < low.n) return undefined;
  return { roman: low.roman, low: low.n, high: high.n };
}

/** Whether a page label lies within a span. */
export function labelInSpan(label: string, span: PageSpan): boolean {
  const page = pageNumber(label);
  return page !== undefined && page.roman === span.roman && page.n >= span.low && page.n <= span.high;
}
