import { describe, expect, it } from "vitest";
import { DEFAULT_PAGES_PER_PART, pagesPerSearchPart, searchParts } from "./searchParts.ts";

/** `count` article URLs in `year`, as the newsroom lists them. */
const year = (year: number, count: number) => Array.from({ length: count }, (_, i) => `/${year}/01/01/a${i}/`);

describe("searchParts", () => {
  it("keeps a small site in one index at /pagefind/", () => {
    const urls = [...year(2026, 300), ...year(2025, 400), ...year(2024, 300)];
    expect(searchParts(urls, DEFAULT_PAGES_PER_PART)).toEqual([{ path: "/pagefind/", folders: ["2026", "2025", "2024"] }]);
  });

  it("keeps the newest part small, so a push indexes a few recent years again, not the archive", () => {
    const urls = [...year(2026, 400), ...year(2025, 500), ...year(2024, 300), ...year(2023, 3000)];
    expect(searchParts(urls, DEFAULT_PAGES_PER_PART)).toEqual([
      { path: "/pagefind/", folders: ["2026", "2025"] },
      { path: "/pagefind-2023-2024/", folders: ["2024", "2023"] },
    ]);
    expect(searchParts([...year(2026, 2500), ...year(2025, 10)], DEFAULT_PAGES_PER_PART).map((part) => part.folders)).toEqual([["2026"], ["2025"]]);
  });

  it("splits a large archive into spans of whole years, newest first, none over the limit", () => {
    const urls = [...year(2026, 4), ...year(2025, 5), ...year(2024, 3), ...year(2023, 2), ...year(2022, 6)];
    expect(searchParts(urls, 10)).toEqual([
      { path: "/pagefind/", folders: ["2026", "2025"] },
      { path: "/pagefind-2023-2024/", folders: ["2024", "2023"] },
      { path: "/pagefind-2022/", folders: ["2022"] },
    ]);
  });

  it("gives a year larger than the limit a part of its own rather than splitting it", () => {
    const parts = searchParts([...year(2026, 2), ...year(2025, 25), ...year(2024, 2)], 10);
    expect(parts.map((part) => part.folders)).toEqual([["2026"], ["2025"], ["2024"]]);
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
