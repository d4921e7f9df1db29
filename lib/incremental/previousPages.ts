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
// It also names the lists whose articles may have changed: those of the
// articles new, read again or gone, before and after, and the topics shown
// differently; every other list holds what it held.
import type { Build } from "../eleventy/build.ts";
import { archiveUrl, authorUrl, type Entry, listsOf, type RelatedRecord, sectionUrl, tagUrl } from "../newsroom/newsroom.ts";
import { authorSlug, personKey } from "../site/settings.ts";
import { cachedRecordOf } from "./articleRecords.ts";
import type { BuildCacheState } from "./buildCache.ts";
import { type PreviousPages, topicShown } from "./fingerprints.ts";

// Set on this build's entries: a property read was 3 times faster than a Map's lookup at 100k (as in fingerprints.ts).
const CARD = Symbol("previous card");
const SAME_RELATED = Symbol("same Read more");
type Marked = Entry & { [CARD]?: string | undefined; [SAME_RELATED]?: boolean };

export function previousPages(previous: BuildCacheState, build: Build): PreviousPages {
  // Every edition's, one after the other, as the cache keeps them.
  const articles = build.editions.flatMap((newsroom) => newsroom.articles);
  const relatedRecords = build.editions.flatMap((newsroom) => newsroom.relatedRecords);
  // Topics by URL: two editions may each have a topic of the same slug.
  const tags = build.editions.flatMap((newsroom) => newsroom.tags);
  const changedTopics = new Set(tags.filter((tag) => previous.topics[tag.url] !== topicShown(tag)).map((tag) => tag.url));
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
  // The lists (archive, section, topics, authors) an article joined, left or moved in since: those of every article new,
  // read again or gone, as it is now and as it was; and the topics shown differently. A list not among them holds
  // the same articles in the same order as before (an article moves only when its file changes).
  const changedLists = new Set(changedTopics);
  // Each edition's staff pages by every name a byline may give them (the edition's spelling, the primary edition's).
  const staffUrls = new Map(
    build.editions.map(({ settings: { site, authors } }) => {
      const names = authors.flatMap((author) => [author.name, ...(author.alsoKnownAs ? [author.alsoKnownAs] : [])].map((name) => [personKey(name), authorUrl(site.root, authorSlug(author))] as const));
      return [site.root, new Map(names)];
    }),
  );
  const addPreviousLists = (was: number) => {
    const record = previous.related[was] as RelatedRecord;
    const { root } = record;
    changedLists.add(archiveUrl(root));
    for (const slug of record.tagSlugs) changedLists.add(tagUrl(root, slug));
    const cached = previous.articles.get(record.inputPath.replace(/^\.\//, ""))?.article;
    const edition = build.editions.find((newsroom) => newsroom.settings.site.root === root);
    // Its section as the file had it (the default's included); were it not in the cache, every section counts as changed.
    const section = cached?.section;
    const sectionUrls = typeof section === "string" ? [sectionUrl(root, section)] : (edition?.sections.map((desk) => desk.url) ?? []);
    for (const url of sectionUrls) changedLists.add(url);
    const authors = cached?.authors;
    const staff = staffUrls.get(root) ?? new Map<string, string>();
    // Bylines as the file had them; were they not in the cache, every staff author's list counts as changed.
    const names = Array.isArray(authors) ? (authors as string[]) : [...staff.keys()];
    for (const name of names) {
      const url = staff.get(personKey(name));
      if (url) changedLists.add(url);
    }
  };
  let found = 0;
  articles.forEach((entry: Marked, at) => {
    // Both marks are set on every article, in the same order, so the articles keep a few shapes between them and
    // V8 reads a mark quickly (marks on some articles only: fingerprints at 100k took 1.5 s, now 1.3 s, medians of 4).
    let card: string | undefined;
    let sameRelated = false;
    const was = entry.status === "published" ? previousAt(at, entry) : undefined;
    if (was !== undefined) found++;
    if (was === undefined || readAgain.has(entry.inputPath)) {
      // A new or edited article has a new card; a kept "Read more" matters only beside a kept card.
      for (const url of listsOf(entry)) changedLists.add(url);
      if (was !== undefined) addPreviousLists(was);
    } else {
      card = previous.cards[was];
      if (card !== undefined && changedTopics.size > 0 && entry.tags.some((tag) => changedTopics.has(tag.url))) card = undefined;
      // Its translations follow from other files too: a page naming them is made again when they change.
      if (card !== undefined && !sameTranslations(entry, previous.translations[entry.inputPath])) card = undefined;
      // "Read more" records that were kept are the previous build's own objects (lib/newsroom/newsroom.ts).
      sameRelated = relatedRecords[at] === previous.related[was];
    }
    entry[CARD] = card;
    entry[SAME_RELATED] = sameRelated;
  });
  // Articles gone since (deleted, unpublished): looked for only when fewer were found than there were.
  if (found < previous.related.length) {
    const live = new Set(articles.map((entry) => entry.inputPath));
    previous.related.forEach((record, was) => {
      if (!live.has(record.inputPath)) addPreviousLists(was);
    });
  }
  return {
    pages: previous.pages,
    cardOf: (entry: Marked) => entry[CARD],
    sameRelated: (entry: Marked) => entry[SAME_RELATED] === true,
    listAsBefore: (url) => !changedLists.has(url),
  };
}

/** What the next build compares its topics with: each topic's URL → what an article's card shows of it. */
export function topicsShown(build: Build): Record<string, string> {
  return Object.fromEntries(build.editions.flatMap((newsroom) => newsroom.tags.map((tag) => [tag.url, topicShown(tag)])));
}

/** What the next build compares each article's translations with: the URLs, for the few articles that have any. */
export function translationsShown(build: Build): Record<string, string[]> {
  const shown: Record<string, string[]> = {};
  for (const newsroom of build.editions) {
    for (const entry of newsroom.articles) if (entry.translations.length > 0) shown[entry.inputPath] = entry.translations.map((t) => t.url);
  }
  return shown;
}

function sameTranslations(entry: Entry, before: readonly string[] = []): boolean {
  return entry.translations.length === before.length && entry.translations.every((translation, at) => translation.url === before[at]);
}

