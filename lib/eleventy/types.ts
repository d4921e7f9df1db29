// The slices of Eleventy's template data that Broadside's templates use.
import type { Newsroom } from "../newsroom/newsroom.ts";
import type { BodyRenderer } from "./articleBodies.ts";
import type { Build } from "./build.ts";
import type { FeedItems } from "./feedItems.ts";

/** An edition's newsroom with the rest of the build beside it, as templates read it. */
export interface NewsroomView extends Newsroom, Omit<Build, "editions"> {
  /** An article's body as HTML (markdown rendered, before the layout). */
  renderedBody: BodyRenderer;
  /** Feed items for these articles, each made once per build (lib/eleventy/feedItems.ts). */
  itemsForFeed: FeedItems;
}

/** The primary edition, for what the whole site has once (robots.txt, the manifest, mirrors.json). */
export function primaryEdition(data: Pick<TemplateData, "collections">): NewsroomView {
  const [primary] = data.collections.editions;
  if (!primary) throw new Error("the build has no edition");
  return primary;
}

export interface PageInfo {
  url: string;
  inputPath: string;
  outputPath: string | false;
}

export interface TemplateData {
  /** Every edition (primary first), for the single pages each edition has (its front page, search, support...). */
  collections: { editions: NewsroomView[] };
  /** The edition a single page is written for: Eleventy paginates those pages over `collections.editions`. */
  edition: NewsroomView;
  page: PageInfo;
}

