// Builds small fixture sites with the project's real config, templates and
// modules: a temp folder laid out like the project, with the project's code
// linked in and the fixture's articles and settings in place of the sample's.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
/** One image cache for every fixture build (see globalSetup.ts). */
export const TEST_IMAGE_CACHE = path.join(PROJECT, ".cache/test-images");
const LINKED = ["lib", "_includes", "node_modules", ".eleventy.ts", "package.json", "tsconfig.json"];

export interface FixtureOptions {
  /** Files by path inside the site, e.g. `src/articles/a.md`. */
  files?: Record<string, string>;
  /** Keep the sample outlet's articles and images (for whole-site tests). */
  withSampleContent?: boolean;
  /**
   * Keep the sample's other editions (_data/ru/, site.json `editions`); by default only with the sample's content,
   * so a fixture is a site of one edition, whose settings a test may change without translating them.
   */
  withEditions?: boolean;
}

export async function makeSite(options: FixtureOptions = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "broadside-"));
  for (const name of LINKED) await symlink(path.join(PROJECT, name), path.join(dir, name));
  await cp(path.join(PROJECT, "_data"), path.join(dir, "_data"), { recursive: true });
  await cp(path.join(PROJECT, "src"), path.join(dir, "src"), {
    recursive: true,
    filter: (source) => {
      if (options.withSampleContent) return true;
      const relative = path.relative(path.join(PROJECT, "src"), source).split(path.sep).join("/");
      // Staff photos belong with _data/authors.json, which fixtures keep; the icon with the site.
      const kept = relative.startsWith("images/authors") || relative === "images/icon.svg";
      const sampleContent = /^(articles|images)\/.+/.test(relative) && !kept;
      return !sampleContent;
    },
  });
  if (!(options.withEditions ?? options.withSampleContent)) await oneEdition(dir);
  for (const [file, content] of Object.entries(options.files ?? {})) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return dir;
}

/** Makes a fixture a site of one edition: the primary one, as the sample's `_data/*.json` describe it. */
export async function oneEdition(dir: string): Promise<void> {
  const file = path.join(dir, "_data/site.json");
  const { editions = [], ...site } = JSON.parse(await readFile(file, "utf8")) as { editions?: string[] };
  for (const language of editions) await rm(path.join(dir, "_data", language), { recursive: true, force: true });
  await writeFile(file, `${JSON.stringify(site, null, 2)}\n`);
}

export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function buildSite(dir: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["lib/cli/build.ts", "--quiet", ...args],
      {
        cwd: dir,
        env: { ...process.env, BROADSIDE_NOW: "2026-11-27T12:00:00+03:00", BROADSIDE_IMAGE_CACHE: TEST_IMAGE_CACHE, ...env },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/** Builds and fails the test with Eleventy's output if the build fails. */
export async function buildOk(dir: string, env: Record<string, string> = {}, args: string[] = []): Promise<void> {
  const result = await buildSite(dir, env, args);
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
}

export function readOutput(dir: string, file: string): Promise<string> {
  return readFile(path.join(dir, "_site", file), "utf8");
}

export async function listOutput(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(dir, "_site"), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(path.join(dir, "_site"), path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

export function removeSite(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** A minimal valid article. */
export function article(fields: Record<string, string>, body = "A first paragraph.\n"): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}
