// The full-text index of published articles (SQLite FTS5 table
// "ArticleSearch", created in the reader_site migration, with row ids from
// the SearchKey table). Holds only the
// live text of PUBLISHED articles: indexArticle() after a publish or update,
// unindexArticle() after an unpublish. Takes a transaction client so the
// index changes with the article, atomically.
import type { Db, Tx } from "../db/client";
import { foldForSearch, toFtsQuery } from "./fold";

type Sql = Pick<Tx, "$executeRaw" | "$queryRaw">;

export async function unindexArticle(db: Sql, articleId: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid = (SELECT "rowId" FROM "SearchKey" WHERE "articleId" = ${articleId})`;
}

export async function indexArticle(
  db: Sql,
  article: { id: string; title: string; lead: string; bodyText: string },
): Promise<void> {
  // The article's stable row id, made on first indexing.
  await db.$executeRaw`INSERT INTO "SearchKey" ("articleId") VALUES (${article.id}) ON CONFLICT ("articleId") DO NOTHING`;
  await unindexArticle(db, article.id);
  await db.$executeRaw`INSERT INTO "ArticleSearch" (rowid, "title", "lead", "body")
    SELECT "rowId", ${foldForSearch(article.title)}, ${foldForSearch(article.lead)}, ${foldForSearch(article.bodyText)}
    FROM "SearchKey" WHERE "articleId" = ${article.id}`;
}

/** Rebuilds the index from the articles that are published now. */
export async function rebuildSearchIndex(db: Tx): Promise<number> {
  await db.$executeRaw`DELETE FROM "ArticleSearch"`;
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED" },
    select: { id: true, title: true, lead: true, bodyText: true },
  });
  for (const row of rows) await indexArticle(db, row);
  return rows.length;
}

export async function indexedCount(db: Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT count(*) AS n FROM "ArticleSearch"`;
  return Number(row?.n ?? 0);
}

// Title matches rank far above lead matches, which rank above body matches.
const WEIGHTS = { title: 10, lead: 4, body: 1 };

export type SearchPage = { ids: string[]; total: number };

/** Published article ids matching `query`, best first. */
export async function searchArticleIds(db: Sql, query: string, limit: number, offset: number): Promise<SearchPage> {
  const match = toFtsQuery(query);
  if (!match) return { ids: [], total: 0 };
  const rows = await db.$queryRaw<{ articleId: string }[]>`
    SELECT a."id" AS "articleId"
    FROM "ArticleSearch" s
    JOIN "SearchKey" k ON k."rowId" = s.rowid
    JOIN "Article" a ON a."id" = k."articleId"
    WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED'
    ORDER BY bm25("ArticleSearch", ${WEIGHTS.title}, ${WEIGHTS.lead}, ${WEIGHTS.body}), a."publishedAt" DESC
    LIMIT ${limit} OFFSET ${offset}`;
  const [count] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n
    FROM "ArticleSearch" s
    JOIN "SearchKey" k ON k."rowId" = s.rowid
    JOIN "Article" a ON a."id" = k."articleId"
    WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED'`;
  return { ids: rows.map((r) => r.articleId), total: Number(count?.n ?? 0) };
}

/**
 * Rebuilds the index when it has fallen out of step with the published
 * articles (for example after upgrading an existing database); returns the
 * number indexed, or null when nothing was needed.
 */
export async function ensureSearchIndex(db: Db): Promise<number | null> {
  const published = await db.article.count({ where: { status: "PUBLISHED" } });
  if ((await indexedCount(db)) === published) return null;
  return db.$transaction((tx) => rebuildSearchIndex(tx));
}
