// A draft's Markdown tree put together from the trees the check parsed it into, a chunk (the text
// between blank lines) at a time, so that its page is rendered without parsing it a second time.
// The chunks parse alone as the whole text does (see splitChunks in engine/prose.ts) but for one
// thing: a list whose items stand between blank lines is one list in the whole text and one list
// per chunk here, so those lists are joined again, as loose lists (CommonMark's rule).
import type { List, Nodes, Root, RootContent } from 'mdast';
import type { Point, Position } from 'unist';
import { LineIndex } from '../../engine/index.js';

/** A chunk of the draft and its tree (offsets relative to the chunk; the check's stubs past its end). */
export interface ChunkTree {
  start: number;
  end: number;
  tree?: Root;
}

/**
 * The whole draft's tree, or undefined when a chunk has no tree (it was not parsed whole) or a
 * node of one runs past the chunk into the stubs (an unclosed fence or HTML block): the caller
 * parses the text whole instead.
 */
export function draftTree(text: string, chunks: readonly ChunkTree[]): Root | undefined {
  const children: RootContent[] = [];
  const lines = new LineIndex(text);
  for (const chunk of chunks) {
    if (!chunk.tree) return undefined;
    const length = chunk.end - chunk.start;
    const move = { by: chunk.start, lines: lines.positionAt(chunk.start).line };
    let first = true;
    for (const node of chunk.tree.children) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return undefined;
      if (start >= length) continue; // a stub definition
      if (end > length) return undefined;
      const moved = moveNode(node, move) as RootContent;
      const last = children[children.length - 1];
      if (first && last?.type === 'list' && moved.type === 'list' && continuesList(text, last, moved)) joinLists(last, moved);
      else children.push(moved);
      first = false;
    }
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(lines) } };
}

/** Where the text ends, as unist counts (lines and columns from 1). */
function endPoint(lines: LineIndex): Point {
  const end = lines.positionAt(lines.text.length);
  return { line: end.line + 1, column: end.character + 1, offset: lines.text.length };
}

/** A copy of a chunk's node at its place in the draft (a chunk starts a line: columns stay). */
function moveNode(node: Nodes, move: { by: number; lines: number }): Nodes {
  const copy = { ...node } as Nodes & { children?: Nodes[] };
  if (node.position) copy.position = movePosition(node.position, move);
  if ('children' in node) copy.children = (node.children as Nodes[]).map((child) => moveNode(child, move));
  return copy;
}

function movePosition(position: Position, move: { by: number; lines: number }): Position {
  const point = (p: Point): Point => ({ line: p.line + move.lines, column: p.column, ...(p.offset !== undefined ? { offset: p.offset + move.by } : {}) });
  return { start: point(position.start), end: point(position.end) };
}

/** A list's marker: its bullet (`-`, `*`, `+`) or its numbers' delimiter (`.`, `)`). */
function markerOf(text: string, list: List): string | undefined {
  const at = list.position?.start.offset ?? 0;
  const m = /^[ \t]*(?:([-*+])|\d{1,9}([.)]))/.exec(text.slice(at, at + 16));
  return m?.[1] ?? m?.[2];
}

/** Whether a list after blank lines goes on with the list before them: same kind, same marker. */
function continuesList(text: string, before: List, after: List): boolean {
  return Boolean(before.ordered) === Boolean(after.ordered) && markerOf(text, before) !== undefined && markerOf(text, before) === markerOf(text, after);
}

function joinLists(before: List, after: List): void {
  before.children.push(...after.children);
  before.spread = true;
  if (before.position && after.position) before.position = { start: before.position.start, end: after.position.end };
}
