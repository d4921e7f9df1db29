import { describe, expect, it } from "vitest";
import { feedEntry as entry, sampleSite as site } from "../../test/helpers/feedEntries.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import { feedItems } from "./feedItems.ts";

describe("feed items", () => {
  it("renders an article once for all the feeds that carry it, with absolute links", async () => {
    const [a, b, c] = [entry("a"), entry("b"), entry("c")] as [Entry, Entry, Entry];
    const rendered: string[] = [];
    const released: string[] = [];
    const bodies = {
      render: async (inputPath: string) => {
        rendered.push(inputPath);
        return `<p><a href="/tags/exile/">More</a> from ${inputPath}</p>`;
      },
      release: (inputPath: string) => void released.push(inputPath),
    };
    const items = feedItems({ site, images: new Map(), bodies, feeds: [[a, b], [a, c], [a]] });

    const [first] = await items([a, b], "/feed.xml");
    expect(String(first)).toContain("&lt;a href=&quot;https://ostrov-dispatch.example/tags/exile/&quot;&gt;");
    await items([a, c], "/tags/exile/feed.xml");
    await items([a], "/authors/anna-sokol/feed.xml");
    expect(rendered.sort()).toEqual([a.inputPath, b.inputPath, c.inputPath]);
    // Each body is let go once its item is made, so the pages' held copy can be freed.
    expect(released.sort()).toEqual([a.inputPath, b.inputPath, c.inputPath]);

    // Once every counted feed has taken it, the item is forgotten: asking again makes it again.
    await items([a], "/authors/anna-sokol/feed.xml");
    expect(rendered.filter((p) => p === a.inputPath)).toHaveLength(2);
  });
});
