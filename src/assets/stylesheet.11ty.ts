// /assets/site.css: the base stylesheet plus one rule per notice in _data, which
// hides a notice the reader dismissed (see _includes/partials/clientState.ts).
import { readFileSync } from "node:fs";
import type { TemplateData } from "../../lib/eleventy/types.ts";

const base = readFileSync(new URL("../../_includes/styles/site.css", import.meta.url), "utf8");

export const data = { permalink: "/assets/site.css", eleventyExcludeFromCollections: true };

export function render(data: TemplateData): string {
  const rules = data.collections.newsroom.settings.notices.map(
    // Notice ids are checked against /^[a-z0-9-]+$/, so they are safe inside the selector.
    (notice) => `html[data-hidden~="notice:${notice.id}"] [data-notice="${notice.id}"] { display: none; }`,
  );
  return `${base}\n/* Dismissed notices */\n${rules.join("\n")}\n`;
}
