// The lite edition of every article: /lite/YYYY/MM/DD/<slug>/, for readers on
// slow or filtered connections.
import { html, raw } from "../render/html.ts";
import type { NewsroomView } from "../eleventy/types.ts";
import type { PageFamily } from "./family.ts";
import { type Entry, liteUrl } from "../newsroom/newsroom.ts";
import { liteHtml } from "../render/liteHtml.ts";
import { correctionsBlock } from "../render/corrections.ts";
import { litePage } from "../../_includes/layouts/lite.ts";
import { byline, dateline, translationLinks } from "../../_includes/partials/articleMeta.ts";
import { opinionDisclaimer, opinionLabel } from "../render/opinion.ts";

async function render(entry: Entry, newsroom: NewsroomView): Promise<string> {
  const { site } = newsroom.settings;
  const body = await liteHtml(await newsroom.renderedBody(entry.inputPath));
  const main = html`<article>
${opinionLabel(entry)}<h1>${entry.title}</h1>
${entry.summaryFromBody ? "" : html`<p><strong>${entry.summary}</strong></p>`}
<div class="meta">${byline(entry.bylines, site)}${dateline(entry, site)}${translationLinks(entry, site, { lite: true })}</div>
${raw(body)}
${opinionDisclaimer(entry)}
${correctionsBlock(entry.corrections, site)}
</article>`;
  return litePage({ newsroom, title: entry.title, canonicalPath: entry.url, main });
}

export const liteArticlePages: PageFamily<Entry> = {
  name: "lite article pages",
  items: ({ newsroom }) => newsroom.articles,
  over: "articles",
  url: liteUrl,
  render,
  articlesOn: (entry) => [entry],
};
