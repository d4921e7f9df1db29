// The content contract: what an article's front matter may hold, checked field by
// field, and the normalised Article every template and feed works from.
import type { DateTime } from "luxon";
import { z } from "zod";
import { datePath, parseContentDate } from "./dates.ts";
import { type Problem, problemsFromZod } from "./problems.ts";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, headlineSlug } from "./slugs.ts";
import type { BodyImage } from "./bodyImages.ts";
import { uniqueTagNames } from "./tags.ts";
import { checkAlias, isReservedFirstSegment } from "./aliases.ts";
import { unknownKeys } from "./unknownKeys.ts";
import { fieldsWithXmlForbidden } from "./xmlText.ts";
import { smartText } from "../render/typography.ts";

const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `is required (${what})` : `must be text (${what})`) });

const nonEmptyText = (what: string) => text(what).trim().min(1, `must not be empty (${what})`);

/** Lead images and images in bodies are files under src/images/, served as /images/... */
export const IMAGE_FOLDER = "/images/";

/** Why `src` is not a usable image path on this site, or undefined when it is. */
export function imagePathProblem(src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
    return `${src} is on another site: images must be files under src${IMAGE_FOLDER} (images from other sites reveal readers)`;
  }
  if (!src.startsWith(IMAGE_FOLDER)) return `${src} must be a path under ${IMAGE_FOLDER}, the site's images (src${IMAGE_FOLDER})`;
  if (src.split(/[/\\]/).some((segment) => segment === ".." || segment === ".")) return `${src} must not contain . or .. segments`;
  return undefined;
}

const imageSchema = z.object(
  {
    src: nonEmptyText("a path such as /images/photo.jpg").superRefine((src, context) => {
      const problem = imagePathProblem(src);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
    alt: nonEmptyText("what the image shows, for readers who cannot see it"),
    caption: text("the caption").optional(),
    credit: text("the photographer or source").optional(),
  },
  { error: "must be a group with src and alt (and optional caption, credit)" },
);

const correctionSchema = z.object({ date: z.unknown(), text: nonEmptyText("what was wrong and what is right") });

const frontMatterSchema = z.object({
  title: nonEmptyText("the headline"),
  // Dates are checked by parseContentDate, which knows the site's timezone.
  date: z.unknown(),
  updated: z.unknown().optional(),
  author: z
    .union([nonEmptyText("a name"), z.array(nonEmptyText("a name")).min(1, "must name at least one author")], {
      error: "must be a name or a list of names",
    })
    .optional(),
  tags: z
    .array(text("a tag name"), { error: "must be a list, e.g. [Politics, Exile]" })
    .optional(),
  summary: nonEmptyText("the lede").optional(),
  image: imageSchema.optional(),
  draft: z.boolean({ error: "must be true or false" }).optional(),
  corrections: z
    .array(correctionSchema, {
      error: "must be a list of {date, text}",
    })
    .optional(),
  aliases: z
    .array(
      text("an old URL path").superRefine((alias, context) => {
        const checked = checkAlias(alias);
        if (!checked.ok) context.addIssue({ code: "custom", message: checked.message });
      }),
      { error: "must be a list of old URL paths, e.g. [/2026/11/20/old-slug/]" },
    )
    .optional(),
  section: text("a section's slug, e.g. opinion").optional(),
  translation: text("the URL of the same article in another edition, e.g. /ru/2026/11/25/zabastovka/")
    .regex(/^\/[^\s?#]*\/$/, "must be the path of an article in another edition, starting and ending with /, e.g. /ru/2026/11/25/zabastovka/")
    .optional(),
  top: z.boolean({ error: "must be true or false" }).optional(),
  slug: text("a URL slug")
    .regex(SLUG_PATTERN, "must be lowercase letters, digits and single hyphens, e.g. river-port-strike")
    .max(MAX_SLUG_LENGTH, `must be at most ${MAX_SLUG_LENGTH} characters (file names have a length limit)`)
    .optional(),
});

/** The keys the contract knows, at each level: anything else is refused (a misspelt `draft` must not publish). */
const KNOWN_KEYS = Object.keys(frontMatterSchema.shape);
const KNOWN_IMAGE_KEYS = Object.keys(imageSchema.shape);
const KNOWN_CORRECTION_KEYS = Object.keys(correctionSchema.shape);

export interface LeadImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface Correction {
  date: DateTime;
  text: string;
}

export interface Article {
  /** Eleventy's `page.inputPath`, e.g. `./src/articles/2026/harbour.md`. */
  inputPath: string;
  /** The source path below the input folder without extension: stable across headline edits. */
  sourceKey: string;
  title: string;
  slug: string;
  url: string;
  published: DateTime;
  updated?: DateTime;
  authors: string[];
  /** Old URLs of this article: each redirects here for ever. */
  aliases: string[];
  /** Normalised tag names, one per slug, in the editor's order; the first is the kicker. */
  tagNames: string[];
  summary: string;
  /** True when the summary is the body's first paragraph: the article page then shows it once, in the body. */
  summaryFromBody: boolean;
  /** Images in the body (markdown or HTML), by their path on the site. */
  bodyImages: BodyImage[];
  /** Dated corrections, oldest first, shown at the end of the article and in feeds. */
  corrections: Correction[];
  image?: LeadImage;
  draft: boolean;
  /** Its section's slug (`_data/sections.json`); none on a site without sections. */
  section?: string;
  /** Chosen by the editors as a top story of the front page (front matter `top: true`). */
  top?: true;
  /** Its edition's place: `/`, or `/ru/` (lib/site/editions.ts); its URL starts with it. */
  root: string;
  /** Its edition's language. */
  language: string;
  /** The URL of the same article in another edition (front matter `translation`); checked across editions (lib/content/translations.ts). */
  translation?: string;
}

/** When the article last changed: `updated`, or its latest correction, or publication. */
export function lastModified(article: Pick<Article, "published" | "updated" | "corrections">): DateTime {
  const candidates = [article.published, ...(article.updated ? [article.updated] : []), ...article.corrections.map((c) => c.date)];
  return candidates.reduce((latest, date) => (date > latest ? date : latest));
}

export interface ArticleContext {
  timezone: string;
  /** Author used when an article names none. */
  defaultAuthor: string;
  /** Lede from the body when `summary` is absent. */
  deriveSummary: (body: string) => string;
  /** Images in the body, whatever their syntax. */
  findBodyImages: (body: string) => BodyImage[];
  /** The outlet's first year: an earlier date is a typo. */
  firstYear: number;
  /** The edition's language, for quotation marks. */
  language: string;
  /** The edition's place: `/` or `/ru/`; its articles' URLs start with it. */
  root: string;
  /** Every edition's place but `/` (`/ru/`): an old URL under one is checked as a path of that edition. */
  editionRoots: readonly string[];
  /** The sections of `_data/sections.json` (none: the site has no sections), and the one of an article that names none. */
  sections: { slugs: readonly string[]; fallback?: string };
}

export type ArticleResult = { article: Article; problems: [] } | { article?: undefined; problems: Problem[] };

export function normalizeArticle(
  file: { inputPath: string; sourceKey: string; displayPath: string },
  data: Record<string, unknown>,
  body: string,
  context: ArticleContext,
): ArticleResult {
  const problems: Problem[] = strictnessProblems(file.displayPath, data);
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) problems.push(...problemsFromZod(file.displayPath, parsed.error));

  const date = parseContentDate(data.date, context.timezone);
  if (!date.ok) problems.push({ file: file.displayPath, field: "date", message: date.message });
  else if (date.value.year < context.firstYear) {
    problems.push({
      file: file.displayPath,
      field: "date",
      message: `${date.value.toISODate()} is before ${context.firstYear}, the outlet's first year (firstYear in _data/site.json): a typo?`,
    });
  }

  let updated: DateTime | undefined;
  if (data.updated !== undefined) {
    const result = parseContentDate(data.updated, context.timezone);
    if (!result.ok) problems.push({ file: file.displayPath, field: "updated", message: result.message });
    else if (date.ok && result.value < date.value) {
      problems.push({ file: file.displayPath, field: "updated", message: "is earlier than date" });
    } else updated = result.value;
  }

  // Correction dates are checked even when another field is wrong, so every problem shows at once.
  const corrections: Correction[] = [];
  const rawCorrections: unknown[] = Array.isArray(data.corrections) ? data.corrections : [];
  rawCorrections.forEach((correction, index) => {
    const given = correction && typeof correction === "object" ? (correction as Record<string, unknown>) : {};
    const when = parseContentDate(given.date, context.timezone);
    if (!when.ok) problems.push({ file: file.displayPath, field: `corrections.${index}.date`, message: when.message });
    else if (typeof given.text === "string") corrections.push({ date: when.value, text: smartText(given.text.trim(), context.language) });
  });
  corrections.sort((a, b) => a.date.toMillis() - b.date.toMillis());

  const section = sectionOf(data.section, context.sections);
  if (typeof section === "object") problems.push({ file: file.displayPath, field: "section", message: section.problem });
  // A section's front is a page the site writes itself, like /archive/: no old URL may land on it or under it.
  for (const alias of parsed.success ? (parsed.data.aliases ?? []) : []) {
    // As served: `/%6Fpinion/` is /opinion/ (a broken escape is named by checkAlias).
    let decoded = alias;
    try {
      decoded = decodeURI(alias);
    } catch {
      // Left as written.
    }
    // Under another edition's place (`/ru/...`), the path is checked as that edition's pages are laid out.
    const root = context.editionRoots.find((edition) => decoded.toLowerCase().startsWith(edition) || `${decoded.toLowerCase()}/` === edition);
    const segments = decoded.slice(root ? root.length - 1 : 0).split("/");
    const first = segments[1]?.toLowerCase() ?? "";
    if (root && (first === "" || isReservedFirstSegment(first))) {
      problems.push({ file: file.displayPath, field: "aliases", message: `"${alias}" is a URL the ${root.slice(1, -1)} edition itself uses; an old article URL cannot replace it` });
    } else if (context.sections.slugs.includes(first)) {
      problems.push({ file: file.displayPath, field: "aliases", message: `"${alias}" is under ${root ?? "/"}${first}/, a section's front; an old article URL cannot replace it` });
    }
  }

  if (!parsed.success || !date.ok || problems.length > 0) return { problems };

  const front = parsed.data;
  const slug = front.slug ?? headlineSlug(front.title);
  const authors = front.author === undefined ? [context.defaultAuthor] : [front.author].flat().map((a) => a.trim());
  const article: Article = {
    inputPath: file.inputPath,
    sourceKey: file.sourceKey,
    title: smartText(front.title, context.language),
    slug,
    url: `${context.root}${datePath(date.value, context.timezone)}/${slug}/`,
    published: date.value,
    authors,
    aliases: front.aliases ?? [],
    tagNames: uniqueTagNames(front.tags ?? []),
    summary: front.summary === undefined ? context.deriveSummary(body) : smartText(front.summary, context.language),
    summaryFromBody: front.summary === undefined,
    bodyImages: context.findBodyImages(body),
    corrections,
    draft: front.draft ?? false,
    root: context.root,
    language: context.language,
  };
  if (front.translation) article.translation = front.translation;
  if (updated) article.updated = updated;
  if (typeof section === "string") article.section = section;
  if (front.top) article.top = true;
  if (front.image) article.image = front.image;
  return { article, problems: [] };
}

/** The article's section: the one it names, or the default; why not, when it names one the site does not have. */
function sectionOf(named: unknown, sections: ArticleContext["sections"]): string | undefined | { problem: string } {
  if (named === undefined) {
    if (sections.slugs.length === 0) return undefined;
    return sections.fallback ?? { problem: `is missing: name one of ${sections.slugs.join(", ")} (or set a default in _data/sections.json)` };
  }
  if (typeof named !== "string") return undefined; // The schema names the problem.
  if (sections.slugs.length === 0) return { problem: `"${named}": this site has no sections (_data/sections.json declares them)` };
  return sections.slugs.includes(named) ? named : { problem: `"${named}" is not a section: use one of ${sections.slugs.join(", ")} (_data/sections.json)` };
}

/** Keys the contract does not know, and text no feed can carry, anywhere in the front matter. */
function strictnessProblems(file: string, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = unknownKeys(data, KNOWN_KEYS).map(({ key, message }) => ({ file, field: key, message }));
  const groups: [string, unknown, readonly string[]][] = [["image", data.image, KNOWN_IMAGE_KEYS]];
  if (Array.isArray(data.corrections)) {
    data.corrections.forEach((item, index) => groups.push([`corrections.${index}`, item, KNOWN_CORRECTION_KEYS]));
  }
  for (const [prefix, group, known] of groups) {
    if (!group || typeof group !== "object" || Array.isArray(group)) continue;
    for (const { key, message } of unknownKeys(group as Record<string, unknown>, known)) {
      problems.push({ file, field: `${prefix}.${key}`, message });
    }
  }
  for (const { field, character } of fieldsWithXmlForbidden(data)) {
    problems.push({
      file,
      field,
      message: `holds the invisible control character ${character} (often pasted from a word processor), which feeds cannot carry: delete it`,
    });
  }
  return problems;
}
