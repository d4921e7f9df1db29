// `npm run new -- "Headline"` makes an article that builds, dated now in the site's timezone.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildOk, makeSite, readOutput, removeSite } from "./helpers/site.ts";

const run = promisify(execFile);
const sites: string[] = [];
afterAll(() => Promise.all(sites.map(removeSite)));

async function newArticle(dir: string, title: string, now: string, ...flags: string[]) {
  return run("npm", ["run", "--silent", "new", "--", ...flags, title], { cwd: dir, env: { ...process.env, BROADSIDE_NOW: now } });
}

describe("npm run new", () => {
  it("creates src/articles/YYYY/<slug>.md dated now in the site's timezone, as a draft that builds", async () => {
    const dir = await makeSite({});
    sites.push(dir);
    // 22:10 UTC on 31 December is already 1 January in Moscow.
    const { stdout } = await newArticle(dir, 'Budget: "no comment" from ministers', "2026-12-31T22:10:42Z");
    const file = "src/articles/2027/budget-no-comment-from-ministers.md";
    expect(stdout).toContain(`Created ${file}`);
    const text = await readFile(path.join(dir, file), "utf8");
    expect(text).toContain('title: "Budget: \\"no comment\\" from ministers"');
    expect(text).toContain("date: 2027-01-01T01:10:00+03:00");
    expect(text).toContain("slug: budget-no-comment-from-ministers");
    expect(text).toContain("draft: true");

    await buildOk(dir, { BROADSIDE_MODE: "preview", BROADSIDE_NOW: "2027-01-02T00:00:00Z" });
    const page = await readOutput(dir, "2027/01/01/budget-no-comment-from-ministers/index.html");
    expect(page).toContain("Budget: “no comment” from ministers");
    expect(page).toContain("Draft: not published");
  });

  it("starts an article in another edition with --edition, under its folder and its URL", async () => {
    const dir = await makeSite({ withEditions: true });
    sites.push(dir);
    const { stdout } = await newArticle(dir, "Докеры вернулись к работе", "2026-11-27T09:00:00Z", "--edition=ru");
    const file = "src/articles/ru/2026/dokery-vernulis-k-rabote.md";
    expect(stdout).toContain(`Created ${file}`);
    await buildOk(dir, { BROADSIDE_MODE: "preview" });
    expect(await readOutput(dir, "ru/2026/11/27/dokery-vernulis-k-rabote/index.html")).toContain("Черновик: не опубликован");
    const failed = await newArticle(dir, "Headline", "2026-11-27T09:00:00Z", "--edition=de").catch((error: { code: number; stderr: string }) => error);
    expect("stderr" in failed && failed.stderr).toContain("--edition=de is not one of the site's other editions: use ru");
  });

  it("never overwrites an existing article", async () => {
    const dir = await makeSite({});
    sites.push(dir);
    await newArticle(dir, "Same headline", "2026-11-27T10:00:00Z");
    const failed = await newArticle(dir, "Same headline", "2026-11-27T11:00:00Z").catch((error: { code: number; stderr: string }) => error);
    expect("code" in failed && failed.code).toBe(1);
    expect("stderr" in failed && failed.stderr).toContain("exists already: src/articles/2026/same-headline.md");
    expect(await readFile(path.join(dir, "src/articles/2026/same-headline.md"), "utf8")).toContain("date: 2026-11-27T13:00:00+03:00");
  });

  it("asks for a headline", async () => {
    const dir = await makeSite({});
    sites.push(dir);
    const failed = await run("npm", ["run", "--silent", "new"], { cwd: dir }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failed && failed.code).toBe(2);
    expect("stderr" in failed && failed.stderr).toContain('Usage: npm run new -- [--edition=ru] "Headline of the article"');
  });
});
