// Previous / next and numbered page links for archive and tag pages.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import { type ListPage, pageWindow } from "../../lib/newsroom/paginate.ts";

export function pagination(page: ListPage<unknown>, label: string): SafeHtml {
  if (page.total <= 1) return html``;
  const numbers = pageWindow(page.number, page.total).map((n) => {
    if (n === null) return html`<li class="pagination__gap" aria-hidden="true">…</li>`;
    if (n === page.number) return html`<li><a href="${page.urlOf(n)}" aria-current="page">${n}</a></li>`;
    return html`<li><a href="${page.urlOf(n)}">${n}</a></li>`;
  });
  return html`<nav class="pagination" aria-label="${label}">
  ${page.previousUrl ? html`<a class="pagination__prev" rel="prev" href="${page.previousUrl}">← Newer</a>` : ""}
  <ol class="pagination__pages">${numbers}</ol>
  ${page.nextUrl ? html`<a class="pagination__next" rel="next" href="${page.nextUrl}">Older →</a>` : ""}
</nav>`;
}
