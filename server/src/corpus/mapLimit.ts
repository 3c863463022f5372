// The one way the server and the command line run many file reads (or cache reads) at once.

/**
 * Maps with at most `limit` calls running at once; the results keep the order of `items`, so the
 * outcome is as if the calls had run one by one.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  }));
  return out;
}
