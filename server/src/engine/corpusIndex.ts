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
import type { Dimension, SourceInput, SourcePart, SourceSentence } from './types.js';
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

/** Builds the lookup from words (and days) to statements, per dimension. */
function candidateLookup(statements: Statement[]): CorpusIndex['candidates'] {
  const byWord = new Map<string, Statement[]>();
  const byDay = new Map<number, Statement[]>();
  const add = <K>(map: Map<K, Statement[]>, key: K, s: Statement) => {
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  };
  for (const s of statements) {
    for (const word of new Set(wordsOf(s.context))) add(byWord, `${s.context.dimension}:${word}`, s);
    const v = s.value.interval;
    if (s.context.dimension === 'date' && v.high - v.low === 1) add(byDay, v.low, s);
  }
  return (dimension, words, day) => {
    const found = new Set<Statement>();
    for (const word of words) for (const s of byWord.get(`${dimension}:${word}`) ?? []) found.add(s);
    if (day !== undefined) for (const s of byDay.get(day) ?? []) found.add(s);
    return found;
  };
}

type BlockPart = SourcePart | 'chrome' | 'meta';

const MIN_SENTENCES_FOR_GENERIC = 20;

const CHROME_START = /^(leave a (reply|comment)|post a comment|add a comment|share this:?|like this:?|related( posts)?:?|fill in your details|you are commenting using|connecting to %s|subscribe|follow us|powered by|posted in|tags?:|categories:|filed under|copyright|©|all rights reserved)/i;
const CHROME_LINE = /(log out\s*\/\s*change|\bon\s+\w+\.?\s+\d{1,2},?\s+\d{4}\s+at\s+\d{1,2}:\d{2}|^\S+(\s+\S+){0,3}\s+says:\s*$|\.(jpe?g|png|gif|svg|webp|bmp)\b|^feature image|^image:|^photo:|^picture:|^click (here|to)|^read more|^advertisement)/i;
const COMMENTS_START = /^\s*(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\b|^\s*(comments|responses|replies)\s*:?\s*$/i;
const META_LINE = /^\s*(posted|post|written|published)\b.{0,60}\bby\s+|^\s*by\s+[\p{Lu}][\p{L}.'’-]+(\s+[\p{Lu}][\p{L}.'’-]+)*\s*(,|\bon\b|\|)/iu;
const REPLY_LINE = /^\s*(re:|reply\b|replied\b|quote\b|\S+(\s+\S+){0,3}\s+(wrote|replied|says):\s*$)/i;
const BIBLIOGRAPHY_LINE = /^\s*[\p{Lu}][\p{L}'’-]+,\s+[\p{Lu}][\p{L}.'’ -]*\.\s+["“*_]/u;

/** Which part of a source page each block is: body text, a reader comment, or chrome. */
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
    if (META_LINE.test(text) || REPLY_LINE.test(text)) {
      // A forum thread's first post is the source; later posts and replies are comments on it.
      if (i >= 3) inComments = true;
      return parts.push('meta');
    }
    if (BIBLIOGRAPHY_LINE.test(text)) return parts.push('meta');
    if (block.role !== 'prose') return parts.push(block.role === 'quote' ? 'body' : 'meta');
    // A short line without a sentence in it (a caption, a title) states nothing.
    if (!/[.!?]["”’)]*$/.test(text) && text.split(/\s+/).length < 6) return parts.push('meta');
    return parts.push(inComments ? 'comment' : 'body');
  });
  return parts;
}

function blocksOf(source: SourceInput): ProseBlock[] {
  const isMarkdown = /\.(md|markdown)$/i.test(source.uri);
  return (isMarkdown ? markdownToProse(source.text) : plainTextToProse(source.text)).blocks;
}

export function buildCorpusIndex(inputs: SourceInput[]): CorpusIndex {
  // First pass: sentences of every source, and the names the corpus capitalises mid-sentence.
  const prepared = inputs.map((input) => {
    const blocks = blocksOf(input);
    const parts = classifyBlocks(blocks);
    const sentences: Array<{ block: ProseBlock; part: SourcePart; range: { start: number; end: number }; text: string }> = [];
    blocks.forEach((block, i) => {
      const part = parts[i]!;
      if (block.role === 'heading') sentences.push({ block, part: 'body', range: block.range, text: '' });
      if (part !== 'body' && part !== 'comment') return;
      for (const s of splitSentences(block.text, block.range.start)) sentences.push({ block, part, range: s.range, text: s.text });
    });
    return { input, blocks, sentences };
  });

  const knownNames = new Set<string>();
  const documentFrequency = new Map<string, number>();
  let sentenceCount = 0;
  for (const { sentences } of prepared) {
    for (const s of sentences) {
      if (s.block.role === 'heading') continue;
      sentenceCount++;
      const tokens = tokenize(s.text, s.range.start);
      const firstWord = tokens.findIndex((t) => t.kind === 'word');
      const seen = new Set<string>();
      tokens.forEach((t, i) => {
        if (t.kind !== 'word') return;
        const term = stem(t.text);
        seen.add(term);
        seen.add(termOf(t.text));
        if (isNameToken(t, i === firstWord)) knownNames.add(term);
      });
      for (const term of seen) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const idf = (term: string) => Math.log(1 + (sentenceCount + 1) / ((documentFrequency.get(term.replace(/^kind:/, '')) ?? 0) + 1));

  // Second pass: the values each sentence states, read with the corpus's names.
  const sources: IndexedSource[] = prepared.map(({ input, sentences }) => {
    const sourceSentences: SourceSentence[] = [];
    const statements: Statement[] = [];
    const running = new RunningSubject();
    let lastBlock: ProseBlock | undefined;
    for (const s of sentences) {
      if (s.block.role === 'heading') {
        running.startSection(new SentenceReader(s.block.text, s.block.range.start, knownNames).headingNames());
        continue;
      }
      if (s.block !== lastBlock && s.part === 'comment') running.reset(); // a comment starts afresh
      lastBlock = s.block;
      const sentence: SourceSentence = { sourceKey: input.key, range: s.range, text: s.text, part: s.part };
      sourceSentences.push(sentence);
      for (const read of readSentence(s.text, s.range.start, knownNames, [], running)) {
        statements.push({ ...read, sourceKey: input.key, sentence, ordinal: 0 });
      }
    }
    return { ...input, lines: new LineIndex(input.text), sentences: sourceSentences, statements };
  });

  const statements = sources.flatMap((s) => s.statements);
  statements.forEach((s, i) => (s.ordinal = i));
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
