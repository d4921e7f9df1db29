// The slices of Eleventy's template data that Broadside's templates use.
import type { Newsroom } from "../newsroom/newsroom.ts";
import type { SiteAssets } from "../site/assets.ts";
import type { Deployment } from "../site/deployment.ts";
import type { ImageSet } from "../site/images.ts";
import type { SecurityPolicy } from "./buildState.ts";

export interface CollectionItem {
  inputPath: string;
  url: string;
  templateContent: string;
}

export interface NewsroomView extends Newsroom {
  assets: SiteAssets;
  deployment: Deployment;
  securityPolicy: SecurityPolicy;
  images: ImageSet;
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

