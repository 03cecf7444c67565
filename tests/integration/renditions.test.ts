// Crop renditions end to end on the real engines and stores: an upload makes
// every ratio at the right sizes (read back from the store with sharp); a new
// focal point makes a new set under a new renditionKey around that point and
// removes the old files; the action refuses bad input and other people's
// images (lib/media/access.ts); deleting an item removes its renditions. The
// same on an S3 bucket (s3rver in this process). Sessions are stood in for.
import { mkdtempSync } from "node:fs";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import type { MediaStore } from "@/lib/media/store";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.7" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

let t: TestDb;
let local: MediaStore;
let s3: MediaStore;
let s3server: S3rver;
let setFocal: typeof import("@/lib/actions/media/set-focal-point").setFocalPointAction;
const users: Record<"rita" | "mallory" | "editor", CurrentUser> = {} as never;

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  process.env.DATA_DIR = t.dir;
  const { localMediaStore } = await import("@/lib/media/local-store");
  local = localMediaStore(path.join(t.dir, "media"));
  setFocal = (await import("@/lib/actions/media/set-focal-point")).setFocalPointAction;
  for (const [key, role] of [["rita", "REPORTER"], ["mallory", "REPORTER"], ["editor", "EDITOR"]] as const) {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role } });
    users[key] = { id: u.id, email: u.email, displayName: key, role, penName: null, language: "en" };
  }
  s3server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: mkdtempSync(path.join(t.dir, "s3-")), configureBuckets: [{ name: "crops" }] });
  const { port } = await s3server.run();
  const { s3MediaStore } = await import("@/lib/media/s3-store");
  s3 = s3MediaStore({
    bucket: "crops",
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    forcePathStyle: true,
    prefix: "m",
  });
});
afterAll(async () => {
  await s3server?.close();
  await t.db.$disconnect();
});

/** A 2400×1200 grey picture with a red square near its right edge. */
function markedPicture() {
  const square = { input: { create: { width: 160, height: 160, channels: 3 as const, background: { r: 230, g: 20, b: 20 } } }, left: 2100, top: 520 };
  return sharp({ create: { width: 2400, height: 1200, channels: 3, background: { r: 128, g: 128, b: 128 } } })
    .composite([square])
    .png()
    .toBuffer();
}

async function upload(owner: CurrentUser, store: MediaStore) {
  const { acceptUpload } = await import("@/lib/media/upload");
  return acceptUpload(t.db, { bytes: await markedPicture(), name: "marker.png" }, { uploadedById: owner.id, store });
}

async function rowOf(id: string) {
  return t.db.media.findUniqueOrThrow({ where: { id } });
}

/** Every rendition file the row names, with its size as the store holds it (null: missing). */
async function renditionFiles(id: string, store: MediaStore) {
  const { parseRenditions, renditionFileNames } = await import("@/lib/media/renditions");
  const row = await rowOf(id);
  const names = renditionFileNames(row.fileKey, row.renditionKey, parseRenditions(row.renditions));
  return Promise.all(
    names.map(async (name) => {
      const bytes = await store.get(name);
      return { name, meta: bytes ? await sharp(bytes).metadata() : null, bytes };
    }),
  );
}

/** Whether the middle of a stored file, at fraction (fx, fy), is red. */
async function redAt(bytes: Buffer, fx: number, fy: number) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (Math.floor(fy * info.height) * info.width + Math.floor(fx * info.width)) * info.channels;
  return data[i] > 180 && data[i + 1] < 80 && data[i + 2] < 80;
}

describe.each([
  ["local disk", () => local],
  ["S3", () => s3],
])("renditions on %s", (_name, storeOf) => {
  it("are made at upload, every ratio at its widths and exact sizes", async () => {
    const item = await upload(users.rita, storeOf());
    const row = await rowOf(item.id);
    expect(row.renditionKey).toMatch(/^[a-f0-9]{8}$/);
    // Cut from the 1600×800 largest variant: 16:9 is 1422 wide at most, 1:1 is 800.
    expect(JSON.parse(row.renditions)).toEqual({ "16x9": [480, 960, 1422], "4x3": [480, 960], "1x1": [480, 800], og: [1200] });
    const files = await renditionFiles(item.id, storeOf());
    expect(files).toHaveLength(8);
    for (const f of files) {
      expect(f.meta, f.name).not.toBeNull();
      const [, ratio, , width] = /-(16x9|4x3|1x1|og)-([a-f0-9]{8})-(\d+)\./.exec(f.name)!;
      const aspect = { "16x9": 16 / 9, "4x3": 4 / 3, "1x1": 1, og: 1200 / 630 }[ratio]!;
      expect(f.meta!.width).toBe(Number(width));
      expect(f.meta!.height).toBe(Math.round(Number(width) / aspect));
      expect(f.meta!.format).toBe(ratio === "og" ? "jpeg" : "webp");
    }
    const og = files.find((f) => f.name.includes("-og-"))!;
    expect([og.meta!.width, og.meta!.height]).toEqual([1200, 630]);
  });

  it("are made again around a new focal point under a new key, and the old files are removed", async () => {
    const { setFocalAndCrops } = await import("@/lib/media/focal");
    const item = await upload(users.rita, storeOf());
    const before = await renditionFiles(item.id, storeOf());
    const oldKey = (await rowOf(item.id)).renditionKey;
    // Centred, the square's crop does not reach the marker (x 0.875–0.94).
    const centred = before.find((f) => f.name.includes("-1x1-") && f.name.endsWith("-800.webp"))!;
    expect(await redAt(centred.bytes!, 0.5, 0.5)).toBe(false);

    await setFocalAndCrops(t.db, { ...users.rita, ip: null }, item.id, { focalX: 0.9083, focalY: 0.5, crops: {} }, storeOf());
    const row = await rowOf(item.id);
    expect(row.renditionKey).toMatch(/^[a-f0-9]{8}$/);
    expect(row.renditionKey).not.toBe(oldKey);
    expect([row.focalX, row.focalY]).toEqual([0.9083, 0.5]);
    for (const f of before) expect(await storeOf().get(f.name), f.name).toBeNull();
    const after = await renditionFiles(item.id, storeOf());
    expect(after.every((f) => f.meta)).toBe(true);
    // The square crop is pushed against the right edge: the marker is at about 0.84 of its width.
    const square = after.find((f) => f.name.includes("-1x1-") && f.name.endsWith("-800.webp"))!;
    expect(await redAt(square.bytes!, 0.84, 0.5)).toBe(true);
    const og = after.find((f) => f.name.includes("-og-"))!;
    expect(await redAt(og.bytes!, 0.9, 0.5)).toBe(true);
    const event = await t.db.auditEvent.findFirst({ where: { action: "media.cropped", targetId: item.id } });
    expect(event?.actorId).toBe(users.rita.id);
  });

  it("follow a hand crop for its ratio", async () => {
    const { setFocalAndCrops } = await import("@/lib/media/focal");
    const item = await upload(users.rita, storeOf());
    // The left quarter, 4:3: 600×450 of 2400×1200.
    const crop = { x: 0, y: 0, w: 0.25, h: 0.375 };
    await setFocalAndCrops(t.db, { ...users.rita, ip: null }, item.id, { focalX: null, focalY: null, crops: { "4x3": crop } }, storeOf());
    const row = await rowOf(item.id);
    expect(JSON.parse(row.crops)).toEqual({ "4x3": crop });
    // 600 px of the original is 400 px of the 1600 px source: 480 is not reached.
    expect(JSON.parse(row.renditions)["4x3"]).toEqual([400]);
  });

  it("are made by the backfill for an image without them, once", async () => {
    const { makeMissingRenditions } = await import("@/lib/media/focal");
    const item = await upload(users.rita, storeOf());
    // As an image stored before crops existed: no renditions, but a focal point.
    for (const f of await renditionFiles(item.id, storeOf())) await storeOf().delete(f.name);
    await t.db.media.update({ where: { id: item.id }, data: { renditionKey: "", renditions: "{}", focalX: 0.9083, focalY: 0.5 } });
    expect(await makeMissingRenditions(t.db, item.id, storeOf())).toBe(true);
    const row = await rowOf(item.id);
    expect(row.renditionKey).toMatch(/^[a-f0-9]{8}$/);
    const files = await renditionFiles(item.id, storeOf());
    expect(files).toHaveLength(8);
    const og = files.find((f) => f.name.includes("-og-"))!;
    expect(await redAt(og.bytes!, 0.9, 0.5)).toBe(true);
    // Run again: nothing to do, the same set stays.
    expect(await makeMissingRenditions(t.db, item.id, storeOf())).toBe(false);
    expect((await rowOf(item.id)).renditionKey).toBe(row.renditionKey);
  });

  it("are deleted with their item", async () => {
    const { deleteMediaIfUnused } = await import("@/lib/media/delete");
    const item = await upload(users.rita, storeOf());
    const files = await renditionFiles(item.id, storeOf());
    await deleteMediaIfUnused(t.db, { ...users.rita, ip: null }, item.id, storeOf());
    for (const f of files) expect(await storeOf().get(f.name), f.name).toBeNull();
  });
});

describe("the focal point action", () => {
  const en = (key: string, values?: Record<string, string>) => messageFor("en", key, values);

  it("sets the point for the uploader and the desk, audited with the address", async () => {
    const item = await upload(users.rita, local);
    currentUser = users.rita;
    const mine = await setFocal({ id: item.id, focalX: 0.25, focalY: 0.75, crops: {} });
    expect(mine.ok).toBe(true);
    currentUser = users.editor;
    expect((await setFocal({ id: item.id, focalX: 0.5, focalY: 0.5 })).ok).toBe(true);
    const events = await t.db.auditEvent.findMany({ where: { action: "media.cropped", targetId: item.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.actorId, e.ip])).toEqual([
      [users.rita.id, "203.0.113.7"],
      [users.editor.id, "203.0.113.7"],
    ]);
  });

  it("refuses another reporter's image and leaves it as it was", async () => {
    const item = await upload(users.rita, local);
    const before = await rowOf(item.id);
    currentUser = users.mallory;
    const result = await setFocal({ id: item.id, focalX: 0.1, focalY: 0.1 });
    expect(result).toMatchObject({ ok: false, error: en("media.errors.notYours") });
    const after = await rowOf(item.id);
    expect([after.focalX, after.renditionKey]).toEqual([before.focalX, before.renditionKey]);
  });

  it("refuses points outside the picture, half points, and crops that do not fit", async () => {
    const item = await upload(users.rita, local);
    const keyBefore = (await rowOf(item.id)).renditionKey;
    currentUser = users.rita;
    expect(await setFocal({ id: item.id, focalX: 1.5, focalY: 0.5 })).toMatchObject({ ok: false, fieldErrors: { focalX: [en("media.focal.errors.pointOutside")] } });
    expect((await setFocal({ id: item.id, focalX: 0.5, focalY: null })).ok).toBe(false);
    expect((await setFocal({ id: item.id, focalX: 0.5, focalY: 0.5, crops: { "21x9": { x: 0, y: 0, w: 1, h: 1 } } } as never)).ok).toBe(false);
    // Of a 2:1 picture, w 0.5 × h 0.5 is 2:1, not 4:3.
    const wrongShape = await setFocal({ id: item.id, focalX: 0.5, focalY: 0.5, crops: { "4x3": { x: 0, y: 0, w: 0.5, h: 0.5 } } });
    expect(wrongShape).toMatchObject({ ok: false, error: en("media.focal.errors.ratio", { ratio: "4:3" }) });
    const outside = await setFocal({ id: item.id, focalX: 0.5, focalY: 0.5, crops: { "1x1": { x: 0.9, y: 0, w: 0.5, h: 1 } } });
    expect(outside).toMatchObject({ ok: false, error: en("media.focal.errors.outside", { ratio: "1:1" }) });
    expect((await rowOf(item.id)).renditionKey).toBe(keyBefore);
    currentUser = null;
    expect((await setFocal({ id: item.id, focalX: 0.5, focalY: 0.5 })).ok).toBe(false);
  });
});
