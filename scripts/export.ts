// `npm run export -- [directory]`: writes all content, users, media and
// revisions of this installation (DATABASE_URL, the configured media store)
// into an archive directory that `npm run import` loads into another one,
// on the same or another database engine. Default: exports/sapo-<time>.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { redactUrl, resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { mediaStore } from "@/lib/media/storage";
import { exportArchive } from "@/lib/transfer/export";

async function main(): Promise<number> {
  const dir = path.resolve(process.argv[2] ?? path.join("exports", `sapo-${new Date().toISOString().replace(/[:.]/g, "-")}`));
  const dataDir = process.env.DATA_DIR ?? "data";
  const target = resolveDatabaseUrl(process.env.DATABASE_URL ?? `file:${path.join(dataDir, "sapo.db")}`);
  // Opening a missing SQLite file would create an empty one.
  if (target.engine === "sqlite" && !existsSync(target.file)) {
    console.error(`Export failed: there is no database at ${target.file} (set DATABASE_URL or DATA_DIR)`);
    return 1;
  }
  const appVersion = (JSON.parse(readFileSync("package.json", "utf8")) as { version?: string }).version;
  const db = createPrismaClient(target);
  const started = Date.now();
  try {
    console.log(`Exporting ${target.engine === "sqlite" ? target.file : redactUrl(target.url)} to ${dir}`);
    const m = await exportArchive(db, mediaStore(), dir, { appVersion, log: (line) => console.log(`  ${line}`) });
    const rows = m.tables.reduce((n, t) => n + t.rows, 0);
    const bytes = m.media.reduce((n, f) => n + f.size, 0);
    console.log(
      `Exported ${rows} rows in ${m.tables.length} tables and ${m.media.length} media files (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    console.log(`Load it into another installation with: npm run import -- ${dir}`);
    return 0;
  } catch (e) {
    console.error(`Export failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
