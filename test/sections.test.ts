// Sections (_data/sections.json): each desk's front and feed, the navigation,
// and opinion marked as opinion on the article page, in the lite edition, in
// feed items and in the structured data; and the mistakes an editor can make.
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, buildOk, buildSite, makeSite, readOutput, removeSite } from "./helpers/site.ts";
import { assertWellFormedXml } from "./helpers/xml.ts";

interface SectionSettings {
  sections: { slug: string; name: string; opinion?: boolean; disclaimer?: string }[];
  default?: string;
}

const COLUMN = "2026/11/19/a-loaf-of-bread-is-not-a-statistic/";
const REPORT = "2026/11/10/heating-fails-in-sixty-apartment-blocks-as-temperatures-drop-to-minus-twenty/";

describe("sections of the sample outlet", () => {
  let dir: string;
  let settings: SectionSettings;
  /** Each article's URL and the section it names (the default where it names none). */
  let sectionOf: Map<string, string>;

  beforeAll(async () => {
    dir = await makeSite({ withSampleContent: true });
    await buildOk(dir);
    settings = JSON.parse(await readFile(path.join(dir, "_data/sections.json"), "utf8")) as SectionSettings;
    // What each article page says it is: its canonical URL and its JSON-LD section.
    const sitemap = await readOutput(dir, "sitemap.xml");
    const articles = [...sitemap.matchAll(/<loc>[^<]*?\/(\d{4}\/\d\d\/\d\d\/[^<]+\/)<\/loc>/g)].map(([, url]) => url as string);
    sectionOf = new Map();
    for (const url of articles) {
      const page = await readOutput(dir, `${url}index.html`);
      const name = /"articleSection":"([^"]+)"/.exec(page)?.[1];
      sectionOf.set(url, settings.sections.find((section) => section.name === name)?.slug ?? "none");
    }
  }, 120_000);
  afterAll(() => removeSite(dir));

  it("puts every article in one section, the default where it names none", () => {
    expect(sectionOf.size).toBeGreaterThan(25);
    expect([...sectionOf.values()].filter((slug) => slug === "none")).toEqual([]);
    expect(sectionOf.get(COLUMN)).toBe("opinion");
    expect(sectionOf.get(REPORT)).toBe(settings.default);
  });

  it("gives each section a front listing exactly its articles, and a feed of them", async () => {
    for (const section of settings.sections) {
      const front = await readOutput(dir, `${section.slug}/index.html`);
      expect(front).toContain(`<span class="kicker">Section</span> ${section.name}</h1>`);
      // The front, then its numbered pages (/news/page/1/ holds the oldest), as many as there are.
      const pages = [front];
      for (let number = 1; ; number++) {
        const next = await readOutput(dir, `${section.slug}/page/${number}/index.html`).catch(() => undefined);
        if (next === undefined) break;
        pages.push(next);
      }
      const listed = [...new Set(pages.flatMap((html) => [...html.matchAll(/<h2[^>]*>\s*<a href="\/(\d{4}\/\d\d\/\d\d\/[^"]+\/)"/g)].map(([, url]) => url)))].sort();
      const members = [...sectionOf].filter(([, slug]) => slug === section.slug).map(([url]) => url).sort();
      expect(listed, section.slug).toEqual(members);
      const feed = await readOutput(dir, `${section.slug}/feed.xml`);
      assertWellFormedXml(feed, `${section.slug}/feed.xml`);
      const items = [...feed.matchAll(/<item>[\s\S]*?<link>[^<]*?\/(\d{4}\/\d\d\/\d\d\/[^<]+\/)<\/link>/g)].map(([, url]) => url).sort();
      expect(items, `${section.slug}/feed.xml`).toEqual(members);
    }
    const sitemap = await readOutput(dir, "sitemap.xml");
    for (const section of settings.sections) expect(sitemap).toContain(`/${section.slug}/</loc>`);
  });

  it("leads the front page with the stories the editors marked top, then a block per section, no article twice", async () => {
    const home = await readOutput(dir, "index.html");
    const top = /<section class="front-top"[\s\S]*?<\/section>/.exec(home)?.[0] ?? "";
    const linked = (html: string) => [...html.matchAll(/class="story__title"><a href="\/(\d{4}\/[^"]+\/)"/g)].map(([, url]) => url as string);
    // The sample marks three: the port strike (the newest of them) leads.
    expect(linked(top)[0]).toBe("2026/11/25/dock-workers-strike-at-ust-lomna-river-port-enters-its-second-week/");
    expect(linked(top)).toHaveLength(3);
    const blocks = [...home.matchAll(/<section class="front-section" aria-labelledby="front-([\w-]+)">([\s\S]*?)<\/section>/g)];
    expect(blocks.map(([, slug]) => slug)).toEqual(settings.sections.map((section) => section.slug));
    for (const [, slug, html] of blocks) for (const url of linked(html ?? "")) expect(sectionOf.get(url), url).toBe(slug);
    const everything = linked(home);
    expect(everything.length).toBeGreaterThan(20);
    expect(new Set(everything).size).toBe(everything.length);
  });

  it("lists the sections in the navigation, after the front page", async () => {
    const home = await readOutput(dir, "index.html");
    const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(home)?.[0] ?? "";
    const labels = [...nav.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, url, label]) => `${label} ${url}`);
    expect(labels.slice(0, 1 + settings.sections.length)).toEqual(["Front page /", ...settings.sections.map((s) => `${s.name} /${s.slug}/`)]);
  });

  it("marks opinion as opinion on the article page, in the lite edition, in feed items and to search engines", async () => {
    const opinion = settings.sections.find((section) => section.opinion);
    expect(opinion?.disclaimer).toBeTruthy();
    // Its last words, which no escaping changes (the page writes ' as &#39;, the feed escapes the page's HTML again).
    const disclaimer = (opinion?.disclaimer as string).split("'").at(-1) as string;
    expect(disclaimer.length).toBeGreaterThan(30);
    const page = await readOutput(dir, `${COLUMN}index.html`);
    expect(page).toContain(`<p class="opinion-label"><a href="/opinion/">${opinion?.name}</a></p>`);
    expect(page).toContain(disclaimer);
    expect(page).toContain('"@type":"OpinionNewsArticle"');
    const lite = await readOutput(dir, `lite/${COLUMN}index.html`);
    expect([lite.includes(`${opinion?.name}</a></p>`), lite.includes(disclaimer)]).toEqual([true, true]);
    for (const feed of ["feed.xml", "opinion/feed.xml"]) {
      const item = (await readOutput(dir, feed)).split("<item>").find((text) => text.includes(COLUMN)) ?? "";
      expect([feed, item.includes(disclaimer), item.includes(`<category>${opinion?.name}</category>`)]).toEqual([feed, true, true]);
    }
    // Reporting carries none of it.
    const report = await readOutput(dir, `${REPORT}index.html`);
    expect([report.includes("opinion-label"), report.includes(disclaimer), report.includes('"@type":"NewsArticle"')]).toEqual([false, false, true]);
    const reportItem = (await readOutput(dir, "feed.xml")).split("<item>").find((text) => text.includes(REPORT)) ?? "";
    expect(reportItem.includes(disclaimer)).toBe(false);
  });
});

describe("sections an editor gets wrong", () => {
  const fine = article({ title: "Fine", date: "2026-11-20T10:00:00+03:00" });

  it("names the file and the value of an unknown section, and writes nothing", async () => {
    const dir = await makeSite({ files: { "src/articles/a.md": article({ title: "Column", date: "2026-11-20T10:00:00+03:00", section: "sport" }) } });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('src/articles/a.md: section: "sport" is not a section: use one of news, opinion, business, culture');
    expect(existsSync(path.join(dir, "_site"))).toBe(false);
    await removeSite(dir);
  });

  it("names the file and field of a top story marked with anything but true or false", async () => {
    const dir = await makeSite({ files: { "src/articles/a.md": article({ title: "Breaking", date: "2026-11-20T10:00:00+03:00", top: "yes" }) } });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("src/articles/a.md: top: must be true or false");
    await removeSite(dir);
  });

  it("names the file, field and rule of a sections file that cannot work", async () => {
    const dir = await makeSite({ files: { "src/articles/a.md": fine } });
    const sections = { sections: [{ slug: "archive", name: "Archive", description: "Old things" }, { slug: "comment", name: "Comment", description: "Views", opinion: true }], default: "news" };
    await writeFile(path.join(dir, "_data/sections.json"), JSON.stringify(sections));
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    for (const line of [
      "_data/sections.json: sections.0.slug: is a path the site itself uses",
      "_data/sections.json: sections.1.disclaimer: an opinion section needs its disclaimer",
      '_data/sections.json: default: "news" is not one of the sections (archive, comment)',
    ]) expect(result.stderr).toContain(line);
    await removeSite(dir);
  });

  it("builds a site without sections as before: no fronts, no section in the navigation", async () => {
    const dir = await makeSite({ files: { "src/articles/a.md": fine } });
    await rm(path.join(dir, "_data/sections.json"));
    await buildOk(dir);
    const home = await readOutput(dir, "index.html");
    expect(home).not.toContain('href="/news/"');
    await expect(readOutput(dir, "news/index.html")).rejects.toThrow();
    await removeSite(dir);
  });
});
