// Article bodies with absolute URLs for feeds, made once per article per build:
// an article sits in the site feed and in one feed per tag.
import type { NewsroomView } from "./types.ts";
import type { Entry } from "../newsroom/newsroom.ts";
import { absoluteUrls } from "../render/absoluteUrls.ts";
import { absoluteUrl } from "../site/urls.ts";

// Keyed by the build's article map, so each build (and each dev-server rebuild) starts afresh.
const cache = new WeakMap<NewsroomView["byInputPath"], Map<string, Promise<string>>>();

export async function absoluteBodies(newsroom: NewsroomView, entries: readonly Entry[]): Promise<Map<string, string>> {
  let perBuild = cache.get(newsroom.byInputPath);
  if (!perBuild) cache.set(newsroom.byInputPath, (perBuild = new Map()));
  const site = newsroom.settings.site;
  const bodies = await Promise.all(
    entries.map((entry) => {
      let body = perBuild.get(entry.inputPath);
      if (!body) {
        body = absoluteUrls(newsroom.renderedBody(entry.inputPath), absoluteUrl(site, entry.url));
        perBuild.set(entry.inputPath, body);
      }
      return body;
    }),
  );
  return new Map(entries.map((entry, i) => [entry.inputPath, bodies[i] ?? ""]));
}
