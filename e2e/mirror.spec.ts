// A mirror built with a path prefix and served under that prefix: everything
// reachable from its home page resolves there, while canonical links and feed
// items keep naming the primary domain.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MIRROR_PREFIX } from "./sites.ts";
import { expect, test } from "./fixtures.ts";

const PRIMARY = "https://ostrov-dispatch.example/";

test("every link, asset and feed reachable from the mirror's home page resolves under its prefix", async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? "").origin;
  const start = `${origin}${MIRROR_PREFIX}`;
  const queue = [start];
  const seen = new Set(queue);
  const broken: string[] = [];
  const escaped: string[] = [];
  let htmlPages = 0;

  const enqueue = (raw: string, from: string) => {
    const url = new URL(raw, from);
    url.hash = "";
    if (url.origin !== origin) return; // a link to another site: not fetched by the page
    if (!url.pathname.startsWith(MIRROR_PREFIX)) escaped.push(`${from} -> ${url.pathname}`);
    else if (!seen.has(url.href)) {
      seen.add(url.href);
      queue.push(url.href);
    }
  };

  while (queue.length > 0) {
    const url = queue.shift() ?? "";
    const head = await request.get(url, { maxRedirects: 0 });
    if (head.status() !== 200) {
      broken.push(`${head.status()} ${url}`);
      continue;
    }
    if (!(head.headers()["content-type"] ?? "").includes("text/html")) continue;
    htmlPages++;
    await page.goto(url);
    const found = await page.evaluate(() => {
      const values: string[] = [];
      for (const el of document.querySelectorAll("[href], [src], [srcset], form[action]")) {
        for (const name of ["href", "src", "action"]) {
          const value = el.getAttribute(name);
          if (value) values.push(value);
        }
        const srcset = el.getAttribute("srcset");
        if (srcset) values.push(...srcset.split(",").map((part) => part.trim().split(/\s+/)[0] ?? ""));
      }
      const refresh = document.querySelector('meta[http-equiv="refresh"]')?.getAttribute("content");
      if (refresh) values.push(refresh.replace(/^\d+;\s*url=/i, ""));
      return values;
    });
    for (const value of found) enqueue(value, page.url());
  }

  expect(broken, "URLs that did not answer 200").toEqual([]);
  expect(escaped, "internal URLs outside the mirror's prefix").toEqual([]);
  // Every page of the build is reachable, but for the 404 pages (one per edition) and old-URL redirect pages.
  const root = `.e2e-mirror${MIRROR_PREFIX}`;
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  const pages = files
    .filter((f) => path.basename(f) !== "404.html" && !readFileSync(path.join(root, f), "utf8").includes('http-equiv="refresh"'))
    .map((f) => `${start}${f.split(path.sep).join("/").replace(/index\.html$/, "")}`);
  expect(pages.length).toBeGreaterThan(80);
  expect(pages.filter((p) => !seen.has(p)), "pages not reachable from the home page").toEqual([]);
  expect(htmlPages).toBe(pages.length);
  expect([...seen].some((u) => u.endsWith("/feed.xml"))).toBe(true);
  expect([...seen].some((u) => /\/assets\/site\.[0-9a-f]+\.css$/.test(u))).toBe(true);
  expect([...seen].some((u) => u.includes("/lite/"))).toBe(true);
});

test("the mirror's canonical links, feed items and sitemap name the primary domain", async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  await page.goto(`${origin}${MIRROR_PREFIX}`);
  await page.locator(".lead-story .story__title a").click();
  expect(new URL(page.url()).pathname.startsWith(MIRROR_PREFIX)).toBe(true);
  const path = new URL(page.url()).pathname.slice(MIRROR_PREFIX.length - 1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${PRIMARY}${path.slice(1)}`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${PRIMARY}${path.slice(1)}`);

  const feed = await (await request.get(`${origin}${MIRROR_PREFIX}feed.xml`)).text();
  const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? "");
  expect(links.length).toBeGreaterThan(10);
  for (const link of links) expect(link.startsWith(PRIMARY)).toBe(true);
  expect(feed).not.toContain(MIRROR_PREFIX);

  const sitemap = await (await request.get(`${origin}${MIRROR_PREFIX}sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
  expect(locs.length).toBeGreaterThan(10);
  for (const loc of locs) expect(loc.startsWith(PRIMARY)).toBe(true);
});

test("search results in the mirror link under its prefix", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  await page.goto(`${origin}${MIRROR_PREFIX}search/?q=fertiliser`);
  const first = page.locator(".search-results a").first();
  await expect(first).toHaveAttribute("href", `${MIRROR_PREFIX}2026/11/25/dock-workers-strike-at-ust-lomna-river-port-enters-its-second-week/`);
  await first.click();
  await expect(page.locator("h1")).toContainText("Dock workers’ strike");
});

test("search merges the parts of a split index, with results from every year under the prefix", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  await page.goto(`${origin}${MIRROR_PREFIX}search/?q=abroad`);
  // This copy is built with small parts (e2e/buildSites.ts): November 2026 in the first, October 2026 in
  // the next, and the two older months (one article each) together in the last.
  const parts = JSON.parse((await page.locator("form[data-search-index]").getAttribute("data-search-parts")) ?? "[]") as { path: string }[];
  expect(parts.map((part) => part.path)).toEqual([
    `${MIRROR_PREFIX}pagefind/`,
    `${MIRROR_PREFIX}pagefind-2026-10/`,
    `${MIRROR_PREFIX}pagefind-2024-11-2025-11/`,
  ]);
  await expect(page.locator(".search-status")).toHaveText("5 articles match “abroad”.");
  const hrefs = await page.locator(".search-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs).toHaveLength(5);
  for (const href of hrefs) expect(href.startsWith(MIRROR_PREFIX)).toBe(true);
  expect(hrefs.filter((href) => href.startsWith(`${MIRROR_PREFIX}2026/`))).toHaveLength(3);
  expect(hrefs).toContain(`${MIRROR_PREFIX}2024/11/18/the-last-night-in-the-old-office/`);
  await page.locator(".search-results a", { hasText: "The last night in the old office" }).click();
  await expect(page.locator("h1")).toHaveText("The last night in the old office");
});

test("a word that only older years hold finds those articles, not near misses from the other parts", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  // "then" is in the 2024 article only; a part without it would answer with "the".
  await page.goto(`${origin}${MIRROR_PREFIX}search/?q=then`);
  await expect(page.locator(".search-status")).toHaveText("1 article matches “then”.");
  await expect(page.locator(".search-results a")).toHaveAttribute("href", `${MIRROR_PREFIX}2024/11/18/the-last-night-in-the-old-office/`);
  // Every word must be in one article: "ferry" is in 2024 only, "fertiliser" in 2026 only.
  await page.goto(`${origin}${MIRROR_PREFIX}search/?q=ferry+fertiliser`);
  await expect(page.locator(".search-status")).toHaveText("No articles match “ferry fertiliser”.");
});
