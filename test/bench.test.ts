// A small run of the benchmark, so `npm run bench` never rots: it builds a
// synthetic newsroom with the production configuration and reports sane numbers.
import { describe, expect, it } from "vitest";
import { bench } from "../bench/run.ts";

describe("npm run bench", () => {
  it("builds 300 synthetic articles over 40 tags and reports time, memory, pages, each kind of push and a dev rebuild", async () => {
    const result = await bench({ articles: 300, tags: 40, runs: 1, rebuild: true, incremental: true, imageEvery: 30 });
    expect(result.articles).toBe(300);
    // Article and lite pages at least, plus lists, feeds and the search index.
    expect(result.files).toBeGreaterThan(600);
    expect(result.wallMs).toBeGreaterThan(0);
    expect(result.cpuMs).toBeGreaterThan(0);
    expect(result.maxRssMb).toBeGreaterThan(50);
    expect(result.pagesPerSecond).toBeGreaterThan(0);
    expect(result.rebuildMs).toBeGreaterThan(0);
    expect(result.treeRssMb).toBeGreaterThanOrEqual(result.maxRssMb);
    // Each push is built from the cache, writes far fewer files than the whole site, and ends as a full build would.
    const steps = result.incremental?.steps;
    expect(steps?.["one new article"][0]?.written).toBeLessThan(result.files / 5);
    expect(steps?.["one new image"][0]?.written).toBeGreaterThan(0);
    expect(result.incremental?.differences).toEqual([]);
  }, 180_000);
});

describe("the synthetic corpus", () => {
  it("is the same on every run, with popular and rare tags", async () => {
    const { mkdtemp, readdir, readFile, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { writeCorpus } = await import("../bench/corpus.ts");
    const [one, two] = await Promise.all([mkdtemp(path.join(tmpdir(), "corpus-")), mkdtemp(path.join(tmpdir(), "corpus-"))]);
    try {
      await writeCorpus(one, { articles: 400, tags: 50 });
      await writeCorpus(two, { articles: 400, tags: 50 });
      const files = (await readdir(one, { recursive: true })).filter((f) => f.endsWith(".md")).sort();
      expect(files).toHaveLength(400);
      const counts = new Map<string, number>();
      for (const file of files) {
        const text = await readFile(path.join(one, file), "utf8");
        expect(await readFile(path.join(two, file), "utf8")).toBe(text);
        const tags = JSON.parse(/^tags: (.+)$/m.exec(text)?.[1] ?? "[]") as string[];
        for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
        const words = (text.split("---")[2] ?? "").split(/\s+/).filter(Boolean).length;
        expect(words).toBeGreaterThanOrEqual(500);
        expect(words).toBeLessThan(960); // 900 and the last paragraph

      }
      const sorted = [...counts.values()].sort((a, b) => b - a);
      // Zipf-like: the most used tag is on far more articles than the median one.
      expect(sorted[0]).toBeGreaterThan(8 * (sorted[Math.floor(sorted.length / 2)] ?? 1));
    } finally {
      await Promise.all([rm(one, { recursive: true }), rm(two, { recursive: true })]);
    }
  });
});
