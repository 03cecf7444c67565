// Deleting an article outright: admins only ("article:delete"), and never
// while readers can see it or it is about to go live: a PUBLISHED or
// SCHEDULED article is taken down (or unscheduled) first, a deliberate step
// with its own confirmation and webhook event. One transaction removes the
// row, and with it (the schema's cascades) its revisions, tags, bylines,
// corrections, comments, notifications, slug redirects, media usage, search
// key and shared editing document; the full-text index row is removed
// explicitly (unindexArticle), as the rest of the code does. A translation
// left alone in its group leaves the group too (a group of one links nothing:
// lib/articles/translations.ts). The audit event keeps the title, the only
// trace of what the article was; an article that was ever published also
// writes article.deleted to the webhook outbox, so partners drop their copy.
// An open editor on it finds the article gone at its next save.
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { holdLock } from "@/lib/db/concurrency";
import { UserError } from "@/lib/errors/user-error";
import { deskChanged, notificationsChanged } from "@/lib/live/bus";
import { unindexArticle } from "@/lib/search";
import { readWebhookArticle, recordWebhookEvent } from "@/lib/webhooks/events";
import { nudgeWebhooks } from "@/lib/webhooks/nudge";

/** Statuses an article cannot be deleted in: readers see it, or soon will. */
const LIVE_OR_DUE = ["PUBLISHED", "SCHEDULED"] as const;

export type DeleteArticleResult = {
  title: string;
  /** It was published at some time: the reader's caches and partners hear of it. */
  wasPublished: boolean;
};

export async function deleteArticle(db: Db, actor: Actor, input: { articleId: string; baseVersion?: number; ip?: string | null }): Promise<DeleteArticleResult> {
  if (!can(actor.role, "article:delete")) throw new UserError("workflow.errors.mayNotDelete");
  const { notified, ...result } = await db.$transaction(async (tx) => {
    // The same lock linking and unlinking translations hold (PostgreSQL; SQLite writes one at a time).
    await holdLock(tx, "translation-groups");
    const row = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, title: true, status: true, version: true, publishedAt: true, translationGroupId: true },
    });
    if (!row) throw new UserError("editor.errors.articleGone");
    if ((LIVE_OR_DUE as readonly string[]).includes(row.status)) throw new UserError("workflow.errors.deleteLive");
    // Only the version the person saw when they confirmed.
    if (input.baseVersion !== undefined && input.baseVersion !== row.version) throw new UserError("workflow.errors.staleVersion");
    const wasPublished = row.publishedAt !== null;
    // Read before the row goes: the event names the page that was public.
    if (wasPublished) await recordWebhookEvent(tx, "article.deleted", await readWebhookArticle(tx, row.id));
    const unread = await tx.notification.findMany({ where: { articleId: row.id, readAt: null }, select: { userId: true } });
    await unindexArticle(tx, row.id);
    // Only as read: someone publishing or scheduling it meanwhile (PostgreSQL
    // re-checks the condition on the row it waited for) makes this a refusal.
    const deleted = await tx.article.deleteMany({ where: { id: row.id, version: row.version, status: { notIn: [...LIVE_OR_DUE] } } });
    if (deleted.count !== 1) throw new UserError("workflow.errors.changedMeanwhile");
    if (row.translationGroupId) {
      const rest = await tx.article.findMany({ where: { translationGroupId: row.translationGroupId }, select: { id: true } });
      if (rest.length === 1) await tx.article.update({ where: { id: rest[0].id }, data: { translationGroupId: null } });
    }
    await recordAudit(tx, {
      action: "article.deleted",
      actorId: actor.id,
      targetType: "article",
      targetId: row.id,
      detail: { title: row.title, status: row.status },
      ip: input.ip ?? null,
    });
    return { title: row.title, wasPublished, notified: unread.map((n) => n.userId) };
  });
  // Committed: desks and bells look again; the outbox's sender goes at once.
  deskChanged();
  notificationsChanged(notified);
  if (result.wasPublished) nudgeWebhooks();
  return result;
}
