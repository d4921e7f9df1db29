// The BROADSIDE_* environment variables, checked together before anything is
// built. A value that would produce broken URLs or host files (a space or a quote
// in a path prefix, a URL with a query) stops the build naming the variable, not
// the _data file it overrides.
import { DateTime } from "luxon";
import type { Problem } from "../content/problems.ts";
import { HOSTS, isHostName } from "./hostLimits.ts";

/** Where environment problems are reported, in place of a file. */
export const ENVIRONMENT = "environment";

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

export const ONION_PATTERN = /^https?:\/\/[a-z2-7]{56}\.onion\/?$/;

/** Why a path prefix cannot be served, or undefined when it can. */
export function pathPrefixProblem(prefix: string): string | undefined {
  const segments = prefix.trim().replace(/^\/+|\/+$/g, "").split("/").filter((s) => s !== "");
  for (const segment of segments) {
    if (segment === "." || segment === ".." || !SEGMENT.test(segment)) {
      return `"${prefix}" must be a path such as /mirror/ or /news/mirror/: letters, digits, . _ ~ - and / only (no spaces, quotes, ? or #, no . or .. segments)`;
    }
  }
  return undefined;
}

/** Why a primary URL cannot be used in canonical links and feeds, or undefined. */
export function siteUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a URL such as https://example.org`;
  }
  if (!/^https?:$/.test(url.protocol)) return `"${value}" must start with https:// or http://`;
  if (/[\s"'<>`\\]/.test(value)) return `"${value}" must not hold spaces, quotes or angle brackets`;
  if (url.search || url.hash || url.username || url.password) return `"${value}" must be a plain address, without ?, # or a user name`;
  return undefined;
}

type Check = (value: string) => string | undefined;

const CHECKS: Record<string, Check> = {
  BROADSIDE_PATH_PREFIX: pathPrefixProblem,
  BROADSIDE_URL: siteUrlProblem,
  BROADSIDE_ONION: (value) =>
    ONION_PATTERN.test(value) ? undefined : `"${value}" must be an onion v3 address such as http://<56 letters and digits>.onion`,
  BROADSIDE_NOW: (value) =>
    DateTime.fromISO(value, { setZone: true }).isValid ? undefined : `"${value}" is not an ISO 8601 date-time such as 2026-12-01T09:00:00+03:00`,
  BROADSIDE_MODE: (value) => (value === "preview" || value === "production" ? undefined : `must be "preview" or "production", not "${value}"`),
  BROADSIDE_PREVIEW_HOST: (value) =>
    /^(?:[A-Za-z0-9.-]+|\[?[0-9A-Fa-f:]+\]?)$/.test(value) ? undefined : `"${value}" must be a host name or an IP address, such as 0.0.0.0`,
  BROADSIDE_HOST: (value) => (isHostName(value) ? undefined : `must be one of ${Object.keys(HOSTS).join(", ")}, not "${value}"`),
  BROADSIDE_IMAGES: (value) => (value === "store" ? undefined : `must be "store" (processed images kept in the deploy's bucket) or unset, not "${value}"`),
  BROADSIDE_SEARCH_PART_PAGES: (value) =>
    /^[1-9]\d*$/.test(value) ? undefined : `must be a whole number of pages, 1 or more, not "${value}"`,
};

/** Every BROADSIDE_* variable that is set and wrong, each named. */
export function environmentProblems(env: NodeJS.ProcessEnv = process.env): Problem[] {
  return Object.entries(CHECKS).flatMap(([name, check]) => {
    const value = env[name];
    if (value === undefined || value === "") return [];
    const message = check(value);
    return message ? [{ file: ENVIRONMENT, field: name, message }] : [];
  });
}
