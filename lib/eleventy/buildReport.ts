// The build's last lines, for the editor who pushed: what was published, what was
// left out and when the next scheduled article goes live, how many pages and
// feeds were written and how long it took. Eleventy's own "Wrote 14 files" line
// counts only the handful of pages Eleventy renders, so it is replaced.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { DateTime } from "luxon";
import type { Article } from "../content/article.ts";
import { displayDateTime } from "../content/dates.ts";
import { type BuildMode, statusOf } from "../newsroom/newsroom.ts";
import type { SiteSettings } from "../site/settings.ts";

export interface PublishingCounts {
  published: number;
  drafts: number;
  scheduled: number;
  /** When the earliest scheduled article goes live. */
  nextScheduled?: DateTime;
  /** Published articles by edition (language), in the order the editions first appear. */
  byEdition: Map<string, number>;
}

export function publishingCounts(articles: readonly Article[], now: DateTime): PublishingCounts {
  const counts: PublishingCounts = { published: 0, drafts: 0, scheduled: 0, byEdition: new Map() };
  for (const article of articles) {
    const status = statusOf(article, now);
    if (status === "draft") counts.drafts++;
    else if (status === "scheduled") {
      counts.scheduled++;
      if (!counts.nextScheduled || article.published < counts.nextScheduled) counts.nextScheduled = article.published;
    } else {
      counts.published++;
      counts.byEdition.set(article.language, (counts.byEdition.get(article.language) ?? 0) + 1);
    }
  }
  return counts;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

export function buildSummary(
  counts: PublishingCounts,
  mode: BuildMode,
  written: { files: number; seconds: number },
  site: SiteSettings,
): string {
  const next = counts.nextScheduled
    ? ` (the next goes live ${displayDateTime(counts.nextScheduled, site.timezone, "en")} ${site.timezoneLabel}, at the first build after that)`
    : "";
  const held = `${plural(counts.drafts, "draft")} and ${plural(counts.scheduled, "scheduled article")}`;
  // On a site of several editions, how many in each: "39 articles (31 in en, 8 in ru)".
  const editions = counts.byEdition.size > 1 ? ` (${[...counts.byEdition].map(([language, count]) => `${count.toLocaleString("en")} in ${language}`).join(", ")})` : "";
  const articles =
    mode === "production"
      ? `Broadside: published ${plural(counts.published, "article")}${editions}; left out ${held}${next}`
      : `Broadside: preview of ${plural(counts.published, "published article")}${editions}, with ${held} shown marked${next}`;
  return `${articles}\nBroadside: wrote ${plural(written.files, "file")} (pages, feeds, sitemaps, icons; besides processed images and the search index) in ${written.seconds.toFixed(1)} s`;
}

type LogOptions = { message?: unknown };
type Logger = { logWithOptions(options: LogOptions): void };

/** Drops Eleventy's "Copied N / Wrote N files in S seconds" line: buildSummary says what was written. */
export function replaceEleventySummary(eleventyConfig: UserConfig): void {
  const logger = (eleventyConfig as unknown as { logger?: Logger }).logger;
  if (!logger) return;
  const original = logger.logWithOptions.bind(logger);
  // eslint-disable-next-line no-control-regex
  const summary = /^(?:Copied \S+ )?Wrote \S+ files? /;
  logger.logWithOptions = (options) => {
    const text = String(options.message ?? "").replace(/\u001b\[[0-9;]*m/g, "");
    if (!summary.test(text)) original(options);
  };
}
