// What a backup's manifest records about its SQLite database, computed the
// same way when the backup is made and when it is restored: file digests,
// the migrations applied, SQLite's own integrity check, and per-table row
// counts and checksums through the Prisma client (the canonical rows of
// lib/transfer/format.ts, so a changed value is found whatever its column).
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { FileDigest, TableDigestEntry } from "@/lib/backup/manifest";
import { resolveDatabaseUrl, SCHEMA_PATHS } from "@/lib/db/adapter";
import { createPrismaClient } from "@/lib/db/client";
import { mediaFileNames } from "@/lib/transfer/export";
import { transferPlan } from "@/lib/transfer/plan";
import { digestTable } from "@/lib/transfer/tables";

/** Size and SHA-256 of a file, read as a stream (databases can be large). */
export async function fileDigest(file: string): Promise<FileDigest> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { size: statSync(file).size, sha256: hash.digest("hex") };
}

/** This app's SQLite migrations (prisma/migrations), in the order they apply. */
export function appMigrations(dir = path.resolve(SCHEMA_PATHS.sqlite.migrations)): string[] {
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, "migration.sql")))
    .sort();
}

/** The migrations Prisma finished applying to a database, in order; [] without its table. */
export function appliedMigrations(sqlite: Database.Database): string[] {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
  if (!table) return [];
  const rows = sqlite
    .prepare(`SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`)
    .all() as { name: string }[];
  return rows.map((r) => r.name).sort();
}

/** How applied migrations differ from this app's: unknown ones (a newer or other Sapo) and missing ones (an older one). */
export function migrationDifference(applied: string[], mine = appMigrations()): { foreign: string[]; missing: string[] } {
  return { foreign: applied.filter((n) => !mine.includes(n)), missing: mine.filter((n) => !applied.includes(n)) };
}

/** SQLite's PRAGMA integrity_check: [] when the file is sound, else what it reports. */
export function integrityProblems(sqlite: Database.Database): string[] {
  const rows = sqlite.pragma("integrity_check") as { integrity_check: string }[];
  const lines = rows.map((r) => r.integrity_check);
  return lines.length === 1 && lines[0] === "ok" ? [] : lines;
}

/**
 * Row count and checksum of every table a transfer carries, and the media
 * file names the Media rows need, read from the database file `file`
 * (its schema must be this app's: see appMigrations).
 */
export async function tableDigests(file: string): Promise<{ tables: TableDigestEntry[]; neededMedia: string[] }> {
  const db = createPrismaClient(resolveDatabaseUrl(`file:${file}`));
  try {
    const tables: TableDigestEntry[] = [];
    for (const spec of transferPlan().tables) tables.push({ model: spec.model, ...(await digestTable(db, spec)) });
    const media = await db.media.findMany({ select: { fileKey: true, variants: true, formats: true } });
    return { tables, neededMedia: media.flatMap((row) => mediaFileNames(row)) };
  } finally {
    await db.$disconnect();
  }
}
