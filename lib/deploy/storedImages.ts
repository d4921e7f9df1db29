// Processed images kept in the store (`BROADSIDE_IMAGES=store`), so that no CI
// cache ever holds the archive's images (at 130,000 articles, 1.5 million
// files): each image is processed once, on the runner whose build first saw
// it, sent once by the deploy that follows, and from then on only listed.
//   - The build lists the images the site uses in `_images`
//     (lib/site/servedImages.ts); the deploy sends those the bucket lacks, from
//     the image cache, and deletes those no article uses any more.
//   - The known-images index (lib/site/knownImages.ts: which source gave which
//     files) goes to the bucket too, after the images it names, so a fresh
//     runner restores it (`npm run deploy -- --seed-image-index`) and builds
//     the whole archive without processing a single known image.
//   - A mirror that lacks an image this runner did not process (a new bucket,
//     a deploy that failed there) gets it from another target's bucket.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HOST_FILES } from "../site/hostFiles.ts";
import { IMAGE_URL_PATH, imageCacheDir } from "../site/images.ts";
import { knownImagesFile } from "../site/knownImages.ts";
import { parseImageList } from "../site/servedImages.ts";
import type { DeployTarget } from "./s3Deploy.ts";
import { readObject, storeClient } from "./storeClient.ts";
import type { SiteFile } from "./siteFiles.ts";
import { writeAtomically } from "../util/writeAtomically.ts";

/** Where a bucket keeps the known-images index, beside the site (the Worker serves no name starting with `_`). */
export const STORED_INDEX = "_broadside/known-images.json";

/** The processed images `_images` lists, read from the image cache, and the index; none when the output has no `_images`. */
export async function storedImageFiles(outputDir: string, cacheDir = imageCacheDir()): Promise<SiteFile[]> {
  let list: string;
  try {
    list = await readFile(path.join(outputDir, HOST_FILES.images), "utf8");
  } catch {
    return [];
  }
  const images = parseImageList(list).map((name) => ({ path: `${IMAGE_URL_PATH.slice(1)}${name}`, file: path.join(cacheDir, name) }));
  const index = knownImagesFile(cacheDir);
  if (!existsSync(index)) return images;
  return [...images, { path: STORED_INDEX, file: index, md5: createHash("md5").update(await readFile(index)).digest("hex") }];
}

export type SeedResult = "kept" | "restored" | "none in the store";

/**
 * On a runner with no known-images index (a fresh machine, a CI cache gone), the one the target's bucket holds:
 * the build then takes every image in it as done. A local index is never replaced.
 */
export async function seedImageIndex(target: DeployTarget, cacheDir = imageCacheDir()): Promise<SeedResult> {
  const file = knownImagesFile(cacheDir);
  if (existsSync(file)) return "kept";
  const client = storeClient(target);
  try {
    const bytes = await readObject(client, target.bucket, `${target.prefix}${STORED_INDEX}`);
    if (!bytes) return "none in the store";
    await writeAtomically(file, bytes);
    return "restored";
  } finally {
    client.destroy();
  }
}
