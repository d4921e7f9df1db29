// Headlines and ledes written in front matter get the same typography as the
// body: “curly quotes”, apostrophes and dashes. Markdown syntax and HTML are not
// interpreted here: a headline is plain text, escaped when it is printed.
import MarkdownIt from "markdown-it";

const typographer = new MarkdownIt("zero", { typographer: true }).enable(["replacements", "smartquotes"]);

export function smartText(text: string): string {
  const tokens = typographer.parseInline(text, {});
  return tokens
    .flatMap((token) => token.children ?? [])
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content))
    .join("");
}
