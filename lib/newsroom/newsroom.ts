// The whole site's structure, computed once per build from the validated articles:
// which articles are live, their tags, "Read more", and every list page and feed.
// Templates only read from it; none of this is computed per page.
import type { DateTime } from "luxon";
import type { Article } from "../content/article.ts";
import { type Tag, mergeTags, tagSlug } from "../content/tags.ts";
import type { Settings } from "../site/settings.ts";
import { type ListPage, paginate } from "./paginate.ts";
import { rankRelated } from "./related.ts";

/** `production` leaves drafts and future articles out; `preview` (the dev server) shows them, marked. */
export type BuildMode = "production" | "preview";

export type Status = "published" | "draft" | "scheduled";

export interface TagRef extends Tag {
  url: string;
  feedUrl: string;
}

export interface Entry extends Article {
  status: Status;
  tags: TagRef[];
  related: Entry[];
}

export interface TagListPage {
  tag: TagRef;
  page: ListPage<Entry>;
}

export interface TagFeed {
  tag: TagRef;
  items: Entry[];
}

/** An old URL of a live article (front matter `aliases`). */
export interface Redirect {
  from: string;
  to: string;
  title: string;
}

export interface Newsroom {
  settings: Settings;
  mode: BuildMode;
  /** Live articles, newest first. */
  articles: Entry[];
  /** Articles that get no page in this build (drafts and future articles in production). */
  withheld: Set<string>;
  byInputPath: Map<string, Entry>;
  /** Every tag, most used first. */
  tags: TagRef[];
  archivePages: ListPage<Entry>[];
  tagPages: TagListPage[];
  feedItems: Entry[];
  tagFeeds: TagFeed[];
  redirects: Redirect[];
}

export function tagUrl(slug: string): string {
  return `/tags/${slug}/`;
}

export const LITE_PATH = "/lite/";

/** The text-only edition of an article: `/lite/YYYY/MM/DD/<slug>/`. */
export function liteUrl(article: { url: string }): string {
  return `${LITE_PATH}${article.url.slice(1)}`;
}

export function statusOf(article: Article, now: DateTime): Status {
  if (article.draft) return "draft";
  return article.published > now ? "scheduled" : "published";
}

export function buildNewsroom(
  articles: readonly Article[],
  settings: Settings,
  options: { mode: BuildMode; now: DateTime },
): Newsroom {
  const withheld = new Set<string>();
  const live: Article[] = [];
  for (const article of articles) {
    const status = statusOf(article, options.now);
    if (options.mode === "production" && status !== "published") withheld.add(article.inputPath);
    else live.push(article);
  }
  live.sort(newestFirst);

  const tagsBySlug = new Map<string, TagRef>();
  for (const [slug, tag] of mergeTags(live.map((a) => a.tagNames))) {
    tagsBySlug.set(slug, { ...tag, url: tagUrl(slug), feedUrl: `${tagUrl(slug)}feed.xml` });
  }

  const entries: Entry[] = live.map((article) => ({
    ...article,
    status: statusOf(article, options.now),
    tags: article.tagNames.map((name) => tagsBySlug.get(tagSlug(name))).filter((t): t is TagRef => t !== undefined),
    related: [],
  }));
  const related = rankRelated(
    entries.map((e) => ({ tagSlugs: e.tags.map((t) => t.slug) })),
    settings.site.relatedCount,
  );
  entries.forEach((entry, index) => {
    entry.related = (related[index] ?? []).map((i) => entries[i]).filter((e): e is Entry => e !== undefined);
  });

  const articlesByTag = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      let list = articlesByTag.get(tag.slug);
      if (!list) articlesByTag.set(tag.slug, (list = []));
      list.push(entry);
    }
  }

  const tags = [...tagsBySlug.values()].sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  const { listPageSize, feedItemCount } = settings.site;
  return {
    settings,
    mode: options.mode,
    articles: entries,
    withheld,
    byInputPath: new Map(entries.map((e) => [e.inputPath, e])),
    tags,
    archivePages: paginate(entries, listPageSize, "/archive/"),
    tagPages: tags.flatMap((tag) =>
      paginate(articlesByTag.get(tag.slug) ?? [], listPageSize, tag.url).map((page) => ({ tag, page })),
    ),
    feedItems: entries.slice(0, feedItemCount),
    tagFeeds: tags.map((tag) => ({ tag, items: (articlesByTag.get(tag.slug) ?? []).slice(0, feedItemCount) })),
    redirects: entries
      .flatMap((entry) => entry.aliases.map((from) => ({ from, to: entry.url, title: entry.title })))
      .sort((a, b) => compareText(a.from, b.from)),
  };
}

function newestFirst(a: Article, b: Article): number {
  return b.published.toMillis() - a.published.toMillis() || compareText(a.url, b.url);
}

/** Code point order: the same on every machine, unlike locale collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
