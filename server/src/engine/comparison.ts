// Comparison: which source statements are about the same fact as a claim, whether they agree,
// and the one verdict the contract's table gives (plus needs-citation on its own).
import type { Claim } from './claims.js';
import type { ValueContext } from './context.js';
import type { CorpusIndex, Statement } from './corpusIndex.js';
import { buildMessage, type CheckedClaim, type Evidence, type Finding, type FindingData } from './findings.js';
import { intervalsOverlap } from './intervals.js';
import { kindsCompatible } from './terms.js';
import type { FindingCode, QuantityInterval } from './types.js';

/** A statement must score at least this to be about the claim's fact. */
export const MATCH_THRESHOLD = 2.5;
/** Within one source, statements scoring below this share of its best are about something else. */
const BEST_SHARE = 0.75;
const KIND_BONUS = 2;

/** How strongly a statement's context says it is about the same fact as the claim's (0: not). */
export function similarity(claim: ValueContext, statement: ValueContext, idf: (term: string) => number): number {
  if (claim.dimension !== statement.dimension) return 0;
  if (!kindsCompatible(claim.kind, statement.kind)) return 0;
  const statementNames = new Set(statement.names);
  const sharedNames = claim.names.filter((n) => statementNames.has(n));
  const sameSpecificKind = claim.kind !== undefined && claim.kind === statement.kind && claim.dimension === 'count';
  let score = 0;
  if (claim.names.length > 0 && statement.names.length > 0 && sharedNames.length === 0) {
    // About different people, places or events; a count of the same specific kind may still match.
    if (!sameSpecificKind) return 0;
    score -= 1;
  }
  const inherited = claim.namesInherited || statement.namesInherited;
  for (const name of sharedNames) score += idf(name) * (inherited ? 0.7 : 1);
  const named = new Set(sharedNames);
  const statementClause = new Set(statement.clauseTerms);
  const statementSentence = new Set(statement.sentenceTerms);
  const weigh = (term: string, claimWeight: number) => {
    if (named.has(term)) return 0;
    if (statementClause.has(term)) return idf(term) * claimWeight;
    if (statementSentence.has(term)) return idf(term) * claimWeight * 0.5;
    return 0;
  };
  for (const term of claim.clauseTerms) score += weigh(term, 1);
  for (const term of claim.sentenceTerms) score += weigh(term, 0.5);
  if (claim.kind !== undefined && claim.kind === statement.kind) score += KIND_BONUS;
  return score;
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
  for (const statement of index.statements) {
    const interval = claimIntervalFor(claim, statement);
    if (!interval) continue;
    const context = statement.context.dimension === claim.context.dimension ? claim.context : durationView!;
    const score = similarity(context, statement.context, index.idf);
    if (score >= MATCH_THRESHOLD) candidates.push({ statement, score, interval });
  }
  const best = new Map<string, number>();
  for (const m of candidates) best.set(m.statement.sourceKey, Math.max(best.get(m.statement.sourceKey) ?? 0, m.score));
  const kept = candidates.filter((m) => m.score >= best.get(m.statement.sourceKey)! * BEST_SHARE);
  // A source's own text outweighs its reader comments.
  const withBody = new Set(kept.filter((m) => m.statement.sentence.part === 'body').map((m) => m.statement.sourceKey));
  return kept.filter((m) => m.statement.sentence.part === 'body' || !withBody.has(m.statement.sourceKey));
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
  const titles = citedCorpus.map((k) => index.byKey.get(k)?.title ?? k);
  const findings: Finding[] = [];
  const make = (c: FindingCode): Finding => ({
    code: c,
    range: claim.value.range,
    message: buildMessage(c, claim.value.text, c === 'citation-mismatch' || c === 'contradicted' || c === 'sources-disagree' ? evidence : [], titles),
    evidence,
    data,
  });
  if (code) findings.push(make(code));
  if (claim.citations.length === 0) findings.push(make('needs-citation'));
  return { checked, findings };
}
