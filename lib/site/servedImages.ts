// The processed images a build uses, put into the site under /img/: copies of
// the image cache's files (a copy-on-write clone where the file system can,
// never a hard link: a damaged cache file must not damage the published one).
// Only the images the articles use are published, not everything the cache
// ever held; an incremental build adds the new ones and removes those no
// article uses any more.
import { constants } from "node:fs";
import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { IMAGE_URL_PATH, type ImageSet, imageFiles } from "./images.ts";
import { mapLimited } from "../util/mapLimited.ts";

export interface PublishedImages {
  /** File names under /img/ the site now has. */
  files: Set<string>;
  /** How many were added or removed. */
  changed: number;
}

/**
 * Publishes the processed files of `images` into `outputDir`. With `previous`
 * (the file names an earlier build published into this folder), only the
 * difference is added and removed.
 */
export async function publishImageFiles(outputDir: string, images: ImageSet, previous?: ReadonlySet<string>): Promise<PublishedImages> {
  const target = path.join(outputDir, IMAGE_URL_PATH);
  const wanted = new Map(imageFiles([...images.entries()].map(([, metadata]) => metadata)).map((file) => [file.filename, file.outputPath]));
  const adding = [...wanted].filter(([name]) => !previous?.has(name));
  const removing = [...(previous ?? [])].filter((name) => !wanted.has(name));
  if (adding.length > 0) await mkdir(target, { recursive: true });
  await mapLimited(adding, 32, ([name, source]) => copyFile(source, path.join(target, name), constants.COPYFILE_FICLONE));
  await mapLimited(removing, 32, (name) => rm(path.join(target, name), { force: true }));
  // As a full build: no /img/ folder at all when no article has an image.
  if (wanted.size === 0 && removing.length > 0) await rm(target, { recursive: true, force: true });
  return { files: new Set(wanted.keys()), changed: adding.length + removing.length };
}
