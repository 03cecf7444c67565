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
      // 20 s, not 5: the catalogue scan and the editor's render read hundreds
      // of files, and take several seconds on a busy two-core machine.
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 20_000 } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: postgres ? SQLITE_ONLY : POSTGRES_ONLY,
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          testTimeout: 60_000,
          // Two files at a time, although the machine has two cores (Vitest's
          // default is one fewer than the cores): much of this suite waits on
          // child processes, sockets and timers, and each file has its own
          // database, so two files do not disturb each other.
          maxWorkers: 2,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
