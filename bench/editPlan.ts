// Where the bench's edits go (bench/tasks.ts through the server, bench/keystrokeAb.ts in-process): the
// same edits, from the same seed, for every measure of a keystroke.
import { Rng } from './synth.js';

export type EditKind = 'start' | 'middle' | 'end' | 'title';
export const EDIT_KINDS: readonly EditKind[] = ['start', 'middle', 'end', 'title'];

/**
 * Where the edits go: a digit of some value changed, or a word typed, in the first, middle or last
 * twentieth of the draft's prose (the footnote definitions after it are not prose); or a letter of
 * the name in the draft's `# Title` changed to one it has not been lately (a new name, not an undo).
 */
export class EditPlan {
  private readonly rng = new Rng(17);
  private turn = 0;
  /** How many title edits there have been: each gives the name's second letter a new value. */
  private titleLetters = 0;

  constructor(
    text: string,
    readonly kinds: EditKind[],
  ) {
    if (kinds.includes('title') && !/^# .* of [A-Z]/m.test(text)) throw new Error('the draft has no `# … of Name` title to edit');
  }

  next(text: string, kind: EditKind): [number, number, string] {
    if (kind === 'title') return this.titleEdit(text);
    const prose = proseEnd(text);
    const share = kind === 'start' ? 0 : kind === 'middle' ? 0.475 : 0.95;
    const low = Math.floor(prose * share);
    const high = Math.floor(prose * (share + 0.05));
    const from = this.rng.int(low, high - 1);
    if (this.turn++ % 2 === 0) {
      // A value's digit: one after a space or a bracket, never a footnote label's or a key's.
      const m = find(text, /(?<=[\s(])\d/g, from, low, high);
      if (m) return [m.index, m.index + 1, String((Number(m[0]) + this.rng.int(1, 8)) % 10)];
    }
    const m = find(text, / [a-z]/g, from, low, high);
    const at = m ? m.index : from;
    return [at, at, ' still'];
  }

  private titleEdit(text: string): [number, number, string] {
    const title = /^# .* of ([A-Z])/m.exec(text)!;
    const at = title.index + title[0].length; // the name's second letter
    // A letter the name has not had for 25 title edits: never an edit undone (the checker keeps the
    // blocks of its last few checks, so changing a name back would re-read nothing and flatter it).
    this.titleLetters++;
    const letter = String.fromCharCode(97 + (this.titleLetters % 26));
    return [at, at + 1, letter === text[at] ? String.fromCharCode(97 + ((this.titleLetters + 1) % 26)) : letter];
  }
}

/** The end of the draft's prose: where its footnote definitions start, or its end. */
export function proseEnd(text: string): number {
  const definitions = /^\[\^[^\]]+\]:/m.exec(text);
  return definitions ? definitions.index : text.length;
}

/** The first match at or after `from` inside [low, high), else the first inside it. */
function find(text: string, re: RegExp, from: number, low: number, high: number): RegExpExecArray | undefined {
  for (const at of [from, low]) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m.index < high) return m;
  }
  return undefined;
}
