// Headlines and ledes written in front matter get the same typography as the
// body: curly quotes in the site's language («» for Russian, „“ for German),
// apostrophes and dashes. Markdown syntax and HTML are not interpreted here: a
// headline is plain text, escaped when it is printed.
import MarkdownIt from "markdown-it";

/** markdown-it's `quotes` option (double open, close, single open, close) by language. */
const QUOTES: Record<string, string> = {
  en: "“”‘’",
  ru: "«»„“",
  uk: "«»„“",
  be: "«»„“",
  de: "„“‚‘",
  fr: "«\u00a0\u00a0»‹\u00a0\u00a0›",
  pl: "„”‚’",
};

/** The quotes for a BCP 47 language tag such as `ru` or `en-GB`; English ones for a language not listed. */
export function quotesFor(language: string): string {
  return QUOTES[language.toLowerCase().split("-")[0] ?? ""] ?? (QUOTES.en as string);
}

const typographers = new Map<string, InstanceType<typeof MarkdownIt>>();

export function smartText(text: string, language = "en"): string {
  const quotes = quotesFor(language);
  let typographer = typographers.get(quotes);
  if (!typographer) {
    typographer = new MarkdownIt("zero", { typographer: true, quotes }).enable(["replacements", "smartquotes"]);
    typographers.set(quotes, typographer);
  }
  const tokens = typographer.parseInline(text, {});
  return tokens
    .flatMap((token) => token.children ?? [])
    .map((child) => (child.type === "softbreak" || child.type === "hardbreak" ? " " : child.content))
    .join("");
}
