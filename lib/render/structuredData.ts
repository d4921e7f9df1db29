// Structured data for search engines and news aggregators (schema.org JSON-LD),
// and the JSON-in-HTML escaping that keeps any headline from closing the script.
import { raw, type SafeHtml } from "./html.ts";
import { isoTimestamp } from "../content/dates.ts";
import { type Entry, sectionName } from "../newsroom/newsroom.ts";
import { type ImageSet, shareImage } from "../site/images.ts";
import type { SiteSettings } from "../site/settings.ts";
import { absoluteUrl } from "../site/urls.ts";
import { lastModified } from "../content/article.ts";

export const LOGO = { src: "/images/logo.png", width: 600, height: 60 };

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** `<script type="application/ld+json">`: `<`, `>`, `&` and line separators are escaped inside strings. */
export function jsonLdScript(data: Json): SafeHtml {
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return raw(`<script type="application/ld+json">${json}</script>`);
}

export function publisher(site: SiteSettings): Json {
  return {
    "@type": "NewsMediaOrganization",
    name: site.name,
    url: `${site.url}/`,
    logo: { "@type": "ImageObject", url: absoluteUrl(site, LOGO.src), width: LOGO.width, height: LOGO.height },
  };
}

export function newsArticle(entry: Entry, site: SiteSettings, images: ImageSet): Json {
  const lead = entry.image ? images.get(entry.image.src) : undefined;
  const share = lead ? shareImage(lead) : undefined;
  const url = absoluteUrl(site, entry.url);
  return {
    "@context": "https://schema.org",
    // An opinion section's pieces are opinion to search engines and aggregators too.
    "@type": entry.section?.opinion ? "OpinionNewsArticle" : "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: entry.title,
    description: entry.summary,
    image: share ? [absoluteUrl(site, share.url)] : undefined,
    datePublished: isoTimestamp(entry.published, site.timezone),
    dateModified: isoTimestamp(lastModified(entry), site.timezone),
    author: entry.bylines.map((byline): Json => {
      if (byline.author) return { "@type": "Person", name: byline.name, url: absoluteUrl(site, byline.author.url) };
      // An article with no byline is signed by the outlet itself.
      if (byline.name === site.name) return { "@type": "Organization", name: site.name, url: `${site.url}/` };
      return { "@type": "Person", name: byline.name };
    }),
    publisher: publisher(site),
    articleSection: sectionName(entry),
    keywords: entry.tags.map((t) => t.name),
    inLanguage: site.language,
    isAccessibleForFree: true,
  };
}

/** A list page: the archive, a topic, an author. */
export function collectionPage(site: SiteSettings, name: string, path: string): Json {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name,
    url: absoluteUrl(site, path),
    isPartOf: { "@type": "WebSite", name: site.name, url: `${site.url}/` },
    publisher: publisher(site),
  };
}

/** The front page: the site and the organisation behind it. */
export function website(site: SiteSettings): Json {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.name,
    url: `${site.url}/`,
    description: site.description,
    inLanguage: site.language,
    publisher: publisher(site),
  };
}
