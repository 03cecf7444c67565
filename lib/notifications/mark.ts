// Marking one's notifications read or unread. Only the caller's own: ids of
// someone else's are ignored, as are ids already in the state asked for.
import "server-only";
import type { Tx } from "@/lib/db/client";

/** Marks the caller's notifications `ids` read (or unread); returns how many changed. */
export async function markRead(db: Tx, userId: string, ids: readonly string[], read: boolean): Promise<number> {
  if (ids.length === 0) return 0;
  const { count } = await db.notification.updateMany({
    where: { userId, id: { in: [...ids] }, readAt: read ? null : { not: null } },
    data: { readAt: read ? new Date() : null },
  });
  return count;
}

/** Marks every unread notification of the caller read; returns how many changed. */
export async function markAllRead(db: Tx, userId: string): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
