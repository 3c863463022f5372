// A PDF page's text runs put back in reading order: runs on one baseline make a line, a wide gap
// between runs splits it (a gutter between columns), two columns are read one after the other (a
// heading across both stays where it stands), and lines make paragraphs. Plain functions of
// numbers, so that layouts can be tested without a PDF.

/** A run of text as the PDF places it (its baseline's left end; PDF units, y upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Runs of one baseline that stand together: a line of one column, or a line across the page. */
export interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

/** How far apart two baselines may be and still be one line, as a share of the font size. */
const SAME_BASELINE = 0.4;
/** A gap between runs wider than this many font sizes splits a line (a column gutter, a tab stop). */
const SPLIT_GAP = 1.5;
/** A gap narrower than this (font sizes) joins runs without a space. */
const NO_SPACE_GAP = 0.12;

/** Runs grouped into lines, top to bottom, each line's runs left to right, split at wide gaps. */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - run.y) <= SAME_BASELINE * Math.max(run.size, row[0]!.size)) row.push(run);
    else rows.push([run]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line: Line | undefined;
    for (const run of row) {
      const gap = line ? run.x - line.right : 0;
      if (!line || gap > SPLIT_GAP * run.size) {
        if (line) lines.push(line);
        line = { text: run.text, x: run.x, y: row[0]!.y, right: run.x + run.width, size: run.size };
        continue;
      }
      const space = gap > NO_SPACE_GAP * run.size && !/\s$/.test(line.text) && !/^\s/.test(run.text);
      line.text += (space ? ' ' : '') + run.text;
      line.right = Math.max(line.right, run.x + run.width);
      line.size = Math.max(line.size, run.size);
    }
    if (line) lines.push(line);
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text.length > 0);
}

/**
 * The x of the gutter between two columns, if the page has two: an x in the middle of the page
 * that most lines keep to one side of, with many lines on each side.
 */
export function gutterOf(lines: readonly Line[], pageWidth: number): number | undefined {
  if (lines.length < 6) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = pageWidth * 0.3; x <= pageWidth * 0.7; x += 2) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const l of lines) {
      if (l.right <= x) left++;
      else if (l.x >= x) right++;
      else crossing++;
    }
    const enough = Math.max(3, lines.length * 0.25);
    if (left >= enough && right >= enough && crossing <= lines.length * 0.15 && (!best || crossing < best.crossing)) best = { x, crossing };
  }
  return best?.x;
}

/**
 * Lines in reading order. On a two-column page a line across the gutter (a title, a heading over
 * both columns) ends a band: each band's left column is read before its right one.
 */
export function readingOrder(lines: readonly Line[], pageWidth: number): Line[] {
  const gutter = gutterOf(lines, pageWidth);
  if (gutter === undefined) return [...lines];
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (line.right <= gutter) left.push(line);
    else if (line.x >= gutter) right.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

const SENTENCE_END = /[.!?:;]["”’)\]]*$/;

/** Joins a line to the text before it, undoing a hyphen that broke a word at the line's end. */
export function joinLine(before: string, line: string): string {
  if (before.length === 0) return line;
  if (/\p{L}[-\u00ad]$/u.test(before) && /^\p{Ll}/u.test(line)) return before.slice(0, -1) + line;
  return `${before} ${line}`;
}

/** The usual distance between consecutive lines of a page (the median), or the font size's 1.2. */
function leadingOf(lines: readonly Line[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const step = lines[i - 1]!.y - lines[i]!.y;
    if (step > 0) steps.push(step);
  }
  steps.sort((a, b) => a - b);
  return steps[steps.length >> 1] ?? (lines[0]?.size ?? 10) * 1.2;
}

/** Whether `line` starts a new paragraph after `previous` (both in reading order). */
function startsParagraph(previous: Line, line: Line, leading: number, columnRight: number): boolean {
  if (Math.abs(line.size - previous.size) > 0.5) return true;
  const step = previous.y - line.y;
  // Below the previous line by more than a line and a half: a blank line between (a column's top
  // is above the previous line, and goes on with its paragraph).
  if (step > leading * 1.6) return true;
  const ended = SENTENCE_END.test(previous.text);
  if (ended && previous.right < columnRight - 3 * previous.size) return true;
  return ended && line.x > previous.x + previous.size && step > 0;
}

/** A page's lines (in reading order) as paragraphs of text. */
export function paragraphsOf(lines: readonly Line[]): string[] {
  const leading = leadingOf(lines);
  const paragraphs: string[] = [];
  let current = '';
  let columnRight = 0;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    columnRight = previous && line.x < previous.right ? Math.max(columnRight, line.right) : line.right;
    if (previous && startsParagraph(previous, line, leading, Math.max(columnRight, previous.right))) {
      paragraphs.push(current);
      current = '';
    }
    current = joinLine(current, line.text);
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** A line with nothing but a page number on it: `12`, `- 12 -`, `Page 12`, `xiv`. */
export function isPageNumber(text: string): boolean {
  return /^[\s\-–—.]*(page\s+)?(\d{1,5}|[ivxlcdm]{1,8})([\s\-–—.]*|\s+of\s+\d{1,5})$/i.test(text);
}

/** A line's text with its numbers taken out: a running header is the same on every page but for them. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+|\b[ivxlcdm]+\b/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Each page's lines without its running header and footer: a page number alone at the top or the
 * bottom, and a line that stands at the top (or bottom) of at least two pages and of 40% of them.
 */
export function withoutFurniture(pages: readonly Line[][]): Line[][] {
  const count = (pick: (lines: Line[]) => Line | undefined) => {
    const counts = new Map<string, number>();
    for (const lines of pages) {
      const line = pick([...lines]);
      if (line) counts.set(furnitureKey(line.text), (counts.get(furnitureKey(line.text)) ?? 0) + 1);
    }
    return counts;
  };
  const tops = count((l) => l[0]);
  const bottoms = count((l) => l[l.length - 1]);
  const repeated = (counts: Map<string, number>, line: Line) => {
    const n = counts.get(furnitureKey(line.text)) ?? 0;
    return n >= 2 && n >= pages.length * 0.4;
  };
  return pages.map((lines) => {
    let from = 0;
    let to = lines.length;
    // Up to two lines each end: a header and the page number under it, say.
    for (let k = 0; k < 2 && from < to && (isPageNumber(lines[from]!.text) || repeated(tops, lines[from]!)); k++) from++;
    for (let k = 0; k < 2 && to > from && (isPageNumber(lines[to - 1]!.text) || repeated(bottoms, lines[to - 1]!)); k++) to--;
    return lines.slice(from, to);
  });
}
