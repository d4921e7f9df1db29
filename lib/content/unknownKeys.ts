// Front matter keys nobody reads. A misspelt `draft` that is silently dropped
// publishes the draft, so a key the contract does not know is an error, with the
// key the editor most likely meant.

/** Words editors bring from other systems, and the key that means it here. */
const MEANT: Record<string, string> = {
  authors: "author",
  byline: "author",
  tag: "tags",
  topics: "tags",
  categories: "tags",
  category: "tags",
  description: "summary",
  excerpt: "summary",
  lede: "summary",
  headline: "title",
  published: "date",
  pubdate: "date",
  modified: "updated",
  lastmod: "updated",
  alias: "aliases",
  redirect_from: "aliases",
  correction: "corrections",
  unpublished: "draft",
};

export interface UnknownKey {
  key: string;
  message: string;
}

/** Keys of `group` that are not in `known`, in the order written, each with advice. */
export function unknownKeys(group: Record<string, unknown>, known: readonly string[]): UnknownKey[] {
  const knownSet = new Set(known);
  return Object.keys(group)
    .filter((key) => !knownSet.has(key))
    .map((key) => ({ key, message: advice(key, known) }));
}

function advice(key: string, known: readonly string[]): string {
  const lower = key.toLowerCase();
  if (known.includes(lower)) return `is not a known field: keys are lower case, write \`${lower}\``;
  const meant = MEANT[lower];
  if (meant && known.includes(meant)) return `is not a known field: did you mean \`${meant}\`?`;
  const close = closest(lower, known);
  if (close) return `is not a known field: did you mean \`${close}\`?`;
  return `is not a known field (known: ${known.join(", ")}); a field the build does not read is refused rather than ignored`;
}

/** The closest known key within a slip or two (a swap counts as one), if there is one. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: [string, number] | undefined;
  for (const candidate of known) {
    const distance = editDistance(key, candidate);
    // One slip in a short key, two in a longer one: `note` is not a misspelt `date`.
    const allowed = candidate.length <= 4 ? 1 : 2;
    if (distance <= allowed && (!best || distance < best[1])) best = [candidate, distance];
  }
  return best?.[0];
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}
