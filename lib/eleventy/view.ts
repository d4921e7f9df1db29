// The build as pages see it: the newsroom with its assets, images and deployment
// beside it, article bodies rendered on demand (held for the feeds that carry
// them), and what the page families make their pages from. Made once per build,
// after the validation pass, for Eleventy's templates and Broadside's families.
import { createMarkdown } from "../render/markdown.ts";
import type { PageFamily, PageSource } from "../pages/family.ts";
import { feedContents, pageSource } from "../pages/registry.ts";
import { articleBodies } from "./articleBodies.ts";
import type { Build } from "./build.ts";
import { feedItems } from "./feedItems.ts";
import { bodyPictures } from "./images.ts";
import type { NewsroomView } from "./types.ts";

export function buildView(build: Build, families: readonly PageFamily[]): { view: NewsroomView; source: PageSource } {
  const { newsroom, ...rest } = build;
  // Article bodies through markdown-it in the site's language, images in them as responsive <picture>.
  const image = bodyPictures(rest.images);
  const markdown = createMarkdown({ image, language: newsroom.settings.site.language });
  const source = pageSource(newsroom, families);
  const feeds = feedContents(source, families);
  // Bodies the feeds will carry are held from their pages to their feed item, so they are rendered once.
  const hold = new Set(feeds.flatMap((feed) => feed.map((entry) => entry.inputPath)));
  const bodies = articleBodies(markdown, { hold, image });
  const items = feedItems({ site: newsroom.settings.site, images: rest.images, bodies, feeds });
  return { view: { ...newsroom, ...rest, renderedBody: bodies.render, itemsForFeed: items }, source };
}
