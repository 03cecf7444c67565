// `npm run import -- <directory> [--replace]`: loads an archive made by
// `npm run export` into this installation (DATABASE_URL, the configured media
// store), which must be migrated and empty unless --replace is given. Prints
// each table's count in the archive and in the database with "ok" or
// "MISMATCH"; exits with 1 on any mismatch, having imported nothing.
import { existsSync } from "node:fs";
import path from "node:path";
import { redactUrl, resolveDatabaseUrl } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { mediaStore } from "@/lib/media/storage";
import { formatChecks, importArchive, TransferMismatchError } from "@/lib/transfer/import";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const replace = args.includes("--replace");
  const paths = args.filter((a) => !a.startsWith("--"));
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--replace");
  if (paths.length !== 1 || unknown.length) {
    console.error("Usage: npm run import -- <export directory> [--replace]");
    return 1;
  }
  const dir = path.resolve(paths[0]);
  const dataDir = process.env.DATA_DIR ?? "data";
  const target = resolveDatabaseUrl(process.env.DATABASE_URL ?? `file:${path.join(dataDir, "sapo.db")}`);
  if (target.engine === "sqlite" && !existsSync(target.file)) {
    console.error(`Import failed: there is no database at ${target.file}; create it first with npm run db:migrate (same DATABASE_URL)`);
    return 1;
  }
  const db = createPrismaClient(target);
  const started = Date.now();
  try {
    console.log(`Importing ${dir} into ${target.engine === "sqlite" ? target.file : redactUrl(target.url)}${replace ? ", replacing its contents" : ""}`);
    const report = await importArchive(db, mediaStore(), dir, { replace, log: (line) => console.log(`  ${line}`) });
    console.log(formatChecks(report.checks));
    const rows = report.manifest.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      `Imported ${rows} rows and ${report.manifest.media.length} media files from the ${report.manifest.sourceEngine} export of ${report.manifest.exportedAt} ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s; ${report.searchIndexed} articles indexed for search.`,
    );
    return 0;
  } catch (e) {
    if (e instanceof TransferMismatchError) console.error(formatChecks(e.checks));
    console.error(`Import failed: ${(e as Error).message}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
