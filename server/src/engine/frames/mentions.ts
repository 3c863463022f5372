// Mentions: the events, names, units, sides and references back that a sentence makes. Read once
// per sentence; each value's frame then picks its subject and qualifiers from them.
import { FEASTS, isYearNumber, MONTHS, WEEKDAYS } from '../dates.js';
import { isContentWord, isNameToken, isStopword, stem } from '../terms.js';
import { beforeArticle, isCellBar, isHeaderWord, makeToken, type Token } from '../tokens.js';
import { ACTIVITIES, ANAPHOR_GROUPS, BUILDING_NOUNS, SETTLEMENT_NOUNS, COUNTED_THINGS, COUNT_KINDS, DEMONSTRATIVES, DISEASES, DOCUMENT_TYPES, EVENT_COURSE_VERBS, EVENT_TIME_WORDS, EVENT_TYPES, FORCE_NOUNS, ORDINALS, PLACE_NOUNS, PLURAL_EVENT_WORDS, SEPARATE_EVENT_WORDS, SIDE_WORDS, SPEECH_VERBS, TELLING_VERBS, TITLES, UNIT_WORDS, isSickness } from './lexicon.js';
import { familyOf } from './identity.js';
import { isPluralNoun } from './measure.js';
import { aliasCalls, type EventAlias, type EventRef } from './types.js';
import { pairOpeners, wordTable } from '../wordTable.js';

/**
 * event: a named or typed event (`the Battle of Karsk`, `the second siege`); name: a bare name the
 * corpus gives an event (`Karsk`); anaphor: a reference back (`it`, `the town`); unit: a body of men;
 * person: a titled name; side: a demonym (`Velmarchi`, `Soviet`); other: any other name (a person or
 * a place the corpus never names an event after).
 */
export type MentionKind = 'event' | 'name' | 'anaphor' | 'unit' | 'person' | 'side' | 'other';

/**
 * scope: `during X`; opponent: `against X`; anchor: `after X`, `before X`, `since X`; breached: `broke X`,
 * `the violation of X`; complement: `planning for X` (what another event is of or for); authority:
 * `under Order 12` (the decree by which a thing was done).
 */
export type MentionRole = 'scope' | 'opponent' | 'anchor' | 'breached' | 'complement' | 'authority';

export interface Mention {
  kind: MentionKind;
  ref: EventRef;
  /** Token bounds, [first, end). */
  first: number;
  end: number;
  role?: MentionRole;
  /** An event word with a definite article and nothing naming it (`the battle`): it refers back. */
  definite?: boolean;
  /** A name set after a word of place (`at Whelk Strand`). */
  located?: boolean;
  /** A name that says where a thing stands (`the camp at Marl End`): that thing's place, never an event named after it. */
  thingsPlace?: boolean;
  /** A name that is what was invaded, reached or taken (`to take Hallam`): a place a later `the city` may be. */
  reached?: boolean;
  /** An unnamed event for a place referred back to (`the battle for the city`): that place's word. */
  forPlace?: string;
  /** A name the corpus gives a person with a title somewhere (`Coyle`, of `Brigadier Coyle`). */
  person?: boolean;
  /** A name the corpus gives no event, doing what a side or a place does (`Corsund lost four ships`): never an event the text named. */
  acts?: boolean;
  /** A name in the possessive before a thing that is no event (`Corsund's only port`): whose the thing is, never a subject. */
  owner?: boolean;
  /** A place someone came from or made for (`2,000 men from Coldharrow`, `ran for the Glaisk`): never what the text tells of. */
  moved?: boolean;
  /**
   * An event word in the plural (`the famines of Saltreach`): several events of a kind. Never a
   * subject and never a name; it tells only what kind `the first` and `the second` are of.
   */
  plural?: boolean;
}

/**
 * What the corpus has taught about names, kept in one set of tagged strings (so that the index cache
 * can record which of them reading a source asked about): `n:karsk` a word the corpus writes
 * capitalised mid-sentence (`nc:karsk` only where a table's cell opens), `e:karsk` a name it gives an event, `s:velmarchi` a side,
 * `pe:coyl` the last name of a person it gives a title (`Brigadier Coyle`), `ow:crak` of a person it
 * writes doing something to their own (`Crake paid his navvies`), `al:brantholm=inquiry|board trad`
 * another name it gives an event,
 * `r:siege|karsk|2|` an event it names (for the registry of corpus events; `ry:fire|tenter lane|1888`
 * one it names with a year), and `c:crush`/`l:crush`
 * the head of a name it gives (`the Great Crush`) and a word it uses as events are used (see isEventWord), `v:crush` a word that heads a name used as an event.
 */
export class NameKnowledge {
  constructor(readonly names: ReadonlySet<string> = new Set()) {}
  isName(stem: string): boolean {
    // (A word capitalised only where a table's cell opens, `| Chimney fire, soon out |`, is a name
    // unless the corpus also writes it in lower case.)
    return this.names.has(`n:${stem}`) || (this.names.has(`nc:${stem}`) && !this.names.has(`lc:${stem}`));
  }
  isEventKey(key: string): boolean {
    return this.names.has(`e:${key}`);
  }
  /** Whether the corpus writes the word in lower case anywhere (`the order`, `the winter`): not only a name. */
  writesLowercase(stem: string): boolean {
    return this.names.has(`lc:${stem}`);
  }
  isSide(stem: string): boolean {
    return this.names.has(`s:${stem}`);
  }
  isPerson(key: string): boolean {
    return this.names.has(`pe:${key}`);
  }
  /** A one-word name that opens other names of things that are no events (`Saltmere Works`, `Saltmere East`). */
  headsOtherNames(key: string): boolean {
    return !key.includes(' ') && this.names.has(`ho:${key}`);
  }
  /** A name the corpus gives a settlement (`the Parish of Kilvarrick`, `the town of Tull`): a place when it stands alone. */
  namesSettlement(key: string): boolean {
    return this.names.has(`pl:${key}`);
  }
  /**
   * A name the corpus writes doing something to its own (`Obadiah Crake paid his navvies`): a
   * person's, though an event may be named after them (`the Crake lockout`).
   */
  actsAsPerson(key: string): boolean {
    return this.names.has(`ow:${key.split(' ').pop()}`);
  }

  /**
   * A kind of event the corpus teaches: the last word of a name it gives (`the Great Crush`) that it
   * also writes in lower case as events are written (`after the crush`, `the crush lasted`).
   */
  isEventWord(word: string): boolean {
    // (Or used as an event in one of its names: `the Great Dearth lasted` makes `the Little Dearth` a dearth too.)
    return this.names.has(`c:${word}`) && (this.names.has(`l:${word}`) || this.names.has(`v:${word}`));
  }
  /**
   * A name whose last word is no kind of event, but which the corpus uses as events are used
   * (`during the Hungry Winter`, `the Black Rot killed`): an event of that one name.
   */
  isEventName(word: string, key: string | undefined): boolean {
    return this.names.has(`w:${word}|${key ?? ''}`);
  }
  /**
   * A word the corpus writes in lower case as events are written (`the eruption killed`, `after the
   * eruption`), though the lexicon lacks it: what `the eruption` may refer back to by its day.
   */
  writesAsEvent(word: string): boolean {
    return this.names.has(`l:${word}`);
  }
  /** Whether the corpus names a side's whole army so (`the Red Army`: `red army`). */
  namesSideArmy(key: string): boolean {
    return this.names.has(`sa:${key}`);
  }
  /** Whether the corpus gives an event of this kind this name (`the Winter War`: `winter`, a war). */
  namesKind(key: string, type: string): boolean {
    return this.names.has(`t:${key}=${type}`);
  }
  /**
   * Whether the corpus names this event with years (`the Tenter Lane fire (1888)`), none of them
   * within a year of `year`: `the fire`, in a sentence of 1891, is not that fire.
   */
  datesOtherwise(type: string | undefined, key: string, year: number): boolean {
    const at = `ry:${type ?? ''}|${key}`;
    return this.names.has(at) && ![year - 1, year, year + 1].some((y) => this.names.has(`${at}|${y}`));
  }
  /** Whether the corpus tells of an event of this kind, named or not (`the quarantine`). */
  tellsOfKind(type: string): boolean {
    return this.names.has(`u:${type}`);
  }
  /** The one kind of event the corpus gives a name, if it gives it only one (asked kind by kind, so the cache can record it). */
  typeOf(key: string): string | undefined {
    let found: string | undefined;
    for (const type of EVENT_TYPE_NAMES) {
      if (!this.names.has(`t:${key}=${type}`)) continue;
      if (found !== undefined) return undefined;
      found = type;
    }
    return found;
  }
}

const EVENT_TYPE_NAMES = [...new Set(EVENT_TYPES.values())];

/**
 * A name in a table's column of places (`| Place | Dead |` over `| Hessock | 12 |`), which a row is
 * read with as `at Hessock` (see readTableRow): where the row's values hold, whatever event is named after it.
 */
export function inPlaceCell(tokens: readonly Token[], first: number): boolean {
  const at = tokens[first - 1];
  return at !== undefined && at.lower === 'at' && isHeaderWord(at);
}

export const NO_KNOWLEDGE = new NameKnowledge();

const ROLE_WORDS: Record<string, MentionRole> = wordTable({
  during: 'scope', amid: 'scope', throughout: 'scope', against: 'opponent', than: 'opponent', compared: 'opponent', unlike: 'opponent',
  after: 'anchor', before: 'anchor',
  since: 'anchor', following: 'anchor', until: 'anchor', till: 'anchor',
  broke: 'breached', broken: 'breached', breaking: 'breached', violated: 'breached', violating: 'breached',
  violation: 'breached', breach: 'breached', breached: 'breached', wrecking: 'breached', wrecked: 'breached',
});
const TAKING_VERBS = new Set(['take', 'took', 'taken', 'taking', 'capture', 'captured', 'capturing', 'storm', 'stormed']);
const PLACE_OBJECT_VERBS = new Set(['invaded', 'invades', 'invade', 'invading', 'entered', 'enters', 'enter', 'reached', 'reaches', 'reach', 'reaching', 'occupied', 'occupies']);
const LOCATIVES = new Set(['at', 'in', 'near', 'outside', 'inside', 'into', 'toward', 'towards', 'around', 'off', 'defending']);
const CONNECTORS = new Set(['of', 'the', 'de', 'von', 'van', 'der', 'den', 'du', 'la', 'le', 'al', 'el', 'di', 'da']);
/** Whether a name's next token ends its noun phrase: none, a mark, or a word that opens another phrase (`to`, `and`). */
function endsItsPhrase(next: Token | undefined): boolean {
  return next === undefined || next.kind !== 'word' || /^(to|and|or|with|at|in|on|into|toward|towards|for|by|where|which|that|when|after|before)$/.test(next.lower);
}

/** Things that rise with no revolt: `a rising sea`, `rising prices`. */
const RISING_THINGS = new Set(['sea', 'seas', 'tide', 'tides', 'wind', 'winds', 'gale', 'water', 'waters', 'river', 'ground', 'price', 'prices', 'cost', 'costs',
  'rent', 'rents', 'rate', 'rates', 'number', 'numbers', 'tension', 'anger', 'fever', 'temperature', 'sun', 'star', 'generation', 'damp', 'flood']);

/**
 * Event words in phrases that name no event: `in order`, `out of order`; `the outbreak of war` (when
 * it began); `prisoners of war`; `opened fire`, `under fire`, `artillery fire`; `died of typhus`. A fire is an event only
 * as `the fire`, `a fire`, `the great fire`, `the first fire`, or at the head of a name or a table cell.
 */
function isIdiom(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.lower;
  const before = tokens[i - 1]?.lower;
  // (`The Red Army of 1941 was a wreck`: a kind of event said of a thing is what it was like, no
  // event told; `there was a riot` tells one.)
  if ((before === 'a' || before === 'an') && COPULAS.has(tokens[i - 2]?.lower ?? '') && tokens[i - 3]?.lower !== 'there' && tokens[i + 1]?.kind !== 'word') return true;
  // (`in order to`, `out of order`, `to keep order`, `law and order`: order as peace, not a decree.)
  // (`slaughtered by order`, `by order of the Board`: as bidden, no order the text tells of; not `by Order 7`.)
  const after = tokens[i + 1];
  if (word === 'order') return /^(in|of|and|keep|kept|keeping|restore|restored|restoring|maintain|maintained|maintaining|preserve|preserved|public|good)$/.test(before ?? '') ||
    (before === 'by' && (after === undefined || after.lower === 'of' || after.kind === 'punct' || /^\p{Ll}/u.test(after.text)));
  if (word === 'outbreak' || word === 'outbreaks') return tokens[i + 1]?.lower === 'of';
  // (`the river in flood`, `in full flood`, `In the full flood the tow-line parted`: a river's state, no flood told.)
  if (word === 'flood') return before === 'in' || before === 'full';
  // (`left in peace`, `at peace`, `lived in peace`: a state, no peace made.)
  if (word === 'peace') return before === 'in' || before === 'at';
  // (`in a rising sea`, `the rising tide`, `rising prices`: rising said of a thing that rises, no revolt.)
  if (word === 'rising') return RISING_THINGS.has(after?.lower ?? '');
  // (`prisoners of war`, `council of war`, `man-of-war`: a compound noun, no war told of.)
  if (word === 'war' && before === 'of' && /^(prisoner|prisoners|council|councils|ministry|minister|secretary|office|laws|articles|spoils|man|men|theatre|theater|art|fortunes)$/.test(tokens[i - 2]?.lower ?? '')) return true;
  // (`fire broke out in the shed`, `fire swept the yard`: a fire that spreads is one, article or not.)
  const spreads = /^(broke|spread|spreads|swept|sweeps|raged|rages|burned|burnt|burns|destroyed|gutted|consumed)$/.test(tokens[i + 1]?.lower ?? '');
  // (A table's header names things: `| Hollin Rake fire |` is a fire.)
  if (word === 'fire' || word === 'fires') return !(before === undefined || spreads || isHeaderWord(tokens[i]!) || /^(the|a|this|that|its|great|big|first|second|third|last)$/.test(before));
  // `died of typhus`, `sick with cholera`, `died of the fever`, `of hunger and camp fever`: a disease
  // as a cause, not an epidemic.
  if (isSickness(word)) return diseaseAsCause(tokens, i);
  return false;
}

/**
 * A sickness after `of`, `from`, `with` or `by` (`died of typhus`), or a few words after one with no stop
 * between (`of hunger and camp fever`; `died of the fever`, but not `the outbreak of the fever`, an epidemic).
 */
function diseaseAsCause(tokens: readonly Token[], i: number): boolean {
  const cause = (w: string | undefined) => w === 'of' || w === 'from' || w === 'with' || w === 'by';
  // (`struck by fever, which killed 347 people`: a sickness that kills, or that strikes a place, is the
  // epidemic itself.)
  if (killsAfter(tokens, i)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = tokens[k]!;
    // (`two of her children in the typhus of 1857`: another word of place or time governs it.)
    if (w.kind !== 'word' || /^(in|at|on|during|after|before|since|to|into|for|through|throughout|until)$/.test(w.lower)) return false;
    if (w.lower === 'by' && STRIKING.has(tokens[k - 1]?.lower ?? '')) return false;
    if (cause(w.lower)) return !EVENT_TYPES.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/**
 * Things that stand somewhere and are no place an event is fought over (`the camp at Marl End`, `the
 * dam at Crane Moss`): a name after them says where they stand. (Not a town or a fort: `the fort at
 * Karsk` may be what the siege of Karsk was about.)
 */
const STANDING_THINGS: ReadonlySet<string> = new Set(['camp', 'camps', 'dam', 'reservoir', 'embankment', 'quay', 'wharf', 'pier', 'works', 'depot',
  'station', 'hospital', 'infirmary', 'school', 'chapel', 'barracks', 'prison', 'gaol', 'workhouse', 'inn', 'yard', 'shed', 'hall', 'lighthouse', 'mill', 'factory', 'foundry', 'quarry']);

/** Verbs by which a sickness comes upon a place (`the camp was struck by fever`). */
const STRIKING = new Set(['struck', 'hit', 'visited', 'ravaged', 'swept', 'devastated', 'attacked']);

/** `fever, which killed 347 people`, `the cholera that carried off 90`: a sickness told as what killed. */
function killsAfter(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
  return /^(which|that)$/.test(tokens[k]?.lower ?? '') && /^(killed|claimed|carried|took)$/.test(tokens[k + 1]?.lower ?? '');
}

/**
 * The word within its kind an event is called by, where that tells one event of the kind from another:
 * an offensive is not an invasion, and the cholera is not the plague (`the epidemic` may be either).
 */
function eventWordGroup(word: string): string | undefined {
  return ANAPHOR_GROUPS.get(word) ?? (DISEASES.has(word) ? word : undefined);
}

/**
 * `It was the first strike in the isles`: a `first` a copula gives to what the sentence is about ranks
 * it among all of its kind; it numbers none of the corpus's events (a first that implies a second).
 */
function ranksAmongAll(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lower === 'first' && tokens[k - 1]?.lower === 'the' && COPULAS.has(tokens[k - 2]?.lower ?? '');
}
const COPULAS = new Set(['was', 'is', 'were', 'are', 'became', 'becomes', 'remains', 'remained']);

/** Verbs that may follow an ordinal standing for its noun (`the second began`, `the first was short`). */
const ELLIPSIS_VERBS = new Set(['began', 'begun', 'was', 'were', 'is', 'had', 'came', 'fell', 'went', 'took', 'ran', 'broke', 'brought', 'saw', 'lasts', 'ends', 'begins']);

/** Nouns after which a capitalised word is a side (`Velmarchi army`, `German troops`). */
const SIDE_HEADS = new Set([
  'army', 'armies', 'force', 'forces', 'troops', 'soldiers', 'men', 'side', 'casualties', 'dead', 'losses',
  'government', 'regime', 'people', 'defenders', 'garrison', 'lines', 'units', 'formations', 'columns', 'command',
  'high', 'military', 'victory', 'defeat', 'advance', 'attack', 'attacks', 'resistance', 'prisoners', 'tanks',
]);
/** `resist to the last,`, `from the first,`, `at the last`: the end or the start of a time, no event of a kind. */
const TIME_IDIOM_BEFORE = new Set(['to', 'from', 'at']);

/** How demonyms end: German, Romanian, Japanese, Finnish, Velmarchi, French. */
const DEMONYM = /(an|ans|ian|ians|ese|ish|i|ic|ch|ss)$/;
const ROMAN: Record<string, number> = wordTable({ i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6 });

const typeAtOf = (lower: string[]) => lower.findIndex((w) => EVENT_TYPES.has(w));
const isDashToken = (t: Token | undefined) => t !== undefined && t.kind === 'punct' && /^[-–‐‑]$/.test(t.text);
const capitalised = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/**
 * Keys already made, by their words joined: the same names recur in every sentence of a text (and
 * a source's in every text checked against it). Bounded, and emptied when full.
 */
const NAME_KEYS = new Map<string, string | undefined>();
const NAME_KEYS_KEPT = 20_000;

/** The words of a name as a key: stemmed, without connectors, titles or `No.`. */
export function nameKey(words: readonly string[]): string | undefined {
  // (Joined by `\u0000`, which no word of a text holds; one that did is not kept, so that two lists
  // of words never meet under one key.)
  if (words.some((w) => w.includes('\u0000'))) return keyOfName(words);
  const joined = words.join('\u0000');
  if (NAME_KEYS.has(joined)) return NAME_KEYS.get(joined);
  const key = keyOfName(words);
  if (NAME_KEYS.size >= NAME_KEYS_KEPT) NAME_KEYS.clear();
  NAME_KEYS.set(joined, key);
  return key;
}

function keyOfName(words: readonly string[]): string | undefined {
  const key = words
    .flatMap((w) => w.split(/[-–‐‑]/))
    .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
    .filter((w) => w && !CONNECTORS.has(w) && w !== 'no' && w !== 'nos' && w !== '№' && w !== '.' && !TITLES.has(w))
    .map((w) => (/^\d/.test(w) ? w : stem(w)));
  return key.length > 0 ? key.join(' ') : undefined;
}

/** The year in brackets at `at` (`(1888)`), if one stands there. */
export function bracketedYear(tokens: readonly Token[], at: number): number | undefined {
  return tokens[at]?.text === '(' && isYearNumber(tokens[at + 1]) && tokens[at + 2]?.text === ')' ? Number(tokens[at + 1]!.text) : undefined;
}

/** A number written as a year (`1891`). */
const isDay = (t: Token | undefined) => t?.kind === 'number' && /^([1-9]|[12]\d|3[01])$/.test(t.text);

/**
 * The year of a date written after an event's `of` (`1847`, `May 1927`, `7 April 1919`,
 * `April 7, 1919`), and where the date ends; none for anything else (`of 1,200 men`).
 */
function yearAfterOf(tokens: readonly Token[], i: number): { year: number; end: number } | undefined {
  let k = i;
  if (isDay(tokens[k]) && MONTHS[tokens[k + 1]?.lower ?? ''] !== undefined) k += 2;
  else if (MONTHS[tokens[k]?.lower ?? ''] !== undefined && capitalised(tokens[k])) {
    k += 1;
    if (isDay(tokens[k])) k += tokens[k + 1]?.text === ',' ? 2 : 1;
  }
  return isYearNumber(tokens[k]) ? { year: Number(tokens[k]!.text), end: k + 1 } : undefined;
}

function yearBefore(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  return t && t.kind === 'number' && /^\d{4}$/.test(t.text) ? Number(t.text) : undefined;
}

class MentionReader {
  readonly mentions: Mention[] = [];
  private readonly firstWord: number;

  constructor(private readonly tokens: Token[], private readonly knowledge: NameKnowledge, private readonly heading: boolean) {
    this.firstWord = tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
  }

  /**
   * The kind of event the word at `i` names: the lexicon's, or one the corpus teaches (asked only
   * after a word that makes a noun definite or counts it, so that the cache records few questions).
   */
  private eventTypeAt(i: number): string | undefined {
    const word = this.tokens[i]!.lower;
    const known = EVENT_TYPES.get(word);
    if (known !== undefined) return known;
    const before = this.tokens[i - 1];
    const determined = before !== undefined && (DEMONSTRATIVES.has(before.lower) || ORDINALS.has(before.lower) || before.lower === 'its' || /^\d{4}$/.test(before.text));
    // (`across the ice`, `crossed the ice`: a taught word may still name the thing itself.)
    const where = PATH_WORDS.has(this.tokens[i - 2]?.lower ?? '');
    return determined && !where && mayBeEventWord(word) && this.knowledge.isEventWord(word) ? word : undefined;
  }

  /** A capitalised word that may be part of a name here (the first word only when the corpus knows it). */
  private nameWord(i: number): boolean {
    const t = this.tokens[i];
    if (!capitalised(t) || WEEKDAYS.has(t!.lower)) return false;
    // (A month is no name, `In November Karsk fell`, but for one that names an event of its kind: `the November Flood`.)
    if (MONTHS[t!.lower] !== undefined) return EVENT_TYPES.has(this.tokens[i + 1]?.lower ?? '') && capitalised(this.tokens[i + 1]) && !isDay(this.tokens[i - 1]);
    // `Table 1`, `Figure 3`, `Appendix B`: a part of the text, pointed at, names nothing.
    if (TEXT_PARTS.has(t!.lower) && /^(\d+|[IVXLC]+|[A-Z])$/.test(this.tokens[i + 1]?.text ?? '')) return false;
    if (TITLES.has(t!.lower) || EVENT_TYPES.has(t!.lower) || UNIT_WORDS.has(t!.lower)) return true;
    // In a heading every word is capitalised: only the names the corpus knows are names there; and
    // one it also writes in lower case (`winter`, of `the Winter War`), but for a side's word, only
    // beside a word that names with it (`Winter War`, not `The Hard Winter`).
    if (this.heading) {
      const s = stem(t!.text);
      return isNameToken(t!, false) && this.knowledge.isName(s) && (!this.knowledge.writesLowercase(s) || this.knowledge.isSide(s) || this.namesBeside(i));
    }
    if (i !== this.firstWord) return isNameToken(t!, false);
    // (`Taking Berlin still cost …`: a first word in `-ing` before a name is a doing, unless the corpus names by it.)
    return isNameToken(t!, false) && (this.knowledge.isName(stem(t!.text)) || (capitalised(this.tokens[i + 1]) && !/ing$/.test(t!.lower)) || this.aloneInFirstCell(i) || this.namesWhatLasted(i));
  }

  /**
   * A heading's word the corpus writes in lower case and names no event by, alone (`Mill`, of `the
   * mill`, in `The Mill Strike`); after a word of a name, one it never writes in lower case, it is a
   * word of that name (`Fennick Press Raids`).
   */
  private plainWordBefore(i: number): boolean {
    const s = stem(this.tokens[i]!.text);
    if (!this.knowledge.writesLowercase(s) || this.knowledge.isEventKey(s) || this.knowledge.isSide(s)) return false;
    const before = this.tokens[i - 1];
    return !(before !== undefined && capitalised(before) && isNameToken(before, false) && !this.knowledge.writesLowercase(stem(before.text)));
  }

  /**
   * A heading's word beside `i` that names with it: a kind of event (`War`), when the corpus names an
   * event so (`the Winter War`; not `THE MILL STRIKE`, of `Hollin Mill` and `the mill`), or another
   * name the corpus knows (`Soviet Union`).
   */
  private namesBeside(i: number): boolean {
    return [i - 1, i + 1].some((j) => {
      const t = this.tokens[j];
      if (!capitalised(t) || t!.kind !== 'word') return false;
      return EVENT_TYPES.has(t!.lower) ? this.knowledge.isEventKey(stem(this.tokens[i]!.text)) : this.knowledge.isName(stem(t!.text));
    });
  }

  /**
   * `Gettysburg lasted three days`, `Corregidor held out for five months`: a first word right before a
   * verb of lasting, no doing (`Fighting`) nor a word the lexicon knows, is a name: what lasted.
   */
  private namesWhatLasted(i: number): boolean {
    const w = this.tokens[i]!.lower;
    // (`Gettysburg, by contrast, lasted three days`: a phrase set off between commas may stand between.)
    let k = i + 1;
    if (this.tokens[k]?.text === ',') {
      const close = this.tokens.findIndex((t, j) => j > k && j <= k + 4 && t.text === ',');
      if (close > 0) k = close + 1;
    }
    // (Or before what befell it for a time: `Budapest was besieged for about 50 days`.)
    const befell = /^(was|were)$/.test(this.tokens[k]?.lower ?? '') && /^(besieged|blockaded|occupied|shelled|bombarded)$/.test(this.tokens[k + 1]?.lower ?? '');
    return /^(lasted|raged|endured)$/.test(this.tokens[k]?.lower ?? '') || (this.tokens[k]?.lower === 'held' && this.tokens[k + 1]?.lower === 'out') || befell ?
      !/ing$/.test(w) && !ACTIVITIES.has(w) && !COUNT_KINDS.has(w) && !COUNTED_THINGS.has(w) && !PLACE_NOUNS.has(w) && !isStopword(w) : false;
  }

  /**
   * `| *Hesper* | torpedoed | 1917 | 41 |`: a row's first cell that is one capitalised word, no word
   * the lexicon knows (`| Deaths | 41 |`, `| Siege | … |`), is a name, as a sentence's first word is not.
   */
  private aloneInFirstCell(i: number): boolean {
    const t = this.tokens;
    // (A row's tokens: each cell's own, its header's words set in with no width, then its bar.)
    let k = i + 1;
    while (k < t.length && t[k]!.start === t[k]!.end && !isCellBar(t[k]!)) k++;
    if (k === i + 1 || t[k] === undefined || !isCellBar(t[k]!) || t.slice(0, i).some((x) => x.kind !== 'punct' || isCellBar(x))) return false;
    const w = t[i]!.lower;
    return !COUNT_KINDS.has(w) && !COUNTED_THINGS.has(w) && !EVENT_TYPES.has(w) && !SIDE_WORDS.has(w) && !FEASTS.has(w);
  }

  /** Extends a capitalised run: `Battle of Karsk`, `Order No. 12`, `Molotov–Ribbentrop`, `4th Lancers`. */
  private runEnd(i: number): number {
    const tokens = this.tokens;
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (this.nameWord(j) && j !== this.firstWord) { j++; continue; }
      if (/^\d+$/.test(t.text) && /^(no|nos|number|№|order|decree|directive|lodge)$/i.test(tokens[j - 1]?.text ?? '')) { j++; continue; }
      // `Order No. 227`, `Order Number 12`
      if (/^(no|nos|number)$/.test(t.lower) && tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'number') { j += 3; continue; }
      if (/^(no|nos|number)$/.test(t.lower) && tokens[j + 1]?.kind === 'number') { j += 2; continue; }
      if (ROMAN[t.lower] !== undefined && t.text === t.text.toUpperCase() && capitalised(tokens[j - 1])) { j++; continue; }
      const joins = (CONNECTORS.has(t.lower) && t.lower !== 'the') || isDashToken(t) || t.text === '№';
      if (joins && tokens[j + 1] && (this.nameWord(j + 1) || (t.text === '№' && tokens[j + 1]!.kind === 'number')) && tokens[j + 1]!.start - t.end <= 1) { j += 2; continue; }
      if (/^['’]s$/.test(t.text) && this.nameWord(j + 1)) { j += 2; continue; }
      // (`the Guide Well`: a capitalised common word, inside a sentence, right after a name's word, is
      // that name's too; not in a heading, where every word is capitalised.)
      if (!this.heading && j !== this.firstWord && capitalised(t) && t.kind === 'word' && isStopword(t.lower) && MONTHS[t.lower] === undefined && !WEEKDAYS.has(t.lower) && !/^(i|no|nos)$/.test(t.lower) && this.nameWord(j - 1)) { j++; continue; }
      break;
    }
    return j;
  }

  /** The type, key, ordinal and kind of a capitalised run. */
  private classifyRun(first: number, end: number): Mention {
    const words = this.tokens.slice(first, end);
    const lower = words.map((w) => w.lower);
    const before = this.tokens[first - 1];
    const text = words.map((w) => w.text).join(' ');
    let typeAt = lower.findIndex((w) => EVENT_TYPES.has(w));
    // `the Riot Act`, `the Siege Law`: a name that ends in a word for a law names a law, not an event;
    // `Defence Minister`, `the War Office`: one that ends in a word for an office names the office.
    const last = lower[lower.length - 1]!;
    if (typeAt >= 0 && typeAt < lower.length - 1 && (LAW_WORDS.has(last) || OFFICE_WORDS.has(last))) typeAt = -1;
    // `the Great Crush`: a name ending in a kind of event the corpus teaches.
    if (typeAt < 0 && lower.length > 1 && mayBeEventWord(lower[lower.length - 1]!) && (this.knowledge.isEventWord(lower[lower.length - 1]!) ||
      this.knowledge.isEventName(lower[lower.length - 1]!, nameKey(words.slice(0, -1).filter((w) => !ORDINALS.has(w.lower)).map((w) => w.text))))) typeAt = lower.length - 1;
    const ordinalWord = lower.map((w) => ORDINALS.get(w) ?? ROMAN[w]).find((n) => n !== undefined);
    const ref: EventRef = { text };
    if (ordinalWord !== undefined && lower.some((w) => ORDINALS.has(w) || ROMAN[w] !== undefined)) ref.ordinal = ordinalWord;
    // `the second World War`: an ordinal in lower case before the name.
    else if (before && ORDINALS.has(before.lower) && typeAtOf(lower) >= 0) ref.ordinal = ORDINALS.get(before.lower);
    // `Stalin's Order 227` is Order 227: a possessor before the event word is not its name.
    // (`Commission of Inquiry`: every word for a kind of event is the kind, none of them the name; but
    // an operation's name follows it, whatever it means: `Operation Typhoon`.)
    const kindAfter = (k: number) => k > typeAt && EVENT_TYPES.has(lower[k]!) && !(lower[typeAt] === 'operation' && k === typeAt + 1);
    const keyWords = words.filter((w, k) => k !== typeAt && !kindAfter(k) && !ORDINALS.has(w.lower) && ROMAN[w.lower] === undefined &&
      !(typeAt > k && /['’]s$/.test(w.text))).map((w) => w.text);
    const key = nameKey(keyWords);
    if (key) ref.key = key;
    // (`St Ebba's Head`, `St Brigid's`: a saint's name owning a place, or a church, is no person.)
    const saintsPlace = /^(st|saint)$/.test(lower[0]!) && words.slice(1).some((w) => /['’]s$/.test(w.text));
    // (`the General Strike`: `general` before a kind of event is a word of its name, no rank.)
    const generalEvent = lower[0] === 'general' && typeAt === lower.length - 1;
    if (!saintsPlace && !generalEvent && (TITLES.has(lower[0]!) || (before && TITLES.has(before.lower)))) return { kind: 'person', ref, first, end };
    const unitWord = (w: string) => UNIT_WORDS.has(w.replace(/['’]s$/, ''));
    // A body of men has a name or a number besides its unit word (`the 4th Lancers`, `Company B`): `the
    // Company` alone is a trading company, `the Army` any army.
    // `the Red Army`: a whole side's army, named by a word for the side, is no body of men within it.
    if (words.length === 2 && WHOLE_ARMY.test(lower[1]!) && SIDE_WORDS.has(lower[0]!)) return { kind: 'other', ref, first, end };
    // (`the Tessaly Fire Brigade`: a name whose last word is a body's is that body, whatever kind of event it is for.)
    const headIsUnit = words.length > 1 && unitWord(lower[lower.length - 1]!) && typeAt < lower.length - 1;
    if (lower.some(unitWord) && (typeAt < 0 || headIsUnit) && (words.length > 1 || /\d/.test(this.tokens[first - 1]?.text ?? ''))) {
      // `Talia Brenn of Lodge 14`: the unit is the part of the name that holds the unit word.
      const unitAt = lower.findIndex(unitWord);
      let a = unitAt;
      while (a > 0 && !CONNECTORS.has(lower[a - 1]!)) a--;
      let b = unitAt + 1;
      while (b < lower.length && !CONNECTORS.has(lower[b]!)) b++;
      const unitKey = nameKey(words.slice(a, b).map((w) => w.text));
      return { kind: 'unit', ref: { text, ...(unitKey ? { key: unitKey } : {}) }, first, end };
    }
    if (typeAt >= 0) {
      ref.type = EVENT_TYPES.get(lower[typeAt]!) ?? lower[typeAt]!;
      const word = eventWordGroup(lower[typeAt]!);
      if (word) ref.word = word;
      // (`Kelderwick's Fleet and Its Gales`, `Two Floods`: a kind in the plural with no name is several
      // events, as in lower case; so is one of a place, `Floods of the Morrow Valley`; `the Balkan Wars`
      // is a name.)
      const plural = PLURAL_EVENT_WORDS.has(lower[typeAt]!) && (!ref.key || lower[typeAt + 1] === 'of');
      return { kind: 'event', ref, first, end, ...(plural ? { plural } : {}) };
    }
    if (words.length === 1 && this.isSide(first)) return { kind: 'side', ref: { text, key: stem(words[0]!.text) }, first, end };
    return { kind: 'name', ref, first, end };
  }

  /** `invaded the USSR`, `entered Karsk`: what is invaded, entered or reached is a place, whatever else it names. */
  private placeObject(first: number): boolean {
    return PLACE_OBJECT_VERBS.has(this.tokens[beforeArticle(this.tokens, first)]?.lower ?? '');
  }

  /** `running for the Glaisk`, `made for Karsk`: a name after a verb of moving and `for`. */
  private headedFor(first: number): boolean {
    const k = beforeArticle(this.tokens, first);
    return this.tokens[k]?.lower === 'for' && MOTION_VERBS.has(this.tokens[k - 1]?.lower ?? '');
  }

  /** `crossed into Karsk`, `marched into the town`: a name after a verb of going and `into`. */
  private wentInto(first: number): boolean {
    const k = beforeArticle(this.tokens, first);
    return this.tokens[k]?.lower === 'into' && GOING_VERBS.has(this.tokens[k - 1]?.lower ?? '');
  }

  /** A demonym: the corpus's own sides, general ones, or a demonym-like word before `army`, `troops`… */
  private isSide(i: number): boolean {
    const t = this.tokens[i]!;
    if (/['’]s$/.test(t.text)) return false;
    const s = stem(t.text);
    if (this.knowledge.isSide(s) || SIDE_WORDS.has(t.lower)) return true;
    if (!DEMONYM.test(t.text)) return false;
    const next = this.tokens[i + 1];
    if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && SIDE_HEADS.has(next.lower)) return true;
    // `the Germans`, `the Oskendari`: a people named by its demonym.
    return this.tokens[i - 1]?.lower === 'the' && /(ans|ese|i)$/.test(t.text) && !this.knowledge.isEventKey(s);
  }

  /** `red army`, `soviet forces` in lower case, where the corpus writes that name capitalised (`the Red Army`). */
  private sideArmyInLowerCase(i: number): boolean {
    const [t, next] = [this.tokens[i]!, this.tokens[i + 1]];
    if (!SIDE_WORDS.has(t.text) || next?.kind !== 'word' || !WHOLE_ARMY.test(next.text)) return false;
    return this.knowledge.namesSideArmy(nameKey([t.text, next.text]) ?? '');
  }

  /**
   * `the winter war`, `the siege of stalingrad`: a word in lower case that the corpus gives an event of
   * this kind as its name is that name, as the writer who never capitalises means it.
   */
  private nameInLowerCase(ref: EventRef, t: Token): boolean {
    if (!/^\p{Ll}/u.test(t.text)) return false;
    const key = nameKey([t.text]);
    if (key === undefined || !this.knowledge.namesKind(key, ref.type!)) return false;
    ref.key = key;
    return true;
  }

  /** An event word in lower case: `the second siege`, `the 1611 treaty`, `a firedamp explosion`, `the siege of Karsk`. */
  private eventWord(i: number): Mention {
    const tokens = this.tokens;
    const type = this.eventTypeAt(i)!;
    const ref: EventRef = { type, text: tokens[i]!.text };
    const word = eventWordGroup(tokens[i]!.lower);
    if (word) ref.word = word;
    let first = i;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const t = tokens[k]!;
      // (`a second, smaller fire`: an ordinal set off by a comma before the word that describes the event.)
      if (t.text === ',' && k === i - 2 && ORDINALS.has(tokens[k - 1]?.lower ?? '')) continue;
      const ordinal = ORDINALS.get(t.lower);
      const year = yearBefore(tokens, k);
      if (ordinal !== undefined) {
        if (!ranksAmongAll(tokens, k)) ref.ordinal = ordinal;
      }
      else if (year !== undefined) ref.year = year;
      else if (!(t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !DEMONSTRATIVES.has(t.lower) && k === i - 1 && t.lower !== 'a' && t.lower !== 'an')) break;
      else this.nameInLowerCase(ref, t);
      first = k;
    }
    let end = i + 1;
    if (PLURAL_EVENT_WORDS.has(tokens[i]!.lower)) return { kind: 'event', ref: { ...ref, text: tokens.slice(first, end).map((t) => t.text).join(' ') }, first, end, plural: true };
    // `the fire of 1847`, `the flood of 1624`, `the eruption of 7 April 1919`: the date names which one.
    const dated = tokens[end]?.lower === 'of' && ref.year === undefined ? yearAfterOf(tokens, end + 1) : undefined;
    if (dated) {
      ref.year = dated.year;
      end = dated.end;
    }
    // `the inquest into the first accident`: a proceeding into a numbered event is numbered with it.
    if (type === 'inquiry' && ref.ordinal === undefined && /^(into|on|upon|over)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.lower === 'the' &&
      ORDINALS.has(tokens[end + 2]?.lower ?? '') && this.eventTypeAt(end + 3) !== undefined) ref.ordinal = ORDINALS.get(tokens[end + 2]!.lower);
    // `the siege of Karsk`, `the Battle of Karsk` (in a heading, any capitalised words after `of`)
    const headingName = (k: number) => this.heading && tokens[k] !== undefined && capitalised(tokens[k]) && isNameToken(tokens[k]!, false);
    // (`the Battle of the Bulge`: a `the` may open the name after a capitalised event word's `of`;
    // `the invasion of the Soviet Union` is of a place.)
    const titled = /^\p{Lu}/u.test(tokens[i]!.text) && tokens[end]?.lower === 'of' && tokens[end + 1]?.lower === 'the';
    const nameAt = titled && (this.nameWord(end + 2) || headingName(end + 2)) ? end + 2 : end + 1;
    // (`our defence of Vell`: what the writer's own side does for a place names no event after it.)
    if (tokens[end]?.lower === 'of' && !writersOwn(tokens, first) && (this.nameWord(nameAt) || headingName(nameAt))) {
      let runEnd = this.runEnd(nameAt);
      while (headingName(runEnd)) runEnd++;
      const key = nameKey(tokens.slice(nameAt, runEnd).map((t) => t.text));
      if (key) ref.key = key;
      end = runEnd;
    }
    // (`the siege of stalingrad`, as students write it.)
    if (ref.key === undefined && tokens[end]?.lower === 'of' && tokens[end + 1]?.kind === 'word' && this.nameInLowerCase(ref, tokens[end + 1]!)) end += 2;
    ref.text = tokens.slice(first, end).map((t) => t.text).join(' ');
    const det = tokens[first - 1]?.lower;
    // `the battle` refers back; `the second siege`, `the 1924 explosion` name an event of their own.
    // `the fighting on the Eastern Front`: fighting somewhere, not a reference back to a battle.
    const located = /^(fighting|fight|combat|struggle)$/.test(tokens[i]!.lower) && /^(on|in|at|along|across|around)$/.test(tokens[i + 1]?.lower ?? '');
    const definite = !located && ref.key === undefined && ref.ordinal === undefined && ref.year === undefined &&
      (det === 'the' || det === 'this' || det === 'that' || det === 'its');
    return { kind: 'event', ref, first: first > 0 && DEMONSTRATIVES.has(tokens[first - 1]!.lower) ? first - 1 : first, end, definite };
  }

  read(): Mention[] {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'number' && /^\d+(st|nd|rd|th)$/.test(t.lower) && this.nameWord(i + 1)) {
        const end = this.runEnd(i + 1);
        this.push(this.classifyRun(i, end));
        i = end - 1;
        continue;
      }
      if (this.nameWord(i)) {
        let end = this.runEnd(i);
        // A heading's `Rzhev Offensive`, `Siege of Varna`: the words around an event word are its name.
        if (this.heading && EVENT_TYPES.has(t.lower)) {
          // (Not a word the corpus writes in lower case and names no event by: `THE MILL STRIKE`.)
          while (i > 0 && (isNameToken(tokens[i - 1]!, false) || ORDINALS.has(tokens[i - 1]!.lower)) && capitalised(tokens[i - 1]) && !this.plainWordBefore(i - 1)) i--;
          const nameAt = (k: number) => tokens[k] !== undefined && isNameToken(tokens[k]!, false) && capitalised(tokens[k]);
          // (`Battle of the Bulge`: a `the` may open the name after `of`.)
          const the = tokens[end]?.lower === 'of' && tokens[end + 1]?.lower === 'the' && nameAt(end + 2) ? 1 : 0;
          if (tokens[end]?.lower === 'of' && nameAt(end + 1 + the)) {
            end += 2 + the;
            while (nameAt(end)) end++;
          }
          // (`Slide 5: Operation Uranus`: an operation's name follows its word.)
          if (t.lower === 'operation' && tokens[end - 1] === t) while (nameAt(end)) end++;
        }
        let mention = this.classifyRun(i, end);
        // `the Molotov–Ribbentrop treaty`, `the Karsk strike`: a name before an event word names that event.
        const next = tokens[end];
        // `Stalin's war`, `Hitler's invasion`: a possessor is who acts, not what the event is called.
        const possessive = /['’]s$/.test(tokens[end - 1]!.text);
        if (next && !possessive && EVENT_TYPES.has(next.lower) && !PLURAL_EVENT_WORDS.has(next.lower) && /^\p{Ll}/u.test(next.text) && (mention.kind === 'name' || mention.kind === 'side')) {
          const event = this.eventWord(end);
          if (mention.kind === 'name' && !event.ref.key) event.ref.key = mention.ref.key;
          if (mention.kind === 'side') this.push(mention);
          event.definite = false;
          event.ref.text = tokens.slice(i, event.end).map((x) => x.text).join(' ');
          mention = { ...event, first: Math.min(event.first, i) };
        } else if (next && !possessive && PLACE_NOUNS.has(next.lower) && /^\p{Ll}/u.test(next.text) && (mention.kind === 'name' || mention.kind === 'other')) {
          // `the Osterby bridge`, `the Karsk mine`: a name before a word of place names that place, which
          // is where a value holds (what `there` and `the bridge` refer to), not the town it is named after.
          const key = `${mention.ref.key ?? ''} ${stem(next.lower)}`.trim();
          mention = { kind: 'other', ref: { type: 'place', key, text: tokens.slice(i, end + 1).map((x) => x.text).join(' ') }, first: i, end: end + 1, located: true };
        }
        // (`Lennmouth, Corsund's only deep-water port`: a name whose thing is told after it is its owner;
        // so is a side's name before its ships or its men, `nine Corsund ships`, though a war is named
        // after it (a name of no event, or of a war). `The Karsk garrison` is still the siege of Karsk's.)
        const thingAfter = next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !EVENT_TYPES.has(next.lower);
        const sideName = mention.kind === 'other' || (mention.kind === 'name' && mention.ref.key !== undefined && this.knowledge.typeOf(mention.ref.key) === 'war');
        const ownsForce = sideName && thingAfter && (COUNTED_THINGS.has(next!.lower) || FORCE_NOUNS.has(next!.lower));
        if ((thingAfter && possessive && (mention.kind === 'other' || mention.kind === 'name')) || ownsForce) mention.owner = true;
        this.push(mention);
        i = Math.max(end, mention.end) - 1;
        continue;
      }
      if (t.kind === 'word') i = this.readWord(i);
    }
    return this.mentions;
  }

  /** A word outside any name: an event word, `the second`, a side in plain words, a place or a reference back. Returns where reading goes on. */
  private readWord(i: number): number {
    const tokens = this.tokens;
    const t = tokens[i]!;
    // `to strike`, `to fight`, `in order to`: a verb, not an event.
    const idiom = isIdiom(tokens, i);
    // (`to fight`, `fight to hold`: verbs; `the fight to take her back`: a fight.)
    // (`fighting Finland`: a verb with a named object.)
    // (`flooding the stoves with brine`: a verb with an object, when no article makes it a noun.)
    const object = /ing$/.test(t.lower) && (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') ||
      (/^(the|a|an|its|their|his|her|our)$/.test(tokens[i + 1]?.lower ?? '') && !DEMONSTRATIVES.has(tokens[i - 1]?.lower ?? '') && !/^(a|an)$/.test(tokens[i - 1]?.lower ?? '')));
    // (`a wind rising`, `the river was rising`: a word mostly said as a verb names an event only after a
    // word that makes it a noun, `the rising`, `a rising`, `their rising`, `the Easter rising`.)
    const participle = MOSTLY_VERBS.has(t.lower) && !(DEMONSTRATIVES.has(tokens[i - 1]?.lower ?? '') || /^(a|an|its|their|his|her|our|every|another|great|first|second|last)$/.test(tokens[i - 1]?.lower ?? '') || capitalised(tokens[i - 1]));
    const verb = participle || object || tokens[i - 1]?.lower === 'to' || (tokens[i + 1]?.lower === 'to' && !DEMONSTRATIVES.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'a');
    const possessive = t.lower.endsWith("'s") || t.lower.endsWith('’s');
    const possessedBy = possessive && tokens[i - 1]?.lower === 'the' ? ORDINALS.get(t.lower.slice(0, -2)) : undefined;
    if (possessedBy !== undefined) {
      // `The second's bombardment`: the second of the kind named last, and what it did (its
      // bombardment is part of it, no subject of its own).
      this.push({ kind: 'anaphor', ref: { text: `${tokens[i - 1]!.text} ${t.text}`, ordinal: possessedBy }, first: i - 1, end: i + 1, definite: true });
      if (tokens[i + 1] && this.eventTypeAt(i + 1) !== undefined) i++;
    } else if (/^\p{Ll}/u.test(t.text) && !verb && !idiom && this.eventTypeAt(i) !== undefined) {
      const event = this.eventWord(i);
      this.push(event);
      i = event.end - 1;
    } else if (ORDINALS.has(t.lower) && tokens[i - 1]?.lower === 'the' && this.elliptical(i + 1) && !TIME_IDIOM_BEFORE.has(tokens[i - 2]?.lower ?? '')) {
      // `The second began eleven months later`: the second of the kind of event named last.
      this.push({ kind: 'anaphor', ref: { text: `${tokens[i - 1]!.text} ${t.text}`, ordinal: ORDINALS.get(t.lower)! }, first: i - 1, end: i + 1, definite: true });
    } else if (this.sideArmyInLowerCase(i)) {
      // `the red army`, as students write it: the army the corpus names `the Red Army`, read as that name is.
      this.push(this.classifyRun(i, i + 2));
      return i + 1;
    } else if ((SIDE_WORDS.has(t.lower) || this.knowledge.isSide(stem(t.text))) && /^\p{Ll}/u.test(t.text) && ((tokens[i - 1]?.lower === 'the' && /s$/.test(t.lower)) || SIDE_HEADS.has(tokens[i + 1]?.lower ?? ''))) {
      // `the rebels`, `rebel troops`, `the royalists`: a side in plain words; `the germans`, a side the
      // corpus names, as a writer who never capitalises writes it.
      this.push({ kind: 'side', ref: { text: t.text, key: stem(t.text) }, first: i, end: i + 1 });
    } else if (PLACE_NOUNS.has(t.lower) && tokens[i + 1]?.lower === 'of' && this.nameWord(i + 2)) {
      // `the harbour of Port Aubrin`, `the town of Karsk`: a place named where it stands, not a reference back.
      const end = this.runEnd(i + 2);
      const key = nameKey(tokens.slice(i + 2, end).map((x) => x.text));
      this.push({ kind: 'other', ref: { type: 'place', text: tokens.slice(i, end).map((x) => x.text).join(' '), ...(key ? { key } : {}) }, first: i, end, located: true });
      i = end - 1;
    } else if (PLACE_NOUNS.has(t.lower) && DEMONSTRATIVES.has(tokens[i - 1]?.lower ?? '') && !actLasted(tokens, i)) {
      this.push({ kind: 'anaphor', ref: { type: 'place', text: `${tokens[i - 1]!.text} ${t.text}` }, first: i - 1, end: i + 1, definite: true });
    } else if (t.lower === 'there' && !this.dummy(i)) {
      // `were killed there`: the place the text last named.
      this.push({ kind: 'anaphor', ref: { type: 'place', text: t.text }, first: i, end: i + 1, definite: true });
    } else if ((t.lower === 'it' || t.lower === 'its' || t.lower === 'they') && !this.dummy(i) && !(t.lower === 'it' && this.thingBefore(i))) {
      this.push({ kind: 'anaphor', ref: { text: t.text }, first: i, end: i + 1, definite: true });
    }
    return i;
  }

  /**
   * `the camp at Marl End`, `the little dam at Crane Moss`: a word of place at token i after a thing
   * that stands somewhere (STANDING_THINGS), brought in by a determiner: the name after it says where
   * that thing is.
   */
  private thingBeforePlace(i: number): boolean {
    const t = this.tokens;
    if (!/^(at|near|outside)$/.test(t[i]?.lower ?? '')) return false;
    const noun = t[i - 1];
    if (!noun || !STANDING_THINGS.has(noun.lower)) return false;
    let k = i - 2;
    while (k >= 0 && t[k]!.kind === 'word' && /^\p{Ll}/u.test(t[k]!.text) && !/^(the|a|an|its|their|his|her|our)$/.test(t[k]!.lower) && k > i - 4) k--;
    return /^(the|a|an|its|their|his|her|our)$/.test(t[k]?.lower ?? '');
  }

  /** After `the second`, no noun: a verb or a break (`The second began …`, `the second, in 1653, …`). */
  private elliptical(i: number): boolean {
    const t = this.tokens[i];
    // (`610 died in the first siege and 640 in the second.`, `… in the second [@rolls]`: the noun left out at the sentence's end.)
    if (!t) return true;
    if (t.kind === 'punct') return /^[,;(.[]$/.test(t.text);
    // `the first killed 412, the second 655`: the verb left out. (Not `the first 164 emigrants`: the
    // first of those counted, a noun after the count.)
    if (t.kind === 'number') return this.tokens[i + 1] === undefined || !isPluralNoun(this.tokens[i + 1]!);
    return t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (ELLIPSIS_VERBS.has(t.lower) || (/ed$/.test(t.lower) && !EVENT_TYPES.has(t.lower)));
  }

  /**
   * `a soup kitchen opens in the Sail Loft; it runs for eleven months`: an `it` that opens a clause
   * after one that brought in a new thing (`a` or `an` and a noun that is no kind of event) and named
   * no event is that thing, not an event named earlier.
   */
  private thingBefore(i: number): boolean {
    const t = this.tokens;
    if (this.opensOnThing(i)) return true;
    if (!/^[;,]$/.test(t[i - 1]?.text ?? '') && t[i - 1]?.lower !== 'and') return false;
    let start = i - 2;
    while (start >= 0 && !/^[;,:.]$/.test(t[start]!.text)) start--;
    const clause = t.slice(start + 1, i - 1);
    if (this.mentions.some((m) => m.kind === 'event' && m.first > start && m.first < i)) return false;
    return clause.some((x, k) => /^(a|an)$/.test(x.lower) && clause[k + 1]?.kind === 'word' && /^\p{Ll}/u.test(clause[k + 1]!.text) &&
      !clause.slice(k + 1, k + 3).some((w) => EVENT_TYPES.has(w.lower) || this.knowledge.isEventWord(w.lower)));
  }

  /**
   * `The lifeboat disaster of 1864 was smaller, but it hit the town`: an `it` that opens a later clause
   * of a sentence whose subject is a thing (`the` and plain nouns, no kind of event, place or force)
   * and that names no event before it is that thing, not an event of the sentence before.
   */
  private opensOnThing(i: number): boolean {
    const t = this.tokens;
    if (!/^(but|and|yet|so)$/.test(t[i - 1]?.lower ?? '') && !/^[;,:]$/.test(t[i - 1]?.text ?? '')) return false;
    if (this.mentions.some((m) => m.first < i && (m.kind === 'event' || m.kind === 'anaphor' || m.kind === 'name'))) return false;
    const first = this.firstWord;
    if (t[first]?.lower !== 'the') return false;
    const nouns: string[] = [];
    for (let k = first + 1; k < i && t[k]!.kind === 'word' && /^\p{Ll}/u.test(t[k]!.text) && t[k]!.lower !== 'of' && nouns.length < 3; k++) nouns.push(t[k]!.lower);
    return nouns.length > 0 && nouns.every((w) => !EVENT_TYPES.has(w) && !PLACE_NOUNS.has(w) && !FORCE_NOUNS.has(w) && !COUNTED_THINGS.has(w) &&
      !UNIT_WORDS.has(w) && !this.knowledge.isEventWord(w));
  }

  /** `it took six months for …`, `it was evident that …`, `there were …`: an `it` that refers to nothing. */
  private dummy(i: number): boolean {
    const t = this.tokens;
    const next = t.slice(i + 1, i + 4).map((x) => x.lower);
    if (t[i]!.lower === 'there') return /^(was|were|is|are|had|have)$/.test(next[0] ?? '');
    if (t[i]!.lower !== 'it') return false;
    if (next.some((w, k) => k < 2 && /^(take|took|takes|taking)$/.test(w))) return true;
    // `It also says the Germans held …`: an `it` that tells is a text, not an event.
    if (TELLING_VERBS.has(next[0] ?? '') || (/^(also|then|only|even|further|later|elsewhere)$/.test(next[0] ?? '') && TELLING_VERBS.has(next[1] ?? ''))) return true;
    return /^(is|was|seemed|seems|appeared|appears|became)$/.test(next[0] ?? '') && t.slice(i + 2, i + 6).some((x) => x.lower === 'that' || x.lower === 'to');
  }

  /** `under` before `first`, with only an article or an owner's word between (`under the magistrates'`). */
  private underAuthority(first: number): boolean {
    for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
      const w = this.tokens[k]!;
      if (w.lower === 'under') return true;
      if (w.kind !== 'word' || !(/^(the|its|their|his|her)$/.test(w.lower) || /['’]s?$/.test(w.text))) return false;
    }
    return false;
  }

  /** A verb of comparing a few words before `with` or `to` at `k`, with no stop between. */
  private comparedBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
      const w = this.tokens[j]!;
      if (w.kind === 'punct') return false;
      if (COMPARING_VERBS.has(w.lower)) return true;
    }
    return false;
  }

  private push(mention: Mention): void {
    // `during the battle`, `against the Karsk offensive`, `after the flood`: the word before says its role.
    for (let k = mention.first - 1; k >= Math.max(0, mention.first - 3); k--) {
      // `eleven weeks into the siege`: a time within it, not what the value is of.
      const into = this.tokens[k]!.lower === 'into' && /^(days?|weeks?|months?|years?)$/.test(this.tokens[k - 1]?.lower ?? '');
      const role = into ? 'scope' : ROLE_WORDS[this.tokens[k]!.lower];
      // (`houses wrecked in the second siege`: what was wrecked in an event is no treaty broken.)
      if (role === 'breached' && this.tokens.slice(k + 1, mention.first).some((t) => /^(in|at|on|during)$/.test(t.lower))) break;
      if (role) { mention.role = role; break; }
      const w = this.tokens[k]!.lower;
      // (`far more than at Leningrad`: a word of place between.)
      if (!DEMONSTRATIVES.has(w) && !/^(a|an|of|with|its|their|at|in|on)$/.test(w)) break;
    }
    // (`constables acting under the magistrates' Order 12 raided the shop`: the decree by whose
    // authority a thing was done is not the thing done.)
    if (!mention.role && DOCUMENT_TYPES.has(mention.ref.type ?? '') && this.underAuthority(mention.first)) mention.role = 'authority';
    // (`compare Verdun with Stalingrad`, `likened the town to Karsk`: what a thing is compared with.)
    if (!mention.role && /^(with|to)$/.test(this.tokens[mention.first - 1]?.lower ?? '') && this.comparedBefore(mention.first - 1)) mention.role = 'opponent';
    // `before they made a single charge`: in a clause that `before` or `after` opens, an anchor too;
    // and so after a doing it opens (`two years after signing their pact`).
    for (let k = mention.first - 1; !mention.role && k >= Math.max(0, mention.first - 7); k--) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct') break;
      const next = this.tokens[k + 1]?.lower ?? '';
      if (ROLE_WORDS[t.lower] === 'anchor' && (/^(they|he|she|it|we|i|you|the|a|an|its|their|his|her)$/.test(next) || /^\p{L}{3,}ing$/u.test(next))) mention.role = 'anchor';
    }
    // A bare name is a subject only when the corpus names an event with it, and it is an event of the
    // one kind the corpus gives that name (`Karsk` is the siege of Karsk), if there is one.
    if (mention.kind === 'name') {
      // (`2,000 men from Coldharrow`, `running for the Glaisk`: where they came from or made for is a
      // place, whatever the corpus names after it.)
      // (`went up from the Basin to the mill`, where the corpus names the Basin Riot: the place, article
      // or not; not `from the Michaelmas fair`, a name before a noun of its own.)
      const origin = this.tokens[mention.first - 1]?.lower === 'from' || this.headedFor(mention.first) ||
        (this.tokens[beforeArticle(this.tokens, mention.first)]?.lower === 'from' && endsItsPhrase(this.tokens[mention.end]));
      // (`crossed into Stalingrad on 14–15 September`: where men went is a place, not its battle.)
      const entered = this.wentInto(mention.first);
      // (`Crake's tommy shop`: a bare name the corpus gives a person is the person, though it names an
      // event after them too, `the Crake lockout`.)
      const person = mention.ref.key !== undefined && this.knowledge.actsAsPerson(mention.ref.key);
      // (`Saltmere`, where the corpus names `Saltmere Works` and `Saltmere East` besides `the Saltmere Lockout`: a place.)
      const place = mention.ref.key !== undefined && (this.knowledge.headsOtherNames(mention.ref.key) || this.knowledge.namesSettlement(mention.ref.key));
      // (`The Lowen Bridge Mill stood beside the canal`: a name ending in a building's word is the
      // building, though the corpus names an event after it, `the Lowen Bridge Mill riot`.)
      const building = BUILDING_NOUNS.has(this.tokens[mention.end - 1]?.lower ?? '');
      if (!(mention.ref.key && this.knowledge.isEventKey(mention.ref.key)) || this.placeObject(mention.first) || origin || entered || person || place || building ||
        inPlaceCell(this.tokens, mention.first)) mention.kind = 'other';
      else mention.ref.type ??= this.knowledge.typeOf(mention.ref.key);
      if (origin) mention.moved = true;
    }
    // (`Corsund lost four ships`: a name the corpus gives no event, that loses, wins or sends, is a side
    // or a place acting, not an event the text named after it before, the Halvene–Corsund War.)
    if (mention.kind === 'other' && ACTING_VERBS.has(this.tokens[mention.end]?.lower ?? '')) mention.acts = true;
    // `at Whelk Strand`, `into the Corvane Seam`: a name after a word of place is a place (what `there`
    // may later refer to), never a subject of its own.
    // (`at Michaelmas 1527`: a feast of the calendar is a time, not a place.)
    const feast = mention.end - mention.first === 1 && FEASTS.has(this.tokens[mention.first]!.lower);
    // (`pushed back from Moscow`, `driven back from Tull`: where the pushing was, as `at` says.)
    const lead = beforeArticle(this.tokens, mention.first);
    const backFrom = this.tokens[lead]?.lower === 'from' && this.tokens[lead - 1]?.lower === 'back';
    // (`the camp at Marl End`: where a thing stands, though the corpus names an event after the place.)
    if ((mention.kind === 'other' || mention.kind === 'name') && this.thingBeforePlace(mention.first - 1)) mention.thingsPlace = true;
    if (mention.kind === 'other' && !feast && (LOCATIVES.has(this.tokens[mention.first - 1]?.lower ?? '') || backFrom)) mention.located = true;
    else if (mention.kind === 'other' && (this.placeObject(mention.first) || TAKING_VERBS.has(this.tokens[lead]?.lower ?? ''))) mention.reached = true;
    else if (mention.kind === 'other' && mention.ref.key !== undefined && this.knowledge.isPerson(mention.ref.key)) mention.person = true;
    this.mentions.push(mention);
  }
}

/**
 * `the fight for Karsk` is the battle of Karsk; `planning for Operation X` is planning, not X: a
 * mention after `for` or `of` an event word completes that event, and is never a subject itself.
 */
function attachComplements(tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const e = mentions[i]!;
    const m = mentions[i + 1]!;
    // `the battle for the city`: a battle for the place `the city` is (see resolveMention).
    if (m.kind === 'anaphor' && m.ref.type === 'place' && PLACE_NOUNS.has(tokens[m.end - 1]?.lower ?? '') && e.kind === 'event' && e.definite &&
      e.ref.key === undefined && /^(for|of)$/.test(tokens[e.end]?.lower ?? '') && m.first - e.end <= 2) {
      e.forPlace = tokens[m.end - 1]!.lower;
      m.role = 'complement';
    }
    if (e.kind !== 'event' || m.role !== undefined || (m.kind !== 'name' && m.kind !== 'event' && m.kind !== 'other')) continue;
    const between = tokens.slice(e.end, m.first).map((t) => t.lower);
    // `the truce that ended the war was signed`: what a relative clause's verb did something to is its
    // object, and the event before it stays the sentence's subject.
    if (/^(that|which)$/.test(between[0] ?? '') && between.length >= 2 && between.length <= 3 && /^\p{Ll}+$/u.test(between[1]!) &&
      (between.length === 2 || /^(the|a|an|its|their)$/.test(between[2]!))) {
      m.role = 'complement';
      continue;
    }
    if (!(between[0] === 'for' || between[0] === 'of') || between.slice(1).some((w) => !DEMONSTRATIVES.has(w))) continue;
    m.role = 'complement';
    // `the famines of Saltreach`: where several events were, not the name of one.
    // (`our defense of the USSR`: what the writer's own side does for a place names no event.)
    if (!e.plural && !writersOwn(tokens, e.first) && e.ref.key === undefined && m.ref.key !== undefined && (m.ref.type === undefined || m.ref.type === e.ref.type || m.ref.type === 'place')) {
      e.ref = { ...e.ref, key: m.ref.key, text: `${e.ref.text} ${between.join(' ')} ${m.ref.text}` };
      e.definite = false;
    }
  }
}

/**
 * `Operation Barbarossa, a full-scale invasion of …`, `save Stalingrad, a battle that raged …`: an
 * unnamed event set beside a named one (or a name the corpus gives an event) is that one.
 */
function attachAppositions(tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const e = mentions[i]!;
    const n = mentions[i + 1]!;
    if ((e.kind !== 'event' && e.kind !== 'name') || !e.ref.key || n.kind !== 'event' || n.ref.key || tokens[e.end]?.text !== ',') continue;
    if (familyOf(e.ref.type) !== familyOf(n.ref.type)) continue;
    const between = tokens.slice(e.end + 1, n.first).map((t) => t.lower);
    if (between.length > 0 && !['a', 'an', 'the'].includes(between[0]!)) continue;
    n.ref = { ...n.ref, key: e.ref.key };
    n.definite = false;
  }
}

/** Words before a name that make it a kind, not the one it names: `a little Stalingrad`, `another Verdun`. */
const INDEFINITES = new Set(['a', 'an', 'another']);

/**
 * `a little Stalingrad`, `the Stalingrad of the Pacific`: a name with an indefinite article that heads
 * its phrase, or a bare name that `the … of the` sets in another place, is a figure of speech for
 * another thing, never the event or the place it names.
 */
function isFigure(tokens: readonly Token[], m: Mention): boolean {
  // (A name with a kind of event is that kind's: `a Prussian siege`.)
  if (m.kind === 'side' || m.kind === 'anaphor' || m.kind === 'event' || m.ref.key === undefined) return false;
  const before = tokens[m.first - 1]?.lower ?? '';
  // (One plain word may stand between: `a little Stalingrad`, `a second Verdun`.)
  const lead = INDEFINITES.has(before) || (/^\p{Ll}+$/u.test(tokens[m.first - 1]?.text ?? '') && INDEFINITES.has(tokens[m.first - 2]?.lower ?? ''));
  // (The name heads its phrase: `a Luftwaffe raid`, `a Prussian siege` are of a raid, a siege.)
  const next = tokens[m.end];
  const heads = next === undefined || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text) || isStopword(next.lower);
  if (lead) return heads;
  const of = tokens[m.end]?.lower === 'of' && tokens[m.end + 1]?.lower === 'the' && /^\p{Lu}/u.test(tokens[m.end + 2]?.text ?? '');
  return before === 'the' && of;
}

function dropFigures(tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = mentions.length - 1; i >= 0; i--) if (isFigure(tokens, mentions[i]!)) mentions.splice(i, 1);
}

/** Words that give an event its name just after it: `this operation, codenamed Störfang`. */
const NAMING_WORDS = new Set(['codenamed', 'code', 'named', 'dubbed', 'christened', 'designated']);

/**
 * `the Axis began this operation, codenamed Störfang`: an unnamed event given a name just after it is
 * the event of that name (which the corpus may never write), not the one it would otherwise refer back to.
 */
function attachCodenames(tokens: readonly Token[], mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const e = mentions[i]!;
    const n = mentions[i + 1]!;
    if (e.kind !== 'event' || e.ref.key !== undefined || e.plural || n.ref.key === undefined || n.kind === 'side' || n.kind === 'anaphor') continue;
    const between = tokens.slice(e.end, n.first).map((t) => t.lower);
    if (!between.some((w) => NAMING_WORDS.has(w)) || between.some((w) => !NAMING_WORDS.has(w) && !/^(,|-|‐|the|operation)$/.test(w))) continue;
    e.ref = { ...e.ref, key: n.ref.key, text: `${e.ref.text} ${n.ref.text}` };
    e.definite = false;
    n.role = 'complement';
  }
}

/** Words a law's name ends in. */
const LAW_WORDS = new Set(['act', 'acts', 'bill', 'law', 'laws', 'statute', 'code', 'charter']);
/** The word after a side's that makes a name of its whole army (`the Red Army`, `Soviet Forces`). */
const WHOLE_ARMY = /^(army|forces)$/;
/** Words for an office or a body that holds one, which a name may end in (`Defence Minister`, `the War Office`). */
const OFFICE_WORDS = new Set([...TITLES, 'ministry', 'office', 'cabinet', 'committee', 'department', 'secretary', 'staff', 'headquarters', 'council']);

/** Every mention of a sentence, left to right. */
export function readMentions(written: Token[], knowledge: NameKnowledge, inHeading = false): Mention[] {
  // (`THE MILL STRIKE ENDED.`: a line in capitals is read as a heading is, every word capitalised.)
  const heading = inHeading || shouted(written);
  const tokens = writtenWithoutCapitals(written, heading) ? withNamesCapitalised(written, knowledge) : withNamesCapitalised(written, knowledge, true);
  const mentions = new MentionReader(tokens, knowledge, heading).read();
  attachComplements(tokens, mentions);
  attachCodenames(tokens, mentions);
  attachAppositions(tokens, mentions);
  dropFigures(tokens, mentions);
  besiegedPlaces(tokens, mentions);
  eventsByVerb(tokens, mentions, knowledge);
  yearsInBrackets(tokens, mentions);
  return mentions;
}

/**
 * `## The Tenter Lane fire (1888)`, `the Kell Rising (1841)`: a year in brackets right after an
 * event's name dates that event, as `the 1888 fire` does.
 */
function yearsInBrackets(tokens: readonly Token[], mentions: readonly Mention[]): void {
  for (const m of mentions) {
    if (m.kind !== 'event' || m.ref.key === undefined || m.ref.year !== undefined || m.ref.ordinal !== undefined || m.plural) continue;
    const year = bracketedYear(tokens, m.end);
    if (year !== undefined) m.ref.year = year;
  }
}

/**
 * A writer who does not capitalise: a sentence whose first word is in lower case (`the battle lasted
 * 190 days`), or a heading with no capital at all (`# stalingrad facts`).
 */
function writtenWithoutCapitals(tokens: readonly Token[], heading: boolean): boolean {
  // (A table row's header words, set in at its cells in lower case, take no room: none of the writer's.)
  const first = tokens.find((t) => (t.kind === 'word' || t.kind === 'number') && t.end > t.start);
  if (first?.kind !== 'word') return false;
  return heading ? tokens.every((t) => !/\p{Lu}/u.test(t.text)) : /^\p{Ll}/u.test(first.text);
}

/** A sentence of two words or more written all in capitals (`THE MILL STRIKE ENDED.`): its capitals name nothing. */
export function shouted(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (/\p{Ll}/u.test(t.text)) return false;
    if (/\p{Lu}.*\p{Lu}/u.test(t.text)) words++;
  }
  return words >= 2;
}

/** Words after which even a writer who capitalises may leave a place's name in lower case (`at moscow`). */
const SLIP_LOCATIVES = new Set(['at', 'in', 'near', 'outside']);

/**
 * `the soviets lost a million soldiers at moscow`, by a writer who does not capitalise: a word in lower
 * case that the corpus writes only as a name (capitalised within its sentences, never in lower case)
 * is that name. Read as if capitalised; the same tokens when there is none.
 */
function withNamesCapitalised(tokens: Token[], knowledge: NameKnowledge, afterLocative = false): Token[] {
  let out: Token[] | undefined;
  tokens.forEach((t, i) => {
    // (A writer who capitalises may still slip on a place: `lost a million soldiers at moscow`; a
    // word right after `at` or `in`, then, and no other. Asked first: this runs on every sentence.)
    if (afterLocative && !SLIP_LOCATIVES.has(tokens[i - 1]?.lower ?? '')) return;
    if (t.kind !== 'word' || t.end === t.start || t.text.length < 3 || !/^\p{Ll}+$/u.test(t.text) || !isContentWord(t)) return;
    // (Not a month, `july 1942`, nor a piece of an address: `example.org/parishes/kilvarrick`.)
    if (MONTHS[t.lower] !== undefined || WEEKDAYS.has(t.lower) || inAddress(tokens, i)) return;
    // (Nor a word with an ending, `stalins order`; nor a side's word, `the red army`, a word of the
    // lexicon's, `war`, `army`, `general`, or a name before a kind of event, `the frost war`, or before
    // a side's `army`: those are read in lower case as they are, against the corpus's kinds and armies.)
    const s = stem(t.text);
    if (s !== t.lower || SIDE_WORDS.has(t.lower) || EVENT_TYPES.has(t.lower) || UNIT_WORDS.has(t.lower) || TITLES.has(t.lower) || knowledge.isSide(s) || !knowledge.isName(s) || knowledge.writesLowercase(s)) return;
    const next = tokens[i + 1]?.lower ?? '';
    if (EVENT_TYPES.has(next) || knowledge.namesSideArmy(nameKey([t.text, tokens[i + 1]?.text ?? '']) ?? '')) return;
    out ??= tokens.slice();
    out[i] = makeToken(t.kind, t.text.charAt(0).toUpperCase() + t.text.slice(1), t.lower, t.start, t.end);
  });
  return out ?? tokens;
}

/** Whether an event word's mention opens on, or follows, `our` or `my` (`our defence of Vell`): the writer's own side's doing. */
function writersOwn(tokens: readonly Token[], first: number): boolean {
  return /^(our|my)$/.test(tokens[first - 1]?.lower ?? '') || /^(our|my)$/.test(tokens[first]?.lower ?? '');
}

/** Whether a word touches `/`, `.`, `_`, `@` or `-` with no space: a piece of an address or a file name. */
function inAddress(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const joiner = (x: Token | undefined) => x !== undefined && /^[/._@#-]$/.test(x.text);
  return (joiner(before) && before!.end === t.start) || (joiner(after) && after!.start === t.end);
}

/** Verbs that tell an event of their kind happened, done by no one to nothing (`the boatmen struck`). */
const HAPPENING_VERBS = new Map<string, { type: string; word?: string; transitive?: boolean; crossing?: boolean; anyObject?: boolean; people?: boolean; walkout?: boolean; passive?: boolean; notInto?: boolean; vessel?: boolean }>([
  ['struck', { type: 'strike' }],
  // (Men who come or walk out, to nowhere, strike: `the Marrowby men came out, eleven hundred of them`,
  // `came out on 9 April`; not `came out of the pit`, `came out alive`.)
  ['came out', { type: 'strike', walkout: true }], ['walked out', { type: 'strike', walkout: true }], ['rioted', { type: 'riot' }], ['mutinied', { type: 'uprising' }], ['rebelled', { type: 'uprising' }],
  ['revolted', { type: 'uprising' }], ['exploded', { type: 'explosion' }], ['collapsed', { type: 'collapse' }],
  ['gave way', { type: 'collapse' }], ['caved in', { type: 'collapse' }],
  // (`the embankment burst shortly before midnight`; not `burst its banks`, an object, nor `burst into flames`.)
  ['burst', { type: 'collapse', notInto: true }], ['bursts', { type: 'collapse', notInto: true }],
  // (`the ferry Provident capsized in flood water`: a vessel that capsized or foundered was wrecked.)
  // It is the wreck of the vessel named before the verb, if one is (`the Merrion Bell had capsized`).
  ['capsized', { type: 'accident', word: 'wreck', vessel: true }], ['capsizes', { type: 'accident', word: 'wreck', vessel: true }],
  ['foundered', { type: 'accident', word: 'wreck', vessel: true }], ['founders', { type: 'accident', word: 'wreck', vessel: true }],
  // (Only people stop work or down tools: no one else need be named before them.)
  ['stopped work', { type: 'strike', people: true }], ['downed tools', { type: 'strike', people: true }],
  // (An invasion is a campaign called by its own word, as `the invasion` is.)
  // (To invade is an invasion with a named object too, `invaded the Soviet Union`: what is invaded is the place.)
  ['invaded', { type: 'campaign', word: 'invasion', transitive: true }], ['invades', { type: 'campaign', word: 'invasion', transitive: true }], ['crossed', { type: 'campaign', word: 'invasion', crossing: true }],
  // `On 28 March the Governor ordered the removal of …`: an order given, unnamed, as `the order` would be.
  ['ordered', { type: 'order', anyObject: true }],
  // `17 men were tried for the riot`, `Pryke was tried at Wrayholt`: a trial, unnamed, as `the trial` would be.
  ['tried', { type: 'inquiry', word: 'trial', passive: true }],
  // `two airships bombed the docks`: an attack, unnamed, whatever it was done to.
  ['bombed', { type: 'attack', anyObject: true }], ['shelled', { type: 'attack', anyObject: true }], ['raided', { type: 'attack', anyObject: true }],
]);

/** Things that explode when they burst. */
const BURSTING_THINGS = new Set(['boiler', 'boilers', 'gun', 'guns', 'cannon', 'shell', 'shells', 'cylinder', 'cylinders']);

/** The first words of the two-word verbs above (`gave`, `caved`). */
const TWO_WORD_FIRSTS = pairOpeners(HAPPENING_VERBS.keys(), ' ');

/**
 * `our canal boatmen struck against the new rates and stayed out for six weeks`: a verb of an event's
 * kind, with no object after it (`the gale struck the fleet` is no strike), is that kind of event,
 * unnamed, as `the strike` would be; unless the sentence already names one of its kind.
 */
function eventsByVerb(tokens: readonly Token[], mentions: Mention[], knowledge: NameKnowledge): void {
  tokens.forEach((t, i) => {
    // (A pair is looked up only after its first word: most words open none, and a pair is a new string to hash.)
    const two = TWO_WORD_FIRSTS.has(t.lower) ? HAPPENING_VERBS.get(`${t.lower} ${tokens[i + 1]?.lower ?? ''}`) : undefined;
    const told = two ?? HAPPENING_VERBS.get(t.lower);
    // (`a boiler that the inspector had passed … burst`: a boiler or a gun that bursts explodes.)
    const kind = told?.type === 'collapse' && /^burst/.test(t.lower) && tokens.slice(0, i).some((x) => BURSTING_THINGS.has(x.lower)) ? { ...told, type: 'explosion' } : told;
    if (!kind || mentions.some((m) => m.kind === 'event' && m.ref.type === kind.type)) return;
    // (`Fulmar III Founders Off Skerry Point`: a headline's capitals tell no wreck of their own; its story does.)
    if (kind.vessel && /^\p{Lu}/u.test(t.text)) return;
    // (`The First Flood struck on 9 October 1794`: what an event named right before the verb did, no second event.)
    if (mentions.some((m) => m.kind === 'event' && m.end === i)) return;
    const next = tokens[two ? i + 2 : i + 1];
    // (`a platelayer was struck by a light engine`: a verb in the passive tells what was done to its
    // subject, no event of its kind; `the masters struck back` is a blow, no strike. But people who
    // `were tried` stood a trial: a verb of its kind told only in the passive, of people.)
    const passive = /^(was|were|been|being|is|are|be)$/.test(tokens[i - 1]?.lower ?? '');
    if (kind.passive ? !(passive && strikersBefore(tokens, i - 1)) : passive || next?.lower === 'by') return;
    // (`the snow struck again`: a thing that strikes is a blow; men who strike, a strike.)
    if (kind.type === 'strike' && !kind.people && !strikersBefore(tokens, i)) return;
    // (`the masters gave way after nine weeks`: people who give way yield, no thing collapsed.)
    if (two !== undefined && t.lower === 'gave' && yieldersBefore(tokens, i)) return;
    if (kind.walkout && next !== undefined && next.kind !== 'punct' && !/^(on|in|for|over|against|again|together)$/.test(next.lower)) return;
    if (kind.notInto && /^(into|open|forth)$/.test(next?.lower ?? '')) return;
    const object = next !== undefined && next.kind === 'word' && (/^(the|a|an|its|their|his|her|them|him|it|down|out|up|off|back)$/.test(next.lower) || /^\p{Lu}/u.test(next.text));
    const invaded = object && kind.transitive ? objectName(tokens, mentions, two ? i + 2 : i + 1) : undefined;
    // (`the Germans crossed the border`: an army or a side that crosses a border invades what lies
    // beyond it; refugees who cross one do not.)
    const border = kind.crossing === true && /^(border|frontier)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 1]?.lower === 'the' && crossedByForce(tokens, mentions, i);
    if (kind.crossing && !border) return;
    if (object && invaded === undefined && !border && !kind.anyObject) return;
    const at = mentions.findIndex((m) => m.first > i);
    const end = two ? i + 2 : i + 1;
    const { transitive: _transitive, crossing: _crossing, anyObject: _anyObject, people: _people, walkout: _walkout, passive: _passive, notInto: _notInto, vessel, ...ref } = kind;
    // (A place the corpus never names makes an invasion of its own, never the corpus's one invasion.)
    const named = vessel ? vesselBefore(tokens, mentions, i) : invaded !== undefined && !invaded.split(' ').every((w) => knowledge.isName(w)) ? invaded : undefined;
    const key = named === undefined ? {} : { key: named };
    const mention: Mention = { kind: 'event', ref: { ...ref, ...key, text: tokens.slice(i, end).map((x) => x.text).join(' ') }, first: i, end, definite: key.key === undefined };
    mentions.splice(at < 0 ? mentions.length : at, 0, mention);
  });
}

/** The name of the vessel a verb at token i tells of (`the Merrion Bell had capsized`, `Ferry Provident capsizes`), if one stands right before it. */
function vesselBefore(tokens: readonly Token[], mentions: readonly Mention[], i: number): string | undefined {
  const end = /^(had|has|was|then|later)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
  const doer = mentions.find((m) => (m.end === end || (m.end === end - 1 && /^[*_]$/.test(tokens[end - 1]!.text))) && m.kind !== 'event' && m.ref.key !== undefined);
  return doer?.ref.key;
}

/**
 * Whether those who `struck` at token i may be people downing tools: plural (`the boatmen`, `the
 * riveters`), a pronoun for people, or a name; not a thing (`the snow`, `the fever`).
 */
function strikersBefore(tokens: readonly Token[], i: number): boolean {
  const doer = tokens[i - 1];
  if (!doer || doer.kind !== 'word') return false;
  return /^(they|we|all|both|many|most|others|who)$/.test(doer.lower) || (/(men|s)$/.test(doer.lower) && !/ss$/.test(doer.lower)) || /^\p{Lu}/u.test(doer.text);
}

/** Those who may yield: people (`they`, `the men`) or a body that gives way to demands (`the masters`, `the Board`). */
const YIELDERS = new Set(['he', 'she', 'they', 'we', 'who', 'masters', 'owners', 'employers', 'directors', 'proprietors', 'managers',
  'governors', 'magistrates', 'council', 'government', 'company', 'board', 'union', 'committee', 'governor', 'king', 'queen']);

function yieldersBefore(tokens: readonly Token[], i: number): boolean {
  const doer = tokens[i - 1]?.lower ?? '';
  return YIELDERS.has(doer) || COUNTED_THINGS.get(doer) === 'people';
}

/** Whether the word before token i is a side (`the Germans`) or a body of fighting men (`troops`, `the army`). */
function crossedByForce(tokens: readonly Token[], mentions: readonly Mention[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  return mentions.some((m) => m.kind === 'side' && m.end === i) || FORCE_NOUNS.has(before) || UNIT_WORDS.has(before) || /^(troops|soldiers)$/.test(before);
}

/** The name's key of the object at token `at` (`the Soviet Union`), if a name stands there. */
function objectName(tokens: readonly Token[], mentions: readonly Mention[], at: number): string | undefined {
  const first = tokens[at]?.lower === 'the' ? at + 1 : at;
  return mentions.find((m) => m.first === first || m.first === at)?.ref.key;
}

/** Parts of a text that are numbered and pointed at. */
const TEXT_PARTS = new Set(['table', 'figure', 'fig', 'chapter', 'appendix', 'plate', 'map', 'page', 'section']);

/** Verbs that make an event of their kind out of the place they are done to. */
const EVENT_VERBS = new Map([['besieged', 'siege']]);

/**
 * `Leningrad, meanwhile, was besieged for 900 days`, `they besieged Karsk`: a named place that is
 * besieged is the subject of a siege of that place, not of whatever its paragraph was about.
 */
function besiegedPlaces(tokens: readonly Token[], mentions: Mention[]): void {
  tokens.forEach((t, i) => {
    if (LAYING.has(t.lower) && tokens[i + 1]?.lower === 'siege' && tokens[i + 2]?.lower === 'to') {
      laidSiege(tokens, mentions, i + 1);
      return;
    }
    const type = EVENT_VERBS.get(t.lower);
    if (!type) return;
    const passive = /^(was|were|been|being)$/.test(tokens[i - 1]?.lower ?? '');
    const named = passive
      ? [...mentions].reverse().find((m) => m.end <= i && i - m.end <= 8 && !tokens.slice(m.end, i).some((x) => x.text === ';' || x.text === ':'))
      : mentions.find((m) => m.first === i + 1);
    if (!named || (named.kind !== 'other' && named.kind !== 'name') || !named.ref.key) return;
    named.kind = 'event';
    named.ref = { type, key: named.ref.key, text: named.ref.text };
    delete named.located;
  });
}

/** The verb of `laid siege to`. */
const LAYING = new Set(['lay', 'lays', 'laid', 'laying']);

/**
 * `a crowd laid siege to the Counting House`: a siege of the name it was laid to; of a thing that name
 * owns (`to the Company's counting house`), a siege unnamed.
 */
function laidSiege(tokens: readonly Token[], mentions: Mention[], at: number): void {
  const first = tokens[at + 2]?.lower === 'the' ? at + 3 : at + 2;
  const named = mentions.find((m) => m.first === first);
  const owned = named !== undefined && tokens[named.end]?.kind === 'word' && /^\p{Ll}/u.test(tokens[named.end]!.text);
  if (named && !owned && (named.kind === 'other' || named.kind === 'name') && named.ref.key) {
    named.kind = 'event';
    named.ref = { type: 'siege', key: named.ref.key, text: named.ref.text };
    delete named.located;
    return;
  }
  const index = mentions.findIndex((m) => m.first > at);
  mentions.splice(index < 0 ? mentions.length : index, 0, { kind: 'event', ref: { type: 'siege', text: 'siege' }, first: at, end: at + 1 });
}

/** Verbs of comparing one thing with another. */
const COMPARING_VERBS = new Set(['compare', 'compares', 'compared', 'comparing', 'liken', 'likens', 'likened', 'likening', 'contrast', 'contrasts', 'contrasted', 'contrasting']);

/** Verbs of moving toward a place (`running for the Glaisk`). */
const MOTION_VERBS = new Set(['ran', 'run', 'running', 'made', 'making', 'headed', 'heading', 'fled', 'fleeing', 'bound', 'sailed', 'sailing', 'marched', 'marching', 'rode', 'riding', 'set', 'left']);

/** `The crossing took about an hour`: a place noun that is also an act (`-ing`), before `took` or `lasted`, is the act. */
export function actLasted(tokens: readonly Token[], i: number): boolean {
  return PLACE_NOUNS.has(tokens[i]!.lower) && /ing$/.test(tokens[i]!.lower) && /^(took|lasted|last|lasts|takes)$/.test(tokens[i + 1]?.lower ?? '');
}

/** Verbs of going somewhere, before `into`. */
const GOING_VERBS = new Set([...MOTION_VERBS, 'crossed', 'moved', 'went', 'came', 'advanced', 'broke', 'pushed', 'poured', 'flew', 'retreated', 'withdrew', 'drove']);

/** Words of place and motion before `the …`: `across the ice`, `crossed the ice`, `on the ice`. */
const PATH_WORDS = new Set(['across', 'over', 'on', 'onto', 'upon', 'through', 'under', 'beneath', 'into', 'along', 'crossed', 'cross', 'crossing', 'off']);

/** Bodies of men a name may end in (`the Kessary Garrison`) that are neither the lexicon's units nor its forces. */
const OTHER_BODIES = new Set(['crew', 'militia', 'yeomanry', 'guard', 'watch', 'police']);

/** Words that may follow a phrase of time (`during the Hungry Winter the priests …`), where no verb does. */
const PHRASE_AFTER = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'in', 'on', 'at', 'of', 'to', 'for', 'with', 'when', 'while', 'as', 'there', 'so', 'until']);

/** Words after which a clause, and so its subject, may begin. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'then', 'when', 'where', 'as', 'until', 'so']);

/** A common noun that could be a kind of event: not a place, a body of men, a title, a thing counted or a month. */
function mayBeEventWord(word: string): boolean {
  return /^\p{Ll}{3,}$/u.test(word) && !EVENT_TYPES.has(word) && !PLACE_NOUNS.has(word) && !UNIT_WORDS.has(word) && !FORCE_NOUNS.has(word) && !OTHER_BODIES.has(word) && !TITLES.has(word) &&
    !COUNTED_THINGS.has(word) && !COUNT_KINDS.has(word) && MONTHS[word] === undefined && !DEMONSTRATIVES.has(word);
}

/**
 * What one sentence teaches about kinds of event (see NameKnowledge.isEventWord): the last word of a
 * name after `the` (`the Great Crush`), and a word written as events are (`after the crush`, `the
 * crush lasted`).
 */
export function learnEventWords(tokens: readonly Token[], into: Set<string>): void {
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    // (The cheap tests of place first: most words are neither a name's last word nor after `the`.)
    if (capitalised(t)) {
      if (capitalised(tokens[i + 1]) || !capitalised(tokens[i - 1]) || !mayBeEventWord(t.lower)) return;
      let k = i - 1;
      while (k >= 0 && capitalised(tokens[k]) && tokens[k]!.lower !== 'the') k--;
      if (k === i - 1 || tokens[k]?.lower !== 'the') return;
      into.add(`c:${t.lower}`);
      // The event it would name, should the corpus as a whole teach the kind (see namedEvents).
      const words = tokens.slice(k + 1, i);
      const ordinal = words.map((w) => ORDINALS.get(w.lower)).find((n) => n !== undefined);
      const key = nameKey(words.filter((w) => !ORDINALS.has(w.lower)).map((w) => w.text));
      into.add(`q:${t.lower}|${key ?? ''}|${ordinal ?? ''}`);
      // (`after the Merrow Bell dropped anchor` is after a deed of a ship: the name must end the phrase.)
      const ends = tokens[i + 1] === undefined || tokens[i + 1]!.kind !== 'word' || PHRASE_AFTER.has(tokens[i + 1]!.lower);
      // (`Work on the Mossbeck Viaduct began`, `a roof fall in the Lantern Adit killed`: the name must be what did it.)
      const opens = tokens[k - 1] === undefined || tokens[k - 1]!.kind !== 'word' || CLAUSE_OPENERS.has(tokens[k - 1]!.lower);
      if ((EVENT_TIME_WORDS.has(tokens[k - 1]?.lower ?? '') && ends) || (opens && EVENT_COURSE_VERBS.has(tokens[i + 1]?.lower ?? '')) || namedAsEvent(tokens, k)) {
        into.add(`w:${t.lower}|${key ?? ''}`);
        into.add(`v:${t.lower}`);
      }
      return;
    }
    if (tokens[i - 1]?.lower !== 'the' || !mayBeEventWord(t.lower)) return;
    // (`Work on the hall began`: as for a name, the word must be what did it.)
    const opens = tokens[i - 2] === undefined || tokens[i - 2]!.kind !== 'word' || CLAUSE_OPENERS.has(tokens[i - 2]!.lower);
    // (`Before the light on Gannel Rock was exhibited`: a thing something was done to, in a clause `before` opens, is no event.)
    const timed = EVENT_TIME_WORDS.has(tokens[i - 2]?.lower ?? '') && !doneToAfter(tokens, i);
    if (timed || (opens && EVENT_COURSE_VERBS.has(tokens[i + 1]?.lower ?? ''))) into.add(`l:${t.lower}`);
  });
}

/** Verbs of what a side or a place does, never an event (`Corsund lost four ships`, `Tull sent 300 men`). */
const ACTING_VERBS: ReadonlySet<string> = new Set(['lost', 'suffered', 'won', 'sent', 'gained', 'captured', 'seized', 'sank', 'landed', 'declared']);

/** Event words more often said as verbs (`rising`): events only where a determiner makes them nouns. */
const MOSTLY_VERBS: ReadonlySet<string> = new Set(['rising', 'risings']);

/** Words for something that happened, of any kind. */
const HAPPENING_NOUNS = new Set(['event', 'events', 'disaster', 'disasters', 'calamity', 'catastrophe', 'tragedy']);

/**
 * `killing three people; the event is remembered as the Lesser Slip`: a name the text says a happening
 * is known by (`the` at `the`).
 */
/** A passive (`was exhibited`, `were lit`) within a few words after the noun at `i`, before any stop. */
function doneToAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length - 1, i + 7) && tokens[k]!.kind === 'word'; k++) {
    if (/^(was|were)$/.test(tokens[k]!.lower)) return /ed$|^(lit|built|begun|made|shut|set)$/.test(tokens[k + 1]!.lower);
  }
  return false;
}

function namedAsEvent(tokens: readonly Token[], the: number): boolean {
  return tokens[the - 1]?.lower === 'as' && /^(remembered|known)$/.test(tokens[the - 2]?.lower ?? '') &&
    tokens.slice(Math.max(0, the - 8), the - 2).some((t) => HAPPENING_NOUNS.has(t.lower));
}

/**
 * What one sentence teaches about names (see NameKnowledge): the words it capitalises mid-sentence,
 * the names it gives events, its sides, and the events it names.
 */
export function learnNames(tokens: Token[], heading: boolean, into: Set<string>, knowledge = NO_KNOWLEDGE): void {
  const first = tokens.findIndex((t) => t.kind === 'word' || t.kind === 'number');
  if (!heading) {
    tokens.forEach((t, i) => {
      if (isNameToken(t, i === first)) into.add(`${i > 0 && isCellBar(tokens[i - 1]!) ? 'nc' : 'n'}:${stem(t.text)}`);
      else if (/^\p{Ll}/u.test(t.text) && t.text.length > 2 && isContentWord(t)) into.add(`lc:${stem(t.text)}`);
    });
  }
  const mentions = readMentions(tokens, knowledge, heading);
  learnPeopleSides(tokens, mentions, into);
  learnAliases(tokens, mentions, into);
  for (const m of mentions) {
    if (m.kind === 'side' && m.ref.key) into.add(`s:${m.ref.key}`);
    // (`the Red Army`: what `the red army` in lower case names, see sideArmyInLowerCase.)
    // (`the Red Army’s manpower` names it too.)
    if ((m.kind === 'other' || m.kind === 'unit') && SIDE_WORDS.has(tokens[m.first]!.lower) && WHOLE_ARMY.test((tokens[m.first + 1]?.lower ?? '').replace(/['’]s$/, '')) && m.ref.key?.split(' ').length === 2) into.add(`sa:${m.ref.key}`);
    const surname = m.kind === 'person' ? m.ref.key?.split(' ').pop() : undefined;
    if (surname && !UNIT_WORDS.has(surname)) into.add(`pe:${surname}`);
    if ((m.kind === 'other' || m.kind === 'name') && m.ref.key && !m.located && doesToOwn(tokens, m.end)) into.add(`ow:${m.ref.key.split(' ').pop()}`);
    // `Saltmere Works`, `Saltmere East`: a name that opens names of things that are no events.
    if (m.kind === 'other' && !m.person && m.ref.key?.includes(' ') ) into.add(`ho:${m.ref.key.split(' ')[0]}`);
    // `the Parish of Kilvarrick`: a settlement's name, though the corpus names an event after it.
    if ((m.kind === 'other' || m.kind === 'name') && m.ref.key && tokens[m.first - 1]?.lower === 'of' && SETTLEMENT_NOUNS.has(tokens[m.first - 2]?.lower ?? '')) into.add(`pl:${m.ref.key}`);
    // Kinds of event the corpus tells of, named or not (`the quarantine`): see typeOnlyEvents.
    if (m.kind === 'event' && m.ref.type && m.ref.type !== 'place') into.add(`u:${m.ref.type}`);
    // (The words a kind's events are called by with no name: `the plague`, `the lockout`.)
    if (m.kind === 'event' && m.ref.type && m.ref.type !== 'place' && m.ref.word && m.ref.key === undefined) into.add(`uw:${m.ref.type}|${m.ref.word}`);
    if (m.kind !== 'event' || m.definite || m.plural) continue;
    if (m.ref.key) into.add(`e:${m.ref.key}`);
    if (m.ref.key && m.ref.type) into.add(`t:${m.ref.key}=${m.ref.type}`);
    if (m.ref.key !== undefined || m.ref.ordinal !== undefined || m.ref.year !== undefined) {
      into.add(`r:${m.ref.type ?? ''}|${m.ref.key ?? ''}|${m.ref.ordinal ?? ''}|${m.ref.year ?? ''}|${m.ref.word ?? ''}`);
      // (The years the corpus names an event by: `the Tenter Lane fire (1888)`; see datesOtherwise.)
      if (m.ref.key !== undefined && m.ref.year !== undefined) into.add(`ry:${m.ref.type ?? ''}|${m.ref.key}`).add(`ry:${m.ref.type ?? ''}|${m.ref.key}|${m.ref.year}`);
    }
  }
}

/** `Obadiah Crake paid his navvies`: a name that does something to its own (`his`, `her`) is a person's. */
function doesToOwn(tokens: readonly Token[], end: number): boolean {
  const verb = tokens[end];
  if (verb?.kind !== 'word' || !/^\p{Ll}+$/u.test(verb.text)) return false;
  for (let i = end + 1; i <= end + 3 && i < tokens.length && tokens[i]!.kind !== 'punct'; i++) {
    if (/^(his|her|himself|herself)$/.test(tokens[i]!.lower)) return true;
  }
  return false;
}

/**
 * `an Oskendari force of about 9,500 under Marshal Tiberin Oast`, `the Velmarchi general Sollis`: a
 * titled person led by or placed beside a side fights on it.
 */
function learnPeopleSides(tokens: readonly Token[], mentions: readonly Mention[], into: Set<string>): void {
  mentions.forEach((m, i) => {
    if (m.kind !== 'person' || !m.ref.key) return;
    const last = m.ref.key.split(' ').pop()!;
    const before = tokens[m.first - 1]?.lower;
    const side = [...mentions.slice(0, i)].reverse().find((x) => x.kind === 'side' && m.first - x.end <= 8 && !tokens.slice(x.end, m.first).some((t) => /^[;:]$/.test(t.text)));
    if (side?.ref.key && (before === 'under' || before === 'by' || m.first - side.end <= 1)) into.add(`p:${last}=${side.ref.key}`);
  });
}

/**
 * `The Board of Trade inquiry, held … and known in the valley as the Brantholme Inquiry`: the named
 * event just after `known as` (or `called`, `remembered as`) is the event the sentence opened on.
 */
function learnAliases(tokens: readonly Token[], mentions: readonly Mention[], into: Set<string>): void {
  const first = mentions.find((m) => m.kind === 'event' && m.ref.type !== undefined && m.ref.type !== 'place' && !m.plural);
  if (!first) return;
  const known = tokens.findIndex((t, i) => i >= first.end && /^(known|remembered|called|named|dubbed)$/.test(t.lower));
  const as = known < 0 ? -1 : namingWord(tokens, known);
  if (as < 0) return;
  // (`the occupation ended the strike called the Long Stoppage`: with another event between, the name
  // may be that one's.)
  if (mentions.some((m) => m.kind === 'event' && m.first >= first.end && m.end <= as)) return;
  // (`The quarantine, remembered in the town as the Long Shutting`: a name with no word for a kind of
  // event is that event's name too; `the occupation, later called the Lamp Revolt`: so is a name with a
  // word for another kind, the kind it is called by.)
  const named = mentions.find((m) => m.first > as && m.first <= as + 3 && m.ref.key !== undefined &&
    ((m.kind === 'event' && m.ref.type !== 'place' && !m.plural) || ((m.kind === 'name' || m.kind === 'other') && m.ref.type === undefined)));
  if (!named || named.ref.key === first.ref.key) return;
  const calledAs = named.kind === 'event' && named.ref.type !== first.ref.type ? `|${named.ref.type}` : '';
  into.add(`al:${named.ref.key}=${first.ref.type}|${first.ref.key ?? ''}${calledAs}`);
  if (named.kind !== 'event') {
    into.add(`e:${named.ref.key}`);
    into.add(`t:${named.ref.key}=${first.ref.type}`);
  }
}

/**
 * Where the name after a word of naming at `known` begins: after `as` (`known in the valley as`), or
 * straight after `called`, `named` or `dubbed` (`later called the Lamp Revolt`; not `called by the
 * union`, `named after the Duke`). -1 if none.
 */
function namingWord(tokens: readonly Token[], known: number): number {
  const as = tokens.findIndex((t, i) => i > known && i <= known + 5 && t.lower === 'as');
  if (as >= 0) return as;
  const next = tokens[known + 1];
  return /^(called|named|dubbed)$/.test(tokens[known]!.lower) && (next?.lower === 'the' || capitalised(next)) ? known : -1;
}

/** The sides the corpus puts its people on (`oast` → `oskendari`), from its knowledge set. */
export function peopleSides(knowledge: NameKnowledge): Map<string, string> {
  const sides = new Map<string, string>();
  for (const entry of knowledge.names) {
    if (!entry.startsWith('p:')) continue;
    const [person, side] = entry.slice(2).split('=');
    if (person && side) sides.set(person, sides.has(person) && sides.get(person) !== side ? '' : side);
  }
  return sides;
}

/**
 * Kinds of event the corpus tells of but never names, numbers or dates (`the quarantine`, and no
 * other): the corpus's one event of that kind.
 */
export function typeOnlyEvents(knowledge: NameKnowledge, aliases: ReadonlyMap<string, EventAlias> = aliasesOf(knowledge)): EventRef[] {
  const named = new Set<string>();
  for (const entry of knowledge.names) {
    const [type, key] = entry.startsWith('r:') ? entry.slice(2).split('|') : [];
    // (A name that is another name of the kind's one unnamed event names no other: `the truce … at the
    // boundary stone known as Stone 14`, then `the Truce of Stone 14`, is still the corpus's one truce.)
    const alias = key ? aliases.get(key) : undefined;
    if (type !== undefined && !(alias !== undefined && alias.key === undefined && alias.type === type)) named.add(type);
  }
  const refs: EventRef[] = [];
  for (const entry of knowledge.names) {
    const type = entry.startsWith('u:') ? entry.slice(2) : undefined;
    if (type && !named.has(type)) refs.push({ type, text: type });
  }
  // (And a kind's word it calls none of its named events by: `a truce was agreed`, beside `the Treaty
  // of Tessenby`; the registry keeps it only where no event of the kind is called by that word.)
  for (const [type, words] of unnamedWords(knowledge)) {
    if (named.has(type)) for (const word of words) if (SEPARATE_EVENT_WORDS.has(word)) refs.push({ type, text: word, word });
  }
  return refs;
}

/** The words the corpus calls each kind of event by with no name (`epidemic` → `plague`), from its knowledge set. */
export function unnamedWords(knowledge: NameKnowledge): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  for (const entry of knowledge.names) {
    if (!entry.startsWith('uw:')) continue;
    const [type, word] = entry.slice(3).split('|');
    if (type && word) words.set(type, (words.get(type) ?? new Set()).add(word));
  }
  return words;
}

/** The other names the corpus gives events (`brantholm` → the inquiry `board trad`), from its knowledge set. */
export function aliasesOf(knowledge: NameKnowledge): Map<string, EventAlias> {
  const aliases = new Map<string, EventAlias>();
  for (const entry of knowledge.names) {
    if (!entry.startsWith('al:')) continue;
    const [name, target] = entry.slice(3).split('=');
    const [type, key, calledAs] = (target ?? '').split('|');
    // (A name for an event the corpus never names is that kind's one unnamed event.)
    if (name && type) aliases.set(name, { type, ...(key ? { key } : {}), text: name, ...(calledAs ? { calledAs } : {}) });
  }
  return aliases;
}

/** The events a corpus names, from its knowledge set, with those named by a kind it teaches (`the Great Crush`). */
export function namedEvents(knowledge: NameKnowledge, aliases: ReadonlyMap<string, EventAlias> = aliasesOf(knowledge)): EventRef[] {
  const refs: EventRef[] = [];
  for (const entry of knowledge.names) {
    if (!entry.startsWith('q:')) continue;
    const [type, key, ordinal] = entry.slice(2).split('|');
    if (!type || !(knowledge.isEventWord(type) || knowledge.isEventName(type, key))) continue;
    refs.push({ text: entry.slice(2), type, ...(key ? { key } : {}), ...(ordinal ? { ordinal: Number(ordinal) } : {}) });
  }
  for (const entry of knowledge.names) {
    if (!entry.startsWith('r:')) continue;
    const [type, key, ordinal, year, word] = entry.slice(2).split('|');
    // (A name that is another name of an event is that event, not one more; but not another kind's
    // event of that name: `the Ostwick War`, also called …, and `the siege of Ostwick`.)
    const alias = key ? aliases.get(key) : undefined;
    if (alias && aliasCalls(alias, type || undefined)) continue;
    refs.push({
      text: entry.slice(2), ...(type ? { type } : {}), ...(key ? { key } : {}), ...(ordinal ? { ordinal: Number(ordinal) } : {}),
      ...(year ? { year: Number(year) } : {}), ...(word ? { word } : {}),
    });
  }
  return refs;
}

/** Verbs a text tells of a record with (`the register records`, `the book gives`): its words of speech, and being. */
const RECORD_VERBS = new Set([...SPEECH_VERBS, 'is', 'was', 'are', 'were', 'has', 'had', 'lists', 'listed', 'gives', 'gave',
  'shows', 'showed', 'mentions', 'mentioned', 'describes', 'described']);

/** From `at`, names of things that are no events or people, joined by `and`, then a verb of being or record. */
function namedThingOpens(tokens: readonly Token[], mentions: readonly Mention[], at: number): boolean {
  let k = at;
  for (;;) {
    const m = mentions.find((x) => x.first === k);
    if (!m) break;
    // (`The Sixth Army was surrounded …`: a body of men is a thing `it` may go on about, too.)
    if ((m.kind !== 'other' && m.kind !== 'unit') || m.person || m.ref.type !== undefined || m.located) return false;
    k = m.end;
    if (tokens[k]?.lower !== 'and' || !mentions.some((x) => x.first === k + 1)) break;
    k++;
  }
  return k > at && RECORD_VERBS.has(tokens[k]?.lower ?? '');
}

/**
 * `Tellwright's register is less helpful about the sinkings. It records …`: a sentence whose subject
 * is a thing (a determiner or an owner, then plain nouns that name no event, place, force or count,
 * then a verb of record or being) makes that thing what the next `it` is, not an event named before;
 * so does one that opens on things it names (`The Thornwick and Callisford Canal was authorised …`).
 */
export function opensWithThing(tokens: readonly Token[], mentions: readonly Mention[], knowledge: NameKnowledge): boolean {
  // (`Even the opening date is disputed.`: a word that only leans on the sentence opens no thing.)
  let first = tokens.findIndex((t) => t.kind === 'word');
  if (/^(even|also|yet|still|and|but|now|so)$/.test(tokens[first]?.lower ?? '') && tokens[first + 1]?.kind === 'word') first++;
  const head = tokens[first];
  if (!head) return false;
  const owner = /['’]s$/.test(head.text) && capitalised(head);
  // (A sentence that opens in lower case lost its owner to a citation: `Tellwright's` names a source.)
  const cut = /^\p{Ll}/u.test(head.text);
  if (!owner && !cut && !/^(the|this|that|his|her|their|its|my|our)$/.test(head.lower)) return false;
  let k = cut ? first : first + 1;
  const nouns: string[] = [];
  while (k < tokens.length && tokens[k]!.kind === 'word' && /^\p{Ll}/u.test(tokens[k]!.text) && !RECORD_VERBS.has(tokens[k]!.lower) && nouns.length < 3) nouns.push(tokens[k++]!.lower);
  // (`The Thornwick and Callisford Canal was authorised …`: a named thing that is no event opens it.)
  if (nouns.length === 0 && head.lower === 'the') return namedThingOpens(tokens, mentions, first + 1);
  if (nouns.length === 0 || !RECORD_VERBS.has(tokens[k]?.lower ?? '')) return false;
  if (mentions.some((m) => m.first < k && ((m.kind !== 'name' && m.kind !== 'other') || m.ref.type !== undefined))) return false;
  return nouns.every((w) => !EVENT_TYPES.has(w) && !PLACE_NOUNS.has(w) && !FORCE_NOUNS.has(w) && !COUNTED_THINGS.has(w) && !COUNT_KINDS.has(w) &&
    !UNIT_WORDS.has(w) && !knowledge.isEventWord(w));
}

/**
 * `How long did Pavlov's House hold out?`: a question whose subject, right after its `did`, `was` or
 * `were`, is a name that is no event asks of that thing, so its answer's `it` is no event told before.
 */
export function asksOfThing(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  const wh = tokens.findIndex((t, i) => i < 4 && /^(how|when|what|which|why|where)$/.test(t.lower));
  if (wh < 0) return false;
  const aux = tokens.findIndex((t, i) => i > wh && i <= wh + 3 && /^(did|does|do|was|were|is|are|had|has)$/.test(t.lower));
  if (aux < 0) return false;
  const at = tokens[aux + 1]?.lower === 'the' ? aux + 2 : aux + 1;
  const m = mentions.find((x) => x.first === at);
  return m !== undefined && m.kind === 'other' && m.ref.type === undefined && !m.located && !m.person;
}

/**
 * `## The Blue Summer (1849)`, then `Cholera reached Tollhaven …`: a section heading that is a name
 * and its year (no word for a kind of event) names the event its section first tells of: another
 * name for it, and an event's name. `section` is the section's first sentences, in order.
 */
export function learnHeadingAlias(heading: readonly Token[], section: readonly Token[][], into: Set<string>, knowledge: NameKnowledge): void {
  const open = heading.findIndex((t) => t.text === '(');
  if (open < 1 || !/^\d{4}$/.test(heading[open + 1]?.text ?? '') || heading[heading.length - 1]?.text !== ')') return;
  const words = heading.slice(heading[0]?.lower === 'the' ? 1 : 0, open);
  if (words.length === 0 || words.some((t) => t.kind !== 'word' || !capitalised(t) || EVENT_TYPES.has(t.lower) || knowledge.isEventWord(t.lower) || TITLES.has(t.lower))) return;
  const key = nameKey(words.map((t) => t.text));
  if (!key) return;
  for (const tokens of section) {
    const event = readMentions([...tokens], knowledge).find((m) => m.kind === 'event' && m.ref.type !== undefined && m.ref.type !== 'place' && !m.plural);
    if (!event) continue;
    if (event.ref.key === key) return;
    into.add(`al:${key}=${event.ref.type}|${event.ref.key ?? ''}`);
    into.add(`e:${key}`);
    into.add(`t:${key}=${event.ref.type}`);
    return;
  }
}
