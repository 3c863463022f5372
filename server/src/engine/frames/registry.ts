// The corpus's events, learned from how its sources name them: `the Battle of Karsk`, `the second
// siege of Tull Varen`, `the 1924 explosion`. A reference that can be only one of them (`the flood`
// in a corpus that tells of one flood) resolves to it; one that could be several does not.
import { answer, isNaming, refRelation, type EventResolver } from './identity.js';
import { aliasCalls, type EventAlias, type EventRef } from './types.js';

interface CorpusEvent {
  id: string;
  ref: EventRef;
  /** The words the corpus calls it by, within its kind (`operation`, `invasion`). */
  words: Set<string>;
  /** The years the corpus dates it to (when it began, ended, or happened). */
  years: Set<number>;
  /** Never named, numbered or dated by the corpus: no named reference is this event. */
  unnamed?: boolean;
  /** The years dated by references calling it by each word (`lockout`; '' for none). */
  yearsByWord?: Map<string, Set<number>>;
  /** The words (as yearsByWord's) whose references it is dated by to years apart: see EventResolver.scattered. */
  scattered?: Set<string>;
}

const specificity = (r: EventRef) => (r.key !== undefined ? 2 : 0) + (r.ordinal !== undefined ? 1 : 0) + (r.year !== undefined ? 1 : 0);

export class EventRegistry implements EventResolver {
  private readonly events: CorpusEvent[] = [];
  private readonly memo = new Map<string, { id?: string; count: number }>();
  /** Lookups of refs that name the year their text is set in: they depend on the years learned. */
  private readonly memoWhen = new Map<string, { id?: string; count: number }>();
  /** The same lookups by the ref itself: a statement's refs are asked about on every check. */
  private readonly byRef = new WeakMap<EventRef, { id?: string; count: number }>();
  /**
   * Those of refs with a year, by the ref itself, until the corpus dates another event: comparing a
   * claim with a large corpus looks up the refs of the same statements again and again (in a profile
   * of the bench's edits the registry's lookups were over a quarter of compareFrames's time).
   */
  private byTimedRef = new WeakMap<EventRef, { id?: string; count: number }>();
  /** The kinds the corpus calls one event of another kind by (see aliasesByKind), made at the first look-up. */
  private kindAliases?: ReadonlyMap<string, EventAlias>;

  /**
   * Builds events from how the corpus names them. A reference with an ordinal or a year names one
   * event (`the second siege`, `the 1924 explosion`), and those that fit each other are one. A name
   * alone (`the siege of Karsk`) is an event of its own only if it fits none of those; if it fits one,
   * it names that one; if it fits several, it could be any of them and names none.
   */
  constructor(refs: Iterable<EventRef>, private readonly people: ReadonlyMap<string, string> = new Map(), unnamed: Iterable<EventRef> = [],
    /** Other names the corpus gives its events (`the Brantholme Inquiry` for `the Board of Trade inquiry`). */
    private readonly aliases: ReadonlyMap<string, EventAlias> = new Map(),
    /** The words it calls each kind by with no name: its one unnamed event of a kind is called by those. */
    unnamedWords: ReadonlyMap<string, ReadonlySet<string>> = new Map()) {
    const unique = new Map<string, EventRef>();
    for (const r of refs) if (isNaming(r)) unique.set(`${refKey(r)}|${r.word ?? ''}`, r);
    const all = [...unique.values()].sort((a, b) => refKey(a).localeCompare(refKey(b)));
    // (A number before a year: `the second flood` names one of a kind's events, while `the 1838 flood`,
    // or `the Lighthouse Strike (1902)`, may be any of them not yet dated, until the corpus dates them.)
    const numberedFirst = (a: EventRef, b: EventRef) => Number(b.ordinal !== undefined) - Number(a.ordinal !== undefined);
    const pinned = all.filter((r) => r.ordinal !== undefined || r.year !== undefined)
      .sort((a, b) => numberedFirst(a, b) || specificity(b) - specificity(a) || refKey(a).localeCompare(refKey(b)));
    for (const ref of pinned) this.place(ref, true);
    for (const ref of all.filter((r) => r.ordinal === undefined && r.year === undefined)) this.place(ref, false);
    // A kind of event the corpus never names is one event, which only an unnamed reference can be.
    for (const ref of unnamed) {
      if (ref.type && !this.events.some((e) => e.ref.type === ref.type)) {
        // (`the cholera`, where the corpus's one epidemic is only ever `the plague`, is another epidemic.)
        this.events.push({ id: `${refKey(ref)}|unnamed`, ref: { ...ref }, words: new Set(unnamedWords.get(ref.type) ?? []), years: new Set(), unnamed: true });
      } else if (ref.type && ref.word !== undefined && !this.events.some((e) => e.ref.type === ref.type && (e.words.size === 0 || e.words.has(ref.word!)))) {
        // So is a kind's word the corpus names none of its events by (`a truce was agreed`, where the
        // one treaty it names is `the Treaty of Tessenby`): one event, called by that word.
        this.events.push({ id: `${refKey(ref)}|unnamed`, ref: { ...ref }, words: new Set([ref.word]), years: new Set(), unnamed: true });
      }
    }
  }

  private place(ref: EventRef, pinned: boolean): void {
    const fits = this.events.filter((e) => refRelation(e.ref, ref) !== 'conflict' && (!pinned || e.ref.type === ref.type || !ref.type || !e.ref.type));
    if (fits.length === 0) this.events.push({ id: refKey(ref), ref: { ...ref }, words: new Set(ref.word ? [ref.word] : []), years: new Set(ref.year ? [ref.year] : []) });
    else if (fits.length === 1) {
      merge(fits[0]!.ref, ref);
      if (ref.word) fits[0]!.words.add(ref.word);
    }
  }

  /**
   * Whether a reference is surely the event it resolves to: it names it (by name, number or year), or
   * the year its text is set in is one the corpus dates that event to. (`the blaze`, in a paragraph of
   * 1896, resolves to a corpus's one dated fire of 1904 only because no other fire is named; and a kind
   * of event the corpus never names may be several things its texts tell of.)
   */
  surelyNames(ref: EventRef): boolean {
    const id = this.lookup(ref).id;
    if (id === undefined) return false;
    if (isNaming(ref)) return true;
    return ref.when !== undefined && this.events.some((e) => e.id === id && !e.unnamed && e.years.has(ref.when!));
  }

  canonical(ref: EventRef): EventRef {
    const alias = this.aliasOf(ref);
    if (!alias) return ref;
    const { key: _key, word, ...rest } = ref;
    // (Called by another kind's word, its word is not one the event is called by.)
    const ownWord = word !== undefined && ref.type === alias.type ? { word } : {};
    return { ...rest, ...ownWord, type: alias.type, ...(alias.key !== undefined ? { key: alias.key } : {}) };
  }

  /**
   * The event a ref names by another of its names: the name said with no kind, its event's kind or the
   * kind it is called by; or `the revolt`, where the corpus's one revolt is another name of its occupation.
   */
  private aliasOf(ref: EventRef): EventAlias | undefined {
    if (ref.key !== undefined) {
      const alias = this.aliases.get(ref.key);
      return alias && aliasCalls(alias, ref.type) ? alias : undefined;
    }
    if (ref.type === undefined || ref.ordinal !== undefined) return undefined;
    this.kindAliases ??= this.aliasesByKind();
    return this.kindAliases.get(ref.type);
  }

  /** Each kind the corpus calls only one event by another name of (and never an event of its own), with that name. */
  private aliasesByKind(): Map<string, EventAlias> {
    const byKind = new Map<string, EventAlias | undefined>();
    for (const alias of this.aliases.values()) {
      const kind = alias.calledAs;
      if (kind === undefined || this.events.some((e) => e.ref.type === kind)) continue;
      byKind.set(kind, byKind.has(kind) ? undefined : alias);
    }
    return new Map([...byKind].filter((e): e is [string, EventAlias] => e[1] !== undefined));
  }

  lookup(ref: EventRef): { id?: string; count: number } {
    if (ref.local) return answer(undefined, 0);
    if (this.aliasOf(ref)) return this.lookup(this.canonical(ref));
    // Refs with a year or set in one are looked up again once the corpus has dated its events.
    const timeless = ref.when === undefined && ref.year === undefined && ref.told === undefined;
    const known = (timeless ? this.byRef : this.byTimedRef).get(ref);
    if (known) return known;
    // (The year a date tells of it decides too: `the fire` told in 1847 is not the one told in 1646.)
    const key = ref.told === undefined ? refKey(ref) : `${refKey(ref)}|${ref.told}`;
    const memo = timeless ? this.memo : this.memoWhen;
    let found = memo.get(key);
    if (!found) {
      // `the invasion`: an unnamed reference is only an event of its own kind, not of a kindred one,
      // and only one the corpus calls by the same word (an offensive is not the corpus's operation).
      const unnamed = ref.key === undefined && ref.type !== undefined && ref.type !== 'place';
      // `the second storm` is none of a corpus's storms that it never numbers: a second implies a first,
      // and a first a second (`the first collapse` is not the corpus's one, unnumbered, Great Collapse).
      const numbered = (e: CorpusEvent) => ref.ordinal === undefined || e.ref.ordinal !== undefined;
      const matching = this.mayFit(ref).filter((e) => refRelation(e.ref, ref) !== 'conflict' && numbered(e) && (!e.unnamed || !isNaming(ref)) &&
        (!unnamed || (e.ref.type === ref.type && (ref.word === undefined || e.words.size === 0 || e.words.has(ref.word)))));
      const fits = matching.length > 0 ? matching : theOtherOfTwo(ref, this.events);
      // `the siege` in a letter dated in the second siege's year: the one of them the text is set in;
      // `the flood of 1827`, where the corpus numbers its floods: the one it dates to that year.
      const year = ref.year ?? ref.when;
      const dated = year !== undefined && fits.length > 1 ? fits.filter((e) => e.years.has(year)) : fits;
      const chosen = dated.length === 1 ? dated : fits;
      // `the bombardment`, where the corpus's one attack it names is `the first raid`: a first implies
      // a second, which it may be (unless a year says which).
      const another = unnamed && chosen.length === 1 && ref.ordinal === undefined && chosen[0]!.ref.ordinal !== undefined && dated === fits;
      // `the siege`, in a text set in 1916, where the corpus's one siege is of 1611: another siege.
      const setIn = ref.when ?? ref.told;
      const otherTime = unnamed && setIn !== undefined && chosen.length === 1 && datedApart(chosen[0]!, setIn);
      found = another ? answer(undefined, 2) : otherTime ? answer(undefined, 0) : chosen.length === 1 ? answer(chosen[0]!.id, 1) : answer(undefined, fits.length);
      // Drafts' references come and go as a writer types: the memo does not grow without end.
      if (memo.size > 8192) memo.clear();
      memo.set(key, found);
    }
    (timeless ? this.byRef : this.byTimedRef).set(ref, found);
    return found;
  }

  /** Events by the words of their names, and those with none (built once the corpus's events are all known). */
  private eventIndex?: { words: Map<string, CorpusEvent[]>; unkeyed: CorpusEvent[]; ids: Map<string, CorpusEvent>; order: Map<CorpusEvent, number> };

  /**
   * The events a ref may fit, in the registry's order: a named ref conflicts with every event whose
   * name shares no word with it, so only those that share one, or have no name, are tried.
   */
  private mayFit(ref: EventRef): CorpusEvent[] {
    if (ref.key === undefined) return this.events;
    const index = this.indexOfEvents();
    const found = new Set<CorpusEvent>(index.unkeyed);
    for (const w of ref.key.split(' ')) for (const e of index.words.get(w) ?? []) found.add(e);
    return [...found].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
  }

  private indexOfEvents(): NonNullable<EventRegistry['eventIndex']> {
    if (!this.eventIndex) {
      const index = { words: new Map<string, CorpusEvent[]>(), unkeyed: [] as CorpusEvent[], ids: new Map<string, CorpusEvent>(), order: new Map<CorpusEvent, number>() };
      for (const e of this.events) {
        index.order.set(e, index.order.size);
        if (!index.ids.has(e.id)) index.ids.set(e.id, e);
        if (e.ref.key === undefined) index.unkeyed.push(e);
        else {
          for (const w of new Set(e.ref.key.split(' '))) {
            const list = index.words.get(w);
            if (list) list.push(e);
            else index.words.set(w, [e]);
          }
        }
      }
      this.eventIndex = index;
    }
    return this.eventIndex;
  }

  sideOf(person: string): string | undefined {
    return this.people.get(person) || undefined;
  }

  yearsOf(ref: EventRef): readonly [number, number] | undefined {
    const { id } = this.lookup(ref);
    const event = id === undefined ? undefined : this.indexOfEvents().ids.get(id);
    return event ? yearSpan(event) : undefined;
  }

  wordYears(id: string, word = ''): ReadonlySet<number> | undefined {
    return this.indexOfEvents().ids.get(id)?.yearsByWord?.get(word);
  }

  scattered(id: string, word = ''): boolean {
    return this.indexOfEvents().ids.get(id)?.scattered?.has(word) === true;
  }

  /** Learns when an event happened, from a corpus statement that dates it. */
  dated(ref: EventRef, years: number[]): void {
    const { id } = this.lookup({ ...ref, when: undefined });
    const event = id === undefined ? undefined : this.indexOfEvents().ids.get(id);
    if (event) {
      for (const y of years) event.years.add(y);
      // (Decided here, while the corpus is indexed, not in identity's comparisons.)
      const word = ref.word ?? '';
      event.yearsByWord ??= new Map();
      const byWord = event.yearsByWord.get(word) ?? new Set<number>();
      for (const y of years) byWord.add(y);
      event.yearsByWord.set(word, byWord);
      const sorted = [...byWord].sort((x, y) => x - y);
      if (sorted.some((y, i) => i > 0 && y - sorted[i - 1]! > 1)) (event.scattered ??= new Set()).add(word);
    }
    // Only which of an event's occurrences a dated text is set in depends on the years.
    this.memoWhen.clear();
    this.byTimedRef = new WeakMap();
  }

  get size(): number {
    return this.events.length;
  }
}

/**
 * Whether the corpus dates an event only to years a generation or more from `year` (the years it
 * learns are a reading's, and a near year may be a misread; an essay on another war is decades off).
 */
function datedApart(event: CorpusEvent, year: number): boolean {
  const span = yearSpan(event);
  return span !== undefined && (year < span[0] - GENERATION || year > span[1] + GENERATION);
}

/** The first and last year the corpus dates an event to, if it dates it. */
function yearSpan(event: CorpusEvent): [number, number] | undefined {
  return event.years.size > 0 ? [Math.min(...event.years), Math.max(...event.years)] : undefined;
}
const GENERATION = 20;

function merge(into: EventRef, ref: EventRef): void {
  if (ref.type !== 'place') into.type ??= ref.type;
  into.key ??= ref.key;
  into.ordinal ??= ref.ordinal;
  into.year ??= ref.year;
}

/**
 * `the second fire`, where the corpus numbers one fire the first and tells of one other fire, by its
 * year only (`the fire of 1366`): the other one. (Of a kind with more events, which one is not known.)
 */
function theOtherOfTwo(ref: EventRef, events: readonly CorpusEvent[]): CorpusEvent[] {
  if (ref.ordinal !== 2 || ref.type === undefined || ref.key !== undefined) return [];
  const ofKind = events.filter((e) => e.ref.type === ref.type && !e.unnamed);
  const first = ofKind.filter((e) => e.ref.ordinal === 1);
  const others = ofKind.filter((e) => e.ref.ordinal === undefined);
  return ofKind.length === 2 && first.length === 1 && others.length === 1 && others[0]!.ref.key === first[0]!.ref.key ? others : [];
}

export function refKey(r: EventRef): string {
  return `${r.type ?? ''}|${r.key ?? ''}|${r.ordinal ?? ''}|${r.year ?? ''}|${r.word ?? ''}|${r.when ?? ''}|${r.local ? 1 : ''}`;
}
