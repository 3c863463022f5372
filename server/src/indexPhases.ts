// The corpus index in phases, so that sources can be indexed apart (in worker threads) and cached one
// by one. The engine's `buildCorpusIndex(inputs)` does everything in one pass; this is the same work
// cut where the corpus-wide facts come in:
//
//   prepareSource(input)            per source, needs nothing else: blocks, sentences, term counts, names
//   mergeStats(stats)               corpus-wide: document frequencies add up, names unite
//   readSource(prepared, knownNames) per source again: the values its sentences state, read with the
//                                   corpus's names (consulted only through knownNames.has)
//   assembleIndex(read, stats)      the CorpusIndex: ordinals, lookups, resolver
//
// TEMPORARY ADAPTER: until the engine exports these four functions itself (see the API asked for in
// the README's "Performance" section), this file mirrors server/src/engine/corpusIndex.ts, whose
// private helpers it copies. test/cache/phases.test.ts proves that assembleIndex(...) gives the same
// index as buildCorpusIndex(...) on several corpora, so any drift in the engine fails a test.
import { CitationResolver } from './engine/citations.js';
import { readSentence, RunningSubject } from './engine/claims.js';
import { SentenceReader } from './engine/context.js';
import { wordsOf, type CorpusIndex, type IndexedSource, type Statement } from './engine/corpusIndex.js';
import { LineIndex } from './engine/positions.js';
import { markdownToProse, plainTextToProse, type ProseBlock } from './engine/prose.js';
import { splitSentences } from './engine/sentences.js';
import { isNameToken, stem, termOf } from './engine/terms.js';
import { tokenize } from './engine/tokens.js';
import type { Dimension, SourceInput, SourcePart, SourceSentence, TextRange } from './engine/types.js';

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

// ---- copied from engine/corpusIndex.ts (private there) ----------------------------------------

type BlockPart = SourcePart | 'chrome' | 'meta';

const MIN_SENTENCES_FOR_GENERIC = 20;

const CHROME_START = /^(leave a (reply|comment)|post a comment|add a comment|share this:?|like this:?|related( posts)?:?|fill in your details|you are commenting using|connecting to %s|subscribe|follow us|powered by|posted in|tags?:|categories:|filed under|copyright|©|all rights reserved)/i;
const CHROME_LINE = /(log out\s*\/\s*change|\bon\s+\w+\.?\s+\d{1,2},?\s+\d{4}\s+at\s+\d{1,2}:\d{2}|^\S+(\s+\S+){0,3}\s+says:\s*$|\.(jpe?g|png|gif|svg|webp|bmp)\b|^feature image|^image:|^photo:|^picture:|^click (here|to)|^read more|^advertisement)/i;
const COMMENTS_START = /^\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\b|^\s*(comments|responses|replies)\s*:?\s*$/i;
const META_LINE = /^\s*(posted|post|written|published)\b.{0,60}\bby\s+|^\s*by\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+)*\s*(,|\bon\b|\|)/iu;
const BIBLIOGRAPHY_LINE = /^\s*[\p{Lu}][\p{L}'’-]+,\s+[\p{Lu}][\p{L}.'’ -]*\.\s+["“*_]/u;

function classifyBlocks(blocks: ProseBlock[]): BlockPart[] {
  const parts: BlockPart[] = [];
  let inComments = false;
  let chromeToEnd = false;
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
  return (dimension: Dimension, words: Iterable<string>, day?: number) => {
    const found = new Set<Statement>();
    const lists = byWord.get(dimension);
    if (lists) for (const word of words) for (const s of lists.get(word) ?? []) found.add(s);
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

/** The whole index in phases, in this thread: what buildCorpusIndex gives. */
export function buildInPhases(inputs: SourceInput[]): CorpusIndex {
  const prepared = inputs.map(prepareSource);
  const stats = mergeStats(prepared.map((p) => p.stats));
  return assembleIndex(inputs, prepared.map((p) => readSource(p, stats.knownNames)), stats);
}
