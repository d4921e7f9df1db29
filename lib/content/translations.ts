// Translations: an article names the same article in another edition by its URL
// (front matter `translation: /ru/2026/11/25/zabastovka-v-portu/`). Either of the
// two may name the other, or both: they link each other ("Читать по-русски" /
// "Read in English") and carry hreflang alternates, in their pages and in the
// sitemaps. Articles joined this way form a group with at most one article per
// edition: a translation naming an article of its own edition, or a group with
// two articles of one edition, stops the build, naming the file. A translation
// naming no article is a warning only, naming the file: taking an article down
// (a legal threat, a source at risk) must go out in one push, even while its
// translation still names it; the translation then shows no link.
import type { Article } from "./article.ts";
import type { Problem } from "./problems.ts";
import type { Entry } from "../newsroom/newsroom.ts";

/** Every article with a translation, joined to the articles it names; each group's members by URL. */
function groups<T extends Pick<Article, "url" | "translation">>(articles: readonly T[], named: (article: T) => T | undefined): Map<T, T[]> {
  const parent = new Map<T, T>();
  const find = (article: T): T => {
    let top = article;
    while (parent.has(top) && parent.get(top) !== top) top = parent.get(top) as T;
    parent.set(article, top);
    return top;
  };
  for (const article of articles) {
    const other = article.translation === undefined ? undefined : named(article);
    if (other) parent.set(find(article), find(other));
  }
  const members = new Map<T, T[]>();
  for (const article of parent.keys()) {
    const top = find(article);
    members.set(top, [...(members.get(top) ?? []), article]);
  }
  const byArticle = new Map<T, T[]>();
  for (const group of members.values()) for (const article of group) byArticle.set(article, group);
  return byArticle;
}

/**
 * What is wrong with the translations the articles name (drafts included: a translation may be published later):
 * problems stop the build, warnings are printed.
 */
export function translationProblems(articles: readonly Article[], editions: readonly { root: string; language: string }[]): { problems: Problem[]; warnings: Problem[] } {
  const byUrl = new Map(articles.map((article) => [decodedPath(article.url), article]));
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const report = (article: Article, message: string, list = problems) => list.push({ file: article.inputPath.slice(2), field: "translation", message });
  const languageOf = (root: string) => editions.find((edition) => edition.root === root)?.language ?? root;
  const named = (article: Article): Article | undefined => {
    const other = byUrl.get(decodedPath(article.translation ?? ""));
    if (!other) {
      const others = editions.filter((edition) => edition.root !== article.root).map((edition) => edition.root);
      const hint = others.length > 0 ? `another edition's start with ${others.join(" or ")}` : "this site has one edition";
      report(article, `${article.translation} is not the URL of an article (${hint}; deleted, or a typo?): no link to it is shown`, warnings);
      return undefined;
    }
    if (other === article) report(article, `${article.translation} is this article's own URL`);
    else if (other.root === article.root) report(article, `${article.translation} is an article of the same edition (${languageOf(article.root)}); a translation is in another edition`);
    else return other;
    return undefined;
  };
  const reported = new Set<Article>();
  for (const group of new Set(groups(articles, named).values())) {
    for (const article of group) {
      const twin = group.find((other) => other !== article && other.root === article.root);
      if (!twin || reported.has(article)) continue;
      reported.add(article);
      reported.add(twin);
      report(article, `makes ${twin.inputPath.slice(2)} and this file translations of the same article, but both are in the ${languageOf(article.root)} edition`);
    }
  }
  return { problems, warnings };
}

/** Links the live articles of every edition to their live translations, both ways, in the editions' order. */
export function linkTranslations(editions: readonly { language: string; entries: readonly Entry[] }[]): void {
  const order = editions.map((edition) => edition.language);
  const entries = editions.flatMap((edition) => edition.entries);
  const byUrl = new Map(entries.map((entry) => [decodedPath(entry.url), entry]));
  // An entry is its article: its URL, the translation it names and its language are all it needs.
  for (const [entry, group] of groups(entries, (named) => byUrl.get(decodedPath(named.translation ?? "")))) {
    entry.translations = group
      .filter((other) => other !== entry)
      .sort((a, b) => order.indexOf(a.language) - order.indexOf(b.language))
      .map((other) => ({ language: other.language, url: other.url }));
  }
}

/** A URL path as served (`/ru/2026/11/25/%D0%B0/` and `/ru/2026/11/25/а/` are one page); asked of every article's URL. */
function decodedPath(url: string): string {
  if (!url.includes("%")) return url;
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
