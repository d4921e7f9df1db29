// Opinion, marked as opinion.
import { html, type SafeHtml } from "./html.ts";
import type { Entry } from "../newsroom/newsroom.ts";

/**
 * An opinion section's pieces say so before the headline, and carry the section's disclaimer (_data/sections.json):
 * on the article page, in the lite edition and in the feed item, so no reader takes a column for reporting.
 */
export function opinionLabel(entry: Entry): SafeHtml {
  const section = entry.section;
  return section?.opinion ? html`<p class="opinion-label"><a href="${section.url}">${section.name}</a></p>` : html``;
}

export function opinionDisclaimer(entry: Entry): SafeHtml {
  const section = entry.section;
  return section?.opinion && section.disclaimer ? html`<p class="opinion-disclaimer"><em>${section.disclaimer}</em></p>` : html``;
}
