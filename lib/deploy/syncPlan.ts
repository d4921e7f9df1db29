// What a deploy sends, and in which order, so that no reader is ever served a
// page whose stylesheet, image or linked article is not there yet:
//   1. new files that are not pages (hashed CSS and JS, processed images, the
//      search index's new files, new feeds): what pages link to;
//   2. new pages (a new article, its lite page);
//   3. changed files that are not pages (the search index's entry file,
//      feeds, sitemaps), which may name the files of steps 1 and 2;
//   4. changed pages (the front page, topic and archive pages that now list
//      the new article);
//   5. last, objects the site no longer has (a deleted article, last
//      build's assets), once nothing links to them.
// A file is changed when its MD5 differs from the object's ETag; a file the
// store holds with the same MD5 is left alone, and so is a file named by its
// content (no MD5) that the store holds at all.
import { HOST_FILES } from "../site/hostFiles.ts";
import type { SiteFile } from "./siteFiles.ts";
import { STORED_INDEX } from "./storedImages.ts";

export interface RemoteObject {
  key: string;
  /** The ETag without its quotes: the MD5 for an object uploaded in one part. */
  etag: string;
}

export interface SyncPlan {
  /** In the order they must be uploaded, a step after the other. */
  steps: { name: string; files: SiteFile[] }[];
  /** Keys to delete once every step is done. */
  remove: string[];
  unchanged: number;
}

/**
 * Pages, and what describes the files before them: the rules an edge function serves pages with (`_headers`: a new
 * content security policy goes with its pages), and the index of the images in the store, sent once they all are.
 */
const isPage = (file: SiteFile) => file.path.endsWith(".html") || file.path === HOST_FILES.headers || file.path === STORED_INDEX;

/** `keyOf` gives a site path's key in the bucket (a mirror's prefix before it). */
export function syncPlan(files: readonly SiteFile[], remote: readonly RemoteObject[], keyOf: (sitePath: string) => string): SyncPlan {
  const etags = new Map(remote.map((object) => [object.key, object.etag]));
  const added: SiteFile[] = [];
  const changed: SiteFile[] = [];
  const wanted = new Set<string>();
  let unchanged = 0;
  for (const file of files) {
    const key = keyOf(file.path);
    wanted.add(key);
    const etag = etags.get(key);
    if (etag === undefined) added.push(file);
    else if (file.md5 !== undefined && etag !== file.md5) changed.push(file);
    else unchanged++;
  }
  const steps = [
    { name: "new files", files: added.filter((file) => !isPage(file)) },
    { name: "new pages", files: added.filter(isPage) },
    { name: "changed files", files: changed.filter((file) => !isPage(file)) },
    { name: "changed pages", files: changed.filter(isPage) },
  ];
  const remove = remote.map((object) => object.key).filter((key) => !wanted.has(key));
  return { steps, remove, unchanged };
}
