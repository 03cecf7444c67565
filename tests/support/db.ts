// A fresh, migrated SQLite database per test file (copied from the template
// made in global-setup.ts), opened the way the app opens it.
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { TEMPLATE_DB, TEST_ROOT } from "./global-setup";

export type TestDb = { db: Db; file: string; dir: string };

export function freshDatabase(): TestDb {
  const dir = path.join(TEST_ROOT, randomBytes(6).toString("hex"));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "sapo.db");
  copyFileSync(TEMPLATE_DB, file);
  const db = createPrismaClient(resolveDatabaseUrl(`file:${file}`));
  return { db, file, dir };
}
