// The discourse: what the text before a sentence has named, so that `it`, `the battle` and `the
// town` can be resolved, and a sentence that names nothing can take its paragraph's or its heading's
// subject. One state per document, read in order; it saves to a string so checks can be memoised.
import { calledAlike, refRelation } from './identity.js';
import { stem } from '../terms.js';
import { BUILDING_NOUNS, ORDINALS } from './lexicon.js';
import type { EventRef } from './types.js';

const RECENT = 6;

/** A reference without the number or year that told one of its kind's events from the others. */
function withoutNumber(ref: EventRef): EventRef {
  if (ref.ordinal === undefined && ref.year === undefined) return ref;
  const { ordinal: _ordinal, year: _year, ...rest } = ref;
  const words = rest.text.split(' ');
  return ORDINALS.has(words[0]!.toLowerCase()) ? { ...rest, text: words.slice(1).join(' ') } : rest;
}

/** Kinds of subject a place noun (`the town`) can refer back to: a place, or an event named after one. */
const PLACED = new Set(['', 'place', 'battle', 'siege', 'occupation']);
/** Place nouns for a stretch of country or a way across it, which refer back only to a name that says them (`Brin Valley`, `Brannick Ford`). */
const AREAS = new Set(['valley', 'island', 'ridge', 'heights', 'pass', 'ford', 'bridge', 'crossing']);
/** Buildings refer back only to a name that says them (`Quarmby's Mill`): kept by stem, as lastNamed is asked. */
const BUILDINGS: ReadonlySet<string> = new Set([...BUILDING_NOUNS].map(stem));

export interface State {
  /** Subjects of the headings above, by depth (index 0 is the document's title). */
  headings: EventRef[][];
  /** The year each heading above is set in, if it names one (a letter's dateline). */
  headingYears: Array<number | null>;
  /** Subjects named in the current paragraph, in order. */
  paragraph: EventRef[];
  /** The first subject of the last sentence that named one: what `it` refers to. */
  topic?: EventRef;
  /** The last sentence told of a thing that is no event (`Even the opening date is disputed.`): what `it` is now. */
  itIsThing?: boolean;
  /** The subjects of the last sentence of this paragraph that named any. */
  last: EventRef[];
  /** Subjects named recently, oldest first: what `the battle` and `the town` refer to. */
  recent: EventRef[];
  /** The last named body of men: what `the regiment` refers to. */
  unit?: string;
  /** The year the current heading or paragraph sets, for a day and month written without one. */
  year?: number;
  /** The header cells of the table being read. */
  table?: string[];
  /** The body of men the table being read counts, as its header or the heading above names it (`Casualties of the 14th Foot`). */
  tableUnit?: string;
  /** The body of men a heading names (`**Losses of the Regiment**`): what a table right under it counts, its caption. */
  headingUnit?: string;
  /** The first block under that heading has begun: the next block is no longer right under it. */
  captionNext?: boolean;
  /** The paragraph being read is a question: what it names is what the next paragraph answers about. */
  question?: boolean;
  /** The one subject the paragraph before ended on, while this one has named nothing. */
  previous?: EventRef;
  /** What the last question asked to be counted (`How many people died …?`): what its answer counts. */
  asked?: AskedMeasure;
  /** The paragraph being read answers the question paragraph before it: each of its sentences answers it. */
  answering?: boolean;
  /** The one day this paragraph's last dated sentence gave, while no sentence since has moved in time. */
  day?: number;
  /** What this paragraph's last count said it counted: what a figure reported bare counts (`Albrey counts 400`). */
  counted?: { kind: string; thing?: string };
  /**
   * The one day the text gave each kind of event the lexicon lacks (`the great eruption of 7 April
   * 1919`): the day `the eruption` later tells of. Null once it gave that kind two days.
   */
  eventDays?: Readonly<Record<string, number | null>>;
  /** The day a source's dateline above dates its entry (`**Septr. 3rd, 1891.** — …`): the moment of its running counts. */
  entryDay?: number;
  /**
   * What this paragraph has named so far: only people, places or events the corpus never writes
   * (`outside`), or something it does (`known`, which stays for the rest of the paragraph).
   */
  names?: 'outside' | 'known';
  /** The last sentence named something the corpus never writes (not where something was): what `the battle` after it may mean. */
  outsideLast?: true;
  /**
   * The last few events the text named by a name, each once (`the Brannock Light`, then `the Pier
   * Light`): whether `the light` may be either of two whose names conflict.
   */
  kinds?: EventRef[];
  /** The number of the numbered item being read (`3. How long …?`, `**4.** The siege …`, `3. 199 days`). */
  item?: number;
  /** What each numbered question asked, by its number: what the answer of the same number tells of (`## Answers` / `3. 199 days`). */
  questions?: Readonly<Record<number, QuestionAsked>>;
}

/** What a numbered question's paragraph had named when it asked, and what it asked to be counted or timed. */
export interface QuestionAsked {
  paragraph: EventRef[];
  last: EventRef[];
  topic?: EventRef;
  asked?: AskedMeasure;
}

/** What a question asks to be counted, and over what span (`How many became prisoners over the whole war?`). */
export interface AskedMeasure {
  kind: string;
  scope?: string;
  /** A count unless it says otherwise (`How long did it last?` asks for a length, `When was it signed?` for a date). */
  dimension?: 'duration' | 'date';
  /** What someone's own thing the question asks the length of (`How long did the Luftwaffe's airlift go on?`: `airlift`). */
  thing?: string;
}

/** Two references to events of one kind, by type and word (`the strike`, `the lockout`). */
export function sameKind(a: EventRef, b: EventRef): boolean {
  return a.type === b.type && a.word === b.word;
}

function compatibleOrdinal(a: EventRef, b: EventRef): boolean {
  return a.ordinal === undefined || b.ordinal === undefined || a.ordinal === b.ordinal;
}

const FIELDS: ReadonlyArray<keyof State> = ['headings', 'headingYears', 'paragraph', 'topic', 'last', 'recent', 'unit', 'year', 'table', 'question', 'previous', 'asked', 'answering', 'day', 'counted', 'eventDays', 'entryDay', 'names', 'outsideLast', 'kinds', 'tableUnit', 'headingUnit', 'captionNext', 'itIsThing', 'item', 'questions'];
/** Each field's JSON, kept with its value: a change replaces a field's array, so an unchanged one is written once. */
const FIELD_JSON = new WeakMap<object, string>();

function fieldJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value) && value.length === 0) return '[]';
  let json = FIELD_JSON.get(value);
  if (json === undefined) FIELD_JSON.set(value, (json = JSON.stringify(value)));
  return json;
}

/**
 * Whether two states have the same key, from the field at `from` on (0: the whole key), found field
 * by field: a field the two share, as most are, is the same without its JSON, and no key is joined.
 * (The key is the fields' JSON joined by \u0002, which JSON never holds: equal keys, equal fields.)
 * With `renamed`, a field that holds references is also the same where each of `a`'s references
 * that is one of `renamed.from` is `b`'s of the same place in `renamed.to`, and the rest are the same
 * (a title's references for another title's, see titles.ts).
 */
export function sameFieldsFrom(a: DiscourseSnapshot, b: DiscourseSnapshot, from = 0, renamed?: Renaming): boolean {
  if (a === b) return true;
  for (let i = from; i < FIELDS.length; i++) {
    const x = a.state[FIELDS[i]!];
    const y = b.state[FIELDS[i]!];
    if (x === y || sameElements(x, y)) continue;
    if (renamed && REF_FIELDS.has(FIELDS[i]!) && sameRenamed(x as EventRef | EventRef[] | undefined, y as EventRef | EventRef[] | undefined, renamed)) continue;
    if (fieldJson(x) !== fieldJson(y)) return false;
  }
  return true;
}

/** References renamed: each of `from` is the one of `to` at the same place. */
export interface Renaming {
  readonly from: readonly EventRef[];
  readonly to: readonly EventRef[];
}

/** The fields after the headings that hold references to events (what `it`, `the siege` and `the town` may mean). */
export const REF_FIELDS: ReadonlySet<keyof State> = new Set(['paragraph', 'topic', 'last', 'recent', 'previous', 'kinds']);

/** A reference, or a list of them, that is another once renamed. */
function sameRenamed(x: EventRef | EventRef[] | undefined, y: EventRef | EventRef[] | undefined, renamed: Renaming): boolean {
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameRefRenamed(x[i]!, y[i]!, renamed)) return false;
    return true;
  }
  return x !== undefined && y !== undefined && !Array.isArray(x) && !Array.isArray(y) && sameRefRenamed(x, y, renamed);
}

/** A renamed reference that is the other's new name, or two not renamed that are the same by their JSON, as a key would say. */
function sameRefRenamed(x: EventRef, y: EventRef, renamed: Renaming): boolean {
  const i = renamed.from.indexOf(x);
  if (i >= 0) return renamed.to[i] === y;
  return !renamed.to.includes(y) && (x === y || fieldJson(x) === fieldJson(y));
}

/** Two arrays of the same objects (a list of refs remade, as `remember` remakes it, of the refs it had). */
function sameElements(x: unknown, y: unknown): boolean {
  if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The field after the headings' years: what sameButTitle compares from. */
export const AFTER_HEADING_YEARS = FIELDS.indexOf('headingYears') + 1;

/** Ids of the states seen, by key (bounded: after a reset, a state seen again gets a new id). */
const STATE_IDS = new Map<string, number>();
let nextStateId = 0;

function stateId(key: string): number {
  let id = STATE_IDS.get(key);
  if (id === undefined) {
    if (STATE_IDS.size > 2_000) STATE_IDS.clear();
    STATE_IDS.set(key, (id = nextStateId++));
  }
  return id;
}

/**
 * A discourse as it stood after some text: `key` says what it holds (two snapshots with one key are
 * the same state), so that a check can be memoised by it and the state restored without reading again.
 */
export interface DiscourseSnapshot {
  readonly key: string;
  /** A short name for `key`: equal states have equal ids (for memo keys, which are hashed often). */
  readonly id: number;
  readonly state: Readonly<State>;
  /** The state a new paragraph starts from, after this one: [a list item, a paragraph of prose]. */
  afterParagraphStart?: [DiscourseSnapshot | undefined, DiscourseSnapshot | undefined];
  /** The states headings lead to from this one, by heading. */
  afterHeading?: Map<string, DiscourseSnapshot>;
}

/** A snapshot of a state (never changed after), its key written out (and its id named) when first asked for. */
export function snapshotOf(state: State): DiscourseSnapshot {
  let key: string | undefined;
  let id: number | undefined;
  return {
    state,
    get key() {
      return (key ??= FIELDS.map((f) => fieldJson(state[f])).join('\u0002'));
    },
    get id() {
      return (id ??= stateId(this.key));
    },
  };
}

export class Discourse {
  private state: State = { headings: [], headingYears: [], paragraph: [], recent: [], last: [] };
  private saved?: DiscourseSnapshot;
  /** The year the whole text is set in before anything in it sets one: see startIn. */
  private startYear?: number;

  /**
   * `keyed`: each snapshot's key is written out, and its id named, when it is taken; else only if
   * asked for (a checker's: it finds the blocks it kept by their states compared field by field, and
   * only its memo of sentences asks for ids).
   */
  constructor(private readonly keyed = true) {}

  /** The state as it stands (a change replaces the state's arrays, never writes into them: no deep copy). */
  save(): DiscourseSnapshot {
    if (!this.saved) {
      this.saved = snapshotOf({ ...this.state });
      // (Named now, in the order states are met, as they always were.)
      if (this.keyed) void this.saved.id;
    }
    return this.saved;
  }

  /**
   * The subjects and years of the headings above, as they stand. (Not through save(): a reading asks
   * for them at every value, and a snapshot's key, written out, is wanted only between blocks.)
   */
  protected headingsAbove(): { readonly headings: readonly EventRef[][]; readonly headingYears: ReadonlyArray<number | null> } {
    return this.state;
  }

  /** The references the state holds after the headings (REF_FIELDS), as they stand. */
  protected refsHeld(): Pick<Readonly<State>, 'paragraph' | 'topic' | 'last' | 'recent' | 'previous' | 'kinds'> {
    return this.state;
  }

  restore(saved: DiscourseSnapshot): void {
    if (saved === this.saved) return;
    this.state = { ...saved.state };
    this.saved = saved;
  }

  private change(): State {
    this.saved = undefined;
    return this.state;
  }

  /** A heading starts a section about what it names (and a reader comment starts afresh with none). */
  heading(depth: number, refs: EventRef[], year?: number, elsewhere = false, entryDay?: number, unit?: string): void {
    const from = this.saved;
    const step = `${depth}|${year ?? ''}|${fieldJson(refs)}|${elsewhere}|${entryDay ?? ''}|${unit ?? ''}`;
    const known = from?.afterHeading?.get(step);
    if (known) return this.restore(known);
    this.readHeading(depth, refs, year, entryDay);
    if (unit !== undefined || this.state.headingUnit !== undefined) {
      const s = this.change();
      if (unit !== undefined) s.headingUnit = unit;
      else delete s.headingUnit;
      delete s.captionNext;
    }
    // (`## Berlin`, after a section on Stalingrad: `the fight` is no longer the battle named before.)
    if (elsewhere) this.change().recent = [];
    if (from) (from.afterHeading ??= new Map()).set(step, this.save());
  }

  private readHeading(depth: number, refs: EventRef[], year?: number, entryDay?: number): void {
    const s = this.change();
    if (entryDay === undefined) delete s.entryDay;
    else s.entryDay = entryDay;
    s.headings = s.headings.slice(0, Math.max(0, depth - 1));
    s.headings[Math.max(0, depth - 1)] = refs;
    s.headingYears = s.headingYears.slice(0, Math.max(0, depth - 1));
    s.headingYears[Math.max(0, depth - 1)] = year ?? null;
    s.paragraph = [];
    s.last = [];
    delete s.previous;
    delete s.day;
    s.topic = refs[0];
    s.year = year ?? s.year;
    for (const ref of refs) this.remember(ref);
  }

  /** A reader comment, say: nothing before it is what it speaks of. */
  reset(): void {
    this.state = { headings: [], headingYears: [], paragraph: [], recent: [], last: [], ...(this.startYear !== undefined ? { year: this.startYear } : {}) };
    this.saved = undefined;
  }

  /**
   * A new paragraph starts afresh, except after a question (what the question named is what its
   * answer is about); a paragraph of prose may go on about the one subject the last ended on (see
   * previousSubject), a list item (an entry of its own, as in a timeline) never does.
   */
  paragraphStart(prose = true): void {
    // (A heading is a table's caption only when the table is the first block under it.)
    if (this.state.headingUnit !== undefined) {
      const s = this.change();
      if (s.captionNext) {
        delete s.headingUnit;
        delete s.captionNext;
      } else s.captionNext = true;
    }
    const s0 = this.state;
    if (s0.paragraph.length === 0 && s0.table === undefined && s0.last.length === 0 && !s0.question && s0.previous === undefined && s0.asked === undefined &&
      s0.day === undefined && s0.counted === undefined && s0.names === undefined && s0.outsideLast === undefined) return;
    // From a saved state, the same step leads to the same state: taken from the snapshot, it costs
    // nothing on the next keystroke.
    const from = this.saved;
    const known = from?.afterParagraphStart?.[prose ? 1 : 0];
    if (known) return this.restore(known);
    const s = this.change();
    s.paragraph = [];
    // (The last sentence's one event: `the town` it also named is where, not what.)
    const events = s.last.filter((r) => r.type !== undefined && r.type !== 'place');
    if (prose && events.length === 1 && !s.question) s.previous = events[0];
    else delete s.previous;
    // (`it` in a new paragraph is the one event the last ended on, what a question asked about or
    // what a heading above names; not a topic from paragraphs before, which a paragraph that told of
    // no event has left behind.)
    if (!s.question && s.previous === undefined && s.topic !== undefined && !s.headings.some((h) => h.includes(s.topic!))) delete s.topic;
    delete s.itIsThing;
    if (!s.question) s.last = [];
    // (`**How long did it last?**` / `199 days (Vane). About five months (Orm).`: the rest of a
    // question's paragraph answers it, and the whole next one when the question ends its own; no
    // paragraph after that does.)
    if (!s.question) {
      delete s.answering;
      delete s.asked;
    }
    delete s.question;
    delete s.table;
    delete s.tableUnit;
    delete s.day;
    delete s.counted;
    delete s.names;
    delete s.outsideLast;
    if (from) (from.afterParagraphStart ??= [undefined, undefined])[prose ? 1 : 0] = this.save();
  }

  /** A table's header row: the columns its later rows' cells are read under. */
  tableHeader(cells: string[], unit?: string): void {
    const s = this.change();
    s.table = cells;
    const counted = unit ?? s.headingUnit;
    if (counted !== undefined) s.tableUnit = counted;
  }

  /** The body of men the table being read counts (see State.tableUnit). */
  tableUnit(): string | undefined {
    return this.state.tableUnit;
  }

  table(): readonly string[] | undefined {
    return this.state.table;
  }

  /**
   * What a sentence mentions without making it a subject: places (`at Whelk Strand`, what `there` may
   * refer to) and kinds of event named in the plural (`the famines`, what `the first` is one of).
   */
  mentioned(refs: EventRef[]): void {
    if (refs.length === 0) return;
    this.change();
    for (const r of refs) this.remember(r);
  }

  /**
   * After a sentence: what it named becomes what later sentences may refer to. A sentence about a
   * thing that names no event (`The register is less helpful.`) leaves `it` that thing: no event.
   */
  sentenceRead(subjects: EventRef[], unit: string | undefined, year: number | undefined, question = false, thing: boolean | 'named' = false, asked?: AskedMeasure, breach = false): void {
    // (`thing` is `named` where the sentence names the thing: `it` may then be told by that name, not only as no event.)
    const unnamedThing = thing === true && this.state.itIsThing !== true;
    const forget = thing !== false && subjects.length === 0 && (this.state.topic !== undefined || unnamedThing);
    // (`The violation of the treaty on 22 June …`: a breach is an event of its own, and what the
    // paragraph goes on about is no longer the one the paragraph before ended on.)
    if (breach && this.state.previous !== undefined) delete this.change().previous;
    const keepAsked = asked === undefined && !question && this.state.answering === true;
    if (!forget && subjects.length === 0 && unit === undefined && (year === undefined || year === this.state.year) && question === (this.state.question ?? false) &&
      (asked === this.state.asked || keepAsked)) return;
    const s = this.change();
    if (forget) delete s.topic;
    if (forget && thing === true) s.itIsThing = true;
    if (subjects.length > 0 || thing === 'named') delete s.itIsThing;
    if (question) s.question = true;
    else delete s.question;
    if (asked !== undefined) s.asked = asked;
    else if (!keepAsked) delete s.asked;
    if (question) s.answering = asked !== undefined;
    for (const ref of subjects) {
      s.paragraph = [...s.paragraph.filter((r) => r.text !== ref.text && refRelation(r, ref) !== 'same'), ref];
      this.remember(ref);
    }
    if (subjects.length > 0) delete s.previous;
    if (subjects[0]) {
      s.topic = subjects[0];
      s.last = subjects;
    }
    if (unit !== undefined) s.unit = unit;
    if (year !== undefined) s.year = year;
    if (question && s.item !== undefined) s.questions = { ...s.questions, [s.item]: { paragraph: s.paragraph, last: s.last, ...(s.topic ? { topic: s.topic } : {}), ...(s.asked ? { asked: s.asked } : {}) } };
  }

  /**
   * A numbered item begins (or a block that is none): an item numbered as a question asked before
   * (`3. How long did the siege of Karsk last?`, then under `## Answers`, `3. 199 days`) answers that
   * question, as a paragraph right after a question answers it, whatever was asked in between.
   */
  numberedItem(item: number | undefined): void {
    if (item === undefined && this.state.item === undefined) return;
    const asked = item === undefined ? undefined : this.state.questions?.[item];
    const s = this.change();
    if (item === undefined) delete s.item;
    else s.item = item;
    if (!asked) return;
    s.paragraph = asked.paragraph;
    s.last = asked.last;
    if (asked.topic) s.topic = asked.topic;
    else delete s.topic;
    if (asked.asked) s.asked = asked.asked;
    else delete s.asked;
    s.answering = asked.asked !== undefined;
    delete s.previous;
    // (What the question named is what `the city` and `the siege` now refer back to.)
    for (const ref of asked.paragraph) this.remember(ref);
  }

  /**
   * `On 3 February 1741 an avalanche buried a caravan. 54 people died.`: the one day a sentence gives
   * is the day the paragraph's next sentences tell of, until one gives a date of its own or moves in
   * time (`later`, `the next day`: `moved`).
   */
  dayTold(day: number | undefined, moved: boolean): void {
    const next = day ?? (moved ? undefined : this.state.day);
    if (next === this.state.day) return;
    const s = this.change();
    if (next === undefined) delete s.day;
    else s.day = next;
  }

  /** `The jury inquired into 43 deaths.`: what the paragraph's figures reported bare count, until another count says. */
  countTold(counted: { kind: string; thing?: string }): void {
    const now = this.state.counted;
    if (now?.kind === counted.kind && now.thing === counted.thing) return;
    this.change().counted = counted;
  }

  /**
   * What a sentence named: names the corpus never writes, and whether any it does; and whether one it
   * never writes was named other than as where something was (see outsideLast).
   */
  namesRead(outside: boolean, known: boolean, outsideThing: boolean): void {
    const next = known ? 'known' : this.state.names ?? (outside ? 'outside' : undefined);
    if (next !== this.state.names) this.change().names = next;
    if (outsideThing !== (this.state.outsideLast === true)) {
      const s = this.change();
      if (outsideThing) s.outsideLast = true;
      else delete s.outsideLast;
    }
  }

  /** Whether the sentence before named something the corpus never writes (see namesRead). */
  namedOutsideLast(): boolean {
    return this.state.outsideLast === true;
  }

  /** Whether the paragraph so far names only what the corpus never writes (see namesRead). */
  namesOnlyOutside(): boolean {
    return this.state.names === 'outside';
  }

  /** What the paragraph's last count counted (see countTold). */
  counted(): { kind: string; thing?: string } | undefined {
    return this.state.counted;
  }

  /**
   * `The great eruption of 7 April 1919 …`: a kind of event the lexicon lacks, given one day, is what
   * `the eruption` tells of from then on, in any paragraph; a text that gives the kind two days leaves
   * `the eruption` with none (which of them it is would be a guess).
   */
  eventDayTold(word: string, day: number): void {
    const now = this.state.eventDays?.[word];
    if (now === day || now === null) return;
    const s = this.change();
    s.eventDays = { ...s.eventDays, [word]: now === undefined ? day : null };
  }

  /** The one day the text gave this kind of event, if it gave one (see eventDayTold). */
  eventDay(word: string): number | undefined {
    return this.state.eventDays?.[word] ?? undefined;
  }

  /** The day the paragraph's sentences tell of, if one gave it (see dayTold). */
  /** The day a source's dateline above dates its entry. */
  entryDay(): number | undefined {
    return this.state.entryDay;
  }

  day(): number | undefined {
    return this.state.day;
  }

  /**
   * `After Kessary, Tarrant could station 800 men`: an event a time is told from is no subject a later
   * `the city` or `it` refers to, but one of the kind the text has named: with another, a later `the
   * treaty` is unsure which (see namedSeveral).
   */
  toldFrom(refs: EventRef[]): void {
    const named = refs.filter((r) => r.key !== undefined && r.type !== undefined && r.type !== 'place' && !this.state.kinds?.some((k) => k.key === r.key && k.type === r.type));
    if (named.length === 0) return;
    this.change();
    // (A name told bare, `Kessary`, is called by its kind's own word, as `the Treaty of Kessary` is.)
    for (const r of named) this.rememberKind(r.word === undefined ? { ...r, word: r.type } : r);
  }

  private remember(ref: EventRef): void {
    const s = this.state;
    s.recent = [...s.recent.filter((r) => r.text !== ref.text), ref].slice(-RECENT);
    this.rememberKind(ref);
  }

  private rememberKind(ref: EventRef): void {
    const s = this.state;
    if (ref.key === undefined || ref.type === undefined || ref.type === 'place') return;
    // (The last few only, as with the events named lately: a name edited early in a long text leaves the
    // states of the blocks after it alike again soon, and so their readings kept.)
    s.kinds = [...(s.kinds ?? []).filter((r) => !(sameKind(r, ref) && refRelation(r, ref) !== 'conflict')), ref].slice(-RECENT);
  }

  /** Whether the text has lately named two events of this kind by names that conflict (see State.kinds). */
  namedSeveral(ref: EventRef): boolean {
    return (this.state.kinds ?? []).filter((r) => sameKind(r, ref)).length > 1;
  }

  /** The subjects named lately (the last few, oldest first), in this paragraph or before it. */
  recentSubjects(): readonly EventRef[] {
    return this.state.recent;
  }

  /** `the battle`, `the second siege`, `the invasion`: the most recent subject of that kind of event. */
  lastOfType(ref: EventRef): EventRef | undefined {
    for (let i = this.state.recent.length - 1; i >= 0; i--) {
      const r = this.state.recent[i]!;
      if (r.type === ref.type && r.word === ref.word && compatibleOrdinal(r, ref) && r !== ref) return r;
    }
    return undefined;
  }

  /**
   * The place the text named last after `ref` as where something was (`… died at Hollin Mill`, after
   * `At Tenter Lane …`), if any; not one only reached (`reached the Velm front`).
   */
  placeNamedSince(ref: EventRef): EventRef | undefined {
    const at = this.state.recent.indexOf(ref);
    for (let i = this.state.recent.length - 1; i > at && at >= 0; i--) {
      const r = this.state.recent[i]!;
      if (r.type === 'place' && r.key !== undefined && !r.reached) return r;
    }
    return undefined;
  }

  /** Whether the text has named an event of this kind that `known` does not know (`Operation Edelweiss`). */
  namesOtherOfType(ref: EventRef, known: (key: string) => boolean): boolean {
    return this.state.recent.some((r) => r.type === ref.type && r.key !== undefined && !known(r.key) && calledAlike(r, ref));
  }

  /** A name the text has given an event (`the Battle of Karsk`, then `for Karsk`). */
  named(key: string): EventRef | undefined {
    for (let i = this.state.recent.length - 1; i >= 0; i--) {
      const r = this.state.recent[i]!;
      if (r.key === key && r.type && !r.reached) return r;
    }
    return undefined;
  }

  /**
   * `the town`, `the city`: the most recent subject that has a name and can be a place; `the ford`,
   * `the bridge`: first one whose name says it (`Brannick Ford`). A place only taken or reached counts
   * when asked for (`the battle for the city`).
   */
  lastNamed(noun?: string, reached = false): EventRef | undefined {
    if (noun) {
      for (let i = this.state.recent.length - 1; i >= 0; i--) {
        const r = this.state.recent[i]!;
        // (`crossed the ford`, after `the First Battle of Aldermoor Ford`: the place its events are
        // named after, not which of them: the first battle's number is not the ford's.)
        if (r.key && r.key.split(' ').includes(noun)) return withoutNumber(r);
      }
    }
    // (`across the valley`, `on the island`: a stretch of country is no town an event was named after.)
    if (noun && (AREAS.has(noun) || BUILDINGS.has(noun))) return undefined;
    for (let i = this.state.recent.length - 1; i >= 0; i--) {
      const r = this.state.recent[i]!;
      if (r.key && PLACED.has(r.type ?? '') && (reached || !r.reached)) return r;
    }
    return undefined;
  }

  /** `seven months later`: the event named last (not a place). */
  lastEvent(): EventRef | undefined {
    return this.lastWhere((r) => r.type !== 'place');
  }

  /** `the second`: the last kind of event named (`the famines`, not `Karsk`, which has no kind). */
  lastKind(): EventRef | undefined {
    return this.lastWhere((r) => r.type !== undefined && r.type !== 'place');
  }

  private lastWhere(test: (r: EventRef) => boolean): EventRef | undefined {
    for (let i = this.state.recent.length - 1; i >= 0; i--) if (test(this.state.recent[i]!)) return this.state.recent[i];
    return undefined;
  }

  /** `the second began …`: the event named last with a number of its own (`the first blockade`). */
  lastNumbered(): EventRef | undefined {
    for (let i = this.state.recent.length - 1; i >= 0; i--) {
      const r = this.state.recent[i]!;
      if (r.ordinal !== undefined && r.type !== undefined && r.type !== 'place') return r;
    }
    return undefined;
  }

  /** `it`, `there`: the first subject of the last sentence that named one. */
  topic(): EventRef | undefined {
    return this.state.topic;
  }

  /** Whether `it` now refers to a thing that is no event (see State.itIsThing). */
  itIsThing(): boolean {
    return this.state.itIsThing === true;
  }

  paragraphSubjects(): readonly EventRef[] {
    return this.state.paragraph;
  }

  /**
   * `The death toll is still argued over.`: a paragraph that has named nothing yet goes on about the
   * one subject the paragraph before it ended on, if it ended on one.
   */
  previousSubject(): EventRef | undefined {
    return this.state.previous;
  }

  /** What the last sentence of this paragraph that named anything named. */
  lastSubjects(): readonly EventRef[] {
    return this.state.last;
  }

  /** The subjects of the nearest heading that names any. */
  headingSubjects(): readonly EventRef[] {
    for (let i = this.state.headings.length - 1; i >= 0; i--) {
      const refs = this.state.headings[i];
      if (refs && refs.length > 0) return refs;
    }
    return [];
  }

  /** Whether a subject the text named is one of the nearest heading's (see headingSubjects). */
  isHeadingSubject(ref: EventRef): boolean {
    return this.headingSubjects().includes(ref);
  }

  /** The year the nearest heading or dateline above sets the text in: which of a repeated event it tells of. */
  sectionYear(): number | undefined {
    for (let i = this.state.headingYears.length - 1; i >= 0; i--) {
      const y = this.state.headingYears[i];
      if (typeof y === 'number') return y;
    }
    return undefined;
  }

  unit(): string | undefined {
    return this.state.unit;
  }

  /** What the question just before asked to be counted, if it did. */
  asked(): AskedMeasure | undefined {
    return this.state.asked;
  }

  year(): number | undefined {
    return this.state.year;
  }

  /**
   * The year a text is set in before anything in it sets one (a source that writes one year only); a
   * reset, at a reader comment, starts in it again.
   */
  startIn(year: number): void {
    this.startYear = year;
    if (this.state.year === undefined) this.change().year = year;
  }
}
