// The dev server's quick rebuild. When every file saved since the last good build
// is an article, the next build reads only those files again, reuses the rest of
// the validation pass, rebuilds the newsroom (tags, related articles, lists) in
// memory, and writes only the pages that show an edited article; the search
// index, sitemaps and redirect pages are left as they were (BENCHMARKS.md).
// Any other change (templates, settings, images) gets a full build.
import path from "node:path";
import type { LoadedFile, Reuse } from "../content/loadArticles.ts";

export interface Update {
  /** For the validation pass: the previous build's files and what changed since. */
  reuse: Reuse;
  /** Input paths (`./src/articles/...`) of the edited articles, as the newsroom names them. */
  articles: ReadonlySet<string>;
}

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

  /** What the coming build may skip, or undefined when it must be a full build. */
  plan(): Update | undefined {
    if (!this.#lastGood || this.#saved.size === 0) return undefined;
    const inArticles = [...this.#saved].every(
      (file) => file.endsWith(".md") && file.startsWith(this.#articlesDir + path.sep),
    );
    if (!inArticles) return undefined;
    return {
      reuse: { files: this.#lastGood, changed: new Set(this.#saved) },
      articles: new Set([...this.#saved].map((file) => `./${file.split(path.sep).join("/")}`)),
    };
  }

  /** A build finished: the next plan starts from it. Saves stay pending until a build succeeds. */
  succeeded(articleFiles: ReadonlyMap<string, LoadedFile>): void {
    this.#lastGood = articleFiles;
    this.#saved.clear();
  }
}
