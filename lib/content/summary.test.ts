import { describe, expect, it } from "vitest";
import { createMarkdown } from "../render/markdown.ts";
import { firstParagraphText } from "./summary.ts";

const md = createMarkdown();

describe("firstParagraphText", () => {
  it("takes the first paragraph's text, past headings and images, without markup", () => {
    const body = '## Heading\n\n![Alt](/images/x.jpg)\n\nThe *regional* court, said "no".\nNext line.\n\nSecond.';
    expect(firstParagraphText(md, body)).toBe("The regional court, said “no”. Next line.");
  });

  it("finds it in a long article as in a short one, and resolves reference links", () => {
    const long = `First [link][ref] here.\n\n${"Filler paragraph.\n\n".repeat(400)}[ref]: /somewhere/\n`;
    expect(firstParagraphText(md, long)).toBe("First link here.");
    const longPlain = `First paragraph of a long one.\n\n${"Filler paragraph.\n\n".repeat(400)}`;
    expect(firstParagraphText(md, longPlain)).toBe("First paragraph of a long one.");
  });

  it("finds it after a long opening block, and when it is itself longer than the part parsed first", () => {
    const afterEmbed = `<figure>${"<p>A caption of an embed.</p>".repeat(50)}</figure>\n\nThe lede after the embed.\n\n${"Filler paragraph.\n\n".repeat(400)}`;
    expect(firstParagraphText(md, afterEmbed)).toBe("The lede after the embed.");
    const longFirst = `${"Many words. ".repeat(150)}\n\n${"Filler paragraph.\n\n".repeat(400)}`;
    expect(firstParagraphText(md, longFirst).startsWith("Many words. Many words.")).toBe(true);
  });

  it("shortens a very long first paragraph at a word, with an ellipsis", () => {
    const text = firstParagraphText(md, `${"word ".repeat(200)}end`);
    expect(text.length).toBeLessThanOrEqual(321);
    expect(text.endsWith("word…")).toBe(true);
  });
});
