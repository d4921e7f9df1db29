// Old URLs of an article (front matter `aliases`). Each becomes a redirect page
// at that path and a line in _redirects, so an alias is a path on this site that
// no other page uses: never a page the build writes itself, never outside the
// output folder, never a URL on another host.

/** First path segments the build writes itself: single pages, list pages, feeds, assets and search. */
const RESERVED_FIRST_SEGMENTS = new Set([
  "", "index.html", "404.html", "feed.xml", "news-sitemap.xml", "robots.txt", "mirrors.json", "_headers", "_redirects",
  "favicon.ico", "favicon.svg", "manifest.webmanifest",
  "archive", "tags", "authors", "lite", "search", "support", "mirrors", "assets", "img", "images",
]);
const RESERVED_PATTERNS = [/^sitemap(?:-\d+)?\.xml$/, /^pagefind(?:-|$)/];

/** Whether a path's first segment is one the build writes itself (a section's slug must not be one either). */
export function isReservedFirstSegment(segment: string): boolean {
  const lower = segment.toLowerCase();
  return RESERVED_FIRST_SEGMENTS.has(lower) || RESERVED_PATTERNS.some((pattern) => pattern.test(lower));
}

export type AliasCheck = { ok: true } | { ok: false; message: string };

/** Whether an alias is a usable path on this site, before it is compared with other articles' URLs. */
export function checkAlias(alias: string): AliasCheck {
  if (!alias.startsWith("/") || alias.startsWith("//")) {
    return { ok: false, message: `"${alias}" must be a path on this site starting with a single /, such as /2026/11/20/old-slug/` };
  }
  if (/[\s?#\\"'<>`]/.test(alias)) {
    return { ok: false, message: `"${alias}" must not hold spaces, quotes, backslashes, ? or #` };
  }
  let decoded: string;
  try {
    decoded = decodeURI(alias);
  } catch {
    return { ok: false, message: `"${alias}" holds a broken %-escape` };
  }
  const segments = decoded.split("/").slice(1);
  if (segments.some((segment) => segment === "." || segment === ".." || segment.includes("/") || segment.includes("\\"))) {
    return { ok: false, message: `"${alias}" must not contain . or .. segments` };
  }
  if (segments.slice(0, -1).some((segment) => segment === "")) {
    return { ok: false, message: `"${alias}" must not contain an empty segment (//)` };
  }
  const first = segments[0] ?? "";
  if (isReservedFirstSegment(first)) {
    return { ok: false, message: `"${alias}" is a URL the site itself uses (${first === "" || first === "index.html" ? "the front page" : `/${first}`}); an old article URL cannot replace it` };
  }
  return { ok: true };
}

/** `/old/` and `/old` are written as `/old/index.html`; `/old.html` as itself. */
export function aliasOutputPath(from: string): string {
  if (from.endsWith("/")) return `${from}index.html`;
  return /\.html?$/.test(from) ? from : `${from}/index.html`;
}
