// Frames in one shape, for comparing. Frames are built by many paths (a clause's reading, a table's
// row, a reference back, a heading), each setting the slots it knows in its own order, so a corpus's
// frames come in dozens of object shapes. A function that reads the same slot of frames of many
// shapes reads it by a slow generic lookup: comparing a claim's frame with the 1,748 groups of a
// length's measure in the bench's corpus took 4–8 µs a group, and 1.3–2.4 µs with both frames in one
// shape. The shaped copy has every slot, in one order, with the same values (undefined where the
// frame has none), and holds the same arrays: identity reads it exactly as it reads the frame.
import { packedMap } from './packed.js';
import type { Endpoint, EventRef, FactFrame, Measure, Subject } from './frames/types.js';

/**
 * Every slot of T, present: a slot added to a frame's type is a compile error here until the shaped
 * copy holds it too (a copy without it would compare as if the frame had none).
 */
type EverySlot<T> = { [K in keyof Required<T>]: T[K] | undefined };

/** The ref in one shape; with another key and text, when given (a copy is made, never written over). */
export function shapedRef(ref: EventRef, key = ref.key, text = ref.text): EventRef {
  const shaped: EverySlot<EventRef> = {
    type: ref.type, word: ref.word, key, ordinal: ref.ordinal, year: ref.year, text, when: ref.when, told: ref.told,
    guessed: ref.guessed, local: ref.local, reached: ref.reached, owner: ref.owner,
  };
  return shaped as EventRef;
}

function shapedEndpoint(end: Endpoint | undefined): Endpoint | undefined {
  if (end === undefined) return undefined;
  const shaped: EverySlot<Endpoint> = { ref: end.ref === undefined ? undefined : shapedRef(end.ref), phase: end.phase, text: end.text, place: end.place };
  return shaped as Endpoint;
}

function shapedMeasure(measure: Measure): Measure {
  const shaped: EverySlot<Measure> = { kind: measure.kind, thing: measure.thing, from: shapedEndpoint(measure.from), to: shapedEndpoint(measure.to) };
  return shaped;
}

/**
 * Refs in one shape, in an array of packed elements: V8's Array.prototype.map gives packed elements
 * run by itself and holey ones compiled into its caller, and code that had met one kind of refs array
 * was dropped at the other.
 */
export function shapedRefs(refs: readonly EventRef[], shape: (ref: EventRef) => EventRef = shapedRef): EventRef[] {
  return packedMap(refs, shape);
}

/** The subject in one shape; with other refs, when given (already shaped). */
export function shapedSubject(subject: Subject | undefined, refs = subject && shapedRefs(subject.refs)): Subject | undefined {
  if (subject === undefined) return undefined;
  const shaped: EverySlot<Subject> = { refs: refs!, via: subject.via, combined: subject.combined, last: subject.last };
  return shaped as Subject;
}

/** The frame with every slot present, in one order, and the same values: what comparing reads. */
export function shapedFrame(frame: FactFrame, subject = shapedSubject(frame.subject)): FactFrame {
  const shaped: EverySlot<FactFrame> = {
    dimension: frame.dimension, measure: shapedMeasure(frame.measure), subject, sides: frame.sides,
    agents: frame.agents, forceOf: frame.forceOf, group: frame.group, place: frame.place, placeGuessed: frame.placeGuessed,
    scope: frame.scope, returning: frame.returning, cause: frame.cause, informant: frame.informant, invaded: frame.invaded, day: frame.day, dated: frame.dated,
  };
  return shaped as FactFrame;
}
