// A Cloudflare Worker that serves the site from an R2 bucket as a Pages host
// or an S3 website endpoint would, since R2 behind a custom domain only hands
// out objects by key:
//   - `/path/` is `path/index.html`, and `/path` redirects to `/path/` when
//     that page exists;
//   - a page kept at an old article URL (front matter `aliases`) answers with
//     a 301 to the article: `npm run deploy` gives such objects the target as
//     metadata (`location`);
//   - each response gets the headers of the build's `_headers` (security
//     headers, caching), which the deploy uploads beside the site, so the
//     content security policy follows every build with no change here;
//   - a missing page is the site's 404.html, with status 404 (under another
//     edition's place, `/ru/...`, that edition's own 404.html); `_headers` and
//     other files whose name starts with `_` are not served.
// Self-contained (no Node modules) so Wrangler bundles it as it is. Set up in
// README.md, "Serving from R2 behind Cloudflare".
//
// wrangler.toml:
//   main = "lib/edge/r2Worker.ts"
//   [[r2_buckets]]
//   binding = "SITE"
//   bucket_name = "ostrov-site"
//   [vars]
//   PATH_PREFIX = "/"        # "/ostrov/" for a copy built for that path

/** What the Worker uses of Cloudflare's R2 binding. */
export interface SiteObject {
  httpEtag: string;
  customMetadata?: Record<string, string>;
  writeHttpMetadata(headers: Headers): void;
  /** Absent when a condition of the request (If-None-Match) was not met. */
  body?: ReadableStream | null;
}
export interface SiteBucket {
  get(key: string, options?: { onlyIf?: Headers }): Promise<SiteObject | null>;
  head(key: string): Promise<SiteObject | null>;
}
export interface WorkerEnv {
  SITE: SiteBucket;
  PATH_PREFIX?: string;
}

/** Metadata key of a redirect's target, as `npm run deploy` writes it (REDIRECT_METADATA in lib/deploy/s3Deploy.ts). */
const LOCATION = "location";
/** How long a Worker keeps the `_headers` it read, in ms: a deploy's new rules apply within this time. */
const RULES_TTL = 60_000;

interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** `_headers` as the build writes it: a path pattern (`/assets/*`), then its headers indented below it. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("/")) rules.push({ pattern: line.trim(), headers: [] });
    else if (/^\s+\S/.test(line) && !line.trim().startsWith("#")) {
      const colon = line.indexOf(":");
      if (colon > 0) rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers of every rule that matches the path, as Cloudflare Pages applies them (`:splat` filled in). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of rules) {
    const splat = rule.pattern.endsWith("*") ? (pathname.startsWith(rule.pattern.slice(0, -1)) ? pathname.slice(rule.pattern.length - 1) : undefined) : pathname === rule.pattern ? "" : undefined;
    if (splat === undefined) continue;
    for (const [name, value] of rule.headers) {
      const filled = value.replaceAll(":splat", splat);
      const before = found.get(name);
      found.set(name, before === undefined ? filled : `${before}, ${filled}`);
    }
  }
  return found;
}

let cachedRules: { key: string; rules: HeaderRule[]; at: number } | undefined;

async function headerRules(bucket: SiteBucket, key: string, now: number): Promise<HeaderRule[]> {
  if (cachedRules && cachedRules.key === key && now - cachedRules.at < RULES_TTL) return cachedRules.rules;
  const object = await bucket.get(key);
  const rules = object?.body ? parseHeaderRules(await new Response(object.body).text()) : [];
  cachedRules = { key, rules, at: now };
  return rules;
}

export async function serve(request: Request, env: WorkerEnv, now = Date.now()): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return new Response("Method not allowed\n", { status: 405, headers: { Allow: "GET, HEAD" } });
  const url = new URL(request.url);
  const root = (env.PATH_PREFIX ?? "/").replace(/\/?$/, "/");
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return new Response("Bad request\n", { status: 400 });
  }
  const rules = await headerRules(env.SITE, `${root.slice(1)}_headers`, now);
  const respond = (body: BodyInit | null, status: number, object?: SiteObject, extra: Record<string, string> = {}) => {
    const headers = new Headers();
    object?.writeHttpMetadata(headers);
    if (object) headers.set("ETag", object.httpEtag);
    for (const [name, value] of headersFor(rules, url.pathname)) headers.set(name, value);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    return new Response(request.method === "HEAD" ? null : body, { status, headers });
  };
  const hidden = pathname.startsWith(root) && pathname.slice(root.length).startsWith("_");
  const key = `${pathname.slice(1)}${pathname.endsWith("/") ? "index.html" : ""}`;
  const object = hidden ? null : await env.SITE.get(key, { onlyIf: request.headers });
  if (object) {
    const location = object.customMetadata?.[LOCATION];
    if (location) return respond(null, 301, undefined, { Location: location });
    return object.body ? respond(object.body, 200, object) : respond(null, 304, object);
  }
  // `/path` of a folder: to `/path/`, as an S3 website endpoint answers.
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (!hidden && last !== "" && !last.includes(".") && (await env.SITE.head(`${key}/index.html`))) {
    return respond(null, 301, undefined, { Location: `${url.pathname}/${url.search}` });
  }
  // Under a folder that has its own 404.html (an edition's place, `/ru/`), that page, in the edition's language.
  const rest = pathname.slice(root.length);
  const folder = rest.includes("/") ? rest.slice(0, rest.indexOf("/")) : "";
  const inFolder = folder !== "" && !hidden ? await env.SITE.get(`${root.slice(1)}${folder}/404.html`) : null;
  const notFound = inFolder ?? (await env.SITE.get(`${root.slice(1)}404.html`));
  return respond(notFound?.body ?? "Not found\n", 404, notFound ?? undefined, { "Cache-Control": "public, max-age=60" });
}

/** What the Worker uses of Cloudflare's cache (`caches.default`), absent outside Cloudflare. */
interface EdgeCache {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

export default {
  async fetch(request: Request, env: WorkerEnv, context: { waitUntil(promise: Promise<unknown>): void }): Promise<Response> {
    // A Worker runs before Cloudflare's cache, so it keeps its answers there itself: a page is read from R2 once per
    // data centre for as long as its Cache-Control allows (five minutes for pages, a year for assets), not per visit.
    const cache = (globalThis as unknown as { caches?: { default?: EdgeCache } }).caches?.default;
    if (!cache || request.method !== "GET") return serve(request, env);
    const kept = await cache.match(request);
    if (kept) return kept;
    const response = await serve(request, env);
    if (response.status === 200 || response.status === 301) context.waitUntil(cache.put(request, response.clone()));
    return response;
  },
};
