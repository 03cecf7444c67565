// Backups of a whole installation: the SQLite database, copied with SQLite's
// online backup API (consistent while the app keeps writing), and the media
// files it refers to, packed with a manifest of checksums (./manifest.ts)
// into one .tar.gz. Restore verifies all of it (./verify.ts) before it
// writes anything. Media on local disk only: with MEDIA_STORAGE=s3 both
// directions refuse (see refuseBucketMedia).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { appliedMigrations, fileDigest, migrationDifference, tableDigests } from "@/lib/backup/fingerprint";
import { BACKUP_FORMAT, BackupRefusedError, type BackupManifest, type MediaDigestEntry } from "@/lib/backup/manifest";
import { DATABASE_FILE, MANIFEST_FILE, MEDIA_DIR, verifyBackup } from "@/lib/backup/verify";
import { readMediaConfig } from "@/lib/config/env";

export type Manifest = BackupManifest;

/** Tables whose row counts the scripts print. */
const COUNTED = ["User", "Article", "Revision", "Media", "Section", "Tag", "AuditEvent"];

function tar(args: string[]) {
  const r = spawnSync("tar", args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`tar failed: ${r.stderr.trim()}`);
}

/**
 * Throws when images live in a bucket: a backup without them would look
 * complete and not be, and a restore would put them where nothing reads them.
 */
export function refuseBucketMedia(what: "backup" | "restore", env: Record<string, string | undefined> = process.env): void {
  const media = readMediaConfig(env);
  if (media.storage !== "s3") return;
  throw new Error(
    what === "backup"
      ? `npm run backup copies media from local disk, but MEDIA_STORAGE=s3 keeps the images in bucket ${media.s3.bucket}. ` +
          "Backing up bucket media is the bucket's job (versioning, replication or a scheduled copy); " +
          "for the database use your usual database backup, or npm run export for content with its images."
      : `npm run restore puts media on local disk, but MEDIA_STORAGE=s3 reads images from bucket ${media.s3.bucket}. ` +
          "Restore into an installation with local media storage, or bring content in with npm run import.",
  );
}

export async function createBackup(options: { databaseFile: string; mediaDir: string; outFile: string }): Promise<Manifest> {
  refuseBucketMedia("backup");
  if (!existsSync(options.databaseFile)) throw new Error(`No database at ${options.databaseFile}`);
  const work = mkdtempSync(path.join(tmpdir(), "sapo-backup-"));
  try {
    const dbFile = path.join(work, DATABASE_FILE);
    const source = new Database(options.databaseFile, { fileMustExist: true, timeout: 5000 });
    try {
      await source.backup(dbFile);
    } finally {
      source.close();
    }
    // Everything from the copy, so the manifest describes exactly what is in it.
    const copy = new Database(dbFile, { readonly: true });
    const migrations = appliedMigrations(copy);
    copy.close();
    // The checksums are read through this version's data model, and restore
    // accepts only this version's migrations.
    const { foreign, missing } = migrationDifference(migrations);
    if (foreign.length || missing.length) {
      throw new Error(
        `the database's migrations are not this version's (${foreign.length ? `unknown here: ${foreign.join(", ")}` : `not applied yet: ${missing.join(", ")}`}): ` +
          "back up with the version that runs it, or apply the migrations first (npm run db:migrate)",
      );
    }
    const { tables, neededMedia } = await tableDigests(dbFile);
    const counts = Object.fromEntries(tables.filter((t) => COUNTED.includes(t.model)).map((t) => [t.model, t.rows]));
    mkdirSync(path.join(work, MEDIA_DIR));
    const media: MediaDigestEntry[] = [];
    for (const name of neededMedia) {
      const from = path.join(options.mediaDir, name);
      if (!existsSync(from)) throw new Error(`Media file missing: ${from}`);
      copyFileSync(from, path.join(work, MEDIA_DIR, name));
      media.push({ name, ...(await fileDigest(path.join(work, MEDIA_DIR, name))) });
    }
    // Hashed last: the file exactly as it goes into the archive.
    const database = await fileDigest(dbFile);
    const manifest: Manifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), counts, database, migrations, tables, media };
    writeFileSync(path.join(work, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    mkdirSync(path.dirname(path.resolve(options.outFile)), { recursive: true });
    tar(["-czf", path.resolve(options.outFile), "-C", work, MANIFEST_FILE, DATABASE_FILE, MEDIA_DIR]);
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Restores a backup into an installation that has no database yet. Nothing
 * is written until the whole backup has been verified (BackupRefusedError
 * says why not); the database file appears last, whole, by rename.
 */
export async function restoreBackup(options: { file: string; databaseFile: string; mediaDir: string }): Promise<Manifest> {
  refuseBucketMedia("restore");
  if (existsSync(options.databaseFile)) {
    throw new Error(`${options.databaseFile} exists: restore only into an empty installation (move the old one away first)`);
  }
  const work = mkdtempSync(path.join(tmpdir(), "sapo-restore-"));
  try {
    const unpacked = spawnSync("tar", ["-xzf", path.resolve(options.file), "-C", work, "--no-same-owner"], { encoding: "utf8" });
    if (unpacked.status !== 0) {
      // The first line says what is wrong ("gzip: stdin: unexpected end of file"); the rest is tar giving up.
      const reason = unpacked.stderr.trim().split("\n").find(Boolean) ?? `tar exited with ${unpacked.status}`;
      throw new BackupRefusedError(`the file is damaged or incomplete, not a whole .tar.gz archive (${reason})`);
    }
    const manifest = await verifyBackup(work);
    mkdirSync(options.mediaDir, { recursive: true });
    for (const { name } of manifest.media) copyFileSync(path.join(work, MEDIA_DIR, name), path.join(options.mediaDir, name));
    mkdirSync(path.dirname(options.databaseFile), { recursive: true });
    // Copied under another name and checked again, so a database file that
    // start-up could open only ever appears whole.
    const partial = `${options.databaseFile}.restoring`;
    copyFileSync(path.join(work, DATABASE_FILE), partial);
    if ((await fileDigest(partial)).sha256 !== manifest.database.sha256) {
      rmSync(partial, { force: true });
      throw new Error(`the copy of the database at ${partial} differs from the backup: check the disk`);
    }
    renameSync(partial, options.databaseFile);
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

