// Every string a reader sees that is not content or a setting: headings, links,
// buttons, the words around bylines and dates. Each edition has them all in its
// `labels.json` (_data/labels.json for the primary edition, _data/<lang>/labels.json
// for the others), so a Russian page carries no English word. The catalogue below
// is the contract: a label missing from an edition, one the code does not know, or
// a placeholder the code does not fill stops the build with the edition, the key
// and the file. Plurals follow the language's own rules (Intl.PluralRules: English
// has one and other, Russian one, few, many and other), and an edition must give
// every form its language has.
import { z } from "zod";
import { escapeHtml, type HtmlValue, html, SafeHtml } from "../render/html.ts";

/** A label: the placeholders it may use (`{site}`), and whether it has a form per plural category. */
interface LabelSpec {
  vars: readonly string[];
  plural?: true;
}

const plain = (...vars: string[]): { vars: string[] } => ({ vars });
const plural = (...vars: string[]): { vars: string[]; plural: true } => ({ vars: ["count", ...vars], plural: true });

/** The catalogue, grouped as the pages use it. */
export const LABEL_SPECS = {
  // The shell of every page (_includes/layouts/page.ts).
  skipToContent: plain(),
  navigation: plain(),
  footerAbout: plain("site", "support"),
  supportUs: plain(),
  rssFeed: plain(),
  archive: plain(),
  topics: plain(),
  liteEdition: plain(),
  ifBlocked: plain(),
  /** The edition's own name in its language ("English", "Русский"), in the other editions' switch. */
  editionName: plain(),
  /** On an article's translation, the link to this edition's version ("Read in English"). */
  readInEdition: plain(),
  // Notices.
  notice: plain(),
  noticeCloseOnPage: plain(),
  noticeClose: plain(),
  noticeDismiss: plain(),
  // Articles and their cards.
  byline: plain("names"),
  updated: plain("date"),
  draft: plain(),
  scheduled: plain(),
  draftBanner: plain(),
  scheduledBanner: plain(),
  liteVersion: plain("link"),
  liteVersionLink: plain(),
  readMore: plain(),
  corrections: plural(),
  // The support-us prompt and page.
  supportHeading: plain("site"),
  supportFrequency: plain(),
  supportAmount: plain("frequency"),
  supportContinue: plain(),
  supportMethods: plain("methods"),
  supportNotReady: plain(),
  supportRemindLater: plain(),
  supportPageHeading: plain("site"),
  // Lists: archive, sections, topics, authors.
  articleCount: plural(),
  listPageTitle: plain("name", "number"),
  archivePages: plain(),
  pagesOf: plain("name"),
  newestPage: plain(),
  newer: plain(),
  older: plain(),
  noArticles: plain(),
  section: plain(),
  topic: plain(),
  author: plain(),
  allArticles: plain(),
  allTopics: plain(),
  allAuthors: plain(),
  authorsTitle: plain(),
  authorsHeading: plain(),
  authorsIntro: plain(),
  // The front page.
  topStories: plain(),
  latest: plain(),
  toArchive: plain(),
  // The page for a URL that does not exist.
  notFoundTitle: plain(),
  notFoundText: plain(),
  notFoundFront: plain(),
  notFoundArchive: plain(),
  notFoundTopics: plain(),
  // Search (the page, and what its script says).
  search: plain(),
  searchLabel: plain(),
  searchNoScript: plain("archive", "topics"),
  searchTheArchive: plain(),
  searchTheTopics: plain(),
  searching: plain(),
  searchNone: plain("query"),
  searchFound: plural("query"),
  searchUnavailable: plain(),
  // If the site is blocked.
  mirrorsTitle: plain(),
  mirrorsHeading: plain("site"),
  mirrorsIntro: plain("address"),
  mirrorSince: plain("date"),
  mirrorsTor: plain("browser", "address"),
  torBrowser: plain(),
  mirrorsLite: plain("lite"),
  mirrorsLiteLink: plain(),
  mirrorsFeed: plain("feed", "json"),
  // The text-only edition.
  liteTitle: plain("title", "site"),
  liteHome: plain("site"),
  liteFullVersion: plain(),
  liteFooter: plain("site", "support", "blocked"),
  liteSupport: plain(),
  liteLatestHeading: plain("site"),
  // The small page at an article's old URL.
  movedTitle: plain("title"),
  movedText: plain("link"),
} as const satisfies Record<string, LabelSpec>;

export type LabelKey = keyof typeof LABEL_SPECS;
type PluralKey = { [K in LabelKey]: (typeof LABEL_SPECS)[K] extends { plural: true } ? K : never }[LabelKey];
type TextKey = Exclude<LabelKey, PluralKey>;

type Forms = Partial<Record<Intl.LDMLPluralRule, string>>;
export type LabelValues = Record<LabelKey, string | Forms>;

const PLACEHOLDER = /\{([a-zA-Z]+)\}/g;

/** The plural categories a language has (`ru`: one, few, many, other). */
export function pluralCategories(language: string): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/** The schema of an edition's labels.json, for its language: every label, every plural form, known placeholders only. */
export function labelsSchema(language: string, edition: string): z.ZodType<LabelValues> {
  const categories = pluralCategories(language);
  const missing = (key: string) => `is missing from the ${edition} edition's labels (every edition needs every label)`;
  const placeholders = (key: string, vars: readonly string[]) =>
    z.string().superRefine((value, context) => {
      if (value.trim() === "") context.addIssue({ code: "custom", message: "must not be empty" });
      for (const [, name] of value.matchAll(PLACEHOLDER)) {
        if (!vars.includes(name as string)) {
          context.addIssue({ code: "custom", message: `{${name}} is not a placeholder of ${key}: ${vars.length > 0 ? `use ${vars.map((v) => `{${v}}`).join(", ")}` : "it takes none"}` });
        }
      }
    });
  const shape = Object.fromEntries(
    Object.entries(LABEL_SPECS).map(([key, spec]): [string, z.ZodType] => {
      if (!("plural" in spec)) {
        return [key, z.string({ error: (issue) => (issue.input === undefined ? missing(key) : "must be text") }).pipe(placeholders(key, spec.vars))];
      }
      const forms = Object.fromEntries(categories.map((category) => [category, placeholders(key, spec.vars).optional()]));
      return [
        key,
        z
          .object(forms, { error: (issue) => (issue.input === undefined ? missing(key) : `must be a group of plural forms (${categories.join(", ")})`) })
          .strict()
          .superRefine((given, context) => {
            for (const category of categories) {
              if (given[category] === undefined) {
                context.addIssue({ code: "custom", path: [category], message: `is missing: ${language} needs the forms ${categories.join(", ")}` });
              }
            }
          }),
      ];
    }),
  );
  return z.object(shape).strict() as unknown as z.ZodType<LabelValues>;
}

type Vars = Record<string, string | number>;

/** An edition's labels, filled in: as text, as HTML around links, or in the plural form a count takes. */
export class Labels {
  readonly language: string;
  readonly #values: LabelValues;
  readonly #plurals: Intl.PluralRules;
  readonly #numbers: Intl.NumberFormat;
  readonly #lists: Intl.ListFormat;

  constructor(language: string, values: LabelValues) {
    this.language = language;
    this.#values = values;
    this.#plurals = new Intl.PluralRules(language);
    this.#numbers = new Intl.NumberFormat(language);
    this.#lists = new Intl.ListFormat(language, { type: "conjunction" });
  }

  /** A label as text, its placeholders filled (numbers written the edition's way). */
  text(key: TextKey, vars: Vars = {}): string {
    return this.#fill(this.#values[key] as string, (name) => this.#shown(vars[name]));
  }

  /** A label as HTML: its own text escaped, its placeholders filled with markup (links) or escaped text. */
  html(key: TextKey, vars: Record<string, HtmlValue> = {}): SafeHtml {
    const template = this.#values[key] as string;
    let out = "";
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      out += escapeHtml(template.slice(last, match.index));
      const value = vars[match[1] as string];
      out += typeof value === "number" ? escapeHtml(this.#numbers.format(value)) : html`${value}`.value;
      last = match.index + match[0].length;
    }
    return new SafeHtml(out + escapeHtml(template.slice(last)));
  }

  /** The form of a plural label for this count (`3 articles`, `3 статьи`). */
  count(key: PluralKey, count: number, vars: Vars = {}): string {
    const forms = this.#values[key] as Forms;
    const form = forms[this.#plurals.select(count)] ?? forms.other ?? "";
    return this.#fill(form, (name) => (name === "count" ? this.#numbers.format(count) : this.#shown(vars[name])));
  }

  /** A plural label's forms, for the search page's script, which counts in the reader's browser. */
  forms(key: PluralKey): Forms {
    return this.#values[key] as Forms;
  }

  /** A label as written, placeholders and all (the search page's script fills them). */
  template(key: TextKey): string {
    return this.#values[key] as string;
  }

  /** Names joined the language's way ("A, B, and C" in `en`, "A, B and C" in `en-GB`, "А, Б и В"), each as its markup. */
  list(items: readonly SafeHtml[]): SafeHtml {
    const parts = this.#lists.formatToParts(items.map((_, at) => String(at)));
    return new SafeHtml(parts.map((part) => (part.type === "element" ? (items[Number(part.value)]?.value ?? "") : escapeHtml(part.value))).join(""));
  }

  #shown(value: string | number | undefined): string {
    return typeof value === "number" ? this.#numbers.format(value) : (value ?? "");
  }

  #fill(template: string, value: (name: string) => string): string {
    return template.replace(PLACEHOLDER, (_, name: string) => value(name));
  }
}
