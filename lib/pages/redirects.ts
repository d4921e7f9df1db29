// A small page at each old URL of an article (front matter `aliases`), for hosts
// that ignore _redirects: it sends the reader on and tells search engines where
// the article lives now.
import { html } from "../render/html.ts";
import type { NewsroomView } from "../eleventy/types.ts";
import type { PageFamily } from "./family.ts";
import type { Redirect } from "../newsroom/newsroom.ts";
import { absoluteUrl } from "../site/urls.ts";
import { aliasOutputPath } from "../content/aliases.ts";

function render(redirect: Redirect, newsroom: NewsroomView): string {
  // In a mirror, the HTML base plugin adds the path prefix to the link and to the
  // refresh target alike.
  const { site } = newsroom.settings;
  return html`<!doctype html>
<html lang="${site.language}">
<meta charset="utf-8">
<title>${site.labels.text("movedTitle", { title: redirect.title })}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${absoluteUrl(site, redirect.to)}">
<meta http-equiv="refresh" content="0; url=${redirect.to}">
<p>${site.labels.html("movedText", { link: html`<a href="${redirect.to}">${redirect.title}</a>` })}</p>
</html>
`.value;
}

// Written first: some sit under /YYYY/, where the search indexer reads article pages while later families are written.
export const redirectPages: PageFamily<Redirect> = {
  name: "redirect pages",
  items: ({ newsroom }) => newsroom.redirects,
  url: (redirect) => aliasOutputPath(redirect.from),
  render,
  articlesOn: (redirect) => [redirect.article],
};
