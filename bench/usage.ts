// Loaded into the benchmarked build (node --import): on exit, writes the
// process's CPU time and peak memory where the benchmark asked for them.
import { writeFileSync } from "node:fs";

const target = process.env.BROADSIDE_BENCH_USAGE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }));
  });
}
