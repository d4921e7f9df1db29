// Reads the settings of every edition from _data/: the primary edition's files,
// then each other edition's words (lib/site/editions.ts). Every problem in every
// file is collected, so an editor sees them all at once.
import path from "node:path";
import type { Problem } from "../content/problems.ts";
import { Labels, labelsSchema } from "./labels.ts";
import { editionLinks, loadEdition, textDirection } from "./editions.ts";
import {
  authorsSchema,
  bylinesSchema,
  loadJson,
  mirrorsSchema,
  noticesSchema,
  sectionsSchema,
  type Settings,
  siteSchema,
  supportSchema,
  topicsSchema,
} from "./settings.ts";

/**
 * Loads _data/*.json. `BROADSIDE_URL` and `BROADSIDE_ONION` override the primary
 * URL and the onion address, so one checkout can build copies for other setups.
 */
export async function loadSettings(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ settings?: Settings; editions?: Settings[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const siteFile = path.join(dataDir, "site.json");
  const mirrorsFile = path.join(dataDir, "mirrors.json");
  const [site, support, notices, mirrors, authors, topics, bylines, sections] = await Promise.all([
    loadJson(siteFile, siteSchema, problems),
    loadJson(path.join(dataDir, "support.json"), supportSchema, problems),
    loadJson(path.join(dataDir, "notices.json"), noticesSchema, problems),
    loadJson(mirrorsFile, mirrorsSchema, problems),
    loadJson(path.join(dataDir, "authors.json"), authorsSchema, problems),
    loadJson(path.join(dataDir, "topics.json"), topicsSchema, problems, { optional: true }),
    loadJson(path.join(dataDir, "bylines.json"), bylinesSchema, problems, { optional: true }),
    loadJson(path.join(dataDir, "sections.json"), sectionsSchema, problems, { optional: true }),
  ]);
  if (!site || !support || !notices || !mirrors || !authors || !topics || !bylines || !sections) return { problems };
  // In the site's language: which plural forms each label needs follows from it.
  const labels = await loadJson(path.join(dataDir, "labels.json"), labelsSchema(site.language, site.language), problems);
  if (!labels) return { problems };
  // Checked, and reported under their own names, by lib/site/environment.ts.
  if (env.BROADSIDE_URL) site.url = env.BROADSIDE_URL.replace(/\/+$/, "");
  if (env.BROADSIDE_ONION) mirrors.onion = env.BROADSIDE_ONION.replace(/\/+$/, "");
  const primary: Settings = {
    site: { ...site, labels: new Labels(site.language, labels), root: "/", dir: textDirection(site.language), editionLinks: [] },
    support,
    notices,
    mirrors,
    authors,
    topics,
    bylines,
    sections,
  };
  const editions = [primary];
  for (const language of site.editions) {
    if (language === site.language) problems.push({ file: siteFile, field: "editions", message: `"${language}" is the primary edition's language (language), served at /` });
    else if (sections.sections.some((section) => section.slug === language)) problems.push({ file: siteFile, field: "editions", message: `"${language}" is also a section's slug: /${language}/ cannot be both` });
    else if (editions.some((edition) => edition.site.language === language)) problems.push({ file: siteFile, field: "editions", message: `names "${language}" twice` });
    else {
      const edition = await loadEdition(dataDir, language, primary, problems);
      if (edition) editions.push(edition);
    }
  }
  if (problems.length > 0) return { problems };
  const links = editionLinks(editions.map((edition) => edition.site));
  for (const edition of editions) edition.site.editionLinks = links;
  return { settings: primary, editions, problems };
}

