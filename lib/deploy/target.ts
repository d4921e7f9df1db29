// Where `npm run deploy` publishes, from BROADSIDE_DEPLOY_* (lib/cli/deploy.ts lists them).
import type { DeployTarget } from "./s3Deploy.ts";

/** The target from the environment, or why there is none. */
export function deployTarget(env: NodeJS.ProcessEnv): DeployTarget | string {
  const bucket = env.BROADSIDE_DEPLOY_BUCKET;
  if (!bucket) return "BROADSIDE_DEPLOY_BUCKET is not set: name the bucket to publish to (README, \"Deploying to object storage\")";
  const prefix = (env.BROADSIDE_DEPLOY_PREFIX ?? env.BROADSIDE_PATH_PREFIX ?? "").replace(/^\/+/, "");
  return {
    bucket,
    region: env.BROADSIDE_DEPLOY_REGION || "auto",
    prefix: prefix === "" || prefix.endsWith("/") ? prefix : `${prefix}/`,
    forcePathStyle: env.BROADSIDE_DEPLOY_PATH_STYLE === "1",
    ...(env.BROADSIDE_DEPLOY_ENDPOINT ? { endpoint: env.BROADSIDE_DEPLOY_ENDPOINT } : {}),
  };
}

