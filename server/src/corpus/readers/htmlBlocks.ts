// An HTML element tree as blocks of text (headings, paragraphs, list items, quotes, table rows), and
// blocks as Markdown the engine reads, each block's start a place naming the element it came from.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { SourcePlace } from '../../engine/index.js';

export interface HtmlBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'quote' | 'row';
  text: string;
  /** A heading's level; a row's cells. */
  depth?: number;
  cells?: string[];
  /** The first of a table's rows. */
  firstRow?: boolean;
  element: Element;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'option', 'textarea', 'input', 'iframe', 'object', 'canvas', 'img', 'picture', 'video', 'audio', 'head']);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'header', 'footer', 'aside', 'nav', 'address', 'hr', 'body', 'html', 'form', 'fieldset', 'details', 'summary', 'center']);

export function isElement(node: RootContent | ElementContent | Root): node is Element {
  return node.type === 'element';
}

/** The text of inline content, spaces collapsed; `<br>` is a space. */
export function inlineText(node: Element | Root): string {
  let out = '';
  const walk = (n: ElementContent | RootContent) => {
    if (n.type === 'text') out += n.value;
    else if (isElement(n)) {
      if (SKIPPED.has(n.tagName)) return;
      if (n.tagName === 'br') out += ' ';
      else n.children.forEach(walk);
      if (BLOCKS.has(n.tagName) || HEADINGS[n.tagName]) out += ' ';
    }
  };
  node.children.forEach(walk);
  return out.replace(/\s+/g, ' ').trim();
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isElement(c) && (BLOCKS.has(c.tagName) || HEADINGS[c.tagName] !== undefined));
}

/**
 * The blocks under an element in document order. `skip` says which elements (and all below them)
 * are not read: page chrome, or the comments section while the article is read.
 */
export function blocksOf(root: Element | Root, skip: (el: Element) => boolean): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const visit = (el: Element, quoted: boolean) => {
    if (SKIPPED.has(el.tagName) || skip(el)) return;
    const tag = el.tagName;
    if (HEADINGS[tag]) return pushText(blocks, { kind: 'heading', text: inlineText(el), depth: HEADINGS[tag], element: el });
    if (tag === 'tr') return pushRow(blocks, el);
    // A quotation's paragraphs, and text standing loose in it, are quotes.
    if (tag === 'blockquote') quoted = true;
    if (!hasBlockChild(el) && (tag === 'p' || tag === 'li' || tag === 'dd' || tag === 'dt' || tag === 'pre' || tag === 'figcaption' || tag === 'div' || tag === 'td' || tag === 'th' || tag === 'address' || tag === 'summary')) {
      return pushText(blocks, { kind: quoted ? 'quote' : tag === 'li' ? 'item' : 'paragraph', text: inlineText(el), element: el });
    }
    // A container: its block children are blocks, and text standing loose in it is a paragraph.
    let loose: ElementContent[] = [];
    const flush = () => {
      if (loose.length > 0) pushText(blocks, { kind: quoted ? 'quote' : 'paragraph', text: inlineText({ type: 'root', children: loose as RootContent[] }), element: el });
      loose = [];
    };
    for (const child of el.children) {
      if (isElement(child) && (BLOCKS.has(child.tagName) || HEADINGS[child.tagName] !== undefined)) {
        flush();
        visit(child, quoted);
      } else loose.push(child);
    }
    flush();
  };
  for (const child of root.children) if (isElement(child)) visit(child, false);
  return blocks;
}

function pushText(blocks: HtmlBlock[], block: HtmlBlock): void {
  if (/\S/.test(block.text)) blocks.push(block);
}

function pushRow(blocks: HtmlBlock[], row: Element): void {
  const cells = row.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')).map((c) => inlineText(c));
  if (cells.every((c) => !c)) return;
  const previous = blocks[blocks.length - 1];
  const firstRow = !(previous?.kind === 'row' && sameTable(previous.element, row));
  blocks.push({ kind: 'row', text: cells.join(' '), cells, firstRow, element: row });
}

/** Whether two rows belong to one table (their nearest `table` is the same). */
function sameTable(a: Element, b: Element): boolean {
  return TABLE_OF.get(a) !== undefined && TABLE_OF.get(a) === TABLE_OF.get(b);
}

/** Each row's table, noted when the tree is indexed (see indexParents). */
const TABLE_OF = new WeakMap<Element, Element>();
/** Each element's parent, for selectors. */
const PARENT_OF = new WeakMap<Element, Element>();

/** Notes every element's parent (and every row's table) in a parsed tree. */
export function indexParents(root: Root): void {
  const walk = (el: Element, table: Element | undefined) => {
    const inTable = el.tagName === 'table' ? el : table;
    if (el.tagName === 'tr' && inTable) TABLE_OF.set(el, inTable);
    for (const child of el.children) {
      if (!isElement(child)) continue;
      PARENT_OF.set(child, el);
      walk(child, inTable);
    }
  };
  for (const child of root.children) if (isElement(child)) walk(child, undefined);
}

export function parentOf(el: Element): Element | undefined {
  return PARENT_OF.get(el);
}

/** The nearest id at or above an element: where a link can open the page. */
export function nearestId(el: Element): string | undefined {
  for (let e: Element | undefined = el; e; e = PARENT_OF.get(e)) {
    const id = e.properties?.id;
    if (typeof id === 'string' && id) return id;
  }
  return undefined;
}

/** A CSS selector of an element: from the nearest ancestor with an id (or `html`), tag names with `:nth-of-type`. */
export function selectorOf(el: Element): string {
  const steps: string[] = [];
  for (let e: Element | undefined = el; e; e = PARENT_OF.get(e)) {
    const id = e.properties?.id;
    if (typeof id === 'string' && id && /^[A-Za-z][\w-]*$/.test(id)) {
      steps.unshift(`#${id}`);
      break;
    }
    const parent = PARENT_OF.get(e);
    const same = parent ? parent.children.filter((c): c is Element => isElement(c) && c.tagName === e!.tagName) : [e];
    steps.unshift(same.length > 1 ? `${e.tagName}:nth-of-type(${same.indexOf(e) + 1})` : e.tagName);
  }
  return steps.join(' > ');
}

/**
 * Text as Markdown would read it as the same text: characters that would make emphasis, code, HTML
 * or links are escaped, and so is a line start that would make a heading, a quote or a list.
 */
export function escapeMarkdownText(text: string): string {
  const inline = text
    .replace(/[\\`*]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'))
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/\[(?=[^\]]*\][([:])/g, '\\[');
  return /^(#{1,6}(\s|$)|>|[-+](\s|$)|\d{1,9}[.)](\s|$)|={3,}|-{3,}|~~~)/.test(inline) ? `\\${inline}` : inline;
}

/** A block as a line of Markdown. */
function markdownOf(block: HtmlBlock): string {
  const text = escapeMarkdownText(block.text);
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.depth ?? 1)} ${text}`;
    case 'item':
      return `- ${text}`;
    case 'quote':
      return `> ${text}`;
    case 'row': {
      const row = `| ${block.cells!.map((c) => escapeMarkdownText(c).replace(/\|/g, '\\|')).join(' | ')} |`;
      return block.firstRow ? `${row}\n|${block.cells!.map(() => ' --- ').join('|')}|` : row;
    }
    default:
      return text;
  }
}

/** Blocks as Markdown, a blank line between (none between a table's rows), and the place of each. */
export function blocksToMarkdown(blocks: readonly HtmlBlock[], placeOf: (block: HtmlBlock, index: number) => Omit<SourcePlace, 'start'>): { text: string; places: SourcePlace[] } {
  let text = '';
  const places: SourcePlace[] = [];
  blocks.forEach((block, i) => {
    if (text) text += block.kind === 'row' && !block.firstRow ? '\n' : '\n\n';
    const line = markdownOf(block);
    // The place starts at the text itself, after the line's marker (`## `, `- `, `> `, `| `).
    const marker = /^(#{1,6} |- |> |\| )/.exec(line)?.[0].length ?? 0;
    places.push({ ...placeOf(block, i), start: text.length + marker } as SourcePlace);
    text += line;
  });
  return { text, places };
}
