// npm run build: the production build. It starts from the previous build when
// the build cache says it can (lib/incremental/buildPlan.ts) and changes only
// what the push changed, in the output folder itself; otherwise Eleventy builds
// everything into a fresh folder beside the output, and only a build that
// succeeds takes the output's place. Either way a push whose content fails
// validation leaves the last good site as it was (nothing is written before
// the validation pass), and an incremental build that fails later leaves no
// cache, so the next build is a full one. The error is printed once (Eleventy's
// own CLI prints a fatal error twice).
// Usage: node lib/cli/build.ts [--output=_site] [--pathprefix=/mirror/] [--full] [--quiet]
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { enableCompileCache } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { eleventyDirectories } from "../eleventy/directories.ts";
import { attachPlan, planBuild } from "../incremental/buildPlan.ts";
import { writeCache } from "../incremental/buildCache.ts";
import { hostLimitWarning, isHostName, siteSize } from "../site/hostLimits.ts";
import { timed } from "../util/phases.ts";

// Node keeps what it compiled (TypeScript stripped of its types, V8's code) for the next build: loading
// Eleventy, the config and Broadside's modules took 0.9 s without it and 0.6 s with it. Where: NODE_COMPILE_CACHE,
// or the system's temporary folder (the publish workflow keeps it under .cache/ between runs).
enableCompileCache();

// package.json runs this with `--initial-old-space-size=1536` (MB). A build holds everything it reads until it ends
// (at 100k articles about 650 MB), and V8's defaults, made for programs that do not, marked the whole heap again
// each time it grew: about a second of a one-article push at 100k. The old space starts large instead; memory is
// taken only as it is used (peak +50 MB at 100k). BENCHMARKS.md has the measurements.

const { values } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    pathprefix: { type: "string" },
    full: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
});

const output = path.resolve(values.output);
const staging = `${output}.building`;
const previous = `${output}.previous`;

const started = performance.now();
const plan = await planBuild({ outputDir: output, inputDir: eleventyDirectories.input, pathPrefix: values.pathprefix, full: values.full });
if (plan.upToDate) {
  // A scheduled run with nothing due: not even Eleventy is loaded.
  console.log("[broadside] Up to date: no article, image, code or setting changed since the last build, and the clock has changed nothing (no article came due or left the news sitemap). Nothing written (--full builds everything).");
  console.log(`Broadside: wrote 0 files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
}
const incremental = plan.previous !== undefined;
console.log(incremental ? "[broadside] Incremental build: from the last build's cache (--full builds everything)." : `[broadside] Full build: ${plan.fullReason}.`);
const { default: Eleventy } = await import("@11ty/eleventy");

await rm(staging, { recursive: true, force: true });
const eleventy = new Eleventy(undefined, incremental ? output : staging, {
  // As Eleventy's CLI: the output folder given here wins over the config's.
  source: "cli",
  configPath: ".eleventy.ts",
  quietMode: values.quiet,
  runMode: "build",
  ...(values.pathprefix ? { pathPrefix: values.pathprefix } : {}),
  // The newsroom plugin reads the plan from the config object (lib/incremental/buildPlan.ts).
  config: (eleventyConfig: object) => attachPlan(eleventyConfig, plan),
});

try {
  await timed("eleventy", () => eleventy.write());
} catch {
  // Eleventy has printed the error once (for Broadside's content errors, the list of problems).
  if (!incremental) await rm(staging, { recursive: true, force: true });
  process.exitCode = 1;
}

if (process.exitCode !== 1) {
  if (!incremental) {
    await rm(previous, { recursive: true, force: true });
    if (existsSync(output)) await rename(output, previous);
    await rename(staging, output);
    await rm(previous, { recursive: true, force: true });
  }
  // Only now does the output folder hold what the cache describes.
  const { next, previous: state, stored } = plan;
  if (next) await timed("write build cache", () => writeCache(plan.cacheFolder, next, state && stored ? { state, stored } : undefined));
  // Before the upload, not at it: a Pages host past its limit (lib/site/hostLimits.ts). On full builds only: walking
  // the output took seconds at 10k articles, too slow for every push, and a site grows by a few files a push while
  // the warning starts at 80% of the limit (any change of code or settings gives a full build, and checks again).
  const host = process.env.BROADSIDE_HOST;
  if (!incremental && host && isHostName(host) && host !== "object-storage") {
    const warning = hostLimitWarning(host, await siteSize(output, host));
    if (warning) console.warn(warning);
  }
}
