// Who hears about what happens in an article's comments: the one place that
// decides recipients. A comment tells the people it mentions ("mention"),
// the people already in its thread ("reply") and the story's owners, its
// creator and bylined staff ("comment"); new suggestions tell the owners
// ("suggestion"). Only active staff who may read articles are told; the
// actor never, and each person once per event (lib/notifications/kinds.ts).
// Also the staff offered after "@" in a comment, and the check of the ids a
// comment says it mentions. Free of `server-only` like lib/db/client.ts: the
// workflow (lib/articles/workflow.ts), which scripts and tests load outside
// Next.js, tells a reporter through it when their story is sent back.
import { can } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import type { NotificationEvent } from "@/lib/notifications/kinds";
import { removeMarks } from "@/lib/text/marks";

/** At most this many people offered after "@". */
export const MENTION_SUGGESTIONS = 8;

/** Who an event on an article concerns, before anyone is left out. */
export type CommentAudience = {
  actorId: string;
  articleId: string;
  threadId: string;
  /** Mentioned in this comment (new mentions only, for an edit). */
  mentioned: readonly string[];
  /** Already in the thread: its creator, the authors of its comments and who they mentioned. Empty for an edit. */
  participants: readonly string[];
  /** The story's creator and bylined staff. Empty for an edit. */
  owners: readonly string[];
};

/** The candidates, strongest reason first (the dedupe keeps one per person: lib/notifications/kinds.ts). */
export function commentCandidates(a: CommentAudience): NotificationEvent[] {
  const event = (kind: NotificationEvent["kind"]) => (userId: string) => ({ kind, userId, articleId: a.articleId, threadId: a.threadId, actorId: a.actorId });
  return [...a.mentioned.map(event("mention")), ...a.participants.map(event("reply")), ...a.owners.map(event("comment"))];
}

export function suggestionCandidates(a: { actorId: string | null; articleId: string; owners: readonly string[] }): NotificationEvent[] {
  return a.owners.map((userId) => ({ kind: "suggestion", userId, articleId: a.articleId, threadId: null, actorId: a.actorId }));
}

/** Of `ids`, the active staff who may read articles (in the order given, once each). */
export async function activeReaders(db: Tx, ids: Iterable<string>): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await db.user.findMany({ where: { id: { in: wanted }, disabledAt: null }, select: { id: true, role: true } });
  const ok = new Set(rows.filter((u) => can(u.role, "article:read-any")).map((u) => u.id));
  return wanted.filter((id) => ok.has(id));
}

/** The candidates who may be told (active readers). */
export async function recipientsAmong(db: Tx, candidates: NotificationEvent[]): Promise<NotificationEvent[]> {
  const ok = new Set(await activeReaders(db, candidates.map((c) => c.userId)));
  return candidates.filter((c) => ok.has(c.userId));
}

/** The mentions a comment may keep: ids of active staff; others (unknown, disabled) are dropped. */
export function validMentions(db: Tx, ids: readonly string[]): Promise<string[]> {
  return activeReaders(db, ids);
}

/** A comment's stored mentions (JSON list of user ids). */
export function parseMentions(stored: string): string[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/** Who is in a thread: whoever opened it, wrote in it or was mentioned in it. */
export function participantsOf(thread: { createdById: string | null; comments: { authorId: string | null; mentions: string }[] }): string[] {
  const ids = [thread.createdById, ...thread.comments.flatMap((c) => [c.authorId, ...parseMentions(c.mentions)])];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** A story's owners: its creator and bylined staff. */
export function ownersOf(article: { createdById: string | null; authors: { userId: string | null }[] }): string[] {
  const ids = [article.createdById, ...article.authors.map((a) => a.userId)];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Lowercase without marks: "nguyễn" and "Nguyen" match. */
const fold = (text: string) => removeMarks(text.toLowerCase());

/** Whether a name has a word (or the whole name) starting with the folded query. */
export function nameMatches(name: string, foldedQuery: string): boolean {
  const folded = fold(name);
  return folded.startsWith(foldedQuery) || folded.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(foldedQuery));
}

export type MentionCandidate = { id: string; displayName: string; penName: string | null };

/**
 * Staff offered after "@": active, by display name or pen name, a word of
 * either starting with what was typed, accents ignored ("hoa" finds "Hòa").
 * The newsroom's staff is small: filtered here rather than in SQL, which
 * would need folded columns on both engines.
 */
export async function staffForMentions(db: Tx, query: string): Promise<MentionCandidate[]> {
  const q = fold(query.trim().replace(/^@/, ""));
  const staff = await db.user.findMany({ where: { disabledAt: null }, select: { id: true, displayName: true, penName: true, role: true } });
  return staff
    .filter((u) => can(u.role, "article:read-any"))
    .filter((u) => q === "" || nameMatches(u.displayName, q) || (u.penName !== null && nameMatches(u.penName, q)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "vi"))
    .slice(0, MENTION_SUGGESTIONS)
    .map(({ id, displayName, penName }) => ({ id, displayName, penName }));
}
