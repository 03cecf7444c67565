// Reading one's notifications: the bell's unread count and the list under
// it, newest first, a page at a time. Most are about a story (its title,
// and the link that opens it at the comment); an admin's may be about a
// webhook endpoint turned off (its address, and the link to its page).
import "server-only";
import type { Tx } from "@/lib/db/client";
import { WEBHOOK_DISABLED, type NotificationKind } from "@/lib/notifications/kinds";

export const NOTIFICATION_PAGE = { default: 20, max: 50 } as const;

type NotificationBase = {
  id: string;
  /** Who did it (display name); null if they are gone, or for the system. */
  actorName: string | null;
  createdAt: string;
  read: boolean;
  /** Where following it leads. */
  href: string;
};

export type ArticleNotificationView = NotificationBase & {
  kind: NotificationKind;
  articleId: string;
  articleTitle: string;
  threadId: string | null;
};

export type EndpointNotificationView = NotificationBase & {
  kind: typeof WEBHOOK_DISABLED;
  endpointId: string;
  /** The endpoint's description, or its URL's host when it has none. */
  endpointName: string;
};

export type NotificationView = ArticleNotificationView | EndpointNotificationView;

export type NotificationPage = { items: NotificationView[]; nextCursor: string | null };

/** Where a notification leads: the story in the newsroom, at its thread. */
export function notificationHref(articleId: string, threadId: string | null): string {
  const path = `/newsroom/articles/${encodeURIComponent(articleId)}`;
  return threadId ? `${path}?thread=${encodeURIComponent(threadId)}` : path;
}

/** Where an endpoint's notification leads: its page, with the delivery log. */
export function endpointHref(endpointId: string): string {
  return `/newsroom/api/webhooks/${encodeURIComponent(endpointId)}`;
}

function endpointName(endpoint: { description: string; url: string }): string {
  if (endpoint.description.trim()) return endpoint.description.trim();
  try {
    return new URL(endpoint.url).host;
  } catch {
    return endpoint.url;
  }
}

export function unreadCount(db: Tx, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** A page of the caller's notifications, newest first, after `cursor` (the id of the last one seen). */
export async function list(db: Tx, userId: string, options: { cursor?: string | null; limit?: number } = {}): Promise<NotificationPage> {
  const limit = Math.min(Math.max(1, Math.floor(options.limit ?? NOTIFICATION_PAGE.default)), NOTIFICATION_PAGE.max);
  // A cursor that is not one of the caller's own starts from the top.
  const cursor = options.cursor ? await db.notification.findFirst({ where: { id: options.cursor, userId }, select: { id: true } }) : null;
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
    take: limit + 1,
    select: {
      id: true,
      kind: true,
      articleId: true,
      threadId: true,
      endpointId: true,
      createdAt: true,
      readAt: true,
      actor: { select: { displayName: true } },
      article: { select: { title: true } },
      endpoint: { select: { description: true, url: true } },
    },
  });
  const page = rows.slice(0, limit);
  const items: NotificationView[] = [];
  for (const n of page) {
    const base = { id: n.id, actorName: n.actor?.displayName ?? null, createdAt: n.createdAt.toISOString(), read: n.readAt !== null };
    if (n.kind === WEBHOOK_DISABLED) {
      // Deleting the endpoint deletes its notifications; one without is skipped, never shown broken.
      if (!n.endpointId || !n.endpoint) continue;
      items.push({ ...base, kind: WEBHOOK_DISABLED, endpointId: n.endpointId, endpointName: endpointName(n.endpoint), href: endpointHref(n.endpointId) });
    } else {
      if (!n.articleId) continue;
      items.push({
        ...base,
        kind: n.kind as NotificationKind,
        articleId: n.articleId,
        articleTitle: n.article?.title ?? "",
        threadId: n.threadId,
        href: notificationHref(n.articleId, n.threadId),
      });
    }
  }
  // The cursor is the last row read, shown or not, so no page repeats or skips one.
  return { items, nextCursor: rows.length > limit ? page[page.length - 1].id : null };
}
