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
  // One pass from the oldest article, one lookup for each name of each article (300,000 at 100k articles, among
  // 5,000 names): how often each spelling is used, the newest article using it, and the order topics first appear.
  const spelt = new Map<string, Spelling>();
  const order: string[] = [];
  const seen = new Set<string>();
  const repeats = new Map<string, number>();
  const inArticle: Spelling[] = [];
  for (let article = newestFirst.length - 1; article >= 0; article--) {
    const names = newestFirst[article] ?? [];
    inArticle.length = 0;
    for (let at = 0; at < names.length; at++) {
      const name = names[at] ?? "";
      let spelling = spelt.get(name);
      if (!spelling) {
        spelling = { name, key: keyOf(name), uses: 0, newest: article, at };
        spelt.set(name, spelling);
        if (!seen.has(spelling.key)) {
          seen.add(spelling.key);
          order.push(spelling.key);
        }
      }
      spelling.uses++;
      spelling.newest = article;
      spelling.at = at;
      // An article counts once for each topic however it spells it: a second spelling of one topic is taken off.
      const { key } = spelling;
      if (inArticle.some((other) => other.key === key)) repeats.set(key, (repeats.get(key) ?? 0) + 1);
      inArticle.push(spelling);
    }
  }
  const variants = new Map<string, Spelling[]>();
  for (const spelling of spelt.values()) {
    const list = variants.get(spelling.key);
    if (list) list.push(spelling);
    else variants.set(spelling.key, [spelling]);
  }
  const declaredNames = new Map([...spellings.values()].map((name) => [topicKey(name), normalizeTagName(name)]));
  const byKey = new Map<string, Tag>();
  const bySlug = new Map<string, Tag[]>();
  // Slugs are handed out in the order topics first appear, oldest article first.
  for (const key of order) {
    const used = variants.get(key) ?? [];
    const shown = declaredNames.get(key) ?? preferredSpelling(used);
    const wanted = tagSlug(shown);
    const sharing = bySlug.get(wanted);
    const count = used.reduce((sum, spelling) => sum + spelling.uses, 0) - (repeats.get(key) ?? 0);
    const tag: Tag = { slug: sharing ? `${wanted}-${shortHash(key)}` : wanted, name: shown, count };
    if (sharing) sharing.push(tag);
    else bySlug.set(wanted, [tag]);
    byKey.set(key, tag);
  }
  const clashes = [...bySlug.values()].filter((tags) => tags.length > 1);
  return { byKey, keyOf, clashes };
}

/** A way a topic's name is written, as the articles use it. */
interface Spelling {
  name: string;
  key: string;
  uses: number;
  /** The newest article using it (its position, newest first), and where among that article's topics. */
  newest: number;
  at: number;
}

/** The spelling most articles use; on a tie, the one the newest article uses (the first it gives, if it uses both). */
function preferredSpelling(variants: readonly Spelling[]): string {
  let best: Spelling | undefined;
  for (const spelling of variants) {
    if (!best || spelling.uses > best.uses || (spelling.uses === best.uses && newer(spelling, best))) best = spelling;
  }
  return best ? best.name : "";
}

function newer(a: Spelling, b: Spelling): boolean {
  return a.newest < b.newest || (a.newest === b.newest && a.at < b.at);
}

export function topicClashWarning(clashes: readonly Tag[][], root = "/"): string | undefined {
  if (clashes.length === 0) return undefined;
  const lines = clashes.map((tags) => `  ${tags.map((tag) => `${tag.name} (${root}tags/${tag.slug}/)`).join(", ")}`);
  return (
    `Broadside: ${clashes.length} group${clashes.length === 1 ? " of topics has" : "s of topics have"} names that make the same URL; ` +
    `each keeps its own page (if they are one topic, declare the spellings in _data/topics.json):\n${lines.join("\n")}`
  );
}
