// npm run deploy: publishes the built site (`_site/`, or --output) to an
// S3-compatible bucket, uploading only what changed (lib/deploy/s3Deploy.ts).
// Where to, from the environment (secrets stay out of the repository):
//   BROADSIDE_DEPLOY_BUCKET     the bucket (required)
//   BROADSIDE_DEPLOY_ENDPOINT   the store's API endpoint: https://<account>.r2.cloudflarestorage.com
//                               for R2, none for AWS S3, http://127.0.0.1:9000 for a local MinIO
//   BROADSIDE_DEPLOY_REGION     the region (AWS: us-east-1, ...); "auto" by default, as R2 wants
//   BROADSIDE_DEPLOY_PREFIX     a key prefix in the bucket; by default the build's BROADSIDE_PATH_PREFIX
//                               (a mirror built for /mirror/ goes under mirror/)
//   BROADSIDE_DEPLOY_PATH_STYLE 1 for stores that want the bucket in the path (MinIO)
//   AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: the credentials, read by the AWS SDK.
// Usage: node lib/cli/deploy.ts [--output=_site] [--dry-run]
import path from "node:path";
import { parseArgs } from "node:util";
import { deploySite } from "../deploy/s3Deploy.ts";
import { deployTarget } from "../deploy/target.ts";

const { values } = parseArgs({
  options: { output: { type: "string", default: "_site" }, "dry-run": { type: "boolean", default: false } },
});

const target = deployTarget(process.env);
if (typeof target === "string") {
  console.error(`Broadside: ${target}`);
  process.exit(1);
}
const dryRun = values["dry-run"];
try {
  const report = await deploySite(path.resolve(values.output), target, { dryRun });
  for (const step of report.steps) if (step.paths.length > 0) console.log(`[deploy] ${step.name}: ${step.paths.length}`);
  const where = `s3://${target.bucket}/${target.prefix}`;
  const megabytes = (report.bytes / 1024 / 1024).toFixed(1);
  console.log(
    dryRun
      ? `Broadside: would upload ${report.uploaded} files and remove ${report.removed} in ${where}; ${report.unchanged} unchanged`
      : `Broadside: uploaded ${report.uploaded} files (${megabytes} MB) and removed ${report.removed} in ${where}; ${report.unchanged} unchanged; ${(report.ms / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`Broadside: the deploy to s3://${target.bucket}/${target.prefix} failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
