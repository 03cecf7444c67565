// Which articles use an image. "In use" means: the cover of an article, in
// an article's body (an ArticleMedia row, kept in step by the editor on every
// save), or in the pending update of a published article (Article.pendingJson:
// a figure of its body, or its cover), which has no rows of its own until an
// editor publishes it. These are the whole rule; the library's counts and the
// delete (lib/media/delete.ts) both use this module.
import type { Prisma } from "@prisma/client";
import { figureMediaIds } from "@/lib/content/figures";
import type { Tx } from "@/lib/db/client";

/** Items no article uses by a relation (covers, body images); pending updates are checked apart (pendingUse). */
export const NOT_IN_USE = { covers: { none: {} }, usedIn: { none: {} } } satisfies Prisma.MediaWhereInput;

/** The media ids a published article's pending update (its stored JSON) shows: its body's figures and its cover. */
export function pendingMediaIds(pendingJson: string): string[] {
  const pending = JSON.parse(pendingJson) as { body?: unknown; coverMediaId?: unknown };
  const ids = figureMediaIds(pending.body);
  if (typeof pending.coverMediaId === "string" && pending.coverMediaId && !ids.includes(pending.coverMediaId)) ids.push(pending.coverMediaId);
  return ids;
}

/** For each of `mediaIds` a pending update uses, the articles whose update it is. */
async function pendingUse(db: Tx, mediaIds: string[]): Promise<Map<string, Set<string>>> {
  // A pending update that uses an item holds its id as a JSON string, quotes
  // included (a quote typed in the text is stored escaped), so this finds
  // every candidate; reading the JSON then decides.
  const rows = await db.article.findMany({
    where: { pendingJson: { not: null }, OR: mediaIds.map((id) => ({ pendingJson: { contains: JSON.stringify(id) } })) },
    select: { id: true, pendingJson: true },
  });
  const wanted = new Set(mediaIds);
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const mediaId of pendingMediaIds(row.pendingJson!)) {
      if (wanted.has(mediaId)) out.set(mediaId, (out.get(mediaId) ?? new Set()).add(row.id));
    }
  }
  return out;
}

/** How many distinct articles use each item (items not in use are absent). */
export async function mediaUsageCounts(db: Tx, mediaIds: string[]): Promise<Map<string, number>> {
  if (mediaIds.length === 0) return new Map();
  // One after the other: `db` may be a transaction's client (lib/media/delete.ts).
  const rows = await db.media.findMany({
    where: { id: { in: mediaIds }, NOT: NOT_IN_USE },
    select: { id: true, covers: { select: { id: true } }, usedIn: { select: { articleId: true } } },
  });
  const pending = await pendingUse(db, mediaIds);
  // An article using an item in several ways (cover, body, pending update) counts once.
  const users = new Map<string, Set<string>>(pending);
  for (const m of rows) {
    const ids = users.get(m.id) ?? new Set<string>();
    for (const a of m.covers) ids.add(a.id);
    for (const u of m.usedIn) ids.add(u.articleId);
    users.set(m.id, ids);
  }
  return new Map([...users].map(([id, articles]) => [id, articles.size]));
}

/** How many articles use the item: as cover, in the body, or in a pending update. */
export async function mediaUsage(db: Tx, mediaId: string): Promise<number> {
  return (await mediaUsageCounts(db, [mediaId])).get(mediaId) ?? 0;
}
