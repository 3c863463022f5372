// checkDraft: one draft against one corpus index. Pure and synchronous: the keystroke path.
import { extractClaims } from './claims.js';
import { compareClaim } from './comparison.js';
import type { CorpusIndex } from './corpusIndex.js';
import type { CheckedClaim, Finding } from './findings.js';
import { markdownToProse } from './prose.js';
import { applySuppressions } from './suppressions.js';
import type { Citation, FindingCode } from './types.js';

export interface CheckOptions {
  /** Codes to leave out entirely (severity `off`). */
  disabledCodes?: ReadonlySet<FindingCode>;
}

export interface DraftReport {
  findings: Finding[];
  claims: CheckedClaim[];
  citations: Citation[];
}

export function checkDraft(text: string, index: CorpusIndex, options: CheckOptions = {}): DraftReport {
  const prose = markdownToProse(text);
  const { claims, citations } = extractClaims(prose, index);
  const findings: Finding[] = [];
  const checked: CheckedClaim[] = [];
  for (const claim of claims) {
    const result = compareClaim(claim, index);
    checked.push({ ...result.checked, about: text.slice(claim.context.clause.start, claim.context.clause.end) });
    findings.push(...result.findings);
  }
  const kept = applySuppressions(prose, findings).filter((f) => !options.disabledCodes?.has(f.code));
  return { findings: kept, claims: checked, citations };
}
