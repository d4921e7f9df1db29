// The search index in parts. Pagefind holds a whole index in memory until it is
// written: about 130 KB for each page, so 12 GiB for 100,000 articles. A large
// archive is therefore indexed as consecutive spans of months, each part
// written and dropped before the next is started, so the indexer's memory is
// bounded by the largest part. The reader's browser loads the newest part and
// merges the others into one ranked list (Pagefind's mergeIndex), so search
// reads the same. https://pagefind.app/docs/multisite/

/** Where the newest part (the only one, on most sites) is served. */
export const SEARCH_INDEX_PATH = "/pagefind/";

/** Small enough that indexing one part stays near 1 GiB. */
export const DEFAULT_PAGES_PER_PART = 10_000;

/** Up to this many pages, one index: nothing for the browser to merge. */
export const SINGLE_INDEX_PAGES = 1_000;

/**
 * Past that, the newest part is kept small: a push publishes or corrects
 * recent articles, and an incremental build indexes again the whole part that
 * holds a changed page (Pagefind cannot update an index), 2 to 3 ms a page on
 * this machine kind, beside a fixed cost of nearly half a second. Whole months
 * still: a month with more articles is a part alone, so this changes nothing
 * for an outlet publishing more a month; at 10,000 articles (about 30 a month)
 * 100 rather than 300 took 0.3 s off a push. Smaller than a month would add
 * parts for readers to merge.
 */
export const NEWEST_PART_PAGES = 100;

export interface SearchPart {
  /** Where this part is served: /pagefind/ for the newest, /pagefind-<oldest>-<newest>/ for the others; under /ru/ for that edition. */
  path: string;
  /** The edition's language, which Pagefind indexes it in (stemming, word splitting); the site's when absent. */
  language?: string;
  /** The URL folders (months, `2026/11`) of the pages it indexes, newest first. */
  folders: string[];
}

/**
 * Groups article URLs (newest first, as the article pages are written) into
 * parts of whole months; one part up to SINGLE_INDEX_PAGES. Past that, the
 * newest part takes the newest months while they hold at most
 * `newestPartPages` pages (at least one month). The older months
 * are grouped from the oldest, each part holding at most `pagesPerPart` pages
 * unless a single month holds more: grouped from the oldest, the older parts'
 * bounds do not move as new months come, only the part before the newest one
 * grows until it is full. There is always a first part, even with no pages.
 */
export function searchParts(
  urls: Iterable<string>,
  pagesPerPart: number,
  newestPartPages = Math.min(NEWEST_PART_PAGES, pagesPerPart),
  /** An edition's place and language: its parts are served under its place (`/ru/pagefind/`). */
  edition?: { root: string; language: string },
): SearchPart[] {
  const root = edition?.root ?? "/";
  const language = edition ? { language: edition.language } : {};
  const runs: { folder: string; pages: number }[] = [];
  for (const url of urls) {
    const folder = searchFolder(url);
    const last = runs.at(-1);
    if (last && last.folder === folder) last.pages += 1;
    else runs.push({ folder, pages: 1 });
  }
  const total = runs.reduce((pages, run) => pages + run.pages, 0);
  const newestPath = `${root}${SEARCH_INDEX_PATH.slice(1)}`;
  if (total <= Math.min(SINGLE_INDEX_PAGES, pagesPerPart)) return [{ path: newestPath, ...language, folders: runs.map((run) => run.folder) }];
  let newest = 1;
  for (let pages = runs[0]?.pages ?? 0; newest < runs.length && pages + (runs[newest]?.pages ?? 0) <= newestPartPages; newest++) {
    pages += runs[newest]?.pages ?? 0;
  }
  const older: { folders: string[]; pages: number }[] = [];
  for (const run of runs.slice(newest).reverse()) {
    const last = older.at(-1);
    if (last && last.pages + run.pages <= pagesPerPart) {
      last.folders.unshift(run.folder);
      last.pages += run.pages;
    } else {
      older.push({ folders: [run.folder], pages: run.pages });
    }
  }
  return [
    { path: newestPath, ...language, folders: runs.slice(0, newest).map((run) => run.folder) },
    ...older.reverse().map(({ folders }) => ({ path: olderPartPath(folders, root), ...language, folders })),
  ];
}

/**
 * The folder of an article's URL by which the index is split: its month
 * (`/2026/11/27/slug/` → `2026/11`). Each article page names it as a Pagefind
 * filter, so the search page can keep a query to the parts that hold its
 * words (src/assets/site.js).
 */
export function searchFolder(url: string): string {
  // The first two segments of a URL from its edition's place, without splitting it (asked for every article page,
  // twice, in a build): `2026/11`, or `ru/2026/11` past another edition's place, whose name is not a year.
  const first = url.indexOf("/", 1);
  const start = first === 5 && isYear(url) ? 1 : first + 1;
  const second = url.indexOf("/", start);
  const end = second < 0 ? -1 : url.indexOf("/", second + 1);
  return end < 0 ? url.slice(1) : url.slice(1, end);
}

function isYear(url: string): boolean {
  for (let at = 1; at < 5; at++) if (url.charCodeAt(at) < 48 || url.charCodeAt(at) > 57) return false;
  return true;
}

function olderPartPath(folders: readonly string[], root: string): string {
  const month = (folder: string | undefined) => (folder ?? "").slice(root.length - 1).replace("/", "-");
  const newest = month(folders[0]);
  const oldest = month(folders.at(-1));
  return oldest === newest ? `${root}pagefind-${newest}/` : `${root}pagefind-${oldest}-${newest}/`;
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
