// Article bodies with absolute URLs for feeds, made once per article per build:
// an article sits in the site feed and in one feed per tag.
import type { NewsroomView, TemplateContext } from "./types.ts";
import type { Entry } from "../newsroom/newsroom.ts";

// Keyed by the build's article map, so each build (and each dev-server rebuild) starts afresh.
const cache = new WeakMap<NewsroomView["byInputPath"], Map<string, Promise<string>>>();

export async function absoluteBodies(
  context: TemplateContext,
  newsroom: NewsroomView,
  entries: readonly Entry[],
): Promise<Map<string, string>> {
  let perBuild = cache.get(newsroom.byInputPath);
  if (!perBuild) cache.set(newsroom.byInputPath, (perBuild = new Map()));
  const site = newsroom.settings.site;
  const bodies = await Promise.all(
    entries.map((entry) => {
      let body = perBuild.get(entry.inputPath);
      if (!body) {
        body = context.transformWithHtmlBase(newsroom.renderedBody(entry.inputPath), `${site.url}/`, entry.url);
        perBuild.set(entry.inputPath, body);
      }
      return body;
    }),
  );
  return new Map(entries.map((entry, i) => [entry.inputPath, bodies[i] ?? ""]));
}
