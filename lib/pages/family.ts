// A page family: the pages Broadside writes one per item of a list (an article
// page per article, a topic page per topic and page number, a feed per topic).
// Each family is declared once, in its own module here and by one line in
// lib/pages/registry.ts: its items, each page's URL, its renderer, whether a page
// goes in the sitemap, and which articles a page shows. The full build, the dev
// server's quick rebuild, the feeds and the sitemap all read these declarations.
import type { NewsroomView } from "../eleventy/types.ts";
import type { Entry, Newsroom } from "../newsroom/newsroom.ts";
import type { SitemapDocument, SitemapUrl } from "../newsroom/sitemaps.ts";

/** What families make one edition's pages from. */
export interface PageSource {
  /** The edition's newsroom. */
  newsroom: Newsroom;
  /** sitemap.xml and its parts, listing what the other families say belongs there (lib/pages/registry.ts). */
  sitemaps: SitemapDocument[];
}

/**
 * An edition's pages: what the families make them from, and the build as its renderers see it. Every family writes
 * the pages of every edition, one edition's items after the other's.
 */
export interface EditionPages {
  source: PageSource;
  view: NewsroomView;
}

/**
 * `Item` ties a family's items to what each of its methods receives. The
 * registry holds families of different items as `PageFamily` (items unknown):
 * method parameters are checked both ways, so each family keeps its own item type
 * where it is written, and the writer only passes a family its own items.
 */
export interface PageFamily<Item = unknown> {
  /** What its pages are, for timings and errors: "article pages". */
  name: string;
  /** One page per item. */
  items(source: PageSource): readonly Item[];
  /**
   * Families with the same `over` have the same items and are written item by
   * item together (an article's page, then its lite page), so what they share,
   * the rendered body, is made once.
   */
  over?: string;
  url(item: Item): string;
  render(item: Item, view: NewsroomView): string | Promise<string>;
  /**
   * The articles a page shows: the dev server rewrites a page when one of them
   * is saved, and a feed holds these articles' bodies. A family without it depends
   * on the whole site (sitemaps) and is written by full builds only.
   */
  articlesOn?(item: Item): readonly Entry[];
  /**
   * The list a page is part of, by the list's URL (lib/newsroom/newsroom.ts
   * `listsOf`: the archive, a topic, an author), for a page that shows only
   * the list and its articles. While no article joins, leaves or moves in the
   * list, its pages hold the same articles, so an incremental build takes such
   * a page as it was when the articles' cards are as they were too, without
   * fingerprinting it (lib/incremental/fingerprints.ts). Needs `articlesOn`.
   */
  list?(item: Item): string;
  /**
   * The page's entry in its edition's sitemap.xml, with the same page in the other editions where it has them;
   * none for pages search engines need not list (page 2 of a topic, feeds).
   */
  sitemap?(item: Item, source: PageSource): SitemapUrl | undefined;
  /**
   * What of its item a page shows, when that is less than the item: an
   * incremental build rewrites a page when this changes (lib/incremental/fingerprints.ts).
   * A numbered list page leaves out the list's length, which changes with every
   * push but is shown on the list's front only. Default: the whole item.
   */
  shows?(item: Item): unknown;
  /** Feeds carry full bodies: the article pages hold those bodies for them, so each is rendered once. */
  feed?: boolean;
  /** The search index reads these pages (the articles), a month at a time as they are written. */
  searchable?: boolean;
}
