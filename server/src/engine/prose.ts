// Markdown to prose spans: which parts of a draft are sentences a writer asserts, with exact offsets.
// Code, HTML, URLs, front matter and footnote labels are blanked out (same length, so offsets hold).
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

const BIBLIOGRAPHY_HEADINGS =
  /^(works cited|works consulted|bibliography|references|sources|sources cited|notes|endnotes|footnotes|further reading|citations|literature)$/i;

function span(node: MdNode): TextRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join(node.type === 'paragraph' ? '' : '');
}

class BlockBuilder {
  private readonly chars: string[];
  readonly links: InlineLink[] = [];
  readonly footnoteReferences: InlineFootnoteReference[] = [];

  constructor(
    private readonly source: string,
    readonly range: TextRange,
    private readonly definitions: ReadonlyMap<string, string>,
  ) {
    // Keep line breaks so that line-based rules (and positions) still work on the masked text.
    this.chars = Array.from(source.slice(range.start, range.end), (c) => (c === '\n' || c === '\r' ? c : ' '));
  }

  reveal(r: TextRange): void {
    for (let i = Math.max(r.start, this.range.start); i < Math.min(r.end, this.range.end); i++) {
      this.chars[i - this.range.start] = this.source[i]!;
    }
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
      text: this.chars.join(''),
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
  const trimmed = text.trim().replace(/(\s*\[[^\]]*\])+$/, '');
  if (TERMINAL.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= 8;
}

export function markdownToProse(text: string): ProseDocument {
  const tree = parser.parse(text) as MdNode;
  const doc: ProseDocument = { text, blocks: [], footnotes: new Map(), comments: [] };
  let paragraphId = 0;
  let bibliographyDepth: number | undefined;
  let pendingListNumber: number | undefined;

  const definitions = new Map<string, string>();
  const collectDefinitions = (node: MdNode) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier.toLowerCase(), node.url ?? '');
    (node.children ?? []).forEach(collectDefinitions);
  };
  collectDefinitions(tree);

  const addBlock = (node: MdNode, role: BlockRole, paragraph = paragraphId++) => {
    const builder = new BlockBuilder(text, span(node), definitions);
    (node.children ?? []).forEach((c) => builder.collect(c));
    const block = builder.build(role, paragraph, pendingListNumber);
    pendingListNumber = undefined;
    if (block.text.trim().length > 0 || block.footnoteReferences.length > 0) doc.blocks.push(block);
    collectComments(node);
  };

  const collectComments = (node: MdNode) => {
    if (node.type === 'html') {
      for (const match of (node.value ?? '').matchAll(/<!--([\s\S]*?)-->/g)) {
        const start = span(node).start + match.index!;
        doc.comments.push({ range: { start, end: start + match[0].length }, body: match[1]!.trim() });
      }
    }
    (node.children ?? []).forEach(collectComments);
  };

  const walk = (node: MdNode, context: 'top' | 'nested' | 'quote' | 'footnote') => {
    switch (node.type) {
      case 'yaml': {
        const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(node.value ?? '');
        if (title) doc.frontMatterTitle = title[1];
        return;
      }
      case 'toml':
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'html':
        collectComments(node);
        return;
      case 'heading': {
        const headingText = plainText(node).trim();
        doc.firstHeading ??= headingText;
        if (bibliographyDepth !== undefined && (node.depth ?? 1) <= bibliographyDepth) bibliographyDepth = undefined;
        if (BIBLIOGRAPHY_HEADINGS.test(headingText.replace(/[:.]$/, ''))) bibliographyDepth = node.depth ?? 1;
        addBlock(node, 'heading');
        return;
      }
      case 'paragraph': {
        let role: BlockRole = 'prose';
        if (context === 'quote') role = 'quote';
        else if (context === 'footnote') role = 'footnote';
        else if (bibliographyDepth !== undefined) role = 'bibliography';
        else if (context === 'top' && isLabel(plainText(node))) role = 'label';
        addBlock(node, role);
        return;
      }
      case 'table': {
        const tableParagraph = paragraphId++;
        for (const row of node.children ?? []) addBlock(row, bibliographyDepth !== undefined ? 'bibliography' : 'prose', tableParagraph);
        return;
      }
      case 'blockquote':
        (node.children ?? []).forEach((c) => walk(c, 'quote'));
        return;
      case 'footnoteDefinition': {
        const label = node.identifier ?? node.label ?? '';
        doc.footnotes.set(label, { label, range: span(node), text: plainText(node).trim() });
        (node.children ?? []).forEach((c) => walk(c, 'footnote'));
        return;
      }
      case 'list': {
        const ordered = (node as MdNode & { ordered?: boolean; start?: number }).ordered;
        let number = (node as MdNode & { start?: number }).start ?? 1;
        for (const item of node.children ?? []) {
          if (ordered) pendingListNumber = number++;
          walk(item, context === 'top' ? 'nested' : context);
        }
        pendingListNumber = undefined;
        return;
      }
      case 'listItem':
        (node.children ?? []).forEach((c) => walk(c, context === 'top' ? 'nested' : context));
        return;
      default:
        (node.children ?? []).forEach((c) => walk(c, context));
    }
  };
  (tree.children ?? []).forEach((c) => walk(c, 'top'));
  return doc;
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
