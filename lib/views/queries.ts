// Reads of the hourly view counts (ArticleView, written by
// lib/views/recorder.ts): the "most read" lists of the reader site and the
// newsroom's views per article. A period starts at the beginning of the UTC
// hour `since` falls in, so "the last 24 hours" holds between 24 and 25
// hours of counts, and a page rendered twice within an hour agrees with
// itself.
// Not `server-only`: the reader site runs in Sapo's own server, outside Next.js.
import { cardSelect, type ArticleCard } from "@/lib/articles/queries";
import type { Tx } from "@/lib/db/client";
import { hourStart, HOUR_MS } from "@/lib/views/hours";

type ViewsDb = Pick<Tx, "article" | "articleView">;

/** A most-read story: its card and the views counted in the period. */
export type MostReadArticle = ArticleCard & { views: number };

const fromHour = (since: Date) => new Date(hourStart(since.getTime()));

/**
 * The published articles read most since `since`, at most `limit`: most
 * views first, then the newest. Articles without a counted view are not in
 * the list, which may therefore be short or empty.
 */
export async function mostRead(db: ViewsDb, { since, limit }: { since: Date; limit: number }): Promise<MostReadArticle[]> {
  if (limit < 1) return [];
  const totals = await db.articleView.groupBy({
    by: ["articleId"],
    where: { hour: { gte: fromHour(since) }, article: { status: "PUBLISHED" } },
    _sum: { count: true },
    orderBy: [{ _sum: { count: "desc" } }, { articleId: "asc" }],
  });
  const ranked = totals.map((t) => ({ id: t.articleId, views: t._sum.count ?? 0 })).filter((t) => t.views > 0);
  if (ranked.length === 0) return [];
  // Ties at the cut are settled by publication time, which the grouped rows
  // do not have: every article with at least the last place's views is read.
  const cut = ranked[Math.min(limit, ranked.length) - 1].views;
  const candidates = ranked.filter((t) => t.views >= cut);
  const views = new Map(candidates.map((t) => [t.id, t.views]));
  const cards = await db.article.findMany({ where: { id: { in: [...views.keys()] }, status: "PUBLISHED" }, select: cardSelect });
  const time = (a: ArticleCard) => a.publishedAt?.getTime() ?? 0;
  return cards
    .map((card) => ({ ...card, views: views.get(card.id) ?? 0 }))
    .sort((a, b) => b.views - a.views || time(b) - time(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, limit);
}

/**
 * Views of each of `articleIds` since `since` (no `since`: all counted), for
 * the newsroom's list. Articles without views are not in the map.
 */
export async function viewCounts(db: ViewsDb, articleIds: readonly string[], since?: Date): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const totals = await db.articleView.groupBy({
    by: ["articleId"],
    where: { articleId: { in: [...articleIds] }, ...(since ? { hour: { gte: fromHour(since) } } : {}) },
    _sum: { count: true },
  });
  return new Map(totals.map((t) => [t.articleId, t._sum.count ?? 0]));
}

const DAY_MS = 24 * HOUR_MS;

/** Views of each of `articleIds` in the last 24 hours and the last 7 days (the newsroom's two columns). */
export async function recentViewCounts(
  db: ViewsDb,
  articleIds: readonly string[],
  now = new Date(),
): Promise<{ day: Map<string, number>; week: Map<string, number> }> {
  const [day, week] = await Promise.all([
    viewCounts(db, articleIds, new Date(now.getTime() - DAY_MS)),
    viewCounts(db, articleIds, new Date(now.getTime() - 7 * DAY_MS)),
  ]);
  return { day, week };
}

/** How many stories each of the reader site's "most read" lists shows. */
export const MOST_READ_COUNT = 5;

/** The reader site's "most read": the last 24 hours and the last 7 days before `now`. */
export async function mostReadLists(db: ViewsDb, now: Date, limit = MOST_READ_COUNT): Promise<{ day: MostReadArticle[]; week: MostReadArticle[] }> {
  const [day, week] = await Promise.all([
    mostRead(db, { since: new Date(now.getTime() - DAY_MS), limit }),
    mostRead(db, { since: new Date(now.getTime() - 7 * DAY_MS), limit }),
  ]);
  return { day, week };
}
