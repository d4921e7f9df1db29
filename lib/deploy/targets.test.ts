import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatProblem } from "../content/problems.ts";
import { deployTargets } from "./targets.ts";

describe("where npm run deploy publishes", () => {
  let dataDir: string;
  beforeEach(async () => void (dataDir = await mkdtemp(path.join(tmpdir(), "broadside-targets-"))));
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  const targetsFile = (content: unknown) => writeFile(path.join(dataDir, "deploy.json"), JSON.stringify(content));
  const problems = async (env: NodeJS.ProcessEnv = {}, only: string[] = []) =>
    (await deployTargets(env, { dataDir, output: "_site", only })).problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));

  it("takes the one bucket of the environment, under the build's path prefix, whatever the file says", async () => {
    await targetsFile({ targets: [{ name: "main", bucket: "from-file" }] });
    const { targets } = await deployTargets({ BROADSIDE_DEPLOY_BUCKET: "outlet", BROADSIDE_PATH_PREFIX: "/mirror" }, { dataDir, output: "_site" });
    expect(targets.map(({ bucket, prefix, pathPrefix, region }) => ({ bucket, prefix, pathPrefix, region }))).toEqual([
      { bucket: "outlet", prefix: "mirror/", pathPrefix: "/mirror/", region: "auto" },
    ]);
  });

  it("takes every target of _data/deploy.json, or those named with --target, each with its own folder, prefix and keys", async () => {
    await targetsFile({
      targets: [
        { name: "main", bucket: "site", endpoint: "https://account.r2.cloudflarestorage.com" },
        { name: "reading-room", bucket: "shared", pathPrefix: "/ostrov", output: "_site-ostrov", region: "eu-central-003", credentials: "B2" },
      ],
    });
    const env = { B2_ACCESS_KEY_ID: "id", B2_SECRET_ACCESS_KEY: "secret" };
    const { targets } = await deployTargets(env, { dataDir, output: "_site" });
    expect(targets.map(({ name, prefix, pathPrefix, outputDir, credentials }) => ({ name, prefix, pathPrefix, output: path.basename(outputDir), credentials }))).toEqual([
      { name: "main", prefix: "", pathPrefix: "/", output: "_site", credentials: undefined },
      { name: "reading-room", prefix: "ostrov/", pathPrefix: "/ostrov/", output: "_site-ostrov", credentials: { accessKeyId: "id", secretAccessKey: "secret" } },
    ]);
    expect((await deployTargets(env, { dataDir, output: "_site", only: ["reading-room"] })).targets.map((t) => t.name)).toEqual(["reading-room"]);
  });

  it("names the file and field of every mistake, and deploys to none", async () => {
    await targetsFile({
      targets: [
        { name: "Main Site", bucket: "site" },
        { name: "copy", bucket: "", pathPrefix: "/a b/", bukcet: "x" },
        { name: "copy", bucket: "other", credentials: "B2" },
      ],
    });
    const found = await problems();
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^deploy\.json: targets\.0\.name: a short name/),
        expect.stringMatching(/^deploy\.json: targets\.1\.bucket: /),
        expect.stringMatching(/^deploy\.json: targets\.1\.pathPrefix: "\/a b\/" must be a path/),
        expect.stringMatching(/^deploy\.json: targets\.1\.bukcet: is not a field Broadside knows/),
      ]),
    );
    await targetsFile({ targets: [{ name: "copy", bucket: "a" }, { name: "copy", bucket: "b" }] });
    expect(await problems()).toEqual(['deploy.json: targets.1.name: "copy" names two targets']);
    await targetsFile({ targets: [{ name: "main", bucket: "a" }, { name: "copy", bucket: "a", pathPrefix: "/ostrov/" }, { name: "other", bucket: "b", pathPrefix: "/ostrov/" }] });
    expect(await problems()).toEqual([expect.stringMatching(/^deploy\.json: targets: "copy" and "main" share the bucket a with overlapping paths/)]);
  });

  it("names the missing keys, an unknown --target, and a missing file", async () => {
    await targetsFile({ targets: [{ name: "mirror", bucket: "m", credentials: "B2" }] });
    expect(await problems({ B2_ACCESS_KEY_ID: "id" })).toEqual(["deploy.json: targets.mirror.credentials: B2_SECRET_ACCESS_KEY is not set"]);
    expect(await problems({ B2_ACCESS_KEY_ID: "id", B2_SECRET_ACCESS_KEY: "s" }, ["mirorr"])).toEqual(["deploy.json: targets: --target=mirorr: no target has that name (mirror)"]);
    await rm(path.join(dataDir, "deploy.json"));
    expect((await problems())[0]).toMatch(/BROADSIDE_DEPLOY_BUCKET: is not set, and there is no .*deploy\.json/);
  });
});
