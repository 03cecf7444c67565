import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: fast unit tests of pure logic, and integration tests against
// real databases made fresh for the run (tests/support/global-setup.ts):
// SQLite by default, PostgreSQL with TEST_ENGINE=postgresql.

// Tests of what only exists on SQLite (the file-copy backup; PostgreSQL has
// pg_dump and `npm run export`, tested on both).
const SQLITE_ONLY = ["tests/integration/backup.test.ts"];
// And of what needs both engines at once, or a server that can go down (they
// run on the PostgreSQL run).
const POSTGRES_ONLY = ["tests/integration/sqlite-to-postgres.test.ts", "tests/integration/read-replicas-down.test.ts"];
const postgres = process.env.TEST_ENGINE === "postgresql";
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React's server bundle; tests are server code.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: postgres ? SQLITE_ONLY : POSTGRES_ONLY,
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
