// A staff author's portrait, with its size so nothing moves when it loads.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import type { AuthorRef } from "../../lib/newsroom/newsroom.ts";

export function authorPhoto(author: AuthorRef): SafeHtml {
  if (!author.photo) return html``;
  return html`<img class="author-photo" src="${author.photo.src}" alt="${author.name}" width="120" height="120" loading="lazy" decoding="async">`;
}
