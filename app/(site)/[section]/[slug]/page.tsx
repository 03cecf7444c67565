import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard, LatestList } from "@/components/site/article-card";
import { ArticleView } from "@/components/site/article-view";
import { featuredArticles, latestArticles, publishedArticle, sectionArticles } from "@/lib/articles/queries";
import { readConfig } from "@/lib/config";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ section: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section, slug } = await params;
  const article = await publishedArticle(section, slug);
  if (!article) return {};
  return {
    title: article.seoTitle || article.title,
    description: article.seoDescription || article.lead,
    alternates: { canonical: `/${section}/${slug}` },
  };
}

export default async function ArticlePage({ params }: Params) {
  const { section, slug } = await params;
  const article = await publishedArticle(section, slug);
  if (!article) notFound();
  const { timeZone } = readConfig();
  const [featured, latest, more] = await Promise.all([
    featuredArticles(4),
    latestArticles(8, [article.id]),
    sectionArticles(article.sectionId, 4, article.id),
  ]);
  return (
    <div className="article-layout">
      <ArticleView article={article} timeZone={timeZone} />
      <aside className="article-aside">
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="block-title">
            Featured
          </h2>
          {featured
            .filter((a) => a.id !== article.id)
            .map((a) => (
              <ArticleCard key={a.id} article={a} timeZone={timeZone} variant="compact" />
            ))}
        </section>
        <LatestList articles={latest} timeZone={timeZone} />
      </aside>
      {more.length ? (
        <section className="more-from-section" aria-labelledby="more-heading">
          <h2 id="more-heading" className="block-title">
            More from {article.section.name}
          </h2>
          <div className="grid">
            {more.map((a) => (
              <ArticleCard key={a.id} article={a} timeZone={timeZone} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
