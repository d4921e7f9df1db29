// Staff authors get pages and feeds; guest and pseudonymous bylines stay plain
// text, and the build names them once so typos are seen.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article, buildOk, buildSite, makeSite, readOutput, removeSite } from "./helpers/site.ts";

const AUTHORS = [
  { name: "Anna Sokol", bio: "Courts correspondent.", photo: { src: "/images/authors/anna.svg" }, links: [] },
  { name: "Marat Ilyasov", slug: "marat", bio: "Economics editor.", links: [{ label: "Mastodon", url: "https://social.example/@marat" }] },
];
const PHOTO = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';

describe("authors", () => {
  let dir: string;
  let warnings: string;
  beforeAll(async () => {
    const files: Record<string, string> = {
      "src/images/authors/anna.svg": PHOTO,
      "src/articles/a.md": article({ title: "By Anna", date: "2026-11-01", author: "Anna Sokol" }),
      "src/articles/b.md": article({ title: "By both", date: "2026-11-02", author: '["anna  sokol", "Marat Ilyasov"]' }),
      "src/articles/c.md": article({ title: "By a guest", date: "2026-11-03", author: '"A correspondent in Lomna"' }),
      "src/articles/d.md": article({ title: "Typo", date: "2026-11-04", author: '"Ana Sokol"' }),
      "src/articles/e.md": article({ title: "Guest again", date: "2026-11-05", author: '["A correspondent in Lomna", "Marat Ilyasov"]' }),
    };
    for (let i = 1; i <= 21; i++) files[`src/articles/m${i}.md`] = article({ title: `Marat ${i}`, date: `2026-10-${String(i).padStart(2, "0")}`, author: "Marat Ilyasov" });
    dir = await makeSite({ files });
    await writeFile(path.join(dir, "_data/authors.json"), JSON.stringify(AUTHORS));
    const result = await buildSite(dir);
    if (result.code !== 0) throw new Error(result.stderr);
    warnings = result.stderr + result.stdout;
  });
  afterAll(() => removeSite(dir));

  it("links staff bylines to their page, whatever the case or spacing, and leaves guests as text", async () => {
    const both = await readOutput(dir, "2026/11/02/by-both/index.html");
    expect(both).toContain(
      '<p class="byline">By <a class="byline__author" rel="author" href="/authors/anna-sokol/">Anna Sokol</a> and <a class="byline__author" rel="author" href="/authors/marat/">Marat Ilyasov</a></p>',
    );
    const guest = await readOutput(dir, "2026/11/03/by-a-guest/index.html");
    expect(guest).toContain('<p class="byline">By <span class="byline__author">A correspondent in Lomna</span></p>');
  });

  it("warns once, naming every byline not on the staff list with its files", () => {
    expect(warnings.match(/bylines are not in _data\/authors\.json/g)).toHaveLength(1);
    expect(warnings).toContain("  A correspondent in Lomna: src/articles/c.md, src/articles/e.md");
    expect(warnings).toContain("  Ana Sokol: src/articles/d.md");
    expect(warnings).not.toMatch(/^\s+Anna Sokol:/m);
  });

  it("gives each staff author a paginated page with bio, and a feed, listing their articles", async () => {
    const anna = await readOutput(dir, "authors/anna-sokol/index.html");
    expect(anna).toContain('<p class="author-intro__bio">Courts correspondent.</p>');
    expect(anna).toContain('<img class="author-photo" src="/images/authors/anna.svg" alt="Anna Sokol" width="120" height="120"');
    const titles = [...anna.matchAll(/<h2 class="story__title"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(titles).toEqual(["By both", "By Anna"]);
    const marat = await readOutput(dir, "authors/marat/index.html");
    expect(marat).toContain("23 articles");
    expect(marat).toContain('<a href="https://social.example/@marat">Mastodon</a>');
    expect(await readOutput(dir, "authors/marat/page/1/index.html")).toContain("Marat 1<");
    const feed = await readOutput(dir, "authors/anna-sokol/feed.xml");
    expect([...feed.matchAll(/<item>\n<title>([^<]+)<\/title>/g)].map((m) => m[1])).toEqual(["By both", "By Anna"]);
  });

  it("lists the staff on /authors/", async () => {
    const index = await readOutput(dir, "authors/index.html");
    expect(index).toContain('<h2><a href="/authors/anna-sokol/">Anna Sokol</a></h2>');
    expect(index).toContain('<h2><a href="/authors/marat/">Marat Ilyasov</a></h2>');
    expect(index).not.toContain("correspondent in Lomna");
  });
});

describe("bad author settings", () => {
  async function buildWithAuthors(authors: unknown) {
    const dir = await makeSite({ files: { "src/articles/a.md": article({ title: "A", date: "2026-11-01" }) } });
    await writeFile(path.join(dir, "_data/authors.json"), JSON.stringify(authors));
    const result = await buildSite(dir);
    await removeSite(dir);
    return result;
  }

  it("names a repeated author", async () => {
    const result = await buildWithAuthors([AUTHORS[1], { name: "marat  ilyasov", slug: "other", bio: "Again." }]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("_data/authors.json: 1.name: repeats entry 0");
  });

  it("names a missing photo", async () => {
    const result = await buildWithAuthors([{ ...AUTHORS[1], photo: { src: "/images/nobody.jpg" } }]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("_data/authors.json: 0.photo.src: no image file at src/images/nobody.jpg");
  });
});
