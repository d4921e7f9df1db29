// Publishes a built site to an S3-compatible bucket (AWS S3, Cloudflare R2,
// Backblaze B2, MinIO) through the AWS SDK: lists what the bucket holds under
// the target's prefix, uploads only the files whose MD5 differs from the
// object's ETag, in the order of lib/deploy/syncPlan.ts, then deletes the
// objects the site no longer has. Each object gets its Content-Type and
// Cache-Control (lib/deploy/objectHeaders.ts); an old article URL (front matter
// `aliases`, listed in `_redirects`) also gets S3's per-object redirect, which
// a bucket's website endpoint answers with a 301, and the same target as
// metadata for an edge function in front of a bucket without one. With a
// state folder, what the bucket holds comes from the record of the last deploy
// while the bucket still carries that deploy's id (lib/deploy/deployState.ts).
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
import { readObject, storeClient } from "./storeClient.ts";
import { DEPLOY_ID_KEY, DEPLOYING, newDeployId, readTargetRecord, writeTargetRecord } from "./deployState.ts";
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
  /** Whether the bucket was listed, rather than known from the last deploy's record. */
  listed: boolean;
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
  /** Where the record of each deploy is kept (lib/deploy/deployState.ts); without, the bucket is listed every time. */
  stateDir?: string;
  /** List the bucket whatever the record says (`--verify`): for a bucket changed by other hands. */
  verify?: boolean;
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
    const [files, held, redirects] = await Promise.all([options.files ?? siteFiles(outputDir, options.stateDir), heldObjects(client, target, options), readRedirects(outputDir)]);
    const idKey = `${target.prefix}${DEPLOY_ID_KEY}`;
    const keyOf = (sitePath: string) => `${target.prefix}${sitePath}`;
    const plan = syncPlan(files, held.remote.filter((object) => object.key !== idKey), keyOf);
    let bytes = 0;
    const uploadedEtags = new Map<string, string>();
    const uploaded = plan.steps.reduce((count, step) => count + step.files.length, 0);
    const changes = uploaded + plan.remove.length;
    if (!options.dryRun) {
      // From here until a new id, the bucket is not what any record says (whether this deploy keeps one or not).
      if (changes > 0) await putText(client, target.bucket, idKey, DEPLOYING);
      for (const step of plan.steps) {
        await mapLimited(step.files, UPLOADS_AT_ONCE, async (file) => {
          const body = await readLocalOr(file, options.fetchMissing);
          const key = keyOf(file.path);
          const location = redirects.get(key);
          const sent = await client.send(
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
          uploadedEtags.set(key, (sent.ETag ?? "").replaceAll('"', ""));
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
      if (options.stateDir && (changes > 0 || held.listed)) {
        const objects = Object.fromEntries(held.remote.filter((object) => object.key !== idKey).map((object) => [object.key, object.etag]));
        for (const key of plan.remove) delete objects[key];
        for (const [key, etag] of uploadedEtags) objects[key] = etag;
        // The record first, then the id that makes it true: a deploy stopped between the two lists the bucket next time.
        const id = newDeployId();
        await writeTargetRecord(options.stateDir, target, { id, objects });
        await putText(client, target.bucket, idKey, id);
      }
    }
    return {
      uploaded,
      bytes,
      removed: plan.remove.length,
      unchanged: plan.unchanged,
      steps: plan.steps.map((step) => ({ name: step.name, paths: step.files.map((file) => file.path) })),
      removedKeys: plan.remove,
      listed: held.listed,
      ms: performance.now() - started,
    };
  } finally {
    client.destroy();
  }
}

/** What the bucket holds: from the last deploy's record while the bucket carries its id, else listed. */
async function heldObjects(client: S3Client, target: DeployTarget, options: DeployOptions): Promise<{ remote: RemoteObject[]; listed: boolean }> {
  const record = options.stateDir && !options.verify ? await readTargetRecord(options.stateDir, target) : undefined;
  if (record && (await readText(client, target.bucket, `${target.prefix}${DEPLOY_ID_KEY}`)) === record.id) {
    return { remote: Object.entries(record.objects).map(([key, etag]) => ({ key, etag })), listed: false };
  }
  return { remote: await listObjects(client, target, options.listPageSize), listed: true };
}

async function putText(client: S3Client, bucket: string, key: string, text: string): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: text, ContentType: "text/plain; charset=utf-8", CacheControl: "no-store" }));
}

async function readText(client: S3Client, bucket: string, key: string): Promise<string | undefined> {
  const bytes = await readObject(client, bucket, key);
  return bytes && Buffer.from(bytes).toString("utf8");
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
