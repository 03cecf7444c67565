// `npm run import`: loads an archive made by `npm run export` into an empty,
// migrated installation (any engine), in this order:
//   1. check the archive against its manifest (counts, checksums, media
//      hashes) and the target's data model: nothing is written on a mismatch;
//   2. write the media files to the target's store and read them back;
//   3. in one transaction: insert the tables (referenced ones first), re-read
//      every table from the target and compare counts and checksums with the
//      manifest, rebuild the search index. Any mismatch rolls it all back.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Db, Tx } from "@/lib/db/client";
import type { MediaStore } from "@/lib/media/store";
import { rebuildSearchIndex } from "@/lib/search";
import { eachLimited, MEDIA_MODEL, mediaFileNames } from "@/lib/transfer/export";
import {
  ArchiveError,
  decodeRow,
  encodeRow,
  MANIFEST_FILE,
  MEDIA_DIR,
  parseManifest,
  sha256,
  TableDigest,
  type Manifest,
  type TableSpec,
} from "@/lib/transfer/format";
import { transferPlan, type TransferPlan } from "@/lib/transfer/plan";
import { delegate, digestTable } from "@/lib/transfer/tables";

/** One line of the check: a table (or the media files) in the archive against the target. */
export type Check = { what: string; expected: number; actual: number; ok: boolean; note?: string };

export class TransferMismatchError extends Error {
  constructor(
    message: string,
    readonly checks: Check[],
  ) {
    super(message);
  }
}

export class TargetNotEmptyError extends Error {}

export type ImportOptions = {
  /** Delete everything in the target first (in the same transaction as the import). */
  replace?: boolean;
  /** Rows per createMany. */
  batchSize?: number;
  /** How long the import transaction may take, in ms. */
  timeoutMs?: number;
  log?: (line: string) => void;
};

export type ImportReport = { manifest: Manifest; checks: Check[]; searchIndexed: number; replaced: boolean };

export async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), "utf8");
  } catch {
    throw new ArchiveError(`${dir} has no ${MANIFEST_FILE}: not an export archive, or its export did not finish`);
  }
  return parseManifest(text);
}

/** The archive must carry exactly this installation's tables and columns. */
function checkSameModel(plan: TransferPlan, manifest: Manifest): void {
  const problems: string[] = [];
  const archived = new Map(manifest.tables.map((t) => [t.model, t]));
  for (const spec of plan.tables) {
    const t = archived.get(spec.model);
    if (!t) {
      problems.push(`no table ${spec.model}`);
      continue;
    }
    const theirs = new Map(t.fields.map((f) => [f.name, f.type]));
    for (const f of spec.fields) {
      if (!theirs.has(f.name)) problems.push(`${spec.model}.${f.name} missing`);
      else if (theirs.get(f.name) !== f.type) problems.push(`${spec.model}.${f.name} is ${theirs.get(f.name)}, here ${f.type}`);
    }
    for (const name of theirs.keys()) if (!spec.fields.some((f) => f.name === name)) problems.push(`${spec.model}.${name} unknown here`);
    if (t.primaryKey.join(",") !== spec.primaryKey.join(",")) problems.push(`${spec.model} has another primary key`);
  }
  for (const t of manifest.tables) if (!plan.tables.some((s) => s.model === t.model)) problems.push(`table ${t.model} unknown here`);
  if (problems.length) {
    throw new ArchiveError(
      `The archive (Sapo ${manifest.appVersion}) has another data model than this installation: ${problems.slice(0, 10).join("; ")}. ` +
        "Bring both installations to the same Sapo version (and run npm run db:migrate) before moving data.",
    );
  }
}

/** The rows of a table file, decoded, with the file and line in any error. */
async function* archiveRows(dir: string, spec: TableSpec): AsyncGenerator<{ row: Record<string, unknown>; size: number }> {
  const file = path.join(dir, "tables", `${spec.model}.jsonl`);
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line === "") continue;
      try {
        yield { row: decodeRow(spec, line), size: line.length };
      } catch (e) {
        throw new ArchiveError(`tables/${spec.model}.jsonl line ${n}: ${(e as Error).message}`);
      }
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new ArchiveError(`the archive has no tables/${spec.model}.jsonl`);
    throw e;
  } finally {
    lines.close();
  }
}

function compare(what: string, expected: { rows: number; sha256: string }, actual: { rows: number; sha256: string }): Check {
  const ok = expected.rows === actual.rows && expected.sha256 === actual.sha256;
  return { what, expected: expected.rows, actual: actual.rows, ok, note: ok || expected.rows !== actual.rows ? undefined : "checksum differs" };
}

/** Step 1: the archive against its own manifest. Returns a check per table and one for the media. */
export async function verifyArchive(dir: string, manifest: Manifest, plan: TransferPlan): Promise<Check[]> {
  const byModel = new Map(manifest.tables.map((t) => [t.model, t]));
  const checks: Check[] = [];
  const neededMedia = new Set<string>();
  for (const spec of plan.tables) {
    const digest = new TableDigest(spec);
    // Re-encoded, not hashed as read: what counts is the values the import
    // will insert, not the bytes of the line.
    for await (const { row } of archiveRows(dir, spec)) {
      digest.add(row, encodeRow(spec, row));
      if (spec.model === MEDIA_MODEL) for (const name of mediaFileNames(row)) neededMedia.add(name);
    }
    checks.push(compare(spec.model, byModel.get(spec.model)!, digest.finish()));
  }
  let good = 0;
  const bad: string[] = [];
  await eachLimited(manifest.media, 8, async (entry) => {
    const bytes = await readFile(path.join(dir, MEDIA_DIR, entry.name)).catch(() => null);
    if (bytes && bytes.length === entry.size && sha256(bytes) === entry.sha256) good++;
    else bad.push(entry.name);
  });
  const listed = new Set(manifest.media.map((m) => m.name));
  const unlisted = [...neededMedia].filter((n) => !listed.has(n));
  const notes = [...(bad.length ? [`differ: ${bad.sort().slice(0, 5).join(", ")}`] : []), ...(unlisted.length ? [`not in the archive: ${unlisted.slice(0, 5).join(", ")}`] : [])];
  checks.push({ what: "media files", expected: manifest.media.length, actual: good, ok: notes.length === 0, note: notes.join("; ") || undefined });
  return checks;
}

/** Rows in the target, per model that has any (transferred and skipped models alike). */
async function existingRows(db: Tx, plan: TransferPlan): Promise<string[]> {
  const found: string[] = [];
  for (const model of [...plan.skipped, ...plan.tables.map((t) => t.model)]) {
    const n = await delegate(db, model)
      .count()
      .catch((e: { code?: string }) => {
        // P2021: the table does not exist.
        if (e.code === "P2021") throw new Error(`The target database has no ${model} table: run npm run db:migrate on it first`);
        throw e;
      });
    if (n > 0) found.push(`${n} ${model}`);
  }
  return found;
}

function notEmpty(found: string[]): TargetNotEmptyError {
  return new TargetNotEmptyError(
    `The target database is not empty (${found.join(", ")}). Import only into a new, migrated database: ` +
      "point DATABASE_URL at a new one and run `npm run db:migrate` (not `npm start`, which creates an admin and demo content). " +
      "Or pass --replace to delete everything in the target first.",
  );
}

async function insertTable(tx: Tx, dir: string, spec: TableSpec, batchSize: number): Promise<number> {
  const d = delegate(tx, spec.model);
  let batch: Record<string, unknown>[] = [];
  let bytes = 0;
  let inserted = 0;
  const flush = async () => {
    if (batch.length) inserted += (await d.createMany({ data: batch })).count;
    batch = [];
    bytes = 0;
  };
  for await (const { row, size } of archiveRows(dir, spec)) {
    batch.push(row);
    bytes += size;
    // Revisions carry whole article bodies: cap a batch by size as well.
    if (batch.length >= batchSize || bytes >= 8_000_000) await flush();
  }
  await flush();
  return inserted;
}

/** Imports the archive in `dir` into `db` and the media store `store`. Throws on any mismatch. */
export async function importArchive(db: Db, store: MediaStore, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  const log = options.log ?? (() => {});
  const manifest = await readManifest(dir);
  const plan = transferPlan();
  checkSameModel(plan, manifest);

  const archiveChecks = await verifyArchive(dir, manifest, plan);
  if (archiveChecks.some((c) => !c.ok)) {
    throw new TransferMismatchError("The archive does not match its manifest (damaged or edited); nothing was imported.", archiveChecks);
  }
  log("archive: counts and checksums match its manifest");

  const found = await existingRows(db, plan);
  if (found.length && !options.replace) throw notEmpty(found);

  // Media before rows: if the transaction fails, what is left is unused files,
  // never rows pointing at files that are not there.
  const badMedia: string[] = [];
  await eachLimited(manifest.media, 8, async (entry) => {
    const bytes = await readFile(path.join(dir, MEDIA_DIR, entry.name));
    if (sha256(bytes) !== entry.sha256) throw new ArchiveError(`media/${entry.name} changed while importing`);
    await store.put(entry.name, bytes, "image/webp");
    const back = await store.get(entry.name);
    if (!back || sha256(back) !== entry.sha256) badMedia.push(entry.name);
  });
  const mediaCheck: Check = {
    what: "media files",
    expected: manifest.media.length,
    actual: manifest.media.length - badMedia.length,
    ok: badMedia.length === 0,
    note: badMedia.length ? `read back differently: ${badMedia.sort().slice(0, 5).join(", ")}` : undefined,
  };
  if (!mediaCheck.ok) {
    throw new TransferMismatchError(`The ${store.kind} media store did not keep the files as written; no rows were imported.`, [mediaCheck]);
  }
  log(`media: ${manifest.media.length} files written to the ${store.kind} store`);

  const byModel = new Map(manifest.tables.map((t) => [t.model, t]));
  const { checks, searchIndexed } = await db.$transaction(
    async (tx) => {
      if (options.replace) {
        // Skipped models first: they reference the others. Then children before parents.
        for (const model of [...plan.skipped, ...plan.tables.map((t) => t.model).reverse()]) await delegate(tx, model).deleteMany();
      } else {
        const now = await existingRows(tx, plan);
        if (now.length) throw notEmpty(now);
      }
      for (const spec of plan.tables) {
        const n = await insertTable(tx, dir, spec, options.batchSize ?? 500);
        log(`${spec.model}: ${n} rows inserted`);
      }
      // Read back through the target engine: proves what it stored, not what we sent.
      const checks: Check[] = [];
      for (const spec of plan.tables) checks.push(compare(spec.model, byModel.get(spec.model)!, await digestTable(tx, spec)));
      checks.push(mediaCheck);
      if (checks.some((c) => !c.ok)) {
        throw new TransferMismatchError("The target database does not hold what the archive holds; the import was rolled back.", checks);
      }
      return { checks, searchIndexed: await rebuildSearchIndex(tx) };
    },
    { timeout: options.timeoutMs ?? 60 * 60_000, maxWait: 60_000 },
  );
  return { manifest, checks, searchIndexed, replaced: Boolean(options.replace && found.length) };
}

/** The checks as a table for the terminal: what the manifest says against what was found. */
export function formatChecks(checks: Check[]): string {
  const width = Math.max(5, ...checks.map((c) => c.what.length));
  const lines = [`${"table".padEnd(width)}  ${"manifest".padStart(8)}  ${"found".padStart(8)}  check`];
  for (const c of checks) {
    lines.push(`${c.what.padEnd(width)}  ${String(c.expected).padStart(8)}  ${String(c.actual).padStart(8)}  ${c.ok ? "ok" : "MISMATCH"}${c.note ? ` (${c.note})` : ""}`);
  }
  return lines.join("\n");
}
