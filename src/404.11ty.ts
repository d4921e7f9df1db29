// The page hosts serve for a URL that does not exist.
import { html } from "../lib/render/html.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { page } from "../_includes/layouts/page.ts";

export const data = { permalink: "/404.html", eleventyExcludeFromCollections: true };

export function render(data: TemplateData): string {
  const newsroom = data.collections.newsroom;
  const main = html`<h1>Page not found</h1>
<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
<ul>
  <li><a href="/">Go to the front page</a></li>
  <li><a href="/archive/">Browse the archive</a></li>
  <li><a href="/tags/">Browse by topic</a></li>
</ul>`;
  return page({ newsroom, url: "/404.html", title: "Page not found", main, bodyClass: "page-404" });
}
