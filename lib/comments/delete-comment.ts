// Deleting one's own comment. A reply goes. The first comment of a thread
// carries the thread: with replies left it stays as "comment deleted" (its
// text emptied, lib/comments/queries.ts); without, the whole thread goes,
// and so do its notifications (their link would lead nowhere). A thread
// whose last reply goes while its first comment is deleted goes too.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { canChangeComment } from "@/lib/comments/access";
import type { CommentChange } from "@/lib/comments/change";
import { isDeletedComment } from "@/lib/comments/queries";

/** `notified`: whose notifications went with the thread. */
export type CommentDeletion = CommentChange & { threadDeleted: boolean };

export async function deleteComment(db: Db, actor: Pick<Actor, "id" | "role">, commentId: string): Promise<CommentDeletion> {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: {
        id: true,
        authorId: true,
        text: true,
        thread: { select: { id: true, articleId: true, comments: { select: { id: true, text: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } },
      },
    });
    if (!comment || isDeletedComment(comment)) throw new UserError("comments.errors.commentGone");
    if (!canChangeComment(actor, comment)) throw new UserError("comments.errors.notYourComment");
    const { thread } = comment;
    const change = { articleId: thread.articleId, threadId: thread.id, notified: [] };
    const othersLeft = thread.comments.some((c) => c.id !== comment.id && !isDeletedComment(c));
    if (!othersLeft) {
      // Their bells change too: returned as `notified` for the live event.
      const told = await tx.notification.findMany({ where: { threadId: thread.id }, select: { userId: true }, distinct: ["userId"] });
      await tx.notification.deleteMany({ where: { threadId: thread.id } });
      await tx.commentThread.delete({ where: { id: thread.id } });
      return { ...change, notified: told.map((n) => n.userId), threadDeleted: true };
    }
    if (thread.comments[0].id === comment.id) {
      await tx.comment.update({ where: { id: comment.id }, data: { text: "", mentions: "[]", editedAt: new Date() } });
    } else {
      await tx.comment.delete({ where: { id: comment.id } });
    }
    return { ...change, threadDeleted: false };
  });
}
