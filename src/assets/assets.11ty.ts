// Writes the hashed stylesheet and script (lib/site/assets.ts).
import type { TemplateData } from "../../lib/eleventy/types.ts";
import type { BuiltAsset } from "../../lib/site/assets.ts";

// Eleventy's own pagination, one page per asset: two files, so Eleventy writes them.
type Data = TemplateData & { pagination: { items: BuiltAsset[] } };

export const data = {
  pagination: { data: "collections.editions.0.assets.all", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.url,
  eleventyExcludeFromCollections: true,
};

export function render(data: Data): string {
  return data.pagination.items[0]?.contents ?? "";
}
