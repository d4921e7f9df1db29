// Editions: one repository, one site, several languages. The primary edition is
// served at / and set up by _data/*.json as it always was. Each language named in
// site.json `editions` is served at /<lang>/ and has its own words in
// _data/<lang>/: the outlet's name and navigation (site.json), every label
// (labels.json), the support-us copy, amounts and currency (support.json), the
// notices (notices.json), its sections' names (sections.json), its staff's names
// and bios (authors.json) and its mirrors' descriptions (mirrors.json). What is
// not words (the address, the timezone, list sizes, the sections' slugs, the
// staff's photos and links) is the site's and shared. Every file an edition
// needs must be complete: a missing key stops the build with the edition, the
// key and the file.
import path from "node:path";
import { z } from "zod";
import type { Problem } from "../content/problems.ts";
import { Labels, labelsSchema } from "./labels.ts";
import {
  type AuthorSettings,
  authorSlug,
  bylinesSchema,
  loadJson,
  noticesSchema,
  type Settings,
  type SiteFile,
  type SiteSettings,
  siteSchema,
  supportSchema,
  topicsSchema,
} from "./settings.ts";
import type { Alternate } from "../newsroom/sitemaps.ts";

/** Another edition as a page links to it: its language, its front page, and its own words for itself. */
export interface EditionLink {
  language: string;
  root: string;
  /** The edition's name in its language ("Русский"): the edition switch. */
  name: string;
  /** "Читать по-русски": the link from an article to its translation in this edition. */
  readIn: string;
}

/** Languages written right to left: their pages get `dir="rtl"`. */
const RIGHT_TO_LEFT = new Set(["ar", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"]);

export function textDirection(language: string): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(language.split("-")[0] ?? "") ? "rtl" : "ltr";
}

/** Where another edition's pages live: `/ru/` (the primary edition's are at `/`). */
export function editionRoot(language: string): string {
  return `/${language}/`;
}

/** A path inside an edition: `/archive/` in the Russian edition is `/ru/archive/`. A URL on another site is left as it is. */
export function inEdition(root: string, url: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? `${root}${url.slice(1)}` : url;
}

/** The words of an edition's site.json; the rest of site.json is the site's. */
const editionSiteSchema = siteSchema.pick({ name: true, tagline: true, description: true, timezoneLabel: true, nav: true }).strict();

const missingIn = (edition: string) => (issue: { input: unknown }) => (issue.input === undefined ? `is missing from the ${edition} edition` : "must be text");

/** One entry per key, each required: a section, an author or a mirror without its words in an edition is named. */
function keyed(keys: readonly string[], value: (key: string) => z.ZodType, edition: string) {
  return z
    .object(Object.fromEntries(keys.map((key) => [key, value(key).optional()])), { error: "must be a group keyed by slug" })
    .strict()
    .superRefine((given, context) => {
      for (const key of keys) if ((given as Record<string, unknown>)[key] === undefined) context.addIssue({ code: "custom", path: [key], message: `is missing from the ${edition} edition` });
    });
}

const words = (edition: string) => z.string({ error: missingIn(edition) }).trim().min(1, "must not be empty");

/** What an edition's settings are made from besides the primary edition's. */
export async function loadEdition(
  dataDir: string,
  language: string,
  primary: Settings,
  problems: Problem[],
): Promise<Settings | undefined> {
  const folder = path.join(dataDir, language);
  const file = (name: string) => path.join(folder, name);
  const required = <T>(name: string, schema: z.ZodType<T>) => loadJson(file(name), schema, problems);
  // Words for what the primary edition declares: each section, staff author and mirror; none asked for when there are none.
  const wordsFor = <T>(name: string, keys: readonly string[], value: (key: string) => z.ZodType<T>): Promise<Record<string, T> | undefined> =>
    keys.length > 0 ? required(name, keyed(keys, value, language) as unknown as z.ZodType<Record<string, T>>) : Promise.resolve({});
  const sections = primary.sections.sections;
  const staff = primary.authors;
  const opinion = new Set(sections.filter((section) => section.opinion).map((section) => section.slug));
  const [site, labels, support, notices, sectionNames, authorNames, mirrorLabels, topics, bylines] = await Promise.all([
    required("site.json", editionSiteSchema),
    required("labels.json", labelsSchema(language, language)),
    required("support.json", supportSchema),
    required("notices.json", noticesSchema),
    wordsFor("sections.json", sections.map((section) => section.slug), (slug) =>
      z
        .object({ name: words(language), description: words(language), disclaimer: opinion.has(slug) ? words(language) : words(language).optional() }, { error: missingIn(language) })
        .strict(),
    ),
    wordsFor("authors.json", staff.map(authorSlug), () =>
      z
        .object({ name: words(language).optional(), bio: words(language), links: z.array(z.object({ label: words(language), url: z.string().min(1) }).strict()).optional() }, { error: missingIn(language) })
        .strict(),
    ),
    wordsFor("mirrors.json", primary.mirrors.mirrors.map((mirror) => mirror.url), () => words(language)),
    loadJson(file("topics.json"), topicsSchema, problems, { optional: true }),
    loadJson(file("bylines.json"), bylinesSchema, problems, { optional: true }),
  ]);
  if (!site || !labels || !support || !notices || !sectionNames || !authorNames || !mirrorLabels || !topics || !bylines) return undefined;
  const root = editionRoot(language);
  return {
    ...primary,
    site: {
      ...primary.site,
      ...site,
      nav: site.nav.map((link) => ({ ...link, url: inEdition(root, link.url) })),
      language,
      labels: new Labels(language, labels),
      root,
      dir: textDirection(language),
    },
    support,
    notices: notices.map((notice) => (notice.link ? { ...notice, link: { ...notice.link, url: inEdition(root, notice.link.url) } } : notice)),
    mirrors: { ...primary.mirrors, mirrors: primary.mirrors.mirrors.map((mirror) => ({ ...mirror, label: mirrorLabels[mirror.url] ?? mirror.label })) },
    authors: staff.map((author): AuthorSettings => {
      const own = authorNames[authorSlug(author)];
      // The slug stays the primary edition's: one person, one address in every edition.
      // Its links, when it lists them, in its words ("Заметки о проверке"); otherwise the primary edition's.
      return { ...author, slug: authorSlug(author), name: own?.name ?? author.name, bio: own?.bio ?? author.bio, links: own?.links ?? author.links, alsoKnownAs: author.name };
    }),
    sections: {
      ...primary.sections,
      sections: sections.map((section) => ({ ...section, ...sectionNames[section.slug] })),
    },
    topics,
    bylines,
  };
}

/** Every edition as the others link to it, primary first. */
export function editionLinks(editions: readonly SiteSettings[]): EditionLink[] {
  return editions.map((site) => ({ language: site.language, root: site.root, name: site.labels.text("editionName"), readIn: site.labels.text("readInEdition") }));
}

/**
 * A page every edition has at the same path under its place (a front page, an archive, a section's front): the
 * page in each language, this one included, for `hreflang`. None on a site of one edition.
 */
export function sameInEveryEdition(site: Pick<SiteSettings, "root" | "editionLinks">, url: string): Alternate[] {
  if (site.editionLinks.length < 2) return [];
  const path = url.slice(site.root.length - 1);
  return site.editionLinks.map((edition) => ({ language: edition.language, path: inEdition(edition.root, path) }));
}
