// Reading text into framed values, the same way for a draft and for a source: a sentence, a table
// row (each cell read with its column's header), a heading (which starts a section).
import { claimValues } from '../claimValues.js';
import { tokenize, type Token } from '../tokens.js';
import type { TextRange } from '../types.js';
import { extractValues, type FoundValue } from '../values.js';
import type { Discourse } from './discourse.js';
import { frameSentence, headingSubjects, type FramedValue } from './frame.js';
import { DENIALS } from './lexicon.js';
import type { NameKnowledge } from './mentions.js';

const inside = (t: { start: number; end: number }, ranges: readonly TextRange[]) => ranges.some((r) => t.start >= r.start && t.end <= r.end);

/** `not the 61 you usually see`, `rather than 61`: a value the sentence denies is not stated. */
function denied(value: FoundValue, tokens: readonly Token[]): boolean {
  const i = tokens.findIndex((t) => t.start >= (value.hedge?.range.start ?? value.range.start));
  const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.lower);
  return before.some((w) => DENIALS.has(w)) && !(before[0] === 'not' && /^(only|just|quite|until|till)$/.test(before[1] ?? ''));
}

/** The framed values of one sentence. `ignored` are ranges (citations) that are not the writer's words. */
export function readSentence(text: string, offset: number, ignored: readonly TextRange[], discourse: Discourse, knowledge: NameKnowledge): FramedValue[] {
  const tokens = tokenize(text, offset).filter((t) => !inside(t, ignored));
  const year = discourse.year();
  const values = claimValues(text, offset, ignored, year !== undefined ? { year } : {}).filter((v) => !denied(v, tokens));
  return frameSentence({ tokens, values }, discourse, knowledge);
}

/** A heading starts a section about the events it names, in the year it names. */
export function readHeading(text: string, offset: number, depth: number, discourse: Discourse, knowledge: NameKnowledge): void {
  const tokens = tokenize(text, offset);
  const date = extractValues(text, offset).find((v) => v.interval.dimension === 'date');
  const year = date ? new Date(date.interval.low * 86_400_000).getUTCFullYear() : undefined;
  discourse.heading(depth, headingSubjects(tokens, knowledge), year);
}

export interface TableCell {
  text: string;
  start: number;
}

/**
 * The cells of a Markdown table row: bounded by the bars of its original text (`| a | b |`), read
 * from its prose text (where code and markup are blanked).
 */
export function tableCells(row: string, prose: string, start: number): TableCell[] {
  const cells: TableCell[] = [];
  let cellStart = 0;
  const body = row.replace(/\s+$/, '');
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && !(body[i] === '|' && body[i - 1] !== '\\')) continue;
    const text = prose.slice(cellStart, i);
    if (!(cells.length === 0 && text.trim() === '' && i === body.search(/\|/))) cells.push({ text, start: start + cellStart });
    cellStart = i + 1;
  }
  if (cells.length > 0 && cells[cells.length - 1]!.text.trim() === '') cells.pop();
  return cells;
}

export function isTableRow(row: string): boolean {
  return /^\s*\|/.test(row);
}

/**
 * A table row is one sentence (its citation is anywhere in it), but each value is read with its
 * column's header (`Killed | 37`, `Length | 41 days`) and the row's other cells name its subject.
 */
export function readTableRow(cells: TableCell[], header: readonly string[], ignored: readonly TextRange[], discourse: Discourse, knowledge: NameKnowledge): FramedValue[] {
  const tokens: Token[] = [];
  const values: FoundValue[] = [];
  cells.forEach((cell, i) => {
    const cellTokens = tokenize(cell.text, cell.start).filter((t) => !inside(t, ignored));
    const year = discourse.year();
    const cellValues = claimValues(cell.text, cell.start, ignored, year !== undefined ? { year } : {}).filter((v) => !denied(v, cellTokens));
    // The header's words stand at the cell's opening bar: before the value, after a name (`First Siege`).
    // In lower case, so that a header (`Event`, `Siege`) never runs into a name in its cell.
    const headerTokens = tokenize((header[i] ?? '').toLowerCase(), 0).map((t) => ({ ...t, start: cell.start - 1, end: cell.start - 1 }));
    if (cellValues.length > 0) tokens.push(...headerTokens, ...cellTokens);
    else tokens.push(...cellTokens, ...headerTokens);
    tokens.push({ kind: 'punct', text: ';', lower: ';', start: cell.start + cell.text.length, end: cell.start + cell.text.length });
    values.push(...cellValues);
  });
  return frameSentence({ tokens, values, row: true }, discourse, knowledge);
}
