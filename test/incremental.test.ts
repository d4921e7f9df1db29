// Incremental builds: after each kind of push an editor makes, `npm run build`
// starting from the previous build's cache must leave exactly what a full build
// from scratch writes, file for file and byte for byte; and a change to code or
// templates must fall back to a full build and say so.
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildResult, article, buildSite, makeSite, removeSite } from "./helpers/site.ts";

const NOW = "2026-11-27T12:00:00+03:00";
let dir: string;
/** BROADSIDE_* settings of the builds (in the build key: changing them gives a full build). */
let settings: Record<string, string> = {};

beforeAll(async () => {
  dir = await makeSite({ withSampleContent: true });
});
afterAll(() => removeSite(dir));

async function build(args: string[] = [], now = NOW): Promise<BuildResult> {
  const result = await buildSite(dir, { ...settings, BROADSIDE_NOW: now }, args);
  if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stderr}\n${result.stdout}`);
  return result;
}

/** Every file under a folder with its bytes. */
async function tree(root: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1))) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, file), await readFile(file));
  }
  return files;
}

/** Folders with nothing in them: a full build leaves none. */
async function emptyFolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const folders = entries.filter((e) => e.isDirectory()).map((e) => path.join(e.parentPath, e.name));
  const empty: string[] = [];
  for (const folder of folders) if ((await readdir(folder)).length === 0) empty.push(path.relative(root, folder));
  return empty;
}

/** Builds incrementally into _site, fully into _full, and compares the two. */
async function expectSameAsFullBuild(now = NOW, says = "Incremental build"): Promise<{ incremental: BuildResult; changed: string[] }> {
  const before = await tree(path.join(dir, "_site"));
  const incremental = await build([], now);
  expect(incremental.stdout).toContain(says);
  await rm(path.join(dir, "_full"), { recursive: true, force: true });
  const full = await build(["--output=_full", "--full"], now);
  expect(full.stdout).toContain("Full build: --full was given");
  const after = await tree(path.join(dir, "_site"));
  const expected = await tree(path.join(dir, "_full"));
  expect([...after.keys()]).toEqual([...expected.keys()]);
  const differing = [...expected].filter(([file, bytes]) => !after.get(file)?.equals(bytes)).map(([file]) => file);
  expect(differing).toEqual([]);
  expect(await emptyFolders(path.join(dir, "_site"))).toEqual([]);
  const changed = [...after].filter(([file, bytes]) => !before.get(file)?.equals(bytes)).map(([file]) => file);
  return { incremental, changed };
}

const articles = (file: string) => path.join(dir, "src/articles", file);

async function edit(file: string, change: (text: string) => string): Promise<void> {
  await writeFile(articles(file), change(await readFile(articles(file), "utf8")));
}

describe("an incremental build is byte for byte a full build", () => {
  beforeAll(async () => {
    const first = await build();
    expect(first.stdout).toContain("Full build: there is no build cache yet");
  });

  it("with nothing changed: writes nothing at all, not even Eleventy's pages", async () => {
    const { changed, incremental } = await expectSameAsFullBuild(NOW, "Up to date");
    expect(changed).toEqual([]);
    expect(incremental.stdout).toContain("wrote 0 files");
  });

  it("after a new article", async () => {
    await writeFile(
      articles("2026/ferry-timetable-cut.md"),
      article({ title: "Ferry timetable cut to two crossings a day", date: "2026-11-27T09:30:00+03:00", tags: "[Regions, Economy]" }, "The river ferry will run twice a day from Monday.\n"),
    );
    const { changed } = await expectSameAsFullBuild();
    expect(changed).toContain("2026/11/27/ferry-timetable-cut-to-two-crossings-a-day/index.html");
    expect(changed).toContain("feed.xml");
    // Older articles' pages do not change (lib/newsroom/related.ts).
    expect(changed.filter((file) => /^20\d\d\/.*index\.html$/.test(file) && !file.includes("ferry"))).toEqual([]);
  });

  it("after an edited article", async () => {
    await edit("2026/ferry-timetable-cut.md", (text) => text.replace("twice a day", "twice a day, and not at all on Sundays,").replace("Ferry timetable cut", "Ferry timetable halved"));
    await expectSameAsFullBuild();
  });

  it("after a changed date", async () => {
    await edit("2026/ferry-timetable-cut.md", (text) => text.replace("2026-11-27T09:30:00+03:00", "2026-11-20T09:30:00+03:00"));
    const { changed } = await expectSameAsFullBuild();
    expect(changed).toContain("2026/11/20/ferry-timetable-halved-to-two-crossings-a-day/index.html");
    expect(changed).not.toContain("2026/11/27/ferry-timetable-halved-to-two-crossings-a-day/index.html");
  });

  it("after changed tags", async () => {
    await edit("2026/ferry-timetable-cut.md", (text) => text.replace("[Regions, Economy]", "[Transport, Regions]"));
    await expectSameAsFullBuild();
  });

  it("after a changed byline: the article leaves one staff author's pages and feed for another's", async () => {
    await edit("2026/ferry-timetable-cut.md", (text) => text.replace("---\n\n", "author: Anna Sokol\n---\n\n"));
    await expectSameAsFullBuild();
    await edit("2026/ferry-timetable-cut.md", (text) => text.replace("author: Anna Sokol", "author: Marat Ilyasov"));
    const { changed } = await expectSameAsFullBuild();
    expect(changed).toEqual(expect.arrayContaining(["authors/anna-sokol/index.html", "authors/anna-sokol/feed.xml", "authors/marat-ilyasov/index.html"]));
  });

  it("after new articles change how a topic is spelt on older articles' pages", async () => {
    // "Exile" is spelt so on five sample articles and "exile" on two: four more make "exile" the name shown everywhere.
    const notes = [1, 2, 3, 4];
    for (const n of notes) {
      await writeFile(
        articles(`2026/exile-note-${n}.md`),
        article({ title: `Exile note ${n}`, date: `2026-11-26T0${n}:00:00+03:00`, tags: "[exile]" }, `Note ${n} from the newsroom abroad.\n`),
      );
    }
    const { changed } = await expectSameAsFullBuild();
    const olderPages = changed.filter((file) => /^20\d\d\/.*index\.html$/.test(file) && !file.includes("exile-note"));
    expect(olderPages.length).toBeGreaterThan(3);
    for (const n of notes) await rm(articles(`2026/exile-note-${n}.md`));
    await expectSameAsFullBuild();
  });

  it("after a new alias", async () => {
    await edit("2026/ferry-timetable-cut.md", (text) => text.replace("---\n\n", 'aliases: ["/2026/11/20/ferry-cut/"]\n---\n\n'));
    const { changed } = await expectSameAsFullBuild();
    expect(changed).toContain("2026/11/20/ferry-cut/index.html");
    expect(changed).toContain("_redirects");
  });

  it("after a translation in the other edition, and after it is gone: the original links to it, then no more", async () => {
    const days = await readdir(path.join(dir, "_site/2026/11"), { recursive: true });
    const ferry = days.find((folder) => /^\d\d\/ferry-timetable-[a-z-]+$/.test(folder) && !folder.endsWith("ferry-cut"));
    expect(ferry).toBeDefined();
    await writeFile(
      articles("ru/2026/parom.md"),
      article({ title: "Паром будет ходить дважды в день", slug: "parom", date: "2026-11-27T10:00:00+03:00", translation: `/2026/11/${ferry}/` }, "Речной паром с понедельника делает два рейса в день.\n"),
    );
    const added = await expectSameAsFullBuild();
    expect(added.changed).toEqual(expect.arrayContaining([`2026/11/${ferry}/index.html`, "ru/2026/11/27/parom/index.html", "ru/feed.xml", "sitemap.xml", "ru/sitemap.xml"]));
    expect(await readFile(path.join(dir, `_site/2026/11/${ferry}/index.html`), "utf8")).toContain("Читать по-русски");
    await rm(articles("ru/2026/parom.md"));
    const gone = await expectSameAsFullBuild();
    expect(gone.changed).toContain(`2026/11/${ferry}/index.html`);
    expect(await readFile(path.join(dir, `_site/2026/11/${ferry}/index.html`), "utf8")).not.toContain("Читать по-русски");
  });

  it("after a deleted article", async () => {
    await rm(articles("2026/ferry-timetable-cut.md"));
    await expectSameAsFullBuild();
  });

  it("after a new image and an image replaced under the same name", async () => {
    const images = path.join(dir, "src/images");
    await writeFile(
      articles("2026/ferry-with-photo.md"),
      article({ title: "Ferry with a photo", date: "2026-11-27T10:00:00+03:00", image: "\n  src: /images/snowfield-copy.jpg\n  alt: A snowfield" }),
    );
    await writeFile(path.join(images, "snowfield-copy.jpg"), await readFile(path.join(images, "snowfield.jpg")));
    await expectSameAsFullBuild();
    await writeFile(path.join(images, "snowfield-copy.jpg"), await readFile(path.join(images, "factory.jpg")));
    const { changed } = await expectSameAsFullBuild();
    expect(changed).toContain("2026/11/27/ferry-with-a-photo/index.html");
  });

  it("after an image served as it is was deleted, and another became an article's image", async () => {
    const images = path.join(dir, "src/images");
    await writeFile(path.join(images, "map.png"), await readFile(path.join(images, "logo.png")));
    await writeFile(path.join(images, "chart.png"), await readFile(path.join(images, "logo.png")));
    const added = await expectSameAsFullBuild();
    expect(added.changed).toEqual(expect.arrayContaining(["images/map.png", "images/chart.png"]));
    await rm(path.join(images, "map.png"));
    await expectSameAsFullBuild();
    expect(existsSync(path.join(dir, "_site/images/map.png"))).toBe(false);
    await writeFile(
      articles("2026/chart-article.md"),
      article({ title: "A chart", date: "2026-11-27T10:30:00+03:00", image: "\n  src: /images/chart.png\n  alt: A chart" }),
    );
    await expectSameAsFullBuild();
    expect(existsSync(path.join(dir, "_site/images/chart.png"))).toBe(false);
  });

  it("when only the clock moved: articles two days old leave the news sitemap", async () => {
    const { changed } = await expectSameAsFullBuild("2026-11-29T23:00:00+03:00");
    expect(changed).toContain("news-sitemap.xml");
    // Written again now that the news sitemap changed; with nothing else changed, the next build has nothing to do.
    expect((await build([], "2026-11-29T23:30:00+03:00")).stdout).toContain("Up to date");
  });

  it("when a scheduled article's time has come", async () => {
    const due = "2026-12-01T10:00:00+03:00";
    const { changed } = await expectSameAsFullBuild(due);
    expect(changed).toContain("2026/12/01/what-to-watch-in-the-regional-budget-sessions/index.html");
  });
});

describe("falling back to a full build", () => {
  it("after an edited template, and says which file", async () => {
    const template = path.join(dir, "src/404.11ty.ts");
    await writeFile(template, (await readFile(template, "utf8")).replace("</h1>", " (moved or removed)</h1>"));
    const result = await build();
    expect(result.stdout).toMatch(/Full build: code, templates or _data changed \(src\/404\.11ty\.ts\)/);
    expect(await readFile(path.join(dir, "_site/404.html"), "utf8")).toContain("(moved or removed)");
  });

  it("when the output folder is gone", async () => {
    await rename(path.join(dir, "_site"), path.join(dir, "_site.moved"));
    const result = await build();
    expect(result.stdout).toContain("Full build: the output folder _site is missing");
    await rm(path.join(dir, "_site.moved"), { recursive: true, force: true });
  });

  it("when the cache was deleted", async () => {
    await rm(path.join(dir, ".cache/broadside-build"), { recursive: true, force: true });
    expect((await build()).stdout).toContain("Full build: there is no build cache yet");
  });
});

describe("with the search index in parts", () => {
  // As the mirror's e2e copy: parts of 2 articles, so the sample's index has three parts.
  beforeAll(async () => {
    settings = { BROADSIDE_SEARCH_PART_PAGES: "2" };
    expect((await build()).stdout).toContain("Full build");
  });
  afterAll(() => {
    settings = {};
  });
  const partsChanged = (changed: string[]) => [...new Set(changed.filter((file) => file.startsWith("pagefind")).map((file) => file.split("/")[0]))].sort();

  it("an edit to an old article makes again only the part that holds it", async () => {
    await edit("2024/the-last-night-in-the-old-office.md", (text) => text.replace("\n---\n", "\n---\n\nA late correction to this article.\n"));
    const { changed } = await expectSameAsFullBuild();
    expect(partsChanged(changed)).toEqual(["pagefind-2024-11-2025-11"]);
  });

  it("a new article makes again only the newest part", async () => {
    await writeFile(articles("2026/night-ferry-returns.md"), article({ title: "Night ferry returns", date: "2026-11-27T10:00:00+03:00", tags: "[Regions]" }));
    const { changed } = await expectSameAsFullBuild();
    expect(partsChanged(changed)).toEqual(["pagefind"]);
  });
});
