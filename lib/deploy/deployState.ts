// What a deploy remembers between runs, so that a push's deploy neither reads
// the whole site nor lists the whole bucket (at 10,000 articles that was 7 s
// and 8 s of a 19 s deploy that sent a handful of files; at archive scale,
// hundreds of thousands of files and millions of keys):
//   - the MD5 of each file by its size and modification time: an incremental
//     build rewrites only what changed, so only those files are read again;
//   - per target, the keys the bucket held after the last deploy from this
//     machine, and the id that deploy left in the bucket (DEPLOY_ID_KEY). The
//     record is trusted only while the bucket carries the same id: a deploy
//     from elsewhere, one that stopped half-way (it writes "deploying" first),
//     or a record restored from an older CI cache all make the next deploy
//     list the bucket again, as `--verify` does.
// Kept in .cache/broadside-deploy/, which the publish workflow caches with the build.
import { createHash, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { DeployTarget } from "./s3Deploy.ts";
import { writeAtomically } from "../util/writeAtomically.ts";

/** The object a deploy writes its id to: "deploying" while it runs, its id once it is done. */
export const DEPLOY_ID_KEY = "_broadside/deploy-id";
export const DEPLOYING = "deploying";
export const DEFAULT_STATE_DIR = ".cache/broadside-deploy";
const FORMAT = 1;

export interface TargetRecord {
  /** The id the deploy that wrote this record left in the bucket. */
  id: string;
  /** Every key under the target's prefix, with its ETag, after that deploy. */
  objects: Record<string, string>;
}

const digest = (value: string) => createHash("sha1").update(value).digest("hex").slice(0, 16);

function targetFile(stateDir: string, target: DeployTarget): string {
  return path.join(stateDir, `target-${digest(JSON.stringify([FORMAT, target.endpoint ?? "aws", target.bucket, target.prefix]))}.json`);
}

function hashesFile(stateDir: string, outputDir: string): string {
  return path.join(stateDir, `hashes-${digest(JSON.stringify([FORMAT, path.resolve(outputDir)]))}.json`);
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as T;
  } catch {
    // None yet, or damaged: the deploy lists or hashes everything, and writes it again.
    return undefined;
  }
}

const writeJson = (file: string, value: unknown) => writeAtomically(file, JSON.stringify(value));

export const readTargetRecord = (stateDir: string, target: DeployTarget) => readJson<TargetRecord>(targetFile(stateDir, target));
export const writeTargetRecord = (stateDir: string, target: DeployTarget, record: TargetRecord) => writeJson(targetFile(stateDir, target), record);
export const newDeployId = () => randomUUID();

/** A file's MD5 as last read, by its size and modification time. */
export type KnownHashes = Map<string, [size: number, mtimeMs: number, md5: string]>;

export async function readHashes(stateDir: string, outputDir: string): Promise<KnownHashes> {
  return new Map(Object.entries((await readJson<Record<string, [number, number, string]>>(hashesFile(stateDir, outputDir))) ?? {}));
}

export const writeHashes = (stateDir: string, outputDir: string, hashes: KnownHashes) => writeJson(hashesFile(stateDir, outputDir), Object.fromEntries(hashes));
