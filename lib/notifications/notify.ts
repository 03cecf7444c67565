// Writing notifications (the newsroom's bell). notify() is given the
// candidates of one event, decided by lib/comments/mentions.ts (or, for a
// story sent back, its owners: notifySentBack; for a webhook endpoint turned
// off, its admin: notifyWebhookDisabled), and writes
// one notification per person (lib/notifications/kinds.ts: never the actor,
// the strongest kind). It runs inside the caller's transaction; telling the
// open pages (lib/live/bus.ts) is for after the commit. Free of
// `server-only` (as lib/comments/mentions.ts): the workflow, which scripts
// and tests load outside Next.js, writes the "sent back" notification.
import type { Db, Tx } from "@/lib/db/client";
import { notificationsChanged } from "@/lib/live/bus";
import { ownersOf, recipientsAmong, suggestionCandidates } from "@/lib/comments/mentions";
import { dedupeNotifications, WEBHOOK_DISABLED, type NotificationEvent } from "@/lib/notifications/kinds";

/** Writes the notifications of `events`; returns who got one. */
export async function notify(tx: Tx, events: readonly NotificationEvent[]): Promise<string[]> {
  const rows = dedupeNotifications(events);
  if (rows.length === 0) return [];
  await tx.notification.createMany({
    data: rows.map((e) => ({ kind: e.kind, userId: e.userId, articleId: e.articleId, threadId: e.threadId, actorId: e.actorId })),
  });
  return [...new Set(rows.map((e) => e.userId))];
}

/**
 * The desk sent a story back: its owners (creator, bylined staff) are told,
 * except whoever sent it. Inside the workflow step's transaction; returns who
 * got one, for the step to tell their open pages after the commit.
 */
export async function notifySentBack(tx: Tx, input: { articleId: string; actorId: string | null; owners: readonly string[] }): Promise<string[]> {
  const events = input.owners.map((userId): NotificationEvent => ({ kind: "sentBack", userId, articleId: input.articleId, threadId: null, actorId: input.actorId }));
  return notify(tx, await recipientsAmong(tx, events));
}

/**
 * For the co-editing server, when `count` new suggestions by `actorId`
 * appear in a story: its owners are told, except who already has an unread
 * notification of suggestions by the same person on it (one typing session
 * of suggestions is one notification, not one per keystroke batch). Tells
 * their open pages. Returns who got one.
 */
export async function notifySuggestions(db: Db, input: { articleId: string; actorId: string | null; count: number }): Promise<string[]> {
  if (input.count <= 0) return [];
  const notified = await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { createdById: true, authors: { select: { userId: true } } },
    });
    if (!article) return [];
    const candidates = await recipientsAmong(tx, suggestionCandidates({ actorId: input.actorId, articleId: input.articleId, owners: ownersOf(article) }));
    const pending = await tx.notification.findMany({
      where: { kind: "suggestion", articleId: input.articleId, actorId: input.actorId, readAt: null, userId: { in: candidates.map((c) => c.userId) } },
      select: { userId: true },
    });
    const already = new Set(pending.map((p) => p.userId));
    return notify(tx, candidates.filter((c) => !already.has(c.userId)));
  });
  notificationsChanged(notified);
  return notified;
}

/**
 * A webhook endpoint was turned off after failing for 24 hours
 * (lib/webhooks/disable.ts): whoever registered it is told if they are still
 * an active admin, else every active admin (someone must hear of it). Inside
 * the caller's transaction; returns who got one, for their open pages to be
 * told after the commit.
 */
export async function notifyWebhookDisabled(tx: Tx, endpoint: { id: string; createdById: string | null }): Promise<string[]> {
  const active = { role: "ADMIN" as const, disabledAt: null };
  const creator = endpoint.createdById ? await tx.user.findFirst({ where: { id: endpoint.createdById, ...active }, select: { id: true } }) : null;
  const recipients = creator ? [creator] : await tx.user.findMany({ where: active, select: { id: true } });
  if (recipients.length === 0) return [];
  await tx.notification.createMany({
    data: recipients.map((u) => ({ kind: WEBHOOK_DISABLED, userId: u.id, endpointId: endpoint.id, articleId: null, threadId: null, actorId: null })),
  });
  return recipients.map((u) => u.id);
}
