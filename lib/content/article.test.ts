import { describe, expect, it } from "vitest";
import { type ArticleContext, normalizeArticle } from "./article.ts";
import { formatProblem } from "./problems.ts";

const context: ArticleContext = {
  timezone: "Europe/Moscow",
  defaultAuthor: "Ostrov Dispatch",
  deriveSummary: (body) => `derived: ${body.trim()}`,
  findBodyImages: () => [],
  firstYear: 1995,
  language: "en",
  root: "/",
  editionRoots: ["/ru/"],
  sections: { slugs: [] },
};
const file = { inputPath: "./src/articles/a.md", sourceKey: "articles/a", displayPath: "src/articles/a.md" };

function problems(data: Record<string, unknown>): string[] {
  return normalizeArticle(file, data, "Body.", context).problems.map(formatProblem);
}

describe("normalizeArticle", () => {
  it("builds the URL from the date in the site's timezone and the title's slug", () => {
    const { article } = normalizeArticle(file, { title: "Port strike: day 8", date: "2026-11-20T22:30:00Z" }, "", context);
    expect(article?.url).toBe("/2026/11/21/port-strike-day-8/");
  });

  it("lets `slug` override the title's slug", () => {
    const { article } = normalizeArticle(file, { title: "A headline", date: "2026-11-20", slug: "kept-forever" }, "", context);
    expect(article?.url).toBe("/2026/11/20/kept-forever/");
  });

  it("accepts one author or several, and falls back to the outlet", () => {
    const one = normalizeArticle(file, { title: "T", date: "2026-11-20", author: "Anna Sokol" }, "", context);
    const two = normalizeArticle(file, { title: "T", date: "2026-11-20", author: ["A", "B"] }, "", context);
    const none = normalizeArticle(file, { title: "T", date: "2026-11-20" }, "", context);
    expect([one.article?.authors, two.article?.authors, none.article?.authors]).toEqual([
      ["Anna Sokol"],
      ["A", "B"],
      ["Ostrov Dispatch"],
    ]);
  });

  it("derives the summary from the body only when none is given", () => {
    expect(normalizeArticle(file, { title: "T", date: "2026-11-20" }, "First.", context).article?.summary).toBe(
      "derived: First.",
    );
    expect(
      normalizeArticle(file, { title: "T", date: "2026-11-20", summary: "Given." }, "First.", context).article?.summary,
    ).toBe("Given.");
  });

  it("reports every problem of a file at once, as path: field: what is wrong", () => {
    const list = problems({ date: "soon", tags: "Politics", image: { src: "/images/x.svg" }, draft: "yes" });
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^src\/articles\/a\.md: title: is required/),
        expect.stringMatching(/^src\/articles\/a\.md: tags: must be a list/),
        expect.stringMatching(/^src\/articles\/a\.md: image\.alt: is required/),
        expect.stringMatching(/^src\/articles\/a\.md: draft: must be true or false/),
        expect.stringMatching(/^src\/articles\/a\.md: date: "soon" is not a date/),
      ]),
    );
    expect(list).toHaveLength(5);
  });

  it("refuses images from other sites, which would reveal readers", () => {
    expect(problems({ title: "T", date: "2026-11-20", image: { src: "https://cdn.example/x.jpg", alt: "x" } })).toEqual([
      expect.stringMatching(/image\.src: https:\/\/cdn\.example\/x\.jpg is on another site/),
    ]);
  });

  it("refuses an `updated` earlier than `date`", () => {
    expect(problems({ title: "T", date: "2026-11-20", updated: "2026-11-19" })).toEqual([
      "src/articles/a.md: updated: is earlier than date",
    ]);
  });

  it("refuses a slug that is not URL-safe", () => {
    expect(problems({ title: "T", date: "2026-11-20", slug: "Not A Slug" })).toEqual([
      expect.stringMatching(/slug: must be lowercase letters/),
    ]);
  });

  it("refuses keys it does not know, naming the one the editor most likely meant", () => {
    const data = {
      title: "T",
      date: "2026-11-20",
      darft: true,
      Draft: true,
      authors: ["A"],
      tag: ["B"],
      sumary: "S",
      image: { src: "/images/a.jpg", alt: "A", captoin: "C" },
      corrections: [{ date: "2026-11-21", text: "Fixed.", note: "x" }],
      colour: "red",
    };
    expect(problems(data)).toEqual([
      "src/articles/a.md: darft: is not a known field: did you mean `draft`?",
      "src/articles/a.md: Draft: is not a known field: keys are lower case, write `draft`",
      "src/articles/a.md: authors: is not a known field: did you mean `author`?",
      "src/articles/a.md: tag: is not a known field: did you mean `tags`?",
      "src/articles/a.md: sumary: is not a known field: did you mean `summary`?",
      expect.stringMatching(/^src\/articles\/a\.md: colour: is not a known field \(known: title, date, /),
      "src/articles/a.md: image.captoin: is not a known field: did you mean `caption`?",
      expect.stringMatching(/^src\/articles\/a\.md: corrections\.0\.note: is not a known field \(known: date, text\)/),
    ]);
  });

  it("refuses characters that XML forbids anywhere in the front matter", () => {
    const data = { title: "Budget\u000b vote", date: "2026-11-20", image: { src: "/images/a.jpg", alt: "A", caption: "Ca\u0001p" } };
    expect(problems(data)).toEqual([
      expect.stringMatching(/^src\/articles\/a\.md: title: holds the invisible control character U\+000B/),
      expect.stringMatching(/^src\/articles\/a\.md: image\.caption: holds the invisible control character U\+0001/),
    ]);
  });

  it("cuts a long headline's slug at a word boundary and refuses a long explicit slug", () => {
    const title = "The regional court in Severoplavsk has once again postponed the hearing in the case of the dock workers' union leaders";
    const slug = normalizeArticle(file, { title, date: "2026-11-20" }, "", context).article?.slug ?? "";
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe("the-regional-court-in-severoplavsk-has-once-again-postponed-the-hearing-in-the");
    expect(problems({ title: "T", date: "2026-11-20", slug: "a".repeat(81) })).toEqual([
      expect.stringMatching(/slug: must be at most 80 characters/),
    ]);
  });

  it("refuses a date before the outlet's first year", () => {
    expect(problems({ title: "T", date: "1926-11-20" })).toEqual([
      "src/articles/a.md: date: 1926-11-20 is before 1995, the outlet's first year (firstYear in _data/site.json): a typo?",
    ]);
  });

  it("refuses aliases that are not plain paths on this site", () => {
    const bad = ["//evil.example/x/", "https://evil.example/x/", "/../../etc/", "/2026/./x/", "/", "/feed.xml", "/mirrors/", "/index.html", "/search/old/", "/pagefind-2019-2021/", "/a b/"];
    const found = problems({ title: "T", date: "2026-11-20", aliases: [...bad, "/2019/01/02/old-slug/", "/old-page.html"] });
    expect(found).toHaveLength(bad.length);
    bad.forEach((alias, index) => expect(found[index]).toMatch(new RegExp(`^src/articles/a\\.md: aliases\\.${index}: `)));
  });
});

describe("an article's section", () => {
  const valid = { title: "Port strike", date: "2026-11-25T10:00:00+03:00" };
  const desks = { ...context, sections: { slugs: ["news", "opinion"] } };
  const sectionOf = (data: Record<string, unknown>, withContext: ArticleContext) => {
    const result = normalizeArticle(file, data, "Body.", withContext);
    return result.article ? result.article.section : result.problems.map(formatProblem);
  };

  it("is the one it names, or the default, among those _data/sections.json declares", () => {
    expect(sectionOf({ ...valid, section: "opinion" }, desks)).toBe("opinion");
    expect(sectionOf(valid, { ...context, sections: { slugs: ["news", "opinion"], fallback: "news" } })).toBe("news");
    expect(sectionOf(valid, context)).toBeUndefined();
  });

  it("is an error naming the file and the value when unknown, missing without a default, or given on a site without sections", () => {
    expect(sectionOf({ ...valid, section: "sport" }, desks)).toEqual(['src/articles/a.md: section: "sport" is not a section: use one of news, opinion (_data/sections.json)']);
    expect(sectionOf(valid, desks)).toEqual(["src/articles/a.md: section: is missing: name one of news, opinion (or set a default in _data/sections.json)"]);
    expect(sectionOf({ ...valid, section: "news" }, context)).toEqual(['src/articles/a.md: section: "news": this site has no sections (_data/sections.json declares them)']);
    expect(sectionOf({ ...valid, section: "news", aliases: ["/opinion/old-column/", "/%6Fpinion/"] }, desks)).toEqual([
      'src/articles/a.md: aliases: "/opinion/old-column/" is under /opinion/, a section\'s front; an old article URL cannot replace it',
      'src/articles/a.md: aliases: "/%6Fpinion/" is under /opinion/, a section\'s front; an old article URL cannot replace it',
    ]);
  });
});
