// "Read more": for each article, the articles sharing the most tag weight, where a
// rarer tag weighs more (inverse document frequency), newer first on ties, never
// the article itself; topped up with the latest articles where too few relate.
// Computed once per build for all articles, not per page.

/** Articles in newest-first order, each with the slugs of its tags. */
export interface RankInput {
  tagSlugs: readonly string[];
}

export function rankRelated(articles: readonly RankInput[], count: number): number[][] {
  const postings = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const slug of article.tagSlugs) {
      let list = postings.get(slug);
      if (!list) postings.set(slug, (list = []));
      list.push(index);
    }
  });
  const total = articles.length;
  const weight = new Map<string, number>();
  for (const [slug, list] of postings) weight.set(slug, Math.log((total + 1) / list.length));

  const scores = new Float64Array(total);
  return articles.map((article, self) => {
    const touched: number[] = [];
    for (const slug of article.tagSlugs) {
      const w = weight.get(slug) ?? 0;
      for (const other of postings.get(slug) ?? []) {
        if (other === self) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + w;
      }
    }
    // Indices are newest first, so sorting ties by index puts newer articles first.
    touched.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    const chosen = touched.slice(0, count);
    for (const index of touched) scores[index] = 0;
    for (let latest = 0; chosen.length < count && latest < total; latest++) {
      if (latest !== self && !chosen.includes(latest)) chosen.push(latest);
    }
    return chosen;
  });
}
