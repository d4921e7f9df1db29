// `npm run deploy` against a real S3-compatible server on loopback (s3rver):
// what a first deploy, a deploy with nothing changed, an edited and a deleted
// article send, in which order, and what each object is told.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import http from "node:http";
import { promisify } from "node:util";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, paginateListObjectsV2, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeployReport, type DeployTarget, deploySite } from "../lib/deploy/s3Deploy.ts";
import { siteFiles } from "../lib/deploy/siteFiles.ts";
import { mapLimited } from "../lib/util/mapLimited.ts";
import { type SiteBucket, type SiteObject, serve, type WorkerEnv } from "../lib/edge/r2Worker.ts";
import { IMMUTABLE, SHORT_CACHE } from "../lib/site/hostFiles.ts";
import { startS3Server, type S3Server } from "./helpers/s3Server.ts";
import { imageHash } from "../lib/site/images.ts";
import { parseImageList } from "../lib/site/servedImages.ts";
import { article, buildOk, buildSite, makeSite, PROJECT, removeSite } from "./helpers/site.ts";

const BUCKET = "outlet";
// Listings in the paging test ask for this many keys at a time, so a bucket is listed in several pages, as a real
// archive is. The sample site itself is listed in one: s3rver walks its folders in an order of its own (news/ before
// news-sitemap.xml, which byte order puts first) and skips a key that falls on a page boundary there; S3 lists in
// byte order and has no such gap.
const LIST_PAGE = 50;
const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

interface Served {
  status: number;
  location?: string;
  body: string;
}

/** A GET to a bucket's website endpoint, as a CDN in front of it would make (s3rver tells the bucket by the host name). */
function website(endpoint: string, pathname: string, bucket = BUCKET): Promise<Served> {
  const { hostname, port } = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path: pathname, headers: { host: `${bucket}.s3-website-us-east-1.amazonaws.com` } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, ...(response.headers.location ? { location: response.headers.location } : {}) }));
    });
    request.on("error", reject);
  });
}

/** The one file in `folder` whose name matches. */
async function only(folder: string, name: RegExp): Promise<string> {
  const found = (await readdir(folder)).filter((file) => name.test(file));
  expect(found).toHaveLength(1);
  return path.join(folder, found[0] as string);
}

/** One GET of a path, through whatever serves the bucket: its website endpoint, or an edge function in front of it. */
type Fetch = (pathname: string) => Promise<Served>;

/** Through a bucket's website endpoint. */
const endpointOf = (endpoint: string, bucket = BUCKET): Fetch => (pathname) => website(endpoint, pathname, bucket);

/**
 * Every root-relative link and source in the pages reachable from the front page (`/`, or `/ostrov/` for a copy
 * under a path), followed through `get`: those that do not answer, and how many were followed.
 */
async function crawl(get: Fetch, front = "/"): Promise<{ broken: string[]; followed: number }> {
  const seen = new Set<string>([front]);
  const queue = [front];
  const broken: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    let served = await get(url);
    if (served.status === 301 && served.location) served = await get(served.location);
    if (served.status !== 200) {
      broken.push(`${url} (${served.status})`);
      continue;
    }
    if (!url.endsWith("/") && !url.endsWith(".html")) continue;
    for (const [, link] of served.body.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
      if (link && !link.startsWith("//") && !seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  return { broken, followed: seen.size };
}

/**
 * What lib/edge/r2Worker.ts uses of Cloudflare's R2 binding, over the S3 API of the test server: the Worker runs
 * in Node against the objects the deploy really wrote, their metadata included.
 */
function bucketBinding(client: S3Client, bucket: string): SiteBucket {
  const toObject = (response: { ETag?: string; ContentType?: string; CacheControl?: string; Metadata?: Record<string, string> }, body?: ReadableStream | null): SiteObject => ({
    httpEtag: response.ETag ?? "",
    ...(response.Metadata ? { customMetadata: response.Metadata } : {}),
    writeHttpMetadata(headers) {
      if (response.ContentType) headers.set("Content-Type", response.ContentType);
      if (response.CacheControl) headers.set("Cache-Control", response.CacheControl);
    },
    ...(body === undefined ? {} : { body }),
  });
  const missing = (error: unknown) => ["NoSuchKey", "NotFound"].includes((error as Error).name);
  return {
    async get(key, options) {
      try {
        const ifNoneMatch = options?.onlyIf?.get("if-none-match") ?? undefined;
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...(ifNoneMatch ? { IfNoneMatch: ifNoneMatch } : {}) }));
        return toObject(response, response.Body?.transformToWebStream() as ReadableStream);
      } catch (error) {
        if (missing(error)) return null;
        if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 304) {
          return toObject(await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })), null);
        }
        throw error;
      }
    },
    async head(key) {
      try {
        return toObject(await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })));
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
  };
}

/** Through the R2 Worker, as a reader's browser would reach it. */
async function throughWorker(env: WorkerEnv, pathname: string, headers: Record<string, string> = {}): Promise<Response> {
  return serve(new Request(`https://ostrov.example${pathname}`, { headers }), env);
}
const workerOf = (env: WorkerEnv): Fetch => async (pathname) => {
  const response = await throughWorker(env, pathname);
  return { status: response.status, body: await response.text(), ...(response.headers.get("location") ? { location: response.headers.get("location") as string } : {}) };
};

describe("deploying to an S3-compatible bucket", () => {
  let dir: string;
  let server: S3Server;
  let target: DeployTarget;
  let first: DeployReport;

  beforeAll(async () => {
    server = await startS3Server(BUCKET);
    target = { bucket: BUCKET, endpoint: server.endpoint, region: "us-east-1", prefix: "", forcePathStyle: true, credentials };
    dir = await makeSite({ withSampleContent: true });
    await buildOk(dir);
    first = await deploySite(path.join(dir, "_site"), target);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await removeSite(dir);
  });

  const output = () => path.join(dir, "_site");
  const md5s = async () => new Map((await siteFiles(output())).map((file) => [file.path, file.md5]));

  it("uploads every file the first time, what pages link to before the pages", async () => {
    const files = await siteFiles(output());
    expect(first.uploaded).toBe(files.length);
    expect(first.removed).toBe(0);
    const [newFiles, newPages] = first.steps;
    expect(newFiles?.paths.some((p) => p.startsWith("assets/site."))).toBe(true);
    expect(newFiles?.paths.every((p) => !p.endsWith(".html"))).toBe(true);
    expect(newPages?.paths.every((p) => p.endsWith(".html") || p === "_headers")).toBe(true);
    expect(newPages?.paths).toContain("index.html");
    // A bucket gets redirects as metadata on its objects, not _redirects; _headers goes with the pages, for an edge function.
    expect(files.filter((file) => file.path.startsWith("_")).map((file) => file.path)).toEqual(["_headers"]);
    expect(newPages?.paths).toContain("_headers");
  });

  it("tells every object its content type and caching rule", async () => {
    const client = new S3Client({ region: target.region, endpoint: target.endpoint, forcePathStyle: true, credentials });
    const expected: Record<string, [string, string]> = {
      "index.html": ["text/html; charset=utf-8", SHORT_CACHE],
      "feed.xml": ["application/rss+xml; charset=utf-8", SHORT_CACHE],
      "sitemap.xml": ["application/xml; charset=utf-8", SHORT_CACHE],
      "favicon.svg": ["image/svg+xml", SHORT_CACHE],
      "pagefind/pagefind-entry.json": ["application/json", SHORT_CACHE],
    };
    const files = await siteFiles(output());
    for (const file of files.filter((f) => f.path.startsWith("assets/") || f.path.startsWith("img/"))) {
      expected[file.path] = [file.path.endsWith(".css") ? "text/css; charset=utf-8" : file.path.endsWith(".js") ? "text/javascript; charset=utf-8" : `image/${path.extname(file.path).slice(1)}`, IMMUTABLE];
    }
    expect(Object.keys(expected).some((p) => p.startsWith("img/"))).toBe(true);
    for (const [key, [type, cache]] of Object.entries(expected)) {
      const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
      expect([head.ContentType, head.CacheControl], key).toEqual([type, cache]);
    }
    // And every other object: a type a browser acts on (bytes only for the search index's own files), a year's cache
    // exactly for the files named by their content.
    const wrong: string[] = [];
    await mapLimited(files, 16, async (file) => {
      const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: file.path }));
      const bytesOk = head.ContentType !== "application/octet-stream" || /^(?:[a-z]{2,3}(?:-[a-z0-9]+)*\/)?pagefind\/.+\.(pf_\w+|pagefind)$/.test(file.path);
      const named = file.path.startsWith("assets/") || file.path.startsWith("img/");
      if (!head.ContentType || !bytesOk || head.CacheControl !== (named ? IMMUTABLE : SHORT_CACHE)) wrong.push(`${file.path}: ${head.ContentType}, ${head.CacheControl}`);
    });
    expect(wrong).toEqual([]);
    client.destroy();
  }, 60_000);

  it("serves the site through the bucket's website endpoint: folders, old URLs redirected, no broken link", async () => {
    const front = await website(target.endpoint as string, "/");
    expect([front.status, front.body]).toEqual([200, await readFile(path.join(output(), "index.html"), "utf8")]);
    const old = await website(target.endpoint as string, "/2026/11/25/ust-lomna-port-strike/");
    expect(old.status).toBe(301);
    expect(old.location).toMatch(/^\/2026\/\d\d\/\d\d\/[\w-]+\/$/);
    expect((await website(target.endpoint as string, old.location as string)).status).toBe(200);
    const { broken, followed } = await crawl(endpointOf(target.endpoint as string));
    expect(broken).toEqual([]);
    // Pages, lite pages, topics, authors, feeds, images: the whole sample, not the front page alone.
    expect(followed).toBeGreaterThan((await siteFiles(output())).filter((file) => file.path.endsWith("index.html")).length);
  }, 120_000);

  it("serves the site through the R2 Worker just as a Pages host would: folders, redirects, headers, 404", async () => {
    const client = new S3Client({ region: target.region, endpoint: target.endpoint, forcePathStyle: true, credentials });
    const env: WorkerEnv = { SITE: bucketBinding(client, BUCKET) };
    const front = await throughWorker(env, "/");
    expect(front.status).toBe(200);
    expect(await front.text()).toBe(await readFile(path.join(output(), "index.html"), "utf8"));
    // The build's _headers, applied: its security headers, and each file's one caching rule.
    const headers = await readFile(path.join(output(), "_headers"), "utf8");
    const policy = /Content-Security-Policy: (.+)/.exec(headers)?.[1];
    expect(front.headers.get("content-security-policy")).toBe(policy);
    expect(front.headers.get("x-content-type-options")).toBe("nosniff");
    expect([front.headers.get("content-type"), front.headers.get("cache-control")]).toEqual(["text/html; charset=utf-8", SHORT_CACHE]);
    const stylesheet = (await siteFiles(output())).find((file) => file.path.endsWith(".css"))?.path as string;
    expect((await throughWorker(env, `/${stylesheet}`)).headers.get("cache-control")).toBe(IMMUTABLE);
    // Tor Browser is offered the same page on the onion service.
    const onion = (JSON.parse(await readFile(path.join(dir, "_data/mirrors.json"), "utf8")) as { onion: string }).onion;
    expect((await throughWorker(env, "/archive/")).headers.get("onion-location")).toBe(`${onion}/archive/`);
    // A revalidation costs no body.
    const etag = front.headers.get("etag") as string;
    expect((await throughWorker(env, "/", { "If-None-Match": etag })).status).toBe(304);
    // Folders without their slash, old URLs, missing pages and the host's own files.
    const folder = await throughWorker(env, "/archive");
    expect([folder.status, folder.headers.get("location")]).toEqual([301, "/archive/"]);
    const old = await throughWorker(env, "/2026/11/25/ust-lomna-port-strike/");
    expect(old.status).toBe(301);
    expect(old.headers.get("location")).toMatch(/^\/2026\/\d\d\/\d\d\/[\w-]+\/$/);
    const missing = await throughWorker(env, "/2026/01/01/no-such-article/");
    expect([missing.status, await missing.text()]).toEqual([404, await readFile(path.join(output(), "404.html"), "utf8")]);
    expect((await throughWorker(env, "/_headers")).status).toBe(404);
    const { broken, followed } = await crawl(workerOf(env));
    expect(broken).toEqual([]);
    expect(followed).toBeGreaterThan(100);
    client.destroy();
  }, 120_000);

  it("uploads nothing when nothing changed", async () => {
    const again = await deploySite(output(), target);
    expect([again.uploaded, again.removed, again.unchanged]).toEqual([0, 0, first.uploaded]);
  });

  it("remembers what it sent: lists the bucket only when the bucket's id says another deploy came, or with --verify", async () => {
    const stateDir = path.join(dir, ".cache/deploy-state-test");
    const remembering = { stateDir };
    const client = new S3Client({ region: target.region, endpoint: target.endpoint, forcePathStyle: true, credentials });
    const idKey = "_broadside/deploy-id";
    const deployed = async (options: Parameters<typeof deploySite>[2]) => {
      const report = await deploySite(output(), target, options);
      return [report.listed, report.uploaded, report.removed];
    };
    // No record yet: listed, and the record written with its id in the bucket; then trusted.
    expect(await deployed(remembering)).toEqual([true, 0, 0]);
    expect(await deployed(remembering)).toEqual([false, 0, 0]);
    const record = await readFile(await only(path.join(stateDir), /^target-/), "utf8");
    // A page rewritten with the same size is read again (its time changed), and sent.
    const front = path.join(output(), "index.html");
    const page = await readFile(front, "utf8");
    await writeFile(front, page.replace("</body>", "</BODY>"));
    expect(await deployed(remembering)).toEqual([false, 1, 0]);
    await writeFile(front, page);
    expect(await deployed(remembering)).toEqual([false, 1, 0]);
    // A deploy that stopped half-way, or a record older than the bucket (an old CI cache): listed again.
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: idKey, Body: "deploying" }));
    expect(await deployed(remembering)).toEqual([true, 0, 0]);
    await writeFile(await only(stateDir, /^target-/), record);
    expect(await deployed(remembering)).toEqual([true, 0, 0]);
    // An object deleted by other hands: the record cannot know; --verify lists and sends it again.
    await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: "feed.xml" }));
    expect(await deployed(remembering)).toEqual([false, 0, 0]);
    expect(await deployed({ ...remembering, verify: true })).toEqual([true, 1, 0]);
    expect((await website(target.endpoint as string, "/feed.xml")).status).toBe(200);
    client.destroy();
  }, 120_000);

  it("runs from the command line with its target in the environment, and says what it sent", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(PROJECT, "lib/cli/deploy.ts")], {
      cwd: dir,
      env: {
        ...process.env,
        BROADSIDE_DEPLOY_BUCKET: BUCKET,
        BROADSIDE_DEPLOY_ENDPOINT: target.endpoint,
        BROADSIDE_DEPLOY_REGION: target.region,
        BROADSIDE_DEPLOY_PATH_STYLE: "1",
        AWS_ACCESS_KEY_ID: credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      },
    });
    expect(stdout).toMatch(new RegExp(`uploaded 0 files \\(0\\.0 MB\\) and removed 0 in s3://${BUCKET}/; ${first.uploaded} unchanged`));
  });

  it("after an edited article, uploads exactly the files the build changed", async () => {
    const before = await md5s();
    const file = path.join(dir, "src/articles/2026/heating-fails-in-sixty-blocks.md");
    await writeFile(file, `${await readFile(file, "utf8")}\nA sentence added after publication.\n`);
    await buildOk(dir);
    const after = await md5s();
    const changed = [...after].filter(([p, md5]) => before.get(p) !== md5).map(([p]) => p).sort();
    expect(changed.length).toBeGreaterThan(0);
    const report = await deploySite(output(), target);
    expect(report.steps.flatMap((step) => step.paths).sort()).toEqual(changed);
    expect(report.removed).toBe([...before.keys()].filter((p) => !after.has(p)).length);
  }, 120_000);

  it("after a deleted article, removes its objects last, and the website endpoint no longer serves it", async () => {
    const page = "2026/11/10/heating-fails-in-sixty-apartment-blocks-as-temperatures-drop-to-minus-twenty/";
    expect((await website(target.endpoint as string, `/${page}`)).status).toBe(200);
    await rm(path.join(dir, "src/articles/2026/heating-fails-in-sixty-blocks.md"));
    await buildOk(dir);
    const report = await deploySite(output(), target);
    expect(report.removedKeys).toEqual(expect.arrayContaining([`${page}index.html`, `lite/${page}index.html`]));
    expect((await website(target.endpoint as string, `/${page}`)).status).toBe(404);
    expect((await crawl(endpointOf(target.endpoint as string))).broken).toEqual([]);
  }, 120_000);
});

describe("a bucket of more keys than one listing returns", () => {
  it("is listed page after page: nothing sent twice, nothing left behind", async () => {
    const server = await startS3Server("paged");
    const folder = await mkdtemp(path.join(tmpdir(), "broadside-paged-"));
    try {
      const names = Array.from({ length: 130 }, (_, i) => `${String(i % 7)}/page-${String(i).padStart(3, "0")}.html`);
      for (const name of names) {
        await mkdir(path.join(folder, path.dirname(name)), { recursive: true });
        await writeFile(path.join(folder, name), `<p>${name}</p>`);
      }
      const paged: DeployTarget = { bucket: "paged", endpoint: server.endpoint, region: "us-east-1", prefix: "", forcePathStyle: true, credentials };
      const deployed = async () => {
        const report = await deploySite(folder, paged, { listPageSize: LIST_PAGE });
        return [report.uploaded, report.removed, report.unchanged];
      };
      expect(await deployed()).toEqual([130, 0, 0]);
      expect(await deployed()).toEqual([0, 0, 130]);
      // Files gone from every page of the listing: each removed, once.
      const gone = names.filter((_, i) => i % 13 === 0);
      for (const name of gone) await rm(path.join(folder, name));
      expect(await deployed()).toEqual([0, gone.length, 130 - gone.length]);
      expect(await deployed()).toEqual([0, 0, 130 - gone.length]);
    } finally {
      await server.stop();
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("npm run deploy", () => {
  it("names the missing variable instead of failing inside the SDK", async () => {
    const env = { ...process.env, BROADSIDE_DEPLOY_BUCKET: "" };
    const failure = await promisify(execFile)(process.execPath, ["lib/cli/deploy.ts"], { env }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    expect("stderr" in failure && failure.stderr).toContain("BROADSIDE_DEPLOY_BUCKET: is not set, and there is no _data/deploy.json");
  });
});

describe("deploying one push to the site and its mirrors (_data/deploy.json)", () => {
  const buckets = ["ostrov-main", "ostrov-mirror", "reading-room"];
  let dir: string;
  let server: S3Server;
  let stdout: string;

  /** `npm run deploy` in the site, with the keys of the environment; the exit code and what it printed. */
  async function deploy(env: Record<string, string> = {}, args: string[] = []) {
    const result = await promisify(execFile)(process.execPath, [path.join(PROJECT, "lib/cli/deploy.ts"), ...args], {
      cwd: dir,
      env: { ...process.env, BROADSIDE_DEPLOY_BUCKET: "", AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER", AWS_REGION: "us-east-1", ...env },
    }).then(
      ({ stdout: out, stderr }) => ({ code: 0, stdout: out, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    return result;
  }
  const targetsFile = (targets: object[]) => writeFile(path.join(dir, "_data/deploy.json"), JSON.stringify({ targets }, null, 2));

  beforeAll(async () => {
    server = await startS3Server(...buckets);
    dir = await makeSite({ withSampleContent: true });
    await buildOk(dir);
    await buildOk(dir, { BROADSIDE_PATH_PREFIX: "/ostrov/" }, ["--output=_site-ostrov"]);
    const store = { endpoint: server.endpoint, region: "us-east-1", pathStyle: true };
    await targetsFile([
      { name: "main", bucket: "ostrov-main", ...store },
      { name: "cdn-mirror", bucket: "ostrov-mirror", credentials: "MIRROR", ...store },
      { name: "reading-room", bucket: "reading-room", pathPrefix: "/ostrov/", output: "_site-ostrov", ...store },
    ]);
    const result = await deploy({ MIRROR_ACCESS_KEY_ID: "S3RVER", MIRROR_SECRET_ACCESS_KEY: "S3RVER" });
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await removeSite(dir);
  });

  it("publishes the same build to every bucket, and the copy built for a path under that path", async () => {
    const sent = Object.fromEntries([...stdout.matchAll(/uploaded (\d+) files \([\d.]+ MB\) and removed 0 in ([\w-]+) \(s3:\/\/([\w/-]+)\)/g)].map(([, count, name, where]) => [name, `${count} to ${where}`]));
    const [root, copy] = [(await siteFiles(path.join(dir, "_site"))).length, (await siteFiles(path.join(dir, "_site-ostrov"))).length];
    expect(sent).toEqual({ main: `${root} to ostrov-main/`, "cdn-mirror": `${root} to ostrov-mirror/`, "reading-room": `${copy} to reading-room/ostrov/` });
    expect(stdout).toContain("Broadside: deployed to 3 of 3 targets");
    for (const bucket of ["ostrov-main", "ostrov-mirror"]) {
      const front = await website(server.endpoint, "/", bucket);
      expect([bucket, front.status, front.body]).toEqual([bucket, 200, await readFile(path.join(dir, "_site/index.html"), "utf8")]);
    }
    const front = await website(server.endpoint, "/ostrov/", "reading-room");
    expect(front.body).toBe(await readFile(path.join(dir, "_site-ostrov/index.html"), "utf8"));
    const { broken, followed } = await crawl(endpointOf(server.endpoint, "reading-room"), "/ostrov/");
    expect(broken).toEqual([]);
    expect(followed).toBeGreaterThan(100);
  }, 120_000);

  it("lists the copies its targets need built, for the workflow, without their keys", async () => {
    const result = await deploy({}, ["--builds"]);
    expect([result.code, result.stdout]).toEqual([0, "_site-ostrov /ostrov/\n"]);
  });

  it("does not rebuild anything when a mirror is added", async () => {
    const result = await buildSite(dir);
    expect(result.stdout).toContain("Up to date");
  });

  it("publishes to the other targets when one fails, and names the one that failed", async () => {
    await targetsFile([
      { name: "main", bucket: "ostrov-main", endpoint: server.endpoint, region: "us-east-1", pathStyle: true },
      { name: "gone", bucket: "no-such-bucket", endpoint: server.endpoint, region: "us-east-1", pathStyle: true },
    ]);
    const result = await deploy();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/uploaded 0 files \(0\.0 MB\) and removed 0 in main \(s3:\/\/ostrov-main\/\)/);
    expect(result.stdout).toContain("the deploy to gone (s3://no-such-bucket/) failed");
    expect(result.stdout).toContain("deployed to 1 of 2 targets; failed: gone");
  });

  it("refuses to publish a build under a path it was not built for, and says how to build it", async () => {
    await targetsFile([{ name: "reading-room", bucket: "reading-room", pathPrefix: "/library/", output: "_site-ostrov", endpoint: server.endpoint, region: "us-east-1", pathStyle: true }]);
    const result = await deploy();
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("_site-ostrov was built for /ostrov/, and this target serves /library/: build a copy for it (BROADSIDE_PATH_PREFIX=/library/ npm run build -- --output=_site-ostrov)");
  });

  it("names the target and the variables when a mirror's keys are missing, before sending anything", async () => {
    await targetsFile([{ name: "cdn-mirror", bucket: "ostrov-mirror", credentials: "MIRROR", endpoint: server.endpoint }]);
    const result = await deploy();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("_data/deploy.json: targets.cdn-mirror.credentials: MIRROR_ACCESS_KEY_ID and MIRROR_SECRET_ACCESS_KEY are not set");
  });
});


describe("processed images kept in the store (BROADSIDE_IMAGES=store)", () => {
  const [MAIN, MIRROR] = ["store-main", "store-mirror"];
  let dir: string;
  let cacheDir: string;
  let server: S3Server;
  let client: S3Client;
  let env: Record<string, string>;
  /** The hash that names the processed files of the image a new article brings. */
  let newImage: string;

  const store = () => ({ endpoint: server.endpoint, region: "us-east-1", pathStyle: true });
  const targetsFile = (targets: object[]) => writeFile(path.join(dir, "_data/deploy.json"), JSON.stringify({ targets }));
  const deploy = (args: string[] = []) =>
    promisify(execFile)(process.execPath, [path.join(PROJECT, "lib/cli/deploy.ts"), ...args], {
      cwd: dir,
      env: { ...process.env, ...env, BROADSIDE_DEPLOY_BUCKET: "", AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" },
    });
  /** The image files the build left in the image cache: what it processed itself. */
  const processed = async () => (await readdir(cacheDir).catch(() => [] as string[])).filter((name) => /\.(avif|webp|jpeg)$/.test(name)).sort();
  const keysIn = async (bucket: string, prefix: string) => {
    const keys: string[] = [];
    for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix })) keys.push(...(page.Contents ?? []).map((o) => o.Key as string));
    return keys.sort();
  };
  const listed = async () => parseImageList(await readFile(path.join(dir, "_site/_images"), "utf8")).map((name) => `img/${name}`).sort();

  beforeAll(async () => {
    server = await startS3Server(MAIN, MIRROR);
    client = new S3Client({ region: "us-east-1", endpoint: server.endpoint, forcePathStyle: true, credentials });
    dir = await makeSite({ withSampleContent: true });
    cacheDir = path.join(dir, ".cache/broadside-img");
    env = { BROADSIDE_IMAGES: "store", BROADSIDE_IMAGE_CACHE: cacheDir };
    await targetsFile([{ name: "main", bucket: MAIN, ...store() }]);
    await buildOk(dir, env);
    await deploy();
  }, 240_000);
  afterAll(async () => {
    client?.destroy();
    await server?.stop();
    await removeSite(dir);
  });

  it("puts no image into the site: the build lists them, the deploy sends them and the site shows them", async () => {
    expect(existsSync(path.join(dir, "_site/img"))).toBe(false);
    const images = await listed();
    expect(images.length).toBeGreaterThan(12);
    expect(await keysIn(MAIN, "img/")).toEqual(images);
    expect(await keysIn(MAIN, "_")).toEqual(["_broadside/deploy-id", "_broadside/known-images.json", "_headers"]);
    const { broken, followed } = await crawl(endpointOf(server.endpoint, MAIN));
    expect(broken).toEqual([]);
    expect(followed).toBeGreaterThan(images.length / 3);
  }, 120_000);

  it("on a fresh runner, restores the image index from the store and builds the archive without processing an image", async () => {
    const before = await readFile(path.join(dir, "_site/_images"), "utf8");
    for (const gone of [cacheDir, `${cacheDir}.sizes`, `${cacheDir}.known.json`, path.join(dir, ".cache/broadside-build"), path.join(dir, ".cache/broadside-deploy"), path.join(dir, "_site")]) {
      await rm(gone, { recursive: true, force: true });
    }
    expect((await deploy(["--seed-image-index"])).stdout).toContain("known-images index: restored from the store");
    expect((await deploy(["--seed-image-index"])).stdout).toContain("this machine has one; kept");
    await buildOk(dir, env);
    expect(await processed()).toEqual([]);
    expect(await readFile(path.join(dir, "_site/_images"), "utf8")).toBe(before);
    expect((await deploy()).stdout).toMatch(/uploaded 0 files \(0\.0 MB\) and removed 0/);
  }, 120_000);

  it("processes a new article's image on this runner and sends its files once", async () => {
    const { default: sharp } = await import("sharp");
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 180, g: 40, b: 30 } } }).jpeg().toBuffer();
    await writeFile(path.join(dir, "src/images/night-shift.jpg"), photo);
    await writeFile(
      path.join(dir, "src/articles/2026/night-shift.md"),
      article({ title: '"Night shift at the port"', date: "2026-11-26T08:00:00+03:00", author: '"Sofia Reyes"', tags: '["Economy"]', image: '{ src: "/images/night-shift.jpg", alt: "A red square" }' }),
    );
    const before = new Set(await listed());
    await buildOk(dir, env);
    const added = (await listed()).filter((key) => !before.has(key));
    expect(added).toHaveLength(12);
    newImage = imageHash(path.basename(added[0] as string));
    expect((await processed()).map((name) => `img/${name}`)).toEqual(added);
    expect(await keysIn(MAIN, "img/")).toEqual([...before].sort());
    await deploy();
    expect(await keysIn(MAIN, "img/")).toEqual(await listed());
    expect((await deploy()).stdout).toMatch(/uploaded 0 files \(0\.0 MB\) and removed 0/);
  }, 120_000);

  it("gives a new mirror the images this runner never processed, from the main bucket", async () => {
    await targetsFile([{ name: "main", bucket: MAIN, ...store() }, { name: "mirror", bucket: MIRROR, ...store() }]);
    const { stdout } = await deploy();
    expect(stdout).toContain("deployed to 2 of 2 targets");
    expect(await keysIn(MIRROR, "img/")).toEqual(await listed());
    expect((await crawl(endpointOf(server.endpoint, MIRROR))).broken).toEqual([]);
  }, 120_000);

  it("names an image found nowhere, and has the next full build process it again", async () => {
    await targetsFile([{ name: "main", bucket: MAIN, ...store() }]);
    const lost = (await listed())[0] as string;
    await client.send(new DeleteObjectCommand({ Bucket: MAIN, Key: lost }));
    // Deleted by other hands: the record of the last deploy cannot know, --verify lists the bucket.
    const failure = await deploy(["--verify"]).catch((error: { code: number; stdout: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    expect(failure.stdout).toContain(`${lost} is neither in the image cache nor in any target's bucket`);
    expect(failure.stdout).toContain("npm run build -- --full");
    await buildOk(dir, env, ["--full"]);
    expect(await processed()).toContain(path.basename(lost));
    await deploy();
    expect(await keysIn(MAIN, "img/")).toEqual(await listed());
    await targetsFile([{ name: "main", bucket: MAIN, ...store() }, { name: "mirror", bucket: MIRROR, ...store() }]);
  }, 120_000);

  it("takes an image no article uses any more out of every bucket and out of the index", async () => {
    const image = newImage;
    expect(image).toMatch(/^[\w-]{6,}$/);
    await rm(path.join(dir, "src/articles/2026/night-shift.md"));
    await buildOk(dir, env);
    const index = await readFile(`${cacheDir}.known.json`, "utf8");
    expect(index).not.toContain(image);
    expect((await listed()).some((key) => key.includes(image))).toBe(false);
    await deploy();
    for (const bucket of [MAIN, MIRROR]) {
      expect((await keysIn(bucket, "img/")).filter((key) => key.includes(image))).toEqual([]);
      const stored = await client.send(new GetObjectCommand({ Bucket: bucket, Key: "_broadside/known-images.json" }));
      expect(await stored.Body?.transformToString()).toBe(index);
    }
  }, 120_000);
});
