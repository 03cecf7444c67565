// Comments, mentions and notifications through their server actions
// (lib/actions/comments/, lib/actions/notifications/) against a real
// database, as the editor's sidebar and the newsroom's bell call them: who
// may comment, edit, delete, resolve and reopen; what is stored (the anchor
// verbatim, once valid); who is notified, once, never themself; reading
// and marking notifications; and the live events each write publishes.
// Only the session is stood in for.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import type { LiveEvent } from "@/lib/live/bus";
import { messageFor } from "@/lib/i18n/catalogue";
import { actAs, createStaff, onlyFor } from "@/tests/support/acting-as";
import { freshDatabase, type TestDb } from "@/tests/support/db";

vi.mock("@/lib/auth/session", () => import("@/tests/support/acting-as").then((m) => m.mockedSession));

type Staff = "rep" | "coauthor" | "col" | "other" | "ed";
let t: TestDb;
let staff: Record<Staff, CurrentUser>;
let disabledId: string;
let sectionId: string;
/** rep's draft, bylined to rep and coauthor. */
let story: string;
const en = (key: string) => messageFor("en", key);

const actions = async () => ({
  ...(await import("@/lib/actions/comments/create-thread")),
  ...(await import("@/lib/actions/comments/reply")),
  ...(await import("@/lib/actions/comments/edit-comment")),
  ...(await import("@/lib/actions/comments/delete-comment")),
  ...(await import("@/lib/actions/comments/set-thread-resolved")),
  ...(await import("@/lib/actions/comments/list-threads")),
  ...(await import("@/lib/actions/notifications/list-notifications")),
  ...(await import("@/lib/actions/notifications/mark-notifications")),
  ...(await import("@/lib/actions/notifications/list-staff-for-mentions")),
});

// Odd spacing and key order: stored as sent, not re-serialised.
const ANCHOR =
  '{"to": {"assoc":-1,"item":{"client":7,"clock":12},"type":{"client":7,"clock":0}},"from":{"type":{"client":7,"clock":0},"item":{"client":7,"clock":4},"assoc":0}}';

/** Live events published meanwhile. */
let heard: LiveEvent[] = [];

beforeAll(async () => {
  t = await freshDatabase();
  process.env.DATABASE_URL = t.url;
  staff = await createStaff(t.db, { rep: "REPORTER", coauthor: "REPORTER", col: "REPORTER", other: "REPORTER", ed: "EDITOR" });
  disabledId = (await t.db.user.create({ data: { email: "gone@example.com", displayName: "Gone", role: "EDITOR", disabledAt: new Date() } })).id;
  sectionId = (await t.db.section.create({ data: { name: "News", slug: "news" } })).id;
  const { createArticle } = await import("@/lib/articles/editing");
  story = await createArticle(t.db, staff.rep, {
    sectionId,
    title: "Harbour reopens",
    authors: [
      { byline: "rep", userId: staff.rep.id },
      { byline: "coauthor", userId: staff.coauthor.id },
    ],
  });
  const { liveBus } = await import("@/lib/live/bus");
  liveBus().subscribe((e) => heard.push(e));
});
afterAll(() => t.db.$disconnect());
beforeEach(() => {
  heard = [];
});

async function openThread(as: CurrentUser, input: { articleId?: string; text?: string; mentions?: string[]; anchor?: string; quote?: string } = {}) {
  const { createThreadAction } = await actions();
  actAs(as);
  const result = await createThreadAction({ articleId: story, anchor: ANCHOR, quote: "the harbour", text: "Source?", mentions: [], ...input });
  if (!result.ok || !result.thread) throw new Error(JSON.stringify(result));
  return result.thread;
}

/** Each person's notifications about a thread, as kinds. */
async function notifiedAbout(threadId: string): Promise<Record<string, string[]>> {
  const rows = await t.db.notification.findMany({ where: { threadId }, include: { user: true }, orderBy: { createdAt: "asc" } });
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.user.displayName] ??= []).push(r.kind);
  return out;
}

const notificationEventsFor = () => heard.filter((e) => e.kind === "notification").map((e) => (e as { userId: string }).userId);

describe("opening a thread", () => {
  it("any staff member may comment on any article; without a session nothing is stored", async () => {
    const { createThreadAction } = await actions();
    const input = { articleId: story, anchor: ANCHOR, quote: "the harbour", text: "  Which harbour?  ", mentions: [] };
    const result = await onlyFor({ allowed: staff.other, refused: [null], state: () => t.db.commentThread.count() }, () =>
      createThreadAction(input),
    );
    if (!result.ok) throw new Error("refused");
    const row = await t.db.commentThread.findUniqueOrThrow({ where: { id: result.thread!.id }, include: { comments: true } });
    expect(row.anchor).toBe(ANCHOR);
    expect(row.quote).toBe("the harbour");
    expect(row.comments.map((c) => c.text)).toEqual(["Which harbour?"]);
    expect(result.thread).toMatchObject({
      articleId: story,
      anchor: JSON.parse(ANCHOR),
      resolved: false,
      createdByName: "other",
      canResolve: true,
      comments: [{ text: "Which harbour?", authorName: "other", deleted: false, mine: true, editedAt: null }],
    });
  });

  it("tells who is mentioned and the story's owners, once each, never the author; mentions are checked against active staff", async () => {
    const thread = await openThread(staff.col, { mentions: [staff.rep.id, staff.ed.id, staff.col.id, disabledId, "no-such-user", staff.ed.id] });
    // rep is both mentioned and an owner: the mention wins.
    expect(await notifiedAbout(thread.id)).toEqual({ rep: ["mention"], coauthor: ["comment"], ed: ["mention"] });
    const stored = await t.db.comment.findFirstOrThrow({ where: { threadId: thread.id } });
    expect(JSON.parse(stored.mentions)).toEqual([staff.rep.id, staff.ed.id, staff.col.id]);
    expect(thread.comments[0].mentions.map((m) => m.name)).toEqual(["rep", "ed", "col"]);
    expect(heard).toContainEqual({ kind: "comments", articleId: story, threadId: thread.id });
    expect(notificationEventsFor().sort()).toEqual([staff.rep.id, staff.coauthor.id, staff.ed.id].sort());
  });

  it("the owner commenting on their own story tells nobody", async () => {
    const thread = await openThread(staff.rep);
    expect(await notifiedAbout(thread.id)).toEqual({ coauthor: ["comment"] });
  });

  it("refuses anchors that are not two relative positions or too large, oversize quotes and empty text, storing nothing", async () => {
    const { createThreadAction } = await actions();
    actAs(staff.col);
    const before = await t.db.commentThread.count();
    const good = { articleId: story, anchor: ANCHOR, quote: "q", text: "x", mentions: [] };
    const cases: [string, object, string][] = [
      ["anchor", { anchor: "{not json" }, "comments.validation.anchor"],
      ["anchor", { anchor: JSON.stringify({ from: { assoc: 0 }, to: { assoc: 0 } }) }, "comments.validation.anchor"],
      ["anchor", { anchor: JSON.stringify({ from: JSON.parse(ANCHOR).from, to: JSON.parse(ANCHOR).to, pad: "x".repeat(3000) }) }, "comments.validation.anchor"],
      ["quote", { quote: "x".repeat(501) }, "comments.validation.quoteTooLong"],
      ["text", { text: "   " }, "comments.validation.textMissing"],
      ["text", { text: "x".repeat(5001) }, "comments.validation.textTooLong"],
    ];
    for (const [field, change, key] of cases) {
      const result = await createThreadAction({ ...good, ...change });
      expect(result, key).toMatchObject({ ok: false, fieldErrors: { [field]: [en(key)] } });
    }
    expect(await createThreadAction({ ...good, articleId: "missing" })).toMatchObject({ ok: false, error: en("editor.errors.articleGone") });
    expect(await t.db.commentThread.count()).toBe(before);
  });
});

describe("replies", () => {
  it("tell the thread's people (reply), the owners (comment) and the mentioned (mention), once each", async () => {
    const { replyAction } = await actions();
    const thread = await openThread(staff.col, { mentions: [staff.rep.id] });
    await t.db.notification.deleteMany({ where: { threadId: thread.id } });

    actAs(staff.ed);
    const first = await replyAction({ threadId: thread.id, text: "Checking." });
    expect(first).toMatchObject({ ok: true, thread: { comments: [{ text: "Source?" }, { text: "Checking.", authorName: "ed", mine: true }] } });
    // col opened it, rep was mentioned in it: both are in it.
    expect(await notifiedAbout(thread.id)).toEqual({ col: ["reply"], rep: ["reply"], coauthor: ["comment"] });

    await t.db.notification.deleteMany({ where: { threadId: thread.id } });
    actAs(staff.rep);
    await replyAction({ threadId: thread.id, text: "@col see the port authority", mentions: [staff.col.id, staff.other.id] });
    expect(await notifiedAbout(thread.id)).toEqual({ col: ["mention"], other: ["mention"], ed: ["reply"], coauthor: ["comment"] });
  });

  it("are refused without a session and on a thread that is gone", async () => {
    const { replyAction } = await actions();
    const thread = await openThread(staff.col);
    actAs(null);
    expect(await replyAction({ threadId: thread.id, text: "x" })).toMatchObject({ ok: false });
    actAs(staff.ed);
    expect(await replyAction({ threadId: "gone", text: "x" })).toMatchObject({ ok: false, error: en("comments.errors.threadGone") });
    expect(await t.db.comment.count({ where: { threadId: thread.id } })).toBe(1);
  });
});

describe("editing and deleting", () => {
  it("only the author edits a comment; newly mentioned people are told, the others not again", async () => {
    const { editCommentAction } = await actions();
    const thread = await openThread(staff.col, { mentions: [staff.rep.id] });
    const commentId = thread.comments[0].id;
    const text = () => t.db.comment.findUniqueOrThrow({ where: { id: commentId } }).then((c) => [c.text, c.editedAt !== null]);
    await onlyFor({ allowed: staff.col, refused: [staff.rep, staff.ed, null], state: text }, () =>
      editCommentAction({ commentId, text: "Source, please?", mentions: [staff.rep.id, staff.other.id] }),
    );
    actAs(staff.ed);
    expect(await editCommentAction({ commentId, text: "x" })).toMatchObject({ ok: false, error: en("comments.errors.notYourComment") });
    expect(await notifiedAbout(thread.id)).toEqual({ rep: ["mention"], coauthor: ["comment"], other: ["mention"] });
  });

  it("only the author deletes; a reply goes, a first comment with replies stays as deleted, the last one takes the thread", async () => {
    const { replyAction, deleteCommentAction, editCommentAction } = await actions();
    const thread = await openThread(staff.col);
    actAs(staff.rep);
    const replied = await replyAction({ threadId: thread.id, text: "Port authority." });
    if (!replied.ok) throw new Error("reply refused");
    const replyId = replied.thread!.comments[1].id;
    actAs(staff.ed);
    await replyAction({ threadId: thread.id, text: "Confirmed." });
    const comments = () => t.db.comment.findMany({ where: { threadId: thread.id }, orderBy: { createdAt: "asc" } }).then((cs) => cs.map((c) => c.text));

    // A reply, by its author only.
    await onlyFor({ allowed: staff.rep, refused: [staff.col, staff.ed, null], state: comments }, () => deleteCommentAction({ commentId: replyId }));
    expect(await comments()).toEqual(["Source?", "Confirmed."]);

    // The first comment, with a reply left: "comment deleted".
    actAs(staff.col);
    const first = await deleteCommentAction({ commentId: thread.comments[0].id });
    expect(first).toMatchObject({ ok: true, threadDeleted: false, thread: { comments: [{ deleted: true, text: "", mine: false }, { text: "Confirmed." }] } });
    expect(await editCommentAction({ commentId: thread.comments[0].id, text: "back" })).toMatchObject({ ok: false, error: en("comments.errors.commentGone") });
    expect(await deleteCommentAction({ commentId: thread.comments[0].id })).toMatchObject({ ok: false, error: en("comments.errors.commentGone") });

    // The last reply: nothing is left, the thread and its notifications go.
    const told = (await t.db.notification.findMany({ where: { threadId: thread.id } })).map((n) => n.userId);
    expect(told.length).toBeGreaterThan(0);
    heard = [];
    actAs(staff.ed);
    const last = await deleteCommentAction({ commentId: (await t.db.comment.findFirstOrThrow({ where: { threadId: thread.id, text: "Confirmed." } })).id });
    expect(last).toMatchObject({ ok: true, threadDeleted: true, thread: null });
    expect(await t.db.commentThread.count({ where: { id: thread.id } })).toBe(0);
    expect(await t.db.notification.count({ where: { threadId: thread.id } })).toBe(0);
    expect(heard).toContainEqual({ kind: "comments", articleId: story, threadId: thread.id });
    // Their bells hear that those notifications went.
    expect(notificationEventsFor().sort()).toEqual([...new Set(told)].sort());
  });

  it("deleting the only comment of a thread deletes the thread", async () => {
    const { deleteCommentAction } = await actions();
    const thread = await openThread(staff.other);
    actAs(staff.other);
    expect(await deleteCommentAction({ commentId: thread.comments[0].id })).toMatchObject({ ok: true, threadDeleted: true });
    expect(await t.db.commentThread.count({ where: { id: thread.id } })).toBe(0);
  });
});

describe("resolving and reopening", () => {
  const state = (id: string) => () => t.db.commentThread.findUniqueOrThrow({ where: { id } }).then((x) => [x.resolvedAt !== null, x.resolvedById]);

  it("on a draft: its owner (who may edit it), an editor, or the thread's opener; not another reporter", async () => {
    const { setThreadResolvedAction, replyAction } = await actions();
    const thread = await openThread(staff.col);
    const error = en("comments.errors.cannotResolve");
    await onlyFor({ allowed: staff.rep, refused: [staff.other, null], state: state(thread.id) }, () =>
      setThreadResolvedAction({ threadId: thread.id, resolved: true }),
    );
    actAs(staff.other);
    expect(await setThreadResolvedAction({ threadId: thread.id, resolved: false })).toMatchObject({ ok: false, error });
    // Resolved: kept, after the open ones, and closed to replies.
    actAs(staff.ed);
    expect(await replyAction({ threadId: thread.id, text: "x" })).toMatchObject({ ok: false, error: en("comments.errors.threadResolved") });
    const listed = await (await actions()).listThreadsAction({ articleId: story });
    if (!listed.ok) throw new Error("list refused");
    expect(listed.threads.at(-1)).toMatchObject({ id: thread.id, resolved: true, resolvedByName: "rep" });
    expect(listed.threads.findIndex((x) => x.resolved)).toBeGreaterThan(0);
    expect(listed.threads.slice(listed.threads.findIndex((x) => x.resolved)).every((x) => x.resolved)).toBe(true);

    // Reopened by the thread's opener, resolved again by an editor.
    await onlyFor({ allowed: staff.col, refused: [staff.other, null], state: state(thread.id) }, () => setThreadResolvedAction({ threadId: thread.id, resolved: false }));
    await onlyFor({ allowed: staff.ed, refused: [staff.other], error, state: state(thread.id) }, () => setThreadResolvedAction({ threadId: thread.id, resolved: true }));
  });

  it("on a published story its reporter may no longer edit: only the desk and the thread's opener", async () => {
    const { setThreadResolvedAction } = await actions();
    const { createArticle } = await import("@/lib/articles/editing");
    const live = await createArticle(t.db, staff.rep, { sectionId, title: "Live story" });
    await t.db.article.update({ where: { id: live }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const thread = await openThread(staff.col, { articleId: live });
    const error = en("comments.errors.cannotResolve");
    await onlyFor({ allowed: staff.col, refused: [staff.rep, staff.other], error, state: state(thread.id) }, () =>
      setThreadResolvedAction({ threadId: thread.id, resolved: true }),
    );
    await onlyFor({ allowed: staff.ed, refused: [staff.rep], error, state: state(thread.id) }, () => setThreadResolvedAction({ threadId: thread.id, resolved: false }));
  });

  it("the sidebar lists, for each viewer, what they may do", async () => {
    const { listThreadsAction } = await actions();
    const thread = await openThread(staff.col);
    const view = async (as: CurrentUser) => {
      actAs(as);
      const r = await listThreadsAction({ articleId: story });
      if (!r.ok) throw new Error("refused");
      return r.threads.find((x) => x.id === thread.id)!;
    };
    expect(await view(staff.col)).toMatchObject({ canResolve: true, comments: [{ mine: true }] });
    expect(await view(staff.other)).toMatchObject({ canResolve: false, comments: [{ mine: false }] });
    expect(await view(staff.ed)).toMatchObject({ canResolve: true, comments: [{ mine: false }] });
    actAs(null);
    expect(await listThreadsAction({ articleId: story })).toMatchObject({ ok: false });
  });
});

describe("notifications", () => {
  it("list newest first with the story's title and a link to the thread, a page at a time; count unread", async () => {
    const { listNotificationsAction } = await actions();
    await t.db.notification.deleteMany({ where: { userId: staff.coauthor.id } });
    const threads = [];
    for (const by of [staff.col, staff.ed, staff.other]) threads.push(await openThread(by));
    actAs(staff.coauthor);
    const page1 = await listNotificationsAction({ limit: 2 });
    if (!page1.ok) throw new Error("refused");
    expect(page1.unread).toBe(3);
    expect(page1.items).toEqual([
      expect.objectContaining({ kind: "comment", actorName: "other", articleTitle: "Harbour reopens", threadId: threads[2].id, read: false, href: `/newsroom/articles/${story}?thread=${threads[2].id}` }),
      expect.objectContaining({ actorName: "ed", threadId: threads[1].id }),
    ]);
    const page2 = await listNotificationsAction({ limit: 2, cursor: page1.nextCursor });
    expect(page2).toMatchObject({ ok: true, items: [{ actorName: "col", threadId: threads[0].id }], nextCursor: null });
    actAs(null);
    expect(await listNotificationsAction({})).toMatchObject({ ok: false });
  });

  it("mark read and unread one's own only, or all read; the bell of one's other pages hears of it", async () => {
    const { markNotificationsAction, listNotificationsAction } = await actions();
    await openThread(staff.col);
    heard = [];
    const mine = await t.db.notification.findMany({ where: { userId: staff.coauthor.id, readAt: null } });
    const theirs = await t.db.notification.findFirstOrThrow({ where: { userId: staff.rep.id, readAt: null } });
    expect(mine.length).toBeGreaterThan(1);
    actAs(staff.coauthor);
    expect(await markNotificationsAction({ ids: [mine[0].id, theirs.id], read: true })).toEqual({ ok: true, changed: 1, unread: mine.length - 1 });
    expect(await t.db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ readAt: null });
    expect(notificationEventsFor()).toEqual([staff.coauthor.id]);
    expect(await markNotificationsAction({ ids: [mine[0].id], read: false })).toMatchObject({ ok: true, changed: 1, unread: mine.length });
    expect(await markNotificationsAction({ all: true })).toMatchObject({ ok: true, changed: mine.length, unread: 0 });
    const listed = await listNotificationsAction({});
    expect(listed.ok && listed.items.every((n) => n.read)).toBe(true);
    expect(await t.db.notification.count({ where: { userId: staff.rep.id, readAt: null } })).toBeGreaterThan(0);
    expect(await markNotificationsAction({ ids: [], read: true })).toMatchObject({ ok: false });
  });

  it("new suggestions tell the story's owners once until they read it, never the one suggesting", async () => {
    const { notifySuggestions } = await import("@/lib/notifications/notify");
    const { db } = await import("@/lib/db");
    const count = (userId: string) => t.db.notification.count({ where: { userId, kind: "suggestion", articleId: story } });
    expect(await notifySuggestions(db, { articleId: story, actorId: staff.coauthor.id, count: 0 })).toEqual([]);
    expect(await notifySuggestions(db, { articleId: story, actorId: staff.coauthor.id, count: 2 })).toEqual([staff.rep.id]);
    expect(notificationEventsFor()).toEqual([staff.rep.id]);
    expect(await notifySuggestions(db, { articleId: story, actorId: staff.coauthor.id, count: 1 })).toEqual([]);
    await t.db.notification.updateMany({ where: { userId: staff.rep.id, kind: "suggestion" }, data: { readAt: new Date() } });
    expect((await notifySuggestions(db, { articleId: story, actorId: staff.ed.id, count: 1 })).sort()).toEqual([staff.rep.id, staff.coauthor.id].sort());
    expect(await count(staff.rep.id)).toBe(2);
    expect(await count(staff.ed.id)).toBe(0);
    expect(await notifySuggestions(db, { articleId: "missing", actorId: staff.ed.id, count: 1 })).toEqual([]);
  });
});

describe("mentions", () => {
  it("offer active staff by name or pen name, accents ignored, at most 8", async () => {
    const { listStaffForMentionsAction } = await actions();
    await t.db.user.create({ data: { email: "hoa@example.com", displayName: "Nguyễn Thị Hòa", penName: "Hoài Thu", role: "REPORTER" } });
    await t.db.user.create({ data: { email: "hoa2@example.com", displayName: "Hòa Disabled", role: "REPORTER", disabledAt: new Date() } });
    for (let i = 0; i < 10; i++) await t.db.user.create({ data: { email: `many${i}@example.com`, displayName: `Many ${i}`, role: "REPORTER" } });
    actAs(staff.rep);
    const names = async (query: string) => {
      const r = await listStaffForMentionsAction({ query });
      if (!r.ok) throw new Error("refused");
      return r.staff.map((s) => s.displayName);
    };
    expect(await names("hoa")).toEqual(["Nguyễn Thị Hòa"]);
    expect(await names("@HOAI")).toEqual(["Nguyễn Thị Hòa"]);
    expect(await names("nguyen")).toEqual(["Nguyễn Thị Hòa"]);
    expect(await names("many")).toHaveLength(8);
    expect(await names("gone")).toEqual([]);
    const r = await listStaffForMentionsAction({ query: "hoa" });
    expect(r).toMatchObject({ ok: true, staff: [{ displayName: "Nguyễn Thị Hòa", penName: "Hoài Thu", id: expect.any(String) }] });
    actAs(null);
    expect(await listStaffForMentionsAction({ query: "hoa" })).toMatchObject({ ok: false });
  });
});

describe("comments stay out of the article", () => {
  it("commenting changes nothing of the article: its body, derived HTML and text, version", async () => {
    const columns = () => t.db.article.findUniqueOrThrow({ where: { id: story } }).then(({ bodyJson, bodyHtml, bodyText, version, updatedAt }) => ({ bodyJson, bodyHtml, bodyText, version, updatedAt }));
    const before = await columns();
    await openThread(staff.col, { text: "SECRET-NOTE-42", quote: "quoted" });
    const after = await columns();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain("SECRET-NOTE-42");
  });
});
