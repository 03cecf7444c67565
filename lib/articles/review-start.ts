// "Somebody has started reviewing it": the line after which a reporter can no
// longer withdraw a story from review (the workflow's `withdraw` step,
// lib/articles/workflow.ts). Review has started when, while the article is
// IN_REVIEW, someone who is not one of its own people (its creator or a
// bylined staff member, lib/articles/access.ts isOwnArticle) changes it (a
// stored edit: writeWorkingState in lib/articles/editing.ts, which both the
// co-editing server and the JSON save go through), comments on it
// (lib/comments/change.ts), or takes a workflow step on it (workflow.ts).
// Recorded once, in the same transaction as that change, as
// Article.reviewStartedAt; cleared when the article goes back to draft.
import type { Tx } from "@/lib/db/client";
import { isOwnArticle } from "@/lib/articles/access";

/**
 * Records that review started, if the article is in review, not already
 * marked, and one of `userIds` is not among its own people. Neither the
 * version (open editors would see their copy as stale) nor updatedAt (the
 * desk orders by it; a comment is not an edit) changes. Returns whether it
 * marked it now.
 */
export async function markReviewStarted(tx: Tx, articleId: string, userIds: Iterable<string | null>): Promise<boolean> {
  const row = await tx.article.findUnique({
    where: { id: articleId },
    select: { status: true, reviewStartedAt: true, createdById: true, updatedAt: true, authors: { select: { userId: true } } },
  });
  if (!row || row.status !== "IN_REVIEW" || row.reviewStartedAt) return false;
  const owners = { status: row.status, createdById: row.createdById, authorUserIds: row.authors.map((a) => a.userId) };
  if (![...userIds].some((id) => id !== null && !isOwnArticle(id, owners))) return false;
  // Conditional, so a withdrawal committed meanwhile (now a draft) is left alone.
  const { count } = await tx.article.updateMany({
    where: { id: articleId, status: "IN_REVIEW", reviewStartedAt: null },
    data: { reviewStartedAt: new Date(), updatedAt: row.updatedAt },
  });
  return count === 1;
}

/** When review of the article started, if it has (read inside the caller's transaction). */
export async function reviewStartedAt(tx: Tx, articleId: string): Promise<Date | null> {
  const row = await tx.article.findUnique({ where: { id: articleId }, select: { reviewStartedAt: true } });
  return row?.reviewStartedAt ?? null;
}
