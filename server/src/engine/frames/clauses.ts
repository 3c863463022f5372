// Clauses: the part of a sentence that speaks of one value. Commas, semicolons, dashes set off by
// spaces and words such as `while` end a clause; within a clause that holds several values, each
// value's own window runs up to the `and` that separates it from its neighbours.
import type { Token } from '../tokens.js';
import { HEARING_VERBS, IRREGULAR_ACTS, TELLING_VERBS } from './lexicon.js';

const CLAUSE_BREAK = /^[,;:()\[\]—–]$/;
/** Words that end a clause and set what follows against it. */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though']);
const JOINERS = new Set(['and', 'or', 'while', 'whereas', 'but']);
/** Conjunctions that may open a clause of their own inside a sentence's clause. */
const SUBORDINATORS = new Set(['before', 'after', 'when', 'until', 'till']);
/** A word that may be a clause's finite verb: a past tense or a form of `be`, `have` or `do`. */
export const FINITE_VERB = (w: string): boolean => IRREGULAR_ACTS.has(w) || /^(was|were|had|has|have|is|are|did)$/.test(w) || (w.length > 4 && w.endsWith('ed'));

export type Span = readonly [number, number];

/** A sentence's tokens and the spans of its values, with clause bounds computed once. */
export class ClauseLayout {
  private readonly breaks: Uint8Array;

  constructor(readonly tokens: readonly Token[], readonly valueSpans: readonly Span[]) {
    const inValue = new Uint8Array(tokens.length);
    for (const [a, b] of valueSpans) inValue.fill(1, a, b);
    this.breaks = new Uint8Array(tokens.length);
    tokens.forEach((t, i) => {
      if (inValue[i]) return;
      // `Molotov–Ribbentrop` joins two names; ` – ` between spaces sets off a clause.
      if (/^[-–—]$/.test(t.text) && tokens[i - 1]?.end === t.start) return;
      if (CLAUSE_BREAK.test(t.text) || CLAUSE_BREAK_WORDS.has(t.lower)) this.breaks[i] = 1;
    });
    // `**14 August 1651**: salt workers seize the customs house`: a value that labels its line, a
    // timeline's date, is a value of what follows its colon.
    const markup = (k: number) => /^[*_]$/.test(tokens[k]?.text ?? '');
    for (const [a, b] of valueSpans) {
      let before = a - 1;
      while (before >= 0 && markup(before)) before--;
      let after = b;
      while (markup(after)) after++;
      if (before < 0 && tokens[after]?.text === ':') this.breaks[after] = 0;
    }
    this.breakAtSubordinators(inValue);
    // `gives the same toll and says that 31 boats were lost`: what a text says opens a clause of its own.
    tokens.forEach((t, i) => {
      if (t.lower === 'that' && TELLING_VERBS.has(tokens[i - 1]?.lower ?? '') && valueSpans.some(([a]) => a > i)) this.breaks[i] = 1;
      // (`heard at noon on 2 November that an armistice had been signed`: when the news came is no
      // time of the news, so a value between the hearing or telling and its `that` ends there.)
      if (t.lower === 'that' && this.toldBefore(i, valueSpans)) this.breaks[i] = 1;
    });
  }

  /** A verb of hearing or telling at most eight words before `that`, with a value between them and no punctuation. */
  private toldBefore(that: number, valueSpans: readonly Span[]): boolean {
    for (let k = that - 1; k >= Math.max(0, that - 9); k--) {
      const w = this.tokens[k]!;
      if (w.kind === 'punct') return false;
      if (HEARING_VERBS.has(w.lower) || TELLING_VERBS.has(w.lower)) return valueSpans.some(([a, b]) => a > k && b <= that);
    }
    return false;
  }

  /**
   * `lost 340 men killed and wounded before Hawsley's 1,500 horse arrived`: a conjunction that opens
   * a clause between two values ends the earlier value's words, whatever `and` comes before it. (Not
   * one right before a value, `before 3 September`, nor one with no verb after it, `sat before the
   * castle for 46 days`, where it is a preposition.)
   */
  private breakAtSubordinators(inValue: Uint8Array): void {
    const opens = this.tokens.map((t, i) => SUBORDINATORS.has(t.lower) && !inValue[i] && i + 1 < this.tokens.length && !inValue[i + 1]);
    opens.forEach((open, i) => {
      if (!open) return;
      const [from, to] = this.clause(i, i + 1);
      const valueBefore = this.valueSpans.some(([, b]) => b > from && b <= i);
      const valueAfter = this.valueSpans.some(([a]) => a > i && a < to);
      // (The verb must be the clause's own, before any `and`: `after the flood and lasted` is a preposition's.)
      let verb = false;
      for (let k = i + 1; k < to && !JOINERS.has(this.tokens[k]!.lower) && !verb; k++) verb = !inValue[k] && FINITE_VERB(this.tokens[k]!.lower);
      if (valueBefore && valueAfter && verb) this.breaks[i] = 1;
    });
  }

  /** Token bounds of the clause around tokens [first, end). */
  clause(first: number, end: number): [number, number] {
    let from = first;
    while (from > 0 && !this.breaks[from - 1]) from--;
    let to = end;
    while (to < this.tokens.length && !this.breaks[to]) to++;
    return [from, to];
  }

  /**
   * The part of its clause that speaks of the value at [first, end): up to the `and` (or `or`) that
   * separates it from the clause's other values, else up to them.
   */
  ownWindow(first: number, end: number): [number, number] {
    const [from, to] = this.clause(first, end);
    let left = from;
    let right = to;
    for (const [a, b] of this.valueSpans) {
      if (b <= first && b > left - 1 && a >= from) {
        const joiner = this.lastJoiner(b, first);
        left = Math.max(left, joiner >= 0 ? joiner + 1 : b);
      }
      if (a >= end && a < right && b <= to) {
        const joiner = this.firstJoiner(end, a);
        right = Math.min(right, joiner >= 0 ? joiner : a);
      }
    }
    return [left, right];
  }

  /** Where the next value after `end` begins, if one does. */
  nextValue(end: number): number | undefined {
    let next: number | undefined;
    for (const [a] of this.valueSpans) if (a >= end && (next === undefined || a < next)) next = a;
    return next;
  }

  /** Whether token i belongs to another value than the one at `first`. */
  inOtherValue(i: number, first: number): boolean {
    return this.valueSpans.some(([a, b]) => a !== first && i >= a && i < b);
  }

  private firstJoiner(from: number, to: number): number {
    for (let i = from; i < to; i++) if (JOINERS.has(this.tokens[i]!.lower)) return i;
    return -1;
  }

  private lastJoiner(from: number, to: number): number {
    for (let i = to - 1; i >= from; i--) if (JOINERS.has(this.tokens[i]!.lower)) return i;
    return -1;
  }
}
