// The article page: kicker, headline, lede, byline, dateline, lead image, body,
// tags, the support-us prompt, then "Read more".
import { html, raw, type SafeHtml } from "../render/html.ts";
import { correctionsBlock } from "../render/corrections.ts";
import { type ImageMetadata, picture, shareImage } from "../site/images.ts";
import { newsArticle } from "../render/structuredData.ts";
import { isoTimestamp } from "../content/dates.ts";
import { absoluteUrl } from "../site/urls.ts";
import { searchFolder } from "../site/searchParts.ts";
import { ARTICLE_IMAGE_SIZES } from "../eleventy/images.ts";
import type { NewsroomView } from "../eleventy/types.ts";
import type { PageFamily } from "./family.ts";
import { type Entry, liteUrl, sectionName, translationAlternates } from "../newsroom/newsroom.ts";
import { type LeadImage, lastModified } from "../content/article.ts";
import { storyCard } from "../../_includes/partials/articleList.ts";
import { byline, dateline, kicker, translationLinks } from "../../_includes/partials/articleMeta.ts";
import { opinionDisclaimer, opinionLabel } from "../render/opinion.ts";
import { supportUs } from "../../_includes/partials/supportUs.ts";
import { page } from "../../_includes/layouts/page.ts";

async function render(entry: Entry, newsroom: NewsroomView): Promise<string> {
  const { site, support } = newsroom.settings;
  const leadMetadata = entry.image ? newsroom.images.get(entry.image.src) : undefined;
  const share = leadMetadata ? shareImage(leadMetadata) : undefined;
  const body = await newsroom.renderedBody(entry.inputPath);
  // data-pagefind-body: only articles are searchable, and only this element of them.
  // The month filter lets the search page skip parts of a split index (lib/site/searchParts.ts).
  const main = html`<article class="article" data-status="${entry.status}" data-pagefind-body data-pagefind-filter="month:${searchFolder(entry.url)}">
  ${entry.status !== "published" ? html`<p class="status-banner" data-pagefind-ignore>${site.labels.text(entry.status === "draft" ? "draftBanner" : "scheduledBanner")}</p>` : ""}
  <header class="article__header">
    ${opinionLabel(entry)}${kicker(entry, { searchMeta: true })}
    <h1 class="article__title">${entry.title}</h1>
    ${entry.summaryFromBody ? "" : html`<p class="article__lede">${entry.summary}</p>`}
    ${byline(entry.bylines, site)}
    ${dateline(entry, site, { searchMeta: true })}
    ${translationLinks(entry, site)}
    <p class="article__lite" data-pagefind-ignore>${site.labels.html("liteVersion", { link: html`<a href="${liteUrl(entry)}">${site.labels.text("liteVersionLink")}</a>` })}</p>
  </header>
  ${entry.image ? leadImage(entry.image, leadMetadata) : ""}
  <div class="article__body">
${raw(body)}
  </div>
  ${opinionDisclaimer(entry)}
  ${correctionsBlock(entry.corrections, site)}
  ${entry.tags.length > 0 ? html`<ul class="tag-list" aria-label="${site.labels.text("topics")}">${entry.tags.map((tag) => html`<li><a href="${tag.url}" data-pagefind-filter="topic">${tag.name}</a></li>`)}</ul>` : ""}
</article>
${supportUs(site, support)}
${readMore(entry)}`;
  const section = sectionName(entry);
  return page({
    newsroom,
    url: entry.url,
    title: entry.title,
    description: entry.summary,
    social: {
      type: "article",
      ...(share && entry.image
        ? { image: { url: absoluteUrl(site, share.url), width: share.width, height: share.height, alt: entry.image.alt } }
        : {}),
      publishedTime: isoTimestamp(entry.published, site.timezone),
      modifiedTime: isoTimestamp(lastModified(entry), site.timezone),
      ...(section ? { section } : {}),
      tags: entry.tags.map((tag) => tag.name),
      authorUrls: entry.bylines.flatMap((b) => (b.author ? [absoluteUrl(site, b.author.url)] : [])),
    },
    jsonLd: newsArticle(entry, site, newsroom.images),
    feeds: entry.tags.slice(0, 1).map((tag) => ({ title: `${site.name}: ${tag.name}`, url: tag.feedUrl })),
    bodyClass: "page-article",
    alternates: translationAlternates(entry) ?? [],
    main,
  });

  function readMore(current: Entry): SafeHtml {
    if (current.related.length === 0) return html``;
    return html`<section class="read-more" aria-labelledby="read-more-heading">
  <h2 id="read-more-heading">${site.labels.text("readMore")}</h2>
  <ul class="story-list story-list--related">${current.related.map((other) => html`<li>${storyCard(other, site)}</li>`)}</ul>
</section>`;
  }
}

function leadImage(image: LeadImage, metadata: ImageMetadata | undefined): SafeHtml {
  const caption = image.caption || image.credit
    ? html`<figcaption>${image.caption ?? ""}${image.credit ? html` <span class="credit" data-pagefind-ignore>${image.credit}</span>` : ""}</figcaption>`
    : "";
  if (!metadata) throw new Error(`lead image ${image.src} was not processed`);
  return html`<figure class="article__image">
    ${picture(metadata, { alt: image.alt, sizes: ARTICLE_IMAGE_SIZES, lead: true })}
    ${caption}
  </figure>`;
}

// Article pages are what the search index reads (lib/site/searchIndex.ts).
export const articlePages: PageFamily<Entry> = {
  name: "article pages",
  items: ({ newsroom }) => newsroom.articles,
  over: "articles",
  url: (entry) => entry.url,
  render,
  articlesOn: (entry) => [entry],
  // A correction is a change search engines should re-read, as the JSON-LD's dateModified says.
  sitemap: (entry) => ({ path: entry.url, lastmod: lastModified(entry), alternates: translationAlternates(entry) }),
  searchable: true,
};
