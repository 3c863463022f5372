// Checking a draft against a corpus index. Pure and synchronous: the keystroke path.
// A DraftChecker kept per open draft re-reads only the blocks an edit touched: every block's
// claims and findings are memoised by its text, its citations' definitions and the subject it
// inherits, so the result always equals a fresh check of the same text.
import { enterBlock, numberedReferencesOf, readBlock, type Claim, type DraftContext } from './claims.js';
import { sameFieldsFrom, type DiscourseSnapshot } from './frames/discourse.js';
import { compareClaim, namesUnknownEventLately } from './comparison.js';
import type { CorpusIndex } from './corpusIndex.js';
import type { CheckedClaim, Finding } from './findings.js';
import { ProseParser, sameBlockMoved, type ProseBlock, type ProseDocument, type TextChange } from './prose.js';
import { dismisser, type Dismissal } from './dismissals.js';
import { silencer } from './suppressions.js';
import { sameButTitle, sameTitleAnswers, TitleWatchingDiscourse, titleRefsOf, withTitleOf, type TitleRead } from './titles.js';
import type { ChangedRegion } from './positions.js';
import type { Citation, FindingCode, TextRange } from './types.js';
import { resolveBibliography, withBibliography, type BibliographyEntry } from './bibliography.js';
import type { CitationLookup } from './citations.js';
import { SentenceReadings } from './sentenceReadings.js';

export interface CheckOptions {
  /** Codes to leave out entirely (severity `off`). */
  disabledCodes?: ReadonlySet<FindingCode>;
  /** What changed since the text this checker checked last (an editor's didChange), if known. */
  changes?: readonly TextChange[];
  /** Findings the writer dismissed in this draft (`.corroborate.json`): left out like silenced ones. */
  dismissed?: readonly Dismissal[];
  /**
   * The draft's bibliography (its settings' and its front matter's), by which pandoc keys resolve.
   * A checker re-reads every block when it is another array than the last check's.
   */
  bibliography?: readonly BibliographyEntry[];
}

export interface DraftReport {
  findings: Finding[];
  claims: CheckedClaim[];
  citations: Citation[];
}

/** One block's results, at the offset where they were computed. */
export interface BlockResult {
  offset: number;
  claims: CheckedClaim[];
  findings: Finding[];
  citations: Citation[];
  /** The discourse after the block. */
  after: DiscourseSnapshot;
  /** What its reading asked of the title (see titles.ts). */
  titleRead?: TitleRead;
  /**
   * Its claims' comparisons, by comparisonKey: an edit of the block finds the comparisons of the
   * claims it did not change here, however long ago they were made (in a long draft, those of most
   * blocks have long left the checker's own store).
   */
  comparisons?: ReadonlyMap<string, KeptComparison>;
}

/** A comparison as a checker keeps it: where its claim's value stood, the check that last used it, what it found. */
interface KeptComparison {
  at: number;
  used: number;
  checked: CheckedClaim;
  findings: Finding[];
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

/**
 * What a block's reading depends on besides the discourse it is entered in (its entry's `entered`,
 * compared apart): its text, links, marks and definitions, and its original text where it is not
 * its prose text (code and markup are blanked in that, but a claim's `about` quotes the original,
 * and the reading asks it whether a line is bold or a table's).
 */
function blockKey(block: ProseBlock, context: DraftContext, numberedKey: string): string {
  const base = block.range.start;
  const original = context.text.slice(base, block.range.end);
  const links = block.links.map((l) => [l.url, l.text, l.range.start - base, l.range.end - base, l.textRange.start - base]);
  const notes = block.footnoteReferences.map((f) => [f.label, f.range.start - base, f.range.end - base, context.footnotes.get(f.label)?.text ?? null]);
  const numbered = /\[\d/.test(block.text) ? numberedKey : '';
  return `${numbered}\u0001${links.length || notes.length ? JSON.stringify([links, notes]) : ''}\u0001${block.text}${original === block.text ? '' : `\u0002${original}`}`;
}

/** A block of the draft as checked (the block at the same index of the prose), with the discourse it was read in. */
export interface CheckedBlock {
  /** The discourse once the block is entered (what its reading depends on, with its text). */
  entered: DiscourseSnapshot;
  /** The discourse after it. */
  after: DiscourseSnapshot;
  /** A prose block's results, where they were computed (`result.offset`), and their memo key (with `entered`). */
  result?: BlockResult;
  key?: string;
}

/**
 * A check's results block by block, each kept where it was computed: a block an edit only moved
 * keeps its results as they were, and the report, with every range where it is now, is made only
 * when asked for.
 */
export class DraftAnalysis {
  private made: DraftReport | undefined;
  private silences: ((f: Finding) => boolean) | undefined | null = null;
  private dismissals: ((f: Finding) => boolean) | undefined | null = null;

  constructor(
    readonly prose: ProseDocument,
    /** What was found in each of the prose's blocks (at the same index). */
    readonly checked: readonly CheckedBlock[],
    private readonly options: CheckOptions,
    /** What changed since the text checked before, if this check was made from that one. */
    readonly changed?: { before: string; region: ChangedRegion },
  ) {}

  /** Calls `fn` with each block's results and where the block starts now, in order. */
  eachResult(fn: (result: BlockResult, start: number) => void): void {
    const blocks = this.prose.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const result = this.checked[i]!.result;
      if (result) fn(result, blocks[i]!.range.start);
    }
  }

  /** A finding of a block's results, where it is now that the block starts at `start`. */
  findingNow(finding: Finding, result: BlockResult, start: number): Finding {
    return shiftFinding(finding, start - result.offset);
  }

  /** Whether a finding (where it is now) is left out: silenced by a comment, dismissed, or of a code turned off. */
  leftOut(now: Finding): boolean {
    if (this.options.disabledCodes?.has(now.code)) return true;
    if (this.silences === null) this.silences = this.prose.comments.length === 0 ? undefined : silencer(this.prose);
    if (this.dismissals === null) this.dismissals = dismisser(this.options.dismissed ?? [], this.prose.text);
    return (this.silences?.(now) ?? false) || (this.dismissals?.(now) ?? false);
  }

  /** Whether a comment may silence findings (then whether one is silenced depends on where it is). */
  get hasSilences(): boolean {
    return this.prose.comments.length > 0;
  }

  report(): DraftReport {
    if (this.made) return this.made;
    const findings: Finding[] = [];
    const claims: CheckedClaim[] = [];
    const citations: Citation[] = [];
    this.eachResult((stored, start) => {
      const result = stored.offset !== start || stored.citations.some((c) => c.label !== undefined) ? shiftResult(stored, start, this.prose.footnotes) : stored;
      findings.push(...result.findings);
      claims.push(...result.claims);
      citations.push(...result.citations);
    });
    return (this.made = { findings: findings.filter((f) => !this.leftOut(f)), claims, citations });
  }
}

function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  return { ...f, range: shift(f.range, by), data: { ...f.data, sentenceEnd: f.data.sentenceEnd + by, sentenceRange: shift(f.data.sentenceRange, by) } };
}

/** What the last check kept, to tell which blocks the next one must read again. */
interface LastCheck {
  blocks: readonly ProseBlock[];
  checked: CheckedBlock[];
  /** The parse it was made from (the parser's count): the next check's parse must be the one after. */
  parse: number;
  /** The numbered references every `[21]` mark reads through. */
  numberedKey: string;
}

/**
 * Comparisons a checker keeps past the checks that used them: a keystroke finds the comparisons of
 * the claims it did not change in the block it re-reads, and an edit undone (a title's name changed
 * and changed back) finds those of the text before it. Those of the last few checks are all kept (a
 * whole draft's, after its first check); of older ones, the most lately used, up to a number, so
 * that memory stays flat however long the editing goes on.
 */
const COMPARISONS_KEPT_FOR = 4;
/**
 * Blocks the last few checks replaced are kept as well, by memo key: an edit undone (a letter typed
 * and deleted, a title's name changed back) reads none of them again.
 */
const REPLACED_KEPT_FOR = 4;
const OLDER_COMPARISONS_KEPT = 512;

export class DraftChecker {
  private last: LastCheck | undefined;
  /** How many blocks the last check read (the rest it kept). */
  blocksRead = 0;
  /** How many claims this checker has compared with the corpus (the rest it found compared before). */
  claimsCompared = 0;
  /** Claims compared, by the claim as it reads where it stands (see `compared`), and the check that last used each. */
  private readonly comparisons = new Map<string, KeptComparison>();
  private checks = 0;
  /** The blocks each of the last few checks replaced (read again, or found changed), newest last. */
  private displaced: CheckedBlock[][] = [];
  /** The sentences of the blocks read lately, as read: a block read again frames only those it changed. */
  private readonly sentences = new SentenceReadings();
  /** How many sentences the last check framed (those of the blocks it read that it did not find as read before). */
  get sentencesFramed(): number {
    return this.sentences.framed;
  }
  /** The bibliography of the last check, and the lookup through it. */
  private bibliography: { entries: readonly BibliographyEntry[] | undefined; lookup: CitationLookup } | undefined;

  /**
   * `parser`: one that keeps its chunks' Markdown trees, for a caller that renders the draft too.
   * `once`: the checker checks one text once (the command line), so no later check can use what it
   * keeps, and it keeps nothing: no claim's comparison (and no claim's key, a quarter of comparing),
   * no block by its key (and so no state of the discourse written out), no sentence's reading. A claim
   * or a block that reads as another of the same check is read and compared again, to the same result.
   */
  constructor(readonly index: CorpusIndex, private readonly parser = new ProseParser(), private readonly once = false) {}

  /** How citations resolve with this bibliography; whether it is another than the last check's. */
  private lookupFor(entries: readonly BibliographyEntry[] | undefined): { lookup: CitationLookup; changed: boolean } {
    const last = this.bibliography;
    const none = (e: readonly BibliographyEntry[] | undefined) => !e || e.length === 0;
    if (last && (last.entries === entries || (none(last.entries) && none(entries)))) return { lookup: last.lookup, changed: false };
    const lookup = entries && entries.length > 0 ? withBibliography(this.index.resolver, resolveBibliography(entries, this.index.sources)) : this.index.resolver;
    this.bibliography = { entries, lookup };
    return { lookup, changed: last !== undefined };
  }

  check(text: string, options: CheckOptions = {}): DraftReport {
    return this.analyze(text, options).report();
  }

  /**
   * Checks the text, re-reading only what an edit changed: the blocks before the first changed one
   * keep their results and their discourse; after the changed ones, once a block moved unchanged is
   * entered in the discourse it was entered in before, it and every block after it keep theirs.
   */
  analyze(text: string, options: CheckOptions = {}): DraftAnalysis {
    this.blocksRead = 0;
    this.sentences.framed = 0;
    const prose = this.parser.parse(text, options.changes);
    const numberedReferences = numberedReferencesOf(prose);
    const bibliography = this.lookupFor(options.bibliography);
    const context: DraftContext = {
      text,
      knowledge: this.index.knowledge,
      resolver: bibliography.lookup,
      footnotes: prose.footnotes,
      numberedReferences,
      eventOfDay: this.index.eventOfDay,
      ...(this.once ? { once: true } : { readFramed: this.sentences.read }),
    };
    const numberedKey = numberedReferences.size === 0 ? '' : JSON.stringify([...numberedReferences]);
    // (Another bibliography may resolve any key otherwise: nothing read before is kept.)
    const last = bibliography.changed ? undefined : this.last;
    if (bibliography.changed) this.displaced = [];
    // A change of a footnote's text or of the numbered references may change any block that cites them.
    const same = last && last.parse === this.parser.parses - 1 && !this.parser.footnotesChanged && last.numberedKey === numberedKey ? last : undefined;
    const checked = this.checkBlocks(prose, context, numberedKey, same, last?.checked ?? []);
    this.last = { blocks: prose.blocks, checked, parse: this.parser.parses, numberedKey };
    this.forgetComparisons();
    this.sentences.checked();
    return new DraftAnalysis(prose, checked, options, this.parser.lastChange);
  }

  private checkBlocks(prose: ProseDocument, context: DraftContext, numberedKey: string, same: LastCheck | undefined, before: CheckedBlock[]): CheckedBlock[] {
    const all = prose.blocks;
    const oldBlocks = same?.blocks ?? [];
    const old = same?.checked ?? [];
    let kept = 0;
    while (kept < all.length && kept < oldBlocks.length && all[kept] === oldBlocks[kept]) kept++;
    let movedTail = 0;
    while (movedTail < all.length - kept && movedTail < old.length - kept && sameBlockMoved(all[all.length - 1 - movedTail]!, oldBlocks[old.length - 1 - movedTail]!)) movedTail++;
    // Blocks read before, by memo key, with the discourse after each: those this check may meet again
    // (the last check's that this one replaces, and those the last few checks replaced: an edit undone).
    const memo = new BlockMemo();
    const replaced = same ? old.slice(kept, old.length - movedTail) : before;
    for (const entry of [...this.displaced.flat(), ...replaced]) memo.add(entry);
    const displaced = replaced.filter((entry) => entry.key && entry.result);
    const comparedBefore = new ReplacedComparisons(replaced);
    let out = old.slice(0, kept);
    // (Its states' keys are written out only when asked for: by a sentence's memo, in the blocks read.)
    const running = new TitleWatchingDiscourse(false);
    if (kept > 0) running.restore(out[kept - 1]!.after);
    for (let i = kept; i < all.length; i++) {
      const block = all[i]!;
      enterBlock(block, all[i - 1], context, running);
      const entered = running.save();
      const oldEntry = i >= all.length - movedTail ? old[i - all.length + old.length] : undefined;
      // (By the states' fields, as their keys say, not by id: ids are named again once the discourse
      // has named too many states; and not by key, which a title edit's walk would write for every block.)
      if (oldEntry && sameFieldsFrom(oldEntry.entered, entered)) {
        // Entered as before, and the same text from here on: the rest is as it was.
        out = out.concat(old.slice(i - all.length + old.length));
        break;
      }
      if (oldEntry?.key && oldEntry.result) displaced.push(oldEntry);
      if (block.role !== 'prose') {
        out.push({ entered, after: entered });
        continue;
      }
      // (A check made once keeps no block for a next one, and writes no key. A block only moved has
      // its key still: the same text, and the definitions the same, or nothing would be kept.)
      const key = this.once ? undefined : (oldEntry?.key ?? blockKey(block, context, numberedKey));
      // (A block kept across a title edit is filed under the state it is entered in now, so that the
      // next edit near it, which may split its chunk again, finds it.)
      const retitled = key !== undefined && oldEntry ? this.retitled(oldEntry, entered, key) : undefined;
      const known = key === undefined ? undefined : retitled ?? memo.find(key, entered);
      if (known) {
        running.restore(known.after);
        out.push(known.entered === entered ? known : { ...known, entered });
        continue;
      }
      const result = this.readAndCompare(block, context, running, comparedBefore);
      const entry = { entered, after: result.after, result, ...(key !== undefined ? { key } : {}) };
      memo.add(entry);
      out.push(entry);
    }
    // (Only what this check did not keep: after a whole re-check, the blocks it met again unchanged
    // stand in `out`, and walking them on each of the next keystrokes would cost a long draft's length.
    // Looked for among the few replaced, not by a set of every block's results made each keystroke.)
    const replacedResults = new Set(displaced.map((entry) => entry.result));
    const inUse = new Set<BlockResult | undefined>();
    if (replacedResults.size > 0) for (let i = 0; i < out.length; i++) if (replacedResults.has(out[i]!.result)) inUse.add(out[i]!.result);
    this.displaced = [...this.displaced.slice(1 - REPLACED_KEPT_FOR), displaced.filter((entry) => !inUse.has(entry.result))];
    return out;
  }

  /**
   * A block moved unchanged, entered as before but for the title (its name was edited), whose
   * reading asked nothing of the title that the new one answers otherwise: its results as they
   * were, with the new title in the discourse after it.
   */
  private retitled(old: CheckedBlock, entered: DiscourseSnapshot, key: string): CheckedBlock | undefined {
    if (!old.result) return undefined;
    // (Or the same once the old title's references among the events named lately are the new one's:
    // then each claim's `recent` held them, and comparing asks only whether one is unknown by name.)
    if (!sameButTitle(old.entered, entered) && !(sameButTitle(old.entered, entered, true) && this.titlesAlikeLately(old.entered, entered))) return undefined;
    if (old.result.titleRead && !sameTitleAnswers(old.result.titleRead, old.entered, entered)) return undefined;
    const after = withTitleOf(old.after, entered);
    if (!after) return undefined;
    return { ...old, entered, after, key };
  }

  /**
   * Whether the two titles' references, where the old ones stand among the events named lately, are
   * alike to comparing (namesUnknownEventLately): each known by name to the corpus or each not.
   */
  private titlesAlikeLately(then: DiscourseSnapshot, now: DiscourseSnapshot): boolean {
    const before = titleRefsOf(then);
    if (!then.state.recent.some((r) => before.includes(r))) return true;
    const after = titleRefsOf(now);
    return before.every((ref, i) => namesUnknownEventLately({ recent: [ref] }, this.index) === namesUnknownEventLately({ recent: [after[i]!] }, this.index));
  }

  /** Drops the comparisons least lately used, past the last few checks' and as many older ones as are kept. */
  private forgetComparisons(): void {
    this.checks++;
    // (Oldest use first: each use moves a comparison to the end.)
    for (const [key, known] of this.comparisons) {
      if (this.comparisons.size <= OLDER_COMPARISONS_KEPT || known.used >= this.checks - COMPARISONS_KEPT_FOR) break;
      this.comparisons.delete(key);
    }
  }

  private readAndCompare(block: ProseBlock, context: DraftContext, running: TitleWatchingDiscourse, comparedBefore: ReplacedComparisons): BlockResult {
    this.blocksRead++;
    running.titleRead = { subject: false, year: false };
    const read = readBlock(block, context, running);
    const comparisons = new Map<string, KeptComparison>();
    const result: BlockResult = { offset: block.range.start, claims: [], findings: [], citations: read.citations, after: running.save(), titleRead: running.titleRead, comparisons };
    for (const claim of read.claims) {
      const compared = this.compared(claim, comparedBefore, comparisons);
      result.claims.push({ ...compared.checked, about: context.text.slice(claim.clause.start, claim.clause.end) });
      result.findings.push(...compared.findings);
    }
    return result;
  }

  /**
   * A claim compared with the corpus, or a claim that reads the same but for where it and its
   * sentence stand, compared before: a keystroke re-reads its block, but compares only the claims
   * whose reading it changed (typing a word elsewhere in the sentence changes none).
   * (Comparing is the costly part of reading a block, and depends on nothing but comparisonKey.)
   */
  private compared(claim: Claim, comparedBefore: ReplacedComparisons, kept: Map<string, KeptComparison>): { checked: CheckedClaim; findings: Finding[] } {
    if (this.once) {
      this.claimsCompared++;
      return compareClaim(claim, this.index);
    }
    const at = claim.value.range.start;
    const key = comparisonKey(claim, this.index);
    const known = this.comparisons.get(key) ?? comparedBefore.get(key);
    if (known) {
      kept.set(key, known);
      known.used = this.checks;
      this.comparisons.delete(key);
      this.comparisons.set(key, known);
      // (A checked claim's range, citations and sentence are the claim's own.)
      const checked = { ...known.checked, range: claim.value.range, citations: claim.citations, sentenceRange: claim.sentence };
      return { checked, findings: known.findings.map((f) => placeFinding(f, at - known.at, claim.sentence)) };
    }
    this.claimsCompared++;
    const compared = compareClaim(claim, this.index);
    const made = { at, used: this.checks, ...compared };
    this.comparisons.set(key, made);
    kept.set(key, made);
    return compared;
  }
}

/**
 * Blocks read before, by memo key and the state they were entered in: what a block's reading
 * depends on. (A state is compared field by field, not by its key, so that no state of a keystroke's
 * walk has its key written out unless a sentence's memo asks for it.)
 */
class BlockMemo {
  private readonly byKey = new Map<string, CheckedBlock[]>();

  add(entry: CheckedBlock): void {
    if (!entry.key || !entry.result) return;
    const list = this.byKey.get(entry.key);
    if (list) list.push(entry);
    else this.byKey.set(entry.key, [entry]);
  }

  /** The entry added last under this key that was entered in the same state. */
  find(key: string, entered: DiscourseSnapshot): CheckedBlock | undefined {
    const list = this.byKey.get(key);
    for (let i = (list?.length ?? 0) - 1; i >= 0; i--) if (sameFieldsFrom(list![i]!.entered, entered)) return list![i];
    return undefined;
  }
}

/**
 * The comparisons of the blocks a check reads again in place of the last check's (the block an edit
 * changed, or every block): gathered by key the first time a claim is not in the checker's store.
 */
class ReplacedComparisons {
  private byKey: Map<string, KeptComparison> | undefined;

  constructor(private readonly replaced: readonly CheckedBlock[]) {}

  get(key: string): KeptComparison | undefined {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const entry of this.replaced) for (const [k, known] of entry.result?.comparisons ?? []) this.byKey.set(k, known);
    }
    return this.byKey.get(key);
  }
}

/**
 * What comparing a claim reads of it: all but where it stands. Ranges count from the value's start;
 * its sentence, its clause and its tokens' places are left out (a finding takes its sentence from the
 * claim), and a citation is the source it names and the page it cites (its text and place decide no verdict).
 * Of the events named lately, only whether one is an event the corpus does not know by name
 * (namesUnknownEventLately): a title's name, which stays among them for some paragraphs, is then
 * renamed to another unknown name without changing the key of any claim that does not take it.
 */
export function comparisonKey(claim: Claim, index: CorpusIndex): string {
  const at = claim.value.range.start;
  return JSON.stringify({ ...claim, recent: namesUnknownEventLately(claim, index) }, (name, value: unknown) => {
    if (POSITION_FIELDS.has(name)) return undefined;
    if (name === 'citations') return (value as Citation[]).map((c) => (c.page ? [c.sourceKey ?? null, c.page] : c.sourceKey ?? null));
    const range = value as Partial<TextRange> | null;
    return typeof range === 'object' && range !== null && typeof range.start === 'number' && typeof range.end === 'number'
      ? { ...range, start: range.start - at, end: range.end - at }
      : value;
  });
}

const POSITION_FIELDS = new Set(['sentence', 'clause', 'firstToken', 'endToken']);

/** A finding compared before, for its claim now `by` further on, in the sentence it stands in now. */
function placeFinding(f: Finding, by: number, sentence: TextRange): Finding {
  return { ...f, range: shift(f.range, by), data: { ...f.data, sentenceEnd: sentence.end, sentenceRange: sentence } };
}

/** A fresh check of one draft: what a DraftChecker's incremental result always equals. */
export function checkDraft(text: string, index: CorpusIndex, options: CheckOptions = {}): DraftReport {
  return new DraftChecker(index, undefined, true).check(text, options);
}
