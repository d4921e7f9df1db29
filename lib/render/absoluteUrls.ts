// Rewriting every URL in a piece of HTML (href, src, srcset, meta refresh, ...).
import urls from "@11ty/posthtml-urls";
import posthtml from "posthtml";

export async function rewriteUrls(html: string, rewrite: (url: string) => string): Promise<string> {
  const result = await posthtml().use(urls({ eachURL: rewrite })).process(html);
  return result.html;
}

/**
 * Feed readers show an item's HTML away from the site, so every URL in it must
 * be absolute, and on the primary domain even when the copy being built is a
 * mirror under a path prefix (Eleventy's own HTML base filter would add it).
 */
export function absoluteUrls(html: string, pageUrl: string): Promise<string> {
  return rewriteUrls(html, (url) => resolve(url.trim(), pageUrl));
}

function resolve(url: string, pageUrl: string): string {
  try {
    return new URL(url, pageUrl).href;
  } catch {
    return url; // not a URL we can resolve (e.g. a template placeholder in an embed): leave it
  }
}
