// The content API's reads: only PUBLISHED articles, and only the taxonomy
// readers can reach (sections, tags and bylines of published articles).
// Each takes its database: the API passes siteDb (a read replica when there
// is one), tests pass theirs. Rows come back with the live columns of
// apiArticleSelect (lib/api/article-json.ts turns them into answers).
//
// Pages: articles by date continue after the last (publishedAt, id) pair, in
// the same (publishedAt desc, id desc) order the reader site lists them in
// (lib/api/cursor.ts says why that is stable); search by offset; tags and
// bylines after the last slug; sections by offset. Every list reads one row
// more than the page holds to know whether another page follows.
import "server-only";
import type { Prisma } from "@prisma/client";
import { apiArticleSelect, type ApiArticleRow } from "@/lib/api/article-json";
import type { Cursor } from "@/lib/api/cursor";
import type { Db, Tx } from "@/lib/db/client";
import { searchArticleIds } from "@/lib/search";

type SqlDb = Pick<Tx, "$queryRaw" | "$executeRaw">;
type AfterArticle = Extract<Cursor, { k: "a" }>;

const PUBLISHED = { status: "PUBLISHED" } as const;
const NEWEST_FIRST = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

export type Page<T> = { items: T[]; more: boolean };

function page<T>(rows: T[], limit: number): Page<T> {
  return { items: rows.slice(0, limit), more: rows.length > limit };
}

export type ArticleFilters = {
  section?: string;
  tag?: string;
  author?: string;
  language?: string;
  since?: Date;
  until?: Date;
};

/** The where clause of the filters; `siteLanguage` because a null language is the site's. */
function articleWhere(filters: ArticleFilters, siteLanguage: string): Prisma.ArticleWhereInput {
  const and: Prisma.ArticleWhereInput[] = [PUBLISHED];
  if (filters.section) and.push({ section: { slug: filters.section } });
  if (filters.tag) and.push({ tags: { some: { tag: { slug: filters.tag } } } });
  if (filters.author) and.push({ authors: { some: { bylineSlug: filters.author } } });
  if (filters.language) {
    and.push(filters.language === siteLanguage ? { OR: [{ language: null }, { language: "" }, { language: filters.language }] } : { language: filters.language });
  }
  if (filters.since) and.push({ publishedAt: { gte: filters.since } });
  if (filters.until) and.push({ publishedAt: { lt: filters.until } });
  return { AND: and };
}

/** One page of published articles, newest first, after `after` (a cursor's position). */
export async function listPublishedArticles(
  db: Db,
  filters: ArticleFilters,
  options: { after: AfterArticle | null; limit: number; siteLanguage: string },
): Promise<Page<ApiArticleRow>> {
  const where = articleWhere(filters, options.siteLanguage);
  if (options.after) {
    const at = new Date(options.after.p);
    where.AND = [...(where.AND as Prisma.ArticleWhereInput[]), { OR: [{ publishedAt: { lt: at } }, { publishedAt: at, id: { lt: options.after.i } }] }];
  }
  const rows = await db.article.findMany({ where, orderBy: NEWEST_FIRST, take: options.limit + 1, select: apiArticleSelect });
  return page(rows, options.limit);
}

/** The published article `id`, or null. */
export function findPublishedArticle(db: Db, id: string): Promise<ApiArticleRow | null> {
  return db.article.findFirst({ where: { id, ...PUBLISHED }, select: apiArticleSelect });
}

/**
 * The published article at /{section}/{slug}, or the one that address used
 * to belong to (lib/articles/redirects.ts keeps old addresses), or null.
 */
export async function findPublishedArticleBySlug(db: Db, section: string, slug: string): Promise<ApiArticleRow | null> {
  const current = await db.article.findFirst({ where: { ...PUBLISHED, slug, section: { slug: section } }, select: apiArticleSelect });
  if (current) return current;
  const old = await db.slugRedirect.findUnique({ where: { sectionSlug_slug: { sectionSlug: section, slug } }, select: { articleId: true } });
  return old ? findPublishedArticle(db, old.articleId) : null;
}

/** One page of the published articles matching `query`, best first (lib/search), from `offset`. */
export async function searchPublishedArticles(
  db: Db,
  sql: SqlDb,
  query: string,
  options: { section?: string; offset: number; limit: number },
): Promise<Page<ApiArticleRow>> {
  let sectionId: string | undefined;
  if (options.section) {
    const section = await db.section.findUnique({ where: { slug: options.section }, select: { id: true } });
    if (!section) return { items: [], more: false };
    sectionId = section.id;
  }
  const { ids, total } = await searchArticleIds(sql, query, options.limit, options.offset, { sectionId });
  const rows = ids.length ? await db.article.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: apiArticleSelect }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: ids.map((id) => byId.get(id)).filter((r): r is ApiArticleRow => Boolean(r)), more: options.offset + ids.length < total };
}

/** Sections in the site's order (as its navigation), from `offset`. */
export async function listApiSections(db: Db, options: { offset: number; limit: number }) {
  const rows = await db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
    skip: options.offset,
    take: options.limit + 1,
    select: { id: true, name: true, names: true, slug: true, description: true },
  });
  return page(rows, options.limit);
}

/** Tags with at least one published article, by slug, after `after`. */
export async function listApiTags(db: Db, options: { after: string | null; limit: number }) {
  const rows = await db.tag.findMany({
    where: { articles: { some: { article: PUBLISHED } }, ...(options.after ? { slug: { gt: options.after } } : {}) },
    orderBy: { slug: "asc" },
    take: options.limit + 1,
    select: { name: true, slug: true },
  });
  return page(rows, options.limit);
}

/**
 * Bylines of published articles, by slug, after `after`: the name as printed
 * on the newest published article under that slug (as the author's page
 * heads it). Nothing about the people behind them.
 */
export async function listApiAuthors(db: Db, options: { after: string | null; limit: number }) {
  const slugs = await db.articleAuthor.groupBy({
    by: ["bylineSlug"],
    where: { article: PUBLISHED, ...(options.after ? { bylineSlug: { gt: options.after } } : {}) },
    orderBy: { bylineSlug: "asc" },
    take: options.limit + 1,
  });
  const { items, more } = page(slugs, options.limit);
  const named = await Promise.all(
    items.map(({ bylineSlug }) =>
      db.articleAuthor.findFirst({
        where: { bylineSlug, article: PUBLISHED },
        select: { byline: true, bylineSlug: true },
        orderBy: [{ article: { publishedAt: "desc" } }, { articleId: "desc" }],
      }),
    ),
  );
  return { items: named.filter((a): a is { byline: string; bylineSlug: string } => a !== null), more };
}
