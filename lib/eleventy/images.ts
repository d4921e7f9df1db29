// Where processed images meet Eleventy: the markdown renderer's <picture> for
// images in article bodies, and the passthrough copy of the image cache.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { ImageRenderer } from "../render/markdown.ts";
import { IMAGE_URL_PATH, type ImageSet, imageCacheDir, picture } from "../site/images.ts";

/** The article column: full width on phones, 42rem from there on. */
export const ARTICLE_IMAGE_SIZES = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

/** Images in article bodies: lazy, with every size and format this build's images have. */
export function bodyPictures(images: ImageSet): ImageRenderer {
  return (src, alt) => {
    const metadata = images.get(src);
    return metadata ? picture(metadata, { alt, sizes: ARTICLE_IMAGE_SIZES }).value : undefined;
  };
}

export function imageCachePlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ [imageCacheDir()]: IMAGE_URL_PATH.slice(1, -1) });
}
