// Feed readers show an item's HTML away from the site, so every URL in it must
// be absolute, and on the primary domain even when the copy being built is a
// mirror under a path prefix (Eleventy's own HTML base filter would add it).
import urls from "@11ty/posthtml-urls";
import posthtml from "posthtml";

export async function absoluteUrls(html: string, pageUrl: string): Promise<string> {
  const result = await posthtml()
    .use(urls({ eachURL: (url) => resolve(url.trim(), pageUrl) }))
    .process(html);
  return result.html;
}

function resolve(url: string, pageUrl: string): string {
  try {
    return new URL(url, pageUrl).href;
  } catch {
    return url; // not a URL we can resolve (e.g. a template placeholder in an embed): leave it
  }
}
