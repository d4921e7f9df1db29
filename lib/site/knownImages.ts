// Images once: what processing a source image gave, kept by the image's content
// id (lib/incremental/contentIds.ts) and the processing options. A build looks
// an image up here before it asks eleventy-img, which would read and hash the
// source file and stat its twelve processed files on every build: at 100,000
// images that is tens of seconds of disk work to learn what is already known.
// Only the widths and heights are kept (about 100 bytes an image); file names
// and URLs follow from eleventy-img's hash. One file for the whole archive,
// beside the image cache, replaced atomically.
import { readFile } from "node:fs/promises";
import { writeAtomically } from "../util/writeAtomically.ts";

/** Width and height of each processed file of one format, smallest first. */
type Sizes = [number, number][];

export interface KnownImage {
  /** eleventy-img's hash: every processed file is named `<hash>-<width>.<format>`. */
  hash: string;
  formats: Record<string, Sizes>;
}

export interface KnownImages {
  get(key: string): KnownImage | undefined;
  set(key: string, image: KnownImage): void;
  /**
   * Writes what this build learnt (merged with what parallel builds wrote meanwhile). With `only`, the index keeps
   * those keys alone: with the images in the store, it must name no image the store no longer holds.
   */
  save(only?: ReadonlySet<string>): Promise<void>;
}

/** Where the index is kept: beside the cache folder, since the folder itself is copied into the site. */
export function knownImagesFile(cacheDir: string): string {
  return `${cacheDir}.known.json`;
}

async function readIndex(file: string): Promise<Record<string, KnownImage>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    return parsed && typeof parsed === "object" ? (parsed as Record<string, KnownImage>) : {};
  } catch {
    // None yet, or damaged: the images are looked at again, and the index rewritten.
    return {};
  }
}

export async function loadKnownImages(cacheDir: string): Promise<KnownImages> {
  const file = knownImagesFile(cacheDir);
  const known = await readIndex(file);
  const learnt = new Map<string, KnownImage>();
  return {
    get: (key) => learnt.get(key) ?? known[key],
    set: (key, image) => void learnt.set(key, image),
    async save(only) {
      const dropping = only !== undefined && Object.keys(known).some((key) => !only.has(key));
      if (learnt.size === 0 && !dropping) return;
      const all = { ...(await readIndex(file)), ...Object.fromEntries(learnt) };
      const merged = only ? Object.fromEntries(Object.entries(all).filter(([key]) => only.has(key))) : all;
      await writeAtomically(file, JSON.stringify(merged));
      learnt.clear();
    },
  };
}

/**
 * Drops the entries of images whose files are named `<hash>-...` (`npm run deploy` found them nowhere): the next
 * build processes those images again from their sources instead of taking them as done.
 */
export async function forgetImages(cacheDir: string, hashes: ReadonlySet<string>): Promise<void> {
  const file = knownImagesFile(cacheDir);
  const index = await readIndex(file);
  const kept = Object.fromEntries(Object.entries(index).filter(([, image]) => !hashes.has(image.hash)));
  await writeAtomically(file, JSON.stringify(kept));
}
