// What each source file holds, as an id that changes when its content does and
// only then: git's blob id (a SHA-1 of the content). In a git checkout, the
// ids of committed files come from git's index without reading the files
// (130,000 articles and as many images would take tens of seconds to read and
// hash on every push, and a fresh clone gives every file a new mtime, so times
// cannot tell what changed); files changed since the last commit, or not yet
// added, are hashed here the way git would. Outside git, every file is hashed.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { mapLimited } from "../util/mapLimited.ts";
import { toPosix } from "../util/displayPath.ts";

const run = promisify(execFile);

/** Content id by path relative to `root` (forward slashes). */
export type ContentIds = Map<string, string>;

/** Git's id of a blob with this content, so hashed files and committed ones compare. */
export function blobId(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

/**
 * Ids of every file under `paths` (files or folders, relative to `root`). Files
 * that do not exist are left out.
 */
export async function contentIds(root: string, paths: readonly string[]): Promise<ContentIds> {
  return (await fromGit(root, paths)) ?? (await byHashing(root, paths));
}

const GIT_BUFFER = 512 * 1024 * 1024;

async function fromGit(root: string, paths: readonly string[]): Promise<ContentIds | undefined> {
  const git = (...args: string[]) => run("git", ["-C", root, ...args], { maxBuffer: GIT_BUFFER, encoding: "utf8" });
  try {
    const { stdout: inside } = await git("rev-parse", "--is-inside-work-tree");
    if (inside.trim() !== "true") return undefined;
  } catch {
    return undefined;
  }
  const ids: ContentIds = new Map();
  const links: string[] = [];
  // Both listings at once: each walks 200,000 entries at 100k articles with images.
  const [{ stdout: staged }, { stdout: changed }] = await Promise.all([
    // "<mode> <blob id> <stage>\t<path>", paths relative to root, NUL-terminated.
    git("ls-files", "--stage", "-z", "--", ...paths),
    // Edited, deleted or new since the index.
    git("ls-files", "-z", "--modified", "--others", "--exclude-standard", "--", ...paths),
  ]);
  for (const line of staged.split("\0")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const [mode, id] = line.slice(0, tab).split(" ");
    if (mode === "120000") links.push(line.slice(tab + 1));
    else if (id) ids.set(line.slice(tab + 1), id);
  }
  // A committed symbolic link to a folder (the benchmark's site links the project's code): what it points to.
  for (const [file, id] of await byHashing(root, links)) ids.set(file, id);
  // Those are hashed as they are now in the working tree.
  const dirty = [...new Set(changed.split("\0").filter((file) => file !== ""))];
  await hashInto(ids, root, dirty);
  return ids;
}

async function byHashing(root: string, paths: readonly string[]): Promise<ContentIds> {
  const files: string[] = [];
  for (const given of paths) {
    try {
      const entries = await readdir(path.join(root, given), { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile()) files.push(toPosix(path.relative(root, path.join(entry.parentPath, entry.name))));
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOTDIR") files.push(toPosix(given));
      else if (code !== "ENOENT") throw error;
    }
  }
  const ids: ContentIds = new Map();
  await hashInto(ids, root, files.sort());
  return ids;
}

async function hashInto(ids: ContentIds, root: string, files: readonly string[]): Promise<void> {
  await mapLimited(files, 32, async (file) => {
    try {
      ids.set(file, blobId(await readFile(path.join(root, file))));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "EISDIR") throw error;
      ids.delete(file); // deleted since the last commit
    }
  });
}
