// A file written whole or not at all: to a name of its own first, then renamed
// over the target, so a reader (or a build running beside this one) never sees
// half of it, and a process killed meanwhile leaves the old file as it was.
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}
