// npm run deploy: publishes the built site to S3-compatible buckets (AWS S3,
// Cloudflare R2, Backblaze B2, MinIO), uploading only what changed
// (lib/deploy/s3Deploy.ts): the main site and every mirror of
// `_data/deploy.json` at once (lib/deploy/targets.ts), or the one bucket of
// the environment (secrets stay out of the repository):
//   BROADSIDE_DEPLOY_BUCKET     the bucket; when set, `_data/deploy.json` is not read
//   BROADSIDE_DEPLOY_ENDPOINT   the store's API endpoint: https://<account>.r2.cloudflarestorage.com
//                               for R2, none for AWS S3, http://127.0.0.1:9000 for a local MinIO
//   BROADSIDE_DEPLOY_REGION     the region (AWS: us-east-1, ...); "auto" by default, as R2 wants
//   BROADSIDE_DEPLOY_PREFIX     a key prefix in the bucket; by default the build's BROADSIDE_PATH_PREFIX
//                               (a mirror built for /mirror/ goes under mirror/)
//   BROADSIDE_DEPLOY_PATH_STYLE 1 for stores that want the bucket in the path (MinIO)
//   AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: the credentials, read by the AWS SDK.
// Usage: node lib/cli/deploy.ts [--output=_site] [--target=<name> ...] [--dry-run] [--verify]
//   --verify lists each bucket instead of trusting the record of the last deploy (lib/deploy/deployState.ts)
//        node lib/cli/deploy.ts --seed-image-index   with the images in the store (BROADSIDE_IMAGES=store),
//                                          restores the known-images index from the first target when this machine has none
//        node lib/cli/deploy.ts --builds   prints `<folder> <path prefix>` for each copy the targets
//                                          need besides --output (mirrors under a path), for the workflow to build
import path from "node:path";
import { parseArgs } from "node:util";
import { formatProblem } from "../content/problems.ts";
import { eleventyDirectories } from "../eleventy/directories.ts";
import { deployToTargets, type TargetResult } from "../deploy/deployTargets.ts";
import { seedImageIndex, STORED_INDEX } from "../deploy/storedImages.ts";
import { DEFAULT_STATE_DIR } from "../deploy/deployState.ts";
import { deployTargets } from "../deploy/targets.ts";
import { displayPath } from "../util/displayPath.ts";

const { values } = parseArgs({
  options: {
    output: { type: "string", default: "_site" },
    target: { type: "string", multiple: true, default: [] },
    "dry-run": { type: "boolean", default: false },
    verify: { type: "boolean", default: false },
    builds: { type: "boolean", default: false },
    "seed-image-index": { type: "boolean", default: false },
  },
});

const dataDir = path.resolve(eleventyDirectories.input, eleventyDirectories.data);
const { targets, problems } = await deployTargets(process.env, { dataDir, output: values.output, only: values.target, withKeys: !values.builds });
if (problems.length > 0) {
  for (const problem of problems) console.error(`Broadside: ${formatProblem(problem)}`);
  process.exit(1);
}
if (values["seed-image-index"]) {
  const [first] = targets;
  const result = first ? await seedImageIndex(first) : "none in the store";
  const said = { kept: "this machine has one; kept", restored: "restored from the store", "none in the store": "none in the store yet: the build processes every image" };
  console.log(`Broadside: known-images index: ${said[result]}${first ? ` (s3://${first.bucket}/${first.prefix}${STORED_INDEX})` : ""}`);
  process.exit(0);
}
if (values.builds) {
  const builds = new Set(targets.filter((target) => target.outputDir !== path.resolve(values.output)).map((t) => `${displayPath(t.outputDir)} ${t.pathPrefix}`));
  for (const build of builds) console.log(build);
  process.exit(0);
}

const dryRun = values["dry-run"];
const results = await deployToTargets(targets, { dryRun, verify: values.verify, stateDir: path.resolve(DEFAULT_STATE_DIR) }, (result) => console.log(describe(result)));
const failed = results.filter((result) => result.error !== undefined);
if (targets.length > 1) console.log(`Broadside: deployed to ${targets.length - failed.length} of ${targets.length} targets${failed.length > 0 ? `; failed: ${failed.map((r) => r.target.name).join(", ")}` : ""}`);
if (failed.length > 0) process.exitCode = 1;

function describe({ target, report, error }: TargetResult): string {
  const where = `s3://${target.bucket}/${target.prefix}`;
  const name = targets.length > 1 ? `${target.name} (${where})` : where;
  if (error !== undefined) return `Broadside: the deploy to ${name} failed: ${error}`;
  const steps = report.steps.filter((step) => step.paths.length > 0).map((step) => `[deploy${targets.length > 1 ? ` ${target.name}` : ""}] ${step.name}: ${step.paths.length}\n`);
  const megabytes = (report.bytes / 1024 / 1024).toFixed(1);
  return (
    steps.join("") +
    (dryRun
      ? `Broadside: would upload ${report.uploaded} files and remove ${report.removed} in ${name}; ${report.unchanged} unchanged`
      : `Broadside: uploaded ${report.uploaded} files (${megabytes} MB) and removed ${report.removed} in ${name}; ${report.unchanged} unchanged${report.listed ? " (bucket listed)" : ""}; ${(report.ms / 1000).toFixed(1)} s`)
  );
}
