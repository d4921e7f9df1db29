// Whether `npm run build` can start from the previous build (an incremental
// build, the default) or must build everything, and why. The build key covers
// everything a page is made from other than the articles and their images:
// Broadside's code and templates, the single pages and assets in src/, _data/,
// the dependencies' versions (package-lock.json), Node's version and the
// BROADSIDE_* settings that change the output. Any change to one of them, a
// missing or unreadable cache, a missing output folder, or `--full` gives a full
// build, and the build says which. With the same key, articles and images, and
// before the clock changes anything, there is nothing to build at all.
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { type ContentIds, contentIds } from "./contentIds.ts";
import type { DateTime } from "luxon";
import { type BuildCacheState, CACHE_FORMAT, type CacheIndex, cacheFolderFor, readCacheIndex, readShardsMeanwhile, type StoredShards } from "./buildCache.ts";
import { buildNow } from "../content/dates.ts";
import path from "node:path";
import { displayPath, toPosix } from "../util/displayPath.ts";
import { timed } from "../util/phases.ts";
import { TARGETS_FILE } from "../deploy/targets.ts";

/** Files and folders whose content the build key covers (the input folder is added, less its articles and images). */
const CODE_PATHS = ["lib", "_includes", "_data", ".eleventy.ts", "package.json", "package-lock.json", "tsconfig.json"];

/**
 * BROADSIDE_* variables that do not change what is written: the clock (articles coming due are content changes),
 * timings, where caches are; and where the site goes: the host whose limits the build checks (BROADSIDE_HOST) and
 * where `npm run deploy` sends it (BROADSIDE_DEPLOY_*, lib/cli/deploy.ts).
 */
const NOT_IN_KEY = new Set(["BROADSIDE_NOW", "BROADSIDE_TIMINGS", "BROADSIDE_IMAGE_CACHE", "BROADSIDE_PREVIEW_HOST", "BROADSIDE_BENCH_USAGE", "BROADSIDE_HOST"]);

export interface BuildPlan {
  /** Where the site ends up (absolute). */
  outputDir: string;
  /** The build cache of this output folder (lib/incremental/buildCache.ts). */
  cacheFolder: string;
  /** Content ids of the code, _data and the input folder (articles and images included). */
  ids: ContentIds;
  key: string;
  codeIds: Record<string, string>;
  /** The previous build of this output folder, when this build starts from it. */
  previous?: BuildCacheState;
  /** Where the previous build's cache keeps its shards, so unchanged ones are not written again. */
  stored?: StoredShards;
  /** Why this is a full build. */
  fullReason?: string;
  /** Set by the build once it succeeded: the cache to keep once the output is in place. */
  next?: BuildCacheState;
  /** The digest of the articles' and images' content ids, for the cache. */
  sources: string;
  /** Nothing changed since the previous build of this output folder: there is nothing to write. */
  upToDate?: boolean;
}

export interface PlanOptions {
  outputDir: string;
  inputDir: string;
  pathPrefix: string | undefined;
  /** `--full`: build everything whatever the cache says. */
  full?: boolean;
  env?: NodeJS.ProcessEnv;
  now?: DateTime | undefined;
}

export async function planBuild({ outputDir, inputDir, pathPrefix, full = false, env = process.env, now = nowOrNone(env) }: PlanOptions): Promise<BuildPlan> {
  const cacheFolder = cacheFolderFor(outputDir);
  const found = full ? { reason: "--full was given" } : await readCacheIndex(cacheFolder);
  // The cache is read and parsed while git lists the content ids in its own process (0.7 s at 100k), and dropped
  // when the key or the content ids say it is of no use.
  const shards = found.index ? readShardsMeanwhile(cacheFolder, found.index) : undefined;
  const ids = await timed("content ids", () => contentIds(".", [...CODE_PATHS, inputDir]));
  const codeIds = Object.fromEntries([...ids].filter(([file]) => !isContent(file, inputDir) && !isTest(file) && !DEPLOY_SETTINGS.has(file)).sort());
  const settings = Object.entries(env)
    .filter(([name, value]) => name.startsWith("BROADSIDE_") && !name.startsWith("BROADSIDE_DEPLOY_") && !NOT_IN_KEY.has(name) && value)
    .sort();
  const key = createHash("sha1")
    .update(JSON.stringify([CACHE_FORMAT, process.version, inputDir, pathPrefix ?? "", settings, codeIds]))
    .digest("hex");
  const plan: BuildPlan = { outputDir, cacheFolder, ids, key, codeIds, sources: sourcesDigest(ids, inputDir) };
  const verdict = found.index ? cacheVerdict(found.index, plan, now) : { fullReason: found.reason };
  if (verdict !== "start from it" || !shards) {
    shards?.stop();
    return { ...plan, ...(verdict === "start from it" ? {} : verdict) };
  }
  const read = await timed("read build cache", () => shards.finish());
  if (!read.state) return { ...plan, fullReason: read.reason };
  return { ...plan, previous: read.state, stored: read.stored };
}

/** What the cache's index says this build can do with it: start from it, nothing at all, or a full build, and why. */
function cacheVerdict(index: CacheIndex, plan: BuildPlan, now: DateTime | undefined): "start from it" | { upToDate: true } | { fullReason: string } {
  if (index.output !== plan.outputDir) return { fullReason: "the build cache describes another output folder" };
  if (!existsSync(plan.outputDir)) return { fullReason: `the output folder ${displayPath(plan.outputDir)} is missing` };
  if (index.key !== plan.key) return { fullReason: keyChange(index, plan.codeIds) };
  // The same code, articles and images, and no article due or leaving the news sitemap since: the site is as it was.
  if (now && index.sources === plan.sources && (index.stableUntil === null || now.toMillis() < index.stableUntil)) return { upToDate: true };
  return "start from it";
}

/** The build's clock; none when BROADSIDE_NOW is not a date, which the build then reports with the other settings' problems. */
function nowOrNone(env: NodeJS.ProcessEnv): DateTime | undefined {
  try {
    return buildNow(env);
  } catch {
    return undefined;
  }
}

/** One digest of the content ids of every article and image (git's listing is sorted; files changed since are not). */
function sourcesDigest(ids: ContentIds, inputDir: string): string {
  const lines = [...ids].filter(([file]) => isContent(file, inputDir)).map(([file, id]) => `${file}\t${id}`);
  return createHash("sha1").update(lines.sort().join("\n")).digest("hex");
}

/** Articles and images: what a push changes, outside the build key. */
/** Where `npm run deploy` publishes (lib/deploy/targets.ts): adding a mirror changes no page, so it builds nothing again. */
const DEPLOY_SETTINGS = new Set([`_data/${TARGETS_FILE}`]);

function isContent(file: string, inputDir: string): boolean {
  return file.startsWith(`${inputDir}/articles/`) || file.startsWith(`${inputDir}/images/`);
}

// Unit tests beside the code (lib/, *.test.ts) write nothing: a push that changes only them builds nothing again.
function isTest(file: string): boolean {
  return file.endsWith(".test.ts");
}

/** Names the files that changed, when it was files. */
function keyChange(state: CacheIndex, codeIds: Record<string, string>): string {
  const files = new Set([...Object.keys(state.codeIds), ...Object.keys(codeIds)]);
  const changed = [...files].filter((file) => state.codeIds[file] !== codeIds[file]).sort();
  if (changed.length === 0) return "settings in the environment, the path prefix or Node's version changed";
  const shown = changed.slice(0, 3).join(", ");
  return `code, templates or _data changed (${shown}${changed.length > 3 ? ` and ${changed.length - 3} more` : ""})`;
}

/** Content ids as the build asks for them: an article by its listed path or input path, an image by its path on the site. */
export interface SourceIds {
  file(file: string): string | undefined;
  image(src: string): string | undefined;
}

export function sourceIds(ids: ContentIds, inputDir: string): SourceIds {
  return {
    file: (file) => {
      const posix = toPosix(file);
      return ids.get(posix.startsWith("./") ? posix.slice(2) : posix);
    },
    image: (src) => ids.get(path.posix.join(toPosix(inputDir), src)),
  };
}

// Eleventy's programmatic API hands the CLI's plan to the newsroom plugin through the config object it gives both.
const plans = new WeakMap<object, BuildPlan>();

export function attachPlan(eleventyConfig: object, plan: BuildPlan): void {
  plans.set(eleventyConfig, plan);
}

export function planOf(eleventyConfig: object): BuildPlan | undefined {
  return plans.get(eleventyConfig);
}
