// The archive: every live article, newest first, 20 to a page.
import { html } from "../../lib/render/html.ts";
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { ListPage } from "../../lib/newsroom/paginate.ts";
import type { Entry } from "../../lib/newsroom/newsroom.ts";
import { page } from "../layouts/page.ts";
import { collectionPage } from "../../lib/render/structuredData.ts";
import { articleList } from "../partials/articleList.ts";
import { pagination } from "../partials/pagination.ts";

type Data = PaginatedData<ListPage<Entry>>;

export const data = {
  pagination: { data: "collections.newsroom.archivePages", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.url,
};

/** The articles this page shows: under the dev server it is rewritten when one of them is edited. */
export const articlesOn = (list: ListPage<Entry>): readonly Entry[] => list.items;

export function render(data: Data): string {
  const newsroom = data.collections.newsroom;
  const list = data.pagination.items[0];
  if (!list) throw new Error("archive page without a list");
  const title = list.number === 1 ? "Archive" : `Archive, page ${list.number} of ${list.total}`;
  const main = html`<h1>${title}</h1>
${list.items.length === 0 ? html`<p>No articles yet.</p>` : articleList(list.items, newsroom.settings.site, list.firstPosition)}
${pagination(list, "Archive pages")}`;
  const jsonLd = collectionPage(newsroom.settings.site, title, list.url);
  return page({ newsroom, url: list.url, title, main, jsonLd, bodyClass: "page-list" });
}
