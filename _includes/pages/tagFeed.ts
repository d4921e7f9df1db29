// One RSS feed per tag: /tags/<slug>/feed.xml.
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { Entry, ListingFeed, TagRef } from "../../lib/newsroom/newsroom.ts";
import { listingFeed } from "../../lib/render/listingFeed.ts";

type Data = PaginatedData<ListingFeed<TagRef>>;

export const data = {
  pagination: { data: "collections.newsroom.tagFeeds", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.listing.feedUrl,
};

/** The articles this page shows: under the dev server it is rewritten when one of them is edited. */
export const articlesOn = (feed: ListingFeed<TagRef>): readonly Entry[] => feed.items;

export async function render(data: Data): Promise<string> {
  const newsroom = data.collections.newsroom;
  const feed = data.pagination.items[0];
  if (!feed) throw new Error("tag feed without a tag");
  return listingFeed(newsroom, feed, `Articles on ${feed.listing.name} from ${newsroom.settings.site.name}`);
}
