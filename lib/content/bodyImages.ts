// Images in an article's body, whatever the markdown syntax: inline
// `![alt](/images/x.jpg)`, reference-style `![alt][ref]`, or raw HTML `<img>`.
// markdown-it finds them as it will render them (so code examples are not
// images), in time linear in the body; the validation pass checks every one.
import posthtml from "posthtml";
import type { Markdown } from "../render/markdown.ts";

export interface BodyImage {
  /** The path as written, %-escapes decoded: `/images/фото.jpg`. */
  src: string;
  /** `undefined` when an HTML `<img>` has no alt attribute. */
  alt: string | undefined;
  syntax: "markdown" | "html";
}

type Token = ReturnType<Markdown["parse"]>[number];

/** Bodies without either marker have no image; most bodies are never parsed here. */
const MAY_HOLD_IMAGE = /!\[|<img/i;

export function bodyImages(md: Markdown, body: string): BodyImage[] {
  if (!MAY_HOLD_IMAGE.test(body)) return [];
  const images: BodyImage[] = [];
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === "image") {
        images.push({
          src: decodePath(String(token.attrGet("src") ?? "")),
          alt: md.renderer.renderInlineAsText(token.children ?? [], md.options, {}).trim(),
          syntax: "markdown",
        });
      } else if (token.type === "html_block" || token.type === "html_inline") {
        images.push(...htmlImages(token.content));
      }
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(body, {}));
  return images;
}

/** `<img>` elements in a fragment of raw HTML. */
export function htmlImages(fragment: string): BodyImage[] {
  if (!/<img/i.test(fragment)) return [];
  const images: BodyImage[] = [];
  posthtml()
    .use((tree) => {
      tree.match({ tag: "img" }, (node) => {
        const attrs = (node.attrs ?? {}) as Record<string, string | undefined>;
        images.push({ src: decodePath(attrs.src ?? ""), alt: attrs.alt?.trim(), syntax: "html" });
        return node;
      });
      return tree;
    })
    .process(fragment, { sync: true });
  return images;
}

/** markdown-it %-escapes what it normalises; the file on disk has the plain name. */
export function decodePath(src: string): string {
  try {
    return decodeURI(src.trim());
  } catch {
    return src.trim();
  }
}
