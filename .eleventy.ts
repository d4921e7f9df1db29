// Broadside's Eleventy configuration: a table of contents. Each line wires a
// plugin or module; the logic lives in lib/.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { newsroomPlugin } from "./lib/eleventy/newsroomPlugin.ts";
import { pageFamilies } from "./lib/pages/registry.ts";
import { typescriptTemplates } from "./lib/eleventy/typescriptTemplates.ts";
import { normalizePathPrefix } from "./lib/site/deployment.ts";
import { previewServerPlugin } from "./lib/eleventy/previewServer.ts";
import { eleventyDirectories } from "./lib/eleventy/directories.ts";

export default function (eleventyConfig: UserConfig): void {
  // Templates and data files in TypeScript. https://www.11ty.dev/docs/languages/typescript/
  eleventyConfig.addPlugin(typescriptTemplates);

  // Articles: the validation pass reads them, then tags, related articles and list pages once per build
  // (lib/eleventy/newsroomPlugin.ts); article pages (markdown through markdown-it), archive, tag, author
  // and lite pages, feeds, sitemaps and redirects are written from it: the page families of lib/pages/registry.ts.
  // Its images are processed once, ever (AVIF, WebP, JPEG in several widths; https://www.11ty.dev/docs/plugins/image/),
  // and `npm run build` rewrites only what a push changed (lib/incremental/). Other files in src/images
  // (staff photos, logo) are served as they are: a passthrough copy (https://www.11ty.dev/docs/copy/).
  eleventyConfig.addPlugin(newsroomPlugin, { inputDir: config.dir.input, dataDir: "_data", pageFamilies });

  // Path prefixes and absolute URLs in feeds. https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.addPlugin(HtmlBasePlugin);

  // The preview server (npm start) listens on this machine only: it shows drafts. https://www.11ty.dev/docs/dev-server/
  eleventyConfig.addPlugin(previewServerPlugin);
}

export const config = {
  // A mirror served under a path: BROADSIDE_PATH_PREFIX=/mirror/ (or --pathprefix=/mirror/).
  pathPrefix: normalizePathPrefix(process.env.BROADSIDE_PATH_PREFIX),
  dir: eleventyDirectories,
  // The single pages in src/; articles (markdown) are Broadside's, not Eleventy templates.
  templateFormats: ["11ty.ts"],
};
