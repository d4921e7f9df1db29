// The R2 Worker's own rules; test/deploy.test.ts serves the whole deployed sample through it.
import { afterEach, describe, expect, it } from "vitest";
import { formatHeaders, headerRules, IMMUTABLE, SHORT_CACHE } from "../site/hostFiles.ts";
import worker, { headersFor, parseHeaderRules, type SiteBucket, type SiteObject } from "./r2Worker.ts";

/** A bucket in memory: objects by key, with the reads counted. */
function memoryBucket(objects: Record<string, { body: string; type?: string; location?: string }>) {
  const reads: string[] = [];
  const object = (key: string, withBody: boolean): SiteObject | null => {
    const found = objects[key];
    if (!found) return null;
    return {
      httpEtag: `"${key}"`,
      ...(found.location ? { customMetadata: { location: found.location } } : {}),
      writeHttpMetadata: (headers) => headers.set("Content-Type", found.type ?? "text/html; charset=utf-8"),
      ...(withBody ? { body: new Response(found.body).body } : {}),
    };
  };
  const bucket: SiteBucket = {
    get: async (key) => (reads.push(key), object(key, true)),
    head: async (key) => (reads.push(key), object(key, false)),
  };
  return { bucket, reads };
}

describe("the R2 Worker", () => {
  it("reads the build's _headers as the build writes them, with each path's rules and :splat filled in", () => {
    const rules = headerRules({
      topLevel: ["assets/", "img/", "feed.xml", "2026/"],
      deployment: { pathPrefix: "/ostrov/", onion: "http://example.onion" },
      contentSecurityPolicy: "default-src 'self'",
    });
    const parsed = parseHeaderRules(formatHeaders(rules));
    expect(parsed).toEqual(rules.map(({ pattern, headers }) => ({ pattern, headers })));
    const article = headersFor(parsed, "/ostrov/2026/11/25/port/");
    expect([article.get("Cache-Control"), article.get("Content-Security-Policy"), article.get("Onion-Location")]).toEqual([
      SHORT_CACHE,
      "default-src 'self'",
      "http://example.onion/2026/11/25/port/",
    ]);
    expect(headersFor(parsed, "/ostrov/assets/site.1a2b.css").get("Cache-Control")).toBe(IMMUTABLE);
    expect(headersFor(parsed, "/ostrov/").get("Cache-Control")).toBe(SHORT_CACHE);
  });

  it("answers a missing page with the 404 page of the edition it is under, in its language", async () => {
    const { bucket } = memoryBucket({ "404.html": { body: "Page not found" }, "ru/404.html": { body: "Страница не найдена" } });
    const context = { waitUntil: (promise: Promise<unknown>) => void promise };
    const answers = [];
    for (const url of ["https://ostrov.example/ru/nothing/", "https://ostrov.example/nothing/", "https://ostrov.example/2026/11/nothing/"]) {
      const response = await worker.fetch(new Request(url), { SITE: bucket }, context);
      answers.push([response.status, await response.text()]);
    }
    expect(answers).toEqual([[404, "Страница не найдена"], [404, "Page not found"], [404, "Page not found"]]);
  });

  describe("on Cloudflare", () => {
    const stored = new Map<string, Response>();
    afterEach(() => {
      stored.clear();
      delete (globalThis as { caches?: unknown }).caches;
    });

    it("answers a page again from Cloudflare's cache, not from the bucket", async () => {
      (globalThis as { caches?: unknown }).caches = {
        default: {
          match: async (request: Request) => stored.get(request.url)?.clone(),
          put: async (request: Request, response: Response) => void stored.set(request.url, response),
        },
      };
      const { bucket, reads } = memoryBucket({ "index.html": { body: "<h1>Front page</h1>" } });
      const waited: Promise<unknown>[] = [];
      const context = { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) };
      const first = await worker.fetch(new Request("https://ostrov.example/"), { SITE: bucket }, context);
      await Promise.all(waited);
      const readsAfterFirst = reads.length;
      const second = await worker.fetch(new Request("https://ostrov.example/"), { SITE: bucket }, context);
      expect([first.status, await first.text(), second.status, await second.text()]).toEqual([200, "<h1>Front page</h1>", 200, "<h1>Front page</h1>"]);
      expect(reads.length).toBe(readsAfterFirst);
      expect(reads).toContain("index.html");
    });

    it("does not keep what is missing, nor anything but reads", async () => {
      const { bucket } = memoryBucket({ "404.html": { body: "Not here" } });
      (globalThis as { caches?: unknown }).caches = { default: { match: async () => undefined, put: async (request: Request) => void stored.set(request.url, new Response()) } };
      const context = { waitUntil: (promise: Promise<unknown>) => void promise };
      const missing = await worker.fetch(new Request("https://ostrov.example/nothing/"), { SITE: bucket }, context);
      const posted = await worker.fetch(new Request("https://ostrov.example/", { method: "POST" }), { SITE: bucket }, context);
      expect([missing.status, await missing.text(), posted.status]).toEqual([404, "Not here", 405]);
      expect(stored.size).toBe(0);
    });
  });
});
