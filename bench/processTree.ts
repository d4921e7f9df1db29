// Peak memory of a build and every process it starts (Pagefind indexes in a
// process of its own, which the Node API starts and stops without waiting for
// it, so neither resourceUsage() nor /usr/bin/time counts it): the resident
// memory of the process and its descendants, summed and sampled from /proc.
// Linux only; elsewhere it reports nothing.
import { readdir, readFile } from "node:fs/promises";

const PAGE_KIB = 4;

async function processes(): Promise<Map<number, { parent: number; rssKib: number }>> {
  const found = new Map<number, { parent: number; rssKib: number }>();
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return found;
  }
  await Promise.all(
    entries.filter((name) => /^\d+$/.test(name)).map(async (name) => {
      try {
        const stat = await readFile(`/proc/${name}/stat`, "utf8");
        // The command name may hold spaces and parentheses: fields start after the last ")".
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        found.set(Number(name), { parent: Number(fields[1]), rssKib: Number(fields[21]) * PAGE_KIB });
      } catch {
        // Gone meanwhile.
      }
    }),
  );
  return found;
}

/** Starts sampling the tree under `root` every `everyMs`; `stop()` returns the largest sum seen, in KiB. */
export function sampleTreeMemory(root: number, everyMs = 100): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const all = await processes();
      const tree = new Set([root]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const [pid, { parent }] of all) {
          if (!tree.has(pid) && tree.has(parent)) {
            tree.add(pid);
            grew = true;
          }
        }
      }
      const sum = [...tree].reduce((total, pid) => total + (all.get(pid)?.rssKib ?? 0), 0);
      peak = Math.max(peak, sum);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}
