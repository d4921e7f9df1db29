import { describe, expect, it } from "vitest";
import { type ArticleContext, normalizeArticle } from "./article.ts";
import { formatProblem } from "./problems.ts";

const context: ArticleContext = {
  timezone: "Europe/Moscow",
  defaultAuthor: "Ostrov Dispatch",
  deriveSummary: (body) => `derived: ${body.trim()}`,
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
      expect.stringMatching(/image\.src: must be a path on this site/),
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
});
