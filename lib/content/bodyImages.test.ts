import { describe, expect, it } from "vitest";
import { createMarkdown } from "../render/markdown.ts";
import { bodyImages } from "./bodyImages.ts";

const md = createMarkdown();

describe("bodyImages", () => {
  it("finds inline, reference-style and raw HTML images, with their alt text", () => {
    const body = [
      'Text ![A quay](/images/quay.jpg "At dawn") and ![](/images/empty.jpg)',
      "",
      "![Chart][chart] and ![Фото](</images/фото.jpg>)",
      "",
      '<figure><img src="/images/raw.jpg" alt="Raw HTML"><img src="/images/no-alt.jpg"></figure>',
      "",
      'Inline <img src="/images/inline.png" alt="Inline">.',
      "",
      "[chart]: /images/chart.png",
    ].join("\n");
    expect(bodyImages(md, body)).toEqual([
      { src: "/images/quay.jpg", alt: "A quay", syntax: "markdown" },
      { src: "/images/empty.jpg", alt: "", syntax: "markdown" },
      { src: "/images/chart.png", alt: "Chart", syntax: "markdown" },
      { src: "/images/фото.jpg", alt: "Фото", syntax: "markdown" },
      { src: "/images/raw.jpg", alt: "Raw HTML", syntax: "html" },
      { src: "/images/no-alt.jpg", alt: undefined, syntax: "html" },
      { src: "/images/inline.png", alt: "Inline", syntax: "html" },
    ]);
  });

  it("ignores examples inside code", () => {
    expect(bodyImages(md, "```md\n![Example](/images/none.jpg)\n```\n\n`<img src=/images/x.jpg>`\n")).toEqual([]);
  });

  it("takes linear time on pathological input", () => {
    // The former regular expression took seconds on 20,000 repetitions of `![a`.
    const time = (n: number) => {
      const start = performance.now();
      bodyImages(md, "![a".repeat(n));
      return performance.now() - start;
    };
    time(2000); // warm up
    const small = Math.max(time(5000), 5);
    const large = time(40_000);
    expect(large).toBeLessThan(small * 8 * 3);
    expect(large).toBeLessThan(3000);
  });
});
