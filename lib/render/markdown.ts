// One markdown-it instance for article bodies and ledes.
// https://github.com/markdown-it/markdown-it#init-with-presets-and-options
import MarkdownIt from "markdown-it";

export type Markdown = InstanceType<typeof MarkdownIt>;

/** Renders an image written in markdown; `undefined` leaves markdown-it's own <img>. */
export type ImageRenderer = (src: string, alt: string) => string | undefined;

export function createMarkdown(options: { image?: ImageRenderer } = {}): Markdown {
  const md = new MarkdownIt({
    html: true, // newsrooms paste embeds and pull quotes as raw HTML
    typographer: true, // “smart quotes” and en dashes in headlines and body
    linkify: true,
  });
  const renderImage = options.image;
  if (renderImage) {
    const fallback = md.renderer.rules.image;
    md.renderer.rules.image = (tokens, index, mdOptions, env, self) => {
      const token = tokens[index];
      const src = String(token?.attrGet("src") ?? "");
      const alt = self.renderInlineAsText(token?.children ?? [], mdOptions, env);
      return renderImage(src, alt) ?? fallback?.(tokens, index, mdOptions, env, self) ?? "";
    };
  }
  return md;
}
