import { describe, expect, it } from "vitest";
import { parseFrontMatterYaml, splitFrontMatter } from "./frontMatter.ts";

describe("front matter", () => {
  it("keeps dates as text, so the site's timezone decides what a bare date means", () => {
    expect(parseFrontMatterYaml("date: 2026-11-20\nupdated: 2026-11-20T10:00:00+03:00")).toEqual({
      date: "2026-11-20",
      updated: "2026-11-20T10:00:00+03:00",
    });
  });

  it("splits front matter from the body and notices a missing closing line", () => {
    expect(splitFrontMatter("---\ntitle: T\n---\n\nBody\n")).toEqual({ frontMatter: "title: T\n", body: "\nBody\n" });
    expect(splitFrontMatter("No front matter")).toEqual({ frontMatter: undefined, body: "No front matter" });
    expect(() => splitFrontMatter("---\ntitle: T\nBody")).toThrow(/no closing ---/);
  });

  it("refuses front matter that is not a list of fields", () => {
    expect(() => parseFrontMatterYaml("- a\n- b")).toThrow(/field: value/);
  });
});
