// The dev server's quick rebuild. When every file saved since the last good build
// is an article, the next build reads only those files again, reuses the rest of
// the validation pass, rebuilds the newsroom (tags, related articles, lists) in
// memory, and writes only the pages that show an edited article; the search
// index and sitemaps are left as they were (BENCHMARKS.md); which pages show an
// article, each page family says (`articlesOn`, lib/pages/family.ts).
// Any other change (templates, settings, images) gets a full build.
import { existsSync } from "node:fs";
import path from "node:path";
import type { LoadedFile, Reuse } from "../content/loadArticles.ts";

export class DevUpdates {
  readonly #articlesDir: string;
  readonly #saved = new Set<string>();
  /** The last good build's validation pass (not the whole build: two newsrooms would be held during a rebuild). */
  #lastGood: ReadonlyMap<string, LoadedFile> | undefined;

  constructor(articlesDir: string) {
    this.#articlesDir = path.normalize(articlesDir);
  }

  /** Files Eleventy's watcher saw change (`eleventy.beforeWatch`). */
  saved(files: readonly string[]): void {
    for (const file of files) this.#saved.add(path.normalize(file));
  }

  /** For the validation pass: the last good build's files and what changed since; undefined for a full build. */
  plan(): Reuse | undefined {
    if (!this.#lastGood || this.#saved.size === 0) return undefined;
    // A deleted article moves every list it was on: a full build.
    const inArticles = [...this.#saved].every(
      (file) => file.endsWith(".md") && file.startsWith(this.#articlesDir + path.sep) && existsSync(file),
    );
    if (!inArticles) return undefined;
    return { files: this.#lastGood, changed: new Set(this.#saved) };
  }

  /** A build finished: the next plan starts from it. Saves stay pending until a build succeeds. */
  succeeded(articleFiles: ReadonlyMap<string, LoadedFile>): void {
    this.#lastGood = articleFiles;
    this.#saved.clear();
  }
}

/** The input paths of the saved articles, as this build's validation pass named them (a removed file has none). */
export function editedArticles(update: Reuse, files: ReadonlyMap<string, LoadedFile>): Set<string> {
  return new Set([...update.changed].flatMap((file) => files.get(file)?.article?.inputPath ?? []));
}
