// Article and media server actions called through the action wrapper
// (lib/actions/action.ts) as their pages call them: creating an article,
// scheduled unpublishing, and the media library's search, text changes and deletion.
// Each is called once by someone allowed (it happens, and the database shows
// it) and by someone refused (the database is unchanged). Only the session,
// the request headers and Next's cache and redirect are stood in for. The
// sections, tags and users actions are in admin-actions-through-wrapper.test.ts.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { messageFor } from "@/lib/i18n/catalogue";
import { localMediaStore, mediaDir } from "@/lib/media/local-store";
import { variantFileName } from "@/lib/media/urls";
import { actAs, createStaff, onlyFor } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sapo-peer": "203.0.113.10" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// Next's redirect() ends the action by throwing; so does this one, naming the address.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
}));

let t: TestDb;
let staff: Record<"reporter" | "colleague" | "editor", CurrentUser>;
let sectionId: string;
/** The colleague's published article. */
let published: string;
/** The refusal of a caller without a session, in the site's language. */
let sessionEnded: string;
const en = (key: string) => messageFor("en", key);

beforeAll(async () => {
  t = await freshDatabase();
  // lib/db/index.ts opens DATABASE_URL when first imported; local media files go under DATA_DIR/media.
  process.env.DATABASE_URL = t.url;
  process.env.DATA_DIR = t.dir;
  staff = await createStaff(t.db, { reporter: "REPORTER", colleague: "REPORTER", editor: "EDITOR" });
  sectionId = (await t.db.section.create({ data: { name: "News", slug: "news" } })).id;
  const { createArticle } = await import("@/lib/articles/editing");
  published = await createArticle(t.db, staff.colleague, { sectionId, title: "Harbour reopens" });
  await t.db.article.update({ where: { id: published }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  const { getSiteSettings } = await import("@/lib/settings/site-settings");
  sessionEnded = messageFor((await getSiteSettings(t.db)).siteLanguage, "errors.sessionEnded");
});
afterAll(() => t.db.$disconnect());

describe("article actions", () => {
  it("create article: staff get a new draft bylined to them and are sent to it; without a session, nothing is made", async () => {
    const { createArticleAction } = await import("@/lib/actions/articles/create-article");
    const form = new FormData();
    form.set("sectionId", sectionId);
    form.set("language", "fr");
    const before = await t.db.article.count();
    actAs(null);
    expect(await createArticleAction(null, form)).toMatchObject({ ok: false, error: sessionEnded });
    expect(await t.db.article.count()).toBe(before);

    actAs(staff.reporter);
    const sent = await createArticleAction(null, form).then(String, (e: Error) => e.message);
    const id = /^redirect \/newsroom\/articles\/(\w+)$/.exec(sent)?.[1];
    expect(id, sent).toBeDefined();
    const made = await t.db.article.findUniqueOrThrow({ where: { id }, include: { authors: true } });
    expect(made).toMatchObject({ status: "DRAFT", sectionId, language: "fr", createdById: staff.reporter.id });
    expect(made.authors.map((a) => a.userId)).toEqual([staff.reporter.id]);
  });

  it("schedule unpublish: only the desk sets or cancels when a published article comes down; no reporter, not even its writer", async () => {
    const { scheduleUnpublishAction } = await import("@/lib/actions/articles/schedule-unpublish");
    const unpublishAt = async () => (await t.db.article.findUniqueOrThrow({ where: { id: published } })).unpublishAt;
    const rule = { allowed: staff.editor, refused: [staff.colleague, staff.reporter], error: en("errors.forbidden"), state: unpublishAt };
    await onlyFor(rule, () => scheduleUnpublishAction({ articleId: published, at: "2099-06-01T09:00" }));
    expect((await unpublishAt())?.getUTCFullYear()).toBe(2099);
    expect(await t.db.auditEvent.count({ where: { action: "article.unpublish_scheduled", targetId: published, actorId: staff.editor.id } })).toBe(1);
    await onlyFor(rule, () => scheduleUnpublishAction({ articleId: published, at: null }));
    expect(await unpublishAt()).toBeNull();
  });
});

describe("media library actions", () => {
  const store = () => localMediaStore(mediaDir(t.dir));
  /** An image uploaded by `owner`, with its two variant files on disk. */
  async function imageOf(owner: CurrentUser, originalName: string) {
    const fileKey = randomBytes(10).toString("hex");
    for (const width of [480, 960]) await store().put(variantFileName(fileKey, width), Buffer.from("webp bytes"), "image/webp");
    const row = await t.db.media.create({
      data: { fileKey, mimeType: "image/webp", width: 960, height: 640, variants: "480,960", sizeBytes: 20, originalName, alt: "Old alt", uploadedById: owner.id },
    });
    return row.id;
  }
  const texts = (id: string) => t.db.media.findUnique({ where: { id }, select: { alt: true, caption: true, credit: true } });
  const filesOf = async (id: string) => {
    const { fileKey } = await t.db.media.findUniqueOrThrow({ where: { id } });
    return [480, 960].map((w) => path.join(mediaDir(t.dir), variantFileName(fileKey, w)));
  };

  it("search: staff find any upload in the library; without a session, nothing is listed", async () => {
    const { searchMediaAction } = await import("@/lib/actions/media/search-media");
    const id = await imageOf(staff.colleague, "lighthouse-at-dusk.jpg");
    actAs(null);
    const refused = await searchMediaAction({ q: "lighthouse" });
    expect(refused).toEqual({ ok: false, error: sessionEnded });
    actAs(staff.reporter);
    const found = await searchMediaAction({ q: "lighthouse" });
    expect(found.ok && found.items.map((item) => item.id)).toEqual([id]);
  });

  it("update: a reporter changes the texts of their own uploads only; the desk, anyone's", async () => {
    const { updateMediaAction } = await import("@/lib/actions/media/update-media");
    const id = await imageOf(staff.colleague, "market.jpg");
    const rule = { allowed: staff.colleague, refused: [staff.reporter], error: en("media.errors.notYours"), state: () => texts(id) };
    await onlyFor(rule, () => updateMediaAction({ id, alt: "Stalls at the morning market", caption: "Vinh market", credit: "Photo: colleague" }));
    expect(await texts(id)).toEqual({ alt: "Stalls at the morning market", caption: "Vinh market", credit: "Photo: colleague" });
    actAs(staff.editor);
    expect(await updateMediaAction({ id, alt: "Edited by the desk" })).toMatchObject({ ok: true });
    expect(await texts(id)).toEqual({ alt: "Edited by the desk", caption: "", credit: "" });
  });

  it("delete: a reporter deletes their own unused uploads only, with their files; the desk, anyone's", async () => {
    const { deleteMediaAction } = await import("@/lib/actions/media/delete-media");
    const theirs = await imageOf(staff.colleague, "theirs.jpg");
    const files = await filesOf(theirs);
    const state = async () => ({ row: await texts(theirs), files: files.map((f) => existsSync(f)) });
    expect(await state()).toEqual({ row: expect.anything(), files: [true, true] });
    await onlyFor({ allowed: staff.colleague, refused: [staff.reporter], error: en("media.errors.notYours"), state }, () => deleteMediaAction({ id: theirs }));
    expect(await state()).toEqual({ row: null, files: [false, false] });
    expect(await t.db.auditEvent.count({ where: { action: "media.deleted", targetId: theirs, actorId: staff.colleague.id } })).toBe(1);

    const reporters = await imageOf(staff.reporter, "reporters.jpg");
    actAs(staff.editor);
    expect(await deleteMediaAction({ id: reporters })).toEqual({ ok: true });
    expect(await texts(reporters)).toBeNull();
  });
});
