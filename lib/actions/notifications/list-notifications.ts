"use server";
// The bell's list: a page of the caller's notifications, newest first, and
// the unread count. `cursor` is the `nextCursor` of the page before.
import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { list, NOTIFICATION_PAGE, unreadCount } from "@/lib/notifications/queries";

const schema = z.object({
  cursor: z.string("validation.invalid").max(64, "validation.invalid").nullish(),
  limit: z.number("validation.invalid").int("validation.invalid").min(1, "validation.invalid").max(NOTIFICATION_PAGE.max, "validation.invalid").optional(),
});

export const listNotificationsAction = authedAction("newsroom:enter", schema, async (input, user) => {
  const page = await list(db, user.id, input);
  return { ok: true, ...page, unread: await unreadCount(db, user.id) };
});
