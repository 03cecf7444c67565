// Which database engine this test run uses. `npm run test:integration` runs on
// SQLite; TEST_ENGINE=postgresql (set by `npm run test:postgres`, which also
// provides TEST_POSTGRES_URL, see scripts/with-postgres.ts) runs the same
// tests on PostgreSQL.
import type { Engine } from "@/lib/db/adapter";

export function testEngine(): Engine {
  const engine = process.env.TEST_ENGINE ?? "sqlite";
  if (engine !== "sqlite" && engine !== "postgresql") throw new Error(`TEST_ENGINE must be sqlite or postgresql, not ${engine}`);
  return engine;
}

/** The URL of a database on the test server, by name. */
export function postgresDatabaseUrl(name: string): string {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error("TEST_ENGINE=postgresql needs TEST_POSTGRES_URL (run through `npm run test:postgres`)");
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the test server's maintenance database (CREATE/DROP DATABASE). */
export async function onPostgresServer(statements: string[]): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}
