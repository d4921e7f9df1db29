import { describe, expect, it } from "vitest";
import { environmentProblems } from "./environment.ts";
import { hostLimitWarning } from "./hostLimits.ts";

describe("host limits", () => {
  it("says nothing well below a Pages host's limits", () => {
    expect(hostLimitWarning("cloudflare-pages", { files: 15_000, bytes: 5e9 })).toBeUndefined();
    expect(hostLimitWarning("github-pages", { files: 300_000, bytes: 0.7e9 })).toBeUndefined();
  });

  it("warns past Cloudflare Pages' file count, naming the limit, the site's size and the way out", () => {
    const warning = hostLimitWarning("cloudflare-pages", { files: 35_811, bytes: 1.9e9 });
    expect(warning).toContain("(35,811 files)");
    expect(warning).toContain("is over the limit of Cloudflare Pages: 20,000 files per site (100,000 on paid plans)");
    expect(warning).toContain("npm run deploy");
  });

  it("warns as GitHub Pages' 1 GB comes near, before a push fails", () => {
    expect(hostLimitWarning("github-pages", { files: 30_000, bytes: 0.85e9 })).toMatch(/is at 85% of the limit of GitHub Pages: 1 GB per site/);
  });

  it("refuses an unknown host by its variable", () => {
    expect(environmentProblems({ BROADSIDE_HOST: "netlfy" })).toEqual([
      { file: "environment", field: "BROADSIDE_HOST", message: 'must be one of github-pages, cloudflare-pages, object-storage, not "netlfy"' },
    ]);
  });
});
