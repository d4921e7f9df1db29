// The newsroom of the build in progress. The validation pass sets it before
// Eleventy reads any template; the articles' permalinks and every template read it.
import type { Newsroom } from "../newsroom/newsroom.ts";

let current: Newsroom | undefined;

export function setCurrentNewsroom(newsroom: Newsroom): void {
  current = newsroom;
}

export function currentNewsroom(): Newsroom {
  if (!current) throw new Error("Broadside's newsroom is read before the validation pass ran (eleventy.before)");
  return current;
}
