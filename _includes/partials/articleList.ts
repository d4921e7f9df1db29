// A newest-first list of articles. `<ol reversed start>` numbers them as the
// archive does: the oldest article is number 1.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import type { Entry } from "../../lib/newsroom/newsroom.ts";
import type { SiteSettings } from "../../lib/site/settings.ts";
import { byline, kicker, listDate, statusBadge } from "./articleMeta.ts";
import { opinionLabel } from "../../lib/render/opinion.ts";

/** `summary: false` for the short cards under a front-page block's first: headline, byline and date. */
export function storyCard(entry: Entry, site: SiteSettings, headingLevel: 2 | 3 = 3, { summary = true } = {}): SafeHtml {
  const link = html`<a href="${entry.url}">${statusBadge(entry, site)}${entry.title}</a>`;
  return html`<article class="story">
  ${opinionLabel(entry)}${kicker(entry)}
  ${headingLevel === 2 ? html`<h2 class="story__title">${link}</h2>` : html`<h3 class="story__title">${link}</h3>`}
  ${summary ? html`<p class="story__summary">${entry.summary}</p>` : ""}
  <div class="story__meta">${byline(entry.bylines, site)}${listDate(entry, site)}</div>
</article>`;
}

/** `headingLevel`: 2 right under a page's h1 (archive, topic and author pages), 3 under a section's h2. */
export function articleList(entries: readonly Entry[], site: SiteSettings, firstPosition?: number, headingLevel: 2 | 3 = 2): SafeHtml {
  const start = firstPosition === undefined ? "" : html` start="${firstPosition}"`;
  return html`<ol class="story-list" reversed${start}>
${entries.map((entry) => html`<li>${storyCard(entry, site, headingLevel)}</li>
`)}</ol>`;
}
