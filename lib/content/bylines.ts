// Bylines that name nobody on the staff list. A newsroom whose reporters may
// need to stay anonymous uses guest and pseudonymous bylines on purpose; they
// are shown as plain text. The build lists them once, so a typo in a staff
// name ("Ana Sokol") is seen rather than silently losing its author page.
import type { Article } from "./article.ts";
import { type AuthorSettings, personKey } from "../site/settings.ts";

/** Each byline not on the staff list, with the files that use it, in file order. */
export function guestBylines(
  articles: readonly Article[],
  authors: readonly AuthorSettings[],
  defaultAuthor: string,
  /** Bylines that are not staff on purpose (_data/bylines.json `notStaff`): not typos, so not listed. */
  notStaff: readonly string[] = [],
): Map<string, string[]> {
  const staff = new Set([...authors.flatMap((a) => [a.name, ...(a.alsoKnownAs ? [a.alsoKnownAs] : [])]), ...notStaff].map(personKey));
  const guests = new Map<string, string[]>();
  // The validation pass lists articles in file order already (sorting them again and folding every byline took 0.3 s at 100k).
  const inOrder = articles.every((article, at) => at === 0 || (articles[at - 1] as Article).inputPath < article.inputPath);
  const sorted = inOrder ? articles : [...articles].sort((a, b) => (a.inputPath < b.inputPath ? -1 : 1));
  // The same few hundred names on 100,000 articles: each is matched with the staff once.
  const isStaff = new Map<string, boolean>();
  for (const article of sorted) {
    for (const name of article.authors) {
      let known = isStaff.get(name);
      if (known === undefined) isStaff.set(name, (known = staff.has(personKey(name)) || name === defaultAuthor));
      if (known) continue;
      let files = guests.get(name);
      if (!files) guests.set(name, (files = []));
      files.push(article.inputPath.slice(2));
    }
  }
  return guests;
}

export function guestBylineWarning(guests: ReadonlyMap<string, readonly string[]>): string | undefined {
  if (guests.size === 0) return undefined;
  const lines = [...guests].map(([name, files]) => `  ${name}: ${files.join(", ")}`);
  return (
    `Broadside: ${guests.size} byline${guests.size === 1 ? " is" : "s are"} not in _data/authors.json ` +
    `(shown as plain text, no author page; check for typos, and list bylines used on purpose in _data/bylines.json):\n${lines.join("\n")}`
  );
}
