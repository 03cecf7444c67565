"use server";
// Opens a comment thread on the text selected in the editor (the anchor and
// quote come from the client: lib/comments/input.ts). Every staff member may
// comment on any article they can open.
import { authedAction } from "@/lib/actions/action";
import { announce } from "@/lib/comments/change";
import { createThread } from "@/lib/comments/create-thread";
import { createThreadInput } from "@/lib/comments/input";
import { threadView } from "@/lib/comments/queries";
import { db } from "@/lib/db";

export const createThreadAction = authedAction("article:read-any", createThreadInput, async (input, user) => {
  const change = await createThread(db, user, input);
  announce(change);
  return { ok: true, thread: await threadView(db, change.threadId, user) };
});
