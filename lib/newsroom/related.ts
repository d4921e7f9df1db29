// "Read more": for each article, the earlier articles sharing the most tag weight,
// where a rarer tag weighs more (inverse document frequency), newer first on
// ties; topped up with the latest earlier articles where too few relate.
// Computed once per build for all articles, not per page.
//
// Only articles published before the one shown are offered, and tag weights are
// counted over those articles too, so an article's "Read more" depends on the
// archive as it stood when it was published: publishing a new article never
// changes the pages of older ones (a push stays local), and an older article
// never points readers forward to a story that overtook it.
//
// Scoring every article that shares a tag is quadratic in the size of the popular
// tags: a tag on a tenth of 100,000 articles makes 10,000 candidates for each of
// them (64 s at 100,000 articles). But all articles sharing exactly the same
// subset of an article's tags score the same, so the list is made group by group,
// best-scoring subset first, taking each group's newest members: a walk down one
// tag's timeline that stops as soon as enough are found. Same result, a fraction
// of the work (related.test.ts checks it against scoring everyone).

/** Articles in newest-first order, each with the slugs of its tags. */
export interface RankInput {
  tagSlugs: readonly string[];
}

/** Past this many tags an article's 2^n subsets cost more than scoring everyone. */
const MAX_SUBSET_TAGS = 10;

/**
 * For each article (newest first), the indices of its related ones. With
 * `newest`, only the first `newest` articles are ranked (the others get an
 * empty list): an incremental build keeps the older ones' lists, which nothing
 * newer can change.
 */
export function rankRelated(articles: readonly RankInput[], count: number, newest = articles.length): number[][] {
  const postings = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const slug of article.tagSlugs) {
      let list = postings.get(slug);
      if (!list) postings.set(slug, (list = []));
      list.push(index); // ascending: newest first
    }
  });
  const total = articles.length;
  return articles.map((article, self) => {
    if (self >= newest) return [];
    // Weights as the archive stood when this article was published: it and the older ones.
    const weight = new Map<string, number>();
    for (const slug of article.tagSlugs) {
      const list = postings.get(slug) ?? [];
      weight.set(slug, Math.log((total - self + 1) / (list.length - firstAtOrAfter(list, self))));
    }
    const index = { articles, postings, weight };
    const chosen =
      article.tagSlugs.length > MAX_SUBSET_TAGS
        ? scoreEveryone(index, self, count)
        : bySharedSubset(index, self, count);
    for (let earlier = self + 1; chosen.length < count && earlier < total; earlier++) {
      if (!chosen.includes(earlier)) chosen.push(earlier);
    }
    return chosen;
  });
}

/** The position in an ascending list of the first index at or after `index`. */
function firstAtOrAfter(list: readonly number[], index: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

interface TagIndex {
  articles: readonly RankInput[];
  postings: ReadonlyMap<string, readonly number[]>;
  /** This article's tags, weighted over it and the articles before it. */
  weight: ReadonlyMap<string, number>;
}

function bySharedSubset({ articles, postings, weight }: TagIndex, self: number, count: number): number[] {
  const tags = articles[self]?.tagSlugs ?? [];
  // Every non-empty subset of the article's tags (bit i: tags[i]), with the score of
  // sharing exactly it, summed in the article's tag order as scoreEveryone does.
  const subsets: { mask: number; score: number }[] = [];
  for (let mask = 1; mask < 1 << tags.length; mask++) {
    let score = 0;
    tags.forEach((slug, i) => {
      if (mask & (1 << i)) score += weight.get(slug) ?? 0;
    });
    subsets.push({ mask, score });
  }
  subsets.sort((a, b) => b.score - a.score);

  /** The newest `limit` earlier articles whose tags include exactly this subset of ours. */
  const newestSharing = (mask: number, limit: number): number[] => {
    let walk: readonly number[] = [];
    let from = 0;
    tags.forEach((slug, i) => {
      if (!(mask & (1 << i))) return;
      const list = postings.get(slug) ?? [];
      const start = firstAtOrAfter(list, self + 1);
      if (walk.length === 0 || list.length - start < walk.length - from) [walk, from] = [list, start];
    });
    const found: number[] = [];
    for (let at = from; at < walk.length; at++) {
      const other = walk[at] as number;
      const theirs = articles[other]?.tagSlugs ?? [];
      let exactly = true;
      for (let i = 0; exactly && i < tags.length; i++) exactly = theirs.includes(tags[i] as string) === ((mask & (1 << i)) !== 0);
      if (exactly && found.push(other) === limit) break;
    }
    return found;
  };

  const chosen: number[] = [];
  for (let at = 0; at < subsets.length && chosen.length < count; ) {
    // Subsets that score the same (tags of equal weight) compete on recency alone.
    const need = count - chosen.length;
    const tied: number[] = [];
    const score = subsets[at]?.score;
    for (; at < subsets.length && subsets[at]?.score === score; at++) tied.push(...newestSharing(subsets[at]?.mask ?? 0, need));
    chosen.push(...tied.sort((a, b) => a - b).slice(0, need));
  }
  return chosen;
}

/** Scores every earlier article sharing a tag; for articles with very many tags. */
function scoreEveryone({ articles, postings, weight }: TagIndex, self: number, count: number): number[] {
  const scores = new Map<number, number>();
  for (const slug of articles[self]?.tagSlugs ?? []) {
    const w = weight.get(slug) ?? 0;
    const list = postings.get(slug) ?? [];
    for (let at = firstAtOrAfter(list, self + 1); at < list.length; at++) {
      const other = list[at] as number;
      scores.set(other, (scores.get(other) ?? 0) + w);
    }
  }
  // Indices are newest first, so sorting ties by index puts newer articles first.
  return [...scores.keys()].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b).slice(0, count);
}
