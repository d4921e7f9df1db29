// Sitemaps: every indexable page, split into files of at most 50,000 URLs under
// a sitemap index when the site outgrows one file (a file per year); and the Google News sitemap,
// the articles of the last two days only (at most 1,000).
import type { DateTime } from "luxon";
import type { Entry } from "./newsroom.ts";

export const SITEMAP_URL_LIMIT = 50_000;
export const NEWS_SITEMAP_LIMIT = 1_000;
export const NEWS_SITEMAP_DAYS = 2;

export interface SitemapUrl {
  path: string;
  lastmod?: DateTime;
  /** The same page in every language it has, this one included (hreflang): a translated article, a section's front. */
  alternates?: readonly Alternate[];
}

/** A page in one language: `hreflang` and where it is. */
export interface Alternate {
  language: string;
  path: string;
}

export type SitemapDocument =
  | { path: string; kind: "urlset"; urls: SitemapUrl[] }
  | { path: string; kind: "index"; sitemaps: string[] };

/**
 * One sitemap.xml while the site fits in one file. Past that, a sitemap index
 * over a file per year of the archive (`/sitemap-2026.xml`: the articles and
 * archive pages under `/2026/`) and one for every other page
 * (`/sitemap-pages.xml`), each numbered (`-1`, `-2`) only if it alone outgrows
 * the limit. Grouped by year rather than cut every 50,000 URLs so that a new
 * article changes its year's file only: cut by count, every URL after it moves
 * one place and every file is written again (lib/incremental/).
 */
export function sitemapDocuments(urls: readonly SitemapUrl[], limit = SITEMAP_URL_LIMIT, root = "/"): SitemapDocument[] {
  // Each edition has its own, at its place (`/ru/sitemap.xml`), listing its own pages.
  if (urls.length <= limit) return [{ path: `${root}sitemap.xml`, kind: "urlset", urls: [...urls] }];
  const groups = new Map<string, SitemapUrl[]>([[PAGES_GROUP, []]]);
  for (const url of urls) {
    const group = sitemapGroup(url.path.slice(root.length - 1));
    const members = groups.get(group);
    if (members) members.push(url);
    else groups.set(group, [url]);
  }
  const files: SitemapDocument[] = [];
  const ordered = [...groups].sort(([a], [b]) => (a === PAGES_GROUP ? -1 : b === PAGES_GROUP ? 1 : b.localeCompare(a)));
  for (const [group, members] of ordered) {
    if (members.length === 0) continue;
    if (members.length <= limit) {
      files.push({ path: `${root}sitemap-${group}.xml`, kind: "urlset", urls: members });
      continue;
    }
    for (let start = 0, n = 1; start < members.length; start += limit, n++) {
      files.push({ path: `${root}sitemap-${group}-${n}.xml`, kind: "urlset", urls: members.slice(start, start + limit) });
    }
  }
  return [{ path: `${root}sitemap.xml`, kind: "index", sitemaps: files.map((file) => file.path) }, ...files];
}

const PAGES_GROUP = "pages";

/** The year a URL is filed under (`/2026/11/27/slug/` → `2026`), or `pages` for the rest of the site. */
function sitemapGroup(path: string): string {
  return /^\/(\d{4})\//.exec(path)?.[1] ?? PAGES_GROUP;
}

/** Articles published in the last two days before `now`, newest first. */
export function newsSitemapEntries(entries: readonly Entry[], now: DateTime): Entry[] {
  const since = now.minus({ days: NEWS_SITEMAP_DAYS });
  return entries
    .filter((e) => e.status === "published" && e.published >= since && e.published <= now)
    .slice(0, NEWS_SITEMAP_LIMIT);
}
