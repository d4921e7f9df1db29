// The build as pages see it, an edition at a time: the edition's newsroom with
// the assets, images and deployment beside it, article bodies rendered on demand
// in the edition's language (held for the feeds that carry them), and what the
// page families make the edition's pages from. Made once per build, after the
// validation pass, for Eleventy's templates and Broadside's families.
import { createMarkdown } from "../render/markdown.ts";
import type { EditionPages, PageFamily } from "../pages/family.ts";
import { feedContents, pageSource } from "../pages/registry.ts";
import { articleBodies } from "./articleBodies.ts";
import type { Build } from "./build.ts";
import { feedItems } from "./feedItems.ts";
import { bodyPictures } from "./images.ts";

export function buildView(build: Build, families: readonly PageFamily[]): EditionPages[] {
  const { editions, searchParts, ...rest } = build;
  // Images in bodies as responsive <picture>, the same in every edition.
  const image = bodyPictures(rest.images);
  return editions.map((newsroom) => {
    const { site } = newsroom.settings;
    // Bodies through markdown-it in the edition's language (its quotation marks).
    const markdown = createMarkdown({ image, language: site.language });
    const source = pageSource(newsroom, families);
    const feeds = feedContents(source, families);
    // Bodies the feeds will carry are held from their pages to their feed item, so they are rendered once.
    const hold = new Set(feeds.flatMap((feed) => feed.map((entry) => entry.inputPath)));
    const bodies = articleBodies(markdown, { hold, image });
    const items = feedItems({ site, images: rest.images, bodies, feeds });
    // Its own parts of the search index: its search page lists them.
    const parts = searchParts.filter((part) => (part.language ?? editions[0]?.settings.site.language) === site.language);
    return { source, view: { ...newsroom, ...rest, searchParts: parts, renderedBody: bodies.render, itemsForFeed: items } };
  });
}
