// Lead, inline and home-page images through @11ty/eleventy-img: AVIF and WebP
// with a JPEG fallback, in several widths, written once into a cache folder that
// survives builds (so a rebuild re-encodes nothing) and copied into the site.
// Every image is looked up once per build in the validation pass, by its content
// (lib/site/knownImages.ts), and processed only if it was never seen; templates
// and the markdown renderer only look up the results.
import path from "node:path";
import { html, type SafeHtml } from "../render/html.ts";
import { createHash } from "node:crypto";
import { checkFiles, type ProcessedFile, recordFiles, removeFiles } from "./imageCache.ts";
import type { KnownImage, KnownImages } from "./knownImages.ts";

export const IMAGE_URL_PATH = "/img/";
const WIDTHS = [400, 800, 1200, 1600];
const FORMATS = ["avif", "webp", "jpeg"] as const;
/** The width used where one image URL is needed (feeds, Open Graph, JSON-LD). */
export const SHARE_WIDTH = 1200;

export interface ImageEntry {
  url: string;
  outputPath: string;
  filename: string;
  width: number;
  height: number;
  sourceType: string;
  srcset: string;
}

export type ImageMetadata = Partial<Record<(typeof FORMATS)[number], ImageEntry[]>>;

export interface ImageSet {
  /** Processed images by their source path on the site, e.g. `/images/port.jpg`. */
  get(src: string): ImageMetadata | undefined;
  /** Every image this build uses, by source path. */
  entries(): Iterable<[string, ImageMetadata]>;
}

/** The image cache folder: `.cache/broadside-img`, or `BROADSIDE_IMAGE_CACHE`. */
export function imageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.BROADSIDE_IMAGE_CACHE ?? ".cache/broadside-img");
}

/**
 * `BROADSIDE_IMAGES=store`: the processed images live in the bucket `npm run deploy` publishes to, not in the output
 * folder nor in any CI cache (lib/deploy/storedImages.ts). A production build then takes a known image as known,
 * without looking for its files on disk, processes only images it never saw and lists what the site uses in
 * `_images` (lib/site/servedImages.ts). The preview always has its images at hand.
 */
export function imagesInStore(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.BROADSIDE_IMAGES === "store";
}

/** The hash eleventy-img names an image's processed files by: `<hash>-<width>.<format>`. */
export function imageHash(filename: string): string {
  return filename.replace(/-\d+\.\w+$/, "");
}

export interface ProcessedImages {
  images: ImageSet;
  /** The known-images index keys of the images used (`save(only)` in lib/site/knownImages.ts). */
  keys: Set<string>;
  /** Sources that could not be processed (a damaged file that looked like an image), with the reason. */
  failures: { src: string; message: string }[];
}

export interface ProcessOptions {
  /** The content id of a source (lib/incremental/contentIds.ts): an image seen before is not looked at again. */
  idOf?: (src: string) => string | undefined;
  known?: KnownImages;
  /**
   * File names the output already has under /img/ (an incremental build): a
   * known image whose files are all there is not looked at at all. Every other known image's files
   * are checked against their recorded sizes (a stat each) before they are
   * published, and processed again if damaged.
   */
  published?: ReadonlySet<string>;
  /** The images are in the store (`imagesInStore`): a known image is not looked for on disk at all. */
  inStore?: boolean;
}

export async function processImages(
  sources: Iterable<string>,
  inputDir: string,
  cacheDir: string,
  { idOf, known, published, inStore = false }: ProcessOptions = {},
): Promise<ProcessedImages> {
  const unique = [...new Set(sources)].sort();
  const failures: ProcessedImages["failures"] = [];
  const keys = new Set<string>();
  const results = await Promise.all(
    unique.map(async (src) => {
      const id = idOf?.(src);
      const key = id === undefined ? undefined : `${id}-${OPTIONS_KEY}`;
      if (key !== undefined) keys.add(key);
      const seen = key === undefined ? undefined : known?.get(key);
      try {
        if (seen && id !== undefined) {
          const metadata = expandKnown(seen, cacheDir);
          if (inStore) return [[src, metadata] as const];
          if (published && processedFiles(metadata).every((file) => published.has(file.filename))) return [[src, metadata] as const];
          // Nothing of a known image was written by this build: a file without a record must decode, however new.
          const state = await checkFiles(cacheDir, processedFiles(metadata), Number.POSITIVE_INFINITY);
          if (state === "whole") await recordFiles(cacheDir, processedFiles(metadata));
          if (state !== "damaged") return [[src, metadata] as const];
        }
        const metadata = await processOne(path.join(inputDir, src), cacheDir);
        if (key !== undefined) known?.set(key, compactKnown(metadata));
        return [[src, metadata] as const];
      } catch (error) {
        failures.push({ src, message: (error as Error).message.split("\n")[0] ?? "cannot be processed" });
        return [];
      }
    }),
  );
  const bySource = new Map(results.flat());
  return { images: { get: (src) => bySource.get(src), entries: () => bySource.entries() }, keys, failures: failures.sort((a, b) => (a.src < b.src ? -1 : 1)) };
}

const PROCESSING = {
  widths: WIDTHS,
  formats: [...FORMATS],
  urlPath: IMAGE_URL_PATH,
  // Fast AVIF encoding: the smaller files matter more than the last few per cent.
  sharpAvifOptions: { effort: 2, quality: 55 },
  sharpWebpOptions: { quality: 75 },
  sharpJpegOptions: { quality: 78, mozjpeg: true },
};

/** Changing how images are processed makes every image new to the known-images index. */
const OPTIONS_KEY = createHash("sha1").update(JSON.stringify(PROCESSING)).digest("hex").slice(0, 12);

/** One image, from the cache when its files there are whole (lib/site/imageCache.ts), else processed again. */
async function processOne(file: string, cacheDir: string): Promise<ImageMetadata> {
  const options = { ...PROCESSING, outputDir: cacheDir };
  // Files changed from now on were written by eleventy-img for this build. No margin before it: a file
  // damaged a moment earlier (a killed build, a test) would pass unchecked, as it did once builds started
  // fast enough to reach this within the second; a file system with coarse times only costs a decode.
  const since = Date.now();
  // Loaded only when an image is new to the build: a push whose images are all known does not load sharp (0.1 s).
  const { default: Image } = await import("@11ty/eleventy-img");
  let metadata = (await Image(file, options)) as ImageMetadata;
  const state = await checkFiles(cacheDir, processedFiles(metadata), since);
  if (state === "damaged") {
    await removeFiles(processedFiles(metadata));
    metadata = (await Image(file, { ...options, useCache: false })) as ImageMetadata;
  }
  // An image whose files all match their record is left alone: no write per image per build.
  if (state !== "recorded") await recordFiles(cacheDir, processedFiles(metadata));
  return metadata;
}

export function compactKnown(metadata: ImageMetadata): KnownImage {
  const formats: KnownImage["formats"] = {};
  let hash = "";
  for (const [format, entries] of Object.entries(metadata)) {
    formats[format] = (entries ?? []).map((entry) => [entry.width, entry.height]);
    hash ||= entries?.[0] ? imageHash(entries[0].filename) : "";
  }
  return { hash, formats };
}

/** The metadata eleventy-img gave, from what the index keeps (images.test.ts checks the two agree). */
export function expandKnown(known: KnownImage, cacheDir: string): ImageMetadata {
  const metadata: ImageMetadata = {};
  for (const format of FORMATS) {
    const sizes = known.formats[format];
    if (!sizes) continue;
    metadata[format] = sizes.map(([width, height]) => {
      const filename = `${known.hash}-${width}.${format}`;
      const url = `${IMAGE_URL_PATH}${filename}`;
      return { url, outputPath: path.join(cacheDir, filename), filename, width, height, sourceType: `image/${format}`, srcset: `${url} ${width}w` };
    });
  }
  return metadata;
}

/** Every processed file of these images (the site serves them under /img/). */
export function imageFiles(images: Iterable<ImageMetadata>): ProcessedFile[] {
  return [...images].flatMap(processedFiles);
}

function processedFiles(metadata: ImageMetadata): ProcessedFile[] {
  return Object.values(metadata).flatMap((entries) => entries ?? []);
}

/** The fallback format's entries (JPEG), smallest first. */
function fallbackOf(metadata: ImageMetadata): ImageEntry[] {
  return metadata.jpeg ?? metadata.webp ?? metadata.avif ?? [];
}

/** The one URL to give where a list of sizes is not possible. */
export function shareImage(metadata: ImageMetadata): ImageEntry | undefined {
  const fallback = fallbackOf(metadata);
  return fallback.find((entry) => entry.width >= SHARE_WIDTH) ?? fallback.at(-1);
}

export interface PictureOptions {
  alt: string;
  sizes: string;
  /** The lead image: loaded at once and first. Every other image waits until it is near. */
  lead?: boolean;
  className?: string;
}

export function picture(metadata: ImageMetadata, options: PictureOptions): SafeHtml {
  const fallback = fallbackOf(metadata);
  const smallest = fallback[0];
  const largest = fallback.at(-1);
  if (!smallest || !largest) throw new Error("picture() needs processed image metadata");
  const sources = (["avif", "webp"] as const).flatMap((format) => {
    const entries = metadata[format];
    if (!entries || entries.length === 0 || entries === fallback) return [];
    return [html`<source type="${entries[0]?.sourceType}" srcset="${entries.map((e) => e.srcset).join(", ")}" sizes="${options.sizes}">`];
  });
  const loading = options.lead ? html` loading="eager" fetchpriority="high"` : html` loading="lazy"`;
  return html`<picture${options.className ? html` class="${options.className}"` : ""}>${sources}<img src="${smallest.url}" srcset="${fallback.map((e) => e.srcset).join(", ")}" sizes="${options.sizes}" alt="${options.alt}" width="${largest.width}" height="${largest.height}"${loading} decoding="async"></picture>`;
}
