// Where the e2e suite's server keeps its data, on the engine of this run:
// SQLite (default) or PostgreSQL (TEST_ENGINE=postgresql, with the server
// from TEST_POSTGRES_URL: see scripts/with-postgres.ts). Shared by
// playwright.config.ts, the reset script and the fixtures.
// Each engine's run has its own port, data directory and signed-in state, so
// one engine's run never trips over what the other left behind (or over a
// run of the other still going).
import { postgresDatabaseUrl, testEngine } from "@/tests/support/engine";

const engine = testEngine();
/** SQLite's server on 3100, PostgreSQL's on 3200 (e2e/instances.spec.ts adds a second instance on the next port). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? (engine === "postgresql" ? 3200 : 3100));
export const E2E_DATA_DIR = engine === "postgresql" ? "data/e2e-postgresql" : "data/e2e";
/** The fake oEmbed provider e2e/embeds.spec.ts starts (OEMBED_ENDPOINTS points the server at it): 3180, or 3280 on PostgreSQL. */
export const E2E_OEMBED_PORT = E2E_PORT + 80;
/** The first admin's signed-in browser state (e2e/auth.setup.ts writes it). */
export const E2E_ADMIN_STATE = `e2e/.auth/admin-${engine}.json`;
export const E2E_POSTGRES_DATABASE = "sapo_e2e";

export function e2eDatabaseUrl(): string {
  return testEngine() === "postgresql" ? postgresDatabaseUrl(E2E_POSTGRES_DATABASE) : `file:./${E2E_DATA_DIR}/sapo.db`;
}
