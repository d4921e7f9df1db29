// The tag index: every topic with the number of articles on it.
import { html } from "../../lib/render/html.ts";
import type { TemplateData } from "../../lib/eleventy/types.ts";
import { page } from "../../_includes/layouts/page.ts";
import { inEveryEdition } from "../../lib/eleventy/everyEdition.ts";
import { inEdition } from "../../lib/site/editions.ts";
import { collectionPage } from "../../lib/render/structuredData.ts";

export const data = inEveryEdition("/tags/");

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  const { site } = newsroom.settings;
  const title = site.labels.text("topics");
  const main = html`<h1>${title}</h1>
<ul class="tag-index">
${newsroom.tags.map((tag) => html`<li><a href="${tag.url}">${tag.name}</a> <span class="tag-index__count">${site.labels.count("articleCount", tag.count)}</span></li>
`)}</ul>`;
  const url = inEdition(site.root, "/tags/");
  const jsonLd = collectionPage(site, title, url);
  return page({ newsroom, url, inEveryEdition: true, title, main, jsonLd, bodyClass: "page-list" });
}
