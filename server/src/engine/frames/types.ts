// A fact frame: what a value is a value of. Built the same way for a draft's claims and a source's
// statements, so that two frames can be compared slot by slot. Every slot may be unknown.
import type { Dimension } from '../types.js';

/**
 * An event or a named thing, as the text refers to it: `the Battle of Karsk` (type battle, key
 * `karsk`), `the second siege` (type siege, ordinal 2), `Karsk` (key only), `the 1611 treaty`.
 */
export interface EventRef {
  /** An event type from the lexicon (`battle`, `siege`, `treaty`, …), or `place`. */
  type?: string;
  /** Within a type, the word `the …` refers back by (`invasion`, `offensive`), where it matters. */
  word?: string;
  /** The name's own words, stemmed, in order: `karsk`, `tull varen`, `227`. */
  key?: string;
  ordinal?: number;
  year?: number;
  /** As written. */
  text: string;
  /** The year the text around it is set in (its dateline, its heading): which of a repeated event. */
  when?: number;
  /**
   * The year a date tells of it in its own sentence (`Napoleon invaded Russia on 24 June 1812`), where
   * nothing else sets one: it says only that an unnamed event dated a generation from the corpus's one
   * of its kind is another, never which of several it is (a wrong date is often wrong in its year).
   */
  told?: number;
  /** Resolved from a place referred back to (`after the city had fallen`): which event is a guess. */
  guessed?: boolean;
  /**
   * An unnamed event the text itself tells of, where the text also names another event of its kind
   * (`offensive plans` beside `Operation Edelweiss`): never taken for the corpus's one event of that kind.
   */
  local?: boolean;
  /**
   * A place named only as what was taken or reached (`to take Hallam`): what `the battle for the city`
   * may be fought for, never what `the citadel` refers back to.
   */
  reached?: boolean;
  /** The last word of the name of the person whose possessive names it (`Stalin’s Order No. 227`: `stalin`). */
  owner?: string;
}

/** Another name the corpus gives an event: the event it names. */
export interface EventAlias extends EventRef {
  /** The kind of event the other name's own word calls it (`uprising`, of `the Lamp Revolt` for an occupation), where that is another kind. */
  calledAs?: string;
}

/** Whether a name said with this kind (or none) is the alias's event: said with no kind, its event's kind or the kind it is called by. */
export function aliasCalls(alias: EventAlias, type: string | undefined): boolean {
  return type === undefined || type === alias.type || type === alias.calledAs;
}

/**
 * How a subject was found: in the value's clause, its sentence, by reference back, or by context (its
 * paragraph; its heading; `previous`: the paragraph before, when its own has named nothing yet).
 */
export type SubjectSource = 'clause' | 'sentence' | 'anaphor' | 'paragraph' | 'heading' | 'previous';

/**
 * The event a value is about. One ref is a definite subject; several mean "one of these" (a
 * paragraph that has named more than one event): never in conflict with any of them, never sure.
 */
export interface Subject {
  refs: EventRef[];
  via: SubjectSource;
  /** The value is of these events together (`the explosion and the flood killed 98`), not of one. */
  combined?: boolean;
  /** From its paragraph: the one thing the sentence before named (`… an explosion killed 37. The pit closed for nine weeks.`). */
  last?: boolean;
}

/** One end of a time between two events: `after the first siege ended` is (the first siege, ended). */
export interface Endpoint {
  ref?: EventRef;
  phase?: string;
  text: string;
  /** The place reached or taken (`to reach Berlin`). */
  place?: string;
}

/**
 * What is counted or timed.
 * - count: `kind` deaths, casualties, prisoners, strength…; `thing` people, horses, tanks…
 * - duration: `kind` length, between or remaining; `thing` the activity (fighting, siege, strike,
 *   closure, detention…); `from`/`to` the two events of a time between.
 * - date: `kind` the phase (began, ended, signed, issued, occurred…).
 * - fraction: `kind` the whole it is a share of (forces, place, horses…); `thing` what happened to
 *   that share (lost, held).
 */
export interface Measure {
  kind?: string;
  thing?: string;
  from?: Endpoint;
  to?: Endpoint;
}

export interface FactFrame {
  dimension: Dimension;
  measure: Measure;
  subject?: Subject;
  /** Sides, as the corpus names them (`soviet`, `german`, `velmarchi`). */
  sides?: string[];
  /** People the value's clause names (`oast` of `Oast had lost 1,150 men`): their side, if the corpus knows it. */
  agents?: string[];
  /** The person whose force the count is of (`ranald` of `Ranald's army lost 1,180`): a side, though the corpus may not say whose. */
  forceOf?: string;
  /** The body of men counted (`4th lancers`, `company`), stemmed. */
  group?: string;
  /** Where, when the value's clause says (`hanged at Fort Sable`, `killed there`): a place's name key. */
  place?: string;
  /**
   * The place is one referred back to (`there`, `the town`): which place the text meant is a guess,
   * which may make two values one fact but is no reason to call them different.
   */
  placeGuessed?: boolean;
  /** The span of time a count holds for: `opening` (the first months), `whole` (throughout). */
  scope?: string;
  /** The sentence tells of a return (`came back`, `again`, `this time`): the value is not of the first of its kind. */
  returning?: boolean;
  /** The disease a count's dead died of, when its clause says (`died of plague`): `plague`. */
  cause?: string;
  /** Who tells it, when the sentence says (`the diarist`, `one descendant`): never the subject. */
  informant?: string;
  /** The land an invasion its sentence tells of was made into (`invaded Finland`, `an invasion of the Soviet Union`): a name's key. */
  invaded?: string;
  /**
   * The one day the value's sentence gives, beside the value (`On 11 March 1931 the main collapsed,
   * killing 19`): a day number, for a count or a share. Two values of sentences of the same day may be
   * of what happened that day.
   */
  day?: number;
  /**
   * The one moment (a day, a month or a year, not a range) the sentence of a count or a share gives:
   * `in November 1846 … the fourteen men killed` is not of what happened on 23 August 1851.
   */
  dated?: { low: number; high: number };
}

/** A subject the value's sentence does not say: taken from its paragraph, its heading or the paragraph before. */
export function fromContext(subject: Subject | undefined): boolean {
  return subject !== undefined && (subject.via === 'paragraph' || subject.via === 'heading' || subject.via === 'previous');
}

/**
 * A subject guessed from outside the value's paragraph (a heading, the paragraph before): it may make
 * two statements the same fact, but is no reason to call them different.
 */
export function guessedSubject(subject: Subject | undefined): boolean {
  return subject !== undefined && (subject.via === 'heading' || subject.via === 'previous');
}
