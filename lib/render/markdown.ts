// One markdown-it instance for article bodies and ledes.
// https://github.com/markdown-it/markdown-it#init-with-presets-and-options
import MarkdownIt from "markdown-it";

export type Markdown = InstanceType<typeof MarkdownIt>;

export function createMarkdown(): Markdown {
  return new MarkdownIt({
    html: true, // newsrooms paste embeds and pull quotes as raw HTML
    typographer: true, // “smart quotes” and en dashes in headlines and body
    linkify: true,
  });
}
