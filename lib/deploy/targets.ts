// Where `npm run deploy` publishes: one bucket named in the environment
// (BROADSIDE_DEPLOY_BUCKET and its neighbours, for a single site), or the
// targets listed in `_data/deploy.json`: the main site and its mirrors, each a
// bucket of its own, so a blocked domain is replaced by a fresh bucket and one
// more entry. A mirror served under a path (`/ostrov/` on a shared host) needs
// a build made for that path, in an output folder of its own.
// Keys stay out of the repository: a target names the environment variables
// that hold them (`"credentials": "B2"` reads B2_ACCESS_KEY_ID and
// B2_SECRET_ACCESS_KEY); without, the AWS SDK finds them (AWS_ACCESS_KEY_ID...).
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Problem } from "../content/problems.ts";
import { ENVIRONMENT, pathPrefixProblem } from "../site/environment.ts";
import { normalizePathPrefix } from "../site/deployment.ts";
import { duplicateIssues, loadJson } from "../site/settings.ts";
import type { DeployTarget } from "./s3Deploy.ts";

/** The targets file, beside the site's other settings. It is not part of the build key: it does not change the site. */
export const TARGETS_FILE = "deploy.json";

const targetSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a short name in lower-case letters, digits and -, such as main or mirror-2"),
    bucket: z.string().min(1),
    /** The store's API endpoint; none for AWS S3. */
    endpoint: z.url({ protocol: /^https?$/ }).optional(),
    region: z.string().min(1).default("auto"),
    /** The path the copy is served under; its keys go under the same prefix in the bucket. */
    pathPrefix: z
      .string()
      .default("/")
      .superRefine((value, context) => {
        const problem = pathPrefixProblem(value);
        if (problem) context.addIssue({ code: "custom", message: problem });
      }),
    /** The folder built for that path: `_site` for the root, another for a copy under a path. */
    output: z.string().min(1).default("_site"),
    credentials: z.string().regex(/^[A-Z][A-Z0-9_]*$/, "the start of two environment variables' names, such as B2 for B2_ACCESS_KEY_ID and B2_SECRET_ACCESS_KEY").optional(),
    pathStyle: z.boolean().default(false),
  })
  .strict();

const targetsSchema = z
  .object({ targets: z.array(targetSchema).min(1) })
  .strict()
  .superRefine(({ targets }, context) => duplicateIssues(targets.map((target) => target.name), "targets", (index) => ["targets", index, "name"], context));

/** A target to publish one build folder to. */
export interface NamedTarget extends DeployTarget {
  name: string;
  /** The output folder to publish (absolute). */
  outputDir: string;
  /** The path prefix that folder must have been built with (`/` for the root). */
  pathPrefix: string;
}

export interface TargetOptions {
  dataDir: string;
  /** The output folder for a target from the environment (`--output`). */
  output: string;
  /** Only these targets of the file (`--target`); all when empty. */
  only?: readonly string[];
  /** Whether each target's keys must be in the environment: not to list the builds the targets need. */
  withKeys?: boolean;
}

/** The targets to deploy to, or every problem that prevents it, each naming its file (or the environment) and field. */
export async function deployTargets(env: NodeJS.ProcessEnv, { dataDir, output, only = [], withKeys = true }: TargetOptions): Promise<{ targets: NamedTarget[]; problems: Problem[] }> {
  if (env.BROADSIDE_DEPLOY_BUCKET) return fromEnvironment(env, env.BROADSIDE_DEPLOY_BUCKET, output);
  const file = path.join(dataDir, TARGETS_FILE);
  if (!existsSync(file)) {
    const message = `is not set, and there is no ${path.join(path.basename(dataDir), TARGETS_FILE)}: name the bucket to publish to (README, "Deploying to object storage")`;
    return { targets: [], problems: [{ file: ENVIRONMENT, field: "BROADSIDE_DEPLOY_BUCKET", message }] };
  }
  const problems: Problem[] = [];
  const settings = await loadJson(file, targetsSchema, problems);
  if (!settings) return { targets: [], problems };
  const unknown = only.filter((name) => !settings.targets.some((target) => target.name === name));
  for (const name of unknown) problems.push({ file, field: "targets", message: `--target=${name}: no target has that name (${settings.targets.map((t) => t.name).join(", ")})` });
  const chosen = settings.targets.filter((target) => only.length === 0 || only.includes(target.name));
  problems.push(...overlaps(settings.targets, file));
  const targets = chosen.map((target): NamedTarget => {
    const credentials = target.credentials && withKeys ? credentialsFrom(env, target.credentials, file, target.name, problems) : undefined;
    return {
      name: target.name,
      bucket: target.bucket,
      region: target.region,
      ...prefixes(target.pathPrefix),
      outputDir: path.resolve(target.output),
      forcePathStyle: target.pathStyle,
      ...(target.endpoint ? { endpoint: target.endpoint } : {}),
      ...(credentials ? { credentials } : {}),
    };
  });
  return { targets: problems.length > 0 ? [] : targets, problems };
}

/**
 * Two targets in one bucket whose keys overlap (the root and `/ostrov/`): each deploy would delete the other's
 * objects as files its own site does not have.
 */
function overlaps(targets: readonly z.infer<typeof targetSchema>[], file: string): Problem[] {
  return targets.flatMap((target, index) =>
    targets.slice(index + 1).flatMap((other) => {
      if (other.bucket !== target.bucket || other.endpoint !== target.endpoint) return [];
      const [a, b] = [prefixes(target.pathPrefix), prefixes(other.pathPrefix)];
      if (!a.prefix.startsWith(b.prefix) && !b.prefix.startsWith(a.prefix)) return [];
      const message = `"${other.name}" and "${target.name}" share the bucket ${target.bucket} with overlapping paths (${b.pathPrefix}, ${a.pathPrefix}): each deploy would delete the other's files. Give each its own bucket, or paths that do not contain each other`;
      return [{ file, field: "targets", message }];
    }),
  );
}

/** The single target of BROADSIDE_DEPLOY_* (lib/cli/deploy.ts lists them). */
function fromEnvironment(env: NodeJS.ProcessEnv, bucket: string, output: string): { targets: NamedTarget[]; problems: Problem[] } {
  const target: NamedTarget = {
    name: bucket,
    bucket,
    region: env.BROADSIDE_DEPLOY_REGION || "auto",
    ...prefixes(env.BROADSIDE_PATH_PREFIX ?? "/", env.BROADSIDE_DEPLOY_PREFIX),
    outputDir: path.resolve(output),
    forcePathStyle: env.BROADSIDE_DEPLOY_PATH_STYLE === "1",
    ...(env.BROADSIDE_DEPLOY_ENDPOINT ? { endpoint: env.BROADSIDE_DEPLOY_ENDPOINT } : {}),
  };
  return { targets: [target], problems: [] };
}

/**
 * A copy served under `/ostrov/` keeps its keys under `ostrov/` (or under `keyPrefix`, when the bucket is laid out
 * otherwise): the path prefix as the build writes it, and the key prefix as S3 wants it.
 */
function prefixes(pathPrefix: string, keyPrefix = pathPrefix): { pathPrefix: string; prefix: string } {
  return { pathPrefix: normalizePathPrefix(pathPrefix), prefix: normalizePathPrefix(keyPrefix).slice(1) };
}

function credentialsFrom(env: NodeJS.ProcessEnv, stem: string, file: string, name: string, problems: Problem[]) {
  const [idName, secretName] = [`${stem}_ACCESS_KEY_ID`, `${stem}_SECRET_ACCESS_KEY`];
  const [accessKeyId, secretAccessKey] = [env[idName], env[secretName]];
  if (accessKeyId && secretAccessKey) return { accessKeyId, secretAccessKey };
  const missing = [idName, secretName].filter((variable) => !env[variable]);
  problems.push({ file, field: `targets.${name}.credentials`, message: `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set` });
  return undefined;
}
