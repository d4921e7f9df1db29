// npm run bench -- --articles 10000 --tags 1000 --runs 3 [--rebuild] [--keep]
// Builds a synthetic newsroom (bench/corpus.ts) with the production configuration,
// templates and plugins, and reports the median wall time, CPU time, peak memory,
// files written and pages per second over the runs; with --rebuild, also the dev
// server's rebuild after saving one article (bench/rebuild.ts).
import { spawn } from "node:child_process";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { makeSite } from "../test/helpers/site.ts";
import { writeCorpus } from "./corpus.ts";
import { measureRebuilds } from "./rebuild.ts";

export interface BenchResult {
  articles: number;
  tags: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  files: number;
  pagesPerSecond: number;
  /** With --rebuild: median time from saving one article to the end of the dev server's rebuild. */
  rebuildMs?: number;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PREVIOUS_OUTPUT = "_site-previous-run-";

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Each run builds into an empty _site, as a push builds in a fresh clone. The
 * last run's output is moved aside, not deleted: on this machine's file system
 * (mounted with discard) deleting 34,000 files just before a 10k build made it
 * 10 to 20 s slower, all of it system time. The moved folders go at the end.
 */
async function buildOnce(site: string, run: number): Promise<{ wallMs: number; cpuMs: number; maxRssKb: number }> {
  await rename(path.join(site, "_site"), path.join(site, `${PREVIOUS_OUTPUT}${run}`)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  const usageFile = path.join(site, "usage.json");
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--import", path.join(HERE, "usage.ts"), "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--quiet"],
      { cwd: site, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, BROADSIDE_BENCH_USAGE: usageFile, BROADSIDE_NOW: "2026-11-27T12:00:00+03:00" } },
    );
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build exited with ${code}`))));
  });
  const wallMs = performance.now() - started;
  const usage = JSON.parse(await readFile(usageFile, "utf8")) as { cpuMs: number; maxRssKb: number };
  return { wallMs, ...usage };
}

export async function bench(options: {
  articles: number;
  tags: number;
  runs: number;
  keep?: boolean;
  rebuild?: boolean;
}): Promise<BenchResult> {
  const site = await makeSite({});
  try {
    await writeCorpus(path.join(site, "src/articles"), { articles: options.articles, tags: options.tags });
    const staff = Array.from({ length: 40 }, (_, i) => ({
      name: `Reporter ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ""} Example`,
      bio: "A synthetic reporter for benchmarks.",
    }));
    await writeFile(path.join(site, "_data/authors.json"), JSON.stringify(staff));
    const runs = [];
    for (let run = 0; run < options.runs; run++) runs.push(await buildOnce(site, run));
    const files = await countFiles(path.join(site, "_site"));
    const wallMs = median(runs.map((r) => r.wallMs));
    const rebuilds = options.rebuild ? await measureRebuilds(site, options.articles, options.runs) : undefined;
    for (const entry of await readdir(site)) {
      if (entry.startsWith(PREVIOUS_OUTPUT)) await rm(path.join(site, entry), { recursive: true, force: true });
    }
    return {
      articles: options.articles,
      tags: options.tags,
      wallMs,
      cpuMs: median(runs.map((r) => r.cpuMs)),
      maxRssMb: median(runs.map((r) => r.maxRssKb)) / 1024,
      files,
      pagesPerSecond: files / (wallMs / 1000),
      ...(rebuilds ? { rebuildMs: median(rebuilds) } : {}),
    };
  } finally {
    if (!options.keep) await rm(site, { recursive: true, force: true });
    else console.error(`kept ${site}`);
  }
}

function format(result: BenchResult): string {
  return [
    `${result.articles} articles, ${result.tags} tags`,
    `wall ${(result.wallMs / 1000).toFixed(1)} s`,
    `cpu ${(result.cpuMs / 1000).toFixed(1)} s`,
    `peak RSS ${result.maxRssMb.toFixed(0)} MiB`,
    `${result.files} files`,
    `${result.pagesPerSecond.toFixed(0)} files/s`,
    ...(result.rebuildMs === undefined ? [] : [`dev rebuild after one save ${(result.rebuildMs / 1000).toFixed(2)} s`]),
  ].join(" | ");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      tags: { type: "string", default: "100" },
      runs: { type: "string", default: "3" },
      keep: { type: "boolean", default: false },
      rebuild: { type: "boolean", default: false },
    },
  });
  const result = await bench({
    articles: Number(values.articles),
    tags: Number(values.tags),
    runs: Number(values.runs),
    keep: values.keep,
    rebuild: values.rebuild,
  });
  console.log(format(result));
}
