// The full-text index of published articles. Holds only the live text of
// PUBLISHED articles: indexArticle() after a publish or update,
// unindexArticle() after an unpublish. Takes a transaction client so the
// index changes with the article, atomically.
//
// Each engine has its own index, made by its migrations, with the same
// behaviour (the search tests run on both):
// - SQLite: FTS5 table "ArticleSearch" ranked with bm25 (prisma/migrations/…_reader_site).
// - PostgreSQL: table "ArticleSearch" with a weighted tsvector column over
//   unaccent()ed text and a GIN index, ranked with ts_rank (prisma/postgres/migrations/…_init).
// Both store text folded by the app (lowercase, no marks, đ → d), keyed by the
// stable row ids of "SearchKey"; deleting an article removes its text.
import type { Db, Tx } from "@/lib/db/client";
import { engineOf } from "@/lib/db/client";
import { indexText, toFtsQuery, toTsQuery } from "@/lib/search/fold";

type Sql = Pick<Tx, "$executeRaw" | "$queryRaw">;

// Both engines' tables key the text by `rowid` (SearchKey's row id), so
// writing to the index is the same SQL on each; only the query differs.
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
  const [title, lead, body] = [indexText(article.title), indexText(article.lead), indexText(article.bodyText)];
  await db.$executeRaw`INSERT INTO "ArticleSearch" (rowid, "title", "lead", "body")
    SELECT "rowId", ${title}, ${lead}, ${body} FROM "SearchKey" WHERE "articleId" = ${article.id}`;
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
// ts_rank takes weights for the labels {D, C, B, A}: body D, lead B, title A.
const TS_WEIGHTS = `{${WEIGHTS.body / WEIGHTS.title}, 0, ${WEIGHTS.lead / WEIGHTS.title}, 1}`;

export type SearchPage = { ids: string[]; total: number };

/** Published article ids matching `query`, best first (newest first among equals). */
export async function searchArticleIds(db: Sql, query: string, limit: number, offset: number): Promise<SearchPage> {
  if (engineOf(db) === "postgresql") return searchPostgres(db, query, limit, offset);
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

async function searchPostgres(db: Sql, query: string, limit: number, offset: number): Promise<SearchPage> {
  const tsquery = toTsQuery(query);
  if (!tsquery) return { ids: [], total: 0 };
  // The query words go through the same unaccent() as the indexed text.
  const rows = await db.$queryRaw<{ articleId: string; total: bigint }[]>`
    WITH q AS (SELECT to_tsquery('simple', sapo_unaccent(${tsquery})) AS query)
    SELECT a."id" AS "articleId", count(*) OVER () AS total
    FROM "ArticleSearch" s
    CROSS JOIN q
    JOIN "SearchKey" k ON k."rowId" = s.rowid
    JOIN "Article" a ON a."id" = k."articleId"
    WHERE s."document" @@ q.query AND a."status" = 'PUBLISHED'
    ORDER BY ts_rank(${TS_WEIGHTS}::float4[], s."document", q.query, 1) DESC, a."publishedAt" DESC
    LIMIT ${limit} OFFSET ${offset}`;
  if (rows.length > 0 || offset === 0) return { ids: rows.map((r) => r.articleId), total: Number(rows[0]?.total ?? 0) };
  // A page past the end: count separately.
  const [count] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "ArticleSearch" s
    JOIN "SearchKey" k ON k."rowId" = s.rowid
    JOIN "Article" a ON a."id" = k."articleId"
    WHERE s."document" @@ to_tsquery('simple', sapo_unaccent(${tsquery})) AND a."status" = 'PUBLISHED'`;
  return { ids: [], total: Number(count?.n ?? 0) };
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
