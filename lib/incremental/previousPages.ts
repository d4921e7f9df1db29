// What a build starting from the previous one can take from it without working
// it out again (lib/incremental/fingerprints.ts uses it). An article's card is
// made from its file and images (by content id), its status, its topics' slugs,
// names and URLs, and its bylines. So it is the previous build's card when:
// - the file was taken from the cache as it was (the same file and image ids);
// - it is published, as every article of a production build is;
// - none of its topics is shown differently (a topic's name follows the
//   spelling most articles use, and a new article can change it);
// its bylines follow from its file and _data, which is in the build key.
// An article's topics by slug are enough: two topics with the same name are one
// topic, so a slug now naming another topic also has another name.
import type { Build } from "../eleventy/build.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import { cachedRecordOf } from "./articleRecords.ts";
import type { BuildCacheState } from "./buildCache.ts";
import { type PreviousPages, topicShown } from "./fingerprints.ts";

// Set on this build's entries: a property read was 3 times faster than a Map's lookup at 100k (as in fingerprints.ts).
const CARD = Symbol("previous card");
const SAME_RELATED = Symbol("same Read more");
type Marked = Entry & { [CARD]?: string; [SAME_RELATED]?: true };

export function previousPages(previous: BuildCacheState, build: Build): PreviousPages {
  const { articles, relatedRecords, tags } = build.newsroom;
  const changedTopics = new Set(tags.filter((tag) => previous.topics[tag.slug] !== topicShown(tag)).map((tag) => tag.slug));
  // The few files read again (new, edited, or with a changed image); every other was taken from the cache as it was.
  const readAgain = new Set<string>();
  for (const loaded of build.articleFiles.values()) {
    if (loaded.article && !cachedRecordOf(loaded)) readAgain.add(loaded.article.inputPath);
  }
  // Where each article was in the previous build's lists (newest first): the same place counted from the oldest
  // when articles were only added, found by path otherwise.
  let byPath: Map<string, number> | undefined;
  const previousAt = (at: number, entry: Entry): number | undefined => {
    const aligned = previous.related.length - articles.length + at;
    if (previous.related[aligned]?.inputPath === entry.inputPath) return aligned;
    byPath ??= new Map(previous.related.map((record, index) => [record.inputPath, index]));
    return byPath.get(entry.inputPath);
  };
  articles.forEach((entry: Marked, at) => {
    // A new or edited article has a new card; a kept "Read more" matters only beside a kept card.
    if (entry.status !== "published" || readAgain.has(entry.inputPath)) return;
    const was = previousAt(at, entry);
    if (was === undefined) return;
    const card = previous.cards[was];
    if (card !== undefined && (changedTopics.size === 0 || !entry.tags.some((tag) => changedTopics.has(tag.slug)))) entry[CARD] = card;
    // "Read more" records that were kept are the previous build's own objects (lib/newsroom/newsroom.ts).
    if (relatedRecords[at] === previous.related[was]) entry[SAME_RELATED] = true;
  });
  return {
    pages: previous.pages,
    cardOf: (entry: Marked) => entry[CARD],
    sameRelated: (entry: Marked) => entry[SAME_RELATED] === true,
  };
}

/** What the next build compares its topics with: each topic's slug → what an article's card shows of it. */
export function topicsShown(build: Build): Record<string, string> {
  return Object.fromEntries(build.newsroom.tags.map((tag) => [tag.slug, topicShown(tag)]));
}
