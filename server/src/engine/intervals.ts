// How a wording becomes an interval (CONTRACT.md, "Values are intervals") and when two agree.
import type { Dimension, HedgeKind, QuantityInterval } from './types.js';
import { wordTable } from './wordTable.js';

export const DAYS_PER_UNIT: Record<string, number> = wordTable({
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30.44,
  year: 365.25,
  decade: 3652.5,
  century: 36525,
  hour: 1 / 24,
  minute: 1 / 1440,
});

/**
 * A bare value covers plus or minus half its step (the place of its last non-zero digit, or its
 * smallest named unit), but never more than 10% of the value.
 */
export function bareInterval(dimension: Dimension, value: number, step: number): QuantityInterval {
  const half = Math.min(step / 2, Math.abs(value) * 0.1) || step / 2;
  return { dimension, low: value - half, high: value + half, nominal: value };
}

/** A hedge replaces the bare interval with one around the stated value. */
export function applyHedge(bare: QuantityInterval, hedge: HedgeKind): QuantityInterval {
  const v = bare.nominal;
  const floor = bare.dimension === 'fraction' || bare.dimension === 'count' || bare.dimension === 'duration' ? 0 : -Infinity;
  switch (hedge) {
    case 'approximate':
      return { ...bare, low: Math.min(bare.low, v * 0.9), high: Math.max(bare.high, v * 1.1) };
    case 'nearly':
      return { ...bare, low: v * 0.9, high: v };
    case 'over':
      return { ...bare, low: v, high: v * 1.5 };
    case 'at-least':
      return { ...bare, low: v, high: Infinity };
    case 'up-to':
      return { ...bare, low: floor, high: v };
    case 'under':
      return { ...bare, low: floor, high: v };
    case 'range':
      return bare;
  }
}

/**
 * Two values agree when their intervals overlap (after conversion to canonical units). Intervals
 * that only touch do not: `five days` (4.5 to 5.5) and `six days` (5.5 to 6.5) are different values.
 * A value with no width (`at least 40` from 40) still agrees with one that contains it.
 */
export function intervalsOverlap(a: QuantityInterval, b: QuantityInterval): boolean {
  if (a.dimension !== b.dimension) return false;
  if (a.low === a.high || b.low === b.high) return a.low <= b.high && b.low <= a.high;
  return a.low < b.high && b.low < a.high;
}

/** How many entries of an IntervalIndex share one widest end: the entries skipped at once. */
const BUCKET = 32;

/**
 * Entries by their intervals, to find those that agree with a value without reading them all: a
 * claim's value meets thousands of statements that share only its measure in a large corpus, and a
 * keystroke that changes the value asks again. Sorted by low end; each run of BUCKET entries knows
 * its highest end, so a run wholly below the value is skipped in one step.
 */
export class IntervalIndex<T> {
  private readonly entries: Array<{ item: T; interval: QuantityInterval; order: number }>;
  private readonly bucketHigh: number[] = [];

  constructor(items: Iterable<{ item: T; interval: QuantityInterval }>) {
    this.entries = Array.from(items, (e, order) => ({ ...e, order })).sort((a, b) => a.interval.low - b.interval.low || a.order - b.order);
    for (let i = 0; i < this.entries.length; i += BUCKET) {
      let high = -Infinity;
      for (let j = i; j < Math.min(i + BUCKET, this.entries.length); j++) high = Math.max(high, this.entries[j]!.interval.high);
      this.bucketHigh.push(high);
    }
  }

  /** The items whose intervals agree with `value` (intervalsOverlap), in the order they were given. */
  overlapping(value: QuantityInterval): Array<{ item: T; interval: QuantityInterval }> {
    // Past the last entry whose low end is at most the value's high end, none can overlap.
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.entries[mid]!.interval.low <= value.high) lo = mid + 1;
      else hi = mid;
    }
    const found: Array<{ item: T; interval: QuantityInterval; order: number }> = [];
    for (let b = 0; b * BUCKET < lo; b++) {
      if (this.bucketHigh[b]! < value.low) continue;
      for (let i = b * BUCKET; i < Math.min(lo, (b + 1) * BUCKET); i++) {
        const e = this.entries[i]!;
        if (intervalsOverlap(value, e.interval)) found.push(e);
      }
    }
    return found.sort((a, b) => a.order - b.order);
  }
}
