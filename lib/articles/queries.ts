// Reads of articles. Reader-facing functions only ever see PUBLISHED rows.
import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "../db";

const cardSelect = {
  id: true,
  title: true,
  slug: true,
  lead: true,
  publishedAt: true,
  featured: true,
  featuredRank: true,
  section: { select: { name: true, slug: true } },
  authors: { select: { byline: true, bylineSlug: true }, orderBy: { position: "asc" } },
  coverMedia: { select: { fileKey: true, variants: true, width: true, height: true, alt: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleCard = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

const PUBLISHED = { status: "PUBLISHED" } as const;

export function latestArticles(limit = 20, exceptIds: string[] = []): Promise<ArticleCard[]> {
  return db.article.findMany({
    where: { ...PUBLISHED, id: { notIn: exceptIds } },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: cardSelect,
  });
}

export function featuredArticles(limit = 5): Promise<ArticleCard[]> {
  return db.article.findMany({
    where: { ...PUBLISHED, featured: true },
    orderBy: [{ featuredRank: "asc" }, { publishedAt: "desc" }],
    take: limit,
    select: cardSelect,
  });
}

export function sectionArticles(sectionId: string, limit: number, exceptId?: string): Promise<ArticleCard[]> {
  return db.article.findMany({
    where: { ...PUBLISHED, sectionId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: cardSelect,
  });
}

export function publishedArticle(sectionSlug: string, slug: string) {
  return db.article.findFirst({
    where: { ...PUBLISHED, slug, section: { slug: sectionSlug } },
    select: {
      ...cardSelect,
      bodyHtml: true,
      updatedAt: true,
      seoTitle: true,
      seoDescription: true,
      sectionId: true,
      tags: { select: { tag: { select: { name: true, slug: true } } }, orderBy: { position: "asc" } },
    },
  });
}

export type NewsroomRow = Prisma.ArticleGetPayload<{
  select: {
    id: true;
    title: true;
    slug: true;
    status: true;
    updatedAt: true;
    section: { select: { name: true; slug: true } };
    authors: { select: { byline: true } };
  };
}>;

export function newsroomArticles(limit = 100): Promise<NewsroomRow[]> {
  return db.article.findMany({
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      updatedAt: true,
      section: { select: { name: true, slug: true } },
      authors: { select: { byline: true }, orderBy: { position: "asc" } },
    },
  });
}
