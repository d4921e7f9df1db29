// Where images meet Eleventy: the markdown renderer's <picture> for images in
// article bodies, and the passthrough copy of the images served as they are.
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { ImageRenderer } from "../render/markdown.ts";
import { type ImageSet, picture } from "../site/images.ts";

/** The article column: full width on phones, 42rem from there on. */
export const ARTICLE_IMAGE_SIZES = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

/** Images in article bodies: lazy, with every size and format this build's images have. */
export function bodyPictures(images: ImageSet): ImageRenderer {
  return (src, alt) => {
    const metadata = images.get(src);
    return metadata ? picture(metadata, { alt, sizes: ARTICLE_IMAGE_SIZES }).value : undefined;
  };
}

/**
 * Files under `<input>/images/` are served as they are (staff photos, the logo)
 * unless an article uses them: those are served processed (/img/, by the
 * newsroom plugin), and copying an archive's originals on every build would
 * cost more than everything else a one-article build does. `processed(src)`
 * is asked at copy time, after the validation pass has found the articles' images.
 */
export function imagePassthrough(eleventyConfig: UserConfig, inputDir: string, processed: (src: string) => boolean): void {
  eleventyConfig.addPassthroughCopy(`${inputDir}/images`, {
    // recursive-copy's filter: the path relative to the folder being copied.
    filter: (relative: string) => !processed(`/images/${relative.split("\\").join("/")}`),
  });
}
