// Processed images are kept between builds (.cache/broadside-img), and
// @11ty/eleventy-img takes a file that exists there as done. A build killed while
// writing one, or a cache restored half-way, would then publish a broken image
// for ever. So the size of every processed file is recorded beside the cache,
// checked on every build (a stat, which eleventy-img makes anyway), and an image
// whose files do not match is processed again. A file with no record (a cache
// from before the records) is decoded once to check it, then recorded.
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { imageHash } from "./images.ts";
import { writeAtomically } from "../util/writeAtomically.ts";

export interface ProcessedFile {
  outputPath: string;
  filename: string;
}

/** Where the sizes are kept: beside the cache folder, since the folder itself is copied into the site. */
export function recordsDir(cacheDir: string): string {
  return `${cacheDir}.sizes`;
}

/** The record of one source image's files, named after eleventy-img's hash (`<hash>-<width>.<format>`). */
function recordFile(cacheDir: string, files: readonly ProcessedFile[]): string {
  const hash = files[0] ? imageHash(files[0].filename) : "none";
  return path.join(recordsDir(cacheDir), `${hash}.json`);
}

/**
 * The state of one image's files: `recorded` when every file has the size its
 * record says; `whole` when some have no record yet but each is fine (written by
 * this build, after `since`, or an image that decodes); `damaged` otherwise.
 */
export type FilesState = "recorded" | "whole" | "damaged";

export async function checkFiles(cacheDir: string, files: readonly ProcessedFile[], since: number): Promise<FilesState> {
  let recorded: Record<string, number> = {};
  try {
    recorded = JSON.parse(await readFile(recordFile(cacheDir, files), "utf8")) as Record<string, number>;
  } catch {
    // No record yet.
  }
  let state: FilesState = "recorded";
  for (const file of files) {
    let info: { size: number; mtimeMs: number };
    try {
      info = await stat(file.outputPath);
    } catch {
      return "damaged";
    }
    const size = recorded[file.filename];
    if (size !== undefined) {
      if (size !== info.size) return "damaged";
    } else {
      if (info.mtimeMs < since && !(await decodes(file.outputPath))) return "damaged";
      state = "whole";
    }
  }
  return state;
}

async function decodes(file: string): Promise<boolean> {
  try {
    const { default: sharp } = await import("sharp");
    await sharp(file, { failOn: "truncated" }).stats();
    return true;
  } catch {
    return false;
  }
}

/** Records the sizes of one image's files, atomically (builds run in parallel in the tests). */
export async function recordFiles(cacheDir: string, files: readonly ProcessedFile[]): Promise<void> {
  const sizes: Record<string, number> = {};
  for (const file of files) sizes[file.filename] = (await stat(file.outputPath)).size;
  await writeAtomically(recordFile(cacheDir, files), JSON.stringify(sizes));
}

export async function removeFiles(files: readonly ProcessedFile[]): Promise<void> {
  await Promise.all(files.map((file) => rm(file.outputPath, { force: true })));
}
