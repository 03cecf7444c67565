// "Related" stories for an article's page: published stories that share
// tags with it first (the more tags shared, the higher; newest first among
// equals), then the newest of its section to fill the rest. Never the
// article itself, never twice, never anything unpublished.
// Not `server-only`: the reader site runs in Sapo's own server, outside Next.js.
import type { Db } from "@/lib/db/client";
import { cardSelect, type ArticleCard } from "@/lib/articles/queries";

const PUBLISHED = { status: "PUBLISHED" } as const;

/**
 * Ids of published stories sharing tags with `articleId`, most shared first.
 * The article's own tags are read in the same query (a self-join on
 * ArticleTag) rather than passed in: one round trip, exact ranking over every
 * candidate, and plain SQL both engines speak (a list parameter would need
 * Prisma.join, whose objects the PostgreSQL client, a separate generated
 * package, does not recognise).
 */
async function sharedTagIds(db: Db, articleId: string, limit: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT other."articleId" AS "id"
    FROM "ArticleTag" mine
    JOIN "ArticleTag" other ON other."tagId" = mine."tagId" AND other."articleId" <> mine."articleId"
    JOIN "Article" a ON a."id" = other."articleId"
    WHERE mine."articleId" = ${articleId} AND a."status" = 'PUBLISHED'
    GROUP BY other."articleId", a."publishedAt"
    ORDER BY count(*) DESC, a."publishedAt" DESC, other."articleId" DESC
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/**
 * Up to `limit` published stories related to `article`: those sharing its
 * (stored) tags, ranked by how many they share and then by date, then the
 * newest of its section. The newsroom's preview passes a draft: its stored
 * tags and section count, the draft itself never appears.
 */
export async function relatedArticles(db: Db, article: { id: string; sectionId: string }, limit: number): Promise<ArticleCard[]> {
  if (limit <= 0) return [];
  const ids = await sharedTagIds(db, article.id, limit);
  const [tagged, section] = await Promise.all([
    ids.length ? db.article.findMany({ where: { ...PUBLISHED, id: { in: ids } }, select: cardSelect }) : [],
    ids.length < limit
      ? db.article.findMany({
          where: { ...PUBLISHED, sectionId: article.sectionId, id: { notIn: [article.id, ...ids] } },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: limit - ids.length,
          select: cardSelect,
        })
      : [],
  ]);
  const byId = new Map(tagged.map((a) => [a.id, a]));
  // Kept in the ranking's order; a story unpublished between the two reads drops out.
  const ranked = ids.map((id) => byId.get(id)).filter((a): a is ArticleCard => Boolean(a));
  return [...ranked, ...section];
}
