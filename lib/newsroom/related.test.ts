import { describe, expect, it } from "vitest";
import { rankRelated } from "./related.ts";

// Inputs are newest first: index 0 is the newest article.
const input = (...tagLists: string[][]) => tagLists.map((tagSlugs) => ({ tagSlugs }));

describe("rankRelated", () => {
  it("ranks a shared rare tag above a shared common one", () => {
    const articles = input(
      ["politics", "floods"], // 0: the article we ask about
      ["politics"], // 1: shares only the common tag, and is newer
      ["floods"], // 2: shares the rare tag
      ["politics"],
      ["politics"],
    );
    expect(rankRelated(articles, 2)[0]).toEqual([2, 1]);
  });

  it("offers only earlier articles, newer first when scores tie, never the article itself", () => {
    const articles = input(["a"], ["a"], ["a"], ["a"]);
    expect(rankRelated(articles, 4)[0]).toEqual([1, 2, 3]);
    expect(rankRelated(articles, 4)[2]).toEqual([3]);
    expect(rankRelated(articles, 4)[3]).toEqual([]);
  });

  it("fills with the latest earlier articles when too few relate", () => {
    const articles = input(["a"], ["b"], ["c"], ["a"]);
    // Article 0 shares "a" with 3; then the latest earlier ones: 1, 2.
    expect(rankRelated(articles, 3)[0]).toEqual([3, 1, 2]);
    // Article 1 relates to nothing earlier: the latest earlier articles.
    expect(rankRelated(articles, 2)[1]).toEqual([2, 3]);
  });

  it("counts several shared tags together", () => {
    const articles = input(["a", "b"], ["a"], ["a", "b"], ["b"]);
    expect(rankRelated(articles, 1)[0]).toEqual([2]);
  });

  it("changes no older article's list when a new article is published", () => {
    const before = input(["a", "b"], ["a"], ["b", "c"], ["a", "c"], ["c"], ["a"]);
    const after = [{ tagSlugs: ["a", "c"] }, ...before]; // the new article is the newest, index 0
    const shifted = (lists: number[][]) => lists.map((list) => list.map((i) => i + 1));
    expect(rankRelated(after, 3).slice(1)).toEqual(shifted(rankRelated(before, 3)));
  });
});

describe("rankRelated at newsroom scale", () => {
  // The definition, spelled out: score every earlier article sharing a tag, with tag weights
  // counted over the article and those before it; sort; top up with the latest earlier ones.
  function everyone(articles: { tagSlugs: string[] }[], count: number): number[][] {
    return articles.map((article, self) => {
      const upToSelf = articles.slice(self);
      const df = (slug: string) => upToSelf.filter((a) => a.tagSlugs.includes(slug)).length;
      const weight = (slug: string) => Math.log((upToSelf.length + 1) / df(slug));
      const scored = articles
        .map((other, index) => {
          let score = 0;
          for (const slug of article.tagSlugs) if (other.tagSlugs.includes(slug)) score += weight(slug);
          return { index, score };
        })
        .filter((c) => c.index > self && c.score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .map((c) => c.index)
        .slice(0, count);
      for (let earlier = self + 1; scored.length < count && earlier < articles.length; earlier++) {
        if (!scored.includes(earlier)) scored.push(earlier);
      }
      return scored;
    });
  }

  it("gives exactly what scoring every article gives, with popular, rare and equally common tags", () => {
    let state = 42;
    const next = () => (state = (state * 16807) % 2147483647) / 2147483647;
    // Zipf-like popularity: tag k is picked with weight 1/k, so many tags tie in size.
    const tags = Array.from({ length: 60 }, (_, k) => `t${k}`);
    const cumulative: number[] = [];
    tags.reduce((sum, _, k) => (cumulative.push(sum + 1 / (k + 1)), sum + 1 / (k + 1)), 0);
    const pick = () => tags[cumulative.findIndex((c) => c >= next() * (cumulative.at(-1) ?? 1))] ?? "t0";
    const articles = Array.from({ length: 600 }, () => {
      const wanted = Math.floor(next() * 5); // 0 to 4 tags
      const chosen = new Set<string>();
      while (chosen.size < wanted) chosen.add(pick());
      return { tagSlugs: [...chosen] };
    });
    // One article with more tags than the subset method takes.
    articles[7] = { tagSlugs: tags.slice(0, 12) };
    for (const count of [1, 4, 6]) expect(rankRelated(articles, count)).toEqual(everyone(articles, count));
  });

  it("breaks ties between different shared tags of equal weight by recency alone", () => {
    // Every tag on exactly the same number of articles: sharing t0 only and sharing t1 only score the same.
    const articles = Array.from({ length: 60 }, (_, i) => ({ tagSlugs: [`t${i % 6}`, `t${(i + 1) % 6}`] }));
    for (const count of [3, 8, 12]) expect(rankRelated(articles, count)).toEqual(everyone(articles, count));
  });
});
