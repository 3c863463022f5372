// Datelines: a line, or the bold opening of a paragraph, that only says where and when the text
// under it was written (`**Camp at Karsk, the twentieth of April, 1611**`, `**Fri 14 Feb.** Read …`).
// It states nothing itself; it is read like a heading below the real ones, in sources and drafts alike.
import { MONTHS } from './dates.js';
import { EVENT_TYPES } from './frames/lexicon.js';

export const DATELINE_DEPTH = 7;

/** `. Page 5, column 2.` closing a bold line: where on the page the text stood. */
const PAGE_PLACE = /[.,;]\s*(?:page|p\.)\s*\d+(?:,\s*(?:column|col\.)\s*\d+)?\.?(?=(\*\*|__|\*|_)$)/i;

/** `**Camp at Karsk, the twentieth of April, 1611**`: a line all in bold or italics, with no full stop (and perhaps a mark in brackets after it). */
export function isDateline(original: string): boolean {
  // (`**Anno 1749** [fol. 31v]`, `**Meeting of Tuesday, 2 April 1867.** (f. 129)`: a mark in brackets
  // after it, a folio, a page or a note, is apparatus.)
  // (`**HOBWICK MERCURY, Friday, 18 November 1898. Page 5, column 2.**`: where on the page is apparatus too.)
  const t = original.trim().replace(/\s*(\[[^\]\n]{1,20}\]|\([^)\n]{1,20}\))$/, '').replace(PAGE_PLACE, '');
  if (isNewspaperDateline(t)) return true;
  // (`**No. 5.** Glenvar, 22nd December 1868.`: a dispatch's number in bold, then its place and day.)
  const numbered = /^(\*\*|__)[^*_]{1,20}\1\s+([^*_]{3,80})$/.exec(t);
  if (numbered && numbered[2]!.includes(',') && onlyPlaceAndDay(numbered[2]!.replace(/\.$/, ''))) return true;
  if (!/^(\*\*|__|\*|_)[^*_]+\1$/.test(t) || t.length >= 120) return false;
  // (A line in bold that ends as a sentence does is a sentence, unless it is only a place and a day:
  // `**Sheep Street, Ashcombe, the 30th of January, 1740.**`.)
  return !/[.!?]\s*(\*\*|__|\*|_)$/.test(t) || onlyPlaceAndDay(t.replace(/[*_]/g, ''));
}

/** `KELDERWICK, June 19.`: a newspaper's dateline, a place in capitals, a comma and a day, on a line of its own. */
function isNewspaperDateline(line: string): boolean {
  return line.length < 60 && /^\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*,\s/u.test(line) && onlyPlaceAndDay(line.replace(/\.$/, ''));
}

/**
 * Whether a line holds a month and otherwise only names, numbers and the words that join them in a
 * date. A name with a word for a kind of event (`General Election of 4 November 1957: Return of
 * Members.`) is a notice's title that tells when that event was, not a place and a day.
 */
function onlyPlaceAndDay(line: string): boolean {
  const words = line.match(/[\p{L}\d]+/gu) ?? [];
  return words.some((w) => MONTHS[w.toLowerCase()] !== undefined) && !words.some((w) => EVENT_TYPES.has(w.toLowerCase())) &&
    words.every((w) => /^\p{Lu}/u.test(w) || /^\d+(st|nd|rd|th|d)?$/.test(w) || /^(the|of|at|on|in)$/.test(w));
}

/**
 * The length of a bold place and day that opens a paragraph of text, else 0; or of a newspaper's, in
 * plain type (`CALVENPORT, 7 May 1949. Eleven persons were killed yesterday …`).
 */
export function leadingDateline(original: string): number {
  const lead = /^(\*\*|__)([^*_]{3,100})\1/.exec(original);
  if (lead) return original.length > lead[0].length + 20 && onlyPlaceAndDay(lead[2]!) ? lead[0].length : 0;
  const plain = /^([^.!?\n]{3,58})\.\s/u.exec(original);
  return plain && original.length > plain[0].length + 20 && isNewspaperDateline(plain[1]!) ? plain[1]!.length + 1 : 0;
}

/**
 * In a draft, how much of a paragraph is a dateline (0 if none): a bold line that is only a place and
 * a day, or the bold place and day that opens it (a journal's or a research log's entry). A writer's
 * other bold lines (`**Losses: 2 million**`) are text.
 */
export function draftDateline(original: string, listItem: boolean): number {
  const t = original.trim();
  if (/^(\*\*|__)[^*_]+\1$/.test(t) && t.length < 120 && onlyPlaceAndDay(t.replace(/[*_]/g, ''))) return listItem ? 0 : original.length;
  // (`- **6 April 1872** — The second siege begins`: a timeline's entry is dated by its day, a claim.)
  const lead = leadingDateline(original);
  return listItem || /^\s*[-–—:]/.test(original.slice(lead)) ? 0 : lead;
}

/**
 * `**1849.** Cholera reached the wharf`, `**3 April 1848** — …`: a paragraph that opens with a year or a
 * day in bold is a timeline's entry, which tells of its own event, as a list item does.
 */
export function opensTimelineEntry(original: string): boolean {
  const lead = /^\s*(\*\*|__)([^*_]{3,60})\1/.exec(original);
  if (!lead) return false;
  const inner = lead[2]!.trim();
  return /^\d{3,4}\.?$/.test(inner) || onlyPlaceAndDay(inner.replace(/[.,]$/, ''));
}
