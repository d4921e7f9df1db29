// The lite edition's page shell: text only, one small inline stylesheet, no
// script, no image, nothing fetched after the HTML itself.
import { html, raw, type SafeHtml } from "../../lib/render/html.ts";
import type { NewsroomView } from "../../lib/eleventy/types.ts";
import { LITE_STYLE } from "../../lib/site/inlineCode.ts";
import { documentHead } from "../partials/documentHead.ts";
import { litePath } from "../../lib/newsroom/newsroom.ts";
import { inEdition } from "../../lib/site/editions.ts";

export function litePage(options: { newsroom: NewsroomView; title: string; canonicalPath: string; main: SafeHtml }): string {
  const { site } = options.newsroom.settings;
  const { labels } = site;
  return html`${documentHead(options.newsroom, labels.text("liteTitle", { title: options.title, site: site.name }), options.canonicalPath)}
<style>${raw(LITE_STYLE)}</style>
</head>
<body>
<p class="meta"><a href="${litePath(site.root)}">${labels.text("liteHome", { site: site.name })}</a> · <a href="${options.canonicalPath}">${labels.text("liteFullVersion")}</a></p>
${options.main}
<p class="meta">${labels.html("liteFooter", { site: site.name, support: html`<a href="${inEdition(site.root, "/support/")}">${labels.text("liteSupport")}</a>`, blocked: html`<a href="${inEdition(site.root, "/mirrors/")}">${labels.text("ifBlocked")}</a>` })}</p>
</body>
</html>
`.value;
}
