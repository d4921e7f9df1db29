import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { contentIds } from "./contentIds.ts";

describe("contentIds", () => {
  let root: string;
  const git = (...args: string[]) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8" }).trim();
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  };

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "broadside-ids-"));
    await write("src/articles/a.md", "first\n");
    await write("src/articles/b.md", "second\n");
    await write("elsewhere/c.md", "not asked for\n");
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("outside git, hashes every file as git would", async () => {
    const ids = await contentIds(root, ["src"]);
    expect([...ids.keys()].sort()).toEqual(["src/articles/a.md", "src/articles/b.md"]);
    execFileSync("git", ["init", "-q", root]);
    expect(ids.get("src/articles/a.md")).toBe(git("hash-object", "src/articles/a.md"));
  });

  it("in git, takes committed files' ids from the index and hashes what changed since", async () => {
    // A committed link to a folder, as the benchmark's site links the project's code: the files it points to.
    await symlink(path.join(root, "elsewhere"), path.join(root, "src/linked"));
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one");
    await write("src/articles/a.md", "first, edited\n");
    await write("src/articles/new.md", "not yet added\n");
    await rm(path.join(root, "src/articles/b.md"));

    const ids = await contentIds(root, ["src"]);
    expect([...ids.keys()].sort()).toEqual(["src/articles/a.md", "src/articles/new.md", "src/linked/c.md"]);
    expect(ids.get("src/articles/a.md")).toBe(git("hash-object", "src/articles/a.md"));
    expect(ids.get("src/articles/new.md")).toBe(git("hash-object", "src/articles/new.md"));
    expect(ids.get("src/linked/c.md")).toBe(git("hash-object", "elsewhere/c.md"));
  });
});
