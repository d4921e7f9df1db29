// Site search with Pagefind: once the article pages are written, index the
// pages that mark their searchable part with data-pagefind-body (articles:
// headline, byline, tags, body; not the notices or the support-us prompt) and
// write the index to /pagefind/. Searching then happens in the reader's browser,
// with no request to another site. https://pagefind.app/docs/node-api/
import path from "node:path";
import * as pagefind from "pagefind";

export const SEARCH_INDEX_PATH = "/pagefind/";

export async function indexSite(outputDir: string, language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // Only article pages (under /YYYY/) hold searchable text: reading the rest would double the work.
    const added = await index.addDirectory({ path: outputDir, glob: "[0-9][0-9][0-9][0-9]/**/*.html" });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, SEARCH_INDEX_PATH) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
