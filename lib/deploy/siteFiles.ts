// The files of a built site as a deploy sees them: each with its key in the
// bucket and the MD5 of its content, which S3-compatible stores report as the
// ETag of an object uploaded in one part, so a deploy compares the two without
// downloading anything.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HOST_FILES } from "../site/hostFiles.ts";
import { filesUnder } from "../util/displayPath.ts";
import { mapLimited } from "../util/mapLimited.ts";

export interface SiteFile {
  /** Path in the site, from its root, with forward slashes (`2026/11/27/slug/index.html`). */
  path: string;
  /** The file on disk. */
  file: string;
  /** Hex MD5 of its content. */
  md5: string;
  size: number;
}

/**
 * Every file but `_redirects`, which an object store gets as metadata on the objects at old URLs instead. `_headers`
 * goes too: the bucket cannot act on it, but an edge function in front of it does (lib/edge/r2Worker.ts).
 */
export async function siteFiles(outputDir: string): Promise<SiteFile[]> {
  const relative = (await filesUnder(outputDir)).filter((name) => name !== HOST_FILES.redirects).sort();
  return mapLimited(relative, 32, async (name) => {
    const file = path.join(outputDir, name);
    const content = await readFile(file);
    return { path: name, file, md5: createHash("md5").update(content).digest("hex"), size: content.length };
  });
}
