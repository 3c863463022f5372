// What a block's reading owes to the draft's title. The discourse keeps the title's subject and year
// (headings[0]) in every state after it, so an edit of the title's name would make every block look
// new; but a block reads the title only when no heading nearer to it names a subject (or a year).
// These let a check keep a block's results across a title edit when its reading did not ask for the
// title, and carry the new title in the discourse after it. (A method of Discourse would say this more plainly.)
import { packedMap } from './packed.js';
import { AFTER_HEADING_YEARS, Discourse, REF_FIELDS, sameFieldsFrom, sameKind, snapshotOf, type DiscourseSnapshot, type Renaming, type State } from './frames/discourse.js';
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
 * asks, and each key is a string of some hundreds of characters.) With `renamed`, the title's
 * references may stand among the events named lately (`recent`, `topic`) too, each of `a`'s where
 * `b` holds the same of its own title's (titleRenaming).
 */
export function sameButTitle(a: DiscourseSnapshot, b: DiscourseSnapshot, renamed = false): boolean {
  if (a === b) return true;
  const renaming = renamed ? titleRenaming(a, b) : undefined;
  if (renamed && !renaming) return false;
  return sameBelowTitle(a.state.headings, b.state.headings) && sameBelowTitle(a.state.headingYears, b.state.headingYears) && sameFieldsFrom(a, b, AFTER_HEADING_YEARS, renaming);
}

/** The title's references of a state (its headings' first), or none. */
export function titleRefsOf(s: DiscourseSnapshot): readonly EventRef[] {
  return s.state.headings[0] ?? [];
}

/** `from`'s title's references as `to`'s of the same place; undefined when the titles name different numbers of them. */
function titleRenaming(from: DiscourseSnapshot, to: DiscourseSnapshot): Renaming | undefined {
  const before = titleRefsOf(from);
  const after = titleRefsOf(to);
  return before.length === after.length ? { from: before, to: after } : undefined;
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
  /**
   * What it compared with the title's references among the events named lately, without being
   * told one of them: the texts of the references it remembered after them (a reference of the
   * same text replaces one), the names it looked up among them. Another title whose references
   * have none of these texts and names would have left it the same.
   */
  texts?: string[];
  keys?: string[];
}

/** Adds what one reading asked of the title (a sentence's) to what another did (its block's). */
export function addTitleRead(to: TitleRead, read: TitleRead): void {
  if (read.subject) to.subject = true;
  if (read.year) to.year = true;
  if (read.texts) (to.texts ??= []).push(...read.texts);
  if (read.keys) (to.keys ??= []).push(...read.keys);
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

  // The title's references stay among the events named lately (`recent`, `topic`) for a few blocks
  // after it. A reading told one of them, or given a list holding one, asked for the title's subject;
  // one that only passed over them is kept across a title edit (see sameButTitle's `renamed`).
  // (`recentSubjects`, which every framed value keeps as its claim's `recent`, asks nothing: comparing
  // reads it only for namesUnknownEventLately, which a check makes sure a new title answers alike.)

  override topic(): EventRef | undefined {
    return this.told(super.topic());
  }

  override previousSubject(): EventRef | undefined {
    return this.told(super.previousSubject());
  }

  override paragraphSubjects(): readonly EventRef[] {
    return this.toldAny(super.paragraphSubjects());
  }

  override lastSubjects(): readonly EventRef[] {
    return this.toldAny(super.lastSubjects());
  }

  override lastOfType(ref: EventRef): EventRef | undefined {
    return this.scanned(super.lastOfType(ref));
  }

  override namesOtherOfType(ref: EventRef, known: (key: string) => boolean): boolean {
    this.scanned(undefined);
    return super.namesOtherOfType(ref, known);
  }

  override lastNamed(noun?: string, reached = false): EventRef | undefined {
    return this.scanned(super.lastNamed(noun, reached));
  }

  override lastEvent(): EventRef | undefined {
    return this.scanned(super.lastEvent());
  }

  override lastKind(): EventRef | undefined {
    return this.scanned(super.lastKind());
  }

  override lastNumbered(): EventRef | undefined {
    return this.scanned(super.lastNumbered());
  }

  /** `named` compares only each reference's name with `key` (and tells one of the same name). */
  override named(key: string): EventRef | undefined {
    const found = this.told(super.named(key));
    if (this.titleLately()) (this.titleRead.keys ??= []).push(key);
    return found;
  }

  /** `remember` compares each event named lately with a new one by its text. */
  override sentenceRead(...args: Parameters<Discourse['sentenceRead']>): void {
    this.remembering(args[0], true);
    super.sentenceRead(...args);
  }

  override mentioned(refs: EventRef[]): void {
    this.remembering(refs, false);
    super.mentioned(refs);
  }

  override heading(...args: Parameters<Discourse['heading']>): void {
    this.remembering(args[1], false);
    super.heading(...args);
  }

  /** The title's references, as the state above holds them (titleRefsOf for a snapshot). */
  private titleRefs(): readonly EventRef[] {
    return this.headingsAbove().headings[0] ?? [];
  }

  /** Whether one of the title's references stands among the events named lately. */
  private titleLately(): boolean {
    const title = this.titleRefs();
    return title.length > 0 && this.refsHeld().recent.some((r) => title.includes(r));
  }

  private isTitleRef(ref: EventRef | undefined): boolean {
    return ref !== undefined && this.titleRefs().includes(ref);
  }

  /** A reference the reading was told: one of the title's is its subject asked for. */
  private told(ref: EventRef | undefined): EventRef | undefined {
    if (this.isTitleRef(ref)) this.titleRead.subject = true;
    return ref;
  }

  private toldAny(refs: readonly EventRef[]): readonly EventRef[] {
    if (refs.some((r) => this.isTitleRef(r))) this.titleRead.subject = true;
    return refs;
  }

  /** A scan of the events named lately, whose tests read any of their slots: it asked for the title's subject if one is there. */
  private scanned(found: EventRef | undefined): EventRef | undefined {
    if (this.titleLately()) this.titleRead.subject = true;
    return found;
  }

  private remembering(refs: readonly EventRef[], subjects: boolean): void {
    const title = this.titleRefs();
    if (refs.length === 0 || title.length === 0) return;
    const held = this.refsHeld();
    // (Events of a kind named lately are compared with one of the title's by name: State.kinds.)
    if (held.kinds?.some((k) => title.includes(k) && refs.some((r) => r.key !== undefined && sameKind(r, k)))) this.titleRead.subject = true;
    // (A sentence's subjects are compared with the paragraph's by more than their text.)
    if (subjects && held.paragraph.some((r) => title.includes(r))) this.titleRead.subject = true;
    if (!held.recent.some((r) => title.includes(r))) return;
    for (const ref of refs) {
      if (title.some((t) => t.text === ref.text)) this.titleRead.subject = true;
      else (this.titleRead.texts ??= []).push(ref.text);
    }
  }
}

/** Whether what a reading asked of the title in `then` is what it would be told in `now`. */
export function sameTitleAnswers(read: TitleRead, then: DiscourseSnapshot, now: DiscourseSnapshot): boolean {
  if (read.year && then.state.headingYears[0] !== now.state.headingYears[0]) return false;
  const title = titleRefsOf(now);
  if (read.texts?.some((text) => title.some((t) => t.text === text)) || read.keys?.some((key) => title.some((t) => t.key === key))) return false;
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
  const state: State = { ...after.state, headings: retitledArray(after.state.headings, headings[0]!), headingYears: retitledArray(after.state.headingYears, headingYears[0]!) };
  renameTitleRefs(state, after.state.headings[0] ?? [], headings[0] ?? []);
  // (The state as a discourse would save it after a change that changes nothing, `table` set to the
  // table it has, not through one: a title edit makes one for every block it keeps.) Its key is
  // written out only if asked for: the block after it mostly starts a paragraph or a section, which
  // leads to another state.
  state.table = after.state.table;
  return snapshotOf(state);
}

/** The state's references to the events named lately that are `from`'s, as `to`'s of the same place (a title's for another title's). */
function renameTitleRefs(state: State, from: readonly EventRef[], to: readonly EventRef[]): void {
  if (from === to || from.length !== to.length || from.length === 0) return;
  const renamed = (ref: EventRef): EventRef => {
    const i = from.indexOf(ref);
    return i < 0 ? ref : to[i]!;
  };
  const fields = state as unknown as Record<string, EventRef | EventRef[] | undefined>;
  for (const field of REF_FIELDS) {
    const value = fields[field];
    if (Array.isArray(value)) {
      if (value.some((r) => from.includes(r))) fields[field] = packedMap(value, renamed);
    } else if (value !== undefined && from.includes(value)) fields[field] = renamed(value);
  }
}
