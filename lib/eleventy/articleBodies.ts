// Article bodies as HTML, rendered from their markdown when a page asks for one
// rather than held for the whole build: the source is read again (the validation
// pass keeps only each article's front matter and lede), so memory does not grow
// with the archive. The last few bodies are kept, because an article's page and
// its lite page are written one after the other.
import { readFile } from "node:fs/promises";
import { splitFrontMatter } from "../content/frontMatter.ts";
import type { Markdown } from "../render/markdown.ts";

export type BodyRenderer = (inputPath: string) => Promise<string>;

export function articleBodies(md: Markdown, keep = 64): BodyRenderer {
  const recent = new Map<string, Promise<string>>();
  return (inputPath) => {
    let body = recent.get(inputPath);
    if (!body) {
      body = readFile(inputPath, "utf8").then((source) => md.render(splitFrontMatter(source).body));
      recent.set(inputPath, body);
      // A Map iterates in insertion order: the first key is the oldest.
      if (recent.size > keep) recent.delete(recent.keys().next().value as string);
    }
    return body;
  };
}
