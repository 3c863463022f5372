// A draft's (or a source's) text as HTML, with values marked by their offsets in the text and a
// block of notes under the paragraph, list item or table each mark stands in. Markdown is rendered
// by the unified collective (the parser the engine reads drafts with); raw HTML in the text is
// dropped, images become their alt text (a page must not fetch anything) and only harmless links
// keep their address.
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes, Parent as MdastParent, Root as MdastRoot, Text as MdastText } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { parseMarkdown } from '../../engine/index.js';

/** A stretch of the text to mark: its offsets (UTF-16, into the text as given) and how it looks. */
export interface Highlight {
  start: number;
  end: number;
  /** The mark's id (unique in the page); notes are asked for by it. */
  id: string;
  classes: string[];
  /** Shown on hover. */
  title?: string;
  /** A short label printed after the value (`C3`): the cue that needs no colour. */
  label?: string;
}

/** The notes to put under a block, for the marks in it (ids in reading order); undefined for none. */
export type NotesFor = (ids: string[]) => string | undefined;

/** Renders Markdown with its marks and notes; `tree`, when given, is the text's tree already parsed. */
export function renderMarkdown(text: string, highlights: readonly Highlight[], notesFor: NotesFor = () => undefined, tree?: MdastRoot): string {
  return renderTree(tree ?? (parseMarkdown(text) as MdastRoot), text, highlights, notesFor);
}

/** Renders plain text (a `.txt` source): paragraphs at blank lines, with its marks and notes. */
export function renderPlainText(text: string, highlights: readonly Highlight[], notesFor: NotesFor = () => undefined): string {
  const children: MdastNodes[] = [];
  const paragraph = /[^\r\n]+(?:\r?\n[^\r\n]+)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    if (!/\S/.test(m[0])) continue;
    const position = { start: { line: 0, column: 0, offset: m.index }, end: { line: 0, column: 0, offset: m.index + m[0].length } };
    children.push({ type: 'paragraph', position, children: [{ type: 'text', value: m[0], position }] });
  }
  return renderTree({ type: 'root', children } as MdastRoot, text, highlights, notesFor);
}

function renderTree(tree: MdastRoot, text: string, highlights: readonly Highlight[], notesFor: NotesFor): string {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || a.end - b.end);
  markTextNodes(tree, text, sorted);
  const hast = toHast(tree, {
    handlers: {
      yaml: () => undefined,
      toml: () => undefined,
      image: (_state: unknown, node: { alt?: string | null }) => ({ type: 'element', tagName: 'span', properties: { className: ['image'] }, children: [{ type: 'text', value: `[image${node.alt ? `: ${node.alt}` : ''}]` }] }),
    } as never,
  }) as HastRoot;
  makeLinksHarmless(hast);
  placeNotes(hast.children, notesFor, true);
  return toHtml(hast, { allowDangerousHtml: true });
}

// ---- marks -----------------------------------------------------------------------------------------

/**
 * Where each character of a text node's value stands in the text. A value drops what Markdown
 * wrote around it (a backslash escape, a blockquote's `>`, a list's indentation, a CR) and decodes
 * character references: each value character is matched with the next equal character of the
 * text, looking a little way ahead; one that is not there (a decoded `&amp;`) stands where the
 * text was.
 */
export function alignValue(value: string, text: string, start: number, end: number): number[] {
  const at: number[] = new Array(value.length);
  let p = start;
  for (let i = 0; i < value.length; i++) {
    const wanted = value[i]!;
    const limit = Math.min(end, p + 16);
    let q = p;
    while (q < limit && text[q] !== wanted) q++;
    if (q < limit) {
      at[i] = q;
      p = q + 1;
    } else {
      at[i] = Math.min(p, end - 1);
    }
  }
  return at;
}

/** The first index of the (non-decreasing) offsets at or after `offset`. */
function firstAtOrAfter(at: readonly number[], offset: number): number {
  let low = 0;
  let high = at.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (at[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Splits every text node a highlight falls in, putting the highlighted part in a mark. */
function markTextNodes(node: MdastNodes, text: string, highlights: readonly Highlight[]): void {
  if (highlights.length === 0 || !('children' in node)) return;
  const parent = node as MdastParent;
  const out: MdastParent['children'] = [];
  for (const child of parent.children) {
    if (child.type !== 'text') {
      markTextNodes(child, text, highlights);
      out.push(child);
      continue;
    }
    out.push(...splitText(child, text, highlights));
  }
  parent.children = out;
}

/** A text node as pieces: plain text, and marks (mdast nodes that become `<mark>` elements). */
function splitText(node: MdastText, text: string, highlights: readonly Highlight[]): MdastParent['children'] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || node.value.length === 0) return [node];
  const inside = highlights.filter((h) => h.end > start && h.start < end);
  if (inside.length === 0) return [node];
  const at = node.value === text.slice(start, end) ? node.value.split('').map((_, i) => start + i) : alignValue(node.value, text, start, end);
  const pieces: MdastParent['children'] = [];
  let done = 0;
  for (const h of inside) {
    const from = Math.max(done, firstAtOrAfter(at, h.start));
    const to = firstAtOrAfter(at, h.end);
    if (to <= from) continue;
    if (from > done) pieces.push({ type: 'text', value: node.value.slice(done, from) });
    pieces.push(markNode(node.value.slice(from, to), h, h.start >= start, h.end <= end));
    done = to;
  }
  if (done < node.value.length) pieces.push({ type: 'text', value: node.value.slice(done) });
  return pieces;
}

/** A mark as mdast: an emphasis node that mdast-util-to-hast turns into the element its data names. */
function markNode(value: string, h: Highlight, first: boolean, last: boolean): MdastParent['children'][number] {
  const children: ElementContent[] = [{ type: 'text', value }];
  if (last && h.label) children.push({ type: 'element', tagName: 'sup', properties: { className: ['label'] }, children: [{ type: 'text', value: h.label }] });
  const properties: Record<string, string | string[]> = { className: h.classes };
  if (first) properties.id = h.id;
  if (h.title) properties.title = h.title;
  return { type: 'emphasis', children: [], data: { hName: 'mark', hProperties: properties, hChildren: children } } as never;
}

// ---- links and notes -------------------------------------------------------------------------------

/** Links to anything but a web page, a mail address or a place in the page lose their address. */
function makeLinksHarmless(node: HastNodes): void {
  if (node.type === 'element' && node.tagName === 'a') {
    const href = node.properties.href;
    if (typeof href === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(href) && !/^(https?|mailto):/i.test(href)) delete node.properties.href;
  }
  if ('children' in node) for (const child of node.children) makeLinksHarmless(child as HastNodes);
}

/** Blocks that a note block follows; the others (a list item, a quote) take it as their last child. */
const FOLLOWED = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'pre']);
const HOLDING = new Set(['li', 'blockquote', 'section']);

/**
 * Puts each mark's notes under the nearest block it stands in. Returns the ids of the marks in
 * `children` whose notes are still to be placed (by a block further out).
 */
function placeNotes(children: HastRoot['children'] | Element['children'], notesFor: NotesFor, atRoot: boolean): string[] {
  const pending: string[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type !== 'element') continue;
    let ids: string[];
    if (child.tagName === 'mark') ids = typeof child.properties.id === 'string' ? [child.properties.id] : [];
    else ids = placeNotes(child.children, notesFor, false);
    if (ids.length === 0) continue;
    if (HOLDING.has(child.tagName)) {
      const notes = notesFor(ids);
      if (notes) child.children.push({ type: 'raw', value: notes } as never);
    } else if (FOLLOWED.has(child.tagName) || atRoot) {
      const notes = notesFor(ids);
      if (notes) children.splice(++i, 0, { type: 'raw', value: notes } as never);
    } else {
      pending.push(...ids);
    }
  }
  return pending;
}
