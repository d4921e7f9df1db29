// The preview folder (npm start) is written over from build to build, never
// emptied, so pages of an article that was deleted, renamed or moved to another
// URL would stay and be served. This keeps the list of pages Broadside wrote and
// removes the ones a later build no longer writes. Production builds start from
// an empty folder (lib/cli/build.ts) and need none of this.
import { existsSync, watch } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Reuse } from "../content/loadArticles.ts";

export class PreviewOutput {
  /** Output files (relative to the output folder) Broadside's page families wrote and that are current, with the articles each shows. */
  #current = new Map<string, readonly string[]>();

  /**
   * After a build wrote `written` (each file with the articles it shows). A full
   * build wrote every current page: whatever else was written before is gone. A
   * quick update wrote the pages showing the saved articles: a page that showed
   * only a saved article and was not written again (its old URL, a topic it
   * left) is gone.
   */
  async settle(outputDir: string, written: ReadonlyMap<string, readonly string[]>, update?: Reuse): Promise<string[]> {
    const saved = new Set([...(update?.changed ?? [])].flatMap((file) => update?.files.get(file)?.article?.inputPath ?? []));
    const gone = [...this.#current]
      .filter(([file, shows]) => !written.has(file) && (!update || (shows.length === 1 && saved.has(shows[0] as string))))
      .map(([file]) => file);
    await Promise.all(gone.map((file) => rm(path.join(outputDir, file), { force: true })));
    if (!update) this.#current = new Map(written);
    else {
      for (const file of gone) this.#current.delete(file);
      for (const [file, shows] of written) this.#current.set(file, shows);
    }
    return gone;
  }
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
