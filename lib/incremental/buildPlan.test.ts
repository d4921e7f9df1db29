import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planBuild } from "./buildPlan.ts";

describe("the build key", () => {
  let root: string;
  let cwd: string;
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  };
  // planBuild reads the project it runs in, as `npm run build` does.
  const key = async () => (await planBuild({ outputDir: path.join(root, "_site"), inputDir: "src", pathPrefix: undefined, env: {} })).key;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "broadside-plan-"));
    await write("lib/lists.ts", "export const a = 1;\n");
    await write("lib/lists.test.ts", "// a test\n");
    await write("_data/site.json", "{}\n");
    await write("src/articles/2026/a.md", "---\ntitle: A\n---\n");
    cwd = process.cwd();
    process.chdir(root);
  });
  afterEach(async () => {
    process.chdir(cwd);
    await rm(root, { recursive: true, force: true });
  });

  it("stays the same when only a unit test beside the code changed, so the push builds nothing again", async () => {
    const before = await key();
    await write("lib/lists.test.ts", "// a test, reworded\n");
    expect(await key()).toBe(before);
  });

  it("changes with the code, _data and settings, but not with an article", async () => {
    const before = await key();
    await write("src/articles/2026/a.md", "---\ntitle: A, corrected\n---\n");
    expect(await key()).toBe(before);
    await write("_data/site.json", '{ "title": "x" }\n');
    const withData = await key();
    expect(withData).not.toBe(before);
    await write("lib/lists.ts", "export const a = 2;\n");
    expect(await key()).not.toBe(withData);
    const settings = (await planBuild({ outputDir: path.join(root, "_site"), inputDir: "src", pathPrefix: undefined, env: { BROADSIDE_URL: "https://mirror.example/" } })).key;
    expect(settings).not.toBe(await key());
  });
});
