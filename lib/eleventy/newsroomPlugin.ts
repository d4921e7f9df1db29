// Wires Broadside into Eleventy: the validation pass before Eleventy reads any
// template (lib/eleventy/prepareBuild.ts), the newsroom handed to templates as
// `collections.newsroom`, drafts skipped, and the search index and host files
// written after the build.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { BuildMode } from "../newsroom/newsroom.ts";
import { writeHostFiles } from "../site/hostFiles.ts";
import { indexSite } from "../site/searchIndex.ts";
import { currentBuild, setCurrentBuild } from "./buildState.ts";
import { type PageFamily, writePageFamilies } from "./pageFamilies.ts";
import { prepareBuild } from "./prepareBuild.ts";
import type { CollectionItem, NewsroomView } from "./types.ts";

export interface NewsroomPluginOptions {
  inputDir: string;
  dataDir: string;
  /** Pages written straight from the newsroom after Eleventy's own (lib/eleventy/pageFamilies.ts). */
  pageFamilies: readonly PageFamily[];
}

// Eleventy sets `pathPrefix` on the config object before plugins run; its typings do not list it.
type ConfigWithPrefix = UserConfig & { pathPrefix?: string };

export function newsroomPlugin(eleventyConfig: ConfigWithPrefix, options: NewsroomPluginOptions): void {
  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: string }) => {
    // Eleventy's pathPrefix: from BROADSIDE_PATH_PREFIX in .eleventy.ts, or --pathprefix.
    setCurrentBuild(await prepareBuild({ ...options, mode: buildMode(runMode), pathPrefix: eleventyConfig.pathPrefix }));
  });

  // The newsroom as templates see it; kept for the pages written after the build.
  let view: NewsroomView | undefined;

  // Broadside's own pages, the search index, then _headers and _redirects, from what the build wrote.
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { newsroom, deployment, securityPolicy } = currentBuild();
    if (!view) throw new Error("the newsroom collection was not built");
    await writePageFamilies(options.pageFamilies, view, directories.output);
    view = undefined;
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
    const { newsroom, ...rest } = currentBuild();
    return (view = {
      ...newsroom,
      ...rest,
      renderedBody(inputPath: string): string {
        const item = items.get(inputPath);
        if (!item) throw new Error(`No rendered article for ${inputPath}`);
        return item.templateContent;
      },
    });
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

