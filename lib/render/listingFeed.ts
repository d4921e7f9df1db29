// The RSS feed of a tag or an author.
import type { NewsroomView } from "../eleventy/types.ts";
import type { Listing, ListingFeed } from "../newsroom/newsroom.ts";
import { rssFeed } from "./rss.ts";

export async function listingFeed<L extends Listing>(newsroom: NewsroomView, feed: ListingFeed<L>, description: string): Promise<string> {
  const { site } = newsroom.settings;
  const channel = {
    title: `${site.name}: ${feed.listing.name}`,
    description,
    pageUrl: feed.listing.url,
    feedUrl: feed.listing.feedUrl,
  };
  return rssFeed(site, channel, feed.items[0], await newsroom.itemsForFeed(feed.items, channel.feedUrl));
}
