// Pages hosts refuse a site past their limits, and say so only at upload time,
// after the build: GitHub Pages publishes at most 1 GB, Cloudflare Pages at
// most 20,000 files (100,000 on paid plans). With BROADSIDE_HOST naming the
// host, the build itself warns first, naming the limit and the way out: an
// object store behind a CDN (`npm run deploy`), which has neither limit.
import { stat } from "node:fs/promises";
import path from "node:path";
import { filesUnder } from "../util/displayPath.ts";
import { mapLimited } from "../util/mapLimited.ts";

export const HOSTS = {
  "github-pages": { name: "GitHub Pages", maxBytes: 1_000_000_000, maxFiles: undefined, limit: "1 GB per site" },
  "cloudflare-pages": { name: "Cloudflare Pages", maxBytes: undefined, maxFiles: 20_000, limit: "20,000 files per site (100,000 on paid plans)" },
  "object-storage": { name: "object storage", maxBytes: undefined, maxFiles: undefined, limit: "" },
} as const;

export type HostName = keyof typeof HOSTS;

export function isHostName(value: string): value is HostName {
  return Object.hasOwn(HOSTS, value);
}

/** Warn from this share of a limit on, so the move is planned before a push fails. */
const WARN_FROM = 0.8;

export interface SiteSize {
  files: number;
  bytes: number;
}

/** What to tell the newsroom about this size on this host, if anything. */
export function hostLimitWarning(host: HostName, size: SiteSize): string | undefined {
  const { name, maxBytes, maxFiles, limit } = HOSTS[host];
  const share = Math.max(maxBytes ? size.bytes / maxBytes : 0, maxFiles ? size.files / maxFiles : 0);
  if (share < WARN_FROM) return undefined;
  const measured = maxBytes ? `${size.files.toLocaleString("en")} files, ${(size.bytes / 1_000_000_000).toFixed(2)} GB` : `${size.files.toLocaleString("en")} files`;
  const state = share > 1 ? "is over" : `is at ${Math.round(share * 100)}% of`;
  return `Broadside: the site (${measured}) ${state} the limit of ${name}: ${limit}. Publish to an S3-compatible bucket behind a CDN instead, which has no such limit: npm run deploy (README, "Deploying to object storage").`;
}

/**
 * Files in the output folder, as the host would receive them, and their bytes where the host counts bytes: a stat
 * a file, many at once (one after the other, 36,000 files at 10k took 10 s of every push).
 */
export async function siteSize(outputDir: string, host: HostName): Promise<SiteSize> {
  const files = await filesUnder(outputDir);
  if (HOSTS[host].maxBytes === undefined) return { files: files.length, bytes: 0 };
  const sizes = await mapLimited(files, 64, async (file) => (await stat(path.join(outputDir, file))).size);
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}
