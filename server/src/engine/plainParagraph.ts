// The Markdown tree of a chunk that is one paragraph of plain prose (or a heading's line of it), made
// without the Markdown parser.
// A keystroke re-parses the paragraph it changed, and micromark's tokenizer was the largest share of
// an ordinary edit's engine time after reading the block; but most paragraphs of a draft are sentences with nothing in them that Markdown
// reads but footnote calls (`[^3]`) and bracketed citations (`[@key, p. 4]`, plain text to it). Such
// a chunk's tree is written here, as the parser writes it (its text merged into one node between
// footnote calls); any other chunk is left to the parser (undefined). The test compares the two on
// every chunk of the public and held-out drafts and on variations of them.

/** The nodes of the tree, with the fields the prose reader reads. */
interface PlainNode {
  type: 'root' | 'paragraph' | 'heading' | 'text' | 'footnoteReference';
  children?: PlainNode[];
  depth?: number;
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

const at = (start: number, end: number) => ({ start: { offset: start }, end: { offset: end } });

/** An ATX heading on one line, its text after one space (none of it `#`, so no closing sequence). */
const HEADING = /^(#{1,6}) (?=[^\s#])[^#\n]*$/;

/**
 * The tree of `chunk` when it is one plain paragraph, or one line of heading with plain text (see
 * above), else undefined. `footnoteLabels` and `linkLabels`: the definitions the chunk is parsed
 * with (a `[^label]` is a footnote call only when its label is defined; a `[text]` may be a link
 * whenever a link definition is given).
 */
export function plainParagraphTree(chunk: string, footnoteLabels: readonly string[], linkLabels: number): PlainNode | undefined {
  if (chunk.length === 0 || SYNTAX.test(chunk) || EMAIL.test(chunk) || /\s$/.test(chunk)) return undefined;
  const heading = HEADING.exec(chunk);
  if (!heading) {
    for (const line of chunk.split('\n')) if (!LINE_START.test(line) || NOT_PLAIN_LINE.test(line)) return undefined;
  }
  const from = heading ? heading[1]!.length + 1 : 0;
  const children = inlineNodes(chunk, from, footnoteLabels, linkLabels);
  if (!children) return undefined;
  const block: PlainNode = heading
    ? { type: 'heading', depth: heading[1]!.length, children, position: at(0, chunk.length) }
    : { type: 'paragraph', children, position: at(0, chunk.length) };
  return { type: 'root', children: [block], position: at(0, chunk.length) };
}

/** The text and footnote calls of `chunk` from `from` on, or undefined where brackets may be more (see below). */
function inlineNodes(chunk: string, from: number, footnoteLabels: readonly string[], linkLabels: number): PlainNode[] | undefined {
  const children: PlainNode[] = [];
  let textStart = from;
  let close = -1;
  for (let open = chunk.indexOf('[', from); open >= 0; open = chunk.indexOf('[', close + 1)) {
    // (Brackets in pairs, none nested or left open, none followed by a parenthesis (a link) or by
    // a bracket (a reference) but a call after a call, and none where a link definition might make
    // one a link: else left to the parser.)
    if (linkLabels > 0 || chunk.lastIndexOf(']', open) !== close) return undefined;
    close = chunk.indexOf(']', open + 1);
    if (close < 0 || chunk.lastIndexOf('[', close) !== open || chunk[close + 1] === '(') return undefined;
    const call = chunk[open + 1] === '^';
    if (chunk[close + 1] === '[' && !(call && chunk[close + 2] === '^')) return undefined;
    if (!call) continue;
    const label = chunk.slice(open + 2, close);
    // (An undefined label is text, but one defined in another case would make it a call: left to the parser.)
    if (!PLAIN_LABEL.test(label) || !footnoteLabels.includes(label)) return undefined;
    if (open > textStart) children.push({ type: 'text', value: chunk.slice(textStart, open), position: at(textStart, open) });
    children.push({ type: 'footnoteReference', identifier: label.toLowerCase(), label, position: at(open, close + 1) });
    textStart = close + 1;
  }
  if (chunk.lastIndexOf(']') !== close) return undefined;
  if (textStart < chunk.length) children.push({ type: 'text', value: chunk.slice(textStart), position: at(textStart, chunk.length) });
  return children;
}
