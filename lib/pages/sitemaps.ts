// sitemap.xml (past 50,000 URLs, an index over a file per year and one for the other pages: lib/newsroom/sitemaps.ts).
import { html } from "../render/html.ts";
import type { NewsroomView } from "../eleventy/types.ts";
import type { PageFamily } from "./family.ts";
import type { SitemapDocument } from "../newsroom/sitemaps.ts";
import { isoTimestamp } from "../content/dates.ts";
import { absoluteUrl } from "../site/urls.ts";

function render(doc: SitemapDocument, newsroom: NewsroomView): string {
  const { site } = newsroom.settings;
  if (doc.kind === "index") {
    return html`<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${doc.sitemaps.map((path) => html`<sitemap><loc>${absoluteUrl(site, path)}</loc></sitemap>
`)}</sitemapindex>
`.value;
  }
  // A page in several languages names each of them, itself included (https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap).
  const languages = doc.urls.some((url) => url.alternates?.length) ? html` xmlns:xhtml="http://www.w3.org/1999/xhtml"` : "";
  return html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${languages}>
${doc.urls.map((url) => html`<url><loc>${absoluteUrl(site, url.path)}</loc>${
    url.lastmod ? html`<lastmod>${isoTimestamp(url.lastmod, site.timezone)}</lastmod>` : ""
  }${(url.alternates ?? []).map((alternate) => html`<xhtml:link rel="alternate" hreflang="${alternate.language}" href="${absoluteUrl(site, alternate.path)}"/>`)}</url>
`)}</urlset>
`.value;
}

// Its documents list every page the other families say belongs in a sitemap (lib/pages/registry.ts).
export const sitemapFiles: PageFamily<SitemapDocument> = {
  name: "sitemaps",
  items: ({ sitemaps }) => sitemaps,
  url: (doc) => doc.path,
  render,
  // One line a URL, each date as a number: tens of thousands of them, and an ISO string costs far more to make.
  shows: (doc) =>
    doc.kind === "index"
      ? doc
      : doc.urls.map((url) => `${url.path} ${url.lastmod?.toMillis() ?? ""}${(url.alternates ?? []).map((a) => ` ${a.language}=${a.path}`).join("")}`).join("\n"),
};
