// The site's RSS feed: the newest articles, newest first.
import type { TemplateData } from "../lib/eleventy/types.ts";
import { rssFeed } from "../lib/render/rss.ts";

export const data = { permalink: "/feed.xml", eleventyExcludeFromCollections: true };

export async function render(data: TemplateData): Promise<string> {
  const newsroom = data.collections.newsroom;
  const { site } = newsroom.settings;
  const items = newsroom.feedItems;
  const channel = { title: site.name, description: site.description, pageUrl: "/", feedUrl: "/feed.xml" };
  return rssFeed(site, channel, items[0], await newsroom.itemsForFeed(items));
}
