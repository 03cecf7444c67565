// What each reader page shows: its data, read through the database it is
// given, and its <head>. Each loader answers a page (status and content),
// a redirect, or null for "no such page" (the 404 page).
import type { ReactElement } from "react";
import {
  authorPage,
  featuredArticles,
  findSection,
  latestArticles,
  publishedArticle,
  searchArticles,
  sectionArticles,
  sectionBlocks,
  sectionPage,
  tagPage,
  type ArticleCard,
  type Paged,
} from "@/lib/articles/queries";
import { redirectTarget } from "@/lib/articles/redirects";
import type { Db, Tx } from "@/lib/db/client";
import type { ReaderContext } from "@/lib/reader/context";
import { articleHead, pageHead, type DocumentHead } from "@/lib/reader/head";
import { coverPreload } from "@/lib/reader/images";
import type { ListingKind } from "@/lib/reader/routes";
import { authorPath, sectionPath, tagPath } from "@/lib/site/paths";
import { coverImageUrl } from "@/lib/site/structured-data";
import { ArticleList } from "@/components/site/article-list";
import { ArticlePage } from "@/components/site/pages/article-page";
import { HomePage } from "@/components/site/pages/home-page";
import { NotFoundPage } from "@/components/site/pages/not-found-page";
import { MAX_QUERY_LENGTH } from "@/components/site/pages/search-form";
import { SearchPage } from "@/components/site/pages/search-page";

export type ReaderPage = { status: 200 | 404; head: DocumentHead; content: ReactElement } | { redirect: string };

export type PageDb = { db: Db; sql: Pick<Tx, "$queryRaw" | "$executeRaw"> };

const firstCover = (cards: ArticleCard[]) => cards.find((a) => a.coverMedia)?.coverMedia ?? null;

export async function homePage({ db }: PageDb, reader: ReaderContext): Promise<ReaderPage> {
  const { site } = reader;
  const featured = await featuredArticles(db, site.featuredSlots);
  const shown = featured.map((a) => a.id);
  const [latest, blocks] = await Promise.all([latestArticles(db, 10, shown), sectionBlocks(db, 4, shown)]);
  const lead = featured[0]?.coverMedia ?? null;
  return {
    status: 200,
    head: pageHead(reader, {
      fullTitle: site.tagline ? `${site.siteName}: ${site.tagline}` : site.siteName,
      description: site.tagline,
      path: "/",
      image: coverImageUrl(site, lead),
      preload: lead ? [coverPreload(lead, "lead")] : [],
    }),
    content: <HomePage reader={reader} data={{ featured, latest, blocks }} />,
  };
}

/** A published article, else an old address of one (301), else nothing (404). */
export async function articlePage({ db }: PageDb, reader: ReaderContext, sectionSlug: string, slug: string): Promise<ReaderPage | null> {
  const article = await publishedArticle(db, sectionSlug, slug);
  if (!article) {
    const target = await redirectTarget(db, sectionSlug, slug);
    return target ? { redirect: target } : null;
  }
  const around = await articleSurroundings(db, reader, article);
  return { status: 200, head: articleHead(reader, article), content: <ArticlePage reader={reader} data={{ article, ...around }} /> };
}

/** What an article's page shows beside and below it (the newsroom's preview shows the same). */
export async function articleSurroundings(db: Db, reader: ReaderContext, article: { id: string; sectionId: string }) {
  const [featured, latest, more] = await Promise.all([
    featuredArticles(db, reader.site.featuredSlots),
    latestArticles(db, 8, [article.id]),
    sectionArticles(db, article.sectionId, 4, article.id),
  ]);
  return { featured, latest, more };
}

type Listing = { title: string; description: string; intro: string; list: Paged<ArticleCard>; feed?: { slug: string; name: string } };

async function loadListing(db: Db, reader: ReaderContext, kind: ListingKind, slug: string, page: number): Promise<Listing | null> {
  const t = reader.t("site");
  if (kind === "section") {
    const section = await findSection(db, slug);
    if (!section) return null;
    return { title: section.name, description: section.description, intro: section.description, list: await sectionPage(db, section.id, page), feed: section };
  }
  if (kind === "tag") {
    const result = await tagPage(db, slug, page);
    return result ? { title: result.tag.name, description: t("tagDescription", { tag: result.tag.name }), intro: t("tag"), list: result } : null;
  }
  const result = await authorPage(db, slug, page);
  return result ? { title: result.author.byline, description: t("authorDescription", { name: result.author.byline }), intro: t("penName"), list: result } : null;
}

const LISTING_PATHS = { section: sectionPath, tag: tagPath, author: authorPath } as const;

/** A section's, tag's or pen name's page `page`; pages past the end are 404s. */
export async function listingPage({ db }: PageDb, reader: ReaderContext, kind: ListingKind, slug: string, page: number): Promise<ReaderPage | null> {
  const data = await loadListing(db, reader, kind, slug, page);
  if (!data || (page > 1 && page > data.list.pages)) return null;
  const title = page > 1 ? reader.t("site")("pageTitle", { title: data.title, page }) : data.title;
  const path = LISTING_PATHS[kind];
  const cover = firstCover(data.list.items);
  return {
    status: 200,
    head: pageHead(reader, { title, description: data.description, path: path(slug, page), image: coverImageUrl(reader.site, cover), sectionFeed: data.feed }),
    content: (
      <ArticleList
        reader={reader}
        title={data.title}
        intro={data.intro}
        articles={data.list.items}
        page={page}
        pages={data.list.pages}
        href={(n) => path(slug, n)}
      />
    ),
  };
}

/** Search results for `?q=` (page `?page=`); never indexed by search engines. */
export async function searchPage({ db, sql }: PageDb, reader: ReaderContext, params: URLSearchParams): Promise<ReaderPage> {
  const query = (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  const rawPage = Number(params.get("page") ?? "1");
  const page = Number.isInteger(rawPage) && rawPage >= 1 && rawPage <= 1000 ? rawPage : 1;
  const results = query ? await searchArticles(db, query, page, sql) : null;
  return {
    status: 200,
    head: pageHead(reader, { title: reader.t("search")("title"), noindex: true }),
    content: <SearchPage reader={reader} query={query} results={results} />,
  };
}

export async function notFoundPage({ db }: PageDb, reader: ReaderContext): Promise<ReaderPage> {
  return {
    status: 404,
    head: pageHead(reader, { title: reader.t("site")("notFound.title"), noindex: true }),
    content: <NotFoundPage reader={reader} latest={await latestArticles(db, 8)} />,
  };
}
