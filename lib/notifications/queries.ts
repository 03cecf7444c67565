// Reading one's notifications: the bell's unread count and the list under
// it, newest first, a page at a time, each with the story's title and the
// link that opens the story at the comment.
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/notifications/kinds";

export const NOTIFICATION_PAGE = { default: 20, max: 50 } as const;

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  articleId: string;
  articleTitle: string;
  threadId: string | null;
  /** Who did it (display name); null if they are gone. */
  actorName: string | null;
  createdAt: string;
  read: boolean;
  /** Opens the story, at the thread when there is one. */
  href: string;
};

export type NotificationPage = { items: NotificationView[]; nextCursor: string | null };

/** Where a notification leads: the story in the newsroom, at its thread. */
export function notificationHref(articleId: string, threadId: string | null): string {
  const path = `/newsroom/articles/${encodeURIComponent(articleId)}`;
  return threadId ? `${path}?thread=${encodeURIComponent(threadId)}` : path;
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
      createdAt: true,
      readAt: true,
      actor: { select: { displayName: true } },
      article: { select: { title: true } },
    },
  });
  const page = rows.slice(0, limit);
  return {
    items: page.map((n) => ({
      id: n.id,
      kind: n.kind as NotificationKind,
      articleId: n.articleId ?? "",
      articleTitle: n.article?.title ?? "",
      threadId: n.threadId,
      actorName: n.actor?.displayName ?? null,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
      href: notificationHref(n.articleId ?? "", n.threadId),
    })),
    nextCursor: rows.length > limit ? page[page.length - 1].id : null,
  };
}
