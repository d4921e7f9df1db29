// The pages Broadside writes itself, straight from the newsroom, after Eleventy has
// rendered its own pages: one page (or feed) per item of a list in the newsroom.
// Written as Eleventy paginated templates, each of these pages cost a full
// Template clone and stayed in memory to the end of the build (BENCHMARKS.md).
import type { PageFamily } from "../../lib/eleventy/pageFamilies.ts";
import * as archive from "./archive.ts";
import * as article from "./article.ts";
import * as author from "./author.ts";
import * as authorFeed from "./authorFeed.ts";
import * as liteArticle from "./liteArticle.ts";
import * as redirect from "./redirect.ts";
import * as sitemap from "./sitemap.ts";
import * as tag from "./tag.ts";
import * as tagFeed from "./tagFeed.ts";

// Each module types its own list item; the writer hands every module items from
// the list its `pagination.data` names, so the item types match by construction.
// Redirect pages first: some sit under /YYYY/, where the search indexer reads
// article pages while the later families are written.
export const pageFamilies: PageFamily[] = [
  redirect,
  article,
  archive,
  tag,
  tagFeed,
  author,
  authorFeed,
  liteArticle,
  sitemap,
] as unknown as PageFamily[];
