"use server";
// Marks the caller's notifications read or unread ({ids, read}), or all of
// them read ({all: true}). Their other open pages update their bell.
import { z } from "zod";
import { authedAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { notificationsChanged } from "@/lib/live/bus";
import { markAllRead, markRead } from "@/lib/notifications/mark";
import { unreadCount } from "@/lib/notifications/queries";

const id = z.string("validation.invalid").min(1, "validation.invalid").max(64, "validation.invalid");
const schema = z.union(
  [z.object({ ids: z.array(id, "validation.invalid").min(1, "validation.invalid").max(200, "validation.invalid"), read: z.boolean("validation.invalid") }), z.object({ all: z.literal(true, "validation.invalid") })],
  "validation.invalid",
);

export const markNotificationsAction = authedAction("newsroom:enter", schema, async (input, user) => {
  const changed = "all" in input ? await markAllRead(db, user.id) : await markRead(db, user.id, input.ids, input.read);
  if (changed > 0) notificationsChanged([user.id]);
  return { ok: true, changed, unread: await unreadCount(db, user.id) };
});
