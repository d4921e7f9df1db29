// `npm run new -- "Headline"`: starts an article at src/articles/YYYY/<slug>.md
// with its front matter filled in, dated now in the site's timezone. It starts
// as a draft, so pushing it half-written publishes nothing. `--edition=ru`
// starts it in another edition, at src/articles/ru/YYYY/<slug>.md.
import { realpathSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildNow, isoTimestamp } from "../content/dates.ts";
import { formatProblem } from "../content/problems.ts";
import { slugOrHash } from "../content/slugs.ts";
import { loadSettings } from "../site/loadSettings.ts";

export function articleTemplate(title: string, date: string, slug: string): string {
  // JSON strings are valid YAML double-quoted strings: quotes and colons in a headline stay safe.
  return `---
title: ${JSON.stringify(title)}
date: ${date}
# The URL is /YYYY/MM/DD/${slug}/; keep the slug when the headline changes.
slug: ${slug}
# author: Your Name      (or a list: [First Author, Second Author]; without it, the outlet's name)
tags: []
# summary: One or two sentences: the lede, shown under the headline and in feeds.
# image:
#   src: /images/your-image.jpg
#   alt: What the image shows
#   caption: What readers should know about it
#   credit: "Photo: Name"
draft: true
---

Write the article here. Remove \`draft: true\` when it is ready to publish.
`;
}

export async function createArticle(title: string, root = ".", edition?: string): Promise<string> {
  const { settings, problems } = await loadSettings(path.join(root, "_data"));
  if (!settings) throw new Error(problems.map(formatProblem).join("\n"));
  if (edition !== undefined && !settings.site.editions.includes(edition)) {
    const known = settings.site.editions.length > 0 ? `: use ${settings.site.editions.join(", ")}` : ' (_data/site.json names none in "editions")';
    throw new Error(`--edition=${edition} is not one of the site's other editions${known}`);
  }
  const zone = settings.site.timezone;
  const now = buildNow().setZone(zone).startOf("minute");
  const slug = slugOrHash(title, "article");
  const file = path.join(root, "src", "articles", ...(edition ? [edition] : []), now.toFormat("yyyy"), `${slug}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  // "wx": never overwrite an article that exists.
  await writeFile(file, articleTemplate(title, isoTimestamp(now, zone), slug), { flag: "wx" });
  return file;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const edition = args.find((arg) => arg.startsWith("--edition="))?.slice("--edition=".length);
  const title = args.filter((arg) => !arg.startsWith("--edition=")).join(" ").trim();
  if (title === "") {
    console.error('Usage: npm run new -- [--edition=ru] "Headline of the article"');
    process.exit(2);
  }
  try {
    console.log(`Created ${await createArticle(title, ".", edition)}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(code === "EEXIST" ? `An article with that file name exists already: ${(error as { path?: string }).path}` : (error as Error).message);
    process.exit(1);
  }
}

// Run as a script (not imported). realpath: the file may be reached through a symlink.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) await main();
