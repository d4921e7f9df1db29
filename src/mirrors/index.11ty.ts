// /mirrors/: where to read the site when its main address is blocked.
import { html } from "../../lib/render/html.ts";
import type { TemplateData } from "../../lib/eleventy/types.ts";
import { page } from "../../_includes/layouts/page.ts";
import { inEveryEdition } from "../../lib/eleventy/everyEdition.ts";
import { inEdition } from "../../lib/site/editions.ts";
import { DateTime } from "luxon";
import { displayDate } from "../../lib/content/dates.ts";

export const data = inEveryEdition("/mirrors/");

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  const { site, mirrors } = newsroom.settings;
  const { labels } = site;
  const since = (added: string) => html`<time datetime="${added}">${displayDate(DateTime.fromISO(added, { zone: site.timezone }), site.timezone, site.language)}</time>`;
  const main = html`<h1>${labels.text("mirrorsHeading", { site: site.name })}</h1>
<p>${labels.html("mirrorsIntro", { address: html`<a href="${site.url}/">${new URL(site.url).host}</a>` })}</p>
<ul class="mirror-list">
${mirrors.mirrors.map((m) => html`<li><a href="${m.url}">${m.url}</a>: ${m.label} <span class="mirror-list__added">(${labels.html("mirrorSince", { date: since(m.added) })})</span></li>
`)}</ul>
${mirrors.onion ? html`<p>${labels.html("mirrorsTor", { browser: html`<a href="https://www.torproject.org/">${labels.text("torBrowser")}</a>`, address: html`<a href="${mirrors.onion}/"><code>${mirrors.onion}</code></a>` })}</p>` : ""}
<p>${labels.html("mirrorsLite", { lite: html`<a href="${inEdition(site.root, "/lite/")}">${labels.text("mirrorsLiteLink")}</a>` })}</p>
<p>${labels.html("mirrorsFeed", { feed: html`<a href="${inEdition(site.root, "/feed.xml")}">${labels.text("rssFeed")}</a>`, json: html`<a href="/mirrors.json">mirrors.json</a>` })}</p>`;
  return page({ newsroom, url: inEdition(site.root, "/mirrors/"), inEveryEdition: true, title: labels.text("mirrorsTitle"), main, bodyClass: "page-mirrors" });
}
