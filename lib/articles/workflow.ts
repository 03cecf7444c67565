// The editorial workflow: which status changes exist, who may make them, and
// what each does. One map; every action and the scheduler go through
// transition(). Each change is one transaction: status, live text, search
// index, revision and audit event together or not at all. Those that apply
// pending changes run again if another article took their slug meanwhile
// (withRetry, lib/db/concurrency.ts).
import type { ArticleStatus } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { withRetry } from "@/lib/db/concurrency";
import { UserError } from "@/lib/errors/user-error";
import { countSuggestions } from "@/lib/content/suggestions";
import { indexArticle, unindexArticle } from "@/lib/search";
import { isOwnArticle, type ArticleOwnership } from "@/lib/articles/access";
import { columnsOf, loadRow, ownership, pendingOf, snapshotOf, type Loaded } from "@/lib/articles/article-state";
import { applyFields } from "@/lib/articles/field-writes";
import { revisionReason } from "@/lib/articles/revision-reasons";
import type { WorkflowAction } from "@/lib/articles/statuses";

type Rule = { from: ArticleStatus[]; to: ArticleStatus; permission: Permission };

/**
 * The map. A status change that is not here does not happen. Each step's
 * button label is the message "workflow.steps.<action>" in the catalogues.
 */
export const WORKFLOW: Record<WorkflowAction, Rule> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "article:submit" },
  sendBack: { from: ["IN_REVIEW"], to: "DRAFT", permission: "article:send-back" },
  publish: { from: ["IN_REVIEW", "SCHEDULED"], to: "PUBLISHED", permission: "article:publish" },
  schedule: { from: ["IN_REVIEW"], to: "SCHEDULED", permission: "article:schedule" },
  unschedule: { from: ["SCHEDULED"], to: "IN_REVIEW", permission: "article:schedule" },
  unpublish: { from: ["PUBLISHED"], to: "UNPUBLISHED", permission: "article:unpublish" },
  archive: { from: ["UNPUBLISHED"], to: "ARCHIVED", permission: "article:archive" },
  reopen: { from: ["UNPUBLISHED"], to: "DRAFT", permission: "article:send-back" },
};

/** "An article that is <status> cannot be moved that way", one message per status. */
const WRONG_STATUS: Record<ArticleStatus, string> = {
  DRAFT: "workflow.errors.wrongStatusDraft",
  IN_REVIEW: "workflow.errors.wrongStatusInReview",
  SCHEDULED: "workflow.errors.wrongStatusScheduled",
  PUBLISHED: "workflow.errors.wrongStatusPublished",
  UNPUBLISHED: "workflow.errors.wrongStatusUnpublished",
  ARCHIVED: "workflow.errors.wrongStatusArchived",
};

/** The system acting on its own: the scheduler, with an admin's rights. */
export const SCHEDULER: Actor<null> = { id: null, role: "ADMIN", displayName: "Scheduler", penName: null };

export function allowedActions(user: Pick<Actor, "id" | "role">, article: ArticleOwnership): WorkflowAction[] {
  return (Object.keys(WORKFLOW) as WorkflowAction[]).filter((action) => {
    const rule = WORKFLOW[action];
    if (!rule.from.includes(article.status) || !can(user.role, rule.permission)) return false;
    // Reporters may only submit their own work.
    return can(user.role, "article:edit-any") || isOwnArticle(user.id, article);
  });
}

export type TransitionInput = {
  articleId: string;
  action: WorkflowAction;
  /** The version the person saw; refuses if the article changed since. */
  baseVersion?: number;
  note?: string;
  at?: Date;
  ip?: string | null;
  /** The scheduler's clock: its step is taken only if still due by then (see isDue). */
  dueBy?: Date;
};

export type TransitionResult = { status: ArticleStatus; version: number; liveChanged: boolean };

async function revision(tx: Tx, row: Loaded, version: number, actor: Pick<Actor | Actor<null>, "id">, reason: string) {
  const fresh = (await loadRow(tx, row.id))!;
  const fields = pendingOf(fresh) ?? columnsOf(fresh);
  await tx.revision.create({ data: { articleId: row.id, version, snapshot: snapshotOf(fields), reason, authorId: actor.id } });
}

/**
 * Nothing is published with suggestions open (lib/content/suggestions.ts):
 * readers would get the text without them, which whoever publishes may not
 * have noticed. Checks the body that would go live: a published article's
 * pending changes, else its columns.
 */
function refuseOpenSuggestions(row: Loaded) {
  const count = countSuggestions((pendingOf(row) ?? columnsOf(row)).body);
  if (count > 0) throw new UserError("workflow.errors.openSuggestions", { count });
}

/** Moves pending changes into the columns (the live version for a published article). */
async function applyPending(tx: Tx, row: Loaded, extra: Parameters<typeof applyFields>[3]) {
  const pending = pendingOf(row);
  if (!pending) {
    const version = row.version + 1;
    const updated = await tx.article.updateMany({ where: { id: row.id, version: row.version }, data: { ...extra, version } });
    if (updated.count !== 1) throw new UserError("workflow.errors.changedMeanwhile");
    return { version };
  }
  const applied = await applyFields(tx, row, pending, { ...extra, pendingJson: null });
  if (!applied) throw new UserError("workflow.errors.changedMeanwhile");
  return { version: applied.version };
}

/**
 * Whether the scheduler's step is still due by `now`, on the row as its
 * transaction reads it: since the scheduler's list, someone may have
 * unscheduled the article, moved it later or cancelled its take-down. (The
 * map also lets a person publish from review; the scheduler may not.)
 */
function isDue(row: Loaded, action: WorkflowAction, now: Date): boolean {
  const reached = (at: Date | null) => at !== null && at.getTime() <= now.getTime();
  if (action === "publish") return row.status === "SCHEDULED" && reached(row.scheduledAt);
  if (action === "unpublish") return row.status === "PUBLISHED" && reached(row.unpublishAt);
  return false;
}

/** A step by a signed-in person, or by the scheduler (SCHEDULER), which only checks that the step is due. */
export async function transition(db: Db, actor: Actor | Actor<null>, input: TransitionInput): Promise<TransitionResult> {
  const rule = WORKFLOW[input.action];
  if (!rule) throw new UserError("workflow.errors.unknownStep");
  return withRetry(db, async (tx) => {
    const row = await loadRow(tx, input.articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    if (actor.id !== null && !allowedActions(actor, ownership(row)).includes(input.action)) {
      if (!rule.from.includes(row.status)) throw new UserError(WRONG_STATUS[row.status]);
      throw new UserError("workflow.errors.notAllowed");
    }
    // Nothing is written yet: refusing leaves the article as it is. Any change
    // after this read bumps the version, which the write checks (applyPending).
    if (actor.id === null && !isDue(row, input.action, input.dueBy ?? new Date())) throw new UserError("workflow.errors.notDue");
    if (input.baseVersion !== undefined && input.baseVersion !== row.version) {
      throw new UserError("workflow.errors.staleVersion");
    }
    // People cannot publish or schedule over open suggestions. The scheduler
    // publishes what was scheduled (checked then): a suggestion made since
    // must not cost the article its slot, and readers never see suggestions.
    if (input.action === "schedule" || (input.action === "publish" && actor.id !== null)) refuseOpenSuggestions(row);
    const now = new Date();
    let liveChanged = false;
    let version: number;
    switch (input.action) {
      case "submit":
        ({ version } = await applyPending(tx, row, { status: "IN_REVIEW", reviewNote: null }));
        break;
      case "sendBack": {
        const note = input.note?.trim();
        if (!note) throw new UserError("workflow.errors.noteMissing");
        ({ version } = await applyPending(tx, row, { status: "DRAFT", reviewNote: note.slice(0, 2000) }));
        break;
      }
      case "schedule": {
        if (!input.at || Number.isNaN(input.at.getTime())) throw new UserError("workflow.errors.publishTimeMissing");
        if (input.at.getTime() <= now.getTime()) throw new UserError("workflow.errors.publishTimePast");
        ({ version } = await applyPending(tx, row, { status: "SCHEDULED", scheduledAt: input.at }));
        break;
      }
      case "unschedule":
        ({ version } = await applyPending(tx, row, { status: "IN_REVIEW", scheduledAt: null }));
        break;
      case "publish": {
        const first = !row.publishedAt;
        ({ version } = await applyPending(tx, row, {
          status: "PUBLISHED",
          publishedAt: row.publishedAt ?? now,
          liveUpdatedAt: first ? null : now,
          scheduledAt: null,
          reviewNote: null,
        }));
        const live = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, title: true, lead: true, bodyText: true } });
        await indexArticle(tx, live);
        liveChanged = true;
        break;
      }
      case "unpublish":
        // Pending changes become the working text (nothing is live any more).
        ({ version } = await applyPending(tx, row, { status: "UNPUBLISHED", unpublishAt: null }));
        await unindexArticle(tx, row.id);
        liveChanged = true;
        break;
      case "archive":
        ({ version } = await applyPending(tx, row, { status: "ARCHIVED" }));
        break;
      case "reopen":
        ({ version } = await applyPending(tx, row, { status: "DRAFT" }));
        break;
    }
    const reasons: Record<WorkflowAction, () => string> = {
      submit: () => revisionReason("submit"),
      sendBack: () => revisionReason("sendBack", { note: input.note?.trim() ?? "" }),
      publish: () => revisionReason(actor.id === null ? "publishOnSchedule" : row.publishedAt ? "publishAgain" : "publish"),
      schedule: () => revisionReason("schedule", { at: input.at?.toISOString() ?? "" }),
      unschedule: () => revisionReason("unschedule"),
      unpublish: () => revisionReason(actor.id === null ? "unpublishOnSchedule" : "unpublish"),
      archive: () => revisionReason("archive"),
      reopen: () => revisionReason("reopen"),
    };
    await revision(tx, row, version!, actor, reasons[input.action]());
    await recordAudit(tx, {
      action: `article.${input.action}`,
      actorId: actor.id,
      targetType: "article",
      targetId: row.id,
      detail: { from: row.status, to: rule.to, title: row.title, ...(input.note ? { note: input.note } : {}), ...(input.at ? { at: input.at.toISOString() } : {}) },
      ip: input.ip ?? null,
    });
    return { status: rule.to, version: version!, liveChanged };
  });
}

/** Publishes the pending changes of a published article: readers see them from now on. */
export async function publishUpdate(db: Db, actor: Actor, input: { articleId: string; baseVersion?: number; ip?: string | null }) {
  if (!can(actor.role, "article:publish")) throw new UserError("workflow.errors.mayNotPublish");
  return withRetry(db, async (tx) => {
    const row = await loadRow(tx, input.articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    if (row.status !== "PUBLISHED") throw new UserError("workflow.errors.updateNeedsPublished");
    if (!row.pendingJson) throw new UserError("workflow.errors.noPendingChanges");
    if (input.baseVersion !== undefined && input.baseVersion !== row.version) throw new UserError("workflow.errors.staleVersionReload");
    refuseOpenSuggestions(row);
    const { version } = await applyPending(tx, row, { liveUpdatedAt: new Date() });
    const live = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, title: true, lead: true, bodyText: true } });
    await indexArticle(tx, live);
    await revision(tx, row, version, actor, revisionReason("publishUpdate"));
    await recordAudit(tx, { action: "article.publish_update", actorId: actor.id, targetType: "article", targetId: row.id, detail: { title: live.title }, ip: input.ip ?? null });
    return { version };
  });
}

/** Appends a dated correction note to a published article. */
export async function addCorrection(db: Db, actor: Actor, input: { articleId: string; text: string; ip?: string | null }) {
  if (!can(actor.role, "article:correct")) throw new UserError("workflow.errors.mayNotCorrect");
  const text = input.text.trim();
  if (!text) throw new UserError("workflow.errors.correctionMissing");
  if (text.length > 2000) throw new UserError("workflow.errors.correctionTooLong");
  return db.$transaction(async (tx) => {
    const row = await loadRow(tx, input.articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    if (row.status !== "PUBLISHED") throw new UserError("workflow.errors.correctionNeedsPublished");
    const correction = await tx.correction.create({ data: { articleId: row.id, text, authorId: actor.id } });
    const version = row.version + 1;
    await tx.article.update({ where: { id: row.id }, data: { version } });
    await revision(tx, row, version, actor, revisionReason("correction", { text }));
    await recordAudit(tx, { action: "article.correction", actorId: actor.id, targetType: "article", targetId: row.id, detail: { text }, ip: input.ip ?? null });
    return { id: correction.id, version };
  });
}

/** Schedules (or, with null, cancels) taking a published article down. */
export async function scheduleUnpublish(db: Db, actor: Actor, input: { articleId: string; at: Date | null; ip?: string | null }) {
  if (!can(actor.role, "article:unpublish")) throw new UserError("workflow.errors.mayNotUnpublish");
  if (input.at && input.at.getTime() <= Date.now()) throw new UserError("workflow.errors.unpublishTimePast");
  return db.$transaction(async (tx) => {
    const row = await loadRow(tx, input.articleId);
    if (!row || row.status !== "PUBLISHED") throw new UserError("workflow.errors.unpublishNeedsPublished");
    await tx.article.update({ where: { id: row.id }, data: { unpublishAt: input.at, version: row.version + 1 } });
    await recordAudit(tx, {
      action: input.at ? "article.unpublish_scheduled" : "article.unpublish_schedule_cancelled",
      actorId: actor.id,
      targetType: "article",
      targetId: row.id,
      detail: input.at ? { at: input.at.toISOString() } : {},
      ip: input.ip ?? null,
    });
  });
}

/** Home page slots: "lead" puts the article first, "secondary" after the others, "none" removes it. */
export async function setFeatured(db: Db, actor: Actor, input: { articleId: string; slot: "lead" | "secondary" | "none"; ip?: string | null }) {
  if (!can(actor.role, "article:feature")) throw new UserError("workflow.errors.mayNotFeature");
  return db.$transaction(async (tx) => {
    const row = await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true, status: true, title: true } });
    if (!row) throw new UserError("editor.errors.articleGone");
    if (input.slot !== "none" && row.status !== "PUBLISHED") throw new UserError("workflow.errors.featureNeedsPublished");
    const others = await tx.article.findMany({ where: { featured: true, id: { not: row.id } }, orderBy: { featuredRank: "asc" }, select: { id: true } });
    const order = input.slot === "lead" ? [row.id, ...others.map((o) => o.id)] : input.slot === "secondary" ? [...others.map((o) => o.id), row.id] : others.map((o) => o.id);
    if (input.slot === "none") await tx.article.update({ where: { id: row.id }, data: { featured: false, featuredRank: 0 } });
    for (const [rank, id] of order.entries()) await tx.article.update({ where: { id }, data: { featured: true, featuredRank: rank } });
    await recordAudit(tx, { action: "article.featured", actorId: actor.id, targetType: "article", targetId: row.id, detail: { slot: input.slot, title: row.title }, ip: input.ip ?? null });
  });
}

/** A step the scheduler takes: publishing a scheduled article, or taking a published one down. */
export type ScheduledStep = { articleId: string; action: "publish" | "unpublish" };

/** What is due at `now`: scheduled articles to publish, then published ones to take down. */
export async function dueSchedules(db: Tx, now: Date): Promise<ScheduledStep[]> {
  const [toPublish, toUnpublish] = await Promise.all([
    db.article.findMany({ where: { status: "SCHEDULED", scheduledAt: { lte: now } }, select: { id: true } }),
    db.article.findMany({ where: { status: "PUBLISHED", unpublishAt: { lte: now } }, select: { id: true } }),
  ]);
  return [
    ...toPublish.map(({ id }): ScheduledStep => ({ articleId: id, action: "publish" })),
    ...toUnpublish.map(({ id }): ScheduledStep => ({ articleId: id, action: "unpublish" })),
  ];
}

/**
 * Takes one listed step if it is still due by `now` (re-checked in its
 * transaction: the plan may have changed since the list). Returns whether it
 * was taken; a step no longer due is no failure, just nothing to do.
 */
export async function runScheduledStep(db: Db, step: ScheduledStep, now: Date): Promise<boolean> {
  try {
    await transition(db, SCHEDULER, { ...step, dueBy: now });
    return true;
  } catch (e) {
    if (e instanceof UserError && e.key === "workflow.errors.notDue") return false;
    throw e;
  }
}

/** Publishes what is due and takes down what is due to come down. Returns how many changed. */
export async function runDueSchedules(db: Db, now = new Date()): Promise<number> {
  let changed = 0;
  for (const step of await dueSchedules(db, now)) {
    try {
      if (await runScheduledStep(db, step, now)) changed++;
    } catch (e) {
      console.error(`Scheduled ${step.action} of ${step.articleId} failed:`, e);
    }
  }
  return changed;
}
