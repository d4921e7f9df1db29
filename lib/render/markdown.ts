// One markdown-it instance for article bodies and ledes.
// https://github.com/markdown-it/markdown-it#init-with-presets-and-options
import MarkdownIt from "markdown-it";
import { decodePath } from "../content/bodyImages.ts";

export type Markdown = InstanceType<typeof MarkdownIt>;

/** Renders an image written in markdown; `undefined` leaves markdown-it's own <img>. */
export type ImageRenderer = (src: string, alt: string) => string | undefined;

/** What rendering found out about a body: `rawHtml` when it holds HTML written by hand. */
export type RenderEnv = Parameters<Markdown["render"]>[1] & {
  rawHtml?: boolean;
};

export function createMarkdown(options: { image?: ImageRenderer } = {}): Markdown {
  const md = new MarkdownIt({
    html: true, // newsrooms paste embeds and pull quotes as raw HTML
    typographer: true, // “smart quotes” and en dashes in headlines and body
    linkify: true,
  });
  // Marks bodies with raw HTML, which lib/render/articleBody.ts makes well-formed.
  md.core.ruler.push("broadside_raw_html", (state) => {
    const hasHtml = (tokens: typeof state.tokens): boolean =>
      tokens.some((t) => t.type === "html_block" || t.type === "html_inline" || (t.children ? hasHtml(t.children) : false));
    if (hasHtml(state.tokens)) (state.env as RenderEnv).rawHtml = true;
  });
  const renderImage = options.image;
  if (renderImage) {
    const fallback = md.renderer.rules.image;
    md.renderer.rules.image = (tokens, index, mdOptions, env, self) => {
      const token = tokens[index];
      const src = decodePath(String(token?.attrGet("src") ?? ""));
      const alt = self.renderInlineAsText(token?.children ?? [], mdOptions, env);
      return renderImage(src, alt) ?? fallback?.(tokens, index, mdOptions, env, self) ?? "";
    };
  }
  return md;
}
