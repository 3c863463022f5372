// One draft checked for the report: its page, the numbers the class page shows of it, and the
// source sentences its claims were checked against (for the source pages). Plain data in and out,
// so that it runs the same in a worker thread and in the main one.
import { severityOf, type SeverityOverrides } from '../../diagnostics.js';
import { checkOptionsOf, type DraftOptions } from '../checkJob.js';
import { DraftChecker, FINDING_CODES, ProseParser, LineIndex, type CheckedClaim, type CorpusIndex, type Finding, type FindingCode } from '../../engine/index.js';
import { renderDraftPage } from './draftPage.js';
import { draftTree } from './draftTree.js';
import { CLAIM_VERDICTS, claimVerdict, type ClaimVerdict } from './verdicts.js';

export interface DraftJob {
  file: string;
  text: string;
  severity: SeverityOverrides;
  /** The draft's page, relative to the report's folder (`drafts/essay.html`). */
  page: string;
  /** What its own settings ask of its check: its dismissals and bibliography, as `check` has them. */
  options?: DraftOptions;
}

/** What the class page shows of a draft. */
export interface DraftSummary {
  file: string;
  page: string;
  /** Findings by code, as `check` reports them (codes turned off left out). */
  counts: Record<FindingCode, number>;
  findings: number;
  claims: number;
  verdicts: Record<ClaimVerdict, number>;
  words: number;
}

/** A source sentence a claim of the draft was checked against. */
export interface EvidenceUse {
  /** The source, by where it lives (its `uri`). */
  uri: string;
  start: number;
  end: number;
  agrees: boolean;
  /** The claim's value as the draft writes it, and its mark on the draft page. */
  value: string;
  anchor: string;
}

export interface DraftOutcome {
  summary: DraftSummary;
  html: string;
  uses: EvidenceUse[];
  /** Sources the draft cites (their `uri`s), once each. */
  cited: string[];
}

/** A checked value of the draft as the page shows it: the claim, its findings, its verdict and its mark. */
export interface DraftItem {
  id: string;
  number: number;
  start: number;
  end: number;
  line: number;
  text: string;
  claim?: CheckedClaim;
  findings: Finding[];
  verdict: ClaimVerdict;
}

/** Where each source's page is (`sources/x.html`), by the source's `uri`. */
export type SourcePages = Readonly<Record<string, string>>;

const rangeKey = (r: { start: number; end: number }) => `${r.start}:${r.end}`;

/** The verdict of a finding without a claim (a finding always has one; this is the safe side). */
const FINDING_VERDICT: Record<FindingCode, ClaimVerdict> = {
  contradicted: 'contradicted',
  'sources-disagree': 'disputed',
  'not-in-sources': 'unsourced',
  'needs-citation': 'unsourced',
  'citation-mismatch': 'unsourced',
};

/** The draft's checked values in reading order, each with the findings `check` reports at it. */
export function draftItems(text: string, claims: readonly CheckedClaim[], findings: readonly Finding[]): DraftItem[] {
  const lines = new LineIndex(text);
  const byRange = new Map<string, Finding[]>();
  for (const f of findings) byRange.set(rangeKey(f.range), [...(byRange.get(rangeKey(f.range)) ?? []), f]);
  const items: Array<Omit<DraftItem, 'id' | 'number' | 'line'>> = [];
  for (const claim of claims) {
    const at = byRange.get(rangeKey(claim.range)) ?? [];
    byRange.delete(rangeKey(claim.range));
    items.push({ start: claim.range.start, end: claim.range.end, text: claim.text, claim, findings: at, verdict: claimVerdict(claim, at) });
  }
  for (const rest of byRange.values()) {
    const { range } = rest[0]!;
    items.push({ start: range.start, end: range.end, text: text.slice(range.start, range.end), findings: rest, verdict: FINDING_VERDICT[rest[0]!.code] });
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  return items.map((item, i) => ({ ...item, id: `c${i + 1}`, number: i + 1, line: lines.positionAt(item.start).line + 1 }));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Checks a draft and renders its page (from the Markdown trees the check parsed, not parsing it again). */
export function draftOutcome(job: DraftJob, index: CorpusIndex, sourcePages: SourcePages, generated: string): DraftOutcome {
  const parser = new ProseParser({ keepTrees: true });
  const report = new DraftChecker(index, parser, true).check(job.text, checkOptionsOf(job.options ?? {}));
  const shown = report.findings.filter((f) => severityOf(f.code, job.severity) !== 'off');
  const items = draftItems(job.text, report.claims, shown);
  const uriOf = (key: string | undefined) => (key === undefined ? undefined : index.byKey.get(key)?.uri);
  const counts = Object.fromEntries(FINDING_CODES.map((c) => [c, 0])) as Record<FindingCode, number>;
  for (const f of shown) counts[f.code]++;
  const verdicts = Object.fromEntries(CLAIM_VERDICTS.map((v) => [v, 0])) as Record<ClaimVerdict, number>;
  for (const item of items) if (item.claim) verdicts[item.verdict]++;
  const uses: EvidenceUse[] = [];
  for (const item of items) {
    for (const e of item.claim?.evidence ?? []) {
      const uri = uriOf(e.sourceKey);
      if (uri !== undefined) uses.push({ uri, start: e.sentenceRange.start, end: e.sentenceRange.end, agrees: e.agrees, value: item.text, anchor: `${job.page}#${item.id}` });
    }
  }
  const cited = [...new Set(report.citations.map((c) => uriOf(c.sourceKey)).filter((u): u is string => u !== undefined))];
  const summary: DraftSummary = { file: job.file, page: job.page, counts, findings: shown.length, claims: report.claims.length, verdicts, words: countWords(job.text) };
  const html = renderDraftPage({ job, items, summary, index, sourcePages, generated, tree: draftTree(job.text, parser.chunkTrees()) });
  return { summary, html, uses, cited };
}
