import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Entry } from "./newsroom.ts";
import { newsSitemapEntries, sitemapDocuments } from "./sitemaps.ts";

const urls = ["/a/", "/b/", "/c/", "/d/", "/e/"].map((path) => ({ path }));

describe("sitemapDocuments", () => {
  it("writes one sitemap.xml while the site fits in one file", () => {
    expect(sitemapDocuments(urls, 5)).toEqual([{ path: "/sitemap.xml", kind: "urlset", urls }]);
  });

  it("past the limit, files a sitemap per year under an index, the other pages first and the newest year next", () => {
    const paths = ["/", "/2026/11/02/b/", "/2026/11/01/a/", "/tags/x/", "/2025/03/01/c/", "/2026/"];
    const documents = sitemapDocuments(paths.map((path) => ({ path })), 5);
    expect(documents.map((doc) => (doc.kind === "index" ? doc.sitemaps : doc.urls.map((url) => url.path)))).toEqual([
      ["/sitemap-pages.xml", "/sitemap-2026.xml", "/sitemap-2025.xml"],
      ["/", "/tags/x/"],
      ["/2026/11/02/b/", "/2026/11/01/a/", "/2026/"],
      ["/2025/03/01/c/"],
    ]);
    expect(documents.map((doc) => doc.path)).toEqual(["/sitemap.xml", "/sitemap-pages.xml", "/sitemap-2026.xml", "/sitemap-2025.xml"]);
  });

  it("numbers the files of a year that alone outgrows the limit", () => {
    const year = ["/2026/01/01/a/", "/2026/01/02/b/", "/2026/01/03/c/"].map((path) => ({ path }));
    const documents = sitemapDocuments([{ path: "/" }, ...year], 2);
    expect(documents[0]).toEqual({ path: "/sitemap.xml", kind: "index", sitemaps: ["/sitemap-pages.xml", "/sitemap-2026-1.xml", "/sitemap-2026-2.xml"] });
    expect(documents.slice(2)).toEqual([
      { path: "/sitemap-2026-1.xml", kind: "urlset", urls: year.slice(0, 2) },
      { path: "/sitemap-2026-2.xml", kind: "urlset", urls: year.slice(2) },
    ]);
  });

  it("adding an article changes only its year's file", () => {
    const before = ["/", "/2025/01/01/a/", "/2024/01/01/b/", "/2024/02/01/c/"].map((path) => ({ path }));
    const after = [{ path: "/" }, { path: "/2025/06/01/new/" }, ...before.slice(1)];
    const changed = (a: ReturnType<typeof sitemapDocuments>, b: ReturnType<typeof sitemapDocuments>) =>
      b.filter((doc) => JSON.stringify(doc) !== JSON.stringify(a.find((other) => other.path === doc.path))).map((doc) => doc.path);
    expect(changed(sitemapDocuments(before, 2), sitemapDocuments(after, 2))).toEqual(["/sitemap-2025.xml"]);
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
