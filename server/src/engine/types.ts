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
  /**
   * How `text` is read: as Markdown or as plain text. Unset, by the uri's extension (`.md`,
   * `.markdown`: Markdown). A reader that turns a PDF, a web page or a Word file into text sets it.
   */
  format?: 'markdown' | 'text';
  /**
   * Where stretches of `text` stand in the original file, in order of `start` (a PDF's pages, a web
   * page's elements, a Word file's paragraphs): each lasts until the next. None for `.md`/`.txt`.
   */
  places?: SourcePlace[];
}

/**
 * A place in a source's original file, from an offset of its text on. `page`: a PDF page, `label`
 * as printed (the PDF's page label: `231`, `xii`) and `number` counted from 1 (what `#page=` opens);
 * `element`: an HTML element, `label` a CSS selector of it, `id` the nearest id to open it at, and
 * `line`/`character` (0-based) where its start tag stands in the file;
 * `paragraph`: a Word file's paragraph, `label` its number.
 */
export type SourcePlace =
  | { start: number; kind: 'page'; label: string; number: number }
  | { start: number; kind: 'element'; label: string; id?: string; line?: number; character?: number }
  | { start: number; kind: 'paragraph'; label: string };

/** The place an offset of a source's text stands at in its original file, if the source has places. */
export function placeAt(places: readonly SourcePlace[] | undefined, offset: number): SourcePlace | undefined {
  if (!places || places.length === 0) return undefined;
  let low = 0;
  let high = places.length;
  // The last place whose start is at or before the offset.
  while (low < high) {
    const mid = (low + high) >> 1;
    if (places[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return places[Math.max(0, low - 1)];
}

/** A place as a reader says it: `p. 231`, `paragraph 12`, `the element article > p:nth-of-type(3)`. */
export function describePlace(place: SourcePlace): string {
  if (place.kind === 'page') return `p. ${place.label}`;
  if (place.kind === 'paragraph') return `paragraph ${place.label}`;
  return `the element ${place.label}`;
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
  /** The page or pages it names, as written (`239`, `239-41`): see pageLocators.ts. */
  page?: string;
}
