import { describe, expect, it } from "vitest";
import { liteHtml } from "./liteHtml.ts";

describe("liteHtml", () => {
  it("turns images into their alt text and drops media, embeds and scripts", async () => {
    const html =
      '<p>Before <img src="/images/a.jpg" alt="A flooded street"> after <img src="/x.gif" alt=""></p>' +
      '<iframe src="https://video.example/1"></iframe><script>track()</script>' +
      '<figure><picture><source srcset="/a.avif"><img src="/a.jpg" alt="Silos"></picture><figcaption>Silos in the south.</figcaption></figure>';
    expect(await liteHtml(html)).toBe(
      '<p>Before <span class="image-alt">[Image: A flooded street]</span> after </p>' +
        '<figure><span class="image-alt">[Image: Silos]</span><figcaption>Silos in the south.</figcaption></figure>',
    );
  });

  it("keeps text, links and quotes, without inline styles or handlers", async () => {
    const html = '<blockquote style="color:red" onclick="x()"><p>“Quote” <a href="/a/">link</a></p></blockquote>';
    expect(await liteHtml(html)).toBe('<blockquote><p>“Quote” <a href="/a/">link</a></p></blockquote>');
  });
});
