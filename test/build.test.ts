// Builds small fixture sites with the real config and checks what readers and
// editors would notice: bad input stops the build with every problem listed,
// tags merge, escaping holds, drafts and future articles stay out.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, buildOk, buildSite, listOutput, makeSite, readOutput, removeSite } from "./helpers/site.ts";

const sites: string[] = [];
async function site(files: Record<string, string>): Promise<string> {
  const dir = await makeSite({ files });
  sites.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(sites.map(removeSite));
});

describe("bad input", () => {
  it("exits non-zero, lists every problem as path: field: message, and writes nothing", async () => {
    const dir = await site({
      "src/articles/no-title.md": article({ date: "2026-11-20" }),
      "src/articles/bad-date.md": article({ title: "Bad date", date: "last Tuesday" }),
      "src/articles/tags-not-list.md": article({ title: "Tags", date: "2026-11-20", tags: "Politics" }),
      "src/articles/image-no-alt.md": article({ title: "Image", date: "2026-11-20", image: "\n  src: /images/x.svg" }),
      "src/articles/fine.md": article({ title: "Fine", date: "2026-11-20" }),
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    const output = result.stderr + result.stdout;
    expect(output).toContain("src/articles/no-title.md: title: is required");
    expect(output).toContain('src/articles/bad-date.md: date: "last Tuesday" is not a date');
    expect(output).toContain("src/articles/tags-not-list.md: tags: must be a list");
    expect(output).toContain("src/articles/image-no-alt.md: image.alt: is required");
    expect(output).toContain("found 4 problems and wrote nothing");
    expect(output).not.toMatch(/\n\s+at .*\.(js|ts):\d+/); // no stack trace
    expect(existsSync(path.join(dir, "_site"))).toBe(false);
  });

  it("names a missing lead image file and broken YAML", async () => {
    const dir = await site({
      "src/articles/missing-image.md": article({
        title: "Missing image",
        date: "2026-11-20",
        image: "\n  src: /images/nowhere.svg\n  alt: Nothing",
      }),
      "src/articles/broken-yaml.md": "---\ntitle: [unclosed\ndate: 2026-11-20\n---\nBody\n",
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("src/articles/missing-image.md: image.src: no image file at src/images/nowhere.svg");
    expect(result.stderr).toMatch(/src\/articles\/broken-yaml\.md: \(front matter\): .+/);
  });

  it("refuses two articles that would share a URL", async () => {
    const dir = await site({
      "src/articles/one.md": article({ title: "Same headline", date: "2026-11-20T10:00:00+03:00" }),
      "src/articles/two.md": article({ title: "Same headline", date: "2026-11-20T18:00:00+03:00" }),
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(
      "src/articles/two.md: slug: gives the URL /2026/11/20/same-headline/, already taken by src/articles/one.md",
    );
  });

  it("names the settings file and field when site settings are wrong", async () => {
    const dir = await site({});
    const settings = JSON.parse(await import("node:fs/promises").then((fs) => fs.readFile(path.join(dir, "_data/site.json"), "utf8")));
    settings.timezone = "Mars/Olympus";
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path.join(dir, "_data/site.json"), JSON.stringify(settings));
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("_data/site.json: timezone: is not an IANA timezone");
  });
});

describe("tags", () => {
  let dir: string;
  let output: string;
  beforeAll(async () => {
    dir = await site({
      "src/articles/a.md": article({ title: "A", date: "2026-11-01", tags: "[Exile, Курьёзы]" }),
      "src/articles/b.md": article({ title: "B", date: "2026-11-02", tags: '["exile ", "🔥"]' }),
      "src/articles/c.md": article({ title: "C", date: "2026-11-03", tags: '["  EXILE", "中国", "Rock & Roll"]' }),
      "src/articles/d.md": article({ title: "D", date: "2026-11-04", tags: '["rock and roll"]' }),
    });
    const result = await buildSite(dir);
    expect(result.code, result.stderr).toBe(0);
    output = result.stdout + result.stderr;
  });

  it("gives names that differ in case or spacing one page, with the count of all", async () => {
    const page = await readOutput(dir, "tags/exile/index.html");
    expect(page).toContain("3 articles");
    expect(page.match(/class="story__title"/g)).toHaveLength(3);
    const files = await listOutput(dir);
    expect(files.filter((f) => /^tags\/exile/i.test(f))).toEqual(["tags/exile/feed.xml", "tags/exile/index.html"]);
  });

  it("keeps different names apart when their slugs collide, the first published keeping the slug, and says so", async () => {
    // "Rock & Roll" (3 November) came before "rock and roll" (4 November).
    expect(await readOutput(dir, "tags/rock-and-roll/index.html")).toContain("Rock &amp; Roll</h1>");
    const files = await listOutput(dir);
    const other = files.find((f) => /^tags\/rock-and-roll-[0-9a-f]{8}\/index\.html$/.test(f)) ?? "missing";
    expect(await readOutput(dir, other)).toContain("rock and roll</h1>");
    expect(output).toMatch(/names that make the same URL[^\n]*\n  Rock & Roll \(\/tags\/rock-and-roll\/\), rock and roll \(\/tags\/rock-and-roll-[0-9a-f]{8}\/\)/);
  });

  it("gives emoji, CJK and Cyrillic tags readable, working pages, listed in the tag index", async () => {
    const index = await readOutput(dir, "tags/index.html");
    for (const name of ["🔥", "中国", "Курьёзы"]) {
      const href = new RegExp(`<a href="(/tags/[^"/]+/)">${name}</a>`).exec(index)?.[1] ?? "missing";
      expect(href, `link to ${name}`).not.toMatch(/tag-[0-9a-f]{8}/);
      expect(await readOutput(dir, `${decodeURI(href)}index.html`)).toContain(`${name}</h1>`);
    }
    expect(index).toContain('<a href="/tags/kuryozy/">Курьёзы</a>');
    expect(index).toContain('<a href="/tags/%E4%B8%AD%E5%9B%BD/">中国</a>');
    expect(await readOutput(dir, "sitemap.xml")).toContain("<loc>https://ostrov-dispatch.example/tags/%E4%B8%AD%E5%9B%BD/</loc>");
  });
});

describe("escaping", () => {
  const title = `Ministers & "friends": <b>bold</b> claims it's fine`;
  let dir: string;
  beforeAll(async () => {
    dir = await site({
      "src/articles/a.md": article({
        title: JSON.stringify(title),
        date: "2026-11-20",
        author: JSON.stringify(`O'Brien & <Sons>`),
        tags: JSON.stringify([`Q&A "live" <now>`]),
      }),
    });
    await buildOk(dir);
  });

  it("escapes headline, byline and tag in HTML text and attributes", async () => {
    const files = await listOutput(dir);
    const articleFile = files.find((f) => f.startsWith("2026/11/20/"));
    const page = await readOutput(dir, articleFile ?? "missing");
    // Headlines get curly quotes like the body; names and tags are printed as written.
    expect(page).toContain("<title>Ministers &amp; “friends”: &lt;b&gt;bold&lt;/b&gt; claims it’s fine — ");
    expect(page).toContain('<h1 class="article__title">Ministers &amp; “friends”: &lt;b&gt;bold&lt;/b&gt;');
    expect(page).toContain("O&#39;Brien &amp; &lt;Sons&gt;");
    expect(page).toContain('title="Ostrov Dispatch: Q&amp;A &quot;live&quot; &lt;now&gt;"');
    expect(page).toContain('<p class="kicker"><a href="/tags/q-and-a-live-now/" data-pagefind-meta="kicker">Q&amp;A &quot;live&quot; &lt;now&gt;</a></p>');
    expect(page).not.toContain("<b>bold</b>");
  });

  it("escapes them in the feed", async () => {
    const feed = await readOutput(dir, "feed.xml");
    expect(feed).toContain("<title>Ministers &amp; “friends”: &lt;b&gt;bold&lt;/b&gt; claims it’s fine</title>");
    expect(feed).toContain("<dc:creator>O&#39;Brien &amp; &lt;Sons&gt;</dc:creator>");
    expect(feed).toContain("<category>Q&amp;A &quot;live&quot; &lt;now&gt;</category>");
  });
});

describe("drafts and scheduled articles", () => {
  const files = {
    "src/articles/live.md": article({ title: "Live story", date: "2026-11-20", tags: "[Courts]" }),
    "src/articles/draft.md": article({ title: "Secret draft", date: "2026-11-21", tags: "[Courts, Drafty]", draft: "true" }),
    "src/articles/future.md": article({ title: "Future story", date: "2026-12-01T09:00:00+03:00", tags: "[Courts]" }),
  };

  it("leaves them out of every page, list, feed, tag count and the sitemap in production", async () => {
    const dir = await site(files);
    await buildOk(dir);
    const outputs = await listOutput(dir);
    expect(outputs.some((f) => f.includes("secret-draft") || f.includes("future-story"))).toBe(false);
    expect(outputs.some((f) => f.startsWith("tags/drafty"))).toBe(false);
    const texts = await Promise.all(outputs.filter((f) => /\.(html|xml)$/.test(f)).map((f) => readOutput(dir, f)));
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) {
      for (const hidden of ["Secret draft", "secret-draft", "Future story", "future-story", "Drafty"]) {
        expect(text).not.toContain(hidden);
      }
    }
    expect(await readOutput(dir, "tags/courts/index.html")).toContain("1 article ");
    expect(await readOutput(dir, "sitemap.xml")).toContain(
      "<url><loc>https://ostrov-dispatch.example/2026/11/20/live-story/</loc><lastmod>2026-11-20T00:00:00+03:00</lastmod></url>",
    );
  });

  it("publishes a scheduled article on the first build after its time", async () => {
    const dir = await site(files);
    await buildOk(dir, { BROADSIDE_NOW: "2026-12-01T09:01:00+03:00" });
    const feed = await readOutput(dir, "feed.xml");
    expect(feed).toContain("Future story");
    expect(feed).not.toContain("Secret draft");
  });

  it("shows drafts and scheduled articles, marked, in preview builds", async () => {
    const dir = await site(files);
    await buildOk(dir, { BROADSIDE_MODE: "preview" });
    const draft = await readOutput(dir, "2026/11/21/secret-draft/index.html");
    expect(draft).toContain("Draft: not published");
    expect(await readOutput(dir, "2026/12/01/future-story/index.html")).toContain("Scheduled: not yet published");
    expect(await readOutput(dir, "archive/index.html")).toMatch(/<span class="status-badge">Draft<\/span> Secret draft/);
  });
});

describe("dates and URLs", () => {
  it("forms URLs from the date in the site's timezone", async () => {
    const dir = await site({
      // 22:30 UTC on the 20th is 01:30 on the 21st in Moscow.
      "src/articles/late.md": article({ title: "Late night", date: "2026-11-20T22:30:00Z" }),
      // A bare date is midnight in Moscow, still the 20th.
      "src/articles/bare.md": article({ title: "Bare date", date: "2026-11-20", updated: "2026-11-22T08:15:00+01:00" }),
    });
    await buildOk(dir, { TZ: "America/Los_Angeles" });
    const outputs = await listOutput(dir);
    expect(outputs).toContain("2026/11/21/late-night/index.html");
    expect(outputs).toContain("2026/11/20/bare-date/index.html");
    const page = await readOutput(dir, "2026/11/21/late-night/index.html");
    expect(page).toContain('<time datetime="2026-11-21T01:30:00+03:00" data-pagefind-meta="date">21 November 2026, 01:30</time> Moscow time');
    expect(page).not.toContain("Updated");
    const updated = await readOutput(dir, "2026/11/20/bare-date/index.html");
    expect(updated).toContain('Updated <time datetime="2026-11-22T10:15:00+03:00">22 November 2026, 10:15</time>');
  });
});

describe("pagination", () => {
  it("shows the newest 20 at the front and numbers whole pages of 20 from the oldest", async () => {
    const files: Record<string, string> = {};
    for (let day = 1; day <= 45; day++) {
      const date = `2026-10-${String(((day - 1) % 30) + 1).padStart(2, "0")}T${String(Math.floor((day - 1) / 30) + 10)}:00:00+03:00`;
      files[`src/articles/story-${day}.md`] = article({ title: `Story ${day}`, date, tags: "[Big]" });
    }
    const dir = await site(files);
    await buildOk(dir);
    const outputs = await listOutput(dir);
    const titles = (page: string) => [...page.matchAll(/<h2 class="story__title"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    for (const base of ["archive", "tags/big"]) {
      expect(outputs.filter((f) => f.startsWith(`${base}/`) && f.endsWith("index.html")).sort()).toEqual([
        `${base}/index.html`,
        `${base}/page/1/index.html`,
        `${base}/page/2/index.html`,
      ]);
      const front = await readOutput(dir, `${base}/index.html`);
      const oldest = await readOutput(dir, `${base}/page/1/index.html`);
      expect(titles(front)).toHaveLength(20);
      expect(titles(oldest)).toHaveLength(20);
      expect(front).toContain('<ol class="story-list" reversed start="45">');
      expect(oldest).toContain('<ol class="story-list" reversed start="20">');
      expect(oldest).toContain(`<a class="pagination__prev" rel="prev" href="/${base}/page/2/">`);
      expect(front).toContain(`<a class="pagination__next" rel="next" href="/${base}/page/2/">`);
      // Stories 1 to 30 are dated 1 to 30 October at 10:00, stories 31 to 45 on 1 to 15 October at 11:00.
      expect(titles(front)[0]).toBe("Story 30");
      expect([titles(oldest)[0], titles(oldest).at(-1)]).toEqual(["Story 40", "Story 1"]);
    }
  });
});

describe("the sample outlet", () => {
  it("builds byte-identical output on every build, under any machine timezone", async () => {
    const utc = await makeSite({ withSampleContent: true });
    const pacific = await makeSite({ withSampleContent: true });
    sites.push(utc, pacific);
    await Promise.all([buildOk(utc, { TZ: "UTC" }), buildOk(pacific, { TZ: "America/Los_Angeles" })]);
    const files = await listOutput(utc);
    expect(await listOutput(pacific)).toEqual(files);
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      expect(await readOutput(pacific, file), file).toBe(await readOutput(utc, file));
    }
  });
});

describe("feeds", () => {
  const body = [
    "See [the earlier story](/2026/11/01/earlier/) and [the archive](../../../../archive/).",
    "",
    "![A chart](/images/chart.svg)",
    "",
    "Quoting [another site](https://example.org/report) as it is.",
  ].join("\n");
  const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';

  it("makes every URL inside content:encoded absolute, on the primary domain", async () => {
    const dir = await site({
      "src/articles/a.md": article({ title: "Links", date: "2026-11-20", tags: "[Data]" }, body),
      "src/images/chart.svg": chart,
    });
    await buildOk(dir);
    for (const feedFile of ["feed.xml", "tags/data/feed.xml"]) {
      const feed = await readOutput(dir, feedFile);
      const encoded = /<content:encoded>([\s\S]*?)<\/content:encoded>/.exec(feed)?.[1] ?? "";
      expect(encoded).toContain("href=&quot;https://ostrov-dispatch.example/2026/11/01/earlier/&quot;");
      expect(encoded).toContain("href=&quot;https://ostrov-dispatch.example/archive/&quot;");
      // Body images are served processed: every size and format, all absolute.
      expect(encoded).toMatch(/ src=&quot;https:\/\/ostrov-dispatch\.example\/img\/[\w-]+-\d+\.jpeg&quot;/);
      expect(encoded).toMatch(/srcset=&quot;https:\/\/ostrov-dispatch\.example\/img\/[\w-]+-\d+\.avif \d+w/);
      expect(encoded).toContain("href=&quot;https://example.org/report&quot;");
      expect(encoded).not.toMatch(/(href|src|srcset)=&quot;\//);
      expect(encoded).not.toMatch(/, \/img\//);
    }
  });

  it("keeps an item's guid when the headline, and with it the URL, is edited", async () => {
    const before = await site({ "src/articles/a.md": article({ title: "First headline", date: "2026-11-20" }) });
    const after = await site({ "src/articles/a.md": article({ title: "Corrected headline", date: "2026-11-20" }) });
    await Promise.all([buildOk(before), buildOk(after)]);
    const guidOf = (feed: string) => /<guid isPermaLink="false">([^<]+)<\/guid>/.exec(feed)?.[1];
    const [feedBefore, feedAfter] = await Promise.all([readOutput(before, "feed.xml"), readOutput(after, "feed.xml")]);
    expect(guidOf(feedBefore)).toBe("tag:ostrov-dispatch.example,2026-11-20:articles/a");
    expect(guidOf(feedAfter)).toBe(guidOf(feedBefore));
    expect(feedAfter).toContain("<link>https://ostrov-dispatch.example/2026/11/20/corrected-headline/</link>");
  });

  it("carries the lede, authors, tags and an RFC 822 date, and at most the newest 50 items", async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 55; i++) {
      const date = `2026-09-${String(Math.ceil(i / 2)).padStart(2, "0")}T${i % 2 ? "09" : "15"}:00:00+03:00`;
      files[`src/articles/s${i}.md`] = article(
        { title: `Story ${i}`, date, author: "[Anna Sokol, Marat Ilyasov]", tags: "[Courts, Exile]", summary: `Lede ${i}` },
      );
    }
    const dir = await site(files);
    await buildOk(dir);
    const feed = await readOutput(dir, "feed.xml");
    const items = feed.split("<item>").slice(1);
    expect(items).toHaveLength(50);
    expect(items[0]).toContain("<title>Story 55</title>");
    expect(items[0]).toContain("<description>Lede 55</description>");
    expect(items[0]).toContain("<pubDate>Mon, 28 Sep 2026 09:00:00 +0300</pubDate>");
    expect(items[0]).toContain("<dc:creator>Anna Sokol</dc:creator>\n<dc:creator>Marat Ilyasov</dc:creator>");
    expect(items[0]).toContain("<category>Courts</category>\n<category>Exile</category>");
    expect(items[49]).toContain("<title>Story 6</title>");
  });
});

describe("article page", () => {
  it("shows a given lede under the headline, and a derived one only once, in the body", async () => {
    const dir = await site({
      "src/articles/given.md": article({ title: "Given", date: "2026-11-20", summary: "The editor's lede." }, "First paragraph.\n"),
      "src/articles/derived.md": article({ title: "Derived", date: "2026-11-20" }, "First *paragraph*.\n\nSecond.\n"),
    });
    await buildOk(dir);
    const given = await readOutput(dir, "2026/11/20/given/index.html");
    expect(given).toContain('<p class="article__lede">The editor’s lede.</p>');
    const derived = await readOutput(dir, "2026/11/20/derived/index.html");
    expect(derived).not.toContain("article__lede");
    expect(derived.match(/First <em>paragraph<\/em>\./g)).toHaveLength(1);
    // Lists and meta descriptions still get the derived lede, as plain text.
    expect(derived).toContain('<meta name="description" content="First paragraph.">');
    expect(await readOutput(dir, "archive/index.html")).toContain('<p class="story__summary">First paragraph.</p>');
  });
});

describe("what a push changes", () => {
  it("editing one article's body changes only its pages and the feeds that carry it (site, section, tags, author)", async () => {
    const before = await makeSite({ withSampleContent: true });
    const after = await makeSite({ withSampleContent: true });
    sites.push(before, after);
    const file = "src/articles/2026/river-port-strike-enters-second-week.md";
    const { readFile, writeFile } = await import("node:fs/promises");
    const source = await readFile(path.join(after, file), "utf8");
    const edited = source.replace("would take weeks to clear", "would take at least three weeks to clear");
    expect(edited).not.toBe(source);
    await writeFile(path.join(after, file), edited);
    await Promise.all([buildOk(before), buildOk(after)]);

    const filesBefore = await listOutput(before);
    const filesAfter = await listOutput(after);
    const changed: string[] = [];
    for (const output of new Set([...filesBefore, ...filesAfter])) {
      const inBoth = filesBefore.includes(output) && filesAfter.includes(output);
      if (!inBoth || (await readOutput(before, output)) !== (await readOutput(after, output))) changed.push(output);
    }
    // The search index changes too, but only in the parts that hold this article:
    // its fragment (renamed by content hash), the index chunks and metadata that point to it.
    const search = changed.filter((f) => f.startsWith("pagefind/"));
    expect(search.filter((f) => f.startsWith("pagefind/fragment/"))).toHaveLength(2);
    for (const file of search) expect(file).toMatch(/^pagefind\/(fragment\/|index\/|pagefind\.\w+\.pf_meta$|pagefind-entry\.json$)/);
    expect(changed.filter((f) => !f.startsWith("pagefind/"))).toEqual([
      "2026/11/25/dock-workers-strike-at-ust-lomna-river-port-enters-its-second-week/index.html",
      "authors/marat-ilyasov/feed.xml",
      "business/feed.xml",
      "feed.xml",
      "lite/2026/11/25/dock-workers-strike-at-ust-lomna-river-port-enters-its-second-week/index.html",
      "tags/economy/feed.xml",
      "tags/politics/feed.xml",
      "tags/protest/feed.xml",
      "tags/regions/feed.xml",
      "tags/sever/feed.xml",
    ]);
  });
});

describe("publishing a new article", () => {
  it("rewrites no older article's page and no numbered list page", async () => {
    const before = await makeSite({ withSampleContent: true });
    const after = await makeSite({
      withSampleContent: true,
      files: {
        "src/articles/2026/breaking.md": article(
          { title: JSON.stringify("Breaking: port strike spreads to Severoplavsk"), date: "2026-11-26T22:00:00+03:00", tags: "[Economy, Regions, Protest, Север, Politics]" },
          "Dock workers in a second city have walked out.\n",
        ),
      },
    });
    sites.push(before, after);
    await Promise.all([buildOk(before), buildOk(after)]);
    const articlePages = (files: string[]) => files.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    const older = articlePages(await listOutput(before));
    expect(older.length).toBeGreaterThan(25);
    // Numbered list pages hold whole pages counted from the oldest: they do not move either.
    const numbered = (await listOutput(before)).filter((f) => /\/page\/\d+\/index\.html$/.test(f));
    expect(numbered).toContain("archive/page/1/index.html");
    const changed: string[] = [];
    for (const file of [...older, ...numbered]) if ((await readOutput(before, file)) !== (await readOutput(after, file))) changed.push(file);
    expect(changed).toEqual([]);
    // The new article's own Read more does relate: it shares the strike story's topics.
    expect(await readOutput(after, "2026/11/26/breaking-port-strike-spreads-to-severoplavsk/index.html")).toContain(
      "Dock workers’ strike at Ust-Lomna river port enters its second week",
    );
  });
});

describe("lite edition", () => {
  it("gives every article a text-only page under 15 KB: no image, script or stylesheet to fetch", async () => {
    const dir = await makeSite({ withSampleContent: true });
    sites.push(dir);
    await buildOk(dir);
    const outputs = await listOutput(dir);
    const dated = outputs.filter((f) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(f));
    // Old URLs (aliases) sit among the dated paths too; they are redirect pages, not articles.
    const pages = await Promise.all(dated.map((f) => readOutput(dir, f)));
    const articles = dated.filter((_, i) => pages[i]?.includes('<body class="page-article">'));
    const lite = outputs.filter((f) => f.startsWith("lite/") && f !== "lite/index.html");
    expect(articles.length).toBeGreaterThan(20);
    expect(lite.sort()).toEqual(articles.map((f) => `lite/${f}`).sort());
    for (const file of lite) {
      const page = await readOutput(dir, file);
      expect(Buffer.byteLength(page), file).toBeLessThan(15 * 1024);
      expect(page).not.toMatch(/<img|<script|<link rel="stylesheet"|<iframe|<picture|<video/);
      const full = file.slice("lite".length, -"index.html".length);
      expect(page).toContain(`<a href="${full}">Full version</a>`);
      expect(await readOutput(dir, `${full.slice(1)}index.html`)).toContain(`<a href="/${file.slice(0, -"index.html".length)}">Text-only version</a>`);
    }
  });

  it("replaces images with their alt text and leaves out embeds", async () => {
    const body = 'Text.\n\n![Barges at the quay](/images/quay.svg)\n\n<iframe src="https://video.example/embed/1"></iframe>\n\nMore text.\n';
    const dir = await site({
      "src/articles/a.md": article({ title: "With media", date: "2026-11-20" }, body),
      "src/images/quay.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="10"></svg>',
    });
    await buildOk(dir);
    const page = await readOutput(dir, "lite/2026/11/20/with-media/index.html");
    expect(page).toContain("[Image: Barges at the quay]");
    expect(page).toContain("More text.");
    expect(page).not.toContain("video.example");
    expect(page).not.toContain("quay.svg");
    expect(page).not.toContain("/img/");
  });
});

describe("corrections", () => {
  it("are shown dated at the end of the article, its lite edition and its feed item", async () => {
    const dir = await site({
      "src/articles/a.md": article({
        title: "Figures",
        date: "2026-11-20",
        corrections: '\n  - date: 2026-11-22\n    text: "The shortfall is 8%, not 11%."\n  - date: 2026-11-21T09:00:00+03:00\n    text: First fix.',
      }),
    });
    await buildOk(dir);
    const expected = [
      '<li><time datetime="2026-11-21T09:00:00+03:00">21 November 2026</time>: First fix.</li>',
      '<li><time datetime="2026-11-22T00:00:00+03:00">22 November 2026</time>: The shortfall is 8%, not 11%.</li>',
    ].join("\n");
    for (const file of ["2026/11/20/figures/index.html", "lite/2026/11/20/figures/index.html"]) {
      const page = await readOutput(dir, file);
      expect(page).toContain("<h2>Corrections</h2>");
      expect(page).toContain(expected);
    }
    const feed = await readOutput(dir, "feed.xml");
    expect(feed).toContain("&lt;time datetime=&quot;2026-11-22T00:00:00+03:00&quot;&gt;22 November 2026&lt;/time&gt;: The shortfall is 8%, not 11%.");
  });

  it("need a date and a text", async () => {
    const dir = await site({
      "src/articles/a.md": article({ title: "A", date: "2026-11-20", corrections: "\n  - date: someday\n    text: Fix.\n  - date: 2026-11-21" }),
    });
    const result = await buildSite(dir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('src/articles/a.md: corrections.1.text: is required');
    expect(result.stderr).toContain('src/articles/a.md: corrections.0.date: "someday" is not a date');
  });
});
