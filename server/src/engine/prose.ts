// Markdown to prose spans: which parts of a draft are sentences a writer asserts, with exact offsets.
// Code, HTML, URLs, front matter and footnote labels are blanked out (same length, so offsets hold).
import { packedMap } from './packed.js';
import { parseMarkdown, type MarkdownTree } from './markdownParser.js';
import { plainParagraphTree } from './plainParagraph.js';
import type { ChangedRegion } from './positions.js';
import type { TextRange } from './types.js';

/**
 * prose: the writer's own sentences; heading; quote: a block quotation (a source's words);
 * footnote: a footnote definition (names a work); bibliography: entries under Works Cited and the like;
 * label: a short line that is not a sentence (a name, a course, the essay's own date).
 */
export type BlockRole = 'prose' | 'heading' | 'quote' | 'footnote' | 'bibliography' | 'label';

export interface InlineLink {
  range: TextRange;
  /** Where the link's own text stands (its label), inside `range`. */
  textRange: TextRange;
  text: string;
  url: string;
}

export interface InlineFootnoteReference {
  range: TextRange;
  label: string;
}

export interface ProseBlock {
  role: BlockRole;
  range: TextRange;
  /** The document's text over `range`, with everything that is not prose replaced by spaces. */
  text: string;
  links: InlineLink[];
  footnoteReferences: InlineFootnoteReference[];
  /** Blocks that share a paragraph id continue one paragraph (table rows share their table's). */
  paragraph: number;
  /** The number of the ordered-list item the block opens, if any (`21.` in a reference list). */
  listNumber?: number;
  /** A heading's level (1 for `#`). */
  depth?: number;
  /** In a table row, its cell under a `Source` column, as offsets into the block: it cites. */
  citationCell?: TextRange;
}

export interface FootnoteDefinition {
  label: string;
  range: TextRange;
  /** Its plain text, what resolves it to a source. */
  text: string;
}

export interface HtmlComment {
  range: TextRange;
  /** The comment's body, trimmed. */
  body: string;
}

export interface ProseDocument {
  text: string;
  blocks: ProseBlock[];
  footnotes: Map<string, FootnoteDefinition>;
  comments: HtmlComment[];
  /** The `title` of YAML front matter, if any. */
  frontMatterTitle?: string;
  /** The first heading's text, if any. */
  firstHeading?: string;
}

interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  depth?: number;
  label?: string;
  identifier?: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// (A whole text's Markdown tree, by the parser drafts are read with: a report renders what was read.)
export { parseMarkdown };

const BIBLIOGRAPHY_HEADINGS =
  /^(works cited|works consulted|bibliography|selected bibliography|references|reference list|sources|sources cited|sources consulted|notes|endnotes|footnotes|further reading|citations|literature|external links|see also)$/i;
/** The headings of a section of notes, which may hold the writer's own remarks as well as references. */
const NOTES_HEADINGS = /^(notes|endnotes|footnotes)$/i;

/** A heading's or a line's words as a section's name (`References:`, ` Notes. `: no colon or stop after them). */
function sectionName(text: string): string {
  return text.trim().replace(/\s*[:.]$/, '');
}
/** What marks a reference: a page, folio or volume, a year in brackets, a list of works run together with `;`. */
const REFERENCE_MARKS = /\b(?:pp?|ff?|fols?|vols?|eds?|nos?)\.\s|\(\d{4}\)|;/i;
/** Fewer words than this make a reference or a heading, not a sentence of the writer's own. */
const NOTE_PROSE_WORDS = 12;

/**
 * A paragraph under a Notes heading that reads as the writer's own sentences (a dozen words or more,
 * ending a sentence, with no page, folio or year-in-brackets of a reference): a society's page puts its
 * remarks there (`## Notes` / `The viaduct was rebuilt in brick …`), and they are its text; so are a
 * source's numbered notes (a ballad's editor's: `2. At Drummel Gap on 19 May 1868 about two hundred …`).
 */
export function isNoteOfTheWriters(text: string): boolean {
  const trimmed = text.trim();
  return /[.!?]["')\]]*$/.test(trimmed) && trimmed.split(/\s+/).length >= NOTE_PROSE_WORDS && !REFERENCE_MARKS.test(trimmed);
}

/**
 * Deeper than any heading: a section opened by a plain line ends at the next heading of any level,
 * or at a short line that opens the readers' comments (`4 thoughts on …`, `Comments`), which are a
 * page's own text again.
 */
const PLAIN_LINE_SECTION = 7;
const COMMENTS_LINE = /\b(thoughts?|comments?|responses?|replies|reply)\b/i;

/**
 * A paragraph that is nothing but a section's name (`Works Cited`, `References:`, `**Sources**`)
 * opens that section as a heading would: writers who never learnt Markdown headings write these.
 */
function isPlainBibliographyLine(block: ProseBlock, inTable: boolean): boolean {
  if (inTable || (block.role !== 'label' && block.role !== 'prose')) return false;
  // (A line that opens a bibliography is a title, a few words long: a paragraph never is one.)
  const text = block.text.trim();
  return text.length <= 80 && BIBLIOGRAPHY_HEADINGS.test(sectionName(text));
}

/** `Sources:` on a line of its own, with the entries on the lines under it in the same paragraph. */
function opensWithBibliographyLine(block: ProseBlock, inTable: boolean): boolean {
  if (inTable || block.role !== 'prose') return false;
  const lines = block.text.trim().split('\n');
  return lines.length > 1 && lines[0]!.length <= 80 && BIBLIOGRAPHY_HEADINGS.test(sectionName(lines[0]!));
}

function span(node: MdNode): TextRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join(node.type === 'paragraph' ? '' : '');
}

/** A UTF-16 unit of a character beyond the Basic Multilingual Plane. */
const SURROGATE = /[\uD800-\uDFFF]/;

class BlockBuilder {
  /**
   * Which of the block's UTF-16 units its text nodes reveal (the rest read as spaces). A keystroke
   * re-parses a chunk's blocks, and a string per character with its iterator's result was most of
   * what parsing a block made. (A block with a character beyond the Basic Multilingual Plane is
   * masked by code point instead, as it always was: `chars`.)
   */
  private readonly revealed: Uint8Array | undefined;
  private readonly chars: string[] | undefined;
  readonly links: InlineLink[] = [];
  readonly footnoteReferences: InlineFootnoteReference[] = [];

  constructor(
    private readonly source: string,
    readonly range: TextRange,
    private readonly definitions: ReadonlyMap<string, string>,
  ) {
    // Keep line breaks so that line-based rules (and positions) still work on the masked text.
    const text = source.slice(range.start, range.end);
    if (SURROGATE.test(text)) this.chars = Array.from(text, (c) => (c === '\n' || c === '\r' ? c : ' '));
    else this.revealed = new Uint8Array(text.length);
  }

  reveal(r: TextRange): void {
    const from = Math.max(r.start, this.range.start);
    const to = Math.min(r.end, this.range.end);
    if (this.revealed) {
      if (to > from) this.revealed.fill(1, from - this.range.start, to - this.range.start);
      return;
    }
    for (let i = from; i < to; i++) this.chars![i - this.range.start] = this.source[i]!;
  }

  /** The block's text, all but what was revealed masked as spaces, its line breaks kept. */
  private masked(): string {
    if (!this.revealed) return this.chars!.join('');
    const revealed = this.revealed;
    const start = this.range.start;
    let text = '';
    for (let i = 0; i < revealed.length;) {
      let j = i + 1;
      while (j < revealed.length && revealed[j] === revealed[i]) j++;
      const run = this.source.slice(start + i, start + j);
      text += revealed[i] ? run : run.replace(/[^\n\r]/g, ' ');
      i = j;
    }
    return text;
  }

  collect(node: MdNode): void {
    switch (node.type) {
      case 'text':
        this.reveal(span(node));
        return;
      case 'link': {
        const children = node.children ?? [];
        children.forEach((c) => this.collect(c));
        const first = children[0];
        const last = children[children.length - 1];
        const textRange = first && last ? { start: span(first).start, end: span(last).end } : span(node);
        this.links.push({ range: span(node), textRange, text: plainText(node), url: node.url ?? '' });
        return;
      }
      case 'linkReference': {
        // `[21]` with a definition `[21]: https://…` is a link; without one it is plain text.
        const children = node.children ?? [];
        children.forEach((c) => this.collect(c));
        const first = children[0];
        const last = children[children.length - 1];
        const textRange = first && last ? { start: span(first).start, end: span(last).end } : span(node);
        const url = this.definitions.get((node.identifier ?? '').toLowerCase()) ?? '';
        this.links.push({ range: span(node), textRange, text: plainText(node), url });
        return;
      }
      case 'footnoteReference':
        this.footnoteReferences.push({ range: span(node), label: node.identifier ?? node.label ?? '' });
        return;
      case 'inlineCode':
      case 'html':
      case 'image':
      case 'imageReference':
      case 'break':
        return;
      default:
        (node.children ?? []).forEach((c) => this.collect(c));
    }
  }

  build(role: BlockRole, paragraph: number, listNumber?: number): ProseBlock {
    return {
      role,
      range: this.range,
      text: this.masked(),
      links: this.links,
      footnoteReferences: this.footnoteReferences,
      paragraph,
      ...(listNumber !== undefined ? { listNumber } : {}),
    };
  }
}

const TERMINAL = /[.!?]["”’')\]]*\s*$/;

/** A short top-level line without final punctuation is a label (a name, a course, a date line). */
function isLabel(text: string): boolean {
  // Citation marks after the final period (`.[12]`, `.[^3]`) do not make a sentence a label.
  // (Bounded: an unbounded pattern here is quadratic on a line of `[`.)
  const trimmed = text.trim().replace(/(?:\s*\[[^\][]{0,40}\]){1,8}$/, '');
  if (TERMINAL.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= 8;
}

/** A top-level piece of a Markdown document, between blank lines: parsed on its own and memoised. */
export interface MarkdownChunk {
  start: number;
  end: number;
}

/**
 * Splits a document at blank lines into chunks that parse the same alone as together: a blank line
 * inside a fenced code block, an HTML comment or front matter does not split, nor does one followed
 * by an indented line (a list item's or footnote's continuation).
 */
export function splitChunks(text: string): MarkdownChunk[] {
  return scanChunks(text, 0).chunks.flatMap((chunk) => piecesOf(text, chunk));
}

/** A chunk as the scan finds it, before a long one is cut into lines and debris is dropped. */
function piecesOf(text: string, chunk: MarkdownChunk): MarkdownChunk[] {
  const pieces = chunk.end - chunk.start > MAX_CHUNK_LENGTH ? splitLines(text, chunk) : [chunk];
  return pieces.filter((piece) => !isOneLongLine(text, piece) && !isMarkupDebris(text, piece));
}

/**
 * The chunks of `text` from `from` (the start of the text, or of a chunk: no fence, comment or front
 * matter is open there). `resume(start)` is asked at each chunk's start past the first: when it says
 * yes, the scan stops there (the chunks from there on are known), and `stoppedAt` says where.
 */
function scanChunks(text: string, from: number, resume?: (start: number) => boolean): { chunks: MarkdownChunk[]; stoppedAt?: number } {
  const chunks: MarkdownChunk[] = [];
  let chunkStart = -1;
  let lastContentEnd = -1;
  let fence: string | undefined;
  let inComment = false;
  let pendingBlank = false;
  let offset = from;
  let firstLine = from === 0;
  let inFrontMatter = false;
  const lineBreak = /\r\n|\n|\r/g;
  while (offset <= text.length) {
    lineBreak.lastIndex = offset;
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const next = match ? match.index + match[0].length : text.length + 1;
    const line = text.slice(offset, lineEnd);
    const blank = line.trim() === '';
    if (firstLine && /^---\s*$/.test(line)) inFrontMatter = true;
    else if (inFrontMatter && /^(---|\.\.\.)\s*$/.test(line)) {
      inFrontMatter = false;
      lastContentEnd = lineEnd;
      chunks.push({ start: chunkStart, end: lastContentEnd });
      chunkStart = -1;
      offset = next;
      continue;
    }
    firstLine = false;
    const sticky = inFrontMatter || fence !== undefined || inComment;
    if (!blank || sticky) {
      if (pendingBlank && !sticky && chunkStart >= 0 && !/^[ \t]/.test(line)) {
        chunks.push({ start: chunkStart, end: lastContentEnd });
        chunkStart = -1;
      }
      pendingBlank = false;
      if (chunkStart < 0) {
        if (chunks.length > 0 && resume?.(offset)) return { chunks, stoppedAt: offset };
        chunkStart = offset;
      }
      if (!blank) lastContentEnd = lineEnd;
      const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence !== undefined) {
        if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && line.trim() === fenceMark) fence = undefined;
      } else if (fenceMark && !inFrontMatter) {
        fence = fenceMark;
      }
      if (!fence && !inFrontMatter) {
        const open = line.lastIndexOf('<!--');
        const close = line.lastIndexOf('-->');
        if (inComment && close >= 0) inComment = open > close;
        else if (!inComment && open >= 0 && close < open + 4) inComment = true;
      }
    } else {
      pendingBlank = true;
    }
    offset = next;
  }
  if (chunkStart >= 0) chunks.push({ start: chunkStart, end: Math.max(lastContentEnd, chunkStart) });
  return { chunks };
}

/**
 * Past this length a chunk is parsed a line at a time: a paragraph of thousands of lines is data, and
 * the Markdown parser's time on one grows faster than its length.
 */
export const MAX_CHUNK_LENGTH = 16_384;

/**
 * A line longer than this is not read at all: no essay sentence is this long, and the Markdown
 * parser's time on some such lines (`[^1[^1…`, `*_*_…`) grows faster than their length.
 */
export const MAX_LINE_LENGTH = 20_000;

function isOneLongLine(text: string, chunk: MarkdownChunk): boolean {
  const body = text.slice(chunk.start, chunk.end);
  return body.length > MAX_LINE_LENGTH && !/[\r\n]/.test(body);
}

/** Mostly Markdown punctuation (`*_*_…`, `[^1[^1…`): debris, not prose, and slow to parse. */
function isMarkupDebris(text: string, chunk: MarkdownChunk): boolean {
  if (chunk.end - chunk.start < 2000) return false;
  const body = text.slice(chunk.start, chunk.end);
  const markup = body.replace(/[^\[\]()*_`<>!^~|#\\{}@-]/g, '').length;
  return markup / body.length > 0.25;
}

function splitLines(text: string, chunk: MarkdownChunk): MarkdownChunk[] {
  const first = text.slice(chunk.start, Math.min(chunk.end, chunk.start + 8));
  if (/^ {0,3}(`{3,}|~{3,}|---)/.test(first)) return [chunk]; // code and front matter are not prose anyway
  const lines: MarkdownChunk[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  lineBreak.lastIndex = chunk.start;
  let start = chunk.start;
  for (let m = lineBreak.exec(text); m && m.index < chunk.end; m = lineBreak.exec(text)) {
    if (text.slice(start, m.index).trim()) lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < chunk.end && text.slice(start, chunk.end).trim()) lines.push({ start, end: chunk.end });
  return lines;
}

/** Link and footnote definitions anywhere in a document: a chunk needs them to read its references. */
export interface DocumentDefinitions {
  links: Map<string, string>;
  footnoteLabels: string[];
  /** Identifies the definitions, for memo keys. */
  key: string;
}

/** The definitions in one piece of text (a chunk), in order: those of a document are its chunks' in turn. */
export interface TextDefinitions {
  links: Array<[string, string]>;
  footnoteLabels: string[];
}

export function textDefinitionsOf(text: string): TextDefinitions {
  const links: Array<[string, string]> = [];
  const footnoteLabels: string[] = [];
  if (!text.includes(']:')) return { links, footnoteLabels };
  for (const m of text.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:/gm)) footnoteLabels.push(m[1]!);
  for (const m of text.matchAll(/^ {0,3}\[([^\]^\n][^\]\n]*)\]:[ \t]*<?([^\s>]+)/gm)) links.push([m[1]!.toLowerCase().replace(/\s+/g, ' '), m[2]!]);
  return { links, footnoteLabels };
}

/** A document's definitions, with where each label stands, so that a chunk's are found from its references. */
export class DefinitionTable {
  readonly links = new Map<string, string>();
  readonly footnoteLabels: string[] = [];
  /** Each footnote label's places in `footnoteLabels` (a label defined twice is there twice). */
  private readonly footnoteAt = new Map<string, number[]>();
  /** Each link label's place in `links`. */
  private readonly linkAt = new Map<string, number>();

  constructor(parts: Iterable<TextDefinitions>) {
    for (const part of parts) {
      for (const label of part.footnoteLabels) {
        const at = this.footnoteAt.get(label);
        if (at) at.push(this.footnoteLabels.length);
        else this.footnoteAt.set(label, [this.footnoteLabels.length]);
        this.footnoteLabels.push(label);
      }
      for (const [label, url] of part.links) {
        if (this.links.has(label)) continue;
        this.linkAt.set(label, this.links.size);
        this.links.set(label, url);
      }
    }
  }

  /**
   * Only the definitions a chunk refers to (stubs for all of them would make parsing quadratic),
   * found from the chunk's own `[^label]` and `[label]` marks rather than by trying every label:
   * a footnote label has no `]` or space, a link label no `]`, so each `[` names at most one.
   */
  for(chunk: string): DocumentDefinitions {
    if (!chunk.includes('[')) return { links: new Map(), footnoteLabels: [], key: '' };
    const footnotes: number[] = [];
    const links: number[] = [];
    const lower = chunk.toLowerCase();
    for (let open = chunk.indexOf('['); open >= 0; open = chunk.indexOf('[', open + 1)) {
      const close = chunk.indexOf(']', open + 1);
      if (close < 0) break;
      if (chunk[open + 1] === '^') {
        const at = this.footnoteAt.get(chunk.slice(open + 2, close));
        if (at) footnotes.push(...at);
      }
      const link = this.linkAt.get(lower.slice(open + 1, close));
      if (link !== undefined) links.push(link);
    }
    const footnoteLabels = packedMap([...new Set(footnotes)].sort((x, y) => x - y), (i) => this.footnoteLabels[i]!);
    const entries = [...this.links];
    const linkMap = new Map([...new Set(links)].sort((x, y) => x - y).map((i) => entries[i]!));
    return { links: linkMap, footnoteLabels, key: footnoteLabels.length || linkMap.size ? JSON.stringify([...linkMap, footnoteLabels]) : '' };
  }
}

export function definitionsOf(text: string): DocumentDefinitions {
  const table = new DefinitionTable([textDefinitionsOf(text)]);
  return { links: table.links, footnoteLabels: table.footnoteLabels, key: JSON.stringify([...table.links, table.footnoteLabels]) };
}

/** A chunk's blocks and definitions, with offsets relative to the chunk. */
export interface ParsedChunk {
  blocks: Array<ProseBlock & { headingDepth?: number; headingText?: string; table?: number; emphasized?: boolean }>;
  footnotes: FootnoteDefinition[];
  comments: HtmlComment[];
  frontMatterTitle?: string;
  /** Its Markdown tree (stubs included, past the chunk's length), when the parser keeps trees. */
  tree?: MarkdownTree;
}

/** Parses one chunk, with stub definitions appended so its references parse as references. */
export function parseChunk(chunk: string, definitions: DocumentDefinitions, keepTree = false): ParsedChunk {
  const stubs = [
    ...definitions.footnoteLabels.map((label) => `[^${label}]: .`),
    ...[...definitions.links.keys()].map((label) => `[${label}]: #`),
  ];
  const source = stubs.length > 0 ? `${chunk}\n\n${stubs.join('\n\n')}\n` : chunk;
  const reader = new ChunkReader(source, chunk.length, definitions.links);
  // (A paragraph of plain prose, the chunk a keystroke mostly changes, needs no parser: see plainParagraph.ts.)
  const plain = keepTree ? undefined : plainParagraphTree(chunk, definitions.footnoteLabels, definitions.links.size);
  const tree = plain ?? parseMarkdown(source);
  ((tree as MdNode).children ?? []).forEach((c) => reader.walk(c, 'top'));
  if (keepTree) reader.parsed.tree = tree as MarkdownTree;
  return reader.parsed;
}

type BlockContext = 'top' | 'nested' | 'quote' | 'footnote';
type BlockExtra = { headingDepth?: number; headingText?: string; table?: number; citationCell?: TextRange; emphasized?: boolean };

/** A table column whose cells name where a row's figure comes from. */
const SOURCE_COLUMN = /^(sources?|citations?|references?|refs?\.?|cited|cited in|cite|source\(s\))$/i;

/** Walks one chunk's Markdown tree into blocks, footnotes and comments; stubs past the chunk are skipped. */
class ChunkReader {
  readonly parsed: ParsedChunk = { blocks: [], footnotes: [], comments: [] };
  private pendingListNumber: number | undefined;
  private table = 0;

  constructor(
    private readonly source: string,
    private readonly chunkLength: number,
    private readonly links: ReadonlyMap<string, string>,
  ) {}

  walk(node: MdNode, context: BlockContext): void {
    if (span(node).start >= this.chunkLength) return;
    switch (node.type) {
      case 'yaml': {
        const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(node.value ?? '');
        if (title) this.parsed.frontMatterTitle = title[1];
        return;
      }
      case 'toml':
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'html':
        this.collectComments(node);
        return;
      case 'heading':
        this.addBlock(node, 'heading', { headingDepth: node.depth ?? 1, headingText: plainText(node).trim() });
        return;
      case 'paragraph':
        this.addBlock(node, paragraphRole(node, context), context === 'top' && whollyEmphasized(node) ? { emphasized: true } : {});
        return;
      case 'table':
        this.table++;
        this.walkTable(node);
        return;
      case 'footnoteDefinition': {
        const label = node.identifier ?? node.label ?? '';
        this.parsed.footnotes.push({ label, range: span(node), text: plainText(node).trim() });
        (node.children ?? []).forEach((c) => this.walk(c, 'footnote'));
        return;
      }
      case 'list':
        this.walkList(node, context);
        return;
      default:
        (node.children ?? []).forEach((c) => this.walk(c, childContext(node, context)));
    }
  }

  private walkList(node: MdNode, context: BlockContext): void {
    const ordered = (node as MdNode & { ordered?: boolean }).ordered;
    let number = (node as MdNode & { start?: number }).start ?? 1;
    for (const item of node.children ?? []) {
      if (ordered) this.pendingListNumber = number++;
      this.walk(item, context === 'top' ? 'nested' : context);
    }
    this.pendingListNumber = undefined;
  }

  /** A table's rows, each a block; a row's cell under a `Source` column is its citation. */
  private walkTable(node: MdNode): void {
    const rows = node.children ?? [];
    const column = (rows[0]?.children ?? []).findIndex((cell) => SOURCE_COLUMN.test(plainText(cell).trim()));
    rows.forEach((row, n) => {
      const cell = n > 0 && column >= 0 ? row.children?.[column] : undefined;
      const at = span(row).start;
      const citationCell = cell ? { start: span(cell).start - at, end: span(cell).end - at } : undefined;
      this.addBlock(row, 'prose', { table: this.table, ...(citationCell ? { citationCell } : {}) });
    });
  }

  private addBlock(node: MdNode, role: BlockRole, extra: BlockExtra = {}): void {
    const builder = new BlockBuilder(this.source, span(node), this.links);
    (node.children ?? []).forEach((c) => builder.collect(c));
    const block = builder.build(role, 0, this.pendingListNumber);
    this.pendingListNumber = undefined;
    if (block.text.trim().length > 0 || block.footnoteReferences.length > 0) this.parsed.blocks.push({ ...block, ...extra });
    this.collectComments(node);
  }

  private collectComments(node: MdNode): void {
    if (node.type === 'html') {
      for (const match of (node.value ?? '').matchAll(/<!--([\s\S]*?)-->/g)) {
        const start = span(node).start + match.index!;
        this.parsed.comments.push({ range: { start, end: start + match[0].length }, body: match[1]!.trim() });
      }
    }
    (node.children ?? []).forEach((c) => this.collectComments(c));
  }
}

/** A paragraph in italics from end to end (`*Posted 3 March 2025 · 4 min read*`). */
function whollyEmphasized(node: MdNode): boolean {
  const parts = (node.children ?? []).filter((c) => !(c.type === 'text' && (c.value ?? '').trim() === ''));
  return parts.length > 0 && parts.every((c) => c.type === 'emphasis');
}

/** A paragraph's role follows what holds it: a quote, a footnote, or a top-level label line. */
function paragraphRole(node: MdNode, context: BlockContext): BlockRole {
  if (context === 'quote') return 'quote';
  if (context === 'footnote') return 'footnote';
  if (context === 'top' && isLabel(plainText(node))) return 'label';
  return 'prose';
}

/** Inside a block quote everything is quoted; inside a list item nothing is top-level any more. */
function childContext(node: MdNode, context: BlockContext): BlockContext {
  if (node.type === 'blockquote') return 'quote';
  if (node.type === 'listItem' && context === 'top') return 'nested';
  return context;
}

function shiftRange(r: TextRange, by: number): TextRange {
  return { start: r.start + by, end: r.end + by };
}

/** A parsed chunk placed in its document: its blocks, footnotes and comments at their offsets. */
interface PlacedChunk {
  /** The parse it was placed from. */
  parsed: ParsedChunk;
  start: number;
  paragraphId: number;
  bibliographyDepth: number | undefined;
  inNotes: boolean;
  /** Whether the block before the chunk was the title (a heading of depth 1). */
  afterTitle: boolean;
  blocks: ProseBlock[];
  footnotes: FootnoteDefinition[];
  comments: HtmlComment[];
  firstHeading?: string;
  paragraphIdAfter: number;
  bibliographyDepthAfter: number | undefined;
  inNotesAfter: boolean;
  afterTitleAfter: boolean;
}

/**
 * Moves a placed chunk's blocks where the chunk now starts, renumbering their paragraphs from
 * `paragraphId`: the same block objects, so that a keystroke does not remake every block after it.
 * (A parser's last document is the only other holder of them, and it is replaced by this one.)
 */
function movePlaced(placed: PlacedChunk, start: number, paragraphId: number): void {
  const by = start - placed.start;
  const renumber = paragraphId - placed.paragraphId;
  for (let i = 0; i < placed.blocks.length; i++) {
    const block = placed.blocks[i]!;
    block.paragraph += renumber;
    if (by === 0) continue;
    block.range = shiftRange(block.range, by);
    if (block.links.length > 0) block.links = packedMap(block.links, (l) => ({ ...l, range: shiftRange(l.range, by), textRange: shiftRange(l.textRange, by) }));
    if (block.footnoteReferences.length > 0) block.footnoteReferences = packedMap(block.footnoteReferences, (f) => ({ ...f, range: shiftRange(f.range, by) }));
  }
  // (Most chunks have neither: no new empty arrays for them.)
  if (by !== 0 && placed.footnotes.length > 0) placed.footnotes = packedMap(placed.footnotes, (f) => ({ ...f, range: shiftRange(f.range, by) }));
  if (by !== 0 && placed.comments.length > 0) placed.comments = packedMap(placed.comments, (c) => ({ ...c, range: shiftRange(c.range, by) }));
  placed.start = start;
  placed.paragraphId = paragraphId;
  placed.paragraphIdAfter += renumber;
}

/** The parsed block each placed block was made from: the same one, moved, reads the same. */
const ORIGIN = new WeakMap<ProseBlock, object>();

/**
 * Whether a block is another's, moved by an edit before it: made from the same parse, in the same
 * role. (What came before it may still differ: the discourse it is entered in says.)
 */
export function sameBlockMoved(a: ProseBlock, b: ProseBlock): boolean {
  if (a === b) return true;
  const origin = ORIGIN.get(a);
  return origin !== undefined && origin === ORIGIN.get(b) && a.role === b.role;
}

/** Where a bibliography runs and how paragraphs are numbered, carried from chunk to chunk. */
interface Placement {
  paragraphId: number;
  bibliographyDepth: number | undefined;
  /** Whether the section that runs is one of notes (see isNoteOfTheWriters). */
  inNotes: boolean;
  /** Whether the last block was the title (see placeChunk). */
  afterTitle: boolean;
}

/**
 * `^ Glantz, David M. (1995), When Titans Clashed …`: a paragraph opening with a caret is a note of an
 * encyclopedia's references copied with its back-link mark, a work named, not the text's own claims.
 */
function isReferenceNote(text: string): boolean {
  return /^\^\s?(?:[a-z]{1,3}\s?)?\S/.test(text);
}

/** A chunk's blocks at their offsets, their roles (a bibliography runs on from a heading or a plain line) and paragraphs. */
function placeChunk(parsed: ParsedChunk, start: number, at: Placement, asSource: boolean): PlacedChunk {
  let { paragraphId, bibliographyDepth, inNotes, afterTitle } = at;
  const placed: PlacedChunk = {
    parsed,
    start, paragraphId, bibliographyDepth, inNotes, afterTitle, blocks: [], paragraphIdAfter: 0, bibliographyDepthAfter: undefined, inNotesAfter: false, afterTitleAfter: false,
    footnotes: packedMap(parsed.footnotes, (f) => ({ ...f, range: shiftRange(f.range, start) })),
    comments: packedMap(parsed.comments, (c) => ({ ...c, range: shiftRange(c.range, start) })),
  };
  let lastTable: number | undefined;
  let tableParagraph = 0;
  for (const parsedBlock of parsed.blocks) {
    const { headingDepth, headingText, table, emphasized, ...block } = parsedBlock;
    let role = block.role;
    // `# Title` then `*Posted 3 March 2025 · 4 min read*`: a line in italics right under the title (a
    // heading of depth 1) is the text's byline or standfirst, about the text (its date, its length,
    // its writer), not history.
    if (role === 'prose' && emphasized && afterTitle && !asSource) role = 'label';
    afterTitle = role === 'heading' && (headingDepth ?? 1) === 1;
    if (role === 'heading') {
      placed.firstHeading ??= headingText;
      if (bibliographyDepth !== undefined && (headingDepth ?? 1) <= bibliographyDepth) bibliographyDepth = undefined;
      const name = sectionName(headingText ?? '');
      if (BIBLIOGRAPHY_HEADINGS.test(name)) bibliographyDepth = headingDepth ?? 1;
      inNotes = bibliographyDepth !== undefined && NOTES_HEADINGS.test(name);
    } else if (role === 'label' && bibliographyDepth === PLAIN_LINE_SECTION && COMMENTS_LINE.test(block.text)) {
      bibliographyDepth = undefined;
    } else if ((role === 'prose' || role === 'label') && bibliographyDepth !== undefined) {
      if (!(inNotes && isNoteOfTheWriters(block.text))) role = 'bibliography';
    } else if (isPlainBibliographyLine(block, table !== undefined)) {
      bibliographyDepth = PLAIN_LINE_SECTION;
      // (`**Notes**` on a line of its own opens notes, as `## Notes` does.)
      inNotes = NOTES_HEADINGS.test(sectionName(block.text));
      role = 'label';
    } else if (opensWithBibliographyLine(block, table !== undefined)) {
      bibliographyDepth = PLAIN_LINE_SECTION;
      role = 'bibliography';
    } else if (role === 'prose' && isReferenceNote(block.text)) {
      role = 'bibliography';
    }
    let paragraph: number;
    if (table !== undefined) {
      if (table !== lastTable) tableParagraph = paragraphId++;
      lastTable = table;
      paragraph = tableParagraph;
    } else {
      paragraph = paragraphId++;
    }
    const placedBlock: ProseBlock = {
      ...block,
      ...(role === 'heading' ? { depth: headingDepth ?? 1 } : {}),
      role,
      paragraph,
      range: shiftRange(block.range, start),
      links: block.links.map((l) => ({ ...l, range: shiftRange(l.range, start), textRange: shiftRange(l.textRange, start) })),
      footnoteReferences: block.footnoteReferences.map((f) => ({ ...f, range: shiftRange(f.range, start) })),
    };
    ORIGIN.set(placedBlock, parsedBlock);
    placed.blocks.push(placedBlock);
  }
  placed.paragraphIdAfter = paragraphId;
  placed.bibliographyDepthAfter = bibliographyDepth;
  placed.inNotesAfter = inNotes;
  placed.afterTitleAfter = afterTitle;
  return placed;
}

/**
 * A change from the text last parsed to the next, as an editor reports it: `[start, end)` of the
 * text as it stood before this change was replaced by `newLength` characters. Several apply in turn.
 */
export interface TextChange {
  start: number;
  end: number;
  newLength: number;
}


/** The region the changes touched, or undefined when they do not lead from `before` to a text of `after`'s length. */
function regionOfChanges(before: string, after: string, changes: readonly TextChange[]): ChangedRegion | undefined {
  let length = before.length;
  let region: { start: number; end: number } | undefined;
  for (const c of changes) {
    if (!(c.start >= 0 && c.start <= c.end && c.end <= length && c.newLength >= 0)) return undefined;
    const delta = c.newLength - (c.end - c.start);
    const changedEnd = c.start + c.newLength;
    if (!region) region = { start: c.start, end: changedEnd };
    else {
      const end = region.end <= c.start ? region.end : region.end >= c.end ? region.end + delta : changedEnd;
      region = { start: Math.min(region.start, c.start), end: Math.max(end, changedEnd) };
    }
    length += delta;
  }
  if (length !== after.length) return undefined;
  if (!region) return { start: 0, oldEnd: 0, newEnd: 0 };
  return { start: region.start, oldEnd: region.end - (after.length - before.length), newEnd: region.end };
}

/** Where two texts differ, found by comparing them (when no changes were given). */
function regionByComparing(before: string, after: string): ChangedRegion {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** A piece of a chunk (the chunk, or one of its lines when it is long), relative to the chunk, and its parse. */
interface ChunkPiece {
  start: number;
  end: number;
  parsed?: ParsedChunk;
  /** The definitions it was parsed with (a change of them may change its parse). */
  definitionsKey?: string;
  table?: DefinitionTable;
  /** Where it was last placed: unchanged or only moved, its blocks are the same objects again. */
  placed?: PlacedChunk;
}

/** A chunk of the text last parsed: its text, its definitions and its pieces' parses. */
interface ScannedChunk {
  start: number;
  end: number;
  text: string;
  definitions: TextDefinitions;
  pieces: ChunkPiece[];
}

function scannedChunk(text: string, chunk: MarkdownChunk): ScannedChunk {
  const body = text.slice(chunk.start, chunk.end);
  const pieces = piecesOf(text, chunk).map((p) => ({ start: p.start - chunk.start, end: p.end - chunk.start }));
  return { start: chunk.start, end: chunk.end, text: body, definitions: textDefinitionsOf(body), pieces };
}

const definitionsJson = (chunks: readonly ScannedChunk[]) => JSON.stringify(chunks.map((c) => c.definitions));

/**
 * `keepTrees`: see ProseParser's constructor. `asSource`: the text is a source's, so a line in italics
 * right under the title is prose (a standfirst may state what it tells), not a draft's byline; and a
 * numbered note under a Notes heading that reads as a sentence is its editor's text, where a draft's
 * numbered notes are its references.
 */
export interface ProseOptions {
  keepTrees?: boolean;
  asSource?: boolean;
}

/**
 * Markdown to prose, a chunk at a time. Keeping one parser per open draft makes a keystroke
 * re-split and re-parse only the chunks it touched: the chunks before it are kept, and those after
 * it are the last parse's, moved; only a change of the document's definitions makes the chunks that
 * refer to them parse again.
 */
export class ProseParser {
  private last: { text: string; chunks: ScannedChunk[]; doc: ProseDocument } | undefined;
  private table = new DefinitionTable([]);
  /** The pieces parsed in this parse, and those of the chunks it replaced, by definitions and text. */
  private readonly parsedAlike = new Map<string, ParsedChunk>();

  /** How many texts it has parsed. */
  parses = 0;
  /** What the last parse changed, from which text (undefined when it parsed afresh or nothing changed). */
  lastChange: { before: string; region: ChangedRegion } | undefined;
  /** Whether the last parse may have changed a footnote's definition (a chunk holding one was read again). */
  footnotesChanged = true;

  /**
   * `keepTrees`: keep each chunk's Markdown tree (see `chunkTrees`), so that a one-off check can
   * render the draft without parsing it again. (An editor's parser does not: it would hold every
   * open draft's trees.)
   */
  constructor(private readonly options: ProseOptions = {}) {}

  /**
   * The last text's chunks with their Markdown trees (offsets relative to the chunk; stubs past its
   * `end - start`). A chunk's tree is missing when the parser keeps none, or the chunk was not
   * parsed whole (a long one a line at a time, or debris left unparsed).
   */
  chunkTrees(): Array<{ start: number; end: number; tree?: MarkdownTree }> {
    return (this.last?.chunks ?? []).map((chunk) => {
      const [piece, ...more] = chunk.pieces;
      const whole = piece !== undefined && more.length === 0 && piece.start === 0 && piece.end === chunk.text.length;
      return { start: chunk.start, end: chunk.end, ...(whole && piece.parsed?.tree ? { tree: piece.parsed.tree } : {}) };
    });
  }

  /** `changes` (optional) say what changed since the last text parsed; without them the texts are compared. */
  parse(text: string, changes?: readonly TextChange[]): ProseDocument {
    this.parses++;
    const last = this.last;
    if (last && last.text === text) {
      this.footnotesChanged = false;
      this.lastChange = undefined;
      return last.doc;
    }
    const region = last && ((changes && regionOfChanges(last.text, text, changes)) ?? regionByComparing(last.text, text));
    this.lastChange = last && region ? { before: last.text, region } : undefined;
    const { chunks, removed, added } = last && region ? this.rescan(last.chunks, text, region) : { chunks: scanChunks(text, 0).chunks.map((c) => scannedChunk(text, c)), removed: [], added: undefined };
    this.footnotesChanged = !added || [...removed, ...added].some((c) => c.definitions.footnoteLabels.length > 0);
    if (!added || definitionsJson(removed) !== definitionsJson(added)) this.table = new DefinitionTable(chunks.map((c) => c.definitions));
    const doc = this.assemble(text, chunks);
    this.parsedAlike.clear();
    this.last = { text, chunks, doc };
    return doc;
  }

  /** The chunks of the new text: those before the change kept, those it touched scanned again, the rest moved. */
  private rescan(old: ScannedChunk[], text: string, region: ChangedRegion): { chunks: ScannedChunk[]; removed: ScannedChunk[]; added: ScannedChunk[] } {
    const delta = region.newEnd - region.oldEnd;
    // From the chunk before the first the change reaches: an indented line may now continue it.
    let first = firstIndex(old, (c) => c.end >= region.start);
    first = Math.max(0, first - 1);
    const from = first === 0 ? 0 : old[first]!.start;
    let resumeAt = -1;
    const resume = (start: number) => {
      if (start < region.newEnd || start - delta < region.oldEnd) return false;
      const at = firstIndex(old, (c) => c.start >= start - delta);
      if (old[at]?.start !== start - delta) return false;
      resumeAt = at;
      return true;
    };
    const scanned = scanChunks(text, from, resume);
    // (The chunk before the change, scanned again and found the same, keeps its parse.)
    const added = scanned.chunks.map((c, i) => {
      const was = old[first + i];
      return was && i === 0 && was.start === c.start && was.end === c.end && c.end < region.start ? was : scannedChunk(text, c);
    });
    // (A long chunk read again, such as a list of footnotes, keeps the parses of its lines that did not change.)
    for (const chunk of old.slice(first, resumeAt >= 0 ? resumeAt : old.length)) {
      for (const piece of chunk.pieces) if (piece.parsed) this.parsedAlike.set(`${piece.definitionsKey}\u0000${chunk.text.slice(piece.start, piece.end)}`, piece.parsed);
    }
    const rest = resumeAt < 0 ? [] : delta === 0 ? old.slice(resumeAt) : old.slice(resumeAt).map((c) => ({ ...c, start: c.start + delta, end: c.end + delta }));
    return { chunks: old.slice(0, first).concat(added, rest), removed: old.slice(first, resumeAt >= 0 ? resumeAt : old.length), added };
  }

  private assemble(text: string, chunks: ScannedChunk[]): ProseDocument {
    const doc: ProseDocument = { text, blocks: [], footnotes: new Map(), comments: [] };
    const at: Placement = { paragraphId: 0, bibliographyDepth: undefined, inNotes: false, afterTitle: false };
    // (Indexed loops: every chunk of the draft is walked on each keystroke, and a for…of made an
    // iterator a loop, a quarter of a megabyte of garbage a keystroke in a 60,000-word draft.)
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c]!;
      for (let p = 0; p < chunk.pieces.length; p++) {
        const piece = chunk.pieces[p]!;
        const parsed = this.parsedPiece(chunk, piece);
        const start = chunk.start + piece.start;
        doc.frontMatterTitle ??= parsed.frontMatterTitle;
        let placed = piece.placed;
        if (!placed || placed.parsed !== parsed || placed.bibliographyDepth !== at.bibliographyDepth || placed.inNotes !== at.inNotes || placed.afterTitle !== at.afterTitle) {
          placed = piece.placed = placeChunk(parsed, start, at, this.options.asSource === true);
        } else if (placed.start !== start || placed.paragraphId !== at.paragraphId) {
          movePlaced(placed, start, at.paragraphId);
        }
        doc.firstHeading ??= placed.firstHeading;
        for (let i = 0; i < placed.footnotes.length; i++) doc.footnotes.set(placed.footnotes[i]!.label, placed.footnotes[i]!);
        for (let i = 0; i < placed.comments.length; i++) doc.comments.push(placed.comments[i]!);
        for (let i = 0; i < placed.blocks.length; i++) doc.blocks.push(placed.blocks[i]!);
        at.paragraphId = placed.paragraphIdAfter;
        at.bibliographyDepth = placed.bibliographyDepthAfter;
        at.inNotes = placed.inNotesAfter;
        at.afterTitle = placed.afterTitleAfter;
      }
    }
    return doc;
  }

  /** A piece's parse, made again only when it is new or the definitions it refers to changed. */
  private parsedPiece(chunk: ScannedChunk, piece: ChunkPiece): ParsedChunk {
    if (piece.parsed && piece.table === this.table) return piece.parsed;
    const body = piece.start === 0 && piece.end === chunk.text.length ? chunk.text : chunk.text.slice(piece.start, piece.end);
    const needed = this.table.for(body);
    if (!piece.parsed || piece.definitionsKey !== needed.key) {
      // (Pieces alike, such as a long table's rows, are parsed once.)
      const key = `${needed.key}\u0000${body}`;
      piece.parsed = this.parsedAlike.get(key) ?? parseChunk(body, needed, this.options.keepTrees);
      this.parsedAlike.set(key, piece.parsed);
    }
    piece.definitionsKey = needed.key;
    piece.table = this.table;
    return piece.parsed;
  }
}

/** The first index whose item passes `test` (items pass from some index on), or the length. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(items[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

export function markdownToProse(text: string, options: ProseOptions = {}): ProseDocument {
  return new ProseParser(options).parse(text);
}

/**
 * Plain text (a `.txt` source) as prose blocks. Text copied from web pages has one paragraph per line;
 * hard-wrapped text (short lines, blank lines between paragraphs) keeps a paragraph across lines.
 * A leading list number (`1.`) is not part of the block.
 */
export function plainTextToProse(text: string): ProseDocument {
  const doc: ProseDocument = { text, blocks: [], footnotes: new Map(), comments: [] };
  const lines: Array<{ start: number; content: string }> = [];
  let offset = 0;
  for (const line of text.split(/(?<=\r\n|\n|\r)/)) {
    lines.push({ start: offset, content: line.replace(/[\r\n]+$/, '') });
    offset += line.length;
  }
  const lengths = lines.map((l) => l.content.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const hardWrapped = median > 0 && median <= 80 && lines.some((l) => !l.content.trim()) && lengths.length > 8 &&
    lengths.filter((n) => n > 100).length === 0;
  let paragraph = 0;
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0 && blockEnd > blockStart) {
      doc.blocks.push({
        role: 'prose',
        range: { start: blockStart, end: blockEnd },
        text: text.slice(blockStart, blockEnd),
        links: [],
        footnoteReferences: [],
        paragraph: paragraph++,
      });
    }
    blockStart = -1;
  };
  for (const line of lines) {
    const trimmed = line.content.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const marker = /^\s*(?:\d{1,3}[.)]|[-*•])\s+/.exec(line.content);
    if (!hardWrapped || marker) flush();
    const contentStart = line.start + (marker ? marker[0].length : line.content.length - line.content.trimStart().length);
    if (blockStart < 0) blockStart = contentStart;
    blockEnd = line.start + line.content.trimEnd().length;
    doc.firstHeading ??= trimmed;
  }
  flush();
  return doc;
}
