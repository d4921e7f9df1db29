// news-sitemap.xml for Google News: the articles of the last two days, at most 1,000.
import { html } from "../lib/render/html.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { isoTimestamp } from "../lib/content/dates.ts";
import { absoluteUrl } from "../lib/site/urls.ts";
import { inEveryEdition } from "../lib/eleventy/everyEdition.ts";

export const data = inEveryEdition("/news-sitemap.xml", { eleventyExcludeFromCollections: true });

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  const { site } = newsroom.settings;
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${newsroom.newsItems.map((entry) => html`<url><loc>${absoluteUrl(site, entry.url)}</loc><news:news><news:publication><news:name>${site.name}</news:name><news:language>${site.language}</news:language></news:publication><news:publication_date>${isoTimestamp(entry.published, site.timezone)}</news:publication_date><news:title>${entry.title}</news:title></news:news></url>
`)}</urlset>
`.value;
}
