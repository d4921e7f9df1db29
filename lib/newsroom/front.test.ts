import { describe, expect, it } from "vitest";
import { arrangeFront, type Entry, type SectionRef } from "./newsroom.ts";
import type { Settings } from "../site/settings.ts";

const section = (slug: string): SectionRef => ({ slug, name: slug, count: 0, url: `/${slug}/`, feedUrl: `/${slug}/feed.xml`, description: "", opinion: false });
const [news, opinion] = [section("news"), section("opinion")];
/** Articles newest first, as the newsroom holds them: `n3!` is a top story of the news desk. */
const entries = ["n1", "o1", "n2!", "n3", "o2", "n4", "o3!", "n5", "n6"].map(
  (name) => ({ url: `/${name}/`, section: name.startsWith("o") ? opinion : news, ...(name.endsWith("!") ? { top: true } : {}) }) as unknown as Entry,
);
const bySection = new Map([
  ["news", entries.filter((entry) => entry.section === news)],
  ["opinion", entries.filter((entry) => entry.section === opinion)],
]);
const site = { topStoryCount: 3, sectionStoryCount: 2, homeArticleCount: 3 } as Settings["site"];
const urls = (list: readonly Entry[]) => list.map((entry) => entry.url.slice(1, -1));

describe("the front page's arrangement", () => {
  it("leads with the editors' top stories, then each section's newest pieces, then the latest of the rest: no article twice", () => {
    const front = arrangeFront(entries, [news, opinion], bySection, site);
    expect(urls(front.top)).toEqual(["n2!", "o3!"]);
    expect(front.sections.map(({ section: s, entries: e }) => `${s.slug}: ${urls(e).join(" ")}`)).toEqual(["news: n1 n3", "opinion: o1 o2"]);
    expect(urls(front.latest)).toEqual(["n4", "n5", "n6"]);
  });

  it("leads with the newest article when no story is marked, and keeps the newest marked when too many are", () => {
    const unmarked = entries.map((entry) => ({ ...entry, top: undefined }) as unknown as Entry);
    expect(urls(arrangeFront(unmarked, [], new Map(), site).top)).toEqual(["n1"]);
    expect(urls(arrangeFront(entries, [], new Map(), { ...site, topStoryCount: 1 }).top)).toEqual(["n2!"]);
  });

  it("leaves out a section with nothing left to show", () => {
    const front = arrangeFront(entries.slice(0, 3), [news, opinion], new Map([["news", [entries[0] as Entry, entries[2] as Entry]], ["opinion", [entries[1] as Entry]]]), { ...site, topStoryCount: 1 });
    expect(front.sections.map(({ section: s }) => s.slug)).toEqual(["news", "opinion"]);
    const onlyTop = arrangeFront([entries[2] as Entry], [news], new Map([["news", [entries[2] as Entry]]]), site);
    expect([urls(onlyTop.top), onlyTop.sections, onlyTop.latest]).toEqual([["n2!"], [], []]);
  });
});
