// The reader's side of an article page: small enough for a slow connection, no
// script that blocks rendering, nothing that moves when images arrive.
import { stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOk, listOutput, makeSite, readOutput, removeSite } from "./helpers/site.ts";

const KB = 1024;

describe("reader-side budget on the sample's article pages", () => {
  let dir: string;
  let articles: { file: string; html: string }[];
  beforeAll(async () => {
    dir = await makeSite({ withSampleContent: true });
    await buildOk(dir);
    const outputs = await listOutput(dir);
    const dated = outputs.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    const pages = await Promise.all(dated.map(async (file) => ({ file, html: await readOutput(dir, file) })));
    articles = pages.filter((p) => p.html.includes('<body class="page-article">'));
  });
  afterAll(() => removeSite(dir));

  const size = async (url: string) => (await stat(path.join(dir, "_site", url))).size;
  const scripts = (html: string) => [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];

  it("keeps HTML, CSS and JS under 50 KB and the JS under 5 KB, on every article page and on the front page", async () => {
    expect(articles.length).toBeGreaterThan(25);
    const front = { file: "index.html", html: await readOutput(dir, "index.html") };
    // The arranged front: top stories, a block per section, the latest.
    expect(front.html).toContain('class="front-section"');
    for (const { file, html } of [...articles, front]) {
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1] ?? "");
      const js = scripts(html).flatMap((m) => /src="([^"]+)"/.exec(m[1] ?? "")?.[1] ?? []);
      expect(css.length, file).toBe(1);
      expect(js.length, file).toBe(1);
      const inlineJs = scripts(html)
        .filter((m) => !/src=|application\/ld\+json/.test(m[1] ?? ""))
        .reduce((sum, m) => sum + Buffer.byteLength(m[2] ?? ""), 0);
      const jsBytes = (await Promise.all(js.map(size))).reduce((a, b) => a + b, 0) + inlineJs;
      const cssBytes = (await Promise.all(css.map(size))).reduce((a, b) => a + b, 0);
      const total = Buffer.byteLength(html) + cssBytes + jsBytes;
      expect(jsBytes, `${file}: JavaScript`).toBeLessThan(5 * KB);
      expect(total, `${file}: HTML + CSS + JS`).toBeLessThan(50 * KB);
    }
  });

  it("has no render-blocking script: external scripts are deferred, the inline one is tiny", () => {
    for (const { file, html } of articles) {
      for (const [tag, attributes = "", body = ""] of scripts(html)) {
        if (/application\/ld\+json/.test(attributes)) continue;
        if (/src=/.test(attributes)) expect(attributes, `${file}: ${tag}`).toMatch(/\b(defer|async)\b|type="module"/);
        else expect(Buffer.byteLength(body), `${file}: inline script`).toBeLessThan(512);
      }
    }
  });

  it("gives every image its size, loads the lead image at once and every other lazily", () => {
    for (const { file, html } of articles) {
      const images = html.match(/<img [^>]+>/g) ?? [];
      for (const img of images) expect(img, file).toMatch(/ width="\d+" height="\d+"/);
      const lead = /<figure class="article__image">[\s\S]*?(<img [^>]+>)/.exec(html)?.[1];
      for (const img of images) {
        if (img === lead) expect(img, file).toMatch(/loading="eager" fetchpriority="high"/);
        else expect(img, file).toContain('loading="lazy"');
      }
    }
    expect(articles.filter((a) => a.html.includes('class="article__image"')).length).toBeGreaterThan(10);
  });
});
