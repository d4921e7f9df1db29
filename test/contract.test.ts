// The content contract at build level: what an editor's mistake does to a push.
// Every case here once exited 0 and published something wrong.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { article, buildOk, buildSite, makeSite, removeSite } from "./helpers/site.ts";

const sites: string[] = [];
async function site(files: Record<string, string>): Promise<string> {
  const dir = await makeSite({ files });
  sites.push(dir);
  return dir;
}
afterAll(() => Promise.all(sites.map(removeSite)));

const fine = article({ title: "Fine", date: "2026-11-20" });

describe("the content contract", () => {
  it("refuses a misspelt draft flag, so the draft is never published", async () => {
    const dir = await site({
      "src/articles/fine.md": fine,
      "src/articles/secret.md": article({ title: "Secret source named", date: "2026-11-21", darft: "true" }),
      "src/articles/shouting.md": article({ title: "Also secret", date: "2026-11-21", Draft: "true" }),
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("src/articles/secret.md: darft: is not a known field: did you mean `draft`?");
    expect(result.stderr).toContain("src/articles/shouting.md: Draft: is not a known field: keys are lower case, write `draft`");
    expect(existsSync(path.join(dir, "_site"))).toBe(false);
  });

  it("names files in the articles folder that would never be read", async () => {
    const dir = await site({
      "src/articles/fine.md": fine,
      "src/articles/2026/upper.MD": fine,
      "src/articles/2026/long.markdown": fine,
      "src/articles/notes.txt": "call the source back",
      "src/articles/.gitkeep": "",
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    for (const file of ["src/articles/2026/long.markdown", "src/articles/2026/upper.MD", "src/articles/notes.txt"]) {
      expect(result.stderr).toContain(`${file}: (file): is not read: articles are .md files`);
    }
    expect(result.stderr).not.toContain(".gitkeep");
  });

  it("refuses to publish a site with no articles unless it is meant to be empty", async () => {
    const dir = await site({});
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('src/articles: (folder): holds no articles; if the site is meant to be empty, set "allowEmpty": true');
    const settingsFile = path.join(dir, "_data/site.json");
    const settings = JSON.parse(await readFile(settingsFile, "utf8"));
    await writeFile(settingsFile, JSON.stringify({ ...settings, allowEmpty: true }));
    await buildOk(dir);
    expect(existsSync(path.join(dir, "_site/index.html"))).toBe(true);
  });

  it("refuses aliases that would replace the site's own pages, loop, or leave the output folder", async () => {
    const dir = await site({
      "src/articles/one.md": article({
        title: "One",
        date: "2026-11-20",
        aliases: "[/feed.xml, /mirrors/, /, /../../outside/, /2026/11/20/one, /2026/11/21/two]",
      }),
      "src/articles/two.md": article({ title: "Two", date: "2026-11-21" }),
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line.includes("src/articles/one.md: aliases"));
    expect(lines).toEqual([
      expect.stringContaining('aliases.0: "/feed.xml" is a URL the site itself uses'),
      expect.stringContaining('aliases.1: "/mirrors/" is a URL the site itself uses'),
      expect.stringContaining('aliases.2: "/" is a URL the site itself uses (the front page)'),
      expect.stringContaining('aliases.3: "/../../outside/" must not contain . or .. segments'),
    ]);
    // Once those are fixed, the two that name articles' own pages are reported.
    await writeFile(
      path.join(dir, "src/articles/one.md"),
      article({ title: "One", date: "2026-11-20", aliases: "[/2026/11/20/one, /2026/11/21/two]" }),
    );
    const second = await buildSite(dir);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain("src/articles/one.md: aliases: /2026/11/20/one is this article's own URL: remove it");
    expect(second.stderr).toContain("src/articles/one.md: aliases: gives the URL /2026/11/21/two, already taken by src/articles/two.md");
  });

  it("checks every image in a body, whatever its syntax, and lists all problems together", async () => {
    const body = [
      "![Chart][chart]",
      "",
      '<figure><img src="/images/quay.svg"></figure>',
      "",
      "![A document](/images/not-an-image.jpg)",
      "",
      "![Escaping](/images/../../package.json)",
      "",
      "![Tracker](https://cdn.example/pixel.gif)",
      "",
      "[chart]: /images/missing-chart.png",
    ].join("\n");
    const dir = await site({
      "src/articles/a.md": article({ title: "A", date: "2026-11-20" }, body),
      "src/images/quay.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="10"></svg>',
      "src/images/not-an-image.jpg": "This is a press release saved with the wrong name.",
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line.includes("src/articles/a.md: body:"));
    expect(lines).toEqual([
      expect.stringContaining("body: no image file at src/images/missing-chart.png (for /images/missing-chart.png)"),
      expect.stringContaining('body: the image /images/quay.svg has no alt text: give the <img> an alt="..."'),
      expect.stringContaining("body: src/images/not-an-image.jpg is not an image"),
      expect.stringContaining("body: the image /images/../../package.json must not contain . or .. segments"),
      expect.stringContaining("body: the image https://cdn.example/pixel.gif is on another site"),
    ]);
    expect(result.stderr).toContain("found 5 problems and wrote nothing");
  });

  it("leaves the last good site in place when a build fails, and prints the problems once with file line numbers", async () => {
    const dir = await site({ "src/articles/fine.md": fine });
    await buildOk(dir);
    const good = await readFile(path.join(dir, "_site/index.html"), "utf8");
    await writeFile(path.join(dir, "src/articles/broken.md"), "---\ntitle: Broken\ndate: 2026-11-21\ntags: [Courts, Exile\n---\nBody\n");
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr.match(/src\/articles\/broken\.md: \(front matter\): .*\(line 5, column 1 of the file\)/g)).toHaveLength(1);
    expect(await readFile(path.join(dir, "_site/index.html"), "utf8")).toBe(good);
    expect(existsSync(path.join(dir, "_site.building"))).toBe(false);
  });

  it("ends with what was published, what was held back and what was written", async () => {
    const dir = await site({
      "src/articles/fine.md": fine,
      "src/articles/draft.md": article({ title: "Draft", date: "2026-11-21", draft: "true" }),
      "src/articles/later.md": article({ title: "Later", date: "2026-12-01T09:00:00+03:00" }),
      "src/articles/much-later.md": article({ title: "Much later", date: "2026-12-05T09:00:00+03:00" }),
    });
    const result = await buildSite(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Broadside: published 1 article; left out 1 draft and 2 scheduled articles (the next goes live 1 December 2026, 09:00 Moscow time, at the first build after that)",
    );
    expect(result.stdout).toMatch(/Broadside: wrote \d+ files \(pages, feeds, sitemaps, icons; besides processed images and the search index\) in \d+\.\d s/);
    expect(result.stdout + result.stderr).not.toMatch(/Wrote \d+ files?/);
  });

  it("names the environment variable, not a settings file, when one would break URLs", async () => {
    const dir = await site({ "src/articles/fine.md": fine });
    const result = await buildSite(dir, {
      BROADSIDE_PATH_PREFIX: '/my "mirror"/',
      BROADSIDE_URL: "https://ostrov.example/?ref=x",
      BROADSIDE_NOW: "tomorrow",
      BROADSIDE_IMAGES: "bucket",
      BROADSIDE_SEARCH_PART_PAGES: "0",
    });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line.includes("environment: "));
    expect(lines).toEqual([
      expect.stringContaining('environment: BROADSIDE_PATH_PREFIX: "/my \"mirror\"/" must be a path such as /mirror/'),
      expect.stringContaining('environment: BROADSIDE_URL: "https://ostrov.example/?ref=x" must be a plain address'),
      expect.stringContaining('environment: BROADSIDE_NOW: "tomorrow" is not an ISO 8601 date-time'),
      expect.stringContaining('environment: BROADSIDE_IMAGES: must be "store"'),
      expect.stringContaining('environment: BROADSIDE_SEARCH_PART_PAGES: must be a whole number of pages'),
    ]);
    expect(result.stderr).not.toContain("_data/");
    expect(existsSync(path.join(dir, "_site"))).toBe(false);
  });

  it("asks about bylines that may be typos, not about those declared on purpose", async () => {
    const dir = await site({
      "src/articles/a.md": article({ title: "A", date: "2026-11-20", author: '"A correspondent in Severoplavsk"' }),
      "src/articles/b.md": article({ title: "B", date: "2026-11-21", author: '"Ana Sokol"' }),
      "_data/bylines.json": JSON.stringify({ notStaff: ["A correspondent in Severoplavsk"] }),
    });
    const result = await buildSite(dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("Broadside: 1 byline is not in _data/authors.json");
    expect(result.stderr).toContain("  Ana Sokol: src/articles/b.md");
    expect(result.stderr).not.toContain("A correspondent in Severoplavsk");
  });
});
