// The editorial workflow: which status changes exist, who may make them, and
// what each does. One map; every action and the scheduler go through
// transition(). Each change is one transaction: status, live text, search
// index, revision, audit event (and the reporter's notification when a story
// is sent back) together or not at all. Those that apply pending changes run
// again if another article took their slug meanwhile (withRetry,
// lib/db/concurrency.ts). After the commit, open newsroom pages hear that
// the desk changed (lib/live/bus.ts); publishing and taking down also write
// a webhook event in the same transaction (lib/webhooks/events.ts). The steps on a published article
// (updates, corrections, take-down, home page slots) are in published-steps.ts.
import type { ArticleStatus } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { withRetry } from "@/lib/db/concurrency";
import { UserError } from "@/lib/errors/user-error";
import { deskChanged, notificationsChanged } from "@/lib/live/bus";
import { ownersOf } from "@/lib/comments/mentions";
import { notifySentBack } from "@/lib/notifications/notify";
import { indexArticle, unindexArticle } from "@/lib/search";
import { isOwnArticle, type ArticleOwnership } from "@/lib/articles/access";
import { loadRow, ownership, type Loaded } from "@/lib/articles/article-state";
import { gatePublish, recordOverride, type ChecksOverride } from "@/lib/articles/publish-gate";
import type { PublishCheckId } from "@/lib/articles/publish-checks";
import { reviewStartedAt } from "@/lib/articles/review-start";
import { revisionReason } from "@/lib/articles/revision-reasons";
import type { WorkflowAction } from "@/lib/articles/statuses";
import { applyPending, refuseOpenSuggestions, revision } from "@/lib/articles/workflow-writes";
import { readWebhookArticle, recordWebhookEvent, type WebhookArticle, type WebhookEventType } from "@/lib/webhooks/events";
import { nudgeWebhooks } from "@/lib/webhooks/nudge";

export { addCorrection, publishUpdate, scheduleUnpublish, setFeatured } from "@/lib/articles/published-steps";

type Rule = {
  from: ArticleStatus[];
  to: ArticleStatus;
  permission: Permission;
  /** Only the article's own people (its creator, bylined staff) take it, whatever their role. */
  ownOnly?: true;
  /** Only until someone else has started reviewing it (lib/articles/review-start.ts). */
  untilReviewStarts?: true;
};

/**
 * The map. A status change that is not here does not happen. Each step's
 * button label is the message "workflow.steps.<action>" in the catalogues.
 */
export const WORKFLOW: Record<WorkflowAction, Rule> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "article:submit" },
  // The reporter takes a story back from the queue before anyone works on it.
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT", permission: "article:submit", ownOnly: true, untilReviewStarts: true },
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

/** An article as the map reads it: who owns it, and when review started (null: not yet). */
export type WorkflowSubject = ArticleOwnership & { reviewStartedAt?: Date | null };

export function allowedActions(user: Pick<Actor, "id" | "role">, article: WorkflowSubject): WorkflowAction[] {
  return (Object.keys(WORKFLOW) as WorkflowAction[]).filter((action) => {
    const rule = WORKFLOW[action];
    if (!rule.from.includes(article.status) || !can(user.role, rule.permission)) return false;
    if (rule.untilReviewStarts && article.reviewStartedAt) return false;
    if (rule.ownOnly) return isOwnArticle(user.id, article);
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
  /** Publish checks the person publishes or schedules past (lib/articles/publish-gate.ts). */
  override?: ChecksOverride;
};

export type TransitionResult = {
  status: ArticleStatus;
  version: number;
  liveChanged: boolean;
  /** The public page's path, when the step left the article published. */
  publicPath: string | null;
};

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

/** Why `actor` may not take the step: the article's status, review having started, or their role. */
function refusal(actor: Actor, subject: WorkflowSubject, action: WorkflowAction): UserError {
  const rule = WORKFLOW[action];
  if (!rule.from.includes(subject.status)) return new UserError(WRONG_STATUS[subject.status]);
  if (rule.untilReviewStarts && allowedActions(actor, { ...subject, reviewStartedAt: null }).includes(action)) return new UserError("workflow.errors.reviewStarted");
  return new UserError("workflow.errors.notAllowed");
}

/** A step by a signed-in person, or by the scheduler (SCHEDULER), which only checks that the step is due. */
export async function transition(db: Db, actor: Actor | Actor<null>, input: TransitionInput): Promise<TransitionResult> {
  const rule = WORKFLOW[input.action];
  if (!rule) throw new UserError("workflow.errors.unknownStep");
  const { notified, ...result } = await withRetry(db, async (tx) => {
    const row = await loadRow(tx, input.articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    const started = await reviewStartedAt(tx, row.id);
    const subject: WorkflowSubject = { ...ownership(row), reviewStartedAt: started };
    if (actor.id !== null && !allowedActions(actor, subject).includes(input.action)) throw refusal(actor, subject, input.action);
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
    // The publish checks (missing alt text…), likewise asked of people only:
    // a warning refuses unless overridden; the override is recorded below.
    let overridden: PublishCheckId[] = [];
    if (actor.id !== null && (input.action === "schedule" || input.action === "publish")) overridden = await gatePublish(tx, row, input.override);
    const now = new Date();
    // A step by someone other than the article's own people is the desk at
    // work on it: review has started, if it had not (review-start.ts).
    const reviewing = started ?? (actor.id !== null && !isOwnArticle(actor.id, subject) ? now : null);
    let liveChanged = false;
    let publicPath: string | null = null;
    let notified: string[] = [];
    let version: number;
    let webhook: { type: WebhookEventType; article: WebhookArticle } | null = null;
    switch (input.action) {
      case "submit":
        ({ version } = await applyPending(tx, row, { status: "IN_REVIEW", reviewNote: null, reviewStartedAt: null }));
        break;
      case "withdraw":
        // Only if review has still not started when the write happens.
        ({ version } = await applyPending(tx, row, { status: "DRAFT", reviewStartedAt: null }, { reviewStartedAt: null }));
        break;
      case "sendBack": {
        const note = input.note?.trim();
        if (!note) throw new UserError("workflow.errors.noteMissing");
        ({ version } = await applyPending(tx, row, { status: "DRAFT", reviewNote: note.slice(0, 2000), reviewStartedAt: null }));
        notified = await notifySentBack(tx, { articleId: row.id, actorId: actor.id, owners: ownersOf(row) });
        break;
      }
      case "schedule": {
        if (!input.at || Number.isNaN(input.at.getTime())) throw new UserError("workflow.errors.publishTimeMissing");
        if (input.at.getTime() <= now.getTime()) throw new UserError("workflow.errors.publishTimePast");
        ({ version } = await applyPending(tx, row, { status: "SCHEDULED", scheduledAt: input.at, reviewStartedAt: reviewing }));
        break;
      }
      case "unschedule":
        ({ version } = await applyPending(tx, row, { status: "IN_REVIEW", scheduledAt: null, reviewStartedAt: reviewing }));
        break;
      case "publish": {
        const first = !row.publishedAt;
        ({ version } = await applyPending(tx, row, {
          status: "PUBLISHED",
          publishedAt: row.publishedAt ?? now,
          liveUpdatedAt: first ? null : now,
          scheduledAt: null,
          reviewNote: null,
          reviewStartedAt: reviewing,
        }));
        const live = await tx.article.findUniqueOrThrow({
          where: { id: row.id },
          select: { id: true, title: true, lead: true, bodyText: true, slug: true, section: { select: { slug: true } } },
        });
        await indexArticle(tx, live);
        webhook = { type: "article.published", article: await readWebhookArticle(tx, row.id) };
        liveChanged = true;
        publicPath = `/${live.section.slug}/${live.slug}`;
        break;
      }
      case "unpublish":
        // Pending changes become the working text (nothing is live any more).
        ({ version } = await applyPending(tx, row, { status: "UNPUBLISHED", unpublishAt: null }));
        await unindexArticle(tx, row.id);
        // What readers saw (the row as read, before pending changes became the working text).
        webhook = { type: "article.unpublished", article: row };
        liveChanged = true;
        break;
      case "archive":
        ({ version } = await applyPending(tx, row, { status: "ARCHIVED" }));
        break;
      case "reopen":
        ({ version } = await applyPending(tx, row, { status: "DRAFT", reviewStartedAt: null }));
        break;
    }
    const reasons: Record<WorkflowAction, () => string> = {
      submit: () => revisionReason("submit"),
      withdraw: () => revisionReason("withdraw"),
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
    await recordOverride(tx, { articleId: row.id, actorId: actor.id, checks: overridden, reason: input.override?.reason, version: version!, ip: input.ip });
    // The outbox (lib/webhooks/events.ts): written with the change, or not at all;
    // after the revision, which the payload's public version counts.
    if (webhook) await recordWebhookEvent(tx, webhook.type, webhook.article);
    return { status: rule.to, version: version!, liveChanged, publicPath, notified };
  });
  // Committed: open pages look again (the desk's counts, the reporter's bell).
  deskChanged();
  notificationsChanged(notified);
  // Publishing and taking down wrote a webhook event: send it now.
  if (result.liveChanged) nudgeWebhooks();
  return result;
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
