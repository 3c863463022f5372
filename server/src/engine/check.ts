// Checking a draft against a corpus index. Pure and synchronous: the keystroke path.
// A DraftChecker kept per open draft re-reads only the blocks an edit touched: every block's
// claims and findings are memoised by its text, its citations' definitions and the subject it
// inherits, so the result always equals a fresh check of the same text.
import { enterBlock, numberedReferencesOf, readBlock, type DraftContext } from './claims.js';
import { Discourse, type DiscourseSnapshot } from './frames/discourse.js';
import { compareClaim } from './comparison.js';
import type { CorpusIndex } from './corpusIndex.js';
import type { CheckedClaim, Finding } from './findings.js';
import { ProseParser, type ProseBlock, type ProseDocument } from './prose.js';
import { applySuppressions } from './suppressions.js';
import type { Citation, FindingCode, TextRange } from './types.js';

export interface CheckOptions {
  /** Codes to leave out entirely (severity `off`). */
  disabledCodes?: ReadonlySet<FindingCode>;
}

export interface DraftReport {
  findings: Finding[];
  claims: CheckedClaim[];
  citations: Citation[];
}

/** One block's results, at the offset where they were computed. */
interface BlockResult {
  offset: number;
  claims: CheckedClaim[];
  findings: Finding[];
  citations: Citation[];
  /** The discourse after the block. */
  after: DiscourseSnapshot;
}

const shift = (r: TextRange, by: number): TextRange => (by === 0 ? r : { start: r.start + by, end: r.end + by });

function shiftCitation(c: Citation, by: number, footnotes: ProseDocument['footnotes']): Citation {
  const moved: Citation = { ...c, range: shift(c.range, by) };
  // A footnote's definition may stand anywhere: look it up where it is now.
  if (c.label !== undefined) moved.definitionRange = footnotes.get(c.label)?.range;
  return moved;
}

function shiftResult(result: BlockResult, to: number, footnotes: ProseDocument['footnotes']): BlockResult {
  const by = to - result.offset;
  const moved = new Map<Citation, Citation>();
  const citations = result.citations.map((c) => {
    const m = shiftCitation(c, by, footnotes);
    moved.set(c, m);
    return m;
  });
  const claims = result.claims.map((c) => ({
    ...c,
    range: shift(c.range, by),
    sentenceRange: shift(c.sentenceRange, by),
    citations: c.citations.map((x) => moved.get(x) ?? shiftCitation(x, by, footnotes)),
  }));
  const findings = by === 0 ? result.findings : result.findings.map((f) => ({
    ...f,
    range: shift(f.range, by),
    data: { ...f.data, sentenceEnd: f.data.sentenceEnd + by, sentenceRange: shift(f.data.sentenceRange, by) },
  }));
  return { offset: to, after: result.after, citations, claims, findings };
}

/** What a block's reading depends on besides its text: its links, marks, definitions and subject. */
function blockKey(block: ProseBlock, running: string, context: DraftContext, numberedKey: string): string {
  const base = block.range.start;
  const links = block.links.map((l) => [l.url, l.text, l.range.start - base, l.range.end - base, l.textRange.start - base]);
  const notes = block.footnoteReferences.map((f) => [f.label, f.range.start - base, f.range.end - base, context.footnotes.get(f.label)?.text ?? null]);
  const numbered = /\[\d/.test(block.text) ? numberedKey : '';
  return `${running}\u0001${numbered}\u0001${links.length || notes.length ? JSON.stringify([links, notes]) : ''}\u0001${block.text}`;
}

export class DraftChecker {
  private readonly parser = new ProseParser();
  private memo = new Map<string, BlockResult>();

  constructor(readonly index: CorpusIndex) {}

  check(text: string, options: CheckOptions = {}): DraftReport {
    const prose = this.parser.parse(text);
    const numberedReferences = numberedReferencesOf(prose);
    const context: DraftContext = {
      text,
      knowledge: this.index.knowledge,
      resolver: this.index.resolver,
      footnotes: prose.footnotes,
      numberedReferences,
      eventOfDay: this.index.eventOfDay,
    };
    const numberedKey = JSON.stringify([...numberedReferences]);
    const running = new Discourse();
    let previous: ProseBlock | undefined;
    const used = new Map<string, BlockResult>();
    const findings: Finding[] = [];
    const claims: CheckedClaim[] = [];
    const citations: Citation[] = [];
    for (const block of prose.blocks) {
      enterBlock(block, previous, context, running);
      previous = block;
      if (block.role !== 'prose') continue;
      const key = blockKey(block, String(running.save().id), context, numberedKey);
      let result = used.get(key) ?? this.memo.get(key);
      if (result) {
        running.restore(result.after);
        // Moved blocks move their ranges; a footnote's definition may have moved on its own.
        if (result.offset !== block.range.start || result.citations.some((c) => c.label !== undefined)) {
          result = shiftResult(result, block.range.start, prose.footnotes);
        }
      } else {
        result = this.readAndCompare(block, context, running);
      }
      used.set(key, result);
      findings.push(...result.findings);
      claims.push(...result.claims);
      citations.push(...result.citations);
    }
    this.memo = used; // only what this text uses: memory stays flat however long the editing goes on
    const kept = applySuppressions(prose, findings).filter((f) => !options.disabledCodes?.has(f.code));
    return { findings: kept, claims, citations };
  }

  private readAndCompare(block: ProseBlock, context: DraftContext, running: Discourse): BlockResult {
    const read = readBlock(block, context, running);
    const result: BlockResult = { offset: block.range.start, claims: [], findings: [], citations: read.citations, after: running.save() };
    for (const claim of read.claims) {
      const compared = compareClaim(claim, this.index);
      result.claims.push({ ...compared.checked, about: context.text.slice(claim.clause.start, claim.clause.end) });
      result.findings.push(...compared.findings);
    }
    return result;
  }
}

/** A fresh check of one draft: what a DraftChecker's incremental result always equals. */
export function checkDraft(text: string, index: CorpusIndex, options: CheckOptions = {}): DraftReport {
  return new DraftChecker(index).check(text, options);
}
