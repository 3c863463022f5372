// Tables looked up by a word of the text. A plain object literal answers `constructor`, `toString`
// or `__proto__` from its prototype (`a constructor` read as a number); these tables have none.

/** A lookup table by word with no inherited keys: `'constructor' in table` is false. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
