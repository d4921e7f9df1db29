// The build cache: what a production build left in its output folder, kept in
// .cache/broadside-build/ so the next build can start from it. One file per
// output folder (a mirror built into another folder has its own). Written only
// after a build succeeded and its output is in place, deleted when an
// incremental build starts changing that output: a build that fails half-way
// leaves no cache, and the next build is a full one.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RelatedRecord } from "../newsroom/newsroom.ts";
import type { ArticleRecord } from "./articleRecords.ts";

/** Raised whenever what the cache holds changes meaning: an older cache then gives a full build. */
export const CACHE_FORMAT = 1;

export interface CachedSearchPart {
  path: string;
  folders: string[];
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
  articles: Record<string, ArticleRecord>;
  /** Every page the page families wrote: output file → fingerprint (lib/incremental/fingerprints.ts). */
  pages: Record<string, string>;
  searchParts: CachedSearchPart[];
  /** Processed image files published under /img/. */
  imageFiles: string[];
  /** "Read more" of the live articles, newest first. */
  related: RelatedRecord[];
}

export const CACHE_DIR = ".cache/broadside-build";

export function cacheFileFor(outputDir: string): string {
  const name = createHash("sha1").update(path.resolve(outputDir)).digest("hex").slice(0, 16);
  return path.join(CACHE_DIR, `${name}.json`);
}

export type CacheRead = { state: BuildCacheState } | { state?: undefined; reason: string };

export async function readCache(file: string): Promise<CacheRead> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { reason: "there is no build cache yet" };
  }
  try {
    const state = JSON.parse(text) as BuildCacheState;
    if (state.format !== CACHE_FORMAT) return { reason: "the build cache is from another version of Broadside" };
    return { state };
  } catch {
    return { reason: "the build cache could not be read" };
  }
}

/** Atomically: a build killed while writing leaves the old cache or none, never half of one. */
export async function writeCache(file: string, state: BuildCacheState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(state));
  await rename(temporary, file);
}

export function dropCache(file: string): Promise<void> {
  return rm(file, { force: true });
}
