// The archive: every live article, newest first, 20 to a page: /archive/, /archive/page/2/, ...
import { html } from "../render/html.ts";
import type { NewsroomView } from "../eleventy/types.ts";
import type { PageFamily } from "./family.ts";
import { sameInEveryEdition } from "../site/editions.ts";
import { type ListPage, shownOfPage } from "../newsroom/paginate.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import { page } from "../../_includes/layouts/page.ts";
import { collectionPage } from "../render/structuredData.ts";
import { articleList } from "../../_includes/partials/articleList.ts";
import { pagination } from "../../_includes/partials/pagination.ts";

function render(list: ListPage<Entry>, newsroom: NewsroomView): string {
  // A numbered page says nothing that changes as articles are published (the total): it stays as it is.
  const { labels } = newsroom.settings.site;
  const title = list.front ? labels.text("archive") : labels.text("listPageTitle", { name: labels.text("archive"), number: list.number });
  const main = html`<h1>${title}</h1>
${list.items.length === 0 ? html`<p>${labels.text("noArticles")}</p>` : articleList(list.items, newsroom.settings.site, list.firstPosition)}
${pagination(list, labels.text("archivePages"), labels)}`;
  const jsonLd = collectionPage(newsroom.settings.site, title, list.url);
  return page({ newsroom, url: list.url, title, main, jsonLd, bodyClass: "page-list", inEveryEdition: list.front });
}

export const archivePages: PageFamily<ListPage<Entry>> = {
  name: "archive pages",
  items: ({ newsroom }) => newsroom.archivePages,
  url: (list) => list.url,
  render,
  articlesOn: (list) => list.items,
  // The list is the archive at its front's URL (`/archive/`, `/ru/archive/`).
  list: (list) => list.urlOf(list.total),
  shows: shownOfPage,
  sitemap: (list, { newsroom }) => (list.front ? { path: list.url, alternates: sameInEveryEdition(newsroom.settings.site, list.url) } : undefined),
};
