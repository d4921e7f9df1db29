import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/helpers/globalSetup.ts"],
    // Build tests run Eleventy in a child process.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
