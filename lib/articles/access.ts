// Who may change which article: the object-level half of the permission map
// (lib/auth/permissions.ts says what a role may do at all; this says to which
// article). Used by every article action and by pages that show edit controls.
import type { ArticleStatus } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

export type ArticleOwnership = {
  status: ArticleStatus;
  createdById: string | null;
  authorUserIds: (string | null)[];
};

export function isOwnArticle(userId: string, article: ArticleOwnership): boolean {
  return article.createdById === userId || article.authorUserIds.includes(userId);
}

/**
 * Editors and admins edit every article. Reporters edit their own articles
 * while they are drafts (new, or sent back to them); anything else of theirs
 * or of others they can read only.
 */
export function canEditArticle(user: Pick<Actor, "id" | "role">, article: ArticleOwnership): boolean {
  if (can(user.role, "article:edit-any")) return true;
  return can(user.role, "article:edit-own") && article.status === "DRAFT" && isOwnArticle(user.id, article);
}
