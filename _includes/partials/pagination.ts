// Newer / older links for archive, topic and author pages, which are numbered
// from the oldest (lib/newsroom/paginate.ts). The front of a list, rewritten on
// every push anyway, also links to page numbers; a numbered page links only to
// its neighbours and the front, nothing that changes as the list grows.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import { type ListPage, pageWindow } from "../../lib/newsroom/paginate.ts";
import type { Labels } from "../../lib/site/labels.ts";

export function pagination(page: ListPage<unknown>, label: string, labels: Labels): SafeHtml {
  if (page.total <= 1) return html``;
  const numbers = page.front
    ? pageWindow(page.number, page.total).map((n) => {
        if (n === null) return html`<li class="pagination__gap" aria-hidden="true">…</li>`;
        if (n === page.number) return html`<li><a href="${page.urlOf(n)}" aria-current="page">${labels.text("newestPage")}</a></li>`;
        return html`<li><a href="${page.urlOf(n)}">${n}</a></li>`;
      })
    : [html`<li><a href="${page.urlOf(page.total)}">${labels.text("newestPage")}</a></li>`, html`<li><a href="${page.url}" aria-current="page">${page.number}</a></li>`];
  return html`<nav class="pagination" aria-label="${label}">
  ${page.newerUrl ? html`<a class="pagination__prev" rel="prev" href="${page.newerUrl}">${labels.text("newer")}</a>` : ""}
  <ol class="pagination__pages">${numbers}</ol>
  ${page.olderUrl ? html`<a class="pagination__next" rel="next" href="${page.olderUrl}">${labels.text("older")}</a>` : ""}
</nav>`;
}
