// What the CDN is told: caching and security headers, and redirects from old URLs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, buildOk, buildSite, listOutput, makeSite, readOutput, removeSite } from "./helpers/site.ts";
import { IMMUTABLE, SHORT_CACHE } from "../lib/site/hostFiles.ts";

interface Rule {
  pattern: string;
  headers: Map<string, string>;
}

/** Reads _headers the way Cloudflare Pages and Netlify do (comments, blocks, indented headers). */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!line.startsWith(" ")) rules.push({ pattern: line.trim(), headers: new Map() });
    else {
      const [name, ...value] = line.trim().split(": ");
      rules.at(-1)?.headers.set(name ?? "", value.join(": "));
    }
  }
  return rules;
}

/** URL paths a file is requested at: `a/index.html` is served at `/a/` (and `/a/index.html`). */
function requestPaths(file: string): string[] {
  return file.endsWith("index.html") ? [`/${file}`, `/${file.slice(0, -"index.html".length)}`] : [`/${file}`];
}

function matches(pattern: string, url: string): boolean {
  return pattern.endsWith("*") ? url.startsWith(pattern.slice(0, -1)) : url === pattern;
}

describe("_headers", () => {
  let dir: string;
  let rules: Rule[];
  let files: string[];
  beforeAll(async () => {
    dir = await makeSite({ withSampleContent: true });
    await buildOk(dir);
    rules = parseHeaders(await readOutput(dir, "_headers"));
    files = (await listOutput(dir)).filter((f) => !f.startsWith("_"));
  });
  afterAll(() => removeSite(dir));

  it("gives every file exactly one Cache-Control, immutable exactly for the hashed assets and processed images", () => {
    const assets = files.filter((f) => f.startsWith("assets/"));
    expect(assets.length).toBe(2);
    for (const asset of assets) expect(asset).toMatch(/^assets\/site\.[0-9a-f]{10}\.(css|js)$/);
    // Named by their content: a changed image is a new file.
    const images = files.filter((f) => f.startsWith("img/"));
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(/^img\/[\w-]{10}-\d+\.(avif|webp|jpeg)$/);
    const immutable = (file: string) => file.startsWith("assets/") || file.startsWith("img/");
    for (const file of files) {
      for (const url of requestPaths(file)) {
        const cache = rules.filter((r) => matches(r.pattern, url) && r.headers.has("Cache-Control"));
        expect(cache.map((r) => r.pattern), url).toHaveLength(1);
        expect(cache[0]?.headers.get("Cache-Control"), url).toBe(immutable(file) ? IMMUTABLE : SHORT_CACHE);
      }
    }
  });

  it("sends the security headers on everything, with no unsafe-inline script", () => {
    const all = rules.find((r) => r.pattern === "/*");
    const csp = all?.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' https://give.ostrov-dispatch.example");
    expect(all?.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(all?.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(all?.headers.get("Permissions-Policy")).toContain("camera=()");
    expect(all?.headers.get("Onion-Location")).toMatch(/^http:\/\/[a-z2-7]{56}\.onion\/:splat$/);
  });

  it("keeps under Cloudflare Pages' limit of 100 header rules", () => {
    expect(rules.length).toBeLessThanOrEqual(100);
  });

  it("puts the same policy in every page for hosts without headers, without frame-ancestors", async () => {
    const page = await readOutput(dir, "index.html");
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1]?.replaceAll("&#39;", "'");
    const header = rules.find((r) => r.pattern === "/*")?.headers.get("Content-Security-Policy");
    expect(meta).toBe(header?.replace("; frame-ancestors 'none'", ""));
  });
});

describe("aliases", () => {
  const sites: string[] = [];
  afterAll(() => Promise.all(sites.map(removeSite)));

  it("redirect old URLs permanently, with a page at the old path for hosts without _redirects", async () => {
    const dir = await makeSite({
      files: {
        "src/articles/a.md": article({
          title: "New headline",
          date: "2026-11-20",
          aliases: '["/2026/11/20/old-headline/", "/stories/1234.html", "/old-path"]',
        }),
      },
    });
    sites.push(dir);
    await buildOk(dir);
    expect(await readOutput(dir, "_redirects")).toContain(
      [
        "/2026/11/20/old-headline/ /2026/11/20/new-headline/ 301",
        "/old-path /2026/11/20/new-headline/ 301",
        "/stories/1234.html /2026/11/20/new-headline/ 301",
      ].join("\n"),
    );
    for (const file of ["2026/11/20/old-headline/index.html", "stories/1234.html", "old-path/index.html"]) {
      const page = await readOutput(dir, file);
      expect(page).toContain('<meta http-equiv="refresh" content="0; url=/2026/11/20/new-headline/">');
      expect(page).toContain('<link rel="canonical" href="https://ostrov-dispatch.example/2026/11/20/new-headline/">');
      expect(page).toContain('<a href="/2026/11/20/new-headline/">New headline</a>');
    }
  });

  it("refuses an alias that another article already uses", async () => {
    const dir = await makeSite({
      files: {
        "src/articles/a.md": article({ title: "A", date: "2026-11-20" }),
        "src/articles/b.md": article({ title: "B", date: "2026-11-21", aliases: '["/2026/11/20/a/"]' }),
        "src/articles/c.md": article({ title: "C", date: "2026-11-22", aliases: "/not-a-list/" }),
      },
    });
    sites.push(dir);
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/src\/articles\/(a|b)\.md: (slug|aliases): gives the URL \/2026\/11\/20\/a\/, already taken by/);
    expect(result.stderr).toContain("src/articles/c.md: aliases: must be a list of old URL paths");
  });
});

describe("copies for other addresses", () => {
  const ONION = `http://${"a".repeat(50)}234567.onion`;
  let dir: string;
  beforeAll(async () => {
    dir = await makeSite({
      files: {
        "src/articles/a.md": article({ title: "Story", date: "2026-11-20", tags: "[Courts]", aliases: '["/old-story/"]' }),
      },
    });
    await buildOk(dir, {
      BROADSIDE_PATH_PREFIX: "/mirror/",
      BROADSIDE_URL: "https://new-primary.example",
      BROADSIDE_ONION: ONION,
    });
  });
  afterAll(() => removeSite(dir));

  it("links everything under the path prefix, and names the primary URL where a URL must be absolute", async () => {
    const page = await readOutput(dir, "2026/11/20/story/index.html");
    expect(page).toContain('<a href="/mirror/tags/courts/" data-pagefind-meta="kicker">Courts</a>');
    expect(page).toMatch(/<link rel="stylesheet" href="\/mirror\/assets\/site\.[0-9a-f]{10}\.css">/);
    expect(page).toContain('<link rel="canonical" href="https://new-primary.example/2026/11/20/story/">');
    expect(page).toContain('<meta property="og:url" content="https://new-primary.example/2026/11/20/story/">');
    expect(page).toContain(`<meta http-equiv="onion-location" content="${ONION}/2026/11/20/story/">`);
    expect(await readOutput(dir, "feed.xml")).toContain("<link>https://new-primary.example/2026/11/20/story/</link>");
  });

  it("writes _headers and _redirects for the prefix", async () => {
    const headers = await readOutput(dir, "_headers");
    expect(headers).toContain("/mirror/*\n  Content-Security-Policy:");
    expect(headers).toContain(`  Onion-Location: ${ONION}/:splat`);
    expect(headers).toContain(`/mirror/assets/*\n  Cache-Control: ${IMMUTABLE}`);
    expect(await readOutput(dir, "_redirects")).toContain("/mirror/old-story/ /mirror/2026/11/20/story/ 301");
    expect(await readOutput(dir, "old-story/index.html")).toContain('content="0; url=/mirror/2026/11/20/story/"');
  });

  it("lists the mirrors on /mirrors/ and in /mirrors.json", async () => {
    const list = JSON.parse(await readOutput(dir, "mirrors.json"));
    expect(list.primary).toBe("https://new-primary.example/");
    expect(list.onion).toBe(`${ONION}/`);
    expect(list.mirrors.map((m: { url: string }) => m.url)).toEqual([
      "https://ostrov-news-mirror.example/",
      "https://static-reading-room.example/ostrov/",
    ]);
    const page = await readOutput(dir, "mirrors/index.html");
    for (const mirror of list.mirrors) expect(page).toContain(`<a href="${mirror.url}">`);
  });

  it("sends no Onion-Location when no onion service is configured", async () => {
    const plain = await makeSite({ files: { "src/articles/a.md": article({ title: "Story", date: "2026-11-20" }) } });
    const { writeFile } = await import("node:fs/promises");
    await writeFile(`${plain}/_data/mirrors.json`, JSON.stringify({ mirrors: [] }));
    await buildOk(plain);
    expect(await readOutput(plain, "_headers")).not.toContain("Onion-Location");
    expect(await readOutput(plain, "2026/11/20/story/index.html")).not.toContain("onion-location");
    expect(JSON.parse(await readOutput(plain, "mirrors.json")).onion).toBeNull();
    await removeSite(plain);
  });
});
