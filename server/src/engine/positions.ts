// Offsets to LSP-style positions: 0-based lines, UTF-16 characters; CRLF, LF and lone CR break lines.
import type { TextRange } from './types.js';

export interface Position {
  line: number;
  character: number;
}

/** Where `[start, oldEnd)` of a text was replaced by `[start, newEnd)` of the next. */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export class LineIndex {
  private lineStarts: number[] = [0];

  constructor(readonly text: string) {
    this.lineStarts.push(...lineStartsIn(text, 0, text.length));
  }

  /**
   * The lines of `text`, made from those of the text before a change: only the lines the change
   * touched are looked for again (a keystroke in a long draft need not scan all of it).
   */
  static afterChange(before: LineIndex, text: string, region: ChangedRegion): LineIndex {
    const delta = region.newEnd - region.oldEnd;
    if (text.length !== before.text.length + delta) return new LineIndex(text);
    const starts = before.lineStarts;
    // From the start of the line before the change, to a line start at least two past its end (a
    // break just before or after it may join a `\r` and a `\n`).
    const from = starts[Math.max(0, lineAt(starts, Math.max(0, region.start - 1)))]!;
    const toIndex = firstAfter(starts, region.oldEnd + 1);
    const to = toIndex < starts.length ? starts[toIndex]! : before.text.length + 1;
    const lines = Object.create(LineIndex.prototype) as LineIndex;
    (lines as { text: string }).text = text;
    const kept = starts.slice(0, lineAt(starts, from) + 1);
    const scanned = lineStartsIn(text, from, Math.min(text.length, to + delta - 1));
    const moved = starts.slice(toIndex).map((s) => s + delta);
    lines.lineStarts = kept.concat(scanned.filter((s) => s < to + delta), moved);
    return lines;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  rangeOf(range: TextRange): { start: Position; end: Position } {
    return { start: this.positionAt(range.start), end: this.positionAt(range.end) };
  }
}

/** The starts of the lines that begin after a line break in `[from, to)` of the text. */
function lineStartsIn(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    } else if (c === 10) {
      out.push(i + 1);
    }
  }
  return out;
}

/** The index of the line holding `offset` (the last start at or before it). */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The index of the first line start past `offset` (or the number of lines). */
function firstAfter(starts: readonly number[], offset: number): number {
  return lineAt(starts, offset) + 1;
}
