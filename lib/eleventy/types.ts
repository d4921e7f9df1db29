// The slices of Eleventy's template data that Broadside's templates use.
import type { Newsroom } from "../newsroom/newsroom.ts";
import type { BodyRenderer } from "./articleBodies.ts";
import type { Build } from "./build.ts";
import type { FeedItems } from "./feedItems.ts";

/** The newsroom with the rest of the build beside it, as templates read it. */
export interface NewsroomView extends Newsroom, Omit<Build, "newsroom"> {
  /** An article's body as HTML (markdown rendered, before the layout). */
  renderedBody: BodyRenderer;
  /** Feed items for these articles, each made once per build (lib/eleventy/feedItems.ts). */
  itemsForFeed: FeedItems;
}

export interface PageInfo {
  url: string;
  inputPath: string;
  outputPath: string | false;
}

export interface TemplateData {
  collections: { newsroom: NewsroomView };
  page: PageInfo;
}

