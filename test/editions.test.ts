// Editions: the sample outlet's Russian edition at /ru/, with every page of its
// own and every word from _data/ru/; translations linked both ways with hreflang;
// and what an editor can get wrong.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import posthtml from "posthtml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, buildOk, buildSite, listOutput, makeSite, oneEdition, readOutput, removeSite } from "./helpers/site.ts";
import { assertWellFormedXml } from "./helpers/xml.ts";

type Node = string | { tag?: string; attrs?: Record<string, string | boolean>; content?: Node[] };

/** What a reader sees or hears of a page: its text and the labels screen readers read, leaving out what `skip` says. */
async function readerText(page: string, skip: (attrs: Record<string, string | boolean>) => boolean): Promise<string[]> {
  const { tree } = await posthtml().process(page);
  const said: string[] = [];
  const walk = (nodes: readonly Node[] | undefined, hidden: boolean) => {
    for (const node of nodes ?? []) {
      if (typeof node === "string") {
        if (!hidden) said.push(node);
        continue;
      }
      const attrs = node.attrs ?? {};
      // Scripts, styles and structured data are not read; the search page's words for its script are (below).
      const silent = hidden || ["script", "style"].includes(node.tag ?? "") || skip(attrs);
      if (!silent) for (const name of ["aria-label", "title", "alt", "placeholder", "content", "data-search-labels"]) {
        const value = attrs[name];
        if (typeof value === "string") said.push(value);
      }
      walk(node.content, silent);
    }
  };
  walk(tree as unknown as Node[], false);
  return said.map((text) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
}

/** The English words of a label: its text between placeholders, whole phrases only (a word alone may be a name). */
function englishPhrases(labels: Record<string, string | Record<string, string>>, russian: Record<string, unknown>): string[] {
  const russianText = JSON.stringify(russian);
  return Object.values(labels)
    .flatMap((value) => (typeof value === "string" ? [value] : Object.values(value)))
    .flatMap((text) => text.split(/\{[a-zA-Z]+\}/))
    .map((part) => part.trim().replace(/^[\s.,:;()→←·“”]+|[\s.,:;()→←·“”]+$/g, ""))
    // At least two letters of the Latin alphabet; the same in the Russian labels (Tor Browser) is not English on a Russian page.
    .filter((part) => /[A-Za-z]{2}/.test(part) && !russianText.includes(part));
}

describe("the sample outlet's Russian edition", () => {
  let dir: string;
  let files: string[];
  let report: string;

  beforeAll(async () => {
    dir = await makeSite({ withSampleContent: true });
    const result = await buildSite(dir);
    if (result.code !== 0) throw new Error(result.stderr);
    report = result.stdout;
    files = await listOutput(dir);
  }, 180_000);
  afterAll(() => removeSite(dir));

  it("has its own front, archive, sections, topics, authors, feeds, text-only edition, search index and sitemaps under /ru/", async () => {
    for (const file of [
      "ru/index.html",
      "ru/archive/index.html",
      "ru/opinion/index.html",
      "ru/opinion/feed.xml",
      "ru/tags/index.html",
      "ru/tags/ekonomika/index.html",
      "ru/authors/index.html",
      "ru/authors/anna-sokol/index.html",
      "ru/authors/anna-sokol/feed.xml",
      "ru/feed.xml",
      "ru/lite/index.html",
      "ru/lite/2026/11/25/zabastovka-v-portu-ust-lomny/index.html",
      "ru/search/index.html",
      "ru/pagefind/pagefind.js",
      "ru/sitemap.xml",
      "ru/news-sitemap.xml",
      "ru/404.html",
    ]) expect(files).toContain(file);
    // The build says how many articles each edition published.
    expect(report).toMatch(/published \d+ articles \(\d+ in en, 8 in ru\)/);
    // The feed carries the Russian articles, and says they are Russian.
    const feed = await readOutput(dir, "ru/feed.xml");
    assertWellFormedXml(feed, "ru/feed.xml");
    expect(feed).toContain("<language>ru</language>");
    const links = feed.split("<item>").slice(1).map((item) => /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? "");
    expect(links.length).toBe(8);
    expect(links.every((url) => url.startsWith("https://ostrov-dispatch.example/ru/"))).toBe(true);
    // And the English feed carries none of them.
    expect(await readOutput(dir, "feed.xml")).not.toContain("/ru/");
    // Each edition's search index is in its own language (Pagefind's entry file names it).
    const entry = JSON.parse(await readOutput(dir, "ru/pagefind/pagefind-entry.json")) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(["ru"]);
    const english = JSON.parse(await readOutput(dir, "pagefind/pagefind-entry.json")) as { languages: Record<string, unknown> };
    expect(Object.keys(english.languages)).toEqual(["en"]);
    // Russian pages say they are Russian.
    expect(await readOutput(dir, "ru/archive/index.html")).toContain('<html lang="ru" dir="ltr">');
    expect(await readOutput(dir, "ru/lite/index.html")).toContain('<html lang="ru" dir="ltr">');
  });

  it("shows no English label on a Russian page: every word comes from _data/ru", async () => {
    const english = JSON.parse(await readFile(path.join(dir, "_data/labels.json"), "utf8")) as Record<string, string | Record<string, string>>;
    const russian = JSON.parse(await readFile(path.join(dir, "_data/ru/labels.json"), "utf8")) as Record<string, unknown>;
    const phrases = englishPhrases(english, russian);
    expect(phrases).toEqual(expect.arrayContaining(["Read more", "A message from", "How often would you like to give?", "Remind me later", "Skip to content"]));
    // Links to the English edition are in English on purpose, and say so (lang="en").
    const inEnglish = (attrs: Record<string, string | boolean>) => attrs.lang === "en";
    const pages = files.filter((file) => file.startsWith("ru/") && file.endsWith(".html") && !file.startsWith("ru/pagefind"));
    expect(pages.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const file of pages) {
      const text = (await readerText(await readOutput(dir, file), inEnglish)).join("\n");
      for (const phrase of phrases) if (text.includes(phrase)) found.push(`${file}: ${phrase}`);
    }
    expect(found).toEqual([]);
    // The same look at an English page finds them: the check can fail.
    const englishPage = (await readerText(await readOutput(dir, "2026/11/25/dock-workers-strike-at-ust-lomna-river-port-enters-its-second-week/index.html"), () => false)).join("\n");
    expect(phrases.filter((phrase) => englishPage.includes(phrase))).toEqual(expect.arrayContaining(["Read more", "A message from", "Remind me later"]));
  });

  it("links each translation both ways, with hreflang alternates in the pages and the sitemaps", async () => {
    const sitemapPairs = async (file: string) => {
      const xml = await readOutput(dir, file);
      assertWellFormedXml(xml, file);
      const pairs: string[] = [];
      for (const [, url, links] of xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>[^<]*<\/lastmod>)?((?:<xhtml:link [^>]+>)*)<\/url>/g)) {
        for (const [, language, href] of (links ?? "").matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)) pairs.push(`${url} ${language} ${href}`);
      }
      return pairs;
    };
    const english = await sitemapPairs("sitemap.xml");
    const russian = await sitemapPairs("ru/sitemap.xml");
    const articleUrl = /\/\d{4}\/\d\d\/\d\d\//;
    const translated = russian.filter((pair) => articleUrl.test(pair) && pair.includes(" en "));
    // Five Russian articles are translations; one names its English original only from the English side.
    expect(translated.length).toBe(5);
    for (const pair of translated) {
      const [ru, , en] = pair.split(" ") as [string, string, string];
      expect(english).toContain(`${en} ru ${ru}`);
      expect(english).toContain(`${en} en ${en}`);
      expect(russian).toContain(`${ru} ru ${ru}`);
      // The pages say the same, and link each other for readers.
      const enPage = await readOutput(dir, `${new URL(en).pathname.slice(1)}index.html`);
      const ruPage = await readOutput(dir, `${new URL(ru).pathname.slice(1)}index.html`);
      expect(enPage).toContain(`<link rel="alternate" hreflang="ru" href="${ru}">`);
      expect(ruPage).toContain(`<link rel="alternate" hreflang="en" href="${en}">`);
      expect(enPage).toContain(`<a href="${new URL(ru).pathname}" hreflang="ru" lang="ru">Читать по-русски</a>`);
      expect(ruPage).toContain(`<a href="${new URL(en).pathname}" hreflang="en" lang="en">Read in English</a>`);
    }
    // Every hreflang is a language tag a search engine knows.
    for (const pair of [...english, ...russian]) expect(Intl.getCanonicalLocales(pair.split(" ")[1] as string)).toHaveLength(1);
    // A Russian article without a translation names no alternate.
    const untranslated = await readOutput(dir, "ru/2026/11/26/shtrafy-za-reposty/index.html");
    expect(untranslated).not.toContain('<link rel="alternate" hreflang');
  });

  it("writes dates, numbers, quotes, bylines and amounts the Russian way, and names staff in Russian", async () => {
    const page = await readOutput(dir, "ru/2026/11/12/obysk-v-knizhnom-magazine/index.html");
    expect(page).toContain("12 ноября 2026");
    expect(page).toContain("по московскому времени");
    expect(page).toContain("«экстремистские»");
    expect(page).toContain('Автор: <a class="byline__author" rel="author" href="/ru/authors/sofia-reyes/">София Рейес</a>');
    expect(page).toMatch(/for="support-amount-monthly-10">10\s€</);
    const authors = await readOutput(dir, "ru/authors/index.html");
    expect(authors).toContain("Анна Сокол");
    expect(authors).toMatch(/\d+ (статья|статьи|статей)/);
  });

  it("marks Russian opinion pieces with the Russian desk's label and disclaimer", async () => {
    const column = await readOutput(dir, "ru/2026/11/19/buhanka-hleba-ne-statistika/index.html");
    expect(column).toContain('<p class="opinion-label"><a href="/ru/opinion/">Мнения</a></p>');
    expect(column).toContain("Мнение автора может не совпадать с позицией редакции");
    expect(column).toContain('"@type":"OpinionNewsArticle"');
    const lite = await readOutput(dir, "ru/lite/2026/11/19/buhanka-hleba-ne-statistika/index.html");
    expect(lite).toContain("Мнение автора может не совпадать с позицией редакции");
    const item = (await readOutput(dir, "ru/feed.xml")).split("<item>").find((text) => text.includes("buhanka-hleba-ne-statistika")) ?? "";
    expect(item).toContain("<category>Мнения</category>");
    expect(item).toContain("Мнение автора может не совпадать с позицией редакции");
  });
});

describe("editions an editor gets wrong", () => {
  const fine = article({ title: "Fine", date: "2026-11-20T10:00:00+03:00" });

  it("names the edition, the key and the file of a missing label, and writes nothing", async () => {
    const dir = await makeSite({ files: { "src/articles/a.md": fine }, withEditions: true });
    const file = path.join(dir, "_data/ru/labels.json");
    const { readMore: _readMore, ...rest } = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    await writeFile(file, JSON.stringify(rest));
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("_data/ru/labels.json: readMore: is missing from the ru edition's labels");
    expect(existsSync(path.join(dir, "_site"))).toBe(false);
    await removeSite(dir);
  });

  it("names what an edition's own files lack: a section's name, a staff author's bio", async () => {
    const dir = await makeSite({ files: { "src/articles/a.md": fine }, withEditions: true });
    const sections = JSON.parse(await readFile(path.join(dir, "_data/ru/sections.json"), "utf8")) as Record<string, unknown>;
    delete sections.culture;
    await writeFile(path.join(dir, "_data/ru/sections.json"), JSON.stringify(sections));
    const authors = JSON.parse(await readFile(path.join(dir, "_data/ru/authors.json"), "utf8")) as Record<string, { bio?: string }>;
    delete authors["kirill-orlov"]?.bio;
    await writeFile(path.join(dir, "_data/ru/authors.json"), JSON.stringify(authors));
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("_data/ru/sections.json: culture: is missing from the ru edition");
    expect(result.stderr).toContain("_data/ru/authors.json: kirill-orlov.bio: is missing from the ru edition");
    await removeSite(dir);
  });

  it("names the file of a translation that names an article of its own edition; one that names no article is a warning", async () => {
    const dir = await makeSite({
      files: {
        "src/articles/a.md": article({ title: "Fine", date: "2026-11-20T10:00:00+03:00", translation: "/ru/2026/11/20/net-takogo/" }),
        "src/articles/b.md": article({ title: "Other", date: "2026-11-21T10:00:00+03:00", translation: "/2026/11/20/fine/" }),
      },
      withEditions: true,
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("src/articles/b.md: translation: /2026/11/20/fine/ is an article of the same edition (en)");
    // Taking down an article a translation names goes out in one push: the translation then links nowhere.
    await writeFile(path.join(dir, "src/articles/b.md"), article({ title: "Other", date: "2026-11-21T10:00:00+03:00" }));
    const taken = await buildSite(dir);
    expect(taken.code).toBe(0);
    expect(taken.stderr).toContain("src/articles/a.md: translation: /ru/2026/11/20/net-takogo/ is not the URL of an article (another edition's start with /ru/; deleted, or a typo?)");
    await removeSite(dir);
  });

  it("builds a site of one edition as before: nothing under /ru/, no alternates, no edition switch", async () => {
    const dir = await makeSite({ files: { "src/articles/a.md": fine }, withEditions: true });
    await oneEdition(dir);
    await buildOk(dir);
    const output = await listOutput(dir);
    expect(output.some((file) => file.startsWith("ru/"))).toBe(false);
    const home = await readOutput(dir, "index.html");
    expect(home).not.toContain("hreflang");
    expect(home).not.toContain("edition-switch");
    expect(await readOutput(dir, "sitemap.xml")).not.toContain("xhtml");
    await removeSite(dir);
  });
});
