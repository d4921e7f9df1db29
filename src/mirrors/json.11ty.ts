// /mirrors.json: the current mirrors for apps and other sites to read.
import { primaryEdition, type TemplateData } from "../../lib/eleventy/types.ts";

export const data = { permalink: "/mirrors.json", eleventyExcludeFromCollections: true };

export function render(data: TemplateData): string {
  const { site, mirrors } = primaryEdition(data).settings;
  const list = {
    name: site.name,
    primary: `${site.url}/`,
    feed: `${site.url}/feed.xml`,
    onion: mirrors.onion ? `${mirrors.onion}/` : null,
    mirrors: mirrors.mirrors,
  };
  return `${JSON.stringify(list, null, 2)}\n`;
}
