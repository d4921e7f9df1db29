// The front page, as the editors arranged it (lib/newsroom/newsroom.ts
// `arrangeFront`): the top stories, the lead with its image; a block per
// section with its newest pieces; then the latest of the rest. On a wide
// screen a newspaper front in columns, on a phone one column in the same order
// (src/assets/site.css, "Front page").
import { html, type SafeHtml } from "../lib/render/html.ts";
import { type ImageSet, picture } from "../lib/site/images.ts";
import { website } from "../lib/render/structuredData.ts";
import { archiveUrl, type Entry, type SectionRef } from "../lib/newsroom/newsroom.ts";
import type { SiteSettings } from "../lib/site/settings.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { page } from "../_includes/layouts/page.ts";
import { inEveryEdition } from "../lib/eleventy/everyEdition.ts";
import { articleList, storyCard } from "../_includes/partials/articleList.ts";

export const data = inEveryEdition("/");

/** The lead image: two thirds of the 72rem front on a wide screen, the full width on a phone. */
const LEAD_SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2rem)";
/** A section block's image: a quarter of the front on a wide screen, half on a tablet. */
const SECTION_SIZES = "(min-width: 64rem) 16rem, (min-width: 48rem) 45vw, calc(100vw - 2rem)";

/** A linked image above a card; hidden from screen readers, which get the headline's link. */
function cardImage(entry: Entry, images: ImageSet, sizes: string, lead: boolean): SafeHtml {
  const metadata = entry.image ? images.get(entry.image.src) : undefined;
  if (!metadata) return html``;
  return html`<a href="${entry.url}" tabindex="-1" aria-hidden="true">${picture(metadata, { alt: "", sizes, lead, className: "front-image" })}</a>`;
}

function sectionBlock(section: SectionRef, entries: readonly Entry[], site: SiteSettings, images: ImageSet): SafeHtml {
  const [first, ...rest] = entries;
  const id = `front-${section.slug}`;
  return html`<section class="front-section" aria-labelledby="${id}">
  <h2 class="front-section__title" id="${id}"><a href="${section.url}">${section.name}</a></h2>
  ${first ? html`${cardImage(first, images, SECTION_SIZES, false)}${storyCard(first, site, 3)}` : ""}
  ${rest.length > 0 ? html`<ul class="front-section__list">${rest.map((entry) => html`<li>${storyCard(entry, site, 3, { summary: false })}</li>`)}</ul>` : ""}
</section>`;
}

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  const { site } = newsroom.settings;
  const { labels } = site;
  const { top, sections, latest } = newsroom.front;
  const [lead, ...others] = top;
  const main = lead
    ? html`<h1 class="visually-hidden">${site.name}</h1>
<section class="front-top" aria-label="${labels.text("topStories")}">
  <div class="lead-story">
    ${cardImage(lead, newsroom.images, LEAD_SIZES, true)}
    ${storyCard(lead, site, 2)}
  </div>
  ${others.length > 0 ? html`<ul class="front-top__more">${others.map((entry) => html`<li>${storyCard(entry, site, 2)}</li>`)}</ul>` : ""}
</section>
${sections.length > 0 ? html`<div class="front-sections">${sections.map(({ section, entries }) => sectionBlock(section, entries, site, newsroom.images))}</div>` : ""}
${latest.length > 0 ? html`<section class="latest" aria-labelledby="latest-heading">
  <h2 id="latest-heading">${labels.text("latest")}</h2>
  ${articleList(latest, site, undefined, 3)}
</section>` : ""}
<p class="more-link"><a href="${archiveUrl(site.root)}">${labels.text("toArchive")}</a></p>`
    : html`<h1>${site.name}</h1><p>${labels.text("noArticles")}</p>`;
  return page({ newsroom, url: data.page.url, inEveryEdition: true, main, jsonLd: website(site), bodyClass: "page-home" });
}
