// Comparison: which source statements are about the same fact as a claim, whether they agree,
// and the one verdict the contract's table gives (plus needs-citation on its own).
import type { Claim } from './claims.js';
import type { ValueContext } from './context.js';
import { wordsOf, type CorpusIndex, type Statement } from './corpusIndex.js';
import { buildMessage, type CheckedClaim, type Evidence, type Finding, type FindingData } from './findings.js';
import { intervalsOverlap } from './intervals.js';
import { kindsCompatible } from './terms.js';
import type { FindingCode, QuantityInterval } from './types.js';

/** A statement must score at least this to be about the claim's fact. */
export const MATCH_THRESHOLD = 2.5;
/** Within one source, statements scoring below this share of its best are about something else. */
const BEST_SHARE = 0.75;
const KIND_BONUS = 2;
/** Values whose subjects name different people, places or events are about different things. */
const NAME_CONFLICT = 5;
const NEAR_DATE_NAME_CONFLICT = 3;
const SAME_DAY_DAYS = 7;
const SAME_DAY_BONUS = 3;
/** Dates this close are likely the same event told right or wrong. */
const NEAR_DATE_DAYS = 31;
const NEAR_DATE_BONUS = 2;
const FAR_DATE_FACTOR = 0.6;
const DISTANT_DATE_FACTOR = 0.4;
/** Counts of soldiers and counts of people at large are different facts. */
const COUNTED_MISMATCH_FACTOR = 0.5;
/** Times between events whose sentences share no name at all relate different events. */
const BETWEEN_NAME_CONFLICT = 3;

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}


/** Days between two date intervals (0 when they overlap). */
function dateDistance(a: QuantityInterval, b: QuantityInterval): number {
  if (a.low < b.high && b.low < a.high) return 0;
  return a.high <= b.low ? b.low - a.high : a.low - b.high;
}

/**
 * Values far apart in size are less likely to be the same fact told differently:
 * 1 up to a ratio of 1.5, falling to 0.1 past a ratio of about 25.
 */
function magnitudeFactor(a: QuantityInterval, b: QuantityInterval): number {
  const x = Math.abs(a.nominal), y = Math.abs(b.nominal);
  if (x === 0 || y === 0) return 1;
  const ratio = Math.max(x, y) / Math.min(x, y);
  if (ratio <= 1.5) return 1;
  return Math.max(0.1, 1 - 0.8 * Math.log10(ratio / 1.5));
}

/**
 * How strongly a statement's context says it is about the same fact as the claim's (0: not).
 * Shared names and words count by their rarity in the corpus; the kind of quantity must agree.
 */
export function similarity(
  claim: ValueContext,
  statement: ValueContext,
  weights: Pick<CorpusIndex, 'idf' | 'generic'>,
  claimValue?: QuantityInterval,
  statementValue?: QuantityInterval,
): number {
  const idf = weights.idf;
  if (claim.dimension !== statement.dimension) return 0;
  if (!kindsCompatible(claim.kind, statement.kind, claim.dimension === 'count')) return 0;
  // A value's subject: the names of its clause, else of its sentence, else of its paragraph.
  // What a value's sentence may be about: its own names, and its paragraph's when it refers back.
  const referredOf = (c: ValueContext) => (c.refersBack ? c.inheritedNames : []);
  // A clause that names nothing is about its sentence's names, or what the sentence refers back to.
  // The time between two events (`seven months after Moscow, Stalin issued …`) is about both,
  // wherever in the sentence they are named.
  const between = claim.kind === 'interval';
  const subjectOf = (c: ValueContext) =>
    c.clauseNames.length > 0 && !between ? c.clauseNames : [...c.sentenceNames, ...referredOf(c)];
  const claimSubject = subjectOf(claim);
  const statementSubject = subjectOf(statement);

  let score = 0;
  const credited = new Set<string>();
  for (const name of new Set([...claimSubject, ...referredOf(claim)])) {
    const direct = claim.clauseNames.includes(name) && statement.clauseNames.includes(name);
    // A name most of the corpus mentions says less about which fact this is.
    const weight = idf(name) * (weights.generic(name) ? 0.5 : 1);
    if (statementSubject.includes(name)) score += weight * (direct ? 1 : between ? 0.5 : 0.7);
    else if (referredOf(statement).includes(name)) score += weight * 0.5;
    else continue;
    credited.add(name);
  }
  const statementClause = new Set(statement.clauseTerms);
  const statementSentence = new Set(statement.sentenceTerms);
  const weigh = (term: string, claimWeight: number) => {
    if (credited.has(term)) return 0;
    if (statementClause.has(term)) return idf(term) * claimWeight;
    if (statementSentence.has(term)) return idf(term) * claimWeight * 0.5;
    return 0;
  };
  for (const term of claim.clauseTerms) score += weigh(term, 1);
  for (const term of claim.sentenceTerms) score += weigh(term, 0.5);
  if (claim.kind !== undefined && claim.kind === statement.kind) score += KIND_BONUS;

  const distance = claimValue && statementValue && claim.dimension === 'date' ? dateDistance(claimValue, statementValue) : undefined;
  // Only a date precise to the month or better can be `near` another; a year or a range cannot.
  const precise = claimValue !== undefined && statementValue !== undefined &&
    claimValue.high - claimValue.low <= NEAR_DATE_DAYS && statementValue.high - statementValue.low <= NEAR_DATE_DAYS;
  const nearDate = precise && distance !== undefined && distance <= NEAR_DATE_DAYS;
  // The same day named by both is strong evidence of the same event; a day or two apart, good evidence.
  const dayPrecise = nearDate && claimValue!.high - claimValue!.low <= 1 && statementValue!.high - statementValue!.low <= 1;
  if (dayPrecise && distance === 0) score += SAME_DAY_BONUS;
  else if (nearDate) score += NEAR_DATE_BONUS;
  // About different people, places or events: neither subject appears where the other value stands
  // (its clause, or the paragraph it belongs to).
  const ownSubjects = claim.clauseNames.length + claim.sentenceNames.length > 0 && statement.clauseNames.length + statement.sentenceNames.length > 0;
  const specific = (names: readonly string[]) => names.filter((n) => !weights.generic(n));
  // Where a value stands: its own names, or, when it names nothing specific, its paragraph's.
  const whereOf = (c: ValueContext) => {
    const own = c.clauseNames.length > 0 && !between ? c.clauseNames : c.sentenceNames;
    return specific(own).length > 0 ? own : [...own, ...referredOf(c)];
  };
  if (specific(claimSubject).length > 0 && specific(statementSubject).length > 0 &&
    !intersects(specific(claimSubject), whereOf(statement)) &&
    !intersects(specific(statementSubject), [...claim.sentenceNames, ...referredOf(claim)])) {
    // Subjects a sentence only inherits are less certain than those it names.
    const conflict = ownSubjects ? NAME_CONFLICT : NEAR_DATE_NAME_CONFLICT;
    score -= dayPrecise && distance! <= SAME_DAY_DAYS ? 0 : nearDate ? Math.min(conflict, NEAR_DATE_NAME_CONFLICT) : conflict;
  }
  if (between && claim.sentenceNames.length > 0 && statement.sentenceNames.length > 0 && !intersects(claim.sentenceNames, statement.sentenceNames)) {
    score -= BETWEEN_NAME_CONFLICT;
  }
  if (claim.counted && statement.counted && !intersects(claim.counted, statement.counted)) score *= COUNTED_MISMATCH_FACTOR;
  if (claimValue && statementValue && (claim.dimension === 'count' || claim.dimension === 'duration')) {
    score *= magnitudeFactor(claimValue, statementValue);
  }
  if (distance !== undefined && distance > NEAR_DATE_DAYS) score *= distance <= 366 ? FAR_DATE_FACTOR : DISTANT_DATE_FACTOR;
  return Math.max(0, score);
}

interface Match {
  statement: Statement;
  score: number;
  interval: QuantityInterval;
}

/** The claim's own interval, or for a date range compared with durations, the span it implies. */
function claimIntervalFor(claim: Claim, statement: Statement): QuantityInterval | undefined {
  if (statement.context.dimension === claim.context.dimension) return claim.value.interval;
  if (statement.context.dimension === 'duration' && claim.value.impliedDuration) return claim.value.impliedDuration;
  return undefined;
}

/** Statements about the claim's fact: above the threshold, and near the best in their source. */
export function matchStatements(claim: Claim, index: CorpusIndex): Match[] {
  const candidates: Match[] = [];
  const durationView: ValueContext | undefined = claim.value.impliedDuration
    ? { ...claim.context, dimension: 'duration', kind: 'conflict' }
    : undefined;
  const words = wordsOf(claim.context);
  const v = claim.value.interval;
  const day = claim.context.dimension === 'date' && v.high - v.low === 1 ? v.low : undefined;
  const pool = new Set(index.candidates(claim.context.dimension, words, day));
  if (durationView) for (const s of index.candidates('duration', words)) pool.add(s);
  for (const statement of [...pool].sort((a, b) => a.ordinal - b.ordinal)) {
    const interval = claimIntervalFor(claim, statement);
    if (!interval) continue;
    const context = statement.context.dimension === claim.context.dimension ? claim.context : durationView!;
    const score = similarity(context, statement.context, index, interval, statement.value.interval);
    if (score >= MATCH_THRESHOLD) candidates.push({ statement, score, interval });
  }
  const best = new Map<string, number>();
  for (const m of candidates) best.set(m.statement.sourceKey, Math.max(best.get(m.statement.sourceKey) ?? 0, m.score));
  const kept = candidates.filter((m) => m.score >= best.get(m.statement.sourceKey)! * BEST_SHARE);
  // The sources' own text outweighs their reader comments: a comment decides only where no
  // source's own text addresses the fact.
  const anyBody = kept.some((m) => m.statement.sentence.part === 'body');
  return anyBody ? kept.filter((m) => m.statement.sentence.part === 'body') : kept;
}

function toEvidence(match: Match, index: CorpusIndex): Evidence {
  const source = index.byKey.get(match.statement.sourceKey)!;
  const s = match.statement;
  return {
    sourceKey: source.key,
    sourceTitle: source.title,
    sourceKind: source.kind,
    sourceUri: source.uri,
    sentenceRange: s.sentence.range,
    sentence: s.sentence.text,
    part: s.sentence.part,
    valueText: s.value.text,
    valueRange: s.value.range,
    interval: s.value.interval,
    agrees: intervalsOverlap(match.interval, s.context.dimension === 'duration' && s.value.interval.dimension === 'duration' ? s.value.interval : s.value.interval),
  };
}

/** The contract's verdict table. */
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

export function compareClaim(claim: Claim, index: CorpusIndex): { checked: CheckedClaim; findings: Finding[] } {
  const matches = matchStatements(claim, index);
  const evidence = matches.map((m) => toEvidence(m, index));
  const stating = new Map<string, boolean>();
  for (const e of evidence) stating.set(e.sourceKey, (stating.get(e.sourceKey) ?? false) || e.agrees);
  const citedCorpus = [...new Set(claim.citations.map((c) => c.sourceKey).filter((k): k is string => k !== undefined))];
  const code = verdict(stating, citedCorpus);

  const checked: CheckedClaim = {
    range: claim.value.range,
    text: claim.value.text,
    dimension: claim.context.dimension,
    interval: claim.value.interval,
    about: '',
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
    claim: { text: claim.value.text, dimension: claim.context.dimension, low: claim.value.interval.low, high: claim.value.interval.high },
    sourceValues: [...sourceValues.values()],
    supportingSources: [...stating].filter(([, a]) => a).map(([k]) => k),
    citedSources: citedCorpus,
    sentenceEnd: claim.sentence.end,
    sentenceRange: claim.sentence,
  };
  const cited = citedCorpus.map((key) => ({ key, title: index.byKey.get(key)?.title ?? key }));
  const findings: Finding[] = [];
  const make = (c: FindingCode): Finding => ({
    code: c,
    range: claim.value.range,
    message: buildMessage(c, claim.value.text, evidence, cited),
    evidence,
    data,
  });
  if (code) findings.push(make(code));
  if (claim.citations.length === 0) findings.push(make('needs-citation'));
  return { checked, findings };
}
