// The copies of the sample the smoke tests serve (built by e2e/buildSites.ts).

/** The clock is pinned so the sample's scheduled article stays scheduled whatever the date. */
export const E2E_NOW = "2026-11-27T12:00:00+03:00";
export const MIRROR_PREFIX = "/mirror/";
/** Small enough that the mirror's search index has more than one part. */
export const MIRROR_SEARCH_PART_PAGES = 2;
