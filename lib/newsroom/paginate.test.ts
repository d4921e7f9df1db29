import { describe, expect, it } from "vitest";
import { pageWindow, paginate } from "./paginate.ts";

describe("paginate", () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  const pages = paginate(items, 20, "/archive/");

  it("splits into pages of the given size with stable URLs", () => {
    expect(pages.map((p) => [p.url, p.items.length])).toEqual([
      ["/archive/", 20],
      ["/archive/page/2/", 20],
      ["/archive/page/3/", 5],
    ]);
  });

  it("links each page to its neighbours", () => {
    expect(pages[0]?.previousUrl).toBeUndefined();
    expect(pages[0]?.nextUrl).toBe("/archive/page/2/");
    expect(pages[2]?.previousUrl).toBe("/archive/page/2/");
    expect(pages[2]?.nextUrl).toBeUndefined();
  });

  it("numbers items from the oldest for <ol reversed start>", () => {
    expect(pages.map((p) => p.firstPosition)).toEqual([45, 25, 5]);
  });

  it("still makes one empty page for an empty list", () => {
    expect(paginate([], 20, "/archive/").map((p) => p.url)).toEqual(["/archive/"]);
  });
});

describe("pageWindow", () => {
  it("shows first, last and two either side, with gaps", () => {
    expect(pageWindow(10, 40)).toEqual([1, null, 8, 9, 10, 11, 12, null, 40]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});
