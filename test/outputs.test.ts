// Outputs stay valid whatever the input: text pasted from word processors, raw
// HTML left unclosed. Every XML file the build writes goes through a real parser.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, buildSite, listOutput, makeSite, readOutput, removeSite, type BuildResult } from "./helpers/site.ts";
import { assertWellFormedXml } from "./helpers/xml.ts";

let dir: string;
let result: BuildResult;
const quay = '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="10"></svg>';

beforeAll(async () => {
  dir = await makeSite({
    withSampleContent: true,
    files: {
      // A vertical tab and a form feed, as pasted from a word processor.
      "src/articles/2026/pasted.md": article(
        { title: "Pasted from a word processor", date: "2026-11-26", tags: "[Courts]" },
        "The court\u000b adjourned\u000c until Monday.\n\nA second paragraph.\n",
      ),
      "src/articles/2026/unclosed.md": article(
        {
          title: "Raw HTML left open",
          date: "2026-11-26T12:00:00+03:00",
          corrections: "\n  - date: 2026-11-27\n    text: A name was misspelt.",
        },
        'Before the embed.\n\n<div class="pull-quote"><p>Quoted words\n\n<img src="/images/quay.svg" alt="The quay at night">\n\n<!-- a note the editor never closed\n\nAfter the comment.\n',
      ),
      "src/images/quay.svg": quay,
    },
  });
  result = await buildSite(dir);
});
afterAll(() => removeSite(dir));

describe("outputs", () => {
  it("builds, warning about the characters it left out of a body, naming the file", () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Broadside: src/articles/2026/pasted.md: body: held invisible control characters such as U+000B");
  });

  it("writes only well-formed XML: every feed and sitemap parses", async () => {
    const xml = (await listOutput(dir)).filter((file) => file.endsWith(".xml"));
    expect(xml.length).toBeGreaterThan(20);
    for (const file of xml) assertWellFormedXml(await readOutput(dir, file), file);
    const feed = await readOutput(dir, "feed.xml");
    expect(feed).toContain("The court adjourned until Monday.");
    expect(feed).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("keeps raw HTML that was left open from swallowing corrections, support-us, Read more and the footer", async () => {
    const page = await readOutput(dir, "2026/11/26/raw-html-left-open/index.html");
    // What follows the body is outside any comment, and the body's div is closed before it.
    const afterBody = page.slice(page.indexOf("-->"));
    for (const part of ['<aside class="corrections"', 'class="support-us"', '<footer class="site-footer">']) {
      expect(afterBody, part).toContain(part);
    }
    const body = /<div class="article__body">([\s\S]*?)<\/div>\s*<aside class="corrections"/.exec(page)?.[1] ?? "";
    expect(body).toContain('<div class="pull-quote">');
    expect(body.match(/<div/g)?.length).toBe(body.match(/<\/div>/g)?.length);
    // A raw <img> is served processed, like a markdown image.
    expect(body).toMatch(/<picture><source type="image\/avif"[^>]+><source type="image\/webp"[^>]+><img src="\/img\/[\w-]+-400\.jpeg"[^>]* alt="The quay at night"/);
  });

  it("counts a correction as a change in the sitemap, as the JSON-LD does", async () => {
    const sitemap = await readOutput(dir, "sitemap.xml");
    expect(sitemap).toContain(
      "<url><loc>https://ostrov-dispatch.example/2026/11/26/raw-html-left-open/</loc><lastmod>2026-11-27T00:00:00+03:00</lastmod></url>",
    );
  });

  it("credits photos in feed items and gives every feed the outlet's logo", async () => {
    for (const file of ["feed.xml", "tags/economy/feed.xml"]) {
      const feed = await readOutput(dir, file);
      expect(feed).toMatch(/<channel>[\s\S]*?<image><url>https:\/\/ostrov-dispatch\.example\/images\/logo\.png<\/url><title>[^<]+<\/title><link>https:\/\/ostrov-dispatch\.example\/[^<]*<\/link><\/image>/);
    }
    const item = (await readOutput(dir, "feed.xml")).split("<item>").find((i) => i.includes("Dock workers")) ?? "";
    expect(item).toContain("<media:credit>Illustration: Ostrov Dispatch</media:credit>");
    expect(item).toContain("&lt;figcaption&gt;Barges waiting at Ust-Lomna. Illustration: Ostrov Dispatch&lt;/figcaption&gt;");
  });

  it("links the text-only edition from every page's footer and from the mirrors page", async () => {
    for (const file of ["index.html", "mirrors/index.html", "2026/11/26/pasted-from-a-word-processor/index.html"]) {
      expect(await readOutput(dir, file), file).toMatch(/<footer class="site-footer">[\s\S]*<a href="\/lite\/">Text-only edition<\/a>/);
    }
    expect(await readOutput(dir, "mirrors/index.html")).toContain('read the <a href="/lite/">text-only edition</a>');
  });

  it("serves a favicon, home-screen icons and a web app manifest, and every page names them", async () => {
    const ico = await readFile(path.join(dir, "_site/favicon.ico"));
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]); // an icon file holding one image
    expect(ico.subarray(22, 30).toString("latin1")).toBe("\x89PNG\r\n\x1a\n");
    const manifest = JSON.parse(await readOutput(dir, "manifest.webmanifest"));
    expect(manifest).toMatchObject({ name: "Ostrov Dispatch", start_url: "./", lang: "en" });
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const file = path.join(dir, "_site", icon.src);
      if (icon.src.endsWith(".png")) expect((await sharp(file).metadata()).width, icon.src).toBe(Number(icon.sizes.split("x")[0]));
      else expect(existsSync(file), icon.src).toBe(true);
    }
    for (const file of ["index.html", "2026/11/26/pasted-from-a-word-processor/index.html", "lite/index.html", "404.html"]) {
      const page = await readOutput(dir, file);
      expect(page, file).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      expect(page, file).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32">');
    }
    expect(await readOutput(dir, "index.html")).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  });
});
