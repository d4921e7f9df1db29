// Feed items, made once per article per build however many feeds carry it (the
// site's, each of its tags', each of its authors'), and forgotten once the last
// of those feeds has taken it: holding every item to the end of the build cost
// hundreds of megabytes at 10,000 articles (BENCHMARKS.md).
import type { Entry } from "../newsroom/newsroom.ts";
import { absoluteUrls } from "../render/absoluteUrls.ts";
import type { SafeHtml } from "../render/html.ts";
import { rssItem } from "../render/rss.ts";
import type { ImageSet } from "../site/images.ts";
import type { SiteSettings } from "../site/settings.ts";
import { absoluteUrl } from "../site/urls.ts";
import type { ArticleBodies } from "./articleBodies.ts";

/** The items of the feed at `feedUrl`, for these articles in this order (an incremental build may take some from that feed's previous file). */
export type FeedItems = (entries: readonly Entry[], feedUrl: string) => Promise<SafeHtml[]>;

export interface FeedItemSources {
  site: SiteSettings;
  images: ImageSet;
  bodies: Pick<ArticleBodies, "render" | "release">;
  /** Every feed the build writes, to count how many will ask for each item. */
  feeds: readonly (readonly Entry[])[];
}

export function feedItems({ site, images, bodies, feeds }: FeedItemSources): FeedItems {
  const wanted = new Map<Entry, number>();
  for (const feed of feeds) for (const entry of feed) wanted.set(entry, (wanted.get(entry) ?? 0) + 1);
  const made = new Map<Entry, Promise<SafeHtml>>();

  const make = async (entry: Entry): Promise<SafeHtml> => {
    const rendered = await bodies.render(entry.inputPath);
    // Made once per build: the body the pages may have held for it is not asked for again.
    bodies.release(entry.inputPath);
    const body = await absoluteUrls(rendered, absoluteUrl(site, entry.url));
    return rssItem(entry, site, body, images);
  };

  // An item asked for more often than counted is simply made again.
  const take = (entry: Entry): Promise<SafeHtml> => {
    const remaining = (wanted.get(entry) ?? 1) - 1;
    const item = made.get(entry) ?? make(entry);
    if (remaining > 0) {
      wanted.set(entry, remaining);
      made.set(entry, item);
    } else {
      wanted.delete(entry);
      made.delete(entry);
    }
    return item;
  };

  return (entries) => Promise.all(entries.map(take));
}
