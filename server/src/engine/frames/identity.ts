// Identity: whether two frames are the same fact. Decided slot by slot, before and apart from their
// values. A conflict on any slot is a veto; a strong match needs the same subject and the same
// measure; a weak match has no conflict and something known in common; anything else is unrelated.
import { ACTIVITIES, ACTIVITY_OF_TYPE, COUNTED_THINGS, DOCUMENT_TYPES, EVENT_TYPES, PEOPLE_PARTS } from './lexicon.js';
import { fromContext, guessedSubject, type Endpoint, type EventRef, type FactFrame, type Measure, type Subject } from './types.js';
import { wordTable } from '../wordTable.js';
import { yearOfDay } from '../dates.js';
import { shapedFrame, shapedRef, shapedRefs, shapedSubject } from '../frameShape.js';

export type Relation = 'same' | 'weak' | 'different' | 'unrelated';

/** The decision and the slot that made it, in words a writer can read ("a different siege"). */
export interface Decision {
  relation: Relation;
  slot: string;
  reason: string;
}

/**
 * The corpus's events: how many of them a reference could be, and which one when it can be only one
 * (`the flood` in a corpus that tells of one flood; `the second siege of Karsk`).
 */
export interface EventResolver {
  lookup(ref: EventRef): { id?: string; count: number };
  /** The side the corpus puts a person on. */
  sideOf?(person: string): string | undefined;
  /** The event a name the corpus gives as another name stands for (`the Salt Winter` → the siege). */
  canonical?(ref: EventRef): EventRef;
  /** The first and last years the corpus dates the one event a reference surely is, if it dates it. */
  yearsOf?(ref: EventRef): readonly [number, number] | undefined;
  /**
   * Whether the corpus dates an event, where it calls it by `word` (`lockout`; '' for none), to years
   * apart (1883 and 1909): several happenings of its kind under one.
   */
  scattered?(id: string, word?: string): boolean;
  /** The years the corpus dates an event to where it calls it by `word` ('' for none). */
  wordYears?(id: string, word?: string): ReadonlySet<number> | undefined;
}

/** A lookup's answer, every one in one shape (`id` present, undefined when the ref is no one event): identity reads them in its hottest code. */
export function answer(id: string | undefined, count: number): { id?: string; count: number } {
  return { id, count };
}

export const NO_EVENTS: EventResolver = { lookup: () => answer(undefined, 0) };

/** Whether reasons are written: not while compareUnwritten decides. */
let writing = true;

/** A reason's words (a template's, the same text), or none while reasons are not written. */
function why(strings: TemplateStringsArray, ...values: unknown[]): string {
  if (!writing) return '';
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += `${values[i]}${strings[i + 1]!}`;
  return text;
}

/** A frame's sides: those it names, else those of the people it names, as the corpus places them. */
function sidesOf(frame: FactFrame, events: EventResolver): string[] | undefined {
  if (frame.sides) return frame.sides;
  const sides = (frame.agents ?? []).map((p) => events.sideOf?.(p)).filter((s): s is string => !!s);
  return sides.length > 0 ? [...new Set(sides)] : undefined;
}

/** related: two refs share a name the corpus gives more than one event (`Karsk`, when it tells of two sieges). */
type SlotRelation = 'same' | 'conflict' | 'unknown' | 'related';
/** A measure that fits the other's without being the same (an event's date and when it began). */
type MeasureRelation = SlotRelation | 'fits';

/**
 * Kinds of event that one name may be given either of (`the siege of Karsk`, `the battle for Karsk`;
 * one source's `disturbances` are another's `rising`).
 */
const FAMILIES: Record<string, string> = wordTable({ battle: 'fighting', siege: 'fighting', campaign: 'fighting', uprising: 'unrest', riot: 'unrest' });

/** An unnamed mishap a clause tells by its verb, beside a named event: see refRelation. */
function mishapWithin(local: EventRef, named: EventRef): boolean {
  return local.local === true && local.key === undefined && named.key !== undefined && !STRIFE.has(familyOf(local.type) ?? '') && !STRIFE.has(familyOf(named.type) ?? '');
}
const STRIFE = new Set(['fighting', 'war', 'unrest', 'strike']);

export function familyOf(type: string | undefined): string | undefined {
  if (type === undefined || type === 'place') return undefined;
  return FAMILIES[type] ?? type;
}

/** Name keys split into words, kept: the same few keys are compared on every check. */
const KEY_WORDS = new Map<string, string[]>();
function keyWords(key: string): string[] {
  let words = KEY_WORDS.get(key);
  if (!words) {
    if (KEY_WORDS.size > 2048) KEY_WORDS.clear();
    // (A one-word key in an array of its own: V8 gives a one-letter key's split, as UNKNOWN_NAME's,
    // holey elements, and the code that reads keys' words, having met only packed ones, was dropped at
    // the first unknown name typed.)
    KEY_WORDS.set(key, (words = key.includes(' ') ? key.split(' ') : [key]));
  }
  return words;
}

/**
 * Two name keys: the same when one's words are all the other's (`karsk`, `karsk ridge`); else two
 * names, even sharing a word (`aldham ford`, `aldham castl`: a ford and a castle of one place).
 */
export function keyRelation(a: string, b: string): SlotRelation {
  if (a === b) return 'same';
  const wa = keyWords(a);
  const wb = keyWords(b);
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return 'same';
  return 'conflict';
}

const LEXICON_KINDS: ReadonlySet<string> = new Set([...EVENT_TYPES.values(), 'place']);

/**
 * Two events of different kinds, one a kind only the corpus teaches (a crush, a feast): the lexicon
 * cannot say whether one happened within the other (a crush at a feast), so a value told of one may be
 * the other's; or two kinds of one renamed family (a riot and a rising). (They are still two events:
 * the registry keeps them apart.)
 */
function mayNest(a: EventRef, b: EventRef): boolean {
  if (a.type === undefined || b.type === undefined || a.type === b.type) return false;
  const family = familyOf(a.type);
  return !LEXICON_KINDS.has(a.type) || !LEXICON_KINDS.has(b.type) || (family === familyOf(b.type) && RENAMED_FAMILIES.has(family ?? ''));
}

/**
 * Families whose one happening sources call by different kinds and names (`the Late Disturbances`, `the
 * Kilvarrick Rising`): two such events may be one. (Battles and sieges are named after their places.)
 */
const RENAMED_FAMILIES: ReadonlySet<string> = new Set(['unrest']);

/**
 * Whether two references are called alike within their kind: neither calls it by a word of its own
 * (ANAPHOR_GROUPS), or both by the same (`the lockout` is not called as `the Bargain Strike` is).
 */
export function calledAlike(a: EventRef, b: EventRef): boolean {
  return a.word === undefined || b.word === undefined || a.word === b.word;
}

/** The refs a corpus makes that can name an event: a name, an ordinal or a year, not `the battle` alone. */
export function isNaming(ref: EventRef): boolean {
  return ref.key !== undefined || ref.ordinal !== undefined || ref.year !== undefined;
}

/** The numeral a name ends in (`II` of `Petrel II`), or ''. */
function numeralOf(text: string): string {
  return /\s([IVX]{1,4}|\d{1,2})$/.exec(text)?.[1] ?? '';
}

/** Two references to events, without the corpus: by name, kind, ordinal and year. */
export function refRelation(a: EventRef, b: EventRef): SlotRelation {
  if (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) return 'conflict';
  // (`the Petrel` and `the Petrel II`: a thing's name with a numeral after it names another thing, not
  // one of its kind's events that the bare name may be either of.)
  if (a.type === undefined && b.type === undefined && a.key !== undefined && a.key === b.key && numeralOf(a.text) !== numeralOf(b.text)) return 'conflict';
  // (`the Old Pump Room` and `the Grand Pump Room`: works by two names are two works, unless one name
  // is part of the other, `the Pump Room`.)
  // (Whatever years each is set in.)
  if (a.type === 'work' && b.type === 'work' && a.key !== undefined && b.key !== undefined && a.key !== b.key) return keyRelation(a.key, b.key);
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return 'conflict';
  const fa = familyOf(a.type);
  const fb = familyOf(b.type);
  // (`the roof of the Low Gallery gave way` and `the Low Gallery flood`: a mishap a clause tells only by
  // its verb may be a part of a named event of another kind, the way a collapse lets in a flood. Not a
  // fight or a riot, whose sides and places say which it is.)
  if (mishapWithin(a, b) || mishapWithin(b, a)) return 'unknown';
  if (a.key !== undefined && b.key !== undefined) {
    // Two kinds of event are two events, whatever words their names share (`the first flood of the
    // River Lowen`, `the Lowen Bridge Mill riot`).
    if (fa !== undefined && fb !== undefined && fa !== fb) return 'conflict';
    return keyRelation(a.key, b.key);
  }
  if (fa !== undefined && fb !== undefined && fa !== fb) return 'conflict';
  // Two unnamed references of one exact kind may be the same event; of different kinds, or called by
  // different words within the kind (an inquest and a trial, an invasion and an offensive), not.
  if (a.key === undefined && b.key === undefined && a.type !== undefined && b.type !== undefined && a.type !== b.type &&
    a.type !== 'place' && b.type !== 'place') return 'conflict';
  if (a.key === undefined && b.key === undefined && a.type === b.type && !calledAlike(a, b)) return 'conflict';
  return 'unknown';
}

/**
 * With the corpus: two references that each can be only one corpus event are the same when the
 * events are; a shared name is the same event only when neither could be another of that name.
 */
function resolvedRelation(a: EventRef, b: EventRef, events: EventResolver): SlotRelation {
  // (`Lyall's inquiry` and `Lyall opened his inquiry`: one person's own unnamed event of a kind is one
  // event; another person's, another.)
  if (a.owner !== undefined && b.owner !== undefined && a.key === undefined && b.key === undefined && a.type === b.type) {
    if (a.owner !== b.owner) return 'conflict';
    // (Unless one is numbered or dated and the other not, or they are set in different years: `Daunt's
    // siege` may be either of his two.)
    const apart = isNaming(a) !== isNaming(b) || (a.when !== undefined && b.when !== undefined && a.when !== b.when);
    if (!apart && refRelation(a, b) !== 'conflict') return 'same';
  }
  const la = events.lookup(a);
  const lb = events.lookup(b);
  if (la.id !== undefined && lb.id !== undefined) {
    if (la.id !== lb.id) return mayNest(a, b) || numberedMayBeDated(a, b, events) || numberedMayBeDated(b, a, events) ? 'unknown' : 'conflict';
    // (Each set in a year of its own, years apart, `the hurricane of 26 September 1919` and the gale a
    // journal tells under its dateline of 1834: not surely one, though the corpus tells of one storm.)
    if (a.key === undefined && b.key === undefined && a.when !== undefined && b.when !== undefined && Math.abs(a.when - b.when) > 1) return 'related';
    // (`Twenty-three dead … and a fire at the gasworks`, in a diary's entry of 1904, where the corpus
    // dates its one fire to 1887: set in a year it does not date that event to, not surely that one.)
    if (setInAnotherYear(a, events) || setInAnotherYear(b, events)) return 'related';
    // `an inquiry` and `his inquiry`, where the corpus dates its one inquiry to 1883 and 1909: one of
    // several, not surely the other's, unless both are set in the same year.
    // (Called by one word, `the lockout`, where the years apart are a strike's and a lockout's, it is one.)
    if (!isNaming(a) && !isNaming(b) && a.word === b.word && !(a.when !== undefined && a.when === b.when) && events.scattered?.(la.id, a.word) === true) return 'related';
    if (calledOfAnotherYear(a, b, la.id, events) || calledOfAnotherYear(b, a, la.id, events)) return 'related';
    // (`the inquest` and `the Board of Trade inquiry`, where the corpus dates what it takes for that
    // inquiry to years apart: an unnamed one called by another word is not surely the named one.)
    const unnamed = a.key !== undefined ? (isNaming(b) ? undefined : b) : b.key !== undefined && !isNaming(a) ? a : undefined;
    const years = unnamed && unnamed.word !== undefined && a.word !== b.word ? events.yearsOf?.(unnamed) : undefined;
    if (years && years[1] - years[0] > 1) return 'related';
    return 'same';
  }
  // `a second inquiry`, where the corpus tells of one inquiry it never numbers: not surely that one.
  if ((la.id === undefined && a.ordinal !== undefined && b.ordinal === undefined && lb.id !== undefined) ||
    (lb.id === undefined && b.ordinal !== undefined && a.ordinal === undefined && la.id !== undefined)) return 'unknown';
  const plain = refRelation(events.canonical?.(a) ?? a, events.canonical?.(b) ?? b);
  if (plain === 'conflict' && mayNest(a, b)) return 'unknown';
  if (plain === 'same' && (la.count > 1 || lb.count > 1)) return 'related';
  return plain;
}

/**
 * `the second fever` and `the typhoid of 1866`: an unnamed event the corpus knows only by its number,
 * and dates to no year, may be the one of its kind another reference knows only by its year.
 */
function numberedMayBeDated(a: EventRef, b: EventRef, events: EventResolver): boolean {
  return a.key === undefined && b.key === undefined && a.type === b.type && a.ordinal !== undefined && a.year === undefined &&
    b.ordinal === undefined && b.year !== undefined && events.yearsOf?.(a) === undefined;
}

/**
 * A reference set in a year and an undated one called by another word, of the corpus's one event of
 * their kind, which it dates to years apart, are not surely the same: where the corpus dates what the
 * other word calls only to other years (`the inquiry`, 1851, beside `his inquest` of 1858), or
 * where it dates what the first word calls to years apart (`inquest`: 1851 and 1858), which
 * the undated one may be any of.
 */
function calledOfAnotherYear(a: EventRef, b: EventRef, id: string, events: EventResolver): boolean {
  if (a.when === undefined || b.when !== undefined || isNaming(a) || isNaming(b) || a.word === b.word || !spansYears(events.yearsOf?.(a))) return false;
  // (Told just after a day of its own year, `The inquest was held on 3 March 1851. The inquiry sat …`, it is of that year.)
  if (b.told !== undefined) return Math.abs(b.told - a.when) > 1;
  const years = events.wordYears?.(id, b.word);
  if (years !== undefined && years.size > 0) return ![...years].some((y) => Math.abs(y - a.when!) <= 1);
  return events.scattered?.(id, a.word) === true;
}

const spansYears = (years: readonly [number, number] | undefined) => years !== undefined && years[1] - years[0] > 1;

/** An unnamed reference set in a year (its text's) more than a year from every year the corpus dates its event to. */
function setInAnotherYear(ref: EventRef, events: EventResolver): boolean {
  if (ref.when === undefined || isNaming(ref)) return false;
  const years = events.yearsOf?.(ref);
  return years !== undefined && (ref.when < years[0] - 1 || ref.when > years[1] + 1);
}

function describe(ref: EventRef): string {
  return ref.type && ref.type !== 'place' ? ref.type : 'subject';
}

function subjectRelation(a: Subject | undefined, b: Subject | undefined, events: EventResolver): [SlotRelation | 'related', string] {
  if (!a || !b || a.refs.length === 0 || b.refs.length === 0) return ['unknown', ''];
  if ((a.combined ?? false) !== (b.combined ?? false)) return ['conflict', 'a total of several events, not one of them'];
  // Every pair of references (this runs for every candidate statement of every claim: no arrays).
  let allConflict = true;
  let shared = false;
  let first: SlotRelation | undefined;
  for (const x of a.refs) {
    for (const y of b.refs) {
      const r = resolvedRelation(x, y, events);
      first ??= r;
      if (r !== 'conflict') allConflict = false;
      if (r === 'same' || r === 'related') shared = true;
    }
  }
  if (allConflict) {
    const [x, y] = [a.refs[0]!, b.refs[0]!];
    return ['conflict', why`a different ${describe(x.type ? x : y)} (${x.text} / ${y.text})`];
  }
  if (a.refs.length === 1 && b.refs.length === 1 && first === 'same') return ['same', why`same ${describe(a.refs[0]!)}`];
  return [shared ? 'related' : 'unknown', ''];
}

/**
 * An event's own date (`occurred`) or span fits when it began, ended, or was signed or issued; not an
 * act that follows it (a verdict, an arrest, a reopening), which is another event.
 */
const OWN_MOMENTS = new Set(['occurred', 'span', 'began', 'ended', 'issued', 'declared']);

function phaseFits(a: string, b: string): boolean {
  if (a === b) return true;
  const loose = (p: string) => p === 'occurred' || p === 'span';
  // (`The bridge was finished in 1878` and `opened on 2 August 1878`: a work's completion fits its opening.)
  const work = (p: string) => p === 'built' || p === 'opened';
  return (loose(a) && OWN_MOMENTS.has(b)) || (loose(b) && OWN_MOMENTS.has(a)) || (work(a) && work(b));
}

/** A date's moments (`began+captured`: a sentence may date two at once). */
export const phasesOf = (kind: string) => kind.split('+');

function phasesCompatible(a: string, b: string): boolean {
  return phasesOf(a).some((x) => phasesOf(b).some((y) => phaseFits(x, y)));
}

function phasesShared(a: string, b: string): boolean {
  return phasesOf(a).some((x) => phasesOf(b).includes(x));
}

/**
 * Two ends of a time between: different moments (`after it ended` / `after it was retaken`), or
 * different events at the same moment of theirs. `after the first siege had ended` and `after the
 * gale` may be one moment told two ways (a gale may end a siege): not a conflict.
 */
function endpointRelation(a: Endpoint | undefined, b: Endpoint | undefined, events: EventResolver): SlotRelation {
  if (!a || !b) return 'unknown';
  if (a.phase && b.phase && !phasesCompatible(a.phase, b.phase)) return 'conflict';
  if (a.ref && b.ref && (a.phase === undefined) === (b.phase === undefined)) {
    const r = resolvedRelation(a.ref, b.ref, events);
    if (r === 'conflict') return r;
  }
  return 'unknown';
}

/** Acts done to a place, dated: retaken, reached, entered. */
const PLACE_ACTS = new Set(['retook', 'arrived']);

/** Events whose date is the day they began (an invasion, an attack, an explosion, a flood). */
const ONSET_TYPES = new Set(['explosion', 'flood', 'attack', 'massacre', 'uprising']);

function isOnsetPair(a: FactFrame, b: FactFrame): boolean {
  const pa = phasesOf(a.measure.kind ?? '');
  const pb = phasesOf(b.measure.kind ?? '');
  if (!((pa.includes('occurred') && pb.includes('began')) || (pa.includes('began') && pb.includes('occurred')))) return false;
  const ref = a.subject?.refs[0];
  return ref !== undefined && (ONSET_TYPES.has(ref.type ?? '') || ref.word === 'invasion');
}

const ISSUE_MOMENTS = new Set(['', 'occurred', 'issued']);

/**
 * The claim (`a`) dates when a document it names by its name in its own sentence was issued (`Order
 * No. 227 was signed on …`, `Order No. 227 of August 1942`; not `the order`, nor `his own order`,
 * which may be another; not when it was read out or printed), and the source's date tells no other
 * moment of it.
 */
function isDocumentDatePair(a: FactFrame, b: FactFrame): boolean {
  const ref = a.subject?.refs.length === 1 ? a.subject.refs[0] : undefined;
  const named = ref?.key !== undefined && (a.subject!.via === 'clause' || a.subject!.via === 'sentence') && ref.text.toLowerCase().includes(ref.key.split(' ').pop()!);
  return named && DOCUMENT_TYPES.has(ref.type ?? '') && a.measure.kind === 'issued' && ISSUE_MOMENTS.has(b.measure.kind ?? '');
}

/** Events over in a moment (an accident, an explosion, a collapse): their one date is the day they happened. */
const INSTANT_TYPES = new Set(['accident', 'explosion', 'collapse']);
const HAPPENED_MOMENTS = new Set(['', 'occurred']);

/**
 * Both dates are of one event over in a moment, named in each one's own clause (`The Quillan Junction
 * collision happened on 18 November 1898` / `On 17 November 1898 … struck a goods train at Quillan
 * Junction`), and neither tells another moment of it: both are the day it happened.
 */
function isInstantDatePair(a: FactFrame, b: FactFrame): boolean {
  const named = (f: FactFrame) => f.subject?.refs.length === 1 && f.subject.via === 'clause' && INSTANT_TYPES.has(f.subject.refs[0]!.type ?? '');
  return named(a) && named(b) && HAPPENED_MOMENTS.has(a.measure.kind ?? '') && HAPPENED_MOMENTS.has(b.measure.kind ?? '') && (a.measure.kind ?? b.measure.kind) !== undefined;
}

/** Two dates of one event that are the one day it has, and which day that is; else undefined. */
function eventsOneDay(a: FactFrame, b: FactFrame, measure: MeasureRelation): string | undefined {
  // The date of an invasion, an attack, an explosion or a flood is the day it began.
  if (measure === 'fits' && isOnsetPair(a, b)) return 'the day it began';
  if (measure !== 'fits' && measure !== 'unknown') return undefined;
  // A document's date, told with no moment or as when it happened, is the day it was issued or signed.
  if (isDocumentDatePair(a, b)) return 'the day it was issued';
  return isInstantDatePair(a, b) ? 'the day it happened' : undefined;
}

/**
 * Activities that may be one another told in other words: fighting, a siege, holding a place, keeping a
 * port shut are all what an army does in one campaign. A strike, a detention or time underground are not.
 */
const MILITARY = new Set(['fighting', 'siege', 'campaign', 'war', 'holding', 'closure']);
/** A strike or a lockout shuts the works: how long it was shut is how long the strike went on. */
const STOPPAGE = new Set(['strike', 'closure']);

/** The activities the lexicon knows (`siege`, `strike`, `detention`): what is no one of them is a doing of its own (`handed`, `supporting`). */
const KNOWN_ACTIVITIES: ReadonlySet<string> = new Set(ACTIVITIES.values());

/** A length's thing that is a doing (`handed`, `stay`, `holding a part`), not an activity an event is. */
function isDoing(thing: string): boolean {
  return !KNOWN_ACTIVITIES.has(thing);
}

function kindredActivities(a: string, b: string): boolean {
  return (MILITARY.has(a) && MILITARY.has(b)) || (STOPPAGE.has(a) && STOPPAGE.has(b));
}

/** Two times between that are counted from, or up to, different events (`ten months after it was retaken` / `after the first siege ended`). */
export function endsConflict(a: Measure, b: Measure, events: EventResolver = NO_EVENTS): boolean {
  return endpointRelation(a.from, b.from, events) === 'conflict' || endpointRelation(a.to, b.to, events) === 'conflict';
}

function sameEndpoints(a: Measure, b: Measure, events: EventResolver): boolean {
  if (!a.from?.ref || !b.from?.ref || !a.to?.phase || a.to.phase !== b.to?.phase || a.from.ref.guessed || b.from.ref.guessed) return false;
  return resolvedRelation(a.from.ref, b.from.ref, events) === 'same';
}

const MEASURE_WORDS: Record<string, string> = { count: 'thing counted', duration: 'kind of time', date: 'moment', fraction: 'whole' };

/** Kinds of count only people are counted by (a count of dead sheep is `deaths` of `sheep`, which the lexicon classes). */
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['strikers', 'prisoners', 'wounded', 'casualties', 'arrests', 'executions', 'desertions', 'workforce', 'deportations', 'evacuations', 'homeless']);

/** The things the lexicon classes counts by (`people`, `ships`, `sheep`): any other is a word of the writer's own. */
const THINGS_CLASSED: ReadonlySet<string> = new Set(COUNTED_THINGS.values());

/** What a share's people suffered or held, which no other state is. */
const SHARE_DEEDS: ReadonlySet<string> = new Set(['lost', 'held']);

/**
 * Kinds of count that fit each other and are neither surely the other: an army's `losses`, said in no
 * other word, may be its dead or all its casualties; men seized may be told as arrested or as taken;
 * men something went with, as aboard or as a force.
 */
function lossesFit(a: string, b: string): boolean {
  const other = a === 'losses' ? b : b === 'losses' ? a : undefined;
  // (`112 diggers were taken prisoner` and `112 diggers were arrested`: men seized may be told either way.)
  const seized = (a === 'arrests' && b === 'prisoners') || (a === 'prisoners' && b === 'arrests');
  // (`The Ardent left Oddny Head with sixteen men`: the men something goes with may be those aboard or a force.)
  const wentWith = (a === 'aboard' && b === 'strength') || (a === 'strength' && b === 'aboard');
  // (`buried 161 of our townspeople` and `killed 143 people`: the buried are dead, perhaps not all the dead.)
  const buried = (a === 'burials' && b === 'deaths') || (a === 'deaths' && b === 'burials');
  return seized || wentWith || buried || other === 'deaths' || other === 'casualties';
}

function measureRelation(dimension: string, a: Measure, b: Measure, events: EventResolver): [MeasureRelation, string] {
  const what = MEASURE_WORDS[dimension] ?? 'measure';
  // What a counted group did (`seized`) is a measure only beside the same deed: other words may tell it.
  const act = (m: Measure) => m.kind?.startsWith('act:') === true;
  if (act(a) || act(b)) {
    if (a.kind === b.kind) return ['same', why`the same deed (${a.kind!.slice(4)})`];
    const relation = measureRelation(dimension, { ...a, kind: act(a) ? undefined : a.kind }, { ...b, kind: act(b) ? undefined : b.kind }, events);
    // (`she carried twelve women out` and `eighty-six women were asleep`: things someone's deed was done
    // to are some of those things, not surely all of them; the same thing alone is not the same measure.)
    const doneTo = (m: Measure) => m.kind?.startsWith('act:to-') === true;
    const byThingAlone = relation[0] === 'same' && (doneTo(a) || doneTo(b)) && (act(a) ? b.kind : a.kind) === undefined;
    return byThingAlone ? ['unknown', ''] : relation;
  }
  // (`on a single day he buried five` and `since October I have buried fifty-three`: burials are told of
  // a day, a week, a churchyard; two counts of them are never surely one fact, so they never disagree.)
  if (a.kind === 'burials' && b.kind === 'burials') return ['fits', why`burials both, of times or grounds perhaps not the same`];
  if (a.kind !== undefined && b.kind !== undefined) {
    const fits = dimension === 'date' ? phasesCompatible(a.kind, b.kind) : a.kind === b.kind || lossesFit(a.kind, b.kind);
    if (!fits) return ['conflict', why`a different ${what} (${a.kind} / ${b.kind})`];
    // An event's date (`the invasion on 21 June`) fits when it began, but does not say it is that.
    if (dimension === 'date' ? !phasesShared(a.kind, b.kind) : a.kind !== b.kind) return ['fits', why`a fitting ${what} (${a.kind} / ${b.kind})`];
  }
  // `Meal was handed out at the church door for 19 weeks` is the time a doing took, which no event's
  // own length (`It lasted nineteen weeks`) is.
  if (dimension === 'duration' && a.kind === 'length' && b.kind === 'length' && (a.thing === undefined) !== (b.thing === undefined) && isDoing(a.thing ?? b.thing!)) {
    return ['conflict', why`the time a doing took, not an event's length (${a.thing ?? b.thing})`];
  }
  // (Children are people: whether a count of them is a part of one of people, the bodies decide: peoplePart.)
  // (And those who suffered or did what only people do, called by a word the lexicon does not class,
  // `two hundred coopers came out`, are people: `the coopers of the town, some 180 men, struck`.)
  const partOfPeople = (x: string, y: string) => x === 'people' && (PEOPLE_PARTS.has(y) || (a.kind !== undefined && a.kind === b.kind && PEOPLE_KINDS.has(a.kind) && !THINGS_CLASSED.has(y)));
  // (Two states a share's people were in, neither dying nor held, may be told in other words: `moved`, `removed`.)
  const statesAlike = (x: string, y: string) => dimension === 'fraction' && !SHARE_DEEDS.has(x) && !SHARE_DEEDS.has(y);
  if (a.thing !== undefined && b.thing !== undefined && a.thing !== b.thing && !(dimension === 'duration' && kindredActivities(a.thing, b.thing)) &&
    !partOfPeople(a.thing, b.thing) && !partOfPeople(b.thing, a.thing) && !statesAlike(a.thing, b.thing)) {
    return ['conflict', why`${dimension === 'duration' ? 'a different activity' : 'a different thing'} (${a.thing} / ${b.thing})`];
  }
  if (endpointRelation(a.from, b.from, events) === 'conflict') return ['conflict', why`counted from a different event (${a.from!.text} / ${b.from!.text})`];
  if (endpointRelation(a.to, b.to, events) === 'conflict') return ['conflict', why`up to a different event (${a.to!.text} / ${b.to!.text})`];
  if (a.kind !== undefined && b.kind !== undefined) return ['same', why`same ${what} (${a.kind})`];
  // `a dozen bodies` and `twelve bodies`: what is counted, when neither says more, is the measure.
  if (dimension === 'count' && a.kind === undefined && b.kind === undefined && a.thing !== undefined && a.thing === b.thing && a.thing !== 'people') {
    return ['same', why`same ${what} (${a.thing})`];
  }
  return ['unknown', ''];
}

/**
 * `The fire killed eleven boys under sixteen`: a count of some of the people by age or sex is a part of
 * a toll that says no more of whom it counts (`| 1881 | Fire | 45 |`), never the toll. (Where either
 * names a body, `two of her children`, the body decides.)
 */
function peoplePart(a: FactFrame, b: FactFrame): boolean {
  if (a.dimension !== 'count' || a.group !== undefined || b.group !== undefined) return false;
  const [x, y] = [a.measure.thing, b.measure.thing];
  return PEOPLE_PARTS.has(x ?? '') !== PEOPLE_PARTS.has(y ?? '') && (x === undefined || y === undefined || x === 'people' || y === 'people');
}

/** A count of a place `alone` (group `alone moscow`) beside a count told at that place, no group of its own. */
function placeAlone(a: FactFrame, b: FactFrame): boolean {
  return a.group !== undefined && a.group === `alone ${a.place}` && b.group === undefined && b.place === a.place;
}

/** A count of some one unit, unnamed (`some regiment`), beside another body's: may be it, not surely. */
function someUnit(a: FactFrame, b: FactFrame): boolean {
  if (a.group === undefined || b.group === undefined || a.group === b.group) return false;
  return a.group.startsWith('some ') || b.group.startsWith('some ');
}

/** A group that is only the teller's own of a thing (`our diggers`) beside a count of that thing with no group. */
function ownThing(a: FactFrame, b: FactFrame): boolean {
  return a.group !== undefined && a.group.startsWith('own ') && b.group === undefined && b.measure.thing !== undefined && a.group.slice(4) === b.measure.thing;
}

/** A group's words without whose it is: `own children` and `own army` share no body of men. */
function bodyWords(group: string): string {
  return group.startsWith('own ') ? group.slice(4) : group;
}

function qualifierConflict(a: FactFrame, b: FactFrame, events: EventResolver): [string, string] | undefined {
  const sa = sidesOf(a, events);
  const sb = sidesOf(b, events);
  if (sa && sb && !sa.some((s) => sb.includes(s))) return ['side', `a different side (${sa.join(', ')} / ${sb.join(', ')})`];
  // A count of one body of men (`the 4th Lancers lost 96`) is not a count of all (`2,300 were killed`).
  // (A share's whole says whose it is: `all its soldiers` may be the Red Army's without naming it.)
  // (A share of the men within some kind of unit is not a share of all: `90% of the men in penal companies`.)
  const within = (a.group ?? b.group ?? '').startsWith('within ');
  // (So is a unit's own time, `the 4th Lancers held the ford for nine days`, not its event's: only those
  // of counts and of times carry a body of men alone.)
  // (`400 people in Ferrish alone` is Ferrish's part of a toll, as a count told at Ferrish is; not the
  // whole toll told with no place.)
  const samePlace = placeAlone(a, b) || placeAlone(b, a);
  // (A table under `**Losses of the Regiment**` counts some one unit, which may be any named one.)
  const anyUnit = someUnit(a, b);
  // (`it took ninety-one of our diggers`, in an engineer's letter: his diggers are the diggers another
  // text counts, `kills 91 diggers`.)
  const ownIsAll = ownThing(a, b) || ownThing(b, a);
  if (!samePlace && !ownIsAll && (((a.dimension !== 'fraction' || within) && (a.group === undefined) !== (b.group === undefined)) ||
    (a.group !== undefined && b.group !== undefined && !anyUnit && keyRelation(bodyWords(a.group), bodyWords(b.group)) === 'conflict'))) return ['group', `a different body of men (${a.group ?? 'all'} / ${b.group ?? 'all'})`];
  if (a.scope && b.scope && a.scope !== b.scope) return ['scope', `a different span of time (${a.scope} / ${b.scope})`];
  // (`the Soviet Union invaded Finland` is no invasion of the Soviet Union.)
  if (a.invaded && b.invaded && keyRelation(a.invaded, b.invaded) === 'conflict') return ['invaded', `an invasion of another land (${a.invaded} / ${b.invaded})`];
  // The dead of a disease (`368 died of plague`) are no toll of an event of another kind its sentence
  // names (`the fire killed six`), nor of another disease.
  const cause = diedOfOther(a, b) ?? diedOfOther(b, a);
  if (cause) return ['cause', cause];
  // Counts whose sentences are set at times that do not meet are of different happenings.
  if (a.dated && b.dated && (a.dated.high <= b.dated.low || b.dated.high <= a.dated.low)) return ['time', 'a different time (each sentence gives its own)'];
  // A count whose sentence gives a time is not of an event the other only takes from the text around it
  // (`43 people died`, under a heading of the Kettle Slide), when the corpus dates that event to other
  // years. (An event a sentence names itself may be told at another time: `When the inquiry met, the
  // Fund was paying 147 widows`, and the Fund's `52 widows` on the day it opened.)
  if ((fromContext(b.subject) && datedElsewhere(a, b, events)) || (fromContext(a.subject) && datedElsewhere(b, a, events))) {
    return ['time', 'a different time (the corpus dates the event to other years)'];
  }
  // A count for each day or week, a rate, is never what the whole came to, nor the whole a rate.
  const rate = (f: FactFrame) => f.scope?.startsWith('each ') === true;
  if (rate(a) !== rate(b)) return ['scope', `a different span of time (${a.scope ?? 'all'} / ${b.scope ?? 'all'})`];
  // A count so far (`61 are dead now`) is never the toll, nor the toll a count so far.
  if ((a.scope === 'so far') !== (b.scope === 'so far')) return ['scope', `a different span of time (${a.scope ?? 'all'} / ${b.scope ?? 'all'})`];
  return undefined;
}

/**
 * `The Courier reported 129 drowned in 1881`, a paragraph after one on the Black Gale of 1868: a subject
 * guessed from the text around, that the corpus dates to other years than the year the sentence gives,
 * is none; the frame is of no event known. (A day, `on 3 October`, may be of a count so far, told while
 * the event went on: see qualifierConflict.)
 */
function withoutMisdatedGuess(frame: FactFrame, events: EventResolver): FactFrame {
  if (!frame.subject || !fromContext(frame.subject) || !isOneYear(frame.dated) || !datedElsewhere(frame, frame, events)) return frame;
  const { subject: _subject, ...rest } = frame;
  return rest;
}

/**
 * Whether a count its sentence sets at a time (`On 27 February 1766 … killed 43 people`) is told of a
 * time the corpus does not date the other frame's named event to (the Kettle Slide, of 1741). (Not of
 * an unnamed one, `the riot`: the corpus's years of a kind it never names may be several events'.)
 */
export function datedElsewhere(dated: FactFrame, other: FactFrame, events: EventResolver): boolean {
  const ref = other.subject?.refs.length === 1 ? other.subject.refs[0]! : undefined;
  // (A name with no kind of event, `Aldreth`, may be a ship or a place, whose dates are of many happenings.)
  if (!dated.dated || ref?.key === undefined || ref.type === undefined || ref.type === 'place') return false;
  const years = events.yearsOf?.(ref);
  if (!years) return false;
  return yearOfDay(dated.dated.high - 1) < years[0] || yearOfDay(dated.dated.low) > years[1];
}

/** Why `died`, of a disease, is not the other frame's fact: its own sentence's event of another kind, or another disease. */
function diedOfOther(died: FactFrame, other: FactFrame): string | undefined {
  if (!died.cause) return undefined;
  if (other.cause && other.cause !== died.cause) return `a different disease (${died.cause} / ${other.cause})`;
  // (Its paragraph's event too: a heading's or the paragraph before's is a guess.)
  const said = other.subject && !guessedSubject(other.subject) && other.subject.refs.length === 1 ? other.subject.refs[0]! : undefined;
  return said?.type !== undefined && said.type !== 'place' && said.type !== 'epidemic' ? `died of ${died.cause}, not in the ${said.type}` : undefined;
}

/** What goes on in an event of this kind (a siege's siege, a quarantine's closure), if the lexicon says. */
function ownActivity(ref: EventRef | undefined): string | undefined {
  return ref?.type ? ACTIVITY_OF_TYPE[ref.type] : undefined;
}

/**
 * `The German advance lasted six months`, under a heading on a battle: a length of an activity its
 * sentence names, whose event is only a guess from the text around it, is surely that event's length
 * only where the activity is the event's very own (a battle's fighting), not a kindred one (a campaign's).
 */
function guessedOtherActivity(f: FactFrame): boolean {
  const thing = f.measure.thing;
  if (thing === undefined || !fromContext(f.subject)) return false;
  // (An activity of another family, `held for three weeks` in a paragraph on a strike, is one of its
  // own, which the rest of its frame identifies: a person held, a port closed.)
  return f.subject!.refs.every((r) => {
    const own = ownActivity(r);
    return own !== undefined && own !== thing && kindredActivities(own, thing);
  });
}

/** A length of an activity (`closed for 42 days`) whose event comes from the text around it, and is not what that event does. */
function activityWithin(f: FactFrame): boolean {
  const thing = f.measure.thing;
  if (f.dimension !== 'duration' || thing === undefined || !fromContext(f.subject)) return false;
  return !f.subject!.refs.some((r) => {
    const own = ownActivity(r);
    return own !== undefined && (own === thing || kindredActivities(own, thing));
  });
}

/**
 * Whether a frame's subject, when it is another event's, makes it another fact: not when the subject
 * is a guess (a heading's, the paragraph before's), nor for an activity within the event around it.
 * (What lets a large corpus's statements about other events go uncompared.)
 */
export function subjectDecides(f: FactFrame): boolean {
  return !guessedSubject(f.subject) && !activityWithin(f);
}

/**
 * Whether two frames' subjects are surely two events by their names alone, so that the frames are
 * different facts (compareFrames says so, at the subject or before): each says its own subject, every
 * reference of each is named, no two are both events the corpus resolves, and resolvedRelation calls
 * every pair a conflict. (What lets most of a large corpus go uncompared for a claim about an event
 * the corpus does not know; the ids of events it knows do the same.)
 */
export function surelyAnotherSubject(a: FactFrame, b: FactFrame, events: EventResolver): boolean {
  if (!a.subject?.refs.length || !b.subject?.refs.length || !subjectDecides(a) || !subjectDecides(b)) return false;
  // (A time between that counts from its own subject says nothing by that subject: conflictProvesNothing.)
  if (a.measure.kind === 'between' || b.measure.kind === 'between') return false;
  // (Two events the corpus knows are told apart by the registry's ids, where identify looks them up.)
  const named = (x: EventRef, y: EventRef) => x.key !== undefined && y.key !== undefined && (events.lookup(x).id === undefined || events.lookup(y).id === undefined);
  return a.subject.refs.every((x) => b.subject!.refs.every((y) => named(x, y) && resolvedRelation(x, y, events) === 'conflict'));
}

/** A length of an event told by the subject's own activity (`the quarantine lasted 42 days`: a closure). */
function activityOwn(f: FactFrame): boolean {
  const thing = f.measure.thing;
  return f.dimension === 'duration' && thing !== undefined && f.subject !== undefined && !fromContext(f.subject) && f.subject.refs.length === 1 &&
    ownActivity(f.subject.refs[0]) === thing;
}

/** One length names what went on (`closed for 42 days`), the other does not, and it is not the event's own activity. */
function otherActivity(a: FactFrame, b: FactFrame): boolean {
  const thing = a.measure.thing ?? b.measure.thing;
  if (thing === undefined || (a.measure.thing !== undefined && b.measure.thing !== undefined)) return false;
  const ref = (a.subject ?? b.subject)?.refs[0];
  return ref?.type === undefined || ownActivity(ref) !== thing;
}

function countsFromItsSubject(f: FactFrame, events: EventResolver): boolean {
  const from = f.measure.kind === 'between' ? f.measure.from?.ref : undefined;
  return from !== undefined && f.subject?.refs.length === 1 && resolvedRelation(f.subject.refs[0]!, from, events) === 'same';
}

/** `named` counts in one event its own sentence names after the place that `placed`, which names no event, says it was told at. */
function namedAfterPlace(named: FactFrame, placed: FactFrame): boolean {
  const ref = named.subject?.refs.length === 1 && !fromContext(named.subject) ? named.subject.refs[0]! : undefined;
  // (A count or a share: a time told at a place, `seven months after they were pushed back at Moscow`, runs between events.)
  const counted = named.dimension === 'count' || named.dimension === 'fraction';
  // (`the counterattack at Moscow`: an unnamed event at a place the clause says is named after it too.)
  const at = ref?.key ?? (named.placeGuessed ? undefined : named.place);
  return counted && ref !== undefined && ref.type !== undefined && ref.type !== 'place' && at !== undefined && !placed.subject &&
    placed.place !== undefined && !placed.placeGuessed && at === placed.place;
}

/** Kinds of event fought at one place, which their names name (`the Battle of Stalingrad`, `the siege of Karsk`). */
const PLACED_KINDS: ReadonlySet<string> = new Set(['battle', 'siege']);

/**
 * `named` counts in a battle or a siege its own sentence names after its place (`the Battle of
 * Stalingrad`), and `placed`, which names no event, is told at another place (`at the cost of over a
 * million casualties at Moscow`): two events.
 */
function placedAtAnother(named: FactFrame, placed: FactFrame, events: EventResolver): boolean {
  const ref = named.subject?.refs.length === 1 && !fromContext(named.subject) ? named.subject.refs[0]! : undefined;
  const counted = named.dimension === 'count' || named.dimension === 'fraction';
  if (!counted || ref?.key === undefined || !PLACED_KINDS.has(ref.type ?? '') || placed.subject || placed.place === undefined || placed.placeGuessed) return false;
  return events.lookup(ref).id !== undefined && keyRelation(ref.key, placed.place) === 'conflict' && (named.place === undefined || keyRelation(named.place, placed.place) === 'conflict');
}

/** Whether one frame is of a quarantine alone and the other of an epidemic alone (see conflictProvesNothing). */
function quarantineAndEpidemic(a: FactFrame, b: FactFrame): boolean {
  const only = (f: FactFrame) => f.subject?.refs.length === 1 ? f.subject.refs[0]!.type : undefined;
  return only(a) === 'quarantine' && only(b) === 'epidemic';
}

/** Two subjects that conflict, where that says nothing of whether the two values are one fact. */
/** A count of those tried at an unnamed trial (`a`), beside one of those tried, told of another event (`b`). */
function triedAtItsTrial(a: FactFrame, b: FactFrame): boolean {
  const trial = a.subject?.refs.length === 1 ? a.subject.refs[0]! : undefined;
  return a.measure.kind === 'tried' && b.measure.kind === 'tried' && trial?.type === 'inquiry' && trial.key === undefined &&
    b.subject?.refs.every((r) => r.type !== 'inquiry') === true;
}

/**
 * A qualifier that differs but may not tell two facts apart: a count so far may be all of it as then
 * known; a sum of the counts before it (`147 of the garrison killed and 130 townspeople dead, 277 in
 * all`) may be the whole toll, or only of those it adds.
 */
function unsureQualifier(a: FactFrame, b: FactFrame, [slot, reason]: [string, string], events: EventResolver): Decision | undefined {
  if (soFarAgainstAll(a, b, slot, events)) return { relation: 'weak', slot: 'scope', reason: why`${reason}, but a count so far may be all of it as then known` };
  if (slot === 'group' && (a.group === 'in all') !== (b.group === 'in all') && (a.group ?? b.group) === 'in all') return { relation: 'weak', slot: 'group', reason: why`${reason}, but a sum of the counts before it may be the whole` };
  return undefined;
}

function conflictProvesNothing(a: FactFrame, b: FactFrame, events: EventResolver): boolean {
  // A subject taken only from a heading (an essay's title, a page's) is a guess: it may make two
  // statements the same fact, but is no reason to call them different.
  if (guessedSubject(a.subject) || guessedSubject(b.subject)) return true;
  // `The Board closed the port for 42 days`, in a paragraph about an epidemic, is a closure within it:
  // the epidemic is no reason to call it a different fact from the length of the quarantine, whose own
  // activity a closure is. (A closure within a flood and one within an explosion stay different.)
  if ((activityWithin(a) && activityOwn(b)) || (activityWithin(b) && activityOwn(a))) return true;
  // `| 1761 | First quarantine | 40 days | 214 |` and `1761: the fever kills 214`: a quarantine is its
  // epidemic's, and the dead counted in one are the epidemic's: no reason to call them different facts.
  if (quarantineAndEpidemic(a, b) || quarantineAndEpidemic(b, a)) return true;
  // `On 21 July a crowd stormed the lazaretto, and soldiers killed nine`, in a paragraph about a
  // quarantine, and `| Lazaretto Riot, 21 July | 9 |`: the same one day and the same thing counted
  // say both tell of what happened that day, whatever the paragraph around one is about.
  if (sameDayCount(a, b) && (fromContext(a.subject) || fromContext(b.subject))) return true;
  // `After the Michaelmas Riot forty-one were tried` and `Forty-one men stood trial`: those tried for
  // an event are counted of it or of their trial, unnamed; no reason to call them different facts.
  if (triedAtItsTrial(a, b) || triedAtItsTrial(b, a)) return true;
  // `two years after Hitler and Stalin signed their pact`: a time between whose subject is the event
  // it counts from says nothing by that subject of which time it is.
  return countsFromItsSubject(a, events) || countsFromItsSubject(b, events);
}

/**
 * A subject that is surely another than the other frame's, where the subjects alone leave it
 * unknown: `Drage came back with thirty-one ships` is not of the first blockade; a count of a battle
 * its sentence names after its place (`1.1 million at Stalingrad`) is not one told at another place
 * with no event named (`over a million Soviet casualties at Moscow`).
 */
function returnOrElsewhere(a: FactFrame, b: FactFrame, subject: SlotRelation | 'related', events: EventResolver): Decision | undefined {
  const first = (f: FactFrame) => f.subject !== undefined && f.subject.refs.every((r) => r.ordinal === 1);
  if ((a.returning && first(b)) || (b.returning && first(a))) return { relation: 'different', slot: 'subject', reason: 'a return, not the first' };
  const named = subject !== 'unknown' ? undefined : placedAtAnother(a, b, events) ? a : placedAtAnother(b, a, events) ? b : undefined;
  if (!named) return undefined;
  const ref = named.subject!.refs[0]!;
  return { relation: 'different', slot: 'subject', reason: why`a ${ref.type!} named after another place (${ref.text} / ${(named === a ? b : a).place!})` };
}

/**
 * `I have now buried one-and-forty drowned in this Flood`, in a diary's entry twelve days after the
 * flood, against `41 people drowned`: a count so far differs from a count of all only by when it was
 * counted (its span, or its entry's day), and may be all of it as the writer then knew it. Not the
 * same fact surely, but no different one either. (Another subject still is.)
 */
function soFarAgainstAll(a: FactFrame, b: FactFrame, slot: string, events: EventResolver): boolean {
  const oneSoFar = (a.scope === 'so far') !== (b.scope === 'so far') && (a.scope ?? b.scope) === 'so far';
  return oneSoFar && (slot === 'time' || slot === 'scope') && subjectRelation(a.subject, b.subject, events)[0] !== 'conflict';
}

/**
 * A time between two events whose ends one tells and the other does not may run between others.
 * (`four and a half months after the surrender` tells an end by its moment alone.)
 */
function unsureEnds(a: FactFrame, b: FactFrame): boolean {
  if (a.measure.kind !== 'between') return false;
  const ends = (f: FactFrame) => f.measure.from !== undefined || f.measure.to !== undefined;
  // (`Eight years after the Kettle Slide, the pass saw bloodshed` / `Twenty-five years after the Kettle
  // Slide, the snow came for the hospice`: counted from one event, each up to what it tells, unread.)
  const fromOnly = (f: FactFrame) => f.measure.from !== undefined && f.measure.to === undefined;
  // (Unless both say where it was counted from, the same place: `two months after the victory at Moscow`,
  // `seven months after German forces were pushed back at Moscow`, each up to the same order; not where
  // only one counts from an event it names: `Six years later [than the fire] the brigade was back at
  // Hollin Mill` / `a boiler the inspector had passed only five weeks before burst … at Hollin Mill`.)
  const fromAnEvent = (f: FactFrame) => f.measure.from?.ref !== undefined;
  const countedFromOnePlace = samePlaceSaid(a, b) && fromAnEvent(a) === fromAnEvent(b);
  return !countedFromOnePlace && (ends(a) !== ends(b) || fromOnly(a) || fromOnly(b));
}

/** Both frames say the same place, neither only referring back to one. */
function samePlaceSaid(a: FactFrame, b: FactFrame): boolean {
  return a.place !== undefined && a.place === b.place && !a.placeGuessed && !b.placeGuessed;
}

/** Counts or shares of the same kind, each told with the same one day. */
function sameDayCount(a: FactFrame, b: FactFrame): boolean {
  return a.day !== undefined && a.day === b.day && (a.dimension === 'count' || a.dimension === 'fraction') &&
    a.measure.kind !== undefined && a.measure.kind === b.measure.kind;
}

/**
 * A time up to the reaching of one place is the same fact as another up to it, whatever each counts
 * from or names (`took three years and nine months to reach Berlin`, `two years and nine months of
 * fighting for the Soviets to take Berlin`); so is a time up to an attack on the same one (`the Red
 * Army attacked Japan three weeks after Germany fell`, `three months after the fall of the Nazi
 * regime, the Red Army marched against the Japanese Empire`). Up to the reaching of another place, or
 * an attack on another, it is not surely the same time: the one may lie in the other, `Manchuria` in
 * `the Japanese Empire`. (Of two times between whose measures are the same or unknown.)
 */
function timeUpToOneTarget(a: FactFrame, b: FactFrame, sameMeasure: boolean): Decision | undefined {
  const [toA, toB] = [a.measure.to, b.measure.to];
  if (toA?.place === undefined || toB?.place === undefined || toA.phase !== toB.phase) return undefined;
  const done = toA.phase === 'attacked' ? 'attacked' : 'reached';
  // (Counted from an event's end, `to reach Berlin after the battle ended`, it is what remained after
  // that event, not surely the whole time the other tells from no end.)
  const fromEnd = (f: FactFrame) => f.measure.from?.phase === 'ended';
  const endedAt = (f: FactFrame) => {
    const text = f.measure.from!.ref?.text ?? f.measure.from!.text;
    return /^(\p{Lu}|the )/u.test(text) ? text : `the ${text}`;
  };
  if (done === 'reached' && toA.place === toB.place && fromEnd(a) !== fromEnd(b)) return { relation: 'weak', slot: 'measure', reason: why`the time until ${toA.text} was ${done} from the end of ${endedAt(fromEnd(a) ? a : b)}, not surely the whole time` };
  if (toA.place === toB.place) return sameMeasure ? { relation: 'same', slot: 'measure', reason: why`same fact: the time until ${toA.text} was ${done}` } : undefined;
  return { relation: 'weak', slot: 'measure', reason: why`the time until ${toA.text} was ${done}, not surely until ${toB.text} was` };
}

/**
 * A time that is one whole year (`1881`, not `24 April 1921`): when a stock is counted. (A sentence's
 * one day may be of another count in it: `The census of 1911 counted 18,460 people, and the census of
 * 24 April 1921 counted only 12,930`.)
 */
export function isOneYear(t: { low: number; high: number } | undefined): boolean {
  return t !== undefined && yearOfDay(t.low) === yearOfDay(t.high - 1) && t.high - t.low >= 365;
}

/**
 * A count of things told by no deed, in a year its sentence or row gives (`| 1891 | 104 | 735 |` under
 * `| Census | Boats | Men |`): a stock counted then, as a population is, one a year; else it is vague.
 */
export function isDatedStock(frame: FactFrame): boolean {
  return frame.dimension === 'count' && frame.measure.kind === undefined && frame.measure.thing !== undefined && isOneYear(frame.dated);
}

/** People counted as a stock in one year on both sides: as boats are; any people at large are not. */
function peopleCountedInOneYear(a: FactFrame, b: FactFrame): boolean {
  const people = (f: FactFrame) => isDatedStock(f) && f.measure.thing === 'people';
  return people(a) && people(b) && yearOfDay(a.dated!.low) === yearOfDay(b.dated!.low);
}

/**
 * The identity of two frames (a claim's and a statement's), with the slot that decided it:
 * - different: a conflict on any slot (dimension, measure, subject, side, body of men, span of time);
 * - same: no conflict, the same subject and the same measure;
 * - weak: no conflict, and the same subject or the same measure (the rest unknown);
 * - unrelated: nothing known in common.
 */
export function compareFrames(a: FactFrame, b: FactFrame, events: EventResolver = NO_EVENTS): Decision {
  if (a.dimension !== b.dimension) return { relation: 'different', slot: 'dimension', reason: `a ${b.dimension}, not a ${a.dimension}` };
  // (Most frames are set at no time: the guess is looked at only where one is.)
  if (a.dated !== undefined) a = withoutMisdatedGuess(a, events);
  if (b.dated !== undefined) b = withoutMisdatedGuess(b, events);
  let [measure, measureReason] = measureRelation(a.dimension, a.measure, b.measure, events);
  if (measure === 'unknown' && peopleCountedInOneYear(a, b)) [measure, measureReason] = ['same', why`same thing counted (people) in the same year`];
  if (measure === 'conflict') return { relation: 'different', slot: 'measure', reason: measureReason };
  if (peoplePart(a, b)) return { relation: 'different', slot: 'measure', reason: why`a part of those counted (${a.measure.thing ?? b.measure.thing})` };
  const qualifier = qualifierConflict(a, b, events);
  if (qualifier) return unsureQualifier(a, b, qualifier, events) ?? { relation: 'different', slot: qualifier[0], reason: qualifier[1] };
  if (a.place && b.place && !a.placeGuessed && !b.placeGuessed && keyRelation(a.place, b.place) === 'conflict') return { relation: 'different', slot: 'place', reason: `a different place (${a.place} / ${b.place})` };
  let [subject, subjectReason] = subjectRelation(a.subject, b.subject, events);
  if (subject === 'conflict' && conflictProvesNothing(a, b, events)) [subject, subjectReason] = ['unknown', ''];
  if (subject === 'conflict') return { relation: 'different', slot: 'subject', reason: subjectReason };
  const elsewhere = returnOrElsewhere(a, b, subject, events);
  if (elsewhere) return elsewhere;
  // With no event named on either side (a heading's or a paragraph's is a guess), the same place names the same thing
  // (`a garrison … in Fort Sable`, `the Osterby bridge took nine years to build`): a place each clause
  // says, not one referred back to.
  const unnamed = (f: FactFrame) => !f.subject || fromContext(f.subject);
  if (subject === 'unknown' && unnamed(a) && unnamed(b) && samePlaceSaid(a, b)) [subject, subjectReason] = ['same', `same place (${a.place})`];
  // A value told at a place with no event named (`pushed back at Moscow, at the cost of a million
  // casualties`) is of the one event named after that place (`the defence of Moscow`).
  const afterPlace = subject === 'unknown' && (namedAfterPlace(a, b) || namedAfterPlace(b, a));
  if (afterPlace) [subject, subjectReason] = ['same', `the ${(a.subject ?? b.subject)!.refs[0]!.type} at ${a.place ?? b.place}`];
  // With no event either sentence names, values of sentences that give the same one day are of what
  // happened that day (`On 11 March 1931 the main collapsed, killing 19`, `| 11 March 1931 | 19 killed |`).
  const untold = (f: FactFrame) => !f.subject || fromContext(f.subject);
  // (`Ranald's army lost 1,180` is one side's count too, though the corpus never says whose side he led.)
  const onASide = (f: FactFrame) => sidesOf(f, events) !== undefined || f.forceOf !== undefined;
  // (Counts and shares of a kind said on both sides: a time beside a day is often told from it, and
  // `31 of the 74 boats` are not all that put to sea that day.)
  // (And of one side, or neither: the day does not say whose count it is.)
  const sameDay = sameDayCount(a, b) && (subject === 'unknown' || subject === 'same') && (untold(a) || untold(b)) && onASide(a) === onASide(b);
  if (sameDay && subject === 'unknown') [subject, subjectReason] = ['same', 'the same day'];
  // A date of something done to a place (`the Oskendari retook the town`) is the same fact for the same
  // place and act, whichever of the place's events the text is about.
  if (subject === 'related' && measure === 'same' && a.dimension === 'date' && phasesOf(a.measure.kind ?? '').some((p) => PLACE_ACTS.has(p))) {
    return { relation: 'same', slot: 'subject+measure', reason: `same fact: the same place, ${measureReason}` };
  }
  const oneDay = subject === 'same' && a.dimension === 'date' ? eventsOneDay(a, b, measure) : undefined;
  if (oneDay) return { relation: 'same', slot: 'subject+measure', reason: `same fact: ${subjectReason}, ${oneDay}` };
  const toTheSame = a.measure.kind === 'between' ? timeUpToOneTarget(a, b, measure === 'same') : undefined;
  if (toTheSame) return toTheSame;
  // A time between two events is the same fact when it runs between the same two events.
  // (The kind first: asked only of a measure the same, V8 met a count's undefined kind first at edit 48, and dropped this code.)
  if (a.measure.kind === 'between' && measure === 'same' && sameEndpoints(a.measure, b.measure, events)) {
    return { relation: 'same', slot: 'measure', reason: `same fact: the time from ${a.measure.from!.text} to the same event` };
  }
  // A count of one side is surely the same fact only as another count of that side. A count at a
  // place whose event comes only from the text around it (`The Crown lost 95 killed there`, at a
  // landing, in a paragraph about a blockade) may be of a smaller event at that place: surely the
  // same only as another count at that place.
  const counted = a.dimension === 'count' || a.dimension === 'fraction';
  const sided = counted && onASide(a) !== onASide(b);
  const guessed = (f: FactFrame) => f.place !== undefined && (f.subject === undefined || fromContext(f.subject));
  // (The same day in both sentences says they tell of the same happening, wherever each puts it.)
  const placed = counted && !sameDay && !afterPlace && (a.place === undefined) !== (b.place === undefined) && (guessed(a) || guessed(b));
  // How long the port was closed during an epidemic is not surely how long the epidemic lasted: a
  // length of one activity is surely an event's length only where that activity is the event itself.
  const partOf = a.dimension === 'duration' && (otherActivity(a, b) || guessedOtherActivity(a) || guessedOtherActivity(b));
  // (`the Regiment`'s count, a caption's, is a named unit's only perhaps: which unit it is, is unsaid.)
  if (subject === 'same' && measure === 'same' && !sided && !placed && !partOf && !someUnit(a, b) && !unsureEnds(a, b)) return { relation: 'same', slot: 'subject+measure', reason: why`same fact: ${subjectReason}, ${measureReason}` };
  // A subject the claim only takes from its paragraph or heading, with nothing else known, is too
  // little to call it the same fact even weakly.
  const said = a.subject !== undefined && !fromContext(a.subject);
  if ((subject === 'same' || subject === 'related') && (said || measure !== 'unknown' || a.measure.kind !== undefined)) {
    return { relation: 'weak', slot: 'measure', reason: why`the same subject, but not sure it is the same ${MEASURE_WORDS[a.dimension]}` };
  }
  if (measure === 'same' || measure === 'fits') return { relation: 'weak', slot: 'subject', reason: why`${measureReason}, but not sure it is the same event` };
  return { relation: 'unrelated', slot: 'subject', reason: 'nothing known in common' };
}

/**
 * compareFrames's relation and slot, its reason written only when it is read (by compareFrames again,
 * the same words): identify compares a frame new to the index with some thousands of groups and reads
 * the reasons of a few (the nearest, the matches a claim keeps).
 */
export function compareUnwritten(a: FactFrame, b: FactFrame, events: EventResolver): Decision {
  writing = false;
  try {
    const { relation, slot } = compareFrames(a, b, events);
    return new Unwritten(relation, slot, a, b, events);
  } finally {
    writing = true;
  }
}

/** A decision of compareUnwritten: its reason written the first time it is read. */
class Unwritten implements Decision {
  readonly #a: FactFrame;
  readonly #b: FactFrame;
  readonly #events: EventResolver;
  #reason: string | undefined;
  constructor(readonly relation: Relation, readonly slot: string, a: FactFrame, b: FactFrame, events: EventResolver) {
    [this.#a, this.#b, this.#events] = [a, b, events];
  }
  get reason(): string {
    return (this.#reason ??= compareFrames(this.#a, this.#b, this.#events).reason);
  }
}

/** The name every name the corpus does not know is compared as: no word of any corpus name. */
const UNKNOWN_NAME = '\u0001';

/**
 * The frame with each subject name that shares no word with any name the corpus knows (`nameWords`)
 * put as one unknown name: identity reads a name only by the words it shares with the corpus's names,
 * so every such name is told apart from the corpus's statements alike (a title being typed is a new
 * name at each keystroke, and its frames need comparing once). The same frame when it names none, or
 * when the frame holds a word of such a name elsewhere too (`from the siege of …`, a place), where
 * the frame's own parts may be compared with each other.
 */
export function withUnknownNamesAlike(frame: FactFrame, nameWords: ReadonlySet<string>): FactFrame {
  const refs = frame.subject?.refs;
  if (!refs || !refs.some((r) => unknownName(r, nameWords))) return frame;
  const rest = new Set(JSON.stringify({ ...frame, subject: undefined }).split(/[^\p{L}\p{N}]+/u));
  for (const r of refs) if (unknownName(r, nameWords) && r.key!.split(' ').some((w) => rest.has(w))) return frame;
  if (refs.filter((r) => unknownName(r, nameWords)).length > 1) return frame;
  // (Copies built whole, in frameShape's one shape: a spread copy written over (`{ ...r, key }`) would
  // make a slot of the frames' own shape changeable, and V8 drop the code that compares them.)
  const alike = shapedRefs(refs, (r) => {
    if (!unknownName(r, nameWords)) return shapedRef(r);
    // (Whether its text writes its name's last word decides a document's date: isDocumentDatePair.)
    const written = r.text.toLowerCase().includes(r.key!.split(' ').pop()!);
    return shapedRef(r, UNKNOWN_NAME, written ? UNKNOWN_NAME : '');
  });
  return shapedFrame(frame, shapedSubject(frame.subject, alike));
}

/**
 * The frame with its place put as the one unknown name where no word of it is a word of any name the
 * corpus knows (`nameWords`: its places and its events' names among them). Identity reads a frame's
 * place only for whether it is said and guessed, and against the other frame's place or event's name:
 * equal to it (namedAfterPlace, samePlaceSaid) or sharing its words (keyRelation); such a place, as
 * the unknown name, is equal to none and shares no word with any. So every decision is the same, and
 * only reasons may quote it (`the siege at …`): identify tells them again in the claim's own words. (A
 * place being typed into a sentence is a new name at each keystroke, and its frames need comparing once.)
 */
export function withUnknownPlaceAlike(frame: FactFrame, nameWords: ReadonlySet<string>): FactFrame {
  const place = frame.place;
  // (No empty word either, which two spaces in a corpus's name would share with it.)
  if (place === undefined || place === UNKNOWN_NAME || !place.split(' ').every((w) => w !== '' && !nameWords.has(w))) return frame;
  // (Built whole in frameShape's one shape, as withUnknownNamesAlike's copies are.)
  return shapedFrame({ ...frame, place: UNKNOWN_NAME });
}

/**
 * The frame without the people it names (`agents`) that the corpus puts on no side: identity reads a
 * frame's people only for their sides (sidesOf), so such a person is as if unnamed, and a frame that
 * names one is decided once with every frame that differs from it only by such people (a name being
 * typed into a sentence is another name at each keystroke). The same frame when it names none.
 */
export function withoutSidelessAgents(frame: FactFrame, events: EventResolver): FactFrame {
  const agents = frame.agents;
  if (!agents || agents.every((p) => events.sideOf?.(p))) return frame;
  const sided = agents.filter((p) => events.sideOf?.(p));
  // (Built whole in frameShape's one shape, as withUnknownNamesAlike's copies are.)
  return shapedFrame({ ...frame, agents: sided.length > 0 ? sided : undefined });
}

function unknownName(ref: EventRef, nameWords: ReadonlySet<string>): boolean {
  return ref.key !== undefined && ref.key !== UNKNOWN_NAME && ref.key.split(' ').every((w) => !nameWords.has(w));
}
