// robots.txt: everything may be crawled; where the sitemaps are.
import type { TemplateData } from "../lib/eleventy/types.ts";
import { absoluteUrl } from "../lib/site/urls.ts";

export const data = { permalink: "/robots.txt", eleventyExcludeFromCollections: true };

export function render(data: TemplateData): string {
  const { site } = data.collections.newsroom.settings;
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, "/sitemap.xml")}\nSitemap: ${absoluteUrl(site, "/news-sitemap.xml")}\n`;
}
