import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard, LatestList } from "@/components/site/article-card";
import { articleMetadata } from "@/components/site/article-metadata";
import { ArticleView } from "@/components/site/article-view";
import { featuredArticles, latestArticles, publishedArticle, sectionArticles } from "@/lib/articles/queries";
import { getT } from "@/lib/i18n/server";
import { publicSite } from "@/lib/site/settings";
import { breadcrumbLd, jsonLdScript, newsArticleLd } from "@/lib/site/structured-data";

// Cached after the first request and regenerated in the background at most
// every 60 s and at once on live changes, so publishing, updates, unpublishing and corrections show within
// seconds without a rebuild.
export const revalidate = 60;
export const generateStaticParams = () => [];

type Params = { params: Promise<{ section: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section, slug } = await params;
  const article = await publishedArticle(section, slug);
  return article ? articleMetadata(article, await publicSite()) : {};
}

export default async function ArticlePage({ params }: Params) {
  const { section, slug } = await params;
  const article = await publishedArticle(section, slug);
  // Old addresses of renamed articles never get here: proxy.ts answers them with 301.
  if (!article) notFound();
  const config = await publicSite();
  const t = getT(config.siteLanguage, "article");
  const site = getT(config.siteLanguage, "site");
  const [featured, latest, more] = await Promise.all([
    featuredArticles(config.featuredSlots),
    latestArticles(8, [article.id]),
    sectionArticles(article.sectionId, 4, article.id),
  ]);
  return (
    <div className="article-layout">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript([newsArticleLd(config, article), breadcrumbLd(config, article)]) }}
      />
      <ArticleView article={article} translations={article.translations} />
      <aside className="article-aside" aria-label={t("moreStories")}>
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="block-title">
            {site("featured")}
          </h2>
          {featured
            .filter((a) => a.id !== article.id)
            .slice(0, 4)
            .map((a) => (
              <ArticleCard key={a.id} article={a} variant="compact" />
            ))}
        </section>
        <LatestList articles={latest} />
      </aside>
      {more.length ? (
        <section className="more-from-section" aria-labelledby="more-heading">
          <h2 id="more-heading" className="block-title">
            {t("moreFrom", { section: article.section.name })}
          </h2>
          <div className="grid">
            {more.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
