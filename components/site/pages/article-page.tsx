// An article's page: the article itself (components/site/article-view.tsx),
// the editors' picks and the latest stories beside it, and more from its
// section below.
import type { ArticleCard as Card, PublishedArticle } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { ArticleCard, LatestList } from "@/components/site/article-card";
import { ArticleView } from "@/components/site/article-view";

export type ArticlePageData = { article: PublishedArticle; featured: Card[]; latest: Card[]; more: Card[] };

export function ArticlePage({ reader, data }: { reader: ReaderContext; data: ArticlePageData }) {
  const { article, featured, latest, more } = data;
  const t = reader.t("article");
  return (
    <div className="article-layout">
      <ArticleView article={article} translations={article.translations} reader={reader} />
      <aside className="article-aside" aria-label={t("moreStories")}>
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="block-title">
            {reader.t("site")("featured")}
          </h2>
          {featured
            .filter((a) => a.id !== article.id)
            .slice(0, 4)
            .map((a) => (
              <ArticleCard key={a.id} article={a} reader={reader} variant="compact" />
            ))}
        </section>
        <LatestList articles={latest} reader={reader} />
      </aside>
      {more.length ? (
        <section className="more-from-section" aria-labelledby="more-heading">
          <h2 id="more-heading" className="block-title">
            {t("moreFrom", { section: article.section.name })}
          </h2>
          <div className="grid">
            {more.map((a) => (
              <ArticleCard key={a.id} article={a} reader={reader} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
