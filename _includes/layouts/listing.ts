// The pages of a tag or a staff author: heading, an introduction, the articles
// newest first, page links, and the feed.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import type { NewsroomView } from "../../lib/eleventy/types.ts";
import type { Listing, ListingPage } from "../../lib/newsroom/newsroom.ts";
import { articleList } from "../partials/articleList.ts";
import { pagination } from "../partials/pagination.ts";
import { page } from "./page.ts";
import { collectionPage } from "../../lib/render/structuredData.ts";
import type { LabelKey } from "../../lib/site/labels.ts";

export function listingPage<L extends Listing>(
  newsroom: NewsroomView,
  { listing, page: list }: ListingPage<L>,
  options: {
    kicker: LabelKey & ("section" | "topic" | "author");
    intro?: SafeHtml;
    indexUrl: string;
    indexLabel: LabelKey & ("allArticles" | "allTopics" | "allAuthors");
    /** Whether every edition has this list (a section, a staff author), at the same path under its place. */
    inEveryEdition?: boolean;
  },
): string {
  const { site } = newsroom.settings;
  const { labels } = site;
  // A numbered page says nothing that changes as articles are published (the total, the count): it stays as it is.
  const title = list.front ? listing.name : labels.text("listPageTitle", { name: listing.name, number: list.number });
  const count = list.front ? html`${labels.count("articleCount", listing.count)} · ` : "";
  const main = html`<h1><span class="kicker">${labels.text(options.kicker)}</span> ${listing.name}</h1>
${options.intro ?? ""}
<p class="list-intro">${count}<a href="${listing.feedUrl}">${labels.text("rssFeed")}</a> · <a href="${options.indexUrl}">${labels.text(options.indexLabel)}</a></p>
${articleList(list.items, site, list.firstPosition)}
${pagination(list, labels.text("pagesOf", { name: listing.name }), labels)}`;
  return page({
    newsroom,
    url: list.url,
    title,
    main,
    feeds: [{ title: `${site.name}: ${listing.name}`, url: listing.feedUrl }],
    jsonLd: collectionPage(site, title, list.url),
    // The front of a section's or an author's list is in every edition; a topic is an edition's own.
    inEveryEdition: list.front && options.inEveryEdition === true,
    bodyClass: "page-list",
  });
}
