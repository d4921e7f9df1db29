// One deploy to every target at once: the main site and its mirrors are
// published side by side, so a push reaches every address within the same
// minute. Each build folder is hashed once, however many buckets it goes to.
// A target that fails (a bucket refused, a key revoked) does not stop the
// others: readers of the mirrors still get the news, and the failure is
// reported by name.
import { existsSync } from "node:fs";
import type { S3Client } from "@aws-sdk/client-s3";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { HOST_FILES, servedRoot } from "../site/hostFiles.ts";
import { displayPath } from "../util/displayPath.ts";
import { type DeployOptions, type DeployReport, deploySite } from "./s3Deploy.ts";
import { type SiteFile, siteFiles } from "./siteFiles.ts";
import { readObject, storeClient } from "./storeClient.ts";
import type { NamedTarget } from "./targets.ts";

export type TargetResult = { target: NamedTarget; report: DeployReport; error?: undefined } | { target: NamedTarget; error: string; report?: undefined };

export async function deployToTargets(
  targets: readonly NamedTarget[],
  options: Omit<DeployOptions, "files"> = {},
  onResult: (result: TargetResult) => void = () => {},
): Promise<TargetResult[]> {
  const hashed = new Map<string, Promise<SiteFile[]>>();
  const filesOf = (outputDir: string) => {
    let files = hashed.get(outputDir);
    if (!files) hashed.set(outputDir, (files = siteFiles(outputDir, options.stateDir)));
    return files;
  };
  const readers = new Map<NamedTarget, S3Client>();
  const readerOf = (target: NamedTarget) => {
    let client = readers.get(target);
    if (!client) readers.set(target, (client = storeClient(target)));
    return client;
  };
  try {
    return await Promise.all(
      targets.map(async (target): Promise<TargetResult> => {
        const started = performance.now();
        let result: TargetResult;
        try {
          const problem = await buildProblem(target);
          const fetchMissing = (sitePath: string) => fromOtherBuckets(targets, target, sitePath, readerOf);
          if (problem) result = { target, error: problem };
          else {
            const report = await deploySite(target.outputDir, target, { ...options, files: await filesOf(target.outputDir), fetchMissing });
            // The time the reader waited for: reading the build folder included.
            result = { target, report: { ...report, ms: performance.now() - started } };
          }
        } catch (error) {
          result = { target, error: (error as Error).message };
        }
        onResult(result);
        return result;
      }),
    );
  } finally {
    for (const client of readers.values()) client.destroy();
  }
}

/** A processed image this runner does not have, from the first other target whose bucket does (lib/deploy/storedImages.ts). */
async function fromOtherBuckets(
  targets: readonly NamedTarget[],
  wanting: NamedTarget,
  sitePath: string,
  readerOf: (target: NamedTarget) => S3Client,
): Promise<Uint8Array | undefined> {
  for (const other of targets) {
    if (other === wanting) continue;
    try {
      const bytes = await readObject(readerOf(other), other.bucket, `${other.prefix}${sitePath}`);
      if (bytes) return bytes;
    } catch {
      // That bucket cannot be read (its own deploy reports why): try the next.
    }
  }
  return undefined;
}

/**
 * Why the target's folder cannot be published there: missing, or built for another path, whose links would all be
 * broken on this target (a copy under /ostrov/ needs `BROADSIDE_PATH_PREFIX=/ostrov/` at build time).
 */
async function buildProblem(target: NamedTarget): Promise<string | undefined> {
  const folder = displayPath(target.outputDir);
  const build = `BROADSIDE_PATH_PREFIX=${target.pathPrefix} npm run build -- --output=${folder}`;
  if (!existsSync(target.outputDir)) return `${folder} does not exist: build it first (${build})`;
  let built: string | undefined;
  try {
    built = servedRoot(await readFile(path.join(target.outputDir, HOST_FILES.headers), "utf8"));
  } catch {
    built = undefined;
  }
  if (built === undefined) return `${folder} is not a Broadside build (it has no ${HOST_FILES.headers}): build it first (${build})`;
  if (built !== target.pathPrefix) return `${folder} was built for ${built}, and this target serves ${target.pathPrefix}: build a copy for it (${build})`;
  return undefined;
}
