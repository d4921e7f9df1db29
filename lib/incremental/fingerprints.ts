// A fingerprint for every page the page families write: a hash of everything the
// page is made from, so an incremental build rewrites exactly the pages whose
// fingerprint changed. What lies outside the articles (code, templates, _data,
// settings, the environment) is in the build key (lib/incremental/buildPlan.ts)
// and gives a full build when it changes; so a page's fingerprint is its family,
// its URL and its item, with each article in it replaced by a key of what an
// article contributes to a page:
// - its file and its images, by content id (the headline, lede, dates, body and
//   image sizes all follow from them);
// - what the newsroom made of it: its status, its topics' names and URLs (a
//   topic's URL can change when another article claims the slug first), its
//   bylines;
// - on its own page, also the keys of its "Read more" articles.
// Counts that change with every new article (a topic's size) are left out of an
// article's key: they appear only on the pages that list them, whose items carry
// them; and a family may say what of its item a page shows (`shows`: a numbered
// list page does not show the list's length). The test suite checks the result:
// an incremental build is byte for byte a full build (test/incremental.test.ts).
//
// At 100,000 articles that is 330,000 pages, and making every fingerprint again
// on every push took 3-4 s. So a build starting from a previous one takes from
// it what cannot have changed (lib/incremental/previousPages.ts): an article's
// card when nothing it is made from changed; an article's page as it was when
// its card, its "Read more" and their cards all are; and a list page (a topic's,
// an author's, the archive's, their feeds) as it was when no article joined,
// left or moved in its list and its articles' cards are as they were, which
// leaves a one-article push the pages of the archive and of the article's own
// topics and authors to fingerprint, not 30,000. What changed is worked out as
// above; the tests compare both ways with a full build.
import { hash as digest } from "node:crypto";
import type { Entry } from "../newsroom/newsroom.ts";
import type { PageFamily, PageSource } from "../pages/family.ts";
import { outputFile } from "../site/urls.ts";
import { imageSources } from "./articleRecords.ts";
import type { PageChanges } from "./outputChanges.ts";
import { PageManifest } from "./pageManifest.ts";

export type IdOf = (inputPath: string) => string | undefined;

export interface Fingerprints {
  /** Output file (relative to the output folder) → fingerprint, for every page of the families. */
  pages: PageManifest;
  /** Each live article's card, newest first (as the newsroom's articles), for the next build to take. */
  cards: string[];
  /** Starting from a previous build: the pages new or changed since, and the pages gone. */
  changes?: PageChanges;
}

/** What a build may take from the previous one as it is (lib/incremental/previousPages.ts). */
export interface PreviousPages {
  pages: PageManifest;
  /** The article's card in the previous build, when nothing it is made from has changed since. */
  cardOf(entry: Entry): string | undefined;
  /** Whether the article's "Read more" is the list the previous build showed. */
  sameRelated(entry: Entry): boolean;
  /** Whether the list (by URL: the archive, a topic, an author) holds the same articles as in the previous build, and shows itself the same. */
  listAsBefore(url: string): boolean;
}

/** What an article's card holds of each of its topics, beside the slug (the previous build's, to compare). */
export function topicShown(tag: { name: string; url: string }): string {
  return `${tag.name}\u0004${tag.url}`;
}

function isEntry(value: unknown): value is Entry {
  return typeof value === "object" && value !== null && "inputPath" in value && "related" in value && "bylines" in value;
}

// The one-shot digest: about twice as fast as createHash() on 300,000 short strings.
function hash(text: string): string {
  return digest("sha1", text, "base64url").slice(0, 22);
}

export function pageManifest(
  families: readonly PageFamily[],
  /** Every edition's (lib/pages/family.ts): the pages of all of them. */
  sources: readonly PageSource[],
  fileId: IdOf,
  imageId: IdOf,
  previous?: PreviousPages,
): Fingerprints {
  // Each article's card is kept on the article itself, under a key of this call's own: a page reads
  // about 2 million cards at 100k, and a property read was 3 times faster than a WeakMap's.
  const CARD = Symbol("card");
  const KEPT = Symbol("kept");
  type Carded = Entry & { [CARD]?: string | undefined; [KEPT]?: boolean };
  const card = (entry: Carded): string => {
    let key = entry[CARD];
    if (key === undefined) {
      const kept = previous?.cardOf(entry);
      entry[KEPT] = kept !== undefined;
      key = kept ?? hash(cardText(entry, fileId, imageId));
      entry[CARD] = key;
    }
    return key;
  };
  // Every article gets both keys at once, in the same order, as in previousPages.ts (reads stay fast).
  const articles = sources.flatMap((source) => source.newsroom.articles);
  for (const entry of articles as Carded[]) {
    entry[CARD] = undefined;
    entry[KEPT] = false;
  }
  const kept = (entry: Carded): boolean => {
    card(entry);
    return entry[KEPT] === true;
  };
  // An article page as the previous build wrote it: the same card, and the same "Read more" of the same cards.
  const asBefore = (entry: Entry): boolean => previous !== undefined && kept(entry) && previous.sameRelated(entry) && entry.related.every(kept);
  // An article's page and its lite page show the same: the article and its "Read more" (worked out once for both).
  const shownOnArticlePage = new Map<readonly unknown[], { text: string[]; asBefore: boolean[] }>();
  const articleShown = (entry: Entry): string => `${card(entry)}\n${entry.related.map(card).join(" ")}`;

  // Starting from the previous build's manifest, a page as it was is not looked at at all (200,000 of them at 100k:
  // building their file names and looking them up took 0.5 s); the pages made again are compared as they are made.
  const pages = previous ? previous.pages.next() : new PageManifest();
  const write = new Set<string>();
  let stillThere = 0;
  for (const family of families) for (const source of sources) {
    const items = family.items(source);
    // A family of a page per live article: a kept article had its page in the previous build, at the same URL.
    const perArticle = items === source.newsroom.articles;
    let shownOnce = shownOnArticlePage.get(items);
    if (!shownOnce) shownOnArticlePage.set(items, (shownOnce = { text: [], asBefore: [] }));
    for (let at = 0; at < items.length; at++) {
      const item = items[at];
      const shown = family.shows ? family.shows(item) : item;
      if (perArticle && shown === item && isEntry(shown) && (shownOnce.asBefore[at] ??= asBefore(shown))) {
        stillThere++;
        continue;
      }
      // A page of a list whose articles are the same, with the same cards: as the previous build wrote it.
      if (previous && family.list && family.articlesOn && previous.listAsBefore(family.list(item)) && family.articlesOn(item).every(kept)) {
        stillThere++;
        continue;
      }
      const url = family.url(item);
      const file = outputFile(url);
      // The page of an article itself (most pages): the article and what its "Read more" shows.
      const text = !isEntry(shown) ? pageText(shown, card) : shown === item ? (shownOnce.text[at] ??= articleShown(shown)) : articleShown(shown);
      const fingerprint = hash(`${family.name}\n${url}\n${text}`);
      const was = previous?.pages.get(file);
      if (was !== undefined) stillThere++;
      if (was !== fingerprint) {
        pages.set(file, fingerprint);
        write.add(file);
      }
    }
  }
  const cards = articles.map(card);
  if (!previous) return { pages, cards };
  // Pages the previous build wrote and no family writes now: found by listing every page again, only when there are some.
  const remove = stillThere === previous.pages.size ? [] : pagesGone(families, sources, previous.pages);
  for (const file of remove) pages.delete(file);
  return { pages, cards, changes: { write, remove } };
}

function pagesGone(families: readonly PageFamily[], sources: readonly PageSource[], previous: PageManifest): string[] {
  const now = new Set<string>();
  for (const family of families) for (const source of sources) for (const item of family.items(source)) now.add(outputFile(family.url(item)));
  return [...previous.keys()].filter((file) => !now.has(file));
}

/**
 * What an article's card is made from. Fields are set apart by control
 * characters, which ids, paths, topic names and bylines do not hold (a string
 * built here: JSON.stringify took 1 s at 100k).
 */
function cardText(entry: Entry, fileId: IdOf, imageId: IdOf): string {
  let text = `${fileId(entry.inputPath) ?? entry.inputPath}\u0001${entry.status}`;
  for (const src of imageSources(entry)) text += `\u0002${imageId(src) ?? src}`;
  for (const tag of entry.tags) text += `\u0003${tag.slug}\u0004${topicShown(tag)}`;
  for (const byline of entry.bylines) text += `\u0005${byline.name}\u0004${byline.author?.slug ?? ""}`;
  // Its page links to its translations (and names them as alternates).
  for (const translation of entry.translations) text += `\u0006${translation.url}`;
  return text;
}

/**
 * What a page shows as text, each article in it as its card: JSON's shapes,
 * written here rather than with JSON.stringify and a replacer, which calls back
 * into JavaScript for every value (3 s of 5 for 330,000 pages at 100k). Text is
 * written as its length and itself, which tells any two strings apart without
 * escaping them (JSON.stringify on each took a third of the time).
 */
function pageText(value: unknown, card: (entry: Entry) => string): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return `${value.length}"${value}`;
    case "number":
    case "boolean":
      return String(value);
    case "object":
      break;
    default:
      return "null";
  }
  if (isEntry(value)) return `#${card(value)}`;
  if (Array.isArray(value)) {
    // Concatenated as it goes (no array of texts to join: a list page of 20 cards, tens of thousands of times at 100k).
    let text = "[";
    for (let at = 0; at < value.length; at++) text += `${at === 0 ? "" : ","}${pageText(value[at], card)}`;
    return `${text}]`;
  }
  const json = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof json === "function") return pageText(json.call(value), card);
  let text = "{";
  for (const key of Object.keys(value)) text += `${key.length}"${key}:${pageText((value as Record<string, unknown>)[key], card)},`;
  return `${text}}`;
}
