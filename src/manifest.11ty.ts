// /manifest.webmanifest: the outlet's name, colours and icons for readers who add
// the site to a phone's home screen. URLs are relative to the manifest, so a
// mirror under a path prefix gets its own start page and icons.
import { primaryEdition, type TemplateData } from "../lib/eleventy/types.ts";
import { ICONS } from "../lib/site/icons.ts";
import { THEME_COLOUR, PAPER_COLOUR } from "../_includes/partials/documentHead.ts";

export const data = { permalink: "/manifest.webmanifest", eleventyExcludeFromCollections: true };

export function render(data: TemplateData): string {
  // The primary edition's: one manifest for the site, whose start page is its front page.
  const { site } = primaryEdition(data).settings;
  const relative = (url: string) => `.${url}`;
  const manifest = {
    name: site.name,
    short_name: site.name,
    description: site.description,
    lang: site.language,
    start_url: "./",
    scope: "./",
    display: "minimal-ui",
    theme_color: THEME_COLOUR,
    background_color: PAPER_COLOUR,
    icons: [
      ...ICONS.png.map(({ url, size }) => ({ src: relative(url), sizes: `${size}x${size}`, type: "image/png" })),
      { src: relative(ICONS.svg), sizes: "any", type: "image/svg+xml" },
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
