// Building the fact frame of each value in a sentence: its measure from its own clause, its subject
// from its clause, its sentence, what it refers back to, or its paragraph and heading; its sides,
// body of men and span of time. Drafts and sources are framed by these same rules.
import { MONTHS, WEEKDAYS, yearInterval, yearOfDay, yearsOfDate } from '../dates.js';
import { opensCount, parseNumber } from '../numbers.js';
import { isStopword, stem } from '../terms.js';
import { beforeArticle, isCellBar, isHeaderWord, tokenize, type Token } from '../tokens.js';
import type { TextRange } from '../types.js';
import { timeUnitOf, type FoundValue } from '../values.js';
import { CLAUSE_BREAK_WORDS, ClauseLayout, FINITE_VERB, type Span } from './clauses.js';
import { sameKind, type AskedMeasure, type Discourse } from './discourse.js';
import { calledAlike, familyOf, keyRelation, phasesOf, refRelation } from './identity.js';
import { ACTIVITIES, ACTIVITY_OF_TYPE, BETWEEN_WORDS, COUNT_KINDS, COUNTED_THINGS, DATE_PHASES, DISEASES, DOCUMENT_TYPES, EVENT_TIME_WORDS, EVENT_TYPES, FORCE_NOUNS, IRREGULAR_ACTS, IRREGULAR_PAST, KIN_WORD, LASTING_WORDS, OPENING_WORDS, ORDINALS, PAST_OF_PARTICIPLE, SETTLEMENT_PEOPLE, SPEECH_VERBS, TELLING_VERBS, UNIT_WORDS, WHOLE_SPAN_WORDS, isSickness } from './lexicon.js';
import { aloneInCell, classAt, isPastVerb, countMeasure, dateMeasure, dateOfAThing, labelledDoing, durationMeasure, fractionMeasure, leadOf, listedPart, nextCellEnd, ownCellEnd, phraseHead, reportedBareCount, reportDated, reportedFromDocument, theThingLasted, timesInPresent, type ValueSite } from './measure.js';
import { actLasted, asksOfThing, bracketedYear, inPlaceCell, opensWithThing, readMentions, type Mention, type NameKnowledge } from './mentions.js';
import { documentCame, endpoints, placeReached, targetAttacked, toldFromAnAnchor } from './endpoints.js';
import { fromContext, type EventRef, type FactFrame, type Measure, type Subject } from './types.js';
import { wordTable } from '../wordTable.js';

export interface FramedValue {
  value: FoundValue;
  frame: FactFrame;
  /** A date range also states how long something lasted: that duration's own frame. */
  implied?: FactFrame;
  /** The clause the value stands in (what hover calls what the claim is about). */
  clause: TextRange;
  /** Its clause names something (an event, a place, a person, a unit), known to the corpus or not. */
  namesInClause: boolean;
  /** The events its paragraph named before it, and its own clause names: what the text around it is about. */
  around: EventRef[];
  /** Its sentence names something (a place, a person, an event) no word of whose name the corpus writes. */
  namesOutside: boolean;
  /** A length of things its clause opens with (`The works lasted about five months`): see theThingLasted. */
  thingLasted?: string;
  /**
   * Its own clause does, as where it was (`On Guadalcanal the fighting lasted six months`), as what
   * opens it before the value (`Gettysburg lasted three days, Stalingrad far longer`: the clause's own
   * subject), or otherwise.
   */
  outsideInClause?: 'place' | 'opener' | 'name';
  /** The events its section named lately, its paragraph's and before (a list's first entries too). */
  recent: readonly EventRef[];
  /** Its sentence names an event (`the invasion of 22 June`), of a kind or by name. */
  namesEvent: boolean;
  /** Its paragraph, up to its sentence, names people, places or events, and only ones the corpus never writes. */
  amongOutside?: true;
  /**
   * Its subject is a word referring back (`the battle`, `it`) just after a sentence that named
   * something the corpus never writes (`Verdun was what Stalingrad later became. … in the battle`):
   * which of them it means is a guess.
   */
  afterOutside?: true;
  /** The year its heading sets its section in (`# The Rising, 1766`): when what it tells of is set, if nothing nearer says. */
  setIn?: number;
  /** The text gives the value only to reject it (`The usual figure of 112 deaths is wrong`, `Most accounts say 129`): no statement of its own. */
  disowned?: true;
}

/** Kinds of event that cannot bear a count of the dead or a length of time: a subject taken from context must bear it. */
const BEARS_NO_LOSSES = new Set(['treaty', 'order', 'inquiry']);
const LOSS_KINDS = new Set(['deaths', 'casualties', 'wounded', 'prisoners', 'missing', 'survivors', 'executions', 'desertions']);

/**
 * What kinds of event an activity can be the length of: a closure follows a disaster or a strike, not
 * an inquiry; fighting is a battle's, a siege's, a campaign's or a war's.
 */
const ACTIVITY_EVENTS: Record<string, readonly string[]> = wordTable({
  fighting: ['battle', 'siege', 'campaign', 'war', 'attack', 'uprising'],
  siege: ['siege', 'battle', 'campaign', 'war'],
  strike: ['strike'],
  // Holding a town or a ship is what a siege, a battle, a rising or an occupation does; not an inquiry.
  holding: ['siege', 'battle', 'campaign', 'war', 'attack', 'uprising', 'riot', 'occupation'],
  closure: ['explosion', 'flood', 'strike', 'epidemic', 'famine', 'uprising', 'war', 'siege', 'occupation', 'quarantine', 'fire', 'accident', 'collapse', 'riot'],
  inquiry: ['inquiry'],
  force: ['order', 'treaty'],
});


function bears(ref: EventRef, frame: { dimension: string; measure: Measure }): boolean {
  if (ref.type === undefined || ref.type === 'place') return true;
  if (frame.dimension === 'count' && LOSS_KINDS.has(frame.measure.kind ?? '')) return !BEARS_NO_LOSSES.has(ref.type);
  // (`The two parishes had 2,960 inhabitants in 1851`: people who live in a place are its own, no event's.)
  if (frame.dimension === 'count' && frame.measure.kind === 'population') return false;
  // (`About 2,100 men came out`: men out on strike are a strike's, not a flood's the text told of before.)
  if (frame.dimension === 'count' && frame.measure.kind === 'strikers') return ref.type === 'strike';
  // (`the Germans at one point held 95 percent of the city`: a share of a place held is a siege's or a battle's, not an order's.)
  if (frame.dimension === 'fraction' && frame.measure.thing === 'held') return ACTIVITY_EVENTS.holding!.includes(ref.type);
  if (frame.dimension === 'duration' && frame.measure.kind === 'length') {
    const events = frame.measure.thing ? ACTIVITY_EVENTS[frame.measure.thing] : undefined;
    if (events && !events.includes(ref.type)) return false;
    // An order or a treaty has no length, only a time in force (`the Ration Order stayed in force for 134 days`).
    return frame.measure.thing === 'force' || (ref.type !== 'order' && ref.type !== 'treaty');
  }
  return true;
}

function tokenSpan(tokens: readonly Token[], range: TextRange): Span {
  let a = tokens.findIndex((t) => t.start >= range.start);
  if (a < 0) a = tokens.length;
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= range.end) b++;
  return [a, b];
}

/**
 * An unnamed event is the corpus's one event of its kind only when the text names no other of that
 * kind: `the offensive` of a page that names Operation Edelweiss is not the corpus's one offensive.
 */
function localized(ref: EventRef, before: readonly Mention[], discourse: Discourse, knowledge: NameKnowledge): EventRef {
  if (ref.key !== undefined || ref.type === undefined || ref.type === 'place') return ref;
  const known = (key: string) => knowledge.isEventKey(key);
  const other = before.some((b) => b.kind === 'event' && b.ref.type === ref.type && b.ref.key !== undefined && !known(b.ref.key) && calledAlike(b.ref, ref)) ||
    discourse.namesOtherOfType(ref, known);
  return other ? { ...ref, local: true } : ref;
}

/**
 * A colon or semicolon between two tokens: a new statement begins after it. A time between two events
 * is of what its own statement tells (`The grievances it caused lasted: the rising came fourteen years
 * after …` is not of what `it` was).
 */
function afterColon(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.text === ':' || tokens[i]!.text === ';') return true;
  return false;
}

/** Words before a kind of event that say what it was like, not which one it was. */
const DESCRIBING = /^(great|long|short|bloody|main|whole|recent|big|heavy|terrible|fierce|brief|general|same|new|old|early|late|later|earlier|initial|major|minor|little|small|large|sudden|famous|fatal|deadly|disastrous|worst|best|real|actual|official|public|entire|full|total|present|previous|next|other|such)$/;

/**
 * `the viaduct inquest`, `the mill riot`: a plain noun before the kind says which one it is. Told with
 * nothing of its kind before it, it is not surely the corpus's one event of that kind.
 */
function namesWhich(ref: EventRef): boolean {
  const words = ref.text.split(/\s+/);
  if (words.length !== 2) return false;
  const modifier = words[0]!;
  return /^\p{Ll}{3,}$/u.test(modifier) && !DESCRIBING.test(modifier) && !ORDINALS.has(modifier) && !/(ed|ing|al|ic|ous|ful|ive|ish|ern|ian|ese|less|ary|ly)$/.test(modifier);
}

/**
 * `They reached the Stalingrad front. The battle lasted five months.`: with no event of its kind told
 * of before it, `the battle` is the one the corpus names after the place the text named last, when
 * the corpus gives that name to an event of this kind only.
 */
function eventAtLastPlace(ref: EventRef, before: readonly Mention[], discourse: Discourse, knowledge: NameKnowledge): EventRef | undefined {
  if (ref.type === undefined || ref.type === 'place') return undefined;
  const place = lastPlaceNamed(before, discourse);
  if (place?.key === undefined || (place.type !== undefined && place.type !== 'place')) return undefined;
  return knowledge.typeOf(place.key) === ref.type ? { ...ref, key: place.key, text: `${ref.text} of ${place.text}` } : undefined;
}

/**
 * `At Tenter Lane … two lives were lost. … thirty-one died at Hollin Mill. The fire burned all night`:
 * `the fire` is the one at the place named since the last fire named, where the corpus knows a fire
 * of that place.
 */
function eventAtPlaceNamedSince(ref: EventRef, found: EventRef | undefined, discourse: Discourse, knowledge: NameKnowledge): EventRef | undefined {
  const since = found?.key !== undefined ? discourse.placeNamedSince(found) : undefined;
  if (since?.key === undefined || since.key === found!.key || ref.type === undefined || !knowledge.namesKind(since.key, ref.type)) return undefined;
  return { ...ref, key: since.key, text: `${ref.text} of ${since.text}` };
}

/**
 * The place the text named last: a name in the sentence before the mention that is no person's and
 * nowhere someone came from or made for, else the last the text named (taken or reached too; by
 * `noun`, `the city`, when given).
 */
function lastPlaceNamed(before: readonly Mention[], discourse: Discourse, noun?: string): EventRef | undefined {
  return [...before].reverse().find((b) => b.kind === 'other' && b.ref.key !== undefined && !b.person && !b.moved)?.ref ?? discourse.lastNamed(noun, true);
}

/** What a sentence says of when it is set: it tells of a return (`again`), or gives one year. */
interface Scene {
  returning?: boolean;
  year?: number;
}

/**
 * Whether an event told of before is not the one a sentence refers back to for its year: (under a
 * dateline or heading of another year than the one it was told under, `the fall` is another fall: a
 * letter of 1864 does not go on about the fall of its letter of 1862) or (`Then, on 17 October 1891,
 * the fire started`, after `the Tenter Lane fire`, which the corpus names as of 1888) it is a named
 * event the corpus dates to other years than the sentence's one year.
 */
function toldOfAnotherYear(found: EventRef, discourse: Discourse, knowledge: NameKnowledge, year: number | undefined): boolean {
  const section = discourse.sectionYear();
  if (found.when !== undefined && section !== undefined && found.when !== section) return true;
  return year !== undefined && found.key !== undefined && found.year === undefined && knowledge.datesOtherwise(found.type, found.key, year);
}

/** Words for fighting of any kind, which a battle, a siege and a campaign all are. */
const GENERIC_FIGHTING = new Set(['fighting', 'fight', 'struggle', 'combat']);

/** What a mention refers to: itself, or for `it`, `the battle`, `the town`, what the text named before. */
function resolveMention(m: Mention, before: readonly Mention[], discourse: Discourse, knowledge: NameKnowledge, scene: Scene = {}): EventRef | undefined {
  if (m.kind === 'event' && m.definite) {
    // `the battle for the city`: a battle for the place the sentence named before it (`the whole road to
    // Hallam, not the battle for the city`), else the place the text last named, taken or reached
    // too (`to take Hallam`), when that is a place and no event.
    const place = m.forPlace === undefined ? undefined : lastPlaceNamed(before, discourse, stem(m.forPlace));
    if (place?.key && (place.type === undefined || place.type === 'place')) return { ...m.ref, key: place.key, text: `${m.ref.text} for ${place.text}` };
    // (`The Soviet invasion of Manchuria began on 9 August 1945, and the main fighting was over in less
    // than two weeks`: `the fighting`, a word for fighting of any kind, is that of a battle, a siege or a
    // campaign its own sentence named before it.)
    const kindOf = (b: Mention) => b.ref.type === m.ref.type || (GENERIC_FIGHTING.has(m.ref.text.split(' ').pop()!.toLowerCase()) && familyOf(b.ref.type) === familyOf(m.ref.type));
    // (`The Bargain Strike lasts nine weeks, and the lockout lasts fourteen`: `the lockout` is none of
    // the events its sentence named by another word of the kind.)
    const inSentence = [...before].reverse().find((b) => b.kind === 'event' && kindOf(b) && b.ref.key && calledAlike(b.ref, m.ref) && refRelation(b.ref, m.ref) !== 'conflict');
    const found = inSentence?.ref ?? discourse.lastOfType(m.ref);
    const atPlaceSince = inSentence ? undefined : eventAtPlaceNamedSince(m.ref, found, discourse, knowledge);
    if (atPlaceSince) return atPlaceSince;
    const otherYear = !inSentence && found !== undefined && toldOfAnotherYear(found, discourse, knowledge, scene.year);
    if (!found || otherYear) {
      const atPlace = found ? undefined : eventAtLastPlace(m.ref, before, discourse, knowledge);
      if (atPlace) return atPlace;
      return namesWhich(m.ref) ? { ...m.ref, local: true } : localized(m.ref, before, discourse, knowledge);
    }
    // `This time the outbreak lasted eleven weeks`: a return is another of the kind, not the numbered one told before.
    // And `the famine`, a paragraph after `the first famine of 1764`, may be any of the famines: a
    // text that numbers or dates one of a kind tells of several, and a new paragraph may turn to another.
    const numbered = found.ordinal !== undefined || found.year !== undefined;
    const earlierParagraph = !inSentence && !discourse.paragraphSubjects().includes(found);
    // And `the light`, a paragraph after the text named two lights, may be either of them.
    const rival = earlierParagraph && found.key !== undefined && discourse.namedSeveral(found);
    if (!inSentence && numbered && m.ref.ordinal === undefined && m.ref.year === undefined && (scene.returning || earlierParagraph)) {
      const { ordinal: _ordinal, year: _year, when: _when, ...kind } = found;
      return localized({ ...kind, text: m.ref.text }, before, discourse, knowledge);
    }
    if (!inSentence && rival) {
      // (Unless a heading above names one of the kind: `## Damage` under `# The Siege of Sarajevo`.)
      const headed = discourse.headingSubjects().find((r) => sameKind(r, found) && r.key !== undefined);
      return headed ? { ...headed, text: m.ref.text } : localized({ ...m.ref, type: found.type }, before, discourse, knowledge);
    }
    return localized({ ...found, ordinal: found.ordinal ?? m.ref.ordinal, text: m.ref.text }, before, discourse, knowledge);
  }
  if (m.kind === 'event') return localized(m.ref, before, discourse, knowledge);
  if (m.kind === 'anaphor' && m.ref.ordinal !== undefined) {
    // `the second`: another of the numbered kind of event named last (`the first blockade`), else of
    // the kind named last; its year is its own.
    const events = [...before].reverse().filter((b) => b.kind === 'event' && b.ref.type !== undefined).map((b) => b.ref);
    const last = events.find((r) => r.ordinal !== undefined) ?? discourse.lastNumbered() ?? events[0] ?? discourse.lastKind();
    if (!last?.type || last.type === 'place') return undefined;
    const { year: _year, when: _when, ...kind } = last;
    return { ...kind, ordinal: m.ref.ordinal, text: m.ref.text };
  }
  if (m.kind === 'anaphor' && m.ref.type === 'place') {
    const noun = stem(m.ref.text.split(' ').pop() ?? '');
    // (`The battle was fought in January, and the cairn at the top of the pass lists 540 dead`: the
    // place of the event its sentence told of, named or not, so not an older event.)
    const named = [...before].reverse().find((b) => ((b.kind === 'name' || b.kind === 'event') && b.ref.key) || (b.kind === 'event' && !b.plural && b.role === undefined));
    if (named) return named.ref.key ? named.ref : undefined;
    return discourse.lastNamed(noun);
  }
  // A name the corpus does not give an event, but this text has (`the Battle of Karsk … fought for Karsk`).
  // (Not a place someone came from or made for: `they broke and ran for the Glaisk` is not of the battle there.)
  if (m.kind === 'other') {
    const named = m.ref.key && !m.moved && !m.owner && !m.acts ? discourse.named(m.ref.key) : undefined;
    // (`640 men were handed over at Ostwick`, in an essay on the Ostwick War: a war or a campaign is
    // fought over a country, not at one spot, so a place set after a word of place is the town.)
    return named && m.located && WIDE_FAMILIES.has(familyOf(named.type) ?? '') ? undefined : named;
  }
  // `it`: a subject named earlier in the same sentence, else the last sentence's topic.
  if (m.kind === 'anaphor') {
    const earlier = [...before].reverse().find((b) => (b.kind === 'event' || b.kind === 'name' || (b.kind === 'anaphor' && b.ref.type === 'place')) && b.role !== 'anchor' && !b.plural);
    if (earlier?.kind === 'anaphor') return resolveMention(earlier, before.slice(0, before.indexOf(earlier)), discourse, knowledge);
    return earlier?.ref ?? discourse.topic();
  }
  return m.ref;
}

/**
 * A name before the value that sets an unnamed event in its sentence at it (`At Stalingrad, a million
 * died in five months of fighting`); not one set against it across `but` (`Stalingrad was bigger, but a
 * siege of nearly four years …`).
 */
function setAtBefore(site: ValueSite, m: Mention, pick: Mention): boolean {
  return m.end <= site.first && m.ref.key !== undefined && !contrastBetween(site.tokens, m.end, pick.first);
}

/** A word that sets what follows against what came before (`but`, `while`, `whereas`: the clause breaks'). */
function contrastBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAK_WORDS.has(tokens[i]!.lower)) return true;
  return false;
}

/** `came back`, `returned`, `again`, `once more`, `this time`: the sentence tells of a repeat. */
function tellsOfReturn(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.lower === 'again' || t.lower === 'returned' || t.lower === 'returning' ||
    ((t.lower === 'came' || t.lower === 'come' || t.lower === 'was' || t.lower === 'were') && tokens[i + 1]?.lower === 'back') ||
    (t.lower === 'once' && tokens[i + 1]?.lower === 'more') || (t.lower === 'this' && tokens[i + 1]?.lower === 'time'));
}

/**
 * `The defenders held out for eleven months, far longer than the 199 days that Stalingrad raged`: what a
 * later part of the sentence compares the value with is not what it is of.
 */
function comparedAfter(site: ValueSite, m: Mention): boolean {
  return m.first >= site.clause[1] && site.tokens.slice(site.clause[1], m.first).some((t) => t.lower === 'than');
}

/** The value's clause opens its sentence and is set off from the rest (`With 2 million deaths, …`). */
function opensSentence(site: ValueSite): boolean {
  // (`[fol. 38] Upon the second day of November, …`: a folio or page mark in brackets before it is apparatus.)
  const lead = site.tokens[0]?.text === '[' ? site.tokens.findIndex((t) => t.text === ']') + 1 : 0;
  // (`Then, on 26 September 1919, a hurricane …`: a word of time set off before a date opens nothing;
  // nor before a time between, `Finally, seven months after …, Stalin issued Order 227`.)
  const linked = (site.value.form === 'date' || site.value.form === 'duration') && site.clause[0] === lead + 2 && LINKING_WORDS.has(site.tokens[lead]?.lower ?? '') && site.tokens[lead + 1]?.text === ',';
  // (Not a clause that `, and`, `, but`, `, while` or `;` joins to the next: `The Soviets lost over a
  // million at Moscow, and … in the first year of the war` tells its own clause's loss, not the war's;
  // `Guadalcanal cost Japan more than 20,000 dead, while at Stalingrad …` its own, not Stalingrad's.)
  // (A clause ends on the mark that sets it off.)
  const t = site.tokens;
  const end = site.clause[1];
  const coordinate = t[end]?.text === ';' || (t[end]?.text === ',' && /^(and|but|while|whereas)$/.test(t[end + 1]?.lower ?? ''));
  return (site.clause[0] === lead || linked) && end < t.length && !coordinate;
}

/** Words of time that link a sentence to the one before, set off by a comma at its start (`Then, …`). */
const LINKING_WORDS = new Set(['then', 'later', 'afterwards', 'finally', 'eventually', 'meanwhile', 'next', 'soon']);

/**
 * Two mentions joined by `and` (`the explosion and the flood`). (Not by `or`: `| Siege or battle |`
 * over `| Stalingrad |` names one event by either word, not two together.)
 */
function joined(tokens: readonly Token[], a: Mention, b: Mention): boolean {
  const [x, y] = a.first < b.first ? [a, b] : [b, a];
  // (A mention read from a row's cell may open on its conjunction: `Strike and lockout`.)
  const opens = /^(and|&)$/.test(tokens[y.first]?.lower ?? '') && x.end === y.first;
  const between = opens ? [tokens[y.first]!.lower] : tokens.slice(x.end, y.first).map((t) => t.lower);
  return between.length >= 1 && between.length <= 3 && (between[0] === 'and' || between[0] === '&') &&
    between.slice(1).every((w) => w === 'the' || w === 'its' || w === 'their');
}

const SUBJECT_KINDS = new Set(['event', 'name', 'anaphor', 'other']);

/** Kinds of event fought over a country, never at one place (`at Ostwick` is no war). */
const WIDE_FAMILIES = new Set(['war', 'campaign']);

/** A word at `i` after a word of place, perhaps with an adjective between (`in crowded Ambry`). */
function locatedAt(tokens: readonly Token[], i: number): boolean {
  const at = (k: number) => /^(at|in|near|outside|inside|around)$/.test(tokens[k]?.lower ?? '');
  return at(i - 1) || (at(i - 2) && tokens[i - 1]?.kind === 'word' && /^\p{Ll}+$/u.test(tokens[i - 1]!.text) && tokens[i - 1]!.lower !== 'the');
}

/**
 * The subject's mention, by rank: a mention in the value's own window, then in its clause, then in
 * its sentence, nearer first and before the value first; a name written out before a reference back.
 */
function rankMentions(site: ValueSite, usable: readonly Mention[], row = false): Mention[] {
  const [wFrom, wTo] = site.window;
  const [cFrom, cTo] = site.clause;
  const within = (m: Mention, from: number, to: number) => m.first < to && m.end > from;
  const rank = (m: Mention) => {
    // In a table row, an event the value's own cell names, else the first cell's: what the row is about.
    if (row) return (m.first < cTo && m.end > cFrom ? 0 : 10_000) + m.first;
    const scope = within(m, wFrom, wTo) ? 0 : within(m, cFrom, cTo) ? 1 : 2;
    const after = m.first >= site.end ? 1 : 0;
    const distance = m.end <= site.first ? site.first - m.end : m.first >= site.end ? m.first - site.end : 0;
    // `the town` names a place, not an event: an event the sentence names before it outranks it.
    const place = m.kind === 'anaphor' && m.ref.type === 'place' ? 15_000 : 0;
    // `Typhus broke out in crowded Ambry`, `Cholera came in 1854 and killed more than 2,000 in
    // Saltreach`: a place where something happened ranks after an event named in the value's clause,
    // though the corpus or the text names a siege after it.
    const where = (m.kind === 'name' ? locatedAt(site.tokens, m.first) : m.kind === 'other' && m.located) ? 13_000 : 0;
    return scope * 10_000 + (m.kind === 'anaphor' ? 5_000 : 0) + place + where + after * 1_000 + distance;
  };
  return [...usable].sort((a, b) => rank(a) - rank(b));
}

/**
 * `deadlier than the first, which had killed 38 people`: a value in a clause that `which` or `who`
 * opens is of what the clause says more about, the mention just before it, whatever its role.
 */
function antecedentOf(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): Mention | undefined {
  const opener = site.tokens[site.clause[0]]?.lower;
  if (opener !== 'which' && opener !== 'who') return undefined;
  // (`unlike Stalingrad, which the Red Army held for 199 days`: a bare name of an event too, whatever
  // the clause around it does with it.)
  const before = mentions.filter((m) => m.end <= site.clause[0] && m.end >= site.clause[0] - 2 && resolved.has(m) && (m.kind === 'event' || m.kind === 'anaphor' || m.kind === 'name'));
  const last = before[before.length - 1];
  // (`the battle for the city, which lasted 16 days`: what a complement completes is what the clause is about.)
  const head = last?.role === 'complement' ? mentions[mentions.indexOf(last) - 1] : undefined;
  return head?.kind === 'event' && resolved.has(head) ? head : last;
}

/**
 * `the disaster at St Ebba's Head, where Scarrow lost nine ships`: a `where` clause is of the name just
 * before it, when that names an event that can have the value (the corpus's battle of that name; not
 * its inquiry, which has no dead).
 */
function whereClauseOf(site: ValueSite, usable: readonly Mention[], mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): Mention | undefined {
  if (site.tokens[site.clause[0]]?.lower !== 'where') return undefined;
  // (Also a name the sentence compares with: `Sevastopol cannot compare with Stalingrad, where two
  // million died` tells of Stalingrad.)
  const right = (m: Mention) => m.kind === 'name' && m.end <= site.clause[0] && m.end >= site.clause[0] - 2;
  return usable.find(right) ?? mentions.find((m) => right(m) && m.role === 'opponent' && resolved.has(m));
}

/**
 * `the Winter War of 1939, when it lost a quarter of its men`: a `when` clause set off after an event
 * tells what happened in that event, the last one named before it (a few words back at most).
 */
function whenClauseOf(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): Mention | undefined {
  const at = site.clause[0];
  if (site.tokens[at]?.lower !== 'when' || site.tokens[at - 1]?.text !== ',') return undefined;
  const before = mentions.filter((m) => m.kind === 'event' && !m.plural && resolved.has(m) && m.end < at && at - m.end <= 6);
  const last = before[before.length - 1];
  return last && !site.tokens.slice(last.end, at).some((t) => /^[;:.]$/.test(t.text)) ? last : undefined;
}

/**
 * `90 percent of the city`, `199 days of fighting`: what a value is of, right after it, is what it
 * measures (the whole of a share, the activity of a length), not the event it is about.
 */
function measuredBy(site: ValueSite, m: Mention): boolean {
  // (An event word's mention may begin at the `of` before it.)
  if (site.tokens[site.end]?.lower !== 'of' || m.first < site.end || m.first > site.end + 1) return false;
  const dimension = site.value.interval.dimension;
  if (dimension === 'fraction') return m.kind === 'anaphor' && m.ref.type === 'place';
  // (Not `the 200 days of the battle`: a word referring back to an event that lasts is what the time
  // is of; `within three months of the order` still counts from a document.)
  const referredBack = m.definite === true && !DOCUMENT_TYPES.has(m.ref.type ?? '');
  return dimension === 'duration' && m.kind === 'event' && m.ref.key === undefined && m.ref.ordinal === undefined && m.ref.year === undefined && !referredBack;
}

/** A capitalised name with a possessive ending (`Lyall's`): its name word is group 1. */
const POSSESSIVE_NAME = /^(\p{Lu}\p{L}+)['’]s$/u;
const HIS_HER = /^(his|her)$/;

/** `Joseph Stalin’s notorious Order No. 227`: the last name word of a possessive just before an event's name (one word between at most). */
function ownerOf(tokens: readonly Token[], before: Mention | undefined, m: Mention): string | undefined {
  // (`Vane’s Treaty of Orlen`, read as one name.)
  const own = POSSESSIVE_NAME.exec(tokens[m.first]?.text ?? '');
  if (own) return stem(own[1]!.toLowerCase());
  if (before?.kind !== 'other' || before.ref.key === undefined || m.first - before.end > 1) return undefined;
  return /['’]s$/.test(tokens[before.end - 1]?.text ?? '') ? before.ref.key.split(' ').pop() : undefined;
}

/**
 * `The Railway Inspectorate's inquiry, under Major Ivo Denholm`: an unnamed event held under a person
 * named right after it is that person's own, as `Denholm's inquiry` is, whoever else it belongs to.
 */
function heldUnder(tokens: readonly Token[], next: Mention | undefined, m: Mention): string | undefined {
  const at = tokens[m.end]?.text === ',' ? m.end + 1 : m.end;
  if (tokens[at]?.lower !== 'under' || next === undefined || next.ref.key === undefined || (next.kind !== 'person' && next.kind !== 'other')) return undefined;
  return next.first === at + 1 ? stem(next.ref.key.split(' ').pop()!) : undefined;
}

/**
 * `Lyall's inquiry`, `Lyall opened his inquiry`: the person whose own unnamed event it is, by a
 * possessive name just before it, or by `his` or `her` after the one name that opens its sentence.
 */
function unnamedOwner(tokens: readonly Token[], before: readonly Mention[], m: Mention): string | undefined {
  // (The mention may open on its owner's word, or follow it.)
  const own = POSSESSIVE_NAME.exec(tokens[m.first]?.text ?? '') ?? POSSESSIVE_NAME.exec(tokens[m.first - 1]?.text ?? '');
  if (own) return stem(own[1]!.toLowerCase());
  if (!HIS_HER.test(tokens[m.first - 1]?.lower ?? '') && !HIS_HER.test(tokens[m.first]?.lower ?? '')) return undefined;
  const opener = before[0];
  if (before.length !== 1 || opener?.kind !== 'other' || opener.ref.key === undefined || beforeArticle(tokens, opener.first) !== -1 || /['’]s$/.test(opener.ref.text)) return undefined;
  return opener.ref.key.split(' ').pop();
}

/** Whether a sentence names a person (or thing) by this name word, not as a possessive. */
function namesPerson(mentions: readonly Mention[], word: string): boolean {
  return mentions.some((m) => m.kind === 'other' && m.ref.key !== undefined && m.ref.key.split(' ').includes(word) && !/['’]s$/.test(m.ref.text));
}

/** An event a sentence tells of, or of something done to it (`the violation of the treaty`): not one it counts from, compares with or spans. */
const tellsOfEvent = (m: Mention) => m.kind === 'event' && !m.plural && (m.role === undefined || m.role === 'breached');

/**
 * `The siege changed after the Karsk Order, issued on 3 May 1611, reached the walls`: a value in a
 * phrase set off after a named event, opening on a participle, is of that event, not of what the
 * sentence is about.
 */
function setOffAfter(site: ValueSite, usable: readonly Mention[]): Mention | undefined {
  const t = site.tokens;
  let i = site.first - 1;
  if (/^(on|in|at|by|for|over)$/.test(t[i]?.lower ?? '')) i--;
  if (!/^([a-z]+ed|sworn|begun|written|given|fought)$/.test(t[i]?.lower ?? '') || t[i - 1]?.text !== ',') return undefined;
  return usable.find((m) => m.end === i - 1 && m.kind === 'event' && m.ref.key !== undefined);
}

/**
 * `the same winter that had ruined Napoleon 129 years earlier`: a value in a relative clause, whose
 * own deed is what its time runs from, not an event its sentence named before the clause.
 */
function inRelativeClause(site: ValueSite): boolean {
  const t = site.tokens;
  for (let k = site.clause[0] + 1; k < site.first; k++) {
    if (RELATIVES.has(t[k]!.lower) && t[k - 1]!.kind === 'word' && /^\p{Ll}/u.test(t[k - 1]!.text) && t[k + 1]?.kind === 'word') return true;
  }
  return false;
}
const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * `far deadlier than the Candlemas Flood of 1829`: a year or a date right after `of` that ends the name
 * of what a sentence compares with is that thing's own (the value sits in the compared phrase).
 */
function datesCompared(site: ValueSite, m: Mention): boolean {
  return m.end === site.first - 1 && site.tokens[m.end]?.lower === 'of' && (site.value.form === 'year' || site.value.form === 'date');
}

/**
 * `Some 6,000 rebels took the villages and in the autumn laid siege to Saltreach`: an event named after
 * a count, in a deed that `and` joins on with a verb of its own, is what that deed did, not what the
 * count is of (`killed 98 in the explosion and the flood` joins no deed). (A date's own deed is
 * dateMeasure's: `reached the Volga in late August and held most of the city`.)
 */
function inLaterDeed(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.lower !== 'and') continue;
    // (An adverbial before its verb: `and in the autumn laid`, `and then marched`.)
    for (let k = i + 1; k < Math.min(to, i + 6); k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) break;
      if (FINITE_VERB(t.lower)) return true;
      if (k === i + 1 && !/^(in|on|at|by|during|after|then|later|soon|finally|eventually|the)$/.test(t.lower)) break;
    }
  }
  return false;
}

/**
 * `held 4,870 prisoners when the fighting stopped`: an event told ending, in a time clause after the
 * value, says when the value held, not what it is of (the fighting ended, whatever it was part of).
 */
function endsAfter(site: ValueSite, m: Mention): boolean {
  const t = site.tokens;
  if (m.first < site.end || !/^(when|until|till|after|before|once)$/.test(t[beforeArticle(t, m.first)]?.lower ?? '')) return false;
  return /^(stopped|ceased)$/.test(t[m.end]?.lower ?? '') || classAt(t, m.end, DATE_PHASES) === 'ended';
}

/** `takes` or `lasts` before the value in its clause (timesInPresent). */
function timedInPresent(site: ValueSite): boolean {
  return site.tokens.slice(site.clause[0], site.first).some(timesInPresent);
}

/** Whether a mention of a value's sentence may be what the value is of (subjectOf's candidates). */
function mayBeSubject(site: ValueSite, m: Mention, resolved: ReadonlyMap<Mention, EventRef>, partial: { dimension: string; measure: Measure }, row: boolean): boolean {
  const between = partial.measure.kind === 'between';
  // (`A fever broke out …, eleven weeks into the siege`: a time into an event is how long that one had
  // gone on, which is its scope, never another event's.)
  if (partial.dimension === 'duration' && partial.measure.kind === 'so far' && site.tokens[site.end]?.lower === 'into') return false;
  // A place is where a value holds, not what it is of (placeOf): `the pit closed for nine weeks` is
  // still about the event its paragraph tells of.
  return SUBJECT_KINDS.has(m.kind) && resolved.has(m) && resolved.get(m)!.type !== 'place' && bears(resolved.get(m)!, partial) &&
    m.role !== 'scope' && (m.role !== 'opponent' || datesCompared(site, m)) && m.role !== 'breached' && m.role !== 'complement' && m.role !== 'authority' && !(between && m.role === 'anchor') && !measuredBy(site, m) &&
    // (`held a block for 58 days, and it still stands`: a pronoun after its value speaks of another thing.)
    !(m.kind === 'anaphor' && m.ref.type === undefined && m.ref.ordinal === undefined && m.first >= site.end) &&
    // (`with no such order in force`, `without a siege`: what the sentence says was not is no subject.)
    !denied(site.tokens, m) && !(partial.dimension === 'count' && inLaterDeed(site.tokens, site.end, m.first)) && !m.owner && !endsAfter(site, m) &&
    // (`| Place | Dead |` over `| Hessock | 12 |`: a place its column gives is where, not what, though an event is named after it.)
    // (So is `the camp at Marl End`: where a thing stands, not the Marl End riot.)
    !(row && inPlaceCell(site.tokens, m.first)) && !m.thingsPlace && !addedAfter(site, m) &&
    // (`the Colour lost in the second battle was not recovered until March 1693`: an event that only
    // says which thing the clause is about is not what its date is of.)
    !(partial.dimension === 'date' && m.end <= site.first && saysWhichThing(site.tokens, m, site.first)) &&
    // (`fight its way to Berlin | 2 years 9 months`: a possessive names the value's subject only just before it.)
    !(m.kind === 'anaphor' && /^(its|their)$/.test(m.ref.text.toLowerCase()) && (site.first - m.end > 4 || !(m.first >= site.clause[0]))) &&
    // Outside its clause, only what the sentence named before the value can be its subject; but a
    // value set in front of its sentence (`With 2 million deaths, Karsk was …`) is about what follows,
    // and in a table row any cell before it or the one after it (not the notes further on) names it.
    ((m.first < site.clause[1] && m.end > site.clause[0]) || (m.end <= site.first && !(between && (afterColon(site.tokens, m.end, site.first) || inRelativeClause(site)))) || namesWhatWasTold(site.tokens, m) ||
      (row ? m.first < nextCellEnd(site) : opensSentence(site) && !comparedAfter(site, m)));
}

/** `the second 21 weeks plus the lockout`: what is added to a value after `plus` is not what it is of. */
function addedAfter(site: ValueSite, m: Mention): boolean {
  return m.first > site.end && m.first - site.end <= 3 && site.tokens[site.end]?.lower === 'plus';
}

function subjectOf(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, discourse: Discourse, partial: { dimension: string; measure: Measure }, row: boolean): Subject | undefined {
  const between = partial.measure.kind === 'between';
  const usable = mentions.filter((m) => mayBeSubject(site, m, resolved, partial, row));
  // An anchor is not the subject (`twelve weeks after the flood`), except of its own clause when the
  // value is in it (`until a gale drowned 310 sailors`).
  // (`Six years after he had raised the first siege, Daunt returned with 9,000 men`: a clause set off
  // before the value's is not its own.)
  // (`It began after the flood and lasted some fourteen months`: a clause joined after the anchor's is
  // not the anchor's own.)
  const ownAnchor = (m: Mention) => !between && m.first >= site.clause[0] && m.end <= site.first &&
    !site.tokens.slice(m.end, site.first).some((t) => t.text === ',' || t.lower === 'and' || t.lower === 'but');
  const ranked = rankMentions(site, usable.filter((m) => m.role !== 'anchor' || ownAnchor(m)), row);
  // `a 42-day quarantine`, `the 118-day siege`: a value that modifies an event word is that event's.
  const modified = modifiedEvent(site, usable) ?? (between ? undefined : describedAfterComma(site, mentions, resolved));
  const pick = topicOfAHead(site, modified ?? knownAsAfter(site, mentions, resolved) ?? setOffAfter(site, usable) ?? antecedentOf(site, mentions, resolved) ?? whereClauseOf(site, usable, mentions, resolved) ?? whenClauseOf(site, mentions, resolved) ?? ranked[0], mentions, partial.dimension);
  // (`The ship Brothers sailed on 20 August and was lost in a great gale`: a sailing is the ship's;
  // `The Grand Pump Room opened on 2 July 1862`: an opening, the building's; `the Providence sailed
  // in May 1862 with 318 passengers`: those aboard a sailing, the ship's.)
  const thing = partial.dimension === 'date' && !modified ? vesselOf(site, mentions, partial.measure) ?? workOf(site, mentions, partial.measure) :
    partial.dimension === 'count' && partial.measure.kind === 'aboard' ? vesselOf(site, mentions, { kind: 'departed' }) : undefined;
  if (thing) return thing;
  if (pick) {
    const inClause = (m: Mention) => m.first < site.clause[1] && m.end > site.clause[0];
    let ref = resolved.get(pick)!;
    // `Another calls it a five-month battle`: an unnamed event is the named one its clause refers to,
    // or the one its sentence sets it at (`At Stalingrad, a million died in five months of fighting`).
    if (ref.key === undefined) {
      // (Not one named by another word of the kind: `the lockout` is not `the Bargain Strike`.)
      const named = ranked.find((m) => m !== pick && (inClause(m) || setAtBefore(site, m, pick)) && resolved.get(m)!.key !== undefined && calledAlike(resolved.get(m)!, ref) && refRelation(resolved.get(m)!, ref) !== 'conflict');
      if (named) ref = { ...resolved.get(named)!, ...(ref.ordinal !== undefined ? { ordinal: ref.ordinal } : {}) };
    }
    // `held it`, when nothing since a heading that names only a kind of event (`## Outbreak`) has been
    // named: `it` is that heading's subject, a guess. (`## The fire of 1847` names one fire.)
    const headed = resolved.get(pick)!;
    // (The headings are asked last, and only when the answer decides something: a check keeps a block
    // across an edit of the title's name when its reading never asked for the title's subject.)
    const referredBack = pick.kind === 'anaphor' || pick.definite;
    const fromHeading = referredBack && headed.key === undefined && headed.ordinal === undefined && headed.year === undefined &&
      !discourse.paragraphSubjects().includes(headed) && discourse.isHeadingSubject(headed);
    const via = referredBack ? (fromHeading ? 'heading' : 'anaphor') : inClause(pick) ? 'clause' : 'sentence';
    // `the explosion and the flood killed 98 men`: a value of two events together is of neither alone (not a time between two).
    const partner = between ? undefined : usable.find((m) => m !== pick && m.kind !== 'anaphor' && joined(site.tokens, pick, m));
    if (partner) return { refs: [ref, resolved.get(partner)!], via, combined: true };
    return { refs: [ref], via };
  }
  const framing = framingEvent(site, usable, mentions, resolved, partial) ?? (row && (partial.dimension === 'count' || partial.dimension === 'duration') ? rowLabelName(site, mentions) : undefined);
  if (framing) return framing;
  // A time between two events is about those two; it takes no subject from its paragraph. Nor does the
  // date of a separate act (an arrest, a landing, a death): that act is what it dates.
  if (between) return undefined;
  const actor = partial.dimension === 'count' ? placeActing(site, mentions) : partial.dimension === 'duration' ? placeEnding(site, mentions) : undefined;
  if (partial.dimension === 'date' && datesAnotherMoment(site, mentions, partial.measure)) return undefined;
  // `Drage came back the next spring with 31 ships`: a return is not the numbered occurrence told before it.
  const returning = tellsOfReturn(site.tokens);
  // (`Across the lake, Wendle lost only six people`: not the event of a paragraph that Wendle does not name.)
  // (`far more than at Leningrad`: what the sentence compares its value with is not what it is of.)
  const compared = mentions.filter((m) => m.role === 'opponent' && m.ref.key !== undefined).map((m) => m.ref.key!);
  const inheritable = (r: EventRef) => bears(r, partial) && !(returning && r.ordinal !== undefined) &&
    !(actor !== undefined && !(r.key ?? '').split(' ').includes(actor)) && !(r.key !== undefined && compared.includes(r.key));
  // (`The raids went on for a week`: a time its clause gives to several events of a kind is theirs
  // together, not the time of an event the text around it is about.)
  if (partial.dimension === 'duration' && mentions.some((m) => m.kind === 'event' && m.plural && m.first >= site.clause[0] && m.end <= site.first)) return undefined;
  // (`In the fever of 1885, which killed about 250 men`: a `which` clause is of the thing before it,
  // here none the corpus tells of as an event, not of the paragraph's event.)
  const which = site.tokens[site.clause[0]]?.lower === 'which' && site.tokens[site.clause[0] - 1]?.text === ',';
  if (which && site.tokens[site.clause[0] - 2]?.kind !== 'punct') return undefined;
  // (`Even the opening date is disputed. The heritage trust dates it to 14 October 1889`: an `it` that
  // refers to a thing, no event, says the value is that thing's, not the paragraph's event's.)
  if (mentions.some((m) => m.kind === 'anaphor' && m.ref.text.toLowerCase() === 'it' && !resolved.has(m) && m.first >= site.clause[0] && m.end <= site.clause[1]) && discourse.itIsThing()) return undefined;
  // A sentence that names nothing goes on about what the sentence before it named, if that was one
  // thing; else it may be about any of the things its paragraph has named. (Not a table row: each row
  // is a thing of its own, never the row above it.)
  const lastNamed = row ? [] : discourse.lastSubjects();
  const last = lastNamed.filter(inheritable);
  if (last.length === 1) return { refs: [last[0]!], via: 'paragraph', last: true };
  // `The violation of the treaty on 22 June … As a result, casualties passed four million`: what the
  // sentence before told of cannot have this value, so what it is of is not known; not an older subject.
  if (lastNamed.length > 0 && last.length === 0 && !returning) return undefined;
  return surroundingSubject(site, mentions, resolved, discourse, inheritable, row);
}

/**
 * A date of a separate act (an arrest, a landing), or one its sentence tells from an event, named or
 * not (`Five weeks after the flood, on 9 April, he saw his first case`): the later moment's, which the
 * sentence does not name; not that event's, nor the paragraph's.
 */
function datesAnotherMoment(site: ValueSite, mentions: readonly Mention[], measure: Measure): boolean {
  return phasesOf(measure.kind ?? '').some((p) => SEPARATE_ACTS.has(p)) || mentions.some((m) => m.role === 'anchor' && m.end <= site.first);
}

/**
 * Whether a sentence tells of a thing that is no event (`The register is less helpful.`), and whether
 * it names that thing (`The kingdom's answer was the Grand Dyke`: `named`, what a later `it` may be told by).
 */
function thingTold(tokens: readonly Token[], mentions: readonly Mention[], knowledge: NameKnowledge, question: boolean): boolean | 'named' {
  const opens = opensWithThing(tokens, mentions, knowledge) || (question && asksOfThing(tokens, mentions));
  return opens && mentions.some((m) => (m.kind === 'other' || m.kind === 'name') && m.ref.key !== undefined && !m.located && !m.person) ? 'named' : opens;
}

/**
 * `| *Hesper* | torpedoed | 1917 | 41 |`: a count in a table row whose first cell is a name (a ship, a
 * pit), and that names no event, is of that named thing; not a count in that first cell itself.
 */
function rowLabelName(site: ValueSite, mentions: readonly Mention[]): Subject | undefined {
  const t = site.tokens;
  const start = t[0] !== undefined && isCellBar(t[0]) ? 1 : 0;
  let end = start;
  while (end < t.length && !isCellBar(t[end]!)) end++;
  if (site.first < end) return undefined;
  // (The name is the cell: `| Deaths among Marl's hands | 17 |` counts those among a man's hands, no thing named Marl.)
  const label = mentions.find((m) => m.first >= start && m.end <= end);
  if (!label || label.kind !== 'other' || label.ref.key === undefined || label.person || label.located) return undefined;
  // (A header's words, set in at the cell with no width, are not the writer's.)
  if (t.slice(start, end).some((w, k) => (w.kind === 'word' || w.kind === 'number') && w.end > w.start && (start + k < label.first || start + k >= label.end))) return undefined;
  // (`| Deaths (official) | 112 |`: a header's word for what is counted, capitalised, names nothing.)
  if (t.slice(label.first, label.end).some((w) => COUNT_KINDS.has(w.lower) || COUNTED_THINGS.has(w.lower))) return undefined;
  return { refs: [{ text: label.ref.text, key: label.ref.key }], via: 'clause' };
}

/** With nothing in its sentence or the one before: its paragraph's events, the paragraph before's, its heading's. */
function surroundingSubject(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, discourse: Discourse,
  inheritable: (r: EventRef) => boolean, row: boolean): Subject | undefined {
  const paragraph = row ? [] : discourse.paragraphSubjects().filter(inheritable);
  // `… due to Stalin’s Order No. 227 … On July 28, 1942, Stalin had concluded …`: of the paragraph's
  // events, the one its possessive gave a person this sentence names.
  const owned = paragraph.length > 1 ? paragraph.filter((r) => r.owner !== undefined && namesPerson(mentions, r.owner)) : [];
  if (owned.length === 1) return { refs: owned, via: 'paragraph' };
  if (paragraph.length > 0) return { refs: [...paragraph], via: 'paragraph' };
  // A paragraph that has named nothing yet, after one that ended on one subject: that subject, a guess.
  // (Not in a sentence that names an event of its own, even one it is not about: `The violation of
  // the treaty on 22 June` is not of the war the paragraph before ended on.)
  // (`each of the 200 days of the battle`: an event the value measures is the one a guess may name.)
  const ownEvent = mentions.some((m) => tellsOfEvent(m) && resolved.get(m)?.type !== 'place' && !measuredBy(site, m));
  // (Nor the date of a time a name tells of, `the Hard Winter of 1770–71`: see namesAPeriod.)
  const periodsDate = mentions.some((m) => isPeriodName(m, resolved) && datesPeriod(m, site.first));
  // (Nor in a clause that opens on a name of its own: see opensOnAName.)
  const opener = opensOnAName(site, mentions);
  const guessable = (r: EventRef) => inheritable(r) && (opener === undefined || r.key === opener);
  const previous = row || ownEvent || periodsDate ? undefined : discourse.previousSubject();
  if (previous && guessable(previous)) return { refs: [previous], via: 'previous' };
  const heading = discourse.headingSubjects().filter(guessable);
  return heading.length > 0 ? { refs: [...heading], via: 'heading' } : undefined;
}

/**
 * `Berlin taken after 2 years 9 months of fighting`, under a heading on another battle: a clause that
 * opens on a name the corpus gives no event and no person tells of what that name is; a subject guessed
 * from a heading or the paragraph before is not its own. The name's key, if so.
 */
function opensOnAName(site: ValueSite, mentions: readonly Mention[]): string | undefined {
  const t = site.tokens;
  const start = site.clause[0] + (t[site.clause[0]]?.lower === 'the' ? 1 : 0);
  // (The name the verb right after it tells of: not `Ferrowmouth's riveters`, nor `the Red Army that faced …`.)
  const verbAfter = (m: Mention) => isPastVerb(t[m.end]) || PAST_OF_PARTICIPLE.has(t[m.end]?.lower ?? '') || /^(was|were|had)$/.test(t[m.end]?.lower ?? '');
  return mentions.find((m) => m.first === start && m.end <= site.first && m.kind === 'other' && m.ref.key !== undefined && !m.person && verbAfter(m))?.ref.key;
}

/**
 * `The inquest into the Great Fall opened on 22 November`: an event named after `into` or `about`
 * right after an unnamed event is what that one is about; a date of the clause is the unnamed one's
 * (the inquest's), not the named one's.
 */
function topicOfAHead(site: ValueSite, pick: Mention | undefined, mentions: readonly Mention[], dimension: string): Mention | undefined {
  const t = site.tokens;
  const lead = pick === undefined ? -1 : beforeArticle(t, pick.first);
  if (dimension !== 'date' || !/^(into|about)$/.test(t[lead]?.lower ?? '') || pick!.ref.key === undefined) return pick;
  return mentions.find((m) => m.kind === 'event' && m.ref.key === undefined && m.end === lead && m.first >= site.clause[0]) ?? pick;
}

/**
 * `in 1762 the corn was lost again, and that was the Great Dearth`, `… what became known as the Little
 * Dearth`: a later clause that says what the told thing was names it.
 */
function namesWhatWasTold(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens.slice(Math.max(0, m.first - 3), m.first).map((t) => t.lower).join(' ');
  return /\b(that|this|it) was( the)?$|\bknown as( the)?$|\bcalled( the)?$/.test(before);
}

/**
 * `Timeline: From the Winter War to Berlin`: a heading that runs from one thing to another is about
 * what lies between them, not about either end (`The Road to Karsk` names one).
 */
/**
 * `Kilvarrick: Dearth, Rising and Clearance`, `Floods, Hunger and the Reed Rising`: a heading that lists
 * several things (a comma, then `and`) is about each of them, so no one of them is its sections' subject.
 */
function listsSeveral(tokens: readonly Token[]): boolean {
  // (`# Fire Twice: The Eruptions of Mount Tolvar`, `## Both Sieges`: several of a kind, no one of them.)
  if (tokens.some((t) => /^(twice|both)$/.test(t.lower))) return true;
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma >= 0 && tokens.slice(comma + 1).some((t) => t.lower === 'and' || t.text === '&');
}

function spansBetween(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  const to = tokens.findIndex((t) => /^(to|until|till)$/.test(t.lower));
  return to > 0 && mentions.some((m) => m.end <= to) && mentions.some((m) => m.first > to);
}

/**
 * An event named in a participle's phrase after a noun (`the Colour lost in the second battle`, `the
 * guns taken at the ford`): it says which thing, and the clause goes on about the thing.
 */
function saysWhichThing(tokens: readonly Token[], m: Mention, valueAt: number): boolean {
  const det = /^(the|a|an)$/.test(tokens[m.first - 1]?.lower ?? '') ? 1 : 0;
  const at = m.first - det - 1;
  if (!/^(in|at|during)$/.test(tokens[at]?.lower ?? '')) return false;
  const [noun, participle] = [tokens[at - 2], tokens[at - 1]];
  if (participle === undefined || noun?.kind !== 'word' || NOT_NOUNS.test(noun.lower)) return false;
  if (!(/^\p{Ll}{3,}ed$/u.test(participle.text) || IRREGULAR_PAST.has(participle.lower) || PAST_OF_PARTICIPLE.has(participle.lower))) return false;
  // (The clause's own verb comes after the event: `… in the second battle was not recovered`; in `men
  // died in the battle on 3 May` the participle is the verb.)
  for (let i = m.end; i < valueAt; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || /^(which|that|who|when|where)$/.test(t.lower)) return false;
    if (/^(was|were|is|are|had|has)$/.test(t.lower)) return true;
  }
  return false;
}
/** Words before a participle that make it the clause's verb (`Strey was captured at`, `they fought in`). */
const NOT_NOUNS = /^(was|were|is|are|been|be|being|had|has|have|they|he|she|it|we|i|you|who|which|that)$/;

/** A mention the sentence says was not: `no such order`, `no siege`, `without a treaty`. */
function denied(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.first - 1]?.lower;
  const det = /^(a|an|any|such)$/.test(before ?? '') ? tokens[m.first - 2]?.lower : before;
  return det === 'no' || det === 'without' || (before === 'such' && tokens[m.first - 2]?.lower === 'no');
}

/**
 * With nothing else named, an event the sentence sets its value after or within: `After the flood the
 * pit closed for nine weeks`, `During the first outbreak the Board closed the port for eight weeks`.
 */
function framingEvent(site: ValueSite, usable: readonly Mention[], mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, partial: { dimension: string; measure: Measure }): Subject | undefined {
  // (`Nearly nine years after the Candlemas Gale, on 14 October 1869, 58 men were drowned`: a value
  // set after a time from an event is of what came later, not of that event.)
  // (`Six years after he had raised the first siege, Daunt returned …`: the same, a clause between.)
  const timedFrom = (m: Mention) => {
    for (let k = m.first - 1; k >= Math.max(0, m.first - 7) && site.tokens[k]!.kind !== 'punct'; k--) {
      if (/^(after|before|since)$/.test(site.tokens[k]!.lower)) return /^(days?|weeks?|months?|years?)$/.test(site.tokens[k - 1]?.lower ?? '');
    }
    return false;
  };
  const anchor = rankMentions(site, usable.filter((m) => m.end <= site.first && !timedFrom(m)))[0];
  if (anchor) return { refs: [resolved.get(anchor)!], via: 'clause' };
  // (What the sentence happened during comes before anything its paragraph named; not `Twelve days
  // into the strike, 47 ships lay idle`: a moment of it, not a part it holds.)
  const said = (m: Mention) => /^(during|amid|throughout)$/.test(site.tokens[beforeArticle(site.tokens, m.first)]?.lower ?? '');
  // (`the nine who died at the pest-house during the first fever`: after a count too, in its clause;
  // not after a length, `held for 60 days during the siege`, a time within it.)
  const counted = partial.dimension === 'count' || partial.dimension === 'fraction';
  const inClause = (m: Mention) => m.end <= site.first || (counted && m.first >= site.end && m.end <= site.clause[1]);
  const during = rankMentions(site, mentions.filter((m) => m.role === 'scope' && said(m) && inClause(m) && (m.kind === 'event' || m.kind === 'name') &&
    resolved.has(m) && resolved.get(m)!.type !== 'place' && bears(resolved.get(m)!, partial)))[0];
  return during ? { refs: [resolved.get(during)!], via: 'sentence' } : undefined;
}

/** `6 of the 23 rioters`, `five of its 40 boats`: `of` and a count right after a count. */
function partOfACount(t: readonly Token[], end: number): boolean {
  if (t[end]?.lower !== 'of') return false;
  const at = /^(the|its|their|his|her|our)$/.test(t[end + 1]?.lower ?? '') ? end + 2 : end + 1;
  return opensCount(t[at]);
}

/**
 * `In all,`, `All told,`, `In total,` at a sentence's start, before someone who did the counted deed
 * (`In all, the boat saved 200 lives`). Not before the count itself (`In all, 43 people were injured`),
 * which sums the event told before.
 */
function opensWithSum(site: ValueSite): boolean {
  const t = site.tokens;
  const [a, b, c] = [t[0]?.lower, t[1]?.lower, t[2]?.text];
  return c === ',' && ((a === 'in' && (b === 'all' || b === 'total')) || (a === 'all' && b === 'told')) && leadOf(site) > 3;
}

/** Verbs a place's own toll is told by (`Wendle lost six`, `the parish buried forty`, `Harrowdeep killed thirty`). */
const PLACE_LOSS_VERBS = new Set(['lost', 'buried', 'mourned', 'suffered', 'killed', 'claimed']);

/**
 * `Wendle lost only six people`: a count whose clause tells what a place lost or buried (a one-word
 * name, right before the verb, that is no event's and no titled person's) is that place's. Its name key.
 * (Not a name after `the`: `the Crown lost 700 killed` is a side's loss in the event told of.)
 */
function placeActing(site: ValueSite, mentions: readonly Mention[]): string | undefined {
  const m = mentions.find((x) => x.kind === 'other' && !x.located && !x.person && x.ref.key !== undefined && !x.ref.key.includes(' ') &&
    x.first >= site.clause[0] && x.end <= site.first && PLACE_LOSS_VERBS.has(site.tokens[x.end]?.text ?? '') && site.tokens[x.first - 1]?.lower !== 'the');
  return m?.ref.key;
}

/**
 * `Berlin surrenders after about two weeks of street fighting`, `Leningrad held out for 872 days`,
 * `Taking Berlin still cost almost three years of hard fighting`: a length whose clause tells how a
 * place fell, held out or was taken or reached (the mention reader's `reached`) is that place's, not an
 * event's around it that is named after another (a heading's or the paragraph before's `Stalingrad`).
 */
function placeEnding(site: ValueSite, mentions: readonly Mention[]): string | undefined {
  const t = site.tokens;
  const m = mentions.find((x) => x.kind === 'other' && !x.located && !x.person && x.ref.key !== undefined && !x.ref.key.includes(' ') &&
    x.first >= site.clause[0] && x.end <= site.first && t[x.first - 1]?.lower !== 'the' &&
    (classAt(t, x.end, DATE_PHASES) === 'ended' || LASTING_WORDS.has(t[x.end]?.lower ?? '') || x.reached === true));
  return m?.ref.key;
}

/** Moments of going and coming, dated: what went or came is what they are of. */
const VOYAGE_MOMENTS = new Set(['departed', 'arrived']);

/**
 * What sailed or arrived: a thing named with `the` before the verb (`the Marjory Baird sails`, `the
 * emigrant ship Anna sailed from Vannick`), the last such; else one gone on after it (`left on the
 * Anna`); not a place it left or reached (`left the Kessel`, `reached the Volga`). Two sailings of
 * two ships are two facts; of one ship, one.
 */
function vesselOf(site: ValueSite, mentions: readonly Mention[], measure: Measure): Subject | undefined {
  if (!phasesOf(measure.kind ?? '').some((p) => VOYAGE_MOMENTS.has(p))) return undefined;
  const verb = site.tokens.findIndex((t) => VOYAGE_MOMENTS.has(DATE_PHASES.get(t.lower) ?? ''));
  if (verb < 0) return undefined;
  const named = mentions.filter((m) => m.kind === 'other' && m.ref.key !== undefined && !m.moved && !m.located && !m.reached && !m.person);
  const before = named.filter((m) => m.end <= verb && ['', 'on', 'aboard'].includes(leadOfVessel(site.tokens, m.first) ?? '-'));
  const vessel = before[before.length - 1] ?? named.find((m) => m.first > verb && ['on', 'aboard'].includes(leadOfVessel(site.tokens, m.first) ?? '-'));
  return vessel ? { refs: [{ text: vessel.ref.text, key: vessel.ref.key! }], via: 'clause' } : undefined;
}

/**
 * `…drowned 340 people; it is remembered as the First Flood`: the name the sentence goes on to say its
 * happening is known by is what its values are of, whatever it was first called (`a storm tide`).
 */
function knownAsAfter(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): Mention | undefined {
  const t = site.tokens;
  const ledByKnownAs = (m: Mention) => {
    let k = m.first - 1;
    while (k > 0 && (t[k]!.lower === 'the' || ORDINALS.has(t[k]!.lower))) k--;
    return t[k]?.lower === 'as' && /^(remembered|known)$/.test(t[k - 1]?.lower ?? '');
  };
  return mentions.find((m) => m.kind === 'event' && resolved.has(m) && (m.ref.key !== undefined || m.ref.ordinal !== undefined) && m.first > site.end && ledByKnownAs(m));
}

/** Moments of a building or a work, dated: what was opened or built is what they are of. */
const WORK_MOMENTS = new Set(['opened', 'built']);

/**
 * What was opened, consecrated or built: a thing named before the verb, in its clause (`The Grand Pump
 * Room opened on 2 July 1862`, `The Strey Bridge was opened in 1704`), else right after it (`unveiled
 * the Kestrel Monument`). Not a person or a place something came from, went to or stood at.
 */
function workOf(site: ValueSite, mentions: readonly Mention[], measure: Measure): Subject | undefined {
  if (!phasesOf(measure.kind ?? '').some((p) => WORK_MOMENTS.has(p))) return undefined;
  const verb = site.tokens.findIndex((t, i) => i >= site.clause[0] && i < site.clause[1] && WORK_MOMENTS.has(DATE_PHASES.get(t.lower) ?? ''));
  if (verb < 0) return undefined;
  // (`The granite memorial on the Hesling foreshore was unveiled`: a name in a phrase of where the work
  // stands is no name of the work.)
  const whereItStands = (m: Mention) => /^(on|at|in|near|beside|by|above|below|over)$/.test(site.tokens[beforeArticle(site.tokens, m.first)]?.lower ?? '');
  const named = mentions.filter((m) => m.kind === 'other' && m.ref.key !== undefined && !m.moved && !m.located && !m.reached && !m.person && !whereItStands(m));
  // (`The Ravell Free Library on Quay Street, the gift of …, opened on 21 March 1908`: the name that
  // opens the sentence, whatever is set off after it.)
  // (Not across a clause joined by `and` or `;`: `Ravell laid the stone, and the library opened …`.)
  const joinedBetween = (m: Mention) => site.tokens.slice(m.end, verb).some((t) => t.lower === 'and' || t.text === ';');
  const opening = named.find((m) => m.end <= verb && (m.first === 0 || (m.first === 1 && site.tokens[0]!.lower === 'the')) && !joinedBetween(m));
  const before = named.filter((m) => m.end <= verb && m.first >= site.clause[0]);
  const thing = opening ?? before[before.length - 1] ?? named.find((m) => m.first === verb + 1 || (m.first === verb + 2 && site.tokens[verb + 1]?.lower === 'the'));
  // (A work is no event: two references by its name are the one work, whatever events the corpus tells of.)
  return thing ? { refs: [{ type: 'work', text: thing.ref.text, key: thing.ref.key! }], via: 'clause' } : undefined;
}

/** Words for a vessel, and for what kind it is, that may stand between `the` and its name. */
const VESSEL_WORDS = new Set('ship vessel brig schooner steamer steamship boat ferry frigate barque sloop liner packet emigrant hospital supply merchant'.split(' '));

/**
 * For a name after `the`, with at most two words for a vessel between (`the hospital ship Saint
 * Ilsa`), the word before that `the` ('' for none, or for one that is no word of going or coming); for
 * a name without `the`, undefined.
 */
function leadOfVessel(tokens: readonly Token[], first: number): string | undefined {
  for (let i = first - 1; i >= Math.max(0, first - 3); i--) {
    const t = tokens[i]!;
    if (t.lower === 'the') {
      const word = tokens[i - 1]?.lower ?? '';
      return word === 'on' || word === 'aboard' ? word : VOYAGE_MOMENTS.has(DATE_PHASES.get(word) ?? '') ? 'verb' : '';
    }
    if (!VESSEL_WORDS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** Acts dated in their own right, not moments of the event a text is about. */
const SEPARATE_ACTS = new Set(['arrested', 'arrived', 'departed', 'died', 'sent', 'verdict', 'resigned', 'reopened', 'retook', 'captured', 'formed', 'recorded', 'countered', 'opened', 'built']);

/**
 * Where the value holds: a place named in its clause (`a garrison of 340 men held out in Fort Sable`),
 * or one referred back to (`killed there`, a guess).
 */
function placeOf(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, row = false): { key: string; guessed: boolean } | undefined {
  // (In a table row, the place the row's event cell names: `| 17 Nov 1798 | Sinking at Wich Green | 2 |`.)
  const inClause = (m: Mention) => row ? m.first < nextCellEnd(site) : m.first >= site.clause[0] && m.end <= site.clause[1];
  const named = mentions.find((m) => m.located && m.ref.key && inClause(m));
  if (named) return { key: named.ref.key!, guessed: false };
  // `pushed back at Moscow (at the cost of, reportedly, over a million casualties)`: an aside in
  // brackets is of the clause just before it.
  const open = row ? -1 : openBracketBefore(site.tokens, site.first);
  if (open > 0) {
    const [from] = site.layout.clause(open - 1, open);
    const before = mentions.find((m) => m.located && m.ref.key && m.first >= from && m.end <= open);
    if (before) return { key: before.ref.key!, guessed: false };
  }
  const before = row ? undefined : placeOfClauseBefore(site, mentions);
  if (before) return { key: before, guessed: false };
  // `At Quarmby's mill, seventeen hands died`: a place set in front of the sentence is where its
  // first clause after the comma happened.
  const comma = site.tokens.findIndex((t) => t.text === ',');
  if (!row && /^(at|in)$/.test(site.tokens[0]?.lower ?? '') && comma > 0 && site.clause[0] <= comma + 1 && !site.tokens.slice(comma + 1, site.clause[0]).some((t) => t.text === ',')) {
    const fronted = mentions.find((m) => m.located && m.ref.key && m.first === 1 && m.end <= comma);
    if (fronted) return { key: fronted.ref.key!, guessed: false };
  }
  // `killed there`, `the pit closed`, `it fell`: a reference back to a place the text named.
  const place = mentions.filter(inClause).map((m) => resolved.get(m)).find((r) => r?.type === 'place' && r.key !== undefined);
  return place ? { key: place.key!, guessed: true } : undefined;
}

/**
 * The place the clause just before a value's names, where that clause is where the value's happened:
 * `the main collapsed at Saltmere Works, killing 19 workers` (a clause a participle opens after a
 * comma tells what the clause before it did, there), and `The second collapse, at Saltmere East on
 * 1 September 1931, killed 19 men` (a place set off by commas between a subject and its verb is where
 * the verb's clause happened).
 */
function placeOfClauseBefore(site: ValueSite, mentions: readonly Mention[]): string | undefined {
  const t = site.tokens;
  const start = site.clause[0];
  if (t[start - 1]?.text !== ',' || start < 2) return undefined;
  const [from] = site.layout.clause(start - 2, start - 1);
  const participle = /^\p{Ll}+ing$/u.test(t[start]?.text ?? '');
  const setOff = !participle && t[from - 1]?.text === ',' && /^(at|in)$/.test(t[from]?.lower ?? '');
  if (!participle && !setOff) return undefined;
  return mentions.find((m) => m.located && m.ref.key && m.first >= from && m.end <= start - 1)?.ref.key;
}

/** The `(` the token at `i` is inside, if it is inside one. */
function openBracketBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k]!.text === ')') return -1;
    if (tokens[k]!.text === '(') return k;
  }
  return -1;
}

/** Words that open a clause of time or cause. */
const SUBORDINATORS = new Set(['once', 'when', 'after', 'because', 'since', 'until', 'till', 'before', 'as']);

/** Sides named in the value's clause, else the nearest before it in its part of the sentence. */
function sidesOf(site: ValueSite, mentions: readonly Mention[]): string[] | undefined {
  const all = mentions.filter((m) => m.kind === 'side');
  // `an Oskendari force of about 9,500`, `3,400 Oskendari soldiers`: the side of the value's own phrase.
  const own = all.filter((m) => (m.end <= site.first && site.first - m.end <= 4) || (m.first >= site.end && m.first - site.end <= 1));
  if (own.length > 0) return [...new Set(own.map((m) => m.ref.key!))];
  // (`251 prisoners were exchanged for 300 Skarrans`: the side of another count's own phrase is that count's.)
  // (`Once the Germans invaded …, the casualties went past four million`: who a clause of time or
  // cause tells of is not the side of a value after it.)
  const opensClause = (m: Mention) => {
    const k = beforeArticle(site.tokens, m.first);
    return m.end <= site.first && SUBORDINATORS.has(site.tokens[k]?.lower ?? '');
  };
  const sides = all.filter((m) => m.role !== 'opponent' && !site.layout.inOtherValue(m.first - 1, site.first) && !opensClause(m));
  const [from, to] = site.clause;
  const inClause = sides.filter((m) => m.first >= from && m.end <= to).map((m) => m.ref.key!);
  if (inClause.length > 0) return [...new Set(inClause)];
  // (A table row's cells are joined by bars, no semicolons: `| Soviet casualties at Moscow | 650,000 |`.)
  let semicolon = -1;
  for (let i = 0; i < site.first; i++) if (site.tokens[i]!.text === ';' && !isCellBar(site.tokens[i]!)) semicolon = i;
  // (`the Germans are pushed back, but it costs 1.5 million casualties`: a turn to the other side.)
  let turn = -1;
  for (let i = 0; i < site.first; i++) if (/^(but|while|whereas|although|though)$/.test(site.tokens[i]!.lower)) turn = i;
  const before = sides.filter((m) => m.end <= site.first && m.first > semicolon && m.first > turn);
  const nearest = before[before.length - 1];
  return nearest ? [nearest.ref.key!] : undefined;
}

/** Who fought on which footing: a count of defenders is not a count of attackers, nor of all. */
const FIGHTING_ROLES: Record<string, string> = wordTable({
  defenders: 'defenders', defender: 'defenders', besieged: 'defenders',
  besiegers: 'attackers', besieger: 'attackers', attackers: 'attackers', attacker: 'attackers', assailants: 'attackers', stormers: 'attackers',
});

const SHARE_OF_MEN = new Set(['men', 'soldiers', 'troops']);

/**
 * `90% of the men in penal companies`: a share of the men in some kind of unit is a share of that
 * body, not of the whole army.
 */
function bodyWithin(t: readonly Token[], end: number): string | undefined {
  let i = end;
  if (t[i]?.lower !== 'of') return undefined;
  if (t[i + 1]?.lower === 'the') i++;
  if (!SHARE_OF_MEN.has(t[i + 1]?.lower ?? '') || !/^(in|of)$/.test(t[i + 2]?.lower ?? '')) return undefined;
  for (let j = i + 3; j < Math.min(t.length, i + 6); j++) {
    const w = t[j]!;
    if (w.kind !== 'word' || !/^\p{Ll}/u.test(w.text)) return undefined;
    if (UNIT_WORDS.has(w.lower)) return `within ${t.slice(i + 3, j + 1).map((x) => x.lower).join(' ')}`;
  }
  return undefined;
}

/** Kin words a body uses of its own members. */
const FELLOWSHIP_WORDS = new Set(['brothers', 'sisters', 'brethren']);

/** Whose a body of men is: `his`, `my`, `Quarmby's`. */
const OWNER = /^(his|her|their|my|our)$|^\p{L}+['’]s$/u;

/**
 * `12 of his yeomen`, `Seventeen of my own hands`, `Deaths among Quarmby's hands | 17`: part of
 * someone's own body of men, named by its own word (not `his men`, `his sailors`, which may be all).
 */
function ownBody(site: ValueSite, row: boolean): string | undefined {
  const t = site.tokens;
  const bodyAt = (i: number): string | undefined => {
    if (!OWNER.test(t[i]?.lower ?? '')) return undefined;
    const said = t[i + 1]?.lower === 'own';
    const body = said ? t[i + 2] : t[i + 1];
    // (`Twenty-two of our brothers were arrested`: a union or a congregation calls its members brothers
    // or sisters; they are its men, as `our men` are, not one family's.)
    if (!said && t[i]!.lower === 'our' && FELLOWSHIP_WORDS.has(body?.lower ?? '')) return undefined;
    // (`three of his own children`: with `own`, whatever is counted is theirs alone; so are kin,
    // `Nine of our children`, with it or not.)
    return body?.kind === 'word' && /^(\p{Ll}+(s|men)|children|brethren)$/u.test(body.text) && ((said && !COUNT_KINDS.has(body.lower)) || isKinPlural(body.lower) || (!COUNTED_THINGS.has(body.lower) && !COUNT_KINDS.has(body.lower))) ? `own ${body.lower}` : undefined;
  };
  if (t[site.end]?.lower === 'of') return bodyAt(site.end + 1);
  // (In a table row, its label cell says whose: `| Deaths among Quarmby's hands | 17 |`.)
  for (let i = row ? 0 : site.clause[0]; i < site.first - 1; i++) if (t[i]!.lower === 'among') return bodyAt(i + 1);
  return undefined;
}

/**
 * `| Place | Dead |` over `| Castlebeck | 78 |`: a column of places gives each its own share, as
 * `Castlebeck alone` would (`| Fennelby, second outbreak | 874 |` too); not in a row that tells an
 * event of its own in another cell, `| Brinscombe viaduct | Timber centring gave way … | 14 |`, one
 * of a list of accidents.
 */
function placeCellOwning(t: readonly Token[], mentions: readonly Mention[]): Mention | undefined {
  const cell = mentions.find((m) => m.located === true && m.ref.key !== undefined && inPlaceCell(t, m.first));
  if (!cell) return undefined;
  const sameCell = (m: Mention) => !t.slice(Math.min(m.first, cell.first), Math.max(m.first, cell.first)).some((x) => x.text === ';');
  return mentions.some((m) => m.kind === 'event' && !m.plural && !sameCell(m)) ? undefined : cell;
}

/** `Cresswold lost 41 per cent of its herd`: a share of what a place or body named before it owns is that one's own. */
function ownerOfShare(site: ValueSite, mentions: readonly Mention[]): Mention | undefined {
  const t = site.tokens;
  if (site.value.interval.dimension !== 'fraction' || t[site.end]?.lower !== 'of' || !/^(its|their)$/.test(t[site.end + 1]?.lower ?? '')) return undefined;
  const owners = mentions.filter((m) => (m.kind === 'other' || m.kind === 'unit') && m.ref.key !== undefined && !m.person && m.role === undefined && m.first >= site.clause[0] && m.end <= site.first);
  const owner = owners.at(-1);
  // (`the Winter War against Finland … had cost it a fifth of its manpower`: `its` is the pronoun's, not the name's.)
  return owner && !t.slice(owner.end, site.first).some((x) => /^(it|they|them|he|she|him|her)$/.test(x.lower)) ? owner : undefined;
}

/**
 * `Buried in this churchyard of the blue fever this year, one hundred and seventy-six souls`, `176
 * were buried in St Bride's churchyard`: a count told in one parish or churchyard is that place's
 * alone, a part of any toll (said so on both sides, the two are the same body).
 */
function thisPlacesOwn(site: ValueSite): string | undefined {
  const t = site.tokens;
  for (let i = 0; i < site.clause[1]; i++) {
    if (!/^(in|of|into)$/.test(t[i]!.lower) || i === site.first - 1) continue;
    for (let k = i + 1; k <= i + 4 && k < t.length && !(k >= site.first && k < site.end); k++) {
      if (LOCAL_PLACES.has(t[k]!.lower)) return `own ${t[k]!.lower}`;
      if (t[k]!.kind !== 'word' || (/^\p{Ll}/u.test(t[k]!.text) && !/^(this|the|that)$/.test(t[k]!.lower))) break;
    }
  }
  return undefined;
}

/** Places a record keeper writes of as their own (`this parish`). */
const LOCAL_PLACES = new Set(['parish', 'churchyard', 'graveyard', 'township']);

/**
 * `Ann Scholey lost two children within three days`, `buried three sons`: the kin someone lost are
 * their own loss, part of a toll, never all of it.
 */
function familyLost(site: ValueSite): string | undefined {
  const t = site.tokens;
  if (!/^(lost|buried|mourned)$/.test(t[site.first - 1]?.lower ?? '')) return undefined;
  // (`two of their children`, `two of his sister's children`: past whose they are.)
  let at = site.end;
  let owned = false;
  if (t[at]?.lower === 'of') {
    at++;
    while (at < site.end + 4 && /^(my|his|her|their|our|your|own)$|['’]s$/.test(t[at]?.lower ?? '')) [at, owned] = [at + 1, true];
  }
  const kin = t[at]?.lower ?? '';
  if (isKinPlural(kin)) return `own ${kin}`;
  // `Ventris lost eleven of his mill hands`, `lost nine of her crew`: some of whoever someone had are
  // their own loss too, named by the phrase's last word (`hands`).
  if (!owned) return undefined;
  const head = phraseHead(t, at, site.clause[1]);
  // (`We have buried 161 of our townspeople`: who says `our` of a settlement's people speaks as the
  // settlement, and counts its people, not a part of them; `his parishioners` are one man's flock.)
  if (t[at - 1]?.lower === 'our' && SETTLEMENT_PEOPLE.has(t[head]?.lower ?? '')) return undefined;
  return /^\p{Ll}{3,}$/u.test(t[head]?.text ?? '') && !isStopword(t[head]!.lower) ? `own ${t[head]!.lower}` : undefined;
}

/**
 * `the printed list leaves out seven Skerrow men`, `omits 12 names`: those a count or a list leaves
 * out are a body of their own, a part of the whole it misses, never the whole.
 */
function leftOut(t: readonly Token[], lead: number): boolean {
  if (t[lead - 1]?.lower === 'out') return /^(leaves|left|leave|leaving)$/.test(t[lead - 2]?.lower ?? '');
  return /^(omits|omitted|omit|omitting|excludes|excluded|exclude|excluding|misses|missed)$/.test(t[lead - 1]?.lower ?? '');
}

/** A word for kin, in the plural (`children`, `sons`; the lexicon's kin words are singular). */
function isKinPlural(word: string): boolean {
  return /(ren|s)$/.test(word) && KIN_WORD.test(word.replace(/(ren|s)$/, ''));
}

/**
 * `The coroner's roll and the court rolls together name 172 people`: texts that tell a count together,
 * not a toll of several things at once.
 */
function tellsTogether(next: string | undefined): boolean {
  return next !== undefined && (SPEECH_VERBS.has(next) || /^(names?|lists?|gives?|give|show|shows)$/.test(next));
}

/** Verbs of a deed done to people, who are then not the doer's own (`killed 96 Germans`, `shut its gates on 1,350`). */
const DEEDS_TO_OTHERS = new Set(['killed', 'slew', 'massacred', 'shot', 'captured', 'took', 'seized', 'arrested', 'imprisoned', 'hanged',
  'executed', 'deported', 'expelled', 'evacuated', 'rescued', 'fed', 'employed', 'hired', 'dismissed', 'sacked', 'shut', 'locked', 'routed', 'drove']);

/**
 * `The 4th Lancers killed 96 Germans`, `The Brackwick Salt Company shut its gates on 1,350 men`: a
 * body of men named before the value that does a deed to those counted is not the body counted
 * (`the 4th Lancers lost 96` is).
 */
function actsOnCounted(t: readonly Token[], unit: Pick<Mention, 'end'>, site: ValueSite): boolean {
  if (unit.end > site.first) return false;
  for (let i = unit.end; i < site.first; i++) {
    if (DEEDS_TO_OTHERS.has(t[i]!.lower) && !/^(was|were|been|being|be|is|are)$/.test(t[i - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * `The schooner's seven crew were lost as well, so the night cost eighteen lives in all`: a total told
 * `in all` (`in total`, `all told`) after another count of its sentence adds that one in with others.
 */
function sumOfTheCountsBefore(site: ValueSite, ofTime = false): boolean {
  const after = site.tokens.slice(site.end, site.end + 4).map((x) => x.lower).join(' ');
  if (!/(^| )(in all|in total|all told)( |$)/.test(after)) return false;
  // (Of a length, another length: `stayed out until 12 May, ten weeks in all` adds nothing to its dates.)
  for (let i = 0; i < site.first; i++) if (site.layout.inOtherValue(i, site.first) && (!ofTime || timeUnitOf(site.tokens[i]!.text) !== undefined)) return true;
  return false;
}

/**
 * A body named right after the value: of a share, the body it is a part of (bodyWithin); of a count,
 * a named army's men told by its name before their noun (`half a million Red Army soldiers`).
 */
function bodyRightAfter(site: ValueSite, mentions: readonly Mention[]): string | undefined {
  const t = site.tokens;
  if (site.value.interval.dimension === 'fraction') return bodyWithin(t, site.end);
  if (site.value.interval.dimension !== 'count') return undefined;
  const men = mentions.find((m) => m.first === site.end && m.ref.key !== undefined && UNIT_WORDS.has(t[m.end - 1]?.lower ?? '') && /^(men|soldiers|troops|sailors|officers)$/.test(t[m.end]?.lower ?? ''));
  return men?.ref.key;
}

/**
 * `4 million casualties plus 3 million prisoners, so about 7 million men lost`, `12 + 9 = 21`: a value
 * after something added and a word that gives the result is a sum of several counts, none of them alone.
 */
function resultOfASum(before: readonly string[]): boolean {
  const added = Math.max(before.lastIndexOf('plus'), before.lastIndexOf('+'));
  return added >= 0 && before.slice(added + 1).some((w) => /^(so|making|makes|=|equals|giving|totalling|totaling)$/.test(w));
}

/** The body of men counted: `the 4th Lancers`, `our company`; `the regiment` is the one named before. */
function groupOf(site: ValueSite, mentions: readonly Mention[], discourse: Discourse, row: boolean): string | undefined {
  // `Counting the captain and his mate, six men died`, `including civilians, …`: a total that adds
  // others in counts a larger body than a count that does not.
  if (/^(counting|including|adding)$/.test(site.tokens[0]?.lower ?? '') && site.clause[0] > 0) return 'with others';
  const t = site.tokens;
  // `Together, the fall and the breach killed 20`, `between them`, `Added up, that is 4,350`: a toll
  // of several things at once.
  const before = t.slice(0, site.first).map((x) => x.lower);
  if (before.some((w, i) => (w === 'together' && !tellsTogether(before[i + 1])) || (/^(added|adding|summed)$/.test(w) && before[i + 1] === 'up')) ||
    before.includes('altogether') || before.includes('combined') || (before.includes('between') && before.includes('them')) || resultOfASum(before)) return 'together';
  if (sumOfTheCountsBefore(site)) return 'in all';
  // `nineteen from the village died of it as well`, `besides`, `in addition`: others than those
  // counted before, not the whole toll.
  const clause = t.slice(site.clause[0], site.clause[1]).map((x) => x.lower);
  if (clause.includes('besides') || clause.some((w, i) => (w === 'as' && clause[i + 1] === 'well') || (w === 'in' && clause[i + 1] === 'addition'))) return 'besides';
  // `The Steadfast alone had nineteen men killed`: the own count of one ship, crew or body the
  // corpus names no event after, not the toll of the event it was part of (`Stalingrad alone` is).
  // (`drowned 400 people in Ferrish alone`: so is a place's own share of a toll, named after the count.)
  const bodyAlone = (m: Mention) => (m.kind === 'other' || m.kind === 'unit') && !m.located && m.ref.type === undefined && m.first >= site.clause[0] && m.end < site.first;
  // (`on Ferrin alone`: an island's, or a front's, place is `on` it.)
  const placeAlone = (m: Mention) => (m.located === true || t[m.first - 1]?.lower === 'on') && m.first > site.end && m.end < site.clause[1];
  const alone = mentions.find((m) => m.ref.key !== undefined && t[m.end]?.lower === 'alone' && (bodyAlone(m) || placeAlone(m)));
  const alonePart = alone ?? (row ? placeCellOwning(t, mentions) : undefined) ?? ownerOfShare(site, mentions);
  if (alonePart && (site.value.interval.dimension === 'count' || site.value.interval.dimension === 'fraction')) return `alone ${alonePart.ref.key}`;
  if (site.value.interval.dimension === 'count' && leftOut(t, leadOf(site))) return 'left out';
  // (`the constable arrested 6 of the 23 rioters`: someone's share of a deed done to a whole its
  // sentence counts, never the whole's count. Not `six of the seven were saved`: all the saved.)
  if (site.value.interval.dimension === 'count' && isPastVerb(t[leadOf(site) - 1]) && partOfACount(t, site.end)) return 'part';
  const own = site.value.interval.dimension === 'count' ? ownBody(site, row) ?? familyLost(site) ?? thisPlacesOwn(site) : undefined;
  if (own) return own;
  const named = bodyRightAfter(site, mentions);
  if (named) return named;
  // (A body the value's own clause names outranks one an earlier clause named: `The crossing cost the
  // 4th Lancers dearly, and Vale's company lost eight men`.)
  // (Nor one an earlier clause named, where the value counts other people by its own noun: `Soldiers
  // of the 4th Foot cleared the hall, 112 students were arrested`.)
  const noun = t[site.end];
  const othersCounted = noun !== undefined && /^\p{Ll}+s$/u.test(noun.text) && !COUNT_KINDS.has(noun.lower) && !/^(men|soldiers|troops|officers|ranks)$/.test(noun.lower);
  const ownsBody = (m: Mention) => m.first >= site.clause[0] || (!othersCounted && !t.slice(site.clause[0], site.first).some((x) => UNIT_WORDS.has(x.lower) && /^\p{Ll}/u.test(x.text)));
  const unit = mentions.find((m) => m.kind === 'unit' && m.first < site.clause[1] && ownsBody(m));
  // (A row's label cell says whose the count is, not what they did: `3rd Foot killed` is no deed.)
  const labelCell = row && unit !== undefined && t.slice(unit.end, site.first).some((x) => x.text === ';');
  if (unit?.ref.key && (labelCell || !actsOnCounted(t, unit, site))) return unit.ref.key;
  // (`| Killed in action | 118 |` under `| Casualties of the 14th Foot, siege of Ostwick | Number |`:
  // a table's header or the heading above it says whose men its rows count.)
  if (row && site.value.interval.dimension === 'count' && discourse.tableUnit() !== undefined) return discourse.tableUnit();
  // `27 defenders were killed`: those who held, or those who attacked, not everyone who died.
  const role = site.value.interval.dimension === 'count' ? FIGHTING_ROLES[t[site.end]?.lower ?? ''] : undefined;
  if (role) return role;
  // `It lost 41 killed`: a pronoun that loses men is the body of men named last (an event loses none).
  const pronoun = t.findIndex((x, i) => i >= site.clause[0] && i < site.first && /^(it|they)$/.test(x.lower) && /^(lost|suffered)$/.test(t[i + 1]?.lower ?? ''));
  if (pronoun >= 0 && site.value.interval.dimension === 'count' && discourse.unit() !== undefined) return discourse.unit();
  // `a garrison of 640 men`, `a relief column of 3,200`, `Stannard's army of about 5,000`: the force
  // whose size the count is, is the body counted.
  // (Only its size: `the army lost 600 men` counts the army's losses, not a body within it.)
  const lead = leadOf(site);
  const force = t[lead - 2];
  if (t[lead - 1]?.lower === 'of' && force && FORCE_NOUNS.has(force.lower) && /^\p{Ll}/u.test(force.text)) return force.lower.replace(/s$/, '');
  // The unit word nearest before the value, else the first after it (`Dresk's regiment lost 40 and his own company 22`).
  const nearest: number[] = [];
  for (let i = site.first - 1; i >= Math.max(0, site.clause[0]); i--) nearest.push(i);
  for (let i = site.end; i < site.clause[1]; i++) nearest.push(i);
  for (const i of nearest) {
    // `212 men of the Lancers`: a unit's own word, capitalised, is the unit the text named by it (`the 4th Lancers`).
    const named = UNIT_WORDS.has(t[i]!.lower) && /^\p{Lu}/u.test(t[i]!.text) && t[i - 1]?.lower === 'the' ? discourse.unit() : undefined;
    if (named?.split(' ').includes(stem(t[i]!.lower)) && !actsOnCounted(t, { end: i + 1 }, site)) return named;
    if (!UNIT_WORDS.has(t[i]!.lower) || /^\p{Lu}/u.test(t[i]!.text)) continue;
    // `the whole army`, `the army as a whole`: all of it, not the unit named before.
    if (/^(whole|entire)$/.test(t[i - 1]?.lower ?? '') || (t[i + 1]?.lower === 'as' && t[i + 3]?.lower === 'whole')) return undefined;
    const det = t[i - 1]?.lower;
    // `our company`, `his own company`, `Gorrie's own company`: someone's own unit. So is `Vane's regiment`,
    // a named person's unit smaller than a side's army (`Dresk's army` is a side: forceLeader).
    if (det === 'our' || det === 'my' || det === 'his' || det === 'her' || det === 'own') return `own ${t[i]!.lower}`;
    if (/^\p{Lu}.*['’]s$/u.test(t[i - 1]?.text ?? '') && !LED_BODIES.has(t[i]!.lower)) return `own ${t[i]!.lower}`;
    // (`The Company locked out 1,350 workers`: not the body that did the deed to those counted.)
    if ((det === 'the' || det === 'that' || det === 'this') && !actsOnCounted(t, { end: i + 1 }, site)) return discourse.unit();
  }
  return undefined;
}

/**
 * `in the first six months`, `the opening months`: a count of the start; `throughout the war`: of all
 * of it. Said in the value's clause, or set in front of its sentence (`In the first months, …`).
 */
function scopeOf(site: ValueSite): string | undefined {
  const rate = site.value.interval.dimension === 'count' ? rateOf(site) : undefined;
  if (rate) return rate;
  if (site.value.interval.dimension === 'count' && (soFar(site.tokens.slice(site.clause[0], site.clause[1])) || reportedFromDocument(site.tokens, site.first))) return 'so far';
  // (`In January 1943 alone, about 100,000 men died`: a part of the time, set in front of the sentence.)
  const opening = site.tokens.slice(0, site.clause[0]);
  const words = opening.map((t) => t.lower);
  if (site.value.interval.dimension === 'count' && opening.some((_, i) => timeAlone(opening, i) || firstDays(words, i))) return 'so far';
  return scopeIn(site.tokens.slice(site.clause[0], site.clause[1])) ?? (site.clause[0] > 0 ? scopeIn(site.tokens.slice(0, site.clause[0])) : undefined);
}

const RATE_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'night']);

/**
 * `roughly 10,000 lives for every day of the fighting`, `died at 300 a day`, `per week`, `daily`: a
 * count for each span of time, a rate, not what the whole came to (scope `each day`).
 */
function rateOf(site: ValueSite): string | undefined {
  const t = site.tokens;
  for (let i = site.end; i < Math.min(site.clause[1], site.end + 6); i++) {
    const w = t[i]!.lower;
    const every = everySpanAt(t, i);
    if (every) return every;
    // (`a day` only right after the count or its noun: `300 a day`, `300 men a day`; not `in a day`.)
    const unit = spanAfter(t, i);
    if (/^(a|an)$/.test(w) && unit !== undefined && i <= site.end + 1 && t[i - 1]?.lower !== 'in') return `each ${unit}`;
  }
  // (`| Deaths per day of the battle | about 10,000 |`, `Every day, 300 died`: said before it in its sentence.)
  for (let i = 0; i < site.first; i++) {
    const every = everySpanAt(t, i);
    if (every) return every;
  }
  return undefined;
}

/** `daily`, `every day`, `per week`, `for every single day`: each span of time the words at `i` say, as a rate's scope. */
function everySpanAt(t: readonly Token[], i: number): string | undefined {
  const w = t[i]!.lower;
  if (/^(daily|weekly|monthly|nightly|hourly)$/.test(w)) return `each ${w === 'daily' ? 'day' : w.replace(/ly$/, '')}`;
  const unit = /^(every|each|per)$/.test(w) ? spanAfter(t, i) : undefined;
  return unit === undefined ? undefined : `each ${unit}`;
}

/** The span of time named right after `i` (`day`, `single day`: a word that stresses it is none), if one is. */
function spanAfter(t: readonly Token[], i: number): string | undefined {
  const unit = (t[i + 1]?.lower === 'single' ? t[i + 2] : t[i + 1])?.lower ?? '';
  return RATE_UNITS.has(unit) ? unit : undefined;
}

/** `by then`, `by midnight`: a count up to that moment. */
const BY_THEN = new Set(['then', 'now', 'midnight', 'nightfall', 'dawn', 'noon', 'morning', 'evening', 'night', 'sunset', 'sundown']);

/**
 * `61 of the garrison were already dead`, `Sixty-one of us are dead now`, `by midnight 21 were counted
 * dead`, `by the end of January`: a count so far, while it went on, not its toll.
 */
function soFar(tokens: readonly Token[]): boolean {
  const words = tokens.map((t) => t.lower);
  const present = words.some((w) => /^(is|are|have|has)$/.test(w));
  return words.some((w, i) => w === 'already' || (w === 'so' && words[i + 1] === 'far') || (w === 'by' && BY_THEN.has(words[i + 1] ?? '')) ||
    oneDay(words, i) || (w === 'now' && present) || (w === 'by' && (byMonth(words.slice(i + 1, i + 5)) || byDay(words.slice(i + 1, i + 4)))) || timeAlone(tokens, i) || firstDays(words, i));
}

/** `by Saturday`, `by the following Saturday`, `by the next morning`: a day after the event, while the count went on. */
function byDay(after: readonly string[]): boolean {
  const day = after[0] === 'the' && /^(following|next)$/.test(after[1] ?? '') ? after[2] : after[0];
  return WEEKDAYS.has(day ?? '') || (after[0] === 'the' && /^(day|week|morning|evening|night)$/.test(day ?? ''));
}

/** `In January 1943 alone`, `in the first week of September 1891 alone`: a count of that time only. */
function timeAlone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return tokens[i]!.lower === 'alone' && before !== undefined &&
    (before.kind === 'number' || MONTHS[before.lower] !== undefined || /^(days?|weeks?|months?|nights?|years?|morning|night|winter|summer|spring|autumn)$/.test(before.lower));
}

/** `in the first week`, `on the first day`: a count of a few days of it, never its toll. */
function firstDays(words: readonly string[], i: number): boolean {
  return OPENING_WORDS.has(words[i]!) && /^(days?|weeks?|nights?|hours?)$/.test(words[i + 1] ?? '');
}

/**
 * `Four men were taken up today`, `eleven bodies this morning` (a diary's count of one day); `seven
 * were dead the day after the fire broke out`, `by the next morning` (at a moment, not in all).
 */
function oneDay(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1] ?? '';
  // (`Three dead this week`: a diary's count of one week, as of one day.)
  return /^(today|yesterday|tonight)$/.test(w) || (/^(this|last)$/.test(w) && /^(morning|night|evening|week)$/.test(next)) ||
    (/^(day|morning)$/.test(w) && next === 'after' && words[i - 1] === 'the') || (/^(next|following)$/.test(w) && /^(day|morning)$/.test(next));
}

/** `by January`, `by the end of January`, `by late October`: a month, not the end of what is counted. */
function byMonth(after: readonly string[]): boolean {
  const month = after[0] === 'the' && /^(end|middle|start|beginning)$/.test(after[1] ?? '') && after[2] === 'of' ? after[3] : /^(early|late|mid)$/.test(after[0] ?? '') ? after[1] : after[0];
  return MONTHS[month ?? ''] !== undefined;
}

function scopeIn(tokens: readonly Token[]): string | undefined {
  const words = tokens.map((t) => t.lower);
  const span = /^(months?|weeks?|days?|year|phase|phases|stages?|winter|summer)$/;
  if (words.some((w, i) => OPENING_WORDS.has(w) && (span.test(words[i + 1] ?? '') || span.test(words[i + 2] ?? '')))) return 'opening';
  // `within half a year`, `within six weeks`: the first so long of something.
  if (words.some((w, i) => w === 'within' && words.slice(i + 1, i + 4).some((x) => /^(months?|weeks?|days?|years?)$/.test(x)))) return 'opening';
  // `In only six months the Red Army had four million casualties`: so many months from its start.
  // (Not `in four years of war`, which may be all of it.)
  if (words.some((w, i) => w === 'in' && monthsFromStart(tokens, i + 1))) return 'opening';
  if (words.some((w, i) => WHOLE_SPAN_WORDS.has(w) && words.slice(i + 1, i + 4).some((x) => EVENT_TYPES.get(x) === 'war'))) return 'whole';
  // `in that same week`, `in a single week`, `in a single day`: a count of one day, week or month of
  // it, never its toll.
  const spanAt = (i: number) => (/^(same|single)$/.test(words[i] ?? '') ? words[i + 1] : words[i]) ?? '';
  if (words.some((w, i) => w === 'in' && /^(that|this|one|a)$/.test(words[i + 1] ?? '') && /^(days?|nights?|weeks?|months?)$/.test(spanAt(i + 2)))) return 'so far';
  return undefined;
}

/** Hedges of a span's shortness: `in only six months`, `in just two years`, `in a mere three months`. */
const SHORT_SPAN = new Set(['only', 'just', 'barely', 'a', 'mere', 'little', 'less', 'than', 'under']);

/** `six months`, `only two years` from token `at` on, not followed by `of` (`four years of war`). */
function monthsFromStart(tokens: readonly Token[], at: number): boolean {
  let i = at;
  while (i < at + 3 && SHORT_SPAN.has(tokens[i]?.lower ?? '')) i++;
  const n = parseNumber(tokens as Token[], i);
  return n !== undefined && !n.ordinal && /^(months|years)$/.test(tokens[n.end]?.lower ?? '') && tokens[n.end + 1]?.lower !== 'of';
}

/** `according to X`, `X writes`, `one descendant reports`: who tells it (never the subject). */
function informantOf(tokens: readonly Token[]): string | undefined {
  const i = tokens.findIndex((t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to');
  const words = (from: number, to: number) => tokens.slice(from, to).filter((t) => t.kind === 'word').map((t) => t.text).join(' ');
  if (i >= 0) {
    let end = i + 2;
    while (end < tokens.length && end < i + 6 && tokens[end]!.kind !== 'punct') end++;
    return words(i + 2, end) || undefined;
  }
  const v = tokens.findIndex((t) => SPEECH_VERBS.has(t.lower));
  if (v <= 0) return undefined;
  let start = v;
  while (start > 0 && v - start < 3 && tokens[start - 1]!.kind === 'word') start--;
  return words(start, v) || undefined;
}

/** A document named by its name right before or after a date, with only marks between (a dash, a cell's bar). */
function documentBeside(site: ValueSite, mentions: readonly Mention[]): boolean {
  const t = site.tokens;
  // (A table row is read with its header's words: `Order No. 227 event ; date 27 July 1942`.)
  const onlyMarks = (from: number, to: number) => to - from <= 3 && t.slice(from, to).every((x) => x.kind === 'punct' || isCellBar(x) || isHeaderWord(x) || x.lower === 'the');
  // (After the date, the name is the entry's label: nothing follows it but a mark, not `the Treaty of Orlen was read aloud`.)
  const label = (m: Mention) => t[m.end] === undefined || t[m.end]!.kind === 'punct' || isCellBar(t[m.end]!);
  return mentions.some((m) => m.kind === 'event' && m.ref.key !== undefined && DOCUMENT_TYPES.has(m.ref.type ?? '') &&
    ((m.first >= site.end && onlyMarks(site.end, m.first) && label(m)) || (m.end <= site.first && onlyMarks(m.end, site.first))));
}

function measureOf(site: ValueSite, dimension: string, hasEvent: boolean, mentions: readonly Mention[], row: boolean, soleCount: boolean): Measure {
  switch (dimension) {
    case 'count': return countMeasure(site, row && soleCount);
    case 'duration': return durationMeasure(site);
    case 'date': {
      // `the flood on 9 February`, `the invasion of 1941-06-22`: an event named just before its date.
      const gap = (m: Mention) => site.tokens.slice(m.end, site.first).map((t) => t.lower);
      const event = mentions.find((m) => m.kind === 'event' && m.end <= site.first && gap(m).length <= 1 && gap(m).every((w) => /^(on|of|in|from|dated)$/.test(w)));
      // …unless the words just before the event say which moment of it (`came out on strike on 2 May`).
      const lead = event ? classAt(site.tokens, Math.max(0, event.first - 3), DATE_PHASES) ?? classAt(site.tokens, Math.max(0, event.first - 2), DATE_PHASES) : undefined;
      if (event && (lead === 'began' || lead === 'ended')) return { kind: lead };
      // (`Order No. 227 of August 1942`, `the treaty of 1648`: a document's date is when it was issued.)
      // (`wrecked the Treaty of Orlen in 1611` is no date of it.)
      if (event && !lead && event.role === undefined && DOCUMENT_TYPES.has(event.ref.type ?? '')) return { kind: 'issued' };
      if (reportDated(site.tokens, site.first)) return { kind: 'published' };
      // (`**27 July 1942** – Order No. 227: …`, `| Date of Order No. 227 | 27 July 1942 |`: a named
      // document set beside a date with no word between dates it.)
      if (documentBeside(site, mentions)) return { kind: 'issued' };
      // (`Order No. 227 followed in August 1942`, `the order came on 28 July`: a document that came then was issued then.)
      const came = documentCame(site.tokens, mentions, 0, site.first);
      if (came?.kind === 'event' && site.first - came.end <= 4) return { kind: 'issued' };
      return dateMeasure(site, hasEvent, event !== undefined, row, mentions.some((m) => m.kind === 'event'));
    }
    default: return fractionMeasure(site);
  }
}

/** The one year a value's sentence sets it in (the sentence's own, with no value): where its other dates, claims or not, all lie in one. */
function sentenceYear(sentence: SentenceToFrame, moments: readonly FoundValue[], value?: FoundValue): number | undefined {
  const years = new Set(sentence.sceneYears);
  for (const m of moments) if (m !== value) for (const y of yearsOfDate(m.interval)) years.add(y);
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * A subject's refs, set in a year by its heading or dateline: which of an event that happened more
 * than once. (A sentence's own year dates only the events it names: one taken from the paragraph may
 * be what the sentence's happening fell within, `a crowd stormed the lazaretto` during a quarantine.)
 * (`Napoleon invaded Russia on 24 June 1812`: a date's own year, where nothing sets one, tells only
 * that an unnamed event a generation from the corpus's one of its kind is another.)
 */
function datedRefs(subject: Subject, sentence: SentenceToFrame, moments: readonly FoundValue[], value: FoundValue, dimension: string, discourse: Discourse): EventRef[] {
  const said = !fromContext(subject);
  const ownYear = said ? sentenceYear(sentence, moments, value) : undefined;
  const refs = subject.refs.map((r) => withSectionYear(r, discourse, ownYear));
  // (And so does the day its paragraph told just before, where the sentence gives no year: `Brede
  // arrived on 3 September 1644 … His siege lasted 46 days` is not of a siege of 1850.)
  const day = ownYear === undefined ? discourse.day() : undefined;
  const dateOwnYear = said && dimension === 'date' && ownYear === undefined;
  const told = dateOwnYear ? yearOfItsOwn(value) : day !== undefined ? yearOfDay(day) : undefined;
  return told === undefined ? refs : refs.map((r) => (r.when === undefined && r.year === undefined && r.key === undefined ? { ...r, told } : r));
}

/** The one year a date falls in, if it falls in one. */
function yearOfItsOwn(value: FoundValue): number | undefined {
  const [first, last] = yearsOfDate(value.interval);
  return first === last ? first : undefined;
}

/**
 * `Then came the Hard Winter of 1770–71`: a name that is no event, person or place, with the year it
 * is of, tells of a time of its own; what the paragraph before ended on is no longer what goes on.
 */
function namesAPeriod(mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, values: readonly FoundValue[]): boolean {
  return mentions.some((m) => isPeriodName(m, resolved) && values.some((v) => v.interval.dimension === 'date' && datesPeriod(m, v.firstToken)));
}

/** Whether a date that opens at token `first` is a period name's own (`the Hard Winter of 1770–71`, or `Winter of 1770–71` read as the date). */
const datesPeriod = (m: Mention, first: number) => first > m.first && first <= m.end + 1;

/** A name that is no event, person or place the text resolves (`the Hard Winter`). */
const isPeriodName = (m: Mention, resolved: ReadonlyMap<Mention, EventRef>) => m.kind === 'other' && !resolved.has(m) && !m.person;

/** The year a sentence sets for the ones after it: its last date's. */
function yearOf(values: readonly FoundValue[]): number | undefined {
  const dates = values.filter((v) => v.interval.dimension === 'date');
  const last = dates[dates.length - 1];
  return last ? yearOfDay(last.interval.low) : undefined;
}

/** A name in the same clause as an unnamed event of a kind the corpus names after it: the event's name. */
function mergeNames(mentions: Mention[], layout: ClauseLayout): void {
  for (const m of mentions) {
    if (m.kind !== 'event' || m.ref.key || m.definite || m.plural) continue;
    const [from, to] = layout.clause(m.first, m.end);
    const name = mentions.find((n) => n.kind === 'name' && n.first >= from && n.end <= to && n.ref.key);
    if (name) m.ref = { ...m.ref, key: name.ref.key };
  }
}

export interface SentenceToFrame {
  /** The sentence's tokens, without those of its citations. */
  tokens: Token[];
  values: readonly FoundValue[];
  /** A table row: its cells are one sentence, and an event named in any cell is the row's. */
  row?: boolean;
  /** Its mentions, if already read (fresh objects: framing adjusts them). */
  mentions?: Mention[];
  /** The year it sets for the sentences after it (its last date's, a claim or not); else its last claim date's. */
  year?: number;
  /** The years of its dates that are no claims (`In 1701 …`, which only sets the scene). */
  sceneYears?: readonly number[];
}

/** `a 42-day quarantine`, `the 118-day siege`: the event word the value modifies, if any. */
function modifiedEvent(site: ValueSite, mentions: readonly Mention[]): Mention | undefined {
  return mentions.find((m) => m.kind === 'event' && m.ref.type !== undefined && m.first >= site.first && m.first <= site.end && m.end > site.end);
}

/**
 * `… compared with Stalin's Order No. 227, issued in August 1942`: a value in a participle set off by
 * a comma right after a named event is that event's, whatever role the name had in its clause.
 */
function describedAfterComma(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): Mention | undefined {
  const t = site.tokens;
  const namesEvent = (m: Mention) => {
    const ref = resolved.get(m);
    return ref?.key !== undefined && ref.type !== undefined && ref.type !== 'place';
  };
  const named = mentions.find((m) => t[m.end]?.text === ',' && m.end + 2 <= site.first && (m.kind === 'event' || m.kind === 'name') && namesEvent(m));
  if (!named) return undefined;
  const participle = t[named.end + 1]!;
  if (participle.kind !== 'word' || !/^\p{Ll}+ed$/u.test(participle.text)) return undefined;
  return t.slice(named.end + 2, site.first).every((x) => x.kind === 'word' && /^\p{Ll}/u.test(x.text)) ? named : undefined;
}

/** What a value measures, with the events a time between runs between. */
function valueMeasure(site: ValueSite, dimension: string, hasEvent: boolean, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, discourse: Discourse, row = false, soleCount = false): Measure {
  const measure = measureOf(site, dimension, hasEvent, mentions, row, soleCount);
  if (dimension === 'count') countedBefore(site, measure, discourse);
  // A table row's bare length (`| First famine | four months |`) is how long its event lasted.
  if (row && dimension === 'duration' && measure.kind === undefined && aloneInCell(site)) {
    measure.kind = 'length';
    // (`| Weeks of relief | 14 |`: the time of the doing its label names, if any.)
    const doing = labelledDoing(site);
    if (doing) measure.thing = doing;
  }
  // `a 42-day quarantine`: what went on is the event the value modifies, not another in its clause.
  const modified = modifiedEvent(site, mentions);
  if (dimension === 'duration' && modified && measure.kind === 'length') {
    const own = ACTIVITY_OF_TYPE[modified.ref.type!];
    if (own) measure.thing = own;
    else delete measure.thing;
  }
  // `went on for two hundred days after the order was read out`: a length told from an event, which
  // may be only the part of what lasted after it; it says what it counts from.
  if (measure.kind === 'length' && site.tokens[site.end]?.lower === 'after') {
    const { from } = endpoints(site, mentions, resolved);
    if (from) measure.from = from;
  }
  // `took three years to reach Berlin`, `it still took four more years to reach Berlin`, `the march to
  // Berlin took three years`: the time until the place was reached, whatever it counts from.
  const reached = dimension === 'duration' && measure.kind !== 'so far' && measure.kind !== 'ago' ? placeReached(site, mentions) : undefined;
  if (reached !== undefined) measure.kind = 'between';
  if (measure.kind === 'between') {
    Object.assign(measure, endpoints(site, mentions, resolved));
    if (reached !== undefined) measure.to = { ...measure.to, text: reached.text, phase: 'arrived', place: reached.key };
    // `seventy-two years after it opened` (to its closing): from an event's beginning to its end is its length.
    if (measure.from?.phase === 'began' && (measure.to?.phase === 'ended' || measure.to?.phase === 'closed')) {
      delete measure.from;
      delete measure.to;
      measure.kind = 'length';
    } else if (!measure.from && !measure.to && /^(later|afterwards|afterward)$/.test(site.tokens[site.end]?.lower ?? '')) {
      // `seven months later`: later than the event named before the value's clause, in its sentence or the last.
      const before = mentions.filter((m) => resolved.has(m) && m.end <= site.clause[0] && (m.kind === 'event' || m.kind === 'name'));
      const ref = before.length > 0 ? resolved.get(before[before.length - 1]!) : discourse.lastEvent();
      if (ref) measure.from = { ref, text: ref.text };
    } else if (!measure.from?.ref && measure.to && !toldFromAnAnchor(site)) {
      // `rescuers worked for six weeks to reach the last survivors`: counted from the start of the
      // one event the text is about. (Not a time after or before what it names: `after the Moscow
      // victory`, `signed only a year before the invasion`, whose own end is its clause's.)
      const last = discourse.lastSubjects();
      if (last.length === 1) measure.from = { ref: last[0]!, text: last[0]!.text, ...(measure.from?.phase ? { phase: measure.from.phase } : {}) };
    }
    // (And a time after an event, up to an attack on someone: `the Red Army attacked Japan three weeks after Germany fell`.)
    const target = reached === undefined ? targetAttacked(site, mentions) : undefined;
    if (target !== undefined) measure.to = { ...measure.to, text: target.text, phase: 'attacked', place: target.key };
  }
  return measure;
}

const LED_BODIES = new Set([...FORCE_NOUNS, 'men', 'troops', 'soldiers']);
/** What a commander's side suffered: `Thorne lost 190 men`. */
const LOST = new Set(['lost', 'suffered']);

/** Verbs after which a force's count is its own: its losses, its size. */
const OWN_COUNT_VERBS = new Set([...LOST, 'numbered', 'mustered', 'fielded', 'landed', 'had', 'totalled', 'totaled', 'counted']);

/**
 * `Wendle's men slaughtered 4,312 cattle`, `Ranald's army took 900 prisoners`: a count right after a
 * deed the force did, other than losing or numbering, counts those the deed was done to, not the force.
 */
function deedOnOthers(site: ValueSite): boolean {
  const verb = site.tokens[site.first - 1];
  return isPastVerb(verb) && !OWN_COUNT_VERBS.has(verb!.lower);
}

/**
 * `Ranald's army lost 1,180 killed`, `Ranald lost 1,180 men`: the person whose army, men or troops the
 * value's clause counts, when nothing between them names another body (`Dunstrey's army of 9,500
 * faced a garrison of 3,800`: the garrison is not Dunstrey's).
 */
function forceLeader(site: ValueSite, mentions: readonly Mention[]): string | undefined {
  const t = site.tokens;
  const leads = (x: Mention) => (/['’]s$/.test(t[x.end - 1]!.text) && LED_BODIES.has(t[x.end]?.lower ?? '')) ||
    ((x.kind === 'person' || x.person === true) && (LOST.has(t[x.end]?.lower ?? '') || (/^(had|has)$/.test(t[x.end]?.lower ?? '') && LOST.has(t[x.end + 1]?.lower ?? ''))));
  const m = mentions.find((x) => (x.kind === 'person' || x.kind === 'other') && x.ref.key && x.first >= site.clause[0] && x.end <= site.first && leads(x));
  if (!m || deedOnOthers(site)) return undefined;
  for (let i = m.end + 1; i < site.first; i++) {
    if (LED_BODIES.has(site.tokens[i]!.lower)) return undefined;
  }
  return m.ref.key!.split(' ').pop();
}

/**
 * `At Moscow they lost over a million more`, after a paragraph on Stalingrad: a value its clause sets
 * at a named place is not of an event carried over from earlier text that is named after another place.
 */
function carriedElsewhere(subject: FactFrame['subject'], place: string): boolean {
  if (!subject || subject.via === 'clause' || subject.via === 'sentence') return false;
  return subject.refs.every((r) => r.key !== undefined && keyRelation(r.key, place) === 'conflict');
}

/**
 * `the garrison numbered 1,400`, `| Garrison | 700 | 1,400 |`: the strength of a garrison the clause or
 * the row's label names is that body's, as `a garrison of 700` is; not that of a force that came to it.
 */
function garrisonCounted(site: ValueSite): string | undefined {
  const t = site.tokens;
  const from = t.slice(0, site.first).some(isCellBar) ? 0 : site.clause[0];
  return t.slice(from, site.first).some((x) => /^garrisons?$/.test(x.lower)) ? 'garrison' : undefined;
}

/** A frame's qualifiers: sides, the people it names, its body of men, its place, its span of time, its informant. */
function qualify(frame: FactFrame, site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, discourse: Discourse, informant: string | undefined, row = false): void {
  const dimension = frame.dimension;
  // Sides say whose men or losses a count is; a date or a length belongs to both sides alike.
  const sides = dimension === 'count' || dimension === 'fraction' ? sidesOf(site, mentions) : undefined;
  if (sides) frame.sides = sides;
  // `Oast had lost 1,150 men`: the people the clause names, whose side the corpus may know.
  const agents = mentions.filter((m) => (m.kind === 'person' || m.kind === 'other') && m.ref.key && m.first < site.clause[1] && m.end > site.clause[0] && m.role !== 'opponent')
    .map((m) => m.ref.key!.split(' ').pop()!);
  if (agents.length > 0 && (dimension === 'count' || dimension === 'fraction')) frame.agents = [...new Set(agents)];
  // A part listed after a count (`211 people: 164 settlers and 47 soldiers`) is the count of that part.
  const group = dimension === 'count' || dimension === 'fraction' ? (dimension === 'count' ? listedPart(site) : undefined) ?? groupOf(site, mentions, discourse, row) ??
    (dimension === 'count' && countsOthersAgain(site, frame.measure, discourse) ? 'besides' : undefined) ??
    (dimension === 'count' && frame.measure.kind === 'strength' ? garrisonCounted(site) : undefined) :
    // (`The lockout lasted ten weeks, so the weavers were out for 31 weeks in total`: a length may add others too.)
    dimension === 'duration' && frame.measure.kind === 'length' && sumOfTheCountsBefore(site, true) ? 'in all' : undefined;
  // (Several events named together are already the subject: `together` says nothing more.)
  if (group && !(group === 'together' && frame.subject?.combined)) frame.group = group;
  // (`In all, the Providence saved more than 200 lives before she was replaced`: a sum that opens its
  // sentence, of nothing the sentence names, is of several things, not of the event told before.)
  else if (!group && dimension === 'count' && opensWithSum(site) && (frame.subject === undefined || fromContext(frame.subject))) frame.group = 'together';
  const timeOfUnit = (dimension === 'duration' && frame.measure.kind === 'length') || (dimension === 'date' && frame.measure.kind === 'span') ? unitActing(site, mentions) : undefined;
  if (timeOfUnit) frame.group = timeOfUnit;
  // (A body of men named, `Keddle's garrison`, already says whose count it is.)
  const leader = (dimension === 'count' || dimension === 'fraction') && !frame.group ? forceLeader(site, mentions) : undefined;
  if (leader) frame.forceOf = leader;
  const place = frame.place === undefined ? placeOf(site, mentions, resolved, row) : undefined;
  if (place) {
    frame.place = place.key;
    if (place.guessed) frame.placeGuessed = true;
    // (A time between's place is where what it counts from happened: `The order was issued seven weeks
    // after the victory at Moscow` is still the order's.)
    if (!place.guessed && frame.measure.kind !== 'between' && carriedElsewhere(frame.subject, place.key)) delete frame.subject;
  }
  const scope = dimension === 'count' || dimension === 'fraction' ? scopeOf(site) : undefined;
  if (scope) frame.scope = scope;
  if (informant) frame.informant = informant;
  const cause = dimension === 'count' && frame.measure.kind === 'deaths' ? diedOf(site) : undefined;
  if (cause) frame.cause = cause;
  // (The clause's own invasion first: `… after Napoleon invaded Russia on 24 June 1812`.)
  const invaded = frame.subject?.refs.some((r) => r.type === 'campaign') ?
    invadedLand(site.tokens, mentions, site.clause[0], site.clause[1]) ?? invadedLand(site.tokens, mentions, 0, site.tokens.length) : undefined;
  if (invaded) frame.invaded = invaded;
}

/** `invaded Finland`, `an invasion of the Soviet Union`: the land an invasion its sentence tells of was made into. */
function invadedLand(tokens: readonly Token[], mentions: readonly Mention[], from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.lower;
    let k = i + 1;
    if (/^(invasions?)$/.test(w) && tokens[k]?.lower === 'of') k++;
    else if (!/^(invaded|invades|invade|invading)$/.test(w)) continue;
    if (tokens[k]?.lower === 'the') k++;
    const land = mentions.find((m) => m.first === k && m.ref.key !== undefined && m.kind !== 'event' && m.kind !== 'side');
    if (land) return land.ref.key;
  }
  return undefined;
}

/**
 * `From mid August 1942 until late January 1943, the 62nd Army, under the command of …, fought in the
 * Battle of Stalingrad`, `the 4th Lancers held the ford for nine days`: a time a named unit spent doing
 * something is that unit's own, not its event's. The unit's key, where it is the doer of its sentence.
 */
function unitActing(site: ValueSite, mentions: readonly Mention[]): string | undefined {
  const t = site.tokens;
  for (const m of mentions) {
    if (m.kind !== 'unit' || m.ref.key === undefined || m.role === 'opponent') continue;
    let k = m.end;
    // (Past a phrase set off by commas: `, under the command of …,`.)
    if (t[k]?.text === ',') while (k + 1 < t.length && t[++k]!.text !== ',');
    if (t[k]?.text === ',') k++;
    const verb = t[k];
    if (verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && (/ed$/.test(verb.lower) || IRREGULAR_ACTS.has(verb.lower))) return m.ref.key;
  }
  return undefined;
}

/**
 * `368 people died of plague`, `killed by typhus`: the disease the count's clause says its dead died of
 * (`named`: one the lexicon names, right after the word). Or, any sickness (`290 persons have died of
 * the fever`), a few words after `died of`, `dead from`.
 */
function diedOf(site: ValueSite, named = true): string | undefined {
  const t = site.tokens;
  for (let i = site.clause[0] + 1; i < site.clause[1]; i++) {
    if (named && DISEASES.has(t[i]!.lower) && /^(of|from|by)$/.test(t[i - 1]!.lower)) return t[i]!.lower;
    if (named || !/^(of|from)$/.test(t[i]!.lower) || !/^(died|dead|perished|dying)$/.test(t[i - 1]!.lower)) continue;
    const sickness = t.slice(i + 1, i + 4).find((x) => isSickness(x.lower));
    if (sickness) return sickness.lower;
  }
  return undefined;
}

/** What each mention that may be a subject refers to, in order: each may refer back to those before it. */
function resolveMentions(tokens: readonly Token[], mentions: readonly Mention[], discourse: Discourse, knowledge: NameKnowledge, scene: Scene): Map<Mention, EventRef> {
  const resolved = new Map<Mention, EventRef>();
  mentions.forEach((m, i) => {
    // `the famines`: several events, never the subject of a value.
    if (!SUBJECT_KINDS.has(m.kind) || m.plural) return;
    const ref = resolveMention(m, mentions.slice(0, i), discourse, knowledge, scene);
    const owner = m.kind !== 'event' ? undefined : ref?.key !== undefined ? ownerOf(tokens, mentions[i - 1], m) :
      ref !== undefined ? heldUnder(tokens, mentions[i + 1], m) ?? unnamedOwner(tokens, mentions.slice(0, i), m) : undefined;
    if (ref) resolved.set(m, owner ? { ...ref, owner } : ref);
  });
  return resolved;
}

/**
 * A word for a kind of event beside a name of that kind in one sentence restates the name (`Stalingrad
 * … It was a five-month battle`): no second event for the sentences after it to be about.
 */
function notRestated(ref: EventRef, _i: number, named: readonly EventRef[]): boolean {
  if (ref.key !== undefined || ref.ordinal !== undefined || ref.type === undefined || ref.type === 'place') return true;
  return !named.some((o) => o.key !== undefined && o.type === ref.type);
}

/**
 * The length a date range implies (`from 14 April to 11 September`), as a frame of its own; none where
 * the range only restates a length beside it or dates a deed, not the event.
 */
function impliedLength(site: ValueSite, frame: FactFrame, values: readonly FoundValue[], row: boolean, clause: TextRange, hasEvent: boolean, mentions: readonly Mention[]): FactFrame | undefined {
  const tokens = site.tokens;
  // A range beside the length it spans (`151 days, from 14 April to 11 September`) restates that
  // length: it is checked as dates only. (In a table row, only a length in its own cell does.)
  const cellEnd = row ? tokens[ownCellEnd(site)]?.start ?? clause.end : undefined;
  const restated = values.some((v) => v !== site.value && v.interval.dimension === 'duration' &&
    (cellEnd === undefined || (v.range.start >= clause.start && v.range.end <= Math.min(clause.end, cellEnd))));
  // (`crossed into Stalingrad on 14–15 September`: days of a deed at the event's place, the event
  // taken from the place alone, are no length of the event.)
  const placeOnly = !hasEvent && frame.place !== undefined && frame.subject?.via === 'clause';
  // (Nor the days of a unit's deed: `Rodimtsev's 13th Guards Rifle Division, which crossed on 14 and 15 September`.)
  const unitDid = mentions.some((m) => m.kind === 'unit' && m.end <= site.first && m.end >= site.clause[0] - 3);
  // (Nor the days of a table's row that takes its event from the heading, `| 14–15 September | the
  // division crosses the river |` under `## The Battle`: a timeline's row tells a deed of its own.)
  const rowUnderHeading = row && fromContext(frame.subject);
  return !restated && !placeOnly && !unitDid && !rowUnderHeading ? impliedFrame(site, frame) : undefined;
}

/** The frame of each value of one sentence; the discourse then learns what the sentence named. */
export function frameSentence(sentence: SentenceToFrame, discourse: Discourse, knowledge: NameKnowledge): FramedValue[] {
  const { tokens, values } = sentence;
  const mentions = sentence.mentions ?? readMentions(tokens, knowledge);
  const layout = new ClauseLayout(tokens, values.map((v) => tokenSpan(tokens, v.range)));
  mergeNames(mentions, layout);
  const moments = values.filter((v) => v.form === 'date' || v.form === 'year');
  const returning = tellsOfReturn(tokens);
  const resolved = resolveMentions(tokens, mentions, discourse, knowledge, { returning, year: sentenceYear(sentence, moments) });
  const informant = informantOf(tokens);
  const measured = new Set<Mention>();
  const soleCount = countsOneLabel(values, tokens);
  const namesEvent = mentions.some((m) => m.kind === 'event');
  // (`Mafeking … held out for 217 days`: a name the corpus never writes, of a town, a person or an event.)
  const strange = mentions.filter((m) => m.kind !== 'side' && m.kind !== 'anaphor' && m.ref.key !== undefined && m.ref.key.split(' ').every((w) => !knowledge.isName(w)));
  const namesOutside = strange.length > 0;
  const { afterOutside, amongOutside } = learnWhatNamed(tokens, mentions, strange, discourse, knowledge);
  const setIn = discourse.sectionYear();
  const days = values.filter((v) => v.form === 'date' && v.precision === 'day');
  const { shifted, dayBefore, ownDayKept } = timeMoves(sentence, moments, discourse);
  const framed = values.map((value) => {
    const [first, end] = tokenSpan(tokens, value.range);
    const site: ValueSite = { value, tokens, layout, first, end, clause: layout.clause(first, end), window: layout.ownWindow(first, end) };
    const dimension = value.form === 'year' || value.form === 'date-range' ? 'date' : value.interval.dimension;
    for (const m of mentions) if (measuredBy(site, m)) measured.add(m);
    const hasEvent = mentions.some((m) => m.kind === 'event' && (sentence.row || (m.first < site.clause[1] && m.end > site.clause[0])));
    // (The day of a thing no word of events names is of nothing the frames compare: no moment, no subject.)
    const thingsDay = dimension === 'date' && dayOfAThing(site, knowledge);
    const measure = thingsDay ? {} : valueMeasure(site, dimension, hasEvent, mentions, resolved, discourse, sentence.row === true, soleCount);
    const asked = answerTo(discourse, dimension, measure);
    const frame: FactFrame = { dimension, measure };
    const subject = thingsDay ? undefined : valueSubject(site, mentions, resolved, discourse, frame, sentence.row === true, asked, knowledge);
    if (dimension === 'duration' && measure.kind === 'length') whatLasted(measure, site, subject, hasEvent, mentions, resolved);
    if (subject) subject.refs = datedRefs(subject, sentence, moments, value, dimension, discourse);
    if (subject) frame.subject = subject;
    // `Drage came back with thirty-one ships`, `They are come again`: not the first of its kind.
    if (returning && !subject?.refs.some((r) => r.ordinal !== undefined)) frame.returning = true;
    qualify(frame, site, mentions, resolved, discourse, informant, sentence.row === true);
    // (Only a count's or a share's: a time beside a day is often told from it, so the day says nothing of which time it is.)
    if (dimension === 'count' || dimension === 'fraction') timeOfCount(frame, subject, value, days, moments, dayBefore, sentence, discourse, shifted);
    // (`… prisoners over the whole war? Close to 6 million.`: over the span the question asked about.)
    if (asked?.scope && !frame.scope) frame.scope = asked.scope;
    const clause = { start: tokens[site.clause[0]]?.start ?? value.range.start, end: tokens[site.clause[1] - 1]?.end ?? value.range.end };
    const implied = value.impliedDuration ? impliedLength(site, frame, values, sentence.row === true, clause, hasEvent, mentions) : undefined;
    // (`the war`, with no name: a kind of event, which names no one event of the corpus's.)
    const names = (m: Mention) => m.kind !== 'side' && m.kind !== 'anaphor' && !(m.kind === 'event' && m.ref.key === undefined);
    const namesInClause = mentions.some((m) => names(m) && m.first < site.clause[1] && m.end > site.clause[0]);
    const inClause = mentions.filter((m) => m.kind === 'event' && resolved.has(m) && m.first < site.clause[1] && m.end > site.clause[0]);
    const around = [...discourse.paragraphSubjects(), ...inClause.map((m) => resolved.get(m)!)];
    const outsideInClause = namesOutside ? outsideNames(site, mentions, strange, sentence.row === true, knowledge) : undefined;
    const thingLasted = dimension === 'duration' ? theThingLasted(site, (w) => knowledge.writesLowercase(w) || knowledge.isName(w)) : undefined;
    // (What takes its time now is the clause's own thing, one the corpus never writes, `the full tour
    // normally takes 90 minutes`, not the event its paragraph or heading is about; `the works`, written, may be its.)
    if (thingLasted !== undefined && fromContext(frame.subject) && !knowledge.writesLowercase(stem(thingLasted)) && timedInPresent(site)) delete frame.subject;
    return { value, frame, clause, namesInClause, around, namesOutside, ...(outsideInClause ? { outsideInClause } : {}), recent: discourse.recentSubjects(), namesEvent, ...(thingLasted ? { thingLasted } : {}),
      ...(implied ? { implied } : {}), ...(setIn !== undefined ? { setIn } : {}), ...(amongOutside ? { amongOutside } : {}),
      ...(afterOutside && subject?.via === 'anaphor' && !namedBefore(subject, mentions, site) ? { afterOutside } : {}), ...disowns(site) };
  });
  // (What a value measures, `199 days of fighting`, is not a thing the text goes on about; nor is the
  // event a time is told from, `three weeks after the mutiny ended, Wendle sailed`.)
  const named = mentions.filter((m) => !m.plural && !measured.has(m) && (m.kind === 'event' || m.kind === 'name' || ((m.kind === 'other' || m.kind === 'anaphor') && resolved.has(m))) &&
    m.role === undefined).map((m) => resolved.get(m) ?? m.ref).filter(notRestated).map((r) => withSectionYear(r, discourse));
  const unit = mentions.find((m) => m.kind === 'unit' && m.ref.key)?.ref.key;
  discourse.mentioned(namedInPassing(mentions));
  discourse.toldFrom(mentions.filter((m) => m.role === 'anchor' && (m.kind === 'name' || m.kind === 'event')).map((m) => resolved.get(m)).filter((r): r is EventRef => r?.key !== undefined));
  readTogether(framed, tokens);
  tellDays(tokens, days, shifted && !ownDayKept, dayBefore, discourse, knowledge);
  tellCounted(framed, discourse);
  const question = tokens[tokens.length - 1]?.text === '?' || asksIndirectly(tokens);
  const thing = thingTold(tokens, mentions, knowledge, question);
  discourse.sentenceRead(named, unit, sentence.year ?? yearOf(values), question, thing, question ? askedMeasure(tokens) : undefined,
    mentions.some((m) => m.kind === 'event' && m.role === 'breached') || namesAPeriod(mentions, resolved, values) || bringsInThing(tokens, mentions, resolved));
  return framed;
}

/** What a sentence names that later text may refer back to, though it is no subject: places it is at or reaches, several events at once. */
function namedInPassing(mentions: readonly Mention[]): EventRef[] {
  return [
    ...mentions.filter((m) => (m.located || m.reached) && m.ref.key).map((m): EventRef => ({ type: 'place', key: m.ref.key!, text: m.ref.text, ...(m.located ? {} : { reached: true }) })),
    ...mentions.filter((m) => m.plural).map((m) => m.ref),
  ];
}

/**
 * `Then came the Dyke.`: a sentence that brings in a named thing that is no event, person or place
 * tells of that thing now; what the paragraph before ended on is no longer what goes on.
 */
function bringsInThing(tokens: readonly Token[], mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): boolean {
  return mentions.some((m) => isPeriodName(m, resolved) && tokens[m.first - 1]?.lower === 'the' && /^(came|comes)$/.test(tokens[m.first - 2]?.lower ?? ''));
}

/**
 * What the discourse learns of the names a sentence gives, before its values are framed: whether the
 * sentence before named a thing the corpus never writes (afterOutside), and whether the paragraph,
 * this sentence too, names only such things (amongOutside).
 */
function learnWhatNamed(tokens: readonly Token[], mentions: readonly Mention[], strange: readonly Mention[], discourse: Discourse, knowledge: NameKnowledge):
  { afterOutside: boolean; amongOutside: boolean } {
  // (A name the corpus writes, not a side's word nor a kind of event alone: what the paragraph may be about.)
  const namesKnown = mentions.some((m) => m.kind !== 'side' && m.kind !== 'anaphor' && m.ref.key !== undefined && !strange.includes(m));
  const afterOutside = discourse.namedOutsideLast();
  discourse.namesRead(strange.length > 0, namesKnown, strange.some((m) => outsideThing(tokens, m, knowledge)));
  return { afterOutside, amongOutside: discourse.namesOnlyOutside() };
}

/**
 * Whether a name the corpus never writes may be what a word referring back in the next sentence
 * means: a name of no known kind (`Verdun`), not where something was, not a person who tells
 * (`Petrakis argues`), nor an event of a kind of its own (`Order No. 270` is no battle).
 */
function outsideThing(tokens: readonly Token[], m: Mention, knowledge: NameKnowledge): boolean {
  // (Nor one given a role, as what a thing is compared with: `compare Karsk with Tull. It raged …` is Karsk.)
  if (m.located || m.person || m.role !== undefined || m.ref.type !== undefined || (m.ref.key !== undefined && knowledge.isEventKey(m.ref.key))) return false;
  // (Nor a label set in brackets, `The forum post by Tristan Herman (Source C)`: an aside, not what the text goes on about.)
  if (tokens[m.first - 1]?.text === '(' && tokens[m.end]?.text === ')') return false;
  const next = tokens[m.end]?.lower ?? '';
  return !SPEECH_VERBS.has(next) && !TELLING_VERBS.has(next) && !/^['’]s?$/.test(next);
}

/**
 * A word referring back to a name its own sentence gives before the value is that name's, whatever
 * the sentence before named (`People compare Dien Bien Phu with Stalingrad. But Stalingrad was on
 * another scale: it lasted 199 days`).
 */
function namedBefore(subject: Subject, mentions: readonly Mention[], site: ValueSite): boolean {
  return subject.refs.some((r) => r.key !== undefined && mentions.some((m) => m.kind !== 'anaphor' && m.end <= site.first && m.ref.key === r.key));
}

/** How a value's clause names what the corpus never writes (FramedValue.outsideInClause), of the sentence's such mentions (`strange`). */
function outsideNames(site: ValueSite, mentions: readonly Mention[], strange: readonly Mention[], row: boolean, knowledge: NameKnowledge): FramedValue['outsideInClause'] {
  const inClause = strange.filter((m) => m.first >= site.clause[0] && m.end <= site.clause[1]);
  if (inClause.some((m) => m.located || SETTING_WORDS.has(site.tokens[beforeArticle(site.tokens, m.first)]?.lower ?? ''))) return 'place';
  // (Not a table row's first cell, which names what its row is of; nor a name the corpus gives an event, `Order No. 227`.)
  const opens = (m: Mention) => !row && !(m.ref.key !== undefined && knowledge.isEventKey(m.ref.key)) && opensBefore(site, mentions, m);
  if (strange.some(opens)) return 'opener';
  return inClause.length > 0 ? 'name' : undefined;
}

/**
 * `Gettysburg, by contrast, lasted three days`: a mention that opens the sentence or the value's
 * clause, before the value, with no event named between them.
 */
function opensBefore(site: ValueSite, mentions: readonly Mention[], m: Mention): boolean {
  const lead = beforeArticle(site.tokens, m.first);
  return (lead === -1 || lead + 1 === site.clause[0]) && m.end <= site.first &&
    !mentions.some((o) => o.first >= m.end && o.end <= site.first && (o.kind === 'event' || o.kind === 'name'));
}

/** What a sentence's values say of one another: whose `of them` are (sidesOfThem), what a count listed bare counts (elidedCounts). */
function readTogether(framed: readonly FramedValue[], tokens: readonly Token[]): void {
  sidesOfThem(framed, tokens);
  elidedCounts(framed, tokens);
  restatedValues(framed, tokens);
}

/**
 * `Two years and nine months [@herman2012], or 33 months in all`: a value after `or` that restates the
 * value just before it, in the same dimension, is of what that one is of, in other units.
 */
function restatedValues(framed: readonly FramedValue[], tokens: readonly Token[]): void {
  framed.forEach((f, i) => {
    const [first] = tokenSpan(tokens, f.value.range);
    if (i === 0 || tokens[first - 1]?.lower !== 'or') return;
    const before = framed[i - 1]!;
    const [, end] = tokenSpan(tokens, before.value.range);
    // (Nothing but marks and a bracketed citation between: `…months [@herman2012], or 33 months`.)
    let depth = 0;
    const between = tokens.slice(end, first - 1).every((t) => {
      if (t.text === '[' || t.text === '(') depth++;
      else if (t.text === ']' || t.text === ')') depth--;
      return t.kind === 'punct' || depth > 0;
    });
    if (before.frame.dimension !== f.frame.dimension || !between || first - 1 - end > 8) return;
    f.frame.measure = { ...before.frame.measure };
    if (before.frame.subject) f.frame.subject = before.frame.subject;
    else delete f.frame.subject;
  });
}

/**
 * `The Red Army suffered 1.1 million casualties, and 480,000 of them died`: a count of some of the
 * people a count before it in its sentence counted (`of them`, `of those men`, `480 of whom`) is of
 * theirs: their side, the people named as suffering it, the force they belonged to.
 */
function sidesOfThem(framed: readonly FramedValue[], tokens: readonly Token[]): void {
  framed.forEach((f, i) => {
    if (f.frame.dimension !== 'count' || f.frame.sides || f.frame.agents || f.frame.forceOf) return;
    const [, end] = tokenSpan(tokens, f.value.range);
    if (tokens[end]?.lower !== 'of' || !/^(them|those|these|whom)$/.test(tokens[end + 1]?.lower ?? '')) return;
    const before = framed.slice(0, i).reverse().find((b) => b.frame.dimension === 'count');
    if (before?.frame.sides) f.frame.sides = before.frame.sides;
    if (before?.frame.agents) f.frame.agents = before.frame.agents;
    if (before?.frame.forceOf) f.frame.forceOf = before.frame.forceOf;
  });
}

/** Words that set what a clause tells at a place (`fought in the factory district`, `at the Tractor Factory`). */
const SETTING_WORDS = new Set(['in', 'at', 'inside', 'around', 'near', 'on']);

/**
 * `They fought in the factory district for four weeks`, under a title on a battle: a length whose
 * event the clause does not name, told of what went on at a place the clause names that is not that
 * event's own, is the time at that place, a phase of the event, not its length.
 */
function doneElsewhere(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, subject: Subject | undefined): boolean {
  const own = subject?.via === 'clause' || subject?.via === 'sentence' ? undefined : subject?.refs[0]?.key;
  if (subject && own === undefined) return false;
  return mentions.some((m) => {
    if (m.first < site.clause[0] || m.end > site.clause[1] || !SETTING_WORDS.has(site.tokens[beforeArticle(site.tokens, m.first)]?.lower ?? '')) return false;
    // (A place noun, `the city`, where it refers back to the event's own place, is that place.)
    const key = m.kind === 'anaphor' ? (m.ref.type === 'place' && m.ref.text.includes(' ') ? resolved.get(m)?.key ?? '' : undefined) : m.kind === 'other' || m.kind === 'name' ? m.ref.key : undefined;
    return key !== undefined && (key === '' || own === undefined || keyRelation(key, own) === 'conflict');
  });
}

/** `The crossing took about an hour`: a place noun that is also an act, opening its clause before `took` or `lasted`, is what took the time. */
function actThatLasted(site: ValueSite): string | undefined {
  const at = site.clause[0] + 1;
  return site.tokens[site.clause[0]]?.lower === 'the' && at < site.first && actLasted(site.tokens, at) ? site.tokens[at]!.lower : undefined;
}

/**
 * `Pavlov's House in Stalingrad held out for 58 days`, `The Stalingrad pocket held out for ten weeks`:
 * a clause that opens with a name that is no event, before the event's name, or with the event's name
 * set before a noun of its own (`the Stalingrad pocket`), tells how long that thing lasted: a part of
 * the event at its place, not the event's length.
 */
function anotherThingLasted(site: ValueSite, mentions: readonly Mention[]): boolean {
  const t = site.tokens;
  const opening = mentions.find((m) => m.first >= site.clause[0] && m.end <= site.first);
  if (!opening || beforeArticle(t, opening.first) > site.clause[0] + 1) return false;
  const eventNameAfter = mentions.some((m) => m.kind === 'name' && m.first > opening.first && m.end <= site.first);
  if (opening.kind === 'other' && opening.ref.type === undefined && !opening.located && !opening.person && eventNameAfter) return true;
  const noun = t[opening.end];
  // (Not a body of men, `The Orlen army besieged the town`: what it did is the event. A name that is
  // no event's, before a noun of its own, is a thing of its own too: `The Volga ferries ran`.)
  const thingName = opening.kind === 'name' || (opening.kind === 'other' && opening.ref.type === undefined && !opening.person);
  return thingName && t[opening.first - 1]?.lower === 'the' && noun?.kind === 'word' && /^\p{Ll}{3,}$/u.test(noun.text) &&
    !/ed$/.test(noun.lower) && !isStopword(noun.lower) && !EVENT_TYPES.has(noun.lower) && !ACTIVITIES.has(noun.lower) &&
    !FORCE_NOUNS.has(noun.lower) && !UNIT_WORDS.has(noun.lower) && !COUNTED_THINGS.has(noun.lower) && t[opening.end + 1]?.kind === 'word';
}

/** Words by which a text rejects a figure it gives (`… is wrong`, `… is often repeated, but`). */
const REJECTIONS = new Set(['wrong', 'mistaken', 'exaggerated', 'inflated', 'false', 'repeated', 'incorrect', 'untrue']);
/** `Most accounts say`, `older histories give`: others' figures, which the text goes on to weigh. */
const OTHERS_ACCOUNTS = /^(accounts|histories|books|writers|sources|historians|versions)$/;

/**
 * `The usual figure of 112 deaths is wrong: …`, `The chronicle's figure of fifty-two is often repeated,
 * but …`, `Most accounts say 129 men were lost. I make it 136.`: a figure the text gives only to reject
 * it, or as what others say (`It has been commonly said that …`) before giving its own.
 */
function disowns(site: ValueSite): { disowned?: true } {
  return rejected(site) ? { disowned: true } : {};
}

function rejected(site: ValueSite): boolean {
  const t = site.tokens;
  for (let k = site.end; k < Math.min(t.length, site.end + 6) && !/^[.;:!?]$/.test(t[k]!.text); k++) {
    if (/^(is|was|are|were)$/.test(t[k]!.lower) && (REJECTIONS.has(t[k + 1]?.lower ?? '') || (t[k + 1]?.lower === 'often' && REJECTIONS.has(t[k + 2]?.lower ?? '')))) return true;
  }
  const before = t.slice(site.clause[0], site.first).map((x) => x.lower);
  return before.some((w, i) => /^(most|many|older|other|some)$/.test(w) && OTHERS_ACCOUNTS.test(before[i + 1] ?? '') && /^(say|give|put|claim|have)$/.test(before[i + 2] ?? '')) ||
    hearsay(t.slice(0, site.first).map((x) => x.lower));
}

/** `It has been commonly said in the town that twenty persons were lost`: what is said, not what the text says. */
function hearsay(words: readonly string[]): boolean {
  if (words[0] !== 'it') return false;
  const verb = words.findIndex((w, i) => /^(is|was|been)$/.test(w) && i <= 3);
  if (verb < 0) return false;
  const next = /^(commonly|often|generally|widely|long|sometimes)$/.test(words[verb + 1] ?? '') ? verb + 2 : verb + 1;
  return /^(said|believed|supposed|thought|claimed|rumoured|rumored|alleged)$/.test(words[next] ?? '') && words.includes('that');
}

/** A count of a kind the lexicon names (`deaths`), not a part of another (`the remaining 40`) or a deed only the text names. */
function lexiconCount(measure: Measure): boolean {
  return measure.kind !== undefined && measure.kind !== 'part' && !measure.kind.startsWith('act:');
}

/**
 * `Fever in the camps killed about 300 more that summer`: `more` after a count (not `more than`) counts
 * others besides those counted before, not the whole toll; unless the paragraph's count before it
 * counted another thing (`The eruption killed 1,290. It injured 1,200 more`: all the injured).
 */
function countsOthersAgain(site: ValueSite, measure: Measure, discourse: Discourse): boolean {
  if (site.tokens[site.end]?.lower !== 'more' || site.tokens[site.end + 1]?.lower === 'than') return false;
  const before = discourse.counted();
  return before === undefined || before.kind === measure.kind;
}

/** What the sentence's last count of a kind counted is what the paragraph's figures reported bare count next (see countedBefore). */
function tellCounted(framed: readonly FramedValue[], discourse: Discourse): void {
  const counted = framed.filter((f) => f.frame.dimension === 'count' && lexiconCount(f.frame.measure)).at(-1)?.frame.measure;
  if (counted) discourse.countTold({ kind: counted.kind!, ...(counted.thing ? { thing: counted.thing } : {}) });
}

/**
 * `The jury inquired into 43 deaths. Sallow gives 45 instead.`: a count reported bare, that says
 * nothing of what it counts, counts what the paragraph's count before it counted.
 */
function countedBefore(site: ValueSite, measure: Measure, discourse: Discourse): void {
  if (measure.kind !== undefined || (measure.thing !== undefined && measure.thing !== 'people')) return;
  const before = discourse.counted();
  if (!before || !reportedBareCount(site)) return;
  measure.kind = before.kind;
  if (before.thing) measure.thing = before.thing;
}

/** What the discourse learns of days from a sentence: the day its paragraph tells of, and the day of a kind of event. */
function tellDays(tokens: readonly Token[], days: readonly FoundValue[], shifted: boolean, dayBefore: number | undefined, discourse: Discourse, knowledge: NameKnowledge): void {
  discourse.dayTold(days.length === 1 && !shifted ? days[0]!.interval.low : undefined, dayBefore === undefined);
  const dayOf = days.length === 1 ? eventWordDated(tokens, days[0]!, knowledge) : undefined;
  if (dayOf !== undefined) discourse.eventDayTold(dayOf, days[0]!.interval.low);
}

/**
 * `the great eruption of 7 April 1919`, `The main eruption, on 7 April 1919, …`, `The great eruption
 * came on 7 April 1919`: the kind of event a day is written as the day of, where the lexicon lacks the
 * kind (its events have subjects of their own) and the corpus writes the word as events are written
 * (`the eruption killed`).
 */
function eventWordDated(tokens: readonly Token[], day: FoundValue, knowledge: NameKnowledge): string | undefined {
  let i = tokenSpan(tokens, day.range)[0] - 1;
  if (!/^(of|on)$/.test(tokens[i]?.lower ?? '')) return undefined;
  i -= tokens[i - 1]?.text === ',' ? 2 : 1;
  // (`came on`, `struck on`: what the event did on that day; not `before the eruption on …`'s `before`.)
  const did = tokens[i]?.kind === 'word' && tokens[i]!.lower === tokens[i]!.text && tokens[i - 1]?.kind === 'word' && !TIME_SHIFTS.has(tokens[i]!.lower) && tokens[i]!.lower !== 'the';
  if (did && tokens[i + 1]?.lower === 'on' && knowledge.writesAsEvent(tokens[i - 1]!.lower)) i--;
  const word = tokens[i];
  if (word?.kind !== 'word' || EVENT_TYPES.has(word.lower) || !knowledge.writesAsEvent(word.lower)) return undefined;
  // (A noun phrase of its own: `the`, `a` or `an` within two words before it, `the great eruption`;
  // not one a time is told from: `ten days before the eruption, on 28 March`.)
  const article = [1, 2, 3].map((k) => i - k).find((k) => /^(the|a|an)$/.test(tokens[k]?.lower ?? ''));
  const told = article !== undefined && (EVENT_TIME_WORDS.has(tokens[article - 1]?.lower ?? '') || TIME_SHIFTS.has(tokens[article - 1]?.lower ?? ''));
  return article !== undefined && !told ? word.lower : undefined;
}

/**
 * `the great panic of 16 October`, `the exchange of June 1742`: the day of a thing (dateOfAThing) that
 * is no kind of event the corpus writes as events are written (`the great eruption of 7 April 1919`
 * is an eruption's day: eventWordDated).
 */
function dayOfAThing(site: ValueSite, knowledge: NameKnowledge): boolean {
  // (A report's day is when it was made, a moment of the inquiry it reports: `the engineers' report of June 1864`.)
  return dateOfAThing(site) && eventWordDated(site.tokens, site.value, knowledge) === undefined && !reportDated(site.tokens, site.first);
}

/** The subject of a value (subjectOf), with what its question and its date say of it. */
function valueSubject(site: ValueSite, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>, discourse: Discourse, frame: FactFrame, row: boolean,
  asked: AskedMeasure | undefined, knowledge: NameKnowledge): Subject | undefined {
  const subject = subjectOf(site, mentions, resolved, discourse, frame, row);
  // (`For the great eruption of 7 April 1919 the Commission counted …`: the date of a kind of event
  // the lexicon lacks is that event's, no other the clause names. Only `the … eruption of` a day:
  // `The dispute began on 2 April 1888` may be the strike's.)
  if (frame.dimension === 'date' && subject && site.tokens[site.first - 1]?.lower === 'of' && eventWordDated(site.tokens, site.value, knowledge) !== undefined) return undefined;
  // (`When was Order No. 227 issued? 1 August 1942.`: an answer is of the one thing its question named.)
  if (asked?.dimension === 'date' && subject?.via === 'paragraph' && subject.last) return { refs: subject.refs, via: 'sentence' };
  const sickness = frame.dimension === 'count' ? diedOf(site, false) : undefined;
  if (sickness !== undefined && subject !== undefined && subject.refs.every((r) => r.type !== undefined && !SICKLY_KINDS.has(r.type))) {
    return { refs: [{ type: 'epidemic', text: sickness, ...(DISEASES.has(sickness) ? { word: sickness } : {}) }], via: 'clause' };
  }
  return subject;
}

/**
 * Kinds of event during which people die of sickness, as of wounds: a siege's or a famine's dead of
 * `hunger and camp fever` are its own, and a flood's of the fever after it. (A riot's, a fire's or a
 * strike's are not: `290 persons have died of the fever in the camp at Marl End`, in a report of a
 * riot, are the sickness's dead; see valueSubject.)
 */
const SICKLY_KINDS: ReadonlySet<string> = new Set(['siege', 'war', 'campaign', 'famine', 'flood', 'epidemic', 'quarantine', 'occupation', 'battle', 'uprising']);


/**
 * A length's activity and kind past what its words say: `It lasted 41 days` lasted as its subject does (a
 * siege's siege); `The crossing took an hour` is the act's; a length at a place within or of a thing at
 * the event's place is a phase.
 */
function whatLasted(measure: Measure, site: ValueSite, subject: Subject | undefined, hasEvent: boolean, mentions: readonly Mention[], resolved: ReadonlyMap<Mention, EventRef>): void {
  const own = subject && !fromContext(subject) && subject.refs.length === 1 ? subject.refs[0]!.type : undefined;
  if (!measure.thing && own && ACTIVITY_OF_TYPE[own]) measure.thing = ACTIVITY_OF_TYPE[own];
  const act = measure.thing ? undefined : actThatLasted(site);
  if (act) measure.thing = act;
  if (!hasEvent && (doneElsewhere(site, mentions, resolved, subject) || anotherThingLasted(site, mentions))) measure.kind = 'phase';
}

/**
 * A count's day and the moment its sentence is set at (see FactFrame.day, .dated). (`Three dead this
 * week`, under a diary's `**Septr. 3rd, 1891.**`: a count so far is of its entry's day.)
 */
function timeOfCount(frame: FactFrame, subject: Subject | undefined, value: FoundValue, days: readonly FoundValue[], moments: readonly FoundValue[],
  dayBefore: number | undefined, sentence: SentenceToFrame, discourse: Discourse, shifted: boolean): void {
  const { tokens } = sentence;
  const day = dayOfCount(value, days, moments, dayBefore, subject, tokens, discourse);
  if (day !== undefined) frame.day = day;
  // (`1,240 inhabitants in 1801, 2,115 in 1831 and 2,960 in 1851`: a moment right after `in` behind a
  // count, or behind its noun, is its own, whatever other moments its sentence gives.)
  const own = ownMoment(value, moments, tokens);
  if (own) frame.dated = { low: own.interval.low, high: own.interval.high };
  // (Not a year in brackets behind a name, `The Mermaid of Skelwick (1902) had the longest run, and in
  // the 1908–09 season … 286 performances`, or a book's: it dates what it follows.)
  else if (moments.length === 1 && !bracketedBehindWords(moments[0]!, tokens)) frame.dated = { low: moments[0]!.interval.low, high: moments[0]!.interval.high };
  // (`In 1851 the town had 4,380 people`: a place's people are counted in the year its sentence is
  // set in, though that year only sets the scene.)
  else if (moments.length === 0 && frame.measure.kind === 'population' && new Set(sentence.sceneYears).size === 1) {
    const { low, high } = yearInterval(sentence.sceneYears![0]!);
    frame.dated = { low, high };
  }
  const entryDay = moments.length === 0 && !shifted && frame.scope === 'so far' ? discourse.entryDay() : undefined;
  if (entryDay !== undefined) frame.dated = { low: entryDay, high: entryDay + 1 };
}

/**
 * The moment after `in` right behind a value, or behind the one word of its noun (`2,115 in 1831`,
 * `1,240 inhabitants in 1801`), or the year in brackets right behind it (`4,380 (1851)`).
 */
function ownMoment(value: FoundValue, moments: readonly FoundValue[], tokens: readonly Token[]): FoundValue | undefined {
  const bracketed = yearInBrackets(value, tokens);
  if (bracketed !== undefined) return moments.find((m) => m.range.start === bracketed);
  const [, end] = tokenSpan(tokens, value.range);
  const at = tokens[end]?.lower === 'in' ? end : tokens[end]?.kind === 'word' && tokens[end + 1]?.lower === 'in' ? end + 1 : -1;
  const next = at >= 0 ? tokens[at + 1] : undefined;
  return next === undefined ? undefined : moments.find((m) => m.range.start === next.start);
}

/**
 * Whether a row's counts are all of what its label says: a row of one count is a label and its value;
 * a row of several may be a table turned on its side, unless each is told in the year beside it
 * (`| Population | 1,150 (1801); 4,380 (1851) |`).
 */
function countsOneLabel(values: readonly FoundValue[], tokens: readonly Token[]): boolean {
  const counts = values.filter((v) => v.interval.dimension === 'count');
  // (`| 3rd Foot killed | 38 | 112 |`, under a column for each battle: each count alone in its cell
  // counts what the label says, of its column's event.)
  return counts.length === 1 || (counts.length > 1 && (counts.every((v) => yearInBrackets(v, tokens) !== undefined) || counts.every((v) => aloneInItsCell(v, tokens))));
}

/** A value that is all its table cell says, but for its column's header words and its hedge (`| about 5,000 |`). */
function aloneInItsCell(value: FoundValue, tokens: readonly Token[]): boolean {
  const [first, end] = tokenSpan(tokens, value.range);
  const hedge = value.hedge?.range;
  for (let i = first - 1; i >= 0 && !isCellBar(tokens[i]!); i--) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !isHeaderWord(t) && !(hedge && t.start >= hedge.start && t.end <= hedge.end)) return false;
  }
  return tokens[end] === undefined || isCellBar(tokens[end]!);
}

/** Where the year in brackets right behind a value begins (`4,380 (1851)`, a count of that year). */
function bracketedBehindWords(moment: FoundValue, tokens: readonly Token[]): boolean {
  const [first, end] = tokenSpan(tokens, moment.range);
  return tokens[first - 1]?.text === '(' && tokens[end]?.text === ')' && (tokens[first - 2]?.kind === 'word' || /^[*_]$/.test(tokens[first - 2]?.text ?? ''));
}

function yearInBrackets(value: FoundValue, tokens: readonly Token[]): number | undefined {
  const [, end] = tokenSpan(tokens, value.range);
  return bracketedYear(tokens, end) !== undefined ? tokens[end + 1]!.start : undefined;
}

/**
 * `1,240 inhabitants in 1801, 2,115 in 1831 and 2,960 in 1851`: a bare count listed after a count of
 * its sentence that says what it counts, its noun left out, counts the same.
 */
function elidedCounts(framed: readonly FramedValue[], tokens: readonly Token[]): void {
  framed.forEach((f, i) => {
    const m = f.frame.measure;
    if (f.frame.dimension !== 'count' || m.kind !== undefined || m.thing !== undefined || i === 0) return;
    const [first, end] = tokenSpan(tokens, f.value.range);
    const before = framed.slice(0, i).reverse().find((b) => b.frame.dimension === 'count');
    // (`from 1,150 people in 1801 to 4,830 in 1851`: the count a range goes to, from one that says what it counts.)
    const ranged = before !== undefined && tokens[first - 1]?.lower === 'to' && tokens[tokenSpan(tokens, before.value.range)[0] - 1]?.lower === 'from';
    const listed = /^(,|and|then)$/.test(tokens[first - 1]?.lower ?? '') || ranged;
    const bare = end >= tokens.length || tokens[end]!.kind === 'punct' || /^(in|by|and|at)$/.test(tokens[end]!.lower);
    const told = before?.frame.measure;
    if (!listed || !bare || !told || (told.kind === undefined && told.thing === undefined)) return;
    f.frame.measure = { ...told };
    // (A subject taken for a count of nothing may bear no count of this: `in the flood` no population.)
    if (f.frame.subject && !f.frame.subject.refs.every((r) => bears(r, f.frame))) delete f.frame.subject;
  });
}

/** The one day a count or a share is told of: its sentence's, the paragraph's, or its kind of event's. */
function dayOfCount(value: FoundValue, days: readonly FoundValue[], moments: readonly FoundValue[], dayBefore: number | undefined,
  subject: Subject | undefined, tokens: readonly Token[], discourse: Discourse): number | undefined {
  // (A day told before it, for a value whose sentence names no event of its own: see Discourse.dayTold.)
  const untold = !subject || fromContext(subject);
  if (dayBefore !== undefined && untold) return dayBefore;
  if (days.length === 1 && days[0] !== value) return days[0]!.interval.low;
  // (`The eruption killed more than 2,000`: the one day the text gave that kind of event.)
  return moments.length === 0 && untold ? dayOfEventWord(tokens, discourse) : undefined;
}

/** `The eruption killed …`: the one day the text gave the kind of event the sentence names with `the` (see eventWordDated). */
function dayOfEventWord(tokens: readonly Token[], discourse: Discourse): number | undefined {
  let found: number | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const day = tokens[i - 1]!.lower === 'the' ? discourse.eventDay(tokens[i]!.lower) : undefined;
    if (day === undefined) continue;
    // (Two kinds of event given different days: which one the count is of is not known.)
    if (found !== undefined && found !== day) return undefined;
    found = day;
  }
  return found;
}

/**
 * Whether a sentence moves away from the day told before it (`shifted`: by its words, a length of
 * time, or being a table's row, which is an entry of its own), and the day it is told of if it does
 * not move at all (no date or year of its own either: `In 1632 19 men died` moves). See Discourse.dayTold.
 */
function timeMoves(sentence: SentenceToFrame, moments: readonly FoundValue[], discourse: Discourse): { shifted: boolean; dayBefore?: number; ownDayKept: boolean } {
  const { tokens, values } = sentence;
  const durations = values.filter((v) => v.interval.dimension === 'duration');
  const shifts = tokens.flatMap((t, i) => (TIME_SHIFTS.has(t.lower) && (t.lower !== 'whole' || widensTime(tokens, i)) && !withinTheDay(tokens, i) ? [t.start] : []));
  const shifted = sentence.row === true || durations.length > 0 || shifts.length > 0;
  // (`Nearly thirty years later, on 6 February 1824, the embankment burst`: a shift before the
  // sentence's one day, a time after the day before included, moves from that day to this one, which
  // the sentences after it go on about.)
  const day = moments.length === 1 ? moments[0]!.range.start : -1;
  const offset = (v: FoundValue) => v.range.end <= day && /^(later|afterwards)$/.test(tokens[tokenSpan(tokens, v.range)[1]]?.lower ?? '');
  const ownDayKept = sentence.row !== true && day >= 0 && durations.every(offset) && shifts.every((at) => at < day);
  const moved = moments.length > 0 || sentence.year !== undefined || (sentence.sceneYears?.length ?? 0) > 0 || shifted;
  const dayBefore = moved ? undefined : discourse.day();
  return dayBefore === undefined ? { shifted, ownDayKept } : { shifted, dayBefore, ownDayKept };
}

/**
 * Words that move a sentence's time away from the day told before it (`later`, `the next day`, `since`),
 * or widen it to a whole (`in total`, `over the whole visitation`: not that day's count).
 */
const TIME_SHIFTS: ReadonlySet<string> = new Set(['later', 'after', 'afterwards', 'afterward', 'before', 'earlier', 'next', 'following',
  'previously', 'ago', 'since', 'until', 'till', 'subsequently', 'eventually', 'within', 'whole', 'total', 'altogether', 'overall']);

/** `shortly before midnight`, `after dawn`: a time of the same day, which moves nothing. */
function withinTheDay(tokens: readonly Token[], i: number): boolean {
  return /^(before|after)$/.test(tokens[i]!.lower) && /^(midnight|noon|midday|dawn|dusk|daybreak|sunrise|sunset|nightfall|daylight)$/.test(tokens[i + 1]?.lower ?? '');
}

/**
 * `whole` widens the time only as a span (`over the whole visitation`, `the whole of the siege`), not
 * as a thing (`the whole came down upon the gang`).
 */
function widensTime(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]?.lower === 'of' || /^(over|throughout|during|across|for|in)$/.test(tokens[i - 2]?.lower ?? '');
}

/**
 * An event told of under a heading or dateline of a year, with no number or year of its own, is of that
 * year; one told of in a sentence that gives one year (`on 3 June 1874, when a fire … killed six`), of
 * the sentence's year.
 */
function withSectionYear(ref: EventRef, discourse: Discourse, sentenceYear?: number): EventRef {
  const when = sentenceYear ?? discourse.sectionYear();
  return when !== undefined && ref.ordinal === undefined && ref.year === undefined ? { ...ref, when } : ref;
}

/**
 * `How many people died at Karsk? Over a million.`: an answer that says nothing of what it counts
 * counts what was asked (`How long did it last? Roughly 6½ months.`: the same for how long something
 * lasted; `When was it issued? 1 August 1942.`: a date's moment, where it gives none of its own). The
 * measure is completed in place; the question it answers is returned.
 */
function answerTo(discourse: Discourse, dimension: string, measure: Measure): AskedMeasure | undefined {
  const unsaid = measure.kind === undefined || (dimension === 'date' && measure.kind === 'occurred');
  // (`For about ten weeks`, after `How long did the Luftwaffe's airlift go on?`: the length of that thing.)
  const askedOf = discourse.asked();
  if (askedOf?.thing && askedOf.dimension === dimension && (unsaid || measure.kind === askedOf.kind) && measure.thing === undefined) measure.thing = askedOf.thing;
  const asked = unsaid ? askedOf : undefined;
  if (!asked || (asked.dimension ?? 'count') !== dimension) return undefined;
  measure.kind = asked.kind;
  return asked;
}

/**
 * `How long did the Luftwaffe's airlift to the pocket go on?`: what someone's own thing, a noun the
 * lexicon does not know after a possessive, the question asks the length of (its answer is that thing's).
 */
function ownedThingAsked(tokens: readonly Token[], from: number): string | undefined {
  const owner = tokens.findIndex((t, i) => i >= from && i <= from + 4 && /['’]s$/.test(t.text));
  if (owner < 0) return undefined;
  const noun = tokens[phraseHead(tokens, owner + 1, tokens.length)];
  if (!noun || noun.kind !== 'word' || !/^\p{Ll}{3,}$/u.test(noun.text)) return undefined;
  return EVENT_TYPES.has(noun.lower) || ACTIVITIES.has(noun.lower) || COUNT_KINDS.has(noun.lower) ? undefined : noun.lower;
}

/**
 * `How many houses it destroyed is less certain.`, `How long that took depends on whom you read.`: a
 * question put as a statement, which the sentences after it answer as they would a question.
 */
function asksIndirectly(tokens: readonly Token[]): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word');
  return tokens[first]?.lower === 'how' && /^(many|much|long)$/.test(tokens[first + 1]?.lower ?? '') && first <= 1;
}

/** `How many people died …?`, `How long did it last?`: what a question asks to be counted or timed, and over what span. */
function askedMeasure(tokens: readonly Token[]): AskedMeasure | undefined {
  // `How long did the battle last?`: its answer is how long it lasted (not `how long after …`).
  const howLong = tokens.findIndex((t, i) => t.lower === 'how' && tokens[i + 1]?.lower === 'long');
  if (howLong >= 0 && tokens.slice(howLong + 2).some((t) => /^(last|lasted|go|went|rage|raged|continue|continued)$/.test(t.lower)) &&
    !tokens.slice(howLong + 2).some((t) => BETWEEN_WORDS.has(t.lower))) {
    const thing = ownedThingAsked(tokens, howLong + 2);
    return { kind: 'length', dimension: 'duration', ...(thing ? { thing } : {}) };
  }
  // `When was Order No. 5 issued?`: its answer is the day of that moment.
  if (tokens[0]?.lower === 'when' || tokens.some((t, i) => t.lower === 'when' && /^[.:)*]$/.test(tokens[i - 1]?.text ?? ''))) {
    const phase = tokens.map((_, i) => classAt(tokens, i, DATE_PHASES)).find((k) => k !== undefined);
    return phase === undefined ? undefined : { kind: phase, dimension: 'date' };
  }
  if (!tokens.some((t, i) => t.lower === 'how' && /^(many|much)$/.test(tokens[i + 1]?.lower ?? ''))) return undefined;
  const kind = tokens.map((_, i) => classAt(tokens, i, COUNT_KINDS)).find((k) => k !== undefined && k !== 'part');
  const scope = kind ? scopeIn(tokens) : undefined;
  return kind === undefined ? undefined : scope ? { kind, scope } : { kind };
}

/** A date range's duration: how long its event lasted (`from 2 May to 11 June`). */
function impliedFrame(site: ValueSite, frame: FactFrame): FactFrame {
  const activity = durationMeasure(site).thing;
  return { ...frame, dimension: 'duration', measure: { kind: 'length', ...(activity ? { thing: activity } : {}) } };
}

/**
 * A heading's subjects: the events and event names it mentions. A heading that asks (`Why Did Elias
 * Brack Mutiny?`) names none: in a question, title case makes verbs look like names. `elsewhere`: it
 * names no event but something the corpus knows (`## Berlin`).
 */
export function headingSubjects(tokens: Token[], knowledge: NameKnowledge): { refs: EventRef[]; elsewhere: boolean; unit?: string } {
  const mentions = readMentions(tokens, knowledge, true);
  const unit = unitNamed(mentions);
  const refs = tokens[tokens.length - 1]?.text === '?' || spansBetween(tokens, mentions) || listsSeveral(tokens) ? [] :
    mentions.filter((m) => (m.kind === 'event' || m.kind === 'name') && !m.plural).map((m) => m.ref);
  return { refs, elsewhere: refs.length === 0 && mentions.some((m) => m.kind === 'other' && m.ref.key !== undefined), ...(unit ? { unit } : {}) };
}

/**
 * The body of men a heading or a table's header names (`Casualties of the 14th Foot`, `Losses of the
 * Regiment`: a unit's word alone, capitalised, is the text's own unit), if any.
 */
function unitNamed(mentions: readonly Mention[]): string | undefined {
  const named = mentions.find((m) => m.kind === 'unit' && m.ref.key !== undefined);
  if (named) return named.ref.key;
  // (`the Regiment` is some one unit, which of them unsaid: group `some regiment`, see identity's someUnit.)
  const word = mentions.find((m) => m.kind === 'other' && m.ref.key !== undefined && UNIT_WORDS.has(m.ref.key));
  return word ? `some ${word.ref.key}` : undefined;
}

/** The body of men a table's header cells name: what its rows count, unless a row names its own. */
export function headerUnit(cells: readonly string[], knowledge: NameKnowledge): string | undefined {
  for (const cell of cells) {
    const unit = unitNamed(readMentions(tokenize(cell, 0), knowledge, true));
    if (unit) return unit;
  }
  return undefined;
}

