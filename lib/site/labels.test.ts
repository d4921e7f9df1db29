// The label catalogue: what an edition's labels.json must hold, and how labels are filled in.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { html } from "../render/html.ts";
import { problemsFromZod } from "../content/problems.ts";
import { Labels, type LabelValues, labelsSchema } from "./labels.ts";

const english = JSON.parse(readFileSync(new URL("../../_data/labels.json", import.meta.url), "utf8")) as LabelValues;

function problemsOf(values: unknown, language = "en"): string[] {
  const result = labelsSchema(language, language).safeParse(values);
  return result.success ? [] : problemsFromZod("labels.json", result.error).map((p) => `${p.field}: ${p.message}`);
}

describe("an edition's labels", () => {
  it("accepts the sample's English labels", () => {
    expect(problemsOf(english)).toEqual([]);
  });

  it("names a missing label, a label the code does not know, and a placeholder it does not fill", () => {
    const { readMore: _readMore, ...withoutReadMore } = english;
    expect(problemsOf({ ...withoutReadMore, readMoar: "Read more", footerAbout: "{sit} is free." })).toEqual([
      "footerAbout: {sit} is not a placeholder of footerAbout: use {site}, {support}",
      "readMore: is missing from the en edition's labels (every edition needs every label)",
      "readMoar: is not a field Broadside knows: a typo?",
    ]);
  });

  it("asks for every plural form of the language: Russian has four", () => {
    const russian = { ...english, articleCount: { one: "{count} статья", other: "{count} статьи" } };
    expect(problemsOf(russian, "ru")).toContain("articleCount.few: is missing: ru needs the forms one, few, many, other");
    expect(problemsOf(russian, "ru")).toContain("articleCount.many: is missing: ru needs the forms one, few, many, other");
  });
});

describe("labels filled in", () => {
  const russian = new Labels("ru", {
    ...english,
    articleCount: { one: "{count} статья", few: "{count} статьи", many: "{count} статей", other: "{count} статьи" },
    byline: "Автор: {names}",
  });

  it("picks the plural form the count takes, and writes numbers the language's way", () => {
    expect([1, 3, 5, 21, 1500].map((n) => russian.count("articleCount", n))).toEqual(["1 статья", "3 статьи", "5 статей", "21 статья", "1\u00a0500 статей"]);
    const labels = new Labels("en", english);
    expect([1, 2, 1500].map((n) => labels.count("articleCount", n))).toEqual(["1 article", "2 articles", "1,500 articles"]);
  });

  it("escapes a label's own text and fills placeholders with markup", () => {
    const labels = new Labels("en", { ...english, movedText: "Moved <here>: {link}" });
    expect(labels.html("movedText", { link: html`<a href="/a/">${"A & B"}</a>` }).value).toBe('Moved &lt;here&gt;: <a href="/a/">A &amp; B</a>');
  });

  it("joins names the language's way", () => {
    const names = ["Анна", "Марат", "Дарья"].map((name) => html`<b>${name}</b>`);
    expect(russian.html("byline", { names: russian.list(names) }).value).toBe("Автор: <b>Анна</b>, <b>Марат</b> и <b>Дарья</b>");
  });
});
