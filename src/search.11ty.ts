// /search/: full-text search of every article, in the reader's browser (Pagefind).
// Without JavaScript the page says so and offers the archive and the topics.
import { html } from "../lib/render/html.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { servedPath } from "../lib/site/deployment.ts";
import { SEARCH_INDEX_PATH } from "../lib/site/searchParts.ts";
import { page } from "../_includes/layouts/page.ts";
import { inEveryEdition } from "../lib/eleventy/everyEdition.ts";
import { inEdition } from "../lib/site/editions.ts";

export const data = inEveryEdition("/search/");

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  // data-* attributes are not rewritten for a mirror's path prefix, so it is added here.
  const { root } = newsroom.settings.site;
  const script = servedPath(newsroom.deployment, inEdition(root, `${SEARCH_INDEX_PATH}pagefind.js`));
  // A large archive's index is in parts of whole months, merged into one list in the browser.
  const parts = newsroom.searchParts.map((part) => ({ path: servedPath(newsroom.deployment, part.path), months: part.folders }));
  const { labels } = newsroom.settings.site;
  // What the script says, in the edition's words; it picks the plural form for the count in the reader's browser.
  const said = {
    searching: labels.template("searching"),
    none: labels.template("searchNone"),
    found: labels.forms("searchFound"),
    unavailable: labels.template("searchUnavailable"),
  };
  const main = html`<h1>${labels.text("search")}</h1>
<form class="search-form" action="${inEdition(root, "/search/")}" method="get" role="search" hidden data-search-index="${script}" data-search-base="${servedPath(newsroom.deployment, "/")}"${parts.length > 1 ? html` data-search-parts="${JSON.stringify(parts)}"` : ""} data-search-labels="${JSON.stringify(said)}">
  <label for="search-query">${labels.text("searchLabel")}</label>
  <input type="search" id="search-query" name="q" autocomplete="off">
  <button type="submit">${labels.text("search")}</button>
</form>
<p class="search-status" aria-live="polite"></p>
<ol class="search-results"></ol>
<noscript><p class="search-nojs">${labels.html("searchNoScript", {
    archive: html`<a href="${inEdition(root, "/archive/")}">${labels.text("searchTheArchive")}</a>`,
    topics: html`<a href="${inEdition(root, "/tags/")}">${labels.text("searchTheTopics")}</a>`,
  })}</p></noscript>`;
  return page({ newsroom, url: inEdition(root, "/search/"), inEveryEdition: true, title: labels.text("search"), main, bodyClass: "page-search" });
}
