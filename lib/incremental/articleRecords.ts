// What the validation pass made of an article file, as the build cache keeps it:
// the normalised article (front matter, lede, image list; never the body, which
// pages read from the file), any warnings, and the content ids it was made from,
// so an unchanged file is not read again.
// Dates are kept as ISO strings in the site's timezone and brought back by
// dateFromCache (lib/content/dates.ts), at their fixed offset.
import type { Article } from "../content/article.ts";
import { dateFromCache } from "../content/dates.ts";
import type { LoadedFile, Reuse } from "../content/loadArticles.ts";
import type { Problem } from "../content/problems.ts";

export interface ArticleRecord {
  /** The file's content id. */
  id: string;
  /** Content ids of the images it uses, by path on the site; null for an image that was missing. */
  images: Record<string, string | null>;
  /** The article as JSON (dates as ISO strings). */
  article: Record<string, unknown>;
  warnings?: Problem[];
}

// Set on the records this build made, as opposed to those it took from the cache.
const MADE_NOW = Symbol("made by this build");

/** Only files that passed validation are kept: a build with problems writes no cache. */
export function articleRecord(loaded: LoadedFile, id: string, imageIdOf: (src: string) => string | undefined): ArticleRecord | undefined {
  const { article } = loaded;
  if (!article || loaded.problems.length > 0) return undefined;
  const images: Record<string, string | null> = {};
  for (const src of imageSources(article)) images[src] = imageIdOf(src) ?? null;
  const record: ArticleRecord & { [MADE_NOW]?: true } = { id, images, article: JSON.parse(JSON.stringify(article)) as Record<string, unknown> };
  if (loaded.warnings && loaded.warnings.length > 0) record.warnings = loaded.warnings;
  record[MADE_NOW] = true; // not written to the cache: JSON leaves symbol keys out
  return record;
}

/**
 * Whether this build made the record (a new or changed file) rather than take it from the cache: the cache then
 * knows a shard of records is as it was from its size and this mark, without looking each record up.
 */
export function madeByThisBuild(record: ArticleRecord): boolean {
  return (record as { [MADE_NOW]?: true })[MADE_NOW] === true;
}

// The record each file taken from the cache came from: the build keeps it as it is, without checking it again.
// Kept on the loaded file under a key of this module's own: the build asks for it of every file, three times,
// and a property read is far cheaper than a WeakMap's lookup among 100,000 files.
const RECORD = Symbol("cache record");
type FromRecord = LoadedFile & { [RECORD]?: ArticleRecord };

/** The cache's record a loaded file was taken from as it was (reuseFromCache), if it was. */
export function cachedRecordOf(loaded: FromRecord): ArticleRecord | undefined {
  return loaded[RECORD];
}

/** The loaded file a record stands for; `zone` is the site's timezone, in which the cache wrote the dates (the build key holds it). */
export function loadedFromRecord(record: ArticleRecord, zone: string): LoadedFile {
  const data = record.article as unknown as Omit<Article, "published" | "updated" | "corrections"> & {
    published: string;
    updated?: string;
    corrections: { date: string; text: string }[];
  };
  const article: Article = {
    ...data,
    published: dateFromCache(data.published, zone),
    corrections: data.corrections.map((correction) => ({ ...correction, date: dateFromCache(correction.date, zone) })),
  } as Article;
  // JSON leaves out an article without `updated`, as the validation pass does.
  if (data.updated !== undefined) article.updated = dateFromCache(data.updated, zone);
  const loaded: FromRecord = { article, problems: [], [RECORD]: record };
  if (record.warnings) loaded.warnings = record.warnings;
  return loaded;
}

/** Whether the file, or an image it uses, changed since the record was made. */
function recordIsCurrent(record: ArticleRecord, id: string | undefined, imageIdOf: (src: string) => string | undefined): boolean {
  if (record.id !== id) return false;
  return Object.entries(record.images).every(([src, was]) => (imageIdOf(src) ?? null) === was);
}

export function imageSources(article: Pick<Article, "image" | "bodyImages">): string[] {
  return [...(article.image ? [article.image.src] : []), ...article.bodyImages.map((image) => image.src)];
}

/** The cached results of files that did not change (nor their images), for the validation pass to take as they are. */
export function reuseFromCache(
  records: ReadonlyMap<string, ArticleRecord>,
  ids: { file(file: string): string | undefined; image(src: string): string | undefined },
  zone: string,
): Reuse {
  const files = new Map<string, LoadedFile>();
  for (const [file, record] of records) {
    if (recordIsCurrent(record, ids.file(file), ids.image)) files.set(file, loadedFromRecord(record, zone));
  }
  return { files, changed: new Set() };
}
