import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createMarkdown, PAGE_IDS } from "./markdown.ts";

describe("article markdown", () => {
  it("turns [^1] into footnotes that link both ways", () => {
    const html = createMarkdown().render("The ministry denied it.[^1]\n\n[^1]: Statement of 12 November, archived by the newsroom.\n");
    expect(html).toMatch(/<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    expect(html).toMatch(/<li id="fn1" class="footnote-item"><p>Statement of 12 November, archived by the newsroom\. <a href="#fnref1" class="footnote-backref">/);
  });

  it("gives every section heading an id from its text, transliterated, linking to itself", () => {
    const html = createMarkdown().render("## Who paid\n\nText.\n\n## Кто платил\n\n## Who paid\n");
    expect(html).toContain('<h2 id="who-paid" tabindex="-1"><a class="header-anchor" href="#who-paid">Who paid</a></h2>');
    expect(html).toContain('<h2 id="kto-platil" tabindex="-1"><a class="header-anchor" href="#kto-platil">Кто платил</a></h2>');
    expect(html).toContain('<h2 id="who-paid-1" tabindex="-1">');
  });

  it("quotes in the site's language", () => {
    expect(createMarkdown({ language: "ru" }).render(`Он сказал: "нет".`)).toBe("<p>Он сказал: «нет».</p>\n");
    expect(createMarkdown({ language: "en" }).render(`He said: "no".`)).toBe("<p>He said: “no”.</p>\n");
  });

  it("never gives a heading an id the page itself uses", async () => {
    expect(createMarkdown().render("## Main\n")).toContain('<h2 id="main-section"');
    // PAGE_IDS lists every id the templates write.
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const ids = new Set<string>();
    for (const dir of ["_includes", "src"]) {
      for (const file of await readdir(path.join(root, dir), { recursive: true })) {
        if (!file.endsWith(".ts")) continue;
        for (const match of (await readFile(path.join(root, dir, file), "utf8")).matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) ids.add(match[1] ?? "");
      }
    }
    expect(ids.size).toBeGreaterThan(3);
    expect([...ids].filter((id) => !PAGE_IDS.has(id))).toEqual([]);
  });
});
