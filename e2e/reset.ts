// Run before the e2e server starts: an empty data directory and an empty
// database, as on a new installation.
import { mkdirSync, rmSync } from "node:fs";
import { E2E_DATA_DIR, E2E_POSTGRES_DATABASE } from "./env";

rmSync(E2E_DATA_DIR, { recursive: true, force: true });
mkdirSync(E2E_DATA_DIR, { recursive: true });
if (process.env.TEST_ENGINE === "postgresql") {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${E2E_POSTGRES_DATABASE}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${E2E_POSTGRES_DATABASE}"`);
  await client.end();
}
