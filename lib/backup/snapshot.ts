// Backups of a whole installation: the SQLite database, copied with SQLite's
// online backup API (consistent while the app keeps writing), and the media
// files it refers to, packed with a manifest into one .tar.gz. Media on local
// disk only: with MEDIA_STORAGE=s3 both directions refuse (see refuseBucketMedia).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { readMediaConfig } from "@/lib/config/env";

export type Manifest = {
  format: "sapo-backup-1";
  createdAt: string;
  counts: Record<string, number>;
  mediaFiles: string[];
};

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
    const source = new Database(options.databaseFile, { fileMustExist: true, timeout: 5000 });
    try {
      await source.backup(path.join(work, "sapo.db"));
    } finally {
      source.close();
    }
    // Count and list from the copy, so the manifest describes exactly what is in it.
    const copy = new Database(path.join(work, "sapo.db"), { readonly: true });
    const counts: Record<string, number> = {};
    for (const table of COUNTED) counts[table] = (copy.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const media = copy.prepare(`SELECT "fileKey", "variants" FROM "Media"`).all() as { fileKey: string; variants: string }[];
    copy.close();
    const mediaFiles = media.flatMap((m) => m.variants.split(",").map((w) => `${m.fileKey}-${w}.webp`));
    mkdirSync(path.join(work, "media"));
    for (const name of mediaFiles) {
      const from = path.join(options.mediaDir, name);
      if (!existsSync(from)) throw new Error(`Media file missing: ${from}`);
      copyFileSync(from, path.join(work, "media", name));
    }
    const manifest: Manifest = { format: "sapo-backup-1", createdAt: new Date().toISOString(), counts, mediaFiles };
    writeFileSync(path.join(work, "manifest.json"), JSON.stringify(manifest, null, 2));
    mkdirSync(path.dirname(path.resolve(options.outFile)), { recursive: true });
    tar(["-czf", path.resolve(options.outFile), "-C", work, "manifest.json", "sapo.db", "media"]);
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Restores a backup into an installation that has no database yet. */
export function restoreBackup(options: { file: string; databaseFile: string; mediaDir: string }): Manifest {
  refuseBucketMedia("restore");
  if (existsSync(options.databaseFile)) {
    throw new Error(`${options.databaseFile} exists: restore only into an empty installation (move the old one away first)`);
  }
  const work = mkdtempSync(path.join(tmpdir(), "sapo-restore-"));
  try {
    tar(["-xzf", path.resolve(options.file), "-C", work]);
    const manifest = JSON.parse(readFileSync(path.join(work, "manifest.json"), "utf8")) as Manifest;
    if (manifest.format !== "sapo-backup-1") throw new Error("Not a Sapo backup");
    mkdirSync(options.mediaDir, { recursive: true });
    for (const name of readdirSync(path.join(work, "media"))) copyFileSync(path.join(work, "media", name), path.join(options.mediaDir, name));
    mkdirSync(path.dirname(options.databaseFile), { recursive: true });
    copyFileSync(path.join(work, "sapo.db"), options.databaseFile);
    return manifest;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
