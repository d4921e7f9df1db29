// Builds the two copies of the sample that the smoke tests serve: the main site
// (.e2e-site/) and a mirror under a path prefix (.e2e-mirror/mirror/), whose search
// index is split into parts.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { E2E_NOW, MIRROR_PREFIX, MIRROR_SEARCH_PART_PAGES } from "./sites.ts";

const copies = [
  { output: ".e2e-site", clean: ".e2e-site", env: {} },
  // The mirror also splits its search index into parts, as a large archive's is, so
  // that merging them in the reader's browser is tested: 2026 in /pagefind/, 2024-2025 apart.
  {
    output: `.e2e-mirror${MIRROR_PREFIX}`,
    clean: ".e2e-mirror",
    env: { BROADSIDE_PATH_PREFIX: MIRROR_PREFIX, BROADSIDE_SEARCH_PART_PAGES: String(MIRROR_SEARCH_PART_PAGES) },
  },
];

for (const copy of copies) {
  rmSync(copy.clean, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    ["lib/cli/build.ts", "--quiet", `--output=${copy.output}`],
    { stdio: "inherit", env: { ...process.env, BROADSIDE_NOW: E2E_NOW, ...copy.env } },
  );
}
