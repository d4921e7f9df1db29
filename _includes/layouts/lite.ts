// The lite edition's page shell: text only, one small inline stylesheet, no
// script, no image, nothing fetched after the HTML itself.
import { html, raw, type SafeHtml } from "../../lib/render/html.ts";
import type { NewsroomView } from "../../lib/eleventy/types.ts";
import { LITE_STYLE } from "../../lib/site/inlineCode.ts";
import { absoluteUrl } from "../../lib/site/urls.ts";
import { LITE_PATH } from "../../lib/newsroom/newsroom.ts";

export function litePage(options: { newsroom: NewsroomView; title: string; canonicalPath: string; main: SafeHtml }): string {
  const { settings, securityPolicy } = options.newsroom;
  const { site } = settings;
  return html`<!doctype html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${securityPolicy.meta}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} — ${site.name} (text only)</title>
<link rel="canonical" href="${absoluteUrl(site, options.canonicalPath)}">
<style>${raw(LITE_STYLE)}</style>
</head>
<body>
<p class="meta"><a href="${LITE_PATH}">${site.name}, text only</a> · <a href="${options.canonicalPath}">Full version</a></p>
${options.main}
<p class="meta">${site.name} is funded by its readers: <a href="/support/">support us</a>. <a href="/mirrors/">If this site is blocked</a>.</p>
</body>
</html>
`.value;
}
