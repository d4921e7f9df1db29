// One page per tag and page number: /tags/<slug>/, /tags/<slug>/page/2/, ...
import { html } from "../../lib/render/html.ts";
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { TagListPage } from "../../lib/newsroom/newsroom.ts";
import { page } from "../../_includes/layouts/page.ts";
import { articleList } from "../../_includes/partials/articleList.ts";
import { pagination } from "../../_includes/partials/pagination.ts";

type Data = PaginatedData<TagListPage>;

export const data = {
  pagination: { data: "collections.newsroom.tagPages", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.page.url,
};

export function render(data: Data): string {
  const newsroom = data.collections.newsroom;
  const current = data.pagination.items[0];
  if (!current) throw new Error("tag page without a tag");
  const { tag, page: list } = current;
  const title = list.number === 1 ? tag.name : `${tag.name}, page ${list.number} of ${list.total}`;
  const main = html`<h1><span class="kicker">Topic</span> ${tag.name}</h1>
<p class="list-intro">${tag.count} ${tag.count === 1 ? "article" : "articles"} · <a href="${tag.feedUrl}">RSS feed for this topic</a> · <a href="/tags/">All topics</a></p>
${articleList(list.items, newsroom.settings.site, list.firstPosition)}
${pagination(list, `Pages of ${tag.name}`)}`;
  return page({
    newsroom,
    url: list.url,
    title,
    main,
    feeds: [{ title: `${newsroom.settings.site.name}: ${tag.name}`, url: tag.feedUrl }],
    bodyClass: "page-list",
  });
}
