// What each source file holds, as an id that changes when its content does and
// only then: git's blob id (a SHA-1 of the content). In a git checkout, the
// ids of committed files come from git's index without reading the files
// (130,000 articles and as many images would take tens of seconds to read and
// hash on every push, and a fresh clone gives every file a new mtime, so times
// cannot tell what changed); files changed since the last commit, or not yet
// added, are hashed here the way git would. Outside git, every file is hashed.
import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
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
  return (await fromGit(root, paths)) ?? byHashing(root, paths);
}

async function fromGit(root: string, paths: readonly string[]): Promise<ContentIds | undefined> {
  try {
    const { stdout: inside } = await run("git", ["-C", root, "rev-parse", "--is-inside-work-tree"], { encoding: "utf8" });
    if (inside.trim() !== "true") return undefined;
  } catch {
    return undefined;
  }
  const ids: ContentIds = new Map();
  const links: string[] = [];
  // Both listings at once: each walks 200,000 entries at 100k articles with images.
  const [staged, changed] = await Promise.all([
    // "<mode> <blob id> <stage>\t<path>", paths relative to root, NUL-terminated.
    gitListing(root, ["ls-files", "--stage", "-z", "--", ...paths]),
    // Edited, deleted or new since the index.
    gitListing(root, ["ls-files", "-z", "--modified", "--others", "--exclude-standard", "--", ...paths]),
  ]);
  for (const line of staged.split("\0")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const [mode, id] = line.slice(0, tab).split(" ");
    if (mode === "120000") links.push(line.slice(tab + 1));
    else if (id) ids.set(line.slice(tab + 1), id);
  }
  // A committed symbolic link to a folder (the benchmark's site links the project's code): what it points to.
  for (const [file, id] of byHashing(root, links)) ids.set(file, id);
  // Those are hashed as they are now in the working tree.
  const dirty = [...new Set(changed.split("\0").filter((file) => file !== ""))];
  hashInto(ids, root, dirty);
  return ids;
}

/**
 * What git prints, through a file rather than a pipe, and read at once: the
 * build parses its cache meanwhile (lib/incremental/buildPlan.ts), one shard
 * between two turns of the event loop, and 20 MB read from a pipe 64 KB a turn
 * (or a file in chunks) would make the listing wait for the parsing (2 s
 * instead of 0.7 s at 100k articles).
 */
async function gitListing(root: string, args: string[]): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), "broadside-git-"));
  try {
    const file = path.join(folder, "out");
    const output = openSync(file, "w");
    try {
      const git = spawn("git", ["-C", root, ...args], { stdio: ["ignore", output, "ignore"] });
      const [code] = (await once(git, "exit")) as [number | null];
      if (code !== 0) throw new Error(`git ${args.join(" ")} failed (exit code ${String(code)})`);
    } finally {
      closeSync(output);
    }
    return readFileSync(file, "utf8");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// Files are read synchronously: the few a push changed are read at once rather than a turn of the event loop each,
// which the build spends parsing its cache meanwhile (gitListing); a folder outside git is read as fast either way.
function byHashing(root: string, paths: readonly string[]): ContentIds {
  const files: string[] = [];
  for (const given of paths) {
    try {
      const entries = readdirSync(path.join(root, given), { recursive: true, withFileTypes: true });
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
  hashInto(ids, root, files.sort());
  return ids;
}

function hashInto(ids: ContentIds, root: string, files: readonly string[]): void {
  for (const file of files) {
    try {
      ids.set(file, blobId(readFileSync(path.join(root, file))));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "EISDIR") throw error;
      ids.delete(file); // deleted since the last commit
    }
  }
}
