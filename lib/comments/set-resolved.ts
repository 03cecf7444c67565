// Resolving a thread (it leaves the open list, kept with who resolved it)
// or reopening it. Who may: lib/comments/access.ts. Asking for the state it
// is already in changes nothing.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { articleForComments, canResolveThread, ownershipOf } from "@/lib/comments/access";
import type { CommentChange } from "@/lib/comments/change";

export async function setResolved(db: Db, actor: Pick<Actor, "id" | "role">, input: { threadId: string; resolved: boolean }): Promise<CommentChange> {
  return db.$transaction(async (tx) => {
    const thread = await tx.commentThread.findUnique({ where: { id: input.threadId }, select: { id: true, articleId: true, createdById: true, resolvedAt: true } });
    if (!thread) throw new UserError("comments.errors.threadGone");
    const article = await articleForComments(tx, thread.articleId);
    if (!canResolveThread(actor, ownershipOf(article), thread)) throw new UserError("comments.errors.cannotResolve");
    if ((thread.resolvedAt !== null) !== input.resolved) {
      await tx.commentThread.update({
        where: { id: thread.id },
        data: input.resolved ? { resolvedAt: new Date(), resolvedById: actor.id } : { resolvedAt: null, resolvedById: null },
      });
    }
    return { articleId: thread.articleId, threadId: thread.id, notified: [] };
  });
}
