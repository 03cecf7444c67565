// End-to-end tests against the production build, started the way a user
// starts Sapo (`npm start`) on a fresh database: SQLite under data/e2e, or
// PostgreSQL with TEST_ENGINE=postgresql (e2e/env.ts).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN_STATE, E2E_DATA_DIR, E2E_PORT as PORT, e2eDatabaseUrl } from "./e2e/env";
import { testEngine } from "./tests/support/engine";

export const baseURL = `http://localhost:${PORT}`;

// Which tests run on which engine. Every test runs on SQLite. On PostgreSQL
// (`npm run test:postgres`) every test runs too, except those tagged
// @engine-independent: what they check cannot differ between the engines
// (layout, screenshots and axe; behaviour of the editor kept in the browser;
// the sign-in form and its headers; response headers; escaping), and the
// queries they go through are covered on PostgreSQL by the integration suite
// and by the tests that do run here. Keep a test untagged if it reads or
// writes through anything that differs by engine: search, the workflow and
// the scheduler, listings, pagination and ordering, translations, the site's
// pages and their freshness, raw SQL, locks and races (lib/db/concurrency.ts).
// When unsure, leave it untagged: it then runs on both.
const ENGINE_INDEPENDENT = /@engine-independent/;
const engine = testEngine();
const postgres = engine === "postgresql";

// Debian's Chromium where present (Playwright cannot download its own browser
// on our machines); elsewhere Playwright's own. CHROMIUM_PATH overrides both.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Each engine's own, like its port and data (e2e/env.ts).
  outputDir: `test-results/${engine}`,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: `playwright-report/${engine}` }]],
  timeout: 30_000,
  grepInvert: postgres ? ENGINE_INDEPENDENT : undefined,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromiumPath
      ? {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        }
      : {},
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], storageState: E2E_ADMIN_STATE },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    command: "npx tsx e2e/reset.ts && npx tsx scripts/start.ts",
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATA_DIR: E2E_DATA_DIR,
      DATABASE_URL: e2eDatabaseUrl(),
      ADMIN_EMAIL: "admin@e2e.test",
      ADMIN_PASSWORD: "harbour lights over the estuary", // e2e/fixtures.ts ADMIN
      SITE_URL: baseURL,
      // The suite reads the interface in English; e2e/languages.spec.ts
      // switches the newsroom and the site to Vietnamese itself.
      SITE_LANGUAGE: "en",
      // Views reach the database quickly, so "most read" can be checked at once (e2e/reader-design.spec.ts).
      VIEW_FLUSH_MS: "300",
      // Scheduled publishes happen within a second of their time, so
      // e2e/workflow.spec.ts waits seconds for one, not up to 15 s more.
      SCHEDULER_INTERVAL_MS: "1000",
      // Pasted images are imported from a server the test starts on 127.0.0.1 (e2e/paste.spec.ts).
      OUTBOUND_ALLOW_LOOPBACK: "1",
    },
  },
});
