// Builds the two copies of the sample that the smoke tests serve: the main site
// (.e2e-site/) and a mirror under a path prefix (.e2e-mirror/mirror/).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { E2E_NOW, MIRROR_PREFIX } from "./sites.ts";

const copies = [
  { output: ".e2e-site", clean: ".e2e-site", env: {} },
  { output: `.e2e-mirror${MIRROR_PREFIX}`, clean: ".e2e-mirror", env: { BROADSIDE_PATH_PREFIX: MIRROR_PREFIX } },
];

for (const copy of copies) {
  rmSync(copy.clean, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--quiet", `--output=${copy.output}`],
    { stdio: "inherit", env: { ...process.env, BROADSIDE_NOW: E2E_NOW, ...copy.env } },
  );
}
