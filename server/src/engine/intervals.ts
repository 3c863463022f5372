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
  second: 1 / 86400,
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

/**
 * Items with their intervals, to find those that agree with a value in one tight pass: a claim's value
 * meets thousands of statements that share only its measure in a large corpus, and each keystroke that
 * changes the value asks again. The ends are kept side by side in typed arrays (a pass over 5,000 is
 * some microseconds); only those whose ends reach the value are compared exactly.
 */
export class IntervalTable<T> {
  private readonly items: T[] = [];
  private readonly intervals: QuantityInterval[] = [];
  private readonly lows: Float64Array;
  private readonly highs: Float64Array;

  constructor(entries: ReadonlyArray<{ item: T; interval: QuantityInterval }>) {
    this.lows = new Float64Array(entries.length);
    this.highs = new Float64Array(entries.length);
    entries.forEach(({ item, interval }, i) => {
      this.items.push(item);
      this.intervals.push(interval);
      this.lows[i] = interval.low;
      this.highs[i] = interval.high;
    });
  }

  /** Every item, in the order given. */
  all(): Array<{ item: T; interval: QuantityInterval }> {
    return this.items.map((item, i) => ({ item, interval: this.intervals[i]! }));
  }

  /** Calls `fn` with every item and its interval, in the order given (without making a list). */
  forEach(fn: (item: T, interval: QuantityInterval) => void): void {
    for (let i = 0; i < this.items.length; i++) fn(this.items[i]!, this.intervals[i]!);
  }

  /** The items whose intervals agree with `value` (intervalsOverlap), in the order given. */
  overlapping(value: QuantityInterval): Array<{ item: T; interval: QuantityInterval }> {
    const found: Array<{ item: T; interval: QuantityInterval }> = [];
    const { lows, highs } = this;
    for (let i = 0; i < lows.length; i++) {
      if (lows[i]! <= value.high && highs[i]! >= value.low && intervalsOverlap(value, this.intervals[i]!)) found.push({ item: this.items[i]!, interval: this.intervals[i]! });
    }
    return found;
  }
}
