// The measure slot: what a value counts or times, read from the words of its own clause.
import { isContentWord, isStopword, stem } from '../terms.js';
import { isCellBar, isDash, isHeaderWord, type Token } from '../tokens.js';
import { pairOpeners, wordTable } from '../wordTable.js';
import { MONTHS } from '../dates.js';
import { opensCount, parseNumber } from '../numbers.js';
import type { FoundValue } from '../values.js';
import type { ClauseLayout } from './clauses.js';
import {
  IRREGULAR_ACTS,
  IRREGULAR_PAST,
  PAST_OF_PARTICIPLE,
  ACTIVITIES,
  ANIMALS,
  BETWEEN_WORDS,
  COUNT_KINDS,
  COUNTED_THINGS,
  DISEASES,
  DATE_PHASES,
  EVENT_TYPES,
  FORCE_NOUNS,
  isOnePerson,
  KIN_WORD,
  PART_NOUNS,
  PEOPLE_PARTS,
  LASTING_WORDS,
  PLACE_NOUNS,
  PRONOUNS,
  REMAINING_WORDS,
  SETTLEMENT_NOUNS,
  SHARE_WHOLES,
  SOFTENERS,
  SPEECH_VERBS,
  TELLING_VERBS,
} from './lexicon.js';
import type { Measure } from './types.js';

/** A value in its sentence: its tokens [first, end), its clause and its own window. */
export interface ValueSite {
  value: FoundValue;
  tokens: readonly Token[];
  layout: ClauseLayout;
  first: number;
  end: number;
  clause: readonly [number, number];
  window: readonly [number, number];
}

/** Where the value's words begin, its hedge included (`about 5,200`, `some 3,000`). */
export function leadOf(site: ValueSite): number {
  return site.value.hedge ? site.tokens.findIndex((x) => x.start >= site.value.hedge!.range.start) : site.first;
}

const BREAK_WORDS = new Set(['broke', 'break', 'breaks', 'breaking']);
const LEAVE_WORDS = new Set(['left', 'leaves', 'leave', 'leaving']);
const PERSONAL_PRONOUNS = new Set(['they', 'he', 'she', 'we', 'i', 'you', 'who']);

/** A pronoun for people, or a word for people (`men`, `prisoners`): who does something, not what happens. */
function isPersonWord(token: Token | undefined): boolean {
  return token !== undefined && (PERSONAL_PRONOUNS.has(token.lower) || COUNTED_THINGS.get(token.lower) === 'people');
}

/** One-word hedges a count may follow a verb with (`seized about 2,600`, `carried off some 86`). */
const COUNT_HEDGE = /^(about|some|over|nearly|almost|around|upwards|above)$/;

/** A count at `at` (after a hedge) of things that are not people (`86 sacks`, `about 40 barrels`). */
function thingsCounted(tokens: readonly Token[], at: number): boolean {
  const k = COUNT_HEDGE.test(tokens[at]?.lower ?? '') ? at + 1 : at;
  const n = parseNumber(tokens as Token[], k);
  const noun = n ? tokens[n.end] : undefined;
  return noun !== undefined && noun.kind === 'word' && noun.lower !== 'of' && !isPersonWord(noun) && isContentWord(noun);
}

/** Each table's pair openers (its two-word forms are keyed `broke_out`), made at its first look-up. */
const PAIR_OPENERS = new WeakMap<ReadonlyMap<string, string>, ReadonlySet<string>>();

function openersOf(table: ReadonlyMap<string, string>): ReadonlySet<string> {
  let openers = PAIR_OPENERS.get(table);
  if (!openers) PAIR_OPENERS.set(table, (openers = pairOpeners(table.keys(), '_')));
  return openers;
}

const REPORT_NOUNS: ReadonlySet<string> = new Set(['report', 'reports', 'findings', 'finding']);

/** `The engineers' report of June 1864`, `their report, dated 6 June`: the day a report was made. */
export function reportDated(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower ?? '';
  const at = before === 'of' ? first - 2 : before === 'dated' ? (tokens[first - 2]?.text === ',' ? first - 3 : first - 2) : -1;
  return at >= 0 && REPORT_NOUNS.has(tokens[at]?.lower ?? '');
}

/** A word's class, trying the two-word form first (`broke out`, `stayed out`). */
export function classAt(tokens: readonly Token[], i: number, table: ReadonlyMap<string, string>): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  // (`300 men went down the pit`, `went down to the shore`: a way gone, no vessel lost; `went down with
  // all six of her crew`, `sank with 40 aboard`: those lost with a vessel are no vessels.)
  if (table === COUNT_KINDS && /^(went|gone)$/.test(t.lower) && tokens[i + 1]?.lower === 'down' && /^(the|a|an|to|into|below|with)$/.test(tokens[i + 2]?.lower ?? '')) return undefined;
  if (table === COUNT_KINDS && /^(sank|foundered|capsized)$/.test(t.lower) && tokens[i + 1]?.lower === 'with') return undefined;
  // (`Sixty men went out from this house`, `came out of the pit`: a way gone out, no strike; `came out on
  // strike`, `went out` alone, are one.)
  if (table === COUNT_KINDS && /^(went|gone|came|come|walked)$/.test(t.lower) && tokens[i + 1]?.lower === 'out' && /^(from|of|into|to|onto|across|through|along|over|upon|after|with)$/.test(tokens[i + 2]?.lower ?? '')) return undefined;
  // (`Tobin Fell heard …`: a capitalised word right after a name is part of the name, no verb.)
  if (/^\p{Lu}\p{Ll}/u.test(t.text) && tokens[i - 1]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[i - 1]!.text) && !isStopword(tokens[i - 1]!.lower)) return undefined;
  // `opened it again`, `opened its doors again`: reopened (where the table has the word).
  if (/^(opened|opens|open)$/.test(t.lower) && tokens.slice(i + 1, i + 5).some((x) => x.lower === 'again') && table.has('reopened')) return table.get('reopened');
  // `at the end of that summer`, `the beginning of the year`: a time of the year, not an event's end or start.
  if (/^(end|beginning|start)$/.test(t.lower) && tokens[i + 1]?.lower === 'of' && timeOfYearAt(tokens, i + 2)) return undefined;
  // `the siege was raised`, `raised the blockade`: a siege raised is lifted, not formed.
  if (/^(raised|raise|raises|raising)$/.test(t.lower) && table.has('lifted') && tokens.slice(Math.max(0, i - 5), i + 4).some((x) => /^(siege|sieges|blockade|blockades)$/.test(x.lower))) return table.get('lifted');
  // `who began his year on 25 March`: what someone began of their own (not an event's word) is no
  // beginning of the event.
  if (/^(began|begin|begins|begun|started|start|starts)$/.test(t.lower) && /^(his|her|their|my|our|your)$/.test(tokens[i + 1]?.lower ?? '') &&
    !EVENT_TYPES.has(tokens[i + 2]?.lower ?? '') && !ACTIVITIES.has(tokens[i + 2]?.lower ?? '')) return undefined;
  // `presented its report`, `submitted their findings`: a body that hands in its report reports.
  if (/^(presented|presents|submitted|submits|delivered|delivers|laid)$/.test(t.lower) && table.has('reported') &&
    REPORT_NOUNS.has((/^(its|their|his|her|the|a)$/.test(tokens[i + 1]?.lower ?? '') ? tokens[i + 2] : tokens[i + 1])?.lower ?? '')) return table.get('reported');
  // `counter-attacked`: the answering side's act of its own (where the table has the word).
  if (isDash(tokens[i - 1]) && tokens[i - 2]?.lower === 'counter' && table.has('counterattacked')) return table.get(`counter${t.lower}`);
  const next = tokens[i + 1];
  // (`stood idle`: the second word of a pair the table reads at its first is not read again alone.)
  if (i > 0 && tokens[i - 1]!.kind === 'word' && table.has(`${tokens[i - 1]!.lower}_${t.lower}`)) return undefined;
  // (`about 9,500 Oskendari tried to hold the crossing`: an attempt, no trial.)
  if (t.lower === 'tried' && next?.lower === 'to') return undefined;
  // (`saved more than 200 lives`: lives saved are the saved, not the dead.)
  if (t.lower === 'lives' && table === COUNT_KINDS && tokens.slice(Math.max(0, i - 5), i).some((x) => /^(saved|saving|saves|save|rescued|spared)$/.test(x.lower))) return 'survivors';
  // (`Constables carried off fourteen hundred pamphlets`: what people carry off is taken, no dead; what a
  // sickness or an event carries off, `the fever carried off 300`, died.)
  const carriers = tokens[i - 1];
  if (t.lower === 'carried' && next?.lower === 'off' && table === COUNT_KINDS && carriers !== undefined &&
    (carriers.lower === 'they' || (/^\p{L}+s$/u.test(carriers.text) && isContentWord(carriers) && !EVENT_TYPES.has(carriers.lower)))) return undefined;
  // (Nor what is carried off counted as anything but people: `marched on the mill and carried off 86 sacks of grain`.)
  if (t.lower === 'carried' && next?.lower === 'off' && table === COUNT_KINDS && thingsCounted(tokens, i + 2)) return undefined;
  // (`seized 2,600 pamphlets`, a header's `Pamphlets seized`: things taken, no place captured.)
  const countFollows = next?.kind === 'number' || (tokens[i + 2]?.kind === 'number' && COUNT_HEDGE.test(next?.lower ?? ''));
  if (/^(seized|seize|seizes)$/.test(t.lower) && table === DATE_PHASES && (countFollows || (isHeaderWord(t) && /^\p{L}+s$/u.test(tokens[i - 1]?.text ?? '') && isContentWord(tokens[i - 1]!)))) return undefined;
  // (`in the Sail Loft`: a word of a name is no verb.)
  if (i > 0 && /^\p{Lu}/u.test(t.text) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text)) return undefined;
  // (`the Line held until it broke in February`: what breaks with no object gave way; a pact broken,
  // `broke the pact on 22 June`, or a war that `broke out`, began.)
  if (table === DATE_PHASES && t.lower === 'broke' && (next === undefined || next.kind === 'punct' || /^(in|on|at|under|after|before|when|and|but|by|during|within|early|late|finally|again|down|apart|up)$/.test(next.lower))) return undefined;
  // `they broke out`, `the prisoners broke out`: people who break out escape; a war or a fire that
  // breaks out begins.
  if (next?.lower === 'out' && BREAK_WORDS.has(t.lower) && isPersonWord(tokens[i - 1])) return undefined;
  // `the riot left 3 dead`, `leaves seventeen drowned`: leaving a toll behind, not leaving a place.
  if (LEAVE_WORDS.has(t.lower) && parseNumber(tokens as Token[], i + 1) !== undefined) return undefined;
  if (next && next.kind === 'word') {
    // (`broke out of the hold`: out of a place, not the start of something.)
    // (`carried off to the Nimble`: taken somewhere, not carried off by a fever.)
    // (`The lifeboat went out to the Two Sisters`: those who go out to somewhere are no strikers.)
    const elsewhere = (tokens[i + 2]?.lower === 'of' && next.lower === 'out') || (next.lower === 'off' && tokens[i + 2]?.lower === 'to') ||
      (table === COUNT_KINDS && next.lower === 'out' && /^(to|into)$/.test(tokens[i + 2]?.lower ?? ''));
    const pair = elsewhere || !openersOf(table).has(t.lower) ? undefined : table.get(`${t.lower}_${next.lower}`);
    if (pair) return pair;
  }
  return table.get(t.lower);
}

/**
 * The classes found in tokens [from, to), skipping other values, nearest to the value first; a word
 * after the value counts as a little further than one before it (`declared war on 3 March … and ended`).
 */
function classesIn(site: ValueSite, from: number, to: number, table: ReadonlyMap<string, string>, skip?: readonly [number, number], skipAt?: (i: number) => boolean): string[] {
  const found: Array<[number, string, boolean]> = [];
  for (let i = from; i < to; i++) {
    if ((i >= site.first && i < site.end) || (skip && i >= skip[0] && i < skip[1]) || skipAt?.(i)) continue;
    if (site.layout.inOtherValue(i, site.first)) continue;
    const c = classAt(site.tokens, i, table);
    if (c) found.push([i < site.first ? site.first - i : i - site.end + 3, c, isHeaderWord(site.tokens[i]!)]);
  }
  // (`Losses | 5 killed`: the cell's own word says more than its column's header.)
  const own = found.some(([, , header]) => !header) ? found.filter(([, , header]) => !header) : found;
  return own.sort((a, b) => a[0] - b[0]).map(([, c]) => c);
}

// ---- counts -------------------------------------------------------------------------------------

/** The kinds a list goes on with after a kind word after the value (`killed, wounded or captured`). */
function listedKinds(site: ValueSite, found: readonly string[]): string[] {
  if (found.length === 0) return [];
  const t = site.tokens;
  let i = site.end;
  while (i < site.clause[1] + 6 && i < t.length && !COUNT_KINDS.has(t[i]!.lower)) i++;
  const more: string[] = [];
  for (let k = i + 1; k < t.length; ) {
    let j = k;
    while (t[j] && (t[j]!.text === ',' || t[j]!.lower === 'or' || t[j]!.lower === 'and')) j++;
    const kind = j > k ? COUNT_KINDS.get(t[j]?.lower ?? '') : undefined;
    if (!kind) break;
    more.push(kind);
    k = j + 1;
  }
  return more;
}

/** Kinds of count that say who the people counted were, not what befell them. */
const WHO_KINDS: ReadonlySet<string> = new Set(['strength', 'strikers']);

/** `killed or wounded`, `killed, wounded or captured`: a list of kinds counts casualties. */
function countKindOf(kinds: string[]): string | undefined {
  // `the garrison had lost 58 killed`, `two strikers were killed`: what befell a body of people is said
  // by its own word, not the word for who they were (`78 men came out alive`: out of the mine, alive).
  if (kinds.some((k) => WHO_KINDS.has(k)) && kinds.some((k) => !WHO_KINDS.has(k))) kinds = kinds.filter((k) => !WHO_KINDS.has(k));
  const set = new Set(kinds);
  if (set.has('casualties') || (set.has('deaths') && (set.has('wounded') || set.has('prisoners')))) return 'casualties';
  // (`480,000 of those men were killed or missing`: the dead and the missing together, neither a toll
  // of the dead nor all casualties.)
  if (set.has('deaths') && set.has('missing')) return 'deaths or missing';
  return kinds[0];
}

/** Plural nouns the lexicon does not class that are one thing by another word (`23 houses`, `Homes destroyed | 23`). */
const SAME_THINGS: Readonly<Record<string, string>> = wordTable({ homes: 'houses', dwellings: 'houses', cottages: 'houses' });

/** Plural nouns that say nothing of what is counted (`530 copies`, of pamphlets or of books). */
const VAGUE_THINGS: ReadonlySet<string> = new Set(['copies', 'items', 'pieces', 'units', 'examples', 'specimens', 'lots']);

/** A plural noun a count counts, as its thing: itself, or the word for the same thing; none for a word that names no thing. */
const pluralThing = (w: Token) => VAGUE_THINGS.has(w.lower) ? undefined : SAME_THINGS[w.lower] ?? w.lower;

/** A noun in the plural, in lower case, that is no word for what befell those counted (`houses`, `pamphlets`, `firemen`; not `losses`). */
export function isPluralNoun(w: Token): boolean {
  return isContentWord(w) && (/^\p{Ll}[\p{L}-]*\p{L}s$/u.test(w.text) || /^\p{Ll}[\p{L}-]+men$/u.test(w.text)) && !/ss$/.test(w.lower) && !COUNT_KINDS.has(w.lower);
}

/**
 * The noun a count counts: `14,000 men` (people), `3,400 Oskendari soldiers`, `960 of the pit's men`,
 * `eleven delegates` (a noun the lexicon does not class is its own thing).
 */
function countedThing(site: ValueSite): string | undefined {
  const t = site.tokens;
  const themOf = thingOfThem(site);
  if (themOf !== undefined) return themOf;
  for (let i = site.end; i < Math.min(t.length, site.end + 5); i++) {
    const w = t[i]!;
    // (`dug three out alive after two days`, `seven dead from the two ships`: another value's noun is
    // that value's. But `1,100 of the town's 6,000 people`, a part of a whole, counts the whole's noun.)
    if (site.layout.inOtherValue(i, site.first)) {
      if (t[site.end]?.lower === 'of') continue;
      break;
    }
    // (`nine children`: some of the people, by age or sex, are that part of them, not people at large.)
    // (So are `36 healthy children`, past a word that tells what they were like.)
    const described = i === site.end + 1 && isDescribingWord(t[site.end]!);
    const thing = ((i === site.end || described) ? partOfPeople(t, i) : undefined) ?? COUNTED_THINGS.get(w.lower);
    // (`Sheep Street`: a word of a name counts nothing.)
    if (thing && !(/^\p{Lu}/u.test(w.text) && /^\p{Lu}/u.test(t[i + 1]?.text ?? ''))) return thing;
    // `80 houses in Sheep Street`: the first plural noun is what is counted; none after it is.
    if (!thing && isPluralNoun(w)) break;
    if (w.kind === 'punct' && w.text !== "'" && w.text !== '’' && w.text !== '-') break;
  }
  const next = t[site.end];
  if (next && isPluralNoun(next)) return pluralThing(next);
  // `Crown ships | 22` (a table's header before its cell), `ships: 22`; a header's `Men` too (`| Boats
  // | Men |` over `| 118 | 806 |`), though `men` before a count in a sentence is of another clause.
  for (let i = site.first - 1; i >= Math.max(site.clause[0], site.first - 3); i--) {
    // (`leaves Oddny Head with 16 aboard`: a word of a name counts nothing, here as after the count.)
    if (/^\p{Lu}/u.test(t[i]!.text) && /^\p{Lu}/u.test(t[i - 1]?.text ?? '')) continue;
    const thing = COUNTED_THINGS.get(t[i]!.lower);
    if (thing && (thing !== 'people' || isHeaderWord(t[i]!))) return thing;
    // (`| Volumes |` over `| 1,400 lost |`: a column headed by things counts those things; not one
    // headed by what its cells are, `Notes`, `Figures`, `Days`, nor by things after its first word,
    // `Garrison on the rolls`.)
    const headerOpens = isHeaderWord(t[i]!) && !(i > 0 && isHeaderWord(t[i - 1]!));
    if (!thing && headerOpens && isPluralNoun(t[i]!) && !CELL_HEADS.has(t[i]!.lower)) return pluralThing(t[i]!);
  }
  return undefined;
}

/** A word that tells what people were like (`healthy`, `destitute`, `young`), not a verb (`eleven leave widows`). */
function isDescribingWord(w: Token): boolean {
  return /^\p{Ll}+$/u.test(w.text) && (/(y|ful|less|ous|ish|ic|al|ive|ble|ant|ent)$/.test(w.lower) || DESCRIBING_WORDS.has(w.lower)) && !isStopword(w.lower);
}
const DESCRIBING_WORDS = new Set(['young', 'old', 'little', 'small', 'poor', 'sick', 'well', 'orphan', 'pauper', 'infant']);

/**
 * `84 luggers had gone out, and nineteen of them were lost`: what `of them` counts is what the count
 * before it in its sentence counts, by the noun right after it.
 */
function thingOfThem(site: ValueSite): string | undefined {
  const t = site.tokens;
  // (Not `31 witnesses, 19 of them workmen`: a noun after `of them` says which part of them they were.)
  if (t[site.end]?.lower !== 'of' || t[site.end + 1]?.lower !== 'them' || !/^(were|was|had|have|did|\p{Ll}+ed)$/u.test(t[site.end + 2]?.lower ?? '')) return undefined;
  let i = site.first - 1;
  while (i >= 0 && !site.layout.inOtherValue(i, site.first)) i--;
  if (i < 0) return undefined;
  while (site.layout.inOtherValue(i + 1, site.first)) i++;
  // (Of things, not people: `600 men gathered, and 34 of them were killed` says no more of whom.)
  const noun = t[i + 1];
  const thing = noun === undefined ? undefined : COUNTED_THINGS.get(noun.lower) ?? (isPluralNoun(noun) ? pluralThing(noun) : undefined);
  return thing === 'people' ? undefined : thing;
}

/** Column headers that say what a table's cells are, not what a count in one counts. */
const CELL_HEADS: ReadonlySet<string> = new Set([
  'notes', 'remarks', 'comments', 'details', 'sources', 'references', 'citations', 'figures', 'numbers', 'totals', 'counts',
  'dates', 'years', 'months', 'weeks', 'days', 'hours', 'events', 'facts', 'results', 'outcomes', 'estimates', 'claims', 'values',
]);

/** Words that open a clause telling when (`when she struck`), not what was counted. */
const WHEN_WORDS = new Set(['when', 'while', 'until', 'once', 'whenever']);

/**
 * `above sixty people were on deck when she struck`, `forty were aboard when she was captured`: a
 * word in a clause of time after the count tells when, not what befell those counted.
 */
function inTimeClauseAfter(site: ValueSite, i: number): boolean {
  for (let k = site.end; k < i; k++) if (WHEN_WORDS.has(site.tokens[k]!.lower) || asTimeWord(site.tokens, k)) return true;
  return false;
}

/**
 * `about 300 people watched as she sank`, `as the boat went down`: `as` before a clause of its own (a
 * pronoun, or `the` and a noun and a past verb) tells when; not `as prisoners`, `known as the Rangers`.
 */
function asTimeWord(t: readonly Token[], k: number): boolean {
  if (t[k]!.lower !== 'as') return false;
  const next = t[k + 1]?.lower ?? '';
  return /^(she|he|it|they|we)$/.test(next) || (next === 'the' && isPastVerb(t[k + 3]));
}

/**
 * The verb that says what a counted group did, right after its noun phrase (`600 salt workers led
 * by Marrack seized …` → `seize`; `960 men came out` → `come`): a past tense within a few words.
 */
function actAfter(site: ValueSite, from = site.end): string | undefined {
  const t = site.tokens;
  for (let i = from; i < Math.min(site.clause[1], site.end + 8); i++) {
    const w = t[i]!;
    if (WHEN_WORDS.has(w.lower)) break;
    if (w.kind !== 'word' || /^\p{Lu}/u.test(w.text)) continue;
    if (w.lower === 'led' && t[i + 1]?.lower === 'by') { i++; continue; }
    // (`twenty-eight children not yet attacked`: a deed denied did not befall them.)
    if (/^(not|never)$/.test(w.lower)) return undefined;
    if (IRREGULAR_ACTS.has(w.lower) || (/ed$/.test(w.lower) && w.lower.length > 4 && t[i - 1]?.lower !== 'was' && t[i - 1]?.lower !== 'were')) return GOING.has(w.lower) ? 'went' : stem(w.lower);
  }
  return undefined;
}

/** Ways a crowd goes somewhere: `1,200 marched to the mill` and `above a thousand went up to it` did one deed. */
const GOING = new Set(['went', 'marched', 'walked', 'proceeded', 'moved', 'streamed', 'poured', 'trooped', 'paraded']);

/** Verbs of a work done (building, mending, digging): the men it is done `with` are its workforce. */
const WORK_DONE: ReadonlySet<string> = new Set(['repaired', 'rebuilt', 'built', 'dug', 'mended', 'cleared', 'restored', 'drained', 'constructed', 'erected', 'completed', 'finished']);
/** Words before a count of men that make it a force's strength: `with 900 men`, `landed 2,400 men`. */
const STRENGTH_BEFORE = new Set(['with', 'force', 'army', 'garrison', 'strength', 'numbering', 'totalling', 'totaling', 'landed', 'landing', 'fielded', 'mustered', 'deployed']);
/** Verbs of a ship's going: the men she goes `with` are those aboard. */
const SAILING = new Set(['sailed', 'sails', 'sail', 'sailing', 'steamed', 'stood']);
/** `a force of about 9,500`, `an army of 40,000`: the size of a body of men. */
const BODY_OF = new Set(['force', 'army', 'garrison', 'strength', 'host', 'column', 'contingent']);

/**
 * `killed 211 people: 164 settlers and 47 soldiers`: a value in a list after a colon that follows a
 * count is a part of that count. The start of the clause before the colon, if so.
 */
function listedAfter(site: ValueSite): number | undefined {
  const colon = site.clause[0] - 1;
  if (site.tokens[colon]?.text !== ':') return undefined;
  // A list opens on its first part's count (`: the 23 arrested …`, `: some 780 killed …`); a clause
  // after a colon that opens on other words (`: cholera killed 97 people`) says something new.
  let first = colon + 1;
  while (first < site.clause[1] && LIST_LEADS.has(site.tokens[first]!.lower)) first++;
  if (!site.layout.inOtherValue(first, -1)) return undefined;
  let k = colon;
  while (k > 0 && !/^[.;:]$/.test(site.tokens[k - 1]!.text)) k--;
  // (A count, not a year: `The Great Strike of 1849 was another matter: over a thousand men came out`.)
  return site.tokens.slice(k, colon).some((t, i) => t.kind === 'number' && !yearAfterPreposition(site.tokens, k + i)) ? k : undefined;
}

/** `of 1849`, `in 1772`: a number of four digits after a preposition of time is a year. */
function yearAfterPreposition(tokens: readonly Token[], i: number): boolean {
  return /^(1\d{3}|20\d{2})$/.test(tokens[i]!.text) && /^(of|in|since|from|until|till|by|during|after|before)$/.test(tokens[i - 1]?.lower ?? '');
}

/**
 * `Deaths at the ford: about 300.` A value that stands alone after a colon, with nothing after it in its
 * sentence part but punctuation, is the value of the label before the colon: the label's start and the
 * colon, if so. (A value with words of its own after it, `: 2 million taken prisoner`, says for itself.)
 */
function labelBeforeColon(site: ValueSite): [number, number] | undefined {
  const colon = site.clause[0] - 1;
  if (site.tokens[colon]?.text !== ':') return undefined;
  for (let i = colon + 1; i < leadOf(site); i++) if (!LIST_LEADS.has(site.tokens[i]!.lower) && site.tokens[i]!.kind === 'word') return undefined;
  for (let i = site.end; i < site.tokens.length && !/^[.;]$/.test(site.tokens[i]!.text); i++) if (site.tokens[i]!.kind !== 'punct') return undefined;
  let k = colon;
  while (k > 0 && !/^[.;:]$/.test(site.tokens[k - 1]!.text)) k--;
  return [k, colon];
}

/** Words that may open a list's part before its count. */
const LIST_LEADS = new Set(['the', 'some', 'about', 'around', 'nearly', 'almost', 'over', 'roughly', 'approximately', 'perhaps', 'only', 'just', 'a', 'an']);

/** The part of a count a listed value is (`164 settlers` → `settler`), if it is one. */
export function listedPart(site: ValueSite): string | undefined {
  if (listedAfter(site) === undefined) return undefined;
  const noun = site.tokens[site.end];
  return noun && noun.kind === 'word' && isContentWord(noun) && !namesDeed(site, site.end) ? stem(noun.lower) : undefined;
}

/**
 * `the 23 arrested on Red Saturday`, `the 31 taken by the dragoons`: a word after a count that tells
 * what befell the counted, not which body they were.
 */
function namesDeed(site: ValueSite, at: number): boolean {
  const w = site.tokens[at]!.lower;
  return COUNT_KINDS.has(w) || /ed$/.test(w) || site.tokens[at + 1]?.lower === 'by';
}

/** Where a listed part ends: at the next part (`, the 31 …`, `and the 31 …`) or its clause's end. */
function listedPartEnd(site: ValueSite): number {
  const t = site.tokens;
  for (let i = site.end; i < site.clause[1]; i++) {
    if (t[i]!.text !== ',' && t[i]!.lower !== 'and') continue;
    // (`and some 1,600 wounded`: a hedge or an article may come first.)
    for (let k = i + 1; k <= i + 3 && k < t.length && t[k]!.kind !== 'punct'; k++) {
      if (t[k]!.kind === 'number' || site.layout.inOtherValue(k, site.first)) return i;
    }
  }
  return site.clause[1];
}

/**
 * `six of the seven`, `nine of the thirteen men`, `Of her 41 men, 34 drowned`: a count that is the
 * whole another count is part of.
 */
function wholeOfAnother(site: ValueSite): boolean {
  const t = site.tokens;
  // (`1,100 of the town's 6,000 people`: the whole's owner may stand between.)
  let of = site.first - 1;
  while (of > site.first - 4 && (t[of]?.lower === 'the' || /^(his|her|their|its)$/.test(t[of]?.lower ?? '') || /^\p{L}+['’]s$/u.test(t[of]?.text ?? ''))) of--;
  // (Not `a quarter of a million`: a share of a number is one number.)
  if (t[of]?.lower === 'of' && site.layout.inOtherValue(of - 1, site.first) && (t[of - 1]?.kind === 'number' || parseNumber(t as Token[], of - 1) !== undefined)) return true;
  // `412 dead tenants out of 930`: the whole after `out of` a count a few words before.
  if (t[of]?.lower === 'of' && t[of - 1]?.lower === 'out' && [2, 3, 4, 5].some((k) => t[of - k]?.kind === 'number' && site.layout.inOtherValue(of - k, site.first))) return true;
  // `Of her 41 men, 34 drowned`: a sentence that opens on the whole, then tells of its parts.
  const opens = /^(the|his|her|their|its|our|my)$/.test(t[site.first - 1]?.lower ?? '') ? site.first - 2 : site.first - 1;
  return opens === 0 && t[0]?.lower === 'of' && t.slice(site.end, site.end + 3).some((x) => x.text === ',');
}

/**
 * `Strey himself was captured, along with 1,200 of his soldiers`: those `along with` or `together
 * with` one named before shared what befell him, as the words before say it.
 */
function sharedFate(site: ValueSite): Measure | undefined {
  const lead = leadOf(site);
  const t = site.tokens;
  const alongWith = t[lead - 1]?.lower === 'with' && /^(along|together)$/.test(t[lead - 2]?.lower ?? '');
  // (`Thirty-one boats … have been lost, and with them no fewer than 129 men`: lost with the boats.)
  const withThem = t[lead - 1]?.lower === 'them' && t[lead - 2]?.lower === 'with';
  if (!alongWith && !withThem) return undefined;
  const befell = classesIn(site, 0, lead - 2, COUNT_KINDS).filter((k) => k !== 'part');
  const thing = countedThing(site);
  const lostPeople = withThem && (thing === undefined || thing === 'people') && t.slice(0, lead - 2).some((x) => LOST.test(x.lower));
  const kind = befell.length > 0 ? countKindOf(befell) : lostPeople ? 'deaths' : undefined;
  return kind ? { kind, ...thingOnly(thing) } : undefined;
}

/** A measure of what is counted alone, where that is known. */
function thingOnly(thing: string | undefined): Measure {
  return thing ? { thing } : {};
}

/** `of the garrison`, `of his men` right after a count: the tokens naming the whole it is part of. */
function partitiveWhole(site: ValueSite): [number, number] | undefined {
  const t = site.tokens;
  if (t[site.end]?.lower !== 'of') return undefined;
  const at = /^(the|his|her|their|its|our|my)$/.test(t[site.end + 1]?.lower ?? '') ? site.end + 2 : site.end + 1;
  if (t[at]?.kind !== 'word') return undefined;
  // (`113 of those on board perished`: where the whole was says which whole, not what befell the part.)
  const aboard = t[at + 1]?.lower === 'aboard' ? 1 : t[at + 1]?.lower === 'on' && t[at + 2]?.lower === 'board' ? 2 : 0;
  return [site.end, at + 1 + aboard + (participleOfWhole(t, at) ? 1 : 0)];
}

/**
 * `of the men arrested were later transported`: a participle right after the whole's noun, before the
 * clause's verb, says which men, as `the arrested men` does (`nine of our children died` is the verb).
 */
function participleOfWhole(t: readonly Token[], noun: number): boolean {
  const next = t[noun + 1]?.lower ?? '';
  return COUNTED_THINGS.has(t[noun]?.lower ?? '') && /ed$/.test(next) && COUNT_KINDS.has(next) &&
    /^(were|was|are|is|had|have|later|afterwards|subsequently)$/.test(t[noun + 2]?.lower ?? '');
}

/**
 * `24 of the dead were apprentices`, `forty of the prisoners were officers`: a count of a whole that is
 * itself a count (the dead, the prisoners), then what some of them were, a noun, not what befell them
 * (`61 of the garrison were dead`, `nine of the prisoners were shot`).
 */
function subgroupOfCount(site: ValueSite, whole: [number, number]): string | undefined {
  const t = site.tokens;
  const madeUp = madeUpBy(site, whole);
  if (madeUp !== undefined) return madeUp;
  // (`24 of the lads who drowned were apprentices`: the whole may go on in a clause of its own.)
  const end = Math.min(whole[1] + 4, site.clause[1]);
  let be = whole[1];
  while (be < end && !/^(were|was)$/.test(t[be]?.lower ?? '')) be++;
  if (be >= end) return undefined;
  let kind = false;
  for (let i = whole[0]; i < be && !kind; i++) kind = classAt(t, i, COUNT_KINDS) !== undefined;
  if (!kind) return undefined;
  const at = /^(a|an|all|mostly|still|only)$/.test(t[be + 1]?.lower ?? '') ? be + 2 : be + 1;
  const word = t[at];
  // (A noun that ends its phrase: `were lost`, `were later transported`, `were already dead` are not.)
  const after = t[at + 1];
  const ends = after === undefined || after.kind !== 'word' || PHRASE_ENDS.has(after.lower);
  const noun = word?.kind === 'word' && ends && classAt(t, at, COUNT_KINDS) === undefined && !/(ed|ly)$/.test(word.lower) && !NOT_NOUNS.has(word.lower);
  return noun ? word.lower.replace(/s$/, '') : undefined;
}

/** Verbs by which a group is a part of a whole (`made up`, `accounted for`). */
const MAKING_UP = /^(made|make|makes|formed|form|forms|comprised|accounted|account|accounts)$/;

/**
 * `Children under ten made up 41 of the dead`: a count of a counted whole (the dead) that a group of
 * people, named as the clause opens, made up, is a count of that group.
 */
function madeUpBy(site: ValueSite, whole: [number, number]): string | undefined {
  const t = site.tokens;
  const verb = t[leadOf(site) - 1]?.lower === 'up' || t[leadOf(site) - 1]?.lower === 'for' ? leadOf(site) - 2 : leadOf(site) - 1;
  if (!MAKING_UP.test(t[verb]?.lower ?? '')) return undefined;
  let kind = false;
  for (let i = whole[0]; i < whole[1] && !kind; i++) kind = classAt(t, i, COUNT_KINDS) !== undefined;
  const opener = t[site.clause[0]];
  const group = opener && /^(the|these|those)$/.test(opener.lower) ? t[site.clause[0] + 1] : opener;
  const noun = group?.kind === 'word' && /^\p{L}{3,}$/u.test(group.text) && !PERSONAL_PRONOUNS.has(group.lower) && !/^(these|those|they|them|all|some|most)$/.test(group.lower);
  return kind && noun && classAt(t, t.indexOf(group!), COUNT_KINDS) === undefined ? group!.lower.replace(/s$/, '') : undefined;
}

// (`were children under twelve`, `men over sixty`: an age after the noun ends its phrase too.)
const PHRASE_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'from', 'of', 'in', 'at', 'on', 'who', 'whose', 'with', 'by', 'but', 'under', 'over', 'aged', 'below', 'above']);
/** Past participles without -ed or -en, and adverbs, that may follow `were`. */
const NOT_NOUNS: ReadonlySet<string> = new Set(['lost', 'left', 'sent', 'kept', 'shot', 'hung', 'slain', 'held', 'found', 'born', 'built', 'caught',
  'fought', 'brought', 'put', 'set', 'cut', 'hit', 'led', 'fed', 'fled', 'struck', 'sold', 'told', 'paid', 'laid', 'made', 'won', 'dug', 'also',
  'taken', 'given', 'beaten', 'driven', 'stolen', 'chosen', 'hidden', 'written', 'fallen', 'frozen', 'broken', 'eaten', 'risen', 'shaken',
  'sworn', 'torn', 'worn', 'thrown', 'shown', 'known', 'grown', 'drawn', 'seen', 'been', 'forgotten', 'bitten',
  'already', 'still', 'now', 'then', 'later', 'soon', 'never', 'all', 'both', 'not', 'dead', 'alive', 'missing', 'there', 'among']);

/** The clause after a short phrase set off by commas (`, nearly a fifth,`) right after the value's clause, if there is one. */
function clauseAfterApposition(site: ValueSite): readonly [number, number] | undefined {
  const t = site.tokens;
  const comma = site.clause[1];
  if (t[comma]?.text !== ',') return undefined;
  const [from, to] = site.layout.clause(comma + 1, comma + 2);
  // (…where the clause goes on with its verb: `, had died`, not `, and he and 38 of his officers …`.)
  const next = t[to + 1];
  const verb = next !== undefined && /^(had|have|has|was|were|is|are|did|\p{Ll}+ed)$/u.test(next.text);
  return t[to]?.text === ',' && to - from <= 4 && verb ? site.layout.clause(to + 1, to + 2) : undefined;
}

/**
 * `The Lusk men came out yesterday, some five hundred of them, and …`: `of them` set off after a clause
 * that counts no one counts those that clause told of, the clause returned; after `41 died`, `12 of
 * them` are a part, and `forty-one of them were children` goes on with its own verb.
 */
function clauseBeforeOfThem(site: ValueSite): readonly [number, number] | undefined {
  const t = site.tokens;
  const setOffAfter = t[site.end + 2] === undefined || /^[,;.]$/.test(t[site.end + 2]!.text);
  if (t[site.end]?.lower !== 'of' || t[site.end + 1]?.lower !== 'them' || !setOffAfter || t[site.clause[0] - 1]?.text !== ',' || site.clause[0] < 2) return undefined;
  const [from, to] = site.layout.clause(site.clause[0] - 2, site.clause[0] - 1);
  return site.layout.valueSpans.some(([a]) => a >= from && a < to) ? undefined : [from, to];
}

/** Where the words after a count go on past the noun it counts (`3 ships sunk`, `2,100 dockers out`). */
function afterNoun(site: ValueSite): number {
  return COUNTED_THINGS.has(site.tokens[site.end]?.lower ?? '') ? site.end + 1 : site.end;
}

/** The kinds of count the words in a count's window say, by the rules that read them first. */
function windowKinds(site: ValueSite, whole: [number, number] | undefined, others: (i: number) => boolean, breakdownEnd: number): string[] {
  const [l, r] = site.window;
  // (…a count broken into several parts is their total: all that was lost, of every kind.)
  if (breakdownEnd > 0 && site.tokens.slice(site.end, breakdownEnd).filter((x) => x.kind === 'number').length >= 2) return ['casualties'];
  // `Scarrow's losses were 3 ships sunk`, `6 sunk and 9 captured`: a kind right after a count (or
  // after what it counts) is its own, whatever the words before it say.
  const own = afterNoun(site);
  // (`41 people were saved and twenty-seven were lost`: a loss told right after the count is its own,
  // and another count's words are not; see lostKinds.)
  // (So is one the count did: `Three people died and about 190 lost their homes`.)
  if ((/^(were|was)$/.test(site.tokens[own]?.lower ?? '') && LOST.test(site.tokens[own + 1]?.lower ?? '')) || LOST.test(site.tokens[own]?.lower ?? '')) return [LOST_RIGHT_AFTER];
  const from = COUNT_KINDS.has(site.tokens[own]?.lower ?? '') && site.tokens[own - 1]?.kind !== 'punct' ? site.end : l;
  const outcome = resultOfSoThat(site);
  if (outcome.length > 0) return outcome;
  return classesIn(site, from, r, COUNT_KINDS, whole, (i) => others(i) || garrisonFurtherOn(site, i)).filter((k) => k !== 'part');
}

/**
 * `Two horses were so badly hurt that they had to be destroyed`, `so badly burned that they died`: what
 * befell the counted in the end is what the clause after `so … that` says, not the hurt before it.
 */
function resultOfSoThat(site: ValueSite): string[] {
  const t = site.tokens;
  let so = -1;
  for (let i = site.end; i < t.length && t[i]!.kind !== 'punct'; i++) {
    if (t[i]!.lower === 'so') so = i;
    else if (t[i]!.lower === 'that' && so >= 0 && i - so <= 3) {
      let end = i + 1;
      while (end < t.length && t[end]!.kind !== 'punct') end++;
      return classesIn(site, i + 1, end, COUNT_KINDS).filter((k) => k !== 'part');
    }
  }
  return [];
}

/**
 * `fined 41 townsmen … for having aided the garrison`: a garrison the clause names further on than the
 * count's own noun (a verb's object) is not what the count counts (`640 garrison`, `a garrison of 640` are).
 */
function garrisonFurtherOn(site: ValueSite, i: number): boolean {
  return i > site.end && site.tokens[i]!.lower === 'garrison' && i > afterNoun(site) + 1;
}

/** `the town`, `its parish`: a settlement at `k`, one the text has named. */
function theSettlementAt(t: readonly Token[], k: number): boolean {
  return SETTLEMENT_NOUNS.has(t[k]?.lower ?? '') && /^(the|its|their|this|that)$/.test(t[k - 1]?.lower ?? '');
}

function settlementOf(site: ValueSite): boolean {
  const t = site.tokens;
  const lead = leadOf(site);
  return t[lead - 1]?.lower === 'of' && SETTLEMENT_NOUNS.has(t[lead - 2]?.lower ?? '') && /^(a|an|the|its|their)$/.test(t[lead - 3]?.lower ?? '') &&
    !COUNT_KINDS.has(t[site.end]?.lower ?? '');
}

/** The toll a table column's header names (`Deaths`, `Killed`), for a count in that column's cell. */
function tollOfColumn(site: ValueSite): string | undefined {
  const t = site.tokens;
  let start = site.first;
  while (start > 0 && !isCellBar(t[start - 1]!)) start--;
  if (start === 0) return undefined;
  const kinds = classesIn(site, start, ownCellEnd(site), COUNT_KINDS, undefined, (i) => !isHeaderWord(t[i]!));
  return kinds.find((k) => TOLLS.has(k));
}

/** A kind of count told by the words around it rather than a word of the lexicon's kinds (men `out`, `souls … taken`, `put 2,400 men ashore`). */
function kindByWordsAround(site: ValueSite, thing: string | undefined): string | undefined {
  // (`the union pays strike pay to 588 families`, `gave bread to 300 people`: those given relief.)
  const lead = leadOf(site);
  if (site.tokens[lead - 1]?.lower === 'to' && site.tokens.slice(site.clause[0], lead - 1).some((t) => /^(pays|paid|pay|paying|gave|gives|give|giving|granted|grants|distributed|handed)$/.test(t.lower))) return 'fed';
  // `with some 2,100 dockers out`: men out, and not `out of` a whole, are out on strike.
  const out = afterNoun(site);
  // (Not men a verb took out, `They got 143 men out`, `brought 60 out`: those were moved out of somewhere.)
  const moved = (w: string) => /^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST.has(w);
  if (thing === 'people' && out > site.end && site.tokens[out]?.lower === 'out' && site.tokens[out + 1]?.lower !== 'of' && !moved(site.tokens[leadOf(site) - 1]?.lower ?? '')) return 'strikers';
  // (Not past a comma: `147 garrison, 130 townspeople`.)
  const near = site.tokens.slice(Math.max(0, site.first - 3), site.first);
  const comma = near.map((t) => t.kind === 'punct').lastIndexOf(true);
  const before = near.slice(comma + 1).map((t) => t.lower);
  // (`the Petrel sailed west with 58 men`: those a ship sails with are aboard her, no army's strength.)
  // (So are the passengers anything goes `with`: `left Vennel with 312 passengers`.)
  const passengers = /^(passengers|emigrants)$/.test(site.tokens[site.end]?.lower ?? '');
  if (thing === 'people' && before.includes('with') && (passengers || site.tokens.slice(site.clause[0], site.first).some((t) => SAILING.has(t.lower)))) return 'aboard';
  // (`Mr Hurd repaired the bank with 60 men`: those a work is done with are its workforce, no army.)
  if (thing === 'people' && before.includes('with') && site.tokens.slice(site.clause[0], site.first).some((t) => WORK_DONE.has(t.lower))) return 'workforce';
  if (thing === 'people' && before.some((w) => STRENGTH_BEFORE.has(w))) return 'strength';
  // `two and fifty souls were taken`, `all souls lost`: souls taken or lost are the dead.
  const souls = site.tokens[out - 1]?.lower === 'souls' || site.tokens[site.end]?.lower === 'souls';
  if (souls && site.tokens.slice(site.end, site.clause[1]).some((t) => /^(taken|lost|perished)$/.test(t.lower))) return 'deaths';
  // `put 2,400 men ashore`: the men landed.
  if (thing === 'people' && site.tokens.slice(site.end, site.end + 3).some((t) => t.lower === 'ashore')) return 'strength';
  const beforeHedge = site.tokens.slice(Math.max(0, site.first - 4), site.first).map((t) => t.lower);
  if (beforeHedge.some((w, i) => BODY_OF.has(w) && beforeHedge[i + 1] === 'of')) return 'strength';
  if (thing === 'people' && peopleOfSettlement(site)) return 'population';
  // (`in all it took ninety-one of our diggers`, `the fever took forty of the crew`: what a sickness took, died.)
  const taker = site.tokens[leadOf(site) - 2]?.lower ?? '';
  if (/^(took|takes)$/.test(site.tokens[leadOf(site) - 1]?.lower ?? '') && (taker === 'it' || SICKNESS_WORDS.has(taker) || DISEASES.has(taker))) return 'deaths';
  return undefined;
}

/** Words for a sickness that takes lives, besides the diseases by name. */
const SICKNESS_WORDS = new Set(['sickness', 'fever', 'disease', 'epidemic', 'outbreak', 'pestilence', 'contagion', 'infection']);

/** Verbs by which a place has its people, or its people grow or fall in number. */
const HOLDS_PEOPLE = new Set(['has', 'had', 'have', 'numbered', 'counted', 'grew', 'rose', 'fell', 'shrank', 'dropped', 'declined']);

/**
 * `the town has 6,510 people`, `The town grew with them, from 1,150 people`: the people a town or
 * parish has, or grows or falls to, are its population (the words between may only lead to the count).
 */
function peopleOfSettlement(site: ValueSite): boolean {
  const t = site.tokens;
  let i = leadOf(site) - 1;
  while (i > 0 && i >= leadOf(site) - 4 && !HOLDS_PEOPLE.has(t[i]!.lower)) {
    if (!/^(from|to|with|them|it|,|only|just|still|then)$/.test(t[i]!.lower)) return false;
    i--;
  }
  return HOLDS_PEOPLE.has(t[i]?.lower ?? '') && theSettlementAt(t, i - 1);
}

/** Words for the beasts a place keeps, counted whole. */
const STOCK_WORDS = new Set(['herd', 'herds', 'flock', 'flocks', 'livestock', 'stock']);

/**
 * `By 1885 the county's herds had grown back to 19,000 head`: what a place's herds or flocks grow or
 * fall to is how many beasts it keeps, as its people are its population; not what befell some of them.
 */
function stockGrownTo(site: ValueSite): boolean {
  const t = site.tokens;
  const lead = leadOf(site);
  if (t[lead - 1]?.lower !== 'to') return false;
  const verb = t[lead - 2]?.lower === 'back' ? lead - 3 : lead - 2;
  if (!/^(grown|grew|grow|risen|rose|rise|fallen|fell|fall|recovered|climbed|dropped|sunk|sank|returned)$/.test(t[verb]?.lower ?? '')) return false;
  return t.slice(site.clause[0], verb).some((x) => STOCK_WORDS.has(x.lower));
}

/**
 * `| Weeks of relief | 14 | 30 |`: a row labelled by a unit of time and what went on for it, a word
 * no kind of event or activity, is the time of that doing, not of an event.
 */
export function labelledDoing(site: ValueSite): string | undefined {
  const t = site.tokens;
  // (The label is the row's first cell: at the sentence's start or after a cell's bar.)
  const barOrEdge = (x: Token | undefined) => x === undefined || isCellBar(x);
  const label = t.findIndex((x) => x.kind === 'word');
  if (label < 0 || label >= site.first || !barOrEdge(t[label - 1]) || t[label + 1]?.lower !== 'of') return undefined;
  if (!/^(days|weeks|months|years|hours)$/.test(t[label]!.lower)) return undefined;
  const word = t[label + 2];
  // (The cell's words end there, before its column's header words, as a row is read: `… relief measure ;`.)
  const next = t[label + 3];
  if (word?.kind !== 'word' || !(barOrEdge(next) || isHeaderWord(next!)) || EVENT_TYPES.has(word.lower) || ACTIVITIES.has(word.lower)) return undefined;
  return word.lower;
}

/** `| Witnesses heard | 63 |`: what a row's one count, alone in its cell, counts, by the words of its label. */
function labelThing(site: ValueSite): string | undefined {
  const label = site.tokens.findIndex((x) => x.kind === 'word');
  let end = label;
  while (end >= 0 && end < site.first && !isCellBar(site.tokens[end]!)) end++;
  // (The label's own words: `| Ship: *Aldreth* | … | 227 |` counts the dead of a ship, not ships.)
  // (`| Children among the dead | 61 |`: some of the people, by age or sex, are that part of them.)
  const t = site.tokens;
  for (let i = Math.max(label, 0); i < Math.max(end, 0); i++) {
    if (isHeaderWord(t[i]!)) continue;
    const thing = partOfPeople(t, i) ?? COUNTED_THINGS.get(t[i]!.lower);
    if (thing !== undefined) return thing;
  }
  return undefined;
}

/**
 * A word for some of the people (PEOPLE_PARTS), or `civilian` said of them (`Civilian deaths`, `214
 * civilian dead`); not joined to another such word (`battlefield and civilian deaths` are all of them).
 */
function partOfPeople(t: readonly Token[], i: number): string | undefined {
  const word = t[i]!.lower;
  if (word !== 'civilian') return PEOPLE_PARTS.has(word) ? word : undefined;
  return /^(and|or|&)$/.test(t[i - 1]?.lower ?? '') || /^(and|or|&)$/.test(t[i + 1]?.lower ?? '') ? undefined : 'civilians';
}

/**
 * Animals' losses are their deaths, and so is their destruction (`Horses killed or destroyed`: put
 * down); and people a wreck or a fire destroyed died (`went down with all six of her crew`, `twelve burned`).
 */
function deathsOfTheLiving(kind: string | undefined, thing: string | undefined): string | undefined {
  if ((kind === 'casualties' || kind === 'destroyed') && thing !== undefined && ANIMALS.has(thing)) return 'deaths';
  if (kind === 'destroyed' && (thing === 'people' || PEOPLE_PARTS.has(thing ?? ''))) return 'deaths';
  return kind;
}

/** Kinds of count that are a toll: what befell people, counted whole. */
const TOLLS = new Set(['deaths', 'casualties', 'wounded']);

export function countMeasure(site: ValueSite, labelledRow = false): Measure {
  // `the extra three`, `the remaining 40`: a part of a count already given, not the count.
  if (/^(extra|additional|remaining|other)$/.test(site.tokens[site.first - 1]?.lower ?? '') && site.tokens[site.first - 2]?.lower === 'the') return { kind: 'part' };
  // `credited with 225 kills`: one fighter's tally, not an event's dead.
  if (/^(kills|victories)$/.test(site.tokens[site.end]?.lower ?? '')) return { kind: 'kills' };
  // `214 dead in a town of about 5,200`: the size of a place is its people, not what befell them.
  if (settlementOf(site)) return { kind: 'population' };
  if (stockGrownTo(site)) return { ...thingOnly(countedThing(site)), kind: 'population' };
  // `six of the seven were saved`: the seven are the whole the six are part of, not those saved.
  if (wholeOfAnother(site)) return thingOnly(countedThing(site));
  const shared = sharedFate(site);
  if (shared) return shared;
  // `61 of the garrison were dead`: the body a count is part of is not what befell it.
  const whole = partitiveWhole(site);
  // `24 of the dead were apprentices`: who some of the counted were, a part of the count, not the count.
  // (Which part, by its noun: the apprentices among the dead are not the children among them.)
  const subgroup = whole ? subgroupOfCount(site, whole) : undefined;
  if (subgroup) return { kind: `part:${subgroup}` };
  // `Twenty of the dead were buried in the old cemetery`, `buried thirty-one of the dead`: some of a
  // toll (the dead, the wounded, the casualties) are a part of it, whatever befell them, never the
  // toll (`all 45 of the dead` is the whole). (Some of a body, `150 of the garrison died`, `1,900 of
  // the evacuees had come home`, are what befell them.)
  if (whole && site.tokens[site.first - 1]?.lower !== 'all' && classesIn(site, whole[0], whole[1], COUNT_KINDS).some((k) => TOLLS.has(k))) return { kind: 'part' };
  // (`five of the arrested men`: the word of the whole only says which men they were.)
  const wholeNamesMen = whole !== undefined && (COUNTED_THINGS.has(site.tokens[whole[1]]?.lower ?? '') || participleOfWhole(site.tokens, whole[1] - 2));
  // `eleven thieves who were robbing the dead`: the dead after a count are others, not what befell it.
  // `11 (7 sunk, 4 taken)`: the parts a count is broken into say what befell them, not the whole.
  const breakdownEnd = site.tokens[site.end]?.text === '(' ? site.tokens.findIndex((x, i) => i > site.end && x.text === ')') : -1;
  const others = (i: number) => (i >= site.end && site.tokens[i]!.lower === 'dead' && site.tokens[i - 1]?.lower === 'the') || (i > site.end && i < breakdownEnd) || inTimeClauseAfter(site, i);
  // `54 prisoners: the 23 arrested on Red Saturday and the 31 taken by the dragoons`: a listed part
  // is what its own words say, else what the list counts.
  const listed = listedAfter(site);
  let kinds = listed !== undefined ? classesIn(site, site.end, listedPartEnd(site), COUNT_KINDS).filter((k) => k !== 'part') : windowKinds(site, whole, others, breakdownEnd);
  if (kinds.length === 0 && listed !== undefined) kinds = classesIn(site, listed, site.clause[0] - 1, COUNT_KINDS).filter((c) => c !== 'part');
  // `2,300 casualties, of whom 610 were killed`: a kind later in the clause when the window has none;
  // but not the verb of another count (`3,200 men reached the ford and killed 410`).
  // (`Sixty-eight men and boys drowned and 41 were injured`: the words after the next count are its own.)
  if (kinds.length === 0) {
    // (`six of the seven men were saved`: the whole a count is part of is no other count.)
    const next = site.layout.nextValue(whole ? whole[1] : site.end) ?? Infinity;
    kinds = classesIn(site, site.clause[0], site.clause[1], COUNT_KINDS, whole, (i) => others(i) || site.layout.inOtherValue(i + 1, site.first) || i >= next || garrisonFurtherOn(site, i)).filter((k) => k !== 'part');
  }
  // (With no other word for it, `640 of the garrison` counts the garrison; but in `five of the arrested
  // men were transported` the word only says which men the whole was: what befell the five is unsaid.)
  // (Nor in `we have buried above three hundred of the garrison`: what befell them is their burial.)
  if (kinds.length === 0 && whole && !wholeNamesMen && !toldBuried(site)) kinds = classesIn(site, whole[0], whole[1], COUNT_KINDS);
  // `killed 211 people: 164 settlers and 47 soldiers`: a list after a colon counts what the count before it did.
  // `Nearly two million people, soldiers and civilians, died in this battle`: a value set off in a short
  // phrase of its own takes the kind its sentence says next.
  const setOff = site.clause[1] - site.clause[0] <= site.end - site.first + 3 && site.tokens[site.clause[1]]?.text !== ';';
  if (kinds.length === 0 && setOff) kinds = classesIn(site, Math.max(site.clause[1], breakdownEnd + 1), site.tokens.length, COUNT_KINDS).filter((k) => k !== 'part');
  // `about 1,100 of the town's 6,000 people, nearly a fifth, had died`: a value set off between commas
  // leaves the clause to go on after it.
  const resumed = kinds.length === 0 ? clauseAfterApposition(site) ?? clauseBeforeOfThem(site) : undefined;
  if (resumed) kinds = classesIn(site, resumed[0], resumed[1], COUNT_KINDS).filter((k) => k !== 'part');
  // `| Soviet prisoners in the same six months | 3 million |`: a row's one count, alone in its cell,
  // counts what the row's cells before it say.
  if (kinds.length === 0 && labelledRow && aloneInCell(site)) kinds = classesIn(site, 0, site.first, COUNT_KINDS, undefined, (i) => isHeaderWord(site.tokens[i]!)).filter((k) => k !== 'part');
  // `Soviet casualties in the defence of Moscow: ~200,000`: a count alone after a colon counts what its label says.
  const label = kinds.length === 0 ? labelBeforeColon(site) : undefined;
  if (label) kinds = classesIn(site, label[0], label[1], COUNT_KINDS).filter((k) => k !== 'part');
  const thing = countedThing(site) ?? (labelledRow && aloneInCell(site) ? labelThing(site) : undefined) ?? thingOfOpeningWhole(site);
  // (`The garrison lost 300 men`: the body that lost them is who lost, not what the count is.)
  if (kinds.length === 0 || kinds[0] === LOST_RIGHT_AFTER || (kinds.every((k) => WHO_KINDS.has(k)) && bodyLost(site))) kinds = lostKinds(site, thing);
  if (kinds.length === 0 && (thing === undefined || thing === 'people') && buriedDead(site)) kinds = ['deaths'];
  // `were killed, wounded or captured`: the list goes on past the value's window.
  kinds = [...kinds, ...listedKinds(site, kinds)];
  let kind = soManyStrong(site) ? 'strength' : countKindOf(kinds);
  // (`| Deaths | … | 147 garrison, 130 townspeople |`: under a column of a toll, a body named after a count is whose toll it is.)
  if (kind === 'strength') kind = tollOfColumn(site) ?? kind;
  // (`Losses | 3,100 sheep`: animals lost are dead animals; casualties are people.)
  kind = deathsOfTheLiving(kind, thing);
  kind ??= kindByWordsAround(site, thing);
  if (site.value.measure) return { kind: `measure:${site.value.measure}` };
  // (`the township buried 23 children that winter`: children are people, and their burials too.)
  if (!kind && (thing === undefined || thing === 'people' || PEOPLE_PARTS.has(thing)) && toldBuried(site)) kind = 'burials';
  if (!kind && thing === 'people' && menOfABody(site)) kind = 'strength';
  kind ??= actOf(site, whole, wholeNamesMen);
  return { ...(kind ? { kind } : {}), ...(thing ? { thing } : {}) };
}

/**
 * `600 of them seized the customs house`: with no word for what is counted, what the counted did; or
 * what was done to them (`she carried twelve women out`).
 */
function actOf(site: ValueSite, whole: readonly [number, number] | undefined, wholeNamesMen: boolean): string | undefined {
  // (`It heard 206 witnesses and presented its report`: a count right after a verb is its object, and
  // the verbs after it are the subject's deeds, not the counted's.)
  if (isPastVerb(site.tokens[site.first - 1])) {
    const done = deedDoneTo(site);
    return done ? `act:to-${done}` : undefined;
  }
  // (`five of the arrested men were transported`: what the whole was is not what the five did.)
  const act = actAfter(site, whole ? whole[1] + (wholeNamesMen && !participleOfWhole(site.tokens, whole[1] - 2) ? 1 : 0) : site.end);
  return act ? `act:${act}` : undefined;
}

/** A verb in the past, in lower case (`carried`, `heard`, `took`). */
export function isPastVerb(w: Token | undefined): boolean {
  return w !== undefined && w.kind === 'word' && !/^\p{Lu}/u.test(w.text) && (IRREGULAR_PAST.has(w.lower) || (/ed$/.test(w.lower) && w.lower.length > 4));
}

/** Verbs of coming on a count, which do nothing to what is counted. */
const FINDING_VERBS = new Set(['found', 'listed', 'named', 'registered', 'enumerated', 'saw', 'heard', 'met', 'knew', 'had', 'kept', 'numbered', 'tallied', 'totalled', 'totaled']);

/**
 * `she carried twelve women out herself`: a count right after the deed someone did to it (its
 * object, a past verb: see actOf) counts those the deed was done to. Not a count of the lexicon's own (`killed 40`), nor one
 * that gives a force's size (`landed 2,400 men`), nor one that the deed of a place or a body tells.
 */
function deedDoneTo(site: ValueSite): string | undefined {
  const t = site.tokens;
  const verb = t[site.first - 1]!;
  if (COUNT_KINDS.has(verb.lower) || STRENGTH_BEFORE.has(verb.lower)) return undefined;
  // (`they counted 121`, `he found 112`: telling a count, or coming on it, does nothing to what is counted.)
  if (SPEECH_VERBS.has(verb.lower) || REPORTING_WORDS.has(verb.lower) || FINDING_VERBS.has(verb.lower)) return undefined;
  // (Someone's deed, told by a pronoun: `Pellory buried 194 people` is a place's toll, and `were
  // carried` makes the count the deed's subject, not its object.)
  return toldOfSomeone(t, site.first - 1) ? stem(verb.lower) : undefined;
}

/**
 * Whether the verb at `at` is someone's, told by a pronoun before it, past auxiliaries and the like
 * (`we have buried`, `she then carried`): not a place's (`Pellory buried`) nor a passive's.
 */
function toldOfSomeone(t: readonly Token[], at: number): boolean {
  let who = at - 1;
  while (/^(have|has|had|now|since|then|also|alone|herself|himself|themselves)$/.test(t[who]?.lower ?? '')) who--;
  return /^(we|i|he|she|they)$/.test(t[who]?.lower ?? '');
}

/** `The garrison that surrendered was about 1,100 strong`, `900 men strong`: a body's size, whatever befell it. */
function soManyStrong(site: ValueSite): boolean {
  const t = site.tokens;
  return t[site.end]?.lower === 'strong' || (t[site.end + 1]?.lower === 'strong' && isPersonWord(t[site.end]));
}

/**
 * `the 1,150 men of the garrison had to leave their weapons`, `About 1,100 men of the League garrison
 * marched out`: men of a body, where nothing befell them, are its strength.
 */
function menOfABody(site: ValueSite): boolean {
  const t = site.tokens;
  if (!isPersonWord(t[site.end]) || t[site.end + 1]?.lower !== 'of') return false;
  for (let i = site.end + 2; i < Math.min(t.length, site.end + 6); i++) {
    if (FORCE_NOUNS.has(t[i]!.lower)) return true;
    if (t[i]!.kind !== 'word') return false;
  }
  return false;
}

/**
 * `Of the 6,400 houses destroyed, 4,100 were lost to the fire`: a bare count in the clause after a
 * sentence's opening `Of the …,` counts a part of those things, and so counts that thing.
 */
function thingOfOpeningWhole(site: ValueSite): string | undefined {
  const t = site.tokens;
  const comma = site.clause[0] - 1;
  // (Not a count with a noun of its own: `Of the 900 men, 400 soldiers …`.)
  if (t[comma]?.text !== ',' || (t[site.end] !== undefined && isPluralNoun(t[site.end]!))) return undefined;
  let open = comma - 1;
  while (open > 0 && !/^[,;:.]$/.test(t[open - 1]!.text)) open--;
  if (t[open]?.lower !== 'of' || !/^(the|these|those)$/.test(t[open + 1]?.lower ?? '')) return undefined;
  for (let k = open + 2; k < comma; k++) {
    const w = t[k]!;
    const thing = COUNTED_THINGS.get(w.lower) ?? (isPluralNoun(w) ? pluralThing(w) : undefined);
    if (thing) return thing;
  }
  return undefined;
}

/**
 * `four hundred were buried in the blockade`: people buried in an event are its dead, counted at their
 * burial. Not those buried alive, or by a fall (`30 were buried by the fall`), nor those buried from
 * one place or in one ground (`Nineteen were buried from the Hall`), a part of the dead.
 */
function buriedDead(site: ValueSite): boolean {
  const t = site.tokens;
  const k = site.end + (t[site.end]?.lower === 'people' || t[site.end]?.lower === 'souls' ? 1 : 0);
  if (!/^(were|was)$/.test(t[k]?.lower ?? '') || t[k + 1]?.lower !== 'buried' || !/^(in|during)$/.test(t[k + 2]?.lower ?? '')) return false;
  const at = t[k + 3]?.lower === 'the' ? k + 4 : k + 3;
  return EVENT_TYPES.has(t[at]?.lower ?? '');
}

/**
 * `We have buried 161 of our townspeople`, `ninety were buried in the new ground`: the buried are dead,
 * but a count of burials may be a part of the dead (one churchyard's, one week's), so it only fits a
 * toll (lossesFit). Not those buried alive, or by a fall.
 */
function toldBuried(site: ValueSite): boolean {
  const t = site.tokens;
  // (Of someone who buried them, `we`, `he`; what a place buried is its toll, `Pellory buried 194`.)
  const lead = leadOf(site);
  if (t[lead - 1]?.lower === 'buried') return toldOfSomeone(t, lead - 1) || buriedByACommunity(t, lead - 1);
  const k = site.end + (t[site.end]?.lower === 'people' || t[site.end]?.lower === 'souls' ? 1 : 0);
  return /^(were|was)$/.test(t[k]?.lower ?? '') && t[k + 1]?.lower === 'buried' && !/^(alive|by|under|beneath)$/.test(t[k + 2]?.lower ?? '');
}

/** `the township buried 23 children`, `the parish buried`: a community's burials, as someone's are. */
function buriedByACommunity(t: readonly Token[], at: number): boolean {
  return COMMUNITIES.has(t[at - 1]?.lower ?? '') && /^(the|our|their|its|whole)$/.test(t[at - 2]?.lower ?? '');
}

const COMMUNITIES = new Set(['township', 'parish', 'town', 'village', 'city', 'borough', 'hamlet', 'congregation', 'community', 'district']);

/**
 * `Thirty-seven men we lost`: lost people, with nothing else said, are the dead; lost ships are
 * destroyed. `1,300 people lost their homes`: the homeless.
 */
const LOST = /^(lost|loses|lose)$/;
/** What windowKinds says of a count a loss follows (`twenty-seven were lost`): the kind lostKinds reads. */
const LOST_RIGHT_AFTER = 'lost right after';

function lostKinds(site: ValueSite, thing: string | undefined): string[] {
  // (`Halvene loses 187 men`: a timeline's present is the past.)
  const lostAt = site.tokens.findIndex((t, i) => i >= site.clause[0] && i < site.clause[1] && LOST.test(t.lower));
  if (lostAt < 0) return [];
  const lostWhat = (k: number) => (/^(their|his|her|its|our)$/.test(site.tokens[k + 1]?.lower ?? '') ? site.tokens[k + 2] : site.tokens[k + 1])?.lower ?? '';
  if (/^(homes?|houses?)$/.test(lostWhat(lostAt))) return ['homeless'];
  if (/^(lives|life)$/.test(lostWhat(lostAt))) return ['deaths'];
  // (`seven owners lost everything`, `120 children lost a father`: what they lost is said, and it is
  // not their lives.)
  const lostSomething = (i: number) => /^(everything|all|their|his|her|its|our|a|an|money|fortunes?|savings|homes?|land|property|fathers|mothers|husbands|wives|sons|daughters|parents|brothers|children)$/.test(site.tokens[i + 1]?.lower ?? '');
  // (`46 boats go out and 11 are lost`: a `lost` after another count is that count's.)
  let nextCount = site.end;
  while (nextCount < site.clause[1] && !site.layout.inOtherValue(nextCount, site.first)) nextCount++;
  if (!site.tokens.slice(site.clause[0], nextCount).some((t, k) => LOST.test(t.lower) && !lostSomething(site.clause[0] + k))) return [];
  // (`The town lost 31 ships to capture`, `lost 200 men to desertion`: what they were lost to says how.)
  const lostTo = lossesWay(site);
  if (lostTo !== undefined) return [lostTo];
  // (`the soviets lost over a million soldiers`: an army's losses, killed, wounded and taken together.)
  if (SOLDIER_WORDS.has(site.tokens[site.end]?.lower ?? '')) return ['casualties'];
  // (`the four million lost in the first six months`: those `the` count and `lost` follows, lost by no
  // one named, may be the dead or all the losses.)
  if (site.tokens[site.first - 1]?.lower === 'the' && site.tokens[afterNoun(site)]?.lower === 'lost' && (thing === undefined || thing === 'people')) return ['losses'];
  // (`the Brennish lost about 3,000 men`, `the army lost 1,900 men`: what an army or a side lost may be
  // its dead or all its losses; which, the words do not say.)
  if ((thing === undefined || thing === 'people') && armyLoses(site.tokens, lostAt)) return ['losses'];
  // (`Between the two counts the island lost 1,815 people`: a place that lost people between two
  // moments, where the clause names no happening, lost them by deaths and leaving alike: no toll.)
  if ((thing === undefined || thing === 'people') && placeLosesPeople(site, lostAt)) return ['people lost'];
  // (`4,610 head lost`: animals lost are dead animals, as their losses are.)
  return thing === undefined || thing === 'people' || PEOPLE_PARTS.has(thing) || ANIMALS.has(thing) ? ['deaths'] : ['destroyed'];
}

/** `Between the censuses the island lost`: a settlement before `lost`, after `between`, in a clause that names no kind of event. */
function placeLosesPeople(site: ValueSite, lostAt: number): boolean {
  const t = site.tokens;
  if (!t.slice(0, lostAt).some((x) => x.lower === 'between')) return false;
  const k = /^(had|has|have)$/.test(t[lostAt - 1]?.lower ?? '') ? lostAt - 2 : lostAt - 1;
  return theSettlementAt(t, k) && !t.slice(site.clause[0], site.clause[1]).some((x) => EVENT_TYPES.has(x.lower));
}

/** The kind of count a `to` after a loss's count names (`lost 31 ships to capture`: taken), if it names one. */
function lossesWay(site: ValueSite): string | undefined {
  const t = site.tokens;
  for (let k = site.end; k < Math.min(site.clause[1], site.end + 3); k++) {
    if (t[k]!.lower !== 'to') continue;
    const way = t[k + 1]?.lower ?? '';
    return COUNT_KINDS.get(way) ?? COUNT_KINDS.get(`${way}d`);
  }
  return undefined;
}

/** `the army lost`, `the Brennish lost`: a force or a side (a capitalised word after `the`) before `lost`. */
function armyLoses(tokens: readonly Token[], lostAt: number): boolean {
  const before = tokens[lostAt - 1];
  if (before === undefined) return false;
  // (`the Red Army lost`: the capitalised words of a name, after `the`.)
  let first = lostAt - 1;
  while (first > lostAt - 3 && /^\p{Lu}/u.test(tokens[first - 1]?.text ?? '') && tokens[first - 1]!.lower !== 'the') first--;
  return (FORCE_NOUNS.has(before.lower) && /^\p{Ll}/u.test(before.text)) || (/^\p{Lu}/u.test(before.text) && tokens[first - 1]?.lower === 'the');
}

/** `The garrison lost 300 men`: a body of men, right before `lost` in the value's clause, before the value. */
function bodyLost(site: ValueSite): boolean {
  const t = site.tokens;
  for (let i = site.clause[0] + 1; i < site.first; i++) if (LOST.test(t[i]!.lower) && armyLoses(t, i)) return true;
  return false;
}

/** Words for fighting men, whose losses are an army's casualties. */
const SOLDIER_WORDS = new Set(['soldiers', 'troops']);

// ---- durations ----------------------------------------------------------------------------------

const TAKE_WORDS = new Set(['took', 'take', 'takes', 'taking', 'taken']);
/** Words that make a take an idiom of its own (`taken prisoner`, `took part`, `took place`). */
const TAKE_IDIOMS = new Set(['prisoner', 'prisoners', 'captive', 'captives', 'part', 'place', 'hold', 'command', 'power', 'office']);
/** `A blog account gives the battle 199 days`: a length an account gives an event. */
const GIVE_WORDS = new Set(['gives', 'gave', 'give', 'puts', 'credits', 'assigns', 'allots', 'calls', 'called']);
/** Verbs that report a figure someone gives (`says`, `counts`, and those that give one). */
const REPORTING_WORDS = new Set(['says', 'said', 'say', 'counts', 'counted', 'count', 'reckons', 'reckoned', 'estimates', 'estimated', 'claims', 'claimed', ...GIVE_WORDS]);
/** Words that may stand after a reported bare figure (`counts 199 days instead`). */
const BARE_AFTER = /^(instead|too|also|though|then|again)$/;
const FOR_IN = new Set(['for', 'in', 'within', 'over']);

/** Documents written as things went on, whose figures are those so far. */
const RUNNING_DOCUMENTS = new Set(['letter', 'letters', 'diary', 'journal', 'entry', 'log', 'dispatch', 'despatch']);

/** Someone told or complained `that …` before the value: what they told is as of then. */
function toldThat(tokens: readonly Token[], before: number): boolean {
  return tokens.slice(0, before).some((x, i) => TELLING_VERBS.has(x.lower) && tokens[i + 1]?.lower === 'that');
}

/**
 * `In his second letter he wrote that …`: what a letter or diary said, reported (a verb of writing and
 * `that` before the value, a document named before that).
 */
export function reportedFromDocument(tokens: readonly Token[], before: number): boolean {
  const words = tokens.slice(0, before).map((x) => x.lower);
  const said = words.findIndex((w, i) => /^(wrote|writes|noted|notes|recorded|records|reported|reports)$/.test(w) && words.slice(i + 1, i + 4).includes('that'));
  return said > 0 && words.slice(0, said).some((w) => RUNNING_DOCUMENTS.has(w));
}

/** Spans of the calendar a length may be a part of (`nineteen weeks of the spring`). */
const SEASON_SPANS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'month']);

/** A season, a year or a month at token i, past `the`, `that` or `this` (`that summer`, `the year`, `March`). */
function timeOfYearAt(tokens: readonly Token[], i: number): boolean {
  const k = /^(the|that|this)$/.test(tokens[i]?.lower ?? '') ? i + 1 : i;
  const word = tokens[k]?.lower ?? '';
  return SEASON_SPANS.has(word) || MONTHS[word] !== undefined;
}

/** Words for one part of an event in time, and the words that say which part. */
const PHASE_WORDS = new Set(['phase', 'stage', 'part', 'period', 'portion', 'half', 'spell', 'round']);
const PART_ORDER = new Set(['first', 'second', 'third', 'final', 'last', 'opening', 'closing', 'early', 'earlier', 'late', 'later', 'main', 'decisive', 'middle']);

/** Verbs that say how long something went on, whatever went on. */
const HOW_LONG_WORDS = new Set(['lasted', 'lasting', 'lasts', 'last', 'raged', 'continued', 'endured', 'persisted', 'dragged', 'spanned', 'stretched']);

/**
 * `the final phase of the siege lasted about twenty-eight months`: the length of one part of it, not of
 * the whole; `For nineteen weeks of the spring following, …`, `six weeks of that summer`: a part of a
 * season or a year, not an event's length.
 */
function partNamed(site: ValueSite, clauseBefore: readonly string[]): boolean {
  const t = site.tokens;
  if (clauseBefore.some((w, i) => PHASE_WORDS.has(w) && PART_ORDER.has(clauseBefore[i - 1] ?? '') && clauseBefore[i + 1] === 'of')) return true;
  return t[site.end]?.lower === 'of' && /^(the|that|this)$/.test(t[site.end + 1]?.lower ?? '') && SEASON_SPANS.has(t[site.end + 2]?.lower ?? '');
}

/** A value a label, an apposition or a bare report says is a length. */
function saidToBeALength(site: ValueSite, firstOfValue: number): boolean {
  const t = site.tokens;
  const before = t[firstOfValue - 1]?.lower ?? '';
  // `Length: over six months`: a label says what the value is.
  if (before === ':' && /^(length|duration)$/.test(t[firstOfValue - 2]?.lower ?? '')) return true;
  // `Its figure for the length of the fighting, 199 days, sounds precise`: a value set off by commas
  // renames the phrase just before it.
  if (before === ',' && site.clause[0] === firstOfValue && site.clause[1] === site.end && firstOfValue > 1 && clauseBeforeSays(site, firstOfValue - 1, LENGTH_NOUNS)) return true;
  // (`Length of the battle of Stalingrad: 199 days`: a label that opens on the word.)
  if (before === ':' && /^(length|duration)$/.test(t[0]?.lower ?? '') && !t.slice(1, firstOfValue - 1).some((x) => x.text === ':')) return true;
  // `The other blog gives 199 days`, `the society says eleven weeks`: a figure reported bare is the
  // length the text tells of.
  const reporter = bareReporterAt(site, firstOfValue);
  return reporter !== undefined && REPORTING_WORDS.has(t[reporter]?.lower ?? '');
}

/**
 * Where a value stands bare, with no verb or word of its own after it in its clause (`counts 199 days
 * instead`): the place of the word before it, past a softener (`counts exactly 199 days`), which may
 * say who reports it. Else undefined.
 */
function bareReporterAt(site: ValueSite, firstOfValue: number): number | undefined {
  const t = site.tokens;
  const bareEnd = BARE_AFTER.test(t[site.end]?.lower ?? '') ? site.end + 1 : site.end;
  if (bareEnd < site.clause[1] && t[bareEnd]!.kind !== 'punct') return undefined;
  return SOFTENERS.has(t[firstOfValue - 1]?.lower ?? '') ? firstOfValue - 2 : firstOfValue - 1;
}

/** Verbs by which a text finds or makes a figure (`Lowesby finds 172`, `I make it 136`). */
const FINDING_WORDS = new Set(['finds', 'found', 'find', 'makes', 'made', 'make', 'lists', 'listed', 'records', 'recorded', 'names', 'named']);
/** Words for a figure a text puts at a value (`put the figure at some 1,700`, `puts the toll at 97`). */
const PUT_AT_WORDS = new Set(['figure', 'toll', 'number', 'total', 'count', 'it']);

/**
 * `Albrey counts some 400.`, `Lowesby finds 172`, `Sallow gives 45 instead`, `I make it 136`, `put
 * the figure at some 1,700`, `the true figure is thirteen`: a count reported bare, with no word of its
 * own after it, is a figure for what was counted just before it (see Discourse.countTold).
 */
export function reportedBareCount(site: ValueSite): boolean {
  const t = site.tokens;
  const k = bareReporterAt(site, leadOf(site));
  if (k === undefined) return false;
  const verb = t[k]?.lower ?? '';
  if (REPORTING_WORDS.has(verb) || FINDING_WORDS.has(verb)) return true;
  // (`I make it 136`; `put the figure at 1,700`.)
  if (verb === 'it') return /^(makes|made|make|puts|put)$/.test(t[k - 1]?.lower ?? '');
  // (`insists the true figure is thirteen`, `the real total was 41`.)
  if (/^(is|was)$/.test(verb)) return PUT_AT_WORDS.has(t[k - 1]?.lower ?? '') && t[k - 1]?.lower !== 'it';
  return verb === 'at' && PUT_AT_WORDS.has(t[k - 1]?.lower ?? '') && t.slice(Math.max(0, k - 4), k - 1).some((x) => /^(puts|put|putting|sets|set|places|placed)$/.test(x.lower));
}

/**
 * `150 years ago`, `went back a fortnight ago`: the time from an event to the writer's day; `nearly a
 * year into the blockade`, `six weeks into the strike`: the time it had gone on so far.
 */
function sinceAMoment(site: ValueSite): 'ago' | 'so far' | undefined {
  const after = site.tokens[site.end]?.lower;
  if (after === 'ago') return 'ago';
  return after === 'into' && site.tokens[site.end + 1]?.kind === 'word' ? 'so far' : undefined;
}

/**
 * `The men have been out six days`, `it has lasted a month`: the time so far, not how long it lasted.
 * (`he wrote that they had held the citadel nineteen days`: the same, reported from a letter.)
 */
function perfectSoFar(t: readonly Token[], clauseBefore: readonly string[], firstOfValue: number): boolean {
  const perfect = (w: string) => /^(have|has|'ve)$/.test(w) || (w === 'had' && reportedFromDocument(t, firstOfValue));
  // (`We have now kept this blockade seven weeks`: an adverb may stand between.)
  const soFarVerb = (w: string | undefined) => /^(been|lasted|gone|held|stayed|kept)$/.test(w ?? '');
  const soFarAt = (i: number) => soFarVerb(clauseBefore[i + 1]) || (/^(now|already|still)$/.test(clauseBefore[i + 1] ?? '') && soFarVerb(clauseBefore[i + 2]));
  if (clauseBefore.some((w, i) => perfect(w) && soFarAt(i))) return true;
  // (`Tobin Fell complained that the squadron had kept the blockade for seven weeks`: the time so far
  // when he told it; not `had been signed a year before`.)
  return toldThat(t, firstOfValue) && clauseBefore.some((w, i) => w === 'had' && /^(kept|held|stayed)$/.test(clauseBefore[i + 1] ?? ''));
}

/**
 * `the gap between the surrender and the attack was 90 days`, `the interval from … to`; in a table
 * row, its cells before the value (`| Gap between Germany's surrender and the attack on Japan | 90 days |`,
 * `| Months from Moscow to Order No. 227 | 7 |`, a label of units from one thing to another).
 */
function labelledBetween(site: ValueSite, firstOfValue: number, clauseBefore: readonly string[]): boolean {
  const t = site.tokens;
  const labelled = t.slice(0, firstOfValue).some(isCellBar) ? t.slice(0, firstOfValue).map((x) => x.lower) : clauseBefore;
  return labelled.some((w, i) => /^(gap|gaps|interval)$/.test(w) || (/^(time|hours|days|weeks|months|years)$/.test(w) && /^(between|from)$/.test(labelled[i + 1] ?? ''))) ||
    spanCellBefore(t, firstOfValue);
}

/** `| From Germany's defeat to the attack on Japan | 90 days |`: a cell before the value's that names a span's two ends. */
function spanCellBefore(t: readonly Token[], firstOfValue: number): boolean {
  let opening: string | undefined;
  let closes = false;
  for (let i = 0; i < firstOfValue; i++) {
    const x = t[i]!;
    if (isCellBar(x)) {
      if (opening && closes) return true;
      [opening, closes] = [undefined, false];
    } else if (x.kind === 'word' && x.end > x.start) {
      if (opening === undefined) opening = x.lower;
      else if ((opening === 'from' && /^(to|until|till)$/.test(x.lower)) || (opening === 'between' && x.lower === 'and')) closes = true;
    }
  }
  return false;
}

/**
 * `| 6 months | time it took Soviet casualties to pass 4 million |`: a value alone in its table cell
 * whose next cell says it is the time something took to happen, or the time until or before it.
 */
function describedAsTimeUntil(site: ValueSite): boolean {
  const t = site.tokens;
  const next = t[site.end];
  const previous = t[site.first - 1];
  // (Alone: a bar, or a header word of no width, right before it.)
  if (next === undefined || !isCellBar(next) || (previous !== undefined && !isCellBar(previous) && previous.end > previous.start)) return false;
  const words: string[] = [];
  for (let i = site.end + 1; i < t.length && !isCellBar(t[i]!); i++) if (t[i]!.end > t[i]!.start) words.push(t[i]!.lower);
  const took = words.findIndex((w) => TAKE_WORDS.has(w));
  return (took >= 0 && words.slice(took + 1).some((w, i, a) => (w === 'to' && a[i + 1] !== undefined) || w === 'for')) ||
    words.some((w, i) => w === 'time' && /^(until|till|before|between|from)$/.test(words[i + 1] ?? ''));
}

/**
 * `After nine weeks the strike ended`, `After eleven weeks the men have gone back`: a time that opens its
 * clause with `After`, whose clause then tells an end (ended, was over, went back), is how long what
 * ended went on. (Not `went back down the pit`, a return to a place.)
 */
function endsAfterIt(t: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = t[i]!.lower;
    if (/^(ended|finished|over)$/.test(w) && (w !== 'over' || /^(was|were|is|are)$/.test(t[i - 1]?.lower ?? ''))) return true;
    if (w === 'back' && /^(went|gone|go|came|come|returned)$/.test(t[i - 1]?.lower ?? '') && !/^(down|into|to|under|in)$/.test(t[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * `rescuers took six days to reach …` (the time until), `reaching Berlin took two years` (how long
 * it took): a time a `took` in the value's clause tells, if one does.
 */
function timeItTook(site: ValueSite, clauseBefore: readonly string[]): 'between' | 'length' | undefined {
  // (Not a `took` of an earlier verb joined by `and`: `She took off 312 islanders and sailed after nine hours`.)
  const took = clauseBefore.length - 1 - [...clauseBefore].reverse().findIndex((w) => TAKE_WORDS.has(w));
  // (Nor `taken prisoner in six months`, `took part`, `took place`: a take of an idiom is no time it took.)
  if (took >= clauseBefore.length || clauseBefore.slice(took + 1).includes('and') || TAKE_IDIOMS.has(clauseBefore[took + 1] ?? '')) return undefined;
  // (`took two years of fighting before they took Berlin`: until then; `reaching Berlin took two years after that`: from then.)
  const until = site.tokens.slice(site.end, site.clause[1]).some((x, i, a) => (x.lower === 'to' && a[i + 1]?.kind === 'word') || /^(for|before|until|till|after)$/.test(x.lower));
  return until ? 'between' : 'length';
}

/** length (how long something went on), between (time from one event to another) or remaining. */
function durationKind(site: ValueSite): 'length' | 'between' | 'remaining' | 'ago' | 'so far' | 'phase' | undefined {
  const t = site.tokens;
  const firstOfValue = leadOf(site);
  const before = t[firstOfValue - 1]?.lower ?? '';
  const after = t[site.end]?.lower ?? '';
  const clauseBefore = t.slice(site.clause[0], firstOfValue).map((x) => x.lower);
  if (partNamed(site, clauseBefore)) return 'phase';
  // (`The inquest was opened on Monday and adjourned for a fortnight`: a pause in it, not its length.)
  if (before === 'for' && /^(adjourned|adjourns|suspended|postponed|deferred|recessed|paused|halted|interrupted)$/.test(t[firstOfValue - 2]?.lower ?? '')) return 'phase';
  if (REMAINING_WORDS.has(before) || /^(more|further)$/.test(t[site.first + 1]?.lower ?? '')) return 'remaining';
  const since = sinceAMoment(site);
  if (since) return since;
  if (saidToBeALength(site, firstOfValue)) return 'length';
  if (perfectSoFar(t, clauseBefore, firstOfValue)) return 'so far';
  // `Five days now they have been at the trial`, `Nine weeks now the gates have been shut`: the same;
  // and `seventy days of holding out at one point`, `… so far`.
  if (after === 'now') return 'so far';
  const clause = t.slice(site.clause[0], site.clause[1]).map((x) => x.lower);
  if (clause.some((w, i) => (w === 'so' && clause[i + 1] === 'far') || (w === 'one' && clause[i - 1] === 'at' && clause[i + 1] === 'point'))) return 'so far';
  // `it took six months for …`, `rescuers took six days to reach …`, `worked for six weeks to reach …`:
  // the time until something happened.
  // `The men waited fifteen weeks for an answer`: the time until it came. And a time labelled as between.
  if (clauseBefore.some((w) => /^(waited|wait|waits|waiting)$/.test(w)) || labelledBetween(site, firstOfValue, clauseBefore) || describedAsTimeUntil(site)) return 'between';
  // (`one crossing could take around 40 minutes`, `a march can last a week`: what something may take is
  // how long such a thing goes, no event's length.)
  if (clauseBefore.some((w, i) => (TAKE_WORDS.has(w) || /^(last|lasts)$/.test(w)) && /^(could|might|can|may)$/.test(clauseBefore[i - 1] ?? ''))) return undefined;
  const tookIt = timeItTook(site, clauseBefore);
  if (tookIt) return tookIt;
  // `they had not been paid for 19 months`: how long something did not happen is no event's length.
  // (`the families were without wages for more than six months`: nor how long people went without something.)
  if (before === 'for' && clauseBefore.some((w) => /^(not|never|without)$/.test(w) || /n['’]t$/.test(w))) return undefined;
  // `He had been chaplain of the Steadfast for six years`: how long a person was something is no event's length.
  if (before === 'for' && (personWas(t.slice(site.clause[0], firstOfValue)) || namedPersonsTime(t, site.clause[0], firstOfValue) || personDid(t, site.clause[0], firstOfValue))) return undefined;
  const toAt = t.slice(site.end, site.end + 3).findIndex((x) => x.lower === 'to');
  if (toAt >= 0 && classAt(t, site.end + toAt + 1, DATE_PHASES)) return 'between';
  // `marched on Japan 3 months after Germany fell`: a time right before `after` or `later` runs from
  // another event, whatever was done; not where the clause says how long something lasted.
  if (/^(after|later|before|earlier)$/.test(after) && before !== 'for' && !clauseBefore.some((w) => HOW_LONG_WORDS.has(w))) return 'between';
  // `The lockout lasted twelve weeks, after seven weeks of strike`: an `after` set off behind a clause
  // that told how long something lasted is the part that went before it, not its length.
  if (before === 'after' && t[firstOfValue - 2]?.text === ',' && firstOfValue >= 3 && clauseBeforeSays(site, firstOfValue - 2, HOW_LONG_WORDS)) return 'phase';
  // `lasted 41 days`, `for six weeks`, `ended after nine weeks`, `six weeks of digging`, `a five-month battle`
  // (`went on`, `went back after`; not `a pavilion went up within a fortnight`: a thing put up, no event going on.)
  if (before === 'for' || clauseBefore.some((w, i) => LASTING_WORDS.has(w) && (w !== 'went' || /^(on|back)$/.test(clauseBefore[i + 1] ?? '')))) return 'length';
  // `a siege of 96 days`, `a lockout of nearly six months`: an event's length, told after its word.
  if (before === 'of' && EVENT_TYPES.has(t[firstOfValue - 2]?.lower ?? '')) return 'length';
  // `after a march of 38 days`, `a voyage of six weeks`: a doing named as a noun (a determiner before
  // it, perhaps one word between) and its length.
  if (before === 'of' && classAt(t, firstOfValue - 2, ACTIVITIES) && nounAfterDeterminer(t, firstOfValue - 2)) return 'length';
  // `they stayed out until 12 May, ten weeks in all`: the whole of what the sentence told.
  if (after === 'in' && /^(all|total)$/.test(t[site.end + 1]?.lower ?? '')) return 'length';
  const given = clauseBefore.findIndex((w) => GIVE_WORDS.has(w));
  // `gives the siege 41 days`, `gives it about 200 days`: the length a source gives an event.
  // (Only right after its object: `calls it a five month battle and says … three months after` gives nothing.)
  if (given >= 0 && clauseBefore.length - given <= 5 && clauseBefore.slice(given + 1).some((w) => EVENT_TYPES.has(w) || w === 'it')) return 'length';
  // (`The strike ended on 25 April, after 47 days`: a clause of its own after the end it measures.)
  // (`The Relief Works were shut today …, after eighteen months`: what was shut had run that long.)
  const endedFrom = site.clause[1] - site.clause[0] <= site.end - site.first + 2 ? lastBreak(t, site.first) + 1 : site.clause[0];
  if (before === 'after' && t.slice(endedFrom, firstOfValue).some((_, i) => /^(ended|closed)$/.test(classAt(t, endedFrom + i, DATE_PHASES) ?? ''))) return 'length';
  if (after === 'of' && classAt(t, site.end + 1, ACTIVITIES)) return 'length';
  // `the 199 days of Stalingrad`, `the 872 days of the siege`: the whole of an event, named after `of`.
  if (after === 'of' && before === 'the') {
    for (let i = site.end + 1; i <= site.end + 3 && t[i]?.kind === 'word'; i++) {
      if (EVENT_TYPES.has(t[i]!.lower) || /^\p{Lu}/u.test(t[i]!.text)) return 'length';
    }
  }
  if (EVENT_TYPES.has(after) || ACTIVITIES.has(after)) return 'length';
  // `Fourteen weeks we held Dun Carrow`: a length set in front of its clause, what lasted just after it.
  if (clauseBefore.length === 0 && /^(we|they|he|she|i|the|our|their|its)$/.test(after) &&
    t.slice(site.end + 1, site.end + 4).some((x) => LASTING_WORDS.has(x.lower) || ACTIVITIES.has(x.lower))) return 'length';
  // (`signed in different towns, more than four years apart`: the time between two events.)
  if (BETWEEN_WORDS.has(after) || after === 'apart') return 'between';
  // `The rising was over in less than three weeks`, `the siege ended within a month`: how long it lasted.
  if ((before === 'within' || before === 'in') && /^(over|ended|finished|done)$/.test(t[firstOfValue - 2]?.lower ?? '')) return 'length';
  if (before === 'after' && firstOfValue - 1 === site.clause[0] && endsAfterIt(t, site.end, site.clause[1])) return 'length';
  if (before === 'within' || before === 'in' || (before === 'after' && after !== 'of')) return 'between';
  if (FOR_IN.has(before)) return 'length';
  return undefined;
}

/** `a march`, `the long march`, `their forced march`: the word at `at` used as a noun. */
function nounAfterDeterminer(t: readonly Token[], at: number): boolean {
  const determiner = (i: number) => /^(a|an|the|its|their|his|her|our|this|that)$/.test(t[i]?.lower ?? '');
  return determiner(at - 1) || (t[at - 1]?.kind === 'word' && determiner(at - 2));
}

export function durationMeasure(site: ValueSite): Measure {
  const kind = durationKind(site);
  // (`The Relief Works closed after eighteen months`: the time before the closing, not the closure's own.)
  const afterClosing = kind === 'length' && site.tokens[leadOf(site) - 1]?.lower === 'after';
  const ragedNoFight = ragingOfNoFight(site);
  const tookUpTime = occupiedTime(site);
  const activities = classesIn(site, site.clause[0], site.clause[1], ACTIVITIES).filter((a) => !(afterClosing && a === 'closure') && !(ragedNoFight && a === 'fighting') && !(tookUpTime && a === 'holding'));
  // `was held for three weeks`, `were kept at Skerrow Point for 23 days` (people, held) is a detention;
  // `held the house for 60 days` a holding.
  const before = site.tokens.slice(site.clause[0], site.first).map((t) => t.lower);
  const heldAt = before.findIndex((w) => w === 'held' || w === 'kept');
  const passiveHeld = heldAt > 0 && before.slice(0, heldAt).some((w) => /^(was|were|been|being)$/.test(w));
  // What went on matters to how long it went on, not to the time between two events.
  // `Three were sentenced to transportation, Garrow among them for seven years`: a penalty's length.
  const penalty = activities.length === 0 && site.tokens.slice(0, site.first).some((x) => x.lower === 'sentenced');
  let thing = kind === 'between' || kind === 'remaining' || kind === 'ago' || kind === 'so far' ? undefined : passiveHeld ? 'detention' : penalty ? 'sentence' : delayedBy(site) ?? timeSpent(site) ?? willedFor(site) ?? deedAfterAnd(site) ?? activities[0];
  // `Pavlov's men held a single apartment block for 58 days`: holding one thing of many (a house, a
  // line), not the place the event is about, is a holding of its own.
  if (thing === 'holding' && holdsAPart(site)) thing = 'holding a part';
  if (thing === undefined && kind === 'length') thing = doingNamed(site.tokens, site.clause[0], leadOf(site)) ?? ownedThingLasted(site) ?? doingFor(site) ?? peopleTook(site) ?? thingsDoing(site);
  return { ...(kind ? { kind } : {}), ...(thing ? { thing } : {}) };
}

/**
 * `After the fall the ferry took people across for almost six years`: a thing (no event, activity,
 * person or force) that did something for a time did a doing of its own, which is no event's length.
 */
function thingsDoing(site: ValueSite): string | undefined {
  const t = site.tokens;
  const lead = leadOf(site);
  if (t[lead - 1]?.lower !== 'for') return undefined;
  for (let i = site.clause[0]; i + 2 < lead; i++) {
    if (!/^(the|a|an|its|their|his|her)$/.test(t[i]!.lower)) continue;
    const [doer, verb] = [t[i + 1]!, t[i + 2]!];
    // (One thing, not people: `the braiders met … for sixteen weeks` may be the strike they kept up.)
    if (doer.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(doer.text) || /s$/.test(doer.lower) || lexiconKnows(doer.lower) || isPersonWord(doer) || FORCE_NOUNS.has(doer.lower)) continue;
    // (Done to something: `the mountain rumbled for five weeks`, `the shaft burned for eleven weeks` is
    // the course of an event, which no object follows.)
    const object = t[i + 3];
    const done = (object?.kind === 'word' && /^\p{Ll}/u.test(object.text) && !isStopword(object.lower)) || OBJECT_OPENERS.has(object?.lower ?? '');
    if (isPastVerb(verb) && done && !LASTING_WORDS.has(verb.lower) && !/^(was|were|had|did)$/.test(verb.lower)) return verb.lower;
  }
  return undefined;
}

/**
 * `That case occupied the court eight days`: a thing, no people or force, that occupied someone took up
 * their time; no holding of a place (`the Germans occupied the town for two years`).
 */
function occupiedTime(site: ValueSite): boolean {
  const t = site.tokens;
  for (let i = site.clause[0] + 1; i < site.first; i++) {
    if (!/^(occupied|occupies|occupy)$/.test(t[i]!.lower)) continue;
    const doer = t[i - 1]!;
    return doer.kind === 'word' && /^\p{Ll}/u.test(doer.text) && !isPersonWord(doer) && !FORCE_NOUNS.has(doer.lower) && !PRONOUNS.has(doer.lower) && doer.lower !== 'enemy';
  }
  return false;
}

/** Kinds of event whose raging is fighting. */
const FIGHTS: ReadonlySet<string> = new Set(['battle', 'siege', 'campaign', 'attack', 'war', 'uprising']);

/** `The fever raged in Orm from …`, `the fire raged`: a raging said of an event of no fighting kind is its own going on. */
function ragingOfNoFight(site: ValueSite): boolean {
  const t = site.tokens;
  for (let i = site.clause[0] + 1; i < site.clause[1]; i++) {
    if (!/^(raged|raging|rages)$/.test(t[i]!.lower)) continue;
    const type = EVENT_TYPES.get(t[i - 1]!.lower);
    if (type !== undefined && !FIGHTS.has(type)) return true;
  }
  return false;
}

/** Whether `stayed in` or `stayed at` opens a place's words between `from` and `to` (no verb after it). */
function stayedInAPlace(t: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to - 2; i++) {
    // (`They lived in the herring sheds there for sixteen weeks`, `were lodged at Hallin`: a stay too.)
    if (!/^(stayed|stays|stay|staying|lived|lodged|dwelt)$/.test(t[i]!.lower)) continue;
    // (`stayed on in the glens`: `on` only says they stayed longer.)
    const at = t[i + 1]!.lower === 'on' ? i + 2 : i + 1;
    // (A place its words say: `in the ruins`, `at Fort Sable`; not `stayed in force`, a state.)
    const place = t[at + 1];
    if (!/^(in|at|inside)$/.test(t[at]?.lower ?? '') || !place || !(/^(the|a|an|its|his|her|their|that|this)$/.test(place.lower) || /^\p{Lu}/u.test(place.text))) return false;
    // (A word in -ing before a noun names it: `the herring sheds`, `the dining hall`.)
    return t.slice(at + 1, to).every((x, k, words) => x.kind === 'word' && !/ed$/.test(x.lower) && !(/ing$/.test(x.lower) && words[k + 1]?.kind !== 'word'));
  }
  return false;
}

/**
 * `held up the works by about seven months`, `delayed the opening by a year`: a time something was put
 * off by, a delay, no length of what was held or of any event.
 */
function delayedBy(site: ValueSite): string | undefined {
  const t = site.tokens;
  if (t[leadOf(site) - 1]?.lower !== 'by') return undefined;
  const before = t.slice(site.clause[0], leadOf(site) - 1).map((x) => x.lower);
  const put = before.some((w, i) => /^(delayed|postponed|deferred)$/.test(w) || (/^(held|put|set|pushed)$/.test(w) && /^(up|back)$/.test(before[i + 1] ?? '')));
  return put ? 'delay' : undefined;
}

/**
 * `my family spent four days in Volgograd`, `they spent a week digging`: time spent somewhere is a
 * stay there, and time spent doing something is that doing; neither is the length of an event.
 * So is a time someone or something stayed.
 */
function timeSpent(site: ValueSite): string | undefined {
  const t = site.tokens;
  // `the hospital ship stayed only nine hours`, `the relief army stayed for two weeks`: a stay too,
  // the time right after the verb (not how long something stayed so, `stayed off the water for six
  // weeks`, `stayed out`: men on strike).
  const lead = leadOf(site);
  let k = lead - 1;
  while (k > site.clause[0] && /^(only|just|for|there|on|barely|another)$/.test(t[k]!.lower)) k--;
  if (/^(stayed|stays|stay|staying)$/.test(t[k]?.lower ?? '')) return 'stay';
  // `Arkady's regiment stayed in the ruins for seventy days`: a stay in a place, told before its time.
  if (t[lead - 1]?.lower === 'for' && stayedInAPlace(t, Math.max(site.clause[0], lead - 7), lead - 1)) return 'stay';
  // (`Threlfall had been a captain in the Fells for twenty-three years`: how long someone was something,
  // or served as it, is their own time.)
  const clause = t.slice(site.clause[0], lead);
  if (t[lead - 1]?.lower === 'for' && clause.some((x, i) => /^(was|were|been|served|worked)$/.test(x.lower) && /^(a|an|as)$/.test(clause[i + 1]?.lower ?? ''))) return 'tenure';
  if (!/^(spent|spend|spends|spending)$/.test(t[leadOf(site) - 1]?.lower ?? '')) return undefined;
  const after = t[site.end];
  if (isDoing(after)) return after!.lower;
  // (`They spent sixteen weeks at sea`: time at sea is a voyage.)
  if (after?.lower === 'at' && t[site.end + 1]?.lower === 'sea') return 'voyage';
  return /^(in|at|on|with|there|here)$/.test(after?.lower ?? '') ? 'stay' : undefined;
}

/** Verbs of will, attempt or command, which take a `to` of what was willed (`refused to`, `ordered them to`). */
const WILLING_VERBS = new Set([
  'refused', 'tried', 'attempted', 'hoped', 'wanted', 'planned', 'promised', 'failed', 'wished', 'intended', 'declined',
  'ordered', 'begged', 'asked', 'demanded', 'expected', 'vowed', 'threatened', 'forbade', 'urged', 'told', 'allowed',
]);

/**
 * `Hitler refused to let Paulus break out for two months`, `ordered the garrison to hold out for a
 * week`: a length after `for`, in a clause where a verb of will, attempt or command takes a `to`
 * before it, is the time of what was willed (or of the willing), not the length of the event around it.
 */
function willedFor(site: ValueSite): string | undefined {
  const t = site.tokens;
  const lead = leadOf(site);
  if (t[lead - 1]?.lower !== 'for') return undefined;
  for (let i = site.clause[0]; i < lead - 1; i++) {
    if (!WILLING_VERBS.has(t[i]!.lower)) continue;
    const to = t.slice(i + 1, Math.min(i + 5, lead - 1)).findIndex((x) => x.lower === 'to');
    if (to >= 0 && t[i + 2 + to]?.kind === 'word') return t[i]!.lower;
  }
  return undefined;
}

/**
 * A length after `for`, in a clause that says what was done by a verb the lexicon knows no activity
 * for, is of that doing, not of the event the clause names: a passive (passiveDoing) or a verb with
 * an object (activeDoing).
 */
function doingFor(site: ValueSite): string | undefined {
  if (site.tokens[leadOf(site) - 1]?.lower !== 'for') return undefined;
  return passiveDoing(site) ?? activeDoing(site) ?? goingOnDoing(site) ?? peopleDoing(site) ?? juryOut(site);
}

/** `The jury was out for five hours`: a jury out is deliberating, not the trial's length. */
function juryOut(site: ValueSite): string | undefined {
  const t = site.tokens;
  const at = leadOf(site) - 2;
  return t[at]?.lower === 'out' && /^(was|were)$/.test(t[at - 1]?.lower ?? '') && /^(jury|juries|jurors)$/.test(t[at - 2]?.lower ?? '') ? 'deliberation' : undefined;
}

/**
 * `The Charity Bell's crew rowed for nine hours`: people who did something for a time, with no object,
 * took that time doing it; not an event's length. (Not holding, fighting or marching, which may be the
 * event's own course: `the garrison held out for 40 days`.)
 */
function peopleDoing(site: ValueSite): string | undefined {
  const t = site.tokens;
  const at = leadOf(site) - 2;
  const verb = t[at];
  if (verb?.kind !== 'word' || !/^\p{Ll}{3,}ed$/u.test(verb.text) || lexiconKnows(verb.lower) || classAt(t, at, DATE_PHASES) !== undefined || COURSE_OF_EVENTS.has(verb.lower)) return undefined;
  const doer = t[at - 1];
  // (Not a garrison, whose holding is its siege's course. A jury or a board that sat is people:
  // `The jury deliberated for three hours` is no inquest's length.)
  return doer !== undefined && doer.lower !== 'garrison' && (isPersonWord(doer) || PEOPLE_BODIES.has(doer.lower)) ? verb.lower : undefined;
}

/** Those whose doing is an event's own course (`the besiegers took five months`): a siege's, a strike's. */
const COURSE_DOERS = new Set(['defenders', 'besiegers', 'attackers', 'rebels', 'strikers', 'mutineers', 'rioters']);

/** Bodies of people who sit or act as one (`The jury deliberated`, `The crew rowed`). */
const PEOPLE_BODIES = new Set(['crew', 'crews', 'party', 'jury', 'juries', 'board', 'committee', 'council']);

/**
 * `the builders took fifteen months`: the time people took is that of their own work, not an event's
 * length (`the siege took five months`). People: a word for people, or a plural of one who does (`-ers`).
 */
function peopleTook(site: ValueSite): string | undefined {
  const t = site.tokens;
  const took = leadOf(site) - 1;
  const doer = t[took - 1];
  if (!TAKE_WORDS.has(t[took]?.lower ?? '') || doer?.kind !== 'word' || COURSE_DOERS.has(doer.lower) || FORCE_NOUNS.has(doer.lower)) return undefined;
  const people = COUNTED_THINGS.get(doer.lower) === 'people' || /^\p{Ll}{2,}(ers|ors)$/u.test(doer.text) || PEOPLE_BODIES.has(doer.lower);
  return people ? doer.lower : undefined;
}

/** Past tenses by which people tell an event's own course (`held out`, `fought on`, `marched`). */
const COURSE_OF_EVENTS = new Set(['resisted', 'defended', 'marched', 'fought', 'besieged', 'blockaded', 'occupied', 'rioted', 'rebelled', 'mutinied', 'stayed', 'waited', 'endured', 'survived', 'lasted', 'continued', 'raged', 'worked', 'starved', 'camped', 'sheltered', 'hid', 'retreated', 'advanced']);

/** `the Fund went on supporting families for thirty years`: a doing kept up, after `went on`, `kept` or `carried on`. */
function goingOnDoing(site: ValueSite): string | undefined {
  const t = site.tokens;
  for (let i = site.clause[0]; i < site.first - 1; i++) {
    const on = /^(went|go|goes|carried|kept)$/.test(t[i]!.lower) && t[i + 1]?.lower === 'on' ? i + 2 : t[i]!.lower === 'kept' ? i + 1 : -1;
    const word = on >= 0 ? t[on] : undefined;
    if (word && isDoing(word) && !lexiconKnows(word.lower)) return word.lower;
  }
  return undefined;
}

/** A word the lexicon gives a meaning of its own: an activity, a word of lasting, a kind of event. */
function lexiconKnows(word: string): boolean {
  return ACTIVITIES.has(word) || LASTING_WORDS.has(word) || EVENT_TYPES.has(word);
}

/**
 * `Meal was handed out at the church door for 19 weeks`. (Not what was done to people: that is their own time.)
 */
function passiveDoing(site: ValueSite): string | undefined {
  const t = site.tokens;
  for (let i = site.clause[0]; i < site.first - 1; i++) {
    if (!/^(was|were)$/.test(t[i]!.lower)) continue;
    // (`The whole village, 640 people, was carried down for 26 days`: what befell people is their stay, not a doing;
    // a year is no count of them: `After the Great Dearth of 1762, meal was given out for nineteen weeks`.)
    if (t.slice(0, i).some((w) => (w.kind === 'number' && !/^\d{4}$/.test(w.text)) || COUNTED_THINGS.get(w.lower) === 'people' || PLACE_NOUNS.has(w.lower) || FORCE_NOUNS.has(w.lower) || w.lower === 'population')) return undefined;
    let at = t[i + 1]?.lower === 'not' ? i + 2 : i + 1;
    // (`was cross-examined for four hours`: a compound's last part says it is done.)
    if (t[at]?.kind === 'word' && isDash(t[at + 1]) && t[at + 2]?.kind === 'word') at += 2;
    const done = t[at];
    if (done?.kind === 'word' && /^\p{Ll}{3,}(ed|en)$/u.test(done.text) && !lexiconKnows(done.lower)) return done.lower;
  }
  return undefined;
}

/**
 * `it sat for twelve days and took the captain's certificate away for a year and a half`: a length
 * after `for`, past a deed with an object that `and` joins on, is that deed's, not the activity the
 * clause told before it.
 */
function deedAfterAnd(site: ValueSite): string | undefined {
  const t = site.tokens;
  const lead = leadOf(site);
  if (t[lead - 1]?.lower !== 'for') return undefined;
  for (let i = lead - 2; i > site.clause[0]; i--) {
    if (t[i]!.lower !== 'and') continue;
    const verb = t[i + 1];
    if (!isPastVerb(verb) || !OBJECT_OPENERS.has(t[i + 2]?.lower ?? '')) return undefined;
    return lexiconKnows(verb!.lower) || classAt(t, i + 1, DATE_PHASES) !== undefined ? undefined : verb!.lower;
  }
  return undefined;
}

/** Words that open a verb's object (`took the certificate`, `paid them`). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'them', 'him', 'it']);

/** `The Relief Fund supported the widows of the gale for more than thirty years`: an `-ed` verb with an object. */
function activeDoing(site: ValueSite): string | undefined {
  const t = site.tokens;
  for (let i = site.clause[0]; i < site.first - 1; i++) {
    const w = t[i]!;
    // (`paid them for seventeen weeks`: a past without -ed, and a pronoun as the object; `who had drawn
    // an allowance`: a participle after `had`, as its past.)
    const perfect = /^(had|has|have)$/.test(t[i - 1]?.lower ?? '');
    const word = perfect ? PAST_OF_PARTICIPLE.get(w.lower) ?? w.lower : w.lower;
    const past = /^\p{Ll}{3,}ed$/u.test(w.text) || IRREGULAR_PAST.has(word);
    if (w.kind !== 'word' || !past || !OBJECT_OPENERS.has(t[i + 1]?.lower ?? '')) continue;
    if (/^(was|were|been|being)$/.test(t[i - 1]?.lower ?? '')) continue;
    if (lexiconKnows(word) || classAt(t, i, DATE_PHASES) !== undefined) return undefined;
    return word;
  }
  return undefined;
}

/** Words in -ing that name no doing. */
const NOT_DOINGS = new Set(['during', 'morning', 'evening', 'nothing', 'something', 'anything', 'everything', 'spring', 'king', 'according']);

/** A word in -ing that names a doing (`digging`, `rebuilding`). */
function isDoing(word: Token | undefined): boolean {
  return word !== undefined && word.kind === 'word' && /^\p{L}{3,}ing$/u.test(word.lower) && !NOT_DOINGS.has(word.lower);
}

/**
 * `Rebuilding took eight years`, `Digging the tunnel took a year`: what took the time is the
 * doing the clause opens with, whatever event it followed (not the fire it rebuilt after).
 */
function doingNamed(tokens: readonly Token[], from: number, valueAt: number): string | undefined {
  // (Bare: `The rising lasted 17 days`, `the crossing took`, after an article, are events told by name.)
  const word = tokens[from];
  // (Nor a word of an event or of an activity the lexicon knows: `Fighting raged for 199 days`.)
  if (from >= valueAt || !isDoing(word) || EVENT_TYPES.has(word!.lower) || ACTIVITIES.has(word!.lower)) return undefined;
  const verb = tokens.slice(from + 1, valueAt).findIndex((t) => TAKE_WORDS.has(t.lower) || LASTING_WORDS.has(t.lower));
  return verb >= 0 && verb <= 4 ? word!.lower : undefined;
}

/**
 * `the Sixth Army's supply airlift lasted about ten weeks`: what a possessive owns, right before
 * `lasted` or `took`, is what lasted, when it is no word the lexicon knows (an event, an activity):
 * the time of that thing, not of the event the text is about.
 */
function ownedThingLasted(site: ValueSite): string | undefined {
  const t = site.tokens;
  const lead = leadOf(site);
  const verb = t.findIndex((x, i) => i >= site.clause[0] && i < lead && (lastsAt(t, i) || TAKE_WORDS.has(x.lower)));
  if (verb <= site.clause[0] + 1) return undefined;
  // (The owner a word or two before the noun: `the Sixth Army's supply airlift`, `the town's bread`;
  // its own words may follow: `the Luftwaffe's airlift to Stalingrad went on`.)
  const owner = t.findIndex((x, i) => i >= site.clause[0] && i < verb && /['’]s$/.test(x.text));
  if (owner < 0) return undefined;
  const head = phraseHead(t, owner + 1, verb);
  const noun = t[head];
  if (head > owner + 3 || noun === undefined || noun.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(noun.text) || lexiconKnows(noun.lower) || isDoing(noun)) return undefined;
  return noun.lower;
}

/** `takes`, `lasts`: a time told in the present, as things are, not as an event was. */
export function timesInPresent(t: Token | undefined): boolean {
  return t?.lower === 'takes' || t?.lower === 'lasts';
}

/** `lasted`, `continued`, `went on`, `ran for` at token i: a verb that tells how long something went on. */
function lastsAt(t: readonly Token[], i: number): boolean {
  const w = t[i]?.lower ?? '';
  return w === 'lasted' || w === 'continued' || (/^(went|ran)$/.test(w) && /^(on|for)$/.test(t[i + 1]?.lower ?? ''));
}

/**
 * `The works lasted about five months`, `the relief works ran for 22 weeks`: things the clause opens
 * with (`the` and nouns in lower case, the last in the plural, no kind of event, activity or place)
 * that lasted. Not read as the length's activity (another text says `the works closed after eighteen
 * months`), but the clause names what lasted: it is no unnamed length the corpus's one event may have.
 */
export function theThingLasted(site: ValueSite, written?: (stemmed: string) => boolean): string | undefined {
  const t = site.tokens;
  // (Or the clause a telling verb opens: `The exhibition says the relief road ran for thirty weeks`.)
  const told = t.findIndex((x, i) => i > site.clause[0] && i < site.first && TELLING_VERBS.has(x.lower) && t[i + 1]?.lower === 'the');
  const from = told >= 0 ? told + 1 : site.clause[0];
  if (t[from]?.lower !== 'the') return undefined;
  // (`the full tour normally takes 90 minutes`: a thing that takes its time, or lasts it, an adverb between.)
  const verbAt = (i: number) => lastsAt(t, i) || timesInPresent(t[i]);
  let verb = from + 2;
  while (verb < Math.min(leadOf(site), from + 5) && !verbAt(verb)) verb++;
  if (verb >= leadOf(site) || !verbAt(verb)) return undefined;
  const adverb = /ly$/.test(t[verb - 1]?.lower ?? '') && verb - 1 > from + 1 ? 1 : 0;
  // (`The strike itself lasted`: the noun before its reflexive.)
  const words = t.slice(from + 1, /(self|selves)$/.test(t[verb - 1 - adverb]?.lower ?? '') ? verb - 1 - adverb : verb - adverb);
  if (words.length === 0) return undefined;
  const noun = words[words.length - 1]!;
  // (Only things in the plural, `the works`, `the rations`: `the journey lasted 17 days`, `The water
  // supply lasted about ten weeks` may be the event's own course told in other words.)
  // (Nor a thing in the singular, unless the corpus never writes a word of it: `the relief road ran for
  // thirty weeks`, in an essay checked against a corpus of another war, is no event of the corpus's.)
  const foreign = written !== undefined && words.every((w) => isContentWord(w)) && words.some((w) => !written(stem(w.lower)));
  if (!words.every((w) => /^\p{Ll}{3,}$/u.test(w.text)) || !(isPluralNoun(noun) || foreign) || lexiconKnows(noun.lower) || PLACE_NOUNS.has(noun.lower)) return undefined;
  return noun.lower;
}

/**
 * The last word of a noun phrase of lower-case words that opens at `from` (`mill hands`, `supply
 * airlift`), before `end` and before a common word (`to`, `of`): the noun the phrase is of.
 */
export function phraseHead(t: readonly Token[], from: number, end: number): number {
  let head = from;
  while (head + 1 < end && /^\p{Ll}+$/u.test(t[head + 1]!.text) && !isStopword(t[head + 1]!.lower)) head++;
  return head;
}

/**
 * `Her master, Captain Elias Prowde, had been at sea for`: a named person, set off by a comma or not,
 * a copula, a role or a place in a word or two, and `for`: that person's time, not an event's.
 */
function namedPersonsTime(t: readonly Token[], from: number, to: number): boolean {
  let at = -1;
  for (let i = from; i < to && at < 0; i++) if (/^(was|is|had|has)$/.test(t[i]!.lower)) at = i;
  if (at < 1) return false;
  const k = t[at - 1]?.text === ',' ? at - 2 : at - 1;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t[k]?.text ?? '') || t[k]!.lower === 'the') return false;
  const perfect = /^(had|has)$/.test(t[at]!.lower);
  if (perfect && t[at + 1]?.lower !== 'been') return false;
  const role = t.slice(at + (perfect ? 2 : 1), to).map((x) => x.lower);
  // (`at sea`, `in office`: a place or a state in two words; `under siege` names an event.)
  const placed = role.length === 3 && /^(at|in|on)$/.test(role[0]!);
  return role.length >= 2 && role.length <= 3 && role.at(-1) === 'for' && !/(ed|en)$/.test(role[0]!) && (placed || !NOT_ROLES.has(role[0]!)) &&
    role.slice(0, -1).every((w) => /^\p{Ll}+$/u.test(w) && !EVENT_TYPES.has(w) && !ACTIVITIES.has(w));
}

/** What one person does for a time: fighting, serving, staying. */
const PERSONAL_DOINGS = new Set(['fought', 'served', 'stayed', 'survived', 'remained', 'lived', 'worked', 'marched', 'waited', 'taught', 'preached', 'lectured']);

/**
 * `her grandfather, who fought in the factory district for 73 days`, `he served there for two years`:
 * one person's time doing something is no event's length.
 */
function personDid(t: readonly Token[], from: number, to: number): boolean {
  // (`, and that he fought in the city for about three weeks`: past the words that join the clause on.)
  let k = from;
  while (k < from + 2 && /^(and|but|then|so|that)$/.test(t[k]?.lower ?? '')) k++;
  const subject = t[k]?.lower ?? '';
  // (`The lecturer, Edvin Sarle, had taught at the academy for eleven years`: a name set off before the verb.)
  const named = /^(had|has|was)$/.test(subject) && t[k - 1]?.text === ',' && /^\p{Lu}\p{Ll}+$/u.test(t[k - 2]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(t[k - 3]?.text ?? '');
  const person = /^(he|she)$/.test(subject) || named ||
    (subject === 'who' && isOnePerson(t[t[k - 1]?.text === ',' ? k - 2 : k - 1]?.lower ?? ''));
  if (person && t.slice(k + 1, to).some((w) => PERSONAL_DOINGS.has(w.lower))) return true;
  // (`his grandpa fought there for three months`: one person, said with whose, just before the doing.)
  return t.slice(from + 2, to).some((w, i) => PERSONAL_DOINGS.has(w.lower) && isOnePerson(t[from + i + 1]!.lower) && OWNERS.has(t[from + i]!.lower));
}

/** Words that say whose one person is (`my grandpa`, `his uncle`, `a soldier`). */
const OWNERS = new Set(['my', 'his', 'her', 'their', 'our', 'your', 'a', 'one']);

/**
 * `he was`, `she had been`, `I have been`, `Pennick had been harbourmaster`, with no event word after: a
 * person's own state. (A name before `had been` and a participle, `Karsk had been besieged`, is not.)
 */
function personWas(clauseBefore: readonly Token[]): boolean {
  const words = clauseBefore.map((x) => x.lower);
  // `My great-grandad Pyotr was only there for 52 days`: one person's time at the event, not its length.
  const was = words.findIndex((w) => w === 'was' || w === 'is');
  const person = was > 0 && (/^(he|she|i)$/.test(words[was - 1]!) || (was > 1 && /^\p{Lu}\p{Ll}+$/u.test(clauseBefore[was - 1]!.text)));
  const said = words.slice(was + 1).filter((w) => !/^(only|still|also|just)$/.test(w));
  if (person && said.length === 2 && said[0] === 'there' && said[1] === 'for') return true;
  const from = /^(and|but|then|so)$/.test(words[0] ?? '') ? 1 : 0;
  const rest = words.slice(from + 1);
  const copula = rest[0] === 'was' || rest[0] === 'is' || (/^(had|has|have)$/.test(rest[0] ?? '') && rest[1] === 'been');
  // `Pyotr was in it for about a hundred days`: someone's time in an event, not its length.
  const within = rest.indexOf('in');
  if (copula && within >= 0 && within <= 2 && (rest[within + 1] === 'it' || (rest[within + 1] === 'the' && EVENT_TYPES.has(rest[within + 2] ?? ''))) && rest.at(-1) === 'for') return true;
  // `Mother was in the mainland hospital for fourteen months`: one person's stay somewhere.
  const who = words[from] === 'my' || words[from] === 'our' ? words[from + 1] : words[from];
  if (copula && KIN_WORD.test(who ?? '') && /^(in|at)$/.test(rest[1] ?? '') && rest.at(-1) === 'for' && !rest.some((w) => EVENT_TYPES.has(w) || ACTIVITIES.has(w))) return true;
  if (!copula || rest.some((w) => EVENT_TYPES.has(w) || ACTIVITIES.has(w))) return false;
  if (/^(he|she|i)$/.test(words[from] ?? '')) return true;
  // A name, its copula, one word for what the person was, and `for` (`Pennick had been harbourmaster for`).
  const role = rest.slice(rest[0] === 'was' || rest[0] === 'is' ? 1 : 2);
  return /^\p{Lu}\p{Ll}+$/u.test(clauseBefore[from]?.text ?? '') && words[from] !== 'the' && role.length === 2 && role[1] === 'for' &&
    /^\p{Ll}+$/u.test(role[0]!) && !/(ed|en)$/.test(role[0]!) && !NOT_ROLES.has(role[0]!);
}

/** Words after `was` that tell what happened to a place or a thing, not what a person was. */
const NOT_ROLES = new Set(['under', 'in', 'at', 'on', 'out', 'away', 'open', 'shut', 'held', 'kept', 'fought', 'lost', 'cut', 'quiet', 'empty', 'closed']);

const HOLD_VERBS = new Set(['held', 'hold', 'holds', 'holding', 'defended', 'defending', 'kept', 'occupied']);

function holdsAPart(site: ValueSite): boolean {
  const t = site.tokens;
  for (let i = site.clause[0]; i < site.clause[1]; i++) {
    if (!HOLD_VERBS.has(t[i]!.lower)) continue;
    if (i < site.first && /^(a|an|one|single)$/.test(t[i + 1]?.lower ?? '')) return true;
    // `A single apartment block … held out for 58 days`, `Arkady's platoon held the ruins`: a small
    // body, or one thing, that held is a holding of its own.
    if (t.slice(0, i).some((x, k, all) => SMALL_BODIES.has(x.lower) || (x.lower === 'single' && /^(a|one)$/i.test(all[k - 1]?.text ?? '')))) return true;
  }
  return false;
}

/** Bodies of men too small to be what a siege or a battle is about. */
const SMALL_BODIES = new Set(['platoon', 'squad', 'section', 'company', 'patrol', 'picket', 'crew']);

/** Words that name a length: `the length of the fighting`. */
const LENGTH_NOUNS: ReadonlySet<string> = new Set(['length', 'duration']);

/**
 * Whether the clause just before token `end` (a comma) has one of `words`: names a length (`the length
 * of the fighting, 199 days`) or tells how long something lasted (`lasted twelve weeks, after …`).
 */
function clauseBeforeSays(site: ValueSite, end: number, words: ReadonlySet<string>): boolean {
  const [from] = site.layout.clause(end - 1, end);
  return site.tokens.slice(from, end).some((x) => words.has(x.lower));
}

/** The last `;` or `:` before token i (-1 if none): where the sentence's part holding i begins. */
function lastBreak(t: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (t[k]!.text === ';' || t[k]!.text === ':') return k;
  return -1;
}

// ---- dates --------------------------------------------------------------------------------------

const REPORTING = new Set(['remembered', 'remembers', 'recalled', 'recalls', 'gave', 'gives', 'puts', 'put', 'dates', 'dated', 'recorded', 'records']);

/**
 * `the truce that ended the quarrel was signed … on 11 September`: a moment told in a relative clause
 * (after `that` or `which`) says what its noun did, and gives way to a later verb of a moment before the date.
 */
function relativeGivesWay(site: ValueSite, i: number): boolean {
  const relative = (k: number) => /^(that|which)$/.test(site.tokens[k - 1]?.lower ?? '');
  if (!relative(i)) return false;
  for (let k = i + 1; k < site.first; k++) if (!relative(k) && classAt(site.tokens, k, DATE_PHASES)) return true;
  return false;
}

/**
 * `On the night of`, `3:15 in the morning on`, `Just after six o'clock on the evening of`: where the
 * words of the date's clause before it tell only a time of its day, how many they are (else 0).
 */
function timeOfDayBefore(site: ValueSite): number {
  const t = site.tokens;
  let told = false;
  for (let k = site.clause[0]; k < site.first; k++) {
    const w = t[k]!;
    if (TIMES_OF_DAY.has(w.lower)) told = true;
    // (A clock's figures and hours in words, `3:15`, `six o'clock`, are numbers as the value reader reads them.)
    else if (!(w.text === ':' || TIME_PHRASE_WORDS.has(w.lower) || parseNumber(t as Token[], k) !== undefined)) return 0;
  }
  return told ? site.first - site.clause[0] : 0;
}

const TIMES_OF_DAY = new Set(['night', 'morning', 'evening', 'afternoon', 'day', 'eve', 'dawn', 'dusk', 'noon', 'midnight', "o'clock", 'o’clock']);
/** Words that may join a time of day to its date (`just after six o'clock on the evening of`). */
const TIME_PHRASE_WORDS = new Set(['on', 'in', 'at', 'the', 'of', 'so', 'then', 'just', 'early', 'late', 'about', 'around', 'after', 'before']);

export function dateMeasure(site: ValueSite, hasEvent: boolean, eventBefore = false, row = false, sentenceEvent = false): Measure {
  // `the Greyhollow flood on 9 February 1927`, `the invasion of 1941-06-22`: the date of that event.
  const lead = leadOf(site);
  const still = stillGoing(site, lead) ?? openedProceeding(site);
  if (still) return { kind: still };
  if (eventBefore) return { kind: 'occurred' };
  // `2,100 sheep counted at Michaelmas 1623`: the day a count was made, dated in its own right.
  if (/^(at|on|in)$/.test(site.tokens[lead - 1]?.lower ?? '') && /^(counted|recorded|enumerated)$/.test(site.tokens[lead - 2]?.lower ?? '')) return { kind: 'recorded' };
  const [l, r] = site.window;
  // Every moment its clause says before it (`It began on 14 August, when 600 seized the customs house`
  // dates both), else the nearest after it.
  const before = classesIn(site, l, site.first, DATE_PHASES, undefined, (i) => relativeGivesWay(site, i));
  // (`The second fire came in August 1366 and destroyed some 400 houses`: a verb after `and` is another
  // deed of the clause, not the moment the date is of.)
  const anotherDeed = (i: number) => i >= site.end && site.tokens.slice(site.end, i).some((t) => t.lower === 'and');
  let phases = before.length > 0 ? [...new Set(before)] : classesIn(site, l, r, DATE_PHASES, undefined, anotherDeed).slice(0, 1);
  if (phases.length === 0) phases = classesIn(site, site.clause[0], site.clause[1], DATE_PHASES, undefined, anotherDeed).slice(0, 1);
  const eventsOwn = phases.length > 0 && before.length === 0 ? eventsPhaseAfterAnd(site) : undefined;
  if (eventsOwn !== undefined && !phases.includes(eventsOwn)) phases = [...phases, eventsOwn];
  // `The strike started twelve weeks after the flood, on 2 May 1927`, `**4 March 1873** — The treaty is
  // signed`: a date set off from its clause takes the phase the sentence says around it.
  // (`On the night of 24 September 1919, a hurricane came in`: a time of that day is part of the date.)
  const setOff = site.value.form !== 'date-range' && site.clause[1] - site.clause[0] <= site.end - site.first + 2 + timeOfDayBefore(site);
  if (phases.length === 0 && setOff) phases = classesIn(site, 0, row ? nextCellEnd(site) : site.tokens.length, DATE_PHASES);
  if (phases.includes('ended') && finishedAWork(site)) phases = phases.map((p) => (p === 'ended' ? 'built' : p));
  if (phases.length > 0) return { kind: phases.slice(0, 3).join('+') };
  if (site.value.form === 'date-range') return { kind: 'span' };
  // `The ninth of February, nineteen twenty-seven.`, `remembered the date as …`: the date of what the
  // text is about.
  const words = site.tokens.filter((t, i) => t.kind === 'word' && (i < site.first || i >= site.end));
  const fragment = words.length <= 2;
  // (`puts the date at`, not `put up`: a memorial put up in 1903 is not the date of the gale.)
  const reported = site.tokens.slice(site.clause[0], site.first).some((t, i, all) => REPORTING.has(t.lower) && all[i + 1]?.lower !== 'up');
  // (`**13 July** — The riot on the green leaves 3 dead`: a date set off dates the event its sentence names.)
  return hasEvent || fragment || reported || (setOff && sentenceEvent) ? { kind: 'occurred' } : {};
}

/**
 * `the last of the Whinmoss walls are finished`: `finished` said of a thing no event word names is
 * that work's completion, as `completed` is, not an event's end (`the strike finished`, `the fighting
 * finished`).
 */
function finishedAWork(site: ValueSite): boolean {
  const t = site.tokens;
  const at = t.findIndex((x) => x.lower === 'finished');
  let k = at - 1;
  while (k >= 0 && /^(was|were|is|are|been|being|be|had|has|have|now|all|finally)$/.test(t[k]!.lower)) k--;
  const noun = t[k];
  return at > 0 && k < at - 1 && noun !== undefined && noun.kind === 'word' && !/^\p{Lu}/u.test(noun.text) &&
    !EVENT_TYPES.has(noun.lower) && !/ing$/.test(noun.lower) && !isStopword(noun.lower);
}

/** Nouns of a span of time besides its parts (PART_NOUNS) and times of day, whose date is the time's own: `the week of`, `the early hours of`. */
const TIME_SPAN_NOUNS = new Set(['week', 'weekend', 'month', 'day', 'days', 'date', 'events', 'time', 'hour', 'hours', 'weeks', 'months', 'years', 'period', 'season']);

/**
 * `the great panic of 16 October`: a day or a month right after `the` and a common noun of no event
 * the lexicon knows, and of no part of a time (`the night of`, `the end of`), is when that thing
 * happened, not a moment of anything else its clause names (`starts with the German invasion … and
 * the great panic of 16 October`): see dayOfAThing in frame.ts. (A year so placed only says which
 * one: isSceneSetting.)
 */
export function dateOfAThing(site: ValueSite): boolean {
  const t = site.tokens;
  const lead = leadOf(site);
  if (t[lead - 1]?.lower !== 'of' || site.value.form !== 'date' || (site.value.precision !== 'day' && site.value.precision !== 'month')) return false;
  const noun = t[lead - 2];
  if (!noun || noun.kind !== 'word' || /^\p{Lu}/u.test(noun.text) || EVENT_TYPES.has(noun.lower) || TIMES_OF_DAY.has(noun.lower) || PART_NOUNS.has(noun.lower) || TIME_SPAN_NOUNS.has(noun.lower)) return false;
  for (let k = lead - 3; k >= Math.max(0, lead - 5); k--) {
    const w = t[k]!;
    if (w.lower === 'the') return true;
    if (w.kind !== 'word' || /^\p{Lu}/u.test(w.text) || /^(of|and|or|in|on|at|by|to|with)$/.test(w.lower)) return false;
  }
  return false;
}

/**
 * `**3 March 1411**: Falm's army arrives and the first siege begins`: a deed after `and` whose doer is
 * an event (`the siege begins`) is that event's moment, which the date gives as well as the first
 * deed's. (`The second fire came in August 1366 and destroyed some 400 houses`: a deed with no
 * doer of its own is only another deed of the first.)
 */
function eventsPhaseAfterAnd(site: ValueSite): string | undefined {
  const t = site.tokens;
  for (let i = site.end; i < t.length - 1; i++) {
    if (t[i]!.lower !== 'and') continue;
    for (let k = i + 1; k < Math.min(t.length - 1, i + 5); k++) {
      if (EVENT_TYPES.has(t[k]!.lower) && !EVENT_TYPES.has(t[k + 1]!.lower)) return classAt(t, k + 1, DATE_PHASES);
    }
  }
  return undefined;
}

/**
 * `opened the inquest on 25 August`, `The inquiry opened on 9 January`: a proceeding opened began then.
 * (Not any opening: a fund or a mill `opened` is no beginning of an event.)
 */
function openedProceeding(site: ValueSite): 'began' | undefined {
  const t = site.tokens;
  const at = t.findIndex((x, i) => i >= site.clause[0] && i < site.first && x.lower === 'opened');
  if (at < 0) return undefined;
  const near = [...t.slice(Math.max(site.clause[0], at - 3), at), ...t.slice(at + 1, at + 4)];
  return near.some((x) => EVENT_TYPES.get(x.lower) === 'inquiry') ? 'began' : undefined;
}

/**
 * `The Winter War went on into 1940`, `continued until March 1940`, `Fighting … continued in 1940`: a
 * moment something that lasts was still going (`into`, `in`) or stopped (`until`), not when it happened.
 */
function stillGoing(site: ValueSite, lead: number): 'ended' | 'continued' | undefined {
  const t = site.tokens;
  const before = t[lead - 1]?.lower ?? '';
  if (!/^(until|till|into|in)$/.test(before)) return undefined;
  const going = t.slice(site.clause[0], lead - 1).some((x, i, a) => /^(continued|lasted|dragged|raged)$/.test(x.lower) ||
    (/^(went|carried|fought)$/.test(x.lower) && a[i + 1]?.lower === 'on'));
  if (!going) return undefined;
  return before === 'until' || before === 'till' ? 'ended' : 'continued';
}

/**
 * In a table row, a value's own cell and the next (`| 14 Jul | Riot on the green | 3 | 26 arrested |`):
 * the event it dates. Later cells are notes on other things (the arrests are not the riot's date).
 */
export function nextCellEnd(site: ValueSite): number {
  return cellEnd(site, 2);
}

/** In a table row, where the value's own cell ends (the token index of the bar after it). */
export function ownCellEnd(site: ValueSite): number {
  return cellEnd(site, 1);
}

/**
 * In a table row, whether the value is all its cell says (`| four months |`, `| about 41 days |`), not
 * a part of a phrase (`| Soviet prisoners in the same six months |`).
 */
export function aloneInCell(site: ValueSite): boolean {
  const end = ownCellEnd(site);
  const hedge = site.value.hedge?.range;
  for (let i = site.first - 1; i >= 0; i--) {
    const t = site.tokens[i]!;
    if (isCellBar(t)) break;
    if (t.kind === 'word' && !isHeaderWord(t) && !(hedge && t.start >= hedge.start && t.end <= hedge.end)) return false;
  }
  return !site.tokens.slice(site.end, end).some((t) => t.kind === 'word');
}

/** The end of the `cells`th cell from the value's own, counting it. */
function cellEnd(site: ValueSite, cells: number): number {
  let seen = 0;
  for (let i = site.end; i < site.tokens.length; i++) {
    const t = site.tokens[i]!;
    if (isCellBar(t) && ++seen === cells) return i;
  }
  return site.tokens.length;
}

// ---- shares -------------------------------------------------------------------------------------

const HELD_WORDS = new Set(['held', 'controlled', 'control', 'captured', 'occupied', 'hands', 'took', 'seized']);
const LOST_WORDS = new Set(['lost', 'losing', 'killed', 'died', 'dead', 'destroyed', 'perished', 'casualties', 'cost']);
/** Words of people dying, whose share of a settlement is of its people, not of its ground. */
const DYING_WORDS: ReadonlySet<string> = new Set([...[...COUNT_KINDS].filter(([, kind]) => kind === 'deaths').map(([word]) => word), 'buried', 'starved']);

/** `nine-tenths of the city`, `half its total manpower`, `half their horses`. */
export function fractionMeasure(site: ValueSite): Measure {
  const t = site.tokens;
  let whole: string | undefined;
  const people = settlementsPeople(site);
  // (`44 per cent of the 930 who had held land`: a clause that says who the whole were is not what
  // the share is of, nor what befell it.)
  const relative = t.findIndex((x, i) => i >= site.end && i < site.clause[1] && /^(who|whom|which|that)$/.test(x.lower));
  const ownEnd = relative >= 0 ? relative : site.clause[1];
  for (let i = site.end; i < Math.min(t.length, site.end + 8, ownEnd); i++) {
    const own = i === people ? 'population' : workingPeople(t, i) ?? SHARE_WHOLES.get(t[i]!.lower);
    // (`of the parish herd`: the last of two nouns is the whole, the first says whose.)
    if (own) { whole = SHARE_WHOLES.get(t[i + 1]?.lower ?? '') ?? own; break; }
    if (t[i]!.kind === 'punct' && t[i]!.text !== "'" && t[i]!.text !== '’') break;
  }
  whole ??= namedWhole(t) ?? namedPlace(site);
  const change = whole === undefined ? changedBy(site) : undefined;
  if (change) return change;
  const thing = shareDeed(t.slice(site.clause[0], site.first).reverse()) ?? sharesState(t.slice(site.end, ownEnd)) ?? shareDeed(t.slice(site.end, ownEnd)) ?? hadGround(site, whole) ?? restatedDeed(site);
  return { ...(whole ? { kind: whole } : {}), ...(thing ? { thing } : {}) };
}

/** `the town's working population`: a population said to be working is its workforce. */
function workingPeople(t: readonly Token[], i: number): 'workforce' | undefined {
  return t[i - 1]?.lower === 'working' && SHARE_WHOLES.get(t[i]!.lower) === 'population' ? 'workforce' : undefined;
}

/**
 * `Some 230 men died of cold and hunger on the way, roughly a fifth of the column, …`, `6,200 persons
 * were removed …, being 34 per cent of the population`: a share set off by commas right after a clause
 * restates what befell those that clause counted.
 */
function restatedDeed(site: ValueSite): string | undefined {
  const t = site.tokens;
  if (t[site.clause[0] - 1]?.text !== ',' || site.clause[0] < 2) return undefined;
  const [from] = site.layout.clause(site.clause[0] - 2, site.clause[0] - 1);
  const told = t.slice(from, site.clause[0] - 1);
  // (A state is restated only of a count: `the Red Army was embarrassed …, losing a quarter` restates none.)
  const counted = told.some(opensCount);
  return (counted ? sharesState(told) : undefined) ?? shareDeed([...told].reverse());
}

/**
 * `the germans had like 95% of the city`: a share of a place that someone had (no deed after it, as
 * `had a third of it burned`) is a share they held.
 */
function hadGround(site: ValueSite, whole: string | undefined): 'held' | undefined {
  if (whole !== 'place') return undefined;
  const t = site.tokens;
  const had = t.slice(site.clause[0], site.first).some((x) => /^(had|has|have)$/.test(x.lower));
  return had && !t.slice(site.end, site.clause[1]).some((x) => /ed$/.test(x.lower) && x.kind === 'word') ? 'held' : undefined;
}

const BE = new Set(['was', 'were', 'is', 'are']);

/**
 * `half of the men were frostbitten`, `two thirds were dead or frostbitten`: what a share was, said
 * after `were`, is its deed; a state other than dying (or dying joined to another by `or`/`and`) is
 * another deed than the share of the dead. Dying alone falls to `shareDeed`.
 */
function sharesState(tokens: readonly Token[]): string | undefined {
  const be = tokens.findIndex((x) => BE.has(x.lower));
  if (be < 0) return undefined;
  const states: string[] = [];
  for (let i = be + 1; i < tokens.length; i++) {
    const x = tokens[i]!;
    if (/^(either|all|both|later|also|then|and|or)$/.test(x.lower) && x.kind === 'word') continue;
    if (x.kind !== 'word') break;
    if (LOST_WORDS.has(x.lower) || DYING_WORDS.has(x.lower)) states.push('lost');
    else if (/(ed|en)$/.test(x.lower) && !HELD_WORDS.has(x.lower)) states.push(x.lower);
    else break;
  }
  const kinds = [...new Set(states)].sort();
  return kinds.length === 0 || (kinds.length === 1 && kinds[0] === 'lost') ? undefined : kinds.join(' or ');
}

/**
 * Whether a share was held or lost, by the nearest word of either, before the share in its clause
 * first (`held up to 90 percent of Stalingrad and still lost`: the share was held).
 */
function shareDeed(tokens: readonly Token[]): 'lost' | 'held' | undefined {
  for (const x of tokens) {
    if (LOST_WORDS.has(x.lower)) return 'lost';
    if (HELD_WORDS.has(x.lower) && (x.lower !== 'hands' || inHands(tokens, x))) return 'held';
  }
  return undefined;
}

/** `in German hands` is holding; `it employed 620 hands` counts people. (Tokens may come reversed.) */
function inHands(tokens: readonly Token[], hands: Token): boolean {
  return tokens.some((x) => x.lower === 'in' && x.start < hands.start && tokens.filter((y) => y.start > x.start && y.start < hands.start).length <= 2);
}

/**
 * `the plague killed a quarter of the town`: those who die of a settlement are its people. The
 * settlement's token, where a share is taken of it (`of the whole town`; not `one in five in the
 * township`, a share of others within it) in a clause of dying; a share set off after a comma
 * (`186 people died, nearly a fifth of the parish`) restates the clause before it.
 */
function settlementsPeople(site: ValueSite): number | undefined {
  const t = site.tokens;
  if (t[site.end]?.lower !== 'of') return undefined;
  let at = site.end + 1;
  while (/^(the|its|their|whole|entire)$/.test(t[at]?.lower ?? '')) at++;
  if (!SETTLEMENT_NOUNS.has(t[at]?.lower ?? '')) return undefined;
  const setOff = t.slice(Math.max(0, site.first - 3), site.first).some((x) => x.text === ',');
  return t.slice(setOff ? 0 : site.clause[0], site.clause[1]).some((x) => DYING_WORDS.has(x.lower)) ? at : undefined;
}

const SHARE_NOUNS = new Set(['share', 'proportion', 'percentage', 'fraction', 'part']);
const AFTER_NAME = new Set(['in', 'during', 'at', 'by', 'and', 'was', 'were', 'had', 'from', 'before', 'after', 'when', 'while', 'on', 'until', 'for']);

/** `held over 95 percent of Stalingrad`: a share of a name alone (no `'s`, no noun after it) is a share of a place. */
function namedPlace(site: ValueSite): string | undefined {
  const t = site.tokens;
  if (t[site.end]?.lower !== 'of') return undefined;
  let k = site.end + 1;
  while (t[k]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t[k]!.text) && !/['’]s$/.test(t[k]!.text)) k++;
  if (k === site.end + 1) return undefined;
  const next = t[k];
  return next === undefined || (next.kind === 'punct' && !/^['’]$/.test(next.text)) || AFTER_NAME.has(next.lower) ? 'place' : undefined;
}

/** `Share of the city in German hands | 90%`: a word for a share names the whole it is of. */
function namedWhole(t: readonly Token[]): string | undefined {
  for (let i = 0; i < t.length - 2; i++) {
    if (!SHARE_NOUNS.has(t[i]!.lower) || t[i + 1]!.lower !== 'of') continue;
    const at = /^(the|its|their|his|her)$/.test(t[i + 2]!.lower) ? i + 3 : i + 2;
    // (`Share of the parish herd`: the last of two nouns is the whole, the first says whose.)
    const whole = SHARE_WHOLES.get(t[at + 1]?.lower ?? '') ?? SHARE_WHOLES.get(t[at]?.lower ?? '');
    if (whole) return whole;
  }
  return undefined;
}

/** Verbs of a change by a share, by direction. */
const CHANGE_VERBS = new Map([
  ...['cut', 'reduced', 'lowered', 'fell', 'dropped', 'shrank', 'decreased', 'halved'].map((w) => [w, 'cut'] as const),
  ...['raised', 'increased', 'rose', 'grew', 'doubled'].map((w) => [w, 'raised'] as const),
]);

/**
 * `the salt excise was cut by a third`: a share of what changed (the noun before the verb), and
 * which way it changed.
 */
function changedBy(site: ValueSite): Measure | undefined {
  const t = site.tokens;
  if (t[site.first - 1]?.lower !== 'by') return undefined;
  let verb = site.first - 2;
  const direction = CHANGE_VERBS.get(t[verb]?.lower ?? '');
  if (!direction) return undefined;
  while (verb > 0 && /^(was|were|is|are|been|be|had|has|have)$/.test(t[verb - 1]!.lower)) verb--;
  const noun = t[verb - 1];
  if (!noun || noun.kind !== 'word' || !/^\p{Ll}/u.test(noun.text)) return undefined;
  return { kind: noun.lower, thing: direction };
}
