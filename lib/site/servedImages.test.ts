import { describe, expect, it } from "vitest";
import { expandKnown, type ImageMetadata, type ImageSet, imageFiles } from "./images.ts";
import { formatImageList, parseImageList } from "./servedImages.ts";

const setOf = (images: Record<string, ImageMetadata>): ImageSet => ({ get: (src) => images[src], entries: () => Object.entries(images) });

describe("_images, the list of processed files when the images live in the store", () => {
  const port = expandKnown({ hash: "portHash01", formats: { avif: [[400, 225], [800, 450]], webp: [[400, 225], [800, 450]], jpeg: [[400, 225], [800, 450]] } }, "/cache");
  const court = expandKnown({ hash: "AcourtHash", formats: { webp: [[400, 300]], jpeg: [[400, 300]] } }, "/cache");

  it("names exactly the files the site would serve under /img/", () => {
    const images = setOf({ "/images/port.jpg": port, "/images/court.jpg": court, "/images/port-again.jpg": port });
    expect(parseImageList(formatImageList(images)).sort()).toEqual([...new Set(imageFiles([port, court]).map((file) => file.filename))].sort());
  });

  it("is the same text whichever order the formats and images come in", () => {
    const reordered: ImageMetadata = { jpeg: port.jpeg, avif: port.avif, webp: port.webp };
    const once = formatImageList(setOf({ "/images/port.jpg": port, "/images/court.jpg": court }));
    expect(formatImageList(setOf({ "/images/court.jpg": court, "/images/port.jpg": reordered }))).toBe(once);
    expect(once).toBe("AcourtHash jpeg:400 webp:400\nportHash01 avif:400,800 jpeg:400,800 webp:400,800\n");
  });
});
