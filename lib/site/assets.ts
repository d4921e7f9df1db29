// The site's stylesheet and script, served under content-hashed names
// (/assets/site.3f2a9c1b.css) so a CDN may cache them for a year: a changed file
// gets a new name. Built once per build, before any page needs their URLs.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Notice } from "./settings.ts";

export interface BuiltAsset {
  url: string;
  contents: string;
}

export interface SiteAssets {
  stylesheet: BuiltAsset;
  script: BuiltAsset;
  all: BuiltAsset[];
}

export const ASSETS_PATH = "/assets/";

export function hashedUrl(name: string, contents: string): string {
  const hash = createHash("sha256").update(contents, "utf8").digest("hex").slice(0, 10);
  const dot = name.lastIndexOf(".");
  return `${ASSETS_PATH}${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/** One rule per notice hides it once dismissed (see _includes/partials/clientState.ts). */
export function noticeRules(notices: readonly Notice[]): string {
  // Notice ids are checked against /^[a-z0-9-]+$/, so they are safe inside a selector.
  return notices
    .map((n) => `html[data-hidden~="notice:${n.id}"] [data-notice="${n.id}"] { display: none; }`)
    .join("\n");
}

export async function loadAssets(assetsDir: string, notices: readonly Notice[]): Promise<SiteAssets> {
  const [css, js] = await Promise.all([
    readFile(path.join(assetsDir, "site.css"), "utf8"),
    readFile(path.join(assetsDir, "site.js"), "utf8"),
  ]);
  const stylesheetContents = `${css}\n/* Dismissed notices */\n${noticeRules(notices)}\n`;
  const stylesheet = { url: hashedUrl("site.css", stylesheetContents), contents: stylesheetContents };
  const script = { url: hashedUrl("site.js", js), contents: js };
  return { stylesheet, script, all: [stylesheet, script] };
}
