// The corpus index: every value each source states, read in context, built once per corpus change.
// A source's page chrome ("Leave a Reply", image file names) is never indexed; reader comments are,
// marked as comments.
import { CitationResolver } from './citations.js';
import { isYearValue, yearOfDay } from './dates.js';
import { DATELINE_DEPTH, isDateline, leadingDateline } from './datelines.js';
import { Discourse } from './frames/discourse.js';
import { headerUnit, type FramedValue } from './frames/frame.js';
import { aliasesOf, learnEventWords, learnHeadingAlias, learnNames, namedEvents, NameKnowledge, peopleSides, shouted, typeOnlyEvents, unnamedWords } from './frames/mentions.js';
import { isTableRow, opensListItem, readHeading, readSentence, readTableRow, tableCells, type TableCell } from './frames/read.js';
import { EventRegistry } from './frames/registry.js';
import { isDatedStock, subjectDecides, type Decision, type EventResolver } from './frames/identity.js';
import { fromContext, guessedSubject, type EventRef, type FactFrame } from './frames/types.js';
import { LineIndex } from './positions.js';
import { markdownToProse, plainTextToProse, type ProseBlock } from './prose.js';
import { splitSentences } from './sentences.js';
import { makeToken, tokenize, type Token } from './tokens.js';
import { shapedFrame } from './frameShape.js';
import { IntervalTable } from './intervals.js';
import type { QuantityInterval, SourceInput, SourcePart, SourceSentence, TextRange } from './types.js';

/** A value a source states, framed: what the claims of drafts are compared with. */
export interface Statement extends FramedValue {
  sourceKey: string;
  sentence: SourceSentence;
  /** Its place in the corpus (sources in order, then text order): evidence is listed in this order. */
  ordinal: number;
}

export interface IndexedSource extends SourceInput {
  lines: LineIndex;
  sentences: SourceSentence[];
  statements: Statement[];
  /** The first and last year its statements date anything to (a year or finer), if any: the time it tells of. */
  years?: readonly [number, number];
}

/** A statement as one dimension sees it: a date range is also a duration (`implied`). */
export interface StatementView {
  statement: Statement;
  frame: FactFrame;
  implied: boolean;
}

/**
 * The views whose frames are alike (the same slots, word for word): identity is decided by frames
 * alone, so once for all of them. In a large corpus many statements share a frame.
 */
export interface FrameGroup {
  frame: FactFrame;
  /** The corpus events its subject is, when the registry resolves every one of its refs and it does not take them from a heading. */
  events?: readonly string[];
  /** In the corpus's order. */
  views: StatementView[];
  /**
   * Its views' values as a claim's moment reads them (see viewInterval), made the first time a claim
   * asks and kept with the index: a frame new to the index meets hundreds of groups that share only
   * its measure, whose values are then read without working each one out again.
   */
  tables?: Partial<Record<Moment, IntervalTable<StatementView>>>;
  /** Its frame with every slot present, in one order (see frameShape.ts): what comparing reads, made the first time a claim meets the group. */
  shaped?: FactFrame;
  /** The number of the last lookup (candidateGroups) that took it: how a lookup's lists are joined without a Set. */
  taken: number;
}

/** The group's frame in one shape (see frameShape.ts), made once and kept with the index. */
export function shapedFrameOf(group: FrameGroup): FactFrame {
  return (group.shaped ??= shapedFrame(group.frame));
}

/**
 * The one corpus event a statement's own sentence names, surely (by name, number or year:
 * EventRegistry.surelyNames); or the one thing it names by a name that is no event's (a ship that
 * sailed, `the Brothers of Orm`), as that name.
 */
export function namedEventOf(frame: FactFrame, events: EventRegistry): string | undefined {
  if (!frame.subject || fromContext(frame.subject)) return undefined;
  const refs = frame.subject.refs;
  const thing = refs.length === 1 && refs[0]!.type === undefined ? refs[0]!.key : undefined;
  if (thing !== undefined && events.lookup(refs[0]!).count === 0) return `thing ${thing}`;
  if (!refs.every((r) => events.surelyNames(r))) return undefined;
  return oneEventOf(frame, events);
}

/** The one corpus event a statement's subject names, if it names one (not a guess from the text around). */
export function oneEventOf(frame: FactFrame, events: EventResolver): string | undefined {
  const refs = frame.subject?.refs ?? [];
  if (refs.length === 0 || guessedSubject(frame.subject)) return undefined;
  const ids = new Set(refs.map((r) => events.lookup(r).id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** The registry's events a frame's subject is, when every ref of it resolves to one; else undefined. */
export function subjectEvents(frame: FactFrame, events: EventResolver): string[] | undefined {
  const refs = frame.subject?.refs;
  if (!refs || refs.length === 0) return undefined;
  const ids: string[] = [];
  for (const ref of refs) {
    const id = events.lookup(ref).id;
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return ids;
}

export interface CorpusIndex {
  sources: IndexedSource[];
  byKey: Map<string, IndexedSource>;
  statements: Statement[];
  statementCount: number;
  /** What the corpus teaches about names (see NameKnowledge): the index cache keys reading by it. */
  knownNames: ReadonlySet<string>;
  knowledge: NameKnowledge;
  /** The events the corpus names: `the flood` resolves to the one flood a corpus tells of. */
  events: EventRegistry;
  resolver: CitationResolver;
  /**
   * The statement views that could be the same fact as a frame: those sharing a word of its subject's
   * name, its kind of event, or its measure. Any view that is a strong or weak match is among them.
   */
  candidates: (frame: FactFrame) => Set<StatementView>;
  /** The same candidates, as groups of views with one frame: what comparison reads. */
  candidateGroups: (frame: FactFrame) => readonly FrameGroup[];
  /**
   * Those of candidateGroups(frame) whose frames name `event` (namedEventOf), in the same order, found
   * among that event's groups alone: an anchor new to the index meets a thousand groups of its kind.
   */
  candidateGroupsOfEvent: (frame: FactFrame, event: string) => readonly FrameGroup[];
  /**
   * What comparison learned of a frame's identity with the corpus's statements (a claim's frame is
   * the same from one keystroke to the next): kept per frame, the least recently used dropped.
   */
  identities: Map<string, Identities>;
  /** Every word of every name the corpus knows (see nameWordsOf): a name with none of them is none the corpus tells of. */
  nameWords: ReadonlySet<string>;
  /** The statements that give this very value (see valueKey): built with the index, read when a claim seems stated by none. */
  statementsWithValue: (value: QuantityInterval) => readonly Statement[];
  /** The one event the corpus says happened or began on a day (a day number), where it names only one. */
  eventOfDay: (day: number) => EventRef | undefined;
}

/** The statements that are the same fact as a frame (strong or weak), and the nearest that is not. */
export interface Identities {
  /** Strong matches and weak ones of the same subject, each with its value's interval as the frame's moment reads it. */
  matches: Array<{ view: StatementView; decision: Decision; interval: QuantityInterval }>;
  /**
   * Weak matches of the measure alone, by frame: in a large corpus thousands, of which a claim keeps
   * only those whose values agree with it; so they are kept unexpanded.
   */
  measureOnly: Array<{ group: FrameGroup; decision: Decision }>;
  /**
   * Whether the statements (not date ranges' lengths) that share only the frame's measure give one
   * value, there being at least one: they then tell of one fact, as a single statement would.
   */
  oneValue: boolean;
  closest?: { view: StatementView; decision: Decision };
}

/** A sentence of a source before reading, or (with `heading`) a heading that starts a section. */
export interface PreparedSentence {
  /** The block it belongs to (a number per block of the source): a comment block starts afresh. */
  block: number;
  /** Sentences of one paragraph share it (a table's rows share their table's). */
  paragraph: number;
  part: SourcePart;
  range: TextRange;
  text: string;
  heading?: { text: string; start: number; depth: number };
  /** A table row's cells, from the original text. */
  cells?: TableCell[];
}

/** What one source contributes to the corpus-wide statistics. */
export interface SourceStats {
  sentenceCount: number;
  /** Unused since comparison stopped weighing words; kept empty so the cache format stands. */
  documentFrequency: Map<string, number>;
  /** What this source teaches about names (see NameKnowledge). */
  names: Set<string>;
}

export interface PreparedSource {
  input: SourceInput;
  sentences: PreparedSentence[];
  stats: SourceStats;
}

export interface CorpusStats {
  sentenceCount: number;
  documentFrequency: Map<string, number>;
  knownNames: Set<string>;
}

/** A source's sentences and statements, read with the corpus's names (ordinals not yet set). */
export interface ReadSource {
  sentences: SourceSentence[];
  statements: Statement[];
}

type BlockPart = SourcePart | 'chrome' | 'meta';


const CHROME_START = /^(leave a (reply|comment)|post a comment|add a comment|share this:?|like this:?|related( posts)?:?|fill in your details|you are commenting using|connecting to %s|subscribe|follow us|powered by|posted in|tags?:|categories:|filed under|copyright|©|all rights reserved)/i;
const CHROME_LINE = /(log out\s*\/\s*change|\bon\s+\w+\.?\s+\d{1,2},?\s+\d{4}\s+at\s+\d{1,2}:\d{2}|^\S+(\s+\S+){0,3}\s+says:\s*$|\.(jpe?g|png|gif|svg|webp|bmp)\b|^feature image|^image:|^photo:|^picture:|^click (here|to)|^read more|^advertisement)/i;
const COMMENTS_START = /^\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\b|^\s*(comments|responses|replies)\s*:?\s*$/i;
/** A byline: `Posted on April 12, 2019 by Cormac Feeney`, `By Mira Halloway, 3 March 2020`. */
const META_LINE = /^\s*(?:[Pp]osted|[Pp]ost|[Ww]ritten|[Pp]ublished)\b.{0,60}\bby\s+\p{Lu}|^\s*[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+)*\s*(,|\bon\b|\|)/u;
const POST_HEADER = /^\s*(?:[Pp]osted|[Pp]ost|[Rr]eply)\b.{0,60}\bby\s+\p{Lu}/u;
const REPLY_LINE = /^\s*(re:|reply\b|replied\b|quote\b|\S+(\s+\S+){0,3}\s+(wrote|replied|says):\s*$)/i;
/** A post's header line in a forum or a comment thread: a name and a time of day (`alun_f » Tue 12 Mar 2019, 20:14`, `Dorran Pike — 2 May 2021 at 9:14 am`). */
const POST_STAMP = /^.{0,80}\b\d{1,2}:\d{2}\b(\s*[ap]\.?m\.?)?\s*$/i;
/** An encyclopedia's hatnote: `This article is about the revolt. For the flood of the Ossel, see Kessary Flood.` */
const HATNOTE = /\bthis (article|page|entry) is about\b|(^|[.*_]\s*)for (the )?[^.]{1,80}, see\b/i;
const BIBLIOGRAPHY_LINE = /^\s*[\p{Lu}][\p{L}'’-]+,\s+[\p{Lu}][\p{L}.'’ -]*\.\s+["“*_]/u;

function classifyBlocks(blocks: ProseBlock[], rows: readonly boolean[]): BlockPart[] {
  const parts: BlockPart[] = [];
  let inComments = false;
  let chromeToEnd = false;
  let seenPost = false;
  // A line a page repeats word for word (a forum signature, a repeated menu) is furniture.
  const seen = new Map<string, number>();
  for (const b of blocks) seen.set(b.text.trim(), (seen.get(b.text.trim()) ?? 0) + 1);
  blocks.forEach((block, i) => {
    const text = block.text.trim();
    if (chromeToEnd) return parts.push('chrome');
    // (Not a table's row: two tables of a register under two headings share their header row.)
    if (text.length >= 20 && (seen.get(text) ?? 0) > 1 && block.role !== 'quote' && !rows[i]) return parts.push('chrome');
    if (POST_STAMP.test(text) && !/[.!?]\s*$/.test(text.replace(/\b[ap]\.m\.$/i, ''))) {
      if (seenPost) inComments = true;
      seenPost = true;
      return parts.push('meta');
    }
    if (CHROME_START.test(text)) {
      if (/^leave a|^post a comment|^add a comment|^fill in/i.test(text)) chromeToEnd = true;
      return parts.push('chrome');
    }
    if (COMMENTS_START.test(text)) {
      inComments = true;
      return parts.push('chrome');
    }
    if (CHROME_LINE.test(text) || /\w+_\w+_\w+/.test(text)) return parts.push('chrome');
    if (/:\s*$/.test(text) && text.length < 60) return parts.push('chrome');
    // A forum thread's first post is the source; later posts and replies are comments on it.
    if (POST_HEADER.test(text) || REPLY_LINE.test(text)) {
      if (i >= 3 && (seenPost || REPLY_LINE.test(text))) inComments = true;
      seenPost = true;
      return parts.push('meta');
    }
    if (i < 3 && META_LINE.test(text)) return parts.push('meta');
    if (HATNOTE.test(text)) return parts.push('meta');
    if (BIBLIOGRAPHY_LINE.test(text)) return parts.push('meta');
    if (block.role !== 'prose') return parts.push(block.role === 'quote' ? 'body' : 'meta');
    if (!/[.!?]["”’)]*$/.test(text) && text.split(/\s+/).length < 6) return parts.push('meta');
    return parts.push(inComments ? 'comment' : 'body');
  });
  return parts;
}

/** Whether a source is read as Markdown (else as plain text): part of what its cache entry depends on. */
export function isMarkdownSource(source: Pick<SourceInput, 'uri' | 'format'>): boolean {
  return source.format ? source.format === 'markdown' : /\.(md|markdown)$/i.test(source.uri);
}

function blocksOf(source: SourceInput): ProseBlock[] {
  return (isMarkdownSource(source) ? markdownToProse(source.text, { asSource: true }) : plainTextToProse(source.text)).blocks;
}

const LOOSE_PHASES = new Set(['occurred', 'span']);

/**
 * The words a frame can be looked up by: its subject's name words and kinds of event, its measure.
 * A statement is filed under its own measure (and, for a date, under every moment); a claim looks
 * up its own (and, for a date, the moments that fit any).
 */
function lookupKeys(frame: FactFrame, asStatement: boolean): string[] {
  const keys: string[] = [];
  for (const ref of frame.subject?.refs ?? []) {
    for (const w of ref.key?.split(' ') ?? []) keys.push(`w:${w}`);
    if (ref.type) keys.push(`t:${ref.type}`);
  }
  // Where a value holds is looked up too (`in June 1768 at Lisk Harbour`, of no named event).
  if (frame.place) keys.push(`p:${frame.place}`);
  const kind = frame.measure.kind;
  // `900 barrels`: a count that says only what it counts is looked up by that (not by `people`).
  const thing = frame.measure.thing;
  // (What a counted group did, `landed`, is a measure only beside the same deed: the thing counted is looked up too.)
  const weakKind = kind === undefined || kind.startsWith('act:');
  if (weakKind && frame.dimension === 'count' && thing !== undefined && thing !== 'people') keys.push(`h:${thing}`);
  // (`| 1881 | 118 | 806 |` under `| Census | Boats | Men |`: people counted at a time, told by no deed,
  // are looked up among the counts of people of that year, not among every count of people.)
  else if (thing === 'people' && isDatedStock(frame)) keys.push(`h:people@${yearOfDay(frame.dated!.low)}`);
  if (kind === undefined) return keys;
  if (frame.dimension !== 'date') {
    keys.push(`k:${kind}`);
    // (A toll and a count of burials fit, lossesFit: each is looked up among the other's.)
    if (kind === 'deaths' || kind === 'burials') keys.push(kind === 'deaths' ? 'k:burials' : 'k:deaths');
    return keys;
  }
  const phases = kind.split('+');
  if (asStatement) keys.push(...phases.map((p) => `k:${p}`), 'k:*');
  else if (phases.some((p) => LOOSE_PHASES.has(p))) keys.push('k:*');
  else keys.push(...phases.map((p) => `k:${p}`), 'k:occurred', 'k:span');
  return keys;
}

/**
 * One key rule for "the very value": a date is its span (the same day, month or year, not a day
 * within a year), any other value its number as stated, before hedges widened it.
 */
export function valueKey(value: QuantityInterval): string {
  if (value.dimension === 'date') return `date|${value.low}|${value.high}`;
  return `${value.dimension}|${Math.round(value.nominal * 1000) / 1000}`;
}

/** The first and the last day a range of days gives, besides its span (`12 May – 4 June 1785`; not `1788–1795`). */
export function rangeEnds(value: Statement['value']): { first: QuantityInterval; last: QuantityInterval } | undefined {
  if (value.form !== 'date-range' || !value.impliedDuration) return undefined;
  const { low, high } = value.interval;
  return { first: { ...value.interval, high: low + 1 }, last: { ...value.interval, low: high - 1 } };
}

/** Which of a statement's values a claim's moment reads: a range's first day, its last, or the whole value. */
export type Moment = 'first' | 'last' | 'whole';

/** A view's value as a claim's moment reads it: a date range's length, a range's first or last day, or its value. */
export function viewInterval(view: StatementView, moment: Moment): QuantityInterval {
  const value = view.statement.value;
  if (view.implied) return value.impliedDuration!;
  if (moment !== 'whole') {
    const ends = rangeEnds(value);
    if (ends) return ends[moment];
  }
  return value.interval;
}

/** A group's views with their values as a moment reads them, made once per group and moment. */
export function groupTable(group: FrameGroup, moment: Moment): IntervalTable<StatementView> {
  const tables = (group.tables ??= {});
  return (tables[moment] ??= new IntervalTable(group.views.map((view) => ({ item: view, interval: viewInterval(view, moment) }))));
}

/** Statements by the values they give: a range of days gives its first and last days too. */
function valueLookup(statements: readonly Statement[]): (value: QuantityInterval) => readonly Statement[] {
  const byValue = new Map<string, Statement[]>();
  const add = (key: string, s: Statement) => {
    const list = byValue.get(key);
    if (!list) byValue.set(key, [s]);
    else if (list[list.length - 1] !== s) list.push(s);
  };
  for (const s of statements) {
    add(valueKey(s.value.interval), s);
    const ends = rangeEnds(s.value);
    if (ends) {
      add(valueKey(ends.first), s);
      add(valueKey(ends.last), s);
    }
  }
  return (value) => byValue.get(valueKey(value)) ?? [];
}

/** Statement views by dimension and lookup key, in groups of one frame: what candidates() reads on every keystroke. */
function candidateLookup(statements: Statement[], events: EventRegistry, knownNames: ReadonlySet<string>): Pick<CorpusIndex, 'candidates' | 'candidateGroups' | 'candidateGroupsOfEvent' | 'nameWords'> {
  const groups = new Map<string, FrameGroup>();
  const byKey = new Map<string, FrameGroup[]>();
  const file = (key: string, group: FrameGroup) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [group]);
    else if (list[list.length - 1] !== group) list.push(group);
  };
  const add = (view: StatementView) => {
    const signature = JSON.stringify(view.frame);
    const known = groups.get(signature);
    if (known) {
      known.views.push(view);
      return;
    }
    // (A guessed subject, a heading's, is never a reason to pass a statement over: it has none.)
    const ids = subjectDecides(view.frame) ? subjectEvents(view.frame, events) : undefined;
    // (Every group with the same slots, in one order, as the frames: comparing reads them in a loop.)
    const group: FrameGroup = { frame: view.frame, events: ids, views: [view], tables: undefined, shaped: undefined, taken: 0 };
    groups.set(signature, group);
    // (A group that names an event is filed again under the event, each key's list its part of the key's.)
    const event = namedEventOf(view.frame, events);
    for (const key of lookupKeys(view.frame, true)) {
      const k = `${view.frame.dimension}|${key}`;
      file(k, group);
      if (event !== undefined) file(`${k}\u0001${event}`, group);
    }
  };
  for (const s of statements) {
    add({ statement: s, frame: s.frame, implied: false });
    if (s.implied) add({ statement: s, frame: s.implied, implied: true });
  }
  // The groups of every key, each once, in the order the keys list them. (Each group is marked with
  // the lookup that took it, not gathered in a Set: a frame new to the index looks up some thousands
  // of groups, and their Set was the most a keystroke's comparing made; one key's list is the answer.)
  let lookups = 0;
  const groupsFiledAs = (frame: FactFrame, suffix: string): readonly FrameGroup[] => {
    const lists: FrameGroup[][] = [];
    let total = 0;
    for (const key of lookupKeys(frame, false)) {
      const list = byKey.get(`${frame.dimension}|${key}${suffix}`);
      if (list && !lists.includes(list)) {
        lists.push(list);
        total += list.length;
      }
    }
    if (lists.length <= 1) return lists[0] ?? [];
    const taken = ++lookups;
    const found = new Array<FrameGroup>(total);
    let n = 0;
    for (const list of lists) {
      for (const group of list) {
        if (group.taken === taken) continue;
        group.taken = taken;
        found[n++] = group;
      }
    }
    found.length = n;
    return found;
  };
  const candidateGroups = (frame: FactFrame) => groupsFiledAs(frame, '');
  return {
    candidateGroups,
    candidateGroupsOfEvent: (frame, event) => groupsFiledAs(frame, `\u0001${event}`),
    nameWords: nameWordsOf([...groups.values()].map((g) => g.frame), knownNames),
    candidates: (frame) => new Set(candidateGroups(frame).flatMap((g) => g.views)),
  };
}

// ---- the phases ---------------------------------------------------------------------------------

/** A source's blocks as sentences, headings and table rows, with their parts (body, comment). */
function prepareSentences(input: SourceInput, blocks: ProseBlock[]): PreparedSentence[] {
  // (Whether each block is a table row, read once: classifying and preparing both ask.)
  const rows = blocks.map((b) => isTableRow(input.text.slice(b.range.start, b.range.end)));
  const parts = classifyBlocks(blocks, rows);
  const sentences: PreparedSentence[] = [];
  blocks.forEach((block, i) => {
    const original = input.text.slice(block.range.start, block.range.end);
    if (block.role === 'heading' || isDateline(original)) {
      // A line set in bold or italics on its own (a letter's dateline, a caption) is read like a heading
      // below the real ones: it says where and when the text under it is, and states nothing itself.
      const depth = block.role === 'heading' ? block.depth ?? 1 : DATELINE_DEPTH;
      sentences.push({ block: i, paragraph: block.paragraph, part: 'body', range: block.range, text: '', heading: { text: block.text, start: block.range.start, depth } });
      if (block.role !== 'heading') return;
    }
    // A table row is data, however short: it is a statement unless it stands in page chrome.
    if (rows[i] && parts[i] === 'meta') parts[i] = 'body';
    const part = parts[i]!;
    if (part !== 'body' && part !== 'comment') return;
    if (rows[i]) {
      sentences.push({ block: i, paragraph: block.paragraph, part, range: block.range, text: block.text.trim(), cells: tableCells(original, block.text, block.range.start) });
      return;
    }
    // `**LERRICK, Monday, 9 January.** — The Commissioner opened …`: a dateline that opens its paragraph.
    const dateline = leadingDateline(original);
    if (dateline > 0) {
      const text = block.text.slice(0, dateline);
      sentences.push({ block: i, paragraph: block.paragraph, part: 'body', range: block.range, text: '', heading: { text, start: block.range.start, depth: DATELINE_DEPTH } });
    }
    for (const s of splitSentences(block.text, block.range.start)) {
      if (s.range.end <= block.range.start + dateline) continue;
      sentences.push({ block: i, paragraph: block.paragraph, part, range: s.range, text: s.text });
    }
  });
  return sentences;
}

/**
 * A table row's tokens, cell by cell with a bar between: a name never runs from one cell into the next
 * (`| … siege of Ostwick | Number |` names no `Ostwick Number`).
 */
function rowTokens(cells: readonly TableCell[]): Token[] {
  return cells.flatMap((c, i) => [...(i > 0 ? [makeToken('punct', ';', ';', c.start, c.start)] : []), ...tokenize(c.text, c.start)]);
}

export function prepareSource(input: SourceInput): PreparedSource {
  const sentences = prepareSentences(input, blocksOf(input));
  const names = new Set<string>();
  // Each sentence's tokens, read once for every pass below.
  const tokens = sentences.map((s) => (s.heading ? tokenize(s.heading.text, s.heading.start) : s.cells ? rowTokens(s.cells) : tokenize(s.text, s.range.start)));
  let sentenceCount = 0;
  // (A line in capitals, `THE MILL STRIKE ENDED.`, is read as a heading is, below.)
  const inCapitals = tokens.map((t, i) => !sentences[i]!.heading && shouted(t));
  sentences.forEach((s, i) => {
    if (s.heading) return;
    sentenceCount++;
    if (inCapitals[i]) return;
    learnNames(tokens[i]!, false, names);
    learnEventWords(tokens[i]!, names);
  });
  // Headings last: in a heading every word is capitalised, so only the names the source's own text
  // writes as names are names there (`## The Merrow Bell mutiny` names the mutiny `Merrow Bell`).
  const known = new NameKnowledge(names);
  sentences.forEach((s, i) => {
    if (inCapitals[i]) learnNames(tokens[i]!, true, names, known);
    if (!s.heading) return;
    learnNames(tokens[i]!, true, names, known);
    // (`## The Kilvarrick Rising`, over `The rising lasted 17 days`: a heading's name teaches its last
    // word as a kind of event, as the same name in a sentence would.)
    learnEventWords(tokens[i]!, names);
    if (s.heading.depth < 2) return;
    // (A section's first few sentences, up to the next heading: what `## The Blue Summer (1849)` names.)
    const section: Token[][] = [];
    for (let j = i + 1; j < sentences.length && !sentences[j]!.heading && section.length < 4; j++) section.push(tokens[j]!);
    learnHeadingAlias(tokens[i]!, section, names, known);
  });
  return { input, sentences, stats: { sentenceCount, documentFrequency: new Map(), names } };
}

/** Corpus-wide statistics, in the order the engine's single pass would meet them. */
export function mergeStats(all: Iterable<SourceStats>): CorpusStats {
  const knownNames = new Set<string>();
  let sentenceCount = 0;
  for (const stats of all) {
    sentenceCount += stats.sentenceCount;
    for (const name of stats.names) knownNames.add(name);
  }
  return { sentenceCount, documentFrequency: new Map(), knownNames };
}

/** One prepared sentence, read in its discourse: a heading, a table row or a sentence. */
function readPrepared(s: PreparedSentence, discourse: Discourse, knowledge: NameKnowledge): FramedValue[] {
  if (s.heading) {
    readHeading(s.heading.text, s.heading.start, s.heading.depth, discourse, knowledge);
    return [];
  }
  if (s.cells) {
    const header = discourse.table();
    if (!header) {
      discourse.tableHeader(s.cells.map((c) => c.text.trim()), headerUnit(s.cells.map((c) => c.text), knowledge));
      return [];
    }
    return readTableRow(s.cells, header, [], discourse, knowledge);
  }
  return readSentence(s.text, s.range.start, [], discourse, knowledge);
}

export function readSource(prepared: PreparedSource, knownNames: ReadonlySet<string>): ReadSource {
  const { input } = prepared;
  const knowledge = new NameKnowledge(knownNames);
  const sentences: SourceSentence[] = [];
  const statements: Statement[] = [];
  const discourse = new Discourse();
  // (A clipping that writes one year, in its masthead or its breadcrumbs, `Monday 16 March 1874`, and
  // then `on Saturday, 14 March`: its days without a year are of that year, a guess as any such.)
  const oneYear = onlyYearWritten(input.text);
  if (oneYear !== undefined) discourse.startIn(oneYear);
  let lastBlock: number | undefined;
  let lastParagraph: number | undefined;
  for (const s of prepared.sentences) {
    // A reader comment starts afresh: nothing before it is what it speaks of.
    if (s.block !== lastBlock && s.part === 'comment') discourse.reset();
    if (s.paragraph !== lastParagraph) discourse.paragraphStart(!opensListItem(input.text, s.range.start));
    lastBlock = s.block;
    lastParagraph = s.paragraph;
    const framed = readPrepared(s, discourse, knowledge);
    if (s.heading) continue;
    const sentence: SourceSentence = { sourceKey: input.key, range: s.range, text: s.cells ? input.text.slice(s.range.start, s.range.end).trim() : s.text, part: s.part };
    sentences.push(sentence);
    // (A figure the source gives only to reject it is none of its statements; nor is one it asks
    // about: `Wasn't the fire in 1645?`.)
    if (/\?\W*$/.test(sentence.text)) continue;
    for (const f of framed) if (!f.disowned) statements.push({ ...f, sourceKey: input.key, sentence, ordinal: 0 });
  }
  return { sentences, statements };
}

/**
 * The one year a text writes in figures (`1874`, as often as it likes), if it writes just one; a
 * page's own copyright year (`© 2016`) is none it tells of.
 */
function onlyYearWritten(text: string): number | undefined {
  const years = new Set((text.match(/(?<![\d.,£$]|© ?|copyright )\b\d{4}\b(?![\d.,])/gi) ?? []).map(Number).filter(isYearValue));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * A source as the index holds it. Its line index is made when first asked for (for a finding's
 * evidence), and its sentences are taken from `read` only when asked for (a cache entry makes them
 * then): for a large corpus, both cost more than the rest of loading it from the cache.
 */
function indexedSource(input: SourceInput, read: ReadSource): IndexedSource {
  const source = { ...input } as IndexedSource;
  let lines: LineIndex | undefined;
  Object.defineProperty(source, 'lines', { enumerable: true, configurable: true, get: () => (lines ??= new LineIndex(source.text)) });
  Object.defineProperty(source, 'sentences', { enumerable: true, configurable: true, get: () => read.sentences });
  source.statements = read.statements;
  const years = yearsToldOf(read.statements);
  if (years) source.years = years;
  return source;
}

/** The first and last year a source's dates of a year or finer fall in. */
function yearsToldOf(statements: readonly Statement[]): [number, number] | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const s of statements) {
    const v = s.value.interval;
    if (v.dimension !== 'date' || v.high - v.low > 367) continue;
    first = Math.min(first, yearOfDay(v.low));
    last = Math.max(last, yearOfDay(v.high - 1));
  }
  return first <= last ? [first, last] : undefined;
}

/** The index of sources read apart. `read[i]` belongs to `inputs[i]`. */
export function assembleIndex(inputs: SourceInput[], read: ReadSource[], corpus: CorpusStats): CorpusIndex {
  const sources: IndexedSource[] = inputs.map((input, i) => indexedSource(input, read[i]!));
  const statements = sources.flatMap((s) => s.statements);
  statements.forEach((s, i) => (s.ordinal = i));
  const knowledge = new NameKnowledge(corpus.knownNames);
  // (The corpus's other names for its events, read once for the three that need them.)
  const aliases = aliasesOf(knowledge);
  const events = new EventRegistry(namedEvents(knowledge, aliases), peopleSides(knowledge), typeOnlyEvents(knowledge, aliases), aliases, unnamedWords(knowledge));
  for (const s of statements) learnWhen(events, s);
  return {
    sources,
    byKey: new Map(sources.map((s) => [s.key, s])),
    statements,
    statementCount: statements.length,
    knownNames: corpus.knownNames,
    knowledge,
    events,
    resolver: new CitationResolver(sources),
    ...candidateLookup(statements, events, corpus.knownNames),
    identities: new Map(),
    statementsWithValue: valueLookup(statements),
    eventOfDay: dayLookup(statements, events),
  };
}

/**
 * Every word of every name the corpus's statements' frames hold (their events' and endpoints' names,
 * places, bodies of men), each frame read once for all its statements, and every word of what the
 * corpus teaches about names: a word outside the set belongs to no name the corpus knows. (Names are
 * compared by the words of their keys, split at spaces, as keyRelation does.)
 */
export function nameWordsOf(frames: Iterable<FactFrame>, knownNames: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    if (text) for (const w of text.split(' ')) if (w) words.add(w);
  };
  const addRef = (ref: EventRef | undefined) => {
    add(ref?.key);
    add(ref?.owner);
  };
  for (const name of knownNames) for (const w of name.split(/[\s|:=]+/)) if (w) words.add(w);
  for (const frame of frames) {
    for (const ref of frame.subject?.refs ?? []) addRef(ref);
    addRef(frame.measure.from?.ref);
    addRef(frame.measure.to?.ref);
    add(frame.place);
    add(frame.group);
  }
  return words;
}

const OPENING_MOMENTS = new Set(['occurred', 'began']);

/**
 * `The Junction disaster of 22 August 1884`: the day each event the corpus names happened or began,
 * as its own sentence says (not its paragraph). A day two events share names neither.
 */
function dayLookup(statements: readonly Statement[], events: EventRegistry): (day: number) => EventRef | undefined {
  const byDay = new Map<number, { ref: EventRef; id: string } | null>();
  for (const s of statements) {
    const { frame, value } = s;
    const refs = frame.subject?.refs;
    if (value.form !== 'date' || value.precision !== 'day') continue;
    if (!OPENING_MOMENTS.has(frame.measure.kind ?? '') || refs?.length !== 1 || fromContext(frame.subject) || refs[0]!.key === undefined) continue;
    const id = events.lookup(refs[0]!).id;
    if (id === undefined) continue;
    const had = byDay.get(value.interval.low);
    if (had === undefined) byDay.set(value.interval.low, { ref: refs[0]!, id });
    else if (had !== null && had.id !== id) byDay.set(value.interval.low, null);
  }
  return (day) => byDay.get(day)?.ref;
}

const OWN_MOMENTS = new Set(['occurred', 'span', 'began', 'ended']);

/** A statement that dates an event's own moment (`the second siege … from 6 April to 1 August 1872`) tells the registry when it was. */
function learnWhen(events: EventRegistry, s: Statement): void {
  const refs = s.frame.subject?.refs;
  if (s.frame.dimension !== 'date' || !(s.frame.measure.kind ?? '').split('+').some((p) => OWN_MOMENTS.has(p)) || refs?.length !== 1 || s.frame.subject!.combined) return;
  const { low, high } = s.value.interval;
  const first = yearOfDay(low);
  const last = yearOfDay(high - 1);
  if (last - first > 10) return;
  events.dated(refs[0]!, Array.from({ length: last - first + 1 }, (_, i) => first + i));
}

/**
 * The corpus index, built in phases so that sources can also be indexed apart (in worker threads)
 * and cached one by one: prepareSource needs nothing but its source; mergeStats gathers the
 * corpus-wide facts (document frequencies, names); readSource reads a source's values with them;
 * assembleIndex joins the sources.
 */
export function buildCorpusIndex(inputs: SourceInput[]): CorpusIndex {
  const prepared = inputs.map(prepareSource);
  const stats = mergeStats(prepared.map((p) => p.stats));
  return assembleIndex(inputs, prepared.map((p) => readSource(p, stats.knownNames)), stats);
}
