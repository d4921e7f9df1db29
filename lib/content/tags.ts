// Topics (front matter `tags`) as editors type them. Names equal after case and
// space folding are one topic ("Exile", "exile ", "EXILE"); so are spellings
// the newsroom declares alike in _data/topics.json ("Oil & Gas" and "Oil and
// Gas"). Any other two names are two topics with two pages, even when their
// slugs would collide ("C++" is not "C"): the first to be published keeps the
// plain slug, later ones get a stable suffix, and the build prints the clash.
import slugifyLibrary from "@sindresorhus/slugify";
import { MAX_SLUG_LENGTH, shortHash } from "./slugs.ts";

export function normalizeTagName(raw: string): string {
  return raw.normalize("NFC").trim().replace(/\s+/gu, " ");
}

/** What makes two spellings one topic: case and spacing do not count. */
export function topicKey(name: string): string {
  return normalizeTagName(name).toLowerCase();
}

/** Symbols that carry meaning in topic names, spelt out so `C++`, `C#` and `C` get different slugs. */
const SPELLED_SYMBOLS: [string, string][] = [
  ["+", " plus "],
  ["#", " sharp "],
  ["@", " at "],
  ["%", " percent "],
];

// A build asks for the slug of the same few thousand names hundreds of thousands of times.
const slugCache = new Map<string, string>();

/**
 * The slug a topic's name asks for: transliterated where the script allows
 * (`Репрессии` → `repressii`); otherwise the name's own letters, lower case,
 * which browsers show as typed and hosts and feeds carry %-encoded (`中国`, `🔥`).
 */
export function tagSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) slugCache.set(name, (slug = computeSlug(name)));
  return slug;
}

function computeSlug(name: string): string {
  const latin = slugifyLibrary(name, { decamelize: false, customReplacements: SPELLED_SYMBOLS });
  if (latin) return cut(latin);
  const own = normalizeTagName(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Extended_Pictographic}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return own ? cut(own) : `tag-${shortHash(topicKey(name))}`;
}

/** At most MAX_SLUG_LENGTH code points, cut at a hyphen where there is one. */
function cut(slug: string): string {
  const points = [...slug];
  if (points.length <= MAX_SLUG_LENGTH) return slug;
  const head = points.slice(0, MAX_SLUG_LENGTH).join("");
  const hyphen = head.lastIndexOf("-");
  return hyphen > MAX_SLUG_LENGTH / 2 ? head.slice(0, hyphen) : head;
}

/** Normalised names of one article, one per topic, in the order the editor wrote them. */
export function uniqueTagNames(rawNames: readonly string[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of rawNames) {
    const name = normalizeTagName(raw);
    const key = topicKey(name);
    if (name === "" || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

export interface Tag {
  slug: string;
  /** The declared name (_data/topics.json), or the spelling editors use most; on a tie, the newest article's. */
  name: string;
  count: number;
}

/** Spellings the newsroom declares as one topic: each folded spelling → the topic's name. */
export type TopicSpellings = ReadonlyMap<string, string>;

export interface Topics {
  /** Each topic by its key (the folded name it is filed under). */
  byKey: Map<string, Tag>;
  /** The key an article's tag name belongs to. */
  keyOf(name: string): string;
  /** Different topics whose names ask for the same slug, oldest first; each keeps its own page. */
  clashes: Tag[][];
}

/**
 * Every topic of the live articles, `newestFirst` as the newsroom holds them.
 * Slugs are handed out oldest article first, so adding an article never moves an
 * existing topic's URL.
 */
export function mergeTopics(newestFirst: readonly (readonly string[])[], spellings: TopicSpellings = new Map()): Topics {
  // Asked for every topic of every article, several times: 5,000 names among 300,000 at 100k articles.
  const known = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = known.get(name);
    if (key === undefined) {
      key = topicKey(name);
      const declared = spellings.get(key);
      if (declared !== undefined) key = topicKey(declared);
      known.set(name, key);
    }
    return key;
  };
  const variants = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  const keysOf = newestFirst.map((names) => names.map(keyOf));
  for (let article = 0; article < newestFirst.length; article++) {
    const names = newestFirst[article] ?? [];
    const keys = keysOf[article] ?? [];
    for (let at = 0; at < names.length; at++) {
      const key = keys[at] ?? "";
      const name = names[at] ?? "";
      // An article counts once for each topic however it spells it (a few names: no Set for each of 100,000 articles).
      if (keys.indexOf(key) === at) counts.set(key, (counts.get(key) ?? 0) + 1);
      let spelt = variants.get(key);
      if (!spelt) variants.set(key, (spelt = new Map()));
      spelt.set(name, (spelt.get(name) ?? 0) + 1);
    }
  }
  const declaredNames = new Map([...spellings.values()].map((name) => [topicKey(name), normalizeTagName(name)]));
  const byKey = new Map<string, Tag>();
  const bySlug = new Map<string, Tag[]>();
  for (let i = newestFirst.length - 1; i >= 0; i--) {
    for (const key of keysOf[i] ?? []) {
      if (byKey.has(key)) continue;
      const spelt = variants.get(key) ?? new Map();
      const shown = declaredNames.get(key) ?? preferredSpelling(spelt);
      const wanted = tagSlug(shown);
      const sharing = bySlug.get(wanted);
      const tag: Tag = { slug: sharing ? `${wanted}-${shortHash(key)}` : wanted, name: shown, count: counts.get(key) ?? 0 };
      if (sharing) sharing.push(tag);
      else bySlug.set(wanted, [tag]);
      byKey.set(key, tag);
    }
  }
  const clashes = [...bySlug.values()].filter((tags) => tags.length > 1);
  return { byKey, keyOf, clashes };
}

function preferredSpelling(variants: Map<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of variants) {
    if (!best || entry[1] > best[1]) best = entry;
  }
  return best ? best[0] : "";
}

export function topicClashWarning(clashes: readonly Tag[][]): string | undefined {
  if (clashes.length === 0) return undefined;
  const lines = clashes.map((tags) => `  ${tags.map((tag) => `${tag.name} (/tags/${tag.slug}/)`).join(", ")}`);
  return (
    `Broadside: ${clashes.length} group${clashes.length === 1 ? " of topics has" : "s of topics have"} names that make the same URL; ` +
    `each keeps its own page (if they are one topic, declare the spellings in _data/topics.json):\n${lines.join("\n")}`
  );
}
