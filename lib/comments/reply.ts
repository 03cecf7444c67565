// Replying in a thread. Tells the people mentioned, the people already in
// the thread and the story's owners (lib/comments/mentions.ts). A resolved
// thread takes no replies: it is reopened first, by someone who may.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { articleForComments, requireCanComment } from "@/lib/comments/access";
import { notifyAudience, type CommentChange } from "@/lib/comments/change";
import type { ReplyInput } from "@/lib/comments/input";
import { ownersOf, participantsOf, validMentions } from "@/lib/comments/mentions";

export async function reply(db: Db, actor: Pick<Actor, "id" | "role">, input: ReplyInput): Promise<CommentChange> {
  requireCanComment(actor);
  return db.$transaction(async (tx) => {
    const thread = await tx.commentThread.findUnique({
      where: { id: input.threadId },
      select: { id: true, articleId: true, createdById: true, resolvedAt: true, comments: { select: { authorId: true, mentions: true } } },
    });
    if (!thread) throw new UserError("comments.errors.threadGone");
    if (thread.resolvedAt) throw new UserError("comments.errors.threadResolved");
    const article = await articleForComments(tx, thread.articleId);
    const mentions = await validMentions(tx, input.mentions);
    await tx.comment.create({ data: { threadId: thread.id, authorId: actor.id, text: input.text, mentions: JSON.stringify(mentions) } });
    const notified = await notifyAudience(tx, {
      actorId: actor.id,
      articleId: article.id,
      threadId: thread.id,
      mentioned: mentions,
      participants: participantsOf(thread),
      owners: ownersOf(article),
    });
    return { articleId: article.id, threadId: thread.id, notified };
  });
}
