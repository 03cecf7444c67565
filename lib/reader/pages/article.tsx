// An article's page: the article, what is shown beside and below it, and
// old addresses of it (301).
import { featuredArticles, latestArticles, publishedArticle } from "@/lib/articles/queries";
import { redirectTarget } from "@/lib/articles/redirects";
import { relatedArticles } from "@/lib/articles/related";
import type { Db } from "@/lib/db/client";
import type { ReaderContext } from "@/lib/reader/context";
import { articleHead } from "@/lib/reader/head";
import { mostReadLists } from "@/lib/views/queries";
import type { PageDb, ReaderPage } from "@/lib/reader/pages/page";
import { ArticlePage } from "@/components/site/pages/article-page";

/** A published article, else an old address of one (301), else nothing (404). */
export async function articlePage({ db }: PageDb, reader: ReaderContext, sectionSlug: string, slug: string): Promise<ReaderPage | null> {
  const article = await publishedArticle(db, sectionSlug, slug);
  if (!article) {
    const target = await redirectTarget(db, sectionSlug, slug);
    return target ? { redirect: target } : null;
  }
  const around = await articleSurroundings(db, reader, article);
  return {
    status: 200,
    head: articleHead(reader, article),
    content: <ArticlePage reader={reader} data={{ article, ...around }} />,
    // The bar marks the article's section (not as the current page).
    header: { section: { slug: article.section.slug, exact: false } },
  };
}

/** How many related stories the page shows below the article. */
export const RELATED_COUNT = 4;

/** What an article's page shows beside and below it (the newsroom's preview shows the same). */
export async function articleSurroundings(db: Db, reader: ReaderContext, article: { id: string; sectionId: string }) {
  const [featured, latest, related, mostRead] = await Promise.all([
    featuredArticles(db, reader.site.featuredSlots),
    latestArticles(db, 8, [article.id]),
    relatedArticles(db, article, RELATED_COUNT),
    mostReadLists(db, reader.now),
  ]);
  return { featured, latest, related, mostRead };
}
