// Reading an article's comment threads for the editor's sidebar: every
// thread with its comments, who wrote them, who they mention, and whether it
// is resolved; open threads first (oldest first), then resolved ones (most
// recently resolved first). With the viewer given, each thread and comment
// also says what the viewer may do with it (lib/comments/access.ts).
// Comments live only in their own tables: nothing here reaches the public
// site, feeds, search or the body's HTML.
import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { articleOwnershipSelect, canChangeComment, canResolveThread, ownershipOf } from "@/lib/comments/access";
import { parseAnchor, type CommentAnchor } from "@/lib/comments/input";
import { parseMentions } from "@/lib/comments/mentions";

export type CommentView = {
  id: string;
  authorId: string | null;
  /** null when the author's account is gone. */
  authorName: string | null;
  /** "" when deleted. */
  text: string;
  /** The first comment of a thread that has replies is kept, emptied, when deleted: "comment deleted". */
  deleted: boolean;
  mentions: { id: string; name: string }[];
  createdAt: string;
  editedAt: string | null;
  /** The viewer wrote it (and so may edit and delete it). */
  mine: boolean;
};

export type ThreadView = {
  id: string;
  articleId: string;
  anchor: CommentAnchor | null;
  quote: string;
  createdById: string | null;
  createdByName: string | null;
  createdAt: string;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedByName: string | null;
  /** The viewer may resolve or reopen it. */
  canResolve: boolean;
  comments: CommentView[];
};

type Viewer = Pick<Actor, "id" | "role"> | null;

const threadSelect = {
  id: true,
  articleId: true,
  anchor: true,
  quote: true,
  createdById: true,
  createdAt: true,
  resolvedAt: true,
  createdBy: { select: { displayName: true } },
  resolvedBy: { select: { displayName: true } },
  comments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, authorId: true, text: true, mentions: true, createdAt: true, editedAt: true, author: { select: { displayName: true } } },
  },
} satisfies Prisma.CommentThreadSelect;

/** Whether a stored comment is the trace of a deleted first comment. */
export const isDeletedComment = (comment: { text: string }) => comment.text === "";

export async function threadsOf(db: Tx, articleId: string, viewer: Viewer = null): Promise<ThreadView[]> {
  const views = await viewsOf(db, articleId, { articleId }, viewer);
  const open = views.filter((t) => !t.resolved);
  const resolved = views.filter((t) => t.resolved).sort((a, b) => b.resolvedAt!.localeCompare(a.resolvedAt!));
  return [...open, ...resolved];
}

/** One thread as threadsOf shows it, or null if it is gone. */
export async function threadView(db: Tx, threadId: string, viewer: Viewer = null): Promise<ThreadView | null> {
  const thread = await db.commentThread.findUnique({ where: { id: threadId }, select: { articleId: true } });
  if (!thread) return null;
  return (await viewsOf(db, thread.articleId, { id: threadId }, viewer))[0] ?? null;
}

/** The threads of an article that `where` picks, oldest first. */
async function viewsOf(db: Tx, articleId: string, where: { articleId: string } | { id: string }, viewer: Viewer): Promise<ThreadView[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: articleOwnershipSelect });
  if (!article) return [];
  const rows = await db.commentThread.findMany({ where: { ...where, articleId }, select: threadSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const mentioned = [...new Set(rows.flatMap((t) => t.comments.flatMap((c) => parseMentions(c.mentions))))];
  const names = new Map(
    mentioned.length ? (await db.user.findMany({ where: { id: { in: mentioned } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]) : [],
  );
  const ownership = ownershipOf(article);
  return rows.map((t): ThreadView => ({
    id: t.id,
    articleId: t.articleId,
    anchor: parseAnchor(t.anchor),
    quote: t.quote,
    createdById: t.createdById,
    createdByName: t.createdBy?.displayName ?? null,
    createdAt: t.createdAt.toISOString(),
    resolved: t.resolvedAt !== null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    resolvedByName: t.resolvedBy?.displayName ?? null,
    canResolve: viewer !== null && canResolveThread(viewer, ownership, t),
    comments: t.comments.map((c) => ({
      id: c.id,
      authorId: c.authorId,
      authorName: c.author?.displayName ?? null,
      text: c.text,
      deleted: isDeletedComment(c),
      mentions: parseMentions(c.mentions).flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
      createdAt: c.createdAt.toISOString(),
      editedAt: c.editedAt?.toISOString() ?? null,
      mine: viewer !== null && !isDeletedComment(c) && canChangeComment(viewer, c),
    })),
  }));
}
