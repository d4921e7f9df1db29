// The site's RSS feed, /feed.xml: the newest articles, newest first.
import { rssFeed } from "../render/rss.ts";
import { archiveUrl, type Entry } from "../newsroom/newsroom.ts";
import type { PageFamily } from "./family.ts";

/** The site's own feed: the newest articles. */
export interface SiteFeed {
  url: string;
  /** Its edition's place: `/feed.xml`, `/ru/feed.xml`. */
  root: string;
  items: Entry[];
}

export const siteFeeds: PageFamily<SiteFeed> = {
  name: "site feed",
  items: ({ newsroom }) => {
    const { root } = newsroom.settings.site;
    return [{ url: `${root}feed.xml`, root, items: newsroom.feedItems }];
  },
  url: (feed) => feed.url,
  render: async (feed, newsroom) => {
    const { site } = newsroom.settings;
    const channel = { title: site.name, description: site.description, pageUrl: feed.root, feedUrl: feed.url };
    return rssFeed(site, channel, feed.items[0], await newsroom.itemsForFeed(feed.items, channel.feedUrl));
  },
  articlesOn: (feed) => feed.items,
  list: (feed) => archiveUrl(feed.root),
  feed: true,
};
