import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleCard, LatestList } from "@/components/site/article-card";
import { ArticleView } from "@/components/site/article-view";
import { featuredArticles, latestArticles, publishedArticle, sectionArticles } from "@/lib/articles/queries";
import { articlePath } from "@/lib/site-paths";
import { publicSite } from "@/lib/site-settings";
import { breadcrumbLd, coverImageUrl, dateModified, jsonLdScript, newsArticleLd } from "@/lib/structured-data";

// Cached after the first request and regenerated in the background at most
// every 10 s, so publishing, updates, unpublishing and corrections show within
// seconds without a rebuild.
export const revalidate = 60;
export const generateStaticParams = () => [];

type Params = { params: Promise<{ section: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section, slug } = await params;
  const article = await publishedArticle(section, slug);
  if (!article) return {};
  const config = await publicSite();
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.lead;
  const image = coverImageUrl(config, article.coverMedia);
  const modified = dateModified(article);
  return {
    title,
    description,
    alternates: { canonical: articlePath(article) },
    openGraph: {
      type: "article",
      title,
      description,
      url: articlePath(article),
      siteName: config.siteName,
      locale: config.siteLanguage,
      publishedTime: article.publishedAt?.toISOString(),
      modifiedTime: modified?.toISOString(),
      section: article.section.name,
      authors: article.authors.map((a) => a.byline),
      tags: article.tags.map((t) => t.tag.name),
      ...(image && article.coverMedia
        ? { images: [{ url: image, width: article.coverMedia.width, height: article.coverMedia.height, alt: article.coverMedia.alt }] }
        : {}),
    },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, ...(image ? { images: [image] } : {}) },
  };
}

export default async function ArticlePage({ params }: Params) {
  const { section, slug } = await params;
  const article = await publishedArticle(section, slug);
  // Old addresses of renamed articles never get here: proxy.ts answers them with 301.
  if (!article) notFound();
  const config = await publicSite();
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
      <ArticleView article={article} timeZone={config.timeZone} />
      <aside className="article-aside" aria-label="More stories">
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="block-title">
            Featured
          </h2>
          {featured
            .filter((a) => a.id !== article.id)
            .slice(0, 4)
            .map((a) => (
              <ArticleCard key={a.id} article={a} timeZone={config.timeZone} variant="compact" />
            ))}
        </section>
        <LatestList articles={latest} timeZone={config.timeZone} />
      </aside>
      {more.length ? (
        <section className="more-from-section" aria-labelledby="more-heading">
          <h2 id="more-heading" className="block-title">
            More from {article.section.name}
          </h2>
          <div className="grid">
            {more.map((a) => (
              <ArticleCard key={a.id} article={a} timeZone={config.timeZone} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
