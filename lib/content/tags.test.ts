import { describe, expect, it } from "vitest";
import { mergeTags, normalizeTagName, tagSlug, uniqueTagNames } from "./tags.ts";

describe("tag names", () => {
  it("trims and collapses inner white space", () => {
    expect(normalizeTagName("  Human   rights\t")).toBe("Human rights");
  });

  it("transliterates Cyrillic into readable slugs", () => {
    expect(tagSlug("Репрессии")).toBe("repressii");
    expect(tagSlug("Культура и цензура")).toBe("kultura-i-tsenzura");
  });

  it("gives names with nothing to transliterate a stable, non-empty slug", () => {
    const fire = tagSlug("🔥");
    expect(fire).toMatch(/^tag-[0-9a-f]{8}$/);
    expect(tagSlug("🔥")).toBe(fire);
    expect(tagSlug("中国")).toMatch(/^tag-[0-9a-f]{8}$/);
    expect(tagSlug("中国")).not.toBe(fire);
  });

  it("keeps one name per slug within an article, in the editor's order", () => {
    expect(uniqueTagNames(["Exile", "Courts", "exile", " EXILE "])).toEqual(["Exile", "Courts"]);
  });
});

describe("mergeTags", () => {
  it("merges names that differ in case or spacing into one tag with the most used spelling", () => {
    const tags = mergeTags([["Exile"], ["exile"], ["Exile"], ["Courts"]]);
    expect([...tags.values()]).toEqual([
      { slug: "exile", name: "Exile", count: 3 },
      { slug: "courts", name: "Courts", count: 1 },
    ]);
  });

  it("merges different names that reach the same slug", () => {
    const tags = mergeTags([["Rock & Roll"], ["rock and roll"]]);
    expect(tags.size).toBe(1);
    expect(tags.get("rock-and-roll")?.count).toBe(2);
  });

  it("on a tie between spellings, keeps the newest article's (the first given)", () => {
    expect(mergeTags([["media"], ["Media"]]).get("media")?.name).toBe("media");
    expect(mergeTags([["Media"], ["media"]]).get("media")?.name).toBe("Media");
  });
});
