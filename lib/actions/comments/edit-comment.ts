"use server";
// Changes the text (and mentions) of one's own comment.
import { authedAction } from "@/lib/actions/action";
import { announce } from "@/lib/comments/change";
import { editComment } from "@/lib/comments/edit-comment";
import { editCommentInput } from "@/lib/comments/input";
import { threadView } from "@/lib/comments/queries";
import { db } from "@/lib/db";

export const editCommentAction = authedAction("article:read-any", editCommentInput, async (input, user) => {
  const change = await editComment(db, user, input);
  announce(change);
  return { ok: true, thread: await threadView(db, change.threadId, user) };
});
