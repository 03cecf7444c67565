// The reader site's 404 page, in the paper's design: what happened, a way
// to search, the way to the front page, and the latest stories to go on
// reading. Sent with status 404.
import type { ArticleCard as Card } from "@/lib/articles/queries";
import type { ReaderContext } from "@/lib/reader/context";
import { ArticleCard } from "@/components/site/article-card";
import { SearchForm } from "@/components/site/pages/search-form";

export function NotFoundPage({ reader, latest }: { reader: ReaderContext; latest: Card[] }) {
  const t = reader.t("site");
  return (
    <div className="not-found">
      <p className="not-found-code">{t("notFound.code")}</p>
      <h1 className="page-title">{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <SearchForm reader={reader} id="not-found-q" />
      <p>
        <a href="/">{t("notFound.home")}</a>
      </p>
      {latest.length ? (
        <section aria-labelledby="not-found-latest">
          <h2 id="not-found-latest" className="block-title">
            {t("latestStories")}
          </h2>
          {latest.map((a) => (
            <ArticleCard key={a.id} article={a} reader={reader} variant="row" />
          ))}
        </section>
      ) : null}
    </div>
  );
}
