import { describe, expect, it } from "vitest";
import { inlineImages } from "./inlineImages.ts";

describe("inlineImages", () => {
  it("finds markdown images with their alt text, titles and angle brackets allowed", () => {
    const body = 'Text ![A quay](/images/quay.jpg "At dawn") and ![](/images/empty.jpg)\n\n![Chart](</images/chart.png>)';
    expect(inlineImages(body)).toEqual([
      { alt: "A quay", src: "/images/quay.jpg" },
      { alt: "", src: "/images/empty.jpg" },
      { alt: "Chart", src: "/images/chart.png" },
    ]);
  });

  it("ignores examples inside fenced code", () => {
    expect(inlineImages("```md\n![Example](/images/none.jpg)\n```\n")).toEqual([]);
  });
});
