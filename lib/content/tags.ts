// Tags as editors type them become one tag per slug: "Exile", "exile " and
// "EXILE" share a page, and so do names that transliterate to the same slug.
import { slugOrHash } from "./slugs.ts";

export function normalizeTagName(raw: string): string {
  return raw.normalize("NFC").trim().replace(/\s+/gu, " ");
}

// A build asks for the slug of the same few thousand names hundreds of thousands of times.
const slugCache = new Map<string, string>();

export function tagSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) slugCache.set(name, (slug = slugOrHash(name, "tag")));
  return slug;
}

export interface Tag {
  slug: string;
  /** The spelling editors use most; on a tie, the one met first (the newest article's). */
  name: string;
  count: number;
}

/** Normalised names of one article, one per slug, in the order the editor wrote them. */
export function uniqueTagNames(rawNames: readonly string[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of rawNames) {
    const name = normalizeTagName(raw);
    if (name === "") continue;
    const slug = tagSlug(name);
    if (seen.has(slug)) continue;
    seen.add(slug);
    names.push(name);
  }
  return names;
}

/** Merges the tags of all articles (newest first) into one entry per slug, counting articles. */
export function mergeTags(articlesTagNames: Iterable<readonly string[]>): Map<string, Tag> {
  const spellings = new Map<string, Map<string, number>>();
  const counts = new Map<string, number>();
  for (const names of articlesTagNames) {
    for (const name of names) {
      const slug = tagSlug(name);
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
      let variants = spellings.get(slug);
      if (!variants) spellings.set(slug, (variants = new Map()));
      variants.set(name, (variants.get(name) ?? 0) + 1);
    }
  }
  const tags = new Map<string, Tag>();
  for (const [slug, variants] of spellings) {
    tags.set(slug, { slug, name: preferredSpelling(variants), count: counts.get(slug) ?? 0 });
  }
  return tags;
}

function preferredSpelling(variants: Map<string, number>): string {
  let best: [string, number] | undefined;
  for (const entry of variants) {
    if (!best || entry[1] > best[1]) best = entry;
  }
  return best ? best[0] : "";
}
