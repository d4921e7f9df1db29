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

  it("puts newer articles first when scores tie, and never the article itself", () => {
    const articles = input(["a"], ["a"], ["a"], ["a"]);
    expect(rankRelated(articles, 4)[2]).toEqual([0, 1, 3]);
  });

  it("fills with the latest articles when too few relate", () => {
    const articles = input(["a"], ["b"], ["c"], ["a"]);
    // Article 3 shares "a" with 0; then the latest others: 1, 2.
    expect(rankRelated(articles, 3)[3]).toEqual([0, 1, 2]);
    // Article 1 relates to nothing: the latest articles.
    expect(rankRelated(articles, 2)[1]).toEqual([0, 2]);
  });

  it("counts several shared tags together", () => {
    const articles = input(["a", "b"], ["a"], ["a", "b"], ["b"]);
    expect(rankRelated(articles, 1)[0]).toEqual([2]);
  });
});
