// Wires Broadside into Eleventy: the validation pass before Eleventy reads any
// template (lib/eleventy/prepareBuild.ts), each edition's newsroom handed to templates as
// `collections.editions` with article bodies rendered on demand, Broadside's own
// pages, the search index and host files written after Eleventy's pages.
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildMode } from "../newsroom/newsroom.ts";
import { writeHostFiles } from "../site/hostFiles.ts";
import { writeIcons } from "../site/icons.ts";
import type { Build } from "./build.ts";
import type { Reuse } from "../content/loadArticles.ts";
import { DevUpdates, editedArticles } from "./devUpdates.ts";
import type { EditionPages, PageFamily } from "../pages/family.ts";
import { showsAny, writePages } from "../pages/write.ts";
import { planOf } from "../incremental/buildPlan.ts";
import { writeProductionPages } from "../incremental/productionPages.ts";
import { publishImageFiles } from "../site/servedImages.ts";
import { buildView } from "./view.ts";
import { startSearchIndex } from "../site/searchIndex.ts";
import { imagePassthrough } from "./images.ts";
import { PreviewOutput, watchDeletions } from "./previewOutput.ts";
import { prepareBuild } from "./prepareBuild.ts";
import { timed } from "../util/phases.ts";
import type { NewsroomView } from "./types.ts";
import { buildSummary, replaceEleventySummary } from "./buildReport.ts";

export interface NewsroomPluginOptions {
  inputDir: string;
  dataDir: string;
  /** Pages written straight from the newsroom after Eleventy's own (lib/pages/registry.ts). */
  pageFamilies: readonly PageFamily[];
}

// Eleventy sets `pathPrefix` on the config object before plugins run; its typings do not list it.
type ConfigWithPrefix = UserConfig & { pathPrefix?: string };

export function newsroomPlugin(eleventyConfig: ConfigWithPrefix, options: NewsroomPluginOptions): void {
  const devUpdates = new DevUpdates(path.join(options.inputDir, "articles"));
  // Under the dev server, the articles edited since the last good build, when nothing else changed.
  let update: Reuse | undefined;
  // Eleventy's hooks share nothing but this plugin: the build in progress, set by
  // the validation pass (eleventy.before) and handed on explicitly from here.
  let build: Build | undefined;
  // The build as templates and page families see it, an edition at a time (lib/eleventy/view.ts).
  let editions: EditionPages[] | undefined;

  eleventyConfig.on("eleventy.beforeWatch", (files: string[]) => devUpdates.saved(files));

  // Under the dev server: deleted articles rebuild the preview, and no page of an article that is gone stays in it.
  const preview = new PreviewOutput();
  const deletionTrigger = ".cache/broadside-preview/deleted";
  eleventyConfig.addWatchTarget(deletionTrigger);
  let watchingDeletions = false;
  // Processed images the preview folder has under /img/ (production builds keep theirs in the build cache).
  let previewImages: Set<string> | undefined;

  // The build's last lines are Broadside's (lib/eleventy/buildReport.ts).
  replaceEleventySummary(eleventyConfig);
  let started = 0;

  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: string }) => {
    started = performance.now();
    update = runMode === "build" ? undefined : devUpdates.plan();
    const plan = runMode === "build" ? planOf(eleventyConfig) : undefined;
    build = await timed("prepare", () =>
      prepareBuild({
        ...options,
        mode: buildMode(runMode),
        // Eleventy's pathPrefix: from BROADSIDE_PATH_PREFIX in .eleventy.ts, or --pathprefix.
        pathPrefix: eleventyConfig.pathPrefix,
        ...(update ? { reuse: update } : {}),
        ...(plan ? { plan } : {}),
      }),
    );
  });

  // Broadside's own pages, the search index, then _headers and _redirects, from what the build wrote.
  type AfterBuild = { directories: { output: string }; results?: { outputPath?: unknown }[]; runMode: string };
  eleventyConfig.on("eleventy.after", async ({ directories, results = [], runMode }: AfterBuild) => {
    const previewing = runMode !== "build";
    if (!build || !editions) throw new Error("the editions collection was not built");
    const current = build;
    const pages = editions;
    const { deployment, securityPolicy } = current;
    const primary = current.editions[0];
    if (!primary) throw new Error("the build has no edition");

    // Under the dev server: a save rewrites the pages showing the saved articles; any other change, every page
    // and the search index. Pages no longer written are removed, images no article uses leave /img/.
    const previewPages = async (outputDir: string): Promise<number> => {
      const record = new Map<string, readonly string[]>();
      const scope = update
        ? { only: showsAny(editedArticles(update, current.articleFiles)) }
        : { searchIndex: await startSearchIndex(outputDir, primary.settings.site.language, current.searchParts) };
      const written = await timed("page families", () => writePages(options.pageFamilies, pages, outputDir, { record, ...scope }));
      await preview.settle(outputDir, record, update);
      const images = await publishImageFiles(outputDir, current.images, previewImages);
      previewImages = images.files;
      return written + images.changed;
    };

    const written = previewing
      ? await previewPages(directories.output)
      : await writeProductionPages({
          families: options.pageFamilies,
          editions: pages,
          build,
          outputDir: directories.output,
          inputDir: options.inputDir,
          plan: planOf(eleventyConfig),
        });
    if (previewing && !watchingDeletions) {
      watchingDeletions = true;
      await watchDeletions(path.join(options.inputDir, "articles"), deletionTrigger, (file) => devUpdates.saved([file]));
    }
    editions = undefined;
    // Icons before _headers, which gives each top-level file its caching rule. They are made from the drawing
    // alone, which is in the build key: an incremental build finds them as the previous build wrote them.
    const incremental = !previewing && planOf(eleventyConfig)?.previous !== undefined;
    const icons = update || incremental ? 0 : await writeIcons(options.inputDir, directories.output);
    const hostFiles = await writeHostFiles(directories.output, {
      deployment,
      contentSecurityPolicy: securityPolicy.header,
      redirects: current.editions.flatMap((newsroom) => newsroom.redirects),
    });
    devUpdates.succeeded(build.articleFiles);
    const eleventyPages = results.filter((result) => typeof result.outputPath === "string").length;
    const seconds = (performance.now() - started) / 1000;
    console.log(buildSummary(build.counts, primary.mode, { files: written + eleventyPages + hostFiles + icons, seconds }, primary.settings.site));
  });

  // Articles are read by the validation pass and written by Broadside, not by Eleventy;
  // editing one still rebuilds the site under --serve. https://www.11ty.dev/docs/watch-serve/
  eleventyConfig.addWatchTarget(`${options.inputDir}/articles/**/*.md`);

  // Images are served processed when an article uses them, as they are otherwise (lib/eleventy/images.ts).
  imagePassthrough(eleventyConfig, options.inputDir, (src) => build?.images.get(src) !== undefined);

  // Every edition's view, primary first: the single pages in src/ are paginated over it, one page per edition.
  eleventyConfig.addCollection("editions", (): NewsroomView[] => {
    if (!build) throw new Error("Broadside's build is read before the validation pass ran (eleventy.before)");
    editions = buildView(build, options.pageFamilies);
    return editions.map((edition) => edition.view);
  });
}

/**
 * `eleventy` builds for production; `--serve` and `--watch` preview drafts and
 * scheduled articles. `BROADSIDE_MODE=preview|production` overrides either.
 */
export function buildMode(runMode: string, env: NodeJS.ProcessEnv = process.env): BuildMode {
  const forced = env.BROADSIDE_MODE;
  // Any other value stops the build in the validation pass (lib/site/environment.ts).
  if (forced === "preview" || forced === "production") return forced;
  return runMode === "build" ? "production" : "preview";
}

