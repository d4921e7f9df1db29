// The files of a built site as a deploy sees them: each with its path in the
// site and the MD5 of its content, which S3-compatible stores report as the
// ETag of an object uploaded in one part, so a deploy compares the two without
// downloading anything. Files named by their content (the hashed CSS and JS,
// the processed images) are not read at all: an object of that name holds
// those bytes, so its presence is enough (at 10,000 articles, 12,000 images
// not hashed on every push). With the images in the store
// (`BROADSIDE_IMAGES=store`), the processed images are those `_images` lists,
// read from the image cache when they are new (lib/deploy/storedImages.ts).
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { HOST_FILES, IMMUTABLE } from "../site/hostFiles.ts";
import { filesUnder } from "../util/displayPath.ts";
import { mapLimited } from "../util/mapLimited.ts";
import { cacheControl } from "./objectHeaders.ts";
import { storedImageFiles } from "./storedImages.ts";
import { readHashes, writeHashes } from "./deployState.ts";

export interface SiteFile {
  /** Path in the site, from its root, with forward slashes (`2026/11/27/slug/index.html`). */
  path: string;
  /** The file on disk (for an image in the store, where it is when this build processed it). */
  file: string;
  /** Hex MD5 of its content; none for a file named by its content, which is sent only when the bucket lacks it. */
  md5?: string;
}

/** Files for whatever serves the site rather than for readers, which the objects carry otherwise (redirects) or the deploy reads (`_images`). */
const NOT_SENT = new Set<string>([HOST_FILES.redirects, HOST_FILES.images]);

/**
 * Every file to publish. `_headers` is sent: the bucket cannot act on it, but an edge function in front of it does
 * (lib/edge/r2Worker.ts). With a `stateDir` (lib/deploy/deployState.ts), a file whose size and modification time are
 * those it had when last hashed is not read again.
 */
export async function siteFiles(outputDir: string, stateDir?: string): Promise<SiteFile[]> {
  const relative = (await filesUnder(outputDir)).filter((name) => !NOT_SENT.has(name)).sort();
  const known = stateDir ? await readHashes(stateDir, outputDir) : new Map();
  const hashes: typeof known = new Map();
  const files = await mapLimited(relative, 32, async (name): Promise<SiteFile> => {
    const file = path.join(outputDir, name);
    if (cacheControl(name) === IMMUTABLE) return { path: name, file };
    const { size, mtimeMs } = await stat(file);
    const before = known.get(name);
    const md5 = before && before[0] === size && before[1] === mtimeMs ? before[2] : createHash("md5").update(await readFile(file)).digest("hex");
    hashes.set(name, [size, mtimeMs, md5]);
    return { path: name, file, md5 };
  });
  if (stateDir) await writeHashes(stateDir, outputDir, hashes);
  return [...files, ...(await storedImageFiles(outputDir))];
}
