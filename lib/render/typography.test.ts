import { describe, expect, it } from "vitest";
import { smartText } from "./typography.ts";

describe("smartText", () => {
  it("curls quotes and apostrophes and sets dashes", () => {
    expect(smartText(`Dock workers' strike: "day 8" -- and counting`)).toBe("Dock workers’ strike: “day 8” – and counting");
  });

  it("leaves markdown and HTML as the text they are", () => {
    expect(smartText("<b>Bold</b> *claims* & [links](x) \\o/")).toBe("<b>Bold</b> *claims* & [links](x) \\o/");
  });
});

describe("smartText in the site's language", () => {
  it("uses the language's own quotation marks", () => {
    expect(smartText(`Суд назвал статью "экстремистской"`, "ru")).toBe("Суд назвал статью «экстремистской»");
    expect(smartText(`Er sagte "nein"`, "de-AT")).toBe("Er sagte „nein“");
    expect(smartText(`He said "no"`, "xx")).toBe("He said “no”");
  });
});
