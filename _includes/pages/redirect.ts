// A small page at each old URL of an article (front matter `aliases`), for hosts
// that ignore _redirects: it sends the reader on and tells search engines where
// the article lives now.
import { html } from "../../lib/render/html.ts";
import type { PaginatedData } from "../../lib/eleventy/types.ts";
import type { Redirect } from "../../lib/newsroom/newsroom.ts";
import { absoluteUrl } from "../../lib/site/urls.ts";
import { aliasOutputPath } from "../../lib/content/aliases.ts";

type Data = PaginatedData<Redirect>;

export const data = {
  pagination: { data: "collections.newsroom.redirects", size: 1 },
  permalink: (data: Data) => {
    const redirect = data.pagination.items[0];
    return redirect ? aliasOutputPath(redirect.from) : false;
  },
};

export function render(data: Data): string {
  const newsroom = data.collections.newsroom;
  const redirect = data.pagination.items[0];
  if (!redirect) throw new Error("redirect page without a redirect");
  // In a mirror, the HTML base plugin adds the path prefix to the link and to the
  // refresh target alike.
  return html`<!doctype html>
<html lang="${newsroom.settings.site.language}">
<meta charset="utf-8">
<title>Moved: ${redirect.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${absoluteUrl(newsroom.settings.site, redirect.to)}">
<meta http-equiv="refresh" content="0; url=${redirect.to}">
<p>This article has moved: <a href="${redirect.to}">${redirect.title}</a></p>
</html>
`.value;
}
