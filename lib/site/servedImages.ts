// The processed images a build uses, put into the site under /img/: copies of
// the image cache's files (a copy-on-write clone where the file system can,
// never a hard link: a damaged cache file must not damage the published one).
// Only the images the articles use are published, not everything the cache
// ever held; an incremental build adds the new ones and removes those no
// article uses any more.
//
// With the images in the store (`BROADSIDE_IMAGES=store`), nothing is copied:
// the output gets `_images`, the list of the processed files the site uses, one
// line per image (`<hash> avif:400,800 webp:400,800 jpeg:400,800`, its files
// being `<hash>-<width>.<format>`), from which `npm run deploy` sends the new
// ones from the image cache and deletes those no article uses any more.
import { constants } from "node:fs";
import { copyFile, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { IMAGE_URL_PATH, type ImageMetadata, type ImageSet, imageFiles, imageHash } from "./images.ts";
import { HOST_FILES } from "./hostFiles.ts";
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
export async function publishImageFiles(outputDir: string, images: ImageSet, previous?: ReadonlySet<string>, { inStore = false } = {}): Promise<PublishedImages> {
  const target = path.join(outputDir, IMAGE_URL_PATH);
  const wanted = new Map(imageFiles([...images.entries()].map(([, metadata]) => metadata)).map((file) => [file.filename, file.outputPath]));
  const adding = [...wanted].filter(([name]) => !previous?.has(name));
  const removing = [...(previous ?? [])].filter((name) => !wanted.has(name));
  if (inStore) {
    if (adding.length > 0 || removing.length > 0 || !previous) await writeFile(path.join(outputDir, HOST_FILES.images), formatImageList(images));
    return { files: new Set(wanted.keys()), changed: adding.length + removing.length };
  }
  if (adding.length > 0) await mkdir(target, { recursive: true });
  await mapLimited(adding, 32, ([name, source]) => copyFile(source, path.join(target, name), constants.COPYFILE_FICLONE));
  await mapLimited(removing, 32, (name) => rm(path.join(target, name), { force: true }));
  // As a full build: no /img/ folder at all when no article has an image.
  if (wanted.size === 0 && removing.length > 0) await rm(target, { recursive: true, force: true });
  return { files: new Set(wanted.keys()), changed: adding.length + removing.length };
}

/** `_images`: each image the site uses once, sorted, as one line of its hash and its files' formats and widths. */
export function formatImageList(images: ImageSet): string {
  const lines = new Map<string, string>();
  for (const [, metadata] of images.entries()) {
    // Formats in one order, whether eleventy-img or the known-images index gave them: two builds write the same bytes.
    const entries = (Object.entries(metadata) as [string, NonNullable<ImageMetadata["jpeg"]>][]).sort(([a], [b]) => (a < b ? -1 : 1));
    const first = entries[0]?.[1][0];
    const hash = first && imageHash(first.filename);
    if (hash) lines.set(hash, `${hash} ${entries.map(([format, files]) => `${format}:${files.map((file) => file.width).join(",")}`).join(" ")}`);
  }
  return [...lines.keys()].sort().map((hash) => `${lines.get(hash)}\n`).join("");
}

/** The file names `_images` lists (`<hash>-<width>.<format>`), as served under /img/. */
export function parseImageList(text: string): string[] {
  return text.split("\n").flatMap((line) => {
    const [hash, ...formats] = line.trim().split(" ");
    if (!hash) return [];
    return formats.flatMap((part) => {
      const [format, widths] = part.split(":");
      return (widths ?? "").split(",").filter(Boolean).map((width) => `${hash}-${width}.${format}`);
    });
  });
}
