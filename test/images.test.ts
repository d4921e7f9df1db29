// Lead and body images are served processed: AVIF and WebP with a JPEG fallback,
// several widths, their size set, only the lead image loaded at once.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, buildOk, buildSite, makeSite, readOutput, removeSite } from "./helpers/site.ts";
import { knownImagesFile } from "../lib/site/knownImages.ts";

const sites: string[] = [];
afterAll(() => Promise.all(sites.map(removeSite)));

describe("images", () => {
  let page: string;
  beforeAll(async () => {
    const dir = await makeSite({
      withSampleContent: true,
      files: {
        "src/articles/with-images.md": article(
          {
            title: "With images",
            date: "2026-11-20",
            image: "\n  src: /images/river-port.jpg\n  alt: Cranes over the river\n  caption: The port.",
          },
          "First paragraph.\n\n![Barges waiting downstream](/images/border.jpg)\n\nLast paragraph.\n",
        ),
      },
    });
    sites.push(dir);
    await buildOk(dir);
    page = await readOutput(dir, "2026/11/20/with-images/index.html");
  });

  it("gives the lead image every format and width, its size, and loads it first", () => {
    const lead = /<figure class="article__image">\s*(<picture>[\s\S]*?<\/picture>)/.exec(page)?.[1] ?? "";
    expect(lead).toMatch(/<source type="image\/avif" srcset="\/img\/[\w-]+-400\.avif 400w, [^"]+-1600\.avif 1600w" sizes="[^"]+">/);
    expect(lead).toMatch(/<source type="image\/webp" srcset="[^"]+-800\.webp 800w[^"]*"/);
    expect(lead).toMatch(/<img src="\/img\/[\w-]+-400\.jpeg" srcset="[^"]+-1200\.jpeg 1200w[^"]*" sizes="[^"]+" alt="Cranes over the river" width="1600" height="900" loading="eager" fetchpriority="high"/);
  });

  it("makes images in the body responsive and lazy", () => {
    const body = /<div class="article__body">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? "";
    expect(body).toMatch(/<picture><source type="image\/avif" srcset="\/img\/[\w-]+-400\.avif 400w/);
    expect(body).toMatch(/alt="Barges waiting downstream" width="1600" height="900" loading="lazy" decoding="async"/);
    expect(body).not.toContain("fetchpriority");
  });

  it("leaves exactly one image on the page loading eagerly", () => {
    expect(page.match(/loading="eager"/g)).toHaveLength(1);
    for (const img of page.match(/<img [^>]+>/g) ?? []) {
      expect(img, img).toMatch(/ width="\d+" height="\d+"/);
    }
  });
});

describe("bad images", () => {
  it("names a missing body image and a body image without alt text", async () => {
    const dir = await makeSite({
      files: {
        "src/articles/a.md": article({ title: "A", date: "2026-11-20" }, "![Nothing here](/images/gone.jpg)\n\n![](/images/authors/anna-sokol.svg)\n"),
      },
    });
    sites.push(dir);
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("src/articles/a.md: body: no image file at src/images/gone.jpg (for /images/gone.jpg)");
    expect(result.stderr).toContain("src/articles/a.md: body: the image /images/authors/anna-sokol.svg has no alt text");
  });
});

describe("damaged image files", () => {
  it("names the article and field of an image that looks like one but cannot be read, and writes nothing", async () => {
    const dir = await makeSite({
      files: {
        "src/articles/a.md": article({ title: "A", date: "2026-11-20", image: "\n  src: /images/broken.png\n  alt: A chart" }),
      },
    });
    sites.push(dir);
    // PNG's signature, then nothing an image decoder can use (a truncated upload).
    await writeFile(path.join(dir, "src/images/broken.png"), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("cut short")]));
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/src\/articles\/a\.md: image\.src: src\/images\/broken\.png cannot be read as an image \(.+\)/);
    expect(result.stderr).not.toMatch(/\n\s+at .*\.(js|ts):\d+/);
  });
});

describe("image cache", () => {
  // A 2×2 PNG.
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==",
    "base64",
  );

  it("keeps processed images between builds, so a rebuild encodes nothing again", async () => {
    const cache = await mkdtemp(path.join(tmpdir(), "broadside-img-"));
    const dir = await makeSite({
      files: { "src/articles/a.md": article({ title: "A", date: "2026-11-20", image: "\n  src: /images/pic.png\n  alt: A square" }) },
    });
    sites.push(dir, cache, `${cache}.sizes`, knownImagesFile(cache));
    await writeFile(path.join(dir, "src/images/pic.png"), PNG);
    await buildOk(dir, { BROADSIDE_IMAGE_CACHE: cache });
    const files = (await readdir(cache)).sort();
    expect(files.length).toBeGreaterThan(0);
    const modified = () => Promise.all(files.map(async (f) => (await stat(path.join(cache, f))).mtimeMs));
    const before = await modified();
    const records = `${cache}.sizes`;
    const recordTimes = async () =>
      Promise.all((await readdir(records)).sort().map(async (f) => (await stat(path.join(records, f))).mtimeMs));
    const recordsBefore = await recordTimes();
    expect(recordsBefore.length).toBeGreaterThan(0);
    await buildOk(dir, { BROADSIDE_IMAGE_CACHE: cache });
    expect((await readdir(cache)).sort()).toEqual(files);
    expect(await modified()).toEqual(before);
    // The sizes are checked, not written again.
    expect(await recordTimes()).toEqual(recordsBefore);
    expect((await readdir(path.join(dir, "_site/img"))).sort()).toEqual(files);
  });

  it("rebuilds a damaged processed image instead of publishing it, with or without a record of its size", async () => {
    const cache = await mkdtemp(path.join(tmpdir(), "broadside-img-"));
    const dir = await makeSite({
      files: { "src/articles/a.md": article({ title: "A", date: "2026-11-20", image: "\n  src: /images/pic.png\n  alt: A square" }) },
    });
    sites.push(dir, cache, `${cache}.sizes`, knownImagesFile(cache));
    await writeFile(path.join(dir, "src/images/pic.png"), await sharp({ create: { width: 900, height: 600, channels: 3, background: "#a4161a" } }).png().toBuffer());
    await buildOk(dir, { BROADSIDE_IMAGE_CACHE: cache });
    const jpeg = (await readdir(cache)).find((f) => f.endsWith("-800.jpeg")) ?? "missing";
    const whole = await readFile(path.join(cache, jpeg));

    for (const forgetSizes of [false, true]) {
      // A build killed half-way through writing it leaves half a file.
      await writeFile(path.join(cache, jpeg), whole.subarray(0, whole.length >> 1));
      if (forgetSizes) await rm(`${cache}.sizes`, { recursive: true, force: true });
      // A full build (an incremental one keeps the copy the site already has, whole).
      await buildOk(dir, { BROADSIDE_IMAGE_CACHE: cache }, ["--full"]);
      const published = await readFile(path.join(dir, "_site/img", jpeg));
      expect(published.length, `published size (record ${forgetSizes ? "lost" : "kept"})`).toBe(whole.length);
      expect((await sharp(published).metadata()).width).toBe(800);
    }
  });
});
