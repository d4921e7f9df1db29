import { describe, expect, it } from "vitest";
import { absoluteUrls } from "./absoluteUrls.ts";

const PAGE = "https://ostrov-dispatch.example/2026/11/20/story/";

describe("absoluteUrls", () => {
  it("resolves root-relative, relative and srcset URLs against the page", async () => {
    const html = '<a href="/archive/">a</a><a href="../other/">b</a><img src="chart.svg" srcset="/x-1.png 1x, /x-2.png 2x">';
    expect(await absoluteUrls(html, PAGE)).toBe(
      '<a href="https://ostrov-dispatch.example/archive/">a</a>' +
        '<a href="https://ostrov-dispatch.example/2026/11/20/other/">b</a>' +
        '<img src="https://ostrov-dispatch.example/2026/11/20/story/chart.svg" srcset="https://ostrov-dispatch.example/x-1.png 1x, https://ostrov-dispatch.example/x-2.png 2x">',
    );
  });

  it("leaves absolute URLs and other schemes alone", async () => {
    const html = '<a href="https://example.org/r">x</a><a href="mailto:tips@ostrov-dispatch.example">y</a>';
    expect(await absoluteUrls(html, PAGE)).toBe(html);
  });
});
