// Reads of articles for the reader site: they only ever see PUBLISHED rows.
// Each takes its database: the reader site passes siteDb (a read replica
// when there is one), tests pass theirs. The newsroom's reads are in
// lib/articles/newsroom-queries.ts.
// Not `server-only`: the reader site runs in Sapo's own server, outside Next.js.
import type { Prisma } from "@prisma/client";
import type { Db, Tx } from "@/lib/db/client";
import { searchArticleIds, type SearchFilters } from "@/lib/search";
import { queryWords } from "@/lib/search/fold";
import { searchSnippet } from "@/lib/search/snippet";

type SqlDb = Pick<Tx, "$queryRaw" | "$executeRaw">;

export const PAGE_SIZE = 12;

/** What a story card shows (lib/articles/related.ts selects the same). */
export const cardSelect = {
  id: true,
  title: true,
  slug: true,
  lead: true,
  publishedAt: true,
  /** null: the site's language (lib/site/languages.ts). */
  language: true,
  featured: true,
  featuredRank: true,
  section: { select: { name: true, slug: true } },
  authors: { select: { byline: true, bylineSlug: true }, orderBy: { position: "asc" } },
  coverMedia: { select: { fileKey: true, variants: true, formats: true, width: true, height: true, alt: true, renditionKey: true, renditions: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleCard = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

const PUBLISHED = { status: "PUBLISHED" } as const;
const NEWEST_FIRST = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

export type Paged<T> = { items: T[]; page: number; pages: number; total: number };

async function paged(db: Db, where: Prisma.ArticleWhereInput, page: number): Promise<Paged<ArticleCard>> {
  const filter = { ...where, ...PUBLISHED };
  const [total, items] = await Promise.all([
    db.article.count({ where: filter }),
    db.article.findMany({ where: filter, orderBy: NEWEST_FIRST, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: cardSelect }),
  ]);
  return { items, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

export function latestArticles(db: Db, limit = 20, exceptIds: string[] = []): Promise<ArticleCard[]> {
  return db.article.findMany({
    where: { ...PUBLISHED, id: { notIn: exceptIds } },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: cardSelect,
  });
}

/** The editors' picks for the home page: lead story first, then the secondary slots. */
export function featuredArticles(db: Db, limit = 5): Promise<ArticleCard[]> {
  return db.article.findMany({
    where: { ...PUBLISHED, featured: true },
    orderBy: [{ featuredRank: "asc" }, { publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: cardSelect,
  });
}

/** `names`: the name in other languages (lib/taxonomy/section-name.ts). */
export function listSections(db: Db) {
  return db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, names: true, slug: true, description: true } });
}

export function findSection(db: Db, slug: string) {
  return db.section.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
}

/** The newest stories of every section, for the home page's section blocks. */
export type SectionBlock = { section: { id: string; name: string; slug: string; description: string }; articles: ArticleCard[] };

export async function sectionBlocks(db: Db, perSection: number, exceptIds: string[]): Promise<SectionBlock[]> {
  const sections = await listSections(db);
  return Promise.all(
    sections.map(async (section) => ({
      section,
      articles: await db.article.findMany({
        where: { ...PUBLISHED, sectionId: section.id, id: { notIn: exceptIds } },
        orderBy: NEWEST_FIRST,
        take: perSection,
        select: cardSelect,
      }),
    })),
  );
}

export function sectionArticles(db: Db, sectionId: string, limit: number, exceptId?: string): Promise<ArticleCard[]> {
  return db.article.findMany({
    where: { ...PUBLISHED, sectionId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: cardSelect,
  });
}

export function sectionPage(db: Db, sectionId: string, page: number) {
  return paged(db, { sectionId }, page);
}

export async function tagPage(db: Db, slug: string, page: number) {
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
  if (!tag) return null;
  return { tag, ...(await paged(db, { tags: { some: { tagId: tag.id } } }, page)) };
}

/** A pen name's page: everything published under that byline. */
export async function authorPage(db: Db, bylineSlug: string, page: number) {
  const byline = await db.articleAuthor.findFirst({
    where: { bylineSlug, article: PUBLISHED },
    select: { byline: true, bylineSlug: true },
    orderBy: [{ article: { publishedAt: "desc" } }, { articleId: "desc" }],
  });
  if (!byline) return null;
  return { author: byline, ...(await paged(db, { authors: { some: { bylineSlug } } }, page)) };
}

/** A search result: the card, and the text to show under its title (lib/search/snippet.ts). */
export type SearchHit = ArticleCard & { snippet: string };

/** One page of the published articles matching `query` and `filters`, best first. */
export async function searchArticles(
  db: Db,
  query: string,
  page: number,
  sql: SqlDb = db,
  filters: SearchFilters = {},
): Promise<Paged<SearchHit>> {
  const { ids, total } = await searchArticleIds(sql, query, PAGE_SIZE, (page - 1) * PAGE_SIZE, filters);
  // The plain text of this page's articles only (at most PAGE_SIZE), for
  // the snippet when the lead does not hold the words.
  const rows = ids.length ? await db.article.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: { ...cardSelect, bodyText: true } }) : [];
  const terms = queryWords(query);
  const byId = new Map(rows.map(({ bodyText, ...card }): [string, SearchHit] => [card.id, { ...card, snippet: searchSnippet(card.lead, bodyText, terms) }]));
  return {
    items: ids.map((id) => byId.get(id)).filter((r): r is SearchHit => Boolean(r)),
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
  };
}

/** Everything the article page shows (also used for the newsroom preview). */
export const articleSelect = {
  ...cardSelect,
  // The cover with its caption and credit: the page may show it as the lead image.
  coverMedia: { select: { ...cardSelect.coverMedia.select, caption: true, credit: true } },
  bodyHtml: true,
  liveUpdatedAt: true,
  seoTitle: true,
  seoDescription: true,
  sectionId: true,
  translationGroupId: true,
  tags: { select: { tag: { select: { name: true, slug: true } } }, orderBy: { position: "asc" } },
  corrections: { select: { id: true, text: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ArticleSelect;

export type ArticleViewData = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

const translationSelect = {
  id: true,
  language: true,
  title: true,
  slug: true,
  section: { select: { slug: true } },
} satisfies Prisma.ArticleSelect;

/** A published translation of an article, enough to link to it. */
export type ArticleTranslation = Prisma.ArticleGetPayload<{ select: typeof translationSelect }>;

export type PublishedArticle = ArticleViewData & { translations: ArticleTranslation[] };

/**
 * The published translations of an article: the other published articles of
 * its translation group (none when it has no group). Drafts and unpublished
 * translations are never linked to.
 */
export async function publishedTranslations(db: Db, article: { id: string; translationGroupId: string | null }): Promise<ArticleTranslation[]> {
  if (!article.translationGroupId) return [];
  const rows = await db.article.findMany({
    where: { ...PUBLISHED, translationGroupId: article.translationGroupId, id: { not: article.id } },
    select: translationSelect,
  });
  // Ordered here rather than in SQL, where the engines place a null language differently.
  return rows.sort((a, b) => (a.language ?? "").localeCompare(b.language ?? "") || a.id.localeCompare(b.id));
}

export async function publishedArticle(db: Db, sectionSlug: string, slug: string): Promise<PublishedArticle | null> {
  const article = await db.article.findFirst({ where: { ...PUBLISHED, slug, section: { slug: sectionSlug } }, select: articleSelect });
  return article ? { ...article, translations: await publishedTranslations(db, article) } : null;
}
