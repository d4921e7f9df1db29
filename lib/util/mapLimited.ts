// Bounded concurrency for file work: enough calls under way to keep the disk
// busy, never so many that a 100,000-article site runs out of file handles.

/** Like Promise.all over `items.map(fn)`, with at most `limit` calls under way; results keep their order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
