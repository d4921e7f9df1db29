// Paths as editors see them in messages: relative to the project, with / on every system.
import { readdir } from "node:fs/promises";
import path from "node:path";

export function toPosix(p: string): string {
  // Called for every file of a large archive: nothing to do where the separator is already /.
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}

/** Every file under `dir`, at any depth, as a path relative to it with / on every system. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => toPosix(path.relative(dir, path.join(entry.parentPath, entry.name))));
}

/** `src/articles/2026/a.md` for a file anywhere under the project. */
export function displayPath(file: string): string {
  return toPosix(path.relative(process.cwd(), file));
}
