// Paths as editors see them in messages: relative to the project, with / on every system.
import path from "node:path";

export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/** `src/articles/2026/a.md` for a file anywhere under the project. */
export function displayPath(file: string): string {
  return toPosix(path.relative(process.cwd(), file));
}
