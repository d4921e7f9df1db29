// Images written in an article's markdown body (`![alt](/images/x.jpg)`), found
// before Eleventy renders anything so they can be checked and processed once.

export interface InlineImage {
  alt: string;
  src: string;
}

const FENCED_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm;
const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^\s)>]+)>?(?:\s+["'(][^)]*["')])?\s*\)/g;

export function inlineImages(body: string): InlineImage[] {
  if (!body.includes("![")) return [];
  const prose = body.replace(FENCED_CODE, "");
  return [...prose.matchAll(MARKDOWN_IMAGE)].map((match) => ({ alt: (match[1] ?? "").trim(), src: match[2] ?? "" }));
}
