// Withdrawing a story from review, against a real database: its reporter may
// take it back to draft until someone else starts reviewing it, and "started"
// is recorded (Article.reviewStartedAt) by an editor's edit, through the JSON
// save and through the co-editing store, by an editor's comment and by a
// workflow step; it is cleared when the story goes back to draft. Also what
// a step tells others: the "desk" live event, the reporter's notification
// when a story is sent back, and the desk's counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Actor } from "@/lib/auth/actor";
import { loadEditorArticle } from "@/lib/articles/article-state";
import { deskCounts } from "@/lib/articles/desk-counts";
import { deskPage } from "@/lib/articles/desk-list";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import { allowedActions, transition } from "@/lib/articles/workflow";
import { applyFieldsToDoc } from "@/lib/collab/doc-fields";
import { loadDocumentState, storeDocument } from "@/lib/collab/store";
import { createThread } from "@/lib/comments/create-thread";
import { UserError } from "@/lib/errors/user-error";
import { liveBus, type LiveEvent } from "@/lib/live/bus";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
const people: Record<"reporter" | "colleague" | "editor" | "otherEditor", Actor> = {} as never;
const heard: LiveEvent[] = [];
let stopListening: () => void;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const ANCHOR = '{"from":{"type":{"client":7,"clock":0},"item":{"client":7,"clock":4},"assoc":0},"to":{"type":{"client":7,"clock":0},"item":{"client":7,"clock":9},"assoc":-1}}';

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Thời sự", slug: "thoi-su" } });
  const make = async (key: keyof typeof people, role: "REPORTER" | "EDITOR") => {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role } });
    people[key] = { id: u.id, role, displayName: key, penName: null };
  };
  await make("reporter", "REPORTER");
  await make("colleague", "REPORTER");
  await make("editor", "EDITOR");
  await make("otherEditor", "EDITOR");
  stopListening = liveBus().subscribe((e) => heard.push(e));
});
afterAll(async () => {
  stopListening();
  await t.db.$disconnect();
});

/** A story by the reporter, submitted by them. */
async function submitted(title = `Mưa lớn ở Quỳ Châu ${Math.random()}`) {
  const id = await createArticle(t.db, people.reporter, { title, body: doc("Nước sông dâng cao.") as never });
  await transition(t.db, people.reporter, { articleId: id, action: "submit" });
  return id;
}

const row = (id: string) => t.db.article.findUniqueOrThrow({ where: { id }, select: { status: true, reviewStartedAt: true, updatedAt: true, version: true } });
const subject = async (id: string) => {
  const a = await t.db.article.findUniqueOrThrow({ where: { id }, select: { status: true, createdById: true, reviewStartedAt: true, authors: { select: { userId: true } } } });
  return { status: a.status, createdById: a.createdById, authorUserIds: a.authors.map((x) => x.userId), reviewStartedAt: a.reviewStartedAt };
};
const refusalKey = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).key;
};

describe("withdrawing before anyone starts reviewing", () => {
  it("takes the story back to draft, with a revision, an audit event and a desk event", async () => {
    const id = await submitted();
    expect(allowedActions(people.reporter, await subject(id))).toContain("withdraw");
    heard.length = 0;
    const result = await transition(t.db, people.reporter, { articleId: id, action: "withdraw" });
    expect(result.status).toBe("DRAFT");
    expect((await row(id)).status).toBe("DRAFT");
    const revision = await t.db.revision.findFirstOrThrow({ where: { articleId: id }, orderBy: { createdAt: "desc" } });
    expect(revision.reason).toBe("Withdrawn from review");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "article.withdraw" } });
    expect(audit.actorId).toBe(people.reporter.id);
    expect(JSON.parse(audit.detail)).toMatchObject({ from: "IN_REVIEW", to: "DRAFT" });
    expect(heard).toContainEqual({ kind: "desk" });
    // Theirs to edit again, and to submit again.
    expect(allowedActions(people.reporter, await subject(id))).toEqual(["submit"]);
  });

  it("is the reporter's own step: not another reporter's, and not an editor's (who sends back instead)", async () => {
    const id = await submitted();
    expect(await refusalKey(transition(t.db, people.colleague, { articleId: id, action: "withdraw" }))).toBe("workflow.errors.notAllowed");
    expect(await refusalKey(transition(t.db, people.editor, { articleId: id, action: "withdraw" }))).toBe("workflow.errors.notAllowed");
    expect(allowedActions(people.editor, await subject(id))).not.toContain("withdraw");
    expect((await row(id)).status).toBe("IN_REVIEW");
  });

  it("is refused from any status but review", async () => {
    const id = await createArticle(t.db, people.reporter, { title: "Bản nháp", body: doc("x") as never });
    expect(await refusalKey(transition(t.db, people.reporter, { articleId: id, action: "withdraw" }))).toBe("workflow.errors.wrongStatusDraft");
  });
});

describe("once someone else has started reviewing", () => {
  it("an editor's save starts review, in the same write, without moving the version a second time or the reporter's withdrawal through", async () => {
    const id = await submitted();
    expect((await row(id)).reviewStartedAt).toBeNull();
    const a = (await loadEditorArticle(t.db, id))!;
    const saved = await saveArticle(t.db, people.editor, { ...a, articleId: id, baseVersion: a.version, title: `${a.title} (sửa)` });
    expect(saved.kind).toBe("saved");
    const after = await row(id);
    expect(after.reviewStartedAt).not.toBeNull();
    // Marking neither bumps the version nor moves updatedAt past the save's own.
    expect(saved.kind === "saved" && after.version).toBe(saved.kind === "saved" ? saved.version : -1);
    expect(saved.kind === "saved" && after.updatedAt.toISOString()).toBe(saved.kind === "saved" ? saved.updatedAt : "");

    expect(allowedActions(people.reporter, await subject(id))).not.toContain("withdraw");
    expect(await refusalKey(transition(t.db, people.reporter, { articleId: id, action: "withdraw" }))).toBe("workflow.errors.reviewStarted");
    expect((await row(id)).status).toBe("IN_REVIEW");
  });

  it("an editor's edit stored by the co-editing server starts review", async () => {
    const id = await submitted();
    const shared = new Y.Doc();
    Y.applyUpdate(shared, (await loadDocumentState(t.db, id))!);
    applyFieldsToDoc(shared, { lead: "Sapo do biên tập viên viết." });
    const outcome = await storeDocument(t.db, id, shared, [people.editor.id], people.editor.id);
    expect(outcome.kind).toBe("stored");
    expect((await row(id)).reviewStartedAt).not.toBeNull();
    expect(await refusalKey(transition(t.db, people.reporter, { articleId: id, action: "withdraw" }))).toBe("workflow.errors.reviewStarted");
  });

  it("an editor's comment starts review; the reporter's own does not", async () => {
    const id = await submitted();
    await createThread(t.db, people.reporter, { articleId: id, anchor: ANCHOR, quote: "Nước", text: "Ghi chú của tôi", mentions: [] });
    expect((await row(id)).reviewStartedAt).toBeNull();
    const before = (await row(id)).updatedAt;
    await createThread(t.db, people.editor, { articleId: id, anchor: ANCHOR, quote: "Nước", text: "Nguồn tin?", mentions: [] });
    const after = await row(id);
    expect(after.reviewStartedAt).not.toBeNull();
    // A comment is not an edit: the desk's order by last change stays.
    expect(after.updatedAt.getTime()).toBe(before.getTime());
    expect(await refusalKey(transition(t.db, people.reporter, { articleId: id, action: "withdraw" }))).toBe("workflow.errors.reviewStarted");
  });

  it("a comment on a draft starts nothing", async () => {
    const id = await createArticle(t.db, people.reporter, { title: "Nháp", body: doc("Nước") as never });
    await createThread(t.db, people.editor, { articleId: id, anchor: ANCHOR, quote: "Nước", text: "Hay", mentions: [] });
    expect((await row(id)).reviewStartedAt).toBeNull();
  });

  it("scheduling and unscheduling leave review started; sending back clears it, and after resubmitting the reporter may withdraw again", async () => {
    const id = await submitted();
    await transition(t.db, people.editor, { articleId: id, action: "schedule", at: new Date(Date.now() + 3_600_000) });
    await transition(t.db, people.editor, { articleId: id, action: "unschedule" });
    expect((await row(id)).status).toBe("IN_REVIEW");
    expect((await row(id)).reviewStartedAt).not.toBeNull();
    expect(await refusalKey(transition(t.db, people.reporter, { articleId: id, action: "withdraw" }))).toBe("workflow.errors.reviewStarted");

    await transition(t.db, people.editor, { articleId: id, action: "sendBack", note: "Thêm ý kiến người dân." });
    expect((await row(id)).reviewStartedAt).toBeNull();
    await transition(t.db, people.reporter, { articleId: id, action: "submit" });
    await transition(t.db, people.reporter, { articleId: id, action: "withdraw" });
    expect((await row(id)).status).toBe("DRAFT");
  });
});

describe("what a sent-back story tells its reporter", () => {
  it("notifies the reporter once (never the editor), and counts it in their 'returned to me' view until resubmitted", async () => {
    const id = await submitted(`Cầu treo Tam Quang ${Date.now()}`);
    const before = await deskCounts(t.db, people.reporter);
    expect(before.awaiting).toBeNull();
    const editorBefore = await deskCounts(t.db, people.editor);
    heard.length = 0;
    await transition(t.db, people.editor, { articleId: id, action: "sendBack", note: "Kiểm tra lại số liệu." });

    const notes = await t.db.notification.findMany({ where: { articleId: id } });
    expect(notes.map((n) => ({ kind: n.kind, userId: n.userId, actorId: n.actorId, threadId: n.threadId }))).toEqual([
      { kind: "sentBack", userId: people.reporter.id, actorId: people.editor.id, threadId: null },
    ]);
    expect(heard).toContainEqual({ kind: "notification", userId: people.reporter.id });
    expect(heard).toContainEqual({ kind: "desk" });

    expect((await deskCounts(t.db, people.reporter)).returned).toBe(before.returned + 1);
    expect((await deskCounts(t.db, people.colleague)).returned).toBe(0);
    expect((await deskCounts(t.db, people.editor)).awaiting).toBe(editorBefore.awaiting! - 1);
    const view = await deskPage(t.db, { view: "returned" }, people.reporter.id);
    expect(view.rows.map((r) => ({ id: r.id, note: r.reviewNote }))).toContainEqual({ id, note: "Kiểm tra lại số liệu." });

    await transition(t.db, people.reporter, { articleId: id, action: "submit" });
    expect((await deskCounts(t.db, people.reporter)).returned).toBe(before.returned);
    expect((await deskPage(t.db, { view: "returned" }, people.reporter.id)).rows.map((r) => r.id)).not.toContain(id);
  });
});
