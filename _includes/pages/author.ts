// One page per staff author and page number: /authors/<slug>/, /authors/<slug>/page/2/, ...
import { html } from "../../lib/render/html.ts";
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { AuthorRef, Entry, ListingPage } from "../../lib/newsroom/newsroom.ts";
import { listingPage } from "../layouts/listing.ts";
import { authorPhoto } from "../partials/authorPhoto.ts";

type Data = PaginatedData<ListingPage<AuthorRef>>;

export const data = {
  pagination: { data: "collections.newsroom.authorPages", size: 1 },
  permalink: (data: Data) => data.pagination.items[0]?.page.url,
};

/** The articles this page shows: under the dev server it is rewritten when one of them is edited. */
export const articlesOn = (listing: ListingPage<AuthorRef>): readonly Entry[] => listing.page.items;

export function render(data: Data): string {
  const current = data.pagination.items[0];
  if (!current) throw new Error("author page without an author");
  const author = current.listing;
  const intro = html`<div class="author-intro">
  ${authorPhoto(author)}
  <p class="author-intro__bio">${author.bio}</p>
  ${author.links.length > 0 ? html`<ul class="author-intro__links">${author.links.map((l) => html`<li><a href="${l.url}">${l.label}</a></li>`)}</ul>` : ""}
</div>`;
  return listingPage(data.collections.newsroom, current, { kicker: "Author", intro, indexUrl: "/authors/", indexLabel: "All authors" });
}
