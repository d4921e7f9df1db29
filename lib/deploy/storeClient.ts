// The AWS SDK's client for one target, and the one read every part of the
// deploy needs: an object's bytes, or nothing when the key is not there.
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { DeployTarget } from "./s3Deploy.ts";

export function storeClient(target: DeployTarget): S3Client {
  return new S3Client({
    region: target.region,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    forcePathStyle: target.forcePathStyle ?? false,
    ...(target.credentials ? { credentials: target.credentials } : {}),
  });
}

/** An object's bytes, or undefined when the bucket has no such key. */
export async function readObject(client: S3Client, bucket: string, key: string): Promise<Uint8Array | undefined> {
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return await response.Body?.transformToByteArray();
  } catch (error) {
    if ((error as Error).name === "NoSuchKey") return undefined;
    throw error;
  }
}
