// Where the e2e suite's server keeps its data, on the engine of this run:
// SQLite (default) or PostgreSQL (TEST_ENGINE=postgresql, with the server
// from TEST_POSTGRES_URL: see scripts/with-postgres.ts). Shared by
// playwright.config.ts, the reset script and the fixtures.
import { postgresDatabaseUrl, testEngine } from "@/tests/support/engine";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = "data/e2e";
export const E2E_POSTGRES_DATABASE = "sapo_e2e";

export function e2eDatabaseUrl(): string {
  return testEngine() === "postgresql" ? postgresDatabaseUrl(E2E_POSTGRES_DATABASE) : `file:./${E2E_DATA_DIR}/sapo.db`;
}
