// One markdown-it instance for article bodies and ledes.
// https://github.com/markdown-it/markdown-it#init-with-presets-and-options
import MarkdownIt from "markdown-it";
import anchor from "markdown-it-anchor";
import footnote from "markdown-it-footnote";
import { decodePath } from "../content/bodyImages.ts";
import { slugify } from "../content/slugs.ts";
import { quotesFor } from "./typography.ts";

export type Markdown = InstanceType<typeof MarkdownIt>;

/** Renders an image written in markdown; `undefined` leaves markdown-it's own <img>. */
export type ImageRenderer = (src: string, alt: string) => string | undefined;

/** What rendering found out about a body: `rawHtml` when it holds HTML written by hand. */
export type RenderEnv = Parameters<Markdown["render"]>[1] & {
  rawHtml?: boolean;
};

/** Ids the page around an article body uses itself (skip link, section headings, forms): headings never take them. */
export const PAGE_IDS: ReadonlySet<string> = new Set(["main", "latest-heading", "read-more-heading", "search-query", "support-us", "support-us-heading"]);

function headingId(text: string): string {
  const id = slugify(text) || "section";
  return PAGE_IDS.has(id) ? `${id}-section` : id;
}

export interface MarkdownOptions {
  image?: ImageRenderer;
  /** The site's language: quotation marks follow it («» for Russian). */
  language?: string;
}

export function createMarkdown(options: MarkdownOptions = {}): Markdown {
  const md = new MarkdownIt({
    html: true, // newsrooms paste embeds and pull quotes as raw HTML
    typographer: true, // smart quotes and en dashes in headlines and body
    quotes: quotesFor(options.language ?? "en"),
    linkify: true,
  });
  // Investigations cite their sources in footnotes ([^1]) and are linked to by section:
  // every heading gets an id from its text, transliterated like URLs, and links to itself.
  // https://github.com/markdown-it/markdown-it-footnote, https://github.com/valeriangalliat/markdown-it-anchor
  md.use(footnote);
  md.use(anchor, { level: [2, 3, 4], slugify: headingId, permalink: anchor.permalink.headerLink() });
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
