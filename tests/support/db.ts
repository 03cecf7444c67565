// A fresh, migrated SQLite database per test file (copied from the template
// made in global-setup.ts), opened the way the app opens it.
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { inject } from "vitest";

/** This run's directory (made by global-setup.ts), holding the migrated template database. */
export function testRoot(): string {
  return inject("testRoot");
}

export type TestDb = { db: Db; file: string; dir: string };

export function freshDatabase(): TestDb {
  const dir = path.join(testRoot(), randomBytes(6).toString("hex"));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "sapo.db");
  copyFileSync(path.join(testRoot(), "template.db"), file);
  const db = createPrismaClient(resolveDatabaseUrl(`file:${file}`));
  return { db, file, dir };
}
