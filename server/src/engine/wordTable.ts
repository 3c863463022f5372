// Tables looked up by a word of the text. A plain object literal answers `constructor`, `toString`
// or `__proto__` from its prototype (`a constructor` read as a number); these tables have none.

/**
 * The first words of a table's two-word forms (`broke` of `broke_out`, `gave` of `gave way`), split at
 * `separator`, which no word holds: a pair's key need be made and looked up only after one of them.
 */
export function pairOpeners(keys: Iterable<string>, separator: string): ReadonlySet<string> {
  return new Set([...keys].filter((k) => k.includes(separator)).map((k) => k.slice(0, k.indexOf(separator))));
}

/** A lookup table by word with no inherited keys: `'constructor' in table` is false. */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
