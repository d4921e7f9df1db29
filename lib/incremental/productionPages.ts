// A production build's pages: every page family, the search index and the
// processed images, either all of them into an empty folder (a full build) or,
// starting from the previous build's output, only what changed (an incremental
// build): the pages whose fingerprint changed are written, the pages no family
// writes any more are removed, the search index parts holding a changed page
// are made again, and images no article uses any more leave /img/. Either way
// the result is the same, byte for byte (test/incremental.test.ts).
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Build } from "../eleventy/build.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import type { EditionPages, PageFamily } from "../pages/family.ts";
import { writePages } from "../pages/write.ts";
import { startSearchIndex } from "../site/searchIndex.ts";
import { publishImageFiles } from "../site/servedImages.ts";
import { imagesInStore } from "../site/images.ts";
import { outputFile } from "../site/urls.ts";
import { timed } from "../util/phases.ts";
import { type ArticleRecord, articleRecord, cachedRecordOf } from "./articleRecords.ts";
import { type BuildCacheState, CACHE_FORMAT, type CachedSearchPart, dropCache } from "./buildCache.ts";
import { type BuildPlan, sourceIds, type SourceIds } from "./buildPlan.ts";
import { type Fingerprints, pageManifest } from "./fingerprints.ts";
import { nextSearchPartStates, removeOutputFiles, removeStaleImages, searchChanges, searchPartStates } from "./outputChanges.ts";
import { withPreviousItems } from "./previousFeedItems.ts";
import { previousPages, topicsShown, translationsShown } from "./previousPages.ts";

export interface ProductionPages {
  families: readonly PageFamily[];
  /** Every edition's pages: what the families make them from, and the build as their renderers see it. */
  editions: readonly EditionPages[];
  build: Build;
  outputDir: string;
  inputDir: string;
  /** From `npm run build` (lib/cli/build.ts); without one (Eleventy's own CLI), a full build that keeps no cache. */
  plan: BuildPlan | undefined;
}

/** Writes the pages; returns how many files were written or removed. */
export async function writeProductionPages({ families, editions, build, outputDir, inputDir, plan }: ProductionPages): Promise<number> {
  const sources = editions.map((edition) => edition.source);
  const ids = plan ? sourceIds(plan.ids, inputDir) : undefined;
  const processed = (src: string) => build.images.get(src) !== undefined;
  // Only the clock moved (an article left the news sitemap: Eleventy's single pages) or an image no article uses
  // changed (passthrough): every page of the families is as the cache says; the cache learns the new state.
  if (plan?.previous && ids && nothingChanged(plan.previous, build)) {
    const { previous } = plan;
    if (previous.stableUntil !== build.stableUntil || previous.sources !== plan.sources) {
      plan.next = { ...previous, sources: plan.sources, stableUntil: build.stableUntil };
    }
    return removeStaleImages(outputDir, inputDir, processed);
  }
  const previous = plan?.previous;
  const before = previous && previousPages(previous, build);
  const fingerprints = ids ? await timed("fingerprints", () => pageManifest(families, sources, ids.file, ids.image, before)) : undefined;
  // The primary edition's language: each part of the index names its own (lib/site/searchParts.ts).
  const language = sources[0]?.newsroom.settings.site.language ?? "en";
  let changed = 0;
  let imageFiles: Set<string>;
  let parts: CachedSearchPart[] = [];

  if (!plan || !previous || !fingerprints?.changes) {
    const searchIndex = await startSearchIndex(outputDir, language, build.searchParts);
    changed += await timed("page families", () => writePages(families, editions, outputDir, { searchIndex }));
    if (fingerprints) parts = searchPartStates(build.searchParts, families, sources, fingerprints.pages);
    const images = await publishImageFiles(outputDir, build.images, undefined, { inStore: imagesInStore() });
    imageFiles = images.files;
  } else {
    const pages = fingerprints.changes;
    // The feeds rewritten take their unchanged articles' items from their previous files (lib/incremental/previousFeedItems.ts).
    const kept = (entry: Entry) => before?.cardOf(entry) !== undefined;
    const withKeptItems = editions.map(({ source, view }) => ({
      source,
      view: { ...view, itemsForFeed: withPreviousItems(view.itemsForFeed, { outputDir, site: view.settings.site, kept }) },
    }));
    parts = nextSearchPartStates(build.searchParts, previous.searchParts, pages, fingerprints.pages);
    // From here on the output is no longer what the cache describes: a build that fails now leaves none, and the next is full.
    await dropCache(plan.cacheFolder);
    // Removed first, so the search index never reads a page that is going.
    await removeOutputFiles(outputDir, pages.remove);
    changed += pages.remove.length;
    const only = (family: PageFamily, item: unknown) => pages.write.has(outputFile(family.url(item)));
    // The changed parts of the search index are made again (by Pagefind, in its own process) while the other pages are written.
    let reindexed = 0;
    const whenSearchableWritten = async () => (reindexed = await reindex(outputDir, language, previous.searchParts, parts));
    changed += await timed("page families", () => writePages(families, withKeptItems, outputDir, { only, whenSearchableWritten }));
    changed += reindexed;
    const images = await publishImageFiles(outputDir, build.images, new Set(previous.imageFiles), { inStore: imagesInStore() });
    changed += images.changed;
    changed += await removeStaleImages(outputDir, inputDir, processed);
    imageFiles = images.files;
  }
  if (plan && ids && fingerprints) plan.next = cacheState(plan, build, ids, fingerprints, parts, imageFiles);
  return changed;
}

/**
 * The same article files with the same content and images, and the same live
 * articles in the same order: then every page's fingerprint is what it was
 * (they are made from nothing else, the build key aside), and nothing is
 * written, not even the cache.
 */
function nothingChanged(previous: BuildCacheState, build: Build): boolean {
  if (build.articleFiles.size !== previous.articles.size) return false;
  // Every file taken from the cache as it was: none added, changed or given a new image.
  for (const loaded of build.articleFiles.values()) if (!cachedRecordOf(loaded)) return false;
  const live = build.editions.flatMap((newsroom) => newsroom.articles);
  return live.length === previous.related.length && live.every((entry, at) => previous.related[at]?.inputPath === entry.inputPath);
}

/** Makes again the parts of the search index whose pages changed; returns how many parts. */
async function reindex(outputDir: string, language: string, previous: readonly CachedSearchPart[], next: readonly CachedSearchPart[]): Promise<number> {
  const { reindex: parts, remove } = searchChanges(previous, next);
  await Promise.all([...parts.map((part) => part.path), ...remove].map((served) => rm(path.join(outputDir, served), { recursive: true, force: true })));
  if (parts.length === 0) return remove.length;
  await timed("search index", async () => {
    const indexer = await startSearchIndex(outputDir, language, parts);
    try {
      for (const part of parts) for (const folder of part.folders) indexer.addFolder(folder);
    } catch (error) {
      await indexer.close();
      throw error;
    }
    await indexer.finish();
  });
  return parts.length + remove.length;
}

function cacheState(
  plan: BuildPlan,
  build: Build,
  ids: SourceIds,
  fingerprints: Fingerprints,
  parts: CachedSearchPart[],
  imageFiles: ReadonlySet<string>,
): BuildCacheState {
  const articles = new Map<string, ArticleRecord>();
  for (const [file, loaded] of build.articleFiles) {
    // Taken from the cache as it was: the same record (its id was checked then).
    const cached = cachedRecordOf(loaded);
    if (cached) {
      articles.set(file, cached);
      continue;
    }
    const id = ids.file(file);
    if (id === undefined) continue; // added while the build ran: read next time
    const record = articleRecord(loaded, id, ids.image);
    if (record) articles.set(file, record);
  }
  return {
    format: CACHE_FORMAT,
    key: plan.key,
    codeIds: plan.codeIds,
    output: plan.outputDir,
    articles,
    pages: fingerprints.pages,
    searchParts: parts,
    imageFiles: [...imageFiles].sort(),
    related: build.editions.flatMap((newsroom) => newsroom.relatedRecords),
    cards: fingerprints.cards,
    topics: topicsShown(build),
    translations: translationsShown(build),
    sources: plan.sources,
    stableUntil: build.stableUntil,
  };
}
