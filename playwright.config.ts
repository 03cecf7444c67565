// End-to-end tests against the production build, started the way a user
// starts Sapo (`npm start`) on a fresh database: SQLite under data/e2e, or
// PostgreSQL with TEST_ENGINE=postgresql (e2e/env.ts).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN_STATE, E2E_DATA_DIR, E2E_OEMBED_PORT, E2E_PORT as PORT, e2eDatabaseUrl } from "./e2e/env";
import { testEngine } from "./tests/support/engine";

export const baseURL = `http://localhost:${PORT}`;

// Which tests run on which engine. Every test runs on SQLite. On PostgreSQL
// (`npm run test:postgres`) only the tests tagged @postgres run: the
// integration suite already runs every query, lock and race on both engines
// (tests/integration), so the PostgreSQL e2e run only has to show, through a
// browser and the production server, that each piece of behaviour that
// differs by engine works end to end on it. Tag a test @postgres when it is
// the suite's cheapest end-to-end check of one of these: full-text search
// (unaccent, ranking), the desk's list filters and pagination (ILIKE,
// ordering), the workflow and the scheduler (publishing on time), the
// co-editing store (what two editors type reaching the database), the
// content API's lists and webhook deliveries (claims), several instances
// sharing one database (freshness across processes), sign-in throttling
// counts, view counts (most read), the demo content and newsroom lists of a
// new installation. One test per behaviour is enough: leave the others
// untagged (they run on SQLite only). Tests tagged @engine-independent
// (layout, screenshots and axe, editor behaviour kept in the browser, sign-in
// form and headers, escaping) never take @postgres.
// E2E_POSTGRES_ALL=1 runs every test not tagged @engine-independent on
// PostgreSQL too (the wider run, for changes to lib/db or the migrations).
const POSTGRES_TAGGED = /@postgres\b/;
const ENGINE_INDEPENDENT = /@engine-independent/;
const engine = testEngine();
const postgres = engine === "postgresql";
const postgresAll = postgres && process.env.E2E_POSTGRES_ALL === "1";

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
  grepInvert: postgresAll ? ENGINE_INDEPENDENT : undefined,
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
      // Here, not at the top level, so the setup project's sign-in still runs.
      grep: postgres && !postgresAll ? POSTGRES_TAGGED : undefined,
    },
  ],
  webServer: {
    command: "npx tsx e2e/reset.ts && npx tsx scripts/start.ts",
    url: `${baseURL}/login`,
    // The first run builds (scripts/start.ts): two to three minutes on an idle
    // two-core machine, more than five on a busy one.
    timeout: 600_000,
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
      // YouTube's oEmbed answers come from a fake provider e2e/embeds.spec.ts starts on this port.
      OEMBED_ENDPOINTS: JSON.stringify({ youtube: `http://127.0.0.1:${E2E_OEMBED_PORT}/oembed` }),
    },
  },
});
