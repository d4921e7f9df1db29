// The preview folder (npm start) is written over from build to build, never
// emptied, so pages of an article that was deleted, renamed or moved to another
// URL would stay and be served. This keeps the list of pages Broadside wrote and
// removes the ones a later build no longer writes. Production builds start from
// an empty folder (lib/cli/build.ts) and need none of this.
import { existsSync, watch } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Article } from "../content/article.ts";
import { aliasOutputPath } from "../content/aliases.ts";
import type { Reuse } from "../content/loadArticles.ts";
import { liteUrl } from "../newsroom/newsroom.ts";
import { outputFile } from "../site/urls.ts";

export class PreviewOutput {
  /** Output files (relative to the output folder) that Broadside's page families wrote and that are still current. */
  #current = new Set<string>();

  /**
   * After a build wrote `written`. A full build wrote every current page: whatever
   * else was written before is gone. A quick update wrote the pages of the saved
   * articles: their old pages at URLs they no longer have are gone.
   */
  async settle(outputDir: string, written: ReadonlySet<string>, update?: Reuse): Promise<string[]> {
    const gone = update ? retiredPages(update, written) : [...this.#current].filter((file) => !written.has(file));
    await Promise.all(gone.map((file) => rm(path.join(outputDir, file), { force: true })));
    if (update) {
      for (const file of gone) this.#current.delete(file);
      for (const file of written) this.#current.add(file);
    } else this.#current = new Set(written);
    return gone;
  }
}

/** Pages of the saved articles as the previous build wrote them, that this build did not write again. */
function retiredPages(update: Reuse, written: ReadonlySet<string>): string[] {
  const previous = [...update.changed].flatMap((file) => update.files.get(file)?.article ?? []);
  return previous.flatMap(pagesOf).filter((file) => !written.has(file));
}

function pagesOf(article: Article): string[] {
  return [article.url, liteUrl(article), ...article.aliases.map(aliasOutputPath)].map(outputFile);
}

/**
 * Eleventy's watcher does not rebuild when a file is deleted: this watches the
 * articles folder for deletions, hands them to `onDeleted` and touches a file
 * Eleventy watches, which starts a rebuild.
 */
export async function watchDeletions(articlesDir: string, trigger: string, onDeleted: (file: string) => void): Promise<void> {
  await mkdir(path.dirname(trigger), { recursive: true });
  await writeFile(trigger, "");
  // A site meant to be empty (allowEmpty) may have no articles folder yet.
  await mkdir(articlesDir, { recursive: true });
  const watcher = watch(articlesDir, { recursive: true }, (_event, name) => {
    if (!name || !name.endsWith(".md")) return;
    const file = path.join(articlesDir, name);
    if (existsSync(file)) return;
    onDeleted(file);
    void writeFile(trigger, String(Date.now()));
  });
  // The dev server ends on Ctrl-C when its own work is done; this must not keep it alive.
  watcher.unref();
}
