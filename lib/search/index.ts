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
import { createHash } from "node:crypto";
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

/** What narrows a search besides its words: one section, and published since a time. */
export type SearchFilters = { sectionId?: string; since?: Date };

/** Published article ids matching `query` and `filters`, best first (newest first among equals). */
export async function searchArticleIds(db: Sql, query: string, limit: number, offset: number, filters: SearchFilters = {}): Promise<SearchPage> {
  if (engineOf(db) === "postgresql") return searchPostgres(db, query, limit, offset, filters);
  const match = toFtsQuery(query);
  if (!match) return { ids: [], total: 0 };
  // An absent filter is a NULL parameter that admits every row, so the
  // statement stays one fixed text. SQLite holds DateTime as ISO 8601 text,
  // which the driver also writes a Date parameter as, so they compare in order.
  const section = filters.sectionId ?? null;
  const since = filters.since ?? null;
  const rows = await db.$queryRaw<{ articleId: string }[]>`
    SELECT a."id" AS "articleId"
    FROM "ArticleSearch" s
    JOIN "SearchKey" k ON k."rowId" = s.rowid
    JOIN "Article" a ON a."id" = k."articleId"
    WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED'
      AND (${section} IS NULL OR a."sectionId" = ${section})
      AND (${since} IS NULL OR a."publishedAt" >= ${since})
    ORDER BY bm25("ArticleSearch", ${WEIGHTS.title}, ${WEIGHTS.lead}, ${WEIGHTS.body}), a."publishedAt" DESC
    LIMIT ${limit} OFFSET ${offset}`;
  const [count] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n
    FROM "ArticleSearch" s
    JOIN "SearchKey" k ON k."rowId" = s.rowid
    JOIN "Article" a ON a."id" = k."articleId"
    WHERE "ArticleSearch" MATCH ${match} AND a."status" = 'PUBLISHED'
      AND (${section} IS NULL OR a."sectionId" = ${section})
      AND (${since} IS NULL OR a."publishedAt" >= ${since})`;
  return { ids: rows.map((r) => r.articleId), total: Number(count?.n ?? 0) };
}

async function searchPostgres(db: Sql, query: string, limit: number, offset: number, filters: SearchFilters): Promise<SearchPage> {
  const tsquery = toTsQuery(query);
  if (!tsquery) return { ids: [], total: 0 };
  // As on SQLite, NULL admits every row; the casts give the NULLs a type.
  const section = filters.sectionId ?? null;
  const since = filters.since ?? null;
  // The query words go through the same unaccent() as the indexed text.
  const rows = await db.$queryRaw<{ articleId: string; total: bigint }[]>`
    WITH q AS (SELECT to_tsquery('simple', sapo_unaccent(${tsquery})) AS query)
    SELECT a."id" AS "articleId", count(*) OVER () AS total
    FROM "ArticleSearch" s
    CROSS JOIN q
    JOIN "SearchKey" k ON k."rowId" = s.rowid
    JOIN "Article" a ON a."id" = k."articleId"
    WHERE s."document" @@ q.query AND a."status" = 'PUBLISHED'
      AND (${section}::text IS NULL OR a."sectionId" = ${section}::text)
      AND (${since}::timestamp IS NULL OR a."publishedAt" >= ${since}::timestamp)
    ORDER BY ts_rank(${TS_WEIGHTS}::float4[], s."document", q.query, 1) DESC, a."publishedAt" DESC
    LIMIT ${limit} OFFSET ${offset}`;
  if (rows.length > 0 || offset === 0) return { ids: rows.map((r) => r.articleId), total: Number(rows[0]?.total ?? 0) };
  // A page past the end: count separately.
  const [count] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "ArticleSearch" s
    JOIN "SearchKey" k ON k."rowId" = s.rowid
    JOIN "Article" a ON a."id" = k."articleId"
    WHERE s."document" @@ to_tsquery('simple', sapo_unaccent(${tsquery})) AND a."status" = 'PUBLISHED'
      AND (${section}::text IS NULL OR a."sectionId" = ${section}::text)
      AND (${since}::timestamp IS NULL OR a."publishedAt" >= ${since}::timestamp)`;
  return { ids: [], total: Number(count?.n ?? 0) };
}

// How many published articles the repair compares at a time.
const REPAIR_BATCH = 200;

/**
 * Repairs the index where it has fallen out of step with the published
 * articles (after upgrading an existing database, a restore, an edit made
 * around the app): compares each published article's text as it would be
 * indexed with the row in the index, not only how many rows there are.
 * Rows of articles that are not published are removed; missing or stale rows
 * are written again, one article at a time. Returns how many articles were
 * repaired, or null when nothing was needed. Needs no column of its own:
 * the index keeps the folded text it was given.
 */
export async function ensureSearchIndex(db: Db): Promise<number | null> {
  const removed = await db.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid NOT IN (
    SELECT k."rowId" FROM "SearchKey" k JOIN "Article" a ON a."id" = k."articleId" WHERE a."status" = 'PUBLISHED')`;
  const stale: string[] = [];
  let after: string | undefined;
  for (;;) {
    const batch = await db.article.findMany({
      where: { status: "PUBLISHED", ...(after !== undefined ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: REPAIR_BATCH,
      select: { id: true, title: true, lead: true, bodyText: true },
    });
    if (batch.length === 0) break;
    after = batch[batch.length - 1].id;
    const indexed = await indexedDigests(db, batch[0].id, after);
    for (const a of batch) {
      const expected = digest(db, [indexText(a.title), indexText(a.lead), indexText(a.bodyText)]);
      if (indexed.get(a.id) !== expected) stale.push(a.id);
    }
  }
  for (const id of stale) await reindex(db, id);
  const repaired = removed + stale.length;
  return repaired === 0 ? null : repaired;
}

// A row's text as one string; "|" never occurs in folded text. PostgreSQL
// sends its MD5 instead of the text (the database may be across a network);
// SQLite is a local file, so the text itself is compared.
function digest(db: Sql, columns: string[]): string {
  const text = columns.join("|");
  return engineOf(db) === "postgresql" ? createHash("md5").update(text, "utf8").digest("hex") : text;
}

/** The indexed rows of the articles with ids from `first` to `last`, by article id. */
async function indexedDigests(db: Sql, first: string, last: string): Promise<Map<string, string>> {
  type Row = { articleId: string; digest: string };
  const rows =
    engineOf(db) === "postgresql"
      ? await db.$queryRaw<Row[]>`SELECT k."articleId", md5(s."title" || '|' || s."lead" || '|' || s."body") AS "digest"
          FROM "SearchKey" k JOIN "ArticleSearch" s ON s.rowid = k."rowId"
          WHERE k."articleId" >= ${first} AND k."articleId" <= ${last}`
      : await db.$queryRaw<Row[]>`SELECT k."articleId", s."title" || '|' || s."lead" || '|' || s."body" AS "digest"
          FROM "SearchKey" k JOIN "ArticleSearch" s ON s.rowid = k."rowId"
          WHERE k."articleId" >= ${first} AND k."articleId" <= ${last}`;
  return new Map(rows.map((r) => [r.articleId, r.digest]));
}

/** Indexes one article again from what is in the database now. */
async function reindex(db: Db, articleId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    // Another instance may be publishing this article: on PostgreSQL its
    // transaction holds the row, so wait for it and index the text it left.
    // (SQLite has one writer at a time.)
    if (engineOf(tx) === "postgresql") await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${articleId} FOR UPDATE`;
    const a = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, title: true, lead: true, bodyText: true, status: true } });
    if (a?.status === "PUBLISHED") await indexArticle(tx, a);
    else if (a) await unindexArticle(tx, a.id);
  });
}
