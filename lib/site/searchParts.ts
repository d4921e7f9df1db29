// The search index in parts. Pagefind holds a whole index in memory until it is
// written: about 130 KB for each page, so 12 GiB for 100,000 articles. A large
// archive is therefore indexed as consecutive spans of years, each part written
// and dropped before the next is started, so the indexer's memory is bounded by
// the largest part. The reader's browser loads the newest part and merges the
// others into one ranked list (Pagefind's mergeIndex), so search reads the same.
// https://pagefind.app/docs/multisite/

/** Where the newest part (the only one, on most sites) is served. */
export const SEARCH_INDEX_PATH = "/pagefind/";

/** Small enough that indexing one part stays near 1 GiB. */
export const DEFAULT_PAGES_PER_PART = 10_000;

/**
 * The newest part is kept smaller: a push publishes or corrects recent
 * articles, and an incremental build indexes again the whole part that holds a
 * changed page (Pagefind cannot update an index), about 2 ms a page on this
 * machine kind. Whole years still: a year with more articles is a part alone.
 */
export const NEWEST_PART_PAGES = 1_000;

export interface SearchPart {
  /** Where this part is served: /pagefind/ for the newest, /pagefind-<oldest>-<newest>/ for the others. */
  path: string;
  /** The first URL folders (years) of the pages it indexes, newest first. */
  folders: string[];
}

/**
 * Groups article URLs (newest first, as the article pages are written) into
 * parts of whole folders, each holding at most `pagesPerPart` pages (the
 * newest at most `newestPartPages`) unless a single folder holds more. There is
 * always a first part, even with no pages.
 */
export function searchParts(urls: Iterable<string>, pagesPerPart: number, newestPartPages = Math.min(NEWEST_PART_PAGES, pagesPerPart)): SearchPart[] {
  const runs: { folder: string; pages: number }[] = [];
  for (const url of urls) {
    const folder = searchFolder(url);
    const last = runs.at(-1);
    if (last && last.folder === folder) last.pages += 1;
    else runs.push({ folder, pages: 1 });
  }
  const groups: { folders: string[]; pages: number }[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    const limit = groups.length === 1 ? newestPartPages : pagesPerPart;
    if (last && last.pages + run.pages <= limit) {
      last.folders.push(run.folder);
      last.pages += run.pages;
    } else {
      groups.push({ folders: [run.folder], pages: run.pages });
    }
  }
  if (groups.length === 0) return [{ path: SEARCH_INDEX_PATH, folders: [] }];
  return groups.map(({ folders }, at) => ({ path: at === 0 ? SEARCH_INDEX_PATH : olderPartPath(folders), folders }));
}

/**
 * The first folder of an article's URL (its year), by which the index is split.
 * Each article page names it as a Pagefind filter, so the search page can keep
 * a query to the parts that hold its words (src/assets/site.js).
 */
export function searchFolder(url: string): string {
  return url.split("/")[1] ?? "";
}

function olderPartPath(folders: readonly string[]): string {
  const newest = folders[0] ?? "";
  const oldest = folders.at(-1) ?? newest;
  return oldest === newest ? `/pagefind-${newest}/` : `/pagefind-${oldest}-${newest}/`;
}

/** BROADSIDE_SEARCH_PART_PAGES, when set, replaces the default size of a part (the tests use small parts). */
export function pagesPerSearchPart(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.BROADSIDE_SEARCH_PART_PAGES;
  if (raw === undefined || raw === "") return DEFAULT_PAGES_PER_PART;
  const pages = Number(raw);
  if (!Number.isInteger(pages) || pages < 1) {
    throw new Error(`BROADSIDE_SEARCH_PART_PAGES must be a whole number of pages, 1 or more, not "${raw}"`);
  }
  return pages;
}
