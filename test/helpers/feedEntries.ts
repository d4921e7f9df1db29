// An article as a feed sees it, and the sample's site settings, for the feed modules' unit tests.
import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import type { Entry } from "../../lib/newsroom/newsroom.ts";
import type { SiteFile, SiteSettings } from "../../lib/site/settings.ts";
import { Labels, type LabelValues } from "../../lib/site/labels.ts";

const sampleJson = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../_data/${name}`, import.meta.url), "utf8")) as T;
const siteFile = sampleJson<SiteFile>("site.json");
export const sampleSite: SiteSettings = { ...siteFile, labels: new Labels(siteFile.language, sampleJson<LabelValues>("labels.json")), root: "/", dir: "ltr", editionLinks: [] };

/** Published on 27 November 2026, with only the fields a feed item reads. */
export function feedEntry(name: string, title = `Story ${name}`): Entry {
  return {
    inputPath: `./src/articles/${name}.md`,
    sourceKey: `articles/${name}`,
    url: `/2026/11/27/${name}/`,
    title,
    summary: "A lede.",
    published: DateTime.fromISO("2026-11-27T09:00:00+03:00", { setZone: true }),
    authors: ["Reporter"],
    tags: [],
    corrections: [],
  } as unknown as Entry;
}
