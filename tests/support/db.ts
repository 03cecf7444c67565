// A fresh, migrated database per test file, opened the way the app opens it:
// a copy of the template SQLite file, or a PostgreSQL database cloned from the
// template database (both made in global-setup.ts).
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl, type Engine } from "@/lib/db/adapter";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { inject } from "vitest";
import { onPostgresServer, postgresDatabaseUrl, testEngine } from "@/tests/support/engine";

/** This run's directory (made by global-setup.ts), for files tests write. */
export function testRoot(): string {
  return inject("testRoot");
}

export type TestDb = {
  db: Db;
  engine: Engine;
  /** DATABASE_URL for this database, for child processes and the app's own client. */
  url: string;
  /** A directory of this test's own (media, generated files). */
  dir: string;
};

export async function freshDatabase(): Promise<TestDb> {
  const id = randomBytes(6).toString("hex");
  const dir = path.join(testRoot(), id);
  mkdirSync(dir, { recursive: true });
  const engine = testEngine();
  let url: string;
  if (engine === "postgresql") {
    const prefix = inject("postgresPrefix");
    await onPostgresServer([`CREATE DATABASE "${prefix}${id}" TEMPLATE "${prefix}tpl"`]);
    url = postgresDatabaseUrl(`${prefix}${id}`);
  } else {
    const file = path.join(dir, "sapo.db");
    copyFileSync(path.join(testRoot(), "template.db"), file);
    url = `file:${file}`;
  }
  return { db: createPrismaClient(resolveDatabaseUrl(url)), engine, url, dir };
}
