// URL slugs. Cyrillic and accented Latin are transliterated by @sindresorhus/slugify
// (the library Eleventy itself uses); a name with nothing to transliterate (emoji,
// CJK) still gets a stable slug from a hash of the name, so it can have a page.
import { createHash } from "node:crypto";
import slugifyLibrary from "@sindresorhus/slugify";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs are one folder name in every URL and output path; file systems stop at 255 bytes. */
export const MAX_SLUG_LENGTH = 80;

export function slugify(text: string): string {
  return slugifyLibrary(text, { decamelize: false });
}

export function slugOrHash(text: string, fallbackPrefix: string): string {
  return slugify(text) || `${fallbackPrefix}-${shortHash(text.toLowerCase())}`;
}

/** An article's slug from its headline, cut at a word boundary to fit MAX_SLUG_LENGTH. */
export function headlineSlug(title: string): string {
  const slug = slugOrHash(title, "article");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.lastIndexOf("-", MAX_SLUG_LENGTH);
  return cut > MAX_SLUG_LENGTH / 2 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, "");
}

export function shortHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
}
