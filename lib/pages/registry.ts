// The page families Broadside writes itself, in the order they are written. A
// new family (say, a section front) is a module in lib/pages/ and a line here:
// the build, the dev server's quick rebuild, the feeds' held bodies and the
// sitemap all read this list. Eleventy renders the single pages in src/.
import type { Entry, Newsroom } from "../newsroom/newsroom.ts";
import { type SitemapUrl, sitemapDocuments } from "../newsroom/sitemaps.ts";
import { inEdition, sameInEveryEdition } from "../site/editions.ts";
import { archivePages } from "./archive.ts";
import { articlePages } from "./articles.ts";
import { authorFeeds } from "./authorFeeds.ts";
import { authorPages } from "./authors.ts";
import type { PageFamily, PageSource } from "./family.ts";
import { liteArticlePages } from "./liteArticles.ts";
import { redirectPages } from "./redirects.ts";
import { sectionFeeds } from "./sectionFeeds.ts";
import { sectionPages } from "./sections.ts";
import { siteFeeds } from "./siteFeed.ts";
import { sitemapFiles } from "./sitemaps.ts";
import { tagFeeds } from "./tagFeeds.ts";
import { tagPages } from "./tags.ts";

export const pageFamilies: readonly PageFamily[] = [
  // First: some redirect pages sit under /YYYY/, where the search index reads article pages as they are written.
  redirectPages,
  articlePages,
  liteArticlePages,
  archivePages,
  sectionPages,
  sectionFeeds,
  tagPages,
  tagFeeds,
  authorPages,
  authorFeeds,
  siteFeeds,
  sitemapFiles,
];

/** Eleventy's single pages (src/) that belong in the sitemap, in every edition. */
export const SINGLE_PAGES_IN_SITEMAP = ["/", "/tags/", "/authors/", "/support/", "/mirrors/"];

/** What the families make an edition's pages from: its newsroom, and the sitemap of what the families say belongs in it. */
export function pageSource(newsroom: Newsroom, families: readonly PageFamily[] = pageFamilies): PageSource {
  const source: PageSource = { newsroom, sitemaps: [] };
  const { root } = newsroom.settings.site;
  // A single page is the same page in every edition: each names the others (hreflang).
  const urls: SitemapUrl[] = SINGLE_PAGES_IN_SITEMAP.map((path) => {
    const url = inEdition(root, path);
    return { path: url, alternates: sameInEveryEdition(newsroom.settings.site, url) };
  });
  for (const family of families) {
    if (!family.sitemap) continue;
    for (const item of family.items(source)) {
      const url = family.sitemap(item, source);
      if (url) urls.push(url);
    }
  }
  source.sitemaps = sitemapDocuments(urls, undefined, root);
  return source;
}

/** For each feed, the articles it carries (their bodies are held for it, and its items counted). */
export function feedContents(source: PageSource, families: readonly PageFamily[] = pageFamilies): (readonly Entry[])[] {
  return families
    .filter((family) => family.feed)
    .flatMap((family) => family.items(source).map((item) => family.articlesOn?.(item) ?? []));
}
