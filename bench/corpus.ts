// A deterministic synthetic newsroom for benchmarks: N articles over T tags whose
// popularity follows a Zipf-like law (a few tags hold thousands of articles, most
// a handful), 1 to 3 authors each, 500 to 900 words of markdown with headings,
// lists, quotes and links; with `imageEvery`, every n-th article has a lead
// image of its own (a generated JPEG). The same options always write the same files.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

export interface CorpusOptions {
  articles: number;
  tags: number;
  seed?: number;
  /** Every n-th article gets a lead image of its own under src/images/bench/ (0: none). */
  imageEvery?: number;
}

/**
 * A distinct 1600x900 JPEG for image `n`: two colour fields from `n`. Flat
 * images encode faster than photographs (0.37 s for the sample's 12 variants),
 * so the benchmark measures what the build does around encoding, not encoding.
 */
export async function benchImage(n: number): Promise<Buffer> {
  const colour = (k: number) => ({ r: (n * 37 + k) % 256, g: (n * 91 + 2 * k) % 256, b: (n * 53 + 3 * k) % 256 });
  const band = await sharp({ create: { width: 800, height: 900, channels: 3, background: colour(90) } }).png().toBuffer();
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: colour(0) } })
    .composite([{ input: band, left: 800, top: 0 }])
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** Park–Miller: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

const WORDS = (
  "the court region officials budget port strike workers reporters ministry law prison appeal governor " +
  "village election observers records contract company prosecutor river heating winter school teacher " +
  "students leaflet theatre bookshop archive historians border queue notice exile newsroom mirror readers " +
  "figures harvest fuel prices wages pensioners medicine pharmacy hospital doctors volunteers council " +
  "district referendum ballot commission protest petition mothers soldiers conscripts army families " +
  "documents evidence witness hearing verdict sentence lawyer defence journalists freedom censorship"
).split(" ");
const STAFF = Array.from({ length: 40 }, (_, i) => `Reporter ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ""} Example`);

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)] ?? "news");
  const text = picked.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Tag index with probability proportional to 1/(rank+1): inverse-CDF over precomputed weights. */
function zipf(next: () => number, count: number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) cumulative.push((total += 1 / (i + 1)));
  return () => {
    const target = next() * total;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

function body(next: () => number, linkTo: string): string {
  const target = 500 + Math.floor(next() * 400);
  const parts: string[] = [];
  let words = 0;
  while (words < target) {
    const kind = next();
    let part: string;
    if (kind < 0.1) part = `## ${sentence(next, 4).slice(0, -1)}`;
    else if (kind < 0.18) part = ["- ", "- ", "- "].map((b) => b + sentence(next, 6)).join("\n");
    else if (kind < 0.24) part = `> “${sentence(next, 14)}”`;
    else part = `${sentence(next, 18)} ${sentence(next, 12)} See [the earlier report](${linkTo}). ${sentence(next, 15)}`;
    parts.push(part);
    words += part.split(/\s+/).length;
  }
  return parts.join("\n\n");
}

/** `articlesDir` is `<input>/articles`; images go to `<input>/images/bench/`. */
export async function writeCorpus(articlesDir: string, options: CorpusOptions): Promise<void> {
  const imagesDir = path.join(articlesDir, "..", "images", "bench");
  const every = options.imageEvery ?? 0;
  const next = random(options.seed ?? 2026);
  const pickTag = zipf(next, options.tags);
  const start = Date.UTC(1995, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const step = span / options.articles;
  const batch: Promise<void>[] = [];
  for (let i = 0; i < options.articles; i++) {
    const date = new Date(start + Math.floor(i * step)).toISOString().replace(/\.\d{3}Z$/, "Z");
    const year = date.slice(0, 4);
    const tags = new Set<string>();
    const wanted = 1 + Math.floor(next() * 4);
    while (tags.size < wanted) tags.add(`Topic ${pickTag()}`);
    const authors = new Set<string>();
    const authorCount = 1 + Math.floor(next() * next() * 3);
    while (authors.size < authorCount) authors.add(STAFF[Math.floor(next() * STAFF.length)] ?? "Reporter");
    const title = sentence(next, 8).slice(0, -1);
    const earlier = i > 0 ? `/archive/` : "/";
    const image = every > 0 && i % every === 0 ? `/images/bench/i${i}.jpg` : undefined;
    const text = `---
title: ${JSON.stringify(`${title} (${i})`)}
date: ${date}
author: ${JSON.stringify([...authors])}
tags: ${JSON.stringify([...tags])}${image ? `\nimage:\n  src: ${image}\n  alt: "A generated picture, number ${i}"` : ""}
---

${body(next, earlier)}
`;
    const dir = path.join(articlesDir, year);
    batch.push(mkdir(dir, { recursive: true }).then(() => writeFile(path.join(dir, `a${i}.md`), text)));
    if (image) batch.push(mkdir(imagesDir, { recursive: true }).then(async () => writeFile(path.join(imagesDir, `i${i}.jpg`), await benchImage(i))));
    if (batch.length >= 500) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}
