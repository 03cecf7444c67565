"use server";
// Resolves or reopens a comment thread: whoever may edit the article, or
// whoever opened the thread (lib/comments/access.ts).
import { authedAction } from "@/lib/actions/action";
import { announce } from "@/lib/comments/change";
import { setResolvedInput } from "@/lib/comments/input";
import { threadView } from "@/lib/comments/queries";
import { setResolved } from "@/lib/comments/set-resolved";
import { db } from "@/lib/db";

export const setThreadResolvedAction = authedAction("article:read-any", setResolvedInput, async (input, user) => {
  const change = await setResolved(db, user, input);
  announce(change);
  return { ok: true, thread: await threadView(db, change.threadId, user) };
});
