"use server";
// Deletes one's own comment; the thread goes with its last comment
// (lib/comments/delete-comment.ts). `thread` is null when it went.
import { authedAction } from "@/lib/actions/action";
import { announce } from "@/lib/comments/change";
import { deleteComment } from "@/lib/comments/delete-comment";
import { deleteCommentInput } from "@/lib/comments/input";
import { threadView } from "@/lib/comments/queries";
import { db } from "@/lib/db";

export const deleteCommentAction = authedAction("article:read-any", deleteCommentInput, async ({ commentId }, user) => {
  const change = await deleteComment(db, user, commentId);
  announce(change);
  const thread = change.threadDeleted ? null : await threadView(db, change.threadId, user);
  return { ok: true, threadId: change.threadId, threadDeleted: change.threadDeleted, thread };
});
