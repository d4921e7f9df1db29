// The slices of Eleventy's template data that Broadside's templates use.
import type { Newsroom } from "../newsroom/newsroom.ts";
import type { Build } from "./buildState.ts";

export interface CollectionItem {
  inputPath: string;
  url: string;
  templateContent: string;
}

/** The newsroom with the rest of the build beside it, as templates read it. */
export interface NewsroomView extends Newsroom, Omit<Build, "newsroom"> {
  /** An article's body as HTML (markdown rendered, before the layout). */
  renderedBody(inputPath: string): string;
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

export interface PaginatedData<T> extends TemplateData {
  pagination: { items: T[] };
}

