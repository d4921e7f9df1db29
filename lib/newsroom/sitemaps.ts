// Sitemaps: every indexable page, split into files of at most 50,000 URLs under
// a sitemap index when the site outgrows one file; and the Google News sitemap,
// the articles of the last two days only (at most 1,000).
import type { DateTime } from "luxon";
import type { Entry } from "./newsroom.ts";

export const SITEMAP_URL_LIMIT = 50_000;
export const NEWS_SITEMAP_LIMIT = 1_000;
export const NEWS_SITEMAP_DAYS = 2;

export interface SitemapUrl {
  path: string;
  lastmod?: DateTime;
}

export type SitemapDocument =
  | { path: string; kind: "urlset"; urls: SitemapUrl[] }
  | { path: string; kind: "index"; sitemaps: string[] };

export function sitemapDocuments(urls: readonly SitemapUrl[], limit = SITEMAP_URL_LIMIT): SitemapDocument[] {
  if (urls.length <= limit) return [{ path: "/sitemap.xml", kind: "urlset", urls: [...urls] }];
  const parts: SitemapDocument[] = [];
  for (let start = 0; start < urls.length; start += limit) {
    parts.push({ path: `/sitemap-${parts.length + 1}.xml`, kind: "urlset", urls: urls.slice(start, start + limit) });
  }
  return [{ path: "/sitemap.xml", kind: "index", sitemaps: parts.map((p) => p.path) }, ...parts];
}

/** Articles published in the last two days before `now`, newest first. */
export function newsSitemapEntries(entries: readonly Entry[], now: DateTime): Entry[] {
  const since = now.minus({ days: NEWS_SITEMAP_DAYS });
  return entries
    .filter((e) => e.status === "published" && e.published >= since && e.published <= now)
    .slice(0, NEWS_SITEMAP_LIMIT);
}
