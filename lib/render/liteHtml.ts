// The lite edition's body: the article's HTML without anything that costs a
// request or needs a script. Images become their alt text; embeds, media and
// scripts go; inline styles and event handlers are dropped.
import posthtml from "posthtml";

/** What posthtml's walk hands over and accepts back: text, or an element. */
type WalkNode = string | { tag?: unknown; attrs?: Record<string, unknown>; content?: unknown[] };

const DROPPED = new Set([
  "script", "noscript", "style", "link", "iframe", "object", "embed", "video", "audio", "source",
  "track", "canvas", "svg", "form", "input", "button", "select", "textarea",
]);

export async function liteHtml(html: string): Promise<string> {
  const result = await posthtml()
    .use((tree) => {
      // posthtml's typings do not allow replacing an element by text, which its walk supports.
      const walk = tree.walk.bind(tree) as unknown as (callback: (node: WalkNode) => WalkNode) => void;
      walk((node) => {
        if (typeof node === "string" || !node.tag) return node;
        if (node.tag === "img") {
          const alt = String(node.attrs?.alt ?? "").trim();
          return alt === "" ? "" : { tag: "span", attrs: { class: "image-alt" }, content: [`[Image: ${alt}]`] };
        }
        if (typeof node.tag === "string" && DROPPED.has(node.tag)) return "";
        // <picture>: keep only what its <img> says.
        if (node.tag === "picture") return { tag: false, content: node.content ?? [] };
        if (node.attrs) {
          for (const name of Object.keys(node.attrs)) {
            if (name === "style" || name.startsWith("on") || name === "srcset") delete node.attrs[name];
          }
        }
        return node;
      });
      return tree;
    })
    .process(html);
  return result.html;
}
