// A checker's memo of its draft's sentences as read. A keystroke re-reads the block it changed, but a
// sentence of it that it did not change, entered in the same state of the discourse, reads as it did:
// what a sentence's reading depends on is its words, the citations it ignores, and the discourse
// before it (readSentence and frameSentence read nothing else; the year is the discourse's). So its
// framed values, the state after it and what it asked of the title are kept under that, and a
// sentence met again is not framed again. The sentences after the changed one are found too when
// the changed one leaves the discourse as it did. After a title edit every state holds the new
// title, so a sentence is also found by its words alone, read in a state the same but for the title,
// when its reading asked nothing of the title that the new one answers otherwise (as check.ts keeps
// a block across a title edit).
import { readFramed, type DraftContext, type FramedReader } from './claims.js';
import type { DiscourseSnapshot } from './frames/discourse.js';
import type { FramedValue } from './frames/frame.js';
import { addTitleRead, sameButTitle, sameTitleAnswers, TitleWatchingDiscourse, withTitleOf, type TitleRead } from './titles.js';

/** A sentence as read: where it stood, its framed values there, the discourse after it, what it asked of the title. */
interface SentenceRead {
  /** The check that last met it. */
  used: number;
  offset: number;
  /** The state it was read in. */
  entered: DiscourseSnapshot;
  /** Its memo key's words (see `read`): those it is found by when only the title changed. */
  words: string;
  framed: FramedValue[];
  after: DiscourseSnapshot;
  titleRead: TitleRead;
}

/**
 * The sentences of the blocks the last few checks read are kept (a keystroke's block is mostly the
 * last one's), and of those no more than enough for a few blocks: a long draft's first check reads
 * all of its sentences, a storm of edits a new one each time.
 */
const SENTENCES_KEPT_FOR = 4;
const SENTENCES_KEPT = 256;

export class SentenceReadings {
  private readonly kept = new Map<string, SentenceRead>();
  /** The memo key each sentence's words were last kept under (kept while that is). */
  private readonly lastByWords = new Map<string, string>();
  private checks = 0;
  /** How many sentences were framed (not found kept) since the count was last set to 0. */
  framed = 0;

  /** A check is done: the sentences no check met lately are dropped (oldest use first in the map). */
  checked(): void {
    this.checks++;
    for (const [key, read] of this.kept) {
      if (read.used >= this.checks - SENTENCES_KEPT_FOR) break;
      this.drop(key, read);
    }
  }

  private drop(key: string, read: SentenceRead): void {
    this.kept.delete(key);
    if (this.lastByWords.get(read.words) === key) this.lastByWords.delete(read.words);
  }

  private keep(key: string, read: SentenceRead): void {
    if (this.kept.size >= SENTENCES_KEPT) {
      const [oldest, old] = this.kept.entries().next().value!;
      this.drop(oldest, old);
    }
    this.kept.set(key, read);
    this.lastByWords.set(read.words, key);
  }

  /**
   * The sentence as read last in a state the same as `entered` but for the title, when what its
   * reading asked of the title is what the new one tells; with the new title in the state after it.
   */
  private retitled(words: string, entered: DiscourseSnapshot): SentenceRead | undefined {
    const lastKey = this.lastByWords.get(words);
    const last = lastKey === undefined ? undefined : this.kept.get(lastKey);
    if (!last || !sameButTitle(last.entered, entered) || !sameTitleAnswers(last.titleRead, last.entered, entered)) return undefined;
    const after = withTitleOf(last.after, entered);
    return after && { ...last, entered, after };
  }

  /** readFramed, answered from the memo when the sentence was read in the same state. */
  readonly read: FramedReader = (sentence, ignored, discourse, context) => {
    if (!(discourse instanceof TitleWatchingDiscourse)) return readFramed(sentence, ignored, discourse, context);
    const offset = sentence.range.start;
    const entered = discourse.save();
    // (A state's id names its key, which says all it holds: see DiscourseSnapshot; an id is never
    // given to another key. Citations as offsets into the sentence.)
    const words = `${ignored.map((r) => `${r.start - offset}-${r.end - offset}`).join(',')}\u0001${sentence.text}`;
    const key = `${entered.id}\u0001${words}`;
    const known = this.kept.get(key) ?? this.retitled(words, entered);
    if (known) {
      known.used = this.checks;
      this.drop(key, known);
      this.keep(key, known);
      discourse.restore(known.after);
      addTitleRead(discourse.titleRead, known.titleRead);
      return shiftedFrom(known.framed, offset - known.offset);
    }
    this.framed++;
    const read = readWatchingTitle(sentence, ignored, discourse, context);
    this.keep(key, { used: this.checks, offset, entered, words, ...read });
    return read.framed;
  };
}

/** Reads a sentence, noting what it alone asked of the title (and adding that to what the block asked). */
function readWatchingTitle(sentence: Parameters<FramedReader>[0], ignored: Parameters<FramedReader>[1], discourse: TitleWatchingDiscourse, context: DraftContext): Pick<SentenceRead, 'framed' | 'after' | 'titleRead'> {
  const block = discourse.titleRead;
  discourse.titleRead = { subject: false, year: false };
  const framed = readFramed(sentence, ignored, discourse, context);
  const titleRead = discourse.titleRead;
  discourse.titleRead = block;
  addTitleRead(block, titleRead);
  return { framed, after: discourse.save(), titleRead };
}

/**
 * Framed values read `by` characters earlier, where they stand now: every range in them moved (an
 * object with a numeric start and end, as comparisonKey takes them), everything else as it was, the
 * same objects (a subject's refs are compared by identity).
 */
function shiftedFrom(framed: FramedValue[], by: number): FramedValue[] {
  return by === 0 ? framed : (shifted(framed, by) as FramedValue[]);
}

function shifted(value: unknown, by: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const moved = shifted(item, by);
      if (moved !== item) (out ??= [...value])[i] = moved;
    });
    return out ?? value;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') return { ...record, start: record.start + by, end: record.end + by };
  let out: Record<string, unknown> | undefined;
  for (const name of Object.keys(record)) {
    const moved = shifted(record[name], by);
    if (moved !== record[name]) (out ??= { ...record })[name] = moved;
  }
  return out ?? value;
}
