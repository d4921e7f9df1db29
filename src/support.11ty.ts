// /support/: where the notices' "Support us" links lead; the same shared prompt.
import { html } from "../lib/render/html.ts";
import type { TemplateData } from "../lib/eleventy/types.ts";
import { page } from "../_includes/layouts/page.ts";
import { inEveryEdition } from "../lib/eleventy/everyEdition.ts";
import { inEdition } from "../lib/site/editions.ts";
import { supportUs } from "../_includes/partials/supportUs.ts";

export const data = inEveryEdition("/support/");

export function render(data: TemplateData): string {
  const newsroom = data.edition;
  const { site, support } = newsroom.settings;
  const main = html`<h1>${site.labels.text("supportPageHeading", { site: site.name })}</h1>
${supportUs(site, support)}`;
  return page({ newsroom, url: inEdition(site.root, "/support/"), inEveryEdition: true, title: site.labels.text("supportUs"), main, bodyClass: "page-support" });
}
