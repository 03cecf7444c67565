// `npm run export`: writes every transferred table and every media file of a
// Sapo installation into an archive directory (format in ./format.ts). The
// tables are read in one transaction, so the archive is a consistent
// snapshot even while the newsroom keeps working.
import { mkdir, open, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Prisma } from "@prisma/client";
import { engineOf, type Db } from "@/lib/db/client";
import type { MediaStore } from "@/lib/media/store";
import { parseFormats, parseVariants, variantFileName } from "@/lib/media/urls";
import {
  ARCHIVE_FORMAT,
  ArchiveError,
  encodeRow,
  MANIFEST_FILE,
  MEDIA_DIR,
  sha256,
  TABLES_DIR,
  TableDigest,
  type Manifest,
  type MediaEntry,
  type TableEntry,
} from "@/lib/transfer/format";
import { SKIPPED_MODELS, transferPlan } from "@/lib/transfer/plan";
import { readRows } from "@/lib/transfer/tables";

/** The table whose rows own the media files, and how a row names its files. */
export const MEDIA_MODEL = "Media";

export function mediaFileNames(row: Record<string, unknown>): string[] {
  const fileKey = row.fileKey;
  const variants = row.variants;
  if (typeof fileKey !== "string" || typeof variants !== "string") throw new ArchiveError("Media row without fileKey or variants");
  // Every format the row lists (AVIF since it was added): pages built from
  // the row point at all of them, so an archive without one would be broken.
  const formats = parseFormats(typeof row.formats === "string" ? row.formats : undefined);
  return parseVariants(variants).flatMap((w) => formats.map((format) => variantFileName(fileKey, w, format)));
}

/** Runs `fn` over `items` with at most `limit` at a time (a bucket's latency adds up one by one). */
export async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export type ExportOptions = {
  appVersion?: string;
  /** Rows per read. */
  pageSize?: number;
  /** How long the reading transaction may take, in ms. */
  timeoutMs?: number;
  log?: (line: string) => void;
};

/**
 * Exports into `dir`, which must not exist or be empty. On failure removes
 * what it wrote, so a directory with a manifest is always a whole archive.
 */
export async function exportArchive(db: Db, store: MediaStore, dir: string, options: ExportOptions = {}): Promise<Manifest> {
  const existing = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return [];
    throw e;
  });
  if (existing.length) throw new ArchiveError(`${dir} is not empty: export into a new directory`);
  const plan = transferPlan();
  const log = options.log ?? (() => {});
  await mkdir(path.join(dir, TABLES_DIR), { recursive: true });
  await mkdir(path.join(dir, MEDIA_DIR), { recursive: true });
  try {
    const engine = engineOf(db);
    // A snapshot: SQLite's deferred BEGIN in WAL mode reads one version of the
    // database without blocking writers; PostgreSQL needs REPEATABLE READ for
    // that (READ COMMITTED would see commits between two tables). The SQLite
    // client's types only know Serializable, hence the cast.
    const isolationLevel = (engine === "postgresql" ? "RepeatableRead" : undefined) as Prisma.TransactionIsolationLevel | undefined;
    const { tables, mediaNames } = await db.$transaction(
      async (tx) => {
        const tables: TableEntry[] = [];
        const mediaNames = new Set<string>();
        for (const spec of plan.tables) {
          const file = `${TABLES_DIR}/${spec.model}.jsonl`;
          const handle = await open(path.join(dir, file), "w");
          const digest = new TableDigest(spec);
          try {
            for await (const page of readRows(tx, spec, options.pageSize)) {
              let chunk = "";
              for (const row of page) {
                const line = encodeRow(spec, row);
                digest.add(row, line);
                chunk += line + "\n";
                if (spec.model === MEDIA_MODEL) for (const name of mediaFileNames(row)) mediaNames.add(name);
              }
              await handle.write(chunk);
            }
          } finally {
            await handle.close();
          }
          const { rows, sha256: checksum } = digest.finish();
          tables.push({
            model: spec.model,
            file,
            rows,
            sha256: checksum,
            primaryKey: spec.primaryKey,
            fields: spec.fields.map((f) => ({ name: f.name, type: f.type })),
          });
          log(`${spec.model}: ${rows} rows`);
        }
        return { tables, mediaNames: [...mediaNames].sort() };
      },
      { isolationLevel, timeout: options.timeoutMs ?? 60 * 60_000, maxWait: 60_000 },
    );

    // Files after the snapshot: their names come from it. A file deleted in
    // between (its image removed from the library) shows up as missing.
    const media: MediaEntry[] = [];
    const missing: string[] = [];
    await eachLimited(mediaNames, 8, async (name) => {
      const bytes = await store.get(name);
      if (!bytes) {
        missing.push(name);
        return;
      }
      await writeFile(path.join(dir, MEDIA_DIR, name), bytes);
      media.push({ name, size: bytes.length, sha256: sha256(bytes) });
    });
    if (missing.length) {
      missing.sort();
      const shown = missing.slice(0, 20).join(", ") + (missing.length > 20 ? `, and ${missing.length - 20} more` : "");
      throw new ArchiveError(`${missing.length} media file(s) of the Media table are missing from the ${store.kind} media store: ${shown}`);
    }
    media.sort((a, b) => (a.name < b.name ? -1 : 1));
    log(`media: ${media.length} files`);

    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      appVersion: options.appVersion ?? "unknown",
      exportedAt: new Date().toISOString(),
      sourceEngine: engine,
      tables,
      skipped: Object.fromEntries(plan.skipped.map((m) => [m, SKIPPED_MODELS[m]])),
      media,
    };
    // Written last: its presence marks a finished archive.
    await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
    return manifest;
  } catch (e) {
    await rm(path.join(dir, TABLES_DIR), { recursive: true, force: true });
    await rm(path.join(dir, MEDIA_DIR), { recursive: true, force: true });
    throw e;
  }
}
