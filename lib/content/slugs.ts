// URL slugs. Cyrillic and accented Latin are transliterated by @sindresorhus/slugify
// (the library Eleventy itself uses); a name with nothing to transliterate (emoji,
// CJK) still gets a stable slug from a hash of the name, so it can have a page.
import { createHash } from "node:crypto";
import slugifyLibrary from "@sindresorhus/slugify";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  return slugifyLibrary(text, { decamelize: false });
}

export function slugOrHash(text: string, fallbackPrefix: string): string {
  return slugify(text) || `${fallbackPrefix}-${shortHash(text.toLowerCase())}`;
}

export function shortHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 8);
}
