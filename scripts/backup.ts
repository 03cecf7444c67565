// `npm run backup [file]`: a consistent snapshot of the database and media,
// taken while the app runs. Default file: backups/sapo-<time>.tar.gz.
import path from "node:path";
import { createBackup } from "@/lib/backup/snapshot";
import { resolveDatabaseUrl } from "@/lib/db/adapter";
import { mediaDir } from "@/lib/media/local-store";

const dataDir = process.env.DATA_DIR ?? "data";
const target = resolveDatabaseUrl(process.env.DATABASE_URL ?? `file:${path.join(dataDir, "sapo.db")}`);
if (target.engine !== "sqlite") {
  // A PostgreSQL server has its own tools for this (pg_dump, base backups):
  // see docs/deploying.md. `npm run export` works on every engine.
  console.error(`npm run backup works on the SQLite database file; this installation uses PostgreSQL: use pg_dump (docs/deploying.md) or npm run export.`);
  process.exit(1);
}
const outFile = process.argv[2] ?? path.join("backups", `sapo-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);

createBackup({ databaseFile: target.file, mediaDir: mediaDir(dataDir), outFile })
  .then((m) => console.log(`Backup written to ${outFile}: ${Object.entries(m.counts).map(([k, v]) => `${v} ${k}`).join(", ")}, ${m.media.length} media files, with checksums`))
  .catch((e) => {
    console.error(`Backup failed: ${(e as Error).message}`);
    process.exit(1);
  });
