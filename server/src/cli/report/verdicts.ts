// What the report says of each checked claim at a glance: whether the sources agree with it. One
// word, one letter and one pattern per verdict, so that a page read in greyscale or by a reader who
// does not tell red from green still tells them apart.
import type { CheckedClaim, Finding, FindingCode } from '../../engine/index.js';

export type ClaimVerdict = 'agrees' | 'disputed' | 'contradicted' | 'unsourced';

export const CLAIM_VERDICTS: readonly ClaimVerdict[] = ['agrees', 'disputed', 'contradicted', 'unsourced'];

export interface VerdictLook {
  /** The letter printed beside a highlighted value (the cue that needs no colour). */
  letter: string;
  label: string;
  /** What it means, in a teacher's words. */
  meaning: string;
}

export const VERDICT_LOOK: Record<ClaimVerdict, VerdictLook> = {
  agrees: { letter: 'A', label: 'Agrees', meaning: 'the sources that state this fact agree with the draft' },
  disputed: { letter: 'D', label: 'Disputed', meaning: 'some sources agree with the draft, others give a different value' },
  contradicted: { letter: 'C', label: 'Contradicted', meaning: 'every source that states this fact gives a different value' },
  unsourced: { letter: 'N', label: 'Not in the sources', meaning: 'no source in the corpus states this fact' },
};

/** What each finding code is called on the pages (the code itself is shown beside it). */
export const CODE_LABEL: Record<FindingCode, string> = {
  contradicted: 'Contradicted',
  'sources-disagree': 'Sources disagree',
  'needs-citation': 'Needs a citation',
  'not-in-sources': 'Not in the sources',
  'citation-mismatch': 'Citation does not match',
};

/**
 * A claim's verdict: the one its findings give (as `check` reports them), else what its evidence
 * shows. A citation-mismatch is about the citation: the value's verdict then comes from the evidence.
 * A claim with no finding about agreement and no agreeing evidence is "not in the sources": the
 * checker had nothing to confirm it with (it says less rather than something wrong).
 */
export function claimVerdict(claim: CheckedClaim, findings: readonly Finding[]): ClaimVerdict {
  const codes = new Set(findings.map((f) => f.code));
  if (codes.has('contradicted')) return 'contradicted';
  if (codes.has('sources-disagree')) return 'disputed';
  if (codes.has('not-in-sources')) return 'unsourced';
  const agreeing = claim.evidence.filter((e) => e.agrees).length;
  if (agreeing === 0) return 'unsourced';
  return agreeing === claim.evidence.length ? 'agrees' : 'disputed';
}
