// _headers and _redirects for CDNs that read them (Cloudflare Pages, Netlify).
// Written after the build from what is really in the output folder, so every
// file is covered by exactly one caching rule:
//   - security headers on everything;
//   - hashed assets (/assets/) and processed images (/img/, named by their
//     content) cached for a year, immutable;
//   - everything else (HTML, feeds, sitemaps, images) a short cache that may be
//     served stale while the CDN fetches the new copy, so a push shows up quickly.
// Rules never overlap on Cache-Control: CDNs join repeated headers with commas.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Redirect } from "../newsroom/newsroom.ts";
import { ASSETS_PATH } from "./assets.ts";
import { IMAGE_URL_PATH } from "./images.ts";
import { type Deployment, servedPath } from "./deployment.ts";

/**
 * The files written at the top of the output folder for whatever serves it, not for readers: `_headers` and
 * `_redirects` here, `_images` by lib/site/servedImages.ts when the images live in the store.
 */
export const HOST_FILES = { headers: "_headers", redirects: "_redirects", images: "_images" } as const;

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const SHORT_CACHE = "public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800";

export interface HeaderRule {
  comment?: string;
  pattern: string;
  headers: [name: string, value: string][];
}

export interface HeaderInputs {
  /** Names at the top of the output folder, with a trailing / for folders. */
  topLevel: readonly string[];
  deployment: Deployment;
  contentSecurityPolicy: string;
}

export function headerRules({ topLevel, deployment, contentSecurityPolicy }: HeaderInputs): HeaderRule[] {
  const served = (p: string) => servedPath(deployment, p);
  const security: [string, string][] = [
    ["Content-Security-Policy", contentSecurityPolicy],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "no-referrer"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ];
  // Tor Browser offers the onion copy of the same page (Cloudflare fills in :splat).
  if (deployment.onion) security.push(["Onion-Location", `${deployment.onion}/:splat`]);
  const rules: HeaderRule[] = [
    { comment: "Security headers for every response", pattern: served("/*"), headers: security },
    {
      comment: "Content-hashed CSS and JS: a changed file gets a new name",
      pattern: served(`${ASSETS_PATH}*`),
      headers: [["Cache-Control", IMMUTABLE]],
    },
    {
      comment: "Processed images: named by eleventy-img from the image's content",
      pattern: served(`${IMAGE_URL_PATH}*`),
      headers: [["Cache-Control", IMMUTABLE]],
    },
    { comment: "Everything else: short cache, served stale while the CDN refreshes it", pattern: served("/"), headers: [["Cache-Control", SHORT_CACHE]] },
  ];
  for (const name of topLevel) {
    if (name === ASSETS_PATH.slice(1) || name === IMAGE_URL_PATH.slice(1) || name.startsWith("_")) continue;
    rules.push({ pattern: served(name.endsWith("/") ? `/${name}*` : `/${name}`), headers: [["Cache-Control", SHORT_CACHE]] });
  }
  return rules;
}

export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) => {
      const comment = rule.comment ? `# ${rule.comment}\n` : "";
      return `${comment}${rule.pattern}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}`).join("\n")}\n`;
    })
    .join("\n");
}

/** Permanent redirects from each article's old URLs. */
export function formatRedirects(redirects: readonly Redirect[], deployment: Deployment): string {
  const lines = redirects.map((r) => `${servedPath(deployment, r.from)} ${servedPath(deployment, r.to)} 301`);
  return `# Old article URLs (front matter \`aliases\`): permanent redirects\n${lines.join("\n")}\n`;
}

/** The redirects of a `_redirects` file formatRedirects wrote, as served paths (the path prefix included). */
export function parseRedirects(text: string): { from: string; to: string }[] {
  const redirects: { from: string; to: string }[] = [];
  for (const line of text.split("\n")) {
    const [from, to] = line.trim().split(/\s+/);
    if (from && to && !from.startsWith("#")) redirects.push({ from, to });
  }
  return redirects;
}

/**
 * The path a build was made for (`/`, or `/mirror/` for a copy under a path), read back from its `_headers`, whose
 * first rule covers everything the build serves; undefined for a file that is not one of ours.
 */
export function servedRoot(headersText: string): string | undefined {
  const first = headersText.split("\n").find((line) => line.startsWith("/"));
  return first?.trim().endsWith("/*") ? first.trim().slice(0, -1) : undefined;
}

export async function writeHostFiles(
  outputDir: string,
  inputs: { deployment: Deployment; contentSecurityPolicy: string; redirects: readonly Redirect[] },
): Promise<number> {
  const entries = await readdir(outputDir, { withFileTypes: true });
  const topLevel = entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort();
  const rules = headerRules({ topLevel, deployment: inputs.deployment, contentSecurityPolicy: inputs.contentSecurityPolicy });
  const files: [string, string][] = [
    [HOST_FILES.headers, formatHeaders(rules)],
    [HOST_FILES.redirects, formatRedirects(inputs.redirects, inputs.deployment)],
  ];
  await Promise.all(files.map(([name, content]) => writeFile(path.join(outputDir, name), content)));
  return files.length;
}
