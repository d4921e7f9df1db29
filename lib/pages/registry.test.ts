// A new page family is one module and one line in the registry: here a front
// page per year (/2026/), declared the way lib/pages/*.ts declare theirs, added
// to the registry's list, and built from the sample outlet like every other
// family: its pages written, listed in the sitemap, rewritten when the dev
// server saves one of their articles.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { html } from "../render/html.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import { prepareBuild } from "../eleventy/prepareBuild.ts";
import { buildView } from "../eleventy/view.ts";
import { TEST_IMAGE_CACHE } from "../../test/helpers/site.ts";
import type { EditionPages, PageFamily } from "./family.ts";
import { pageFamilies } from "./registry.ts";
import { showsAny, writePages } from "./write.ts";

interface Year {
  year: string;
  articles: Entry[];
}

// The "one new module".
const yearFronts: PageFamily<Year> = {
  name: "year fronts",
  items: ({ newsroom }) => {
    const years = new Map<string, Entry[]>();
    for (const entry of newsroom.articles) {
      const year = entry.url.split("/")[1] ?? "";
      years.set(year, [...(years.get(year) ?? []), entry]);
    }
    return [...years].map(([year, articles]) => ({ year, articles }));
  },
  url: ({ year }) => `/${year}/`,
  render: ({ year, articles }) => html`<h1>${year}</h1><ul>${articles.map((a) => html`<li>${a.title}</li>`)}</ul>`.value,
  articlesOn: ({ articles }) => articles,
  sitemap: ({ year }) => ({ path: `/${year}/` }),
};

// The "one line".
const families = [...pageFamilies, yearFronts];

let build: Awaited<ReturnType<typeof prepareBuild>>;
const outputs: string[] = [];
const output = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "broadside-family-"));
  outputs.push(dir);
  return dir;
};

beforeAll(async () => {
  process.env.BROADSIDE_IMAGE_CACHE = TEST_IMAGE_CACHE;
  process.env.BROADSIDE_NOW = "2026-11-27T12:00:00+03:00";
  build = await prepareBuild({ inputDir: "src", dataDir: "_data", mode: "production", pathPrefix: "/" });
});
afterAll(() => Promise.all(outputs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe("a page family added to the registry", () => {
  it("is written, one page per item, at the URL it declares", async () => {
    // The primary edition's pages (every edition's would add /ru/2026/...).
    const primary = buildView(build, families).slice(0, 1);
    const dir = await output();
    expect(await writePages([yearFronts], primary, dir)).toBe(3);
    expect((await readdir(dir)).sort()).toEqual(["2024", "2025", "2026"]);
    const page2025 = await readFile(path.join(dir, "2025/index.html"), "utf8");
    expect(page2025).toContain("<h1>2025</h1>");
    expect(page2025).toContain("A year of publishing from abroad");
  });

  it("is listed in the sitemap, beside the other families' pages", () => {
    const [{ source }] = buildView(build, families) as [EditionPages];
    const [sitemap] = source.sitemaps;
    const paths = sitemap?.kind === "urlset" ? sitemap.urls.map((url) => url.path) : [];
    expect(paths).toEqual(expect.arrayContaining(["/2024/", "/2025/", "/2026/", "/archive/", "/tags/politics/"]));
    // Without the line in the registry, it is not.
    const [{ source: without }] = buildView(build, pageFamilies) as [EditionPages];
    const [plain] = without.sitemaps;
    expect(plain?.kind === "urlset" ? plain.urls.map((url) => url.path) : []).not.toContain("/2025/");
  });

  it("is rewritten by the dev server's quick rebuild only where it shows a saved article", async () => {
    const primary = buildView(build, families).slice(0, 1);
    const saved = build.editions[0]?.articles.find((entry) => entry.url.startsWith("/2024/"));
    expect(saved).toBeDefined();
    const dir = await output();
    await writePages([yearFronts], primary, dir, { only: showsAny(new Set([saved?.inputPath ?? ""])) });
    expect(await readdir(dir)).toEqual(["2024"]);
  });
});
