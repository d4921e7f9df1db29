// --incremental: after the cold builds, the pushes a newsroom makes, each built
// by `npm run build` from the previous build's cache and measured: nothing
// changed (a scheduled run), a new article, a correction to a recent article,
// an edit to an article in the middle of the archive, the new article deleted
// again, a new article with a new image.
// Each is made `runs` times (medians reported). At the end the output is
// compared with a full build from scratch, file by file.
import { createHash } from "node:crypto";
import { appendFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { benchImage } from "./corpus.ts";
import type { BuildMeasure } from "./run.ts";
import { median } from "./stats.ts";

const STEPS = ["nothing changed", "one new article", "one edited recent article", "one edited article deep in the archive", "one deleted article", "one new image"] as const;
export type Step = (typeof STEPS)[number];

export type IncrementalSteps = {
  steps: Record<Step, BuildMeasure[]>;
  /** Files that differ between the incremental output and a full build (none expected). */
  differences: string[];
};

function newArticle(n: number, image?: string): string {
  return `---
title: "Breaking: a new report number ${n}"
date: 2026-11-27T09:${String(10 + n).padStart(2, "0")}:00+03:00
author: ["Reporter A Example"]
tags: ["Topic 0", "Topic 3", "Topic ${500 + n}"]${image ? `\nimage:\n  src: ${image}\n  alt: "A generated picture for report ${n}"` : ""}
---

A new report, written for the benchmark. It names the river port, the court and the regional budget.
`;
}

export async function measureIncremental(
  site: string,
  articleCount: number,
  runs: number,
  build: (args: string[]) => Promise<BuildMeasure>,
): Promise<IncrementalSteps> {
  const articles = path.join(site, "src/articles");
  const files = await readdir(articles, { recursive: true });
  // The corpus numbers its articles from the oldest.
  const middle = files.find((f) => path.basename(f) === `a${Math.floor(articleCount / 2)}.md`);
  const recent = files.find((f) => path.basename(f) === `a${articleCount - 2}.md`);
  if (!middle || !recent) throw new Error("no article in the middle of the archive, or none recent");
  const steps = Object.fromEntries(STEPS.map((step) => [step, [] as BuildMeasure[]])) as Record<Step, BuildMeasure[]>;
  const fresh = path.join(articles, "2026", "bench-new.md");
  const withImage = path.join(articles, "2026", "bench-new-image.md");
  for (let run = 0; run < runs; run++) {
    steps["nothing changed"].push(await build([]));
    await writeFile(fresh, newArticle(run));
    steps["one new article"].push(await build([]));
    await appendFile(path.join(articles, recent), `\nA correction added by edit ${run + 1}.\n`);
    steps["one edited recent article"].push(await build([]));
    await appendFile(path.join(articles, middle), `\nA paragraph added by edit ${run + 1}.\n`);
    steps["one edited article deep in the archive"].push(await build([]));
    await rm(fresh);
    steps["one deleted article"].push(await build([]));
    const image = path.join(site, "src/images/bench", `new-${run}.jpg`);
    await writeFile(image, await benchImage(1_000_000 + run));
    await writeFile(withImage, newArticle(run, `/images/bench/new-${run}.jpg`));
    steps["one new image"].push(await build([]));
    // Back to the archive as it was (not measured), for the next round.
    await rm(withImage);
    await rm(image);
    await build([]);
  }
  await build(["--full", "--output=_full"]);
  return { steps, differences: await differences(path.join(site, "_site"), path.join(site, "_full")) };
}

async function digests(root: string): Promise<Map<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file), createHash("sha1").update(await readFile(file)).digest("hex"));
  }
  return files;
}

async function differences(one: string, two: string): Promise<string[]> {
  const [a, b] = await Promise.all([digests(one), digests(two)]);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}

export function formatSteps({ steps, differences: diff }: IncrementalSteps): string {
  const lines = STEPS.map((step) => {
    const runs = steps[step];
    const of = (pick: (m: BuildMeasure) => number) => median(runs.map(pick));
    return `  ${step}: wall ${(of((m) => m.wallMs) / 1000).toFixed(1)} s | cpu ${(of((m) => m.cpuMs) / 1000).toFixed(1)} s | peak RSS ${(of((m) => m.maxRssKb) / 1024).toFixed(0)} MiB (with Pagefind ${(of((m) => m.treeRssKb) / 1024).toFixed(0)} MiB) | ${of((m) => m.written)} files written`;
  });
  lines.push(diff.length === 0 ? "  output identical to a full build" : `  DIFFERS from a full build in ${diff.length} files: ${diff.slice(0, 5).join(", ")}`);
  return lines.join("\n");
}
