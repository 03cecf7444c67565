// Runs once before the integration tests: applies the committed migrations
// with the real Prisma CLI to a template database of this run's own (so two
// runs at once do not trip over each other). Each test file gets a copy of
// the template (tests/support/db.ts), so files stay isolated.
// - SQLite: a template file under data/test-run/<pid>, copied per test file.
// - PostgreSQL: a template database, cloned with CREATE DATABASE … TEMPLATE.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { onPostgresServer, postgresDatabaseUrl, testEngine } from "@/tests/support/engine";

declare module "vitest" {
  export interface ProvidedContext {
    testRoot: string;
    /** Prefix of this run's PostgreSQL databases; the template is `${prefix}tpl`. */
    postgresPrefix: string;
  }
}

function migrate(databaseUrl: string) {
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}

export default async function setup(project: TestProject) {
  const root = path.resolve("data/test-run", `${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  project.provide("testRoot", root);
  const prefix = `sapo_test_${process.pid}_`;
  project.provide("postgresPrefix", prefix);

  if (testEngine() === "postgresql") {
    await onPostgresServer([`DROP DATABASE IF EXISTS "${prefix}tpl"`, `CREATE DATABASE "${prefix}tpl"`]);
    migrate(postgresDatabaseUrl(`${prefix}tpl`));
  } else {
    migrate(`file:${path.join(root, "template.db")}`);
  }

  return async () => {
    rmSync(root, { recursive: true, force: true });
    if (testEngine() === "postgresql") {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await client.end();
    }
  };
}
