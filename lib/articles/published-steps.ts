// What the desk does to a published article besides moving its status
// (lib/articles/workflow.ts): publishing its pending changes, adding a
// correction, scheduling its take-down, and its home page slot. Each is one
// transaction with its audit event (and a revision where the text changes);
// updates and corrections also write their webhook event in it
// (lib/webhooks/events.ts), and nudge the sender after the commit.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { withRetry } from "@/lib/db/concurrency";
import { UserError } from "@/lib/errors/user-error";
import { indexArticle } from "@/lib/search";
import { loadRow } from "@/lib/articles/article-state";
import { gatePublish, recordOverride, type ChecksOverride } from "@/lib/articles/publish-gate";
import { revisionReason } from "@/lib/articles/revision-reasons";
import { applyPending, refuseOpenSuggestions, revision } from "@/lib/articles/workflow-writes";
import { readWebhookArticle, recordWebhookEvent } from "@/lib/webhooks/events";
import { nudgeWebhooks } from "@/lib/webhooks/nudge";

/** Publishes the pending changes of a published article: readers see them from now on. */
export async function publishUpdate(db: Db, actor: Actor, input: { articleId: string; baseVersion?: number; ip?: string | null; override?: ChecksOverride }) {
  if (!can(actor.role, "article:publish")) throw new UserError("workflow.errors.mayNotPublish");
  const result = await withRetry(db, async (tx) => {
    const row = await loadRow(tx, input.articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    if (row.status !== "PUBLISHED") throw new UserError("workflow.errors.updateNeedsPublished");
    if (!row.pendingJson) throw new UserError("workflow.errors.noPendingChanges");
    if (input.baseVersion !== undefined && input.baseVersion !== row.version) throw new UserError("workflow.errors.staleVersionReload");
    refuseOpenSuggestions(row);
    // The publish checks on the pending version; an override is recorded below.
    const overridden = await gatePublish(tx, row, input.override);
    const { version } = await applyPending(tx, row, { liveUpdatedAt: new Date() });
    const live = await tx.article.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, title: true, lead: true, bodyText: true } });
    await indexArticle(tx, live);
    await revision(tx, row, version, actor, revisionReason("publishUpdate"));
    await recordAudit(tx, { action: "article.publish_update", actorId: actor.id, targetType: "article", targetId: row.id, detail: { title: live.title }, ip: input.ip ?? null });
    await recordOverride(tx, { articleId: row.id, actorId: actor.id, checks: overridden, reason: input.override?.reason, version, ip: input.ip });
    await recordWebhookEvent(tx, "article.updated", await readWebhookArticle(tx, row.id));
    return { version };
  });
  nudgeWebhooks();
  return result;
}

/** Appends a dated correction note to a published article. */
export async function addCorrection(db: Db, actor: Actor, input: { articleId: string; text: string; ip?: string | null }) {
  if (!can(actor.role, "article:correct")) throw new UserError("workflow.errors.mayNotCorrect");
  const text = input.text.trim();
  if (!text) throw new UserError("workflow.errors.correctionMissing");
  if (text.length > 2000) throw new UserError("workflow.errors.correctionTooLong");
  const result = await db.$transaction(async (tx) => {
    const row = await loadRow(tx, input.articleId);
    if (!row) throw new UserError("editor.errors.articleGone");
    if (row.status !== "PUBLISHED") throw new UserError("workflow.errors.correctionNeedsPublished");
    const correction = await tx.correction.create({ data: { articleId: row.id, text, authorId: actor.id } });
    const version = row.version + 1;
    await tx.article.update({ where: { id: row.id }, data: { version } });
    await revision(tx, row, version, actor, revisionReason("correction", { text }));
    await recordAudit(tx, { action: "article.correction", actorId: actor.id, targetType: "article", targetId: row.id, detail: { text }, ip: input.ip ?? null });
    await recordWebhookEvent(tx, "article.corrected", await readWebhookArticle(tx, row.id));
    return { id: correction.id, version };
  });
  nudgeWebhooks();
  return result;
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
