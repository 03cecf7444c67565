// Deleting an article against a real database: admins only; refused while it
// is published or scheduled; everything that hangs off the article goes with
// it (revisions, comments, notifications, redirects, media usage, the search
// key, the shared document) while the media library item stays; a lone
// translation leaves its group; the audit log keeps the title; the desk
// and the owners' bells hear of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { deleteArticle } from "@/lib/articles/delete-article";
import { createArticle } from "@/lib/articles/editing";
import { transition } from "@/lib/articles/workflow";
import { loadDocumentState } from "@/lib/collab/store";
import { UserError } from "@/lib/errors/user-error";
import { liveBus, type LiveEvent } from "@/lib/live/bus";
import { indexArticle, indexedCount } from "@/lib/search";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
const people: Record<"reporter" | "editor" | "admin", Actor> = {} as never;
const heard: LiveEvent[] = [];
let stop: () => void;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Kinh tế", slug: "kinh-te" } });
  const make = async (key: keyof typeof people, role: Role) => {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role } });
    people[key] = { id: u.id, role, displayName: key, penName: null };
  };
  await make("reporter", "REPORTER");
  await make("editor", "EDITOR");
  await make("admin", "ADMIN");
  stop = liveBus().subscribe((e) => heard.push(e));
});
afterAll(async () => {
  stop();
  await t.db.$disconnect();
});

const draft = (title = `Giá lúa tăng ${Math.random()}`) => createArticle(t.db, people.reporter, { title, body: doc("Nông dân phấn khởi.") as never });

async function refusal(attempt: Promise<unknown>): Promise<string> {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).key;
}

describe("who and when", () => {
  it("only admins may delete", async () => {
    const id = await draft();
    expect(await refusal(deleteArticle(t.db, people.reporter, { articleId: id }))).toBe("workflow.errors.mayNotDelete");
    expect(await refusal(deleteArticle(t.db, people.editor, { articleId: id }))).toBe("workflow.errors.mayNotDelete");
    expect(await t.db.article.count({ where: { id } })).toBe(1);
  });

  it("not while published or scheduled: take it down first", async () => {
    const id = await draft();
    await transition(t.db, people.reporter, { articleId: id, action: "submit" });
    await transition(t.db, people.editor, { articleId: id, action: "schedule", at: new Date(Date.now() + 3_600_000) });
    expect(await refusal(deleteArticle(t.db, people.admin, { articleId: id }))).toBe("workflow.errors.deleteLive");
    await transition(t.db, people.editor, { articleId: id, action: "publish" });
    expect(await refusal(deleteArticle(t.db, people.admin, { articleId: id }))).toBe("workflow.errors.deleteLive");
    expect(await t.db.article.count({ where: { id } })).toBe(1);
    await transition(t.db, people.editor, { articleId: id, action: "unpublish" });
    const { wasPublished } = await deleteArticle(t.db, people.admin, { articleId: id });
    expect(wasPublished).toBe(true);
    expect(await t.db.article.count({ where: { id } })).toBe(0);
  });

  it("refuses a stale version and an article already gone", async () => {
    const id = await draft();
    expect(await refusal(deleteArticle(t.db, people.admin, { articleId: id, baseVersion: 99 }))).toBe("workflow.errors.staleVersion");
    await deleteArticle(t.db, people.admin, { articleId: id });
    expect(await refusal(deleteArticle(t.db, people.admin, { articleId: id }))).toBe("editor.errors.articleGone");
  });
});

describe("what goes with it", () => {
  it("removes its revisions, comments, notifications, redirects, media usage, search key and shared document; keeps the library item", async () => {
    const id = await draft("Cảng Cửa Lò mở rộng");
    const media = await t.db.media.create({ data: { fileKey: `k-${id}`, mimeType: "image/jpeg", width: 800, height: 600, variants: "400,800", sizeBytes: 1000 } });
    await t.db.articleMedia.create({ data: { articleId: id, mediaId: media.id } });
    await t.db.slugRedirect.create({ data: { articleId: id, sectionSlug: "kinh-te", slug: `cu-${id}` } });
    const thread = await t.db.commentThread.create({ data: { articleId: id, anchor: "{}", quote: "Cảng", createdById: people.editor.id } });
    await t.db.comment.create({ data: { threadId: thread.id, authorId: people.editor.id, text: "Kiểm tra số liệu" } });
    await t.db.notification.create({ data: { userId: people.reporter.id, kind: "comment", articleId: id, threadId: thread.id, actorId: people.editor.id } });
    // As if it were still in the index (a take-down removes it; deleting makes sure).
    await indexArticle(t.db, { id, title: "Cảng Cửa Lò mở rộng", lead: "", bodyText: "Nông dân phấn khởi." });
    expect(await loadDocumentState(t.db, id)).not.toBeNull();
    expect(await t.db.articleDocument.count({ where: { articleId: id } })).toBe(1);
    const indexed = await indexedCount(t.db);
    heard.length = 0;

    const result = await deleteArticle(t.db, { ...people.admin, ip: "198.51.100.4" }, { articleId: id, ip: "198.51.100.4" });
    expect(result).toEqual({ title: "Cảng Cửa Lò mở rộng", wasPublished: false });

    for (const count of [
      t.db.article.count({ where: { id } }),
      t.db.revision.count({ where: { articleId: id } }),
      t.db.commentThread.count({ where: { articleId: id } }),
      t.db.comment.count({ where: { threadId: thread.id } }),
      t.db.notification.count({ where: { articleId: id } }),
      t.db.slugRedirect.count({ where: { articleId: id } }),
      t.db.articleMedia.count({ where: { articleId: id } }),
      t.db.searchKey.count({ where: { articleId: id } }),
      t.db.articleDocument.count({ where: { articleId: id } }),
      t.db.webhookEvent.count({ where: { articleId: id } }),
    ]) {
      expect(await count).toBe(0);
    }
    expect(await indexedCount(t.db)).toBe(indexed - 1);
    expect(await t.db.media.count({ where: { id: media.id } })).toBe(1);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "article.deleted", targetId: id } });
    expect(audit).toMatchObject({ actorId: people.admin.id, targetType: "article", ip: "198.51.100.4" });
    expect(JSON.parse(audit.detail)).toEqual({ title: "Cảng Cửa Lò mở rộng", status: "DRAFT" });
    expect(heard).toContainEqual({ kind: "desk" });
    expect(heard).toContainEqual({ kind: "notification", userId: people.reporter.id });
  });

  it("a translation left alone leaves the group; a larger group stays", async () => {
    const [a, b, c, d, e] = await Promise.all([draft(), draft(), draft(), draft(), draft()]);
    await t.db.article.updateMany({ where: { id: { in: [a, b] } }, data: { translationGroupId: "pair" } });
    await t.db.article.updateMany({ where: { id: { in: [c, d, e] } }, data: { translationGroupId: "trio" } });
    await deleteArticle(t.db, people.admin, { articleId: a });
    await deleteArticle(t.db, people.admin, { articleId: c });
    const group = async (id: string) => (await t.db.article.findUniqueOrThrow({ where: { id }, select: { translationGroupId: true } })).translationGroupId;
    expect(await group(b)).toBeNull();
    expect(await group(d)).toBe("trio");
    expect(await group(e)).toBe("trio");
  });
});
