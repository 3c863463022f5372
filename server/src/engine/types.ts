// Plain data that flows between the engine's stages. No LSP or editor types here:
// offsets are UTF-16 code units into the text they came from.

export interface TextRange {
  start: number;
  end: number;
}

/** What a quantity measures; values of different dimensions never compare. */
export type Dimension = 'count' | 'fraction' | 'duration' | 'date';

/**
 * The span of values a wording allows, in canonical units:
 * count: items; fraction: share of a whole (0..1); duration: days; date: days since 1970-01-01 (UTC),
 * with `high` exclusive of the day after the last day named.
 */
export interface QuantityInterval {
  dimension: Dimension;
  low: number;
  high: number;
  /** The value as stated before hedges and precision widened it (for messages and fixes). */
  nominal: number;
}

export type HedgeKind =
  | 'approximate'
  | 'nearly'
  | 'over'
  | 'at-least'
  | 'up-to'
  | 'under'
  | 'range';

/** A value found in text: `about 2 million`, `five-month`, `July 28, 1942`. */
export interface ValueMention {
  /** The value as written, without its hedge: what a finding's range covers. */
  range: TextRange;
  text: string;
  interval: QuantityInterval;
  hedge?: { kind: HedgeKind; range: TextRange; text: string };
  /** A date range also states how long something lasted. */
  impliedDuration?: QuantityInterval;
}

export type FindingCode =
  | 'contradicted'
  | 'sources-disagree'
  | 'needs-citation'
  | 'not-in-sources'
  | 'citation-mismatch';

export const FINDING_CODES: readonly FindingCode[] = [
  'contradicted',
  'sources-disagree',
  'needs-citation',
  'not-in-sources',
  'citation-mismatch',
];

/** LSP severities as numbers: 1 error, 2 warning, 3 information, 4 hint. */
export type Severity = 1 | 2 | 3 | 4;

export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  contradicted: 2,
  'sources-disagree': 3,
  'needs-citation': 2,
  'not-in-sources': 4,
  'citation-mismatch': 2,
};

/** One source document as handed to the engine: its text and what the manifest says of it. */
export interface SourceInput {
  key: string;
  title: string;
  author?: string;
  /** e.g. `blog post`, `forum post`. */
  kind?: string;
  /** Where the source lives (a file URI or path); findings point here. */
  uri: string;
  /** Other addresses that cite this source, such as the web page it was saved from. */
  urls?: string[];
  text: string;
}

export type SourcePart = 'body' | 'comment';

/** A sentence of a source, as quoted in findings. */
export interface SourceSentence {
  sourceKey: string;
  range: TextRange;
  text: string;
  part: SourcePart;
}

export type CitationForm =
  | 'footnote'
  | 'pandoc'
  | 'parenthetical'
  | 'link'
  | 'numbered'
  | 'table-cell'
  | 'signal-phrase';

/** A citation in a draft and the corpus source it resolves to, if any. */
export interface Citation {
  form: CitationForm;
  range: TextRange;
  /** The text that names the work: a key, a title, an author, an address, a footnote's definition. */
  reference: string;
  /** The corpus source's key, or undefined when the cited work is outside the corpus. */
  sourceKey?: string;
  /** A footnote reference's label, and where its definition stands. */
  label?: string;
  definitionRange?: TextRange;
}
