// What every comment write ends with: notifying the people concerned (inside
// its transaction) and, once committed, telling open pages (lib/live/bus.ts):
// the article's editors refetch its threads, the notified see their bell.
import "server-only";
import type { Tx } from "@/lib/db/client";
import { commentsChanged, notificationsChanged } from "@/lib/live/bus";
import { commentCandidates, recipientsAmong, type CommentAudience } from "@/lib/comments/mentions";
import { notify } from "@/lib/notifications/notify";
import { markReviewStarted } from "@/lib/articles/review-start";

/** A comment write's outcome: where it happened and who was notified. */
export type CommentChange = { articleId: string; threadId: string; notified: string[] };

/** Notifies the audience of a comment (the recipients rule: lib/comments/mentions.ts); returns who was. */
export async function notifyAudience(tx: Tx, audience: CommentAudience): Promise<string[]> {
  // A comment by someone other than the story's own people while it is in review: review has started.
  await markReviewStarted(tx, audience.articleId, [audience.actorId]);
  return notify(tx, await recipientsAmong(tx, commentCandidates(audience)));
}

/** After the commit: the live events of a change. */
export function announce(change: CommentChange): void {
  commentsChanged(change.articleId, change.threadId);
  notificationsChanged(change.notified);
}
