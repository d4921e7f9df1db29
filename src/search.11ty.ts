// /search/: full-text search of every article, in the reader's browser (Pagefind).
// Without JavaScript the page says so and offers the archive and the topics.
import { html } from "../lib/render/html.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { servedPath } from "../lib/site/deployment.ts";
import { SEARCH_INDEX_PATH } from "../lib/site/searchParts.ts";
import { page } from "../_includes/layouts/page.ts";

export const data = { permalink: "/search/" };

export function render(data: TemplateData): string {
  const newsroom = data.collections.newsroom;
  // data-* attributes are not rewritten for a mirror's path prefix, so it is added here.
  const script = servedPath(newsroom.deployment, `${SEARCH_INDEX_PATH}pagefind.js`);
  // A large archive's index is in parts of whole months, merged into one list in the browser.
  const parts = newsroom.searchParts.map((part) => ({ path: servedPath(newsroom.deployment, part.path), months: part.folders }));
  const main = html`<h1>Search</h1>
<form class="search-form" action="/search/" method="get" role="search" hidden data-search-index="${script}"${parts.length > 1 ? html` data-search-parts="${JSON.stringify(parts)}"` : ""}>
  <label for="search-query">Search all articles</label>
  <input type="search" id="search-query" name="q" autocomplete="off">
  <button type="submit">Search</button>
</form>
<p class="search-status" aria-live="polite"></p>
<ol class="search-results"></ol>
<noscript><p class="search-nojs">Search works in your browser and needs JavaScript. Without it, browse <a href="/archive/">the archive</a> or <a href="/tags/">the topics</a>.</p></noscript>`;
  return page({ newsroom, url: "/search/", title: "Search", main, bodyClass: "page-search" });
}
