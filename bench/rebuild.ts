// The dev server's rebuild after saving one article: Eleventy in --watch mode on
// the benchmark site, the newest article edited `runs` times, each time measured
// from the save to the end of the rebuild (Eleventy's "Watching…").
import { appendFile, readdir } from "node:fs/promises";
import path from "node:path";
import { startWatcher } from "../test/helpers/watch.ts";

export async function measureRebuilds(site: string, articleCount: number, runs: number): Promise<number[]> {
  const articlesDir = path.join(site, "src/articles");
  const newest = (await readdir(articlesDir, { recursive: true })).find((f) => path.basename(f) === `a${articleCount - 1}.md`);
  if (!newest) throw new Error(`no a${articleCount - 1}.md in ${articlesDir}`);
  const watcher = startWatcher(site);
  try {
    await watcher.builds(1, 30 * 60_000);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const saved = await watcher.save(() => appendFile(path.join(articlesDir, newest), `\nA paragraph added by edit ${run + 1}.\n`));
      await watcher.builds(run + 2, 10 * 60_000);
      times.push(performance.now() - saved);
    }
    return times;
  } finally {
    watcher.stop();
  }
}
