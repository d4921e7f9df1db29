// Publishes a built site to an S3-compatible bucket (AWS S3, Cloudflare R2,
// Backblaze B2, MinIO) through the AWS SDK: lists what the bucket holds under
// the target's prefix, uploads only the files whose MD5 differs from the
// object's ETag, in the order of lib/deploy/syncPlan.ts, then deletes the
// objects the site no longer has. Each object gets its Content-Type and
// Cache-Control (lib/deploy/objectHeaders.ts); an old article URL (front matter
// `aliases`, listed in `_redirects`) also gets S3's per-object redirect, which
// a bucket's website endpoint answers with a 301, and the same target as
// metadata for an edge function in front of a bucket without one.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DeleteObjectsCommand, paginateListObjectsV2, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { imageHash } from "../site/images.ts";
import { forgetImages } from "../site/knownImages.ts";
import { HOST_FILES, parseRedirects } from "../site/hostFiles.ts";
import { outputFile } from "../site/urls.ts";
import { mapLimited } from "../util/mapLimited.ts";
import { cacheControl, contentType } from "./objectHeaders.ts";
import { type SiteFile, siteFiles } from "./siteFiles.ts";
import { storeClient } from "./storedImages.ts";
import { type RemoteObject, syncPlan } from "./syncPlan.ts";

export interface DeployTarget {
  bucket: string;
  /** The store's API endpoint; none for AWS S3 itself. */
  endpoint?: string;
  region: string;
  /** Key prefix in the bucket (`mirror/`), as the build's path prefix; empty for the bucket's root. */
  prefix: string;
  /** Bucket in the path rather than the host name (MinIO, a local test server). */
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface DeployReport {
  uploaded: number;
  bytes: number;
  removed: number;
  unchanged: number;
  /** The uploads, step by step, as site paths (for the tests and a dry run). */
  steps: { name: string; paths: string[] }[];
  removedKeys: string[];
  ms: number;
}

/** Metadata key under which a redirect's target is kept for an edge function (`x-amz-meta-location`). */
export const REDIRECT_METADATA = "location";
const UPLOADS_AT_ONCE = 16;
const DELETES_PER_REQUEST = 1000;

export interface DeployOptions {
  /** Work out what would be sent, and send nothing. */
  dryRun?: boolean;
  /** Keys per listing request (S3's default, and most: 1,000); the tests ask for few, to list in several pages. */
  listPageSize?: number;
  /** The site's files, when the caller has hashed them already (one build published to several mirrors). */
  files?: readonly SiteFile[];
  /** The bytes of a file that is not on disk (an image in the store this runner never processed), from elsewhere. */
  fetchMissing?: (sitePath: string) => Promise<Uint8Array | undefined>;
}

async function readLocalOr(file: SiteFile, fetchMissing: DeployOptions["fetchMissing"]): Promise<Uint8Array> {
  try {
    return await readFile(file.file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    const fetched = await fetchMissing?.(file.path);
    if (fetched) return fetched;
    // Only a processed image in the store can be missing here (every other file was just listed on disk).
    await forgetImages(path.dirname(file.file), new Set([imageHash(path.basename(file.file))]));
    throw new Error(
      `${file.path} is neither in the image cache nor in any target's bucket. The known-images index no longer names it, so the next build processes it again from its source: \`npm run build -- --full\`, then deploy again`,
    );
  }
}

export async function deploySite(outputDir: string, target: DeployTarget, options: DeployOptions = {}): Promise<DeployReport> {
  const started = performance.now();
  const client = storeClient(target);
  try {
    const [files, remote, redirects] = await Promise.all([options.files ?? siteFiles(outputDir), listObjects(client, target, options.listPageSize), readRedirects(outputDir)]);
    const keyOf = (sitePath: string) => `${target.prefix}${sitePath}`;
    const plan = syncPlan(files, remote, keyOf);
    let bytes = 0;
    if (!options.dryRun) {
      for (const step of plan.steps) {
        await mapLimited(step.files, UPLOADS_AT_ONCE, async (file) => {
          const body = await readLocalOr(file, options.fetchMissing);
          const key = keyOf(file.path);
          const location = redirects.get(key);
          await client.send(
            new PutObjectCommand({
              Bucket: target.bucket,
              Key: key,
              Body: body,
              ContentType: contentType(file.path),
              CacheControl: cacheControl(file.path),
              ...(location ? { WebsiteRedirectLocation: location, Metadata: { [REDIRECT_METADATA]: location } } : {}),
            }),
          );
          bytes += body.length;
        });
      }
      for (let at = 0; at < plan.remove.length; at += DELETES_PER_REQUEST) {
        const batch = plan.remove.slice(at, at + DELETES_PER_REQUEST);
        const result = await client.send(
          new DeleteObjectsCommand({ Bucket: target.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }),
        );
        const failed = result.Errors ?? [];
        if (failed.length > 0) throw new Error(`could not delete ${failed.length} objects, first ${failed[0]?.Key}: ${failed[0]?.Message}`);
      }
    }
    const uploaded = plan.steps.reduce((count, step) => count + step.files.length, 0);
    return {
      uploaded,
      bytes,
      removed: plan.remove.length,
      unchanged: plan.unchanged,
      steps: plan.steps.map((step) => ({ name: step.name, paths: step.files.map((file) => file.path) })),
      removedKeys: plan.remove,
      ms: performance.now() - started,
    };
  } finally {
    client.destroy();
  }
}

/** Each object under the target's prefix once: a store whose pages overlap (s3rver's do past the first) names no key twice here. */
async function listObjects(client: S3Client, target: DeployTarget, pageSize?: number): Promise<RemoteObject[]> {
  const etags = new Map<string, string>();
  const request = { Bucket: target.bucket, ...(target.prefix ? { Prefix: target.prefix } : {}), ...(pageSize ? { MaxKeys: pageSize } : {}) };
  for await (const page of paginateListObjectsV2({ client }, request)) {
    for (const object of page.Contents ?? []) {
      if (object.Key) etags.set(object.Key, (object.ETag ?? "").replaceAll('"', ""));
    }
  }
  return [...etags].map(([key, etag]) => ({ key, etag }));
}

/**
 * The redirects the build listed in `_redirects`, by the key of the page written at the old URL
 * (`/mirror/old/path/` → `mirror/old/path/index.html`): served paths, the path prefix included, as the keys are.
 */
async function readRedirects(outputDir: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(path.join(outputDir, HOST_FILES.redirects), "utf8");
  } catch {
    return new Map();
  }
  return new Map(parseRedirects(text).map(({ from, to }) => [outputFile(from), to]));
}
