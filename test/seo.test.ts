// What search engines and news aggregators read: NewsArticle JSON-LD, Open Graph
// and Twitter tags, canonical links, sitemaps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, buildOk, listOutput, makeSite, readOutput, removeSite } from "./helpers/site.ts";

const sites: string[] = [];
afterAll(() => Promise.all(sites.map(removeSite)));

function jsonLd(page: string): Record<string, unknown> {
  const scripts = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]?.[1] ?? "");
}

describe("structured data on the sample outlet", () => {
  let dir: string;
  let articleFiles: string[];
  beforeAll(async () => {
    dir = await makeSite({
      withSampleContent: true,
      files: {
        "src/articles/nasty.md": article({
          title: JSON.stringify(`</script><script>alert("x")</script> & 'quotes' \u2028 line`),
          date: "2026-11-20",
          author: '["Anna Sokol", "A correspondent in Lomna"]',
        }),
      },
    });
    sites.push(dir);
    await buildOk(dir);
    const outputs = await listOutput(dir);
    const dated = outputs.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    const pages = await Promise.all(dated.map((f) => readOutput(dir, f)));
    articleFiles = dated.filter((_, i) => pages[i]?.includes('<body class="page-article">'));
  });

  it("gives every article NewsArticle JSON-LD that parses, with the fields Google reads (OpinionNewsArticle for opinion)", async () => {
    expect(articleFiles.length).toBeGreaterThan(25);
    for (const file of articleFiles) {
      const page = await readOutput(dir, file);
      const data = jsonLd(page);
      const title = /<h1 class="article__title">([^<]*)<\/h1>/.exec(page)?.[1];
      // Opinion is told apart from reporting: the sample's opinion section is the one whose fronts are under /opinion/.
      const opinion = /<header class="article__header">\s*<p class="opinion-label"><a href="\/opinion\/">/.test(page);
      expect(data["@type"], file).toBe(opinion ? "OpinionNewsArticle" : "NewsArticle");
      expect(typeof data.headline).toBe("string");
      expect(title).toBeDefined();
      expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
      expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(data.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": `https://ostrov-dispatch.example/${file.replace(/index\.html$/, "")}` });
      expect(Array.isArray(data.author) && data.author.length > 0).toBe(true);
      const publisher = data.publisher as { name: string; logo: { url: string } };
      expect(publisher.name).toBe("Ostrov Dispatch");
      expect(publisher.logo.url).toBe("https://ostrov-dispatch.example/images/logo.png");
    }
  });

  it("keeps a headline with </script>, quotes and line separators inside the JSON", async () => {
    const page = await readOutput(dir, articleFiles.find((f) => f.includes("script-alert")) ?? "missing");
    const data = jsonLd(page);
    expect(data.headline).toBe(`</script><script>alert(“x”)</script> & ‘quotes’ \u2028 line`);
    expect(page).not.toContain("<script>alert");
    expect(data.author).toEqual([
      { "@type": "Person", name: "Anna Sokol", url: "https://ostrov-dispatch.example/authors/anna-sokol/" },
      { "@type": "Person", name: "A correspondent in Lomna" },
    ]);
  });

  it("names the lead image, the later of updated and corrections, and the topics", async () => {
    const page = await readOutput(dir, "2026/11/23/grain-and-fuel-why-the-regions-harvest-figures-dont-add-up/index.html");
    const data = jsonLd(page);
    expect(data.image).toEqual([expect.stringMatching(/^https:\/\/ostrov-dispatch\.example\/img\/[\w-]+-1200\.jpeg$/)]);
    expect(data.dateModified).toBe("2026-11-24T10:00:00+03:00"); // the correction's date
    expect(data.keywords).toEqual(["Economy", "Regions", "Data", "Politics"]);
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toMatch(/<meta property="og:image" content="https:\/\/ostrov-dispatch\.example\/img\/[\w-]+-1200\.jpeg">/);
    expect(page).toContain('<meta property="og:image:width" content="1200">');
    expect(page).toContain('<meta property="article:published_time" content="2026-11-23T14:20:00+03:00">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain('<link rel="canonical" href="https://ostrov-dispatch.example/2026/11/23/grain-and-fuel-why-the-regions-harvest-figures-dont-add-up/">');
  });

  it("gives list pages their own: the front page a WebSite, archive, topics and authors a CollectionPage", async () => {
    expect(jsonLd(await readOutput(dir, "index.html"))["@type"]).toBe("WebSite");
    for (const file of ["archive/index.html", "archive/page/1/index.html", "tags/index.html", "tags/politics/index.html", "authors/anna-sokol/index.html"]) {
      const page = await readOutput(dir, file);
      const data = jsonLd(page);
      expect(data["@type"], file).toBe("CollectionPage");
      expect(data.url).toBe(`https://ostrov-dispatch.example/${file.replace(/index\.html$/, "")}`);
      expect(page).toContain('<meta property="og:type" content="website">');
      expect(page).toContain('<meta name="twitter:card" content="summary">');
    }
  });
});

describe("news sitemap", () => {
  it("holds exactly the articles of the last two days, with publication name and language", async () => {
    // The clock is 2026-11-27T12:00:00+03:00 in every fixture build.
    const dir = await makeSite({
      files: {
        "src/articles/hour.md": article({ title: "An hour ago", date: "2026-11-27T11:00:00+03:00" }),
        "src/articles/two-days.md": article({ title: "Two days less an hour", date: "2026-11-25T13:00:00+03:00" }),
        "src/articles/older.md": article({ title: "Two days and an hour", date: "2026-11-25T11:00:00+03:00" }),
        "src/articles/future.md": article({ title: "Tomorrow", date: "2026-11-28T09:00:00+03:00" }),
        "src/articles/draft.md": article({ title: "Draft", date: "2026-11-27T10:00:00+03:00", draft: "true" }),
      },
    });
    sites.push(dir);
    await buildOk(dir);
    const news = await readOutput(dir, "news-sitemap.xml");
    const titles = [...news.matchAll(/<news:title>([^<]+)<\/news:title>/g)].map((m) => m[1]);
    expect(titles).toEqual(["An hour ago", "Two days less an hour"]);
    expect(news).toContain(
      "<news:publication><news:name>Ostrov Dispatch</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-11-27T11:00:00+03:00</news:publication_date>",
    );
    const sitemap = await readOutput(dir, "sitemap.xml");
    expect(sitemap).toContain("<loc>https://ostrov-dispatch.example/2026/11/25/two-days-and-an-hour/</loc>");
    expect(sitemap).not.toContain("tomorrow");
    expect(await readOutput(dir, "robots.txt")).toContain("Sitemap: https://ostrov-dispatch.example/news-sitemap.xml");
  });
});
