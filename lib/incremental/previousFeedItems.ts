// An incremental build rewrites a feed when an article joins, leaves or changes
// in it: the site's feed, and the feeds of the topics and authors of a new
// article. Most of its items are those of articles that did not change, and
// such an item is what the feed's previous file holds, byte for byte: it is made
// from the article's file and images, its topics' names and its bylines, all of
// them in the article's card (lib/incremental/previousPages.ts), and from the
// settings, in the build key. So an unchanged article's item is taken from the
// file being rewritten, rather than its body rendered again from markdown
// (0.3 s of a one-article push at 10,000 articles). An item not found there (an
// article new to that feed) is made as in a full build; the tests compare both
// (test/incremental.test.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FeedItems } from "../eleventy/feedItems.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import type { SafeHtml } from "../render/html.ts";
import { type WrittenItems, writtenItem, writtenItems } from "../render/rss.ts";
import type { SiteSettings } from "../site/settings.ts";
import { outputFile } from "../site/urls.ts";

export interface PreviousFeeds {
  /** The output folder, which holds the previous build's feeds until they are rewritten. */
  outputDir: string;
  site: SiteSettings;
  /** Whether the article's card is the previous build's (nothing it is made from changed). */
  kept(entry: Entry): boolean;
}

/** `make`, but an unchanged article's item comes from the previous file of the feed asking for it. */
export function withPreviousItems(make: FeedItems, { outputDir, site, kept }: PreviousFeeds): FeedItems {
  return async (entries, feedUrl) => {
    const previous = entries.some(kept) ? await readItems(path.join(outputDir, outputFile(feedUrl))) : undefined;
    const taken = entries.map((entry) => (previous && kept(entry) ? writtenItem(previous, entry, site) : undefined));
    const made = await make(entries.filter((_, at) => taken[at] === undefined), feedUrl);
    let next = 0;
    return taken.map((item) => item ?? (made[next++] as SafeHtml));
  };
}

/** The items of a feed's previous file; none when there was no such feed (a new topic). */
async function readItems(file: string): Promise<WrittenItems> {
  try {
    return writtenItems(await readFile(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw error;
  }
}
