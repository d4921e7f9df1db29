// The HTML shell every page shares: head with feeds and canonical URL, notices,
// masthead, navigation and footer. Page templates pass in their <main>.
import { html, raw, type SafeHtml } from "../../lib/render/html.ts";
import type { NewsroomView } from "../../lib/eleventy/types.ts";
import type { SectionRef } from "../../lib/newsroom/newsroom.ts";
import type { Alternate } from "../../lib/newsroom/sitemaps.ts";
import type { SiteSettings } from "../../lib/site/settings.ts";
import { absoluteUrl } from "../../lib/site/urls.ts";
import { HEAD_SCRIPT } from "../../lib/site/inlineCode.ts";
import { documentHead, THEME_COLOUR } from "../partials/documentHead.ts";
import { notices } from "../partials/notices.ts";
import { type SocialMeta, socialMeta } from "../partials/socialMeta.ts";
import { type Json, jsonLdScript } from "../../lib/render/structuredData.ts";
import { inEdition, sameInEveryEdition } from "../../lib/site/editions.ts";

export interface FeedLink {
  title: string;
  url: string;
}

export interface PageOptions {
  newsroom: NewsroomView;
  /** This page's URL path, e.g. `/archive/page/2/`. */
  url: string;
  /** Document title without the outlet's name; omit on the home page. */
  title?: string;
  description?: string;
  /** Feeds besides the site's own, e.g. a tag's. */
  feeds?: FeedLink[];
  bodyClass?: string;
  /** Open Graph and Twitter tags beyond the defaults (title, description, URL). */
  social?: Partial<SocialMeta>;
  /** schema.org structured data for the page. */
  jsonLd?: Json;
  /**
   * The page in every language it has, itself included: `hreflang` links, and the edition switch leads to the
   * page itself in the other editions (a translation, the same section's front); to their front page otherwise.
   */
  alternates?: readonly Alternate[];
  /** A page every edition has at the same path under its place (front, search, support...): its alternates are those. */
  inEveryEdition?: boolean;
  main: SafeHtml;
}

/** The links of _data/site.json, with the sections' fronts after the front page's (declared once, in _data/sections.json). */
function navigation(links: readonly { label: string; url: string }[], sections: readonly SectionRef[], root: string): { label: string; url: string }[] {
  const desks = sections.map((section) => ({ label: section.name, url: section.url }));
  const after = links.findIndex((link) => link.url === root) + 1;
  return [...links.slice(0, after), ...desks, ...links.slice(after)];
}

/** Links to the other editions, each named in its own language; nothing on a site of one edition. */
function editionSwitch(site: SiteSettings, alternates: readonly Alternate[]): SafeHtml {
  const others = site.editionLinks.filter((edition) => edition.root !== site.root);
  if (others.length === 0) return html``;
  return html`<ul class="edition-switch">${others.map((edition) => {
    const url = alternates.find((alternate) => alternate.language === edition.language)?.path ?? edition.root;
    return html`<li><a href="${url}" hreflang="${edition.language}" lang="${edition.language}">${edition.name}</a></li>`;
  })}</ul>`;
}

export function page(options: PageOptions): string {
  const { settings, assets, deployment } = options.newsroom;
  const { site, notices: siteNotices } = settings;
  const { labels } = site;
  const alternates = options.alternates ?? (options.inEveryEdition ? sameInEveryEdition(site, options.url) : []);
  const canonical = absoluteUrl(site, options.url);
  const at = (path: string) => inEdition(site.root, path);
  const feeds: FeedLink[] = [{ title: site.name, url: at("/feed.xml") }, ...(options.feeds ?? [])];
  const title = options.title ? `${options.title} — ${site.name}` : `${site.name}: ${site.tagline}`;
  return html`${documentHead(options.newsroom, title, options.url, alternates)}
<meta name="description" content="${options.description ?? site.description}">
${socialMeta({
  type: "website",
  title: options.title ?? site.name,
  description: options.description ?? site.description,
  url: canonical,
  siteName: site.name,
  ...options.social,
})}${options.jsonLd ? html`${jsonLdScript(options.jsonLd)}
` : ""}${deployment.onion ? html`<meta http-equiv="onion-location" content="${deployment.onion}${options.url}">
` : ""}${feeds.map((feed) => html`<link rel="alternate" type="application/rss+xml" title="${feed.title}" href="${feed.url}">
`)}<link rel="manifest" href="/manifest.webmanifest">
<meta name="theme-color" content="${THEME_COLOUR}">
<link rel="stylesheet" href="${assets.stylesheet.url}">
<script>${raw(HEAD_SCRIPT)}</script>
<script src="${assets.script.url}" defer></script>
</head>
<body class="${options.bodyClass ?? ""}">
<a class="skip-link" href="#main">${labels.text("skipToContent")}</a>
${notices(siteNotices, labels)}
<header class="masthead">
  <a class="masthead__name" href="${site.root}">${site.name}</a>
  <p class="masthead__tagline">${site.tagline}</p>${editionSwitch(site, alternates)}
  <nav class="site-nav" aria-label="${labels.text("navigation")}">
    <ul>${navigation(site.nav, options.newsroom.sections, site.root).map((item) => html`<li><a href="${item.url}"${item.url === options.url ? html` aria-current="page"` : ""}>${item.label}</a></li>`)}</ul>
  </nav>
</header>
<main id="main">
${options.main}
</main>
<footer class="site-footer">
  <p>${labels.html("footerAbout", { site: site.name, support: html`<a href="${at("/support/")}">${labels.text("supportUs")}</a>` })}</p>
  <p><a href="${at("/feed.xml")}">${labels.text("rssFeed")}</a> · <a href="${at("/archive/")}">${labels.text("archive")}</a> · <a href="${at("/tags/")}">${labels.text("topics")}</a> · <a href="${at("/lite/")}">${labels.text("liteEdition")}</a> · <a href="${at("/mirrors/")}">${labels.text("ifBlocked")}</a></p>
</footer>
</body>
</html>
`.value;
}
