// Writes the page families (lib/pages/registry.ts) straight to the output folder,
// a few pages at a time, keeping none of them in memory once written.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { NewsroomView } from "../eleventy/types.ts";
import type { SearchIndexer } from "../site/searchIndex.ts";
import { searchFolder } from "../site/searchParts.ts";
import { rewriteUrls } from "../render/absoluteUrls.ts";
import { type Deployment, servedPath } from "../site/deployment.ts";
import { outputFile } from "../site/urls.ts";
import { mapLimited } from "../util/mapLimited.ts";
import { timed } from "../util/phases.ts";
import type { EditionPages, PageFamily } from "./family.ts";

const AT_ONCE = 16;

/** Families grouped by what they are pages of (`over`), in the order each group first appears; a family without `over` is a group of its own. */
function groups(families: readonly PageFamily[]): PageFamily[][] {
  const byOver = new Map<string | PageFamily, PageFamily[]>();
  for (const family of families) {
    const key = family.over ?? family;
    byOver.set(key, [...(byOver.get(key) ?? []), family]);
  }
  return [...byOver.values()];
}

/** Whether a page shows one of these articles (by input path): the dev server rewrites those after a save. */
export function showsAny(articles: ReadonlySet<string>): PageFilter {
  return (family, item) => family.articlesOn?.(item).some((entry) => articles.has(entry.inputPath)) ?? false;
}

export type PageFilter = (family: PageFamily, item: unknown) => boolean;

/** In a mirror, root-relative URLs in HTML get the path prefix, as Eleventy's HTML base plugin does for its pages. */
function withPathPrefix(html: string, deployment: Deployment): Promise<string> {
  return rewriteUrls(html, (url) => (url.startsWith("/") && !url.startsWith("//") ? servedPath(deployment, url) : url));
}

export interface WriteOptions {
  /**
   * Reads each month of searchable pages as soon as it is written, and writes
   * the index while the other families are written.
   */
  searchIndex?: SearchIndexer;
  /**
   * Only these pages are written; the others are left as they are (the dev
   * server's update after a save, an incremental build).
   */
  only?: PageFilter;
  /**
   * Collects each output file written (relative to the output folder) with the
   * input paths of the articles it shows, for the preview's clean-up.
   */
  record?: Map<string, readonly string[]>;
  /**
   * Called once the searchable pages (the articles) are written, before the
   * other families are: an incremental build indexes the changed parts of the
   * search index again meanwhile. Awaited before writePages returns.
   */
  whenSearchableWritten?: () => Promise<unknown>;
}

/** Writes every page of `families`, in every edition; returns how many files it wrote. */
export async function writePages(
  families: readonly PageFamily[],
  editions: readonly EditionPages[],
  outputDir: string,
  { searchIndex, only, record, whenSearchableWritten }: WriteOptions = {},
): Promise<number> {
  const created = new Set<string>();
  let written = 0;
  const writeOne = async (family: PageFamily, item: unknown, view: NewsroomView) => {
    const url = family.url(item);
    let content = await family.render(item, view);
    if (view.deployment.pathPrefix !== "/" && (url.endsWith("/") || url.endsWith(".html"))) {
      content = await withPathPrefix(content, view.deployment);
    }
    const relative = outputFile(url);
    const file = path.join(outputDir, relative);
    const dir = path.dirname(file);
    if (!created.has(dir)) {
      await mkdir(dir, { recursive: true });
      created.add(dir);
    }
    await writeFile(file, content);
    written++;
    record?.set(relative, family.articlesOn?.(item).map((entry) => entry.inputPath) ?? []);
  };

  const writeItems = (items: readonly unknown[], sharing: readonly PageFamily[], view: NewsroomView) => {
    // Chosen first: an incremental build writes a few dozen of 300,000 pages, and a pool of promises for all costs a second.
    const chosen = only ? items.filter((item) => sharing.some((family) => only(family, item))) : items;
    return mapLimited(chosen, AT_ONCE, async (item) => {
      for (const family of sharing) if (!only || only(family, item)) await writeOne(family, item, view);
    });
  };

  const ordered = groups(families);
  const lastSearchable = ordered.findLastIndex((sharing) => sharing.some((family) => family.searchable));
  let indexing: Promise<unknown> | undefined;
  const startIndexing = () => {
    indexing = searchIndex ? timed("search index", () => searchIndex.finish()) : whenSearchableWritten?.();
    // Its failure is raised below, once the pages are written; not as an unhandled rejection meanwhile.
    indexing?.catch(() => undefined);
  };
  try {
    for (const [at, sharing] of ordered.entries()) {
      // Families over one list are written item by item (an article's page, then its
      // lite page), so what they share is made once; a pool rather than batches, so
      // a slow write does not hold up the next pages.
      const searchable = searchIndex ? sharing.find((family) => family.searchable) : undefined;
      const [first] = sharing;
      if (!first) continue;
      await timed(sharing.map((family) => family.name).join(", "), async () => {
        // An edition after the other: the search index reads each edition's months in the order of its parts.
        for (const { source, view } of editions) {
          const items = first.items(source);
          if (!searchable || !searchIndex) {
            await writeItems(items, sharing, view);
            continue;
          }
          for (const [folder, ofFolder] of bySearchFolder(searchable, items)) {
            await writeItems(ofFolder, sharing, view);
            if (folder) searchIndex.addFolder(folder);
          }
        }
      });
      if (at === lastSearchable) startIndexing();
    }
    // Families none of which is searchable: the (empty) index is made at the end.
    if (lastSearchable < 0) startIndexing();
  } catch (error) {
    if (!indexing) await searchIndex?.close();
    throw error;
  } finally {
    // Even when a page failed: the indexer's process must be stopped before the build ends.
    await indexing;
  }
  return written;
}

/** Consecutive runs of items whose pages share a search folder (articles, newest first: one run per month). */
function bySearchFolder(family: PageFamily, items: readonly unknown[]): [string, unknown[]][] {
  const runs: [string, unknown[]][] = [];
  for (const item of items) {
    const folder = searchFolder(family.url(item));
    const last = runs.at(-1);
    if (last && last[0] === folder) last[1].push(item);
    else runs.push([folder, [item]]);
  }
  return runs;
}
