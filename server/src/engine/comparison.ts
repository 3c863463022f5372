// Comparison: the statements that are the same fact as a claim (decided by identity, before and
// apart from their values), whether their values agree, and the one verdict the contract's table
// gives (plus needs-citation on its own).
//
// Only a strong match can disagree: a source contradicts a claim only when its statement has the
// same subject and the same measure. A weak match (no conflict, something unknown) that agrees
// may keep a claim quiet; one that disagrees says nothing. When unsure, the checker says less.
import type { Claim } from './claims.js';
import { groupTable, namedEventOf, oneEventOf, rangeEnds, shapedFrameOf, type IndexedSource, subjectEvents, viewInterval, type CorpusIndex, type Identities, type Moment, type Statement, type StatementView } from './corpusIndex.js';
import { buildMessage, type CheckedClaim, type Evidence, type Finding, type FindingData } from './findings.js';
import { describeFrame } from './frames/describe.js';
import { shapedFrame } from './frameShape.js';
import { compareFrames, compareUnwritten, datedElsewhere, endsConflict, familyOf, isDatedStock, isNaming, phasesOf, subjectDecides, surelyAnotherSubject, withoutSidelessAgents, withUnknownNamesAlike, withUnknownPlaceAlike, type Decision, type EventResolver } from './frames/identity.js';
import { fromContext, type EventRef, type FactFrame } from './frames/types.js';
import { calendarDate, monthInterval, MONTHS, yearOfDay } from './dates.js';
import { intervalsOverlap } from './intervals.js';
import { wrongCitedPage, wrongPageMessage } from './citedPages.js';
import { writesCount, type WrittenSource } from './writtenCounts.js';
import { placeAt, type FindingCode, type QuantityInterval, type SourceSentence } from './types.js';

/** A frame that names no subject of its own and says nothing of what is counted or timed. */
export function isVague(frame: FactFrame): boolean {
  const said = frame.subject !== undefined && !fromContext(frame.subject);
  return frame.measure.kind === undefined && !said;
}

/** A date or a length with no subject, not even from its paragraph or heading, no activity, no place and no event it is counted from. */
export function namesNothing(frame: FactFrame): boolean {
  // (A time counted from an event it names, `fourteen years after the rising`, names that event.)
  return (frame.dimension === 'date' || frame.dimension === 'duration') && !frame.subject && frame.measure.thing === undefined && !frame.place &&
    frame.measure.from?.ref === undefined;
}

export interface Match {
  view: StatementView;
  decision: Decision;
  agrees: boolean;
}

/** The claim's interval for a view: its own, or for a date range against durations, the span it implies. */
function claimInterval(claim: Claim, frame: FactFrame): QuantityInterval | undefined {
  if (frame.dimension === claim.frame.dimension) return claim.value.interval;
  if (frame.dimension === 'duration' && claim.value.impliedDuration) return claim.value.impliedDuration;
  return undefined;
}

/**
 * The statement's interval as the claim's moment reads it: a range `from 2 May to 11 June` states
 * when its event began (2 May) and ended (11 June) as well as its whole span.
 */
function statementInterval(view: StatementView, claimFrame: FactFrame): QuantityInterval {
  return viewInterval(view, momentOf(claimFrame));
}

/** Which of a range's values a frame's moment reads: when its event began, when it ended, or the whole. */
function momentOf(claimFrame: FactFrame): Moment {
  const phases = phasesOf(claimFrame.measure.kind ?? '');
  if (phases.includes('began') && !phases.includes('ended')) return 'first';
  if (phases.includes('ended') && !phases.includes('began')) return 'last';
  return 'whole';
}


export interface Comparison {
  matches: Match[];
  /** The nearest statement that was not accepted, and why: what not-in-sources explains. */
  closest?: { view: StatementView; decision: Decision };
}

const CLOSENESS: Record<string, number> = { subject: 3, measure: 2, side: 2, group: 2, scope: 2, dimension: 0 };

/**
 * How many frames' identities an index keeps: the claims of the blocks a writer is editing. (In a
 * large corpus one frame may weakly match thousands of statements: the memory is kept small.)
 */
const IDENTITIES_KEPT = 256;

/**
 * The statements a frame is the same fact as, strong or weak, and the nearest one it is not:
 * decided by frames alone, so kept per frame for the next keystroke.
 */
function identify(frame: FactFrame, index: CorpusIndex): Identities {
  // (Places and people are made alike after names: withUnknownNamesAlike reads the whole frame.)
  const alike = withoutSidelessAgents(withUnknownPlaceAlike(withUnknownNamesAlike(frame, index.nameWords), index.nameWords), index.events);
  if (alike === frame) return identifyFrame(frame, index);
  // Decided once for every name and place the corpus does not know, and every person it puts on no
  // side; the reasons that may quote the claim's name or place, the nearest statement's (`a different
  // battle (…)`) and the matches' (`the siege at …`), are told again in the claim's own words. (Those
  // of matches of the measure alone quote only the two measures.)
  const found = identifyFrame(alike, index);
  const retold = (view: StatementView) => compareAsShaped(frame, view.frame, index.events);
  const matches = found.matches.map(({ view, interval }) => ({ view, decision: retold(view), interval }));
  return { ...found, matches, closest: found.closest && { view: found.closest.view, decision: retold(found.closest.view) } };
}

/**
 * compareFrames of the two frames in one shape (frameShape.ts), as identify compares them: compared as
 * they are built, in the corpus's many shapes, they met identity's compiled code with shapes it had not
 * met in a new server's first edits (a statement's ref at the 13th edit of the bench), and V8 dropped it.
 */
export function compareAsShaped(a: FactFrame, b: FactFrame, events: EventResolver): Decision {
  return compareFrames(shapedFrame(a), shapedFrame(b), events);
}

function identifyFrame(frame: FactFrame, index: CorpusIndex): Identities {
  const key = JSON.stringify(frame);
  const kept = index.identities.get(key);
  if (kept) {
    index.identities.delete(key);
    index.identities.set(key, kept);
    return kept;
  }
  const found: Identities = { matches: [], measureOnly: [], oneValue: false };
  let closestScore = -1;
  // A claim about known corpus events is a different fact from any statement about other ones: once
  // a statement as near as that has been found, the rest need no comparing (most of a big corpus).
  const mine = subjectDecides(frame) ? subjectEvents(frame, index.events) : undefined;
  const moment = momentOf(frame);
  // (Both frames in one shape, read as the frames are: see frameShape.ts.)
  const shaped = shapedFrame(frame);
  for (const group of index.candidateGroups(frame)) {
    const theirs = shapedFrameOf(group);
    if (closestScore >= CLOSENESS.subject! && ((mine && group.events && !group.events.some((id) => mine.includes(id))) || surelyAnotherSubject(shaped, theirs, index.events))) continue;
    // Identity is decided by the two frames alone: once for every statement of a frame.
    const decision = compareUnwritten(shaped, theirs, index.events);
    if (decision.relation === 'weak' && decision.slot === 'subject') {
      found.measureOnly.push({ group, decision });
    } else if (decision.relation === 'same' || decision.relation === 'weak') {
      for (const view of group.views) found.matches.push({ view, decision, interval: viewInterval(view, moment) });
    } else if (decision.relation === 'different') {
      // The nearest: by the slot that vetoed it, then the first in the corpus.
      const score = CLOSENESS[decision.slot] ?? 1;
      const view = group.views[0]!;
      if (score > closestScore || (score === closestScore && view.statement.ordinal < found.closest!.view.statement.ordinal)) {
        closestScore = score;
        found.closest = { view, decision };
      }
    }
  }
  found.oneValue = statesOneValue(found.measureOnly, moment);
  index.identities.set(key, found);
  if (index.identities.size > IDENTITIES_KEPT) index.identities.delete(index.identities.keys().next().value!);
  return found;
}

/**
 * Every statement a claim is the same fact as that can bear on its verdict, with whether its value
 * agrees: strong matches, weak ones that agree, and weak ones that share the claim's subject (a cited
 * source's may excuse it). A weak match of the measure alone that disagrees decides nothing, and in a
 * large corpus there are thousands: it is left out, unless it is the corpus's one statement with that
 * measure (promoteTheOne).
 */
export function matchStatements(claim: Claim, index: CorpusIndex): Comparison {
  const result: Comparison = { matches: [] };
  const frames = claim.implied ? [claim.frame, claim.implied] : [claim.frame];
  let oneFact = false;
  let ownIdentities: Identities | undefined;
  for (const frame of frames) {
    const mine = claimInterval(claim, frame);
    const identities = identify(frame, index);
    result.closest ??= identities.closest;
    if (!mine) continue;
    if (frame === claim.frame) [oneFact, ownIdentities] = [identities.oneValue, identities];
    for (const { view, decision, interval } of identities.matches) {
      // (`Kept in the field …, 1742–1744`: a span of years, not surely of the same event, confirms no day.)
      if (decision.relation === 'weak' && ((coarser(interval, mine) && !citedSameSubject(claim, view, decision)) || (decision.slot === 'subject' && withinSpan(claim, frame, interval)))) continue;
      result.matches.push({ view, decision, agrees: intervalsOverlap(mine, interval) });
    }
    for (const { item: { view, decision }, interval } of measureOnlyKept(identities, frame, mine)) {
      if (coarser(interval, mine) || withinSpan(claim, frame, interval)) continue;
      result.matches.push({ view, decision, agrees: intervalsOverlap(mine, interval) });
    }
  }
  // (`Stalingrad is often compared with Gettysburg. Gettysburg lasted three days.`: a clause that
  // names something the corpus never writes, its event only from the text around it, may be of that
  // thing; and so may a word referring back, in a place the corpus never writes: `On Guadalcanal the
  // fighting lasted six months`.)
  // (And a clause opened by such a name is that name's: `Gettysburg lasted three days, Stalingrad far longer`.)
  // (And so may a word referring back just after a sentence that named such a thing: `Verdun was what
  // Stalingrad later became. About 300,000 men died in the battle`.)
  const outsideNear = claim.outsideInClause && (fromContext(claim.frame.subject) || (claim.outsideInClause === 'place' && claim.frame.subject?.via === 'anaphor') || claim.outsideInClause === 'opener');
  if (outsideNear || claim.afterOutside) {
    result.matches = result.matches.map((m) => (m.decision.relation === 'same' ? { ...m, decision: unsure(m.decision) } : m));
  }
  // In the corpus's order (sources, then sentences), the order evidence is shown in.
  result.matches.sort((a, b) => a.view.statement.ordinal - b.view.statement.ordinal);
  promoteTheOne(claim, result, oneFact, index);
  if (ownIdentities) promoteTheOneEvent(claim, ownIdentities, result, index);
  if (ownIdentities) promoteTheCited(claim, ownIdentities, result, index);
  promoteThroughAgreeing(claim, result, index);
  // A source's reader comments speak for it only where its own text does not (policy: a fact only a
  // comment states is stated by that source; a comment does not overrule the author's text). Its text
  // states the fact where it has a strong match; a weak one may be another fact.
  const bodied = new Set(result.matches.filter((m) => m.decision.relation === 'same' && m.view.statement.sentence.part === 'body').map((m) => m.view.statement.sourceKey));
  result.matches = result.matches.filter((m) => m.view.statement.sentence.part === 'body' || !bodied.has(m.view.statement.sourceKey));
  return result;
}

/** A strong match made weak: the claim's clause names what the corpus never writes. */
function unsure(decision: Decision): Decision {
  return { ...decision, relation: 'weak', reason: `${decision.reason}, but its clause names what no source writes` };
}

type MeasureOnlyView = { item: { view: StatementView; decision: Decision }; interval: QuantityInterval };

/**
 * The views that share only a frame's measure that a claim keeps: of thousands, those whose values
 * agree with `mine`; or all, when they give one value.
 */
function measureOnlyKept(identities: Identities, frame: FactFrame, mine: QuantityInterval): readonly MeasureOnlyView[] {
  const moment = momentOf(frame);
  // (Kept per list of groups, which the frames of names the corpus does not know share: each new name
  // typed into a title would otherwise read the same hundreds of values again.)
  let byValue = MEASURE_ONLY_KEPT.get(identities.measureOnly);
  if (!byValue) MEASURE_ONLY_KEPT.set(identities.measureOnly, (byValue = new Map()));
  const key = `${moment}\u0001${identities.oneValue}\u0001${JSON.stringify(mine)}`;
  let kept = byValue.get(key);
  if (!kept) {
    if (byValue.size >= MEASURE_ONLY_VALUES_KEPT) byValue.clear();
    byValue.set(key, (kept = readMeasureOnly(identities, moment, mine)));
  }
  return kept;
}

/** Per list of groups that share only a frame's measure: the views kept, by moment and value. */
const MEASURE_ONLY_KEPT = new WeakMap<Identities['measureOnly'], Map<string, readonly MeasureOnlyView[]>>();
/** A few values per list: a claim's value as the writer types its digits. */
const MEASURE_ONLY_VALUES_KEPT = 8;

function readMeasureOnly(identities: Identities, moment: Moment, mine: QuantityInterval): MeasureOnlyView[] {
  const kept: MeasureOnlyView[] = [];
  // (Group by group, in order: each group's values are read from its table, made once for the index.)
  for (const { group, decision } of identities.measureOnly) {
    const table = groupTable(group, moment);
    if (identities.oneValue) table.forEach((view, interval) => kept.push({ item: { view, decision }, interval }));
    else for (const { item: view, interval } of table.overlapping(mine)) kept.push({ item: { view, decision }, interval });
  }
  return kept;
}

/** Whether the statements that share only a frame's measure give one value (`two-fifths of the town's cattle`, in two sources). */
function statesOneValue(measureOnly: Identities['measureOnly'], moment: Moment): boolean {
  let first: QuantityInterval | undefined;
  let one = true;
  for (const { group } of measureOnly) {
    groupTable(group, moment).forEach((view, interval) => {
      if (view.implied || !one) return;
      if (first === undefined) first = interval;
      // (The value as stated: `a third` and `two-fifths` overlap once widened, but are two values.)
      else if (interval.nominal !== first.nominal) one = false;
    });
    if (!one) return false;
  }
  return first !== undefined;
}

/**
 * A statement of the claim's own subject in a source the claim cites (`In 1884 the curing women …
 * stopped work`, cited for `July 1884: the strike begins`): its coarser date is what the cited source
 * says of that event, and the claim's finer one falls within it.
 */
function citedSameSubject(claim: Claim, view: StatementView, decision: Decision): boolean {
  return decision.slot === 'measure' && claim.citations.some((c) => c.sourceKey === view.statement.sourceKey);
}

/** A date a year or more wide, against a claim's day or month. */
function coarser(statement: QuantityInterval, claim: QuantityInterval): boolean {
  return statement.dimension === 'date' && statement.high - statement.low >= 365 && claim.high - claim.low < 32;
}

/**
 * A moment within a claim's span of dates (`1941–1945`, `22–29 June 1941`), against the whole span:
 * a day or a year of a statement that shares only the claim's measure, not its event, falls inside
 * it without telling it. (Of the same event, `the Winter War in 1939` does tell `1939–40`.)
 */
function withinSpan(claim: Claim, frame: FactFrame, statement: QuantityInterval): boolean {
  const span = claim.value.interval;
  return frame === claim.frame && claim.value.form === 'date-range' && momentOf(frame) === 'whole' && statement.dimension === 'date' &&
    statement.high - statement.low < (span.high - span.low) / 2;
}

/** Whether a statement's value agrees with a claim's, as the claim's frame (or its implied length) reads it. */
export function agreesWith(claim: Claim, frame: FactFrame, view: StatementView): boolean | undefined {
  const mine = claimInterval(claim, frame);
  return mine ? intervalsOverlap(mine, statementInterval(view, frame)) : undefined;
}

/**
 * A claim that names no subject at all may be the one corpus statement that has its measure and
 * nothing in conflict (`about 1.5 million soldiers became prisoners`, when one statement in the
 * whole corpus counts prisoners): that match is strong. With two such statements, it stays weak.
 */
function promoteTheOne(claim: Claim, result: Comparison, oneFact: boolean, index: CorpusIndex): void {
  if (claim.namesInClause || claim.thingLasted !== undefined || hasNamedSubject(claim.frame, index) || !oneFact || !mayBeTold(claim, index)) return;
  // (`Wexcombe had about 950 inhabitants`: a place's people are that place's, at a time; the corpus's
  // one count of inhabitants may be of any other place.)
  if (claim.frame.measure.kind === 'population') return;
  // (Nor a count of burials, which may be of one day or one ground: see measureRelation.)
  if (claim.frame.measure.kind === 'burials') return;
  // (`More than a thousand men worked on it`: a count told only by what the counted did is one such
  // count; another text counts them by another word, `employing some 1,200 labourers`.)
  if (claim.frame.measure.kind?.startsWith('act:')) return;
  // (`Together the falls killed 42 men`: a sum of several things, which the claim leaves unnamed; the
  // corpus's one sum, `In all, 112 men died`, may be of others.)
  if (claim.frame.group === 'together') return;
  // (`Nearly 200 workmen were still aboard her`, the same day as a source's 195 aboard: a claim that
  // already meets its own fact is not also the one other statement of its measure, of another day.)
  if (result.matches.some((m) => m.decision.relation === 'same')) return;
  for (const m of result.matches) {
    if (m.decision.relation !== 'weak' || m.decision.slot !== 'subject' || m.view.implied) continue;
    // (`it took only six months for … while three million were taken prisoner`: a count told beside a
    // length of time is a count over that span, not the one count of a claim that gives none.)
    if (claim.frame.scope === undefined && toldOverASpan(m.view.statement, index)) continue;
    if (!mayBeTheFact(claim, m.view.statement.frame, index) || setOutsideItsSource(claim, m.view.statement, index)) continue;
    m.decision = strongAs(m.decision, 'the one statement in the sources with this measure');
  }
}

/**
 * `The offensive lasted five months`, in a text set in 1916 (its sentence's year, or its section's,
 * by its heading): a claim set in a year more than a year outside every year a source dates anything
 * to is not that source's one fact of its measure; it tells of another time.
 */
function setOutsideItsSource(claim: Claim, statement: Statement, index: CorpusIndex): boolean {
  const years = index.byKey.get(statement.sourceKey)?.years;
  const dated = claim.frame.dated;
  // (The year its own sentence's event is set in: not one of a subject guessed from the paragraph.)
  const subject = claim.frame.subject && !fromContext(claim.frame.subject) ? claim.frame.subject : undefined;
  // (A section's year is the year only of a claim whose sentence names no subject: `# 1812: Borodino`,
  // then `unlike Stalingrad, which the Red Army held for 199 days`, is of what its sentence names;
  // under `# The Rising, 1766`, `the soldiers stayed five months` is of 1766.)
  const year = subject?.refs.find((r) => r.when !== undefined)?.when ?? (dated ? yearOfDay(dated.low) : subject ? undefined : claim.setIn);
  return years !== undefined && year !== undefined && (year < years[0] - 1 || year > years[1] + 1);
}

/** The families of the kinds of event a frame's subject is of (`fighting` for a battle or a siege). */
function kindsOf(frame: FactFrame): string[] {
  return (frame.subject?.refs ?? []).map((r) => familyOf(r.type)).filter((k): k is string => k !== undefined);
}

/**
 * A claim that names no subject, where every statement sharing its measure with nothing in conflict
 * is of one and the same corpus event, and they give more than one value: the claim is of that event,
 * whose sources disagree (`One blog gives 199 days`, where the corpus tells one battle's length as 199
 * days and as five months). Only where the claim gives one of their values: a value none gives may be
 * of an event the corpus does not tell of, and is never called contradicted so.
 */
function promoteTheOneEvent(claim: Claim, identities: Identities, result: Comparison, index: CorpusIndex): void {
  if (identities.oneValue || hasNamedSubject(claim.frame, index) || claim.frame.returning || measureOf(claim.frame) === undefined) return;
  // (`The works lasted about five months`: the length of things the clause names, not the one event's.)
  if (claim.thingLasted !== undefined) return;
  // (`went on for two hundred days after the order was read out`: a length from another event may be
  // only the part of the event's after it.)
  if (claim.frame.measure.from !== undefined) return;
  if (identities.measureOnly.length === 0 || tellsOfOutside(claim, index)) return;
  const mine = claim.value.interval;
  const moment = momentOf(claim.frame);
  const told: { view: StatementView; decision: Decision; interval: QuantityInterval }[] = [];
  let event: string | undefined;
  // (`The west gallery then stayed shut for seven months`, in a paragraph about a fire: the subject its
  // paragraph gives is only a guess, but a guess of another kind than the one event's says it is not that
  // one. A heading's is more loosely said: `# The Rising, 1611` over a length of the corpus's one siege.)
  const guessed = claim.frame.subject?.via === 'heading' ? [] : kindsOf(claim.frame);
  for (const { group, decision } of identities.measureOnly) {
    const id = oneEventOf(group.frame, index.events);
    if (id === undefined || (event !== undefined && id !== event)) return;
    const kinds = kindsOf(group.frame);
    if (guessed.length > 0 && kinds.length > 0 && !kinds.some((k) => guessed.includes(k))) return;
    if (otherDoingOfNothing(claim, group.frame)) return;
    event = id;
    groupTable(group, moment).forEach((view, interval) => { if (!view.implied) told.push({ view, decision, interval }); });
  }
  if (told.some((t) => setOutsideItsSource(claim, t.view.statement, index))) return;
  const agreeing = told.filter((t) => intervalsOverlap(mine, t.interval)).length;
  if (agreeing === 0 || agreeing === told.length || !told.every((t) => mayBeTheFact(claim, t.view.statement.frame, index, false))) return;
  for (const { view, decision, interval } of told) {
    const same: Decision = strongAs(decision, 'the one event in the sources with this measure');
    const kept = result.matches.find((m) => m.view === view);
    if (kept) kept.decision = same;
    else result.matches.push({ view, decision: same, agrees: intervalsOverlap(mine, interval) });
  }
  result.matches.sort((a, b) => a.view.statement.ordinal - b.view.statement.ordinal);
}

/**
 * `The shaft was closed for five months afterwards`, of no event: a closure may be any works' or any
 * port's, kindred to a strike and to fighting alike, so it does not make the claim the event's whose
 * own doing is another (a battle's fighting).
 */
function otherDoingOfNothing(claim: Claim, frame: FactFrame): boolean {
  return claim.frame.subject === undefined && claim.frame.measure.thing === 'closure' && frame.measure.thing !== undefined && frame.measure.thing !== 'closure';
}

/**
 * A statement that is surely the same fact as one the claim is surely the same fact as, and agrees
 * with, is the claim's fact too: identity carries over (`the siege lasted 140 days` is the claim's
 * fact, and another source's `the siege of Karsk held out for 150 days` is that one's). So a source
 * that disagrees with the claim in words the claim's own frame cannot be tied to still disagrees.
 * So does one that tells of the same named event as a statement of the claim's measure that gives
 * the claim's very value, where its own sentence names that event (`the siege of Karsk lasted 140
 * days` for a claim `The garrison gave in after 140 days`): the claim is of the event that value is of.
 */
function promoteThroughAgreeing(claim: Claim, result: Comparison, index: CorpusIndex): void {
  const mine = claim.value.interval;
  // (Not a length told from another event, which may be only the part of the event after it; and a
  // value alone does not say what a cited source states: it blames no citation.)
  // (Nor a claim whose own subject is an event the corpus does not tell of: `The second siege … It
  // lasted five months`, in a corpus of no siege, is not a battle's because that battle lasted five months.)
  // (Nor the length of things the clause names, `The works lasted about five months`.)
  const givesMine = (m: Match) => claim.frame.measure.from === undefined && claim.thingLasted === undefined && m.decision.slot === 'subject' && !ofEventOutside(claim, index) && !guessedOutside(claim, index) && !otherDoingOfNothing(claim, m.view.frame) &&
    m.view.statement.value.interval.nominal === mine.nominal && namedEventOf(m.view.frame, index.events) !== undefined && !setOutsideItsSource(claim, m.view.statement, index);
  const anchors = result.matches.filter((m) => m.agrees && !m.view.implied && m.view.frame.dimension === claim.frame.dimension && (m.decision.relation === 'same' || givesMine(m)));
  if (anchors.length === 0) return;
  const cited = new Set(claim.citations.map((c) => c.sourceKey));
  // The statements each anchor is the same fact as (its own identities, kept per frame by the index).
  const same = new Set<StatementView>();
  for (const a of anchors) {
    const event = a.decision.relation === 'same' ? undefined : namedEventOf(a.view.frame, index.events);
    // (Of an anchor that only gives the claim's value, only the statements of its named event count:
    // those are found without comparing it with the rest of the corpus, where that is sure to agree.)
    const views = (event === undefined ? undefined : sameFactsOfEvent(a.view.frame, event, index)) ?? sameFactsByIdentities(a.view.frame, event, index);
    for (const view of views) if (event === undefined || !cited.has(view.statement.sourceKey)) same.add(view);
  }
  promoteDisagreeing(claim, result, same, index);
}

/**
 * The statements (not implied lengths) a statement frame is surely the same fact as, from its
 * identities: all of them, or those whose own sentence names `event` (namedEventOf).
 */
export function sameFactsByIdentities(frame: FactFrame, event: string | undefined, index: CorpusIndex): StatementView[] {
  return statementIdentities(frame, index).matches
    .filter(({ view, decision }) => decision.relation === 'same' && !view.implied && (event === undefined || namedEventOf(view.frame, index.events) === event))
    .map(({ view }) => view);
}

/** Per index, sameFactsOfEvent's answers by event and statement frame, kept for the life of the index. */
const SAME_FACTS_OF_EVENT = new WeakMap<CorpusIndex, Map<string, readonly StatementView[] | null>>();

/**
 * The statements (not implied lengths) of `event` that a statement frame is surely the same fact
 * as: what its identities' strong matches of that event are (statementIdentities), without comparing
 * it with the corpus's other statements: in a large corpus an anchor meets a thousand groups of its
 * kind of event or thing counted, and a claim may have seventy anchors, each new to the index.
 * Undefined where only identify can say: where identify could pass over a group of that event
 * (which groups it passes over depends on the order it meets them), or the frame names a name the
 * corpus does not know (identify compares it as another frame).
 */
export function sameFactsOfEvent(frame: FactFrame, event: string, index: CorpusIndex): readonly StatementView[] | undefined {
  const kept = onceFor(SAME_FACTS_OF_EVENT, index, () => new Map<string, readonly StatementView[] | null>());
  const key = `${event}\u0001${JSON.stringify(frame)}`;
  let found = kept.get(key);
  if (found === undefined) kept.set(key, (found = readSameFactsOfEvent(frame, event, index) ?? null));
  return found ?? undefined;
}

function readSameFactsOfEvent(frame: FactFrame, event: string, index: CorpusIndex): StatementView[] | undefined {
  if (withUnknownNamesAlike(frame, index.nameWords) !== frame) return undefined;
  const mine = subjectDecides(frame) ? subjectEvents(frame, index.events) : undefined;
  const shaped = shapedFrame(frame);
  const views: StatementView[] = [];
  // (identify's candidates that name `event`, in its order: the views in the order its matches list them.)
  for (const group of index.candidateGroupsOfEvent(frame, event)) {
    // identify may pass over a group like this once it has met a near statement (identifyFrame's
    // test): then whether it is among the matches depends on the order, and only identify says.
    if ((mine && group.events && !group.events.some((id) => mine.includes(id))) || surelyAnotherSubject(shaped, shapedFrameOf(group), index.events)) return undefined;
    if (compareFrames(shaped, shapedFrameOf(group), index.events).relation !== 'same') continue;
    for (const view of group.views) if (!view.implied) views.push(view);
  }
  return views;
}

/** Per index, a statement frame's identities (by its JSON), kept for the life of the index. */
const STATEMENT_IDENTITIES = new WeakMap<CorpusIndex, Map<string, Identities>>();

/**
 * What a source statement is the same fact as: a fact of the corpus alone, decided once per statement
 * frame and kept, not in the few hundred identities kept for the claims being edited (a claim that
 * agrees with dozens of statements would compare each afresh, on every edit that brings it back).
 */
function statementIdentities(frame: FactFrame, index: CorpusIndex): Identities {
  const kept = onceFor(STATEMENT_IDENTITIES, index, () => new Map<string, Identities>());
  const key = JSON.stringify(frame);
  let found = kept.get(key);
  if (!found) kept.set(key, (found = identify(frame, index)));
  return found;
}

/** The statements of `same` that disagree with the claim and that nothing rules out as its fact, made strong matches. */
function promoteDisagreeing(claim: Claim, result: Comparison, same: ReadonlySet<StatementView>, index: CorpusIndex): void {
  const moment = momentOf(claim.frame);
  const kept = new Map(result.matches.map((m) => [m.view, m]));
  for (const view of same) {
    const interval = viewInterval(view, moment);
    if (intervalsOverlap(claim.value.interval, interval)) continue;
    const known = kept.get(view);
    const decision = known?.decision ?? compareAsShaped(claim.frame, view.frame, index.events);
    if (decision.relation !== 'weak') continue;
    const strong: Decision = strongAs(decision, 'the same fact as a statement that agrees');
    if (known) known.decision = strong;
    else result.matches.push({ view, decision: strong, agrees: false });
  }
  result.matches.sort((x, y) => x.view.statement.ordinal - y.view.statement.ordinal);
}

/**
 * A weak decision made strong for a reason of the corpus's (`the one event in the sources with this
 * measure`), which tells what the weak one matched and leaves out why it was unsure.
 */
function strongAs(weak: Decision, why: string): Decision {
  return { relation: 'same', slot: 'measure', reason: `${why} (${weak.reason.replace(/, but not sure.*$/, '')})` };
}

/**
 * A claim whose own sentence names no subject, that cites a source, is the fact of that source's
 * statements of its measure where they give one value and nothing conflicts: the writer has said
 * where the fact is told (`Another two million were marched off as prisoners, Herman writes`).
 */
function promoteTheCited(claim: Claim, identities: Identities, result: Comparison, index: CorpusIndex): void {
  const cited = new Set(claim.citations.map((c) => c.sourceKey).filter((k): k is string => k !== undefined));
  if (cited.size === 0 || !mayBeTold(claim, index, true)) return;
  // (A subject its own sentence says is the writer's own; one from its paragraph is a guess. A time
  // between names its two events, and the moment it counts from says which time it is.)
  const subject = claim.frame.subject;
  const named = claim.namesInClause || (subject && !fromContext(subject) && hasNamedSubject(claim.frame, index)) || (claim.frame.place && !claim.frame.placeGuessed);
  if (named && claim.frame.measure.kind !== 'between') return;
  // (`had held 38 percent of the colony's people in 1911`: a sentence set at a time of its own says
  // which of the source's happenings it is of, and a statement not set at one may be of another.)
  const dated = claim.frame.dated;
  const mine = claim.value.interval;
  for (const key of cited) {
    if (result.matches.some((m) => m.view.statement.sourceKey === key && m.decision.relation === 'same')) continue;
    // (Read once per source: it rules out most sources before their statements are gone through.)
    if (!statesTheMeasureOnce(key, claim.frame, index)) continue;
    const views = identities.measureOnly.flatMap(({ group, decision }) => group.views
      .filter((view) => !view.implied && view.statement.sourceKey === key && mayBeTheFact(claim, view.statement.frame, index) &&
        (!dated || sameTime(dated, view.statement.frame.dated)) && !ofOneOfSeveral(view.statement.frame, index) && !endsAtOwnEventUnsaid(claim.frame, view.statement.frame))
      .map((view) => ({ view, decision })));
    if (views.length === 0) continue;
    for (const { view, decision } of views) {
      const same: Decision = strongAs(decision, 'the cited source\'s one statement of this measure');
      const kept = result.matches.find((m) => m.view === view);
      if (kept) kept.decision = same;
      else result.matches.push({ view, decision: same, agrees: intervalsOverlap(mine, statementInterval(view, claim.frame)) });
    }
  }
  result.matches.sort((a, b) => a.view.statement.ordinal - b.view.statement.ordinal);
}

/**
 * `opened the inquest three days after the fall`: a time between whose clause names an event of its
 * own (the inquest) runs up to that event; a statement that names none (`The last body was recovered
 * eleven days after the fall`) may run up to another, so it is no sure fact of the claim's.
 */
function endsAtOwnEventUnsaid(claim: FactFrame, statement: FactFrame): boolean {
  if (claim.measure.kind !== 'between' || claim.measure.from === undefined || !claim.subject || fromContext(claim.subject)) return false;
  return !statement.subject || fromContext(statement.subject);
}

/**
 * A statement whose subject may be any of several of the corpus's events (`the Battle of Aldermoor
 * Ford`, where the corpus numbers two): its source's one count of a measure may be of another of them.
 */
function ofOneOfSeveral(frame: FactFrame, index: CorpusIndex): boolean {
  return frame.subject?.refs.some((r) => index.events.lookup(r).count > 1) === true;
}

/** Two sentences' times that overlap; a time not given is not the same. */
function sameTime(a: { low: number; high: number }, b: { low: number; high: number } | undefined): boolean {
  return b !== undefined && a.low < b.high && b.low < a.high;
}

/**
 * Whether a source gives one value for a measure in all it says (`three million` prisoners, once or
 * twice): then it has one such fact. A source that counts the dead of many things has many.
 */
function statesTheMeasureOnce(key: string, frame: FactFrame, index: CorpusIndex): boolean {
  const statements = index.byKey.get(key)?.statements;
  if (!statements) return false;
  // (Read once per source, at the first claim that cites it, not per claim: a source may be large.)
  const one = onceFor(MEASURE_VALUES, statements, valuePerMeasure).get(measureKey(frame));
  return one !== undefined && !Number.isNaN(one);
}

function valuePerMeasure(statements: readonly Statement[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const statement of statements) {
    const measure = measureKey(statement.frame);
    const seen = values.get(measure);
    values.set(measure, seen === undefined || seen === statement.value.interval.nominal ? statement.value.interval.nominal : NaN);
  }
  return values;
}

/**
 * A statement's measure, as a source's values are told apart: a place's people are counted at a time
 * (`1,240 inhabitants in 1801, 2,115 in 1831`), so a population is one per year its sentence gives;
 * so is a bare stock of things, told by no deed (`| 1891 | 104 | 735 |` under `| Census | Boats | Men |`).
 */
function measureKey(frame: FactFrame): string {
  const year = (frame.measure.kind === 'population' || isDatedStock(frame)) && frame.dated ? ` in ${yearOfDay(frame.dated.low)}` : '';
  return `${frame.dimension} ${measureOf(frame)}${year}`;
}

/** What is read from a source once, kept while the source is (its statements or sentences are the key). */
function onceFor<K extends object, V>(cache: WeakMap<K, V>, key: K, read: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = read(key)));
  return value;
}

/** Per source's statements, each measure's one value (NaN where it gives more than one). */
const MEASURE_VALUES = new WeakMap<readonly Statement[], Map<string, number>>();

/**
 * What a frame measures, as one statement of a source is told apart from its others: the thing
 * counted or the whole of a share; for a time between, the moment it counts from (`three months
 * after the fall of …`, ended), without which nothing says which time it is.
 */
function measureOf(frame: FactFrame): string | undefined {
  if (isDatedStock(frame)) return `stock of ${frame.measure.thing}`;
  if (frame.measure.kind !== 'between') return frame.measure.kind;
  return frame.measure.from?.phase === undefined ? undefined : `between, from when it ${frame.measure.from.phase}`;
}

/** Whether a claim may be told by a statement it shares only a measure with: a count or share of a kind (or, where cited, a time from a moment), of nothing outside the corpus. */
function mayBeTold(claim: Claim, index: CorpusIndex, timesBetween = false): boolean {
  if (measureOf(claim.frame) === undefined) return false;
  // A return (`fled again`) tells of a second time: the one statement with the measure may be the first.
  if (claim.frame.returning) return false;
  const between = timesBetween && claim.frame.dimension === 'duration' && claim.frame.measure.kind === 'between';
  if (claim.frame.dimension !== 'count' && claim.frame.dimension !== 'fraction' && !between) return false;
  // …and only when its paragraph tells of no event the corpus does not know (`the siege of the city`
  // in an essay about another war).
  // (Nor when the text before it, even a paragraph before, is about such an event: a guessed subject.)
  const unknown = (r: EventRef) => unknownEvent(r, index);
  if (claim.around.some(unknown) || claim.frame.subject?.refs.some(unknown)) return false;
  if (namesUnknownEventLately(claim, index)) return false;
  // (`some 1,700 British soldiers were killed`: a side the corpus never names says it is another war.)
  if ((claim.frame.sides ?? []).some((side) => !index.knowledge.isSide(side))) return false;
  // (Nor when its sentence names something the corpus never writes: `At Kiev … 600,000 captured`;
  // nor its paragraph, naming nothing the corpus does: `Ardry led 1,100 men out of Glenmorrow. … a
  // third of the column died`.)
  return !claim.namesOutside && !claim.amongOutside;
}

/** An event the corpus does not know (not a place). */
function unknownEvent(r: EventRef, index: CorpusIndex): boolean {
  return r.type !== undefined && r.type !== 'place' && index.events.lookup(r).count === 0;
}

/**
 * Whether the text has lately named by name an event the corpus does not know, a list's first entry
 * among them (`- Conflict: Battle of Brest` above `- Casualties: about 6,800 captured`). This is all
 * that comparing reads of a claim's `recent`: a checker keys its comparisons by it (comparisonKey),
 * so that a title renamed to another name the corpus does not know compares nothing again.
 */
export function namesUnknownEventLately(claim: Pick<Claim, 'recent'>, index: CorpusIndex): boolean {
  return claim.recent.some((r) => r.key !== undefined && unknownEvent(r, index));
}

/** Whether a statement that shares a claim's measure, and nothing in conflict, may be the claim's fact. */
function mayBeTheFact(claim: Claim, statement: FactFrame, index: CorpusIndex, aroundDecides = true): boolean {
  // (`a petition signed by 300 tenants`: the one count of tenants, who threw down hedges, says
  // nothing of what they did; the same measure is the same kind of count, not one left unknown.)
  if (measureOf(statement) !== measureOf(claim.frame)) return false;
  // (`within half a year, more than four million`: a count of a span is not the one count of an event
  // the corpus names, told without it.)
  if (claim.frame.scope !== undefined && statement.scope !== claim.frame.scope && statement.subject && !fromContext(statement.subject)) return false;
  // (`prisoners over the whole war`: a total over a whole war is the one count only of another such total.)
  if (claim.frame.scope === 'whole' && statement.scope !== 'whole') return false;
  // (`three million Soviet men were killed`, in a paragraph about the invasion: the one count of
  // deaths the corpus gives is of a battle it names, and the paragraph never names that battle.)
  return !aroundDecides || !namesOtherEvent(statement, claim.around, index);
}

/** Where each source's sentences that give a length of time start: read once per source, not per check. */
const SPAN_SENTENCES = new WeakMap<readonly Statement[], ReadonlySet<number>>();

/** Whether a statement's sentence also gives a length of time (a duration that is not a date range's). */
function toldOverASpan(statement: Statement, index: CorpusIndex): boolean {
  const statements = index.byKey.get(statement.sourceKey)?.statements;
  if (!statements) return false;
  const starts = onceFor(SPAN_SENTENCES, statements, (all) =>
    new Set(all.filter((s) => s.frame.dimension === 'duration' && s.value.form !== 'date-range').map((s) => s.sentence.range.start)));
  // (The statement itself is a count or a share: a length in its sentence is another statement.)
  return starts.has(statement.sentence.range.start);
}

/**
 * A claim that tells of something the corpus does not: its sentence names something no word of whose
 * name the corpus writes (`Mafeking … held out for 217 days`), or its own subject is an event the
 * corpus never names (`the siege of Plevna`; `the first crush`, of a corpus that names only its
 * second, is still of a kind it tells of).
 */
function tellsOfOutside(claim: Claim, index: CorpusIndex): boolean {
  return claim.namesOutside || ofEventOutside(claim, index);
}

/** Whether a claim's own subject (not one guessed from the text around) is an event the corpus never names. */
function ofEventOutside(claim: Claim, index: CorpusIndex): boolean {
  return claim.frame.subject !== undefined && !fromContext(claim.frame.subject) && claim.frame.subject.refs.some((r) => eventNeverTold(r, index));
}

/**
 * Whether the subject guessed for a claim from the text around it is only events the corpus never
 * tells of, or names one it never names (a heading's `Blockade of Lennmouth`, in a corpus of other
 * wars): a guess, but no ground to make a statement of the corpus's own events the claim's fact.
 */
function guessedOutside(claim: Claim, index: CorpusIndex): boolean {
  const subject = claim.frame.subject;
  return subject !== undefined && fromContext(subject) && subject.refs.length > 0 &&
    (subject.refs.every((r) => eventNeverTold(r, index)) || subject.refs.some((r) => r.key !== undefined && eventNeverTold(r, index)));
}

/** An event the corpus never tells of: a name it never gives, or a kind it never tells of, unnamed. */
function eventNeverTold(r: EventRef, index: CorpusIndex): boolean {
  return r.type !== undefined && r.type !== 'place' &&
    (r.key !== undefined ? index.events.lookup(r).count === 0 : !index.knowledge.tellsOfKind(r.type) && !index.knowledge.isEventWord(r.type));
}

/** A statement that names its own event by name (in its sentence), which the claim's paragraph does not name. */
function namesOtherEvent(statement: FactFrame, around: readonly EventRef[], index: CorpusIndex): boolean {
  const subject = statement.subject;
  if (!subject || fromContext(subject)) return false;
  const idOf = (r: EventRef) => index.events.lookup(r).id;
  const ids = new Set<string | undefined>(subject.refs.filter((r) => r.key !== undefined).map(idOf));
  ids.delete(undefined);
  return ids.size > 0 && !around.some((r) => ids.has(idOf(r)));
}

/**
 * A subject the claim names: a name, or a corpus event it or its paragraph is about. `the war`,
 * which could be any of the corpus's wars, names none, in its own sentence or its paragraph's.
 */
function hasNamedSubject(frame: FactFrame, index: CorpusIndex): boolean {
  const subject = frame.subject;
  if (frame.place) return true;
  if (!subject) return false;
  return subject.refs.some((r) => r.key !== undefined || index.events.lookup(r).id !== undefined);
}

/** What each source says of the claim's fact: it agrees (an agreeing match, see below), disagrees (a strong disagreeing match), or is silent. */
export function sourceStances(matches: readonly Match[], claim: Claim): Map<string, boolean> {
  const stances = new Map<string, boolean>();
  // A source that surely gives the fact another value, and surely gives it no agreeing one, is not made
  // to agree by a weak statement that only comes near the claim's value (`twenty months` of a rising,
  // against `two full years` of a famine the source surely puts at fourteen months): only by one that
  // gives the very value, or holds it, or that the claim's span holds, since the sure match may be the
  // wrong fact as often as the weak one.
  const surely = (agrees: boolean) => new Set(matches.filter((m) => m.decision.relation === 'same' && m.agrees === agrees).map((m) => m.view.statement.sourceKey));
  const [against, sureFor] = [surely(false), surely(true)];
  for (const m of matches) {
    const key = m.view.statement.sourceKey;
    const onlyNear = m.decision.relation !== 'same' && against.has(key) && !sureFor.has(key) && !givesTheVeryValue(claim, m.view.statement.value);
    if (m.agrees && !onlyNear) stances.set(key, true);
    else if (m.decision.relation === 'same' && !stances.has(key)) stances.set(key, false);
  }
  return stances;
}

/** Hedges that give a bound, not a value (`at least seven`, `up to 40`). */
const OPEN_BOUNDS: ReadonlySet<string> = new Set(['over', 'at-least', 'up-to', 'under']);

/**
 * A statement's value that is the claim's, holds it (`November 1846`, of `13 November 1846`; not a
 * bound, `at least seven`, which holds 31 without giving it), or that the claim's span holds
 * (`between 172 and 214`, of 172).
 */
function givesTheVeryValue(claim: Claim, value: Statement['value']): boolean {
  const mine = claim.value.interval;
  const stated = value.interval;
  const bound = value.hedge !== undefined && OPEN_BOUNDS.has(value.hedge.kind);
  return stated.nominal === mine.nominal || (!bound && stated.low <= mine.low && mine.high <= stated.high) ||
    (mine.low <= stated.nominal && stated.nominal <= mine.high && mine.high - mine.low > stated.high - stated.low);
}

/** The contract's verdict table. `stating` maps each source that states the fact to whether it agrees. */
export function verdict(
  stating: ReadonlyMap<string, boolean>,
  citedCorpus: readonly string[],
): FindingCode | undefined {
  const agreeing = [...stating].filter(([, agrees]) => agrees).map(([key]) => key);
  const disagreeing = [...stating].filter(([, agrees]) => !agrees).map(([key]) => key);
  if (stating.size === 0) return citedCorpus.length > 0 ? 'citation-mismatch' : 'not-in-sources';
  if (agreeing.length === 0) return 'contradicted';
  if (citedCorpus.length > 0 && !citedCorpus.some((key) => agreeing.includes(key))) return 'citation-mismatch';
  if (disagreeing.length > 0) return 'sources-disagree';
  return undefined;
}

function toEvidence(match: Match, claimFrame: FactFrame, index: CorpusIndex): Evidence {
  const s = match.view.statement;
  const source = index.byKey.get(s.sourceKey)!;
  return {
    sourceKey: source.key,
    sourceTitle: source.title,
    sourceKind: source.kind,
    sourceUri: source.uri,
    sentenceRange: s.sentence.range,
    sentence: s.sentence.text,
    part: s.sentence.part,
    ...(source.places ? { place: placeAt(source.places, s.sentence.range.start) } : {}),
    valueText: s.value.text,
    valueRange: s.value.range,
    interval: statementInterval(match.view, claimFrame),
    agrees: match.agrees,
    strength: match.decision.relation === 'same' ? 'strong' : 'weak',
    because: match.decision.reason,
    frame: describeFrame(match.view.frame),
  };
}

/** How many sources' weak agreeing sentences a finding shows, and how many sentences at most. */
const WEAK_SOURCES_SHOWN = 5;
const EVIDENCE_SHOWN = 12;

/**
 * The matches that decided a verdict, as evidence: from each source, its first strong match that
 * agrees and its first that disagrees, or, for a source that counts as agreeing only through a weak
 * match, its first such (for the first few such sources). At most a dozen sentences, the cited
 * sources' first: in a large corpus a claim may match hundreds, and every source still counts in the
 * verdict (sourceStances) whether or not it is shown.
 */
function decisiveMatches(matches: readonly Match[], cited: readonly string[], stances: ReadonlyMap<string, boolean>): Match[] {
  const strongAgreeing = new Set(matches.filter((m) => m.agrees && m.decision.relation === 'same').map((m) => m.view.statement.sourceKey));
  const shown = new Set<string>();
  let weakSources = 0;
  const picked = matches.filter((m) => {
    const key = m.view.statement.sourceKey;
    const slot = `${key}|${m.decision.relation}|${m.agrees}`;
    if (shown.has(slot)) return false;
    // (Nor a weak one of a source that disagrees: it only came near the claim's value, see sourceStances.)
    if (m.decision.relation !== 'same' && (!m.agrees || strongAgreeing.has(key) || stances.get(key) === false || weakSources >= WEAK_SOURCES_SHOWN)) return false;
    if (m.decision.relation !== 'same') weakSources++;
    shown.add(slot);
    return true;
  });
  const rank = (m: Match) => (cited.includes(m.view.statement.sourceKey) ? 0 : 1);
  return picked.map((m, i) => ({ m, i })).sort((x, y) => rank(x.m) - rank(y.m) || x.i - y.i).slice(0, EVIDENCE_SHOWN)
    .sort((x, y) => x.i - y.i).map((x) => x.m);
}

/** At most this many characters of the nearest statement's sentence, around its value. */
const EXCERPT = 120;

/** A statement's sentence, or the part of it around its value, with `…` where it was cut. */
function excerpt(statement: Statement): string {
  const { text, range } = statement.sentence;
  if (text.length <= EXCERPT) return text;
  const at = statement.value.range.start - range.start;
  let start = Math.max(0, Math.min(at - EXCERPT / 2, text.length - EXCERPT));
  let end = Math.min(text.length, start + EXCERPT);
  // Cut between words.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), start + 1);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/**
 * When the cited sources state nothing of a claim, whether that silence proves nothing: the checker
 * cannot tell which of their statements would be the claim's, so it says nothing rather than blame
 * the citation. (A cited source that states the fact and disagrees is still a mismatch.)
 */
function silenceProvesNothing(claim: Claim, matches: readonly Match[], stances: ReadonlyMap<string, boolean>, cited: readonly string[], index: CorpusIndex): boolean {
  if (!cited.every((key) => !stances.has(key))) return false;
  // A claim read too vaguely to know what it is of (no subject of its own, no measure), that no
  // source at all states, or a date or a length of nothing named (`seize the ship`, `retake it`, with
  // no event around it): unless only other sources give its value (onlyOthersGiveTheValue).
  const vague = (stances.size === 0 && isVague(claim.frame)) || namesNothing(claim.frame);
  if (vague) return !onlyOthersGiveTheValue(claim, cited, index) && cited.some((key) => mayGiveAnywhere(claim, index.byKey.get(key), index));
  // (`Only seven of the nine men came back`, of nothing named: a count told only by what those counted
  // did says little of what it counts, and a cited source that writes its number, `the seven who were
  // left came down again`, may state it.)
  const deedOnly = claim.frame.measure.kind?.startsWith('act:') === true && claim.frame.subject === undefined;
  if (deedOnly && stances.size === 0 && cited.some((key) => writesTheValue(claim, index.byKey.get(key)?.sentences ?? []))) return true;
  // Each cited source tells of the claim's own event with a value the checker cannot tie to its
  // measure: it may well state it, in words the checker cannot pin down. (A statement that only has
  // the same measure, of some event, does not excuse the citation. Nor, for a claim that says what it
  // measures in the lexicon's words, `31 men were arrested`, one that measures something else, `400
  // weavers marched`: unless it measures the same, or the source writes the claim's very value.)
  if (cited.every((key) => matches.some((m) => m.view.statement.sourceKey === key && m.decision.relation === 'weak' && m.decision.slot === 'measure' &&
    (!lexiconKind(claim.frame.measure) || m.view.frame.measure.kind === claim.frame.measure.kind || writesTheValue(claim, index.byKey.get(key)?.sentences ?? []))))) return true;
  // Each cited source gives the claim's very value in a statement nothing rules out as its fact
  // (`fifty-eight taken in chains`, a table's notes cell): it may say it in words the checker cannot
  // pin down. Blaming the citation would tell a writer who cited rightly that they did not. So does
  // one that writes the very count before a noun for what the claim counts (`the five manors of the
  // vale`), where the checker read no statement; and one that gives the claim's day and month with a
  // year it only took from the text around it (`Thursday, the 28th of August`): the year was a guess.
  return cited.every((key) => {
    const source = index.byKey.get(key);
    return givesTheValue(claim, source?.statements ?? [], index, true) || (source !== undefined && writesTheCount(claim, source)) ||
      guessesTheDaysYear(claim, source?.statements ?? [], index) || (source !== undefined && writesTheYearBesideItsName(claim, source.sentences));
  });
}

/**
 * Whether a source writes a claim's value anywhere, or has any statement of its dimension whose value
 * overlaps it, whatever that statement is of: where the claim is too vague to tie to any statement, the
 * only sign that the source does not state it. A date is given anywhere its month (a day's or a
 * month's) or its year is written, in the source's title too; a year guessed from the text around it
 * may be the wrong one.
 */
function mayGiveAnywhere(claim: Claim, source: IndexedSource | undefined, index: CorpusIndex): boolean {
  if (!source) return true;
  if (writesTheValue(claim, source.sentences) || givesTheValue(claim, source.statements, index, false)) return true;
  const mine = claim.value.interval;
  if (mine.dimension === 'date') {
    if (claim.value.yearFromContext) return true;
    const { year, month } = calendarDate(mine.low);
    const monthly = claim.value.precision === 'day' || claim.value.precision === 'month';
    const word = monthly ? FULL_MONTH_NAMES[month - 1]! : String(year);
    if (writesWords(lowerTextOf(source.sentences), word) || writesWords(source.title.toLowerCase(), word)) return true;
  }
  return source.statements.some((s) => s.value.interval.dimension === mine.dimension && intervalsOverlap(mine, s.value.interval));
}

/** Each month's name in full (the longest of its words in MONTHS), by its number less one. */
const FULL_MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, i) =>
  Object.keys(MONTHS).filter((w) => MONTHS[w] === i + 1).reduce((a, b) => (b.length > a.length ? b : a)));

/** Each source's sentences in lower case, one string apart by NUL (no value's text holds one): made once per source, not per check. */
const LOWER_TEXTS = new WeakMap<readonly SourceSentence[], string>();

/** Whether a source's text writes a claim's value as the draft writes it (`214`, `the spring of 1848`), read as a statement or not. */
function writesTheValue(claim: Claim, sentences: readonly SourceSentence[]): boolean {
  return writesWords(lowerTextOf(sentences), claim.value.text.toLowerCase());
}

/**
 * `14 March 1871: the Merrin Commission reports …`, citing a page whose `The Merrin Commission's report of
 * 1871 counted …` states no date the checker reads: a source that writes a date claim's year, and no
 * month, in a sentence that names the claim's own event may give the date in words it cannot pin down.
 */
function writesTheYearBesideItsName(claim: Claim, sentences: readonly SourceSentence[]): boolean {
  const { frame, value } = claim;
  const key = frame.dimension === 'date' && frame.subject && !fromContext(frame.subject) ? frame.subject.refs.find((r) => r.key !== undefined)?.key : undefined;
  if (key === undefined || value.interval.dimension !== 'date') return false;
  const year = String(yearOfDay(value.interval.low));
  if (year !== String(yearOfDay(value.interval.high - 1))) return false;
  const words = key.split(' ');
  // (Only a year, no month or day of its own: a sentence that gives one, `struck on 14 October 1768`,
  // says which day it tells, and it is not the claim's.) The source's text is read once, kept lower-cased.
  const all = lowerTextOf(sentences);
  for (let at = all.indexOf(year); at >= 0; at = all.indexOf(year, at + 1)) {
    const sentence = all.slice(all.lastIndexOf('\u0000', at) + 1, (all.indexOf('\u0000', at) + 1 || all.length + 1) - 1);
    if (writesWords(sentence, year) && words.every((w) => sentence.includes(w)) && !(sentence.match(/\p{L}+/gu) ?? []).some((w) => MONTHS[w] !== undefined)) return true;
  }
  return false;
}

function lowerTextOf(sentences: readonly SourceSentence[]): string {
  return onceFor(LOWER_TEXTS, sentences, (all) => all.map((s) => s.text.toLowerCase()).join('\u0000'));
}

/** Whether lower-case `text` holds `words` (lower case) as words of their own, not inside longer ones. */
function writesWords(text: string, words: string): boolean {
  if (words === '') return false;
  const letter = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!letter.test(text[at - 1] ?? ' ') && !letter.test(text[at + words.length] ?? ' ')) return true;
  }
  return false;
}

/** Whether a source gives a date claim's day and month, in another year taken from the text around it, in a statement nothing rules out as its fact. */
function guessesTheDaysYear(claim: Claim, statements: readonly Statement[], index: CorpusIndex): boolean {
  return statements.some((s) => dayOfGuessedYear(claim, s) && !ruledOutAsStated(claim.frame, s.frame, compareAsShaped(claim.frame, s.frame, index.events), true));
}

/**
 * Whether a source gives a length claim's length as a range between two days of one sentence (`it
 * appeared on the twenty-eighth day of June … and continued until the thirteenth day of September`),
 * counted either way (with the first day or without it).
 */
function spansTheLength(claim: Claim, statements: readonly Statement[]): boolean {
  if (claim.frame.dimension !== 'duration' || claim.frame.measure.kind === 'between') return false;
  const days = statements.filter((s) => s.frame.dimension === 'date' && s.value.precision === 'day');
  // (The second day closes a range the sentence writes, `until the thirteenth day of September`: two
  // days of two events, an accident's and its inquest's, state no length.)
  const closes = (b: Statement) => /\b(until|till|to)\s+$/i.test(b.sentence.text.slice(0, b.value.range.start - b.sentence.range.start));
  const spans = (a: Statement, b: Statement) => b.value.interval.low > a.value.interval.low && closes(b) &&
    intervalsOverlap(claim.value.interval, { ...claim.value.interval, low: b.value.interval.low - a.value.interval.low, high: b.value.interval.high - a.value.interval.low });
  // (Statements are in text order: a sentence's days stand together.)
  for (let i = 0; i < days.length; i++) {
    for (let j = i + 1; j < days.length && days[j]!.sentence === days[i]!.sentence; j++) if (spans(days[i]!, days[j]!)) return true;
  }
  return false;
}

/** Whether a source writes a count claim's very number before a noun for what it counts. */
function writesTheCount(claim: Claim, source: WrittenSource): boolean {
  const thing = claim.frame.measure.thing;
  const kind = lexiconKind(claim.frame.measure) ? claim.frame.measure.kind : undefined;
  return claim.frame.dimension === 'count' && thing !== undefined && writesCount(source, claim.value.interval.nominal, thing, kind);
}

/**
 * A claim the checker cannot tie to a fact, whose very value (a count, a length, a share, a day)
 * another source gives, while no cited source gives any value like it: the citation is blamed. Were
 * that statement the claim's fact, the cited source would be silent on a fact others state; were it
 * not, no source would state the fact; a mismatch either way. (Not for a year or a month: a source
 * that sets its scene with one, `In 1786 …`, gives no statement of it.)
 */
function onlyOthersGiveTheValue(claim: Claim, cited: readonly string[], index: CorpusIndex): boolean {
  if (claim.frame.dimension === 'date' && claim.value.precision !== 'day') return false;
  // (Nor where a cited source writes the very length or share, `We had nine days of rain`, read as no
  // statement: it may give the claim in words the checker cannot pin down. A bare count, `nine`, may
  // be written of anything.)
  const dimension = claim.frame.dimension;
  return someSourceGivesTheValue(claim, index) && !cited.some((key) => givesTheValue(claim, index.byKey.get(key)?.statements ?? [], index, false) ||
    (dimension === 'date' ? writesTheDay(index.byKey.get(key)?.sentences ?? [], claim.value.interval) :
      dimension !== 'count' && writesTheValue(claim, index.byKey.get(key)?.sentences ?? [])));
}

/** A day and its month with no year after them (`on 29 March`, `March 29th`). */
const MONTH_NAMES = Object.keys(MONTHS).join('|');
const YEARLESS_DAY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES})\\b(?!,?\\s*\\d{3,4})|\\b(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{3,4})`, 'gi');
/** The days (`3-29`) each source's reader comments write with no year: read once per source, not per check. */
const YEARLESS_DAYS = new WeakMap<readonly SourceSentence[], ReadonlySet<string>>();

function yearlessDaysInComments(sentences: readonly SourceSentence[]): ReadonlySet<string> {
  return onceFor(YEARLESS_DAYS, sentences, (all) => {
    const found = new Set<string>();
    for (const s of all) {
      if (s.part !== 'comment') continue;
      for (const m of s.text.matchAll(YEARLESS_DAY)) found.add(`${MONTHS[(m[2] ?? m[3])!.toLowerCase()]}-${Number(m[1] ?? m[4])}`);
    }
    return found;
  });
}

/**
 * Whether a source's reader comments write a day and its month with no year (`on 29 March`, `March
 * 29th`): a comment may leave the year to the post it answers (policy 11), which the checker, reading
 * each comment afresh, does not read. (The post's own text takes the year from around it; a day
 * written with a year is that year's, and the checker read it.)
 */
function writesTheDay(sentences: readonly SourceSentence[], day: QuantityInterval): boolean {
  const { month, day: d } = calendarDate(day.low);
  return yearlessDaysInComments(sentences).has(`${month}-${d}`);
}

/**
 * Whether some source gives the claim's very value (the same day, the same number as stated, a day of
 * the month it names) in a statement nothing rules out as its fact: the checker cannot tie it to the
 * claim, but cannot say that no source states it either. Not for a claim that tells of something the
 * corpus does not: no source states what it says of that.
 */
function someSourceGivesTheValue(claim: Claim, index: CorpusIndex): boolean {
  const values = claim.frame.dimension === 'date' ? valuesWithin(claim) : [veryValue(claim)];
  if (statementsOfTheValue(claim, index, values).some((s) =>
    !ruledOutAsStated(claim.frame, s.frame, compareAsShaped(claim.frame, s.frame, index.events), claim.value.precision === 'day'))) return true;
  // A year holds many moments of many things: a day or a month in it (`dismissed in March 1768`, of
  // `until 1768`) may be the claim's only where the claim says what it dates and no slot, not even the moment, tells them apart.
  const told = claim.frame.subject !== undefined || claim.frame.measure.kind !== undefined;
  return told && statementsOfTheValue(claim, index, daysAndMonthsOfYear(claim)).some((s) =>
    compareAsShaped(claim.frame, s.frame, index.events).relation !== 'different');
}

/** For a year (`1768`), each of its days and months; else none. */
function daysAndMonthsOfYear(claim: Claim): QuantityInterval[] {
  const { interval } = claim.value;
  if (claim.frame.dimension !== 'date' || claim.value.form !== 'year' || interval.high - interval.low > 366) return [];
  return datesWithin(interval, true);
}

/** Each day of a span of days, and with `months` each whole month within it too. */
function datesWithin(interval: QuantityInterval, months: boolean): QuantityInterval[] {
  const within: QuantityInterval[] = [];
  for (let day = interval.low; day < interval.high; day++) {
    within.push({ ...interval, low: day, high: day + 1, nominal: day });
    const { year, month, day: first } = calendarDate(day);
    const whole = months && first === 1 ? monthInterval(year, month) : undefined;
    if (whole && whole.high <= interval.high) within.push(whole);
  }
  return within;
}

/**
 * The statements that give one of these values of the claim's, of its dimension and not between other
 * events than its own; none for a claim that tells of something the corpus does not (no source states
 * what it says of that).
 */
function statementsOfTheValue(claim: Claim, index: CorpusIndex, values: readonly QuantityInterval[]): Statement[] {
  if (tellsOfOutside(claim, index)) return [];
  return values.flatMap((value) => index.statementsWithValue(value).filter((s) => s.frame.dimension === claim.frame.dimension &&
    !endsConflict(claim.frame.measure, s.frame.measure, index.events)));
}

/**
 * Matches for the statements that give the claim's very value (the same day, the same number as
 * stated, a day of the month it names) and that no slot but a qualifier tells apart from the claim's:
 * each may be the claim's fact, told in words the checker cannot tie to it, so the statements that
 * disagree prove no contradiction. (Stricter than someSourceGivesTheValue: a veto of a measure rules
 * one out too: `176 souls` buried are not the town's 214 dead.)
 */
function matchesGivingTheValue(claim: Claim, index: CorpusIndex): Match[] {
  const mine = withoutQualifiers(claim.frame);
  return statementsOfTheValue(claim, index, valuesWithin(claim)).flatMap((statement): Match[] => {
    const decision = compareAsShaped(mine, withoutQualifiers(statement.frame), index.events);
    // (Nor of a named event the corpus dates to years the claim's own sentence does not give: `On 27
    // February 1766 … killed 43`, and `| 3 February 1741 | Kettle Slide | 43 |` of a slide of 1741.)
    if ((decision.relation === 'different' && !(decision.slot === 'subject' && partOfTheFight(claim.frame, statement.frame))) || datedElsewhere(claim.frame, statement.frame, index.events)) return [];
    const reason = 'gives the very value, of something the checker cannot tie to the claim';
    return [{ view: { statement, frame: statement.frame, implied: false }, decision: { ...decision, relation: 'weak', reason }, agrees: true }];
  });
}

/**
 * `About 40 per cent of the town's houses were destroyed in the bombardment`, for the share the siege
 * destroyed: a count or a share told of an attack no name sets apart (a bombardment, a raid) may be
 * that of the fight it was a part of. (Never a time: an attack's days are not the siege's.)
 */
function partOfTheFight(claim: FactFrame, stated: FactFrame): boolean {
  if (claim.dimension !== 'count' && claim.dimension !== 'fraction') return false;
  const attack = (f: FactFrame) => f.subject !== undefined && f.subject.refs.every((r) => r.type === 'attack' && r.key === undefined && r.ordinal === undefined);
  const fight = (f: FactFrame) => f.subject?.refs.some((r) => familyOf(r.type) === 'fighting' || r.type === 'war') === true;
  return (attack(stated) && fight(claim)) || (attack(claim) && fight(stated));
}

/**
 * The value a claim names, as a source would give it: under an open bound (`less than five years`,
 * `up to 40`), no less than half the bound. A writer who puts a bound says the value is near it: a
 * source's seventeen hours is no statement of less than five years.
 */
function veryValue(claim: Claim): QuantityInterval {
  const { interval, hedge } = claim.value;
  const open = hedge?.kind === 'under' || hedge?.kind === 'up-to';
  return open ? { ...interval, low: Math.max(interval.low, interval.nominal / 2) } : interval;
}

/**
 * The claim's value, and for a month (`February 1827`) each of its days, for a season (`the autumn of
 * 1328`) each of its days and whole months: a day or a month a source gives is one of them.
 */
function valuesWithin(claim: Claim): QuantityInterval[] {
  const { interval } = claim.value;
  const precision = claim.value.precision;
  if (claim.frame.dimension !== 'date' || (precision !== 'month' && precision !== 'season')) return [interval];
  return [interval, ...datesWithin(interval, precision === 'season')];
}

/**
 * A frame without the qualifiers read least surely (a body of men, sides, a place, a span of time):
 * `Seventeen of my own hands` and a table's `Deaths among Quarmby's hands | 17` are one fact, though
 * only one of them was read as a part.
 */
function withoutQualifiers(frame: FactFrame): FactFrame {
  const { group, sides: _sides, agents: _agents, forceOf: _forceOf, place: _place, placeGuessed: _placeGuessed, scope: _scope, dated: _dated, ...rest } = frame;
  // (Someone's own people, `Nine of our children are now among the dead`, are surely a part: kept.)
  return group?.startsWith('own ') ? { ...rest, group } : rest;
}

/** Under two years: a range of dates this short is of months, not of years. */
const MONTHS_RANGE_DAYS = 700;
/** The most a range of months may be longer than the length it tells: a month at either end. */
const MONTH_ENDS_DAYS = 62;

/**
 * `Sep 1527 – Mar 1528` tells a length in months that the checker does not read: from the end of the
 * first month to the start of the last, up to the whole range. A range of years (`1788–1795`) tells none.
 */
function monthsRangeMayGive(value: Statement['value'], length: QuantityInterval): boolean {
  if (value.form !== 'date-range' || value.impliedDuration) return false;
  const days = value.interval.high - value.interval.low;
  return days < MONTHS_RANGE_DAYS && intervalsOverlap(length, { dimension: 'duration', low: Math.max(0, days - MONTH_ENDS_DAYS), high: days, nominal: days });
}

/**
 * Whether a source gives the claim's value in a statement nothing rules out as its fact (or, for a
 * length, as a range of two days: spansTheLength): it may state it in words the checker cannot pin
 * down. `precisely`: at least as precisely as the claim (a year does not give every day of it); else
 * any value like it, however coarse, a range's length too. (A share is given by any share whose interval
 * holds it: `sixty-four per cent` gives 63.8%, as the verdict table says a value inside a source's
 * interval agrees. A length of `five months` does not give `199 days`, nor a year a day.)
 */
function givesTheValue(claim: Claim, statements: readonly Statement[], index: CorpusIndex, precisely: boolean): boolean {
  const mine = veryValue(claim);
  const width = (i: QuantityInterval) => i.high - i.low;
  // (`Less than five years later`, for `Five years later`: a statement that writes the claim's very
  // words gives them, however it hedges them.)
  const sameWords = (s: Statement) => s.value.text.toLowerCase() === claim.value.text.toLowerCase();
  const stated = (frame: FactFrame, intervals: QuantityInterval[], words = false) => frame.dimension === claim.frame.dimension &&
    intervals.some((i) => intervalsOverlap(mine, i) && (!precisely || words || i.dimension === 'fraction' || width(i) <= width(mine) * 1.5)) &&
    !ruledOutAsStated(claim.frame, frame, compareAsShaped(claim.frame, frame, index.events), claim.value.precision === 'day');
  if (spansTheLength(claim, statements)) return true;
  return statements.some((s) => {
    if (!precisely && claim.frame.dimension === 'duration' && monthsRangeMayGive(s.value, mine)) return true;
    const ends = rangeEnds(s.value);
    return stated(s.frame, ends ? [s.value.interval, ends.first, ends.last] : [s.value.interval], sameWords(s)) ||
      (!precisely && s.implied !== undefined && stated(s.implied, [s.value.impliedDuration!]));
  });
}

/**
 * Whether a statement of the claim's very value is surely not its fact, so that the cited source is
 * silent: a different measure (as ruledOut says), or a different event where each sentence names
 * its own (or the sentence before it names one). An event taken from further around the sentence, a
 * side, a place or a body of men may be read wrong; and a time between two events is of its two
 * events, whatever a sentence is about.
 */
function ruledOutAsStated(claim: FactFrame, stated: FactFrame, d: Decision, dayPrecise = false): boolean {
  if (!ruledOut(claim, d)) return false;
  if (d.slot === 'dimension') return true;
  // A count's measure rules it out only where both say what was counted in the lexicon's words
  // (deaths, wounded, arrests): `300 men refused` and `300 navvies turned out` may be one fact.
  if (d.slot === 'measure') return claim.dimension !== 'count' || (lexiconKind(claim.measure) && lexiconKind(stated.measure));
  const own = (f: FactFrame) => f.subject !== undefined && (!fromContext(f.subject) || f.subject.last === true);
  // (A claim's subject must be its sentence's own: one carried over from the sentence before,
  // `… Sir Thomas returned with about 3,000 men` after a paragraph on the plague, may be wrong.)
  const said = (f: FactFrame) => f.subject !== undefined && !fromContext(f.subject);
  // (The very day a source gives, `22 June 1941`, is seldom another event's: the event may be named otherwise.)
  // (And an event the claim does not name, `The Soviet attack on Finland in 1939`, may be part of a war
  // the source names, `the Winter War with Finland in 1939`; not of another kind of event, a siege.)
  const named = (f: FactFrame) => f.subject?.refs.some((r) => r.key !== undefined) === true;
  const inAWar = !named(claim) && stated.subject?.refs.some((r) => familyOf(r.type) === 'war') === true;
  return d.slot === 'subject' && !dayPrecise && claim.measure.kind !== 'between' && stated.measure.kind !== 'between' && said(claim) && !inAWar && own(stated);
}

const lexiconKind = (m: FactFrame['measure']) => m.kind !== undefined && !m.kind.startsWith('act:');

/**
 * Whether a decision rules a statement out as the claim's fact even in other words: any veto, except
 * between two kinds of time (`dug for nine days before they reached them`, `nine days after the fall`)
 * or two moments of the same day (`seized the Tithe House on 12 May`, a table's `12 May – 4 June`),
 * which writers use for one another. A count of deserters is never a count of the dead.
 */
function ruledOut(frame: FactFrame, d: Decision): boolean {
  return d.relation === 'different' && !(d.slot === 'measure' && (frame.dimension === 'duration' || frame.dimension === 'date'));
}

/** A statement's date with the claim's day and month (or month), in another year. */
function sameDayOtherYear(claim: Claim, stated: QuantityInterval): boolean {
  if (stated.dimension !== 'date') return false;
  const [a, b] = [calendarDate(claim.value.interval.low), calendarDate(stated.low)];
  const day = claim.value.precision === 'day';
  return a.year !== b.year && a.month === b.month && (!day || a.day === b.day);
}

/** The claim's value with its hedge, as the draft says it (`about half`, `600 or more`): a message keeps the writer's hedge. */
function asWritten(claim: Claim): string {
  const { hedge, text, range } = claim.value;
  // (A range's own hedge, `1–3`, lies within the value: nothing to add.)
  if (hedge && hedge.range.end <= range.start) return `${hedge.text} ${text}`;
  if (hedge && hedge.range.start >= range.end) return `${text} ${hedge.text}`;
  return text;
}

/**
 * A statement of the claim's day and month in another year that it only took from the text around
 * it (`Thursday, the 28th of August`, after a paragraph that looked back to another year) decides
 * nothing: its year was a guess, and it may state the claim. It stays, as a weak match.
 */
function guessedYearsDecideNothing(claim: Claim, matches: Match[]): Match[] {
  return matches.map((m) => m.agrees || m.decision.relation !== 'same' || !dayOfGuessedYear(claim, m.view.statement) ? m
    : { ...m, decision: { ...m.decision, relation: 'weak', reason: 'the same day and month, in a year only guessed from the text around it' } });
}

/**
 * `the quarantine lasted six weeks`, where a table gives the quarantine of 1854 and that of 1871 (`|
 * Days in quarantine | 51 | 36 |`): a claim that dates nothing, of an event no name, number or year
 * sets apart (nor its sentence, nor its section), cannot be surely the same as statements dated to
 * different times; it may be either.
 */
function undatedAmongDated(claim: Claim, matches: Match[]): Match[] {
  const { frame } = claim;
  if (frame.dated !== undefined || claim.setIn !== undefined || frame.subject?.refs.some((r) => isNaming(r) || r.when !== undefined) === true) return matches;
  const dated = matches.filter((m) => m.decision.relation === 'same' && m.view.statement.frame.dated !== undefined).map((m) => m.view.statement.frame.dated!);
  const apart = dated.some((a) => dated.some((b) => a.high <= b.low));
  return !apart ? matches : matches.map((m) => m.decision.relation !== 'same' || m.view.statement.frame.dated === undefined ? m
    : { ...m, decision: { ...m.decision, relation: 'weak', reason: 'one of the same kind of event at different times; the claim says not which' } });
}

/**
 * Two statements that are surely different facts cannot both be the claim's: where the claim surely
 * agrees with one (`96 tenants died in it`) and surely disagrees with another of a different thing,
 * body or time (`Some 300 people died`), the claim, which does not say which, is taken as the one it
 * agrees with, and the other decides nothing. It stays, as a weak match.
 */
function apartFromAgreeing(matches: Match[], index: CorpusIndex): Match[] {
  const agreeing = matches.filter((m) => m.agrees && m.decision.relation === 'same');
  if (agreeing.length === 0) return matches;
  return matches.map((m) => m.agrees || m.decision.relation !== 'same' ||
    !agreeing.some((g) => compareAsShaped(g.view.frame, m.view.frame, index.events).relation === 'different') ? m
    : { ...m, decision: { ...m.decision, relation: 'weak', reason: 'a different fact from a statement the claim agrees with' } });
}

/** Whether a statement gives a day claim's day and month in another year, taken from the text around it. */
function dayOfGuessedYear(claim: Claim, s: Statement): boolean {
  return claim.frame.dimension === 'date' && claim.value.precision === 'day' && s.value.yearFromContext === true && s.value.precision === 'day' &&
    sameDayOtherYear(claim, s.value.interval);
}

export function compareClaim(claim: Claim, index: CorpusIndex): { checked: CheckedClaim; findings: Finding[] } {
  const found = matchStatements(claim, index);
  const matches = apartFromAgreeing(undatedAmongDated(claim, guessedYearsDecideNothing(claim, found.matches)), index);
  const closest = found.closest;
  let stances = sourceStances(matches, claim);
  const citedCorpus = [...new Set(claim.citations.map((c) => c.sourceKey).filter((k): k is string => k !== undefined))];
  let code = verdict(stances, citedCorpus);
  if (code === 'contradicted') {
    // A source that gives the very value in a statement the checker cannot tie to the claim may state
    // it: it counts as agreeing, so the sources disagree (or the citation is blamed), and nothing
    // proves the claim wrong.
    const giving = matchesGivingTheValue(claim, index);
    if (giving.length > 0) {
      matches.push(...giving);
      stances = sourceStances(matches, claim);
      code = verdict(stances, citedCorpus);
    }
  }
  // A day or month dated only by the year of the text around it, that a source gives in another year:
  // the year was a guess, and nothing proves the claim wrong.
  if (code === 'contradicted' && claim.value.yearFromContext && matches.some((m) => !m.agrees && sameDayOtherYear(claim, m.view.statement.value.interval))) code = undefined;
  if (code === 'citation-mismatch' && silenceProvesNothing(claim, matches, stances, citedCorpus, index)) code = undefined;
  if (code === 'not-in-sources' && someSourceGivesTheValue(claim, index)) code = undefined;
  // The cited page, checked (citedPages.ts): only where the table found nothing.
  const wrongPage = code === undefined ? wrongCitedPage(claim, matches, index) : undefined;
  if (wrongPage) code = 'citation-mismatch';
  // Evidence: what decided the verdict; a weak match that disagrees decided nothing.
  const evidence = decisiveMatches(matches, citedCorpus, stances).map((m) => toEvidence(m, claim.frame, index));

  const checked: CheckedClaim = {
    range: claim.value.range,
    text: claim.value.text,
    dimension: claim.frame.dimension,
    interval: claim.value.interval,
    about: '',
    frame: describeFrame(claim.frame),
    evidence,
    citations: claim.citations,
    sentenceRange: claim.sentence,
  };
  const sourceValues = new Map<string, { text: string; agrees: boolean; sourceKeys: string[] }>();
  for (const e of evidence) {
    const entry = sourceValues.get(e.valueText) ?? { text: e.valueText, agrees: e.agrees, sourceKeys: [] };
    if (!entry.sourceKeys.includes(e.sourceKey)) entry.sourceKeys.push(e.sourceKey);
    sourceValues.set(e.valueText, entry);
  }
  const data: FindingData = {
    claim: { text: claim.value.text, dimension: claim.frame.dimension, low: claim.value.interval.low, high: claim.value.interval.high },
    frame: checked.frame,
    sourceValues: [...sourceValues.values()],
    supportingSources: [...stances].filter(([, a]) => a).map(([k]) => k),
    citedSources: citedCorpus,
    sentenceEnd: claim.sentence.end,
    sentenceRange: claim.sentence,
    ...(wrongPage ? { citedPage: wrongPage } : {}),
  };
  if (evidence.length === 0 && closest) {
    const statement = closest.view.statement;
    data.closest = { sourceKey: statement.sourceKey, sentence: excerpt(statement), value: statement.value.text, because: closest.decision.reason };
    checked.closest = data.closest;
  }
  const cited = citedCorpus.map((key) => ({ key, title: index.byKey.get(key)?.title ?? key }));
  const findings: Finding[] = [];
  // The frame that decided a verdict, and the nearest statement that explains a claim no source
  // states: needs-citation is about the citation, not the fact, and carries neither.
  const { closest: _closest, frame: _frame, ...aboutCitation } = data;
  const make = (c: FindingCode): Finding => ({
    code: c,
    range: claim.value.range,
    message: wrongPage && c === 'citation-mismatch' ? wrongPageMessage(wrongPage, index.byKey.get(wrongPage.sourceKey)!.title) : buildMessage(c, asWritten(claim), evidence, cited),
    evidence,
    data: c === 'needs-citation' ? aboutCitation : data,
  });
  if (code) findings.push(make(code));
  if (claim.citations.length === 0) findings.push(make('needs-citation'));
  return { checked, findings };
}
