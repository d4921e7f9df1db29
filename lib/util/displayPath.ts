// Paths as editors see them in messages: relative to the project, with / on every system.
import path from "node:path";

export function toPosix(p: string): string {
  // Called for every file of a large archive: nothing to do where the separator is already /.
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}

/** `src/articles/2026/a.md` for a file anywhere under the project. */
export function displayPath(file: string): string {
  return toPosix(path.relative(process.cwd(), file));
}
