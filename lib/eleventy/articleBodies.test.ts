import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createMarkdown } from "../render/markdown.ts";
import { articleBodies } from "./articleBodies.ts";

/** Markdown that counts how often each body is rendered. */
function countingMarkdown() {
  const md = createMarkdown();
  const renders = new Map<string, number>();
  const render = md.render.bind(md);
  md.render = (source: string, env?: Parameters<typeof render>[1]) => {
    renders.set(source.trim(), (renders.get(source.trim()) ?? 0) + 1);
    return render(source, env);
  };
  return { md, renders };
}

async function articles(names: string[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "bodies-"));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, `${name}.md`);
      await writeFile(file, `---\ntitle: ${name}\n---\n\nBody of ${name}.\n`);
      return file;
    }),
  );
}

describe("articleBodies", () => {
  it("renders a body the feeds will carry once for its pages and its feed item, then lets it go", async () => {
    const [a, b, c] = (await articles(["a", "b", "c"])) as [string, string, string];
    const { md, renders } = countingMarkdown();
    const bodies = articleBodies(md, { keep: 1, hold: new Set([a]) });

    expect(await bodies.render(a)).toBe("<p>Body of a.</p>\n");
    await bodies.render(a); // the lite page
    await bodies.render(b);
    await bodies.render(c); // b is pushed out of the recent ones; a is held
    await bodies.render(a); // the feed item, after the pages
    expect(renders.get("Body of a.")).toBe(1);
    await bodies.render(b);
    expect(renders.get("Body of b.")).toBe(2);

    bodies.release(a);
    await bodies.render(c); // push a out of the recent ones as well
    await bodies.render(a);
    expect(renders.get("Body of a.")).toBe(2);
  });

  it("holds no more than it is allowed to", async () => {
    const [a, b, c] = (await articles(["a", "b", "c"])) as [string, string, string];
    const { md, renders } = countingMarkdown();
    const bodies = articleBodies(md, { keep: 1, hold: new Set([a, b]), holdAtMost: 1 });
    for (const file of [a, b, c, a, b]) await bodies.render(file);
    expect(renders.get("Body of a.")).toBe(1);
    expect(renders.get("Body of b.")).toBe(2);
  });
});
