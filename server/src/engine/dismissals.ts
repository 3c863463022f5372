// Findings the writer dismissed outside the draft (`.corroborate.json`'s `dismissed` list). A
// dismissal names a finding by its code, its value as written and the words of its sentence, not by
// its place: it survives edits elsewhere in the draft, and lapses once that sentence changes.
import type { Finding } from './findings.js';
import type { FindingCode } from './types.js';

/** One dismissed finding of one draft (which draft is the caller's business). */
export interface Dismissal {
  code: FindingCode;
  /** The value as the draft writes it (`61 days`). */
  value: string;
  /** The sentence it stands in (compared by dismissalKey's rule: case and spacing aside). */
  sentence: string;
}

/** Text as a dismissal compares it: lower case, every run of whitespace one space, none at the ends. */
export function normalWords(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The key rule: two dismissals (or a dismissal and a finding) are the same when their keys are.
 * Code exactly; value and sentence by normalWords, so that re-wrapping a paragraph or a capital
 * changed by an edit elsewhere keeps the dismissal, and a changed word in the sentence ends it.
 */
export function dismissalKey(d: Dismissal): string {
  return `${d.code}\u0000${normalWords(d.value)}\u0000${normalWords(d.sentence)}`;
}

/** The dismissal that names a finding of `text` (the draft it was found in), its sentence normalised. */
export function dismissalOf(finding: Pick<Finding, 'code' | 'data'>, text: string): Dismissal {
  const { sentenceRange } = finding.data;
  return { code: finding.code, value: finding.data.claim.text, sentence: normalWords(text.slice(sentenceRange.start, sentenceRange.end)) };
}

/** Whether a finding of `text` is dismissed by one of `dismissals` (undefined when there are none). */
export function dismisser(dismissals: readonly Dismissal[], text: string): ((finding: Pick<Finding, 'code' | 'data'>) => boolean) | undefined {
  if (dismissals.length === 0) return undefined;
  const keys = new Set(dismissals.map(dismissalKey));
  return (finding) => keys.has(dismissalKey(dismissalOf(finding, text)));
}
