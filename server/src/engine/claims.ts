// Claims: the checkable values of a draft, each with its fact frame and the citations of its
// sentence. A draft is read block by block in one discourse, by the same rules as a source.
import { findCitations, type CitationLookup } from './citations.js';
import { DATELINE_DEPTH, draftDateline, opensTimelineEntry } from './datelines.js';
import { Discourse } from './frames/discourse.js';
import { headerUnit, type FramedValue } from './frames/frame.js';
import type { NameKnowledge } from './frames/mentions.js';
import type { EventRef } from './frames/types.js';
import { isTableRow, itemNumberOf, opensListItem, readHeading, readSentence, readTableRow, tableCells } from './frames/read.js';
import type { FootnoteDefinition, ProseBlock, ProseDocument } from './prose.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { Citation, TextRange } from './types.js';

export interface Claim extends FramedValue {
  sentence: TextRange;
  citations: Citation[];
}

/** What reading a draft's blocks needs from the whole draft and from the corpus. */
export interface DraftContext {
  /** The draft's text: a table row's cells are read from it. */
  text: string;
  knowledge: NameKnowledge;
  resolver: CitationLookup;
  footnotes: ReadonlyMap<string, FootnoteDefinition>;
  /** `[21]` marks resolve through a numbered reference list, where the draft has one. */
  numberedReferences: ReadonlyMap<number, string>;
  /** The one event the corpus says happened or began on a day (see CorpusIndex.eventOfDay). */
  eventOfDay?: (day: number) => EventRef | undefined;
  /** The draft is checked once (the command line): its sentences' readings are kept for no next check. */
  once?: boolean;
  /** How a block's sentences are read (readFramed, or a checker's memo of it: see check.ts). */
  readFramed?: FramedReader;
}

/** Reads a sentence's framed values in the discourse, which it moves past the sentence. */
export type FramedReader = (sentence: Sentence, ignored: readonly TextRange[], discourse: Discourse, context: DraftContext) => FramedValue[];

/** A draft's sentence read in the discourse: its framed values, a value beside a day of the corpus's one event that day's. */
export const readFramed: FramedReader = (sentence, ignored, discourse, context) => {
  const framed = readSentence(sentence.text, sentence.range.start, ignored, discourse, context.knowledge, true, !context.once);
  ofTheDay(framed, context);
  return framed;
};

/**
 * `**22 August 1884**: an excursion hits a coal train; 83 people are killed`: a value whose sentence
 * names nothing it could be of, beside a day on which the corpus says one event happened, is of that
 * event. (The day's own value is not: what a date is of is never decided by the date.)
 */
function ofTheDay(framed: FramedValue[], context: DraftContext): void {
  if (!context.eventOfDay) return;
  const days = framed.filter((f) => f.value.form === 'date' && f.value.precision === 'day');
  const events = days.map((f) => context.eventOfDay!(f.value.interval.low)).filter((r): r is EventRef => r !== undefined);
  if (events.length !== 1 || days.length !== 1) return;
  // (`In the first six months after the invasion of June 22, 1941, two million were taken prisoner`:
  // a day of an event the sentence names is that event's, told to time something else.)
  if (days[0]!.namesEvent) return;
  for (const f of framed) {
    // (Counts and shares only: a length or a time between beside a day is often of something else.)
    if (f.frame.subject !== undefined || (f.frame.dimension !== 'count' && f.frame.dimension !== 'fraction')) continue;
    f.frame.subject = { refs: [events[0]!], via: 'sentence' };
  }
}

export function numberedReferencesOf(prose: ProseDocument): Map<number, string> {
  const numbered = new Map<number, string>();
  for (const block of prose.blocks) {
    if (block.role === 'bibliography' && block.listNumber !== undefined) numbered.set(block.listNumber, block.text.trim());
  }
  return numbered;
}

/** The end of the text a sentence's trailing citations may occupy (`.[^3]` or ` [@key]`). */
function trailingEnd(block: ProseBlock, next: Sentence | undefined): number {
  return next ? next.range.start : block.range.end;
}

/**
 * Before a block is read: a heading starts a section; a new paragraph forgets the last one's
 * subjects. Kept apart from readBlock so that what a block's reading depends on is the discourse
 * state after this step.
 */
export function enterBlock(block: ProseBlock, previous: ProseBlock | undefined, context: Pick<DraftContext, 'knowledge' | 'text'>, discourse: Discourse): void {
  if (previous === undefined || block.paragraph !== previous.paragraph) {
    discourse.paragraphStart(!opensListItem(context.text, block.range.start) && !opensTimelineEntry(context.text.slice(block.range.start, block.range.end)));
    discourse.numberedItem(block.role === 'heading' ? undefined : itemNumberOf(context.text, block.range.start));
  }
  if (block.role === 'heading') readHeading(block.text, block.range.start, block.depth ?? 1, discourse, context.knowledge, true);
}

/**
 * Which of its sentence's citations a value rests on. With one citation, that one; with several
 * (`It lasted 118 days (Vale 7), and some 4,700 died (Caradoc).`), the one that follows the value
 * before the next value, else the one just before it after the last value, else all of them.
 */
function citationsOf(value: FramedValue, previous: FramedValue | undefined, next: FramedValue | undefined, citations: Citation[]): Citation[] {
  if (citations.length <= 1) return citations;
  const from = value.value.range.end;
  const to = next ? next.value.range.start : Infinity;
  const after = citations.filter((c) => c.range.start >= from && c.range.start < to);
  if (after.length > 0) return after;
  const since = previous ? previous.value.range.end : -Infinity;
  const before = citations.filter((c) => c.range.end <= value.value.range.start && c.range.end > since);
  return before.length > 0 ? before : citations;
}

/** A table row, its citations anywhere in it; the first row of a table is its header. */
function readRow(block: ProseBlock, original: string, context: DraftContext, discourse: Discourse): { claims: Claim[]; citations: Citation[] } {
  const cells = tableCells(original, block.text, block.range.start);
  const header = discourse.table();
  if (!header) {
    discourse.tableHeader(cells.map((c) => c.text.trim()), headerUnit(cells.map((c) => c.text), context.knowledge));
    return { claims: [], citations: [] };
  }
  const cited = findCitations(block, block.range, block.range.end, context.footnotes, context.resolver, context.numberedReferences);
  const claims = readTableRow(cells, header, cited.ignored, discourse, context.knowledge)
    .map((f) => ({ ...f, sentence: block.range, citations: cited.citations }));
  return { claims, citations: cited.citations };
}

/** The claims of one prose block, with the citations of their sentences. */
export function readBlock(block: ProseBlock, context: DraftContext, discourse: Discourse): { claims: Claim[]; citations: Citation[] } {
  const original = context.text.slice(block.range.start, block.range.end);
  if (isTableRow(original)) return readRow(block, original, context, discourse);
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  // `**Fri 14 Feb.** Read the blog …`: an entry's dateline says when the writer wrote, and is read as
  // a heading below the real ones (its year is the writer's, not the events'); it is no claim.
  const dateline = draftDateline(original, opensListItem(context.text, block.range.start));
  if (dateline > 0) readHeading(block.text.slice(0, dateline), block.range.start, DATELINE_DEPTH, discourse, context.knowledge, true);
  // (Blanked, not cut: `Fri 14 Feb.` would not end a sentence of its own.)
  const bold = boldLines(original, block.range.start);
  const inBoldLine = (at: number): boolean => bold.some((r) => at >= r.start && at < r.end);
  const works = worksYears(original, block.range.start);
  const sentences = splitSentences(' '.repeat(dateline) + block.text.slice(dateline), block.range.start).filter((s) => s.text.trim() !== '');
  sentences.forEach((sentence, i) => {
    const cited = findCitations(block, sentence.range, trailingEnd(block, sentences[i + 1]), context.footnotes, context.resolver, context.numberedReferences);
    citations.push(...cited.citations);
    const framed = (context.readFramed ?? readFramed)(sentence, works.length > 0 ? [...cited.ignored, ...works] : cited.ignored, discourse, context);
    framed.forEach((f, k) => {
      if (!inBoldLine(f.value.range.start)) claims.push({ ...f, sentence: sentence.range, citations: citationsOf(f, framed[k - 1], framed[k + 1], cited.citations) });
    });
  });
  return { claims, citations };
}

/**
 * `*The Last Bank of the Volga* (2016) follows …`: a year in brackets right after a title set in
 * italics is the work's, no claim of the writer's (the prose text has lost the italics: the original has them).
 */
function worksYears(original: string, offset: number): TextRange[] {
  const found: TextRange[] = [];
  for (const m of original.matchAll(/[*_] ?\((\d{4})\)/g)) {
    const start = offset + m.index! + m[0].indexOf('(') + 1;
    found.push({ start, end: start + 4 });
  }
  return found;
}

/**
 * A line that is bold from end to end (`**Slide 2: The inquiry (1883)**`, `1. **Building the canal
 * (1794–1799).**`, a question over its answer's line) is a heading written without Markdown's marks:
 * what it names is read, its values are no claims, as a heading's are not.
 */
function boldLines(original: string, offset: number): TextRange[] {
  const lines: TextRange[] = [];
  for (const line of original.matchAll(/^[ \t]*(\*\*|__)(?:(?!\1)[^\n])+\1[ \t]*$/gm)) {
    lines.push({ start: offset + line.index, end: offset + line.index + line[0].length });
  }
  return lines;
}

/** Every checkable claim of a draft, with the citations of its sentence. */
export function extractClaims(
  prose: ProseDocument,
  sources: { knowledge: NameKnowledge; resolver: CitationLookup; eventOfDay?: (day: number) => EventRef | undefined },
): { claims: Claim[]; citations: Citation[] } {
  const context: DraftContext = { ...sources, text: prose.text, footnotes: prose.footnotes, numberedReferences: numberedReferencesOf(prose) };
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  const discourse = new Discourse();
  let previous: ProseBlock | undefined;
  for (const block of prose.blocks) {
    enterBlock(block, previous, context, discourse);
    previous = block;
    if (block.role !== 'prose') continue;
    const read = readBlock(block, context, discourse);
    claims.push(...read.claims);
    citations.push(...read.citations);
  }
  return { claims, citations };
}
