// The validation pass and everything built once per build before Eleventy reads a
// template: settings and articles checked (every problem at once, nothing
// written), the newsroom model, images, hashed assets, the security policy.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Article, ArticleContext } from "../content/article.ts";
import { linkTranslations, translationProblems } from "../content/translations.ts";
import type { Settings } from "../site/settings.ts";
import { guestBylines, guestBylineWarning } from "../content/bylines.ts";
import { buildNow } from "../content/dates.ts";
import { loadArticles, type Reuse } from "../content/loadArticles.ts";
import { ContentError, formatProblem, type Problem } from "../content/problems.ts";
import { firstParagraphText } from "../content/summary.ts";
import { bodyImages } from "../content/bodyImages.ts";
import { topicClashWarning } from "../content/tags.ts";
import { type BuildMode, buildNewsroom, nextChangeByClock } from "../newsroom/newsroom.ts";
import { createMarkdown } from "../render/markdown.ts";
import { loadAssets } from "../site/assets.ts";
import { normalizePathPrefix } from "../site/deployment.ts";
import { type ImageSet, imageCacheDir, imagesInStore, processImages } from "../site/images.ts";
import { HEAD_SCRIPT, LITE_STYLE } from "../site/inlineCode.ts";
import { pagesPerSearchPart, searchParts } from "../site/searchParts.ts";
import { headerPolicy, metaPolicy, type PolicyInputs } from "../site/securityPolicy.ts";
import { missingAuthorPhotos } from "../site/settings.ts";
import { loadSettings } from "../site/loadSettings.ts";
import { ICON_SOURCE } from "../site/icons.ts";
import { ENVIRONMENT, environmentProblems, pathPrefixProblem } from "../site/environment.ts";
import type { Build, SecurityPolicy } from "./build.ts";
import { timed } from "../util/phases.ts";
import { type BuildPlan, type SourceIds, sourceIds } from "../incremental/buildPlan.ts";
import { imageSources, reuseFromCache } from "../incremental/articleRecords.ts";
import { loadKnownImages } from "../site/knownImages.ts";
import { publishingCounts } from "./buildReport.ts";
import { displayPath } from "../util/displayPath.ts";

export interface PrepareOptions {
  inputDir: string;
  dataDir: string;
  mode: BuildMode;
  pathPrefix: string | undefined;
  /** Under the dev server: the previous build's articles, of which only the changed files are read again. */
  reuse?: Reuse;
  /** A production build's plan (lib/incremental/buildPlan.ts): content ids, and the previous build to start from. */
  plan?: BuildPlan;
}

export async function prepareBuild(options: PrepareOptions): Promise<Build> {
  const environment = environmentProblems();
  const flagPrefixProblem = process.env.BROADSIDE_PATH_PREFIX ? undefined : pathPrefixProblem(options.pathPrefix ?? "/");
  if (flagPrefixProblem) environment.push({ file: ENVIRONMENT, field: "--pathprefix", message: flagPrefixProblem });
  const { settings, editions, problems } = await loadSettings(options.dataDir);
  if (!settings || !editions || environment.length > 0) throw new ContentError([...environment, ...problems]);
  // The stylesheet and script are minified by esbuild in a process of its own while the articles are validated.
  const assets = loadAssets(path.join(options.inputDir, "assets"), settings.notices);
  assets.catch(() => undefined); // a failure is reported where it is awaited, below
  const ids = options.plan ? sourceIds(options.plan.ids, options.inputDir) : undefined;
  const previous = options.plan?.previous;
  const reuse = options.reuse ?? (previous && ids ? reuseFromCache(previous.articles, ids, settings.site.timezone) : undefined);
  const articlesDir = path.join(options.inputDir, "articles");
  const contextOf = articleContexts(editions, articlesDir);
  const loaded = await timed("load articles", () => loadArticles({ inputDir: options.inputDir, articlesDir, contextOf, ...(reuse ? { reuse } : {}) }));
  const translations = translationProblems(loaded.articles, editions.map((edition) => edition.site));
  const contentProblems = [
    ...loaded.problems,
    ...translations.problems,
    ...(await missingAuthorPhotos(settings.authors, options.inputDir, options.dataDir)),
    ...siteProblems(options.inputDir, settings.site.allowEmpty, loaded.files.size),
  ];
  if (contentProblems.length > 0) throw new ContentError(contentProblems);
  for (const warning of [...loaded.warnings, ...translations.warnings]) console.warn(`Broadside: ${formatProblem(warning)}`);

  const now = buildNow();
  const newsrooms = await timed("newsroom", () => {
    const built = editions.map((edition) => {
      const { root } = edition.site;
      const articles = loaded.articles.filter((article) => article.root === root);
      const warning = guestBylineWarning(guestBylines(articles, edition.authors, edition.site.name, edition.bylines.notStaff));
      if (warning) console.warn(warning);
      const previousRelated = previous?.related.filter((record) => record.root === root);
      return buildNewsroom(articles, edition, { mode: options.mode, now, ...(previousRelated ? { previousRelated } : {}) });
    });
    linkTranslations(built.map((newsroom) => ({ language: newsroom.settings.site.language, entries: newsroom.articles })));
    return built;
  });
  for (const newsroom of newsrooms) {
    const clashes = topicClashWarning(newsroom.topicClashes, newsroom.settings.site.root);
    if (clashes) console.warn(clashes);
  }
  const allEntries = newsrooms.flatMap((newsroom) => newsroom.articles);
  return {
    editions: newsrooms,
    counts: publishingCounts(loaded.articles, now),
    stableUntil: nextChangeByClock(loaded.articles, newsrooms.flatMap((newsroom) => newsroom.newsItems), now),
    articleFiles: loaded.files,
    images: await processedImages(allEntries, options.inputDir, ids, previous?.imageFiles, options.mode === "production" && imagesInStore()),
    assets: await assets,
    deployment: { pathPrefix: normalizePathPrefix(options.pathPrefix), onion: settings.mirrors.onion },
    securityPolicy: sitePolicy([...new Set(editions.map((edition) => new URL(edition.support.checkoutUrl).origin))]),
    // Each edition's index in its own language, at its own place (/pagefind/, /ru/pagefind/).
    searchParts: newsrooms.flatMap((newsroom) =>
      searchParts(newsroom.articles.map((entry) => entry.url), pagesPerSearchPart(), undefined, newsroom.settings.site),
    ),
  };
}

/**
 * What each article is checked against, by its file: an article under articles/<lang>/ belongs to that edition,
 * any other to the primary one. Each edition's ledes get its language's quotation marks.
 */
function articleContexts(editions: readonly Settings[], articlesDir: string): (file: string) => ArticleContext {
  const editionRoots = editions.map((edition) => edition.site.root).filter((root) => root !== "/");
  const contexts = new Map(
    editions.map((edition) => {
      const { site, sections } = edition;
      const md = createMarkdown({ language: site.language });
      const context: ArticleContext = {
        timezone: site.timezone,
        defaultAuthor: site.name,
        deriveSummary: (body) => firstParagraphText(md, body),
        findBodyImages: (body) => bodyImages(md, body),
        firstYear: site.firstYear,
        language: site.language,
        root: site.root,
        editionRoots,
        sections: {
          slugs: sections.sections.map((section) => section.slug),
          ...(sections.default ? { fallback: sections.default } : {}),
        },
      };
      return [site.root === "/" ? "" : site.language, context];
    }),
  );
  const primary = contexts.get("") as ArticleContext;
  return (file) => {
    const folder = path.relative(articlesDir, file).split(path.sep)[0] ?? "";
    return contexts.get(folder) ?? primary;
  };
}

/** What the whole site needs: its icon, and articles unless it is meant to be empty. */
function siteProblems(inputDir: string, allowEmpty: boolean, articleFiles: number): Problem[] {
  const problems: Problem[] = [];
  if (!existsSync(path.join(inputDir, ICON_SOURCE))) {
    const file = displayPath(path.join(inputDir, ICON_SOURCE));
    problems.push({ file, field: "(file)", message: "is missing: the site's icon, a square SVG drawing (favicon, home-screen icon)" });
  }
  if (articleFiles === 0 && !allowEmpty) {
    // A bad `git mv` must not publish an empty front page and feed.
    problems.push({
      file: displayPath(path.join(inputDir, "articles")),
      field: "(folder)",
      message: 'holds no articles; if the site is meant to be empty, set "allowEmpty": true in _data/site.json',
    });
  }
  return problems;
}

function sitePolicy(checkoutOrigins: string[]): SecurityPolicy {
  const inputs: PolicyInputs = { inlineScripts: [HEAD_SCRIPT], inlineStyles: [LITE_STYLE], formOrigins: checkoutOrigins };
  return { header: headerPolicy(inputs), meta: metaPolicy(inputs) };
}

/** Lead and body images, processed; an image that cannot be is named with the articles that use it. */
async function processedImages(
  entries: readonly Pick<Article, "image" | "bodyImages" | "inputPath">[],
  inputDir: string,
  ids: SourceIds | undefined,
  published: readonly string[] | undefined,
  inStore: boolean,
): Promise<ImageSet> {
  const cacheDir = imageCacheDir();
  // Images once: seen before (by content) means known, without opening the file (lib/site/knownImages.ts).
  const known = ids ? await loadKnownImages(cacheDir) : undefined;
  const sources = entries.flatMap(imageSources);
  const { images, keys, failures } = await timed("images", () =>
    processImages(sources, inputDir, cacheDir, {
      ...(ids && known ? { idOf: ids.image, known } : {}),
      ...(published ? { published: new Set(published) } : {}),
      inStore,
    }),
  );
  // In the store, an image no article uses is deleted by the next deploy: the index forgets it now, so that an
  // article bringing it back has it processed again rather than taken as there.
  await known?.save(inStore ? keys : undefined);
  if (failures.length === 0) return images;
  throw new ContentError(
    failures.flatMap(({ src, message }) =>
      entries
        .filter((entry) => entry.image?.src === src || entry.bodyImages.some((image) => image.src === src))
        .map((entry) => ({
          file: entry.inputPath.slice(2),
          field: entry.image?.src === src ? "image.src" : "body",
          message: `${displayPath(path.join(inputDir, src))} cannot be read as an image (${message})`,
        })),
    ),
  );
}
