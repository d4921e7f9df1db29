// Eleventy in --watch mode on a fixture site (the dev server's rebuilds without
// its HTTP server), for the dev-rebuild test and benchmark.
import { spawn } from "node:child_process";
import { TEST_IMAGE_CACHE } from "./site.ts";

export interface Watcher {
  /** Everything Eleventy printed so far. */
  log(): string;
  /** Resolves when Eleventy has finished its `count`-th build (it prints "Watching…" after each). */
  builds(count: number, timeoutMs?: number): Promise<void>;
  /**
   * Makes a change and waits until the watcher has noticed it; returns when (performance.now())
   * the noticed change was made. Eleventy prints "Watching…" before its file watcher is ready,
   * so a change made at once can go unseen: it is made again until the watcher reports it.
   */
  save(change: () => Promise<void>): Promise<number>;
  stop(): void;
}

/** `args`: `["--watch"]` (rebuilds only) or `["--serve", "--port=8123"]` (with the dev server, as `npm start`). */
export function startWatcher(dir: string, env: Record<string, string> = {}, args: string[] = ["--watch"]): Watcher {
  const child = spawn(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", ...args], {
    cwd: dir,
    detached: true, // its own process group, so stop() ends Eleventy and whatever it started
    env: { ...process.env, BROADSIDE_NOW: "2026-11-27T12:00:00+03:00", BROADSIDE_IMAGE_CACHE: TEST_IMAGE_CACHE, ...env },
  });
  // Its own process group outlives this process unless ended: end it when this process exits, however it exits.
  const end = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid);
  };
  process.once("exit", end);
  // Ctrl-C reaches only the foreground group: pass it on, then die of it as usual.
  const onSignal = (signal: NodeJS.Signals) => {
    end();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  return {
    log: () => log,
    async builds(count, timeoutMs = 60_000) {
      const started = Date.now();
      while ((log.match(/Watching…/g) ?? []).length < count) {
        if (child.exitCode !== null) throw new Error(`Eleventy exited (${child.exitCode}):\n${log}`);
        if (Date.now() - started > timeoutMs) throw new Error(`build ${count} did not finish:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async save(change) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const seen = log.length;
        const madeAt = performance.now();
        await change();
        while (performance.now() - madeAt < 1000) {
          if (/File (changed|added):/.test(log.slice(seen))) return madeAt;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      throw new Error(`the watcher noticed none of 50 changes:\n${log}`);
    },
    stop() {
      process.off("exit", end);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      end();
    },
  };
}
