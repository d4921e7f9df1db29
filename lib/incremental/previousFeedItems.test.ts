import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { feedEntry, sampleSite as site } from "../../test/helpers/feedEntries.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import type { SafeHtml } from "../render/html.ts";
import { rssFeed, rssItem } from "../render/rss.ts";
import { withPreviousItems } from "./previousFeedItems.ts";

const FEED = "/tags/river-port/feed.xml";
const channel = { title: "Topic", description: "Articles on a topic", pageUrl: "/tags/river-port/", feedUrl: FEED };
// A headline with characters the feed escapes.
const entry = (name: string) => feedEntry(name, `Story ${name} & its <sources>`);

const item = (e: Entry, body = `<p>Body of ${e.sourceKey}</p>`) => rssItem(e, site, body, new Map());

describe("feed items taken from the feed's previous file", () => {
  let outputDir: string;
  beforeEach(async () => {
    outputDir = await mkdtemp(path.join(tmpdir(), "broadside-feed-"));
  });
  afterEach(() => rm(outputDir, { recursive: true, force: true }));

  it("takes an unchanged article's item as the file has it and makes the others, in the feed's order", async () => {
    const [a, b, c] = [entry("a"), entry("b"), entry("c")] as [Entry, Entry, Entry];
    await mkdir(path.join(outputDir, "tags/river-port"), { recursive: true });
    // The previous file: as written, with a body the renderer would no longer give, to tell a taken item from a made one.
    await writeFile(path.join(outputDir, FEED.slice(1)), rssFeed(site, channel, a, [item(a, "<p>As published</p>"), item(b)]));
    const asked: string[][] = [];
    const make = async (entries: readonly Entry[]): Promise<SafeHtml[]> => {
      asked.push(entries.map((e) => e.sourceKey));
      return entries.map((e) => item(e));
    };
    // b changed since (its card is new): made again, as is c, which the file did not hold.
    const items = withPreviousItems(make, { outputDir, site, kept: (e) => e !== b });

    const taken = await items([c, a, b], FEED);
    expect(asked).toEqual([["articles/c", "articles/b"]]);
    expect(taken.map(String)).toEqual([item(c), item(a, "<p>As published</p>"), item(b)].map(String));
  });

  it("makes every item of a feed that had no file (a new topic)", async () => {
    const a = entry("a");
    const items = withPreviousItems(async (entries) => entries.map((e) => item(e)), { outputDir, site, kept: () => true });
    expect((await items([a], FEED)).map(String)).toEqual([String(item(a))]);
  });
});
