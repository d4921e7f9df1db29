// The site's stylesheet and script, served under content-hashed names
// (/assets/site.3f2a9c1b.css) so a CDN may cache them for a year: a changed file
// gets a new name. Built once per build, before any page needs their URLs.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { transform } from "esbuild";
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

/** Minified with esbuild: the sources keep their comments, readers do not download them. */
async function minify(source: string, loader: "css" | "js"): Promise<string> {
  const result = await transform(source, { loader, minify: true, target: loader === "js" ? "es2017" : "chrome100" });
  return result.code;
}

export async function loadAssets(assetsDir: string, notices: readonly Notice[]): Promise<SiteAssets> {
  const [css, js] = await Promise.all([
    readFile(path.join(assetsDir, "site.css"), "utf8"),
    readFile(path.join(assetsDir, "site.js"), "utf8"),
  ]);
  const [stylesheetContents, scriptContents] = await Promise.all([
    minify(`${css}\n${noticeRules(notices)}\n`, "css"),
    minify(js, "js"),
  ]);
  const stylesheet = { url: hashedUrl("site.css", stylesheetContents), contents: stylesheetContents };
  const script = { url: hashedUrl("site.js", scriptContents), contents: scriptContents };
  return { stylesheet, script, all: [stylesheet, script] };
}
