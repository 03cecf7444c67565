// An endpoint's delivery log for its page in the newsroom
// (/newsroom/api/webhooks/<id>): its deliveries, newest first, a page at a
// time, each with its event, the article it was about (its title now; null
// once the article is deleted), where it stands (pending,
// delivered, failed), the last answer, and every try (WebhookAttempt).
import "server-only";
import type { Tx } from "@/lib/db/client";

export const DELIVERY_PAGE = { default: 25, max: 100 } as const;

export type DeliveryStatus = "pending" | "delivered" | "failed";

export type DeliveryAttemptView = { attempt: number; statusCode: number | null; error: string | null; durationMs: number; createdAt: Date };

export type DeliveryView = {
  id: string;
  eventId: string;
  eventType: string;
  articleId: string | null;
  articleTitle: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
  /** Oldest first. */
  log: DeliveryAttemptView[];
};

/** A page of endpoint `endpointId`'s deliveries, newest first, after `cursor` (the `next` of the page before). */
export async function listDeliveries(
  db: Tx,
  endpointId: string,
  options: { cursor?: string | null; limit?: number } = {},
): Promise<{ items: DeliveryView[]; next: string | null }> {
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? DELIVERY_PAGE.default)), DELIVERY_PAGE.max);
  // A cursor that is not one of this endpoint's starts from the top.
  const cursor = options.cursor ? await db.webhookDelivery.findFirst({ where: { id: options.cursor, endpointId }, select: { id: true } }) : null;
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
    take: limit + 1,
    select: {
      id: true,
      status: true,
      attempts: true,
      lastStatus: true,
      lastError: true,
      nextAttemptAt: true,
      deliveredAt: true,
      createdAt: true,
      event: { select: { id: true, type: true, articleId: true } },
      attemptLog: { orderBy: [{ attempt: "asc" }, { createdAt: "asc" }], select: { attempt: true, statusCode: true, error: true, durationMs: true, createdAt: true } },
    },
  });
  const page = rows.slice(0, limit);
  const articleIds = [...new Set(page.map((r) => r.event.articleId).filter((id): id is string => id !== null))];
  const articles = articleIds.length ? await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true } }) : [];
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return {
    items: page.map((r) => ({
      id: r.id,
      eventId: r.event.id,
      eventType: r.event.type,
      articleId: r.event.articleId,
      articleTitle: r.event.articleId ? (titles.get(r.event.articleId) ?? null) : null,
      status: r.status as DeliveryStatus,
      attempts: r.attempts,
      lastStatus: r.lastStatus,
      lastError: r.lastError,
      nextAttemptAt: r.nextAttemptAt,
      deliveredAt: r.deliveredAt,
      createdAt: r.createdAt,
      log: r.attemptLog,
    })),
    next: rows.length > limit ? page[page.length - 1].id : null,
  };
}
