// Where this copy of the site will be served. The same sources build the main
// site, a mirror under a path prefix (/mirror/) on any domain, and the copy for
// a Tor onion service; canonical links, feeds and the sitemap always name the
// primary URL from _data/site.json (or BROADSIDE_URL).

export interface Deployment {
  /** `/` for the main site, `/mirror/` for a copy served under a path. */
  pathPrefix: string;
  /** The onion service's address, e.g. `http://abc…xyz.onion`, if there is one. */
  onion?: string;
}

export function normalizePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? "/").trim().replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** A root-relative path as it is served in this copy: `/archive/` → `/mirror/archive/`. */
export function servedPath(deployment: Deployment, path: string): string {
  return deployment.pathPrefix === "/" ? path : `${deployment.pathPrefix.slice(0, -1)}${path}`;
}
