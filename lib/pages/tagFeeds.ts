// One RSS feed per topic: /tags/<slug>/feed.xml.
import { listingFeed } from "../render/listingFeed.ts";
import type { ListingFeed, TagRef } from "../newsroom/newsroom.ts";
import type { PageFamily } from "./family.ts";

export const tagFeeds: PageFamily<ListingFeed<TagRef>> = {
  name: "topic feeds",
  items: ({ newsroom }) => newsroom.tagFeeds,
  url: (feed) => feed.listing.feedUrl,
  render: (feed, newsroom) => listingFeed(newsroom, feed, `Articles on ${feed.listing.name} from ${newsroom.settings.site.name}`),
  articlesOn: (feed) => feed.items,
  list: (feed) => feed.listing.url,
  feed: true,
};
