// One page per tag and page number: /tags/<slug>/, /tags/<slug>/page/2/, ...
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { Entry, ListingPage, TagRef } from "../../lib/newsroom/newsroom.ts";
import { listingPage } from "../layouts/listing.ts";

type Data = PaginatedData<ListingPage<TagRef>>;

export const data = {
  pagination: { data: "collections.newsroom.tagPages", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.page.url,
};

/** The articles this page shows: under the dev server it is rewritten when one of them is edited. */
export const articlesOn = (listing: ListingPage<TagRef>): readonly Entry[] => listing.page.items;

export function render(data: Data): string {
  const current = data.pagination.items[0];
  if (!current) throw new Error("tag page without a tag");
  return listingPage(data.collections.newsroom, current, { kicker: "Topic", indexUrl: "/tags/", indexLabel: "All topics" });
}
