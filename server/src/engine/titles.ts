// What a block's reading owes to the draft's title. The discourse keeps the title's subject and year
// (headings[0]) in every state after it, so an edit of the title's name would make every block look
// new; but a block reads the title only when no heading nearer to it names a subject (or a year).
// These let a check keep a block's results across a title edit when its reading did not ask for the
// title, and carry the new title in the discourse after it. (A method of Discourse would say this more plainly.)
import { AFTER_HEADING_YEARS, Discourse, sameFieldsFrom, type DiscourseSnapshot } from './frames/discourse.js';
import { isHeadingRef } from './frames/read.js';
import type { EventRef } from './frames/types.js';

/** Whether two lists of the headings above hold the same but for the title (the JSON of all but their first is the same). */
function sameBelowTitle(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length && Math.max(a.length, b.length) > 1) return false;
  for (let i = 1; i < a.length; i++) {
    // (A level no heading stands at is written `null`, as JSON writes an array's holes.)
    if (a[i] !== b[i] && JSON.stringify(a[i] ?? null) !== JSON.stringify(b[i] ?? null)) return false;
  }
  return true;
}

/**
 * Whether two discourse states are the same but for the title's subject and year. (Compared in
 * place, field by field, not through keys written out: after a title edit every block after it
 * asks, and each key is a string of some hundreds of characters.)
 */
export function sameButTitle(a: DiscourseSnapshot, b: DiscourseSnapshot): boolean {
  if (a === b) return true;
  return sameBelowTitle(a.state.headings, b.state.headings) && sameBelowTitle(a.state.headingYears, b.state.headingYears) && sameFieldsFrom(a, b, AFTER_HEADING_YEARS);
}

/** The nearest of the headings above that gives something (-1 when none does). */
function nearest<T>(byDepth: readonly T[], gives: (item: T | undefined) => boolean): number {
  for (let i = byDepth.length - 1; i >= 0; i--) if (gives(byDepth[i])) return i;
  return -1;
}

/** What of the title a reading asked for: its subject, its year. */
export interface TitleRead {
  subject: boolean;
  year: boolean;
}

/**
 * The discourse of a check, which notes when a reading asks for the headings' subject or year and
 * the title answers (or would, had it one: nothing nearer gives any).
 */
export class TitleWatchingDiscourse extends Discourse {
  /** What of the title the readings since it was last reset asked for. */
  titleRead: TitleRead = { subject: false, year: false };

  override headingSubjects(): readonly EventRef[] {
    if (!this.titleRead.subject && nearest(this.headingsAbove().headings, (refs) => (refs?.length ?? 0) > 0) <= 0) this.titleRead.subject = true;
    return super.headingSubjects();
  }

  /**
   * A subject no heading named is no heading's subject, under any title: the reading asked nothing
   * of the title. (One a heading named may be another title's, which shares the refs of a heading
   * of the same text: asked as any reading of the headings is.)
   */
  override isHeadingSubject(ref: EventRef): boolean {
    return isHeadingRef(ref) && super.isHeadingSubject(ref);
  }

  override sectionYear(): number | undefined {
    if (!this.titleRead.year && nearest(this.headingsAbove().headingYears, (year) => typeof year === 'number') <= 0) this.titleRead.year = true;
    return super.sectionYear();
  }
}

/** Whether what a reading asked of the title in `then` is what it would be told in `now`. */
export function sameTitleAnswers(read: TitleRead, then: DiscourseSnapshot, now: DiscourseSnapshot): boolean {
  if (read.year && then.state.headingYears[0] !== now.state.headingYears[0]) return false;
  return !read.subject || JSON.stringify(then.state.headings[0] ?? []) === JSON.stringify(now.state.headings[0] ?? []);
}

/**
 * The last array made from each list of the headings above with another title, and that title: the
 * blocks of a section share one list, so after a title edit they share the new one too, and the
 * discourse writes its JSON once for them all (see fieldJson in frames/discourse.ts), not once a block.
 * (A title's refs are one array per reading of the title: compared by identity.)
 */
const RETITLED = new WeakMap<readonly unknown[], { title: unknown; array: unknown[] }>();

function retitledArray<T>(byDepth: readonly T[], title: T): T[] {
  const made = RETITLED.get(byDepth);
  if (made && made.title === title) return made.array as T[];
  const array = [...byDepth];
  array[0] = title;
  RETITLED.set(byDepth, { title, array });
  return array;
}

/** The state `after` with the title of `entered` instead of its own; undefined when either has no title. */
export function withTitleOf(after: DiscourseSnapshot, entered: DiscourseSnapshot): DiscourseSnapshot | undefined {
  const { headings, headingYears } = entered.state;
  if (headings.length === 0 || headingYears.length === 0 || after.state.headings.length === 0 || after.state.headingYears.length === 0) return undefined;
  if (after.state.headings[0] === headings[0] && after.state.headingYears[0] === headingYears[0]) return after;
  const state = { ...after.state, headings: retitledArray(after.state.headings, headings[0]!), headingYears: retitledArray(after.state.headingYears, headingYears[0]!) };
  // A snapshot of the new state: restored unnamed, then re-saved after a change that changes nothing
  // (the table it already has). Its key is written out only if asked for: the block after it mostly
  // starts a paragraph or a section, which leads to another state.
  const discourse = new Discourse(false);
  discourse.restore({ key: '', id: -1, state });
  discourse.tableHeader(state.table as string[]);
  return discourse.save();
}
