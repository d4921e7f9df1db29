import { describe, expect, it } from "vitest";
import { DEFAULT_PAGES_PER_PART, pagesPerSearchPart, searchParts } from "./searchParts.ts";

/** `count` article URLs in `month` (`2026/11`), as the newsroom lists them. */
const month = (month: string, count: number) => Array.from({ length: count }, (_, i) => `/${month}/01/a${i}/`);

describe("searchParts", () => {
  it("keeps a small site in one index at /pagefind/", () => {
    const urls = [...month("2026/11", 300), ...month("2026/10", 400), ...month("2024/03", 300)];
    expect(searchParts(urls, DEFAULT_PAGES_PER_PART)).toEqual([{ path: "/pagefind/", folders: ["2026/11", "2026/10", "2024/03"] }]);
    // One more article, and the newest months (up to 100 articles) have a part of their own.
    const parts = searchParts([...month("2026/12", 1), ...urls], DEFAULT_PAGES_PER_PART);
    expect(parts.map((part) => part.folders)).toEqual([["2026/12"], ["2026/11", "2026/10", "2024/03"]]);
  });

  it("keeps the newest part to a few recent months, so a push indexes those again, not the archive", () => {
    const urls = [...month("2026/11", 40), ...month("2026/10", 50), ...month("2026/09", 300), ...month("2025/12", 3000)];
    expect(searchParts(urls, DEFAULT_PAGES_PER_PART)).toEqual([
      { path: "/pagefind/", folders: ["2026/11", "2026/10"] },
      { path: "/pagefind-2025-12-2026-09/", folders: ["2026/09", "2025/12"] },
    ]);
    // A month larger than the newest part's size is the newest part alone.
    expect(searchParts([...month("2026/11", 2500), ...month("2026/10", 10)], DEFAULT_PAGES_PER_PART).map((part) => part.folders)).toEqual([["2026/11"], ["2026/10"]]);
  });

  it("groups the older months from the oldest, none over the limit, so their bounds stay put as new months come", () => {
    const older = [...month("2025/05", 5), ...month("2025/04", 3), ...month("2025/03", 2), ...month("2025/02", 6), ...month("2025/01", 4)];
    expect(searchParts([...month("2026/01", 4), ...older], 10, 4)).toEqual([
      { path: "/pagefind/", folders: ["2026/01"] },
      { path: "/pagefind-2025-03-2025-05/", folders: ["2025/05", "2025/04", "2025/03"] },
      { path: "/pagefind-2025-01-2025-02/", folders: ["2025/02", "2025/01"] },
    ]);
    // A new month moves 2026/01 out of the newest part; the older parts stay as they were.
    const next = searchParts([...month("2026/02", 4), ...month("2026/01", 4), ...older], 10, 4);
    expect(next.map((part) => part.path)).toEqual(["/pagefind/", "/pagefind-2026-01/", "/pagefind-2025-03-2025-05/", "/pagefind-2025-01-2025-02/"]);
  });

  it("gives a month larger than the limit a part of its own rather than splitting it", () => {
    const parts = searchParts([...month("2026/03", 2), ...month("2026/02", 25), ...month("2026/01", 2)], 10, 2);
    expect(parts.map((part) => part.folders)).toEqual([["2026/03"], ["2026/02"], ["2026/01"]]);
  });

  it("still has a first part when there is nothing to index", () => {
    expect(searchParts([], 10)).toEqual([{ path: "/pagefind/", folders: [] }]);
  });
});

describe("pagesPerSearchPart", () => {
  it("reads BROADSIDE_SEARCH_PART_PAGES and refuses what is not a page count", () => {
    expect(pagesPerSearchPart({})).toBe(DEFAULT_PAGES_PER_PART);
    expect(pagesPerSearchPart({ BROADSIDE_SEARCH_PART_PAGES: "25" })).toBe(25);
    expect(() => pagesPerSearchPart({ BROADSIDE_SEARCH_PART_PAGES: "0" })).toThrow(/BROADSIDE_SEARCH_PART_PAGES .* not "0"/);
    expect(() => pagesPerSearchPart({ BROADSIDE_SEARCH_PART_PAGES: "lots" })).toThrow(/not "lots"/);
  });
});
