// The validation pass: reads every article before Eleventy reads anything, so a
// push with broken front matter fails with the whole list of problems and no
// half-written site.
import type { Dirent } from "node:fs";
import { open, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type Article, type ArticleContext, imagePathProblem, normalizeArticle } from "./article.ts";
import { aliasOutputPath } from "./aliases.ts";
import { parseFrontMatterYaml, splitFrontMatter } from "./frontMatter.ts";
import type { Problem } from "./problems.ts";
import { firstXmlForbidden, stripXmlForbidden } from "./xmlText.ts";
import { mapLimited } from "../util/mapLimited.ts";
import { outputFile } from "../site/urls.ts";
import { displayPath as shownPath, toPosix } from "../util/displayPath.ts";

export interface LoadOptions {
  /** Eleventy's input folder, e.g. `src`. */
  inputDir: string;
  /** Folder of articles inside the input folder (every edition's: another edition's are in a folder of its language). */
  articlesDir: string;
  /** What an article is checked against: its edition's language, place and sections, by its file. */
  contextOf(file: string): ArticleContext;
  /** A previous load to take unchanged files from (the dev server's rebuilds). */
  reuse?: Reuse;
}

/** What the validation pass made of one file. */
export interface LoadedFile {
  article?: Article;
  problems: Problem[];
  /** Things fixed on the way that an editor should know of (characters removed from the body). */
  warnings?: Problem[];
}

export interface Reuse {
  /** The previous load's files, by path as listed (`src/articles/...`). */
  files: ReadonlyMap<string, LoadedFile>;
  /** Files changed since (added, edited or removed); any other file is taken as it was. */
  changed: ReadonlySet<string>;
}

/** Files read at once: enough to keep the disk busy, far below the open-files limit at 100,000 articles. */
const READ_CONCURRENCY = 64;

export interface LoadResult {
  articles: Article[];
  problems: Problem[];
  warnings: Problem[];
  files: ReadonlyMap<string, LoadedFile>;
}

export async function loadArticles(options: LoadOptions): Promise<LoadResult> {
  const { articles: files, others } = await listArticleFiles(options.articlesDir);
  const { reuse } = options;
  const images = new ImageChecks(options.inputDir);
  // Files taken as they were are taken at once, without an asynchronous call and its promise for each of 100,000.
  const taken = files.map((file) => (reuse && !reuse.changed.has(file) ? reuse.files.get(file) : undefined));
  const read = await mapLimited(
    files.filter((_, at) => taken[at] === undefined),
    READ_CONCURRENCY,
    (file) => loadOne(file, options, images),
  );
  let next = 0;
  const results = taken.map((loaded) => loaded ?? (read[next++] as LoadedFile));
  const articles: Article[] = [];
  const problems: Problem[] = others.map((file) => ({
    file: shownPath(file),
    field: "(file)",
    message: "is not read: articles are .md files (rename it to .md, or move it out of the articles folder)",
  }));
  const warnings: Problem[] = [];
  for (const result of results) {
    if (result.article) articles.push(result.article);
    problems.push(...result.problems);
    warnings.push(...(result.warnings ?? []));
  }
  problems.push(...duplicateUrls(articles));
  return { articles, problems, warnings, files: new Map(files.map((file, i) => [file, results[i] as LoadedFile])) };
}

/**
 * Every file under the articles folder: `.md` files are articles; any other
 * (`.MD`, `.markdown`, `.txt`) would be silently skipped, so it is reported.
 * Hidden files (`.gitkeep`, `.DS_Store`) are not content.
 */
async function listArticleFiles(dir: string): Promise<{ articles: string[]; others: string[] }> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { articles: [], others: [] };
    throw error;
  }
  const articles: string[] = [];
  const others: string[] = [];
  // Whether a folder is hidden or inside a hidden one, worked out once per folder (100,000 files at 100k articles).
  const hiddenFolders = new Map<string, boolean>();
  const inHiddenFolder = (folder: string): boolean => {
    let hidden = hiddenFolders.get(folder);
    if (hidden === undefined) {
      hidden = path.relative(dir, folder).split(path.sep).some((part) => part.startsWith("."));
      hiddenFolders.set(folder, hidden);
    }
    return hidden;
  };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const hidden = entry.name.startsWith(".") || inHiddenFolder(entry.parentPath);
    if (entry.name.endsWith(".md") && !hidden) articles.push(file);
    else if (!hidden) others.push(file);
  }
  // Sorted so the problem list and everything built from it is the same on every machine.
  return { articles: articles.sort(), others: others.sort() };
}

async function loadOne(file: string, options: LoadOptions, images: ImageChecks): Promise<LoadedFile> {
  const displayPath = shownPath(file);
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
    return { problems: [{ file: displayPath, field: "(front matter)", message: frontMatterError(error) }] };
  }
  const warnings: Problem[] = [];
  const forbidden = firstXmlForbidden(body);
  if (forbidden) {
    // Pages and feeds get the body without them (lib/render/articleBody.ts).
    warnings.push({
      file: displayPath,
      field: "body",
      message: `held invisible control characters such as ${forbidden} (pasted from a word processor?), which feeds cannot carry; they were left out`,
    });
  }
  const result = normalizeArticle(ids, data, forbidden ? stripXmlForbidden(body) : body, options.contextOf(file));
  if (result.article) {
    const imageProblems = await images.check(result.article, displayPath);
    if (imageProblems.length > 0) return { problems: imageProblems, warnings };
  }
  return { ...result, warnings };
}

/**
 * js-yaml counts lines from the start of the front matter; editors count from the
 * start of the file, whose first line is the opening ---.
 */
function frontMatterError(error: unknown): string {
  const yamlError = error as { reason?: string; mark?: { line: number; column: number } };
  if (yamlError.reason && yamlError.mark) {
    return `${yamlError.reason} (line ${yamlError.mark.line + 2}, column ${yamlError.mark.column + 1} of the file)`;
  }
  return (error as Error).message.split("\n")[0] ?? "cannot be read";
}

/** The first bytes of each image format Broadside processes (sharp reads these). */
const IMAGE_SIGNATURES: [string, (head: Buffer) => boolean][] = [
  ["JPEG", (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff],
  ["PNG", (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ["GIF", (head) => head.subarray(0, 4).toString("latin1") === "GIF8"],
  ["WebP", (head) => head.subarray(0, 4).toString("latin1") === "RIFF" && head.subarray(8, 12).toString("latin1") === "WEBP"],
  ["AVIF", (head) => head.subarray(4, 12).toString("latin1").startsWith("ftypavi")],
  ["SVG", (head) => /^(\uFEFF)?\s*(<\?xml|<svg|<!--)/i.test(head.toString("utf8"))],
];

/**
 * The lead image and every image in the body: a path under /images/, alt text,
 * and a file that exists and is an image. Each file is looked at once per build,
 * however many articles use it.
 */
class ImageChecks {
  readonly #inputDir: string;
  readonly #files = new Map<string, Promise<string | undefined>>();

  constructor(inputDir: string) {
    this.#inputDir = inputDir;
  }

  async check(article: Article, displayPath: string): Promise<Problem[]> {
    const wanted: { field: string; src: string; alt: string | undefined; syntax?: string }[] = article.image
      ? [{ field: "image.src", src: article.image.src, alt: article.image.alt }]
      : [];
    for (const image of article.bodyImages) wanted.push({ field: "body", ...image });
    const problems: Problem[] = [];
    for (const { field, src, alt, syntax } of wanted) {
      const add = (message: string) => problems.push({ file: displayPath, field, message });
      if (field === "body" && !alt) {
        add(`the image ${src} has no alt text: ${syntax === "html" ? 'give the <img> an alt="..." saying' : "write inside ![...]"} what it shows`);
      }
      const pathProblem = field === "body" ? imagePathProblem(src) : undefined;
      if (pathProblem) {
        add(`the image ${pathProblem}`);
        continue;
      }
      const fileProblem = await this.#fileProblem(src);
      if (fileProblem) add(fileProblem);
    }
    return problems;
  }

  #fileProblem(src: string): Promise<string | undefined> {
    let result = this.#files.get(src);
    if (!result) this.#files.set(src, (result = this.#inspect(src)));
    return result;
  }

  async #inspect(src: string): Promise<string | undefined> {
    const file = path.join(this.#inputDir, src);
    const where = shownPath(file);
    let head: Buffer;
    try {
      const handle = await open(file, "r");
      try {
        head = Buffer.alloc(64);
        const { bytesRead } = await handle.read(head, 0, 64, 0);
        head = head.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === "EISDIR" ? `${where} is a folder, not an image` : `no image file at ${where} (for ${src})`;
    }
    if (IMAGE_SIGNATURES.some(([, matches]) => matches(head))) return undefined;
    return `${where} is not an image (expected JPEG, PNG, GIF, WebP, AVIF or SVG)`;
  }
}

/**
 * The file a URL path is written to, as a key that is the URL itself for an
 * article's own URL (`/2026/11/25/slug/` for `2026/11/25/slug/index.html`):
 * 100,000 of them are compared on every build, and making each file name took
 * most of the time. Any other path goes through its file name.
 */
function pageKey(url: string): string {
  if (url.endsWith("/") && url.startsWith("/") && !url.startsWith("//") && !url.includes("%")) return url;
  const file = outputFile(url);
  return file === "index.html" || file.endsWith("/index.html") ? `/${file.slice(0, -"index.html".length)}` : `/${file}`;
}

/**
 * An article's URL and its aliases must each belong to one article only, compared
 * by the file they are written to (`/old` and `/old/` are one page). Articles'
 * own URLs are claimed first, so an alias is what gets reported when it lands on
 * another article's page, or on its own (a redirect to itself).
 */
function duplicateUrls(articles: readonly Article[]): Problem[] {
  const owner = new Map<string, Article>();
  const problems: Problem[] = [];
  const report = (article: Article, field: string, message: string) =>
    problems.push({ file: article.inputPath.slice(2), field, message });
  for (const article of articles) {
    const file = pageKey(article.url);
    const first = owner.get(file);
    if (first) report(article, "slug", `gives the URL ${article.url}, already taken by ${first.inputPath.slice(2)}; set a different slug`);
    else owner.set(file, article);
  }
  for (const article of articles) {
    for (const alias of article.aliases) {
      const file = pageKey(aliasOutputPath(alias));
      const first = owner.get(file);
      if (first === article) report(article, "aliases", `${alias} is this article's own URL: remove it`);
      else if (first) report(article, "aliases", `gives the URL ${alias}, already taken by ${first.inputPath.slice(2)}; remove the alias`);
      else owner.set(file, article);
    }
  }
  return problems;
}
