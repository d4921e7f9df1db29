import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import type { Entry } from "../newsroom/newsroom.ts";
import type { SiteSettings } from "../site/settings.ts";
import { feedItems } from "./feedItems.ts";

const site = JSON.parse(readFileSync(new URL("../../_data/site.json", import.meta.url), "utf8")) as SiteSettings;

function entry(name: string): Entry {
  return {
    inputPath: `./src/articles/${name}.md`,
    sourceKey: `articles/${name}`,
    url: `/2026/11/27/${name}/`,
    title: `Story ${name}`,
    summary: "A lede.",
    published: DateTime.fromISO("2026-11-27T09:00:00+03:00", { setZone: true }),
    authors: ["Reporter"],
    tags: [],
    corrections: [],
  } as unknown as Entry;
}

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

    const [first] = await items([a, b]);
    expect(String(first)).toContain("&lt;a href=&quot;https://ostrov-dispatch.example/tags/exile/&quot;&gt;");
    await items([a, c]);
    await items([a]);
    expect(rendered.sort()).toEqual([a.inputPath, b.inputPath, c.inputPath]);
    // Each body is let go once its item is made, so the pages' held copy can be freed.
    expect(released.sort()).toEqual([a.inputPath, b.inputPath, c.inputPath]);

    // Once every counted feed has taken it, the item is forgotten: asking again makes it again.
    await items([a]);
    expect(rendered.filter((p) => p === a.inputPath)).toHaveLength(2);
  });
});
