// RSS 2.0 with full text: `content:encoded` carries the article as HTML with every
// URL absolute, `description` the lede, `dc:creator` each author, `category` each
// tag. The guid names the source file and publication day, so editing a headline
// (and with it the URL) does not make readers' apps show the story twice.
import { correctionsBlock } from "./corrections.ts";
import { opinionDisclaimer, opinionLabel } from "./opinion.ts";
import { escapeHtml, html, raw, type SafeHtml } from "./html.ts";
import { isoDay, rfc822 } from "../content/dates.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import type { SiteSettings } from "../site/settings.ts";
import { type ImageSet, shareImage } from "../site/images.ts";
import { absoluteUrl } from "../site/urls.ts";
import { LOGO } from "./structuredData.ts";

export interface FeedChannel {
  title: string;
  description: string;
  /** Path of the page the feed mirrors, e.g. `/tags/exile/`. */
  pageUrl: string;
  /** Path of the feed itself. */
  feedUrl: string;
}

export function guid(entry: Entry, site: SiteSettings): string {
  const host = new URL(site.url).host;
  return `tag:${host},${isoDay(entry.published, site.timezone)}:${entry.sourceKey}`;
}

/** The feed around its items (`rssItem`), newest first; `newest` dates the feed. */
export function rssFeed(site: SiteSettings, channel: FeedChannel, newest: Entry | undefined, items: readonly SafeHtml[]): string {
  return html`<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>${channel.title}</title>
<link>${absoluteUrl(site, channel.pageUrl)}</link>
<description>${channel.description}</description>
<language>${site.language}</language>
<atom:link href="${absoluteUrl(site, channel.feedUrl)}" rel="self" type="application/rss+xml"/>
<image><url>${absoluteUrl(site, LOGO.src)}</url><title>${channel.title}</title><link>${absoluteUrl(site, channel.pageUrl)}</link></image>
${newest ? html`<lastBuildDate>${rfc822(newest.updated ?? newest.published, site.timezone)}</lastBuildDate>
` : ""}${items}</channel>
</rss>
`.value;
}

// Every item starts and ends a line of its own, and holds no other: what it carries is escaped.
const ITEM_START = "<item>\n";
const ITEM_END = "</item>\n";
const GUID_START = '<guid isPermaLink="false">';

/** One article as a feed item; `body` is its HTML with every URL absolute. */
export function rssItem(entry: Entry, site: SiteSettings, body: string, images: ImageSet): SafeHtml {
  // The lead image as media:content and inline too: many readers' apps show only content:encoded.
  const lead = entry.image ? images.get(entry.image.src) : undefined;
  const share = lead ? shareImage(lead) : undefined;
  const shareUrl = share ? absoluteUrl(site, share.url) : undefined;
  const figure =
    entry.image && shareUrl
      ? html`<figure><img src="${shareUrl}" alt="${entry.image.alt}" width="${share?.width}" height="${share?.height}">${
          entry.image.caption || entry.image.credit
            ? html`<figcaption>${[entry.image.caption, entry.image.credit].filter(Boolean).join(" ")}</figcaption>`
            : ""
        }</figure>
`.value
      : "";
  return html`${raw(ITEM_START)}<title>${entry.title}</title>
<link>${absoluteUrl(site, entry.url)}</link>
<guid isPermaLink="false">${guid(entry, site)}</guid>
<pubDate>${rfc822(entry.published, site.timezone)}</pubDate>
<description>${entry.summary}</description>
${entry.authors.map((author) => html`<dc:creator>${author}</dc:creator>
`)}${entry.section ? html`<category>${entry.section.name}</category>
` : ""}${entry.tags.map((tag) => html`<category>${tag.name}</category>
`)}${share && shareUrl ? html`<media:content url="${shareUrl}" medium="image" type="image/jpeg" width="${share.width}" height="${share.height}">${
  entry.image?.credit ? html`<media:credit>${entry.image.credit}</media:credit>` : ""
}${entry.image?.caption ? html`<media:description>${entry.image.caption}</media:description>` : ""}</media:content>
` : ""}<content:encoded>${opinionLabel(entry).value + figure + body + opinionDisclaimer(entry).value + correctionsBlock(entry.corrections, site).value}</content:encoded>
${raw(ITEM_END)}`;
}

/** The items of a feed rssFeed wrote (its XML), to find again by article with `writtenItem`. */
export type WrittenItems = ReadonlyMap<string, string>;

export function writtenItems(xml: string): WrittenItems {
  const items = new Map<string, string>();
  let start = xml.indexOf(ITEM_START);
  while (start >= 0) {
    const close = xml.indexOf(ITEM_END, start);
    if (close < 0) break; // an item never closed: the file was cut short
    const end = close + ITEM_END.length;
    const item = xml.slice(start, end);
    const guidAt = item.indexOf(GUID_START) + GUID_START.length;
    items.set(item.slice(guidAt, item.indexOf("<", guidAt)), item);
    start = xml.indexOf(ITEM_START, end);
  }
  return items;
}

/** The article's item as the feed had it, found by its guid. */
export function writtenItem(items: WrittenItems, entry: Entry, site: SiteSettings): SafeHtml | undefined {
  const item = items.get(escapeHtml(guid(entry, site)));
  return item === undefined ? undefined : raw(item);
}
