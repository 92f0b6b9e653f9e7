import { defineConfig } from "vitest/config";

/**
 * One runner, four projects. Unit tests sit beside the code; integration tests talk to a real
 * DynamoDB Local started once by their global setup; infra tests synthesise the CDK app;
 * browser tests drive Debian Chromium against the whole local service.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "functions/src/**/*.test.ts",
            "web/src/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          // The browser project's setup lowers the log level in the shared process; tests here
          // read the request logs (that no patient text reaches them), so they need them.
          env: { POWERTOOLS_LOG_LEVEL: "INFO" },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "infra",
          include: ["infra/test/**/*.test.ts"],
          // Each synthesis bundles ~76 functions and, beside the other projects on 2 busy cores,
          // took over 2 minutes: generous limits, since slowness here is not a defect.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Synthesis bundles every function with esbuild: one file at a time keeps memory sane.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
