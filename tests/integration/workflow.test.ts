// The workflow against a real database: the whole role × action matrix on
// one's own and on another's article, the live/pending split, scheduling,
// corrections, and atomicity.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEditorArticle } from "@/lib/articles/article-state";
import type { Actor } from "@/lib/auth/actor";
import { createArticle, saveArticle } from "@/lib/articles/editing";
import type { WorkflowAction } from "@/lib/articles/statuses";
import { addCorrection, dueSchedules, publishUpdate, runDueSchedules, runScheduledStep, scheduleUnpublish, setFeatured, transition, WORKFLOW } from "@/lib/articles/workflow";
import { searchArticleIds } from "@/lib/search";
import { UserError } from "@/lib/errors/user-error";
import type { ArticleStatus, Role } from "@prisma/client";
import { freshDatabase, type TestDb } from "@/tests/support/db";

let t: TestDb;
const people: Record<"reporter" | "otherReporter" | "editor" | "admin", Actor> = {} as never;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

beforeAll(async () => {
  t = await freshDatabase();
  await t.db.section.create({ data: { name: "Politics", slug: "politics" } });
  const make = async (key: keyof typeof people, role: Role) => {
    const u = await t.db.user.create({ data: { email: `${key}@example.com`, displayName: key, role } });
    people[key] = { id: u.id, role, displayName: key, penName: null };
  };
  await make("reporter", "REPORTER");
  await make("otherReporter", "REPORTER");
  await make("editor", "EDITOR");
  await make("admin", "ADMIN");
});
afterAll(() => t.db.$disconnect());

/** An article by the reporter, put straight into `status` for the test. */
async function articleIn(status: ArticleStatus, title = `Story, ${status} ${Math.random()}`) {
  const id = await createArticle(t.db, people.reporter, { title, body: doc(`Body of ${title}`) as never });
  await t.db.article.update({ where: { id }, data: { status, publishedAt: status === "PUBLISHED" || status === "UNPUBLISHED" ? new Date() : null } });
  return id;
}

const ACTIONS = Object.keys(WORKFLOW) as WorkflowAction[];
const STATUSES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED"];
const future = () => new Date(Date.now() + 3_600_000);

describe("the role × action matrix", () => {
  // Expected: desk roles may take every mapped step on any article but
  // withdraw; reporters may only submit their own drafts and withdraw their
  // own articles from review (the articles here are the reporter's).
  for (const who of ["reporter", "otherReporter", "editor", "admin"] as const) {
    for (const action of ACTIONS) {
      for (const status of STATUSES) {
        const inMap = WORKFLOW[action].from.includes(status);
        const desk = who === "editor" || who === "admin";
        const own = who === "reporter";
        const allowed = inMap && (action === "withdraw" ? own : desk || (own && action === "submit"));
        it(`${who} ${allowed ? "may" : "may not"} ${action} a ${status} article`, async () => {
          const id = await articleIn(status);
          const attempt = transition(t.db, people[who], { articleId: id, action, note: "Fix the lead", at: future() });
          if (allowed) {
            const result = await attempt;
            expect(result.status).toBe(WORKFLOW[action].to);
            expect((await t.db.article.findUniqueOrThrow({ where: { id } })).status).toBe(WORKFLOW[action].to);
            const audit = await t.db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: `article.${action}` } });
            expect(audit.actorId).toBe(people[who].id);
          } else {
            await expect(attempt).rejects.toThrow(UserError);
            expect((await t.db.article.findUniqueOrThrow({ where: { id } })).status).toBe(status);
          }
        });
      }
    }
  }

  it("refuses editing, corrections, featuring and updates to reporters, whoever's article it is", async () => {
    const id = await articleIn("PUBLISHED");
    await expect(addCorrection(t.db, people.reporter, { articleId: id, text: "x" })).rejects.toThrow(UserError);
    await expect(setFeatured(t.db, people.reporter, { articleId: id, slot: "lead" })).rejects.toThrow(UserError);
    await expect(publishUpdate(t.db, people.reporter, { articleId: id })).rejects.toThrow(UserError);
    const a = (await loadEditorArticle(t.db, id))!;
    await expect(saveArticle(t.db, people.reporter, { ...a, articleId: id, baseVersion: a.version, title: "Changed" })).rejects.toThrow(/cannot edit/);
    await expect(saveArticle(t.db, people.otherReporter, { ...a, articleId: id, baseVersion: a.version, title: "Changed" })).rejects.toThrow(/cannot edit/);
  });
});

describe("the chain", () => {
  it("reporter submits, editor sends back with a note, reporter fixes and resubmits, editor publishes", async () => {
    const id = await createArticle(t.db, people.reporter, { title: "Chain", body: doc("first draft") as never });
    await transition(t.db, people.reporter, { articleId: id, action: "submit" });
    await expect(transition(t.db, people.editor, { articleId: id, action: "sendBack", note: "  " })).rejects.toThrow(/note/);
    await transition(t.db, people.editor, { articleId: id, action: "sendBack", note: "Name the commune." });
    const sentBack = (await loadEditorArticle(t.db, id))!;
    expect(sentBack).toMatchObject({ status: "DRAFT", reviewNote: "Name the commune." });
    await saveArticle(t.db, people.reporter, { ...sentBack, articleId: id, baseVersion: sentBack.version, body: doc("second draft, in Hưng Nguyên commune") as never });
    await transition(t.db, people.reporter, { articleId: id, action: "submit" });
    await transition(t.db, people.editor, { articleId: id, action: "publish" });
    const live = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect(live).toMatchObject({ status: "PUBLISHED", reviewNote: null, liveUpdatedAt: null });
    expect(live.publishedAt).not.toBeNull();
    expect((await searchArticleIds(t.db, "hung nguyen", 10, 0)).ids).toContain(id);
    const reasons = (await t.db.revision.findMany({ where: { articleId: id }, orderBy: { createdAt: "asc" } })).map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(["Submitted for review", "Sent back: Name the commune.", "Published"]));
  });

  it("editing a published article leaves the live version until the update is published", async () => {
    const id = await articleIn("IN_REVIEW", "Live story");
    await transition(t.db, people.editor, { articleId: id, action: "publish" });
    const before = await t.db.article.findUniqueOrThrow({ where: { id } });
    const working = (await loadEditorArticle(t.db, id))!;
    await saveArticle(t.db, people.editor, { ...working, articleId: id, baseVersion: working.version, title: "Live story, updated", body: doc("new words") as never });
    const during = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect(during.title).toBe("Live story");
    expect(during.bodyHtml).toBe(before.bodyHtml);
    expect((await loadEditorArticle(t.db, id))!).toMatchObject({ title: "Live story, updated", hasPendingChanges: true });
    await publishUpdate(t.db, people.editor, { articleId: id });
    const after = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ title: "Live story, updated", bodyHtml: "<p>new words</p>", pendingJson: null });
    expect(after.liveUpdatedAt).not.toBeNull();
  });

  it("corrections are dated, kept in the history and audited", async () => {
    const id = await articleIn("PUBLISHED");
    await addCorrection(t.db, people.editor, { articleId: id, text: "The meeting was on Friday, not Thursday." });
    expect(await t.db.correction.count({ where: { articleId: id } })).toBe(1);
    expect(await t.db.revision.count({ where: { articleId: id, reason: { startsWith: "Correction:" } } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { targetId: id, action: "article.correction" } })).toBe(1);
  });

  it("publishes what is due, and only that, surviving a restart because schedules live in the database", async () => {
    const due = await articleIn("IN_REVIEW", "Due story");
    const later = await articleIn("IN_REVIEW", "Later story");
    await transition(t.db, people.editor, { articleId: due, action: "schedule", at: new Date(Date.now() + 1000) });
    await transition(t.db, people.editor, { articleId: later, action: "schedule", at: future() });
    await expect(transition(t.db, people.editor, { articleId: later, action: "schedule", at: new Date(Date.now() - 1000) })).rejects.toThrow();
    expect(await runDueSchedules(t.db, new Date(Date.now() + 2000))).toBe(1);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: due } })).status).toBe("PUBLISHED");
    expect((await t.db.article.findUniqueOrThrow({ where: { id: later } })).status).toBe("SCHEDULED");
    const event = await t.db.auditEvent.findFirstOrThrow({ where: { targetId: due, action: "article.publish" } });
    expect(event.actorId).toBeNull(); // the scheduler
  });

  it("a failed step leaves the old state whole", async () => {
    const id = await articleIn("PUBLISHED");
    const working = (await loadEditorArticle(t.db, id))!;
    // Pending changes that point at a section deleted since: applying them fails mid-way.
    await t.db.article.update({ where: { id }, data: { pendingJson: JSON.stringify({ ...working, sectionId: "gone" }) } });
    const before = await t.db.article.findUniqueOrThrow({ where: { id } });
    const revisionsBefore = await t.db.revision.count({ where: { articleId: id } });
    await expect(publishUpdate(t.db, people.editor, { articleId: id })).rejects.toThrow(/section/);
    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await t.db.revision.count({ where: { articleId: id } })).toBe(revisionsBefore);
  });
});

describe("scheduled unpublishing", () => {
  it("takes an article down when its time comes, and not before", async () => {
    const { scheduleUnpublish } = await import("@/lib/articles/workflow");
    const id = await articleIn("IN_REVIEW", "Short-lived story");
    await transition(t.db, people.editor, { articleId: id, action: "publish" });
    await expect(scheduleUnpublish(t.db, people.reporter, { articleId: id, at: future() })).rejects.toThrow(UserError);
    await scheduleUnpublish(t.db, people.editor, { articleId: id, at: new Date(Date.now() + 60_000) });
    await runDueSchedules(t.db, new Date());
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    await runDueSchedules(t.db, new Date(Date.now() + 120_000));
    const after = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ status: "UNPUBLISHED", unpublishAt: null });
    expect((await searchArticleIds(t.db, "short lived", 10, 0)).ids).not.toContain(id);
  });
});

// The scheduler lists what is due, then takes each step in its own
// transaction; a person may change the plan in between. Each step re-checks,
// inside its transaction, that it is still due (the race is put between the
// list and the step by calling the two halves of runDueSchedules by hand).
describe("the scheduler after a change of plan", () => {
  const soon = () => new Date(Date.now() + 1000);
  const clock = () => new Date(Date.now() + 2000);
  const dueFor = async (id: string, now: Date) => (await dueSchedules(t.db, now)).filter((s) => s.articleId === id);

  it("does not publish an article unscheduled after it was listed", async () => {
    const id = await articleIn("IN_REVIEW", "Pulled back");
    await transition(t.db, people.editor, { articleId: id, action: "schedule", at: soon() });
    const now = clock();
    const [step] = await dueFor(id, now);
    expect(step).toEqual({ articleId: id, action: "publish" });
    await transition(t.db, people.editor, { articleId: id, action: "unschedule" });
    const taken = await runScheduledStep(t.db, step, now);
    const after = await t.db.article.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ status: "IN_REVIEW", publishedAt: null });
    expect(taken).toBe(false);
    expect(await t.db.auditEvent.count({ where: { targetId: id, action: "article.publish" } })).toBe(0);
  });

  it("does not publish an article moved to a later time after it was listed", async () => {
    const id = await articleIn("IN_REVIEW", "Moved later");
    await transition(t.db, people.editor, { articleId: id, action: "schedule", at: soon() });
    const now = clock();
    const [step] = await dueFor(id, now);
    expect(step).toEqual({ articleId: id, action: "publish" });
    await transition(t.db, people.editor, { articleId: id, action: "unschedule" });
    const later = future();
    await transition(t.db, people.editor, { articleId: id, action: "schedule", at: later });
    const taken = await runScheduledStep(t.db, step, now);
    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SCHEDULED", scheduledAt: later, publishedAt: null });
    expect(taken).toBe(false);
    // …and publishes it when that time comes.
    expect(await runScheduledStep(t.db, step, new Date(later.getTime() + 1000))).toBe(true);
    expect((await t.db.article.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });

  it("does not take down an article whose take-down was cancelled after it was listed", async () => {
    const id = await articleIn("IN_REVIEW", "Reprieved");
    await transition(t.db, people.editor, { articleId: id, action: "publish" });
    await scheduleUnpublish(t.db, people.editor, { articleId: id, at: soon() });
    const now = clock();
    const [step] = await dueFor(id, now);
    expect(step).toEqual({ articleId: id, action: "unpublish" });
    await scheduleUnpublish(t.db, people.editor, { articleId: id, at: null });
    const taken = await runScheduledStep(t.db, step, now);
    expect(await t.db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", unpublishAt: null });
    expect(taken).toBe(false);
    expect(await t.db.auditEvent.count({ where: { targetId: id, action: "article.unpublish" } })).toBe(0);
  });
});
