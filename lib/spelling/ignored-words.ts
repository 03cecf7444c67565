// Words ignored by the spelling check in one article only ("Ignore in this
// article"): anyone who may edit the article may ignore a word in it or stop
// ignoring it; anyone who may read it gets the list. Not audited: the list
// changes nothing readers see and goes with the article when it is deleted.
import "server-only";
import { canEditArticle, isOwnArticle, type ArticleOwnership } from "@/lib/articles/access";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { UserError } from "@/lib/errors/user-error";
import { acceptedWord } from "@/lib/spelling/newsroom-words";
import { wordKey } from "@/lib/spelling/word-form";

async function ownershipOf(db: Db, articleId: string): Promise<ArticleOwnership | null> {
  const row = await db.article.findUnique({ where: { id: articleId }, select: { status: true, createdById: true, authors: { select: { userId: true } } } });
  return row && { status: row.status, createdById: row.createdById, authorUserIds: row.authors.map((a) => a.userId) };
}

async function assertMayEdit(db: Db, actor: Pick<Actor, "id" | "role">, articleId: string): Promise<void> {
  const article = await ownershipOf(db, articleId);
  if (!article) throw new UserError("editor.errors.articleGone");
  if (!canEditArticle(actor, article)) throw new UserError("spelling.errors.cannotIgnore");
}

/** The words ignored in an article, oldest first; none when it is gone or `actor` may not read it. */
export async function ignoredWords(db: Db, actor: Pick<Actor, "id" | "role">, articleId: string): Promise<string[]> {
  const article = await ownershipOf(db, articleId);
  if (!article || !(can(actor.role, "article:read-any") || isOwnArticle(actor.id, article))) return [];
  const rows = await db.articleIgnoredWord.findMany({ where: { articleId }, select: { word: true }, orderBy: [{ createdAt: "asc" }, { word: "asc" }] });
  return rows.map((r) => r.word);
}

/**
 * Ignores a word in an article. Already ignored (in any case) is no error:
 * two people co-editing may both choose it; the word kept is the first one.
 */
export async function ignoreWord(db: Db, actor: Pick<Actor, "id" | "role">, input: { articleId: string; word: string }): Promise<string> {
  await assertMayEdit(db, actor, input.articleId);
  const word = acceptedWord(input.word);
  const key = wordKey(word);
  const existing = (await db.articleIgnoredWord.findMany({ where: { articleId: input.articleId }, select: { word: true } })).find((r) => wordKey(r.word) === key);
  if (existing) return existing.word;
  // The key (articleId, word) makes a second identical insert a no-op, not a failure.
  await db.articleIgnoredWord.upsert({
    where: { articleId_word: { articleId: input.articleId, word } },
    create: { articleId: input.articleId, word, addedById: actor.id },
    update: {},
  });
  return word;
}

/** Stops ignoring a word in an article (every case of it); not ignored is no error. */
export async function unignoreWord(db: Db, actor: Pick<Actor, "id" | "role">, input: { articleId: string; word: string }): Promise<void> {
  await assertMayEdit(db, actor, input.articleId);
  const key = wordKey(input.word);
  const rows = await db.articleIgnoredWord.findMany({ where: { articleId: input.articleId }, select: { word: true } });
  const words = rows.map((r) => r.word).filter((w) => wordKey(w) === key);
  if (words.length) await db.articleIgnoredWord.deleteMany({ where: { articleId: input.articleId, word: { in: words } } });
}
