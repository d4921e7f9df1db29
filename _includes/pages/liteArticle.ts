// The lite edition of every article: /lite/YYYY/MM/DD/<slug>/, for readers on
// slow or filtered connections.
import { html, raw } from "../../lib/render/html.ts";
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import { type Entry, liteUrl } from "../../lib/newsroom/newsroom.ts";
import { liteHtml } from "../../lib/render/liteHtml.ts";
import { correctionsBlock } from "../../lib/render/corrections.ts";
import { litePage } from "../layouts/lite.ts";
import { byline, dateline } from "../partials/articleMeta.ts";

type Data = PaginatedData<Entry>;

export const data = {
  pagination: { data: "collections.newsroom.articles", size: 1 },
  permalink: (data: Data) => {
    const entry = data.pagination.items[0];
    return entry ? liteUrl(entry) : false;
  },
};

/** The articles this page shows: under the dev server it is rewritten when one of them is edited. */
export const articlesOn = (entry: Entry): readonly Entry[] => [entry];

export async function render(data: Data): Promise<string> {
  const newsroom = data.collections.newsroom;
  const entry = data.pagination.items[0];
  if (!entry) throw new Error("lite page without an article");
  const { site } = newsroom.settings;
  const body = await liteHtml(await newsroom.renderedBody(entry.inputPath));
  const main = html`<article>
<h1>${entry.title}</h1>
${entry.summaryFromBody ? "" : html`<p><strong>${entry.summary}</strong></p>`}
<div class="meta">${byline(entry.bylines)}${dateline(entry, site)}</div>
${raw(body)}
${correctionsBlock(entry.corrections, site)}
</article>`;
  return litePage({ newsroom, title: entry.title, canonicalPath: entry.url, main });
}
