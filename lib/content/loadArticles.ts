// The validation pass: reads every article before Eleventy reads anything, so a
// push with broken front matter fails with the whole list of problems and no
// half-written site.
import { access, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type Article, type ArticleContext, normalizeArticle } from "./article.ts";
import { parseFrontMatterYaml, splitFrontMatter } from "./frontMatter.ts";
import type { Problem } from "./problems.ts";
import { mapLimited } from "../util/mapLimited.ts";

export interface LoadOptions {
  /** Eleventy's input folder, e.g. `src`. */
  inputDir: string;
  /** Folder of articles inside the input folder. */
  articlesDir: string;
  context: ArticleContext;
  /** A previous load to take unchanged files from (the dev server's rebuilds). */
  reuse?: Reuse;
}

/** What the validation pass made of one file. */
export interface LoadedFile {
  article?: Article;
  problems: Problem[];
}

export interface Reuse {
  /** The previous load's files, by path as listed (`src/articles/...`). */
  files: ReadonlyMap<string, LoadedFile>;
  /** Files changed since (added, edited or removed); any other file is taken as it was. */
  changed: ReadonlySet<string>;
}

export interface LoadResult {
  articles: Article[];
  problems: Problem[];
  files: ReadonlyMap<string, LoadedFile>;
}

/** Files read at once: enough to keep the disk busy, far below the open-files limit at 100,000 articles. */
const READ_CONCURRENCY = 64;

export async function loadArticles(options: LoadOptions): Promise<LoadResult> {
  const files = await listMarkdown(options.articlesDir);
  const { reuse } = options;
  const results = await mapLimited(files, READ_CONCURRENCY, async (file): Promise<LoadedFile> => {
    const previous = reuse && !reuse.changed.has(file) ? reuse.files.get(file) : undefined;
    return previous ?? loadOne(file, options);
  });
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const result of results) {
    if (result.article) articles.push(result.article);
    problems.push(...result.problems);
  }
  problems.push(...duplicateUrls(articles));
  return { articles, problems, files: new Map(files.map((file, i) => [file, results[i] as LoadedFile])) };
}

async function listMarkdown(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  // Sorted so the problem list and everything built from it is the same on every machine.
  return entries
    .filter((entry) => entry.endsWith(".md"))
    .map((entry) => path.join(dir, entry))
    .sort();
}

async function loadOne(file: string, options: LoadOptions): Promise<LoadedFile> {
  const displayPath = toPosix(path.relative(process.cwd(), file));
  const relativeToInput = toPosix(path.relative(options.inputDir, file));
  const ids = {
    displayPath,
    inputPath: `./${displayPath}`,
    sourceKey: relativeToInput.replace(/\.md$/, ""),
  };
  let data: Record<string, unknown>;
  let body: string;
  try {
    const split = splitFrontMatter(await readFile(file, "utf8"));
    if (split.frontMatter === undefined) {
      return { problems: [{ file: displayPath, field: "(front matter)", message: "is missing: start the file with --- and a title" }] };
    }
    data = parseFrontMatterYaml(split.frontMatter);
    body = split.body;
  } catch (error) {
    const message = (error as Error).message.split("\n")[0] ?? "cannot be read";
    return { problems: [{ file: displayPath, field: "(front matter)", message }] };
  }
  const result = normalizeArticle(ids, data, body, options.context);
  if (result.article) {
    const imageProblems = await checkImages(result.article, options.inputDir, displayPath);
    if (imageProblems.length > 0) return { problems: imageProblems };
  }
  return result;
}

/** The lead image and every image in the body must exist on this site and have alt text. */
async function checkImages(article: Article, inputDir: string, displayPath: string): Promise<Problem[]> {
  const wanted: { field: string; src: string; alt: string }[] = article.image
    ? [{ field: "image.src", src: article.image.src, alt: article.image.alt }]
    : [];
  for (const image of article.inlineImages) wanted.push({ field: "body", src: image.src, alt: image.alt });
  const problems: Problem[] = [];
  for (const { field, src, alt } of wanted) {
    if (field === "body" && alt === "") {
      problems.push({ file: displayPath, field, message: `the image ${src} has no alt text: write what it shows inside ![...]` });
    }
    if (field === "body" && !src.startsWith("/")) {
      problems.push({ file: displayPath, field, message: `the image ${src} must be a path on this site starting with /` });
      continue;
    }
    const file = path.join(inputDir, src);
    try {
      await access(file);
    } catch {
      const where = toPosix(path.relative(process.cwd(), file));
      problems.push({ file: displayPath, field, message: `no image file at ${where}${field === "body" ? ` (for ${src})` : ""}` });
    }
  }
  return problems;
}

/** An article's URL and its aliases must each belong to one article only. */
function duplicateUrls(articles: readonly Article[]): Problem[] {
  const owner = new Map<string, Article>();
  const problems: Problem[] = [];
  for (const article of articles) {
    const claims: [string, string][] = [["slug", article.url], ...article.aliases.map((a): [string, string] => ["aliases", a])];
    for (const [field, url] of claims) {
      const first = owner.get(url);
      if (first && first !== article) {
        const fix = field === "slug" ? "set a different slug" : "remove the alias";
        problems.push({
          file: article.inputPath.slice(2),
          field,
          message: `gives the URL ${url}, already taken by ${first.inputPath.slice(2)}; ${fix}`,
        });
      } else owner.set(url, article);
    }
  }
  return problems;
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
