// What an object store must be told about each file, since it reads no
// `_headers`: its Content-Type, and the same caching rules as `_headers`
// (lib/site/hostFiles.ts): a year, immutable, for files whose name changes
// with their content (the hashed CSS and JS under /assets/, the processed
// images under /img/, named by eleventy-img from the image's content), and a
// short cache served stale while the CDN fetches the new copy for everything
// else (pages, feeds, sitemaps, the search index's entry file).
import { HOST_FILES, IMMUTABLE, SHORT_CACHE } from "../site/hostFiles.ts";
import { ASSETS_PATH } from "../site/assets.ts";
import { IMAGE_URL_PATH } from "../site/images.ts";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

/** RSS feeds are XML that readers' apps and browsers recognise by this type. */
const FEED_TYPE = "application/rss+xml; charset=utf-8";

/** By the file's extension; Pagefind's index files (`.pf_fragment`, `.pf_index`...) and anything unknown are bytes. */
export function contentType(key: string): string {
  if (key === "feed.xml" || key.endsWith("/feed.xml")) return FEED_TYPE;
  if (key === HOST_FILES.headers) return CONTENT_TYPES[".txt"] as string;
  const dot = key.lastIndexOf(".");
  const extension = dot > key.lastIndexOf("/") ? key.slice(dot).toLowerCase() : "";
  return CONTENT_TYPES[extension] ?? "application/octet-stream";
}

/** `path` is the file's path in the site, from its root (`assets/site.1a2b3c.css`). */
export function cacheControl(path: string): string {
  const fromRoot = `/${path}`;
  return fromRoot.startsWith(ASSETS_PATH) || fromRoot.startsWith(IMAGE_URL_PATH) ? IMMUTABLE : SHORT_CACHE;
}
