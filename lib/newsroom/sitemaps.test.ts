import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Entry } from "./newsroom.ts";
import { newsSitemapEntries, sitemapDocuments } from "./sitemaps.ts";

const urls = ["/a/", "/b/", "/c/", "/d/", "/e/"].map((path) => ({ path }));

describe("sitemapDocuments", () => {
  it("writes one sitemap.xml while the site fits in one file", () => {
    expect(sitemapDocuments(urls, 5)).toEqual([{ path: "/sitemap.xml", kind: "urlset", urls }]);
  });

  it("splits into numbered files under a sitemap index past the limit", () => {
    expect(sitemapDocuments(urls, 2)).toEqual([
      { path: "/sitemap.xml", kind: "index", sitemaps: ["/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"] },
      { path: "/sitemap-1.xml", kind: "urlset", urls: urls.slice(0, 2) },
      { path: "/sitemap-2.xml", kind: "urlset", urls: urls.slice(2, 4) },
      { path: "/sitemap-3.xml", kind: "urlset", urls: urls.slice(4) },
    ]);
  });
});

describe("newsSitemapEntries", () => {
  const now = DateTime.fromISO("2026-11-27T12:00:00+03:00", { setZone: true });
  const entry = (hoursAgo: number, status: Entry["status"] = "published") =>
    ({ published: now.minus({ hours: hoursAgo }), status, url: `/${hoursAgo}/` }) as Entry;

  it("keeps the articles of the last two days only, newest first", () => {
    const entries = [entry(-5, "scheduled"), entry(1), entry(47), entry(49)];
    expect(newsSitemapEntries(entries, now).map((e) => e.url)).toEqual(["/1/", "/47/"]);
  });

  it("keeps at most 1,000", () => {
    const many = Array.from({ length: 1200 }, (_, i) => entry(i / 100));
    expect(newsSitemapEntries(many, now)).toHaveLength(1000);
  });
});
