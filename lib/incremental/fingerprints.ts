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
import { hash as digest } from "node:crypto";
import type { Entry } from "../newsroom/newsroom.ts";
import type { PageFamily, PageSource } from "../pages/family.ts";
import { outputFile } from "../site/urls.ts";
import { imageSources } from "./articleRecords.ts";

export type IdOf = (inputPath: string) => string | undefined;

/** Output file (relative to the output folder) → fingerprint, for every page of `families`. */
export type PageManifest = Map<string, string>;

function isEntry(value: unknown): value is Entry {
  return typeof value === "object" && value !== null && "inputPath" in value && "related" in value && "bylines" in value;
}

// The one-shot digest: about twice as fast as createHash() on 300,000 short strings.
function hash(text: string): string {
  return digest("sha1", text, "base64url").slice(0, 22);
}

export function pageManifest(families: readonly PageFamily[], source: PageSource, fileId: IdOf, imageId: IdOf): PageManifest {
  // Each article's card is kept on the article itself, under a key of this call's own: a page reads
  // about 2 million cards at 100k, and a property read was 3 times faster than a WeakMap's.
  const CARD = Symbol("card");
  type Carded = Entry & { [CARD]?: string };
  const card = (entry: Carded): string => {
    let key = entry[CARD];
    if (key === undefined) {
      // Fields set apart by control characters, which ids, paths, topic names and bylines do not hold
      // (a string built here: JSON.stringify took 1 s at 100k).
      let text = `${fileId(entry.inputPath) ?? entry.inputPath}\u0001${entry.status}`;
      for (const src of imageSources(entry)) text += `\u0002${imageId(src) ?? src}`;
      for (const tag of entry.tags) text += `\u0003${tag.slug}\u0004${tag.name}\u0004${tag.url}`;
      for (const byline of entry.bylines) text += `\u0005${byline.name}\u0004${byline.author?.slug ?? ""}`;
      key = hash(text);
      entry[CARD] = key;
    }
    return key;
  };
  // An article's page and its lite page show the same: the article and its "Read more" (worked out once for both).
  const shownOnArticlePage = new Map<readonly unknown[], string[]>();
  const articleShown = (entry: Entry): string => `${card(entry)}\n${entry.related.map(card).join(" ")}`;

  const manifest: PageManifest = new Map();
  for (const family of families) {
    const items = family.items(source);
    let shownOnce = shownOnArticlePage.get(items);
    if (!shownOnce) shownOnArticlePage.set(items, (shownOnce = []));
    for (let at = 0; at < items.length; at++) {
      const item = items[at];
      const url = family.url(item);
      const shown = family.shows ? family.shows(item) : item;
      // The page of an article itself (most pages): the article and what its "Read more" shows.
      const text = !isEntry(shown) ? pageText(shown, card) : shown === item ? (shownOnce[at] ??= articleShown(shown)) : articleShown(shown);
      manifest.set(outputFile(url), hash(`${family.name}\n${url}\n${text}`));
    }
  }
  return manifest;
}

/**
 * What a page shows as text, each article in it as its card: JSON's shapes,
 * written here rather than with JSON.stringify and a replacer, which calls back
 * into JavaScript for every value (3 s of 5 for 330,000 pages at 100k).
 */
function pageText(value: unknown, card: (entry: Entry) => string): string {
  if (value === null || value === undefined) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
    case "boolean":
      return String(value);
    case "object":
      break;
    default:
      return "null";
  }
  if (isEntry(value)) return `#${card(value)}`;
  if (Array.isArray(value)) return `[${value.map((member) => pageText(member, card)).join(",")}]`;
  const json = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof json === "function") return pageText(json.call(value), card);
  let text = "{";
  for (const key of Object.keys(value)) text += `${JSON.stringify(key)}:${pageText((value as Record<string, unknown>)[key], card)},`;
  return `${text}}`;
}
