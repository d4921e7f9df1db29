// The whole site's structure, computed once per build from the validated articles:
// which articles are live, their tags, "Read more", and every list page and feed.
// Templates only read from it; none of this is computed per page.
import type { DateTime } from "luxon";
import type { Article } from "../content/article.ts";
import { type Tag, mergeTopics, topicKey } from "../content/tags.ts";
import { type AuthorSettings, authorSlug, personKey, type Settings } from "../site/settings.ts";
import { type ListPage, paginate, shownOfPage } from "./paginate.ts";
import { rankRelated } from "./related.ts";
import { type Alternate, NEWS_SITEMAP_DAYS, newsSitemapEntries } from "./sitemaps.ts";
import { sameList } from "../util/lists.ts";

/** `production` leaves drafts and future articles out; `preview` (the dev server) shows them, marked. */
export type BuildMode = "production" | "preview";

export type Status = "published" | "draft" | "scheduled";

/** A group of articles with its own pages and feed: a tag, or a staff author. */
export interface Listing {
  slug: string;
  name: string;
  count: number;
  url: string;
  feedUrl: string;
}

export type TagRef = Tag & Listing;

export interface AuthorRef extends Listing {
  bio: string;
  photo?: { src: string };
  links: { label: string; url: string }[];
}

/** A desk (`_data/sections.json`): its front at /<slug>/ lists its articles, and an opinion desk marks its pieces. */
export interface SectionRef extends Listing {
  description: string;
  opinion: boolean;
  disclaimer?: string;
}

/** A name in a byline; `author` is set when the name is on the staff list. */
export interface Byline {
  name: string;
  author?: AuthorRef;
}

/** The same article in another edition (front matter `translation`, either way round). */
export interface Translation {
  language: string;
  url: string;
}

export interface Entry extends Omit<Article, "section"> {
  status: Status;
  /** The same article in the other editions, in their order; linked both ways (lib/content/translations.ts). */
  translations: Translation[];
  /** Its desk; none on a site without sections. */
  section?: SectionRef;
  tags: TagRef[];
  bylines: Byline[];
  related: Entry[];
}

export interface ListingPage<L extends Listing> {
  listing: L;
  page: ListPage<Entry>;
}

/** What a topic or author page shows of itself: on a numbered page, neither the list's length nor the count of articles. */
export function shownOfListingPage<L extends Listing>({ listing, page }: ListingPage<L>): unknown {
  if (page.front) return { listing, page };
  const { count: _count, ...stable } = listing;
  return { listing: stable, page: shownOfPage(page) };
}

export interface ListingFeed<L extends Listing> {
  listing: L;
  items: Entry[];
}

/** An old URL of a live article (front matter `aliases`). */
export interface Redirect {
  from: string;
  to: string;
  title: string;
  article: Entry;
}

/** The front page, arranged: the top stories, a block per section, then the latest of the rest. No article twice. */
export interface FrontPage {
  /** The editors' top stories (`top: true`), newest first; the newest article when none is marked. */
  top: Entry[];
  sections: { section: SectionRef; entries: Entry[] }[];
  latest: Entry[];
}

export interface Newsroom {
  settings: Settings;
  mode: BuildMode;
  /** Live articles, newest first. */
  articles: Entry[];
  /** Every tag, most used first. */
  tags: TagRef[];
  /** Staff authors, in the order of _data/authors.json. */
  authors: AuthorRef[];
  /** The desks, in the order of _data/sections.json. */
  sections: SectionRef[];
  front: FrontPage;
  archivePages: ListPage<Entry>[];
  sectionPages: ListingPage<SectionRef>[];
  sectionFeeds: ListingFeed<SectionRef>[];
  tagPages: ListingPage<TagRef>[];
  authorPages: ListingPage<AuthorRef>[];
  feedItems: Entry[];
  tagFeeds: ListingFeed<TagRef>[];
  authorFeeds: ListingFeed<AuthorRef>[];
  redirects: Redirect[];
  /** The Google News sitemap's articles: the last two days. */
  newsItems: Entry[];
  /** Different topics whose names make the same slug (each has its own page); printed by the build. */
  topicClashes: Tag[][];
  /** Each live article's "Read more", newest first, for the build cache (a kept list is the previous build's record). */
  relatedRecords: RelatedRecord[];
}

/**
 * A topic's page in an edition (`root`: `/`, `/ru/`). A slug may be in any script (`中国`): URLs carry it
 * %-encoded, as browsers, hosts and feeds expect.
 */
export function tagUrl(root: string, slug: string): string {
  return `${root}tags/${encodeURIComponent(slug)}/`;
}

export function authorUrl(root: string, slug: string): string {
  return `${root}authors/${slug}/`;
}

/** An article and its translations, for `hreflang` (none when it has no translation). */
export function translationAlternates(entry: Entry): Alternate[] | undefined {
  if (entry.translations.length === 0) return undefined;
  return [{ language: entry.language, path: entry.url }, ...entry.translations.map((translation) => ({ language: translation.language, path: translation.url }))];
}

/** The section an article is filed under for search engines and social cards: its desk, or else its first topic. */
export function sectionName(entry: Entry): string | undefined {
  return entry.section?.name ?? entry.tags[0]?.name;
}

/** A section's front: `/opinion/`, `/ru/opinion/`. */
export function sectionUrl(root: string, slug: string): string {
  return `${root}${slug}/`;
}

/** The text-only edition's front: `/lite/`, `/ru/lite/`. */
export function litePath(root: string): string {
  return `${root}lite/`;
}

/** The archive: the list of every live article of an edition (its pages, and the edition's feed of the newest). */
export function archiveUrl(root: string): string {
  return `${root}archive/`;
}

/** The lists an article is in, by URL: its edition's archive, its section, its topics and its staff authors. */
export function listsOf(entry: Entry): string[] {
  return [
    archiveUrl(entry.root),
    ...(entry.section ? [entry.section.url] : []),
    ...entry.tags.map((tag) => tag.url),
    ...entry.bylines.flatMap((byline) => (byline.author ? [byline.author.url] : [])),
  ];
}

/** The text-only edition of an article: `/lite/YYYY/MM/DD/<slug>/`, `/ru/lite/YYYY/MM/DD/<slug>/`. */
export function liteUrl(article: { url: string; root: string }): string {
  return `${litePath(article.root)}${article.url.slice(article.root.length)}`;
}

export function statusOf(article: Article, now: DateTime): Status {
  if (article.draft) return "draft";
  // Compared as numbers: `>` on two DateTimes goes through valueOf, several times slower, 300,000 times at 100k.
  return article.published.toMillis() > now.toMillis() ? "scheduled" : "published";
}

/**
 * When the site would next change by the clock alone, with no push (ms since
 * the epoch; null for never): a scheduled article coming due, or an article
 * leaving the news sitemap's last two days. Until then a build with the same
 * articles and images writes what the last one wrote (lib/incremental/).
 */
export function nextChangeByClock(articles: readonly Article[], newsItems: readonly Entry[], now: DateTime): number | null {
  let next = Number.POSITIVE_INFINITY;
  for (const article of articles) if (statusOf(article, now) === "scheduled") next = Math.min(next, article.published.toMillis());
  for (const item of newsItems) next = Math.min(next, item.published.plus({ days: NEWS_SITEMAP_DAYS }).toMillis());
  return Number.isFinite(next) ? next : null;
}

/**
 * An article's "Read more" as a build left it: kept by the build cache for the
 * next build. The articles in it are counted from the oldest live article (0),
 * which stays put when articles are added: "Read more" shows only older
 * articles, so where the oldest articles are the same, so are these positions.
 */
export interface RelatedRecord {
  inputPath: string;
  /** Its edition's place (`/`, `/ru/`): each edition ranks its own. */
  root: string;
  tagSlugs: string[];
  related: number[];
}

export interface NewsroomOptions {
  mode: BuildMode;
  now: DateTime;
  /** The previous build's "Read more" lists (newest first), to keep those nothing can have changed. */
  previousRelated?: readonly RelatedRecord[];
}

export function buildNewsroom(articles: readonly Article[], settings: Settings, options: NewsroomOptions): Newsroom {
  // Drafts and future articles get no page in a production build.
  const live = sortNewestFirst(articles.filter((article) => options.mode === "preview" || statusOf(article, options.now) === "published"));

  const topics = mergeTopics(
    live.map((a) => a.tagNames),
    new Map(Object.entries(settings.topics.spellings).map(([spelling, topic]) => [topicKey(spelling), topic])),
  );
  const tagsByKey = new Map<string, TagRef>();
  const { root } = settings.site;
  for (const [key, tag] of topics.byKey) {
    tagsByKey.set(key, { ...tag, url: tagUrl(root, tag.slug), feedUrl: `${tagUrl(root, tag.slug)}feed.xml` });
  }
  const staff = staffAuthors(settings.authors, root);
  // The same bylines on thousands of articles: each name is matched with the staff once.
  const staffByName = new Map<string, AuthorRef | undefined>();
  const staffNamed = (name: string): AuthorRef | undefined => {
    if (!staffByName.has(name)) staffByName.set(name, staff.get(personKey(name)));
    return staffByName.get(name);
  };

  // Each name looked up once among a few thousand, not twice (its key, then the topic).
  const refByName = new Map<string, TagRef>();
  const topicOf = (name: string): TagRef | undefined => {
    let ref = refByName.get(name);
    if (!ref) {
      ref = tagsByKey.get(topics.keyOf(name));
      if (ref) refByName.set(name, ref);
    }
    return ref;
  };
  // Two spellings declared one topic appear once (a few names each: no Set for each of 100,000 articles).
  const topicsOf = (names: readonly string[]): TagRef[] => {
    const refs: TagRef[] = [];
    for (const name of names) {
      const ref = topicOf(name);
      if (ref && !refs.includes(ref)) refs.push(ref);
    }
    return refs;
  };
  const sections = settings.sections.sections.map(
    (section): SectionRef => ({
      slug: section.slug,
      name: section.name,
      count: 0,
      url: sectionUrl(root, section.slug),
      feedUrl: `${sectionUrl(root, section.slug)}feed.xml`,
      description: section.description,
      opinion: section.opinion,
      ...(section.disclaimer ? { disclaimer: section.disclaimer } : {}),
    }),
  );
  const sectionBySlug = new Map(sections.map((section) => [section.slug, section]));
  const entries: Entry[] = live.map(({ section, ...article }) => ({
    ...article,
    ...(section && sectionBySlug.has(section) ? { section: sectionBySlug.get(section) as SectionRef } : {}),
    // A production build keeps published articles only.
    status: options.mode === "preview" ? statusOf(article, options.now) : "published",
    tags: topicsOf(article.tagNames),
    translations: [],
    bylines: article.authors.map((name) => {
      const author = staffNamed(name);
      return author ? { name: author.name, author } : { name };
    }),
    related: [],
  }));
  const relatedRecords = assignRelated(entries, settings.site.relatedCount, root, options.previousRelated);

  const byTag = groupEntries(entries, (entry) => entry.tags.map((t) => t.slug));
  const byAuthor = groupEntries(entries, (entry) => entry.bylines.flatMap((b) => (b.author ? [b.author.slug] : [])));
  const bySection = groupEntries(entries, (entry) => (entry.section ? [entry.section.slug] : []));
  // Each author once, though a byline may find them under two spellings.
  const authors = [...new Set(staff.values())];
  for (const author of authors) author.count = byAuthor.get(author.slug)?.length ?? 0;
  for (const section of sections) section.count = bySection.get(section.slug)?.length ?? 0;

  const tags = [...tagsByKey.values()].sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  const { listPageSize, feedItemCount } = settings.site;
  const pagesOf = <L extends Listing>(listings: L[], members: Map<string, Entry[]>): ListingPage<L>[] =>
    listings.flatMap((listing) =>
      paginate(members.get(listing.slug) ?? [], listPageSize, listing.url).map((page) => ({ listing, page })),
    );
  const feedsOf = <L extends Listing>(listings: L[], members: Map<string, Entry[]>): ListingFeed<L>[] =>
    listings.map((listing) => ({ listing, items: (members.get(listing.slug) ?? []).slice(0, feedItemCount) }));
  return {
    settings,
    mode: options.mode,
    articles: entries,
    tags,
    authors,
    sections,
    front: arrangeFront(entries, sections, bySection, settings.site),
    archivePages: paginate(entries, listPageSize, archiveUrl(root)),
    sectionPages: pagesOf(sections, bySection),
    sectionFeeds: feedsOf(sections, bySection),
    tagPages: pagesOf(tags, byTag),
    authorPages: pagesOf(authors, byAuthor),
    feedItems: entries.slice(0, feedItemCount),
    tagFeeds: feedsOf(tags, byTag),
    authorFeeds: feedsOf(authors, byAuthor),
    redirects: entries
      .flatMap((entry) => entry.aliases.map((from) => ({ from, to: entry.url, title: entry.title, article: entry })))
      .sort((a, b) => compareText(a.from, b.from)),
    newsItems: newsSitemapEntries(entries, options.now),
    topicClashes: topics.clashes,
    relatedRecords,
  };
}

/**
 * The front page from the newest articles: the top stories the editors marked (the newest article when none is),
 * then each section's newest pieces not already shown, then the newest of the rest.
 */
export function arrangeFront(entries: readonly Entry[], sections: readonly SectionRef[], bySection: Map<string, Entry[]>, site: Settings["site"]): FrontPage {
  const marked = entries.filter((entry) => entry.top).slice(0, site.topStoryCount);
  const top = marked.length > 0 ? marked : entries.slice(0, 1);
  const shown = new Set<Entry>(top);
  const blocks = sections.map((section) => {
    const picked = (bySection.get(section.slug) ?? []).filter((entry) => !shown.has(entry)).slice(0, site.sectionStoryCount);
    for (const entry of picked) shown.add(entry);
    return { section, entries: picked };
  });
  const latest: Entry[] = [];
  for (const entry of entries) {
    if (latest.length >= site.homeArticleCount) break;
    if (!shown.has(entry)) latest.push(entry);
  }
  return { top, sections: blocks.filter((block) => block.entries.length > 0), latest };
}

/**
 * "Read more" depends only on the article and those published before it
 * (lib/newsroom/related.ts). So where the oldest articles are the same as in
 * the previous build, with the same topics, their lists are the previous ones;
 * only the newer articles are ranked again (after a new article, one). Returns
 * the records the cache keeps.
 */
function assignRelated(entries: Entry[], count: number, root: string, previous: readonly RelatedRecord[] = []): RelatedRecord[] {
  const inputs = entries.map((e) => ({ tagSlugs: e.tags.map((t) => t.slug) }));
  let same = 0;
  while (same < entries.length && same < previous.length) {
    const at = entries.length - 1 - same;
    const was = previous[previous.length - 1 - same] as RelatedRecord;
    if ((entries[at] as Entry).inputPath !== was.inputPath || !sameList(inputs[at]?.tagSlugs ?? [], was.tagSlugs)) break;
    same++;
  }
  const newest = entries.length - same;
  const ranked = rankRelated(inputs, count, newest);
  // Positions from the oldest: an array index, not a lookup by path (half a second at 100k).
  const fromOldest = (position: number) => entries[entries.length - 1 - position];
  return entries.map((entry, index) => {
    if (index >= newest) {
      const was = previous[previous.length - entries.length + index] as RelatedRecord;
      entry.related = was.related.map(fromOldest).filter((e): e is Entry => e !== undefined);
      return was;
    }
    const related = ranked[index] ?? [];
    entry.related = related.map((i) => entries[i]).filter((e): e is Entry => e !== undefined);
    return { inputPath: entry.inputPath, root, tagSlugs: inputs[index]?.tagSlugs ?? [], related: related.map((i) => entries.length - 1 - i) };
  });
}

/** Staff by the name a byline gives, in the edition's spelling or the primary edition's (`Анна Сокол`, `Anna Sokol`). */
function staffAuthors(authors: readonly AuthorSettings[], root: string): Map<string, AuthorRef> {
  const staff = new Map<string, AuthorRef>();
  for (const author of authors) {
    const slug = authorSlug(author);
    const ref: AuthorRef = {
      slug,
      name: author.name,
      count: 0,
      url: authorUrl(root, slug),
      feedUrl: `${authorUrl(root, slug)}feed.xml`,
      bio: author.bio,
      links: author.links,
    };
    if (author.photo) ref.photo = author.photo;
    staff.set(personKey(author.name), ref);
    if (author.alsoKnownAs && !staff.has(personKey(author.alsoKnownAs))) staff.set(personKey(author.alsoKnownAs), ref);
  }
  return staff;
}

/** Articles by group key, each list newest first (entries come newest first). */
function groupEntries(entries: readonly Entry[], keysOf: (entry: Entry) => string[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(entry);
    }
  }
  return groups;
}

/** Newest first, the URL breaking ties; each date read once (luxon's getters in the comparison took 0.15 s at 100k). */
function sortNewestFirst(articles: Article[]): Article[] {
  return articles
    .map((article) => ({ article, at: article.published.toMillis() }))
    .sort((a, b) => b.at - a.at || compareText(a.article.url, b.article.url))
    .map(({ article }) => article);
}

/** Code point order: the same on every machine, unlike locale collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
