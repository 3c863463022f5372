// The Markdown tree of a chunk that is one paragraph of plain prose (or a heading's line of it, or a
// tight list of one-line items), made without the Markdown parser.
// A keystroke re-parses the paragraph it changed, and micromark's tokenizer was the largest share of
// an ordinary edit's engine time after reading the block; but most paragraphs of a draft are sentences with nothing in them that Markdown
// reads but footnote calls (`[^3]`) and bracketed citations (`[@key, p. 4]`, plain text to it). Such
// a chunk's tree is written here, as the parser writes it (its text merged into one node between
// footnote calls); any other chunk is left to the parser (undefined). The test compares the two on
// every chunk of the public and held-out drafts and on variations of them.

/** The nodes of the tree, with the fields the prose reader reads. */
interface PlainNode {
  type: 'root' | 'paragraph' | 'heading' | 'list' | 'listItem' | 'text' | 'footnoteReference';
  children?: PlainNode[];
  depth?: number;
  ordered?: boolean;
  start?: null;
  spread?: boolean;
  checked?: null;
  value?: string;
  identifier?: string;
  label?: string;
  position: { start: { offset: number }; end: { offset: number } };
}

/**
 * Characters Markdown may read as syntax inside a paragraph, or that the parser rewrites in a text's
 * value: escapes, code, emphasis, strikethrough, HTML and autolinks, character references, images,
 * table pipes, tabs, carriage returns and other control characters. (`[` and `]` are read below.)
 */
const SYNTAX = /[\\`*_~<>&!|\t\r\0-\x09\x0b-\x1f\x7f]|www|http/i;

/**
 * What a line may start with: a letter, a digit, or an opening quote or bracket. No block starts
 * with one (a list item's number is ruled out below), nor does a setext underline or a table's
 * delimiter row, so no line of the chunk starts or ends a block.
 */
const LINE_START = /^[\p{L}\d"'(“‘]/u;

/** A number opening a line as an ordered list item does (`1939. `, `2)`), or a line ending in whitespace (a hard break). */
const NOT_PLAIN_LINE = /^\d+[.)]|\s$/;

/** An email autolink literal needs an `@` after a character of an address. */
const EMAIL = /[\w+.\\-]@/;

/** A footnote call's label that the parser's identifier writes in lower case, as it is (no whitespace, escapes or brackets). */
const PLAIN_LABEL = /^[A-Za-z0-9_.-]+$/;

/** An ATX heading on one line, its text after one space (none of it `#`, so no closing sequence). */
const HEADING = /^(#{1,6}) (?=[^\s#])[^#\n]*$/;

/** A bullet list item's marker: every line of a plain list opens with it (another marker would open another list). */
const BULLET = '- ';

const at = (start: number, end: number) => ({ start: { offset: start }, end: { offset: end } });

/**
 * The tree of `chunk` when it is one plain paragraph, one line of heading, or a tight list of `- `
 * items of one line each, in plain text (see above); else undefined. `footnoteLabels` and
 * `linkLabels`: the definitions the chunk is parsed with (a `[^label]` is a footnote call only when
 * its label is defined; a `[text]` may be a link whenever a link definition is given).
 */
export function plainParagraphTree(chunk: string, footnoteLabels: readonly string[], linkLabels: number): PlainNode | undefined {
  if (chunk.length === 0 || SYNTAX.test(chunk) || EMAIL.test(chunk) || /\s$/.test(chunk)) return undefined;
  const heading = HEADING.exec(chunk);
  const block = heading
    ? inline(chunk, heading[1]!.length + 1, chunk.length, footnoteLabels, linkLabels, (children) => ({ type: 'heading', depth: heading[1]!.length, children, position: at(0, chunk.length) }))
    : chunk.startsWith(BULLET)
      ? plainList(chunk, footnoteLabels, linkLabels)
      : plainLines(chunk, 0, chunk.length) ? inline(chunk, 0, chunk.length, footnoteLabels, linkLabels, paragraphAt(0, chunk.length)) : undefined;
  return block && { type: 'root', children: [block], position: at(0, chunk.length) };
}

/** Whether the lines of `chunk` over [from, to) all open and end as a paragraph's plain lines do. */
function plainLines(chunk: string, from: number, to: number): boolean {
  for (const line of chunk.slice(from, to).split('\n')) if (!LINE_START.test(line) || NOT_PLAIN_LINE.test(line)) return false;
  return true;
}

const paragraphAt = (start: number, end: number) => (children: PlainNode[]): PlainNode => ({ type: 'paragraph', children, position: at(start, end) });

/** A tight bullet list, each of its lines an item whose text is a plain line (as the parser's mdast writes one). */
function plainList(chunk: string, footnoteLabels: readonly string[], linkLabels: number): PlainNode | undefined {
  const items: PlainNode[] = [];
  for (let start = 0; start < chunk.length; ) {
    const end = chunk.indexOf('\n', start) < 0 ? chunk.length : chunk.indexOf('\n', start);
    const from = start + BULLET.length;
    if (!chunk.startsWith(BULLET, start) || !plainLines(chunk, from, end)) return undefined;
    const paragraph = inline(chunk, from, end, footnoteLabels, linkLabels, paragraphAt(from, end));
    if (!paragraph) return undefined;
    items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: at(start, end) });
    start = end + 1;
  }
  return { type: 'list', ordered: false, start: null, spread: false, children: items, position: at(0, chunk.length) };
}

/**
 * The block `make` makes of the text and footnote calls of `chunk` over [from, to), or undefined
 * where its brackets may be more: brackets in pairs, none nested or left open, none followed by a
 * parenthesis (a link) or by a bracket (a reference) but a call after a call, and none at all where a
 * link definition might make one a link.
 */
function inline(chunk: string, from: number, to: number, footnoteLabels: readonly string[], linkLabels: number, make: (children: PlainNode[]) => PlainNode): PlainNode | undefined {
  const children: PlainNode[] = [];
  let textStart = from;
  let close = from - 1;
  const text = chunk.slice(0, to);
  for (let open = text.indexOf('[', from); open >= 0; open = text.indexOf('[', close + 1)) {
    if (linkLabels > 0 || text.lastIndexOf(']', open) > close) return undefined;
    close = text.indexOf(']', open + 1);
    if (close < 0 || text.lastIndexOf('[', close) !== open || text[close + 1] === '(') return undefined;
    const call = text[open + 1] === '^';
    if (text[close + 1] === '[' && !(call && text[close + 2] === '^')) return undefined;
    if (!call) continue;
    const label = text.slice(open + 2, close);
    // (An undefined label is text, but one defined in another case would make it a call: left to the parser.)
    if (!PLAIN_LABEL.test(label) || !footnoteLabels.includes(label)) return undefined;
    if (open > textStart) children.push({ type: 'text', value: text.slice(textStart, open), position: at(textStart, open) });
    children.push({ type: 'footnoteReference', identifier: label.toLowerCase(), label, position: at(open, close + 1) });
    textStart = close + 1;
  }
  if (text.lastIndexOf(']') > Math.max(close, from - 1)) return undefined;
  if (textStart < to) children.push({ type: 'text', value: text.slice(textStart), position: at(textStart, to) });
  return make(children);
}
