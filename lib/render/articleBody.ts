// An article's body as HTML. Raw HTML in markdown (embeds, pull quotes) passes
// through markdown-it as written, so one unclosed comment or element would
// swallow the rest of the page: corrections, the support-us prompt, "Read more",
// the footer. A body that holds raw HTML is parsed and written out again, which
// closes whatever it left open and drops stray closing tags; its <img> elements
// get the same processed <picture> as markdown images. Bodies without raw HTML
// (most) skip that pass.
import posthtml from "posthtml";
import { decodePath } from "../content/bodyImages.ts";
import { stripXmlForbidden } from "../content/xmlText.ts";
import type { ImageRenderer, Markdown, RenderEnv } from "./markdown.ts";

type Node = string | { tag?: unknown; attrs?: Record<string, unknown>; content?: unknown[] };

export async function renderArticleBody(md: Markdown, body: string, image?: ImageRenderer): Promise<string> {
  const env: RenderEnv = {};
  const rendered = md.render(stripXmlForbidden(body), env);
  return env.rawHtml ? wellFormed(rendered, image) : rendered;
}

async function wellFormed(html: string, image: ImageRenderer | undefined): Promise<string> {
  const result = await posthtml()
    .use((tree) => {
      // posthtml's typings do not allow replacing an element by markup, which its walk supports.
      const walk = tree.walk.bind(tree) as unknown as (callback: (node: Node) => Node) => void;
      walk((node) => {
        if (typeof node === "string") return node;
        // <plaintext> is never closed by a browser, whatever follows it.
        if (node.tag === "plaintext") return { ...node, tag: "pre" };
        if (node.tag === "img" && image) {
          const src = decodePath(String(node.attrs?.src ?? ""));
          return image(src, String(node.attrs?.alt ?? "")) ?? node;
        }
        return node;
      });
      return tree;
    })
    .process(html);
  return result.html;
}
