import { describe, expect, it } from "vitest";
import { mergeTopics, normalizeTagName, tagSlug, uniqueTagNames } from "./tags.ts";

describe("tag names", () => {
  it("trims and collapses inner white space", () => {
    expect(normalizeTagName("  Human   rights\t")).toBe("Human rights");
  });

  it("transliterates Cyrillic into readable slugs", () => {
    expect(tagSlug("Репрессии")).toBe("repressii");
    expect(tagSlug("Культура и цензура")).toBe("kultura-i-tsenzura");
  });

  it("keeps the letters of scripts it cannot transliterate, and hashes only names without letters", () => {
    expect(tagSlug("中国")).toBe("中国");
    expect(tagSlug("🔥")).toBe("🔥");
    expect(tagSlug("香港 新闻")).toBe("香港-新闻");
    expect(tagSlug("???")).toMatch(/^tag-[0-9a-f]{8}$/);
  });

  it("spells out symbols that distinguish names", () => {
    expect([tagSlug("C++"), tagSlug("C#"), tagSlug("C"), tagSlug("Rock & Roll")]).toEqual([
      "c-plus-plus",
      "c-sharp",
      "c",
      "rock-and-roll",
    ]);
  });

  it("keeps one name per topic within an article, in the editor's order", () => {
    expect(uniqueTagNames(["Exile", "Courts", "exile", " EXILE "])).toEqual(["Exile", "Courts"]);
  });
});

describe("mergeTopics", () => {
  const values = (topics: ReturnType<typeof mergeTopics>) => [...topics.byKey.values()];

  it("merges names that differ in case or spacing into one topic with the most used spelling", () => {
    expect(values(mergeTopics([["Exile"], ["exile"], ["Exile"], ["Courts"]]))).toEqual([
      { slug: "courts", name: "Courts", count: 1 },
      { slug: "exile", name: "Exile", count: 3 },
    ]);
  });

  it("keeps different names apart even when their slugs collide: the oldest keeps the slug, the clash is reported", () => {
    // Newest first: "Rock and Roll" was published first.
    const topics = mergeTopics([["Rock & Roll"], ["Rock and Roll"]]);
    expect(values(topics).map((tag) => [tag.name, tag.slug])).toEqual([
      ["Rock and Roll", "rock-and-roll"],
      ["Rock & Roll", expect.stringMatching(/^rock-and-roll-[0-9a-f]{8}$/)],
    ]);
    expect(topics.clashes.map((tags) => tags.map((tag) => tag.name))).toEqual([["Rock and Roll", "Rock & Roll"]]);
    // A newer article does not move the older topic's URL.
    const later = mergeTopics([["Rock & Roll"], ["Rock & Roll"], ["Rock and Roll"]]);
    expect(later.byKey.get("rock and roll")?.slug).toBe("rock-and-roll");
  });

  it("files spellings declared alike under one topic, with the declared name", () => {
    const topics = mergeTopics([["Oil & Gas"], ["oil and gas"]], new Map([["oil & gas", "Oil and Gas"]]));
    expect(values(topics)).toEqual([{ slug: "oil-and-gas", name: "Oil and Gas", count: 2 }]);
    expect(topics.keyOf("OIL & GAS")).toBe(topics.keyOf("Oil and Gas"));
    expect(topics.clashes).toEqual([]);
  });

  it("on a tie between spellings, keeps the newest article's (the first given)", () => {
    expect(values(mergeTopics([["media"], ["Media"]]))[0]?.name).toBe("media");
    expect(values(mergeTopics([["Media"], ["media"]]))[0]?.name).toBe("Media");
    // Both in the newest article: the one it gives first, whatever older articles did.
    expect(values(mergeTopics([["MEDIA", "Media"], ["Media", "MEDIA"]]))[0]?.name).toBe("MEDIA");
  });

  it("counts an article once for a topic it gives in two spellings, and each spelling as used", () => {
    const topics = mergeTopics([["Exile", "exile"], ["exile"], ["Courts", "EXILE"]]);
    expect(values(topics).find((tag) => tag.slug === "exile")).toEqual({ slug: "exile", name: "exile", count: 3 });
  });
});
