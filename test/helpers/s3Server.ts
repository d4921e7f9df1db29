// A real S3-compatible server (s3rver) on loopback for the deploy tests, in a
// process of its own: its listing's continuation tokens are DES-encrypted,
// which OpenSSL 3 keeps in its legacy provider, so without the flag below any
// listing past one page fails with an internal error.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PROJECT } from "./site.ts";

export interface S3Server {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts s3rver with these buckets, each configured as a website (index.html, 404.html). */
export async function startS3Server(...buckets: string[]): Promise<S3Server> {
  const storage = await mkdtemp(path.join(tmpdir(), "broadside-s3-"));
  const website = path.join(storage, "website.xml");
  await writeFile(
    website,
    `<WebsiteConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><IndexDocument><Suffix>index.html</Suffix></IndexDocument><ErrorDocument><Key>404.html</Key></ErrorDocument></WebsiteConfiguration>`,
  );
  const server: ChildProcess = spawn(
    process.execPath,
    ["--openssl-legacy-provider", path.join(PROJECT, "node_modules/s3rver/bin/s3rver.js"),
      "-d", path.join(storage, "data"), "-a", "127.0.0.1", "-p", "0", "--silent",
      ...buckets.flatMap((bucket) => ["--configure-bucket", bucket, website])],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on [\d.]+:(\d+)/.exec(output);
      if (listening) resolve(Number(listening[1]));
    });
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    server.on("exit", (code) => reject(new Error(`s3rver stopped (${code}): ${output}`)));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      const stopped = new Promise((resolve) => server.once("exit", resolve));
      server.kill();
      await stopped;
      await rm(storage, { recursive: true, force: true });
    },
  };
}
