// Site settings live in _data/*.json so editors can change them without code.
// Eleventy hands the same JSON to templates as global data; this module checks it
// once per build so a typo in a settings file fails with the file and field named.
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { IANAZone } from "luxon";
import { z } from "zod";
import { type Problem, problemsFromZod } from "../content/problems.ts";
import { SLUG_PATTERN, slugOrHash } from "../content/slugs.ts";
import { ONION_PATTERN, siteUrlProblem } from "./environment.ts";
import { isReservedFirstSegment } from "../content/aliases.ts";
import type { Labels } from "./labels.ts";
import type { EditionLink } from "./editions.ts";

const link = z.object({ label: z.string().min(1), url: z.string().min(1) });

/** A language tag as a folder and URL segment: `ru`, `uk`, `pt-br`. */
const EDITION_PATTERN = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/** What site.json's `editions` may name: a language folder that is not already a path the site uses. */
const editionsSchema = z
  .array(
    z
      .string()
      .regex(EDITION_PATTERN, "must be a lowercase language tag such as ru, uk or pt-br")
      .refine((language) => !isReservedFirstSegment(language), "is a path the site itself uses"),
  )
  .default([]);

export const siteSchema = z.object({
  name: z.string().min(1),
  url: z
    .url({ protocol: /^https?$/ })
    .superRefine((value, context) => {
      const problem = siteUrlProblem(value);
      if (problem) context.addIssue({ code: "custom", message: problem });
    })
    .transform((value) => value.replace(/\/+$/, "")),
  language: z.string().min(2),
  timezone: z.string().refine((zone) => IANAZone.isValidZone(zone), "is not an IANA timezone such as Europe/Moscow"),
  timezoneLabel: z.string().min(1),
  tagline: z.string(),
  description: z.string(),
  nav: z.array(link),
  listPageSize: z.number().int().positive(),
  homeArticleCount: z.number().int().positive(),
  /** The front page: how many top stories (front matter `top: true`) lead it, and how many pieces each section's block shows. */
  topStoryCount: z.number().int().positive().default(3),
  sectionStoryCount: z.number().int().positive().default(4),
  feedItemCount: z.number().int().positive(),
  relatedCount: z.number().int().nonnegative(),
  /** The outlet's first year: an article dated earlier is a typo, not history. */
  firstYear: z.number().int().min(1800).max(2200),
  /** A site with no articles at all builds only when this says it is meant to be empty. */
  allowEmpty: z.boolean().default(false),
  /** Other language editions, each served at /<lang>/ with its words in _data/<lang>/ (lib/site/editions.ts). */
  editions: editionsSchema,
});

/**
 * The desks articles belong to (`_data/sections.json`, optional): each has a front at /<slug>/ with its feed. An
 * article names its section in front matter (`section: opinion`), or belongs to the default one. An opinion
 * section's pieces are marked as such, with its disclaimer.
 */
export const sectionsSchema = z
  .object({
    sections: z.array(
      z
        .object({
          slug: z
            .string()
            .regex(SLUG_PATTERN, "must be lowercase letters, digits and single hyphens, e.g. opinion")
            .refine((slug) => !/^\d+$/.test(slug) && !isReservedFirstSegment(slug), "is a path the site itself uses (a year, /archive/, /tags/, /lite/...): choose another slug"),
          name: z.string().min(1),
          description: z.string().min(1),
          opinion: z.boolean().default(false),
          disclaimer: z.string().min(1).optional(),
        })
        .strict()
        .refine((section) => !section.opinion || section.disclaimer !== undefined, { message: "an opinion section needs its disclaimer", path: ["disclaimer"] }),
    ).default([]),
    /** The section of an article that names none. */
    default: z.string().optional(),
  })
  .strict()
  .superRefine(({ sections, default: fallback }, context) => {
    const slugs = sections.map((section) => section.slug);
    duplicateIssues(slugs, "sections", (index) => ["sections", index, "slug"], context);
    if (fallback !== undefined && !slugs.includes(fallback)) context.addIssue({ code: "custom", path: ["default"], message: `"${fallback}" is not one of the sections (${[...new Set(slugs)].join(", ")})` });
  });

/** An issue at each value given a second time (`"copy" names two targets`): names that must pick out one thing. */
export function duplicateIssues(values: readonly string[], what: string, pathOf: (index: number) => (string | number)[], context: z.RefinementCtx): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) context.addIssue({ code: "custom", path: pathOf(index), message: `"${value}" names two ${what}` });
    seen.add(value);
  });
}

const frequencyId = z.enum(["once", "monthly", "annual"]);

export const supportSchema = z
  .object({
    appeal: z.array(z.string().min(1)).min(1),
    checkoutUrl: z.url(),
    /** ISO 4217 code (EUR, USD): amounts are written the edition's way, `€25` in English, `25 €` in Russian. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be a currency code such as EUR or USD")
      .refine((code) => Intl.supportedValuesOf("currency").includes(code), "is not a currency code Intl knows (EUR, USD, GBP...)"),
    defaultFrequency: frequencyId,
    frequencies: z
      .array(
        z
          .object({
            id: frequencyId,
            label: z.string().min(1),
            amounts: z.array(z.number().positive()).min(1),
            defaultAmount: z.number().positive(),
          })
          .refine((f) => f.amounts.includes(f.defaultAmount), "defaultAmount must be one of amounts"),
      )
      .min(1),
    paymentMethods: z.array(z.string().min(1)),
    remindLaterDays: z.number().int().positive(),
  })
  .refine((s) => s.frequencies.some((f) => f.id === s.defaultFrequency), {
    message: "must name one of the frequencies",
    path: ["defaultFrequency"],
  });

export const noticesSchema = z.array(
  z.object({
    // The id is the key a dismissal is remembered under: change it to show a notice again.
    id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and hyphens"),
    tone: z.enum(["info", "appeal"]),
    title: z.string().optional(),
    text: z.string().min(1),
    link: link.optional(),
  }),
);

export const mirrorsSchema = z.object({
  /** The Tor onion service that serves a copy of the site, if any. */
  onion: z
    .string()
    .regex(ONION_PATTERN, "must be an onion v3 address such as http://<56 letters and digits>.onion")
    .transform((value) => value.replace(/\/+$/, ""))
    .optional(),
  /** Other addresses where readers at home can reach the site; listed on /mirrors/ and in /mirrors.json. */
  mirrors: z.array(
    z.object({
      url: z.url({ protocol: /^https?$/ }),
      label: z.string().min(1),
      added: z.iso.date({ error: "must be a date such as 2026-11-27" }),
    }),
  ),
});

/** Staff authors: a byline that names one of them links to their page. */
export const authorsSchema = z
  .array(
    z.object({
      name: z.string().trim().min(1),
      slug: z.string().regex(SLUG_PATTERN, "must be lowercase letters, digits and single hyphens").optional(),
      bio: z.string().trim().min(1),
      photo: z
        .object({ src: z.string().startsWith("/", "must be a path on this site such as /images/authors/name.jpg") })
        .optional(),
      links: z.array(link).default([]),
    }),
  )
  .superRefine((authors, context) => {
    const seen = new Map<string, number>();
    authors.forEach((author, index) => {
      for (const key of [`name:${personKey(author.name)}`, `slug:${authorSlug(author)}`]) {
        const first = seen.get(key);
        if (first !== undefined) {
          context.addIssue({ code: "custom", path: [index, key.split(":")[0] ?? "name"], message: `repeats entry ${first}` });
        } else seen.set(key, index);
      }
    });
  });

/** Spellings of one topic (`"Oil & Gas": "Oil and Gas"`): each key is filed under the topic its value names. */
export const topicsSchema = z.object({
  spellings: z.record(z.string().trim().min(1), z.string().trim().min(1)).default({}),
});

/** Bylines that are on purpose not staff names (pseudonyms, "Editorial board"): the build does not ask whether they are typos. */
export const bylinesSchema = z.object({
  notStaff: z.array(z.string().trim().min(1)).default([]),
});

/** A staff author's slug (`/authors/<slug>/` in every edition): the one given, or one made from the name. */
export function authorSlug(author: { name: string; slug?: string | undefined }): string {
  return author.slug ?? slugOrHash(author.name, "author");
}

/** Bylines match staff names regardless of case and spacing. */
export function personKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/gu, " ").toLowerCase();
}

/** site.json as written. */
export type SiteFile = z.infer<typeof siteSchema>;
/** The site as one edition's readers see it: site.json with the edition's words (lib/site/editions.ts) and labels (lib/site/labels.ts). */
export interface SiteSettings extends SiteFile {
  labels: Labels;
  /** Where the edition's pages live: `/`, or `/ru/`. */
  root: string;
  dir: "ltr" | "rtl";
  /** Every edition of the site, this one included, primary first: for links between them. */
  editionLinks: EditionLink[];
}
/** A staff author; in another edition, with the name the primary edition gives them as `alsoKnownAs` (bylines may use either). */
export type AuthorSettings = z.infer<typeof authorsSchema>[number] & { alsoKnownAs?: string };
export type MirrorSettings = z.infer<typeof mirrorsSchema>;
export type SupportSettings = z.infer<typeof supportSchema>;
export type Notice = z.infer<typeof noticesSchema>[number];
export type TopicSettings = z.infer<typeof topicsSchema>;
export type BylineSettings = z.infer<typeof bylinesSchema>;
export type SectionSettings = z.infer<typeof sectionsSchema>;
export type FrequencyId = z.infer<typeof frequencyId>;

export interface Settings {
  site: SiteSettings;
  support: SupportSettings;
  notices: Notice[];
  mirrors: MirrorSettings;
  authors: AuthorSettings[];
  topics: TopicSettings;
  bylines: BylineSettings;
  sections: SectionSettings;
}

export async function loadJson<T>(
  file: string,
  schema: z.ZodType<T>,
  problems: Problem[],
  { optional = false } = {},
): Promise<T | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    // An optional settings file that is absent means its defaults.
    if (optional && (error as NodeJS.ErrnoException).code === "ENOENT") raw = {};
    else {
      problems.push({ file, field: "(file)", message: (error as Error).message });
      return undefined;
    }
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error));
    return undefined;
  }
  return result.data;
}

/** Staff photos must exist: a missing one fails the build like a missing lead image. */
export async function missingAuthorPhotos(
  authors: readonly AuthorSettings[],
  inputDir: string,
  dataDir: string,
): Promise<Problem[]> {
  const checks = authors.map(async (author, index): Promise<Problem[]> => {
    if (!author.photo) return [];
    try {
      await access(path.join(inputDir, author.photo.src));
      return [];
    } catch {
      const file = path.join(dataDir, "authors.json");
      return [{ file, field: `${index}.photo.src`, message: `no image file at ${path.join(inputDir, author.photo.src)}` }];
    }
  });
  return (await Promise.all(checks)).flat();
}
