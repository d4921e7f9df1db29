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
