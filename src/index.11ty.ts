// Home: the lead story, then the latest articles.
import { html } from "../lib/render/html.ts";
import { picture } from "../lib/site/images.ts";
import { website } from "../lib/render/structuredData.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { page } from "../_includes/layouts/page.ts";
import { articleList, storyCard } from "../_includes/partials/articleList.ts";

export const data = { permalink: "/" };

/** The front page's lead image spans the page, up to 60rem. */
const HOME_LEAD_SIZES = "(min-width: 62rem) 58rem, calc(100vw - 2rem)";

export function render(data: TemplateData): string {
  const newsroom = data.collections.newsroom;
  const { site } = newsroom.settings;
  const [lead, ...rest] = newsroom.articles.slice(0, site.homeArticleCount);
  const leadImage = lead?.image ? newsroom.images.get(lead.image.src) : undefined;
  const main = lead
    ? html`<h1 class="visually-hidden">${site.name}</h1>
<section class="lead-story" aria-label="Lead story">
  ${leadImage ? html`<a href="${lead.url}" tabindex="-1" aria-hidden="true">${picture(leadImage, { alt: "", sizes: HOME_LEAD_SIZES, lead: true, className: "lead-story__image" })}</a>` : ""}
  ${storyCard(lead, site, 2)}
</section>
<section class="latest" aria-labelledby="latest-heading">
  <h2 id="latest-heading">Latest</h2>
  ${articleList(rest, site, newsroom.articles.length - 1, 3)}
  <p class="more-link"><a href="/archive/">All articles in the archive →</a></p>
</section>`
    : html`<h1>${site.name}</h1><p>No articles yet.</p>`;
  return page({ newsroom, url: data.page.url, main, jsonLd: website(site), bodyClass: "page-home" });
}
