"use server";
// Replies in a comment thread (not a resolved one: it is reopened first).
import { authedAction } from "@/lib/actions/action";
import { announce } from "@/lib/comments/change";
import { replyInput } from "@/lib/comments/input";
import { threadView } from "@/lib/comments/queries";
import { reply } from "@/lib/comments/reply";
import { db } from "@/lib/db";

export const replyAction = authedAction("article:read-any", replyInput, async (input, user) => {
  const change = await reply(db, user, input);
  announce(change);
  return { ok: true, thread: await threadView(db, change.threadId, user) };
});
