// The single pages every edition has (its front page, search, support, mirrors,
// topic and author indexes, the text-only front, the 404 page, the news
// sitemap): one template in src/, which Eleventy's own pagination writes once
// per edition, at the same path under each edition's place (`/search/`,
// `/ru/search/`). https://www.11ty.dev/docs/pagination/
import { inEdition } from "../site/editions.ts";
import type { TemplateData } from "./types.ts";

/** A template's data for a page at `path` in every edition; `extra` adds to it (`eleventyExcludeFromCollections`). */
export function inEveryEdition(path: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    pagination: { data: "collections.editions", size: 1, alias: "edition" },
    permalink: (data: TemplateData) => inEdition(data.edition.settings.site.root, path),
    ...extra,
  };
}
