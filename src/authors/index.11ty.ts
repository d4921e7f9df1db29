// /authors/: the staff, with their bios and how much each has written.
import { html } from "../../lib/render/html.ts";
import type { TemplateData } from "../../lib/eleventy/types.ts";
import { page } from "../../_includes/layouts/page.ts";
import { collectionPage } from "../../lib/render/structuredData.ts";
import { authorPhoto } from "../../_includes/partials/authorPhoto.ts";

export const data = { permalink: "/authors/" };

export function render(data: TemplateData): string {
  const newsroom = data.collections.newsroom;
  const main = html`<h1>Our journalists</h1>
<p class="list-intro">Some of our reporters inside the country cannot sign their work; their articles carry a pseudonym or a description instead of a name.</p>
<ul class="author-index">
${newsroom.authors.map((author) => html`<li>${authorPhoto(author)}<div><h2><a href="${author.url}">${author.name}</a></h2><p>${author.bio}</p><p class="list-intro">${author.count} ${author.count === 1 ? "article" : "articles"}</p></div></li>
`)}</ul>`;
  const jsonLd = collectionPage(newsroom.settings.site, "Authors", "/authors/");
  return page({ newsroom, url: "/authors/", title: "Authors", main, jsonLd, bodyClass: "page-list" });
}
