// The corpus index: every value each source states, read in context, built once per corpus change.
// A source's page chrome ("Leave a Reply", image file names) is never indexed; reader comments are,
// marked as comments.
import { CitationResolver } from './citations.js';
import { readSentence, RunningSubject, type ReadValue } from './claims.js';
import { SentenceReader } from './context.js';
import { LineIndex } from './positions.js';
import { markdownToProse, plainTextToProse, type ProseBlock } from './prose.js';
import { splitSentences } from './sentences.js';
import { isNameToken, stem, termOf } from './terms.js';
import { tokenize } from './tokens.js';
import type { Dimension, SourceInput, SourcePart, SourceSentence, TextRange } from './types.js';
import type { ValueContext } from './context.js';

export interface Statement extends ReadValue {
  sourceKey: string;
  sentence: SourceSentence;
  /** Its place in the corpus (sources in order, then text order): evidence is listed in this order. */
  ordinal: number;
}

export interface IndexedSource extends SourceInput {
  lines: LineIndex;
  sentences: SourceSentence[];
  statements: Statement[];
}

export interface CorpusIndex {
  sources: IndexedSource[];
  byKey: Map<string, IndexedSource>;
  statements: Statement[];
  statementCount: number;
  /** Stemmed words the corpus writes capitalised mid-sentence: names of people, places, events. */
  knownNames: ReadonlySet<string>;
  /** Inverse document frequency of a stemmed term over source sentences. */
  idf: (term: string) => number;
  /**
   * A name found in a large share of the corpus's sentences (the main country or army of a corpus
   * about a war) says little about which fact a value is about. A small corpus has no such names.
   */
  generic: (name: string) => boolean;
  resolver: CitationResolver;
  /**
   * The statements that could be about the same fact as a value: those sharing a word or name
   * with it, or naming the same day. Any statement that can reach the match threshold is among them.
   */
  candidates: (dimension: Dimension, words: Iterable<string>, day?: number) => Set<Statement>;
}

/** Every word and name a statement's context holds: what it can share with a claim. */
export function wordsOf(context: ValueContext): string[] {
  return [...context.clauseTerms, ...context.sentenceTerms, ...context.clauseNames, ...context.sentenceNames, ...context.inheritedNames];
}


/** A sentence of a source before reading, or (with `heading`) a heading that starts a section. */
export interface PreparedSentence {
  /** The block it belongs to (a number per block of the source): a comment block starts afresh. */
  block: number;
  part: SourcePart;
  range: TextRange;
  text: string;
  heading?: { text: string; start: number };
}

/** What one source contributes to the corpus-wide statistics. */
export interface SourceStats {
  sentenceCount: number;
  /** Stemmed term → how many of this source's sentences hold it. */
  documentFrequency: Map<string, number>;
  /** Stemmed words this source writes capitalised mid-sentence. */
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

const MIN_SENTENCES_FOR_GENERIC = 20;
/** A word shared by more statements than this (or 2% of them) is too common to look claims up by. */
const COMMON_WORD_STATEMENTS = 300;

const CHROME_START = /^(leave a (reply|comment)|post a comment|add a comment|share this:?|like this:?|related( posts)?:?|fill in your details|you are commenting using|connecting to %s|subscribe|follow us|powered by|posted in|tags?:|categories:|filed under|copyright|©|all rights reserved)/i;
const CHROME_LINE = /(log out\s*\/\s*change|\bon\s+\w+\.?\s+\d{1,2},?\s+\d{4}\s+at\s+\d{1,2}:\d{2}|^\S+(\s+\S+){0,3}\s+says:\s*$|\.(jpe?g|png|gif|svg|webp|bmp)\b|^feature image|^image:|^photo:|^picture:|^click (here|to)|^read more|^advertisement)/i;
const COMMENTS_START = /^\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\b|^\s*(comments|responses|replies)\s*:?\s*$/i;
/** A byline: `Posted on April 12, 2019 by Cormac Feeney`, `By Mira Halloway, 3 March 2020`. */
const META_LINE = /^\s*(?:[Pp]osted|[Pp]ost|[Ww]ritten|[Pp]ublished)\b.{0,60}\bby\s+\p{Lu}|^\s*[Bb]y\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+)*\s*(,|\bon\b|\|)/u;
const POST_HEADER = /^\s*(?:[Pp]osted|[Pp]ost|[Rr]eply)\b.{0,60}\bby\s+\p{Lu}/u;
const REPLY_LINE = /^\s*(re:|reply\b|replied\b|quote\b|\S+(\s+\S+){0,3}\s+(wrote|replied|says):\s*$)/i;
const BIBLIOGRAPHY_LINE = /^\s*[\p{Lu}][\p{L}'’-]+,\s+[\p{Lu}][\p{L}.'’ -]*\.\s+["“*_]/u;

function classifyBlocks(blocks: ProseBlock[]): BlockPart[] {
  const parts: BlockPart[] = [];
  let inComments = false;
  let chromeToEnd = false;
  let seenPost = false;
  blocks.forEach((block, i) => {
    const text = block.text.trim();
    if (chromeToEnd) return parts.push('chrome');
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
    if (BIBLIOGRAPHY_LINE.test(text)) return parts.push('meta');
    if (block.role !== 'prose') return parts.push(block.role === 'quote' ? 'body' : 'meta');
    if (!/[.!?]["”’)]*$/.test(text) && text.split(/\s+/).length < 6) return parts.push('meta');
    return parts.push(inComments ? 'comment' : 'body');
  });
  return parts;
}

/** Whether a source is read as Markdown (else as plain text): part of what its cache entry depends on. */
export function isMarkdownSource(uri: string): boolean {
  return /\.(md|markdown)$/i.test(uri);
}

function blocksOf(source: SourceInput): ProseBlock[] {
  return (isMarkdownSource(source.uri) ? markdownToProse(source.text) : plainTextToProse(source.text)).blocks;
}

/**
 * The engine's candidateLookup (same lists, same order), built without a key string per word and
 * statement: a map per dimension, and a word's list skips a statement it already ends with.
 */
function candidateLookup(statements: Statement[]): CorpusIndex['candidates'] {
  const byWord = new Map<string, Map<string, Statement[]>>();
  const byDay = new Map<number, Statement[]>();
  for (const s of statements) {
    const dimension = s.context.dimension;
    let words = byWord.get(dimension);
    if (!words) byWord.set(dimension, (words = new Map()));
    for (const word of wordsOf(s.context)) {
      const list = words.get(word);
      if (!list) words.set(word, [s]);
      else if (list[list.length - 1] !== s) list.push(s);
    }
    const v = s.value.interval;
    if (dimension === 'date' && v.high - v.low === 1) {
      const list = byDay.get(v.low);
      if (list) list.push(s);
      else byDay.set(v.low, [s]);
    }
  }
  // In a large corpus a word that hundreds of statements share (`troops`, `war`) finds nothing a
  // rarer shared word would not: looking a claim up by it only costs time.
  const common = Math.max(COMMON_WORD_STATEMENTS, statements.length / 50);
  return (dimension: Dimension, words: Iterable<string>, day?: number) => {
    const found = new Set<Statement>();
    const lists = byWord.get(dimension);
    if (lists) {
      for (const word of words) {
        const list = lists.get(word);
        if (list && list.length <= common) for (const s of list) found.add(s);
      }
    }
    if (day !== undefined) for (const s of byDay.get(day) ?? []) found.add(s);
    return found;
  };
}

// ---- the phases ---------------------------------------------------------------------------------

export function prepareSource(input: SourceInput): PreparedSource {
  const blocks = blocksOf(input);
  const parts = classifyBlocks(blocks);
  const sentences: PreparedSentence[] = [];
  blocks.forEach((block, i) => {
    const part = parts[i]!;
    if (block.role === 'heading') {
      sentences.push({ block: i, part: 'body', range: block.range, text: '', heading: { text: block.text, start: block.range.start } });
    }
    if (part !== 'body' && part !== 'comment') return;
    for (const s of splitSentences(block.text, block.range.start)) sentences.push({ block: i, part, range: s.range, text: s.text });
  });

  const names = new Set<string>();
  const documentFrequency = new Map<string, number>();
  let sentenceCount = 0;
  for (const s of sentences) {
    if (s.heading) continue;
    sentenceCount++;
    const tokens = tokenize(s.text, s.range.start);
    const firstWord = tokens.findIndex((t) => t.kind === 'word');
    const seen = new Set<string>();
    tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      const term = stem(t.text);
      seen.add(term);
      seen.add(termOf(t.text));
      if (isNameToken(t, i === firstWord)) names.add(term);
    });
    for (const term of seen) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return { input, sentences, stats: { sentenceCount, documentFrequency, names } };
}

/** Corpus-wide statistics, in the order the engine's single pass would meet them. */
export function mergeStats(all: Iterable<SourceStats>): CorpusStats {
  const knownNames = new Set<string>();
  const documentFrequency = new Map<string, number>();
  let sentenceCount = 0;
  for (const stats of all) {
    sentenceCount += stats.sentenceCount;
    for (const name of stats.names) knownNames.add(name);
    for (const [term, n] of stats.documentFrequency) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + n);
  }
  return { sentenceCount, documentFrequency, knownNames };
}

export function readSource(prepared: PreparedSource, knownNames: ReadonlySet<string>): ReadSource {
  const { input } = prepared;
  const sentences: SourceSentence[] = [];
  const statements: Statement[] = [];
  const running = new RunningSubject();
  let lastBlock: number | undefined;
  for (const s of prepared.sentences) {
    if (s.heading) {
      running.startSection(new SentenceReader(s.heading.text, s.heading.start, knownNames).headingNames());
      continue;
    }
    if (s.block !== lastBlock && s.part === 'comment') running.reset();
    lastBlock = s.block;
    const sentence: SourceSentence = { sourceKey: input.key, range: s.range, text: s.text, part: s.part };
    sentences.push(sentence);
    for (const read of readSentence(s.text, s.range.start, knownNames, [], running)) {
      statements.push({ ...read, sourceKey: input.key, sentence, ordinal: 0 });
    }
  }
  return { sentences, statements };
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
  return source;
}

/** The index of sources read apart. `read[i]` belongs to `inputs[i]`. */
export function assembleIndex(inputs: SourceInput[], read: ReadSource[], corpus: CorpusStats): CorpusIndex {
  const { sentenceCount, documentFrequency, knownNames } = corpus;
  const sources: IndexedSource[] = inputs.map((input, i) => indexedSource(input, read[i]!));
  const statements = sources.flatMap((s) => s.statements);
  statements.forEach((s, i) => (s.ordinal = i));
  const idf = (term: string) => Math.log(1 + (sentenceCount + 1) / ((documentFrequency.get(term.replace(/^kind:/, '')) ?? 0) + 1));
  return {
    sources,
    byKey: new Map(sources.map((s) => [s.key, s])),
    statements,
    statementCount: statements.length,
    knownNames,
    idf,
    generic: (name: string) => sentenceCount >= MIN_SENTENCES_FOR_GENERIC && (documentFrequency.get(name) ?? 0) > sentenceCount / 4,
    resolver: new CitationResolver(sources),
    candidates: candidateLookup(statements),
  };
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
