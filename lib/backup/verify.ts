// Checks an unpacked backup before restore writes anything, in this order:
// the manifest, SQLite's integrity check, the migrations (exactly this
// app's), every table's row count and checksum, the database file's SHA-256
// (which also covers what no table checksum does, such as the search index),
// and every media file's size and SHA-256. The first problem stops it with
// a BackupRefusedError of one line.
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { appliedMigrations, fileDigest, integrityProblems, migrationDifference, tableDigests } from "@/lib/backup/fingerprint";
import { BackupRefusedError, parseBackupManifest, type BackupManifest } from "@/lib/backup/manifest";
import { isVariantName } from "@/lib/media/urls";

export const DATABASE_FILE = "sapo.db";
export const MANIFEST_FILE = "manifest.json";
export const MEDIA_DIR = "media";

/** A regular file of the archive (never a link out of it), or null. */
function regularFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

function list(names: string[], max = 3): string {
  return names.length > max ? `${names.slice(0, max).join(", ")} and ${names.length - max} more` : names.join(", ");
}

function checkMigrations(applied: string[]): void {
  const { foreign, missing } = migrationDifference(applied);
  if (applied.length === 0) throw new BackupRefusedError("the database in the backup has no migration history: not a Sapo database");
  if (foreign.length || missing.length) {
    const parts = [...(foreign.length ? [`migrations this app does not have: ${list(foreign)}`] : []), ...(missing.length ? [`missing this app's ${list(missing)}`] : [])];
    throw new BackupRefusedError(
      `the database in the backup comes from another version of Sapo (${parts.join("; ")}): restore it with the version that made it, then upgrade, or move the content with npm run export and npm run import`,
    );
  }
}

/** Verifies the unpacked backup in `dir`; returns its manifest. */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  if (!regularFile(path.join(dir, MANIFEST_FILE))) throw new BackupRefusedError(`not a Sapo backup: the archive has no ${MANIFEST_FILE}`);
  const manifest = parseBackupManifest(readFileSync(path.join(dir, MANIFEST_FILE), "utf8"));
  const dbFile = path.join(dir, DATABASE_FILE);
  if (!regularFile(dbFile)) throw new BackupRefusedError(`the backup is damaged or incomplete: it has no ${DATABASE_FILE}`);
  // Hashed before SQLite opens the file, so this is the file as it came.
  const digest = await fileDigest(dbFile);

  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(dbFile, { readonly: true, fileMustExist: true });
    const problems = integrityProblems(sqlite);
    if (problems.length) throw new BackupRefusedError(`the database in the backup is damaged: SQLite's integrity check reports ${JSON.stringify(problems[0])}`);
    checkMigrations(appliedMigrations(sqlite));
  } catch (e) {
    if (e instanceof BackupRefusedError) throw e;
    throw new BackupRefusedError(`the database in the backup is damaged: ${(e as Error).message}`);
  } finally {
    sqlite?.close();
  }

  const found = await tableDigests(dbFile);
  const expected = new Map(manifest.tables.map((t) => [t.model, t]));
  const differences: string[] = [];
  for (const t of found.tables) {
    const e = expected.get(t.model);
    if (!e) differences.push(`${t.model}: not in the manifest`);
    else if (e.rows !== t.rows) differences.push(`${t.model}: ${t.rows} rows, the manifest says ${e.rows}`);
    else if (e.sha256 !== t.sha256) differences.push(`${t.model}: checksum differs`);
  }
  for (const model of expected.keys()) if (!found.tables.some((t) => t.model === model)) differences.push(`${model}: not in the database`);
  if (!differences.length && digest.sha256 !== manifest.database.sha256) differences.push(`${DATABASE_FILE}: SHA-256 differs`);
  if (differences.length) {
    throw new BackupRefusedError(`the database does not match its manifest (${list(differences)}): the backup was changed or damaged after it was made`);
  }

  const listed = new Set(manifest.media.map((m) => m.name));
  const unlisted = found.neededMedia.filter((n) => !listed.has(n));
  if (unlisted.length) throw new BackupRefusedError(`the backup is incomplete: media files the articles use are missing (${list(unlisted)})`);
  for (const entry of manifest.media) {
    const file = path.join(dir, MEDIA_DIR, entry.name);
    if (!isVariantName(entry.name) || !regularFile(file)) throw new BackupRefusedError(`the backup is damaged or incomplete: media file ${JSON.stringify(entry.name)} is missing or misnamed`);
    const d = await fileDigest(file);
    if (d.size !== entry.size || d.sha256 !== entry.sha256) throw new BackupRefusedError(`media file ${entry.name} does not match the manifest: the backup was changed or damaged after it was made`);
  }
  return manifest;
}
