// Site search with Pagefind: the article pages are indexed one top-level folder
// (one year) at a time, as soon as that year's pages are all written, while the
// older years are still being rendered: Pagefind runs in a process of its own,
// on the other core. Only the part of a page marked data-pagefind-body is
// indexed (headline, byline, tags, body; not the notices or the support-us
// prompt); the index goes to /pagefind/. Searching then happens in the reader's
// browser, with no request to another site. https://pagefind.app/docs/node-api/
import path from "node:path";
import * as pagefind from "pagefind";

export const SEARCH_INDEX_PATH = "/pagefind/";

export interface SearchIndexer {
  /**
   * Indexes the pages under this top-level folder, now that they are written.
   * Folders are read in the order they are given (Pagefind's files depend on it).
   */
  addFolder(folder: string): void;
  /** Writes the index once every folder given is read, and stops Pagefind; returns the pages indexed. */
  finish(): Promise<number>;
  /** Stops Pagefind without writing an index (a failed build). */
  close(): Promise<void>;
}

export async function startSearchIndex(outputDir: string, language: string): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  let pages = 0;
  const added = new Set<string>();
  let reading: Promise<void> = Promise.resolve();
  return {
    addFolder(folder) {
      if (added.has(folder)) throw new Error(`search index: the pages under /${folder}/ were already added`);
      added.add(folder);
      reading = reading.then(async () => {
        const result = await index.addDirectory({ path: outputDir, glob: `${folder}/**/*.html` });
        if (result.errors.length > 0) throw new Error(`Pagefind could not index /${folder}/: ${result.errors.join("; ")}`);
        pages += result.page_count;
      });
      // A failure is raised by finish(), not as an unhandled rejection meanwhile.
      reading.catch(() => undefined);
    },
    async finish() {
      try {
        await reading;
        const written = await index.writeFiles({ outputPath: path.join(outputDir, SEARCH_INDEX_PATH) });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        return pages;
      } finally {
        await pagefind.close();
      }
    },
    close: () => pagefind.close().then(() => undefined),
  };
}
