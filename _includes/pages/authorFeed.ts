// One RSS feed per staff author: /authors/<slug>/feed.xml.
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { AuthorRef, Entry, ListingFeed } from "../../lib/newsroom/newsroom.ts";
import { listingFeed } from "../../lib/render/listingFeed.ts";

type Data = PaginatedData<ListingFeed<AuthorRef>>;

export const data = {
  pagination: { data: "collections.newsroom.authorFeeds", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.listing.feedUrl,
};

/** The articles this page shows: under the dev server it is rewritten when one of them is edited. */
export const articlesOn = (feed: ListingFeed<AuthorRef>): readonly Entry[] => feed.items;

export async function render(data: Data): Promise<string> {
  const newsroom = data.collections.newsroom;
  const feed = data.pagination.items[0];
  if (!feed) throw new Error("author feed without an author");
  return listingFeed(newsroom, feed, `Articles by ${feed.listing.name} in ${newsroom.settings.site.name}`);
}
