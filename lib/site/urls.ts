// URLs that leave the page: canonical links, feeds and sitemaps always name the
// primary domain, whatever copy of the site the reader is on.
import type { SiteSettings } from "./settings.ts";

export function absoluteUrl(site: SiteSettings, path: string): string {
  return new URL(path, `${site.url}/`).href;
}
