// One RSS feed per tag: /tags/<slug>/feed.xml.
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { TagFeed } from "../../lib/newsroom/newsroom.ts";
import { absoluteBodies } from "../../lib/eleventy/feedBodies.ts";
import { rssFeed } from "../../lib/render/rss.ts";

type Data = PaginatedData<TagFeed>;

export const data = {
  pagination: { data: "collections.newsroom.tagFeeds", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.tag.feedUrl,
  eleventyExcludeFromCollections: true,
};

export async function render(data: Data): Promise<string> {
  const newsroom = data.collections.newsroom;
  const feed = data.pagination.items[0];
  if (!feed) throw new Error("tag feed without a tag");
  const { site } = newsroom.settings;
  const channel = {
    title: `${site.name}: ${feed.tag.name}`,
    description: `Articles on ${feed.tag.name} from ${site.name}`,
    pageUrl: feed.tag.url,
    feedUrl: feed.tag.feedUrl,
  };
  return rssFeed(site, channel, feed.items, await absoluteBodies(newsroom, feed.items));
}
