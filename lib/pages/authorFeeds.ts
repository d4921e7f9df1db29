// One RSS feed per staff author: /authors/<slug>/feed.xml.
import { listingFeed } from "../render/listingFeed.ts";
import type { AuthorRef, ListingFeed } from "../newsroom/newsroom.ts";
import type { PageFamily } from "./family.ts";

export const authorFeeds: PageFamily<ListingFeed<AuthorRef>> = {
  name: "author feeds",
  items: ({ newsroom }) => newsroom.authorFeeds,
  url: (feed) => feed.listing.feedUrl,
  render: (feed, newsroom) => listingFeed(newsroom, feed, `Articles by ${feed.listing.name} in ${newsroom.settings.site.name}`),
  articlesOn: (feed) => feed.items,
  list: (feed) => feed.listing.url,
  feed: true,
};
