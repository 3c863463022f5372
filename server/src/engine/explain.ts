// Why a claim got its verdict: its frame, each statement it was compared with, and the slot that
// accepted or vetoed each. What `corroborate explain` prints, for a writer, a teacher, or a debugger.
import { extractClaims, type Claim } from './claims.js';
import { agreesWith, compareAsShaped, compareClaim, matchStatements } from './comparison.js';
import type { CorpusIndex } from './corpusIndex.js';
import { describeFrame } from './frames/describe.js';
import type { Relation } from './frames/identity.js';
import type { FactFrame } from './frames/types.js';
import { markdownToProse } from './prose.js';
import { placeAt, type FindingCode, type SourcePlace, type TextRange } from './types.js';

/** `{ place }` for a sentence of a source read from a PDF, a web page or a Word file; else nothing. */
function placeOf(index: CorpusIndex, key: string, offset: number): { place?: SourcePlace } {
  const place = placeAt(index.byKey.get(key)?.places, offset);
  return place ? { place } : {};
}

export interface CandidateExplanation {
  sourceKey: string;
  sourceTitle: string;
  /** Where the sentence stands in the source's original file (a PDF's page), for a source read from one. */
  place?: SourcePlace;
  sentence: string;
  value: string;
  frame: string;
  relation: Relation;
  reason: string;
  /** For a strong or weak match: whether the values agree. */
  agrees?: boolean;
  /** A date range read as how long its event lasted. */
  implied: boolean;
}

export interface ClaimExplanation {
  range: TextRange;
  text: string;
  sentence: string;
  frame: string;
  /** Where its subject came from: its clause, its sentence, a reference back, its paragraph or heading. */
  subjectFrom?: string;
  slots: FactFrame;
  codes: FindingCode[];
  candidates: CandidateExplanation[];
}

function explainClaim(claim: Claim, text: string, index: CorpusIndex): ClaimExplanation {
  const frames = claim.implied ? [claim.frame, claim.implied] : [claim.frame];
  const candidates: CandidateExplanation[] = [];
  const matched = matchStatements(claim, index).matches;
  for (const frame of frames) {
    for (const view of [...index.candidates(frame)].sort((a, b) => a.statement.ordinal - b.statement.ordinal)) {
      const match = matched.find((m) => m.view === view);
      // The decision that counted: a promoted one (the corpus's one statement with the measure) as promoted.
      const decision = match?.decision ?? compareAsShaped(frame, view.frame, index.events);
      const agrees = match?.agrees ?? (decision.relation === 'same' || decision.relation === 'weak' ? agreesWith(claim, frame, view) : undefined);
      const s = view.statement;
      candidates.push({
        sourceKey: s.sourceKey,
        sourceTitle: index.byKey.get(s.sourceKey)?.title ?? s.sourceKey,
        ...placeOf(index, s.sourceKey, s.sentence.range.start),
        sentence: s.sentence.text,
        value: s.value.text,
        frame: describeFrame(view.frame),
        relation: decision.relation,
        reason: decision.reason,
        implied: view.implied,
        ...(agrees !== undefined ? { agrees } : {}),
      });
    }
  }
  const rank: Record<Relation, number> = { same: 0, weak: 1, different: 2, unrelated: 3 };
  candidates.sort((a, b) => rank[a.relation] - rank[b.relation]);
  return {
    range: claim.value.range,
    text: claim.value.text,
    sentence: text.slice(claim.sentence.start, claim.sentence.end),
    frame: describeFrame(claim.frame),
    ...(claim.frame.subject ? { subjectFrom: claim.frame.subject.via } : {}),
    slots: claim.frame,
    codes: compareClaim(claim, index).findings.map((f) => f.code),
    candidates,
  };
}

/** The claims of a draft explained: all of them, or the one at (or nearest after) `offset`. */
export function explainDraft(text: string, index: CorpusIndex, offset?: number): ClaimExplanation[] {
  const { claims } = extractClaims(markdownToProse(text), index);
  const chosen = offset === undefined
    ? claims
    : [claims.find((c) => offset >= c.value.range.start && offset <= c.value.range.end) ?? claims.find((c) => c.value.range.start >= offset)].filter((c): c is Claim => c !== undefined);
  return chosen.map((c) => explainClaim(c, text, index));
}
