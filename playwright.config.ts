// Playwright smoke tests against the site built by `npm run test:e2e` (.e2e-site/,
// with the clock pinned so the sample's scheduled article stays scheduled) served by a plain static
// server, as a CDN would serve it. Uses Debian's Chromium where it is installed
// (Playwright cannot download its own browser on machines without internet) and
// Playwright's own Chromium elsewhere.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.BROADSIDE_E2E_PORT ?? 4173);
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

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  reporter: process.env.CI ? "list" : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    // -c-1: no caching, -s: silent. http-server answers unknown paths with 404.html, like a CDN.
    command: `node_modules/.bin/http-server .e2e-site -a 127.0.0.1 -p ${PORT} -c-1 -s`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
