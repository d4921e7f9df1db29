// The build cache: what a production build left in its output folder, kept in
// .cache/broadside-build/ so the next build can start from it. One folder per
// output folder (a mirror built into another folder has its own). Written only
// after a build succeeded and its output is in place, deleted when an
// incremental build starts changing that output: a build that fails half-way
// leaves no cache, and the next build is a full one.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RelatedRecord } from "../newsroom/newsroom.ts";
import { type ArticleRecord, madeByThisBuild } from "./articleRecords.ts";
import { sameList } from "../util/lists.ts";
import { PageManifest } from "./pageManifest.ts";
import type { SearchPart } from "../site/searchParts.ts";

/** Raised whenever what the cache holds changes meaning: an older cache then gives a full build. */
export const CACHE_FORMAT = 6;

export interface CachedSearchPart extends SearchPart {
  fingerprint: string;
}

export interface BuildCacheState {
  format: number;
  /** The build key (lib/incremental/buildPlan.ts): code, templates, _data, settings, environment. */
  key: string;
  /** Content ids of the files the key was made from, to name what changed. */
  codeIds: Record<string, string>;
  /** The output folder this describes (absolute). */
  output: string;
  /** The validation pass's result for each article file, by path as listed (`src/articles/...`). */
  articles: Map<string, ArticleRecord>;
  /** Every page the page families wrote: output file → fingerprint (lib/incremental/fingerprints.ts). */
  pages: PageManifest;
  searchParts: CachedSearchPart[];
  /** Processed image files published under /img/. */
  imageFiles: string[];
  /** "Read more" of the live articles, newest first. */
  related: RelatedRecord[];
  /** Each live article's card (lib/incremental/fingerprints.ts), newest first as `related`. */
  cards: string[];
  /** Each topic's URL → what an article's card shows of it, to find the topics shown differently now. */
  topics: Record<string, string>;
  /** The translations' URLs of each live article that has any, by input path (lib/incremental/previousPages.ts). */
  translations: Record<string, string[]>;
  /** A digest of every article's and image's content id: the same means no push changed them (lib/incremental/buildPlan.ts). */
  sources: string;
  /** When the site would next change by the clock alone (ms since the epoch; null for never). */
  stableUntil: number | null;
}

export const CACHE_DIR = ".cache/broadside-build";

/** The cache of one output folder: a folder holding an index and the shards it names. */
export function cacheFolderFor(outputDir: string): string {
  const name = createHash("sha1").update(path.resolve(outputDir)).digest("hex").slice(0, 16);
  return path.join(CACHE_DIR, name);
}

// The cache in shards, so a push writes again only the shards it changed: at
// 100,000 articles the whole cache is 140 MB of JSON and took 4 s to write on
// every push. Articles' records are spread over buckets by file name, pages by
// their first folder (a year, `lite/<year>`, `tags`), "Read more" and cards in
// runs of RUN counted from the oldest article, so a new article changes the
// newest run only. Everything else is small and sits in the index.
const ARTICLE_BUCKETS = 64;
const RUN = 4096;
const INDEX = "index.json";

/** Each shard the index names: its file in the cache's folder, and how many entries it holds. */
export type StoredShards = Record<string, { file: string; size: number }>;

export interface CacheIndex extends Omit<BuildCacheState, "articles" | "pages" | RunKind> {
  shards: StoredShards;
}

export type CacheRead = { state: BuildCacheState; stored: StoredShards } | { state?: undefined; reason: string };

export type IndexRead = { index: CacheIndex } | { index?: undefined; reason: string };

/** The index alone (a few KB), for what can be decided without the shards: whether anything changed at all. */
export async function readCacheIndex(folder: string): Promise<IndexRead> {
  let index: CacheIndex;
  try {
    index = JSON.parse(await readFile(path.join(folder, INDEX), "utf8")) as CacheIndex;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return { reason: missing ? "there is no build cache yet" : "the build cache could not be read" };
  }
  if (index.format !== CACHE_FORMAT) return { reason: "the build cache is from another version of Broadside" };
  return { index };
}

export async function readCacheShards(folder: string, index: CacheIndex): Promise<CacheRead> {
  return readShardsMeanwhile(folder, index).finish();
}

/** The shards being read and parsed while the build does something else; `finish` once they are needed, `stop` when not. */
export interface ShardsReading {
  finish(): Promise<CacheRead>;
  stop(): void;
}

/**
 * Reads the shards' files and parses them one at a time, giving way between
 * shards: begun before the build knows whether the cache is of use, it fills
 * the time git takes to list content ids (the process otherwise waits idle for
 * it, about half a second at 100k) and stops as soon as it is told the cache is
 * not needed (nothing changed, or a full build), a shard later at most.
 */
export function readShardsMeanwhile(folder: string, index: CacheIndex): ShardsReading {
  const parser = new ShardParser(index);
  let hurry = false;
  let stopped = false;
  const parsed = (async (): Promise<CacheRead> => {
    const files = await readShardFiles(folder, index);
    if (!files) return { reason: "the build cache could not be read" };
    for (const [shard, bytes] of files) {
      if (!hurry) await new Promise((resolve) => setImmediate(resolve));
      if (stopped) return { reason: "the build cache was not needed" };
      if (!parser.add(shard, bytes)) return { reason: "the build cache could not be read" };
    }
    return parser.result();
  })();
  return {
    finish: () => {
      hurry = true;
      return parsed;
    },
    stop: () => {
      stopped = true;
    },
  };
}

/** The shards' files as they are on disk, or undefined if one cannot be read. */
async function readShardFiles(folder: string, index: CacheIndex): Promise<Map<string, Buffer> | undefined> {
  try {
    const names = Object.keys(index.shards);
    const files = await Promise.all(names.map((shard) => readFile(path.join(folder, index.shards[shard]?.file ?? ""))));
    return new Map(names.map((shard, at) => [shard, files[at] as Buffer]));
  } catch {
    return undefined;
  }
}

/** Builds the state from the index and its shards, given one at a time in any order. */
class ShardParser {
  readonly #index: CacheIndex;
  readonly #articles = new Map<string, ArticleRecord>();
  readonly #pages = new Map<string, [string, string][]>();
  readonly #runs: { [kind in RunKind]: BuildCacheState[kind][] } = { related: [], cards: [] };

  constructor(index: CacheIndex) {
    this.#index = index;
  }

  /** False when the shard is not JSON of the expected shape. */
  add(shard: string, bytes: Buffer): boolean {
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString("utf8"));
    } catch {
      return false;
    }
    if (!Array.isArray(data)) return false;
    const [kind, key] = splitShard(shard);
    if (isRunKind(kind)) this.#runs[kind][Number(key)] = data as never;
    else if (kind === "pages") this.#pages.set(key, data as [string, string][]);
    else if (kind === "articles") for (const [name, value] of data as [string, ArticleRecord][]) this.#articles.set(name, value);
    else return false;
    return true;
  }

  result(): CacheRead {
    const { shards, ...rest } = this.#index;
    const state: BuildCacheState = { ...rest, articles: this.#articles, pages: PageManifest.fromShards(this.#pages), related: [], cards: [] };
    // Runs are counted from the oldest article; the lists are newest first.
    for (const kind of RUN_KINDS) {
      const list: unknown[] = state[kind];
      const runs = this.#runs[kind];
      for (let run = runs.length - 1; run >= 0; run--) list.push(...(runs[run] ?? []));
    }
    return { state, stored: shards };
  }
}

/**
 * Writes the shards that changed since `previous` (as read), then the index
 * naming them all, atomically: a build killed while writing leaves the old
 * index or none, never half of one. Files no index names are removed last.
 */
export async function writeCache(folder: string, state: BuildCacheState, previous?: { state: BuildCacheState; stored: StoredShards }): Promise<void> {
  await mkdir(folder, { recursive: true });
  const generation = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const shards: StoredShards = {};
  for (const [shard, entries] of shardsOf(state)) {
    const kept = previous?.stored[shard];
    if (kept && previous && stillHolds(kept, shard, entries, state, previous.state)) {
      shards[shard] = kept;
      continue;
    }
    const file = `${shard.replace(/[^a-z0-9-]/gi, "_")}.${generation}.json`;
    await writeFile(path.join(folder, file), JSON.stringify(entries));
    shards[shard] = { file, size: entries.length };
  }
  const { articles: _articles, pages: _pages, related: _related, cards: _cards, ...rest } = state;
  const index: CacheIndex = { ...rest, shards };
  const temporary = path.join(folder, `${INDEX}.${process.pid}.tmp`);
  await writeFile(temporary, JSON.stringify(index));
  await rename(temporary, path.join(folder, INDEX));
  const named = new Set([INDEX, ...Object.values(shards).map((shard) => shard.file)]);
  for (const file of await readdir(folder)) if (!named.has(file)) await rm(path.join(folder, file), { force: true });
  // The single file a cache was before it had shards (format 1).
  await rm(`${folder}.json`, { force: true });
}

/** Makes the cache unusable (the output is about to change) but keeps its shards for the next write to reuse. */
export function dropCache(folder: string): Promise<void> {
  return rm(path.join(folder, INDEX), { force: true });
}

type RunKind = "related" | "cards";
type ShardKind = "articles" | "pages" | RunKind;
type ShardEntries = [string, unknown][] | RelatedRecord[] | string[];
const RUN_KINDS: readonly RunKind[] = ["related", "cards"];

function isRunKind(kind: ShardKind): kind is RunKind {
  return kind === "related" || kind === "cards";
}

/** Articles and pages as [name, value] pairs by shard; "Read more" and cards as runs, newest first within each. */
function shardsOf(state: BuildCacheState): Map<string, ShardEntries> {
  const shards = new Map<string, ShardEntries>();
  const into = (shard: string, name: string, value: unknown) => {
    const entries = shards.get(shard) as [string, unknown][] | undefined;
    if (entries) entries.push([name, value]);
    else shards.set(shard, [[name, value]]);
  };
  for (const [file, record] of state.articles) into(`articles/b${bucketOf(file)}`, file, record);
  // Pages are kept by shard already: a shard as it was read is not copied.
  for (const name of state.pages.shardNames()) shards.set(`pages/${name}`, state.pages.shardEntries(name));
  for (const kind of RUN_KINDS) {
    const list: readonly (RelatedRecord | string)[] = state[kind];
    for (let run = 0; run * RUN < list.length; run++) shards.set(`${kind}/${run}`, list.slice(...runBounds(list.length, run)) as ShardEntries);
  }
  return shards;
}

/** Where run `run` (counted from the oldest) lies in a newest-first list of `length`: [start, end). */
function runBounds(length: number, run: number): [number, number] {
  const end = length - run * RUN;
  return [Math.max(0, end - RUN), end];
}

/**
 * Whether the stored shard holds what it would now: a shard of pages the
 * manifest shares with the previous one does, without comparing
 * (lib/incremental/pageManifest.ts); any other is compared.
 */
function stillHolds(kept: { size: number }, shard: string, entries: ShardEntries, state: BuildCacheState, previous: BuildCacheState): boolean {
  const [kind, key] = splitShard(shard);
  if (kind === "pages" && state.pages.sharesShard(previous.pages, key)) return true;
  return kept.size === entries.length && sameShard(shard, entries, previous);
}

/** Whether a shard holds what it held (same size checked first): the same records, fingerprints, lists and cards. */
function sameShard(shard: string, entries: ShardEntries, previous: BuildCacheState): boolean {
  const [kind, key] = splitShard(shard);
  if (isRunKind(kind)) {
    // Compared in place: slicing the previous list into runs again for each run would copy it once a run.
    const [start] = runBounds(previous[kind].length, Number(key));
    if (kind === "cards") return (entries as string[]).every((card, at) => previous.cards[start + at] === card);
    return (entries as RelatedRecord[]).every((record, at) => sameRelated(record, previous.related[start + at]));
  }
  if (kind === "articles") {
    // Every record the build did not make itself it took from the cache under its name: with as many records as
    // before, the shard holds what it held unless one was made again (no lookup of 100,000 names on every push).
    const records = entries as [string, ArticleRecord][];
    for (let at = 0; at < records.length; at++) if (madeByThisBuild((records[at] as [string, ArticleRecord])[1])) return false;
    return true;
  }
  const before = previous[kind];
  return (entries as [string, string][]).every(([name, value]) => before.get(name) === value);
}

function sameRelated(a: RelatedRecord, b: RelatedRecord | undefined): boolean {
  return b !== undefined && a.inputPath === b.inputPath && sameList(a.tagSlugs, b.tagSlugs) && sameList(a.related, b.related);
}

function splitShard(shard: string): [ShardKind, string] {
  const slash = shard.indexOf("/");
  return [shard.slice(0, slash) as ShardKind, shard.slice(slash + 1)];
}

/** FNV-1a of the name: a stable bucket whatever the folders articles are kept in. */
function bucketOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < name.length; at++) hash = Math.imul(hash ^ name.charCodeAt(at), 0x01000193);
  return (hash >>> 0) % ARTICLE_BUCKETS;
}
