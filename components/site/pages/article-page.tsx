// An article's page: the article itself (components/site/article-view.tsx),
// related stories below it (lib/articles/related.ts: same tags first, then
// its section), and the editors' picks, the latest and the most read
// stories beside it.
import type { ArticleCard as Card, PublishedArticle } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { ArticleCard, LatestList } from "@/components/site/article-card";
import { ArticleView } from "@/components/site/article-view";
import { MostRead, type MostReadLists } from "@/components/site/most-read";

export type ArticlePageData = {
  article: PublishedArticle;
  featured: Card[];
  latest: Card[];
  /** Related stories (lib/articles/related.ts); the block is left out when there are none. */
  related: Card[];
  /** "Most read" over a day and a week (lib/views/). */
  mostRead?: MostReadLists;
};

export function ArticlePage({ reader, data }: { reader: ReaderContext; data: ArticlePageData }) {
  const { article, latest, related } = data;
  const featured = data.featured.filter((a) => a.id !== article.id).slice(0, 4);
  const t = reader.t("article");
  return (
    <div className="article-layout">
      {/* Related stories follow the article in its column, so a phone shows them before the aside. */}
      <div className="article-main">
        <ArticleView article={article} translations={article.translations} reader={reader} />
        {related.length ? (
          <section className="related" aria-labelledby="related-heading">
            <h2 id="related-heading" className="block-title">
              {t("related")}
            </h2>
            <div className="related-stories">
              {related.map((a) => (
                <ArticleCard key={a.id} article={a} reader={reader} variant="row" />
              ))}
            </div>
          </section>
        ) : null}
      </div>
      <aside className="article-aside" aria-label={t("moreStories")}>
        {featured.length ? (
          <section aria-labelledby="featured-heading">
            <h2 id="featured-heading" className="block-title">
              {reader.t("site")("featured")}
            </h2>
            {featured.map((a) => (
              <ArticleCard key={a.id} article={a} reader={reader} variant="headline" />
            ))}
          </section>
        ) : null}
        <LatestList articles={latest} reader={reader} />
        <MostRead lists={data.mostRead} reader={reader} />
      </aside>
    </div>
  );
}
