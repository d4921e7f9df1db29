// /lite/: the newest articles as a plain list of links to their lite editions.
import { html } from "../../lib/render/html.ts";
import type { TemplateData } from "../../lib/eleventy/types.ts";
import { displayDate } from "../../lib/content/dates.ts";
import { litePage } from "../../_includes/layouts/lite.ts";
import { inEveryEdition } from "../../lib/eleventy/everyEdition.ts";
import { liteUrl } from "../../lib/newsroom/newsroom.ts";

export const data = inEveryEdition("/lite/", { eleventyExcludeFromCollections: true });

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  const { site } = newsroom.settings;
  const main = html`<h1>${site.labels.text("liteLatestHeading", { site: site.name })}</h1>
<ul>
${newsroom.feedItems.map((entry) => html`<li><a href="${liteUrl(entry)}">${entry.title}</a> <span class="meta">${displayDate(entry.published, site.timezone, site.language)}</span></li>
`)}</ul>`;
  return litePage({ newsroom, title: site.labels.text("latest"), canonicalPath: site.root, main });
}
