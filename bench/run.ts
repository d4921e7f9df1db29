// npm run bench -- --articles 10000 --tags 1000 --runs 3 [--image-every 10] [--incremental] [--rebuild] [--keep]
// Builds a synthetic newsroom (bench/corpus.ts), committed to git as in the
// publish workflow, with `npm run build --full` and the production
// configuration, templates and plugins, and reports the median wall time, CPU
// time, peak memory (Node alone, and with Pagefind), files written and pages per
// second over the runs; with --incremental, each kind of push built from the
// cache (bench/incremental.ts); with --rebuild, the dev server's rebuild after
// saving one article (bench/rebuild.ts).
import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { makeSite } from "../test/helpers/site.ts";
import { writeCorpus } from "./corpus.ts";
import { measureRebuilds } from "./rebuild.ts";
import { sampleTreeMemory } from "./processTree.ts";
import { median } from "./stats.ts";
import { formatSteps, type IncrementalSteps, measureIncremental } from "./incremental.ts";

export interface BenchResult {
  articles: number;
  tags: number;
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  files: number;
  pagesPerSecond: number;
  /** Node and Pagefind together, sampled. */
  treeRssMb: number;
  /** With --rebuild: median time from saving one article to the end of the dev server's rebuild. */
  rebuildMs?: number;
  /** With --incremental: each kind of push, measured. */
  incremental?: IncrementalSteps;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Node's flags as `npm run build` gives them (package.json), so the benchmark measures the build as published. */
const BUILD_NODE_FLAGS = await buildNodeFlags();
const PREVIOUS_OUTPUT = "_site-previous-run-";
const NOW = "2026-11-27T12:00:00+03:00";
const run = promisify(execFile);

/** The site is a git checkout, as in the publish workflow: content ids come from git's index (lib/incremental/contentIds.ts). */
async function commitSite(site: string): Promise<void> {
  await writeFile(path.join(site, ".gitignore"), "_site*\n_full\n.cache/\nusage.json\nnode_modules\n");
  const git = (...args: string[]) => run("git", ["-C", site, ...args], { maxBuffer: 64 * 1024 * 1024 });
  await git("init", "-q");
  await git("add", "-A");
  await git("-c", "user.name=Bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "corpus");
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

export interface BuildMeasure {
  wallMs: number;
  /** The Node process's own CPU time and peak memory. */
  cpuMs: number;
  maxRssKb: number;
  /** Peak of Node and the processes it started (Pagefind) together, sampled. */
  treeRssKb: number;
  /** Files the build says it wrote (its last line). */
  written: number;
}

async function buildNodeFlags(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(HERE, "..", "package.json"), "utf8")) as { scripts: { build: string } };
  const words = manifest.scripts.build.split(/\s+/);
  if (words[0] !== "node" || !words.includes("lib/cli/build.ts")) throw new Error(`package.json's build script is not "node [flags] lib/cli/build.ts": ${manifest.scripts.build}`);
  return words.slice(1, words.indexOf("lib/cli/build.ts"));
}

/** One `npm run build` (lib/cli/build.ts) in the benchmark site, measured. */
async function runBuild(site: string, args: string[]): Promise<BuildMeasure> {
  const usageFile = path.join(site, "usage.json");
  const started = performance.now();
  let stdout = "";
  let sampler: ReturnType<typeof sampleTreeMemory> | undefined;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...BUILD_NODE_FLAGS, "--import", path.join(HERE, "usage.ts"), "lib/cli/build.ts", "--quiet", ...args],
      { cwd: site, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, BROADSIDE_BENCH_USAGE: usageFile, BROADSIDE_NOW: NOW } },
    );
    if (child.pid) sampler = sampleTreeMemory(child.pid);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build exited with ${code}:\n${stdout}`))));
  });
  const wallMs = performance.now() - started;
  const treeRssKb = (await sampler?.stop()) ?? 0;
  const usage = JSON.parse(await readFile(usageFile, "utf8")) as { cpuMs: number; maxRssKb: number };
  const written = Number(/wrote ([\d,]+) files?/.exec(stdout)?.[1]?.replace(/,/g, "") ?? Number.NaN);
  return { wallMs, ...usage, treeRssKb: Math.max(treeRssKb, usage.maxRssKb), written };
}

/**
 * A full build into an empty _site, as a push builds in a fresh clone. The last
 * run's output is moved aside, not deleted: on this machine's file system
 * (mounted with discard) deleting 34,000 files just before a 10k build made it
 * 10 to 20 s slower, all of it system time. The moved folders go at the end.
 */
async function buildCold(site: string, run: number): Promise<BuildMeasure> {
  await rename(path.join(site, "_site"), path.join(site, `${PREVIOUS_OUTPUT}${run}`)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  return runBuild(site, ["--full"]);
}

export async function bench(options: {
  articles: number;
  tags: number;
  runs: number;
  keep?: boolean;
  rebuild?: boolean;
  incremental?: boolean;
  imageEvery?: number;
}): Promise<BenchResult> {
  const site = await makeSite({});
  try {
    await writeCorpus(path.join(site, "src/articles"), { articles: options.articles, tags: options.tags, imageEvery: options.imageEvery ?? 0 });
    const staff = Array.from({ length: 40 }, (_, i) => ({
      name: `Reporter ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) || ""} Example`,
      bio: "A synthetic reporter for benchmarks.",
    }));
    await writeFile(path.join(site, "_data/authors.json"), JSON.stringify(staff));
    await commitSite(site);
    const runs = [];
    for (let run = 0; run < options.runs; run++) runs.push(await buildCold(site, run));
    const files = await countFiles(path.join(site, "_site"));
    const wallMs = median(runs.map((r) => r.wallMs));
    const incremental = options.incremental ? await measureIncremental(site, options.articles, options.runs, (args) => runBuild(site, args)) : undefined;
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
      treeRssMb: median(runs.map((r) => r.treeRssKb)) / 1024,
      files,
      pagesPerSecond: files / (wallMs / 1000),
      ...(rebuilds ? { rebuildMs: median(rebuilds) } : {}),
      ...(incremental ? { incremental } : {}),
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
    `peak RSS ${result.maxRssMb.toFixed(0)} MiB (with Pagefind ${result.treeRssMb.toFixed(0)} MiB)`,
    `${result.files} files`,
    `${result.pagesPerSecond.toFixed(0)} files/s`,
    ...(result.rebuildMs === undefined ? [] : [`dev rebuild after one save ${(result.rebuildMs / 1000).toFixed(2)} s`]),
  ].join(" | ") + (result.incremental ? `\n${formatSteps(result.incremental)}` : "");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: {
      articles: { type: "string", default: "1000" },
      tags: { type: "string", default: "100" },
      runs: { type: "string", default: "3" },
      keep: { type: "boolean", default: false },
      rebuild: { type: "boolean", default: false },
      incremental: { type: "boolean", default: false },
      "image-every": { type: "string", default: "0" },
    },
  });
  const result = await bench({
    articles: Number(values.articles),
    tags: Number(values.tags),
    runs: Number(values.runs),
    keep: values.keep,
    rebuild: values.rebuild,
    incremental: values.incremental,
    imageEvery: Number(values["image-every"]),
  });
  console.log(format(result));
}
