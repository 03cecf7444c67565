// Run before the e2e server starts: an empty data directory and an empty
// database, as on a new installation.
import { mkdirSync, rmSync } from "node:fs";
import { onPostgresServer, testEngine } from "@/tests/support/engine";
import { E2E_DATA_DIR, E2E_POSTGRES_DATABASE } from "@/e2e/env";

rmSync(E2E_DATA_DIR, { recursive: true, force: true });
mkdirSync(E2E_DATA_DIR, { recursive: true });
if (testEngine() === "postgresql") {
  await onPostgresServer([`DROP DATABASE IF EXISTS "${E2E_POSTGRES_DATABASE}" WITH (FORCE)`, `CREATE DATABASE "${E2E_POSTGRES_DATABASE}"`]);
}
