// /authors/: the staff, with their bios and how much each has written.
import { html } from "../../lib/render/html.ts";
import type { TemplateData } from "../../lib/eleventy/types.ts";
import { page } from "../../_includes/layouts/page.ts";
import { inEveryEdition } from "../../lib/eleventy/everyEdition.ts";
import { inEdition } from "../../lib/site/editions.ts";
import { collectionPage } from "../../lib/render/structuredData.ts";
import { authorPhoto } from "../../_includes/partials/authorPhoto.ts";

export const data = inEveryEdition("/authors/");

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  const { site } = newsroom.settings;
  const { labels } = site;
  const main = html`<h1>${labels.text("authorsHeading")}</h1>
<p class="list-intro">${labels.text("authorsIntro")}</p>
<ul class="author-index">
${newsroom.authors.map((author) => html`<li>${authorPhoto(author)}<div><h2><a href="${author.url}">${author.name}</a></h2><p>${author.bio}</p><p class="list-intro">${labels.count("articleCount", author.count)}</p></div></li>
`)}</ul>`;
  const url = inEdition(site.root, "/authors/");
  const jsonLd = collectionPage(site, labels.text("authorsTitle"), url);
  return page({ newsroom, url, inEveryEdition: true, title: labels.text("authorsTitle"), main, jsonLd, bodyClass: "page-list" });
}
