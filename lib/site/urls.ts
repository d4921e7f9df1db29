// URLs that leave the page: canonical links, feeds and sitemaps always name the
// primary domain, whatever copy of the site the reader is on.
import type { SiteSettings } from "./settings.ts";

export function absoluteUrl(site: SiteSettings, path: string): string {
  return new URL(path, `${site.url}/`).href;
}

/** The file a URL path is written to, inside the output folder: `/a/b/` → `a/b/index.html`; `/feed.xml` → `feed.xml`. */
export function outputFile(url: string): string {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  // Asked for every page of every build (300,000 at 100k articles): decoding only what is encoded.
  return (file.includes("%") ? decodeURI(file) : file).replace(/^\/+/, "");
}
