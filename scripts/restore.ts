// `npm run restore <file>`: brings a backup back into an empty installation
// (no database yet under DATA_DIR). `npm start` then applies any newer migrations.
import path from "node:path";
import { restoreBackup } from "@/lib/backup/snapshot";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { mediaDir } from "@/lib/media/storage";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- <backup file>");
  process.exit(1);
}
const dataDir = process.env.DATA_DIR ?? "data";
const target = resolveDatabaseUrl(process.env.DATABASE_URL ?? `file:${path.join(dataDir, "sapo.db")}`);
if (target.engine !== "sqlite") {
  // A PostgreSQL server has its own tools for this (pg_dump, base backups):
  // see docs/deploying.md. `npm run export` works on every engine.
  console.error(`npm run restore works on the SQLite database file; this installation uses PostgreSQL: use pg_dump (docs/deploying.md) or npm run export.`);
  process.exit(1);
}
try {
  const m = restoreBackup({ file, databaseFile: target.file, mediaDir: mediaDir(dataDir) });
  console.log(`Restored the backup of ${m.createdAt}: ${Object.entries(m.counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
} catch (e) {
  console.error(`Restore failed: ${(e as Error).message}`);
  process.exit(1);
}
