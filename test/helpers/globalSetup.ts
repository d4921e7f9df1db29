// Before the tests: process the sample's images once into the cache every
// fixture build shares, so parallel builds never encode (and write) the same
// image at the same time.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { processImages } from "../../lib/site/images.ts";
import { PROJECT, TEST_IMAGE_CACHE } from "./site.ts";

export default async function setup(): Promise<void> {
  const imagesDir = path.join(PROJECT, "src/images");
  const files = (await readdir(imagesDir)).filter((f) => /\.(jpe?g|png)$/.test(f) && f !== "logo.png");
  await processImages(files.map((f) => `/images/${f}`), path.join(PROJECT, "src"), TEST_IMAGE_CACHE);
}
