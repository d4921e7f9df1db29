// The page hosts serve for a URL that does not exist.
import { html } from "../lib/render/html.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { page } from "../_includes/layouts/page.ts";
import { inEveryEdition } from "../lib/eleventy/everyEdition.ts";
import { inEdition } from "../lib/site/editions.ts";

// Each edition's in its language; the host serves the primary one, the R2 Worker each edition's under its place.
export const data = inEveryEdition("/404.html", { eleventyExcludeFromCollections: true });

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  const { labels, root } = newsroom.settings.site;
  const main = html`<h1>${labels.text("notFoundTitle")}</h1>
<p>${labels.text("notFoundText")}</p>
<ul>
  <li><a href="${root}">${labels.text("notFoundFront")}</a></li>
  <li><a href="${inEdition(root, "/archive/")}">${labels.text("notFoundArchive")}</a></li>
  <li><a href="${inEdition(root, "/tags/")}">${labels.text("notFoundTopics")}</a></li>
</ul>`;
  return page({ newsroom, url: inEdition(root, "/404.html"), title: labels.text("notFoundTitle"), main, bodyClass: "page-404" });
}
