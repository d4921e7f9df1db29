// /mirrors/: where to read the site when its main address is blocked.
import { html } from "../../lib/render/html.ts";
import type { TemplateData } from "../../lib/eleventy/types.ts";
import { page } from "../../_includes/layouts/page.ts";

export const data = { permalink: "/mirrors/" };

export function render(data: TemplateData): string {
  const newsroom = data.collections.newsroom;
  const { site, mirrors } = newsroom.settings;
  const main = html`<h1>If ${site.name} is blocked</h1>
<p>Our main address, <a href="${site.url}/">${new URL(site.url).host}</a>, is blocked at home. The same site is published at these addresses, which we change as they are blocked in turn:</p>
<ul class="mirror-list">
${mirrors.mirrors.map((m) => html`<li><a href="${m.url}">${m.url}</a>: ${m.label} <span class="mirror-list__added">(since <time datetime="${m.added}">${m.added}</time>)</span></li>
`)}</ul>
${mirrors.onion ? html`<p>In <a href="https://www.torproject.org/">Tor Browser</a>: <a href="${mirrors.onion}/"><code>${mirrors.onion}</code></a></p>` : ""}
<p>On a slow or filtered connection, read the <a href="/lite/">text-only edition</a>: every article as plain text, a few kilobytes a page, nothing else to load.</p>
<p>Our <a href="/feed.xml">RSS feed</a> carries every article in full, so a feed reader keeps working when the site does not. Apps can read this list as <a href="/mirrors.json">mirrors.json</a>.</p>`;
  return page({ newsroom, url: "/mirrors/", title: "Mirrors", main, bodyClass: "page-mirrors" });
}
