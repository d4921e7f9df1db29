// Site search with Pagefind: the article pages are indexed one month's folder
// at a time, as soon as that month's pages are all written, while the older
// months are still being rendered: Pagefind runs in a process of its own, on
// the other core. A part of the index (lib/site/searchParts.ts) is written and
// dropped from Pagefind's memory as soon as its last month is read. Only the part
// of a page marked data-pagefind-body is indexed (headline, byline, tags, body;
// not the notices or the support-us prompt). Searching then happens in the
// reader's browser, with no request to another site. https://pagefind.app/docs/node-api/
import path from "node:path";
import * as pagefind from "pagefind";
import type { SearchPart } from "./searchParts.ts";

export interface SearchIndexer {
  /**
   * Indexes the pages under this folder (a month, `2026/11`), now that they are written.
   * Folders must come in the parts' order (Pagefind's files depend on it).
   */
  addFolder(folder: string): void;
  /** Writes what is left of the index once every folder is read, and stops Pagefind; returns the pages indexed. */
  finish(): Promise<number>;
  /** Stops Pagefind without writing what is left (a failed build). */
  close(): Promise<void>;
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

export async function startSearchIndex(outputDir: string, language: string, parts: readonly SearchPart[]): Promise<SearchIndexer> {
  const order = parts.flatMap((part) => part.folders.map((folder, at) => ({ folder, part, last: at === part.folders.length - 1 })));
  let next = 0;
  let pages = 0;
  let open: PagefindIndex | undefined;

  // Each part in its edition's language (Pagefind stems and splits words by it).
  const openIndex = async (part: SearchPart | undefined): Promise<PagefindIndex> => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: part?.language ?? language });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    return index;
  };
  const writePart = async (index: PagefindIndex, part: SearchPart) => {
    const written = await index.writeFiles({ outputPath: path.join(outputDir, part.path) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${part.path}: ${written.errors.join("; ")}`);
    await index.deleteIndex();
  };

  // The first index is started now, so a Pagefind that cannot start fails the build before any page is written.
  open = await openIndex(parts[0]);
  let reading: Promise<void> = Promise.resolve();
  return {
    addFolder(folder) {
      const expected = order[next];
      if (expected?.folder !== folder) {
        throw new Error(`search index: the pages under /${folder}/ came out of order (expected ${expected ? `/${expected.folder}/` : "no more"})`);
      }
      next += 1;
      reading = reading.then(async () => {
        const index = open ?? (open = await openIndex(expected.part));
        const result = await index.addDirectory({ path: outputDir, glob: `${folder}/**/*.html` });
        if (result.errors.length > 0) throw new Error(`Pagefind could not index /${folder}/: ${result.errors.join("; ")}`);
        pages += result.page_count;
        if (expected.last) {
          open = undefined;
          await writePart(index, expected.part);
        }
      });
      // A failure is raised by finish(), not as an unhandled rejection meanwhile.
      reading.catch(() => undefined);
    },
    async finish() {
      try {
        await reading;
        const missing = order[next];
        if (missing) throw new Error(`search index: the pages under /${missing.folder}/ were never added`);
        // An edition with no articles still gets an (empty) index, so its search page works.
        for (const empty of parts.filter((part) => part.folders.length === 0)) {
          const index = open ?? (await openIndex(empty));
          open = undefined;
          await writePart(index, empty);
        }
        return pages;
      } finally {
        await pagefind.close();
      }
    },
    close: () => pagefind.close().then(() => undefined),
  };
}
