// Defaults for every article: the article layout, and the URL the validation
// pass worked out (`/YYYY/MM/DD/<slug>/` in the site's timezone). Drafts and
// future articles never get here in production builds (see the preprocessor in
// lib/eleventy/newsroomPlugin.ts).
import { currentBuild } from "../../lib/eleventy/buildState.ts";

export default {
  layout: "layouts/article.11ty.ts",
  eleventyComputed: {
    permalink: (data: { page: { inputPath: string } }): string | false =>
      currentBuild().newsroom.byInputPath.get(data.page.inputPath)?.url ?? false,
  },
};
