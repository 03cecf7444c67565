// Who may change or delete an image, through the server actions as an
// attacker would call them: reporters their own uploads only, the desk
// anyone's. An image that only a published article's pending update uses is
// in use. A delete whose audit entry cannot be written does not happen. The
// session is stood in for (each call runs as `currentUser`), and the audit
// writer can be made to fail; the database is real.
import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let currentUser: CurrentUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => currentUser }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/** When set, writing an audit event throws, as a database refusing the insert would. */
let failAudit = false;
vi.mock("@/lib/audit/record", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/audit/record")>();
  return {
    ...real,
    recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
      if (failAudit) throw new Error("audit log unavailable");
      return real.recordAudit(...args);
    },
  };
});

let t: TestDb;
let mediaFiles: string;
let actions: {
  update: typeof import("@/lib/actions/media/update-media").updateMediaAction;
  remove: typeof import("@/lib/actions/media/delete-media").deleteMediaAction;
};
const users: Record<"rita" | "mallory" | "editor", CurrentUser> = {} as never;
let sectionId: string;

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported, and the local
  // media store lives under DATA_DIR: point both at this test's own.
  process.env.DATABASE_URL = t.url;
  process.env.DATA_DIR = t.dir;
  mediaFiles = path.join(t.dir, "media");
  actions = {
    update: (await import("@/lib/actions/media/update-media")).updateMediaAction,
    remove: (await import("@/lib/actions/media/delete-media")).deleteMediaAction,
  };
  sectionId = (await t.db.section.create({ data: { name: "S", slug: "s" } })).id;
  for (const [key, role] of [["rita", "REPORTER"], ["mallory", "REPORTER"], ["editor", "EDITOR"]] as const) {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role } });
    users[key] = { id: u.id, email: u.email, displayName: key, role, penName: null, language: "en" };
  }
});
afterAll(() => t.db.$disconnect());
beforeEach(() => {
  failAudit = false;
});

const en = (key: string) => messageFor("en", key);

/** A new image uploaded by `owner` (null: an uploader whose account is gone). */
async function imageOf(owner: CurrentUser | null, name = "photo.png") {
  const { acceptUpload } = await import("@/lib/media/upload");
  const { localMediaStore } = await import("@/lib/media/local-store");
  const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 200, g: 90, b: 20 } } }).png().toBuffer();
  return acceptUpload(t.db, { bytes: png, name }, { uploadedById: owner?.id ?? null, store: localMediaStore(mediaFiles), caption: "Original" });
}

async function filesOf(mediaId: string) {
  const { variantFileName } = await import("@/lib/media/urls");
  const row = await t.db.media.findUniqueOrThrow({ where: { id: mediaId } });
  return row.variants.split(",").map((w) => path.join(mediaFiles, variantFileName(row.fileKey, Number(w))));
}

const texts = (id: string) => ({ id, alt: "Defaced", caption: "Defaced", credit: "Defaced" });
const captionOf = async (id: string) => (await t.db.media.findUnique({ where: { id } }))?.caption;

describe("who may change and delete an image", () => {
  it("a reporter can neither edit nor delete another reporter's image", async () => {
    const image = await imageOf(users.rita);
    const files = await filesOf(image.id);
    currentUser = users.mallory;
    expect(await actions.update(texts(image.id))).toMatchObject({ ok: false, error: en("media.errors.notYours") });
    expect(await captionOf(image.id)).toBe("Original");
    expect(await actions.remove({ id: image.id })).toMatchObject({ ok: false, error: en("media.errors.notYours") });
    expect(await captionOf(image.id)).toBe("Original");
    expect(files.every((f) => existsSync(f))).toBe(true);
    expect(await t.db.auditEvent.count({ where: { targetId: image.id } })).toBe(0);
  });

  it("a reporter can edit and delete their own image, audited with their address", async () => {
    const image = await imageOf(users.rita);
    const files = await filesOf(image.id);
    currentUser = users.rita;
    expect(await actions.update({ ...texts(image.id), caption: "Market at dawn" })).toMatchObject({ ok: true });
    expect(await captionOf(image.id)).toBe("Market at dawn");
    expect(await actions.remove({ id: image.id })).toMatchObject({ ok: true });
    expect(await t.db.media.findUnique({ where: { id: image.id } })).toBeNull();
    expect(files.some((f) => existsSync(f))).toBe(false);
    const events = await t.db.auditEvent.findMany({ where: { targetId: image.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.ip])).toEqual([
      ["media.updated", users.rita.id, "203.0.113.9"],
      ["media.deleted", users.rita.id, "203.0.113.9"],
    ]);
  });

  it("an editor can edit and delete anyone's image, even one whose uploader is gone", async () => {
    for (const owner of [users.rita, null]) {
      const image = await imageOf(owner);
      currentUser = users.mallory;
      expect(await actions.update(texts(image.id)), "reporter, not theirs").toMatchObject({ ok: false });
      currentUser = users.editor;
      expect(await actions.update({ ...texts(image.id), caption: "Checked by the desk" })).toMatchObject({ ok: true });
      expect(await captionOf(image.id)).toBe("Checked by the desk");
      expect(await actions.remove({ id: image.id })).toMatchObject({ ok: true });
      expect(await t.db.media.findUnique({ where: { id: image.id } })).toBeNull();
    }
  });

  it("without a session nothing happens", async () => {
    const image = await imageOf(users.rita);
    currentUser = null;
    expect(await actions.update(texts(image.id))).toMatchObject({ ok: false });
    expect(await actions.remove({ id: image.id })).toMatchObject({ ok: false });
    expect(await captionOf(image.id)).toBe("Original");
  });
});

describe("an image used only by a pending update", () => {
  /** A published article of Rita's whose pending update (not yet live) uses `use`. */
  async function pendingUpdateUsing(use: { figure?: Awaited<ReturnType<typeof imageOf>>; coverMediaId?: string }) {
    const { createArticle, saveArticle } = await import("@/lib/articles/editing");
    const { loadEditorArticle } = await import("@/lib/articles/article-state");
    const id = await createArticle(t.db, users.rita, { sectionId, title: "Live story" });
    await t.db.article.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const { id: _id, version, status: _s, updatedAt: _u, hasPendingChanges: _h, reviewNote: _r, ...fields } = (await loadEditorArticle(t.db, id))!;
    const body = use.figure
      ? { type: "doc", content: [{ type: "figure", attrs: { src: use.figure.src, mediaId: use.figure.id, alt: "", caption: "", credit: "" } }] }
      : fields.body;
    const saved = await saveArticle(t.db, users.editor, { ...fields, body, coverMediaId: use.coverMediaId ?? null, articleId: id, baseVersion: version });
    expect(saved.kind).toBe("saved");
    const row = await t.db.article.findUniqueOrThrow({ where: { id }, select: { pendingJson: true, coverMediaId: true } });
    expect(row.pendingJson).not.toBeNull();
    expect(row.coverMediaId).toBeNull();
    return id;
  }

  it("is in use as a figure of the pending body: counted, and refused deletion", async () => {
    const image = await imageOf(users.editor);
    await pendingUpdateUsing({ figure: image });
    expect(await t.db.articleMedia.count({ where: { mediaId: image.id } })).toBe(0);
    const { mediaUsage } = await import("@/lib/media/usage");
    expect(await mediaUsage(t.db, image.id)).toBe(1);
    currentUser = users.editor;
    const result = await actions.remove({ id: image.id });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/used by 1 article/);
    expect(await t.db.media.findUnique({ where: { id: image.id } })).not.toBeNull();
    expect((await filesOf(image.id)).every((f) => existsSync(f))).toBe(true);
  });

  it("is in use as the pending cover: counted by the library, and refused deletion", async () => {
    const image = await imageOf(users.editor, "pending-cover.png");
    await pendingUpdateUsing({ coverMediaId: image.id });
    const { listMedia } = await import("@/lib/media/queries");
    expect((await listMedia({ q: "pending-cover.png" }, t.db)).items.map((i) => [i.id, i.usage])).toEqual([[image.id, 1]]);
    currentUser = users.editor;
    expect(await actions.remove({ id: image.id })).toMatchObject({ ok: false });
    expect(await t.db.media.findUnique({ where: { id: image.id } })).not.toBeNull();
  });

  it("is free again once the pending update no longer uses it", async () => {
    const image = await imageOf(users.editor);
    const article = await pendingUpdateUsing({ figure: image });
    await t.db.article.update({ where: { id: article }, data: { pendingJson: null } });
    currentUser = users.editor;
    expect(await actions.remove({ id: image.id })).toMatchObject({ ok: true });
  });
});

describe("a delete and its audit entry are one", () => {
  it("when the audit entry cannot be written, the image and its files stay", async () => {
    const image = await imageOf(users.rita);
    const files = await filesOf(image.id);
    currentUser = users.rita;
    failAudit = true;
    await expect(actions.remove({ id: image.id })).rejects.toThrow("audit log unavailable");
    expect(await t.db.media.findUnique({ where: { id: image.id } })).not.toBeNull();
    expect(files.every((f) => existsSync(f))).toBe(true);
    failAudit = false;
    expect(await actions.remove({ id: image.id })).toMatchObject({ ok: true });
    expect(files.some((f) => existsSync(f))).toBe(false);
  });
});
