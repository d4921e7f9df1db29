// The site's icons, made from one drawing editors can change
// (src/images/icon.svg): the SVG favicon current browsers use, /favicon.ico for
// the ones that ask for it whatever a page says (and would otherwise be sent the
// whole 404 page on every visit), and the PNGs a web app manifest names.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** The drawing, under the input folder. */
export const ICON_SOURCE = "images/icon.svg";

export const ICONS = {
  svg: "/favicon.svg",
  ico: "/favicon.ico",
  /** For the manifest: home screens and app switchers ask for these two sizes. */
  png: [
    { url: "/icon-192.png", size: 192 },
    { url: "/icon-512.png", size: 512 },
  ],
} as const;

const ICO_SIZE = 32;

/** Writes every icon into the output folder; returns how many files it wrote. */
export async function writeIcons(inputDir: string, outputDir: string): Promise<number> {
  const svg = await readFile(path.join(inputDir, ICON_SOURCE));
  // Loaded here, not with the module: an incremental build writes no icons (lib/eleventy/newsroomPlugin.ts).
  const { default: sharp } = await import("sharp");
  const render = (size: number) => sharp(svg, { density: 72 * (size / 64) }).resize(size, size).png().toBuffer();
  const files: [string, Buffer][] = [
    [ICONS.svg, svg],
    [ICONS.ico, icoFromPng(await render(ICO_SIZE), ICO_SIZE)],
    ...(await Promise.all(ICONS.png.map(async ({ url, size }): Promise<[string, Buffer]> => [url, await render(size)]))),
  ];
  await Promise.all(files.map(([url, content]) => writeFile(path.join(outputDir, url), content)));
  return files.length;
}

/** An .ico file holding one PNG image, as every browser since 2007 reads it. */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6); // width
  header.writeUInt8(size, 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18); // where the image starts
  return Buffer.concat([header, png]);
}
