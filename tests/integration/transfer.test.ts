// npm run export / npm run import between two installations on the test
// engine (SQLite unless the run is set to PostgreSQL): a whole
// newsroom comes across and is checked, and a damaged archive, a lossy target
// or a non-empty target is refused with the target left as it was.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cp, readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { localMediaStore } from "@/lib/media/local-store";
import type { MediaStore } from "@/lib/media/store";
import { exportArchive } from "@/lib/transfer/export";
import { MANIFEST_FILE, type Manifest } from "@/lib/transfer/format";
import { formatChecks, importArchive, TargetNotEmptyError, TransferMismatchError } from "@/lib/transfer/import";
import { freshDatabase, type TestDb } from "@/tests/support/db";
import { checkRoundTrip, countRows, seedTransferSource, type Seeded } from "@/tests/support/transfer-roundtrip";

let source: TestDb;
let sourceStore: MediaStore;
let seeded: Seeded;
/** One export of the source, copied by each test that damages it. */
let archive: string;
const opened: TestDb[] = [];

type Target = TestDb & { mediaDir: string; store: MediaStore };

async function target(): Promise<Target> {
  const t = await freshDatabase();
  opened.push(t);
  return { ...t, mediaDir: path.join(t.dir, "media"), store: localMediaStore(path.join(t.dir, "media")) };
}

async function copyOfArchive(name: string): Promise<string> {
  const dir = path.join(source.dir, name);
  await cp(archive, dir, { recursive: true });
  return dir;
}

/** Every transferred table is empty and no media file was written. */
async function expectUntouched(t: Target, { mediaWritten = false } = {}) {
  expect(Object.values(await countRows(t.db)).every((n) => n === 0)).toBe(true);
  const files = await readdir(t.mediaDir).catch(() => []);
  if (!mediaWritten) expect(files).toEqual([]);
}

beforeAll(async () => {
  source = await freshDatabase();
  sourceStore = localMediaStore(path.join(source.dir, "media"));
  seeded = await seedTransferSource(source.db, sourceStore);
  archive = path.join(source.dir, "archive");
  await exportArchive(source.db, sourceStore, archive, { appVersion: "test" });
});
afterAll(async () => {
  await source.db.$disconnect();
  for (const t of opened) await t.db.$disconnect();
});

describe("export and import", () => {
  it("moves all content, users, media and revisions, and the counts and checksums match", async () => {
    const t = await target();
    const started = Date.now();
    const { manifest, report } = await checkRoundTrip({ db: source.db, store: sourceStore }, t, path.join(source.dir, "round-trip"), seeded);
    console.log(`${formatChecks(report.checks)}\nexport + import + checks of the demo content: ${Date.now() - started} ms`);
    expect(manifest.sourceEngine).toBe(source.engine);
    // The archive is plain files: one line per row, one file per image.
    const users = readFileSync(path.join(source.dir, "round-trip", "tables", "User.jsonl"), "utf8").trim().split("\n");
    expect(users).toHaveLength(manifest.tables.find((x) => x.model === "User")!.rows);
    expect(JSON.parse(users[0])).toHaveProperty("passwordHash");
    expect(readdirSync(path.join(source.dir, "round-trip", "media"))).toHaveLength(manifest.media.length);
  });

  it("refuses an archive with one edited row, and writes nothing", async () => {
    const dir = await copyOfArchive("edited-row");
    const file = path.join(dir, "tables", "Article.jsonl");
    const lines = readFileSync(file, "utf8").split("\n");
    const row = JSON.parse(lines[3]);
    row.title += "!";
    lines[3] = JSON.stringify(row);
    writeFileSync(file, lines.join("\n"));
    const t = await target();
    const failure = await importArchive(t.db, t.store, dir).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TransferMismatchError);
    const checks = (failure as TransferMismatchError).checks;
    expect(checks.filter((c) => !c.ok)).toEqual([expect.objectContaining({ what: "Article", note: "checksum differs" })]);
    expect(formatChecks(checks)).toMatch(/^Article +\d+ +\d+ +MISMATCH \(checksum differs\)$/m);
    await expectUntouched(t);
  });

  it("refuses an archive with a missing row or a damaged image, and writes nothing", async () => {
    const dir = await copyOfArchive("damaged");
    const revisions = path.join(dir, "tables", "Revision.jsonl");
    writeFileSync(revisions, readFileSync(revisions, "utf8").split("\n").slice(1).join("\n"));
    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), "utf8")) as Manifest;
    const image = path.join(dir, "media", manifest.media[0].name);
    const bytes = readFileSync(image);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(image, bytes);
    const t = await target();
    const failure = (await importArchive(t.db, t.store, dir).catch((e: unknown) => e)) as TransferMismatchError;
    expect(failure).toBeInstanceOf(TransferMismatchError);
    const bad = failure.checks.filter((c) => !c.ok);
    expect(bad.map((c) => c.what)).toEqual(["Revision", "media files"]);
    expect(bad[0].actual).toBe(bad[0].expected - 1);
    expect(bad[1].note).toContain(manifest.media[0].name);
    await expectUntouched(t);
  });

  it("rolls the whole import back when the target stores something else than it was given", async () => {
    const t = await target();
    // A target that changes a value on the way in, as a lossy engine would.
    const lossy = t.db.$extends({
      query: {
        correction: {
          createMany({ args, query }) {
            const data = Array.isArray(args.data) ? args.data : [args.data];
            return query({ ...args, data: data.map((row, i) => (i === 0 ? { ...row, text: `${row.text} ` } : row)) });
          },
        },
      },
    }) as unknown as Db;
    const failure = (await importArchive(lossy, t.store, archive).catch((e: unknown) => e)) as TransferMismatchError;
    expect(failure).toBeInstanceOf(TransferMismatchError);
    expect(failure.message).toMatch(/rolled back/);
    expect(failure.checks.filter((c) => !c.ok).map((c) => c.what)).toEqual(["Correction"]);
    // Rows: none. Media files were written before the transaction and stay (unused).
    await expectUntouched(t, { mediaWritten: true });
  });

  it("refuses a target that already has data unless told to replace it", async () => {
    const t = await target();
    await t.db.user.create({ data: { email: "first@example.com", displayName: "First admin", role: "ADMIN" } });
    const refusal = await importArchive(t.db, t.store, archive).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TargetNotEmptyError);
    expect((refusal as Error).message).toMatch(/not empty \(1 User\).*--replace/);
    expect(await t.db.user.count()).toBe(1);

    const report = await importArchive(t.db, t.store, archive, { replace: true });
    expect(report.replaced).toBe(true);
    expect(report.checks.every((c) => c.ok)).toBe(true);
    expect(await t.db.user.findUnique({ where: { email: "first@example.com" } })).toBeNull();
    expect(await countRows(t.db)).toEqual(await countRows(source.db));
  });

  it("refuses to export when an image file is missing, naming it, and leaves no archive", async () => {
    const media = await source.db.media.findFirstOrThrow();
    const gone = `${media.fileKey}-${media.variants.split(",")[0]}.webp`;
    const holey: MediaStore = { ...sourceStore, get: async (name) => (name === gone ? null : sourceStore.get(name)) };
    const dir = path.join(source.dir, "holey");
    await expect(exportArchive(source.db, holey, dir)).rejects.toThrow(new RegExp(`1 media file\\(s\\).*missing.*${gone}`));
    expect(readdirSync(dir)).toEqual([]);
    await expect(exportArchive(source.db, sourceStore, archive)).rejects.toThrow(/not empty/);
  });
});
