// Arrays made in one elements kind, so that V8's compiled code that reads them meets one kind.

/**
 * `array.map(fn)` in an array of packed elements, whatever compiled its caller: V8's own map gives
 * packed elements run by itself and holey ones once TurboFan has compiled it into its caller, and code
 * compiled for one kind of array is dropped when it meets the other (in a new server's first edits:
 * the assembler's at a chunk's footnotes, prose.ts; a title edit's at a state's refs, titles.ts).
 * The same elements, in order.
 */
export function packedMap<T, U>(array: readonly T[], fn: (item: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < array.length; i++) out.push(fn(array[i]!));
  return out;
}
