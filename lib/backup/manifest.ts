// manifest.json inside a backup (npm run backup): what the archive holds and
// how to tell it is whole and unchanged: the database file's size and
// SHA-256, the migrations its schema was built by, a row count and checksum
// per table (the canonical ones npm run export uses, lib/transfer/format.ts),
// and each media file's size and SHA-256. Restore checks all of them
// (lib/backup/verify.ts) before it writes anything.

export const BACKUP_FORMAT = "sapo-backup-2";

export type FileDigest = { size: number; sha256: string };
export type TableDigestEntry = { model: string; rows: number; sha256: string };
export type MediaDigestEntry = { name: string } & FileDigest;

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** Rows of the main tables, for people reading the output. */
  counts: Record<string, number>;
  database: FileDigest;
  /** Migrations applied to the database, by name, in order. */
  migrations: string[];
  tables: TableDigestEntry[];
  media: MediaDigestEntry[];
};

/** A backup restore will not use; the message is one line saying why. */
export class BackupRefusedError extends Error {}

const isDigest = (d: unknown): d is FileDigest =>
  typeof d === "object" && d !== null && Number.isSafeInteger((d as FileDigest).size) && /^[0-9a-f]{64}$/.test(String((d as FileDigest).sha256));

/** Checks the manifest's shape, not its checksums. */
export function parseBackupManifest(text: string): BackupManifest {
  let m: Omit<Partial<BackupManifest>, "format"> & { format?: unknown };
  try {
    m = JSON.parse(text);
  } catch {
    throw new BackupRefusedError("not a Sapo backup: its manifest.json is not JSON");
  }
  if (m?.format === "sapo-backup-1") {
    throw new BackupRefusedError(
      "this backup (format sapo-backup-1) comes from an older Sapo and carries no checksums to verify it with: restore it with that version, or make a new backup",
    );
  }
  if (m?.format !== BACKUP_FORMAT) throw new BackupRefusedError(`not a Sapo backup: its manifest says format ${JSON.stringify(m?.format)}, expected "${BACKUP_FORMAT}"`);
  const bad = (what: string): never => {
    throw new BackupRefusedError(`the backup's manifest.json is damaged (${what})`);
  };
  if (!isDigest(m.database)) bad("database");
  if (!Array.isArray(m.migrations) || !m.migrations.every((n) => typeof n === "string")) bad("migrations");
  if (!Array.isArray(m.tables) || !m.tables.every((t) => typeof t?.model === "string" && Number.isSafeInteger(t.rows) && typeof t.sha256 === "string")) bad("tables");
  if (!Array.isArray(m.media) || !m.media.every((f) => typeof f?.name === "string" && isDigest(f))) bad("media");
  if (typeof m.counts !== "object" || m.counts === null) bad("counts");
  return m as BackupManifest;
}
