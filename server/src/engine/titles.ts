// What a block's reading owes to the draft's title. The discourse keeps the title's subject and year
// (headings[0]) in every state after it, so an edit of the title's name would make every block look
// new; but a block reads the title only when no heading nearer to it names a subject (or a year).
// These let a check keep a block's results across a title edit when its reading did not ask for the
// title, and carry the new title in the discourse after it. (A method of Discourse would say this more plainly.)
import { Discourse, type DiscourseSnapshot } from './frames/discourse.js';
import { isHeadingRef } from './frames/read.js';
import type { EventRef } from './frames/types.js';

const TITLE_FREE = new WeakMap<DiscourseSnapshot, string>();

/** The snapshot's key without the title's subject and year: equal for states that differ only in the title. */
function titleFreeKey(snapshot: DiscourseSnapshot): string {
  let key = TITLE_FREE.get(snapshot);
  if (key === undefined) {
    // The key is the fields' JSON joined by \u0002 (which JSON never holds), headings and their years first.
    const afterYears = snapshot.key.indexOf('\u0002', snapshot.key.indexOf('\u0002') + 1);
    const { headings, headingYears } = snapshot.state;
    key = `${JSON.stringify(headings.slice(1))}\u0003${JSON.stringify(headingYears.slice(1))}\u0003${afterYears < 0 ? snapshot.key : snapshot.key.slice(afterYears)}`;
    TITLE_FREE.set(snapshot, key);
  }
  return key;
}

/** Whether two discourse states are the same but for the title. */
export function sameButTitle(a: DiscourseSnapshot, b: DiscourseSnapshot): boolean {
  return a === b || titleFreeKey(a) === titleFreeKey(b);
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

/** The state `after` with the title of `entered` instead of its own; undefined when either has no title. */
export function withTitleOf(after: DiscourseSnapshot, entered: DiscourseSnapshot): DiscourseSnapshot | undefined {
  const { headings, headingYears } = entered.state;
  if (headings.length === 0 || headingYears.length === 0 || after.state.headings.length === 0 || after.state.headingYears.length === 0) return undefined;
  if (after.state.headings[0] === headings[0] && after.state.headingYears[0] === headingYears[0]) return after;
  const state = { ...after.state, headings: [...after.state.headings], headingYears: [...after.state.headingYears] };
  state.headings[0] = headings[0]!;
  state.headingYears[0] = headingYears[0]!;
  const discourse = new Discourse();
  // A snapshot of the new state, named as every snapshot is: restored unnamed, then re-saved after a
  // change that changes nothing (the table it already has).
  discourse.restore({ key: '', id: -1, state });
  discourse.tableHeader(state.table as string[]);
  return discourse.save();
}
