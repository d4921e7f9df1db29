// The opening every Broadside page shares, up to its <title> and canonical link:
// language, charset, the Content-Security-Policy (for hosts that cannot send it
// as a header), no referrer to other sites, the viewport.
import { html, type SafeHtml } from "../../lib/render/html.ts";
import type { NewsroomView } from "../../lib/eleventy/types.ts";
import { absoluteUrl } from "../../lib/site/urls.ts";
import { ICONS } from "../../lib/site/icons.ts";
import type { Alternate } from "../../lib/newsroom/sitemaps.ts";

/** The outlet's colours, as the stylesheet has them (--accent, --paper), for the manifest and browser chrome. */
export const THEME_COLOUR = "#a4161a";
export const PAPER_COLOUR = "#fffdf8";

/** `alternates`: the page in every language it has, itself included (hreflang); none for a page in one language only. */
export function documentHead(newsroom: NewsroomView, title: string, canonicalPath: string, alternates: readonly Alternate[] = []): SafeHtml {
  const { site } = newsroom.settings;
  return html`<!doctype html>
<html lang="${site.language}" dir="${site.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${newsroom.securityPolicy.meta}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="canonical" href="${absoluteUrl(site, canonicalPath)}">
${alternates.map((alternate) => html`<link rel="alternate" hreflang="${alternate.language}" href="${absoluteUrl(site, alternate.path)}">
`)}<link rel="icon" href="${ICONS.svg}" type="image/svg+xml">
<link rel="icon" href="${ICONS.ico}" sizes="32x32">`;
}
