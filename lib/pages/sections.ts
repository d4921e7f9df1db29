// One front per section and page number: /opinion/, /opinion/page/2/, ...
import { listingPage } from "../../_includes/layouts/listing.ts";
import { html } from "../render/html.ts";
import { archiveUrl, type ListingPage, type SectionRef, shownOfListingPage } from "../newsroom/newsroom.ts";
import type { PageFamily } from "./family.ts";
import { sameInEveryEdition } from "../site/editions.ts";

export const sectionPages: PageFamily<ListingPage<SectionRef>> = {
  name: "section fronts",
  items: ({ newsroom }) => newsroom.sectionPages,
  url: (current) => current.page.url,
  render: (current, newsroom) =>
    listingPage(newsroom, current, {
      kicker: "section",
      intro: html`<p class="list-intro">${current.listing.description}</p>`,
      indexUrl: archiveUrl(newsroom.settings.site.root),
      indexLabel: "allArticles",
      inEveryEdition: true,
    }),
  articlesOn: (current) => current.page.items,
  list: (current) => current.listing.url,
  shows: shownOfListingPage,
  // Every edition has the same desks and staff: their fronts name each other.
  sitemap: (current, { newsroom }) =>
    current.page.front ? { path: current.page.url, alternates: sameInEveryEdition(newsroom.settings.site, current.page.url) } : undefined,
};
