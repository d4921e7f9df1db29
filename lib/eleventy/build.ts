// What the validation pass makes of the sources before Eleventy reads a template:
// the newsroom and everything else computed once per build. The newsroom plugin
// hands it explicitly to Eleventy's templates (as collections.editions) and to
// the page families.
import type { LoadedFile } from "../content/loadArticles.ts";
import type { Newsroom } from "../newsroom/newsroom.ts";
import type { SiteAssets } from "../site/assets.ts";
import type { Deployment } from "../site/deployment.ts";
import type { ImageSet } from "../site/images.ts";
import type { SearchPart } from "../site/searchParts.ts";
import type { PublishingCounts } from "./buildReport.ts";

export interface SecurityPolicy {
  /** For the Content-Security-Policy header in _headers. */
  header: string;
  /** For <meta http-equiv> on hosts that cannot send headers (GitHub Pages). */
  meta: string;
}

export interface Build {
  /** A newsroom per edition, the primary edition's first (lib/site/editions.ts). */
  editions: Newsroom[];
  /** Published, draft and scheduled articles among all that were read, for the build's last lines. */
  counts: PublishingCounts;
  /** When the site would next change by the clock alone (ms since the epoch; null for never): kept by the build cache. */
  stableUntil: number | null;
  /** What the validation pass made of each article file, for the dev server's next rebuild. */
  articleFiles: ReadonlyMap<string, LoadedFile>;
  assets: SiteAssets;
  deployment: Deployment;
  securityPolicy: SecurityPolicy;
  images: ImageSet;
  /** How each edition's search index is split (lib/site/searchParts.ts), the editions' parts one after the other; each search page lists its own. */
  searchParts: SearchPart[];
}
