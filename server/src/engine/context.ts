// What a value is about: its clause, the names around it (or the ones its paragraph is about),
// and the kind of quantity. Draft claims and source statements are read the same way, so they meet.
import { isContentWord, isNameToken, stem, termOf } from './terms.js';
import { tokenize, type Token } from './tokens.js';
import type { Dimension, TextRange } from './types.js';
import type { FoundValue } from './values.js';

export interface ValueContext {
  dimension: Dimension;
  /** `deaths`, `prisoners`, `conflict` (how long a battle lasted), `interval` (time between events). */
  kind?: string;
  /** Stemmed names in the value's own clause, and in its whole sentence. */
  clauseNames: string[];
  sentenceNames: string[];
  /** Names of the text before the sentence: what its paragraph is about. */
  inheritedNames: string[];
  /** The sentence has no names of its own, or refers back (`it`, `they`, `the battle`, `the city`). */
  refersBack: boolean;
  /** For counts: who is counted, said near the value (`soldiers`, `people`). */
  counted?: string[];
  /** Stemmed content words of the clause (weight 1) and of the rest of the sentence (weight 0.5). */
  clauseTerms: string[];
  sentenceTerms: string[];
  clause: TextRange;
}

/** Nouns for a span of fighting, whose length a duration states. */
const CONFLICT_WORDS = new Set([
  'battle', 'battles', 'siege', 'sieges', 'fight', 'fighting', 'fought', 'struggle', 'combat', 'campaign',
  'offensive', 'war', 'wars', 'occupation', 'blockade', 'raged', 'lasted', 'engagement', 'conflict', 'besieged',
  'besieging', 'defended', 'defence', 'defense', 'resisted', 'held',
]);
/** Verbs by which something comes to its end (`ended after 105 days`). */
const ENDING_VERBS = new Set(['ended', 'fell', 'collapsed', 'surrendered', 'capitulated', 'finished', 'concluded', 'over', 'broke', 'gave']);
/** Verbs that say how long something went on. */
const DURATION_VERBS = new Set(['lasted', 'lasting', 'lasts', 'last', 'raged', 'continued', 'endured', 'persisted', 'dragged', 'went', 'ran', 'spanned', 'stretched']);
/** Words that make a duration the time between two events. */
const INTERVAL_WORDS = new Set(['after', 'later', 'before', 'earlier', 'ago', 'afterwards', 'prior', 'following', 'since', 'until', 'old']);

/** Words by which a sentence refers to what the text before it named. */
const REFERRING_WORDS = new Set(['it', 'its', 'they', 'their', 'them', 'he', 'his', 'him', 'she', 'her', 'there']);
const ANAPHORIC_NOUNS = new Set([
  'battle', 'siege', 'city', 'war', 'order', 'decree', 'treaty', 'pact', 'campaign', 'offensive', 'fighting',
  'struggle', 'army', 'invasion', 'operation', 'attack', 'town', 'fortress', 'regime', 'country', 'conflict',
  'townspeople', 'inhabitants', 'garrison', 'defenders', 'attackers', 'besiegers', 'population', 'citizens',
  'residents', 'troops', 'soldiers', 'men', 'fighting', 'assault', 'retreat', 'withdrawal', 'surrender',
]);
/** Who a count counts: fighting men, or people at large. */
const TROOP_WORDS = new Set(['soldiers', 'soldier', 'troops', 'men', 'servicemen', 'fighters', 'combatants', 'sailors', 'militiamen', 'conscripts', 'recruits', 'officers']);
const PEOPLE_WORDS = new Set(['people', 'persons', 'civilians', 'inhabitants', 'townspeople', 'residents', 'citizens', 'townsfolk', 'villagers', 'refugees', 'lives']);
const DEMONSTRATIVES = new Set(['the', 'that', 'this', 'these', 'those']);
const JOINERS = new Set(['and', 'or', 'while', 'whereas', 'but']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those']);
const CLAUSE_BREAK = /^[,;:()\[\]—–]$/;
const CLAUSE_BREAK_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though']);

/** Reads a sentence once; each of its values then gets a context from it. */
export class SentenceReader {
  readonly tokens: Token[];
  private readonly firstWord: number;

  constructor(
    readonly text: string,
    readonly offset: number,
    private readonly knownNames: ReadonlySet<string>,
    /** Ranges (absolute) whose words say nothing about the claim: citations, quoted titles. */
    ignored: TextRange[] = [],
  ) {
    this.tokens = tokenize(text, offset).filter((t) => !ignored.some((r) => t.start >= r.start && t.end <= r.end));
    this.firstWord = this.tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
  }

  private isName(index: number, withModifiers = false): boolean {
    const token = this.tokens[index]!;
    if (!withModifiers && this.isModifier(index)) return false;
    if (isNameToken(token, false) && index !== this.firstWord) return true;
    // The first word is a name when the corpus writes it capitalised mid-sentence too.
    return index === this.firstWord && isNameToken(token, false) && this.knownNames.has(stem(token.text));
  }

  /**
   * `the Nazi regime`, `the Soviet government`: a capitalised word between a determiner and a
   * lower-case word describes the subject rather than naming it.
   */
  private isModifier(index: number): boolean {
    const token = this.tokens[index]!;
    const before = this.tokens[index - 1];
    const after = this.tokens[index + 1];
    if (!before || !after || after.kind !== 'word' || /s$/.test(token.lower)) return false;
    return DETERMINERS.has(before.lower) && /^\p{Ll}/u.test(after.text);
  }

  /** Stemmed names in tokens [from, to), skipping the values' own tokens. */
  namesIn(from: number, to: number, skip: ReadonlySet<number>, withModifiers = false): string[] {
    const names: string[] = [];
    for (let i = from; i < to; i++) if (!skip.has(i) && this.isName(i, withModifiers)) names.push(stem(this.tokens[i]!.text));
    return [...new Set(names)];
  }

  termsIn(from: number, to: number, skip: ReadonlySet<number>): string[] {
    const terms: string[] = [];
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (skip.has(i) || !isContentWord(t)) continue;
      terms.push(termOf(t.text));
    }
    return [...new Set(terms)];
  }

  /** Names in a heading: Title Case capitalises every word, so only names the corpus knows count. */
  headingNames(): string[] {
    return this.tokens.filter((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text) && this.knownNames.has(stem(t.text))).map((t) => stem(t.text));
  }

  /** All names of the sentence: what a later sentence without names of its own inherits. */
  allNames(): string[] {
    return this.namesIn(0, this.tokens.length, new Set(), true);
  }

  tokenIndexAt(offset: number): number {
    return this.tokens.findIndex((t) => t.start >= offset);
  }

  /**
   * The part of a clause that speaks of one value when the clause holds several: up to the `and`
   * (or `or`) that separates it from its neighbours, else up to them.
   */
  ownWindow(first: number, end: number, from: number, to: number, valueSpans: Array<[number, number]>): [number, number] {
    let left = from;
    let right = to;
    for (const [a, b] of valueSpans) {
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

  private firstJoiner(from: number, to: number): number {
    for (let i = from; i < to; i++) if (JOINERS.has(this.tokens[i]!.lower)) return i;
    return -1;
  }

  private lastJoiner(from: number, to: number): number {
    for (let i = to - 1; i >= from; i--) if (JOINERS.has(this.tokens[i]!.lower)) return i;
    return -1;
  }

  private breaks?: { spans: Array<[number, number]>; mask: Uint8Array; windows: Map<number, [number, number]> };

  /** Which tokens end a clause (none inside a value), computed once per sentence. */
  private layout(valueSpans: Array<[number, number]>) {
    if (this.breaks?.spans === valueSpans) return this.breaks;
    const inValue = new Uint8Array(this.tokens.length);
    for (const [a, b] of valueSpans) inValue.fill(1, a, b);
    const mask = new Uint8Array(this.tokens.length);
    this.tokens.forEach((t, i) => {
      if (inValue[i]) return;
      // `Molotov–Ribbentrop` joins two names; ` – ` between spaces sets off a clause.
      if (/^[-–—]$/.test(t.text) && this.tokens[i - 1]?.end === t.start) return;
      if (CLAUSE_BREAK.test(t.text) || CLAUSE_BREAK_WORDS.has(t.lower)) mask[i] = 1;
    });
    this.breaks = { spans: valueSpans, mask, windows: new Map() };
    return this.breaks;
  }

  /** Token bounds of the clause around tokens [first, end). */
  clauseBounds(first: number, end: number, valueSpans: Array<[number, number]>): [number, number] {
    const { mask } = this.layout(valueSpans);
    let from = first;
    while (from > 0 && !mask[from - 1]) from--;
    let to = end;
    while (to < this.tokens.length && !mask[to]) to++;
    return [from, to];
  }

  /** The own window of each value, by its first token. */
  private windowOf(a: number, b: number, valueSpans: Array<[number, number]>): [number, number] {
    const layout = this.layout(valueSpans);
    let window = layout.windows.get(a);
    if (!window) {
      const [f, t] = this.clauseBounds(a, b, valueSpans);
      window = this.ownWindow(a, b, f, t, valueSpans);
      layout.windows.set(a, window);
    }
    return window;
  }

  contextOf(value: FoundValue, valueSpans: Array<[number, number]>, inherited: string[], inheritedKind?: string): ValueContext {
    const first = this.tokenIndexAt(value.range.start);
    let end = first;
    while (end < this.tokens.length && this.tokens[end]!.end <= value.range.end) end++;
    const skip = new Set<number>();
    for (const [a, b] of valueSpans) for (let i = a; i < b; i++) skip.add(i);
    const [from, to] = this.clauseBounds(first, end, valueSpans);
    const clauseTerms = this.termsIn(from, to, skip);
    const allTerms = this.termsIn(0, this.tokens.length, skip);
    const sentenceTerms = allTerms.filter((t) => !clauseTerms.includes(t));
    const clauseNames = this.namesIn(from, to, skip);
    // A sentence's names include those used as modifiers (`the Moscow counteroffensive`).
    const sentenceNames = this.namesIn(0, this.tokens.length, skip, true);
    const refersBack = sentenceNames.length === 0 || this.tokens.some((t, i) => REFERRING_WORDS.has(t.lower) ||
      (DEMONSTRATIVES.has(t.lower) && ANAPHORIC_NOUNS.has(this.tokens[i + 1]?.text ?? '') && this.tokens[i + 2]?.lower !== 'of'));
    const inheritedNames = inherited.filter((n) => !sentenceNames.includes(n));
    const dimension = value.form === 'year' || value.form === 'date-range' ? 'date' : value.interval.dimension;
    let kind: string | undefined;
    let counted: string[] | undefined;
    if (dimension === 'count') {
      // The kind is said near the value: in `a garrison of 11,000 men and a population of 40,000`,
      // `population` is the second number's kind, not the first's.
      let [left, right] = this.ownWindow(first, end, from, to, valueSpans);
      // `killed, wounded or captured`: a list of kinds runs on past the clause's commas.
      if (right === to) {
        let k = to;
        while (k < this.tokens.length && (this.tokens[k]!.text === ',' || /^(or|and)$/.test(this.tokens[k]!.lower) || this.termsIn(k, k + 1, skip)[0]?.startsWith('kind:'))) k++;
        right = k;
      }
      let kinds = new Set(this.termsIn(left, right, skip).filter((t) => t.startsWith('kind:')).map((t) => t.slice(5)));
      // `Nearly two million people, soldiers and civilians, died`: a kind elsewhere in the sentence
      // counts when no other value claims it.
      if (kinds.size === 0) {
        const claimed = new Set<number>();
        for (const [a, b] of valueSpans) {
          if (a === first) continue;
          const [l, r] = this.windowOf(a, b, valueSpans);
          for (let i = l; i < r; i++) claimed.add(i);
        }
        const free = new Set<string>();
        for (let i = 0; i < this.tokens.length; i++) {
          if (claimed.has(i) || skip.has(i)) continue;
          const term = this.termsIn(i, i + 1, skip)[0];
          if (term?.startsWith('kind:')) free.add(term.slice(5));
        }
        kinds = free;
      }
      // `killed or wounded`, `killed, wounded or captured` count casualties.
      if (kinds.has('casualties') || (kinds.has('deaths') && kinds.has('prisoners'))) kind = 'casualties';
      else kind = [...kinds][0];
      if (value.measure) kind = `measure:${value.measure}`;
      const own = this.tokens.slice(left, right).map((t) => t.lower);
      counted = [...new Set(own.map((w) => (TROOP_WORDS.has(w) ? 'troops' : PEOPLE_WORDS.has(w) ? 'people' : '')).filter(Boolean))];
    }
    if (dimension === 'duration') {
      const words = this.tokens.slice(from, to).map((t) => t.lower);
      const nearAfter = this.tokens.slice(end, end + 2).map((t) => t.lower);
      const before = this.tokens.slice(Math.max(from, first - 4), first).map((t) => t.lower);
      // `lasted 143 days before the garrison surrendered`, `went on for 199 days`, `ended after
      // 105 days` tell a length; `two years before`, `seven months after` the time between events.
      const lasting = this.tokens.slice(from, first).some((t) => DURATION_VERBS.has(t.lower)) ||
        (before.includes('after') && before.some((w) => ENDING_VERBS.has(w)));
      const between = nearAfter.some((w) => INTERVAL_WORDS.has(w)) || words.some((w) => w === 'after' || w === 'later' || w === 'earlier' || w === 'ago');
      if (lasting) kind = 'conflict';
      else if (between) kind = 'interval';
      else if (words.some((w) => CONFLICT_WORDS.has(w)) || this.tokens.some((t) => CONFLICT_WORDS.has(t.lower))) kind = 'conflict';
      else kind = inheritedKind;
    }
    return {
      dimension,
      kind,
      clauseNames,
      inheritedNames,
      refersBack,
      ...(counted && counted.length > 0 ? { counted } : {}),
      sentenceNames,
      clauseTerms,
      sentenceTerms,
      clause: { start: this.tokens[from]?.start ?? value.range.start, end: this.tokens[to - 1]?.end ?? value.range.end },
    };
  }

  /** The kind a following sentence without one inherits (`The battle … It raged for 199 days`). */
  sentenceKind(): string | undefined {
    return this.tokens.some((t) => CONFLICT_WORDS.has(t.lower)) ? 'conflict' : undefined;
  }
}
