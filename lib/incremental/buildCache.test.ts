import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Article } from "../content/article.ts";
import { type ArticleRecord, articleRecord } from "./articleRecords.ts";
import { type BuildCacheState, CACHE_FORMAT, type CacheRead, dropCache, readCacheIndex, readCacheShards, writeCache } from "./buildCache.ts";
import { PageManifest } from "./pageManifest.ts";

/** The index, then the shards it names, as a build that has something to do reads them. */
async function readCache(folder: string): Promise<CacheRead> {
  const read = await readCacheIndex(folder);
  return read.index ? readCacheShards(folder, read.index) : read;
}

/** A state with its pages as sorted [file, fingerprint] pairs, to compare (the manifest keeps them in private fields). */
function plain(state: BuildCacheState | undefined): unknown {
  return state && { ...state, pages: [...state.pages.entries()].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

const record = (id: string): ArticleRecord => ({ id, images: {}, article: { title: `Article ${id}` } });

/** A cache of `count` articles in two years, each with a page, a lite page, "Read more" and a card. */
function state(count: number): BuildCacheState {
  const files = Array.from({ length: count }, (_, i) => `src/articles/${i < count / 2 ? 2025 : 2026}/a${i}.md`);
  return {
    format: CACHE_FORMAT,
    key: "key",
    codeIds: { "lib/a.ts": "1" },
    output: "/site/_site",
    articles: new Map(files.map((file, i) => [file, record(String(i))])),
    pages: PageManifest.fromEntries(
      files
        .flatMap((file, i): [string, string][] => [
          [`${file.slice(13, 17)}/01/01/a${i}/index.html`, `fp${i}`],
          [`lite/${file.slice(13, 17)}/01/01/a${i}/index.html`, `lite${i}`],
        ])
        .concat([["feed.xml", "feed"], ["tags/x/index.html", "tag"]]),
    ),
    searchParts: [{ path: "/pagefind/", folders: ["2026/01"], fingerprint: "s" }],
    imageFiles: ["img/a.jpeg"],
    related: files.map((file, i) => ({ inputPath: `./${file}`, root: "/", tagSlugs: ["x"], related: i > 0 ? [i - 1] : [] })).reverse(),
    cards: files.map((_, i) => `card${i}`).reverse(),
    topics: { "/tags/x/": "X\u0004/tags/x/" },
    translations: {},
    sources: "digest",
    stableUntil: null,
  };
}

describe("the build cache", () => {
  let folder: string;
  beforeEach(async () => {
    folder = path.join(await mkdtemp(path.join(tmpdir(), "broadside-cache-")), "cache");
  });
  afterEach(async () => rm(path.dirname(folder), { recursive: true, force: true }));

  it("reads back what was written", async () => {
    const written = state(10_000);
    await writeCache(folder, written);
    const read = await readCache(folder);
    expect(plain(read.state)).toEqual(plain(written));
    expect(read.state?.pages.size).toBe(20_002);
  });

  it("writes again only the shards a change touched, and removes the ones it replaced", async () => {
    await writeCache(folder, state(10_000));
    const first = await readCache(folder);
    if (!first.state) throw new Error(first.reason);
    const before = new Set(await readdir(folder));

    // One new article in 2026: its record, its two pages, the feed, the newest "Read more" and card.
    // Kept records are the same objects, as a build keeps them.
    const next = { ...first.state, articles: new Map(first.state.articles), pages: first.state.pages.next(), related: [...first.state.related], cards: [...first.state.cards] };
    next.articles.set("src/articles/2026/new.md", record("new"));
    next.pages.set("2026/02/01/new/index.html", "fpnew");
    next.pages.set("lite/2026/02/01/new/index.html", "litenew");
    next.pages.set("feed.xml", "feed2");
    next.related.unshift({ inputPath: "./src/articles/2026/new.md", root: "/", tagSlugs: ["x"], related: [] });
    next.cards.unshift("cardnew");
    await writeCache(folder, next, first);

    const after = new Set(await readdir(folder));
    const added = [...after].filter((file) => !before.has(file)).map((file) => file.replace(/\.[^.]+\.json$/, ""));
    const shards = added.map((file) => (file.startsWith("articles_b") ? "one bucket of articles" : file));
    expect(shards.sort()).toEqual(["cards_2", "one bucket of articles", "pages_2026", "pages_lite_2026", "pages_root", "related_2"]);
    // The shards they replace are gone; the other 2025 and 2026 shards are the same files.
    expect([...before].filter((file) => !after.has(file))).toHaveLength(6);
    expect(plain((await readCache(folder)).state)).toEqual(plain(next));
    // The manifest it started from is as it was read.
    expect(first.state.pages.get("feed.xml")).toBe("feed");
    expect(first.state.pages.get("2026/02/01/new/index.html")).toBeUndefined();
  });

  it("writes again a shard of records when the build made one of its records again, though its size is the same", async () => {
    await writeCache(folder, state(1_000));
    const first = await readCache(folder);
    if (!first.state) throw new Error(first.reason);
    const before = new Set(await readdir(folder));
    const next = { ...first.state, articles: new Map(first.state.articles) };
    // An edited file: the build reads it again and makes its record anew.
    const edited = articleRecord({ article: { title: "Edited", bodyImages: [] } as unknown as Article, problems: [] }, "edited", () => undefined);
    if (!edited) throw new Error("no record");
    next.articles.set("src/articles/2025/a1.md", edited);
    await writeCache(folder, next, first);
    const added = [...new Set(await readdir(folder))].filter((file) => !before.has(file));
    expect(added).toEqual([expect.stringMatching(/^articles_b\d+\./)]);
    expect((await readCache(folder)).state?.articles.get("src/articles/2025/a1.md")).toEqual({ id: "edited", images: {}, article: { title: "Edited", bodyImages: [] } });
  });

  it("reads as no cache once dropped, and a later write does not reuse what was dropped", async () => {
    await writeCache(folder, state(100));
    await dropCache(folder);
    expect(await readCache(folder)).toEqual({ reason: "there is no build cache yet" });
    await writeCache(folder, state(50));
    expect(plain((await readCache(folder)).state)).toEqual(plain(state(50)));
  });

  it("gives a full build for a cache of another format", async () => {
    await writeCache(folder, { ...state(10), format: CACHE_FORMAT + 1 });
    expect(await readCache(folder)).toEqual({ reason: "the build cache is from another version of Broadside" });
  });
});
