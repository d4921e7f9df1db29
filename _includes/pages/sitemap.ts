// sitemap.xml (and sitemap-N.xml past 50,000 URLs, listed by sitemap.xml as an index).
import { html } from "../../lib/render/html.ts";
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { SitemapDocument } from "../../lib/newsroom/sitemaps.ts";
import { isoTimestamp } from "../../lib/content/dates.ts";
import { absoluteUrl } from "../../lib/site/urls.ts";

type Data = PaginatedData<SitemapDocument>;

export const data = {
  pagination: { data: "collections.newsroom.sitemaps", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.path,
};

export function render(data: Data): string {
  const { site } = data.collections.newsroom.settings;
  const doc = data.pagination.items[0];
  if (!doc) throw new Error("sitemap without a document");
  if (doc.kind === "index") {
    return html`<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${doc.sitemaps.map((path) => html`<sitemap><loc>${absoluteUrl(site, path)}</loc></sitemap>
`)}</sitemapindex>
`.value;
  }
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${doc.urls.map((url) => html`<url><loc>${absoluteUrl(site, url.path)}</loc>${
    url.lastmod ? html`<lastmod>${isoTimestamp(url.lastmod, site.timezone)}</lastmod>` : ""
  }</url>
`)}</urlset>
`.value;
}
