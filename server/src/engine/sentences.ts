// Sentence boundaries that survive abbreviations (`No.`, `Dr.`, `U.S.S.R.`, `approx.`, `p.`) and decimals.
import type { TextRange } from './types.js';

const ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'ft', 'jr', 'sr', 'gen', 'lt', 'col', 'capt',
  'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'gov', 'pres', 'prof', 'rev', 'hon', 'approx', 'ca', 'c', 'p',
  'pp', 'vol', 'vols', 'ch', 'chap', 'sec', 'fig', 'ed', 'eds', 'trans', 'vs', 'v', 'cf', 'al', 'e.g',
  'i.e', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'jany', 'janry', 'feby', 'febry', 'augt', 'septr', 'octr', 'novr', 'decr',
  'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'div', 'regt', 'bn', 'bde', 'ave', 'blvd', 'op', 'repr',
  'para', 'paras', 'par', 'pars', 'n', 'nn', 'ff', 'sect', 'pt', 'pts', 'bk', 'fol', 'fols', 'l', 'll', 'col', 'cols', 'no',
]);

export interface Sentence {
  range: TextRange;
  text: string;
}

/** True when the dot at `dot` (an index into text) ends an abbreviation rather than a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (!word) return false;
  const bare = word.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  // Initialisms and initials: `U.S.S.R.`, `J. Stalin`.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (/^\p{Lu}$/u.test(word)) return true;
  return false;
}

/**
 * Splits `text` (a block, with non-prose already blanked) into sentences. Offsets are absolute:
 * `offset` is where `text` starts in its document.
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = text.search(/\S/);
  if (start < 0) return sentences;
  // Citation marks right after the final period (`.[4]`, `.[17][18]`) end the sentence with it, and
  // so do an editor's tags (`.[citation needed]`, `.[when?]`).
  const boundary = /([.!?…]+)(["”’')\]*_]*)((?:\[[^\]\s]{1,12}\]|\[[a-z][a-z ?-]{1,30}\])*)(?=\s+|$)/g;
  const depth = bracketDepths(text);
  for (const match of text.matchAll(boundary)) {
    const end = match.index! + match[0].length;
    if (end <= start) continue;
    if (depth[match.index!]! > 0) continue; // `[@key, para. 4]`, `(see p. 31. Also …)`
    const mark = match[1]!;
    if (mark === '.' && isAbbreviationDot(text, match.index!)) {
      // An abbreviation ends a sentence only when a capitalised new sentence plainly follows
      // `etc.`; otherwise keep going.
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, match.index! - 12), match.index!))?.[1]?.toLowerCase();
      if (word !== 'etc') continue;
    }
    // `**1. Argument (4/5).**`: the number that opens a block, and its dot, number a part of the text.
    if (mark === '.' && sentences.length === 0 && /^[*_]*\d{1,2}$/.test(text.slice(start, match.index!))) continue;
    const rest = text.slice(end);
    const next = /\S/.exec(rest);
    // `approx. two`, `5 p.m. that`, `the "Stop!" post says`: a lower-case word goes on with the sentence.
    if (next && /[\p{Ll}]/u.test(next[0])) continue;
    // `… a single word: "Nuts!" (MacDonald 512).`: an aside in brackets, then the stop, ends this sentence.
    if (next?.[0] === '(' && /^\s*\([^()]{1,160}\)\s*[.!?]/.test(rest)) continue;
    pushSentence(sentences, text, offset, start, end);
    start = next ? end + next.index : text.length;
  }
  if (start < text.length) pushSentence(sentences, text, offset, start, text.length);
  return sentences;
}

/** How many brackets and parentheses are open at each offset (a sentence never ends inside one). */
function bracketDepths(text: string): number[] {
  const depths = new Array<number>(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '\n' && text[i + 1] === '\n') depth = 0;
    depths[i] = depth;
  }
  return depths;
}

function pushSentence(out: Sentence[], text: string, offset: number, start: number, end: number): void {
  const body = text.slice(start, end);
  const trimmedEnd = start + body.replace(/\s+$/, '').length;
  const trimmedStart = start + (body.length - body.trimStart().length);
  if (trimmedEnd <= trimmedStart) return;
  out.push({ range: { start: offset + trimmedStart, end: offset + trimmedEnd }, text: text.slice(trimmedStart, trimmedEnd) });
}
