// One page per staff author and page number: /authors/<slug>/, /authors/<slug>/page/2/, ...
import { html } from "../render/html.ts";
import type { NewsroomView } from "../eleventy/types.ts";
import { type AuthorRef, type ListingPage, shownOfListingPage } from "../newsroom/newsroom.ts";
import { listingPage } from "../../_includes/layouts/listing.ts";
import { authorPhoto } from "../../_includes/partials/authorPhoto.ts";
import type { PageFamily } from "./family.ts";
import { sameInEveryEdition } from "../site/editions.ts";

function render(current: ListingPage<AuthorRef>, newsroom: NewsroomView): string {
  const author = current.listing;
  const intro = html`<div class="author-intro">
  ${authorPhoto(author)}
  <p class="author-intro__bio">${author.bio}</p>
  ${author.links.length > 0 ? html`<ul class="author-intro__links">${author.links.map((l) => html`<li><a href="${l.url}">${l.label}</a></li>`)}</ul>` : ""}
</div>`;
  return listingPage(newsroom, current, { kicker: "author", intro, indexUrl: `${newsroom.settings.site.root}authors/`, indexLabel: "allAuthors", inEveryEdition: true });
}

export const authorPages: PageFamily<ListingPage<AuthorRef>> = {
  name: "author pages",
  items: ({ newsroom }) => newsroom.authorPages,
  url: (current) => current.page.url,
  render,
  articlesOn: (current) => current.page.items,
  list: (current) => current.listing.url,
  shows: shownOfListingPage,
  // Every edition has the same desks and staff: their fronts name each other.
  sitemap: (current, { newsroom }) =>
    current.page.front ? { path: current.page.url, alternates: sameInEveryEdition(newsroom.settings.site, current.page.url) } : undefined,
};
