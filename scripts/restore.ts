// `npm run restore <file>`: brings a backup back into an empty installation
// (no database yet under DATA_DIR), after checking it whole: SQLite's
// integrity check, the migrations (exactly this version's), every table's
// row count and checksum, the media files' checksums. A damaged, edited or
// foreign file is refused with one line and nothing is written.
import path from "node:path";
import { BackupRefusedError } from "@/lib/backup/manifest";
import { restoreBackup } from "@/lib/backup/snapshot";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { mediaDir } from "@/lib/media/local-store";

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
  const m = await restoreBackup({ file, databaseFile: target.file, mediaDir: mediaDir(dataDir) });
  console.log(`Checked the backup of ${m.createdAt}: integrity, migrations (${m.migrations.length}), row counts and checksums of ${m.tables.length} tables, ${m.media.length} media files`);
  console.log(`Restored: ${Object.entries(m.counts).map(([k, v]) => `${v} ${k}`).join(", ")}`);
} catch (e) {
  const message = (e as Error).message.replace(/\s*\n\s*/g, " ");
  if (e instanceof BackupRefusedError) console.error(`Restore refused: ${message}. Nothing was changed.`);
  else console.error(`Restore failed: ${message}`);
  process.exit(1);
}
