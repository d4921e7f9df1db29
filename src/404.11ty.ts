// The page hosts serve for a URL that does not exist.
import { html } from "../lib/render/html.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { page } from "../_includes/layouts/page.ts";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

export function render(data: TemplateData): string {
  const newsroom = data.collections.newsroom;
  const { labels } = newsroom.settings.site;
  const main = html`<h1>${labels.text("notFoundTitle")}</h1>
<p>${labels.text("notFoundText")}</p>
<ul>
  <li><a href="/">${labels.text("notFoundFront")}</a></li>
  <li><a href="/archive/">${labels.text("notFoundArchive")}</a></li>
  <li><a href="/tags/">${labels.text("notFoundTopics")}</a></li>
</ul>`;
  return page({ newsroom, url: "/404.html", title: labels.text("notFoundTitle"), main, bodyClass: "page-404" });
}
