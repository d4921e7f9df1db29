// Playwright smoke tests against copies of the sample built by e2e/buildSites.ts,
// each served by a plain static server as a CDN would serve it: the main site, and
// a mirror under a path prefix. Uses Debian's Chromium where it is installed
// (Playwright cannot download its own browser on machines without internet) and
// Playwright's own Chromium elsewhere.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const SITE_PORT = Number(process.env.BROADSIDE_E2E_PORT ?? 4173);
const MIRROR_PORT = SITE_PORT + 1;
const SYSTEM_CHROMIUM = process.env.BROADSIDE_CHROMIUM ?? "/usr/bin/chromium";

const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};

/** http-server answers unknown paths with the folder's 404.html, like a CDN; -c-1: no caching. */
function staticServer(folder: string, port: number) {
  return {
    command: `node_modules/.bin/http-server ${folder} -a 127.0.0.1 -p ${port} -c-1 -s`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  reporter: "list",
  use: { trace: "retain-on-failure" },
  projects: [
    {
      name: "site",
      testIgnore: /mirror\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    {
      name: "mirror",
      testMatch: /mirror\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://127.0.0.1:${MIRROR_PORT}` },
    },
  ],
  webServer: [staticServer(".e2e-site", SITE_PORT), staticServer(".e2e-mirror", MIRROR_PORT)],
});
