// What an incremental build changes in the output folder once the pages to
// write and to remove are known (lib/incremental/fingerprints.ts): the files
// removed, and the parts of the search index to make again.
import { createHash } from "node:crypto";
import { readdir, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import type { PageFamily, PageSource } from "../pages/family.ts";
import { type SearchPart, searchFolder } from "../site/searchParts.ts";
import { outputFile } from "../site/urls.ts";
import { mapLimited } from "../util/mapLimited.ts";
import type { CachedSearchPart } from "./buildCache.ts";
import type { PageManifest } from "./pageManifest.ts";
import { filesUnder } from "../util/displayPath.ts";
import { sameList } from "../util/lists.ts";

export interface PageChanges {
  /** Output files whose page is new or changed. */
  write: Set<string>;
  /** Output files a page family wrote before and writes no more. */
  remove: string[];
}

/** Removes files from the output folder, and the folders they leave empty (a full build has no empty folders). */
export async function removeOutputFiles(outputDir: string, files: readonly string[]): Promise<void> {
  await mapLimited(files, 32, (file) => rm(path.join(outputDir, file), { force: true }));
  const folders = new Set(files.map((file) => path.dirname(file)).filter((folder) => folder !== "."));
  // Deepest first, so a parent is looked at after its children went.
  const byDepth = [...folders].flatMap(ancestors).sort((a, b) => b.split("/").length - a.split("/").length);
  for (const folder of new Set(byDepth)) {
    const full = path.join(outputDir, folder);
    try {
      if ((await readdir(full)).length === 0) await rmdir(full);
    } catch {
      // Already gone, or not empty.
    }
  }
}

function ancestors(folder: string): string[] {
  const parts = folder.split("/");
  return parts.map((_, at) => parts.slice(0, at + 1).join("/"));
}

/**
 * Each part of the search index with a fingerprint of the pages it indexes
 * (the searchable families' pages under its folders, in order): a part whose
 * fingerprint did not change is kept as it is.
 */
export function searchPartStates(
  parts: readonly SearchPart[],
  families: readonly PageFamily[],
  sources: readonly PageSource[],
  manifest: PageManifest,
): CachedSearchPart[] {
  const byFolder = new Map<string, string[]>();
  for (const family of families.filter((f) => f.searchable)) {
    for (const item of sources.flatMap((source) => family.items(source))) {
      const url = family.url(item);
      const folder = searchFolder(url);
      let list = byFolder.get(folder);
      if (!list) byFolder.set(folder, (list = []));
      list.push(`${url} ${manifest.get(outputFile(url)) ?? ""}`);
    }
  }
  return parts.map((part) => {
    const hash = createHash("sha1").update(JSON.stringify([part.path, part.folders]));
    for (const folder of part.folders) for (const line of byFolder.get(folder) ?? []) hash.update(`${line}\n`);
    return { path: part.path, ...(part.language ? { language: part.language } : {}), folders: part.folders, fingerprint: hash.digest("base64url") };
  });
}

/**
 * The same, from the previous build's states and this build's page changes: a
 * part keeps its fingerprint unless a page under its folders was written or
 * removed, or its folders changed; then its fingerprint is made from the
 * previous one and those changes (only ever compared with the previous build's,
 * so it need not equal what a full build would give). Walking every article
 * again, as a full build does, took half a second at 100k.
 */
export function nextSearchPartStates(
  parts: readonly SearchPart[],
  previous: readonly CachedSearchPart[],
  changes: PageChanges,
  manifest: PageManifest,
): CachedSearchPart[] {
  const changedIn = new Map<string, string[]>();
  for (const file of [...changes.write, ...changes.remove]) {
    const folder = searchFolder(`/${file}`);
    let files = changedIn.get(folder);
    if (!files) changedIn.set(folder, (files = []));
    files.push(file);
  }
  const before = new Map(previous.map((part) => [part.path, part]));
  return parts.map((part) => {
    const was = before.get(part.path);
    const touched = part.folders.filter((folder) => changedIn.has(folder));
    if (was && touched.length === 0 && sameList(was.folders, part.folders)) return was;
    const hash = createHash("sha1").update(JSON.stringify([part.path, part.folders, was?.fingerprint ?? ""]));
    for (const folder of touched) for (const file of (changedIn.get(folder) ?? []).sort()) hash.update(`${file} ${manifest.get(file) ?? ""}\n`);
    return { path: part.path, ...(part.language ? { language: part.language } : {}), folders: part.folders, fingerprint: hash.digest("base64url") };
  });
}

export interface SearchChanges {
  /** Parts to index again. */
  reindex: SearchPart[];
  /** Folders of parts the index no longer has (served paths such as /pagefind-1995-1999/). */
  remove: string[];
}

export function searchChanges(previous: readonly CachedSearchPart[], next: readonly CachedSearchPart[]): SearchChanges {
  const kept = new Set(previous.map((part) => part.fingerprint));
  const paths = new Set(next.map((part) => part.path));
  return {
    reindex: next.filter((part) => !kept.has(part.fingerprint)).map(({ fingerprint: _fingerprint, ...part }) => part),
    remove: previous.filter((part) => !paths.has(part.path)).map((part) => part.path),
  };
}

/**
 * Eleventy's passthrough copy adds the images served as they are, but removes
 * nothing: a file deleted from `<input>/images/`, or one an article now uses
 * (served processed instead), would stay in the output, which a full build
 * would not have. Removes those.
 */
export async function removeStaleImages(outputDir: string, inputDir: string, processed: (src: string) => boolean): Promise<number> {
  const served = path.join(outputDir, "images");
  let files: string[];
  try {
    files = await filesUnder(served);
  } catch {
    return 0;
  }
  const stale: string[] = [];
  for (const file of files) {
    const src = `/images/${file}`;
    const exists = await stat(path.join(inputDir, "images", file)).then(() => true, () => false);
    if (!exists || processed(src)) stale.push(`images/${file}`);
  }
  await removeOutputFiles(outputDir, stale);
  return stale.length;
}
