// Corrections, dated, at the end of an article: on its page, its lite edition
// and in its feed item, so readers who saw the error can see the fix.
import { html, type SafeHtml } from "./html.ts";
import { displayDate, isoTimestamp } from "../content/dates.ts";
import type { Correction } from "../content/article.ts";
import type { SiteSettings } from "../site/settings.ts";

export function correctionsBlock(corrections: readonly Correction[], site: SiteSettings): SafeHtml {
  if (corrections.length === 0) return html``;
  return html`<aside class="corrections" aria-label="${site.labels.count("corrections", corrections.length)}">
<h2>${site.labels.count("corrections", corrections.length)}</h2>
<ul>
${corrections.map(
  (c) => html`<li><time datetime="${isoTimestamp(c.date, site.timezone)}">${displayDate(c.date, site.timezone, site.language)}</time>: ${c.text}</li>
`,
)}</ul>
</aside>`;
}
