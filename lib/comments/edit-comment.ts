// Editing one's own comment: new text and mentions. Only people mentioned
// for the first time are told (the others heard already).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { canChangeComment } from "@/lib/comments/access";
import { notifyAudience, type CommentChange } from "@/lib/comments/change";
import type { EditCommentInput } from "@/lib/comments/input";
import { parseMentions, validMentions } from "@/lib/comments/mentions";
import { isDeletedComment } from "@/lib/comments/queries";

export async function editComment(db: Db, actor: Pick<Actor, "id" | "role">, input: EditCommentInput): Promise<CommentChange> {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: input.commentId },
      select: { id: true, authorId: true, text: true, mentions: true, thread: { select: { id: true, articleId: true } } },
    });
    if (!comment || isDeletedComment(comment)) throw new UserError("comments.errors.commentGone");
    if (!canChangeComment(actor, comment)) throw new UserError("comments.errors.notYourComment");
    const mentions = await validMentions(tx, input.mentions);
    const before = new Set(parseMentions(comment.mentions));
    await tx.comment.update({ where: { id: comment.id }, data: { text: input.text, mentions: JSON.stringify(mentions), editedAt: new Date() } });
    const notified = await notifyAudience(tx, {
      actorId: actor.id,
      articleId: comment.thread.articleId,
      threadId: comment.thread.id,
      mentioned: mentions.filter((id) => !before.has(id)),
      participants: [],
      owners: [],
    });
    return { articleId: comment.thread.articleId, threadId: comment.thread.id, notified };
  });
}
