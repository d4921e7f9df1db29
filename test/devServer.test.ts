// The dev server's quick rebuild (lib/eleventy/devUpdates.ts): saving an article
// rewrites the pages that show it and leaves the rest alone; a broken save is
// reported and stays reported until it is fixed; any other change rebuilds all.
import { existsSync } from "node:fs";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { article, makeSite, readOutput, removeSite } from "./helpers/site.ts";
import { startWatcher, type Watcher } from "./helpers/watch.ts";

const A = "src/articles/court-hearing.md";
const C = "src/articles/power-cuts.md";
const aPage = "2026/11/20/court-hearing/index.html";
const bPage = "2026/11/21/appeal-lodged/index.html";
const cPage = "2026/11/22/power-cuts/index.html";

let dir = "";
let watcher: Watcher | undefined;

const modified = async (file: string) => (await stat(path.join(dir, "_site", file))).mtimeMs;

/** Edits a file of the site and waits until the watcher has noticed. */
async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const target = path.join(dir, file);
  const before = await readFile(target, "utf8");
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file} does not contain ${from}`);
  await watcher?.save(() => writeFile(target, after));
}

afterAll(async () => {
  watcher?.stop();
  if (dir) await removeSite(dir);
});

describe("npm start after a save", () => {
  it("rewrites what shows the edited article, reports broken saves until fixed, rebuilds everything for other changes", async () => {
    dir = await makeSite({
      files: {
        [A]: article({ title: "Court hearing", slug: "court-hearing", date: "2026-11-20T10:00:00+03:00", tags: "[Courts]" }, "The hearing opened.\n"),
        "src/articles/appeal-lodged.md": article({ title: "Appeal lodged", slug: "appeal-lodged", date: "2026-11-21T10:00:00+03:00", tags: "[Courts]" }),
        [C]: article({ title: "Power cuts", slug: "power-cuts", date: "2026-11-22T10:00:00+03:00", tags: "[Energy]" }, "The lights went out.\n"),
      },
    });
    watcher = startWatcher(dir);
    const { builds } = watcher;
    const log = watcher.log;
    await builds(1);
    const untouched = { b: await modified(bPage), c: await modified(cPage), search: await modified("pagefind/pagefind-entry.json") };

    // A new headline: its page, the front page, its topic's page and feed show it; others are not rewritten.
    await edit(A, "title: Court hearing", "title: Court hearing adjourned");
    await builds(2);
    expect(await readOutput(dir, aPage)).toContain("Court hearing adjourned</h1>");
    expect(await readOutput(dir, "index.html")).toContain("Court hearing adjourned");
    expect(await readOutput(dir, "tags/courts/index.html")).toContain("Court hearing adjourned");
    expect(await readOutput(dir, "tags/courts/feed.xml")).toContain("<title>Court hearing adjourned</title>");
    expect(await modified(cPage)).toBe(untouched.c);
    expect(await modified("pagefind/pagefind-entry.json")).toBe(untouched.search);

    // A broken date is reported with the file and field...
    let seen = log().length;
    await edit(A, /^date: .*$/m, "date: last Tuesday");
    await builds(3);
    expect(log().slice(seen)).toMatch(/court-hearing\.md: date/);
    // ... and still after another article is saved, since the broken file was not fixed.
    seen = log().length;
    await edit(C, "The lights went out.", "The lights went out across the city.");
    await builds(4);
    expect(log().slice(seen)).toMatch(/court-hearing\.md: date/);

    // Fixed: both saves land.
    await edit(A, "date: last Tuesday", "date: 2026-11-20T10:00:00+03:00");
    await builds(5);
    expect(await readOutput(dir, cPage)).toContain("The lights went out across the city.");
    expect(await readOutput(dir, aPage)).toContain("Court hearing adjourned</h1>");

    // Settings changed: every page is rebuilt, the unedited article's too.
    await edit("_data/site.json", /"tagline": "[^"]*"/, '"tagline": "Reporting from exile, edited"');
    await builds(6);
    expect(await readOutput(dir, bPage)).toContain("Reporting from exile, edited");
    expect(await modified(bPage)).toBeGreaterThan(untouched.b);

    // A new slug: the page at the old URL is removed, not left to be served.
    await edit("src/articles/appeal-lodged.md", "slug: appeal-lodged", "slug: appeal-filed");
    await builds(7);
    expect(await readOutput(dir, "2026/11/21/appeal-filed/index.html")).toContain("Appeal lodged</h1>");
    expect(existsSync(path.join(dir, "_site", bPage))).toBe(false);
    expect(existsSync(path.join(dir, "_site/lite", bPage))).toBe(false);

    // A deleted article leaves the preview without a restart: its pages, and every list.
    await watcher?.save(() => rm(path.join(dir, C), { force: true }));
    await builds(8);
    expect(existsSync(path.join(dir, "_site", cPage))).toBe(false);
    expect(existsSync(path.join(dir, "_site/lite", cPage))).toBe(false);
    expect(existsSync(path.join(dir, "_site/tags/energy/index.html"))).toBe(false);
    expect(await readOutput(dir, "index.html")).not.toContain("Power cuts");
    expect(await readOutput(dir, "archive/index.html")).not.toContain("Power cuts");
  });
});
