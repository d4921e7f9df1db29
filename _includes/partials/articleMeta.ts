// Bylines, datelines and kickers, shared by article pages and article lists.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import { displayDate, displayDateTime, isoTimestamp } from "../../lib/content/dates.ts";
import { type Byline, type Entry, liteUrl } from "../../lib/newsroom/newsroom.ts";
import type { SiteSettings } from "../../lib/site/settings.ts";

/** Staff names link to their author page; guest and pseudonymous bylines are plain text. */
export function byline(bylines: readonly Byline[], site: SiteSettings): SafeHtml {
  const names = bylines.map(({ name, author }) =>
    author ? html`<a class="byline__author" rel="author" href="${author.url}">${name}</a>` : html`<span class="byline__author">${name}</span>`,
  );
  return html`<p class="byline">${site.labels.html("byline", { names: site.labels.list(names) })}</p>`;
}

/** Marks what search results show beside the headline (Pagefind metadata); only on the article page. */
export interface MetaOptions {
  searchMeta?: boolean;
}

export function kicker(entry: Entry, { searchMeta = false }: MetaOptions = {}): SafeHtml {
  const first = entry.tags[0];
  if (!first) return html``;
  return html`<p class="kicker"><a href="${first.url}"${searchMeta ? html` data-pagefind-meta="kicker"` : ""}>${first.name}</a></p>`;
}

export function listDate(entry: Entry, site: SiteSettings): SafeHtml {
  return html`<time datetime="${isoTimestamp(entry.published, site.timezone)}">${displayDate(entry.published, site.timezone, site.language)}</time>`;
}

export function dateline(entry: Entry, site: SiteSettings, { searchMeta = false }: MetaOptions = {}): SafeHtml {
  const meta = searchMeta ? html` data-pagefind-meta="date"` : "";
  const published = html`<time datetime="${isoTimestamp(entry.published, site.timezone)}"${meta}>${displayDateTime(entry.published, site.timezone, site.language)}</time> ${site.timezoneLabel}`;
  const updated = entry.updated
    ? html` · <span class="dateline__updated">${site.labels.html("updated", { date: html`<time datetime="${isoTimestamp(entry.updated, site.timezone)}">${displayDateTime(entry.updated, site.timezone, site.language)}</time>` })}</span>`
    : "";
  // Not text to search or to quote in a result: the date is shown as the result's metadata.
  return html`<p class="dateline"${searchMeta ? html` data-pagefind-ignore` : ""}>${published}${updated}</p>`;
}

/**
 * "Читать по-русски": the article in the other editions that have it, each link in its own language. In the lite
 * edition, to the translation's lite page.
 */
export function translationLinks(entry: Entry, site: SiteSettings, { lite = false } = {}): SafeHtml {
  const links = entry.translations.flatMap((translation) => {
    const edition = site.editionLinks.find((other) => other.language === translation.language);
    if (!edition) return [];
    const url = lite ? liteUrl({ url: translation.url, root: edition.root }) : translation.url;
    return [html`<a href="${url}" hreflang="${translation.language}" lang="${translation.language}">${edition.readIn}</a>`];
  });
  if (links.length === 0) return html``;
  return html`<p class="translations" data-pagefind-ignore>${links.map((link, at) => html`${at > 0 ? " · " : ""}${link}`)}</p>`;
}

/** Shown only by the dev server, which lists drafts and scheduled articles. */
export function statusBadge(entry: Entry, site: SiteSettings): SafeHtml {
  if (entry.status === "draft") return html`<span class="status-badge">${site.labels.text("draft")}</span> `;
  if (entry.status === "scheduled") return html`<span class="status-badge">${site.labels.text("scheduled")}</span> `;
  return html``;
}
