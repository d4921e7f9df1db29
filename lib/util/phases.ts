// Opt-in phase timings for profiling builds: BROADSIDE_TIMINGS=1 prints how long
// each named phase of Broadside's own work took, to stderr.
const enabled = Boolean(process.env.BROADSIDE_TIMINGS);

export async function timed<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  if (!enabled) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    const mib = Math.round(process.memoryUsage().rss / 2 ** 20);
    console.error(`[broadside] ${name}: ${Math.round(performance.now() - started)} ms (rss ${mib} MiB)`);
  }
}
