// One RSS feed per section: /opinion/feed.xml.
import { listingFeed } from "../render/listingFeed.ts";
import type { ListingFeed, SectionRef } from "../newsroom/newsroom.ts";
import type { PageFamily } from "./family.ts";

export const sectionFeeds: PageFamily<ListingFeed<SectionRef>> = {
  name: "section feeds",
  items: ({ newsroom }) => newsroom.sectionFeeds,
  url: (feed) => feed.listing.feedUrl,
  render: (feed, newsroom) => listingFeed(newsroom, feed, `${feed.listing.name} from ${newsroom.settings.site.name}`),
  articlesOn: (feed) => feed.items,
  list: (feed) => feed.listing.url,
  feed: true,
};
