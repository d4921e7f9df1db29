// Writes families of pages (one per item of a list in the newsroom) directly to
// the output folder, a few at a time, keeping none of them in memory once
// written. Each family is a module shaped like an Eleventy paginated template
// (`data.pagination.data`, `data.permalink`, `render`), so it reads like one.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { NewsroomView, PaginatedData } from "./types.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import type { SearchIndexer } from "../site/searchIndex.ts";
import { searchFolder } from "../site/searchParts.ts";
import { rewriteUrls } from "../render/absoluteUrls.ts";
import { type Deployment, servedPath } from "../site/deployment.ts";
import { mapLimited } from "../util/mapLimited.ts";
import { outputFile } from "../site/urls.ts";
import { timed } from "../util/phases.ts";

export interface PageFamily {
  data: {
    pagination: { data: string };
    permalink: (data: PaginatedData<unknown>) => string | false | undefined;
  };
  render: (data: PaginatedData<unknown>) => string | Promise<string>;
  /** Pages the search index reads (the article pages), grouped by their URL's first folder (the year). */
  searchable?: boolean;
  /** The articles a page shows; a family without it is not rewritten by a dev-server update. */
  articlesOn?: (item: unknown) => readonly Entry[];
}

const LIST_PREFIX = "collections.newsroom.";
const AT_ONCE = 16;

/** Families grouped by the list they paginate, in the order each list first appears. */
function byList(families: readonly PageFamily[]): Map<string, PageFamily[]> {
  const groups = new Map<string, PageFamily[]>();
  for (const family of families) {
    const key = family.data.pagination.data;
    groups.set(key, [...(groups.get(key) ?? []), family]);
  }
  return groups;
}

function itemsOf(key: string, view: NewsroomView): unknown[] {
  if (!key.startsWith(LIST_PREFIX)) throw new Error(`page family lists must come from the newsroom, not ${key}`);
  const list = (view as unknown as Record<string, unknown>)[key.slice(LIST_PREFIX.length)];
  if (!Array.isArray(list)) throw new Error(`${key} is not a list`);
  return list;
}

function shows(family: PageFamily, item: unknown, articles: ReadonlySet<string>): boolean {
  return family.articlesOn?.(item).some((entry) => articles.has(entry.inputPath)) ?? false;
}

/** In a mirror, root-relative URLs in HTML get the path prefix, as Eleventy's HTML base plugin does for its pages. */
function withPathPrefix(html: string, deployment: Deployment): Promise<string> {
  return rewriteUrls(html, (url) => (url.startsWith("/") && !url.startsWith("//") ? servedPath(deployment, url) : url));
}

export interface WriteOptions {
  /**
   * Reads each folder of searchable pages as soon as it is written, and writes
   * the index while the other families are written.
   */
  searchIndex?: SearchIndexer;
  /**
   * The dev server's update after articles were edited: only pages showing one of
   * these articles (by input path) are written; the others are left as they are.
   */
  only?: ReadonlySet<string>;
  /** Collects the output files written (relative to the output folder), for the preview's clean-up. */
  record?: Set<string>;
}

export async function writePageFamilies(
  families: readonly PageFamily[],
  view: NewsroomView,
  outputDir: string,
  { searchIndex, only, record }: WriteOptions = {},
): Promise<number> {
  const created = new Set<string>();
  let written = 0;
  const writeOne = async (family: PageFamily, item: unknown) => {
    const data = {
      collections: { newsroom: view },
      pagination: { items: [item] },
      page: { url: "", inputPath: "", outputPath: false as const },
    } as PaginatedData<unknown>;
    const url = family.data.permalink(data);
    if (!url) return;
    data.page.url = url;
    let content = await family.render(data);
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
    record?.add(relative);
  };

  const writeItems = (items: readonly unknown[], sharing: readonly PageFamily[]) =>
    mapLimited(items, AT_ONCE, async (item) => {
      for (const family of sharing) if (!only || shows(family, item, only)) await writeOne(family, item);
    });

  const groups = [...byList(families)];
  const lastSearchable = groups.findLastIndex(([, sharing]) => sharing.some((family) => family.searchable));
  let indexing: Promise<unknown> | undefined;
  try {
    for (const [at, [list, sharing]] of groups.entries()) {
      // Families over one list are written item by item (an article's page, then its
      // lite page), so what they share is made once; a pool rather than batches, so
      // a slow write does not hold up the next pages.
      const searchable = searchIndex ? sharing.find((family) => family.searchable) : undefined;
      await timed(list, async () => {
        if (!searchable || !searchIndex) return writeItems(itemsOf(list, view), sharing);
        for (const [folder, items] of byFolder(searchable, itemsOf(list, view), view)) {
          await writeItems(items, sharing);
          if (folder) searchIndex.addFolder(folder);
        }
      });
      if (at === lastSearchable && searchIndex) {
        indexing = timed("search index", () => searchIndex.finish());
        // Its failure is raised below, once the pages are written; not as an unhandled rejection meanwhile.
        indexing.catch(() => undefined);
      }
    }
  } catch (error) {
    if (!indexing) await searchIndex?.close();
    throw error;
  } finally {
    // Even when a page failed: the indexer's process must be stopped before the build ends.
    await indexing;
  }
  return written;
}

/** Consecutive runs of items whose pages share a first URL folder (articles, newest first: one run per year). */
function byFolder(family: PageFamily, items: readonly unknown[], view: NewsroomView): [string, unknown[]][] {
  const runs: [string, unknown[]][] = [];
  for (const item of items) {
    const url = family.data.permalink({ collections: { newsroom: view }, pagination: { items: [item] } } as PaginatedData<unknown>);
    const folder = url ? searchFolder(url) : "";
    const last = runs.at(-1);
    if (last && last[0] === folder) last[1].push(item);
    else runs.push([folder, [item]]);
  }
  return runs;
}
