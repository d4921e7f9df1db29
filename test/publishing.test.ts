// The publishing workflow and the client script stay in step with the code.
import { readFile } from "node:fs/promises";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { DISMISSED_PREFIX, SNOOZE_KEY } from "../lib/site/inlineCode.ts";
import { PROJECT } from "./helpers/site.ts";
import { CACHE_DIR } from "../lib/incremental/buildCache.ts";
import { DEFAULT_STATE_DIR } from "../lib/deploy/deployState.ts";
import { recordsDir } from "../lib/site/imageCache.ts";
import { knownImagesFile } from "../lib/site/knownImages.ts";

interface Step {
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe("GitHub Actions workflow", () => {
  it("builds on every push to main and every 15 minutes, tests before it builds, restores the last build, and deploys _site", async () => {
    const workflow = yaml.load(await readFile(`${PROJECT}.github/workflows/publish.yml`, "utf8")) as {
      on: { push: { branches: string[] }; schedule: { cron: string }[] };
      jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
    };
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect(workflow.on.schedule).toEqual([{ cron: "*/15 * * * *" }]);
    const steps = workflow.jobs.build.steps;
    const index = (predicate: (s: Step) => boolean) => steps.findIndex(predicate);
    const install = index((s) => s.run === "npm ci");
    const test = index((s) => s.run === "npm test");
    const build = index((s) => s.run === "npm run build");
    const upload = index((s) => s.uses?.startsWith("actions/upload-pages-artifact") ?? false);
    expect(install).toBeGreaterThanOrEqual(0);
    expect([install < test, test < build, build < upload]).toEqual([true, true, true]);
    expect(steps[upload]?.with?.path).toBe("_site");
    expect(steps[build]?.env?.BROADSIDE_PATH_PREFIX).toContain("base_path");
    // The last build and the image index come back before the build, so a push builds incrementally.
    const caches = steps.flatMap((s, at) => (s.uses?.startsWith("actions/cache") ? [at] : []));
    expect(caches).toHaveLength(2);
    const [cache, imageCache] = caches as [number, number];
    expect(Math.max(...caches)).toBeLessThan(build);
    const cachedBy = (at: number) => (steps[at]?.with?.path ?? "").split("\n").filter(Boolean).sort();
    const images = ".cache/broadside-img";
    // Node's compile cache too, where the build step tells Node to keep it.
    const compiled = steps[build]?.env?.NODE_COMPILE_CACHE ?? "";
    expect(compiled).not.toBe("");
    // And the record of the last deploy, so that a push's deploy lists no bucket (lib/deploy/deployState.ts).
    expect(cachedBy(cache)).toEqual([CACHE_DIR, DEFAULT_STATE_DIR, knownImagesFile(images), compiled, "_site", "_site-*"].sort());
    // The processed images themselves only for GitHub Pages: with s3 they live in the bucket, and a runner without
    // the index takes the bucket's before it builds.
    expect(cachedBy(imageCache)).toEqual([images, recordsDir(images)].sort());
    expect(steps[imageCache]?.if).toBe("vars.DEPLOY_TARGET != 's3'");
    expect(steps[build]?.env?.BROADSIDE_IMAGES).toBe("${{ vars.DEPLOY_TARGET == 's3' && 'store' || '' }}");
    const seed = index((s) => s.run === "node lib/cli/deploy.ts --seed-image-index");
    expect([steps[seed]?.if, seed < build, steps[seed]?.env?.AWS_SECRET_ACCESS_KEY]).toEqual(["vars.DEPLOY_TARGET == 's3'", true, "${{ secrets.BROADSIDE_DEPLOY_SECRET }}"]);
    // Cache entries cannot be overwritten: each run saves its own and restores the latest.
    expect(steps[cache]?.with?.key).toContain("github.run_id");
    expect(steps[cache]?.with?.["restore-keys"]).toBe("build-");
    // GitHub Pages unless the repository says s3: then npm run deploy, after the build, with its keys from secrets.
    expect(steps[upload]?.if).toBe("vars.DEPLOY_TARGET != 's3'");
    const deploy = index((s) => s.run === "npm run deploy");
    expect(deploy).toBeGreaterThan(build);
    expect(steps[deploy]?.if).toBe("vars.DEPLOY_TARGET == 's3'");
    expect(steps[deploy]?.env?.BROADSIDE_DEPLOY_BUCKET).toContain("vars.");
    expect(steps[deploy]?.env?.AWS_SECRET_ACCESS_KEY).toContain("secrets.");
    // Copies for mirrors under a path are built between the site's build and the deploy, each into its _site-* folder.
    const copies = index((s) => s.run?.includes("deploy.ts --builds") ?? false);
    expect([build < copies, copies < deploy]).toEqual([true, true]);
    expect(steps[copies]?.run).toContain('BROADSIDE_PATH_PREFIX="$prefix" npm run build -- --output="$folder"');
    expect(steps[build]?.env?.BROADSIDE_HOST).toContain("github-pages");
    expect(workflow.jobs.deploy.needs).toBe("build");
    expect(workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith("actions/deploy-pages"))).toBe(true);
  });
});

describe("site.js", () => {
  it("remembers dismissals and the snooze under the keys the head script reads", async () => {
    const script = await readFile(`${PROJECT}src/assets/site.js`, "utf8");
    expect(script).toContain(`"${DISMISSED_PREFIX}"`);
    expect(script).toContain(`"${SNOOZE_KEY}"`);
  });
});
