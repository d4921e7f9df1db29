// Bylines, datelines and kickers, shared by article pages and article lists.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import { displayDate, displayDateTime, isoTimestamp } from "../../lib/content/dates.ts";
import type { Byline, Entry } from "../../lib/newsroom/newsroom.ts";
import type { SiteSettings } from "../../lib/site/settings.ts";

/** Staff names link to their author page; guest and pseudonymous bylines are plain text. */
export function byline(bylines: readonly Byline[]): SafeHtml {
  const names = bylines.map(({ name, author }) =>
    author ? html`<a class="byline__author" rel="author" href="${author.url}">${name}</a>` : html`<span class="byline__author">${name}</span>`,
  );
  const joined = names.flatMap((name, i) => {
    if (i === 0) return [name];
    return [html`${i === names.length - 1 ? " and " : ", "}`, name];
  });
  return html`<p class="byline">By ${joined}</p>`;
}

export function kicker(entry: Entry): SafeHtml {
  const first = entry.tags[0];
  return first ? html`<p class="kicker"><a href="${first.url}">${first.name}</a></p>` : html``;
}

export function listDate(entry: Entry, site: SiteSettings): SafeHtml {
  return html`<time datetime="${isoTimestamp(entry.published, site.timezone)}">${displayDate(entry.published, site.timezone, site.language)}</time>`;
}

export function dateline(entry: Entry, site: SiteSettings): SafeHtml {
  const published = html`<time datetime="${isoTimestamp(entry.published, site.timezone)}">${displayDateTime(entry.published, site.timezone, site.language)}</time> ${site.timezoneLabel}`;
  const updated = entry.updated
    ? html` · <span class="dateline__updated">Updated <time datetime="${isoTimestamp(entry.updated, site.timezone)}">${displayDateTime(entry.updated, site.timezone, site.language)}</time></span>`
    : "";
  return html`<p class="dateline">${published}${updated}</p>`;
}

/** Shown only by the dev server, which lists drafts and scheduled articles. */
export function statusBadge(entry: Entry): SafeHtml {
  if (entry.status === "draft") return html`<span class="status-badge">Draft</span> `;
  if (entry.status === "scheduled") return html`<span class="status-badge">Scheduled</span> `;
  return html``;
}
