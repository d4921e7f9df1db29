// Runs Broadside's validation pass before Eleventy reads any template, and hands
// what it builds to templates as `collections.newsroom`.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Article } from "../content/article.ts";
import { buildNow } from "../content/dates.ts";
import { loadArticles } from "../content/loadArticles.ts";
import { guestBylines, guestBylineWarning } from "../content/bylines.ts";
import { ContentError } from "../content/problems.ts";
import { firstParagraphText } from "../content/summary.ts";
import { type BuildMode, buildNewsroom } from "../newsroom/newsroom.ts";
import { createMarkdown } from "../render/markdown.ts";
import { loadAssets } from "../site/assets.ts";
import { imageCacheDir, processImages } from "../site/images.ts";
import { normalizePathPrefix } from "../site/deployment.ts";
import { HEAD_SCRIPT, LITE_STYLE } from "../site/inlineCode.ts";
import { headerPolicy, metaPolicy, type PolicyInputs } from "../site/securityPolicy.ts";
import { writeHostFiles } from "../site/hostFiles.ts";
import { indexSite } from "../site/searchIndex.ts";
import { loadSettings, missingAuthorPhotos } from "../site/settings.ts";
import { currentBuild, setCurrentBuild } from "./buildState.ts";
import type { CollectionItem, NewsroomView } from "./types.ts";

export interface NewsroomPluginOptions {
  inputDir: string;
  dataDir: string;
}

// Eleventy sets `pathPrefix` on the config object before plugins run; its typings do not list it.
type ConfigWithPrefix = UserConfig & { pathPrefix?: string };

export function newsroomPlugin(eleventyConfig: ConfigWithPrefix, options: NewsroomPluginOptions): void {
  const md = createMarkdown();

  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: string }) => {
    const { settings, problems } = await loadSettings(options.dataDir);
    if (!settings) throw new ContentError(problems);
    const loaded = await loadArticles({
      inputDir: options.inputDir,
      articlesDir: path.join(options.inputDir, "articles"),
      context: {
        timezone: settings.site.timezone,
        defaultAuthor: settings.site.name,
        deriveSummary: (body) => firstParagraphText(md, body),
      },
    });
    const contentProblems = [
      ...loaded.problems,
      ...(await missingAuthorPhotos(settings.authors, options.inputDir, options.dataDir)),
    ];
    if (contentProblems.length > 0) throw new ContentError(contentProblems);
    const warning = guestBylineWarning(guestBylines(loaded.articles, settings.authors, settings.site.name));
    if (warning) console.warn(warning);
    const newsroom = buildNewsroom(loaded.articles, settings, { mode: buildMode(runMode), now: buildNow() });
    setCurrentBuild({
      newsroom,
      images: await processImages(imageSources(newsroom.articles), options.inputDir, imageCacheDir()),
      assets: await loadAssets(path.join(options.inputDir, "assets"), settings.notices),
      // Eleventy's pathPrefix: from BROADSIDE_PATH_PREFIX in .eleventy.ts, or --pathprefix.
      deployment: { pathPrefix: normalizePathPrefix(eleventyConfig.pathPrefix), onion: settings.mirrors.onion },
      securityPolicy: sitePolicy(new URL(settings.support.checkoutUrl).origin),
    });
  });

  // The search index, then _headers and _redirects, from what the build wrote.
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { newsroom, deployment, securityPolicy } = currentBuild();
    await indexSite(directories.output, newsroom.settings.site.language);
    await writeHostFiles(directories.output, {
      deployment,
      contentSecurityPolicy: securityPolicy.header,
      redirects: newsroom.redirects,
    });
  });

  // Drafts and future articles in a production build: Eleventy skips them entirely.
  // https://www.11ty.dev/docs/config-preprocessors/
  eleventyConfig.addPreprocessor("withheld-articles", "md", (data: { page: { inputPath: string } }) =>
    currentBuild().newsroom.withheld.has(data.page.inputPath) ? false : undefined,
  );

  eleventyConfig.addCollection("newsroom", (collectionApi: { getAll(): CollectionItem[] }): NewsroomView => {
    const items = new Map(collectionApi.getAll().map((item) => [item.inputPath, item]));
    const { newsroom, assets, deployment, securityPolicy, images } = currentBuild();
    return {
      ...newsroom,
      assets,
      deployment,
      securityPolicy,
      images,
      renderedBody(inputPath: string): string {
        const item = items.get(inputPath);
        if (!item) throw new Error(`No rendered article for ${inputPath}`);
        return item.templateContent;
      },
    };
  });
}

/**
 * `eleventy` builds for production; `--serve` and `--watch` preview drafts and
 * scheduled articles. `BROADSIDE_MODE=preview|production` overrides either.
 */
export function buildMode(runMode: string, env: NodeJS.ProcessEnv = process.env): BuildMode {
  const forced = env.BROADSIDE_MODE;
  if (forced === "preview" || forced === "production") return forced;
  if (forced) throw new Error(`BROADSIDE_MODE must be "preview" or "production", not "${forced}"`);
  return runMode === "build" ? "production" : "preview";
}

function sitePolicy(checkoutOrigin: string) {
  const inputs: PolicyInputs = { inlineScripts: [HEAD_SCRIPT], inlineStyles: [LITE_STYLE], formOrigins: [checkoutOrigin] };
  return { header: headerPolicy(inputs), meta: metaPolicy(inputs) };
}

/** Lead and body images of the articles this build publishes. */
function imageSources(entries: readonly Article[]): string[] {
  return entries.flatMap((entry) => [...(entry.image ? [entry.image.src] : []), ...entry.inlineImages.map((i) => i.src)]);
}
