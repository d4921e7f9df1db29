// One page per topic and page number: /tags/<slug>/, /tags/<slug>/page/2/, ...
import { listingPage } from "../../_includes/layouts/listing.ts";
import { type ListingPage, shownOfListingPage, type TagRef } from "../newsroom/newsroom.ts";
import type { PageFamily } from "./family.ts";

export const tagPages: PageFamily<ListingPage<TagRef>> = {
  name: "topic pages",
  items: ({ newsroom }) => newsroom.tagPages,
  url: (current) => current.page.url,
  render: (current, newsroom) => listingPage(newsroom, current, { kicker: "topic", indexUrl: `${newsroom.settings.site.root}tags/`, indexLabel: "allTopics" }),
  articlesOn: (current) => current.page.items,
  list: (current) => current.listing.url,
  shows: shownOfListingPage,
  sitemap: (current) => (current.page.front ? { path: current.page.url } : undefined),
};
