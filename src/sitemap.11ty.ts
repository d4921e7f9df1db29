// sitemap.xml: home, archive, topics, every live article and tag page.
import { html } from "../lib/render/html.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { isoTimestamp } from "../lib/content/dates.ts";
import { absoluteUrl } from "../lib/site/urls.ts";

export const data = { permalink: "/sitemap.xml", eleventyExcludeFromCollections: true };

export function render(data: TemplateData): string {
  const newsroom = data.collections.newsroom;
  const { site } = newsroom.settings;
  const pages = ["/", "/archive/", "/tags/", ...newsroom.tags.map((tag) => tag.url)];
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${pages.map((url) => html`<url><loc>${absoluteUrl(site, url)}</loc></url>
`)}${newsroom.articles.map((entry) => html`<url><loc>${absoluteUrl(site, entry.url)}</loc><lastmod>${isoTimestamp(entry.updated ?? entry.published, site.timezone)}</lastmod></url>
`)}</urlset>
`.value;
}
