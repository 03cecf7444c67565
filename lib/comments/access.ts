// Who may do what with comments: the object-level rules, next to the
// permission map (lib/auth/permissions.ts) and who may edit an article
// (lib/articles/access.ts).
// - Anyone who may read articles (every staff member) comments and replies.
// - Only a comment's author edits or deletes it.
// - A thread is resolved or reopened by anyone who may edit the article, or
//   by whoever opened the thread.
import "server-only";
import { canEditArticle, type ArticleOwnership } from "@/lib/articles/access";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";

type Who = Pick<Actor, "id" | "role">;

export function canComment(user: Who): boolean {
  return can(user.role, "article:read-any");
}

export function canChangeComment(user: Who, comment: { authorId: string | null }): boolean {
  return comment.authorId === user.id;
}

export function canResolveThread(user: Who, article: ArticleOwnership, thread: { createdById: string | null }): boolean {
  return thread.createdById === user.id || canEditArticle(user, article);
}

/** The select that gives an article's ownership and owners (bylines). */
export const articleOwnershipSelect = {
  id: true,
  status: true,
  createdById: true,
  authors: { select: { userId: true }, orderBy: { position: "asc" } },
} as const;

export function ownershipOf(article: { status: ArticleOwnership["status"]; createdById: string | null; authors: { userId: string | null }[] }): ArticleOwnership {
  return { status: article.status, createdById: article.createdById, authorUserIds: article.authors.map((a) => a.userId) };
}

/** The article to comment on, or the refusal that it is gone. */
export async function articleForComments(tx: Tx, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: articleOwnershipSelect });
  if (!article) throw new UserError("editor.errors.articleGone");
  return article;
}

export function requireCanComment(user: Who): void {
  if (!canComment(user)) throw new UserError("errors.forbidden");
}

export async function articleExists(db: Tx, articleId: string): Promise<boolean> {
  return (await db.article.count({ where: { id: articleId } })) > 0;
}
