import { describe, expect, it } from "vitest";
import { pageWindow, paginate } from "./paginate.ts";

// Newest first, as lists are: 45 is the newest, 1 the oldest.
const newestFirst = (count: number) => Array.from({ length: count }, (_, i) => count - i);

describe("paginate", () => {
  const pages = paginate(newestFirst(45), 20, "/archive/");

  it("shows the newest at the front and numbers whole pages from the oldest", () => {
    expect(pages.map((p) => [p.url, p.number, p.front, p.items[0], p.items.at(-1)])).toEqual([
      ["/archive/", 3, true, 45, 26],
      ["/archive/page/2/", 2, false, 40, 21],
      ["/archive/page/1/", 1, false, 20, 1],
    ]);
  });

  it("links each page to the next newer and older one", () => {
    expect(pages.map((p) => [p.newerUrl, p.olderUrl])).toEqual([
      [undefined, "/archive/page/2/"],
      ["/archive/", "/archive/page/1/"],
      ["/archive/page/2/", undefined],
    ]);
  });

  it("numbers items from the oldest for <ol reversed start>", () => {
    expect(pages.map((p) => p.firstPosition)).toEqual([45, 40, 20]);
  });

  it("leaves every numbered page as it was when articles are published", () => {
    const later = paginate(newestFirst(61), 20, "/archive/");
    const byUrl = new Map(later.map((p) => [p.url, p.items]));
    for (const page of pages.filter((p) => !p.front)) expect(byUrl.get(page.url), page.url).toEqual(page.items);
    expect(later.map((p) => p.url)).toEqual(["/archive/", "/archive/page/3/", "/archive/page/2/", "/archive/page/1/"]);
  });

  it("makes one front page, and no numbered one, for a list shorter than a page", () => {
    expect(paginate(newestFirst(7), 20, "/archive/").map((p) => [p.url, p.items.length])).toEqual([["/archive/", 7]]);
    expect(paginate([], 20, "/archive/").map((p) => p.url)).toEqual(["/archive/"]);
  });
});

describe("pageWindow", () => {
  it("shows first, last and two either side, with gaps", () => {
    expect(pageWindow(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});
