// Opening a comment thread on selected text: the anchor and quote the
// client sends, and the first comment. Tells the people mentioned and the
// story's owners (lib/comments/mentions.ts).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { articleForComments, requireCanComment } from "@/lib/comments/access";
import { notifyAudience, type CommentChange } from "@/lib/comments/change";
import type { CreateThreadInput } from "@/lib/comments/input";
import { ownersOf, validMentions } from "@/lib/comments/mentions";

export async function createThread(db: Db, actor: Pick<Actor, "id" | "role">, input: CreateThreadInput): Promise<CommentChange> {
  requireCanComment(actor);
  return db.$transaction(async (tx) => {
    const article = await articleForComments(tx, input.articleId);
    const mentions = await validMentions(tx, input.mentions);
    const thread = await tx.commentThread.create({
      data: {
        articleId: article.id,
        anchor: input.anchor,
        quote: input.quote,
        createdById: actor.id,
        comments: { create: { authorId: actor.id, text: input.text, mentions: JSON.stringify(mentions) } },
      },
      select: { id: true },
    });
    const notified = await notifyAudience(tx, {
      actorId: actor.id,
      articleId: article.id,
      threadId: thread.id,
      mentioned: mentions,
      participants: [],
      owners: ownersOf(article),
    });
    return { articleId: article.id, threadId: thread.id, notified };
  });
}
