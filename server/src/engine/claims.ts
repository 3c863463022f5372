// Claims: the checkable values of a text (not names, pages, list numbers or scene-setting years),
// each with what it is about. Drafts and sources are read by the same rules.
import { CitationResolver, findCitations } from './citations.js';
import { SentenceReader, type ValueContext } from './context.js';
import type { FootnoteDefinition, ProseBlock, ProseDocument } from './prose.js';
import { splitSentences, type Sentence } from './sentences.js';
import type { Citation, TextRange } from './types.js';
import type { FoundValue } from './values.js';
import { claimValues } from './claimValues.js';

export interface ReadValue {
  value: FoundValue;
  context: ValueContext;
}

export interface Claim extends ReadValue {
  sentence: TextRange;
  citations: Citation[];
}

/**
 * What a sentence without names of its own is about: the names of its section's heading and of the
 * last sentences that had names, and the kind the sentence before it spoke of.
 */
export class RunningSubject {
  private heading: readonly string[] = [];
  private recent: ReadonlyArray<readonly string[]> = [];
  kind?: string;
  private saved: string | undefined;

  /** A heading starts a section about what it names. */
  startSection(headingNames: string[]): void {
    this.heading = headingNames;
    this.recent = [];
    this.kind = undefined;
    this.saved = undefined;
  }

  /** A reader comment, say, starts afresh. */
  reset(): void {
    this.startSection([]);
  }

  names(): string[] {
    return [...new Set([...this.recent.flat(), ...this.heading])];
  }

  /** The state, as a key for memos, and to restore. */
  save(): string {
    this.saved ??= JSON.stringify([this.heading, this.recent, this.kind ?? null]);
    return this.saved;
  }

  restore(saved: string): void {
    if (saved === this.saved) return;
    const [heading, recent, kind] = JSON.parse(saved) as [string[], string[][], string | null];
    this.heading = heading;
    this.recent = recent;
    this.kind = kind ?? undefined;
    this.saved = saved;
  }

  read(sentenceNames: string[], kind: string | undefined): void {
    if (sentenceNames.length > 0) this.recent = [...this.recent, sentenceNames].slice(-2);
    if (sentenceNames.length > 0 || kind !== this.kind) this.saved = undefined;
    this.kind = kind;
  }
}

/** Reads the values of one sentence with their contexts, updating the running subject. */
export function readSentence(
  text: string,
  offset: number,
  knownNames: ReadonlySet<string>,
  ignored: TextRange[],
  running: RunningSubject,
): ReadValue[] {
  const reader = new SentenceReader(text, offset, knownNames, ignored);
  const values = claimValues(text, offset, ignored);
  const spans: Array<[number, number]> = values.map((v) => {
    const a = reader.tokenIndexAt(v.range.start);
    let b = a;
    while (b < reader.tokens.length && reader.tokens[b]!.end <= v.range.end) b++;
    return [a, b];
  });
  const read = values.map((value) => ({ value, context: reader.contextOf(value, spans, running.names(), running.kind) }));
  running.read(reader.allNames(), reader.sentenceKind());
  return read;
}

/** The end of the text a sentence's trailing citations may occupy (`.[^3]` or ` [@key]`). */
function trailingEnd(block: ProseBlock, next: Sentence | undefined): number {
  return next ? next.range.start : block.range.end;
}

/** What reading a draft's blocks needs from the whole draft and from the corpus. */
export interface DraftContext {
  knownNames: ReadonlySet<string>;
  resolver: CitationResolver;
  footnotes: ReadonlyMap<string, FootnoteDefinition>;
  /** `[21]` marks resolve through a numbered reference list, where the draft has one. */
  numberedReferences: ReadonlyMap<number, string>;
}

export function numberedReferencesOf(prose: ProseDocument): Map<number, string> {
  const numbered = new Map<number, string>();
  for (const block of prose.blocks) {
    if (block.role === 'bibliography' && block.listNumber !== undefined) numbered.set(block.listNumber, block.text.trim());
  }
  return numbered;
}

/** A heading starts a section: later sentences without names of their own take the heading's. */
export function readHeading(block: ProseBlock, knownNames: ReadonlySet<string>, running: RunningSubject): void {
  running.startSection(new SentenceReader(block.text, block.range.start, knownNames).headingNames());
}

/** The claims of one prose block, with the citations of their sentences. */
export function readBlock(block: ProseBlock, context: DraftContext, running: RunningSubject): { claims: Claim[]; citations: Citation[] } {
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  const sentences = splitSentences(block.text, block.range.start);
  sentences.forEach((sentence, i) => {
    const cited = findCitations(block, sentence.range, trailingEnd(block, sentences[i + 1]), context.footnotes, context.resolver, context.numberedReferences);
    citations.push(...cited.citations);
    for (const read of readSentence(sentence.text, sentence.range.start, context.knownNames, cited.ignored, running)) {
      claims.push({ ...read, sentence: sentence.range, citations: cited.citations });
    }
  });
  return { claims, citations };
}

/** Every checkable claim of a draft, with the citations of its sentence. */
export function extractClaims(
  prose: ProseDocument,
  sources: { knownNames: ReadonlySet<string>; resolver: CitationResolver },
): { claims: Claim[]; citations: Citation[] } {
  const context: DraftContext = { ...sources, footnotes: prose.footnotes, numberedReferences: numberedReferencesOf(prose) };
  const claims: Claim[] = [];
  const citations: Citation[] = [];
  const running = new RunningSubject();
  for (const block of prose.blocks) {
    if (block.role === 'heading') readHeading(block, sources.knownNames, running);
    if (block.role !== 'prose') continue;
    const read = readBlock(block, context, running);
    claims.push(...read.claims);
    citations.push(...read.citations);
  }
  return { claims, citations };
}
