// The lite edition's page shell: text only, one small inline stylesheet, no
// script, no image, nothing fetched after the HTML itself.
import { html, raw, type SafeHtml } from "../../lib/render/html.ts";
import type { NewsroomView } from "../../lib/eleventy/types.ts";
import { LITE_STYLE } from "../../lib/site/inlineCode.ts";
import { documentHead } from "../partials/documentHead.ts";
import { LITE_PATH } from "../../lib/newsroom/newsroom.ts";

export function litePage(options: { newsroom: NewsroomView; title: string; canonicalPath: string; main: SafeHtml }): string {
  const { site } = options.newsroom.settings;
  return html`${documentHead(options.newsroom, `${options.title} — ${site.name} (text only)`, options.canonicalPath)}
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
