// Findings: what the writer is told, with the source sentences behind it and what a fix needs.
import type { Citation, Dimension, FindingCode, QuantityInterval, SourcePart, SourcePlace, TextRange } from './types.js';

/** What one source says about a claim's fact. */
export interface Evidence {
  sourceKey: string;
  sourceTitle: string;
  sourceKind?: string;
  sourceUri: string;
  /** The source sentence, as offsets into the source's text, and its text. */
  sentenceRange: TextRange;
  sentence: string;
  part: SourcePart;
  /** Where the sentence starts in the original file (a PDF's page, an HTML element), for sources read from one. */
  place?: SourcePlace;
  /** The value as the source writes it (`199 days`) and where it stands in the source. */
  valueText: string;
  valueRange: TextRange;
  interval: QuantityInterval;
  agrees: boolean;
  /** strong: the same subject and measure; weak: nothing conflicts, but not everything is known. */
  strength: 'strong' | 'weak';
  /** Why it is the same fact (`same fact: same siege, same kind of time (length)`). */
  because: string;
  /** What the source's value is a value of (`the length of the siege of Karsk`). */
  frame: string;
}

/** A checkable claim of the draft, flagged or not: what hover shows. */
export interface CheckedClaim {
  range: TextRange;
  text: string;
  dimension: Dimension;
  interval: QuantityInterval;
  /** What the claim is about, in the draft's words (the clause around the value). */
  about: string;
  /** What its value is a value of, as the checker reads it (`the length of the siege of Karsk`). */
  frame: string;
  evidence: Evidence[];
  /** For a claim no source states: the nearest statement it did not accept, and why. */
  closest?: FindingData['closest'];
  citations: Citation[];
  /** The sentence the claim stands in. */
  sentenceRange: TextRange;
}

/** Carried in a diagnostic's `data`, so an editor can build fixes without re-checking. */
export interface FindingData {
  claim: { text: string; dimension: Dimension; low: number; high: number };
  /** What the claim's value is a value of, as the checker reads it (not on needs-citation). */
  frame?: string;
  /** For a claim no source states: the nearest statement it did not accept, and why. */
  closest?: { sourceKey: string; sentence: string; value: string; because: string };
  /** Distinct values the sources give, with the sources that give each. */
  sourceValues: Array<{ text: string; agrees: boolean; sourceKeys: string[] }>;
  /** Corpus sources that agree with the claim: the ones a citation fix would name. */
  supportingSources: string[];
  /** The corpus sources the claim's sentence cites. */
  citedSources: string[];
  /** Where a citation would go: right after the sentence's final punctuation (or its end). */
  sentenceEnd: number;
  sentenceRange: TextRange;
  /** A citation-mismatch of the page alone: the source cited, the page cited and the page that states it (citedPages.ts). */
  citedPage?: { sourceKey: string; cited: string; stated: string };
}

export interface Finding {
  code: FindingCode;
  range: TextRange;
  message: string;
  evidence: Evidence[];
  data: FindingData;
}

function quoteTitle(title: string): string {
  return `"${title}"`;
}

/** A source's value as it reads mid-sentence: `A quarter` at a sentence start reads `a quarter`. */
function asQuoted(valueText: string): string {
  return /^(A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Half|Some|About|Nearly|Almost|Over|More|Less|Fewer|Around|Roughly|Approximately|Up|At|Just|Well|Under|Close|Perhaps|Maybe|Possibly|Estimated)\b/.test(valueText)
    ? valueText[0]!.toLowerCase() + valueText.slice(1)
    : valueText;
}

/** Units of time a writer puts in the singular before a noun (`a five-month siege`, `the five month battle`). */
const TIME_UNIT = /^(.*?\S)[\s-]+(day|week|month|year|hour|minute|decade|century)$/i;
/** `one`, `a`, `1`: a number a unit of time stays singular after. */
const SINGULAR = /^(?:an?|one|1|a single)$/i;

/**
 * A value in the form a sentence names it: `five month` and `five-month` (`a five-month siege`) are
 * `five months`; `one-day` is `one day`. Other values are as written.
 */
export function normalValueText(text: string): string {
  const unit = TIME_UNIT.exec(text);
  if (!unit) return text;
  const [, number, word] = unit as unknown as [string, string, string];
  const plural = SINGULAR.test(number.trim()) ? word : word.toLowerCase() === 'century' ? 'centuries' : `${word}s`;
  return `${number} ${plural}`;
}

/** A sentence opens with a capital, whatever value it opens with (`Late June 1349 (…) agrees`). */
function capitalised(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** `199 days ("Not One Step Backwards!") or five months ("World War Two Part 2")` */
export function describeSourceValues(evidence: Evidence[]): string {
  const byValue = new Map<string, string[]>();
  for (const e of evidence) {
    const key = asQuoted(normalValueText(e.valueText));
    const label = quoteTitle(e.sourceTitle) + (e.part === 'comment' ? ', a reader comment' : '');
    const titles = byValue.get(key) ?? [];
    if (!titles.includes(label)) titles.push(label);
    byValue.set(key, titles);
  }
  return [...byValue].map(([value, titles]) => `${value} (${titles.join(', ')})`).join(' or ');
}

export function buildMessage(
  code: FindingCode,
  claimText: string,
  evidence: Evidence[],
  citedSources: Array<{ key: string; title: string }>,
): string {
  claimText = asQuoted(claimText);
  const stated = describeSourceValues(evidence);
  const verb = (list: Evidence[]) => (new Set(list.map((e) => e.sourceKey)).size === 1 ? 'says' : 'say');
  const cited = citedSources.map((c) => quoteTitle(c.title)).join(' and ');
  switch (code) {
    case 'contradicted':
      return `The source${verb(evidence) === 'says' ? '' : 's'} ${verb(evidence)} ${stated}; the draft says ${claimText}.`;
    case 'sources-disagree':
      return `The sources disagree: ${stated}; the draft says ${claimText}.`;
    case 'not-in-sources':
      return `No source in the corpus states this; the draft says ${claimText}.`;
    case 'needs-citation':
      return `This claim (${claimText}) has no citation.`;
    case 'citation-mismatch': {
      const keys = new Set(citedSources.map((c) => c.key));
      const fromCited = evidence.filter((e) => keys.has(e.sourceKey));
      const others = evidence.filter((e) => !keys.has(e.sourceKey));
      if (evidence.length === 0) return `The cited source ${cited} does not state this, nor does any other source; the draft says ${claimText}.`;
      const agreeing = others.filter((e) => e.agrees);
      const elsewhere = agreeing.length > 0 ? ` ${capitalised(describeSourceValues(agreeing))} agree${new Set(agreeing.map((e) => e.sourceKey)).size === 1 ? 's' : ''} with the draft.` : '';
      if (fromCited.length > 0) return `The cited source says ${describeSourceValues(fromCited)}; the draft says ${claimText}.${elsewhere}`;
      return `The cited source ${cited} does not state this; the draft says ${claimText}.${elsewhere}`;
    }
  }
}
