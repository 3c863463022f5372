// Reading text into framed values, the same way for a draft and for a source: a sentence, a table
// row (each cell read with its column's header), a heading (which starts a section).
import { sentenceValues } from '../claimValues.js';
import { DATELINE_DEPTH } from '../datelines.js';
import { yearsOfDate } from '../dates.js';
import { stem } from '../terms.js';
import { makeToken, tokenize, type Token } from '../tokens.js';
import type { TextRange } from '../types.js';
import { extractValues, inHeadersShare, inHeadersUnit, type FoundValue } from '../values.js';
import type { Discourse } from './discourse.js';
import { frameSentence, headingSubjects, type FramedValue, type SentenceToFrame } from './frame.js';
import { DENIALS } from './lexicon.js';
import { readMentions, type Mention, type NameKnowledge } from './mentions.js';
import type { EventRef } from './types.js';

const inside = (t: { start: number; end: number }, ranges: readonly TextRange[]) => ranges.some((r) => t.start >= r.start && t.end <= r.end);

/** `not the 61 you usually see`, `rather than 61`: a value the sentence denies is not stated. */
function denied(value: FoundValue, tokens: readonly Token[]): boolean {
  const i = tokens.findIndex((t) => t.start >= (value.hedge?.range.start ?? value.range.start));
  const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.lower);
  return before.some((w) => DENIALS.has(w)) && !(before[0] === 'not' && /^(only|just|quite|until|till)$/.test(before[1] ?? ''));
}

/** A text's tokens and the values it states, where it stands; `ignored` (citations) are not the writer's words. */
function readWords(text: string, offset: number, ignored: readonly TextRange[], year: number | undefined, source = false): { tokens: Token[]; values: FoundValue[]; year?: number; sceneYears?: number[] } {
  // (Tokenized once: the values are read from the same tokens, citations and all.)
  const all = tokenize(text, offset);
  const tokens = ignored.length > 0 ? all.filter((t) => !inside(t, ignored)) : all;
  const { claims, ...years } = sentenceValues(text, offset, ignored, year !== undefined ? { year } : {}, source, all);
  const values = claims.filter((v) => !denied(v, tokens));
  return { tokens, values, ...years };
}

/**
 * A sentence's tokens and values: they depend on its words, its citations and the year around it,
 * not on what the text before it named. Kept for a few hundred sentences, so that a sentence read
 * again because an earlier one changed what it refers to is not tokenized again; read where it
 * stands, and moved only when it is met again elsewhere (a first reading copies nothing).
 */
interface WordsRead {
  offset: number;
  tokens: Token[];
  values: FoundValue[];
  /** The year it sets for the sentences after it. */
  year?: number;
  /** The years of its dates that are no claims. */
  sceneYears?: number[];
  /** Its mentions, as the corpus whose knowledge read them names things. */
  mentions?: { knowledge: NameKnowledge; mentions: Mention[] };
}
const WORDS_READ = new Map<string, WordsRead>();
const WORDS_KEPT = 256;

function wordsOf(text: string, offset: number, ignored: readonly TextRange[], year: number | undefined, knowledge: NameKnowledge): SentenceToFrame {
  const key = `${year ?? ''}\u0001${ignored.map((r) => `${r.start - offset}-${r.end - offset}`).join(',')}\u0001${text}`;
  let read = WORDS_READ.get(key);
  if (!read) {
    if (WORDS_READ.size >= WORDS_KEPT) WORDS_READ.delete(WORDS_READ.keys().next().value!);
    // Its values kept as copies: a moved reading copies them again (below), and a spread copy of a
    // copy has the copy's shape, so the code compiled for a draft's values meets one shape of each
    // wherever the sentence stands (a first reading's own values, copied only once moved, brought a
    // new shape to a new server's first edits, and V8 dropped the code that reads them).
    const words = readWords(text, offset, ignored, year);
    WORDS_READ.set(key, (read = { offset, ...words, values: words.values.map((v) => ({ ...v })) }));
  }
  // Mentions hold token indexes, not offsets: read once per corpus, and copied (framing adjusts them).
  if (read.mentions?.knowledge !== knowledge) read.mentions = { knowledge, mentions: readMentions(read.tokens, knowledge) };
  const mentions = read.mentions.mentions.map((m) => ({ ...m }));
  const shift = offset - read.offset;
  const sets = { ...(read.year !== undefined ? { year: read.year } : {}), ...(read.sceneYears ? { sceneYears: read.sceneYears } : {}) };
  if (shift === 0) return { tokens: read.tokens, values: read.values, mentions, ...sets };
  const at = (r: TextRange) => ({ start: r.start + shift, end: r.end + shift });
  return {
    tokens: read.tokens.map((t) => makeToken(t.kind, t.text, t.lower, t.start + shift, t.end + shift)),
    // (A hedge built whole, in values.ts's shape: a spread copy written over has another, which V8's
    // code compiled for hedges drops on meeting it.)
    values: read.values.map((v) => ({ ...v, range: at(v.range), ...(v.hedge ? { hedge: { kind: v.hedge.kind, range: at(v.hedge.range), text: v.hedge.text } } : {}) })),
    mentions,
    ...sets,
  };
}

/**
 * The framed values of one sentence. `ignored` are ranges (citations) that are not the writer's words.
 * `again`: a draft's sentence, which will be read again as the writer types (a source's is read once).
 * `keep`: kept for that next reading; a draft checked once (the command line) has none, and its
 * sentences are read as they come, keeping nothing.
 */
export function readSentence(text: string, offset: number, ignored: readonly TextRange[], discourse: Discourse, knowledge: NameKnowledge, again = false, keep = again): FramedValue[] {
  // (A sentence read once is a source's: see claimValues's `source`.)
  const year = discourse.year();
  const words = again && keep ? wordsOf(text, offset, ignored, year, knowledge) : readWords(text, offset, ignored, year, !again);
  return frameSentence(words, discourse, knowledge);
}

/** What headings name, by their text, per corpus: a draft's headings are read again on every keystroke. */
const HEADINGS_KEPT = 256;
const HEADINGS = new WeakMap<NameKnowledge, Map<string, { refs: EventRef[]; year?: number; day?: number; elsewhere: boolean; unit?: string }>>();

/**
 * Every ref a heading named. (Headings of the same text share their refs: a subject that is none of
 * these is no heading's, whatever the headings are.)
 */
const HEADING_REFS = new WeakSet<EventRef>();

export function isHeadingRef(ref: EventRef): boolean {
  return HEADING_REFS.has(ref);
}

/** A heading starts a section about the events it names, in the year it names. */
export function readHeading(text: string, offset: number, depth: number, discourse: Discourse, knowledge: NameKnowledge, draft = false): void {
  let known = HEADINGS.get(knowledge);
  if (!known) HEADINGS.set(knowledge, (known = new Map()));
  let read = known.get(text);
  if (!read) {
    // (`Two Eruptions: Lowmoor, 1906–1921` spans years: a section is in one year only when its
    // heading's every date falls in it.)
    const dates = extractValues(text, offset).filter((v) => v.interval.dimension === 'date');
    const years = new Set(dates.flatMap((v) => yearsOfDate(v.interval)));
    const days = dates.filter((v) => v.interval.high - v.interval.low === 1);
    // (`## Slide 5: 1888`, `### Part 2 – 1842`: a year set after a label's mark ends the heading,
    // read as a count where a number before it makes the whole look like a list of figures.)
    const labelled = years.size === 0 ? /[:.–—-]\s*(1\d{3}|20\d{2})\s*$/.exec(text) : null;
    // (`*Posted on 14 March 2021 by Tobias Fenn*`: when a page was posted or edited is no year its
    // sections tell of, and a line that says it is the page's, no heading.)
    const posted = /\b(posted|published|updated|edited)\b/i.test(text);
    const year = posted ? undefined : years.size === 1 ? [...years][0] : labelled ? Number(labelled[1]) : undefined;
    // (Nor is what it is filed under what its sections tell of: `Filed under: plague, quarantine`.)
    const subjects = posted ? { refs: [], elsewhere: false } : headingSubjects(tokenize(text, offset), knowledge);
    read = { ...subjects, ...(year !== undefined ? { year } : {}), ...(days.length === 1 && !posted ? { day: days[0]!.interval.low } : {}) };
    for (const ref of read.refs) HEADING_REFS.add(ref);
    if (known.size > HEADINGS_KEPT) known.clear();
    known.set(text, read);
  }
  // (A draft's sections are its topics: `## Berlin` after a section on Stalingrad is about another
  // thing. A source's headings, a journal's places and days, go on with one story.)
  // (A draft's dateline, `**The Courier · Monday, 28 July 2025**`, says when the writer wrote: its year
  // is not the year the text's events are set in.)
  // (A source's dateline of one day, a diary's or a letter's, dates the counts so far under it.)
  const entryDay = !draft && depth === DATELINE_DEPTH ? read.day : undefined;
  discourse.heading(depth, read.refs, draft && depth === DATELINE_DEPTH ? undefined : read.year, draft && read.elsewhere, entryDay, read.unit);
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

/**
 * The line `offset` stands on is a list item (`- …`, `* …`, `3. …`): an entry of its own. Read from
 * the text, so that a plain-text source, which has no parsed lists, is read as a Markdown one is.
 */
export function opensListItem(text: string, offset: number): boolean {
  return /^\s*(?:[-*+]|\d{1,3}[.)])\s/.test(lineOpening(text, offset).text);
}

/** The number a block's line opens with, as a list item's (`3.`, `3)`) or in bold (`**4.**`), if it opens its line with one. */
export function itemNumberOf(text: string, offset: number): number | undefined {
  const line = lineOpening(text, offset);
  if (line.before > 12) return undefined;
  const m = /^\s*(?:\*\*|__)?(\d{1,3})[.)](?:\*\*|__)?\s/.exec(line.text);
  return m ? Number(m[1]) : undefined;
}

/** The first characters of the line `offset` stands on (enough for a list mark), and how far into it `offset` is. */
function lineOpening(text: string, offset: number): { text: string; before: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { text: text.slice(lineStart, lineStart + 16), before: offset - lineStart };
}

export function isTableRow(row: string): boolean {
  return /^\s*\|/.test(row);
}

/** Units a table's label or header may name (not `league` or `foot`, as often a name's words: `League ships`, `3rd Foot`). */
const LABEL_UNITS = new Set(['acre', 'acres', 'hectare', 'hectares', 'mile', 'miles', 'kilometre', 'kilometres', 'kilometer', 'kilometers',
  'km', 'yard', 'yards', 'feet', 'metre', 'metres', 'meter', 'meters', 'degrees', 'verst', 'versts']);

/**
 * Whether a table label's words name a unit of length, area or temperature (`| Acres enclosed | 1,240 |`,
 * `Distance (miles)`): its cells' values are in that unit, as `1,240 acres` would be, so no claims (see
 * readTableRow). In lower case, or capitalised only as the label's first word (not `Sixty Mile Flats`).
 */
function namesUncheckedUnit(words: readonly Token[]): boolean {
  return words.some((x, i) => LABEL_UNITS.has(x.lower) && (x.text === x.lower || (i === 0 && !/^\p{Lu}/u.test(words[1]?.text ?? ''))));
}

/** A column that numbers the rows (`#`, `No.`, `Row`, a storyboard's `Shot`, a trail's `Stop`) holds no claims: its `4` is the fourth row. */
const NUMBERING_HEADERS: ReadonlySet<string> = new Set(['#', 'no', 'no.', 'nr', 'nr.', 'row', 'item', 'rank', 'n°', '№', 'entry', 'folio', 'ref', 'ref.', 'shot', 'scene', 'step', 'slide', 'stop', 'frame', 'panel']);

/** A column of ages (`| Age |`): an age is no claim (nor a row number). */
const AGE_HEADERS: ReadonlySet<string> = new Set(['age', 'ages', 'aged', 'age at death']);

/** A cell that numbers its row, or gives an age: no claim. */
function holdsNoClaim(cell: string, header: string | undefined): boolean {
  const head = (header ?? '').trim().toLowerCase();
  // (A register's entries run to thousands: `| Entry | … |` over `| 1187 | … |` is no year.)
  return (/^\s*\d{1,5}\.?\s*$/.test(cell) && NUMBERING_HEADERS.has(head)) || AGE_HEADERS.has(head);
}

/** Headers of a column of places: its cells say where a row's values hold. */
const PLACE_HEADERS: ReadonlySet<string> = new Set([
  'place', 'places', 'location', 'locations', 'village', 'villages', 'town', 'towns', 'parish', 'parishes', 'district', 'districts',
  'settlement', 'settlements', 'township', 'county', 'counties', 'where',
]);

/**
 * `| Months from Moscow to Order No. 227 | 7 |`: the first word of the nearest cell before the value's
 * that opens with a word (the row's label, its tokens as already read), which may name the unit of a
 * bare count after it.
 */
function labelOpening(cellTokens: readonly Token[][]): Token[] {
  for (let k = cellTokens.length - 1; k >= 0; k--) {
    const first = cellTokens[k]!.find((t) => t.kind === 'word' || t.kind === 'number');
    if (first?.kind !== 'word') continue;
    // (`| Duration (weeks) | 21 |`: and a unit the label gives in brackets.)
    const open = cellTokens[k]!.findIndex((t) => t.text === '(');
    const bracketed = open >= 0 && cellTokens[k]![open + 2]?.text === ')' ? [cellTokens[k]![open + 1]!] : [];
    // (`| Per cent of passes | 71 |`: both words of a share.)
    const cent = first.lower === 'per' ? cellTokens[k]!.filter((t) => t.lower === 'cent').slice(0, 1) : [];
    return [first, ...cent, ...bracketed];
  }
  return [];
}

/**
 * A table row is one sentence (its citation is anywhere in it), but each value is read with its
 * column's header (`Killed | 37`, `Length | 41 days`) and the row's other cells name its subject.
 * In a table that compares named places column by column (`| Feature | Moscow | Stalingrad |`), a
 * place's column is read as a row of its own, after the rest: its place is no other column's.
 */
export function readTableRow(cells: TableCell[], header: readonly string[], ignored: readonly TextRange[], discourse: Discourse, knowledge: NameKnowledge): FramedValue[] {
  // A row's own year (`| 1846 | First strike | 6–15 July |`) dates the days and months of its other cells.
  const rowYear = cells.map((c) => /^\s*(\d{4})\s*$/.exec(c.text)?.[1]).find((y) => y !== undefined);
  const year = rowYear !== undefined ? Number(rowYear) : discourse.year();
  const columns = columnsOf(header);
  const words = cells.map((cell) => readWords(cell.text, cell.start, ignored, year));
  // (`| Acres enclosed | 1,240 |`, a column `Distance (miles)`: values in a unit of length or area are no claims.)
  const unitRow = words.length > 0 && namesUncheckedUnit(words[0]!.tokens);
  const read: ReadCell[] = cells.map((cell, i) => {
    const unmeasured = i > 0 && (unitRow || columns[i]?.inUncheckedUnit === true);
    return { cell, header: header[i] ?? '', ...words[i]!, values: unmeasured ? [] : words[i]!.values };
  });
  const all = cells.map((_, i) => i);
  const { compared, places } = comparedColumns(header, knowledge);
  if (places.length === 0) return datedByColumn(rowSentence(read, all, all, -1, discourse, knowledge), read, columns);
  const plain = all.filter((i) => !compared.includes(i));
  const own = places.flatMap((col) => rowSentence(read, [...plain, col].sort((a, b) => a - b), [col], col, discourse, knowledge));
  return datedByColumn([...own, ...rowSentence(read, all.filter((i) => !places.includes(i)), all, -1, discourse, knowledge)], read, columns);
}

/** What a table's header says of each column, read once per table, not once per row. */
interface ColumnFacts {
  /** Headed by a unit of length or area (`Distance (miles)`): its values are no claims. */
  inUncheckedUnit: boolean;
  /** Headed by a year or a span of years (`1871–72`), as the value reader reads it: the time its cells are set in. */
  years?: { low: number; high: number };
}

const COLUMNS = new WeakMap<readonly string[], ColumnFacts[]>();

function columnsOf(header: readonly string[]): ColumnFacts[] {
  let columns = COLUMNS.get(header);
  if (!columns) {
    columns = header.map((h) => {
      // (The header's time, alone or after a name and a comma: `1871–72`, `Moscow, winter 1941`.)
      const time = h.includes(',') ? h.slice(h.indexOf(',') + 1).trim() : h.trim();
      const found = extractValues(time);
      const coarse = (v: FoundValue) => v.form === 'year' || v.form === 'date-range' || (v.form === 'date' && (v.precision === 'season' || v.precision === 'year'));
      const year = found.length === 1 && coarse(found[0]!) && found[0]!.text === time ? found[0]!.interval : undefined;
      return { inUncheckedUnit: namesUncheckedUnit(tokenize(h, 0)), ...(year ? { years: { low: year.low, high: year.high } } : {}) };
    });
    COLUMNS.set(header, columns);
  }
  return columns;
}

/**
 * `| | 1871–72 | 1902 |` over `| Length | 21 weeks | 23 weeks |`: a column headed by a year, or a span
 * of years, sets the counts and times in its cells in it, as `in 1871–72` would.
 */
function datedByColumn(framed: FramedValue[], read: readonly ReadCell[], columns: readonly ColumnFacts[]): FramedValue[] {
  return framed.map((f) => {
    if (f.frame.dated !== undefined || f.frame.dimension === 'date') return f;
    const at = read.findIndex((r) => f.value.range.start >= r.cell.start && f.value.range.end <= r.cell.start + r.cell.text.length);
    const years = columns[at]?.years;
    return years ? { ...f, frame: { ...f.frame, dated: years } } : f;
  });
}

/** A bare count as a header or a row's label says it is: a length in its unit of time, or a share. */
function asHeadersSay(value: FoundValue, words: readonly Token[]): FoundValue {
  return inHeadersShare(inHeadersUnit(value, words), words);
}

/** A table cell with its column's header, as its words read. */
interface ReadCell {
  cell: TableCell;
  header: string;
  tokens: Token[];
  values: FoundValue[];
}

/**
 * The columns of a table that compares two or more names the corpus gives, one of them an event's
 * (not `| Event | Remarks |`, words a table's headers capitalise): each headed by one such name, no
 * word the corpus also writes in lower case; and those of them that are places, named after no event.
 */
function comparedColumns(header: readonly string[], knowledge: NameKnowledge): { compared: number[]; places: number[] } {
  // (A name may have its time after a comma: `| Moscow, winter 1941 | Stalingrad, 1942–43 |`.)
  const nameOf = (h: string) => h.split(',')[0]!.trim();
  const naming = header.map((h, i) => ({ i, key: stem(nameOf(h).toLowerCase()), ok: /^\p{Lu}\p{Ll}+$/u.test(nameOf(h)) }))
    .filter(({ key, ok }) => ok && knowledge.isName(key) && !knowledge.writesLowercase(key));
  const places = naming.filter(({ key }) => !knowledge.isEventKey(key)).map(({ i }) => i);
  if (naming.length < 2 || places.length === naming.length) return { compared: [], places: [] };
  return { compared: naming.map(({ i }) => i), places };
}

/**
 * The row's cells at `columns` read as one sentence, with the values of those at `valued`; the cell
 * at `place` is read `at` its header's name, as a place column's cells are (`| Moscow |`: at Moscow).
 */
function rowSentence(read: readonly ReadCell[], columns: readonly number[], valued: readonly number[], place: number, discourse: Discourse, knowledge: NameKnowledge): FramedValue[] {
  const tokens: Token[] = [];
  const values: FoundValue[] = [];
  const before: Token[][] = [];
  for (const i of columns) {
    const { cell, header, tokens: cellTokens, values: found } = read[i]!;
    // The header's words stand at the cell's opening bar: before the value, after a name (`First Siege`).
    // In lower case, so that a header (`Event`, `Siege`) never runs into a name in its cell; but a
    // compared place's name as written, after `at`.
    const headerTokens = (i === place ? [makeToken('word', 'at', 'at', 0, 0), ...tokenize(header.trim(), 0)] : tokenize(header.toLowerCase(), 0))
      .map((t) => makeToken(t.kind, t.text, t.lower, cell.start - 1, cell.start - 1));
    const cellValues = !valued.includes(i) || holdsNoClaim(cell.text, header) ? [] : found.map((v) => asHeadersSay(asHeadersSay(v, headerTokens), labelOpening(before)));
    before.push(cellTokens);
    if (cellValues.length > 0) tokens.push(...headerTokens, ...cellTokens);
    // (`| Place | Dead |` over `| Hessock | 12 |`, `| Parish and outbreak |`: a cell under a header of
    // place says where, as `at Hessock` would.)
    else if (PLACE_HEADERS.has(header.trim().toLowerCase().split(/\s+/)[0]!)) tokens.push(makeToken('word', 'at', 'at', cell.start - 1, cell.start - 1), ...cellTokens, ...headerTokens);
    else tokens.push(...cellTokens, ...headerTokens);
    tokens.push(makeToken('punct', ';', ';', cell.start + cell.text.length, cell.start + cell.text.length));
    values.push(...cellValues);
  }
  return frameSentence({ tokens, values, row: true }, discourse, knowledge);
}
