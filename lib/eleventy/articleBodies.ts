// Article bodies as HTML, rendered from their markdown when a page asks for one
// rather than held for the whole build: the source is read again (the validation
// pass keeps only each article's front matter and lede), so memory does not grow
// with the archive. The last few bodies are kept, because an article's page and
// its lite page are written one after the other. Bodies the feeds will ask for
// later are held until the feed item is made, up to a bound, so that most
// articles are rendered once rather than once for their pages and once more
// for the feeds (at 10,000 articles, 7,700 of them are in some feed).
import { readFile } from "node:fs/promises";
import { splitFrontMatter } from "../content/frontMatter.ts";
import type { ImageRenderer, Markdown } from "../render/markdown.ts";
import { renderArticleBody } from "../render/articleBody.ts";

export type BodyRenderer = (inputPath: string) => Promise<string>;

export interface ArticleBodies {
  render: BodyRenderer;
  /** Drops a held body: the feeds have taken it. */
  release(inputPath: string): void;
}

export interface BodyOptions {
  /** How many recent bodies to keep (an article's page, then its lite page). */
  keep?: number;
  /** Input paths of the bodies the feeds will ask for after the pages are written. */
  hold?: ReadonlySet<string>;
  /** At most this many are held (about 6 KB each); the others are rendered again. */
  holdAtMost?: number;
  /** Processed images for raw HTML `<img>` (markdown images get theirs from the markdown renderer). */
  image?: ImageRenderer;
}

export function articleBodies(md: Markdown, { keep = 64, hold = new Set(), holdAtMost = 10_000, image }: BodyOptions = {}): ArticleBodies {
  const recent = new Map<string, Promise<string>>();
  const held = new Map<string, Promise<string>>();
  return {
    render(inputPath) {
      let body = held.get(inputPath) ?? recent.get(inputPath);
      if (!body) {
        body = readFile(inputPath, "utf8").then((source) => renderArticleBody(md, splitFrontMatter(source).body, image));
        if (hold.has(inputPath) && held.size < holdAtMost) {
          held.set(inputPath, body);
        } else {
          recent.set(inputPath, body);
          // A Map iterates in insertion order: the first key is the oldest.
          if (recent.size > keep) recent.delete(recent.keys().next().value as string);
        }
      }
      return body;
    },
    release(inputPath) {
      held.delete(inputPath);
    },
  };
}
