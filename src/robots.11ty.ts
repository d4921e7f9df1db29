// robots.txt: everything may be crawled; where the sitemaps are.
import type { TemplateData } from "../lib/eleventy/types.ts";
import { absoluteUrl } from "../lib/site/urls.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export function render(data: TemplateData): string {
  // Every edition's sitemaps: each lists its own pages.
  const sitemaps = data.collections.editions.flatMap(({ settings: { site } }) => [
    `Sitemap: ${absoluteUrl(site, `${site.root}sitemap.xml`)}`,
    `Sitemap: ${absoluteUrl(site, `${site.root}news-sitemap.xml`)}`,
  ]);
  return `User-agent: *\nAllow: /\n\n${sitemaps.join("\n")}\n`;
}
