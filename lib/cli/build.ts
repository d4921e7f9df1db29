// npm run build: the production build. Eleventy builds into a fresh folder beside
// the output, and only a build that succeeds takes the output's place: a broken
// push leaves the last good site as it was, never a half-written one. The
// error is printed once (Eleventy's own CLI prints a fatal error twice).
// Usage: tsx lib/cli/build.ts [--output=_site] [--pathprefix=/mirror/] [--quiet]
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";

const { values } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    pathprefix: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

const output = path.resolve(values.output);
const staging = `${output}.building`;
const previous = `${output}.previous`;

await rm(staging, { recursive: true, force: true });
const eleventy = new Eleventy(undefined, staging, {
  // As Eleventy's CLI: the output folder given here wins over the config's.
  source: "cli",
  configPath: ".eleventy.ts",
  quietMode: values.quiet,
  runMode: "build",
  ...(values.pathprefix ? { pathPrefix: values.pathprefix } : {}),
});

try {
  await eleventy.write();
} catch {
  // Eleventy has printed the error once (for Broadside's content errors, the list of problems).
  await rm(staging, { recursive: true, force: true });
  process.exitCode = 1;
}

if (process.exitCode !== 1) {
  await rm(previous, { recursive: true, force: true });
  if (existsSync(output)) await rename(output, previous);
  await rename(staging, output);
  await rm(previous, { recursive: true, force: true });
}
