// Width and height of a lead image, so the page reserves its space before it
// loads (no layout shift). Reads the header of PNG, JPEG and SVG files only.
import { open, readFile } from "node:fs/promises";

export interface Size {
  width: number;
  height: number;
}

export async function imageSize(file: string): Promise<Size | undefined> {
  if (file.endsWith(".svg")) return svgSize(await readFile(file, "utf8"));
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    return binarySize(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

export function svgSize(svg: string): Size | undefined {
  const tag = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!tag) return undefined;
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const width = Number.parseFloat(attr("width") ?? "");
  const height = Number.parseFloat(attr("height") ?? "");
  if (width > 0 && height > 0) return { width, height };
  const box = attr("viewBox")?.trim().split(/[\s,]+/).map(Number);
  if (box && box.length === 4 && (box[2] ?? 0) > 0 && (box[3] ?? 0) > 0) return { width: box[2]!, height: box[3]! };
  return undefined;
}

function binarySize(bytes: Buffer): Size | undefined {
  // PNG: signature, then the IHDR chunk holds width and height.
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  // JPEG: walk the segments to the first start-of-frame marker.
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    let offset = 2;
    while (offset + 9 < bytes.length) {
      if (bytes[offset] !== 0xff) return undefined;
      const marker = bytes[offset + 1] ?? 0;
      const length = bytes.readUInt16BE(offset + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return undefined;
}
