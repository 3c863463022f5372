// Claims: the checkable values of a text (not names, pages, list numbers or scene-setting years),
// each with what it is about. Drafts and sources are read by the same rules.
import { CitationResolver, findCitations } from './citations.js';
import { SentenceReader, type ValueContext } from './context.js';
import type { FootnoteDefinition, ProseBlock, ProseDocument } from './prose.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { Token } from './tokens.js';
import type { Citation, TextRange } from './types.js';
import { extractValues, type FoundValue } from './values.js';

export interface ReadValue {
  value: FoundValue;
  context: ValueContext;
}

export interface Claim extends ReadValue {
  sentence: TextRange;
  citations: Citation[];
}

/**
 * What a sentence without names of its own is about: the names of its section's heading and of the
 * last sentences that had names, and the kind the sentence before it spoke of.
 */
export class RunningSubject {
  private heading: readonly string[] = [];
  private recent: ReadonlyArray<readonly string[]> = [];
  kind?: string;
  private saved: string | undefined;

  /** A heading starts a section about what it names. */
  startSection(headingNames: string[]): void {
    this.heading = headingNames;
    this.recent = [];
    this.kind = undefined;
    this.saved = undefined;
  }

  /** A reader comment, say, starts afresh. */
  reset(): void {
    this.startSection([]);
  }

  names(): string[] {
    return [...new Set([...this.recent.flat(), ...this.heading])];
  }

  /** The state, as a key for memos, and to restore. */
  save(): string {
    this.saved ??= JSON.stringify([this.heading, this.recent, this.kind ?? null]);
    return this.saved;
  }

  restore(saved: string): void {
    if (saved === this.saved) return;
    const [heading, recent, kind] = JSON.parse(saved) as [string[], string[][], string | null];
    this.heading = heading;
    this.recent = recent;
    this.kind = kind ?? undefined;
    this.saved = saved;
  }

  read(sentenceNames: string[], kind: string | undefined): void {
    if (sentenceNames.length > 0) this.recent = [...this.recent, sentenceNames].slice(-2);
    if (sentenceNames.length > 0 || kind !== this.kind) this.saved = undefined;
    this.kind = kind;
  }
}

const MAX_VALUES_PER_SENTENCE = 40;
const MAX_SENTENCE_LENGTH = 3000;
const DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'both', 'all']);
const FIRST_PERSON = new Set(['I', 'my', 'My', 'me', 'I’m', "I'm", 'I’ve', "I've"]);
const SCENE_PREPOSITIONS = new Set(['in', 'by', 'during', 'since', 'until', 'till', 'throughout', 'from', 'after', 'before', 'around', 'circa']);
const POSSESSIVES = new Set(['my', 'our', 'your', 'this', 'last', 'next', 'that', 'his', 'her', 'their']);
const NAME_MARKERS = new Set(['no', 'nos', 'number', 'nr', '#', 'no.']);
const LOCATORS = new Set(['p', 'pp', 'page', 'pages', 'ch', 'chap', 'chapter', 'vol', 'volume', 'section', 'sec', 'para', 'fig', 'figure', 'table', 'line', 'lines', 'item', 'step', 'version', 'v', 'draft', 'grade', 'class', 'room', 'unit', 'episode', 'season', 'part', 'book', 'article', 'period', 'block', 'para', 'paragraph', 'n', 'note', 'footnote', 'slide', 'row', 'rows', 'column', 'col', 'question', 'exercise', 'problem', 'task', 'week']);
/** Nouns a writer counts in their own essay, not in history. */
const DISCOURSE_NOUNS = new Set([
  'reason', 'reasons', 'way', 'ways', 'point', 'points', 'thing', 'things', 'factor', 'factors', 'part', 'parts',
  'step', 'steps', 'example', 'examples', 'question', 'questions', 'paragraph', 'paragraphs', 'page', 'pages',
  'source', 'sources', 'chapter', 'chapters', 'lesson', 'lessons', 'sentence', 'sentences', 'word', 'words',
  'idea', 'ideas', 'argument', 'arguments', 'cause', 'causes', 'theme', 'themes', 'section', 'sections',
  'thoughts', 'thought', 'comments', 'comment', 'replies', 'reply', 'responses', 'response', 'draft', 'drafts',
  'main', 'key', 'primary', 'stars', 'likes', 'views', 'minutes', 'hours', 'lines', 'times', 'of',
]);

function quotedRanges(text: string, offset: number): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/“[^”]*”|"[^"]*"/g)) {
    ranges.push({ start: offset + match.index!, end: offset + match.index! + match[0].length });
  }
  return ranges;
}

function inside(range: TextRange, ranges: TextRange[]): boolean {
  return ranges.some((r) => range.start >= r.start && range.end <= r.end);
}

/** True when a value is a checkable claim rather than a name, a locator, or scene-setting. */
function isClaimValue(value: FoundValue, tokens: Token[], firstWord: number): boolean {
  const first = tokens.findIndex((t) => t.start >= value.range.start);
  const before = tokens[first - 1];
  const before2 = tokens[first - 2];
  const after = tokens.find((t) => t.start >= value.range.end);
  if (value.form === 'count' || value.form === 'year') {
    if (before && NAME_MARKERS.has(before.lower)) return false;
    if (before?.text === '.' && before2 && NAME_MARKERS.has(before2.lower)) return false;
    if (before && LOCATORS.has(before.lower)) return false;
    if (before?.text === '.' && before2 && LOCATORS.has(before2.lower)) return false;
    // `Order 227`, `Part 2`, `HIST 1120`: a number straight after a capitalised word names something.
    if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && first - 1 !== firstWord && value.form === 'count' && !value.hedge) return false;
    if (before && before.kind === 'word' && /^\p{Lu}/u.test(before.text) && value.form === 'year' && /^(war|part|order|no|number|grade|class|unit|room)$/i.test(before.text)) return false;
    if (before?.text === ':' || after?.text === ':' && /^\d/.test(tokens[tokens.indexOf(after) + 1]?.text ?? '')) return false; // times of day
  }
  if (value.form === 'count') {
    if (after && DISCOURSE_NOUNS.has(after.lower) && value.interval.nominal < 100) return false;
    // `2 pm`, `9:15 a.m.`; `one for every four` is a ratio, not a count.
    if (after && /^(am|pm|a\.m|p\.m|o'clock|gmt|utc)$/i.test(after.text)) return false;
    if (before?.lower === 'every') return false;
    if (after && after.kind === 'word' && /^\p{Lu}/u.test(after.text) && value.interval.nominal < 1000 && !value.hedge && !value.text.match(/\D/)) {
      // `227 Order`-like labels and `62 Army` are names too (but `3 million Red Army soldiers` is not).
      if (!/million|billion|thousand/.test(value.text)) return false;
    }
  }
  if (value.form === 'year' || (value.form === 'date' && (value.precision === 'season' || value.precision === 'year'))) {
    // `In 1942 the Germans pushed east`, `By the summer of 1942 …` set the scene.
    const opener = tokens[firstWord];
    if (opener && SCENE_PREPOSITIONS.has(opener.lower) && first - firstWord <= 3 && first > firstWord) return false;
    // `my 2023 class` is the writer's own time.
    if (before && POSSESSIVES.has(before.lower)) return false;
  }
  if (value.form === 'year' || value.form === 'date' || value.form === 'date-range') {
    // `I read it on 3 October 2024`, `last updated 2024-11-02`: the writer's own dates.
    if (tokens.some((t) => FIRST_PERSON.has(t.text)) || /\b(last updated|updated on|accessed|retrieved|due)\b/i.test(tokens.map((t) => t.text).join(' '))) return false;
  }
  return true;
}

/** Reads the values of one sentence with their contexts, updating the running subject. */
export function readSentence(
  text: string,
  offset: number,
  knownNames: ReadonlySet<string>,
  ignored: TextRange[],
  running: RunningSubject,
): ReadValue[] {
  // A `sentence` of thousands of characters is data or debris, not prose: reading it costs more
  // than it could tell. A byline (`by Kit M. · 12 min read · updated …`) states nothing either.
  if (text.length > MAX_SENTENCE_LENGTH || /\bmin(ute)?s? read\b| · /i.test(text)) return [];
  const reader = new SentenceReader(text, offset, knownNames, ignored);
  const quotes = quotedRanges(text, offset);
  let values = extractValues(text, offset).filter((v) => !inside(v.range, ignored) && !inside(v.range, quotes));
  // A `sentence` holding dozens of values is data (a pasted table, a list of figures), not prose.
  if (values.length > MAX_VALUES_PER_SENTENCE) values = [];
  const firstWord = reader.tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
  const claims = values.filter((v) => isClaimValue(v, reader.tokens, firstWord));
  const spans: Array<[number, number]> = values.map((v) => {
    const a = reader.tokenIndexAt(v.range.start);
    let b = a;
    while (b < reader.tokens.length && reader.tokens[b]!.end <= v.range.end) b++;
    return [a, b];
  });
  const read = claims
    .map((value) => ({ value, context: reader.contextOf(value, spans, running.names(), running.kind) }))
    // `the two dictators`, `their three sons`: a small number in words after a determiner refers to
    // things already known rather than counting them, unless the sentence says what kind they are.
    .filter(({ value, context }) => !(value.form === 'count' && !/\d/.test(value.text) && value.interval.nominal <= 12 &&
      context.kind === undefined && DETERMINERS.has(reader.tokens[reader.tokenIndexAt(value.range.start) - 1]?.lower ?? '')));
  running.read(reader.allNames(), reader.sentenceKind());
  return read;
}

/** The end of the text a sentence's trailing citations may occupy (`.[^3]` or ` [@key]`). */
function trailingEnd(block: ProseBlock, next: Sentence | undefined): number {
  return next ? next.range.start : block.range.end;
}

/** What reading a draft's blocks needs from the whole draft and from the corpus. */
export interface DraftContext {
  knownNames: ReadonlySet<string>;
  resolver: CitationResolver;
  footnotes: ReadonlyMap<string, FootnoteDefinition>;
  /** `[21]` marks resolve through a numbered reference list, where the draft has one. */
  numberedReferences: ReadonlyMap<number, string>;
}

export function numberedReferencesOf(prose: ProseDocument): Map<number, string> {
  const numbered = new Map<number, string>();
  for (const block of prose.blocks) {
    if (block.role === 'bibliography' && block.listNumber !== undefined) numbered.set(block.listNumber, block.text.trim());
  }
  return numbered;
}

/** A heading starts a section: later sentences without names of their own take the heading's. */
export function readHeading(block: ProseBlock, knownNames: ReadonlySet<string>, running: RunningSubject): void {
  running.startSection(new SentenceReader(block.text, block.range.start, knownNames).headingNames());
}

/** The claims of one prose block, with the citations of their sentences. */
export function readBlock(block: ProseBlock, context: DraftContext, running: RunningSubject): { claims: Claim[]; citations: Citation[] } {
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  const sentences = splitSentences(block.text, block.range.start);
  sentences.forEach((sentence, i) => {
    const cited = findCitations(block, sentence.range, trailingEnd(block, sentences[i + 1]), context.footnotes, context.resolver, context.numberedReferences);
    citations.push(...cited.citations);
    for (const read of readSentence(sentence.text, sentence.range.start, context.knownNames, cited.ignored, running)) {
      claims.push({ ...read, sentence: sentence.range, citations: cited.citations });
    }
  });
  return { claims, citations };
}

/** Every checkable claim of a draft, with the citations of its sentence. */
export function extractClaims(
  prose: ProseDocument,
  sources: { knownNames: ReadonlySet<string>; resolver: CitationResolver },
): { claims: Claim[]; citations: Citation[] } {
  const context: DraftContext = { ...sources, footnotes: prose.footnotes, numberedReferences: numberedReferencesOf(prose) };
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  const running = new RunningSubject();
  for (const block of prose.blocks) {
    if (block.role === 'heading') readHeading(block, sources.knownNames, running);
    if (block.role !== 'prose') continue;
    const read = readBlock(block, context, running);
    claims.push(...read.claims);
    citations.push(...read.citations);
  }
  return { claims, citations };
}
